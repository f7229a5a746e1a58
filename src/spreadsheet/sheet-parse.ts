/**
 * `src/schema/fast-parse.ts` for the spreadsheet bundle only (tsup.config.ts redirects `src/assess.ts`
 * here): household and policy validated by their zod schemas alone. The hand-written fast validator
 * returns exactly what the zod schema returns for every input it accepts and leaves every other input to
 * zod (test/fast-parse.test.ts), so the results and errors are the same; it saves time per household,
 * which a sheet or a UDF row does not need, and ≈ 2 KB of the bundle's gzip size.
 */
import { householdSchema, type ParsedHousehold } from '../schema/household.js';
import { parseInput } from '../schema/parse.js';
import { type ParsedPolicy, policySchema } from '../schema/policy.js';

/** Validates a household with its zod schema (throws the path-named `DibaoInputError`). */
export function parseHouseholdInput(v: unknown): ParsedHousehold {
  return parseInput(householdSchema, v);
}

/** Validates a policy with its zod schema. */
export function parsePolicyInput(v: unknown): ParsedPolicy {
  return parseInput(policySchema, v);
}
