/** 第4条: dibaoStandards — urban band, rural ratio, poverty line, guidance, proposed checks, input refusals. */
import { describe, expect, it } from 'vitest';
import { DibaoInputError, type DibaoStandardsInput, dibaoStandards } from '../../src/index.js';

/** 长春 Y = 2022: 2020 incomes 34560 / 16636, minimum wage 1780 (in force 2020-12-31), guidance 650 / 415. */
const changchun: DibaoStandardsInput = {
  year: 2022,
  urbanDisposableIncomePerYear: '34560',
  ruralDisposableIncomePerYear: '16636',
  minimumWagePerMonth: '1780',
  povertyLinePerYear: '4000',
  provincialGuidance: { urbanPerMonth: '650', ruralPerMonth: '415' },
};

/** 延吉 Y = 2016: 2014 incomes 26860 / 11837, tier-2 wage 1220, poverty line 2014 2800. */
const yanji: DibaoStandardsInput = {
  year: 2016,
  urbanDisposableIncomePerYear: '26860',
  ruralDisposableIncomePerYear: '11837',
  minimumWagePerMonth: '1220',
  povertyLinePerYear: '2800',
};

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DibaoInputError);
    return (e as DibaoInputError).issues;
  }
  throw new Error('expected a DibaoInputError');
}

describe('第4条 urban band', () => {
  it('长春 2022: floor 20% × 34560 ÷ 12 = 576, cap 40% × 1780 = 712, minimum = guidance 650', () => {
    const r = dibaoStandards(changchun);
    expect(r.dataYear).toBe(2020);
    expect(r.urban).toMatchObject({
      floorPerMonth: '576.00',
      capPerMonth: '712.00',
      feasible: true,
      minimumPerMonth: '650.00',
      guidancePerMonth: '650.00',
      minimumBoundBy: ['provincialGuidance'],
    });
    expect(r.violations).toEqual([]);
    expect(r.urban.proposed).toBeUndefined();
    expect(r.rural.proposed).toBeUndefined();
  });

  it('rounds the floor up and the cap down (延吉 2016: 447.67 → 448, 488 exact)', () => {
    const r = dibaoStandards(yanji);
    expect(r.urban.floorPerMonth).toBe('448.00');
    expect(r.urban.unrounded.floorPerMonth).toBe('447.6667');
    expect(r.urban.capPerMonth).toBe('488.00');
    expect(r.urban.minimumPerMonth).toBe('448.00');
    expect(r.urban.guidancePerMonth).toBeNull();
    expect(r.urban.minimumBoundBy).toEqual(['incomeFloor']);
  });

  it('rounds the cap down to the unit', () => {
    const r = dibaoStandards({ ...yanji, minimumWagePerMonth: '1221', roundingUnit: '10' });
    // 0.4 × 1221 = 488.4 → 480; floor 447.67 → 450
    expect(r.urban.capPerMonth).toBe('480.00');
    expect(r.urban.floorPerMonth).toBe('450.00');
    expect(r.urban.unrounded.capPerMonth).toBe('488.4000');
  });

  it('flags an infeasible band and still reports both bounds', () => {
    const { provincialGuidance: _, ...noGuidance } = changchun;
    const r = dibaoStandards({ ...noGuidance, urbanDisposableIncomePerYear: '60000' });
    expect(r.urban.floorPerMonth).toBe('1000.00');
    expect(r.urban.capPerMonth).toBe('712.00');
    expect(r.urban.feasible).toBe(false);
    expect(r.violations.map((v) => v.code)).toEqual(['INFEASIBLE_BAND']);
    expect(r.violations[0]?.article).toBe('第4条');
  });

  it('a band is infeasible when no whole-unit standard fits, even if the exact band is not empty', () => {
    // floor exact 711.2 → 712, cap exact 711.6 → 711: 711.2..711.6 holds no whole yuan
    const r = dibaoStandards({
      ...yanji,
      urbanDisposableIncomePerYear: '42672',
      minimumWagePerMonth: '1779',
    });
    expect(r.urban.unrounded).toEqual({ floorPerMonth: '711.2000', capPerMonth: '711.6000' });
    expect(r.urban.feasible).toBe(false);
    expect(
      dibaoStandards({
        ...yanji,
        urbanDisposableIncomePerYear: '42672',
        minimumWagePerMonth: '1779',
        roundingUnit: '0.01',
      }).urban.feasible,
    ).toBe(true);
  });

  it('flags guidance above the cap', () => {
    const r = dibaoStandards({ ...changchun, minimumWagePerMonth: '1500' });
    expect(r.urban.capPerMonth).toBe('600.00');
    expect(r.violations.map((v) => v.code)).toEqual(['GUIDANCE_ABOVE_CAP']);
    expect(r.violations[0]?.path).toBe('provincialGuidance.urbanPerMonth');
    expect(r.urban.feasible).toBe(true);
  });

  it('guidance equal to the cap is not above it', () => {
    const r = dibaoStandards({ ...changchun, minimumWagePerMonth: '1625' });
    expect(r.urban.capPerMonth).toBe('650.00');
    expect(r.violations).toEqual([]);
  });
});

describe('第4条 rural standard', () => {
  it('长春 2022: ratio 0.4814, derived ceil(650 × 16636 ÷ 34560) = 313, poverty line 334, guidance 415', () => {
    const r = dibaoStandards(changchun);
    expect(r.rural).toMatchObject({
      incomeRatio: '0.4814',
      basisUrbanPerMonth: '650.00',
      derivedPerMonth: '313.00',
      povertyLinePerMonth: '334.00',
      minimumPerMonth: '415.00',
      minimumBoundBy: ['provincialGuidance'],
    });
  });

  it('uses the exact ratio, not the rounded one', () => {
    // 650 × 16636 ÷ 34560 = 312.8877…; with the rounded 0.4814 it would be 312.91
    const r = dibaoStandards({ ...changchun, roundingUnit: '0.01' });
    expect(r.rural.derivedPerMonth).toBe('312.89');
    const ok = dibaoStandards({ ...changchun, proposed: { ruralPerMonth: '415' } });
    expect(ok.rural.proposed?.compliant).toBe(true);
    const { provincialGuidance: _, ...noGuidance } = changchun;
    const check = (rural: string) =>
      dibaoStandards({
        ...noGuidance,
        povertyLinePerYear: '0',
        proposed: { urbanPerMonth: '650', ruralPerMonth: rural },
      }).rural.proposed;
    expect(check('312.90')).toEqual({ perMonth: '312.90', compliant: true, violations: [] });
    expect(check('312.88')?.violations.map((v) => v.code)).toEqual(['BELOW_RATIO_STANDARD']);
  });

  it('bound by the poverty line (延吉 2016: ratio gives 198, 2800 ÷ 12 → 234)', () => {
    const r = dibaoStandards(yanji);
    expect(r.rural.derivedPerMonth).toBe('198.00');
    expect(r.rural.povertyLinePerMonth).toBe('234.00');
    expect(r.rural.minimumPerMonth).toBe('234.00');
    expect(r.rural.minimumBoundBy).toEqual(['povertyLine']);
  });

  it('bound by the ratio when the poverty line is low', () => {
    const r = dibaoStandards({ ...yanji, povertyLinePerYear: '2000' });
    expect(r.rural.povertyLinePerMonth).toBe('167.00');
    expect(r.rural.minimumPerMonth).toBe('198.00');
    expect(r.rural.minimumBoundBy).toEqual(['ratio']);
  });

  it('lists every bound that reaches the minimum', () => {
    const r = dibaoStandards({ ...yanji, povertyLinePerYear: '2376' });
    expect(r.rural.povertyLinePerMonth).toBe('198.00');
    expect(r.rural.minimumBoundBy).toEqual(['ratio', 'povertyLine']);
  });

  it('takes the proposed urban standard as the basis when given', () => {
    const r = dibaoStandards({ ...changchun, proposed: { urbanPerMonth: '700' } });
    expect(r.rural.basisUrbanPerMonth).toBe('700.00');
    // 700 × 16636 ÷ 34560 = 336.956… → 337
    expect(r.rural.derivedPerMonth).toBe('337.00');
  });
});

describe('第4条 proposed standards', () => {
  it('compares with the exact floor: 447.67 passes, 447.66 fails (延吉 floor 447.666…)', () => {
    expect(
      dibaoStandards({ ...yanji, proposed: { urbanPerMonth: '447.67' } }).urban.proposed?.compliant,
    ).toBe(true);
    const r = dibaoStandards({ ...yanji, proposed: { urbanPerMonth: '447.66' } });
    expect(r.urban.proposed?.compliant).toBe(false);
    expect(r.urban.proposed?.violations.map((v) => v.code)).toEqual(['BELOW_INCOME_FLOOR']);
    expect(r.urban.proposed?.violations[0]).toMatchObject({
      article: '第4条',
      path: 'proposed.urbanPerMonth',
    });
  });

  it('the floor and cap themselves are compliant', () => {
    expect(dibaoStandards({ ...changchun, proposed: { urbanPerMonth: 650 } }).urban.proposed?.compliant).toBe(
      true,
    );
    expect(dibaoStandards({ ...changchun, proposed: { urbanPerMonth: 712 } }).urban.proposed?.compliant).toBe(
      true,
    );
    const r = dibaoStandards({ ...yanji, proposed: { urbanPerMonth: 488 } });
    expect(r.urban.proposed?.compliant).toBe(true);
  });

  it('ABOVE_WAGE_CAP compares with the exact 40%', () => {
    const r = dibaoStandards({ ...changchun, proposed: { urbanPerMonth: '712.01' } });
    expect(r.urban.proposed?.violations.map((v) => v.code)).toEqual(['ABOVE_WAGE_CAP']);
    const within = dibaoStandards({
      ...yanji,
      minimumWagePerMonth: '1221',
      proposed: { urbanPerMonth: '488.4' },
    });
    expect(within.urban.proposed?.compliant).toBe(true);
  });

  it('BELOW_PROVINCIAL_GUIDANCE for urban and rural', () => {
    const r = dibaoStandards({ ...changchun, proposed: { urbanPerMonth: '649.99', ruralPerMonth: '414' } });
    expect(r.urban.proposed?.violations.map((v) => v.code)).toEqual(['BELOW_PROVINCIAL_GUIDANCE']);
    expect(r.rural.proposed?.violations.map((v) => v.code)).toEqual(['BELOW_PROVINCIAL_GUIDANCE']);
  });

  it('every urban violation at once', () => {
    const r = dibaoStandards({
      ...changchun,
      urbanDisposableIncomePerYear: '60000',
      minimumWagePerMonth: '1000',
      proposed: { urbanPerMonth: '500' },
    });
    // floor 1000, cap 400, guidance 650: 500 is below floor and guidance and above the cap
    expect(r.urban.proposed?.violations.map((v) => v.code)).toEqual([
      'BELOW_INCOME_FLOOR',
      'ABOVE_WAGE_CAP',
      'BELOW_PROVINCIAL_GUIDANCE',
    ]);
    expect(r.violations.map((v) => v.code)).toEqual(['INFEASIBLE_BAND', 'GUIDANCE_ABOVE_CAP']);
  });

  it('BELOW_RATIO_STANDARD and BELOW_POVERTY_LINE compare exact values', () => {
    // 延吉: derived 448 × 11837 ÷ 26860 = 197.43…, poverty 2800 ÷ 12 = 233.333…
    const r = dibaoStandards({ ...yanji, proposed: { ruralPerMonth: '197.29' } });
    expect(r.rural.proposed?.violations.map((v) => v.code)).toEqual([
      'BELOW_RATIO_STANDARD',
      'BELOW_POVERTY_LINE',
    ]);
    const ok = dibaoStandards({ ...yanji, proposed: { ruralPerMonth: '233.34' } });
    expect(ok.rural.proposed?.compliant).toBe(true);
    const r2 = dibaoStandards({ ...yanji, proposed: { ruralPerMonth: '233.33' } });
    expect(r2.rural.proposed?.violations.map((v) => v.code)).toEqual(['BELOW_POVERTY_LINE']);
  });

  it('a proposed rural standard is checked against the proposed urban basis', () => {
    const r = dibaoStandards({ ...changchun, proposed: { urbanPerMonth: '1000', ruralPerMonth: '480' } });
    // 1000 × 16636 ÷ 34560 = 481.36… > 480
    expect(r.rural.proposed?.violations.map((v) => v.code)).toEqual(['BELOW_RATIO_STANDARD']);
  });
});

describe('第4条 rounding units', () => {
  it('0.01, 1 and 10', () => {
    const cents = dibaoStandards({ ...yanji, roundingUnit: '0.01' });
    expect(cents.urban.floorPerMonth).toBe('447.67');
    expect(cents.rural.povertyLinePerMonth).toBe('233.34');
    expect(cents.roundingUnit).toBe('0.01');
    const tens = dibaoStandards({ ...yanji, roundingUnit: 10 });
    expect(tens.urban.floorPerMonth).toBe('450.00');
    expect(tens.urban.capPerMonth).toBe('480.00');
    expect(tens.rural.povertyLinePerMonth).toBe('240.00');
    expect(dibaoStandards(yanji).roundingUnit).toBe('1');
  });

  it('rounds the guidance up to the unit', () => {
    const r = dibaoStandards({ ...changchun, roundingUnit: '100' });
    expect(r.urban.guidancePerMonth).toBe('700.00');
    expect(r.rural.guidancePerMonth).toBe('500.00');
  });
});

describe('第4条 trace', () => {
  it('every step cites 第4条 and every statistic appears', () => {
    const r = dibaoStandards({ ...changchun, proposed: { urbanPerMonth: '700', ruralPerMonth: '420' } });
    expect(r.trace.length).toBeGreaterThan(10);
    for (const s of r.trace) {
      expect(s.article).toBe('第4条');
      expect(s.note.length).toBeGreaterThan(0);
      expect(s.rule).toMatch(/^dibaoStandard\.[a-zA-Z]+$/);
    }
    const rules = r.trace.map((s) => s.rule);
    expect(rules).toEqual([
      'dibaoStandard.dataYear',
      'dibaoStandard.roundingUnit',
      'dibaoStandard.urbanFloor',
      'dibaoStandard.urbanCap',
      'dibaoStandard.urbanFeasible',
      'dibaoStandard.urbanGuidance',
      'dibaoStandard.guidanceWithinCap',
      'dibaoStandard.urbanMinimum',
      'dibaoStandard.urbanProposed',
      'dibaoStandard.incomeRatio',
      'dibaoStandard.ruralBasis',
      'dibaoStandard.ruralDerived',
      'dibaoStandard.povertyLine',
      'dibaoStandard.ruralGuidance',
      'dibaoStandard.ruralMinimum',
      'dibaoStandard.ruralProposed',
    ]);
    const read = new Set(r.trace.flatMap((s) => Object.values(s.inputs).map(String)));
    for (const v of ['34560', '16636', '1780', '4000', '650', '415', '700', '420']) expect(read).toContain(v);
    const floor = r.trace.find((s) => s.rule === 'dibaoStandard.urbanFloor');
    expect(floor?.output).toBe('576.00');
    expect(floor?.inputs).toMatchObject({ urbanDisposableIncomePerYear: '34560', share: '0.2' });
  });

  it('trace: false gives the same result with an empty trace', () => {
    const input = { ...changchun, proposed: { urbanPerMonth: '700', ruralPerMonth: '300' } };
    const a = dibaoStandards(input);
    const b = dibaoStandards(input, { trace: false });
    expect(b.trace).toEqual([]);
    expect({ ...b, trace: a.trace }).toEqual(a);
  });

  it('same input → byte-identical JSON; the input is not mutated', () => {
    const input = structuredClone({ ...changchun, proposed: { urbanPerMonth: 700 } });
    const before = JSON.stringify(input);
    Object.freeze(input);
    Object.freeze(input.proposed);
    expect(JSON.stringify(dibaoStandards(input))).toBe(JSON.stringify(dibaoStandards(input)));
    expect(JSON.stringify(input)).toBe(before);
  });

  it('numbers and strings give the same result', () => {
    const asNumbers = dibaoStandards({
      year: 2022,
      urbanDisposableIncomePerYear: 34560,
      ruralDisposableIncomePerYear: 16636,
      minimumWagePerMonth: 1780,
      povertyLinePerYear: 4000,
      provincialGuidance: { urbanPerMonth: 650, ruralPerMonth: 415 },
    });
    expect(JSON.stringify(asNumbers)).toBe(JSON.stringify(dibaoStandards(changchun)));
  });

  it('reads 0.1-style numbers exactly', () => {
    // 0.1 + 0.2 would be 0.30000000000000004 in binary; here 20% × 1.5 ÷ 12 = 0.025 → 0.03 at unit 0.01
    const r = dibaoStandards({ ...yanji, urbanDisposableIncomePerYear: 1.5, roundingUnit: 0.01 });
    expect(r.urban.unrounded.floorPerMonth).toBe('0.0250');
    expect(r.urban.floorPerMonth).toBe('0.03');
    const r2 = dibaoStandards({ ...yanji, minimumWagePerMonth: 0.3, roundingUnit: 0.01 });
    expect(r2.urban.capPerMonth).toBe('0.12');
  });
});

describe('第4条 input refusals', () => {
  const moneyFields = [
    'urbanDisposableIncomePerYear',
    'ruralDisposableIncomePerYear',
    'minimumWagePerMonth',
    'povertyLinePerYear',
  ] as const;
  const bad: Array<[unknown, string]> = [
    ['1,780', 'invalid_money'],
    ['１７８０', 'invalid_money'],
    ['1e3', 'invalid_money'],
    ['NaN', 'invalid_money'],
    ['', 'invalid_money'],
    [null, 'invalid_money'],
    [-1, 'negative_money'],
    ['-1780', 'negative_money'],
    [Number.POSITIVE_INFINITY, 'invalid_money'],
    [Number.NaN, 'invalid_money'],
    [true, 'invalid_money'],
  ];
  for (const field of moneyFields) {
    it.each(bad)(`${field} = %j is refused`, (value, code) => {
      const issues = issuesOf(() => dibaoStandards({ ...changchun, [field]: value } as never));
      expect(issues).toEqual([expect.objectContaining({ path: field, code })]);
      expect(issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(issues[0]?.messageEn.length).toBeGreaterThan(0);
    });
  }

  it('names nested paths', () => {
    const issues = issuesOf(() =>
      dibaoStandards({
        ...changchun,
        provincialGuidance: { urbanPerMonth: '6,50', ruralPerMonth: '415' },
        proposed: { ruralPerMonth: '1e2' },
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['provincialGuidance.urbanPerMonth', 'invalid_money'],
      ['proposed.ruralPerMonth', 'invalid_money'],
    ]);
  });

  it('refuses a missing required field and a partial guidance', () => {
    const { minimumWagePerMonth: _, ...rest } = changchun;
    expect(issuesOf(() => dibaoStandards(rest as never))).toEqual([
      expect.objectContaining({ path: 'minimumWagePerMonth', code: 'required' }),
    ]);
    expect(
      issuesOf(() => dibaoStandards({ ...changchun, provincialGuidance: { urbanPerMonth: '650' } } as never)),
    ).toEqual([expect.objectContaining({ path: 'provincialGuidance.ruralPerMonth', code: 'required' })]);
  });

  it('refuses unknown, misspelt and forbidden keys', () => {
    expect(issuesOf(() => dibaoStandards({ ...changchun, minimumWage: '1780' } as never))).toEqual([
      expect.objectContaining({ path: 'minimumWage', code: 'unknown_key' }),
    ]);
    expect(
      issuesOf(() => dibaoStandards({ ...changchun, proposed: { urbanPerMoth: '600' } } as never)),
    ).toEqual([expect.objectContaining({ path: 'proposed.urbanPerMoth', code: 'unknown_key' })]);
    const proto = JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(changchun).slice(1)}`);
    expect(issuesOf(() => dibaoStandards(proto))).toEqual([
      expect.objectContaining({ path: '__proto__', code: 'forbidden_key' }),
    ]);
    const ctor = JSON.parse(`{"constructor": 1, ${JSON.stringify(changchun).slice(1)}`);
    expect(issuesOf(() => dibaoStandards(ctor))).toEqual([
      expect.objectContaining({ path: 'constructor', code: 'forbidden_key' }),
    ]);
  });

  it('refuses a zero or negative rounding unit and a zero urban income', () => {
    expect(issuesOf(() => dibaoStandards({ ...changchun, roundingUnit: '0' }))).toEqual([
      expect.objectContaining({
        path: 'roundingUnit',
        code: 'out_of_range',
        message: '取值须大于 0',
        messageEn: 'must be greater than 0',
      }),
    ]);
    expect(issuesOf(() => dibaoStandards({ ...changchun, roundingUnit: -1 }))).toEqual([
      expect.objectContaining({ path: 'roundingUnit', code: 'negative_money' }),
    ]);
    expect(issuesOf(() => dibaoStandards({ ...changchun, urbanDisposableIncomePerYear: 0 }))).toEqual([
      expect.objectContaining({ path: 'urbanDisposableIncomePerYear', code: 'out_of_range' }),
    ]);
  });

  it('refuses a bad year, null for an optional object and a non-object input', () => {
    expect(issuesOf(() => dibaoStandards({ ...changchun, year: 2022.5 }))).toEqual([
      expect.objectContaining({ path: 'year', code: 'invalid_number' }),
    ]);
    expect(issuesOf(() => dibaoStandards({ ...changchun, year: '2022' } as never))).toEqual([
      expect.objectContaining({ path: 'year', code: 'invalid_type' }),
    ]);
    expect(issuesOf(() => dibaoStandards({ ...changchun, proposed: null } as never))).toEqual([
      expect.objectContaining({ path: 'proposed', code: 'invalid_type' }),
    ]);
    expect(issuesOf(() => dibaoStandards(null as never))).toEqual([
      expect.objectContaining({ path: '', code: 'invalid_type' }),
    ]);
  });
});
