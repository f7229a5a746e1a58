/**
 * 家庭类别 (第5条(2)(3) and 第6条): 低保 / 低收入 / none from household income, the 低保 standard and the
 * property conditions, and the better of the income test and the illness-expenditure test. Decisions
 * compare exact values (H < n·S, never a rounded per-capita figure). With unknown facts the tests are
 * evaluated over every value the unknowns could take; the class is `undetermined` only when those values
 * lead to different classes, and only the facts that make a difference are reported missing.
 */
import { type Dec, MONTHS_PER_YEAR } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import {
  householdClassNote,
  illnessEqualityWarning,
  illnessTestNote,
  incomeEqualityWarning,
  incomeTestNote,
  propertyGapWarning,
  type Relation,
} from './classification-notes.js';
import { shown } from './display.js';
import type { HouseholdIncome } from './household-income.js';
import type { AssessmentWarning, HouseholdClass, IncomeClass, Tri } from './household-types.js';
import { illnessExpenditureClass, incomeAfterMedical } from './illness-expenditure.js';
import type { PropertyTest } from './property.js';

/**
 * Which test put the household in its class.
 * @see 第5条
 */
export type ClassBasis = 'income' | 'illnessExpenditure';

/**
 * What {@link classifyHousehold} reads.
 * @see 第5条
 */
export interface ClassificationInput {
  income: HouseholdIncome;
  /** 个人自负医疗费用 over the last 12 months; `null` when not given (第6条 test not run). */
  medicalPerYear: Dec | null;
  members: number;
  standardPerMonth: Dec;
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
  missing: string[];
  warnings: AssessmentWarning[];
}

const RANK: Record<IncomeClass, number> = { none: 0, lowIncome: 1, dibao: 2 };

/**
 * The 第5条 income class at one point, in twelfths (12 × monthly amounts): `dibao` iff H < n·S and the
 * property meets the 低保 conditions; `lowIncome` iff n·S < H < 2·n·S and the property meets the 低收入
 * conditions; else `none`. `inclusive` (thresholdInclusive) turns both "<" into "≤"; `admitsBelow`
 * (lowIncomeAdmitsBelowStandard) makes H below n·S with 低保 property failing but 低收入 property met `lowIncome`.
 * @see 第5条
 */
export function incomeTestClass(
  householdTwelfths: Dec,
  propertyMeetsDibao: boolean,
  propertyMeetsLowIncome: boolean,
  yearlyStandard: Dec,
  inclusive: boolean,
  admitsBelow: boolean,
  doubleStandard: Dec = yearlyStandard.add(yearlyStandard),
): IncomeClass {
  const c1 = householdTwelfths.cmp(yearlyStandard);
  if (c1 < 0 || (inclusive && c1 === 0)) {
    if (propertyMeetsDibao) return 'dibao';
    return admitsBelow && propertyMeetsLowIncome ? 'lowIncome' : 'none';
  }
  if (c1 === 0) return 'none'; // literal: neither 低于 nor 高于 the standard
  const c2 = householdTwelfths.cmp(doubleStandard);
  if (c2 < 0 || (inclusive && c2 === 0)) return propertyMeetsLowIncome ? 'lowIncome' : 'none';
  return 'none';
}

interface Outcome {
  cls: IncomeClass;
  basis: ClassBasis | null;
  income: IncomeClass;
  illness: IncomeClass | null;
}

function decide(
  h: Dec,
  pd: boolean,
  pl: boolean,
  input: ClassificationInput,
  yearlyStandard: Dec,
  doubleStandard: Dec,
  inclusive: boolean,
  admitsBelow: boolean,
): Outcome {
  const income = incomeTestClass(h, pd, pl, yearlyStandard, inclusive, admitsBelow, doubleStandard);
  if (input.medicalPerYear === null)
    return { cls: income, basis: income === 'none' ? null : 'income', income, illness: null };
  const illness = illnessExpenditureClass(
    incomeAfterMedical(h, input.medicalPerYear),
    pd,
    yearlyStandard,
    inclusive,
    doubleStandard,
  );
  if (RANK[illness] > RANK[income]) return { cls: illness, basis: 'illnessExpenditure', income, illness };
  return { cls: income, basis: income === 'none' ? null : 'income', income, illness };
}

function incomeSamples(input: ClassificationInput, yearlyStandard: Dec): Dec[] {
  const { low, high, exact } = input.income;
  if (exact !== null) return [exact];
  const double = yearlyStandard.add(yearlyStandard);
  const breaks = [yearlyStandard, double];
  if (input.medicalPerYear !== null)
    breaks.push(yearlyStandard.add(input.medicalPerYear), double.add(input.medicalPerYear));
  const pts: Dec[] = [low];
  for (const b of breaks) if (b.gt(low) && (high === null || b.lt(high))) pts.push(b);
  if (high !== null) pts.push(high);
  pts.sort((a, b) => a.cmp(b));
  const out: Dec[] = [];
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i] as Dec;
    if (i > 0 && p.eq(pts[i - 1] as Dec)) continue;
    if (out.length > 0) out.push(p.add(out[out.length - 1] as Dec).div(2));
    out.push(p);
  }
  if (high === null) out.push((out[out.length - 1] as Dec).add(1));
  return out;
}

interface Evaluation {
  grid: Outcome[][][];
  cls: HouseholdClass;
  basis: ClassBasis | null;
  income: HouseholdClass;
  illness: HouseholdClass | null;
  incomeRelevant: boolean;
  dibaoPropertyRelevant: boolean;
  lowIncomePropertyRelevant: boolean;
}

const BOTH: readonly boolean[] = [true, false];

function values(tri: Tri): readonly boolean[] {
  return tri === null ? BOTH : [tri];
}

function allSame<T>(xs: readonly T[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[0]) return false;
  return true;
}

function evaluate(
  input: ClassificationInput,
  hs: readonly Dec[],
  yearlyStandard: Dec,
  inclusive: boolean,
  admitsBelow: boolean,
): Evaluation {
  const pds = values(input.propertyDibao.meets);
  const pls = values(input.propertyLowIncome.meets);
  const doubleStandard = yearlyStandard.add(yearlyStandard);
  const grid = hs.map((h) =>
    pds.map((pd) =>
      pls.map((pl) => decide(h, pd, pl, input, yearlyStandard, doubleStandard, inclusive, admitsBelow)),
    ),
  );
  const flat = grid.flat(2);
  const first = flat[0] as Outcome;
  if (flat.length === 1)
    return {
      grid,
      cls: first.cls,
      basis: first.basis,
      income: first.income,
      illness: first.illness,
      incomeRelevant: false,
      dibaoPropertyRelevant: false,
      lowIncomePropertyRelevant: false,
    };
  const cls = allSame(flat.map((o) => o.cls)) ? first.cls : 'undetermined';
  const basis = cls !== 'undetermined' && allSame(flat.map((o) => o.basis)) ? first.basis : null;
  const income = allSame(flat.map((o) => o.income)) ? first.income : 'undetermined';
  const illness =
    input.medicalPerYear === null
      ? null
      : allSame(flat.map((o) => o.illness))
        ? first.illness
        : 'undetermined';
  let incomeRelevant = false;
  let dibaoPropertyRelevant = false;
  let lowIncomePropertyRelevant = false;
  for (let d = 0; d < pds.length; d++)
    for (let l = 0; l < pls.length; l++)
      if (!allSame(grid.map((row) => row[d]?.[l]?.cls))) incomeRelevant = true;
  for (const row of grid) {
    for (let l = 0; l < pls.length; l++)
      if (!allSame(row.map((col) => col[l]?.cls))) dibaoPropertyRelevant = true;
    for (const col of row) if (!allSame(col.map((o) => o.cls))) lowIncomePropertyRelevant = true;
  }
  return {
    grid,
    cls,
    basis,
    income,
    illness,
    incomeRelevant,
    dibaoPropertyRelevant,
    lowIncomePropertyRelevant,
  };
}

function monthly(twelfths: Dec): string {
  return shown(twelfths.div(MONTHS_PER_YEAR));
}

function relation(a: Dec, b: Dec): Relation {
  const c = a.cmp(b);
  return c < 0 ? '<' : c > 0 ? '>' : '=';
}

/**
 * Classifies the household (第5条(2)(3), 第6条): the better of the income test and, when medical costs
 * are given, the illness-expenditure test (低保 > 低收入 > none; `basis` says which, `income` on a tie). A
 * known 低保 from either test decides even if the other is unknown. Adds `THRESHOLD_EQUALITY` when income
 * equals a bound and `PROPERTY_GAP` when income is below S but only the 低保 property conditions fail —
 * each only when the corresponding option of docs/contract.md#known-gaps-in-the-text would have changed the class.
 * @see 第5条
 * @see 第6条
 */
export function classifyHousehold(input: ClassificationInput, t: Tracer): Classification {
  const n = input.members;
  const S = input.standardPerMonth;
  const yearlyStandard = S.mul(n).mul(MONTHS_PER_YEAR); // 12·n·S
  const inclusive = input.thresholdInclusive;
  const admitsBelow = input.lowIncomeAdmitsBelowStandard;
  const hs = incomeSamples(input, yearlyStandard);
  const ev = evaluate(input, hs, yearlyStandard, inclusive, admitsBelow);
  const pd = input.propertyDibao.meets;
  const pl = input.propertyLowIncome.meets;
  const exact = input.income.exact;

  if (t.enabled) {
    const nS = S.mul(n);
    const inputs = {
      householdIncomePerMonth: exact === null ? null : monthly(exact),
      members: n,
      standardPerMonth: shown(S),
      nTimesStandard: shown(nS),
      twiceNTimesStandard: shown(nS.add(nS)),
      thresholdInclusive: inclusive,
      lowIncomeAdmitsBelowStandard: admitsBelow,
      propertyMeetsDibao: pd,
      propertyMeetsLowIncome: pl,
    };
    const note = incomeTestNote(
      ev.income,
      exact === null
        ? { openFrom: monthly(input.income.low) }
        : {
            h: monthly(exact),
            toNS: relation(exact, yearlyStandard),
            nS: inputs.nTimesStandard,
            to2NS: relation(exact, yearlyStandard.add(yearlyStandard)),
            nS2: inputs.twiceNTimesStandard,
          },
      inclusive,
    );
    t.step('classification.incomeTest', '第5条', inputs, ev.income, note);
    if (input.medicalPerYear !== null) {
      const a = exact === null ? null : incomeAfterMedical(exact, input.medicalPerYear);
      t.step(
        'classification.illnessExpenditure',
        '第6条',
        {
          yearlyHouseholdIncome: exact === null ? null : shown(exact),
          medicalOutOfPocketPerYear: shown(input.medicalPerYear),
          incomeAfterMedicalPerYear: a === null ? null : shown(a),
          yearlyDibaoLine: shown(yearlyStandard),
          yearlyLowIncomeLine: shown(yearlyStandard.add(yearlyStandard)),
          propertyMeetsDibao: pd,
        },
        ev.illness,
        illnessTestNote(
          ev.illness ?? 'undetermined',
          a === null
            ? null
            : {
                a: shown(a),
                toY: relation(a, yearlyStandard),
                y: shown(yearlyStandard),
                to2Y: relation(a, yearlyStandard.add(yearlyStandard)),
                y2: shown(yearlyStandard.add(yearlyStandard)),
              },
        ),
      );
    }
  }

  const missing: string[] = [];
  if (ev.cls === 'undetermined') {
    if (ev.incomeRelevant) missing.push(...input.income.missing);
    if (ev.dibaoPropertyRelevant) missing.push(...input.propertyDibao.missing);
    if (ev.lowIncomePropertyRelevant) missing.push(...input.propertyLowIncome.missing);
  }

  const warnings: AssessmentWarning[] = [];
  if (!inclusive && exact !== null) {
    const double = yearlyStandard.add(yearlyStandard);
    const hits: AssessmentWarning[] = [];
    if (exact.eq(yearlyStandard) || exact.eq(double))
      hits.push(incomeEqualityWarning(monthly(exact), !exact.eq(yearlyStandard), n, shown(S)));
    if (input.medicalPerYear !== null) {
      const a = incomeAfterMedical(exact, input.medicalPerYear);
      if (a.eq(yearlyStandard) || a.eq(double))
        hits.push(illnessEqualityWarning(shown(a), !a.eq(yearlyStandard)));
    }
    if (hits.length > 0) {
      const alt = evaluate(input, hs, yearlyStandard, true, admitsBelow);
      if (alt.cls !== ev.cls) warnings.push(...hits);
    }
  }
  if (
    !admitsBelow &&
    input.income.high !== null &&
    pd === false &&
    pl !== false &&
    // every possible H is below n·S (H exact, or an interval whose top is below: 第11条 exemption unknown)
    (input.income.high.lt(yearlyStandard) || (inclusive && input.income.high.eq(yearlyStandard)))
  ) {
    const alt = evaluate(input, hs, yearlyStandard, inclusive, true);
    if (alt.cls !== ev.cls) warnings.push(propertyGapWarning(shown(S), pl));
  }

  if (t.enabled)
    t.step(
      'classification.household',
      ev.basis === 'illnessExpenditure' ? '第6条' : '第5条',
      { incomeTest: ev.income, illnessExpenditureTest: ev.illness },
      ev.cls,
      householdClassNote(ev.cls, input.medicalPerYear !== null),
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
