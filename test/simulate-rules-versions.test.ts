/** The rule-version study of docs/simulate.md on examples/simulate: draft2018 against national2021. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesVersionPolicies, simulate } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'examples', 'simulate');

describe('rulesVersionPolicies + simulate on the example households', () => {
  const households = readFileSync(join(dir, 'households.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const policy = JSON.parse(readFileSync(join(dir, 'base-policy.json'), 'utf8'));

  it('reads one policy under each version, leaving out the other version’s fields', () => {
    const { base, reform } = rulesVersionPolicies({
      ...policy,
      rulesVersion: 'national2021',
      gradualExitMonths: 6,
    });
    expect(base.rulesVersion).toBe('draft2018');
    expect(base).not.toHaveProperty('gradualExitMonths');
    expect(reform).toMatchObject({ rulesVersion: 'national2021', gradualExitMonths: 6 });
    const draft = rulesVersionPolicies({
      ...policy,
      employmentIncomeExemption: { perMonth: '100', months: 6 },
    });
    expect(draft.base).toHaveProperty('employmentIncomeExemption');
    expect(draft.reform).not.toHaveProperty('employmentIncomeExemption');
  });

  it('the table of docs/simulate.md', () => {
    const { base, reform } = rulesVersionPolicies(policy);
    const r = simulate(households, base, reform, { trace: false });
    expect(r.base.households).toEqual({ dibao: 5, lowIncome: 1, none: 1, undetermined: 1 });
    expect(r.reform.households).toEqual({ dibao: 4, lowIncome: 1, none: 2, undetermined: 1 });
    expect([r.base.basePerMonth, r.base.specialGrantsPerMonth, r.base.totalPerMonth]).toEqual([
      '1630.00',
      '454.00',
      '2084.00',
    ]);
    expect([r.reform.basePerMonth, r.reform.specialGrantsPerMonth, r.reform.totalPerYear]).toEqual([
      '1320.00',
      '372.00',
      '20304.00',
    ]);
    expect(r.gains).toEqual([]);
    expect(r.losses.map((l) => [l.id, l.baseClass, l.reformClass, l.changePerMonth])).toEqual([
      ['s-06', 'dibao', 'none', '-392.00'],
    ]);
    expect(r.costChange).toEqual({ perMonth: '-392.00', perYear: '-4704.00' });
    expect(r.counts).toEqual({ households: 9, assessed: 8, errors: 1 });
  });
});
