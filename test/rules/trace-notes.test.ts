/** The household trace shows each comparison with its numbers: working age, special groups, livelihood source. */
import { describe, expect, it } from 'vitest';
import { assessHousehold } from '../../src/index.js';

const r = assessHousehold(
  {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [
      {
        birthDate: '1946-03-01',
        sex: 'female',
        incomes: [{ kind: 'pension', perMonth: '300' }],
        supporters: 'none',
      },
      { birthDate: '1961-06-01', incomes: [], employed: false },
      { birthDate: '1980-01-01', sex: 'male', incomes: [], employed: false },
    ],
    propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
  },
  { dibaoStandardPerMonth: { urban: '620', rural: '410' } },
);
const step = (rule: string, member: string) =>
  r.trace.find((s) => s.rule === rule && s.inputs.member === member);

describe('trace notes carry the numbers', () => {
  it('working age', () => {
    expect(step('employment.workingAge', 'members[2]')?.note).toBe('16 ≤ 38 < 60：在劳动年龄段内');
    expect(step('employment.workingAge', 'members[1]')?.note).toBe(
      '16 ≤ 57，是否 < 上限 60（男）/55（女） 取决于未知的性别',
    );
    expect(step('employment.workingAge', 'members[0]')?.output).toBe(false);
  });
  it('special groups', () => {
    expect(step('specialGroups.member', 'members[0]')).toMatchObject({
      article: '第10条',
      output: ['age70Plus'],
      note: '72 ≥ 70：70周岁以上老年人',
    });
  });
  it('livelihood source', () => {
    expect(step('extremelyPoor.livelihoodSource', 'members[0]')?.note).toBe(
      '本人月收入 300 < 低保标准 620，家庭财产符合规定 → 无生活来源',
    );
  });
});
