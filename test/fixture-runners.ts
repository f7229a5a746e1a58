import { assessHouseholdDecimal, assessWith } from '../src/assess.js';
import { Tracer } from '../src/core/trace.js';
import {
  assessHousehold,
  dibaoStandards,
  entitlements,
  simulate,
  specialSupport,
  temporaryAssistance,
} from '../src/index.js';
import { FEN } from '../src/rules/arithmetic.js';
import { fenHousehold } from '../src/schema/fen-household.js';
import { fenPolicyOf } from '../src/schema/fen-policy.js';
import { runJilinFixture } from './data/jilin-fixture.js';

/**
 * Which function each `fixtures/<concept>/` folder exercises. Add one line per concept.
 */
export const FIXTURE_RUNNERS: Record<string, (input: unknown) => unknown> = {
  'assess-household': (i) => {
    const { household, policy } = i as { household: never; policy: never };
    return assessHousehold(household, policy);
  },
  national2021: (i) => {
    const { household, policy } = i as { household: never; policy: never };
    return assessHousehold(household, policy);
  },
  'dibao-standard': (i) => dibaoStandards(i as never),
  jilin: runJilinFixture,
  'special-support': (i) => specialSupport(i as never),
  simulate: (i) => {
    const { households, basePolicy, reformPolicy } = i as {
      households: never;
      basePolicy: never;
      reformPolicy: never;
    };
    return simulate(households, basePolicy, reformPolicy);
  },
  entitlements: (i) => {
    const { household, policy } = i as { household: never; policy: never };
    return entitlements(household, assessHousehold(household, policy), policy);
  },
  'temporary-assistance': (i) => {
    const x = i as { case: never; policy: never };
    return temporaryAssistance(x.case, x.policy);
  },
};

/**
 * The `assess-household` and `national2021` fixtures on each arithmetic of the one rule source: `decimal`
 * forced (the reference), and `fen` — the integer arithmetic on what the fast reader reads, which must read
 * every valid fixture and never decline one (a decline throws `DECLINE` out of the runner). `fen` returns
 * `undefined` when the reader refuses the input (the invalid fixtures: zod then names the error).
 */
export const ARITHMETIC_RUNNERS: Record<'decimal' | 'fen', (input: unknown) => unknown> = {
  decimal: (i) => {
    const { household, policy } = i as { household: never; policy: never };
    return assessHouseholdDecimal(household, policy);
  },
  fen: (i) => {
    const { household, policy } = i as { household: unknown; policy: unknown };
    const h = fenHousehold(household);
    const p = fenPolicyOf(policy);
    if (h === undefined || p === undefined) return undefined;
    return assessWith(FEN, h, p, new Tracer(true));
  },
};
