/**
 * Exact decimal money. Every amount in the library is a {@link Dec} from a private decimal.js clone,
 * so the host application's global `Decimal` configuration is never read or changed.
 */
import DecimalJs from 'decimal.js';

/** The private Decimal constructor: 40 significant digits, ties rounded half-up. */
export const Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
/** An exact decimal value of the private clone. */
export type Dec = InstanceType<typeof Dec>;

/** Zero, one and 12 (months per year) as shared constants. */
export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
export const MONTHS_PER_YEAR: Dec = new Dec(12);

/** A decimal string with ASCII digits, an optional fraction and no sign, exponent or separators. */
export const MONEY_STRING_PATTERN = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
/** The same, allowing a leading minus sign, for fields that may be negative. */
export const SIGNED_DECIMAL_STRING_PATTERN = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/**
 * Integer digits a money amount may have: below 10^20 元 the cent and 18 further digits fit in the
 * arithmetic's 40 significant digits, room for the sums of a household's incomes, × 12 and × members
 * without rounding. A larger amount is refused (`precision_exceeded`), never rounded: 10^42 + 0.01 would
 * otherwise lose its cent.
 */
export const MAX_MONEY_INTEGER_DIGITS = 20;

const EXACT_LIMIT = 10 ** MAX_MONEY_INTEGER_DIGITS;

/**
 * True when a money value of valid form is too large for the exact arithmetic (≥ 10^20 元; see
 * {@link MAX_MONEY_INTEGER_DIGITS}). A text of another form is not judged here (false).
 */
export function moneyBeyondExact(value: string | number): boolean {
  if (typeof value === 'number') return value >= EXACT_LIMIT || value <= -EXACT_LIMIT;
  if (!SIGNED_DECIMAL_STRING_PATTERN.test(value)) return false;
  const dot = value.indexOf('.');
  const digits = (dot === -1 ? value.length : dot) - (value.startsWith('-') ? 1 : 0);
  return digits > MAX_MONEY_INTEGER_DIGITS;
}

/**
 * Why a value is not a valid money amount, or `null` when it is. Accepts a decimal string matching
 * {@link MONEY_STRING_PATTERN} or a finite JSON number; refuses `"1,780"`, full-width digits, `"1e3"`,
 * `"NaN"`, `""`, `null`, negatives, `Infinity` and `NaN`.
 */
export function moneyProblem(value: unknown): 'not_money' | 'negative' | 'not_finite' | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'not_finite';
    if (value < 0) return 'negative';
    return null;
  }
  if (typeof value === 'string') {
    if (MONEY_STRING_PATTERN.test(value)) return null;
    if (SIGNED_DECIMAL_STRING_PATTERN.test(value)) return 'negative';
    return 'not_money';
  }
  return 'not_money';
}

/**
 * Converts an already validated money value to a {@link Dec}. A JSON number is read through its
 * shortest round-trip decimal form (`0.1` → `"0.1"`), never through its binary expansion.
 */
export function toDec(value: string | number): Dec {
  return new Dec(typeof value === 'number' ? String(value) : value);
}

/** Smallest multiple of `unit` that is ≥ `x` (`unit` > 0). */
export function ceilTo(x: Dec, unit: Dec): Dec {
  return x.div(unit).ceil().mul(unit);
}

/** Largest multiple of `unit` that is ≤ `x` (`unit` > 0). */
export function floorTo(x: Dec, unit: Dec): Dec {
  return x.div(unit).floor().mul(unit);
}

/** Rounds half-up to `dp` decimal places (payments: `dp = 2`). */
export function roundHalfUp(x: Dec, dp = 2): Dec {
  return x.toDecimalPlaces(dp, Dec.ROUND_HALF_UP);
}

/** The money output format: exactly two decimals, half-up (`"620.00"`). */
export function money2(x: Dec): string {
  return x.toFixed(2, Dec.ROUND_HALF_UP);
}

/** A plain decimal string without exponent, for trace inputs (`"0.2"`, `"34560"`). */
export function plain(x: Dec): string {
  return x.toFixed();
}

/** The larger of two or more decimals. */
export function maxDec(first: Dec, ...rest: Dec[]): Dec {
  let m = first;
  for (const r of rest) if (r.gt(m)) m = r;
  return m;
}
