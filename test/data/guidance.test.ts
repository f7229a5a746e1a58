/** 省城乡低保最低指导标准: every listed region resolves exactly once per year; published values; gaps. */
import { describe, expect, it } from 'vitest';
import { guidanceTiersOf } from '../../src/data/jilin/guidance.js';
import {
  DibaoDataError,
  GUIDANCE_YEARS,
  JILIN_REGIONS,
  provincialGuidanceFor,
} from '../../src/data/jilin/index.js';

describe('guidance: every listed region exactly once', () => {
  for (const g of GUIDANCE_YEARS) {
    for (const area of ['urban', 'rural'] as const) {
      const complete = area === 'urban' ? g.urbanComplete : g.ruralComplete;
      it(`${g.year} ${area}: ${complete ? 'all 51 regions' : 'the listed regions'} resolve exactly once`, () => {
        const tiers = area === 'urban' ? g.urban : g.rural;
        const listed = tiers.flatMap((t) => t.names);
        const counts = JILIN_REGIONS.map((r) => [r.name, guidanceTiersOf(g, area, r.code).length] as const);
        expect(counts.filter(([, n]) => n > 1)).toEqual([]);
        if (complete) {
          expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
          expect(listed).toHaveLength(51);
        }
      });
    }
  }
});

describe('guidance: published values', () => {
  const cases: Array<[string, number, 'urban' | 'rural', string, number]> = [
    ['220100', 2022, 'urban', '650.00', 1],
    ['222401', 2022, 'urban', '650.00', 1],
    ['220112', 2022, 'urban', '600.00', 2],
    ['JL-CBS', 2022, 'urban', '550.00', 3],
    ['220100', 2022, 'rural', '415.00', 1],
    ['220282', 2022, 'rural', '410.00', 2], // 桦甸
    ['220700', 2022, 'rural', '405.00', 3], // 松原市
    ['222402', 2021, 'rural', '405.00', 3], // 图们
    ['220100', 2024, 'urban', '770.00', 1],
    ['220184', 2024, 'urban', '660.00', 2],
    ['220323', 2024, 'urban', '620.00', 3], // 伊通
    ['220605', 2024, 'urban', '560.00', 4], // 江源
    ['220100', 2024, 'rural', '500.00', 1],
  ];
  for (const [code, year, area, perMonth, tier] of cases) {
    it(`${code} ${year} ${area}: ${perMonth} (tier ${tier})`, () => {
      const g = provincialGuidanceFor(code, year, area);
      expect([g.perMonth, g.tier, g.published.unit]).toEqual([perMonth, tier, '元/人·月']);
    });
  }
});

describe('guidance: what the pack lacks', () => {
  it('2024 rural for any region but 长春市: the list was cut off → DibaoDataError naming the supplied key', () => {
    try {
      provincialGuidanceFor('220200', 2024, 'rural');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoDataError);
      const d = e as DibaoDataError;
      expect(d.value).toBe('provincialGuidance.ruralPerMonth');
      expect(d.supplyAs).toBe('supplied.provincialGuidance.ruralPerMonth');
      expect(d.period).toBe('2024');
      expect(d.messageZh).toContain('不完整');
    }
  });
  for (const year of [2018, 2019, 2020, 2023, 2025]) {
    it(`${year}: not found → DibaoDataError (no fallback to another year)`, () => {
      expect(() => provincialGuidanceFor('220100', year, 'urban')).toThrow(DibaoDataError);
    });
  }
});
