/**
 * JSON Schemas (draft 2020-12) of every input, generated from the zod schemas in input mode, so that
 * Java, Python and other systems validate with the same rules the library applies. Field descriptions
 * are the Chinese `.meta({ description })` of each zod field. The build also writes them to
 * `dist/schemas/<name>.json`.
 *
 * What a JSON Schema cannot say is checked only by the library (it throws `DibaoInputError` with code
 * `inconsistent`): a member born after the assessment date, working-age bounds out of order, and ADL
 * answers that contradict a given `selfCareAbility`. See `docs/integration.md`.
 */
import * as z from 'zod';
import { assessRequestSchema } from './assess-request.js';
import { dibaoStandardsInputSchema } from './dibao-standards.js';
import { householdSchema, incomeEntrySchema } from './household.js';
import { policySchema } from './policy.js';
import { residencyFactsSchema } from './residency.js';
import { specialSupportInputSchema } from './special-support.js';

const SCHEMAS = {
  household: householdSchema,
  policy: policySchema,
  'assess-request': assessRequestSchema,
  'dibao-standards-input': dibaoStandardsInputSchema,
  'special-support-input': specialSupportInputSchema,
  'residency-facts': residencyFactsSchema,
} as const;

/** The name of a published JSON Schema. */
export type JsonSchemaName = keyof typeof SCHEMAS;

/** Every published schema name, in a stable order (also the file names under `dist/schemas/`). */
export const JSON_SCHEMA_NAMES: readonly JsonSchemaName[] = Object.freeze(
  Object.keys(SCHEMAS) as JsonSchemaName[],
);

/** A JSON Schema document (plain JSON). */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * Cross-field rules that JSON Schema CAN express but zod's `.superRefine` does not export, added to
 * the generated node of the zod schema they belong to.
 */
const EXPRESSIBLE_REFINEMENTS = new Map<z.core.$ZodType, Record<string, unknown>>([
  // An income entry takes exactly one of perMonth / perYear.
  [incomeEntrySchema, { oneOf: [{ required: ['perMonth'] }, { required: ['perYear'] }] }],
]);

/** True iff `name` is one of {@link JSON_SCHEMA_NAMES}. */
export function isJsonSchemaName(name: string): name is JsonSchemaName {
  return Object.hasOwn(SCHEMAS, name);
}

/**
 * The JSON Schema (draft 2020-12) of one input, a fresh object on every call.
 * @throws RangeError for an unknown name (the message lists the known ones).
 * @example jsonSchemaFor('household').properties.members.minItems // 1
 */
export function jsonSchemaFor(name: JsonSchemaName): JsonSchemaDocument {
  if (!isJsonSchemaName(name)) {
    throw new RangeError(`unknown JSON Schema "${String(name)}"; known: ${JSON_SCHEMA_NAMES.join(', ')}`);
  }
  const generated = z.toJSONSchema(SCHEMAS[name], {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    override: (ctx) => {
      const extra = EXPRESSIBLE_REFINEMENTS.get(ctx.zodSchema);
      if (extra) Object.assign(ctx.jsonSchema, extra);
    },
  }) as JsonSchemaDocument;
  const { $schema, ...rest } = generated;
  return { $schema, title: `dibao-rules ${name}`, ...rest };
}
