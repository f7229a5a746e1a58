/**
 * The flat sheet functions of 第4条 and 第12条: each is the core result read out for one cell, so every
 * figure is checked against a hand-derived value and against the core function on the same row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dibaoStandards, specialSupport } from '../../src/index.js';
import {
  DIBAO_LABEL,
  DIBAO_RURAL_MINIMUM,
  DIBAO_SELF_CARE,
  DIBAO_SELF_CARE_RANGE,
  DIBAO_STANDARDS_RANGE,
  DIBAO_SUPPORT_BASIC,
  DIBAO_SUPPORT_CARE,
  DIBAO_SUPPORT_RANGE,
  DIBAO_SUPPORT_TOTAL,
  DIBAO_URBAN_CAP,
  DIBAO_URBAN_FLOOR,
  DIBAO_URBAN_MINIMUM,
} from '../../src/spreadsheet/index.js';

describe('第4条 flat functions', () => {
  const row = [2024, 34560, 16636, 1780, 4000, 650, 415] as const;

  it('read the standards of one locality row (hand-derived)', () => {
    // 下限 = 34560 × 20% ÷ 12 = 576；上限 = 1780 × 40% = 712；城市最低 = max(576, 650) = 650
    expect(DIBAO_URBAN_FLOOR(...row)).toBe(576);
    expect(DIBAO_URBAN_CAP(...row)).toBe(712);
    expect(DIBAO_URBAN_MINIMUM(...row)).toBe(650);
    // 农村 = ceil(650 × 16636 ÷ 34560) = ceil(312.88…) = 313；扶贫 4000 ÷ 12 = 333.33 → 334；指导 415 → 415
    expect(DIBAO_RURAL_MINIMUM(...row)).toBe(415);
    // Without guidance: urban minimum = floor 576; rural = max(ceil(576 × 16636 ÷ 34560) = 278, 334) = 334
    expect(DIBAO_URBAN_MINIMUM(2024, 34560, 16636, 1780, 4000)).toBe(576);
    expect(DIBAO_RURAL_MINIMUM(2024, 34560, 16636, 1780, 4000)).toBe(334);
  });

  it('apply an optional rounding unit', () => {
    // 34560 × 20% ÷ 12 = 576 → 以10元取整向上 = 580；712 → 以10元取整向下 = 710
    expect(DIBAO_URBAN_FLOOR(2024, 34560, 16636, 1780, 4000, '', '', 10)).toBe(580);
    expect(DIBAO_URBAN_CAP(2024, 34560, 16636, 1780, 4000, '', '', 10)).toBe(710);
  });

  it('equal the core result for any row of valid statistics', () => {
    const amount = fc.integer({ min: 1, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(2));
    fc.assert(
      fc.property(amount, amount, amount, amount, (urban, rural, wage, poverty) => {
        const core = dibaoStandards(
          {
            year: 2024,
            urbanDisposableIncomePerYear: urban,
            ruralDisposableIncomePerYear: rural,
            minimumWagePerMonth: wage,
            povertyLinePerYear: poverty,
          },
          { trace: false },
        );
        const cells = [2024, urban, rural, wage, poverty];
        expect(DIBAO_URBAN_FLOOR(...cells)).toBe(Number(core.urban.floorPerMonth));
        expect(DIBAO_URBAN_CAP(...cells)).toBe(Number(core.urban.capPerMonth));
        expect(DIBAO_RURAL_MINIMUM(...cells)).toBe(Number(core.rural.minimumPerMonth));
        expect(DIBAO_STANDARDS_RANGE([cells])).toEqual([
          [
            Number(core.urban.floorPerMonth),
            Number(core.urban.capPerMonth),
            core.urban.feasible,
            Number(core.urban.minimumPerMonth),
            Number(core.rural.minimumPerMonth),
          ],
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('name the argument of a bad or missing cell', () => {
    expect(DIBAO_URBAN_FLOOR(2024, 'n/a', 16636, 1780, 4000)).toMatch(
      /^#VALUE! urbanDisposableIncomePerYear: /,
    );
    expect(DIBAO_URBAN_FLOOR(2024, 34560, 16636, '', 4000)).toMatch(
      /^#VALUE! minimumWagePerMonth: 缺少必填的金额 \| required amount is missing$/,
    );
    expect(DIBAO_URBAN_FLOOR(1800, 34560, 16636, 1780, 4000)).toMatch(/^#VALUE! year: /);
    // The core's own check (urban income must be > 0) comes back with the core's path.
    expect(DIBAO_URBAN_FLOOR(2024, 0, 16636, 1780, 4000)).toMatch(/^#VALUE! urbanDisposableIncomePerYear: /);
    expect(DIBAO_URBAN_MINIMUM(2024, 34560, 16636, 1780, 4000, 650)).toMatch(
      /^#VALUE! provincialGuidance\.ruralPerMonth: /,
    );
  });

  it('go on past a bad row of a range', () => {
    const out = DIBAO_STANDARDS_RANGE([
      [2024, 34560, 16636, 1780, 4000],
      [2024, 34560, 16636, 'x', 4000],
      ['', null, '', '', ''],
    ]);
    expect(out[0]).toEqual([576, 712, true, 576, 334]);
    expect(out[1]?.every((c) => String(c).startsWith('#VALUE! minimumWagePerMonth'))).toBe(true);
    expect(out[2]).toEqual(['', '', '', '', '']);
  });
});

describe('第12条 flat functions', () => {
  it('read the support standards (hand-derived)', () => {
    // 基本生活 = 1.3 × 600 = 780；部分丧失照料 = 20% × 1640 = 328；合计 1108
    expect(DIBAO_SUPPORT_BASIC(600, 1640)).toBe(780);
    expect(DIBAO_SUPPORT_CARE(600, 1640, 'partiallyLost')).toBe(328);
    expect(DIBAO_SUPPORT_CARE(600, 1640, '部分丧失')).toBe(328);
    expect(DIBAO_SUPPORT_TOTAL(600, 1640, '部分丧失生活自理能力')).toBe(1108);
    // 完全丧失 30% × 1640 = 492；倍数 1.5 × 600 = 900
    expect(DIBAO_SUPPORT_TOTAL(600, 1640, 'fullyLost', 1.5)).toBe(1392);
  });

  it('say #N/A when the self-care ability is blank, and #VALUE! when it is misspelt', () => {
    expect(DIBAO_SUPPORT_BASIC(600, 1640, '')).toBe(780);
    expect(DIBAO_SUPPORT_CARE(600, 1640)).toMatch(/^#N\/A selfCareAbility/);
    expect(DIBAO_SUPPORT_TOTAL(600, 1640, '半失能')).toMatch(/^#VALUE! selfCareAbility: /);
  });

  it('equal the core result', () => {
    const core = specialSupport({
      priorYearDibaoStandardPerMonth: '587.5',
      priorYearMinimumWagePerMonth: '1880',
      selfCareAbility: 'able',
    });
    expect(DIBAO_SUPPORT_RANGE([['587.5', '1,880', '具备']])).toEqual([
      [Number(core.basicLivingPerMonth), Number(core.carePerMonth), Number(core.totalPerMonth)],
    ]);
  });

  it('decide the self-care level from six cells (特困人员认定办法(2021)第22条)', () => {
    expect(DIBAO_SELF_CARE(true, true, true, true, true, true)).toBe('able');
    expect(DIBAO_SELF_CARE(true, false, true, true, true, false)).toBe('partiallyLost');
    expect(DIBAO_SELF_CARE('不能', '不能', '不能', '不能', '能', '能')).toBe('fullyLost');
    // 3 failed, 3 unknown: could be 3 (partially) or 6 (fully) → undecided
    expect(DIBAO_SELF_CARE(false, false, false)).toMatch(/^#N\/A adl\./);
    // 4 failed already: fully lost whatever the blanks are
    expect(DIBAO_SELF_CARE(false, false, false, false)).toBe('fullyLost');
    expect(DIBAO_SELF_CARE(true, 'sometimes')).toMatch(/^#VALUE! adl\.dressing: /);
    expect(
      DIBAO_SELF_CARE_RANGE([
        [true, true, true, true, true, true],
        [false, false, false, false, false, false],
      ]),
    ).toEqual([['able'], ['fullyLost']]);
  });

  it('label codes in Chinese', () => {
    expect(DIBAO_LABEL('partiallyLost')).toBe('部分丧失生活自理能力');
    expect(DIBAO_LABEL(DIBAO_SUPPORT_CARE(600, 1640))).toMatch(/^#N\/A/);
    expect(DIBAO_LABEL('')).toBe('');
    expect(DIBAO_LABEL('xyz')).toMatch(/^#VALUE! code: /);
    expect(DIBAO_LABEL('__proto__')).toMatch(/^#VALUE! code: /);
    expect(DIBAO_LABEL('#hashtag')).toMatch(/^#VALUE! code: /);
  });
});
