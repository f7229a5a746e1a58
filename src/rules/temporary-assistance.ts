/**
 * 临时救助（第14条）：急难型或支出型、救助金额与审批层级。
 */

import { type Dec, MONTHS_PER_YEAR, maxDec, money2, plain, roundHalfUp, ZERO } from '../core/money.js';
import type { RuleOptions } from '../core/options.js';
import { OPTIONS_PATH, readOnce } from '../core/read-once.js';
import { Tracer, type TraceStep } from '../core/trace.js';
import { parseInput } from '../schema/parse.js';
import { type Policy, policySchema } from '../schema/policy.js';
import {
  type TemporaryAssistanceCase,
  temporaryAssistanceCaseSchema,
} from '../schema/temporary-assistance.js';

const ARTICLE = '第14条';

/** A warning attached to a temporary-assistance result. */
export interface TemporaryAssistanceWarning {
  code: 'ILLUSTRATIVE_FIGURES' | 'CAPPED';
  article: string;
  message: string;
}

/** What `temporaryAssistance` returns. */
export interface TemporaryAssistanceResult {
  id?: string;
  /** eligible 给予救助 / notEligible 不予救助 / undetermined 缺少事实无法判断. */
  status: 'eligible' | 'notEligible' | 'undetermined';
  /** 急难型 emergency / 支出型 expenditure; null when it cannot be told. */
  type: 'emergency' | 'expenditure' | null;
  /** The monthly 低保 standard used (元/人·月). */
  standardPerMonth: string;
  /** 单次救助上限 (元/次); null when the local rule is not given. */
  capPerEvent: string | null;
  /** 救助金额 (元/次), only when eligible. */
  amountPerEvent: string | null;
  /** township 乡镇(街道)备用金审批 / county 县级民政部门审批; only when eligible. */
  approvingLevel: 'township' | 'county' | null;
  /** Why not eligible, when `status` is `notEligible`. */
  reason: string | null;
  missing: string[];
  warnings: TemporaryAssistanceWarning[];
  trace: TraceStep[];
}

const TYPE_BY_KIND = {
  suddenEvent: 'emergency',
  accidentalInjury: 'emergency',
  seriousIllness: 'emergency',
  essentialExpenditure: 'expenditure',
  other: null,
} as const;

/**
 * 临时救助：由事件判定急难型或支出型，按当地规则计算救助金额，并确定审批层级。
 *
 * - 类型：突发事件、意外伤害、重大疾病 → 急难型；生活必需支出突然增加超出承受能力 → 支出型；
 *   `event.type` 给出时以其为准；“其他特殊原因”须给出 `event.type`。
 * - 急难型金额 = 月低保标准 × 程度倍数 × 家庭人口；支出型金额 = (必需支出 − 家庭承受能力) × 救助比例，
 *   家庭承受能力 = max(0, 12 × (家庭月收入 − 家庭人口 × 月低保标准))；两者均不超过 上限倍数 × 月低保标准，
 *   金额四舍五入到分。
 * - 审批：金额 ≤ 乡镇(街道)审批上限（含本数）→ 乡镇(街道)从备用金审批发放；否则报县级民政部门审批。
 *
 * 所需事实缺失时 `status` 为 `undetermined` 并在 `missing` 中列出路径。`policy` 是 `assessHousehold` 的同一政策对象，
 * 读取 `dibaoStandardPerMonth` 与可选的 `temporaryAssistance` 规则块。
 * @see 第14条
 * @example temporaryAssistance({ area: 'urban', householdSize: 3, event: { kind: 'accidentalInjury', severity: 'serious', basicLivingInHardship: true } }, policy)
 */
export function temporaryAssistance(
  caseInput: TemporaryAssistanceCase,
  policyInput: Policy,
  options?: RuleOptions,
): TemporaryAssistanceResult {
  options = readOnce(options, OPTIONS_PATH);
  const c = parseInput(temporaryAssistanceCaseSchema, caseInput);
  const policy = parseInput(policySchema, policyInput);
  const t = new Tracer(options?.trace !== false);
  const missing: string[] = [];
  const warnings: TemporaryAssistanceWarning[] = [];
  const s = policy.dibaoStandardPerMonth[c.area];
  const n = c.householdSize;
  const rules = policy.temporaryAssistance;

  t.step(
    'temporaryAssistance.standard',
    ARTICLE,
    { area: c.area, householdSize: n },
    money2(s),
    '按家庭适用的当地月低保标准计算临时救助',
  );

  // 1. 类型
  const derived = TYPE_BY_KIND[c.event.kind];
  const type = c.event.type ?? derived;
  t.step(
    'temporaryAssistance.type',
    ARTICLE,
    { kind: c.event.kind, declaredType: c.event.type ?? null },
    type,
    c.event.type !== undefined
      ? '按申报的救助类型确定急难型或支出型'
      : type === null
        ? '其他特殊原因须申报救助类型'
        : type === 'emergency'
          ? '突发事件、意外伤害、重大疾病属急难型'
          : '生活必需支出突增超出承受能力属支出型',
  );
  if (type === null) missing.push('event.type');

  // 2. 基本生活是否陷入困境
  const hardship = c.event.basicLivingInHardship;
  t.step(
    'temporaryAssistance.hardship',
    ARTICLE,
    { basicLivingInHardship: hardship ?? null },
    hardship ?? null,
    '须基本生活陷入困境且其他救助暂时无法覆盖或救助后仍有严重困难',
  );
  if (hardship === undefined) missing.push('event.basicLivingInHardship');

  // 3. 当地规则
  let cap: Dec | null = null;
  if (rules === undefined) {
    missing.push('policy.temporaryAssistance');
  } else {
    if (rules.illustrative) {
      warnings.push({
        code: 'ILLUSTRATIVE_FIGURES',
        article: ARTICLE,
        message: `临时救助倍数、上限和审批额度为示例数字，并非吉林省公布的标准（来源：${rules.source}）`,
      });
    }
    cap = s.mul(rules.capMultiple);
    t.step(
      'temporaryAssistance.cap',
      ARTICLE,
      { capMultiple: plain(rules.capMultiple), standardPerMonth: plain(s), source: rules.source },
      money2(cap),
      '单次救助上限 = 上限倍数 × 月低保标准',
    );
  }

  // 4. 金额（未封顶）
  let raw: Dec | null = null;
  let reason: string | null = null;
  if (type === 'emergency') {
    const sev = c.event.severity;
    if (sev === undefined) missing.push('event.severity');
    if (sev !== undefined && rules !== undefined) {
      const m = rules.emergencyMultiples[sev];
      raw = s.mul(m).mul(n);
      t.step(
        'temporaryAssistance.emergencyAmount',
        ARTICLE,
        { severity: sev, multiple: plain(m), standardPerMonth: plain(s), householdSize: n },
        money2(raw),
        '急难型金额 = 月低保标准 × 程度倍数 × 家庭人口',
      );
    }
  } else if (type === 'expenditure') {
    const exp = c.event.essentialExpenditurePerYear;
    const income = c.householdIncomePerMonth;
    if (exp === undefined) missing.push('event.essentialExpenditurePerYear');
    if (income === undefined) missing.push('householdIncomePerMonth');
    if (exp !== undefined && income !== undefined) {
      const bearable = maxDec(ZERO, income.minus(s.mul(n)).mul(MONTHS_PER_YEAR));
      t.step(
        'temporaryAssistance.bearable',
        ARTICLE,
        { householdIncomePerMonth: plain(income), standardPerMonth: plain(s), householdSize: n },
        money2(bearable),
        '家庭年承受能力 = max(0, 12 × (家庭月收入 − 人口 × 月低保标准))',
      );
      const excess = exp.minus(bearable);
      t.step(
        'temporaryAssistance.excess',
        ARTICLE,
        { essentialExpenditurePerYear: plain(exp), bearablePerYear: plain(bearable) },
        money2(maxDec(ZERO, excess)),
        '超出家庭承受能力的必需支出 = 必需支出 − 承受能力',
      );
      if (excess.lte(0)) {
        reason = '生活必需支出未超出家庭承受能力';
      } else if (rules !== undefined) {
        raw = excess.mul(rules.expenditureRate);
        t.step(
          'temporaryAssistance.expenditureAmount',
          ARTICLE,
          { excessPerYear: plain(excess), expenditureRate: plain(rules.expenditureRate) },
          money2(raw),
          '支出型金额 = 超出承受能力的必需支出 × 救助比例',
        );
      }
    }
  }

  if (hardship === false) reason = '基本生活未陷入困境，不属于临时救助对象';

  const base = {
    ...(c.id !== undefined ? { id: c.id } : {}),
    type,
    standardPerMonth: money2(s),
    capPerEvent: cap === null ? null : money2(cap),
    warnings,
  };

  if (reason !== null) {
    t.step('temporaryAssistance.decision', ARTICLE, { reason }, 'notEligible', '不予临时救助');
    return {
      ...base,
      status: 'notEligible',
      amountPerEvent: null,
      approvingLevel: null,
      reason,
      missing: [],
      trace: t.steps,
    };
  }
  if (missing.length > 0 || raw === null || cap === null || rules === undefined) {
    t.step(
      'temporaryAssistance.decision',
      ARTICLE,
      { missing },
      'undetermined',
      '缺少必要事实或当地规则，无法确定临时救助',
    );
    return {
      ...base,
      status: 'undetermined',
      amountPerEvent: null,
      approvingLevel: null,
      reason: null,
      missing,
      trace: t.steps,
    };
  }

  let amount = raw;
  if (raw.gt(cap)) {
    amount = cap;
    warnings.push({
      code: 'CAPPED',
      article: ARTICLE,
      message: `计算金额 ${money2(raw)} 元超过单次上限，按上限 ${money2(cap)} 元发放`,
    });
  }
  amount = roundHalfUp(amount, 2);
  t.step(
    'temporaryAssistance.amount',
    ARTICLE,
    { computed: plain(raw), capPerEvent: plain(cap) },
    money2(amount),
    '救助金额取计算金额与单次上限中的较小者，四舍五入到分',
  );
  const limit = rules.townshipApprovalLimitPerEvent;
  const level = amount.lte(limit) ? 'township' : 'county';
  t.step(
    'temporaryAssistance.approvingLevel',
    ARTICLE,
    { amountPerEvent: plain(amount), townshipApprovalLimitPerEvent: plain(limit) },
    level,
    level === 'township'
      ? '金额在乡镇(街道)审批额度以内，由乡镇(街道)从备用金审批发放'
      : '金额超过乡镇(街道)审批额度，报县级民政部门审批',
  );
  return {
    ...base,
    status: 'eligible',
    amountPerEvent: money2(amount),
    approvingLevel: level,
    reason: null,
    missing: [],
    trace: t.steps,
  };
}
