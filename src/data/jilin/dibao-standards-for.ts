/**
 * 第4条 from the pack: the §4.1 input of a region and year assembled from the pack's Y−2 values plus what
 * the caller supplies, then `dibaoStandards`. The trace first shows where every input came from (the pack,
 * with its source, or the caller), then the rule's own steps.
 */
import * as z from 'zod/mini';
import { plain } from '../../core/money.js';
import type { RuleOptions } from '../../core/options.js';
import { readOnceArgs } from '../../core/read-once.js';
import { Tracer, type TraceStep } from '../../core/trace.js';
import { type DibaoStandardsResult, dibaoStandards } from '../../rules/dibao-standard.js';
import { money, positiveMoney, wholeNumber } from '../../schema/common.js';
import type { DibaoStandardsInput } from '../../schema/dibao-standards.js';
import { parseInput } from '../../schema/parse.js';
import { combineMissing, missingValueCollector } from './data-error.js';
import { provincialGuidanceFor, type StandardArea } from './guidance.js';
import { requireRegion, requireYear } from './lookup-args.js';
import { minimumWageForYear } from './minimum-wage.js';
import { regionLabel } from './regions.js';
import { cite } from './source.js';
import { disposableIncomeFor, povertyLineOrThrow } from './statistics.js';
import { YEAR_VALUE_RULE_ZH, YEAR_VALUE_RULES, type YearValueRule } from './year-value.js';

const ARTICLE = '第4条';

const suppliedSchema = z.strictObject({
  // 调用方提供的数值：补充数据包缺少的统计数据，或替代数据包的值
  supplied: z.optional(
    z.strictObject({
      urbanDisposableIncomePerYear: z.optional(positiveMoney()), // 当地上上年度城市居民人均可支配收入，元/年（数据包缺少时提供）
      ruralDisposableIncomePerYear: z.optional(money()), // 当地上上年度农村居民人均可支配收入，元/年
      minimumWagePerMonth: z.optional(money()), // 当地上上年度月最低工资标准，元/月（提供则替代数据包的值）
      povertyLinePerYear: z.optional(money()), // 国家现行扶贫标准，元/人·年
      // 省指导标准（补充数据包缺少的项）；null 表示不适用指导标准
      provincialGuidance: z.optional(
        z.nullable(
          z.strictObject({
            urbanPerMonth: z.optional(money()), // 省城市低保最低指导标准，元/人·月
            ruralPerMonth: z.optional(money()), // 省农村低保最低指导标准，元/人·月
          }),
        ),
      ),
      // 待核查的当地低保标准
      proposed: z.optional(
        z.strictObject({
          urbanPerMonth: z.optional(money()), // 待核查的城市低保标准，元/人·月
          ruralPerMonth: z.optional(money()), // 待核查的农村低保标准，元/人·月
        }),
      ),
      roundingUnit: z.optional(positiveMoney()), // 标准的取整单位，元（默认 "1"）
    }),
  ),
  minimumWageRule: z.optional(z.enum(YEAR_VALUE_RULES as [YearValueRule, ...YearValueRule[]])),
  povertyLineYear: z.optional(wholeNumber(1900, 2200)), // 扶贫标准取哪一年的数值（默认 Y−2）
});

type Money = string | number;

/** What a caller may supply: statistics the pack lacks, or values that replace the pack's. */
export interface DibaoStandardsSupplied {
  urbanDisposableIncomePerYear?: Money;
  ruralDisposableIncomePerYear?: Money;
  minimumWagePerMonth?: Money;
  povertyLinePerYear?: Money;
  /** Fills the guidance the pack lacks (either part); `null` computes without guidance. */
  provincialGuidance?: { urbanPerMonth?: Money; ruralPerMonth?: Money } | null;
  proposed?: { urbanPerMonth?: Money; ruralPerMonth?: Money };
  roundingUnit?: Money;
}

/** Options of {@link dibaoStandardsFor}. */
export interface DibaoStandardsForOptions extends RuleOptions {
  /** Which minimum wage counts for Y−2 (default `inForceOn31December`). */
  minimumWageRule?: YearValueRule;
  /** The year whose 国家扶贫标准 is "现行" for Y (default Y−2, like the other statistics). */
  povertyLineYear?: number;
}

/** Where one input came from. */
export interface InputOrigin {
  /** The value handed to `dibaoStandards`. */
  value: string;
  from: 'pack' | 'caller';
  /** The pack's citation (absent when from the caller). */
  source?: string;
  /** The year or date of the value. */
  period: string;
}

/** `dibaoStandards` result plus the region, the assembled input and the origin of each input. */
export interface DibaoStandardsForResult extends DibaoStandardsResult {
  regionCode: string;
  regionName: string;
  /** The §4.1 input that was assembled. */
  input: DibaoStandardsInput;
  /** Where each statistic came from (guidance `null` when not applied). */
  origins: {
    urbanDisposableIncomePerYear: InputOrigin;
    ruralDisposableIncomePerYear: InputOrigin;
    minimumWagePerMonth: InputOrigin;
    povertyLinePerYear: InputOrigin;
    provincialGuidance: { urbanPerMonth: InputOrigin; ruralPerMonth: InputOrigin } | null;
  };
}

function caller(value: string, period: string): InputOrigin {
  return { value, from: 'caller', period };
}

/**
 * 第4条 for a Jilin region and year Y: urban and rural disposable income and the minimum wage of Y−2
 * (上上年度) and the poverty line from the pack (or `supplied`), the provincial guidance of Y, then
 * {@link dibaoStandards}. A value in `supplied` replaces the pack's (the trace says so); a value neither
 * has throws one {@link DibaoDataError} naming every missing value and its `supplied` key.
 * @see 第4条
 * @example dibaoStandardsFor('220100', 2022, { povertyLinePerYear: '4000' }).urban.capPerMonth // '712.00'
 */
export function dibaoStandardsFor(
  regionCode: string,
  year: number,
  supplied?: DibaoStandardsSupplied,
  options?: DibaoStandardsForOptions,
): DibaoStandardsForResult {
  [regionCode, year, supplied, options] = readOnceArgs(
    ['regionCode', 'year', 'supplied', 'options'],
    regionCode,
    year,
    supplied,
    options,
  );
  const y = requireYear(year);
  const { region, formerCode, district } = requireRegion(regionCode, String(y));
  const parsed = parseInput(suppliedSchema, {
    ...(supplied === undefined ? {} : { supplied }),
    ...(options?.minimumWageRule === undefined ? {} : { minimumWageRule: options.minimumWageRule }),
    ...(options?.povertyLineYear === undefined ? {} : { povertyLineYear: options.povertyLineYear }),
  });
  const s = parsed.supplied ?? {};
  const dataYear = y - 2;
  const wageRule = parsed.minimumWageRule ?? 'inForceOn31December';
  const lineYear = parsed.povertyLineYear ?? dataYear;
  const t = new Tracer(options?.trace ?? true);
  const { errors, attempt } = missingValueCollector();

  t.step(
    'data.region',
    ARTICLE,
    { regionCode, year: y, dataYear },
    regionLabel(region),
    formerCode
      ? `旧代码${formerCode.code}指同一单位：${formerCode.note}`
      : district
        ? `${district.name}(${district.code})属${region.name}市区，适用其数值`
        : `当地为${region.name}；统计数据取上上年度（${dataYear}年）`,
  );

  // Disposable incomes of Y−2.
  const income = (area: StandardArea): InputOrigin | undefined => {
    const key = area === 'urban' ? 'urbanDisposableIncomePerYear' : 'ruralDisposableIncomePerYear';
    const given = s[key];
    if (given !== undefined) return caller(plain(given), String(dataYear));
    const f = attempt(() => disposableIncomeFor(region.code, dataYear, area));
    if (!f) return undefined;
    return { value: f.published, from: 'pack', source: cite(f.ref), period: String(dataYear) };
  };
  const urbanIncome = income('urban');
  const ruralIncome = income('rural');

  // Minimum wage of Y−2.
  let wage: InputOrigin | undefined;
  let wageTier: number | null = null;
  if (s.minimumWagePerMonth !== undefined) wage = caller(plain(s.minimumWagePerMonth), String(dataYear));
  else {
    const w = attempt(() => minimumWageForYear(region.code, dataYear, { rule: wageRule }));
    if (w) {
      wageTier = w.chosen?.tier ?? null;
      const refs = [...new Set(w.segments.map((x) => cite(x.value.ref)))].join(' | ');
      wage = { value: w.perMonthExact, from: 'pack', source: refs, period: String(dataYear) };
    }
  }

  // Poverty line.
  let line: InputOrigin | undefined;
  if (s.povertyLinePerYear !== undefined) line = caller(plain(s.povertyLinePerYear), String(lineYear));
  else {
    const l = attempt(() => povertyLineOrThrow(lineYear, region.code, region.name));
    if (l) line = { value: l.perYear, from: 'pack', source: cite(l.ref), period: String(lineYear) };
  }

  // Provincial guidance of Y.
  let guidance: { urbanPerMonth: InputOrigin; ruralPerMonth: InputOrigin } | null = null;
  if (s.provincialGuidance !== null) {
    const part = (area: StandardArea): InputOrigin | undefined => {
      const given =
        area === 'urban' ? s.provincialGuidance?.urbanPerMonth : s.provincialGuidance?.ruralPerMonth;
      if (given !== undefined) return caller(plain(given), String(y));
      const g = attempt(() => provincialGuidanceFor(region.code, y, area));
      if (!g) return undefined;
      return {
        value: g.published.value,
        from: 'pack',
        source: `${cite(g.ref)}（第${g.tier}档/共${g.tierCount}档）`,
        period: String(y),
      };
    };
    const u = part('urban');
    const r = part('rural');
    if (u && r) guidance = { urbanPerMonth: u, ruralPerMonth: r };
  }

  if (errors.length > 0 || !urbanIncome || !ruralIncome || !wage || !line) throw combineMissing(errors);

  const step = (
    rule: string,
    name: string,
    o: InputOrigin,
    extra: Record<string, string | number | null> = {},
  ) =>
    t.step(
      rule,
      ARTICLE,
      { period: o.period, from: o.from, source: o.source ?? null, ...extra },
      o.value,
      o.from === 'pack' ? `${name}取自数据包` : `${name}由调用方提供`,
    );
  if (t.enabled) {
    step(
      'data.urbanDisposableIncome',
      `${region.name}${dataYear}年城市居民人均可支配收入（元/年）`,
      urbanIncome,
    );
    step(
      'data.ruralDisposableIncome',
      `${region.name}${dataYear}年农村居民人均可支配收入（元/年）`,
      ruralIncome,
    );
    step(
      'data.minimumWage',
      `${region.name}${dataYear}年最低工资标准（元/月，${YEAR_VALUE_RULE_ZH[wageRule]}）`,
      wage,
      {
        rule: s.minimumWagePerMonth === undefined ? wageRule : null,
        tier: wageTier,
      },
    );
    step('data.povertyLine', `${lineYear}年国家扶贫标准（元/人·年）`, line);
    if (guidance) {
      step('data.provincialGuidance', `${y}年省城市低保最低指导标准（元/人·月）`, guidance.urbanPerMonth, {
        area: 'urban',
      });
      step('data.provincialGuidance', `${y}年省农村低保最低指导标准（元/人·月）`, guidance.ruralPerMonth, {
        area: 'rural',
      });
    } else {
      t.step(
        'data.provincialGuidance',
        ARTICLE,
        { year: y, from: 'caller' },
        null,
        '调用方指明不适用省指导标准',
      );
    }
  }

  const input: DibaoStandardsInput = {
    year: y,
    urbanDisposableIncomePerYear: urbanIncome.value,
    ruralDisposableIncomePerYear: ruralIncome.value,
    minimumWagePerMonth: wage.value,
    povertyLinePerYear: line.value,
    ...(guidance
      ? {
          provincialGuidance: {
            urbanPerMonth: guidance.urbanPerMonth.value,
            ruralPerMonth: guidance.ruralPerMonth.value,
          },
        }
      : {}),
    ...(s.proposed
      ? {
          proposed: {
            ...(s.proposed.urbanPerMonth === undefined
              ? {}
              : { urbanPerMonth: plain(s.proposed.urbanPerMonth) }),
            ...(s.proposed.ruralPerMonth === undefined
              ? {}
              : { ruralPerMonth: plain(s.proposed.ruralPerMonth) }),
          },
        }
      : {}),
    ...(s.roundingUnit === undefined ? {} : { roundingUnit: plain(s.roundingUnit) }),
  };
  const result = dibaoStandards(input, options?.trace === undefined ? {} : { trace: options.trace });
  const trace: TraceStep[] = t.enabled ? [...t.steps, ...result.trace] : [];
  return {
    ...result,
    regionCode: region.code,
    regionName: region.name,
    input,
    origins: {
      urbanDisposableIncomePerYear: urbanIncome,
      ruralDisposableIncomePerYear: ruralIncome,
      minimumWagePerMonth: wage,
      povertyLinePerYear: line,
      provincialGuidance: guidance,
    },
    trace,
  };
}
