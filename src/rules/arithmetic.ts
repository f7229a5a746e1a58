/**
 * The number interface the household rules (第5–11条 and the 低保金, and the national rules N1–N8 of
 * `rulesVersion: 'national2021'`) are written against, and its two
 * implementations: {@link DECIMAL}, exact decimal through the private decimal.js clone (the reference), and
 * {@link FEN}, safe integers counting 分 (the fast one). One algorithm per legal rule, the
 * arithmetic passed in as its first argument — the way dinero.js v2 plugs a calculator into one algorithm.
 *
 * ## Adding or changing a household rule (both arithmetics at once)
 *
 * 1. Write the rule once, in the file of `src/rules/` named for its concept, as a function whose first
 *    parameter is `A: Arithmetic<T, R>`. Money is a `T` (an amount in 元), a rate or a number of months an `R`;
 *    every operation on them goes through `A` (`A.add`, `A.lt`, `A.scale`, `A.shown`, `A.money` …): never
 *    `+` or `<` on money, never decimal.js. Ages, counts and dates are plain numbers and strings.
 * 2. Name each legal constant once, beside its rule, with `@see` its article (`LOW_INCOME_MULTIPLIER`,
 *    `REFUSALS_FOR_CANCELLATION` …). A change of law is then one line plus the fixtures whose values change.
 * 3. A new money input is read twice only as input: into `Dec` by the zod schema (`src/schema/`) and
 *    `decimalFacts` / `decimalFigures` (`household-facts.ts`), and into integers by the one fast reader
 *    (`src/schema/fen-household.ts`, `fen-policy.ts`). No rule, note, warning or trace text is written there.
 * 4. Compose it in `assessFacts` (`src/assess.ts`; a national rule in `assessNational`,
 *    `national-household.ts`), which runs unchanged on either arithmetic.
 * 5. Worked fixtures run on both arithmetics (test/fixtures.test.ts), and a property test compares the two
 *    byte for byte, traced or not, with unknown facts (test/property/fast-path.property.test.ts).
 * 6. An operation the interface lacks goes into {@link Arithmetic}, both implementations below and
 *    test/rules/arithmetic.test.ts (the two compared operation by operation) — never into a rule. Monthly
 *    figures of yearly amounts are kept as twelfths (12 × the monthly amount), so rules compare without dividing.
 *
 * The integer arithmetic declines what it cannot do exactly: a sum or product beyond the safe integers, an
 * amount times a rate that is not a whole 分. It then throws {@link DECLINE}; `assessHousehold` catches it
 * and runs the same rule on {@link DECIMAL}. Outputs never depend on which arithmetic ran.
 */
import { ceilTo, Dec, ONE, roundHalfUp, ZERO } from '../core/money.js';
import type { BenefitRounding } from './dibao-benefit.js';
import { moneyText, shown } from './display.js';
import { divHalfUp, fenText, scaledOf, shownRatio } from './fen.js';

/**
 * Exact arithmetic on money (`T`, in 元) and rates (`R`, a factor such as 0.3 or a number of months),
 * with the two ways a result is written: a trace value (`shown…`) and an output amount (`money…`).
 * @see 第5条
 */
export interface Arithmetic<T, R> {
  /** `decimal` (the reference) or `fen` (safe integers). */
  readonly kind: 'decimal' | 'fen';
  /** 0 元. */
  readonly zero: T;
  /** 1 元. */
  readonly one: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  /** `a × k` for a whole number `k ≥ 0` (members, months, a legal multiple). */
  times(a: T, k: number): T;
  /** `a × r`: an amount times a rate (a 第10条 grant rate, months of the standard). */
  scale(a: T, r: R): T;
  /** `a ÷ 2`, exact (a point between two amounts: `half(add(a, b))`). */
  half(a: T): T;
  /** A rate written as the law writes it (`'1.5'`): a legal constant, never an input. */
  rate(text: string): R;
  lt(a: T, b: T): boolean;
  lte(a: T, b: T): boolean;
  /** The sign of `a − b × r` (−1, 0 or 1), compared exactly without writing `b × r` as an amount. */
  cmpScaled(a: T, b: T, r: R): number;
  eq(a: T, b: T): boolean;
  isZero(a: T): boolean;
  isNeg(a: T): boolean;
  /** A text equal for two amounts exactly when they are equal (to group outcomes by amount). */
  key(a: T): string;
  min(a: T, b: T): T;
  max(a: T, b: T): T;
  /** `a` as a trace shows an exact amount: in full up to six decimals, else six decimals and "…". */
  shown(a: T): string;
  /** `a ÷ k` (k a whole number > 0) as {@link Arithmetic.shown} writes it: never rounded before it is shown. */
  shownPer(a: T, k: number): string;
  /** A rate as a trace shows it. */
  shownRate(r: R): string;
  /** `a ≥ 0` as an output amount: two decimals, half-up (`"620.00"`). */
  money(a: T): string;
  /** `a ÷ k` (a ≥ 0, k a whole number > 0) as an output amount, rounded once. */
  moneyPer(a: T, k: number): string;
  /**
   * `a ÷ k` (a ≥ 0) rounded once, as an amount (社会救助暂行办法第12条: rounded once, at the end): half-up to
   * 0.01 元, or as `policy.benefitRounding` says (to 0.01 / 0.1 / 1 元, half-up or up; 审核确认办法(2021)第23条).
   */
  roundMoneyPer(a: T, k: number, rounding?: BenefitRounding): T;
}

/**
 * Exact decimal arithmetic (decimal.js, 40 significant digits): the reference every result is defined by.
 * @see 第5条
 */
export const DECIMAL: Arithmetic<Dec, Dec> = Object.freeze({
  kind: 'decimal',
  zero: ZERO,
  one: ONE,
  add: (a: Dec, b: Dec) => a.add(b),
  sub: (a: Dec, b: Dec) => a.sub(b),
  times: (a: Dec, k: number) => a.mul(k),
  scale: (a: Dec, r: Dec) => a.mul(r),
  half: (a: Dec) => a.div(2),
  rate: (text: string) => new Dec(text),
  lt: (a: Dec, b: Dec) => a.lt(b),
  lte: (a: Dec, b: Dec) => a.lte(b),
  cmpScaled: (a: Dec, b: Dec, r: Dec) => a.cmp(b.mul(r)),
  eq: (a: Dec, b: Dec) => a.eq(b),
  isZero: (a: Dec) => a.isZero(),
  isNeg: (a: Dec) => a.isNeg(),
  key: (a: Dec) => a.toString(),
  min: (a: Dec, b: Dec) => (a.lt(b) ? a : b),
  max: (a: Dec, b: Dec) => (b.gt(a) ? b : a),
  shown,
  shownPer: (a: Dec, k: number) => shown(a.div(k)),
  shownRate: shown,
  money: moneyText,
  moneyPer: (a: Dec, k: number) => moneyText(a.div(k)),
  roundMoneyPer: (a: Dec, k: number, rounding?: BenefitRounding) => {
    if (rounding === undefined) return roundHalfUp(a.div(k), 2);
    const x = a.div(k);
    if (rounding.mode === 'up') return ceilTo(x, new Dec(rounding.unit));
    return roundHalfUp(x, rounding.unit === '0.01' ? 2 : rounding.unit === '0.1' ? 1 : 0);
  },
} as const);

/** 分 in a rounding unit of `benefitRounding`. */
const FEN_PER_UNIT: Record<BenefitRounding['unit'], number> = { '0.01': 1, '0.1': 10, '1': 100 };

/** 分 per 元: {@link FEN} amounts count 分. */
export const UNITS_PER_YUAN = 100;
/** {@link FEN} units per 分. */
export const UNITS_PER_FEN = 1;
/** Rates of {@link FEN} count 1/10000. */
export const RATE_UNITS = 10_000;

/**
 * Thrown by {@link FEN} when it cannot compute a result exactly (beyond the safe integers, an amount times a
 * rate that is not a whole 分): the caller runs the same rule on {@link DECIMAL}. One frozen value, never an
 * `Error` (no stack is captured).
 * @see 第5条
 */
export const DECLINE: { readonly declined: true } = Object.freeze({ declined: true as const });

const MAX = Number.MAX_SAFE_INTEGER;

function checked(x: number): number {
  if (x > MAX || x < -MAX) throw DECLINE;
  return x;
}

/**
 * Safe-integer arithmetic: an amount is a whole number of 分 (inputs have at most two decimals), a rate a whole
 * number of 1/10000; an amount times a rate must come out in whole 分, else the arithmetic declines (a 低保
 * standard in whole 元 times a rate of at most two decimals always does). Every comparison is exact and every
 * reported amount is one half-up division at the end — the cents of {@link DECIMAL}, which a property test
 * checks byte for byte.
 * @see 第5条
 */
export const FEN: Arithmetic<number, number> = Object.freeze({
  kind: 'fen',
  zero: 0,
  one: UNITS_PER_YUAN,
  add: (a: number, b: number) => checked(a + b),
  sub: (a: number, b: number) => checked(a - b),
  times: (a: number, k: number) => checked(a * k),
  scale: (a: number, r: number) => {
    const p = checked(a * r);
    if (p % RATE_UNITS !== 0) throw DECLINE;
    return p / RATE_UNITS;
  },
  half: (a: number) => {
    if (a % 2 !== 0) throw DECLINE;
    return a / 2;
  },
  rate: (text: string) => {
    const r = scaledOf(text, 4);
    if (r < 0) throw DECLINE;
    return r;
  },
  lt: (a: number, b: number) => a < b,
  lte: (a: number, b: number) => a <= b,
  cmpScaled: (a: number, b: number, r: number) => Math.sign(checked(a * RATE_UNITS) - checked(b * r)),
  eq: (a: number, b: number) => a === b,
  isZero: (a: number) => a === 0,
  isNeg: (a: number) => a < 0,
  key: (a: number) => String(a),
  min: (a: number, b: number) => Math.min(a, b),
  max: (a: number, b: number) => Math.max(a, b),
  shown: (a: number) => shownRatio(a, UNITS_PER_YUAN),
  shownPer: (a: number, k: number) => shownRatio(a, UNITS_PER_YUAN * k),
  shownRate: (r: number) => shownRatio(r, RATE_UNITS),
  money: (a: number) => {
    if (a < 0) throw DECLINE;
    return fenText(a);
  },
  moneyPer: (a: number, k: number) => fenText(divHalfUpChecked(a, k)),
  roundMoneyPer: (a: number, k: number, rounding?: BenefitRounding) => {
    const unit = UNITS_PER_FEN * (rounding === undefined ? 1 : FEN_PER_UNIT[rounding.unit]);
    const den = checked(unit * k);
    if (rounding?.mode === 'up') {
      if (a < 0) throw DECLINE;
      const r = a % den;
      return checked(((a - r) / den + (r > 0 ? 1 : 0)) * unit);
    }
    return checked(divHalfUpChecked(a, den) * unit);
  },
} as const);

/** {@link divHalfUp} for an amount that may not be negative (a negative output amount never arises; declined). */
function divHalfUpChecked(num: number, den: number): number {
  if (num < 0) throw DECLINE;
  return divHalfUp(num, den);
}
