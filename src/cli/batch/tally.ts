/**
 * Run totals. Chunks are tallied where they are evaluated (possibly in a worker thread) and merged in
 * the main thread; money sums stay exact throughout: amounts with at most two decimals (every money
 * field the rules write) are added as integer 分 while the sum is a safe integer, anything else — and
 * what would overflow — as an exact decimal string.
 */
import { money2, toDec } from '../../core/money.js';
import type { Tally } from './types.js';

/** A tally with nothing counted. */
export function emptyTally(): Tally {
  return { records: 0, errors: 0, counts: {}, sums: {}, fen: {} };
}

/** Adds `by` to the counter `key`. */
export function count(tally: Tally, key: string, by = 1): void {
  tally.counts[key] = (tally.counts[key] ?? 0) + by;
}

/** A money amount with at most two decimals (`"620"`, `"620.5"`, `"-0.25"`) as integer 分, else `null`. */
const MONEY_2DP = /^(-?)(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;
function fenOf(amount: string): number | null {
  const m = MONEY_2DP.exec(amount);
  if (m === null) return null;
  const frac = m[3] ?? '';
  const fen =
    Number(m[2]) * 100 + (frac.length === 0 ? 0 : frac.length === 1 ? Number(frac) * 10 : Number(frac));
  return m[1] === '-' ? -fen : fen;
}

function addDecimal(tally: Tally, key: string, amount: string): void {
  const prev = tally.sums[key];
  tally.sums[key] = prev === undefined ? toDec(amount).toFixed() : toDec(prev).add(toDec(amount)).toFixed();
}

/** Adds the decimal string `amount` (e.g. `"620.00"`) to the exact sum `key`. */
export function addSum(tally: Tally, key: string, amount: string): void {
  const fen = fenOf(amount);
  if (fen !== null) {
    const next = (tally.fen[key] ?? 0) + fen;
    if (Number.isSafeInteger(next)) {
      tally.fen[key] = next;
      return;
    }
  }
  addDecimal(tally, key, amount);
}

/** The exact sum `key` as a plain decimal string (`"0"` when nothing was added). */
function sumText(tally: Tally, key: string): string {
  const fen = tally.fen[key];
  const dec = tally.sums[key];
  const fromFen = fen === undefined ? null : toDec(fen).div(100);
  if (dec === undefined) return fromFen === null ? '0' : fromFen.toFixed();
  return fromFen === null ? dec : toDec(dec).add(fromFen).toFixed();
}

/** Adds `from` into `into`. */
export function mergeTally(into: Tally, from: Tally): void {
  into.records += from.records;
  into.errors += from.errors;
  for (const [k, v] of Object.entries(from.counts)) count(into, k, v);
  for (const [k, v] of Object.entries(from.sums)) addDecimal(into, k, v);
  for (const [k, v] of Object.entries(from.fen)) {
    const next = (into.fen[k] ?? 0) + v;
    if (Number.isSafeInteger(next)) into.fen[k] = next;
    else addDecimal(into, k, toDec(v).div(100).toFixed());
  }
}

/** The counters whose key starts with `prefix.`, as `name n` pairs in the given order, then any others. */
export function countsUnder(tally: Tally, prefix: string, order: ReadonlyArray<string>): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const name of order) {
    seen.add(name);
    parts.push(`${name} ${tally.counts[`${prefix}.${name}`] ?? 0}`);
  }
  for (const [k, v] of Object.entries(tally.counts)) {
    if (!k.startsWith(`${prefix}.`)) continue;
    const name = k.slice(prefix.length + 1);
    if (!seen.has(name)) parts.push(`${name} ${v}`);
  }
  return parts.join(', ');
}

/** The money sum `key` as an amount with exactly two decimals (`"0.00"` when nothing was added). */
export function moneySum(tally: Tally, key: string): string {
  return money2(toDec(sumText(tally, key)));
}
