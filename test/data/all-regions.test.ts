/**
 * Every region, every year: with the statistics supplied, the pack functions either compute or throw a
 * DibaoDataError — never another error — and the wage always comes from the pack from 2013-07 on.
 */
import { describe, expect, it } from 'vitest';
import {
  DibaoDataError,
  dibaoStandardsFor,
  JILIN_REGIONS,
  policyFor,
  specialSupportFor,
} from '../../src/data/jilin/index.js';

const statistics = {
  urbanDisposableIncomePerYear: '30000',
  ruralDisposableIncomePerYear: '12000',
  povertyLinePerYear: '3000',
  provincialGuidance: { urbanPerMonth: '500', ruralPerMonth: '400' },
};

describe('every region', () => {
  it('dibaoStandardsFor 2016–2028 computes from the pack’s wage with the rest supplied', () => {
    for (const region of JILIN_REGIONS) {
      for (let year = 2016; year <= 2028; year++) {
        const r = dibaoStandardsFor(region.code, year, statistics);
        expect(r.origins.minimumWagePerMonth.from, `${region.name} ${year}`).toBe('pack');
        expect(r.trace[0]?.rule).toBe('data.region');
      }
    }
  });

  it('specialSupportFor and policyFor compute or throw DibaoDataError, nothing else', () => {
    let computed = 0;
    for (const region of JILIN_REGIONS) {
      for (let year = 2014; year <= 2026; year++) {
        for (const area of ['urban', 'rural'] as const) {
          try {
            specialSupportFor(region.code, year, area, 'able');
            computed++;
          } catch (e) {
            expect(e).toBeInstanceOf(DibaoDataError);
          }
        }
        try {
          const p = policyFor(region.code, `${year}-12-31`);
          expect(p.region?.code ?? 'JL-CBS').toBe(region.code);
          computed++;
        } catch (e) {
          expect(e).toBeInstanceOf(DibaoDataError);
        }
      }
    }
    // 2019 from the 2018 table (50 urban + 16 rural), 延吉 2016–2018, 梅河口/伊通 2021, policies on 2018-12-31 etc.
    expect(computed).toBeGreaterThan(66);
  });
});
