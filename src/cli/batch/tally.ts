/**
 * Run totals. Chunks are tallied where they are evaluated (possibly in a worker thread) and merged in
 * the main thread; money sums stay exact decimal strings throughout.
 */
import { money2, toDec } from '../../core/money.js';
import type { Tally } from './types.js';

/** A tally with nothing counted. */
export function emptyTally(): Tally {
  return { records: 0, errors: 0, counts: {}, sums: {} };
}

/** Adds `by` to the counter `key`. */
export function count(tally: Tally, key: string, by = 1): void {
  tally.counts[key] = (tally.counts[key] ?? 0) + by;
}

/** Adds the decimal string `amount` (e.g. `"620.00"`) to the exact sum `key`. */
export function addSum(tally: Tally, key: string, amount: string): void {
  const prev = tally.sums[key];
  tally.sums[key] = prev === undefined ? toDec(amount).toFixed() : toDec(prev).add(toDec(amount)).toFixed();
}

/** Adds `from` into `into`. */
export function mergeTally(into: Tally, from: Tally): void {
  into.records += from.records;
  into.errors += from.errors;
  for (const [k, v] of Object.entries(from.counts)) count(into, k, v);
  for (const [k, v] of Object.entries(from.sums)) addSum(into, k, v);
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
  return money2(toDec(tally.sums[key] ?? '0'));
}
