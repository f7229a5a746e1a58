/** dibaoStandardsFor (第4条 from the pack): assembly, provenance in the trace, DibaoDataError, options. */
import { describe, expect, it } from 'vitest';
import { DibaoDataError, dibaoStandardsFor } from '../../src/data/jilin/index.js';
import { DibaoInputError, dibaoStandards } from '../../src/index.js';

function dataError(f: () => unknown): DibaoDataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DibaoDataError) return e;
    throw e;
  }
  throw new Error('no DibaoDataError');
}

describe('dibaoStandardsFor: 长春市区 2022 (statistics of 2020 from the pack)', () => {
  const r = dibaoStandardsFor('220100', 2022, { povertyLinePerYear: '4000' });

  it('assembles the §4.1 input from the pack plus the supplied poverty line', () => {
    expect(r.input).toEqual({
      year: 2022,
      urbanDisposableIncomePerYear: '34560',
      ruralDisposableIncomePerYear: '16636',
      minimumWagePerMonth: '1780',
      povertyLinePerYear: '4000',
      provincialGuidance: { urbanPerMonth: '650', ruralPerMonth: '415' },
    });
    expect(r.origins.minimumWagePerMonth.from).toBe('pack');
    expect(r.origins.povertyLinePerYear.from).toBe('caller');
  });

  it('hand-derived: floor 34560×20%÷12 = 576, cap 1780×40% = 712, minimum max(576, 650) = 650; rural max(313, 334, 415) = 415', () => {
    expect(r.urban).toMatchObject({
      floorPerMonth: '576.00',
      capPerMonth: '712.00',
      feasible: true,
      minimumPerMonth: '650.00',
    });
    expect(r.rural).toMatchObject({
      derivedPerMonth: '313.00',
      povertyLinePerMonth: '334.00',
      minimumPerMonth: '415.00',
    });
  });

  it('equals dibaoStandards on the assembled input, with data steps prepended to its trace', () => {
    const direct = dibaoStandards(r.input);
    expect(r.urban).toEqual(direct.urban);
    expect(r.rural).toEqual(direct.rural);
    expect(r.trace.slice(-direct.trace.length)).toEqual(direct.trace);
    const data = r.trace.slice(0, r.trace.length - direct.trace.length);
    expect(data.map((s) => s.rule)).toEqual([
      'data.region',
      'data.urbanDisposableIncome',
      'data.ruralDisposableIncome',
      'data.minimumWage',
      'data.povertyLine',
      'data.provincialGuidance',
      'data.provincialGuidance',
    ]);
    const wage = data.find((s) => s.rule === 'data.minimumWage');
    expect(wage?.inputs).toMatchObject({
      from: 'pack',
      period: '2020',
      rule: 'inForceOn31December',
      tier: 1,
    });
    expect(String(wage?.inputs.source)).toContain('gkcyc.com');
    expect(data.find((s) => s.rule === 'data.povertyLine')?.inputs).toMatchObject({
      from: 'caller',
      source: null,
    });
    for (const s of data) expect(s.article).toBe('第4条');
  });

  it('trace: false gives the same result with an empty trace', () => {
    const quiet = dibaoStandardsFor('220100', 2022, { povertyLinePerYear: '4000' }, { trace: false });
    expect(quiet.trace).toEqual([]);
    expect({ ...quiet, trace: r.trace }).toEqual(r);
  });
});

describe('dibaoStandardsFor: what the pack lacks', () => {
  it('one error for 长春 2022 without a poverty line: names the value, region, year and supplied key', () => {
    const e = dataError(() => dibaoStandardsFor('220100', 2022));
    expect(e.toJSON()).toMatchObject({
      code: 'notInPack',
      value: 'povertyLinePerYear',
      regionCode: '220100',
      regionName: '长春市',
      period: '2020',
      supplyAs: 'supplied.povertyLinePerYear',
      alsoMissing: [],
    });
    expect(e.messageZh).toContain('supplied.povertyLinePerYear');
  });

  it('长春 2018 (statistics of 2016): lists every missing value at once; the province figure is never used', () => {
    const e = dataError(() => dibaoStandardsFor('220100', 2018));
    expect(e.value).toBe('urbanDisposableIncomePerYear');
    expect(e.alsoMissing.map((m) => m.supplyAs)).toEqual([
      'supplied.ruralDisposableIncomePerYear',
      'supplied.provincialGuidance.urbanPerMonth',
      'supplied.provincialGuidance.ruralPerMonth',
    ]);
  });

  it('the 2018 approved 620 of 长春 exceeds the cap 40% × 1480 (2016 wage in force 31 Dec 2016) = 592', () => {
    // The 2016 incomes of 长春 are not in the pack; the figures below are the caller's, for the check only.
    const r = dibaoStandardsFor('220100', 2018, {
      urbanDisposableIncomePerYear: '30000',
      ruralDisposableIncomePerYear: '12000',
      provincialGuidance: null,
      proposed: { urbanPerMonth: '620' },
    });
    expect(r.input.minimumWagePerMonth).toBe('1480');
    expect(r.input.povertyLinePerYear).toBe('2952');
    expect(r.urban.capPerMonth).toBe('592.00');
    expect(r.urban.proposed?.compliant).toBe(false);
    expect(r.urban.proposed?.violations.map((v) => v.code)).toContain('ABOVE_WAGE_CAP');
    expect(r.trace.find((s) => s.rule === 'data.provincialGuidance')?.output).toBeNull();
  });

  it('2024: rural guidance of 吉林市 was cut off; supplying that part alone completes it', () => {
    const e = dataError(() =>
      dibaoStandardsFor('220200', 2024, {
        urbanDisposableIncomePerYear: '1',
        ruralDisposableIncomePerYear: '1',
        povertyLinePerYear: '1',
      }),
    );
    expect(e.value).toBe('provincialGuidance.ruralPerMonth');
  });

  it('unknown region → unknownRegion; bad supplied money → DibaoInputError with the supplied path', () => {
    expect(dataError(() => dibaoStandardsFor('999999', 2022)).code).toBe('unknownRegion');
    try {
      dibaoStandardsFor('220100', 2022, { povertyLinePerYear: '1,000' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoInputError);
      expect((e as DibaoInputError).issues[0]?.path).toBe('supplied.povertyLinePerYear');
    }
    expect(() => dibaoStandardsFor('220100', 2022, { povertyLine: '1' } as never)).toThrow(DibaoInputError);
  });
});

describe('dibaoStandardsFor: options and overrides', () => {
  it('a supplied value replaces the pack’s and the trace says so', () => {
    const r = dibaoStandardsFor('220100', 2022, { povertyLinePerYear: '4000', minimumWagePerMonth: '1800' });
    expect(r.urban.capPerMonth).toBe('720.00');
    expect(r.trace.find((s) => s.rule === 'data.minimumWage')?.inputs.from).toBe('caller');
  });
  it('povertyLineYear picks another year of the pack', () => {
    const r = dibaoStandardsFor('220100', 2022, {}, { povertyLineYear: 2019 });
    expect(r.input.povertyLinePerYear).toBe('3218');
  });
  it('minimumWageRule changes which 2017 wage counts for 延吉 2019 (2017 had 1380 then 1580)', () => {
    const base = {
      urbanDisposableIncomePerYear: '30000',
      ruralDisposableIncomePerYear: '12000',
      povertyLinePerYear: '3000',
      provincialGuidance: null,
    };
    expect(dibaoStandardsFor('222401', 2019, base).input.minimumWagePerMonth).toBe('1580');
    expect(
      dibaoStandardsFor('222401', 2019, base, { minimumWageRule: 'inForceOn1January' }).input
        .minimumWagePerMonth,
    ).toBe('1380');
  });
  it('the former code 220381 of 公主岭 is accepted and noted', () => {
    const e = dataError(() => dibaoStandardsFor('220381', 2022));
    expect(e.regionName).toBe('公主岭市');
  });
});
