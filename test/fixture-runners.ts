import { assessHouseholdDecimal } from '../src/assess.js';
import {
  assessHousehold,
  dibaoStandards,
  entitlements,
  simulate,
  specialSupport,
  temporaryAssistance,
} from '../src/index.js';
import { runJilinFixture } from './data/jilin-fixture.js';

/**
 * assessHousehold through both arithmetics — the integer 分 fast path where it applies and the decimal rules
 * always — failing unless the two results are byte-identical JSON (worked fixtures run on both).
 */
function assessBoth(i: unknown): unknown {
  const { household, policy } = i as { household: never; policy: never };
  const fast = JSON.stringify(assessHousehold(household, policy));
  const decimal = JSON.stringify(assessHouseholdDecimal(household, policy));
  if (fast !== decimal) throw new Error(`the two arithmetics disagree:\n${fast}\n${decimal}`);
  return JSON.parse(fast);
}

/**
 * Which function each `fixtures/<concept>/` folder exercises. Add one line per concept.
 */
export const FIXTURE_RUNNERS: Record<string, (input: unknown) => unknown> = {
  'assess-household': assessBoth,
  national2021: assessBoth,
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
