/**
 * Conversion of a standard published per year (元/人·年) to per month (元/人·月): ÷ 12, written out.
 * Most conversions terminate (4920 ÷ 12 = 410); some do not (3650 ÷ 12 = 304.1666…). A non-terminating
 * one is carried to 60 decimal places (half-up) — more digits than the 40 significant digits the rules
 * compute with — so `members × standard` still lands exactly on a whole amount (6 × 3650 ÷ 12 = 1825) after
 * the rules' own rounding; the display form rounds half-up to two decimals.
 */
import { Dec, money2, plain } from '../../core/money.js';

/** Published units. */
export type PublishedUnit = '元/人·月' | '元/人·年';

/** A value as published and its monthly form. */
export interface MonthlyConversion {
  /** The monthly value handed to the rules: exact, or 60 decimal places when ÷ 12 does not terminate. */
  perMonthExact: string;
  /** Two decimals, half-up (display). */
  perMonth: string;
  /** False when ÷ 12 does not terminate. */
  exact: boolean;
  /** The conversion written out, e.g. `4920 元/年 ÷ 12 = 410.00 元/月`. */
  conversion: string;
}

const CARRIED_PLACES = 60;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `value ÷ divisor` to `places` decimals, half-up, from a non-negative decimal string (BigInt long division). */
function divideToPlaces(
  value: string,
  divisor: bigint,
  places: number,
): { digits: string; terminates: boolean } {
  const [whole = '0', fraction = ''] = value.split('.');
  const numerator = BigInt(whole + fraction);
  const denominator = divisor * 10n ** BigInt(fraction.length);
  let reduced = denominator / gcd(numerator, denominator);
  while (reduced % 2n === 0n) reduced /= 2n;
  while (reduced % 5n === 0n) reduced /= 5n;
  const scaled = (numerator * 10n ** BigInt(places + 1)) / denominator;
  const rounded = (scaled + 5n) / 10n;
  const s = rounded.toString().padStart(places + 1, '0');
  return { digits: `${s.slice(0, -places)}.${s.slice(-places)}`, terminates: reduced === 1n };
}

/** The monthly form of a published value. */
export function toMonthly(value: string, unit: PublishedUnit): MonthlyConversion {
  const d = new Dec(value);
  if (unit === '元/人·月') {
    return {
      perMonthExact: plain(d),
      perMonth: money2(d),
      exact: true,
      conversion: `${value} 元/月（按月公布）`,
    };
  }
  const { digits, terminates } = divideToPlaces(value, 12n, CARRIED_PLACES);
  const perMonthExact = terminates ? plain(new Dec(digits)) : digits;
  const perMonth = money2(new Dec(digits));
  const conversion = terminates
    ? `${value} 元/年 ÷ 12 = ${perMonth} 元/月`
    : `${value} 元/年 ÷ 12 = ${digits.slice(0, digits.indexOf('.') + 7)}… 元/月（除不尽，按${CARRIED_PLACES}位小数计算，显示 ${perMonth}）`;
  return { perMonthExact, perMonth, exact: terminates, conversion };
}
