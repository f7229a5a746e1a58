/**
 * 家庭类别 (第5条(2)(3), 第6条) in integer 分 for the fast path: `classifyHousehold` with H in twelfths of
 * 分. With unknown facts the tests are evaluated at the same samples as the decimal rules (the ends of the
 * interval H may take, every bound inside it and the midpoints between them — in doubled units, so the
 * midpoints stay integers) and for both values of an unknown property condition; the class, its basis,
 * the missing facts, the THRESHOLD_EQUALITY / PROPERTY_GAP warnings and the trace steps are the decimal
 * rules' own.
 */
import type { Tracer } from '../core/trace.js';
import type { ClassBasis } from './classification.js';
import {
  householdClassNote,
  illnessEqualityWarning,
  illnessTestNote,
  incomeEqualityWarning,
  incomeTestNote,
  propertyGapWarning,
  type Relation,
} from './classification-notes.js';
import type { FenIncomeTotal, FenPropertyTest } from './fast-income.js';
import { shownFen, shownRatio } from './fen.js';
import type { AssessmentWarning, HouseholdClass, IncomeClass, Tri } from './household-types.js';
import { illnessDecides } from './illness-expenditure.js';

/**
 * 第5条 income class at an exact point, in twelfths of 分 (as `incomeTestClass`): `T` = 12·H, `Y` = 12·n·S.
 * @see 第5条
 * @example incomeClass(11_000 * 12, true, true, 62_000 * 2 * 12, false, false) // 'dibao'
 */
export function incomeClass(
  T: number,
  pd: boolean,
  pl: boolean,
  Y: number,
  inclusive: boolean,
  admits: boolean,
): IncomeClass {
  if (T < Y || (inclusive && T === Y)) return pd ? 'dibao' : admits && pl ? 'lowIncome' : 'none';
  if (T === Y) return 'none'; // literal: neither 低于 nor 高于 the standard
  if (T < Y + Y || (inclusive && T === Y + Y)) return pl ? 'lowIncome' : 'none';
  return 'none';
}

const RANK = { none: 0, lowIncome: 1, dibao: 2 } as const;

/**
 * The better of the two tests at one point (doubled units; `m2` < 0: no 第6条 test), as an evaluation at
 * that point (nothing unknown, so no fact is relevant).
 */
function decide(x: number, m2: number, pd: boolean, pl: boolean, Y: number, incl: boolean, admits: boolean) {
  const income = incomeClass(x, pd, pl, Y, incl, admits);
  let cls: IncomeClass = income;
  let basis: ClassBasis | null = income === 'none' ? null : 'income';
  let illness: IncomeClass | null = null;
  if (m2 >= 0) {
    const a = x - m2;
    illness = !pd
      ? 'none'
      : a < Y || (incl && a === Y)
        ? 'dibao'
        : a < Y + Y || (incl && a === Y + Y)
          ? 'lowIncome'
          : 'none';
    if (illnessDecides(RANK[illness], RANK[income], m2 > 0)) {
      cls = illness;
      basis = 'illnessExpenditure';
    }
  }
  const o: Outcome = {
    cls,
    basis,
    income,
    illness,
    incomeRelevant: false,
    dibaoPropertyRelevant: false,
    lowIncomePropertyRelevant: false,
  };
  return o;
}

/** The classification's inputs in integers (`M` = medical costs in 分 a year, `-1` when not given). */
interface FenClassInput {
  income: FenIncomeTotal;
  M: number;
  n: number;
  S: number;
  pd: FenPropertyTest;
  pl: FenPropertyTest;
  inclusive: boolean;
  admits: boolean;
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

/** The samples of H (doubled twelfths of 分), as `incomeSamples` of the decimal classification. */
function samples(income: FenIncomeTotal, M: number, Y: number): number[] {
  const { low, high, exact } = income;
  if (exact !== null) return [exact + exact];
  const pts = [low];
  const insert = (b: number) => {
    let i = pts.length;
    pts.push(b);
    for (; i > 0 && (pts[i - 1] as number) > b; i--) pts[i] = pts[i - 1] as number;
    pts[i] = b;
  };
  const top = high === null ? Number.POSITIVE_INFINITY : high;
  if (Y > low && Y < top) insert(Y);
  if (Y + Y > low && Y + Y < top) insert(Y + Y);
  if (M >= 0) {
    if (Y + M > low && Y + M < top) insert(Y + M);
    if (Y + Y + M > low && Y + Y + M < top) insert(Y + Y + M);
  }
  if (high !== null) insert(high);
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i] as number;
    if (i > 0 && p === pts[i - 1]) continue;
    if (out.length > 0) out.push(p + prev);
    out.push(p + p);
    prev = p;
  }
  if (high === null) out.push(prev + prev + 200); // + 1 元 (twelfths), doubled
  return out;
}

const BOTH = [true, false] as const;
const values = (x: Tri): readonly boolean[] => (x === null ? BOTH : x ? [true] : [false]);

function evaluate(
  input: FenClassInput,
  hs: readonly number[],
  Y: number,
  incl: boolean,
  admits: boolean,
): Evaluation {
  const m2 = input.M < 0 ? -1 : input.M + input.M;
  const Y2 = Y + Y;
  const pd = input.pd.meets;
  const pl = input.pl.meets;
  if (hs.length === 1 && pd !== null && pl !== null)
    return decide(hs[0] as number, m2, pd, pl, Y2, incl, admits);
  const pds = values(pd);
  const pls = values(pl);
  const D = pds.length;
  const L = pls.length;
  const grid: Outcome[] = [];
  for (const x of hs)
    for (const d of pds) for (const l of pls) grid.push(decide(x, m2, d, l, Y2, incl, admits));
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
  const at = (h: number, d: number, l: number) => (grid[(h * D + d) * L + l] as Outcome).cls;
  for (let h = 0; h < hs.length; h++)
    for (let d = 0; d < D; d++)
      for (let l = 0; l < L; l++) {
        const c = at(h, d, l);
        if (c !== at(0, d, l)) incomeRelevant = true;
        if (c !== at(h, 0, l)) dibaoPropertyRelevant = true;
        if (c !== at(h, d, 0)) lowIncomePropertyRelevant = true;
      }
  const cls = sameCls ? first.cls : 'undetermined';
  return {
    cls,
    basis: sameCls && sameBasis ? first.basis : null,
    income: sameIncome ? first.income : 'undetermined',
    illness: input.M < 0 ? null : sameIllness ? first.illness : 'undetermined',
    incomeRelevant,
    dibaoPropertyRelevant,
    lowIncomePropertyRelevant,
  };
}

/**
 * The household's class in integers.
 * @see 第5条
 */
export interface FenClassification {
  cls: HouseholdClass;
  basis: ClassBasis | null;
  illness: HouseholdClass | null;
  missing: readonly string[];
  warnings: AssessmentWarning[];
}

const NONE: readonly string[] = Object.freeze([]);

const rel = (a: number, b: number): Relation => (a < b ? '<' : a > b ? '>' : '=');

/**
 * Classifies the household (第5条(2)(3), 第6条) as `classifyHousehold` does, in twelfths of 分.
 * @see 第5条
 * @see 第6条
 */
export function classifyFen(input: FenClassInput, t: Tracer): FenClassification {
  const { income, M, n, S, inclusive, admits } = input;
  const Y = 12 * n * S;
  const hs = samples(income, M, Y);
  const ev = evaluate(input, hs, Y, inclusive, admits);
  const pd = input.pd.meets;
  const pl = input.pl.meets;
  const exact = income.exact;
  if (t.enabled) {
    const nS = shownFen(n * S);
    const nS2 = shownFen(2 * n * S);
    const s = shownFen(S);
    const h = exact === null ? null : shownRatio(exact, 1200);
    t.step(
      'classification.incomeTest',
      '第5条',
      {
        householdIncomePerMonth: h,
        members: n,
        standardPerMonth: s,
        nTimesStandard: nS,
        twiceNTimesStandard: nS2,
        thresholdInclusive: inclusive,
        lowIncomeAdmitsBelowStandard: admits,
        propertyMeetsDibao: pd,
        propertyMeetsLowIncome: pl,
      },
      ev.income,
      incomeTestNote(
        ev.income,
        exact === null
          ? { openFrom: shownRatio(income.low, 1200) }
          : { h: shownRatio(exact, 1200), toNS: rel(exact, Y), nS, to2NS: rel(exact, Y + Y), nS2 },
        inclusive,
      ),
    );
    if (M >= 0) {
      const a = exact === null ? null : exact - M;
      t.step(
        'classification.illnessExpenditure',
        '第6条',
        {
          yearlyHouseholdIncome: exact === null ? null : shownFen(exact),
          medicalOutOfPocketPerYear: shownFen(M),
          incomeAfterMedicalPerYear: a === null ? null : shownFen(a),
          yearlyDibaoLine: shownFen(Y),
          yearlyLowIncomeLine: shownFen(Y + Y),
          propertyMeetsDibao: pd,
        },
        ev.illness,
        illnessTestNote(
          ev.illness ?? 'undetermined',
          a === null
            ? null
            : { a: shownFen(a), toY: rel(a, Y), y: shownFen(Y), to2Y: rel(a, Y + Y), y2: shownFen(Y + Y) },
        ),
      );
    }
  }

  let missing = NONE;
  if (ev.cls === 'undetermined') {
    missing = [];
    if (ev.incomeRelevant) (missing as string[]).push(...income.missing);
    if (ev.dibaoPropertyRelevant) (missing as string[]).push(...input.pd.missing);
    if (ev.lowIncomePropertyRelevant) (missing as string[]).push(...input.pl.missing);
  }

  const warnings: AssessmentWarning[] = [];
  if (!inclusive && exact !== null) {
    const hits: AssessmentWarning[] = [];
    if (exact === Y || exact === Y + Y)
      hits.push(incomeEqualityWarning(shownRatio(exact, 1200), exact !== Y, n, shownFen(S)));
    const a = exact - M;
    if (M >= 0 && (a === Y || a === Y + Y)) hits.push(illnessEqualityWarning(shownFen(a), a !== Y));
    if (hits.length > 0 && evaluate(input, hs, Y, true, admits).cls !== ev.cls) warnings.push(...hits);
  }
  const high = income.high;
  if (
    !admits &&
    high !== null &&
    pd === false &&
    pl !== false &&
    (high < Y || (inclusive && high === Y)) &&
    evaluate(input, hs, Y, inclusive, true).cls !== ev.cls
  )
    warnings.push(propertyGapWarning(shownFen(S), pl));

  if (t.enabled)
    t.step(
      'classification.household',
      ev.basis === 'illnessExpenditure' ? '第6条' : '第5条',
      { incomeTest: ev.income, illnessExpenditureTest: ev.illness },
      ev.cls,
      householdClassNote(ev.cls, M >= 0),
    );
  return { cls: ev.cls, basis: ev.basis, illness: ev.illness, missing, warnings };
}
