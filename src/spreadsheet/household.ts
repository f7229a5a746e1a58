/**
 * A household's class (第5条) and its 低保金 from a few cells, by calling `assessHousehold` on a household
 * built from those cells — the spreadsheet layer adds no rule of its own:
 *
 * `(members, incomePerMonth, standardPerMonth, [propertyMeetsDibao], [propertyMeetsLowIncome],
 *   [thresholdInclusive], [lowIncomeAdmitsBelowStandard])`
 *
 * - `members`: 共同生活的家庭成员人数 n; `incomePerMonth`: the household's countable monthly income H
 *   (blank = unknown, `0` = none); `standardPerMonth`: the local 低保 standard S in force.
 * - The property flags are the 核对平台 conclusions (第25条). A blank flag is unknown: the household is
 *   assessed with it TRUE and FALSE, and the answer stands when both agree (H ≥ 2·n·S is `none` whatever
 *   the property), else `#N/A` names the flag.
 * - The last two are the docs/contract.md#known-gaps-in-the-text options (default FALSE: the literal reading).
 *
 * Only the household-level facts come from cells, so the result is the class and the base 低保金
 * `(S − H ÷ n) × n`; the 第10条 grants and the 第11条 cancellations depend on each member's age, disability
 * and refusals and need the full household (`udfAssess`, or the CLI).
 * @see 第5条
 * @see 社会救助暂行办法第12条
 */
import { assessHousehold, type HouseholdAssessment } from '../assess.js';
import type { Household, Member } from '../schema/household.js';
import type { Policy } from '../schema/policy.js';
import { type CellValue, guarded, mapRows, moneyCell, unknownValue } from './cell-result.js';
import { type Cell, readFlag, readMoney, requireMoney, requireWhole } from './cells.js';

/** The household-level facts of one row. */
interface HouseholdCells {
  members: number;
  incomePerMonth: string | number | undefined;
  standardPerMonth: string | number;
  propertyMeetsDibao: boolean | undefined;
  propertyMeetsLowIncome: boolean | undefined;
  thresholdInclusive: boolean;
  lowIncomeAdmitsBelowStandard: boolean;
}

/** The answer for one row: a decided class and base 低保金, or the facts that would decide it. */
type HouseholdAnswer =
  | { decided: true; class: 'dibao' | 'lowIncome' | 'none'; basePerMonth: string | null }
  | { decided: false; missing: string[] };

/** Upper bound on household size, as in the household schema. */
const MAX_MEMBERS = 100;
/**
 * The cells carry no dates; the household class and the base 低保金 do not depend on them (no member
 * has refusals, so none is cancelled). A fixed assessment date and birth date fill the required fields.
 */
const ASSESSMENT_DATE = '2024-01-01';
const BIRTH_DATE = '1984-01-01';

function readRow(cells: readonly Cell[]): HouseholdCells {
  const [members, income, standard, meetsDibao, meetsLowIncome, inclusive, admitsBelow] = cells;
  return {
    members: requireWhole(members, 'members', 1, MAX_MEMBERS),
    incomePerMonth: readMoney(income, 'incomePerMonth'),
    standardPerMonth: requireMoney(standard, 'standardPerMonth'),
    propertyMeetsDibao: readFlag(meetsDibao, 'propertyMeetsDibao'),
    propertyMeetsLowIncome: readFlag(meetsLowIncome, 'propertyMeetsLowIncome'),
    thresholdInclusive: readFlag(inclusive, 'thresholdInclusive') ?? false,
    lowIncomeAdmitsBelowStandard: readFlag(admitsBelow, 'lowIncomeAdmitsBelowStandard') ?? false,
  };
}

function assess(row: HouseholdCells, meetsDibao: boolean, meetsLowIncome: boolean): HouseholdAssessment {
  const members: Member[] = [];
  for (let i = 0; i < row.members; i++) {
    const m: Member = { birthDate: BIRTH_DATE };
    // The whole household income sits on the first member; blank income leaves it unknown.
    if (i > 0) m.incomes = [];
    else if (row.incomePerMonth !== undefined) m.incomes = [{ kind: 'other', perMonth: row.incomePerMonth }];
    members.push(m);
  }
  const household: Household = {
    assessmentDate: ASSESSMENT_DATE,
    area: 'urban',
    members,
    propertyAssessment: { meetsDibao, meetsLowIncome },
  };
  const policy: Policy = {
    dibaoStandardPerMonth: { urban: row.standardPerMonth, rural: row.standardPerMonth },
    thresholdInclusive: row.thresholdInclusive,
    lowIncomeAdmitsBelowStandard: row.lowIncomeAdmitsBelowStandard,
  };
  return assessHousehold(household, policy, { trace: false });
}

const BOTH: readonly boolean[] = [true, false];

/** Assesses the row for every value its blank property flags could take. */
function answer(row: HouseholdCells): HouseholdAnswer {
  const dibaoValues = row.propertyMeetsDibao === undefined ? BOTH : [row.propertyMeetsDibao];
  const lowIncomeValues = row.propertyMeetsLowIncome === undefined ? BOTH : [row.propertyMeetsLowIncome];
  const outcomes: HouseholdAssessment[] = [];
  for (const d of dibaoValues) for (const l of lowIncomeValues) outcomes.push(assess(row, d, l));
  const first = outcomes[0] as HouseholdAssessment;
  const sameClass = outcomes.every((o) => o.class === first.class);
  const sameBase = outcomes.every(
    (o) => (o.benefit?.basePerMonth ?? null) === (first.benefit?.basePerMonth ?? null),
  );
  if (first.class !== 'undetermined' && sameClass && sameBase) {
    return { decided: true, class: first.class, basePerMonth: first.benefit?.basePerMonth ?? null };
  }
  const missing: string[] = [];
  if (row.incomePerMonth === undefined && outcomes.some((o) => o.class === 'undetermined'))
    missing.push('incomePerMonth');
  if (!sameClass || !sameBase) {
    if (row.propertyMeetsDibao === undefined) missing.push('propertyMeetsDibao');
    if (row.propertyMeetsLowIncome === undefined) missing.push('propertyMeetsLowIncome');
  }
  return { decided: false, missing };
}

function classCell(a: HouseholdAnswer): CellValue {
  return a.decided ? a.class : unknownValue(a.missing);
}

function benefitCell(a: HouseholdAnswer): CellValue {
  if (!a.decided) return unknownValue(a.missing);
  return a.basePerMonth === null ? '' : moneyCell(a.basePerMonth);
}

/**
 * 家庭类别: `dibao` 低保, `lowIncome` 低收入, `none`, or `#N/A` when a blank cell could change it.
 * @example =DIBAO_CLASS(3, 1500, 770, TRUE, TRUE) → "dibao"   (1500 < 3 × 770 = 2310)
 */
export function DIBAO_CLASS(...row: Cell[]): CellValue {
  return guarded(() => classCell(answer(readRow(row))));
}

/**
 * 低保金（差额，元/月）= (S − H ÷ n) × n, rounded half-up to 0.01 once; blank (`""`) when the household
 * is not a 低保 household — "not eligible" is not "eligible, ¥0"; `#N/A` when undecided.
 * @example =DIBAO_BENEFIT(3, 1500, 770, TRUE, TRUE) → 810
 */
export function DIBAO_BENEFIT(...row: Cell[]): CellValue {
  return guarded(() => benefitCell(answer(readRow(row))));
}

/** Rows as above → `[class]` per row. */
export function DIBAO_CLASS_RANGE(rows: unknown): CellValue[][] {
  return mapRows(rows, 1, (cells) => [classCell(answer(readRow(cells)))]);
}

/** Rows as above → `[低保金]` per row. */
export function DIBAO_BENEFIT_RANGE(rows: unknown): CellValue[][] {
  return mapRows(rows, 1, (cells) => [benefitCell(answer(readRow(cells)))]);
}

/** Rows as above → `[class, 低保金]` per row. */
export function DIBAO_HOUSEHOLD_RANGE(rows: unknown): CellValue[][] {
  return mapRows(rows, 2, (cells) => {
    const a = answer(readRow(cells));
    return [classCell(a), benefitCell(a)];
  });
}
