/**
 * Building blocks of the input schemas (zod 4). Money accepts a decimal string or a finite JSON number
 * and becomes an exact {@link Dec}; dates are validated `YYYY-MM-DD` strings; every object is strict.
 * The JSON Schemas published for other systems are generated from these in input mode.
 */
import * as z from 'zod';
import { isIsoDate } from '../core/dates.js';
import { type Dec, MONEY_STRING_PATTERN, toDec } from '../core/money.js';

/** Sentinel message marking a money field whose union failed (mapped by `parse.ts`). */
export const MONEY_SENTINEL = 'dibao:money';
/** Sentinel message marking an impossible calendar date. */
export const DATE_SENTINEL = 'dibao:date';

function moneyUnion() {
  const error = () => MONEY_SENTINEL;
  return z.union([z.string().regex(MONEY_STRING_PATTERN, { error }), z.number().min(0, { error })], {
    error,
  });
}

/** Money ≥ 0: a decimal string like `"471.98"` or a finite JSON number. */
export function money(description: string) {
  return moneyUnion()
    .transform((v): Dec => toDec(v))
    .meta({ description });
}

/**
 * What the `> 0` refinement means in the generated JSON Schema (a refinement itself is not exported):
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

/** Money > 0 (rounding units, multipliers that must not be zero). */
export function positiveMoney(description: string) {
  return moneyUnion()
    .transform((v): Dec => toDec(v))
    .refine((d) => d.gt(0), {
      params: {
        dibao: 'out_of_range',
        min: '> 0',
        message: '取值须大于 0',
        messageEn: 'must be greater than 0',
      },
    })
    .meta({ description, ...POSITIVE_JSON_SCHEMA });
}

/** A real calendar date `YYYY-MM-DD`. */
export function isoDate(description: string) {
  return z
    .string()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { error: () => DATE_SENTINEL, abort: true })
    .refine(isIsoDate, { error: () => DATE_SENTINEL })
    .meta({ description, format: 'date' });
}

/** A whole number in `[min, max]`. */
export function wholeNumber(description: string, min: number, max: number) {
  return z.number().int().min(min).max(max).meta({ description });
}
