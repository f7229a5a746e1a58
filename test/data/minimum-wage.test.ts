/**
 * Minimum wage tiers: date coverage (Catala style), the published figures, the year rules and the 第4条 cap.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import {
  DibaoDataError,
  JILIN_REGIONS,
  MINIMUM_WAGE_DRAFT_2024,
  MINIMUM_WAGE_PERIODS,
  minimumWageForYear,
  minimumWageOn,
} from '../../src/data/jilin/index.js';
import { minimumWageCandidatesOn, tierAssignments } from '../../src/data/jilin/minimum-wage.js';
import { DibaoInputError } from '../../src/index.js';

function months(from: [number, number], to: [number, number]): string[] {
  const out: string[] = [];
  for (let k = from[0] * 12 + from[1] - 1; k <= to[0] * 12 + to[1] - 1; k++) {
    out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

describe('minimum wage: temporal coverage', () => {
  const all = months([2013, 7], [2026, 12]);
  it('covers 162 months', () => expect(all).toHaveLength(162));

  it('every region, every month 2013-07…2026-12 (first and last day): exactly one tier applies', () => {
    const problems: string[] = [];
    for (const region of JILIN_REGIONS) {
      for (const m of all) {
        for (const day of ['01', '28']) {
          const n = minimumWageCandidatesOn(region.code, `${m}-${day}`).length;
          if (n !== 1) problems.push(`${region.name} ${m}-${day}: ${n}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the day before and the day a period starts fall in different periods', () => {
    expect(minimumWageOn('220100', '2015-11-30').perMonth).toBe('1320.00');
    expect(minimumWageOn('220100', '2015-12-01').perMonth).toBe('1480.00');
    expect(minimumWageOn('220100', '2017-09-30').perMonth).toBe('1480.00');
    expect(minimumWageOn('220100', '2017-10-01').perMonth).toBe('1780.00');
    expect(minimumWageOn('220100', '2021-11-30').perMonth).toBe('1780.00');
    expect(minimumWageOn('220100', '2021-12-01').perMonth).toBe('1880.00');
  });

  it('each list names every unit at most once and the tiers of a period are distinct', () => {
    for (const p of MINIMUM_WAGE_PERIODS) {
      expect(() => tierAssignments(p)).not.toThrow();
      expect(new Set(p.tiers.map((t) => t.perMonth)).size).toBe(p.tiers.length);
    }
  });

  it('before 2013-07-01 only the tier-1 history of 长春市区 is known; others get a DibaoDataError', () => {
    expect(minimumWageOn('220100', '2012-10-01').perMonth).toBe('1150.00');
    expect(minimumWageOn('220100', '2011-05-01').perMonth).toBe('1000.00');
    expect(minimumWageOn('220100', '2010-05-01').perMonth).toBe('820.00');
    expect(minimumWageOn('220100', '2012-10-01').perHour).toBeNull();
    expect(() => minimumWageOn('220200', '2013-06-30')).toThrow(DibaoDataError);
    expect(() => minimumWageOn('220100', '2010-04-30')).toThrow(DibaoDataError);
  });
});

describe('minimum wage: published figures', () => {
  // [region, date, tier, perMonth, perHour] straight from the reference table.
  const cases: Array<[string, string, number, string, string]> = [
    ['220100', '2014-01-01', 1, '1320.00', '11.50'],
    ['220200', '2014-01-01', 1, '1320.00', '11.50'],
    ['220700', '2014-01-01', 2, '1220.00', '10.50'],
    ['220721', '2014-01-01', 2, '1220.00', '10.50'], // 前郭
    ['222404', '2014-01-01', 2, '1220.00', '10.50'], // 珲春
    ['220800', '2014-01-01', 3, '1120.00', '9.50'],
    ['JL-CBS', '2014-01-01', 3, '1120.00', '9.50'],
    ['220113', '2014-01-01', 3, '1120.00', '9.50'], // 九台: 九台市 in 2013
    ['220100', '2016-06-01', 1, '1480.00', '13.50'],
    ['222401', '2016-06-01', 2, '1380.00', '12.50'],
    ['220581', '2016-06-01', 3, '1280.00', '11.50'], // 梅河口
    ['220184', '2016-06-01', 3, '1280.00', '11.50'], // 公主岭
    ['220100', '2019-01-01', 1, '1780.00', '17.00'],
    ['220200', '2019-01-01', 2, '1680.00', '16.00'],
    ['220700', '2019-01-01', 2, '1680.00', '16.00'],
    ['220621', '2019-01-01', 3, '1580.00', '15.00'], // 抚松
    ['222401', '2019-01-01', 3, '1580.00', '15.00'],
    ['220184', '2019-01-01', 4, '1480.00', '14.00'],
    ['220882', '2019-01-01', 4, '1480.00', '14.00'], // 大安: other 县(市)
    ['220100', '2022-01-01', 1, '1880.00', '19.00'],
    ['222401', '2022-01-01', 2, '1760.00', '18.00'],
    ['222404', '2022-01-01', 2, '1760.00', '18.00'],
    ['220721', '2022-01-01', 3, '1640.00', '17.00'],
    ['220500', '2022-01-01', 3, '1640.00', '17.00'],
    ['220581', '2022-01-01', 4, '1540.00', '16.00'],
    ['220184', '2022-01-01', 4, '1540.00', '16.00'], // 公主岭: other 县(市) in 2021
    ['JL-CBS', '2022-01-01', 4, '1540.00', '16.00'],
  ];
  for (const [code, date, tier, perMonth, perHour] of cases) {
    it(`${code} on ${date}: tier ${tier}, ${perMonth} 元/月, ${perHour} 元/小时`, () => {
      const w = minimumWageOn(code, date);
      expect([w.tier, w.perMonth, w.perHour]).toEqual([tier, perMonth, perHour]);
      expect(w.ref.source.length).toBeGreaterThan(0);
      expect(w.ref.effective).toBe(w.periodFrom);
    });
  }

  it('市区 districts take the city tier (双阳、九台 with 长春市区 from 2015; 江源 with 白山市区)', () => {
    expect(minimumWageOn('220112', '2014-01-01')).toMatchObject({ tier: 1, basis: 'cityDistricts' });
    expect(minimumWageOn('220113', '2014-01-01')).toMatchObject({ tier: 3, basis: 'exception' });
    expect(minimumWageOn('220113', '2016-01-01')).toMatchObject({ tier: 1, basis: 'cityDistricts' });
    expect(minimumWageOn('220605', '2022-01-01')).toMatchObject({ tier: 3, basis: 'cityDistricts' });
    expect(minimumWageOn('220882', '2022-01-01')).toMatchObject({ basis: 'otherCounties' });
  });

  it('the 2024 draft is never used: 长春市区 stays at 1880 in 2024–2026', () => {
    expect(MINIMUM_WAGE_DRAFT_2024.draft).toBe(true);
    expect(MINIMUM_WAGE_PERIODS.some((p) => p.draft)).toBe(false);
    for (const d of ['2024-06-01', '2025-12-31', '2026-12-31'])
      expect(minimumWageOn('220100', d).perMonth).toBe('1880.00');
    expect(minimumWageOn('220100', '2026-12-31').periodTo).toBeNull();
  });

  it('the former code 220381 of 公主岭 gives the same wage', () => {
    expect(minimumWageOn('220381', '2019-01-01').perMonth).toBe(
      minimumWageOn('220184', '2019-01-01').perMonth,
    );
  });
});

describe('minimum wage that counts for a year', () => {
  it('default: in force on 31 December (2017 for 长春市区 = 1780, changed on 2017-10-01)', () => {
    const w = minimumWageForYear('220100', 2017);
    expect(w.rule).toBe('inForceOn31December');
    expect(w.perMonth).toBe('1780.00');
  });

  it('inForceOn1January: 1480; longestInForce: 1480 (273 days against 92)', () => {
    expect(minimumWageForYear('220100', 2017, { rule: 'inForceOn1January' }).perMonth).toBe('1480.00');
    const longest = minimumWageForYear('220100', 2017, { rule: 'longestInForce' });
    expect(longest.perMonth).toBe('1480.00');
    expect(longest.segments.map((s) => [s.from, s.to, s.days])).toEqual([
      ['2017-01-01', '2017-09-30', 273],
      ['2017-10-01', '2017-12-31', 92],
    ]);
  });

  it('timeWeighted: (1480 × 273 + 1780 × 92) ÷ 365, exact', () => {
    const w = minimumWageForYear('220100', 2017, { rule: 'timeWeighted' });
    const expected = new Dec(1480).mul(273).plus(new Dec(1780).mul(92)).div(365);
    expect(w.perMonthExact).toBe(expected.toFixed());
    expect(w.perMonth).toBe('1555.62');
    expect(w.chosen).toBeNull();
  });

  it('a year without a change gives the same value under every rule', () => {
    for (const rule of [
      'inForceOn31December',
      'inForceOn1January',
      'longestInForce',
      'timeWeighted',
    ] as const)
      expect(minimumWageForYear('222401', 2019, { rule }).perMonth).toBe('1580.00');
  });

  it('第4条 cap check: the 2018 approved urban standard 620 of 长春 exceeds 40% of the 2016 wage (1480 → 592)', () => {
    const w = minimumWageForYear('220100', 2016);
    expect(w.perMonth).toBe('1480.00');
    const cap = new Dec(w.perMonthExact).mul('0.4');
    expect(cap.toFixed()).toBe('592');
    expect(new Dec(620).gt(cap)).toBe(true);
  });
});

describe('minimum wage: bad arguments', () => {
  it('unknown region → DibaoDataError unknownRegion', () => {
    const e = (() => {
      try {
        minimumWageOn('110101', '2020-01-01');
      } catch (x) {
        return x;
      }
    })() as DibaoDataError;
    expect(e).toBeInstanceOf(DibaoDataError);
    expect(e.code).toBe('unknownRegion');
  });
  it('bad date or year → DibaoInputError naming the argument', () => {
    expect(() => minimumWageOn('220100', '2021-02-30')).toThrow(DibaoInputError);
    expect(() => minimumWageForYear('220100', 2020.5)).toThrow(DibaoInputError);
  });
});
