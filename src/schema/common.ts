/**
 * Building blocks of the input schemas (zod 4, the tree-shakable `zod/mini` API: the spreadsheet bundle
 * carries only what it uses). Money accepts a decimal string or a finite JSON number and becomes an exact
 * {@link Dec}; dates are validated `YYYY-MM-DD` strings; every object is strict.
 *
 * Field descriptions are not attached to the schemas: each schema module exports, beside its schema, a
 * function returning its {@link Descriptions} table, and only `json-schema.ts` (the JSON Schema generator)
 * calls them. Nothing on the rule path does, so the bundler drops the Chinese text from
 * `dibao-rules.global.js`.
 */
import * as z from 'zod/mini';
import {
  $constructor,
  type $strict,
  type $ZodLooseShape,
  type $ZodObject,
  type $ZodObjectDef,
  $ZodObjectJIT,
} from 'zod/v4/core';
import { isIsoDate } from '../core/dates.js';
import { type Dec, MONEY_STRING_PATTERN, moneyBeyondExact, toDec } from '../core/money.js';

const ZodMiniObjectJIT: $constructor<$ZodObject> = $constructor(
  'ZodMiniObject',
  (inst: $ZodObject, def: $ZodObjectDef) => {
    const objectJit: $constructor<$ZodObject> = $ZodObjectJIT;
    const miniType: $constructor<z.ZodMiniType> = z.ZodMiniType;
    objectJit.init(inst, def);
    miniType.init(inst as unknown as z.ZodMiniType, def);
    Object.defineProperty(inst, 'shape', { get: () => inst._zod.def.shape, configurable: true });
  },
);

/*
 * Shared, immutable zod nodes. Building a zod schema costs ≈ 10 µs per node, and the schemas are built when
 * the package is imported: one `never` for every strict object's catchall and one money union for every money
 * field, instead of a copy each, take ≈ 450 of the ≈ 930 nodes out of a cold import. A node that a field's
 * description is attached to (`jsonSchemaFor`) is never shared: each `money()` is its own pipe.
 */
const NEVER = z.never();

/**
 * `z.strictObject` of `zod/mini` (unknown keys are errors), but on zod's compiled object parser, the one
 * zod classic uses: mini's interpreted one validates a household 2.5 times slower. Same issues either way.
 */
export function strictObject<T extends $ZodLooseShape>(shape: T): z.ZodMiniObject<T, $strict> {
  return new ZodMiniObjectJIT({ type: 'object', shape, catchall: NEVER }) as unknown as z.ZodMiniObject<
    T,
    $strict
  >;
}

/** Sentinel message marking a money field whose union failed (mapped by `parse.ts`). */
export const MONEY_SENTINEL = 'dibao:money';
/** Sentinel message marking money beyond the exact arithmetic (`precision_exceeded`). */
export const PRECISION_SENTINEL = 'dibao:precision';
/** Sentinel message marking an impossible calendar date. */
export const DATE_SENTINEL = 'dibao:date';

function moneyUnion() {
  const error = () => MONEY_SENTINEL;
  const exact = z.refine<string | number>((v) => !moneyBeyondExact(v), { error: () => PRECISION_SENTINEL });
  return z.union(
    [
      z.string().check(z.regex(MONEY_STRING_PATTERN, { error }), exact),
      z.number().check(z.gte(0, { error }), exact),
    ],
    {
      error,
    },
  );
}

const MONEY_UNION = moneyUnion();
const TO_DEC = z.transform((v: string | number): Dec => toDec(v));

/** Money ≥ 0: a decimal string like `"471.98"` or a finite JSON number. */
export function money() {
  return z.pipe(MONEY_UNION, TO_DEC);
}

/**
 * The `> 0` check of {@link positiveMoney}: one shared instance, so that the JSON Schema generator can
 * recognise a positive amount (a refinement itself has no JSON Schema form) and state it there.
 */
export const POSITIVE_MONEY_CHECK = z.refine<Dec>((d) => d.gt(0), {
  params: {
    dibao: 'out_of_range',
    min: '> 0',
    message: '取值须大于 0',
    messageEn: 'must be greater than 0',
  },
});

/** Money > 0 (rounding units, multipliers that must not be zero). */
export function positiveMoney() {
  return money().check(POSITIVE_MONEY_CHECK);
}

/** The shape check of {@link isoDate}, shared so that the JSON Schema generator marks dates `format: date`. */
export const ISO_DATE_SHAPE_CHECK = z.regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, {
  error: () => DATE_SENTINEL,
  abort: true,
});

const ISO_DATE_CALENDAR_CHECK = z.refine<string>(isIsoDate, { error: () => DATE_SENTINEL });

/** A real calendar date `YYYY-MM-DD`. */
export function isoDate() {
  return z.string().check(ISO_DATE_SHAPE_CHECK, ISO_DATE_CALENDAR_CHECK);
}

/** A whole number in `[min, max]`. */
export function wholeNumber(min: number, max: number) {
  return z.number().check(z.int(), z.gte(min), z.lte(max));
}

/**
 * The Chinese description of one field for the published JSON Schemas: a text, or, for an object or an
 * array, a table whose `$` describes the field itself, whose other keys describe the object's fields,
 * and whose `'[]'` describes an array's items.
 */
export type FieldDescription = string | DescriptionTable;

/** See {@link FieldDescription}. */
export interface DescriptionTable {
  readonly $: string;
  readonly [field: string]: FieldDescription;
}

/**
 * The description table of an object schema: `$` for the object, and one entry for every field of its
 * shape (a missing field is a type error here, and `jsonSchemaFor` refuses a stray or missing one).
 */
export type Descriptions<S extends { shape: object }> = { readonly $: string } & {
  readonly [K in keyof S['shape']]-?: FieldDescription;
};
