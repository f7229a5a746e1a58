/** specialSupportFor (第12条 from the pack): 上年度 = Y−1, value in force on 31 December by default. */
import { describe, expect, it } from 'vitest';
import { DibaoDataError, specialSupportFor } from '../../src/data/jilin/index.js';
import { specialSupport } from '../../src/index.js';

describe('specialSupportFor', () => {
  it('长春市区 2019, urban, partially lost: 1.3 × 620 = 806, 20% × 1780 = 356, total 1162', () => {
    const r = specialSupportFor('220100', 2019, 'urban', 'partiallyLost');
    expect(r.input).toMatchObject({
      priorYearDibaoStandardPerMonth: '620',
      priorYearMinimumWagePerMonth: '1780',
    });
    expect(r).toMatchObject({
      basicLivingPerMonth: '806.00',
      carePerMonth: '356.00',
      totalPerMonth: '1162.00',
    });
    expect(r.trace.slice(0, 3).map((s) => s.rule)).toEqual([
      'data.region',
      'data.priorYearDibaoStandard',
      'data.priorYearMinimumWage',
    ]);
    expect(String(r.trace[1]?.inputs.source)).toContain('mrtsx.com');
    const direct = specialSupport(r.input);
    expect(r.trace.slice(3)).toEqual(direct.trace);
  });

  it('榆树 2019, rural, fully lost: 1.3 × 3650 ÷ 12 = 395.42 → 396; 30% × 1480 = 444; total 840', () => {
    const r = specialSupportFor('220182', 2019, 'rural', 'fullyLost');
    expect(r).toMatchObject({
      basicLivingPerMonth: '396.00',
      carePerMonth: '444.00',
      totalPerMonth: '840.00',
    });
  });

  it('梅河口 2021, rural, able: 1.3 × 345 = 448.5 → 449; 10% × 1480 = 148; total 597', () => {
    const r = specialSupportFor('220581', 2021, 'rural', 'able');
    expect(r).toMatchObject({
      basicLivingPerMonth: '449.00',
      carePerMonth: '148.00',
      totalPerMonth: '597.00',
    });
  });

  it('ability null leaves care unknown', () => {
    const r = specialSupportFor('220100', 2019, 'urban', null);
    expect(r.carePerMonth).toBeNull();
    expect(r.missing).toEqual(['selfCareAbility']);
  });

  it('no 2019 standard in the pack for 2020: DibaoDataError names options.supplied.priorYearDibaoStandardPerMonth', () => {
    try {
      specialSupportFor('220100', 2020, 'urban', 'able');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoDataError);
      expect((e as DibaoDataError).supplyAs).toBe('options.supplied.priorYearDibaoStandardPerMonth');
      expect((e as DibaoDataError).period).toBe('2019-12-31');
    }
    const r = specialSupportFor('220100', 2020, 'urban', 'able', {
      supplied: { priorYearDibaoStandardPerMonth: '650' },
    });
    expect(r.basicLivingPerMonth).toBe('845.00');
    expect(r.origins.priorYearDibaoStandardPerMonth.from).toBe('caller');
  });

  it('yearRule inForceOn1January: 延吉 2018 from 2017 (urban 480→… 550 from 2017-04-01; wage 1380 on 1 Jan 2017)', () => {
    const r = specialSupportFor('222401', 2018, 'urban', 'able', { yearRule: 'inForceOn1January' });
    expect(r.input).toMatchObject({
      priorYearDibaoStandardPerMonth: '530',
      priorYearMinimumWagePerMonth: '1380',
    });
    const d = specialSupportFor('222401', 2018, 'urban', 'able');
    expect(d.input).toMatchObject({
      priorYearDibaoStandardPerMonth: '550',
      priorYearMinimumWagePerMonth: '1580',
    });
  });
});

describe('specialSupportFor: supplied numbers', () => {
  it('a JSON number is read through its decimal form (600.5 → "600.5")', () => {
    const r = specialSupportFor('220100', 2020, 'urban', 'able', {
      supplied: { priorYearDibaoStandardPerMonth: 600.5, priorYearMinimumWagePerMonth: 1780 },
    });
    expect(r.input).toMatchObject({
      priorYearDibaoStandardPerMonth: '600.5',
      priorYearMinimumWagePerMonth: '1780',
    });
    expect(r.basicLivingPerMonth).toBe('781.00'); // 1.3 × 600.5 = 780.65 → 781
  });
});
