/**
 * The CLI's hand-written serialiser of household assessments (src/cli/output/assessment-json.ts) must give
 * exactly `JSON.stringify(result)`, or `null` (and the CLI then uses JSON.stringify) — never other text.
 * Checked on real assessments (the bench households and generated households, with and without trace)
 * and on generated results of the same shape with odd strings (quotes, backslashes, control characters,
 * lone surrogates, Chinese, emoji), optional ids and flags, warnings, missing paths and traces; and on
 * results bent out of that shape (extra, missing or reordered keys, wrong types, `toJSON`, inherited keys).
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCH_POLICY, generateHouseholds } from '../../bench/households.mjs';
import { assessHousehold } from '../../src/assess.js';
import { assessmentJson } from '../../src/cli/output/assessment-json.js';
import { DibaoInputError } from '../../src/core/errors.js';
import { householdArb, policyArb } from '../property/arbitraries.js';

/** Strings that need escaping or encode to several bytes, mixed with any UTF-16 code units. */
const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '',
    '"',
    '\\',
    '\u0000',
    '\u001f',
    '\n\r\t\b\f',
    '\u007f',
    '\u2028\u2029',
    '\ud800',
    '\udfff',
    '\udc00\ud800',
    '😀',
    '家庭人均月收入低于低保标准 620 元，按字面“高于”',
    'members[0].incomes',
    '620.00',
  ),
);
const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const boolOrNull = orNull(fc.boolean());

const memberFields = {
  age: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.double()),
  class: oddString,
  laborCapacity: boolOrNull,
  extremelyPoor: boolOrNull,
  livelihoodSource: boolOrNull,
  specialGroups: fc.array(oddString, { maxLength: 3 }),
  workingAge: boolOrNull,
  dibaoCancelled: boolOrNull,
  obligations: fc.array(oddString, { maxLength: 2 }),
  incomePerMonth: orNull(oddString),
  specialGrantPerMonth: orNull(oddString),
  singlePersonDibao: orNull(
    fc.record({
      eligible: boolOrNull,
      benefit: orNull(
        fc.record({ basePerMonth: oddString, specialGrantPerMonth: oddString, totalPerMonth: oddString }),
      ),
    }),
  ),
};
/** A member: the fixed fields, then an optional id and an optional unionHardshipWorker, in that order. */
const memberArb = fc
  .tuple(
    fc.record(memberFields),
    fc.option(oddString, { nil: undefined }),
    fc.option(fc.boolean(), { nil: undefined }),
  )
  .map(([m, id, union]) => ({
    ...m,
    ...(id === undefined ? {} : { id }),
    ...(union === undefined ? {} : { unionHardshipWorker: union }),
  }));

/** A result of the HouseholdAssessment shape, keys in the order the rules write them. */
const resultArb = fc
  .record({
    id: fc.option(oddString, { nil: undefined }),
    class: oddString,
    basis: orNull(oddString),
    standardPerMonth: oddString,
    area: oddString,
    extremelyPoorRules: oddString,
    rulesVersion: oddString,
    countedMembers: orNull(fc.integer({ min: 0, max: 100 })),
    perCapitaIncomePerMonth: orNull(oddString),
    deductionsPerMonth: orNull(fc.record({ employmentCost: oddString, rigidExpenditure: oddString })),
    illnessExpenditure: orNull(fc.record({ perCapitaIncomePerMonth: orNull(oddString), class: oddString })),
    members: fc.array(memberArb, { maxLength: 4 }),
    benefit: orNull(
      fc.record({ basePerMonth: oddString, specialGrantsPerMonth: oddString, totalPerMonth: oddString }),
    ),
    rigidExpenditureHardship: orNull(fc.record({ eligible: boolOrNull })),
    missing: fc.array(oddString, { maxLength: 3 }),
    warnings: fc.array(fc.record({ code: oddString, article: oddString, message: oddString }), {
      maxLength: 3,
    }),
    trace: fc.oneof(fc.constant([]), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 })),
  })
  .map(({ id, ...rest }) => (id === undefined ? rest : { id, ...rest }));

/** What the CLI writes for a result: its own text when not null, else JSON.stringify. */
function check(result: unknown): string | null {
  const json = assessmentJson(result);
  if (json !== null) expect(json).toBe(JSON.stringify(result));
  return json;
}

describe('assessmentJson: JSON.stringify of a household assessment, or null', () => {
  it('is byte-identical on real assessments of the bench households, with and without trace', () => {
    const households = generateHouseholds(2000, 7);
    for (const [i, h] of households.entries()) {
      expect(check(assessHousehold(h, BENCH_POLICY, { trace: false }))).not.toBeNull();
      if (i % 20 === 0) expect(check(assessHousehold(h, BENCH_POLICY, { trace: true }))).not.toBeNull();
    }
  });

  it('is byte-identical on assessments of generated households and policies', () => {
    fc.assert(
      fc.property(householdArb, policyArb(fc.boolean()), fc.boolean(), (h, p, trace) => {
        let r: unknown;
        try {
          r = assessHousehold(h, p, { trace });
        } catch (e) {
          if (e instanceof DibaoInputError) return;
          throw e;
        }
        expect(check(r)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('is byte-identical on generated results with odd strings, optional ids, warnings and traces', () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        expect(check(r)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('gives null (never other text) for results bent out of the shape', () => {
    const bends: Array<(r: Record<string, unknown>) => void> = [
      (r) => {
        r.extra = 1;
      },
      (r) => {
        delete r.warnings;
      },
      (r) => {
        const { class: c, ...rest } = r;
        for (const k of Object.keys(r)) delete r[k];
        Object.assign(r, rest, { class: c });
      },
      (r) => {
        r.standardPerMonth = 620;
      },
      (r) => {
        r.basis = undefined;
      },
      (r) => {
        r.id = undefined;
      },
      (r) => {
        r.members = [{ age: 1 }];
      },
      (r) => {
        r.missing = ['a', 1];
      },
      (r) => {
        r.warnings = [{ code: 'X', article: '第5条', message: 'm', extra: true }];
      },
      (r) => {
        r.benefit = { totalPerMonth: '1.00', basePerMonth: '1.00', specialGrantsPerMonth: '0.00' };
      },
      (r) => {
        r.illnessExpenditure = { class: 'none', perCapitaIncomePerMonth: null };
      },
      (r) => {
        r.toJSON = () => 'replaced';
      },
      (r) => {
        Object.setPrototypeOf(r, { inherited: true });
      },
      (r) => {
        r.members = [{ ...((r.members as unknown[])[0] as object), id: 5 }];
      },
      (r) => {
        r.trace = { not: 'an array' };
      },
    ];
    fc.assert(
      fc.property(resultArb, fc.nat(bends.length - 1), (generated, b) => {
        const r = { ...(generated as Record<string, unknown>) };
        if (b === 13 && (r.members as unknown[]).length === 0) return;
        (bends[b] as (r: Record<string, unknown>) => void)(r);
        const json = assessmentJson(r);
        // Some bends leave a valid shape (a member with a string id …): then the text must be exact.
        if (json !== null) expect(json).toBe(JSON.stringify(r));
        if (b === 0 || b === 1 || b === 2 || b === 3 || b === 11 || b === 12) expect(json).toBeNull();
      }),
      { numRuns: 600 },
    );
  });
});
