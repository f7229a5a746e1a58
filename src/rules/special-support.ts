/**
 * 第12条 建立特困人员供养标准动态调整机制：基本生活标准不低于当地上年度城乡低保标准的1.3倍；照料护理标准对
 * 完全丧失、部分丧失生活自理能力和完全有生活自理能力的人员，分别不低于当地上年度最低工资标准的30%、20%、10%。
 */
import { DibaoInputError } from '../core/errors.js';
import { ceilTo, type Dec, money2, plain, toDec } from '../core/money.js';
import type { RuleOptions } from '../core/options.js';
import { OPTIONS_PATH, readOnce } from '../core/read-once.js';
import { Tracer, type TraceStep } from '../core/trace.js';
import { parseInput } from '../schema/parse.js';
import {
  type AdlItem,
  type SelfCareAbility,
  type SpecialSupportInput,
  specialSupportInputSchema,
} from '../schema/special-support.js';
import { assessAdl } from './self-care.js';
import type { RuleViolation } from './violation.js';

const ARTICLE = '第12条';
const LEVELS: readonly SelfCareAbility[] = ['able', 'partiallyLost', 'fullyLost'];
const LEVEL_NAMES: Record<SelfCareAbility, string> = {
  able: '具备生活自理能力',
  partiallyLost: '部分丧失生活自理能力',
  fullyLost: '完全丧失生活自理能力',
};

/** 第12条 minimum multiple of the prior-year 低保 standard. */
export const MINIMUM_BASIC_LIVING_MULTIPLIER = '1.3';
/** 第12条 minimum care rates (share of the prior-year minimum wage). */
export const MINIMUM_CARE_RATES: Readonly<Record<SelfCareAbility, string>> = {
  able: '0.10',
  partiallyLost: '0.20',
  fullyLost: '0.30',
};

const MIN_MULTIPLIER: Dec = toDec(MINIMUM_BASIC_LIVING_MULTIPLIER);
const MIN_RATES: Record<SelfCareAbility, Dec> = {
  able: toDec(MINIMUM_CARE_RATES.able),
  partiallyLost: toDec(MINIMUM_CARE_RATES.partiallyLost),
  fullyLost: toDec(MINIMUM_CARE_RATES.fullyLost),
};

/** Violation codes of 第12条. */
export type SpecialSupportViolationCode = 'BASIC_MULTIPLIER_BELOW_MINIMUM' | 'CARE_RATE_BELOW_MINIMUM';
/** A 第12条 violation `{ code, article, message }` (plus `messageEn`, `path`). */
export type SpecialSupportViolation = RuleViolation<SpecialSupportViolationCode>;

/** Result of {@link specialSupport}. */
export interface SpecialSupportResult {
  /** Given, or derived from `adl`; `null` when unknown. */
  selfCareAbility: SelfCareAbility | null;
  /** Addition: where `selfCareAbility` came from. */
  selfCareAbilitySource: 'given' | 'adl' | null;
  /** Addition: the ADL items failed and not assessed, when `adl` was given. */
  adl: { failedItems: AdlItem[]; unknownItems: AdlItem[] } | null;
  /** ceilTo(multiplier × priorYearDibaoStandard, unit). */
  basicLivingPerMonth: string;
  /** ceilTo(rate[selfCareAbility] × priorYearMinimumWage, unit); `null` when the ability is unknown. */
  carePerMonth: string | null;
  /** basic + care; `null` when care is unknown. */
  totalPerMonth: string | null;
  /** Addition: the care standard of every ability level (the locality's full schedule). */
  carePerMonthByAbility: Record<SelfCareAbility, string>;
  /** Addition: the parameters applied (defaults filled in), as plain decimals. */
  parameters: {
    basicLivingMultiplier: string;
    careRates: Record<SelfCareAbility, string>;
    roundingUnit: string;
  };
  /** JSON paths of the facts needed for the unknown figures (`selfCareAbility`, `adl.bathing`). */
  missing: string[];
  violations: SpecialSupportViolation[];
  trace: TraceStep[];
}

/**
 * 特困人员供养标准：基本生活标准与照料护理标准。
 * Basic living = ceilTo(multiplier × last year's local 低保 standard, unit) with multiplier ≥ 1.3 (default 1.3);
 * care = ceilTo(rate × last year's minimum wage, unit) with rates ≥ 10/20/30% (default exactly those) for
 * able / partially lost / fully lost self-care ability. Values above the minimums are accepted (a locality
 * may pay 1.6× and 10/25/40%); values below are computed anyway and reported as violations. The ability is
 * given, or derived from the six ADL items; when neither settles it, care and total are `null` and `missing`
 * names what is needed.
 *
 * @see 第12条
 * @see 特困人员认定办法(2021)第22条
 * @throws DibaoInputError for invalid input, or `selfCareAbility` that contradicts `adl` (code `inconsistent`).
 * @example
 * specialSupport({ priorYearDibaoStandardPerMonth: '600', priorYearMinimumWagePerMonth: '1640', selfCareAbility: 'partiallyLost' });
 * // basicLivingPerMonth "780.00", carePerMonth "328.00", totalPerMonth "1108.00"
 */
export function specialSupport(input: SpecialSupportInput, options?: RuleOptions): SpecialSupportResult {
  options = readOnce(options, OPTIONS_PATH);
  const p = parseInput(specialSupportInputSchema, input);
  const t = new Tracer(options?.trace ?? true);
  const S = p.priorYearDibaoStandardPerMonth;
  const W = p.priorYearMinimumWagePerMonth;
  const unit = p.roundingUnit ?? toDec('1');

  // ── Self-care ability: given, or from the six ADL items ────────────────
  const assessment = p.adl === undefined ? null : assessAdl(p.adl, t);
  if (assessment !== null && p.selfCareAbility !== undefined) {
    if (!assessment.possible.includes(p.selfCareAbility)) {
      const derived = assessment.possible.map((l) => LEVEL_NAMES[l]).join('或');
      throw new DibaoInputError([
        {
          path: 'selfCareAbility',
          code: 'inconsistent',
          message: `生活自理能力 "${p.selfCareAbility}" 与 adl 六项评估结果（${assessment.failedItems.length} 项不能达到，应为${derived}）不一致`,
          messageEn: `selfCareAbility "${p.selfCareAbility}" contradicts adl (${assessment.failedItems.length} item(s) failed: ${assessment.possible.join(' or ')})`,
        },
      ]);
    }
  }
  const ability: SelfCareAbility | null = p.selfCareAbility ?? assessment?.selfCareAbility ?? null;
  const source: SpecialSupportResult['selfCareAbilitySource'] =
    p.selfCareAbility !== undefined ? 'given' : ability !== null ? 'adl' : null;
  const missing: string[] =
    ability !== null ? [] : assessment !== null ? [...assessment.missing] : ['selfCareAbility'];
  t.step(
    'specialSupport.selfCareAbility',
    ARTICLE,
    {
      selfCareAbility: p.selfCareAbility ?? null,
      adlLevel: assessment === null ? null : assessment.selfCareAbility,
    },
    ability,
    ability === null
      ? '生活自理能力未知，照料护理标准待定'
      : source === 'given'
        ? `按给定的生活自理能力：${LEVEL_NAMES[ability]}`
        : `按六项指标评估：${LEVEL_NAMES[ability]}`,
  );

  t.step(
    'specialSupport.roundingUnit',
    ARTICLE,
    { roundingUnit: p.roundingUnit === undefined ? null : plain(p.roundingUnit) },
    plain(unit),
    p.roundingUnit === undefined ? '未给出取整单位，按整元（1元）向上取整' : '按给定的取整单位向上取整',
  );

  // ── Basic living standard ───────────────────────────────────────────────
  const violations: SpecialSupportViolation[] = [];
  const multiplier = p.basicLivingMultiplier ?? MIN_MULTIPLIER;
  if (multiplier.lt(MIN_MULTIPLIER)) {
    violations.push({
      code: 'BASIC_MULTIPLIER_BELOW_MINIMUM',
      article: ARTICLE,
      message: `基本生活标准倍数 ${plain(multiplier)} 低于第12条规定的上年度低保标准的1.3倍`,
      messageEn: `the basic-living multiplier ${plain(multiplier)} is below the 1.3 × prior-year dibao standard of 第12条`,
      path: 'basicLivingMultiplier',
    });
  }
  const basic = ceilTo(multiplier.mul(S), unit);
  t.step(
    'specialSupport.basicLiving',
    ARTICLE,
    {
      basicLivingMultiplier: plain(multiplier),
      minimumMultiplier: MINIMUM_BASIC_LIVING_MULTIPLIER,
      priorYearDibaoStandardPerMonth: plain(S),
      roundingUnit: plain(unit),
    },
    money2(basic),
    multiplier.lt(MIN_MULTIPLIER)
      ? '基本生活标准 = 倍数 × 上年度低保标准（倍数低于1.3，违反第12条）'
      : '基本生活标准按不低于上年度低保标准的1.3倍确定，向上取整',
  );

  // ── Care standard of every level, then the person's ────────────────────
  const rates: Record<SelfCareAbility, Dec> = {
    able: p.careRates?.able ?? MIN_RATES.able,
    partiallyLost: p.careRates?.partiallyLost ?? MIN_RATES.partiallyLost,
    fullyLost: p.careRates?.fullyLost ?? MIN_RATES.fullyLost,
  };
  const careBy = {} as Record<SelfCareAbility, Dec>;
  for (const level of LEVELS) {
    const rate = rates[level];
    const below = rate.lt(MIN_RATES[level]);
    if (below) {
      violations.push({
        code: 'CARE_RATE_BELOW_MINIMUM',
        article: ARTICLE,
        message: `${LEVEL_NAMES[level]}人员的照料护理比例 ${plain(rate)} 低于第12条规定的上年度最低工资标准的 ${plain(MIN_RATES[level].mul(100))}%`,
        messageEn: `the care rate ${plain(rate)} for ${level} is below the 第12条 minimum of ${plain(MIN_RATES[level].mul(100))}% of the prior-year minimum wage`,
        path: `careRates.${level}`,
      });
    }
    careBy[level] = ceilTo(rate.mul(W), unit);
    t.step(
      `specialSupport.careRate.${level}`,
      ARTICLE,
      {
        rate: plain(rate),
        minimumRate: MINIMUM_CARE_RATES[level],
        priorYearMinimumWagePerMonth: plain(W),
        roundingUnit: plain(unit),
      },
      money2(careBy[level]),
      below
        ? `${LEVEL_NAMES[level]}：照料护理比例低于第12条最低比例，仍按给定比例计算`
        : `${LEVEL_NAMES[level]}：照料护理标准按上年度最低工资标准的该比例确定，向上取整`,
    );
  }

  const care = ability === null ? null : careBy[ability];
  t.step(
    'specialSupport.care',
    ARTICLE,
    {
      selfCareAbility: ability,
      rate: ability === null ? null : plain(rates[ability]),
      priorYearMinimumWagePerMonth: plain(W),
    },
    care === null ? null : money2(care),
    ability === null
      ? '生活自理能力未知，照料护理标准无法确定'
      : `${LEVEL_NAMES[ability]}，照料护理标准按上年度最低工资标准的${plain(rates[ability].mul(100))}%确定`,
  );

  const total = care === null ? null : basic.plus(care);
  t.step(
    'specialSupport.total',
    ARTICLE,
    { basicLivingPerMonth: money2(basic), carePerMonth: care === null ? null : money2(care) },
    total === null ? null : money2(total),
    total === null ? '照料护理标准未知，合计待定' : '供养标准合计 = 基本生活标准 + 照料护理标准',
  );

  return {
    selfCareAbility: ability,
    selfCareAbilitySource: source,
    adl:
      assessment === null
        ? null
        : { failedItems: assessment.failedItems, unknownItems: assessment.unknownItems },
    basicLivingPerMonth: money2(basic),
    carePerMonth: care === null ? null : money2(care),
    totalPerMonth: total === null ? null : money2(total),
    carePerMonthByAbility: {
      able: money2(careBy.able),
      partiallyLost: money2(careBy.partiallyLost),
      fullyLost: money2(careBy.fullyLost),
    },
    parameters: {
      basicLivingMultiplier: plain(multiplier),
      careRates: {
        able: plain(rates.able),
        partiallyLost: plain(rates.partiallyLost),
        fullyLost: plain(rates.fullyLost),
      },
      roundingUnit: plain(unit),
    },
    missing,
    violations,
    trace: t.steps,
  };
}
