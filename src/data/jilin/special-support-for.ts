/**
 * 第12条 from the pack: 特困人员 support standards of a region for year Y from the local 低保 standard and the
 * minimum wage of the previous year (上年度, Y−1). "上年度" counts the value in force on 31 December of Y−1 by
 * default (the last value of that year, the one known when Y's standards are set); the other year rules are
 * selectable ({@link YearValueRule}).
 */

import * as z from 'zod/mini';
import { DibaoInputError, excerpt } from '../../core/errors.js';
import { plain } from '../../core/money.js';
import type { RuleOptions } from '../../core/options.js';
import { readOnceArgs } from '../../core/read-once.js';
import { Tracer, type TraceStep } from '../../core/trace.js';
import { type SpecialSupportResult, specialSupport } from '../../rules/special-support.js';
import { money } from '../../schema/common.js';
import { parseInput } from '../../schema/parse.js';
import type { AdlAssessment, SelfCareAbility, SpecialSupportInput } from '../../schema/special-support.js';
import { combineMissing, missingValueCollector } from './data-error.js';
import type { InputOrigin } from './dibao-standards-for.js';
import type { StandardArea } from './guidance.js';
import { localStandardForYear } from './local-standards.js';
import { requireRegion, requireYear } from './lookup-args.js';
import { minimumWageForYear } from './minimum-wage.js';
import { regionLabel } from './regions.js';
import { cite } from './source.js';
import { YEAR_VALUE_RULE_ZH, type YearValueRule } from './year-value.js';

const ARTICLE = '第12条';

/** `options.supplied`, strict so that a misspelt key is an error rather than a silently used pack value. */
const suppliedSchema = z.strictObject({
  options: z.strictObject({
    supplied: z.optional(
      z.strictObject({
        priorYearDibaoStandardPerMonth: z.optional(money()), // 当地上年度低保标准（元/人·月），替代数据包的值
        priorYearMinimumWagePerMonth: z.optional(money()), // 当地上年度月最低工资标准（元/月），替代数据包的值
      }),
    ),
  }),
});
type Money = string | number;

/** Options of {@link specialSupportFor}. */
export interface SpecialSupportForOptions extends RuleOptions {
  /** Which value of Y−1 counts as 上年度 (default `inForceOn31December`), for the standard and the wage. */
  yearRule?: YearValueRule;
  /** Values that replace or fill the pack's. */
  supplied?: { priorYearDibaoStandardPerMonth?: Money; priorYearMinimumWagePerMonth?: Money };
  /** The six ADL items instead of (or to check) `ability`. */
  adl?: AdlAssessment;
  basicLivingMultiplier?: Money;
  careRates?: SpecialSupportInput['careRates'];
  roundingUnit?: Money;
}

/** `specialSupport` result plus the region, the assembled input and the origin of each input. */
export interface SpecialSupportForResult extends SpecialSupportResult {
  regionCode: string;
  regionName: string;
  year: number;
  area: StandardArea;
  input: SpecialSupportInput;
  origins: { priorYearDibaoStandardPerMonth: InputOrigin; priorYearMinimumWagePerMonth: InputOrigin };
}

/**
 * 特困人员基本生活标准与照料护理标准 of a Jilin region for year Y: 1.3 × the Y−1 local 低保 standard (urban or
 * rural, as the person's) and 10/20/30% of the Y−1 minimum wage, by {@link specialSupport}.
 * `ability` `null` leaves care unknown (or derives it from `options.adl`).
 * @see 第12条
 * @example specialSupportFor('220100', 2019, 'urban', 'partiallyLost').totalPerMonth // '1162.00'
 */
export function specialSupportFor(
  regionCode: string,
  year: number,
  area: StandardArea,
  ability: SelfCareAbility | null,
  options?: SpecialSupportForOptions,
): SpecialSupportForResult {
  [regionCode, year, area, ability, options] = readOnceArgs(
    ['regionCode', 'year', 'area', 'ability', 'options'],
    regionCode,
    year,
    area,
    ability,
    options,
  );
  const y = requireYear(year);
  const { region, formerCode, district } = requireRegion(regionCode, String(y));
  if (area !== 'urban' && area !== 'rural') {
    throw new DibaoInputError([
      {
        path: 'area',
        code: 'invalid_enum',
        message: `城乡属性须为 "urban" 或 "rural"，收到 ${excerpt(area)}`,
        messageEn: `area must be "urban" or "rural", got ${excerpt(area)}`,
      },
    ]);
  }
  const prior = y - 1;
  const rule = options?.yearRule ?? 'inForceOn31December';
  const given =
    parseInput(suppliedSchema, {
      options: options?.supplied === undefined ? {} : { supplied: options.supplied },
    }).options.supplied ?? {};
  const t = new Tracer(options?.trace ?? true);
  const { errors, attempt } = missingValueCollector();

  let standard: InputOrigin | undefined;
  if (given.priorYearDibaoStandardPerMonth !== undefined) {
    standard = { value: plain(given.priorYearDibaoStandardPerMonth), from: 'caller', period: String(prior) };
  } else {
    const s = attempt(() =>
      localStandardForYear(region.code, prior, area, {
        rule,
        supplyAs: 'options.supplied.priorYearDibaoStandardPerMonth',
      }),
    );
    if (s) {
      const refs = [...new Set(s.segments.map((x) => `${cite(x.value.ref)}；${x.value.conversion}`))].join(
        ' | ',
      );
      standard = { value: s.perMonthExact, from: 'pack', source: refs, period: String(prior) };
    }
  }
  let wage: InputOrigin | undefined;
  let tier: number | null = null;
  if (given.priorYearMinimumWagePerMonth !== undefined) {
    wage = { value: plain(given.priorYearMinimumWagePerMonth), from: 'caller', period: String(prior) };
  } else {
    const w = attempt(() =>
      minimumWageForYear(region.code, prior, {
        rule,
        supplyAs: 'options.supplied.priorYearMinimumWagePerMonth',
      }),
    );
    if (w) {
      tier = w.chosen?.tier ?? null;
      const refs = [...new Set(w.segments.map((x) => cite(x.value.ref)))].join(' | ');
      wage = { value: w.perMonthExact, from: 'pack', source: refs, period: String(prior) };
    }
  }
  if (errors.length > 0 || !standard || !wage) {
    throw combineMissing(errors);
  }

  const areaZh = area === 'urban' ? '城市' : '农村';
  t.step(
    'data.region',
    ARTICLE,
    { regionCode, year: y, priorYear: prior, area },
    regionLabel(region),
    formerCode
      ? `旧代码${formerCode.code}指同一单位：${formerCode.note}`
      : district
        ? `${district.name}(${district.code})属${region.name}市区，适用其数值`
        : `当地为${region.name}；上年度为${prior}年`,
  );
  t.step(
    'data.priorYearDibaoStandard',
    ARTICLE,
    {
      period: standard.period,
      from: standard.from,
      source: standard.source ?? null,
      rule: standard.from === 'pack' ? rule : null,
    },
    standard.value,
    standard.from === 'pack'
      ? `上年度${areaZh}低保标准取自数据包，${YEAR_VALUE_RULE_ZH[rule]}`
      : `上年度${areaZh}低保标准由调用方提供`,
  );
  t.step(
    'data.priorYearMinimumWage',
    ARTICLE,
    {
      period: wage.period,
      from: wage.from,
      source: wage.source ?? null,
      rule: wage.from === 'pack' ? rule : null,
      tier,
    },
    wage.value,
    wage.from === 'pack'
      ? `上年度最低工资标准取自数据包，${YEAR_VALUE_RULE_ZH[rule]}`
      : '上年度最低工资标准由调用方提供',
  );

  const input: SpecialSupportInput = {
    priorYearDibaoStandardPerMonth: standard.value,
    priorYearMinimumWagePerMonth: wage.value,
    ...(ability === null ? {} : { selfCareAbility: ability }),
    ...(options?.adl === undefined ? {} : { adl: options.adl }),
    ...(options?.basicLivingMultiplier === undefined
      ? {}
      : { basicLivingMultiplier: options.basicLivingMultiplier }),
    ...(options?.careRates === undefined ? {} : { careRates: options.careRates }),
    ...(options?.roundingUnit === undefined ? {} : { roundingUnit: options.roundingUnit }),
  };
  const result = specialSupport(input, options?.trace === undefined ? {} : { trace: options.trace });
  const trace: TraceStep[] = t.enabled ? [...t.steps, ...result.trace] : [];
  return {
    ...result,
    regionCode: region.code,
    regionName: region.name,
    year: y,
    area,
    input,
    origins: { priorYearDibaoStandardPerMonth: standard, priorYearMinimumWagePerMonth: wage },
    trace,
  };
}
