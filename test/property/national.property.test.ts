/**
 * Properties of the rule versions (draft2018 and national2021): more income never pays a larger household
 * 低保金 while no member's 特困 status changes (under N4 a member whose income ends their 特困 support joins the
 * household's 差额 instead), and a result with unknown facts never contradicts any completion of them.
 * Replayable: `FC_SEED=<seed>` fixes the seed; fast-check prints the seed of a failing run.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { assessHousehold, type HouseholdAssessment } from '../../src/index.js';
import type { Household, Member } from '../../src/schema/household.js';
import { dateArb, householdOf2025Arb, memberArb, nationalPolicyArb, policyArb } from './arbitraries.js';
import { moneyArb } from './helpers.js';

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 60), ...(seed === undefined ? {} : { seed }) };

const versionPolicyArb = fc.oneof(policyArb(fc.boolean()), nationalPolicyArb);

function withMoreIncome(h: Household, i: number, extra: string): { poorer: Household; richer: Household } {
  const poorer = structuredClone(h);
  const m = poorer.members[i % poorer.members.length] as Member;
  if (m.incomes === undefined) m.incomes = [];
  const richer = structuredClone(poorer);
  (richer.members[i % richer.members.length] as Member).incomes?.push({ kind: 'other', perMonth: extra });
  return { poorer, richer };
}

const sameExtremelyPoor = (a: HouseholdAssessment, b: HouseholdAssessment) =>
  a.members.every((m, j) => m.extremelyPoor === b.members[j]?.extremelyPoor);

describe('rule versions: properties', () => {
  it('under both versions more income never pays a larger 低保金 while no member’s 特困 status changes', () => {
    fc.assert(
      fc.property(
        householdOf2025Arb,
        versionPolicyArb,
        fc.nat(),
        moneyArb(1, 200_000),
        (h, policy, i, extra) => {
          const { poorer, richer } = withMoreIncome(h, i, String(extra));
          const a = assessHousehold(poorer, policy, { trace: false });
          const b = assessHousehold(richer, policy, { trace: false });
          if (a.benefit === null || b.benefit === null || !sameExtremelyPoor(a, b)) return;
          // The 渐退期 (N5) pays a household whose income rose above the line the 差额 without its new work;
          // a poorer household still below the line is paid on its whole income (審核确认办法第33条 grants the
          // period only above the standard): that notch is the law's, and is left out here (docs/interpretation.md).
          if (b.basis === 'gradualExit' && a.basis !== 'gradualExit') return;
          expect(new Dec(b.benefit.totalPerMonth).lte(a.benefit.totalPerMonth)).toBe(true);
          expect(new Dec(b.benefit.basePerMonth).lte(a.benefit.basePerMonth)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  /** Every unknown fact of `h`, filled in from `fill`. */
  const completionArb = (h: Household) =>
    fc
      .record({
        receivingDibao: fc.boolean(),
        propertyAssessment: fc.record({ meetsDibao: fc.boolean(), meetsLowIncome: fc.boolean() }),
        members: fc.tuple(
          ...h.members.map(() =>
            fc.record({
              incomes: fc.array(
                fc.record({
                  kind: fc.constantFrom('employment' as const, 'other' as const),
                  perMonth: moneyArb(0, 300_000),
                }),
                { minLength: 1, maxLength: 2 },
              ),
              sex: fc.constantFrom('male' as const, 'female' as const),
              supporters: fc.constantFrom('none' as const, 'unable' as const, 'able' as const),
              employed: fc.boolean(),
              since: dateArb(2023, 2026),
            }),
          ),
        ),
      })
      .map((fill) => {
        const c = structuredClone(h);
        c.receivingDibao ??= fill.receivingDibao;
        // Property is unknown only when neither the 核对平台 result nor the property facts are given.
        if (c.propertyAssessment === undefined && c.property === undefined)
          c.propertyAssessment = fill.propertyAssessment;
        c.members = c.members.map((m, j) => {
          const f = fill.members[j] as (typeof fill.members)[number];
          const out: Member = { ...m };
          out.incomes =
            m.incomes === undefined
              ? f.incomes
              : m.incomes.map((e) =>
                  (e.kind === 'employment' || e.kind === 'business') && e.since === undefined
                    ? { ...e, since: f.since > c.assessmentDate ? c.assessmentDate : f.since }
                    : e,
                );
          out.sex ??= f.sex;
          out.supporters ??= f.supporters;
          out.employed ??= f.employed;
          return out;
        });
        return c;
      });

  /** Households with facts left out: incomes, supporters, sex, employment, property, receivingDibao. */
  const partialArb = fc
    .tuple(
      householdOf2025Arb,
      fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      fc.array(memberArb, { maxLength: 0 }),
    )
    .map(([h, drop]) => {
      const c = structuredClone(h);
      if (drop[0]) delete c.receivingDibao;
      if (drop[1]) {
        delete c.propertyAssessment;
        delete c.property;
      }
      c.members = c.members.map((m, j) => {
        const out = { ...m };
        if (drop[2] && j === 0) delete out.incomes;
        if (drop[3]) delete out.supporters;
        if (drop[4] && j % 2 === 1) delete out.sex;
        if (drop[5]) delete out.employed;
        return out;
      });
      return c;
    });

  it('under both versions a result with unknown facts never contradicts any of its completions', () => {
    fc.assert(
      fc.property(
        partialArb.chain((h) => fc.tuple(fc.constant(h), completionArb(h), versionPolicyArb)),
        ([partial, complete, policy]) => {
          const p = assessHousehold(partial, policy, { trace: false });
          const c = assessHousehold(complete, policy, { trace: false });
          if (p.class !== 'undetermined') expect(c.class, 'class').toBe(p.class);
          if (p.class !== 'undetermined' && p.basis !== null) expect(c.basis, 'basis').toBe(p.basis);
          if (p.countedMembers !== null && p.class !== 'undetermined')
            expect(c.countedMembers, 'countedMembers').toBe(p.countedMembers);
          if (p.benefit !== null) expect(c.benefit, 'benefit').toEqual(p.benefit);
          p.members.forEach((m, j) => {
            if (m.extremelyPoor !== null)
              expect(c.members[j]?.extremelyPoor, `member ${j}`).toBe(m.extremelyPoor);
          });
          if (p.rigidExpenditureHardship?.eligible != null)
            expect(c.rigidExpenditureHardship?.eligible, 'rigidExpenditureHardship').toBe(
              p.rigidExpenditureHardship.eligible,
            );
        },
      ),
      RUNS,
    );
  });
});
