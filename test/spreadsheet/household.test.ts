/**
 * A household's class and 低保金 from a few cells: hand-derived values, blank (unknown) cells, and
 * agreement with `assessHousehold` on real households whatever the members' ages and income split.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessHousehold, type Member } from '../../src/index.js';
import {
  DIBAO_BENEFIT,
  DIBAO_BENEFIT_RANGE,
  DIBAO_CLASS,
  DIBAO_CLASS_RANGE,
  DIBAO_HOUSEHOLD_RANGE,
} from '../../src/spreadsheet/index.js';

describe('DIBAO_CLASS and DIBAO_BENEFIT (第5条, 社会救助暂行办法第12条)', () => {
  it('classify by H against n·S and 2·n·S (hand-derived)', () => {
    // n = 3, S = 770：n·S = 2310，2·n·S = 4620
    expect(DIBAO_CLASS(3, 1500, 770, true, true)).toBe('dibao'); // 1500 < 2310
    expect(DIBAO_BENEFIT(3, 1500, 770, true, true)).toBe(810); // (770 − 1500 ÷ 3) × 3 = 2310 − 1500
    expect(DIBAO_CLASS(3, 3000, 770, true, true)).toBe('lowIncome'); // 2310 < 3000 < 4620
    expect(DIBAO_BENEFIT(3, 3000, 770, true, true)).toBe(''); // not 低保: no 低保金 (not ¥0)
    expect(DIBAO_CLASS(3, 5000, 770, true, true)).toBe('none'); // ≥ 4620
    // 收入为 0：低保金 = 770 × 3 = 2310
    expect(DIBAO_BENEFIT(3, 0, 770, true, true)).toBe(2310);
    // 单人 H = 471.98，S = 620：低保金 = 148.02
    expect(DIBAO_BENEFIT(1, '471.98', '620', '是', '是')).toBe(148.02);
    // 两人 H = 1000.01，S = 600.5：低保金 = 1201 − 1000.01 = 200.99
    expect(DIBAO_BENEFIT(2, '1,000.01', '６００．５', true, true)).toBe(200.99);
  });

  it('read the literal threshold by default and the inclusive one as an option (DESIGN §5)', () => {
    // H = n·S = 2310 exactly: literally neither 低于 nor 高于 → none
    expect(DIBAO_CLASS(3, 2310, 770, true, true)).toBe('none');
    expect(DIBAO_CLASS(3, 2310, 770, true, true, true)).toBe('dibao');
    expect(DIBAO_BENEFIT(3, 2310, 770, true, true, true)).toBe(0); // eligible, ¥0
  });

  it('apply the property conclusions (第5条(2)(3))', () => {
    expect(DIBAO_CLASS(3, 1500, 770, false, true)).toBe('none'); // literal PROPERTY_GAP
    expect(DIBAO_CLASS(3, 1500, 770, false, true, false, true)).toBe('lowIncome'); // admitted
    expect(DIBAO_CLASS(3, 3000, 770, true, false)).toBe('none');
  });

  it('answer when a blank property flag cannot change the class, else #N/A naming it', () => {
    expect(DIBAO_CLASS(3, 5000, 770)).toBe('none'); // ≥ 2·n·S: property irrelevant
    expect(DIBAO_CLASS(3, 3000, 770, '', true)).toBe('lowIncome'); // 低保 property irrelevant above n·S
    expect(DIBAO_CLASS(3, 1500, 770, true, '')).toBe('dibao'); // 低收入 property irrelevant below n·S
    expect(DIBAO_CLASS(3, 1500, 770)).toMatch(/^#N\/A propertyMeetsDibao/);
    expect(DIBAO_BENEFIT(3, 1500, 770, '', true)).toMatch(/^#N\/A propertyMeetsDibao: /);
    expect(DIBAO_CLASS(3, '', 770, true, true)).toMatch(/^#N\/A incomePerMonth/);
  });

  it('give #VALUE! naming the bad cell', () => {
    expect(DIBAO_CLASS(0, 1500, 770, true, true)).toMatch(/^#VALUE! members: /);
    expect(DIBAO_CLASS(2.5, 1500, 770, true, true)).toMatch(/^#VALUE! members: /);
    expect(DIBAO_CLASS(3, '1,50', 770, true, true)).toMatch(/^#VALUE! incomePerMonth: /);
    expect(DIBAO_CLASS(3, 1500, '', true, true)).toMatch(/^#VALUE! standardPerMonth: /);
    expect(DIBAO_CLASS(3, 1500, 0, true, true)).toMatch(/^#VALUE! /); // the core refuses S = 0
    expect(DIBAO_BENEFIT(3, 1500, 770, 'ok', true)).toMatch(/^#VALUE! propertyMeetsDibao: /);
  });

  it('work on whole ranges, row by row', () => {
    const rows = [
      [3, 1500, 770, true, true],
      [3, 3000, 770, true, true],
      ['', '', '', '', ''],
      [3, 'x', 770, true, true],
    ];
    expect(DIBAO_CLASS_RANGE(rows)).toEqual([
      ['dibao'],
      ['lowIncome'],
      [''],
      [expect.stringMatching(/^#VALUE! incomePerMonth/)],
    ]);
    expect(DIBAO_BENEFIT_RANGE(rows).slice(0, 3)).toEqual([[810], [''], ['']]);
    expect(DIBAO_HOUSEHOLD_RANGE(rows.slice(0, 2))).toEqual([
      ['dibao', 810],
      ['lowIncome', ''],
    ]);
  });

  it('equal assessHousehold on real households, whatever the ages and the split of income', () => {
    const member = fc.record({
      birthDate: fc.date({ min: new Date(1930, 0, 1), max: new Date(2023, 11, 31), noInvalidDate: true }),
      cents: fc.integer({ min: 0, max: 300_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 30_000, max: 120_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (ms, standardCents, pd, pl, inclusive) => {
          const iso = (d: Date) =>
            `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          const members: Member[] = ms.map((m) => ({
            birthDate: iso(m.birthDate),
            incomes: [{ kind: 'employment', perMonth: (m.cents / 100).toFixed(2) }],
          }));
          const total = ms.reduce((s, m) => s + m.cents, 0);
          const standard = (standardCents / 100).toFixed(2);
          const real = assessHousehold(
            {
              assessmentDate: '2024-06-30',
              area: 'rural',
              members,
              propertyAssessment: { meetsDibao: pd, meetsLowIncome: pl },
            },
            { dibaoStandardPerMonth: { urban: '999', rural: standard }, thresholdInclusive: inclusive },
            { trace: false },
          );
          const cells = [ms.length, (total / 100).toFixed(2), standard, pd, pl, inclusive];
          expect(DIBAO_CLASS(...cells)).toBe(real.class);
          expect(DIBAO_BENEFIT(...cells)).toBe(real.benefit ? Number(real.benefit.basePerMonth) : '');
        },
      ),
      { numRuns: 300 },
    );
  });
});
