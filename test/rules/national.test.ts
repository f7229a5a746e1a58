/** The national 2021 rules at the edges the fixtures do not reach: dates, unknown facts, many open 特困 members. */
import { describe, expect, it } from 'vitest';
import { assessHousehold } from '../../src/index.js';
import {
  gradualExitEnd,
  gradualExitWarning,
  gradualExitWindowStart,
  newWorkEntries,
} from '../../src/rules/gradual-exit.js';
import type { Household } from '../../src/schema/household.js';
import type { Policy } from '../../src/schema/policy.js';

const policy: Policy = {
  rulesVersion: 'national2021',
  dibaoStandardPerMonth: { urban: '600', rural: '450' },
};
const OK = { meetsDibao: true, meetsLowIncome: true };

describe('渐退期 dates (审核确认办法(2021)第33条)', () => {
  it('ends k months after the earliest start, or the day after when month-end clamping keeps it inside', () => {
    expect(gradualExitEnd('2025-03-15', 6)).toBe('2025-09-15');
    // 2026-02-28 − 6 months = 2025-08-28, before the start 2025-08-31: still inside; 2026-03-01 is the first day out.
    expect(gradualExitWindowStart('2026-02-28', 6)).toBe('2025-08-28');
    expect(gradualExitEnd('2025-08-31', 6)).toBe('2026-03-01');
  });

  it('new work: employment and business entries started after the window start and not after the assessment date', () => {
    const entries = [
      { kind: 'employment' as const, perMonth: '900', since: '2025-06-01' },
      { kind: 'business' as const, perMonth: '300', since: '2025-04-01' }, // earlier, within: the earliest
      { kind: 'employment' as const, perMonth: '100', since: '2025-05-01' }, // within, not the earliest
      { kind: 'employment' as const, perMonth: '100', since: '2025-03-14' }, // the window start itself: outside
      { kind: 'employment' as const, perMonth: '100', since: '2025-09-15' }, // after the assessment date
      { kind: 'business' as const, perYear: '1200' }, // no start date: open
      { kind: 'pension' as const, perMonth: '800', since: '2025-06-01' }, // not work
    ];
    expect(newWorkEntries(entries, '2025-03-14', '2025-09-14')).toEqual({
      within: [0, 1, 2],
      open: [5],
      earliestSince: '2025-04-01',
    });
    expect(newWorkEntries(null, '2025-03-14', '2025-09-14')).toEqual({
      within: [],
      open: [],
      earliestSince: null,
    });
  });

  it('an unknown start of the new work leaves a receiving household open, naming the date', () => {
    const h: Household = {
      assessmentDate: '2025-09-14',
      area: 'urban',
      receivingDibao: true,
      members: [
        {
          birthDate: '1985-04-01',
          sex: 'male',
          employed: true,
          incomes: [{ kind: 'employment', perMonth: '1500' }],
        },
      ],
      propertyAssessment: OK,
    };
    const r = assessHousehold(h, { ...policy, gradualExitMonths: 6 });
    // H′ = 1500 ≥ 600: not 低保 by income; without the work (if it began in the window) H″ = 0 → 低保.
    expect(r.class).toBe('undetermined');
    expect(r.missing).toContain('members[0].incomes[0].since');
    expect(r.benefit).toBeNull();
  });
});

describe('渐退期 new work (审核确认办法(2021)第33条): employment and business begun in (date − k months, date]', () => {
  // assessment 2025-09-14, 6 months: the window is (2025-03-14, 2025-09-14]
  const entries = newWorkEntries(
    [
      { kind: 'pension', perMonth: '800', since: '2025-06-01' }, // not new work, whatever its date
      { kind: 'employment', perMonth: '1500' }, // new work of unknown start: open
      { kind: 'business', perMonth: '300', since: '2025-05-01' }, // within
      { kind: 'employment', perMonth: '200', since: '2025-04-01' }, // within, the earliest
      { kind: 'employment', perMonth: '100', since: '2025-03-14' }, // the window's first excluded day
      { kind: 'business', perMonth: '100', since: '2025-09-15' }, // after the assessment date
      { kind: 'employment', perMonth: '100', since: '2025-09-14' }, // on the assessment date: within
    ],
    gradualExitWindowStart('2025-09-14', 6),
    '2025-09-14',
  );

  it('lists the entries within and the open ones by index, and the earliest start within', () => {
    expect(entries).toEqual({ within: [2, 3, 6], open: [1], earliestSince: '2025-04-01' });
  });

  it('a member without incomes has no new work', () => {
    expect(newWorkEntries(null, '2025-03-14', '2025-09-14')).toEqual({
      within: [],
      open: [],
      earliestSince: null,
    });
  });

  it('the warning names the months and the end date', () => {
    expect(gradualExitWarning('2025-10-01', 6)).toEqual({
      code: 'GRADUAL_EXIT',
      article: '最低生活保障审核确认办法(2021)第33条',
      message:
        '就业后家庭收入已超过低保标准，处于 6 个月渐退期内，仍按低保发放（差额按不计新就业收入计算）；渐退期于 2025-10-01 届满，届时按实际收入重新认定',
    });
  });
});

describe('unknown facts under N4 (特困人员认定办法(2021)第4条)', () => {
  it('an unknown income leaves the class open and names it; the trace names the rule version', () => {
    const h: Household = {
      assessmentDate: '2025-06-01',
      area: 'urban',
      members: [
        {
          birthDate: '1980-01-01',
          sex: 'male',
          employed: true,
          incomes: [{ kind: 'employment', perMonth: '100' }],
        },
        { birthDate: '1982-01-01', sex: 'female', employed: true },
      ],
      propertyAssessment: OK,
    };
    const r = assessHousehold(h, policy);
    expect(r.class).toBe('undetermined');
    expect(r.missing).toContain('members[1].incomes');
    expect(r.deductionsPerMonth).toBeNull();
    expect(r.trace[0]).toMatchObject({ rule: 'policy.rulesVersion', output: 'national2021' });
  });

  it('an elder whose supporters are unknown: two possibilities; where both say 低保 the class is decided, the count is not', () => {
    const h: Household = {
      assessmentDate: '2025-06-01',
      area: 'urban',
      members: [
        { birthDate: '1950-01-01', sex: 'female', incomes: [] },
        {
          birthDate: '1980-01-01',
          sex: 'male',
          employed: true,
          incomes: [{ kind: 'employment', perMonth: '100' }],
        },
      ],
      propertyAssessment: OK,
    };
    const r = assessHousehold(h, policy);
    // 特困: counted 1, H′ = 100 < 600 → 低保; not 特困: counted 2, H′ = 100 < 1200 → 低保.
    expect(r.class).toBe('dibao');
    expect(r.countedMembers).toBeNull();
    expect(r.benefit).toBeNull();
    expect(r.missing).toContain('members[0].supporters');
    expect(r.members[0]?.class).toBe('undetermined');
  });

  it('more than six members with an open 特困 status: undetermined, each named', () => {
    const elder = { birthDate: '1950-01-01', incomes: [] };
    const h: Household = {
      assessmentDate: '2025-06-01',
      area: 'urban',
      members: Array(7).fill(elder),
      propertyAssessment: OK,
    };
    const r = assessHousehold(h, policy);
    expect(r.class).toBe('undetermined');
    expect(r.countedMembers).toBeNull();
    expect(r.missing).toEqual(Array.from({ length: 7 }, (_, i) => `members[${i}].supporters`));
  });

  it('with extremelyPoorAssessedAlone false the 特困 member stays in the count and the v1 warning is given', () => {
    const h: Household = {
      assessmentDate: '2025-06-01',
      area: 'urban',
      members: [
        { birthDate: '1950-01-01', sex: 'female', incomes: [], supporters: 'none' },
        {
          birthDate: '1980-01-01',
          sex: 'male',
          employed: true,
          incomes: [{ kind: 'employment', perMonth: '100' }],
        },
      ],
      propertyAssessment: OK,
    };
    const r = assessHousehold(h, { ...policy, extremelyPoorAssessedAlone: false });
    // counted 2: H′ = 100 < 1200 → 低保; 差额 = (600 − 50) × 2 = 1100.00.
    expect(r.countedMembers).toBe(2);
    expect(r.benefit?.basePerMonth).toBe('1100.00');
    expect(r.warnings.map((w) => w.code)).toEqual([
      'SPECIAL_GRANT_RATE_NOT_SET',
      'EXTREMELY_POOR_IN_HOUSEHOLD',
    ]);
  });
});
