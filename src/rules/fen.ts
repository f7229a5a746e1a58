/**
 * The integer primitives of the `FEN` arithmetic (src/rules/arithmetic.ts): reading a money or rate input by
 * char codes as a whole number of 10^−dp, one half-up division, and writing integers as the decimal
 * arithmetic writes its values (output amounts, trace values). No rule lives here.
 */

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
 * Integer 分 (≥ 0) as the money output format: two decimals (`62000` → `"620.00"`), as `money2` writes it.
 * @see 第5条
 */
export function fenText(fen: number): string {
  if (fen === 0) return '0.00';
  const c = fen % 100;
  const yuan = (fen - c) / 100; // an exact integer: `| 0` below 2^30 only picks V8's small-integer conversion
  return (yuan < 0x40000000 ? String(yuan | 0) : String(yuan)) + (CENTS[c] as string);
}

/** `.00` … `.99`: the cents of {@link fenText} (a constant table, not a cache). */
const CENTS: readonly string[] = Object.freeze(
  Array.from({ length: 100 }, (_, c) => (c < 10 ? '.0' : '.') + c),
);

/**
 * A non-negative decimal input (a decimal string or a JSON number, as `money()` of `src/schema/common.ts`
 * accepts it) read by char codes as an integer count of 10^−dp, or `-1` when the fast path does not carry
 * it: invalid (zod refuses it), more than `dp` decimals, an exponent, or ≥ 10^9. The same value `toDec`
 * reads (a number through its shortest round-trip text).
 * @see 第5条
 * @example scaledOf('620.5', 2) // 62050
 */
export function scaledOf(v: unknown, dp: number): number {
  let s: string;
  if (typeof v === 'number') {
    if (!(v >= 0 && v < 1e9)) return -1;
    if (Number.isInteger(v)) return v * (dp === 2 ? 100 : dp === 4 ? 10_000 : 10 ** dp) + 0; // -0 reads as 0
    s = String(v);
  } else if (typeof v === 'string') s = v;
  else return -1;
  const n = s.length;
  let i = 0;
  let x = 0;
  if (s.charCodeAt(0) === 48) i = 1;
  else for (let c = s.charCodeAt(0); i < n && c >= 48 && c <= 57; c = s.charCodeAt(++i)) x = x * 10 + c - 48;
  if (i === 0 || i > 9) return -1;
  let k = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 || i + 1 === n || n - i - 1 > dp) return -1;
    for (let j = i + 1; j < n; j++, k++) {
      const d = s.charCodeAt(j) - 48;
      if (d < 0 || d > 9) return -1;
      x = x * 10 + d;
    }
  }
  for (; k < dp; k++) x *= 10;
  return x;
}

/**
 * A money input as integer 分 ({@link scaledOf} with two decimals), `-1` outside the fast path.
 * @see 第5条
 * @example moneyFen(19.99) // 1999
 */
export function moneyFen(v: unknown): number {
  return scaledOf(v, 2);
}

/**
 * `num ÷ den` as a trace shows an exact decimal (`shown` of `src/rules/display.ts`): in full when it has at
 * most six decimals, else half-up to six decimals and "…". `den > 0`; `num` and `den` safe integers.
 * @see 第5条
 * @example shownRatio(100, 12) // '8.333333…'
 */
export function shownRatio(num: number, den: number): string {
  const neg = num < 0;
  const a = neg ? -num : num;
  let r = a % den;
  let q = (a - r) / den;
  let frac = 0;
  let k = 0;
  for (; k < 6 && r !== 0; k++) {
    r *= 10;
    const d = (r - (r % den)) / den;
    frac = frac * 10 + d;
    r -= d * den;
  }
  let text: string;
  if (r === 0) {
    // terminated: the last digit written is not 0 (it left no remainder), so there is no trailing zero to drop
    text = k === 0 ? String(q) : `${q}.${String(frac).padStart(k, '0')}`;
  } else {
    if (r + r >= den) frac++;
    if (frac === 1_000_000) {
      frac = 0;
      q++;
    }
    text = `${q}.${String(frac).padStart(6, '0')}…`;
  }
  return neg && text !== '0' ? `-${text}` : text;
}
