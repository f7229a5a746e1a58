/**
 * 家庭类别 (第5条(2)(3) and 第6条): 低保 / 低收入 / none from household income, the 低保 standard and the
 * property conditions, and the better of the income test and the illness-expenditure test. Decisions
 * compare exact values (H < n·S, never a rounded per-capita figure). With unknown facts the tests are
 * evaluated over every value the unknowns could take — the ends of the interval H may take, every bound
 * inside it and the midpoints between them (in doubled units, so a midpoint is exact in either arithmetic),
 * and both values of an unknown property condition; the class is `undetermined` only when those values
 * lead to different classes, and only the facts that make a difference are reported missing. Written once
 * for both arithmetics (`arithmetic.ts`).
 */
import type { Tracer } from '../core/trace.js';
import type { Arithmetic } from './arithmetic.js';
import {
  householdClassNote,
  illnessEqualityWarning,
  illnessTestNote,
  incomeEqualityWarning,
  incomeTestNote,
  propertyGapWarning,
  type Relation,
} from './classification-notes.js';
import { type HouseholdIncome, MONTHS_PER_YEAR } from './household-income.js';
import type { AssessmentWarning, HouseholdClass, IncomeClass, Tri } from './household-types.js';
import { illnessExpenditureClass } from './illness-expenditure.js';
import type { PropertyTest } from './property.js';

/**
 * "高于当地低保标准、低于当地低保标准2倍": the upper bound of 低收入 as a multiple of n·S, also the 第6条
 * 低收入 line.
 * @see 第5条
 * @see 第6条
 */
export const LOW_INCOME_MULTIPLIER = 2;

/**
 * Which test put the household in its class.
 * @see 第5条
 */
export type ClassBasis = 'income' | 'illnessExpenditure';

/**
 * What {@link classifyHousehold} reads.
 * @see 第5条
 */
export interface ClassificationInput<T> {
  income: HouseholdIncome<T>;
  /** 个人自负医疗费用 over the last 12 months; `null` when not given (第6条 test not run). */
  medicalPerYear: T | null;
  members: number;
  standardPerMonth: T;
  propertyDibao: PropertyTest;
  propertyLowIncome: PropertyTest;
  thresholdInclusive: boolean;
  lowIncomeAdmitsBelowStandard: boolean;
}

/**
 * The household's class and how it was reached.
 * @see 第5条
 */
export interface Classification {
  class: HouseholdClass;
  basis: ClassBasis | null;
  /** The 第5条 income test alone. */
  incomeTestClass: HouseholdClass;
  /** The 第6条 test alone; `null` when no medical costs were given. */
  illnessTestClass: HouseholdClass | null;
  missing: readonly string[];
  warnings: AssessmentWarning[];
}

const RANK = { none: 0, lowIncome: 1, dibao: 2 } as const;

/**
 * The 第5条 income class at one point: `dibao` iff H < n·S and the property meets the 低保 conditions;
 * `lowIncome` iff n·S < H < 2·n·S and the property meets the 低收入 conditions; else `none`. `h` = 12·H,
 * `line` = 12·n·S and `upper` = {@link LOW_INCOME_MULTIPLIER} × line, in one unit. `inclusive`
 * (thresholdInclusive) turns both "<" into "≤"; `admitsBelow` (lowIncomeAdmitsBelowStandard) makes H below
 * n·S with 低保 property failing but 低收入 property met `lowIncome`.
 * @see 第5条
 * @example incomeTestClass(DECIMAL, new Dec(13200), true, true, new Dec(14880), new Dec(29760), false, false) // 'dibao'
 */
export function incomeTestClass<T, R>(
  A: Arithmetic<T, R>,
  h: T,
  propertyMeetsDibao: boolean,
  propertyMeetsLowIncome: boolean,
  line: T,
  upper: T,
  inclusive: boolean,
  admitsBelow: boolean,
): IncomeClass {
  if (A.lt(h, line) || (inclusive && A.eq(h, line))) {
    if (propertyMeetsDibao) return 'dibao';
    return admitsBelow && propertyMeetsLowIncome ? 'lowIncome' : 'none';
  }
  if (A.eq(h, line)) return 'none'; // literal: neither 低于 nor 高于 the standard
  if (A.lt(h, upper) || (inclusive && A.eq(h, upper))) return propertyMeetsLowIncome ? 'lowIncome' : 'none';
  return 'none';
}

/** The class over every value the unknowns may take, and which unknowns make a difference. */
interface Evaluation {
  cls: HouseholdClass;
  basis: ClassBasis | null;
  income: HouseholdClass;
  illness: HouseholdClass | null;
  incomeRelevant: boolean;
  dibaoPropertyRelevant: boolean;
  lowIncomePropertyRelevant: boolean;
}

/** One point's outcome: an {@link Evaluation} whose classes are all known. */
type Outcome = Evaluation & { cls: IncomeClass; income: IncomeClass; illness: IncomeClass | null };

/** The lines in doubled twelfths: 2·12·n·S, its 低收入 multiple, and 2 × medical (`null`: no 第6条 test). */
interface Lines<T> {
  line: T;
  upper: T;
  medical: T | null;
}

/**
 * The better of the two tests at one point (doubled twelfths), as an evaluation at that point (nothing
 * unknown, so no fact is relevant). `basis` is `income` on a tie.
 */
function decide<T, R>(
  A: Arithmetic<T, R>,
  x: T,
  pd: boolean,
  pl: boolean,
  L: Lines<T>,
  inclusive: boolean,
  admits: boolean,
): Outcome {
  const income = incomeTestClass(A, x, pd, pl, L.line, L.upper, inclusive, admits);
  let cls: IncomeClass = income;
  let basis: ClassBasis | null = income === 'none' ? null : 'income';
  let illness: IncomeClass | null = null;
  if (L.medical !== null) {
    illness = illnessExpenditureClass(A, A.sub(x, L.medical), pd, L.line, L.upper, inclusive);
    if (RANK[illness] > RANK[income]) {
      cls = illness;
      basis = 'illnessExpenditure';
    }
  }
  return {
    cls,
    basis,
    income,
    illness,
    incomeRelevant: false,
    dibaoPropertyRelevant: false,
    lowIncomePropertyRelevant: false,
  };
}

/**
 * The samples of H in doubled twelfths: H itself when known, else the ends of its interval, every bound
 * strictly inside it (12·n·S, the 低收入 line, and each plus the medical costs) and the midpoints between
 * them, and one 元 above the last when H is unbounded.
 */
function samples<T, R>(A: Arithmetic<T, R>, income: HouseholdIncome<T>, M: T | null, Y: T, Y2: T): T[] {
  const { low, high, exact } = income;
  if (exact !== null) return [A.add(exact, exact)];
  const pts = [low];
  const insert = (b: T) => {
    if (!A.lt(low, b) || (high !== null && !A.lt(b, high))) return;
    let i = pts.length;
    pts.push(b);
    for (; i > 0 && A.lt(b, pts[i - 1] as T); i--) pts[i] = pts[i - 1] as T;
    pts[i] = b;
  };
  insert(Y);
  insert(Y2);
  if (M !== null) {
    insert(A.add(Y, M));
    insert(A.add(Y2, M));
  }
  if (high !== null) pts.push(high);
  const out: T[] = [];
  let prev = low;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i] as T;
    if (i > 0 && A.eq(p, prev)) continue;
    if (out.length > 0) out.push(A.add(p, prev));
    out.push(A.add(p, p));
    prev = p;
  }
  if (high === null) out.push(A.add(A.add(prev, prev), A.add(A.one, A.one)));
  return out;
}

const BOTH = [true, false] as const;
const values = (x: Tri): readonly boolean[] => (x === null ? BOTH : x ? [true] : [false]);

function evaluate<T, R>(
  A: Arithmetic<T, R>,
  input: ClassificationInput<T>,
  hs: readonly T[],
  L: Lines<T>,
  inclusive: boolean,
  admits: boolean,
): Evaluation {
  const pd = input.propertyDibao.meets;
  const pl = input.propertyLowIncome.meets;
  if (hs.length === 1 && pd !== null && pl !== null)
    return decide(A, hs[0] as T, pd, pl, L, inclusive, admits);
  const pds = values(pd);
  const pls = values(pl);
  const D = pds.length;
  const N = pls.length;
  const grid: Outcome[] = [];
  for (const x of hs)
    for (const d of pds) for (const l of pls) grid.push(decide(A, x, d, l, L, inclusive, admits));
  const first = grid[0] as Outcome;
  let sameCls = true;
  let sameBasis = true;
  let sameIncome = true;
  let sameIllness = true;
  for (const o of grid) {
    if (o.cls !== first.cls) sameCls = false;
    if (o.basis !== first.basis) sameBasis = false;
    if (o.income !== first.income) sameIncome = false;
    if (o.illness !== first.illness) sameIllness = false;
  }
  let incomeRelevant = false;
  let dibaoPropertyRelevant = false;
  let lowIncomePropertyRelevant = false;
  const at = (h: number, d: number, l: number) => (grid[(h * D + d) * N + l] as Outcome).cls;
  for (let h = 0; h < hs.length; h++)
    for (let d = 0; d < D; d++)
      for (let l = 0; l < N; l++) {
        const c = at(h, d, l);
        if (c !== at(0, d, l)) incomeRelevant = true;
        if (c !== at(h, 0, l)) dibaoPropertyRelevant = true;
        if (c !== at(h, d, 0)) lowIncomePropertyRelevant = true;
      }
  return {
    cls: sameCls ? first.cls : 'undetermined',
    basis: sameCls && sameBasis ? first.basis : null,
    income: sameIncome ? first.income : 'undetermined',
    illness: L.medical === null ? null : sameIllness ? first.illness : 'undetermined',
    incomeRelevant,
    dibaoPropertyRelevant,
    lowIncomePropertyRelevant,
  };
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Classifies the household (第5条(2)(3), 第6条): the better of the income test and, when medical costs
 * are given, the illness-expenditure test (低保 > 低收入 > none; `basis` says which, `income` on a tie). A
 * known 低保 from either test decides even if the other is unknown. Adds `THRESHOLD_EQUALITY` when income
 * equals a bound and `PROPERTY_GAP` when income is below S but only the 低保 property conditions fail —
 * each only when the corresponding option (thresholdInclusive, lowIncomeAdmitsBelowStandard;
 * docs/contract.md#known-gaps-in-the-text) would have
 * changed the class.
 * @see 第5条
 * @see 第6条
 */
export function classifyHousehold<T, R>(
  A: Arithmetic<T, R>,
  input: ClassificationInput<T>,
  t: Tracer,
): Classification {
  const { income, medicalPerYear: M, members: n, standardPerMonth: S } = input;
  const inclusive = input.thresholdInclusive;
  const admits = input.lowIncomeAdmitsBelowStandard;
  const Y = A.times(S, MONTHS_PER_YEAR * n); // 12·n·S
  const Y2 = A.times(Y, LOW_INCOME_MULTIPLIER);
  const hs = samples(A, income, M, Y, Y2);
  const L: Lines<T> = { line: A.add(Y, Y), upper: A.add(Y2, Y2), medical: M === null ? null : A.add(M, M) };
  const ev = evaluate(A, input, hs, L, inclusive, admits);
  const pd = input.propertyDibao.meets;
  const pl = input.propertyLowIncome.meets;
  const exact = income.exact;
  if (t.enabled) {
    const rel = (a: T, b: T): Relation => (A.lt(a, b) ? '<' : A.eq(a, b) ? '=' : '>');
    const nS = A.times(S, n);
    const nSText = A.shown(nS);
    const nS2Text = A.shown(A.times(nS, LOW_INCOME_MULTIPLIER));
    t.step(
      'classification.incomeTest',
      '第5条',
      {
        householdIncomePerMonth: exact === null ? null : A.shownPer(exact, MONTHS_PER_YEAR),
        members: n,
        standardPerMonth: A.shown(S),
        nTimesStandard: nSText,
        twiceNTimesStandard: nS2Text,
        thresholdInclusive: inclusive,
        lowIncomeAdmitsBelowStandard: admits,
        propertyMeetsDibao: pd,
        propertyMeetsLowIncome: pl,
      },
      ev.income,
      incomeTestNote(
        ev.income,
        exact === null
          ? { openFrom: A.shownPer(income.low, MONTHS_PER_YEAR) }
          : {
              h: A.shownPer(exact, MONTHS_PER_YEAR),
              toNS: rel(exact, Y),
              nS: nSText,
              to2NS: rel(exact, Y2),
              nS2: nS2Text,
            },
        inclusive,
      ),
    );
    if (M !== null) {
      const a = exact === null ? null : A.sub(exact, M);
      t.step(
        'classification.illnessExpenditure',
        '第6条',
        {
          yearlyHouseholdIncome: exact === null ? null : A.shown(exact),
          medicalOutOfPocketPerYear: A.shown(M),
          incomeAfterMedicalPerYear: a === null ? null : A.shown(a),
          yearlyDibaoLine: A.shown(Y),
          yearlyLowIncomeLine: A.shown(Y2),
          propertyMeetsDibao: pd,
        },
        ev.illness,
        illnessTestNote(
          ev.illness ?? 'undetermined',
          a === null
            ? null
            : { a: A.shown(a), toY: rel(a, Y), y: A.shown(Y), to2Y: rel(a, Y2), y2: A.shown(Y2) },
        ),
      );
    }
  }

  let missing = NONE;
  if (ev.cls === 'undetermined') {
    const list: string[] = [];
    if (ev.incomeRelevant) list.push(...income.missing);
    if (ev.dibaoPropertyRelevant) list.push(...input.propertyDibao.missing);
    if (ev.lowIncomePropertyRelevant) list.push(...input.propertyLowIncome.missing);
    missing = list;
  }

  const warnings: AssessmentWarning[] = [];
  if (!inclusive && exact !== null) {
    const hits: AssessmentWarning[] = [];
    if (A.eq(exact, Y) || A.eq(exact, Y2))
      hits.push(incomeEqualityWarning(A.shownPer(exact, MONTHS_PER_YEAR), !A.eq(exact, Y), n, A.shown(S)));
    if (M !== null) {
      const a = A.sub(exact, M);
      if (A.eq(a, Y) || A.eq(a, Y2)) hits.push(illnessEqualityWarning(A.shown(a), !A.eq(a, Y)));
    }
    if (hits.length > 0 && evaluate(A, input, hs, L, true, admits).cls !== ev.cls) warnings.push(...hits);
  }
  const high = income.high;
  if (
    !admits &&
    high !== null &&
    pd === false &&
    pl !== false &&
    // every possible H is below n·S (H exact, or an interval whose top is below: 第11条 exemption unknown)
    (A.lt(high, Y) || (inclusive && A.eq(high, Y))) &&
    evaluate(A, input, hs, L, inclusive, true).cls !== ev.cls
  )
    warnings.push(propertyGapWarning(A.shown(S), pl));

  if (t.enabled)
    t.step(
      'classification.household',
      ev.basis === 'illnessExpenditure' ? '第6条' : '第5条',
      { incomeTest: ev.income, illnessExpenditureTest: ev.illness },
      ev.cls,
      householdClassNote(ev.cls, M !== null),
    );
  return {
    class: ev.cls,
    basis: ev.basis,
    incomeTestClass: ev.income,
    illnessTestClass: ev.illness,
    missing,
    warnings,
  };
}
