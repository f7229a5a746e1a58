/**
 * The explanation of hasLaborCapacity (特困人员认定办法 2016 / 2021): the assessed and the derived step, each
 * with the values read and the reason — age, the disability of that version's list, or neither.
 */
import { describe, expect, it } from 'vitest';
import { hasLaborCapacity } from '../../src/rules/labor-capacity.js';
import type { ParsedMember } from '../../src/schema/household.js';
import { tracer } from './household-helpers.js';

function run(member: ParsedMember, age: number, version: '2016' | '2021') {
  const t = tracer();
  const capacity = hasLaborCapacity(member, age, version, t, 'members[1]');
  return { capacity, steps: t.steps };
}

describe('hasLaborCapacity trace', () => {
  it('an assessed conclusion: one step citing the version’s article', () => {
    expect(run({ birthDate: '1980-01-01', laborCapacity: false }, 38, '2021')).toEqual({
      capacity: false,
      steps: [
        {
          rule: 'laborCapacity.assessed',
          article: '特困人员认定办法(2021)第5条',
          inputs: { member: 'members[1]', laborCapacity: false },
          output: false,
          note: '采用经认定的劳动能力结论',
        },
      ],
    });
  });

  it('age 60: none by age, the step lists the (absent) disability as null', () => {
    expect(run({ birthDate: '1958-01-01' }, 60, '2016').steps).toEqual([
      {
        rule: 'laborCapacity.derived',
        article: '特困人员认定办法(2016)',
        inputs: {
          member: 'members[1]',
          age: 60,
          rulesVersion: '2016',
          disabilityCategory: null,
          disabilityGrade: null,
        },
        output: false,
        note: '60周岁以上或未满16周岁，认定为无劳动能力',
      },
    ]);
  });

  it('age 15: none by age', () => {
    expect(run({ birthDate: '2003-01-01' }, 15, '2021').steps[0]).toMatchObject({
      output: false,
      note: '60周岁以上或未满16周岁，认定为无劳动能力',
    });
  });

  it('a grade-3 intellectual disability in 2021: none, the note names the 2021 rules', () => {
    expect(
      run({ birthDate: '1990-01-01', disability: { category: 'intellectual', grade: 3 } }, 31, '2021').steps,
    ).toEqual([
      {
        rule: 'laborCapacity.derived',
        article: '特困人员认定办法(2021)第5条',
        inputs: {
          member: 'members[1]',
          age: 31,
          rulesVersion: '2021',
          disabilityCategory: 'intellectual',
          disabilityGrade: 3,
        },
        output: false,
        note: '残疾类别与等级属于2021年认定办法规定的无劳动能力情形',
      },
    ]);
  });

  it('the same disability in 2016: capacity presumed, the note says neither case applies', () => {
    expect(
      run({ birthDate: '1990-01-01', disability: { category: 'intellectual', grade: 3 } }, 26, '2016')
        .steps[0],
    ).toMatchObject({
      output: true,
      note: '不属于无劳动能力情形，推定有劳动能力',
    });
  });

  it('a visual grade-1 disability: none in 2021 only; visual grade 2 never', () => {
    const visual = (grade: 1 | 2): ParsedMember => ({
      birthDate: '1990-01-01',
      disability: { category: 'visual' as const, grade },
    });
    expect(run(visual(1), 30, '2021').capacity).toBe(false);
    expect(run(visual(1), 30, '2016').capacity).toBe(true);
    expect(run(visual(2), 30, '2021').capacity).toBe(true);
  });
});
