/** Shared builders for the household rule tests: parse JSON-shaped input into the validated form. */
import { parseIsoDate } from '../../src/core/dates.js';
import { Tracer } from '../../src/core/trace.js';
import { type Household, householdSchema, type ParsedHousehold } from '../../src/schema/household.js';
import { parseInput } from '../../src/schema/parse.js';
import { type ParsedPolicy, type Policy, policySchema } from '../../src/schema/policy.js';

export const CHANGCHUN_2018: Policy = {
  region: { code: '220100', name: '长春市' },
  dibaoStandardPerMonth: { urban: '620', rural: '410' },
};

export function household(h: Household): ParsedHousehold {
  return parseInput(householdSchema, h);
}

export function policy(p: Policy = CHANGCHUN_2018): ParsedPolicy {
  return parseInput(policySchema, p);
}

export function date(s: string): Date {
  return parseIsoDate(s);
}

export function tracer(): Tracer {
  return new Tracer(true);
}
