/**
 * 低保金 (社会救助暂行办法第12条): paid monthly as the 差额 between the local standard and the household's
 * per-capita income, for each member not cancelled under 第11条, plus the 第10条 special grants.
 */
import { ceilTo, Dec, MONTHS_PER_YEAR, money2, roundHalfUp, ZERO } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import type { ClassBasis } from './classification.js';
import { moneyText, shown } from './display.js';

/**
 * How a 低保 amount is rounded (审核确认办法(2021)第23条 leaves the amount to local rules): to 0.01, 0.1 or 1
 * 元, half-up or up. The default is 0.01 half-up.
 * @see 最低生活保障审核确认办法(2021)第23条
 */
export interface BenefitRounding {
  unit: '0.01' | '0.1' | '1';
  mode: 'halfUp' | 'up';
}

/**
 * The default rounding of a 低保 amount: half-up to 0.01 元 (v1 exactly).
 * @see 社会救助暂行办法第12条
 */
export const DEFAULT_BENEFIT_ROUNDING: BenefitRounding = Object.freeze({ unit: '0.01', mode: 'halfUp' });

const UNIT_DECIMALS: Record<BenefitRounding['unit'], number> = { '0.01': 2, '0.1': 1, '1': 0 };

/**
 * An exact 低保 amount rounded once as the policy says (`benefitRounding`): half-up, or up to the next multiple
 * of the unit.
 * @see 最低生活保障审核确认办法(2021)第23条
 * @example roundBenefit(new Dec('799.4166'), { unit: '1', mode: 'up' }).toString() // '800'
 */
export function roundBenefit(exact: Dec, rounding: BenefitRounding): Dec {
  return rounding.mode === 'up'
    ? ceilTo(exact, new Dec(rounding.unit))
    : roundHalfUp(exact, UNIT_DECIMALS[rounding.unit]);
}

function roundingNote(rounding: BenefitRounding): string {
  const unit = rounding.unit === '0.01' ? '分' : rounding.unit === '0.1' ? '角' : '元';
  return rounding.mode === 'up' ? `向上取整到${unit}` : `四舍五入到${unit}`;
}

/**
 * The monthly 低保金 of a household, money strings with two decimals.
 * @see 社会救助暂行办法第12条
 */
export interface DibaoBenefit {
  basePerMonth: string;
  specialGrantsPerMonth: string;
  totalPerMonth: string;
}

/**
 * base = (S − I ÷ n) × (n − cancelled), computed exactly as (12·n·S − 12·I) × (n − cancelled) ÷ (12·n) and
 * rounded half-up to 0.01 once at the end (never from a rounded per-capita figure); specialGrants = Σ grants
 * of the members not cancelled, rounded once; total = base + specialGrants. `incomeTwelfths` = 12 × I of the
 * test that qualified (H, or A for 第6条, never below 0).
 * @see 社会救助暂行办法第12条
 * @see 第10条
 * @see 第11条
 * @example dibaoBenefit(new Dec('12000'), 2, new Dec('620'), 0, [ZERO, ZERO], t) // base (1240 − 1000) × 2 ÷ 2 = 240.00
 */
export function dibaoBenefit(
  incomeTwelfths: Dec,
  members: number,
  standardPerMonth: Dec,
  cancelled: number,
  grantsOfRemaining: readonly Dec[],
  t: Tracer,
  rounding: BenefitRounding = DEFAULT_BENEFIT_ROUNDING,
  article = '社会救助暂行办法第12条',
): DibaoBenefit {
  const yearlyLine = standardPerMonth.mul(members).mul(MONTHS_PER_YEAR);
  const gap = yearlyLine.sub(incomeTwelfths);
  const paid = members - cancelled;
  const baseExact = gap.isNeg() ? ZERO : gap.mul(paid).div(MONTHS_PER_YEAR.mul(members));
  const base = roundBenefit(baseExact, rounding);
  let grantsExact = ZERO;
  for (const g of grantsOfRemaining) if (!g.isZero()) grantsExact = grantsExact.add(g);
  const grants = roundBenefit(grantsExact, rounding);
  const total = base.add(grants);
  if (t.enabled) {
    t.step(
      'dibaoBenefit.base',
      article,
      {
        standardPerMonth: shown(standardPerMonth),
        incomePerMonth: shown(incomeTwelfths.div(MONTHS_PER_YEAR)),
        members,
        cancelledMembers: cancelled,
        exact: shown(baseExact),
      },
      money2(base),
      `差额 = (${shown(standardPerMonth)} − ${shown(incomeTwelfths.div(MONTHS_PER_YEAR))} ÷ ${members}) × ${paid}人，精确计算后${roundingNote(rounding)}`,
    );
    t.step(
      'dibaoBenefit.specialGrants',
      '第10条',
      { grants: grantsOfRemaining.map(shown), exact: shown(grantsExact) },
      money2(grants),
      `未被取消待遇成员的特殊对象增发补助金之和，${roundingNote(rounding)}`,
    );
    t.step(
      'dibaoBenefit.total',
      '社会救助暂行办法第12条',
      { basePerMonth: money2(base), specialGrantsPerMonth: money2(grants) },
      money2(total),
      '每月低保金 = 差额 + 增发补助金',
    );
  }
  return {
    basePerMonth: moneyText(base),
    specialGrantsPerMonth: moneyText(grants),
    totalPerMonth: moneyText(total),
  };
}

/**
 * What {@link householdBenefit} needs from the other rules.
 * @see 社会救助暂行办法第12条
 */
export interface HouseholdBenefitInput {
  householdClass: 'dibao' | 'lowIncome' | 'none' | 'undetermined';
  basis: ClassBasis | null;
  /** 12 × H when known exactly. */
  incomeTwelfths: Dec | null;
  /** 12 × max(A, 0) when the 第6条 test ran and H is known. */
  afterMedicalTwelfths: Dec | null;
  members: number;
  standardPerMonth: Dec;
  /** Per member: cancelled under 第11条 (null = unknown). */
  cancelled: ReadonlyArray<boolean | null>;
  /** Per member: exact 第10条 grant. */
  grants: readonly Dec[];
  /** Paths that leave the 差额 open (income facts). */
  incomeMissing: readonly string[];
  /** `policy.benefitRounding` (default 0.01 half-up). */
  rounding?: BenefitRounding;
}

/**
 * The household's 低保金, or `null` when the household is not (or not known to be) 低保, or when an unknown
 * fact (exact income, a member's cancellation) leaves the amount open — then `missing` says which. Uses
 * the income of the test that qualified (`basis`).
 * @see 社会救助暂行办法第12条
 * @see 第10条
 * @see 第11条
 */
export function householdBenefit(
  input: HouseholdBenefitInput,
  t: Tracer,
): { benefit: DibaoBenefit | null; missing: string[] } {
  if (input.householdClass !== 'dibao') return { benefit: null, missing: [] };
  const income = input.basis === 'illnessExpenditure' ? input.afterMedicalTwelfths : input.incomeTwelfths;
  if (income === null || input.basis === null) {
    traceBenefitOpen(t);
    return { benefit: null, missing: [...input.incomeMissing] };
  }
  let cancelled = 0;
  const remaining: Dec[] = [];
  for (let i = 0; i < input.cancelled.length; i++) {
    const c = input.cancelled[i];
    if (c === null) return { benefit: null, missing: [] };
    if (c) cancelled++;
    else remaining.push(input.grants[i] as Dec);
  }
  return {
    benefit: dibaoBenefit(
      income,
      input.members,
      input.standardPerMonth,
      cancelled,
      remaining,
      t,
      input.rounding ?? DEFAULT_BENEFIT_ROUNDING,
    ),
    missing: [],
  };
}

/**
 * The trace step of a 低保 household whose income is not known exactly: the 差额 cannot be computed.
 * @see 社会救助暂行办法第12条
 */
export function traceBenefitOpen(t: Tracer): void {
  if (t.enabled)
    t.step(
      'dibaoBenefit.base',
      '社会救助暂行办法第12条',
      { householdIncomePerMonth: null },
      null,
      '家庭收入未精确确定，低保金无法计算',
    );
}
