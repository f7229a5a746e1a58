/**
 * Integer 分 (fen) arithmetic for the common case of the household assessment: money with at most two
 * decimals and magnitudes far below 2^53, so sums, products and comparisons of safe integers are exact and
 * one half-up division gives the same cent as the decimal path. Anything outside this range returns `null`
 * and the caller takes the decimal.js path.
 */

/** Largest fen amount an input may have on the fast path (10^11 分 = 10^9 元). */
export const MAX_FEN = 100_000_000_000;

const FEN_TEXT = /^(0|[1-9][0-9]{0,8})(?:\.([0-9]{1,2}))?$/;
const SCALED_TEXT = /^(0|[1-9][0-9]{0,8})(?:\.([0-9]{1,4}))?$/;

/**
 * A validated money value as integer 分, read the way `toDec` reads it (a JSON number through its shortest
 * round-trip text); `null` when it has more than two decimals, an exponent, or ≥ 10^9 元.
 * @see 第5条
 * @example fenOf('1234.5') // 123450
 */
export function fenOf(value: string | number): number | null {
  const m = FEN_TEXT.exec(typeof value === 'number' ? String(value) : value);
  if (m === null) return null;
  const f = m[2];
  const cents = f === undefined ? 0 : f.length === 1 ? Number(f) * 10 : Number(f);
  return Number(m[1]) * 100 + cents;
}

/**
 * A non-negative decimal text (a grant rate, a number of months) as an integer count of 1/10000; `null`
 * when it has more than four decimals or ≥ 10^9.
 * @see 第10条
 * @example tenThousandthsOf('0.3') // 3000
 */
export function tenThousandthsOf(text: string): number | null {
  const m = SCALED_TEXT.exec(text);
  if (m === null) return null;
  const f = m[2];
  return Number(m[1]) * 10_000 + (f === undefined ? 0 : Number(f.padEnd(4, '0')));
}

/**
 * `a × b` when both and the product are safe integers, else `null` (the decimal path then decides).
 * @see 第5条
 */
export function safeTimes(a: number, b: number): number | null {
  const p = a * b;
  return Number.isSafeInteger(p) ? p : null;
}

/**
 * `num ÷ den` rounded half-up to an integer, for `num ≥ 0`, `den > 0` safe integers — the one rounding of a
 * reported amount (社会救助暂行办法第12条: the 差额 rounded once, at the end).
 * @see 社会救助暂行办法第12条
 * @example divHalfUp(1005, 10) // 101
 */
export function divHalfUp(num: number, den: number): number {
  const r = num % den;
  const q = (num - r) / den;
  return r + r >= den ? q + 1 : q;
}

/**
 * Integer 分 as the money output format: two decimals (`62000` → `"620.00"`), as `money2` writes it.
 * @see 第5条
 */
export function fenText(fen: number): string {
  const c = fen % 100;
  return `${(fen - c) / 100}.${c < 10 ? `0${c}` : c}`;
}
