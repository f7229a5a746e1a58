/** 无劳动能力 under the 特困人员认定办法 in force: 2016 before 2021-07-01, 2021 from that day. */
import { describe, expect, it } from 'vitest';
import { extremelyPoorRulesVersion, hasLaborCapacity } from '../../src/rules/labor-capacity.js';
import type { ParsedMember } from '../../src/schema/household.js';
import { tracer } from './household-helpers.js';

const m = (disability?: ParsedMember['disability'], laborCapacity?: boolean): ParsedMember => ({
  birthDate: '1990-01-01',
  ...(disability ? { disability } : {}),
  ...(laborCapacity === undefined ? {} : { laborCapacity }),
});

describe('version in force', () => {
  it('switches on 2021-07-01', () => {
    expect(extremelyPoorRulesVersion('2021-06-30')).toBe('2016');
    expect(extremelyPoorRulesVersion('2021-07-01')).toBe('2021');
    expect(extremelyPoorRulesVersion('2016-01-01')).toBe('2016');
  });
});

describe('age', () => {
  it('≥ 60 and < 16 have none; 16 and 59 have capacity', () => {
    expect(hasLaborCapacity(m(), 60, '2021', tracer(), 'm')).toBe(false);
    expect(hasLaborCapacity(m(), 59, '2021', tracer(), 'm')).toBe(true);
    expect(hasLaborCapacity(m(), 15, '2021', tracer(), 'm')).toBe(false);
    expect(hasLaborCapacity(m(), 16, '2021', tracer(), 'm')).toBe(true);
  });
});

describe('disability table', () => {
  const cases: Array<[NonNullable<ParsedMember['disability']>, boolean, boolean]> = [
    // [disability, capacity under 2016, capacity under 2021]
    [{ category: 'intellectual', grade: 2 }, false, false],
    [{ category: 'intellectual', grade: 3 }, true, false],
    [{ category: 'intellectual', grade: 4 }, true, true],
    [{ category: 'mental', grade: 3 }, true, false],
    [{ category: 'physical', grade: 1 }, false, false],
    [{ category: 'physical', grade: 2 }, true, false],
    [{ category: 'physical', grade: 3 }, true, true],
    [{ category: 'visual', grade: 1 }, true, false],
    [{ category: 'visual', grade: 2 }, true, true],
    [{ category: 'hearing', grade: 1 }, true, true],
    [{ category: 'speech', grade: 1 }, true, true],
    [{ category: 'multiple', grade: 1 }, true, true],
  ];
  for (const [d, v2016, v2021] of cases) {
    it(`${d.category} grade ${d.grade}: 2016 ${v2016}, 2021 ${v2021}`, () => {
      expect(hasLaborCapacity(m(d), 30, '2016', tracer(), 'm')).toBe(v2016);
      expect(hasLaborCapacity(m(d), 30, '2021', tracer(), 'm')).toBe(v2021);
    });
  }
});

describe('assessed capacity wins', () => {
  it('overrides age and disability both ways', () => {
    expect(hasLaborCapacity(m(undefined, false), 30, '2021', tracer(), 'm')).toBe(false);
    expect(hasLaborCapacity(m({ category: 'physical', grade: 1 }, true), 30, '2021', tracer(), 'm')).toBe(
      true,
    );
  });
  it('traces the article of the version', () => {
    const t = tracer();
    hasLaborCapacity(m({ category: 'intellectual', grade: 3 }), 30, '2021', t, 'members[0]');
    expect(t.steps[0]).toMatchObject({
      rule: 'laborCapacity.derived',
      article: '特困人员认定办法(2021)第5条',
      output: false,
    });
  });
});

describe('age (周岁) from ISO strings agrees with the core ageOn', { timeout: 60_000 }, () => {
  it('on every pair of generated dates, incl. 29 February', async () => {
    const fc = (await import('fast-check')).default;
    const { ageOn, parseIsoDate, formatIsoDate } = await import('../../src/core/dates.js');
    const { ageOnIsoDates } = await import('../../src/rules/age.js');
    const day = fc
      .date({ min: new Date(1904, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
      .map(formatIsoDate);
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, on] = a <= b ? [a, b] : [b, a];
        expect(ageOnIsoDates(birth, on)).toBe(ageOn(parseIsoDate(birth), parseIsoDate(on)));
      }),
      { numRuns: 2000 },
    );
    for (const [b, on, age] of [
      ['2004-02-29', '2022-02-28', 18],
      ['2004-02-29', '2022-02-27', 17],
      ['2004-02-29', '2024-02-28', 19],
      ['2004-02-29', '2024-02-29', 20],
      ['2000-03-01', '2018-02-28', 17],
    ] as const)
      expect(ageOnIsoDates(b, on)).toBe(age);
  });
});
