/**
 * Properties of assessHousehold (第5、6、10、11条 and the 低保金) over generated households and policies:
 * more income never gives a better class or a larger 低保金; a higher standard never gives a worse class;
 * the 低保金 is ≥ 0 and present only for 低保 households; results are deterministic; inputs are never
 * mutated; any JSON either gives a clean result or a DibaoInputError; prototype keys are refused.
 *
 * Under the literal reading (DESIGN §5, the defaults) the class is deliberately not monotone at two gaps:
 * income exactly n·S or 2n·S (THRESHOLD_EQUALITY) and income below S with only the 低保 property test
 * failing (PROPERTY_GAP). The properties therefore hold strictly with both gap options on, and under the
 * literal reading every exception must carry the warning that names the gap.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DibaoInputError } from '../../src/core/errors.js';
import { Dec } from '../../src/core/money.js';
import { assessHousehold, type HouseholdAssessment } from '../../src/index.js';
import type { Household, Member } from '../../src/schema/household.js';
import type { Policy } from '../../src/schema/policy.js';
import { householdArb, policyArb } from './arbitraries.js';
import {
  awkwardJson,
  deepFreeze,
  expectCleanJson,
  jsonPaths,
  moneyArb,
  replaceAt,
  resultOrInputError,
  withOwnKey,
} from './helpers.js';

const RUNS = { numRuns: 80 };

const RANK = { none: 0, lowIncome: 1, dibao: 2 } as const;
const rank = (r: HouseholdAssessment): number | null => (r.class === 'undetermined' ? null : RANK[r.class]);
const hasGapWarning = (r: HouseholdAssessment) =>
  r.warnings.some((w) => w.code === 'THRESHOLD_EQUALITY' || w.code === 'PROPERTY_GAP');
const bothGapOptions = (p: Policy) =>
  p.thresholdInclusive === true && p.lowIncomeAdmitsBelowStandard === true;

/** The household with member `i` given `extra` more countable income (a non-exemptible `other` entry). */
function withMoreIncome(h: Household, i: number, extra: string): { poorer: Household; richer: Household } {
  const poorer = structuredClone(h);
  const m = poorer.members[i % poorer.members.length] as Member;
  if (m.incomes === undefined) m.incomes = [];
  const richer = structuredClone(poorer);
  (richer.members[i % richer.members.length] as Member).incomes?.push({ kind: 'other', perMonth: extra });
  return { poorer, richer };
}

describe('assessHousehold properties', () => {
  it('more income never gives a better class (strictly with both gap options; literally, except at a flagged gap)', () => {
    fc.assert(
      fc.property(
        householdArb,
        policyArb(fc.boolean()),
        fc.nat(),
        moneyArb(1, 200_000),
        (h, policy, i, extra) => {
          const { poorer, richer } = withMoreIncome(h, i, String(extra));
          const a = assessHousehold(poorer, policy, { trace: false });
          const b = assessHousehold(richer, policy, { trace: false });
          const ra = rank(a);
          const rb = rank(b);
          if (ra === null || rb === null || rb <= ra) return;
          expect(bothGapOptions(policy), `${a.class} → ${b.class} with both gap options on`).toBe(false);
          expect(hasGapWarning(a), `${a.class} → ${b.class} without a gap warning`).toBe(true);
        },
      ),
      {
        ...RUNS,
        // Found by this property: income known only as an interval (receivingDibao unknown, so the 第11条
        // exemption may apply) lay wholly below n·S, yet PROPERTY_GAP was not warned.
        examples: [
          [
            {
              assessmentDate: '2020-01-01',
              area: 'urban',
              members: [
                { birthDate: '1925-01-01', incomes: [{ kind: 'employment', perMonth: '0.01' }] },
                { birthDate: '1925-01-01' },
              ],
              propertyAssessment: { meetsDibao: false, meetsLowIncome: true },
            },
            {
              dibaoStandardPerMonth: { urban: '300', rural: '200' },
              employmentIncomeExemption: { perMonth: '0.01', months: 1 },
            },
            1,
            '600.01',
          ],
        ],
      },
    );
  });

  it('more income never gives a larger 低保金 (with 第6条 medical costs too: the v1.1 tie correction)', () => {
    fc.assert(
      fc.property(
        householdArb,
        policyArb(fc.boolean()),
        fc.nat(),
        moneyArb(1, 200_000),
        (h, policy, i, extra) => {
          const { poorer, richer } = withMoreIncome(h, i, String(extra));
          const a = assessHousehold(poorer, policy, { trace: false });
          const b = assessHousehold(richer, policy, { trace: false });
          if (a.benefit === null || b.benefit === null) return;
          expect(new Dec(b.benefit.totalPerMonth).lte(a.benefit.totalPerMonth)).toBe(true);
          expect(new Dec(b.benefit.basePerMonth).lte(a.benefit.basePerMonth)).toBe(true);
        },
      ),
      {
        ...RUNS,
        // v1's tie rule: S 620, medical 3 600 a year — income 600 paid 20.00, income 630 paid 290.00.
        examples: [
          [
            {
              assessmentDate: '2018-09-01',
              area: 'urban',
              members: [
                {
                  birthDate: '1980-03-01',
                  sex: 'male',
                  incomes: [{ kind: 'employment', perMonth: '600' }],
                  employed: true,
                },
              ],
              medicalOutOfPocketPerYear: '3600',
              propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
            },
            { dibaoStandardPerMonth: { urban: '620', rural: '410' } },
            0,
            '30',
          ],
        ],
      },
    );
  });

  it('a higher standard never gives a worse class (strictly with both gap options; literally, except at a flagged gap)', () => {
    fc.assert(
      fc.property(householdArb, policyArb(fc.boolean()), moneyArb(1, 50_000), (h, policy, raise) => {
        const higher = structuredClone(policy);
        const s = higher.dibaoStandardPerMonth;
        s.urban = new Dec(String(s.urban)).add(String(raise)).toFixed();
        s.rural = new Dec(String(s.rural)).add(String(raise)).toFixed();
        const a = assessHousehold(h, policy, { trace: false });
        const b = assessHousehold(h, higher, { trace: false });
        const ra = rank(a);
        const rb = rank(b);
        if (ra === null || rb === null || rb >= ra) return;
        expect(bothGapOptions(policy), `${a.class} → ${b.class} with both gap options on`).toBe(false);
        expect(hasGapWarning(b), `${a.class} → ${b.class} without a gap warning`).toBe(true);
      }),
      RUNS,
    );
  });

  it('the 低保金 is ≥ 0, base + grants, and present only for 低保 households', () => {
    fc.assert(
      fc.property(householdArb, policyArb(fc.boolean()), (h, policy) => {
        const r = assessHousehold(h, policy, { trace: false });
        if (r.class !== 'dibao') expect(r.benefit).toBeNull();
        if (r.benefit === null) return;
        const { basePerMonth, specialGrantsPerMonth, totalPerMonth } = r.benefit;
        for (const v of [basePerMonth, specialGrantsPerMonth, totalPerMonth]) {
          expect(v).toMatch(/^[0-9]+\.[0-9]{2}$/);
        }
        expect(new Dec(basePerMonth).add(specialGrantsPerMonth).eq(totalPerMonth)).toBe(true);
        // the 差额 never exceeds n × S
        const n = r.members.filter((m) => m.dibaoCancelled !== true).length;
        expect(new Dec(basePerMonth).lte(new Dec(r.standardPerMonth).mul(n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('is deterministic to the byte, trace: false changes only the trace, and inputs are never mutated', () => {
    fc.assert(
      fc.property(householdArb, policyArb(fc.boolean()), (h, policy) => {
        const before = JSON.stringify([h, policy]);
        const frozenH = deepFreeze(structuredClone(h));
        const frozenP = deepFreeze(structuredClone(policy));
        const a = JSON.stringify(assessHousehold(frozenH, frozenP));
        const b = JSON.stringify(assessHousehold(structuredClone(h), structuredClone(policy)));
        expect(b).toBe(a);
        expect(JSON.stringify([h, policy])).toBe(before);
        const quiet = assessHousehold(h, policy, { trace: false });
        expect(quiet.trace).toEqual([]);
        expect(JSON.stringify({ ...quiet, trace: JSON.parse(a).trace })).toBe(a);
        expectCleanJson(JSON.parse(a));
      }),
      { numRuns: 50 },
    );
  });

  it('any JSON value as household or policy gives a clean result or a DibaoInputError', () => {
    fc.assert(
      fc.property(awkwardJson, awkwardJson, householdArb, policyArb(fc.boolean()), (x, y, h, p) => {
        for (const [hh, pp] of [
          [x, p],
          [h, y],
          [x, y],
        ] as const) {
          const r = resultOrInputError(
            (v: { h: unknown; p: unknown }) => assessHousehold(v.h as never, v.p as never),
            {
              h: hh,
              p: pp,
            } as never,
          );
          if (r !== null) expectCleanJson(r);
        }
      }),
      RUNS,
    );
  });

  it('a valid household or policy with any one field replaced by awkward JSON gives a clean result or a DibaoInputError', () => {
    fc.assert(
      fc.property(
        householdArb.chain((h) => fc.tuple(fc.constant(h), fc.constantFrom(...jsonPaths(h)))),
        policyArb(fc.boolean()).chain((p) => fc.tuple(fc.constant(p), fc.constantFrom(...jsonPaths(p)))),
        awkwardJson,
        fc.boolean(),
        ([h, hPath], [p, pPath], bad, inHousehold) => {
          const hh = inHousehold ? replaceAt(h, hPath, bad) : h;
          const pp = inHousehold ? p : replaceAt(p, pPath, bad);
          const r = resultOrInputError(
            (v: { h: unknown; p: unknown }) => assessHousehold(v.h as never, v.p as never),
            {
              h: hh,
              p: pp,
            } as never,
          );
          if (r !== null) expectCleanJson(JSON.parse(JSON.stringify(r)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses __proto__, constructor and prototype keys in the household, a member and the policy', () => {
    fc.assert(
      fc.property(
        householdArb,
        policyArb(fc.boolean()),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom('household', 'member', 'policy'),
        (h, p, key, where) => {
          const hh =
            where === 'household'
              ? withOwnKey(h, [], key, {})
              : where === 'member'
                ? withOwnKey(h, ['members', 0], key, {})
                : h;
          const pp = where === 'policy' ? withOwnKey(p, [], key, {}) : p;
          let thrown: unknown;
          try {
            assessHousehold(hh as Household, pp as Policy);
          } catch (e) {
            thrown = e;
          }
          expect(thrown).toBeInstanceOf(DibaoInputError);
          const path = where === 'member' ? `members[0].${key}` : key;
          expect((thrown as DibaoInputError).issues).toContainEqual(
            expect.objectContaining({ path, code: 'forbidden_key' }),
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
