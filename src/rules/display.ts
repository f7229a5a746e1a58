/**
 * How exact decimals are shown in household traces: terminating values in full, a repeating quotient
 * (e.g. 1000 ÷ 12) to 6 decimals with "…" so a caseworker sees it was not rounded in the arithmetic.
 */
import { type Dec, money2, plain } from '../core/money.js';

/**
 * A decimal for a trace: exact when it has ≤ 6 decimals, else 6 decimals and "…".
 * @see 第5条
 */
export function shown(x: Dec): string {
  return x.decimalPlaces() <= 6 ? plain(x) : `${x.toFixed(6)}…`;
}

/**
 * A money amount as output (`money2`: two decimals, half-up), with zero — the most frequent amount in batch
 * results — written without a decimal conversion.
 * @see 第5条
 */
export function moneyText(x: Dec): string {
  return x.isZero() ? '0.00' : money2(x);
}
