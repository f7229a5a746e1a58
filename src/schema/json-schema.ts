/**
 * JSON Schemas (draft 2020-12) of every input, generated from the zod schemas in input mode, so that
 * Java, Python and other systems validate with the same rules the library applies. Field descriptions
 * come from the Chinese `…Descriptions()` table beside each schema (a function, so that a bundle which never
 * calls it drops the text); they are attached here, in a registry made for each call, so the validation path
 * (and the spreadsheet bundle) carries none of that text.
 * The build also writes the schemas to `dist/schemas/<name>.json`.
 *
 * What a JSON Schema cannot say is checked only by the library (it throws `DibaoInputError` with code
 * `inconsistent`): a member born after the assessment date, working-age bounds out of order, ADL
 * answers that contradict a given `selfCareAbility`, and a policy field of the other rule version than
 * `rulesVersion` names; `lowIncomeMultiplier` below 1 is refused with `out_of_range`. See `docs/integration.md`.
 */
import * as z from 'zod/mini';
import { DibaoInputError, excerpt } from '../core/errors.js';
import { assessRequestDescriptions, assessRequestSchema } from './assess-request.js';
import { type FieldDescription, ISO_DATE_SHAPE_CHECK, POSITIVE_MONEY_CHECK } from './common.js';
import { dibaoStandardsInputDescriptions, dibaoStandardsInputSchema } from './dibao-standards.js';
import { householdDescriptions, householdSchema, incomeEntrySchema } from './household.js';
import { policyDescriptions, policySchema } from './policy.js';
import { residencyFactsDescriptions, residencyFactsSchema } from './residency.js';
import { specialSupportInputDescriptions, specialSupportInputSchema } from './special-support.js';

const SCHEMAS = {
  household: [householdSchema, householdDescriptions],
  policy: [policySchema, policyDescriptions],
  'assess-request': [assessRequestSchema, assessRequestDescriptions],
  'dibao-standards-input': [dibaoStandardsInputSchema, dibaoStandardsInputDescriptions],
  'special-support-input': [specialSupportInputSchema, specialSupportInputDescriptions],
  'residency-facts': [residencyFactsSchema, residencyFactsDescriptions],
} as const satisfies Record<string, readonly [z.core.$ZodType, () => FieldDescription]>;

/** The name of a published JSON Schema. */
export type JsonSchemaName = keyof typeof SCHEMAS;

/** Every published schema name, in a stable order (also the file names under `dist/schemas/`). */
export const JSON_SCHEMA_NAMES: readonly JsonSchemaName[] = Object.freeze(
  Object.keys(SCHEMAS) as JsonSchemaName[],
);

/** A JSON Schema document (plain JSON). */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * Cross-field rules that JSON Schema CAN express but zod's refinements do not export, added to
 * the generated node of the zod schema they belong to.
 */
const EXPRESSIBLE_REFINEMENTS = new Map<z.core.$ZodType, Record<string, unknown>>([
  // An income entry takes exactly one of perMonth / perYear.
  [incomeEntrySchema, { oneOf: [{ required: ['perMonth'] }, { required: ['perYear'] }] }],
]);

/**
 * What the `> 0` check of `positiveMoney` means in JSON Schema (a refinement itself is not exported):
 * no number ≤ 0 and no zero string such as `"0"` or `"0.00"`.
 */
const POSITIVE_JSON_SCHEMA = {
  not: {
    anyOf: [
      { type: 'number', maximum: 0 },
      { type: 'string', pattern: '^0(?:\\.0+)?$' },
    ],
  },
} as const;

/** True iff `name` is one of {@link JSON_SCHEMA_NAMES}. */
export function isJsonSchemaName(name: string): name is JsonSchemaName {
  return typeof name === 'string' && Object.hasOwn(SCHEMAS, name);
}

type Registry = z.core.$ZodRegistry<{ description: string }>;

function unwrapOptional(node: z.core.$ZodType): z.core.$ZodType {
  let n = node;
  while (n._zod.def.type === 'optional') n = (n as z.core.$ZodOptional)._zod.def.innerType;
  return n;
}

function put(registry: Registry, node: z.core.$ZodType, description: string, path: string): void {
  const had = registry.get(node)?.description;
  if (had !== undefined && had !== description) {
    throw new Error(`${path}: one zod schema, two descriptions ("${had}" / "${description}")`);
  }
  registry.add(node, { description });
}

/**
 * Registers the description table `d` for the zod schema `node` (found at `path`), field by field: every
 * field of an object needs an entry and every entry a field, so a description cannot go missing or stale.
 */
function describe(registry: Registry, node: z.core.$ZodType, d: FieldDescription, path: string): void {
  const inner = unwrapOptional(node);
  const def = inner._zod.def;
  if (typeof d === 'string') {
    if (def.type === 'object' || def.type === 'array') {
      throw new Error(`${path}: an object or array needs a description table, not a text`);
    }
    put(registry, inner, d, path);
    return;
  }
  put(registry, inner, d.$, path);
  if (def.type === 'object') {
    const shape = (inner as z.core.$ZodObject)._zod.def.shape;
    for (const key of Object.keys(shape)) {
      const field = shape[key];
      const fd = Object.hasOwn(d, key) ? d[key] : undefined;
      if (field === undefined || fd === undefined) throw new Error(`${path}.${key}: no description`);
      describe(registry, field, fd, `${path}.${key}`);
    }
    for (const key of Object.keys(d)) {
      if (key !== '$' && !Object.hasOwn(shape, key))
        throw new Error(`${path}.${key}: described but no such field`);
    }
  } else if (def.type === 'array') {
    const items = d['[]'];
    if (items === undefined || Object.keys(d).length !== 2) {
      throw new Error(`${path}: an array's table has exactly "$" and "[]"`);
    }
    describe(registry, (inner as z.core.$ZodArray)._zod.def.element, items, `${path}[]`);
  } else {
    throw new Error(`${path}: a description table for a ${def.type}`);
  }
}

function hasCheck(node: z.core.$ZodType, check: z.core.$ZodCheck<never>): boolean {
  return node._zod.def.checks?.includes(check as z.core.$ZodCheck) ?? false;
}

/**
 * The JSON Schema (draft 2020-12) of one input, a fresh object on every call.
 * @throws DibaoInputError for an unknown name (`invalid_enum`; the message lists the known ones).
 * @example jsonSchemaFor('household').properties.members.minItems // 1
 */
export function jsonSchemaFor(name: JsonSchemaName): JsonSchemaDocument {
  if (!isJsonSchemaName(name)) {
    const got = excerpt(name);
    throw new DibaoInputError([
      {
        path: 'name',
        code: typeof name === 'string' ? 'invalid_enum' : 'invalid_type',
        message: `没有名为 ${got} 的 JSON Schema；可选 ${JSON_SCHEMA_NAMES.join('、')}`,
        messageEn: `unknown JSON Schema ${got}; known: ${JSON_SCHEMA_NAMES.join(', ')}`,
      },
    ]);
  }
  const [schema, descriptions] = SCHEMAS[name];
  return jsonSchemaOf(schema, descriptions, `dibao-rules ${name}`);
}

/**
 * The JSON Schema (draft 2020-12) of a zod input schema with its description table, made the way
 * {@link jsonSchemaFor} makes the published ones (for documents built from them, such as the service's
 * OpenAPI description). Not part of the public API.
 */
export function jsonSchemaOf(
  schema: z.core.$ZodType,
  descriptions: () => FieldDescription,
  title: string,
): JsonSchemaDocument {
  const registry: Registry = z.registry<{ description: string }>();
  describe(registry, schema, descriptions(), title);
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    metadata: registry,
    override: (ctx) => {
      const node = ctx.zodSchema as z.core.$ZodType;
      if (hasCheck(node, ISO_DATE_SHAPE_CHECK)) ctx.jsonSchema.format = 'date';
      if (hasCheck(node, POSITIVE_MONEY_CHECK)) Object.assign(ctx.jsonSchema, POSITIVE_JSON_SCHEMA);
      const extra = EXPRESSIBLE_REFINEMENTS.get(node);
      if (extra) Object.assign(ctx.jsonSchema, extra);
    },
  }) as JsonSchemaDocument;
  const { $schema, ...rest } = generated;
  return { $schema, title, ...rest };
}
