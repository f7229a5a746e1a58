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
 * Which function each `fixtures/<concept>/` folder exercises. Add one line per concept.
 */
export const FIXTURE_RUNNERS: Record<string, (input: unknown) => unknown> = {
  'assess-household': (i) => {
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
