/**
 * 第4条 科学确定最低生活保障标准：城市低保标准不低于上上年度城市居民人均可支配收入的20%、不超过上上年度
 * 最低工资标准的40%；农村低保标准按上上年度城乡收入比确定，且不低于国家现行扶贫标准；省政府发布城乡低保
 * 最低指导标准。
 */
import { ceilTo, Dec, floorTo, MONTHS_PER_YEAR, maxDec, money2, ONE, plain } from '../core/money.js';
import type { RuleOptions } from '../core/options.js';
import { OPTIONS_PATH, readOnce } from '../core/read-once.js';
import { Tracer, type TraceStep } from '../core/trace.js';
import { type DibaoStandardsInput, dibaoStandardsInputSchema } from '../schema/dibao-standards.js';
import { parseInput } from '../schema/parse.js';
import type { RuleViolation } from './violation.js';

const ARTICLE = '第4条';
/** 城市低保标准下限：上上年度城市居民人均可支配收入的20%. */
const URBAN_INCOME_SHARE: Dec = new Dec('0.2');
/** 城市低保标准上限：上上年度最低工资标准的40%. */
const MINIMUM_WAGE_SHARE: Dec = new Dec('0.4');
const DEFAULT_ROUNDING_UNIT: Dec = ONE;

/** Violation codes of 第4条. */
export type DibaoStandardViolationCode =
  | 'BELOW_INCOME_FLOOR'
  | 'ABOVE_WAGE_CAP'
  | 'BELOW_PROVINCIAL_GUIDANCE'
  | 'BELOW_RATIO_STANDARD'
  | 'BELOW_POVERTY_LINE'
  | 'INFEASIBLE_BAND'
  | 'GUIDANCE_ABOVE_CAP';

/** A 第4条 violation `{ code, article, message }` (plus `messageEn`, `path`). */
export type DibaoStandardViolation = RuleViolation<DibaoStandardViolationCode>;

/** The check of one proposed standard. */
export interface ProposedStandardCheck {
  /** The proposed standard, 元/人·月, in the money format (2 decimals); the check uses the exact value given. */
  perMonth: string;
  /** True iff no violation. */
  compliant: boolean;
  violations: DibaoStandardViolation[];
}

/** Which bound sets a minimum standard (all that reach the maximum, in this order). */
export type UrbanMinimumBound = 'incomeFloor' | 'provincialGuidance';
export type RuralMinimumBound = 'ratio' | 'povertyLine' | 'provincialGuidance';

/** The urban standard of 第4条. */
export interface UrbanStandards {
  /** ceilTo(20% × urbanIncome ÷ 12, unit). */
  floorPerMonth: string;
  /** floorTo(40% × minimumWage, unit). */
  capPerMonth: string;
  /** floorPerMonth ≤ capPerMonth: a standard in whole rounding units exists inside the band. */
  feasible: boolean;
  /** max(floorPerMonth, guidancePerMonth). */
  minimumPerMonth: string;
  /** Addition: ceilTo(guidance.urbanPerMonth, unit), `null` when no guidance was given. */
  guidancePerMonth: string | null;
  /** Addition: the bound(s) that set `minimumPerMonth`. */
  minimumBoundBy: UrbanMinimumBound[];
  /** Addition: the unrounded floor and cap, half-up to 4 decimals (display only; checks use exact values). */
  unrounded: { floorPerMonth: string; capPerMonth: string };
  proposed?: ProposedStandardCheck;
}

/** The rural standard of 第4条. */
export interface RuralStandards {
  /** ruralIncome ÷ urbanIncome, half-up to 4 decimals (display only). */
  incomeRatio: string;
  /** proposed.urbanPerMonth if given, else urban.minimumPerMonth. */
  basisUrbanPerMonth: string;
  /** ceilTo(basis × ruralIncome ÷ urbanIncome, unit), with the exact ratio. */
  derivedPerMonth: string;
  /** ceilTo(povertyLinePerYear ÷ 12, unit). */
  povertyLinePerMonth: string;
  /** max(derivedPerMonth, povertyLinePerMonth, guidancePerMonth). */
  minimumPerMonth: string;
  /** Addition: ceilTo(guidance.ruralPerMonth, unit), `null` when no guidance was given. */
  guidancePerMonth: string | null;
  /** Addition: the bound(s) that set `minimumPerMonth`. */
  minimumBoundBy: RuralMinimumBound[];
  /** Addition: the unrounded derived value and poverty line per month, half-up to 4 decimals (display only). */
  unrounded: { derivedPerMonth: string; povertyLinePerMonth: string };
  proposed?: ProposedStandardCheck;
}

/** Result of {@link dibaoStandards}. */
export interface DibaoStandardsResult {
  /** Addition: the year Y the standards are for. */
  year: number;
  /** Addition: the year of the statistics, Y − 2 (上上年度). */
  dataYear: number;
  /** Addition: the rounding unit applied, as a plain decimal (`"1"`, `"0.01"`, `"10"`). */
  roundingUnit: string;
  urban: UrbanStandards;
  rural: RuralStandards;
  /** Result-level violations: `INFEASIBLE_BAND`, `GUIDANCE_ABOVE_CAP`. */
  violations: DibaoStandardViolation[];
  trace: TraceStep[];
}

/** A bound shown in a message: at most 4 decimals, no trailing zeros ("488", "447.6667"). */
function shown(x: Dec): string {
  return plain(x.toDecimalPlaces(4, Dec.ROUND_HALF_UP));
}

function unrounded4(x: Dec): string {
  return x.toFixed(4, Dec.ROUND_HALF_UP);
}

function violation(
  code: DibaoStandardViolationCode,
  message: string,
  messageEn: string,
  path?: string,
): DibaoStandardViolation {
  return path === undefined
    ? { code, article: ARTICLE, message, messageEn }
    : { code, article: ARTICLE, message, messageEn, path };
}

/**
 * 第4条：由上上年度（Y−2）统计数据确定当地城乡低保标准，并核查拟定标准。
 *
 * Urban: floor = ceilTo(20% × urban income ÷ 12, unit), cap = floorTo(40% × minimum wage, unit), minimum =
 * max(floor, guidance). Rural: derived = ceilTo(basis × rural income ÷ urban income, unit) with the exact ratio,
 * where basis is the proposed urban standard if given, else the urban minimum; minimum = max(derived, poverty
 * line ÷ 12, guidance). Proposed standards are checked against the exact (unrounded) bounds. Every statistic
 * read and every figure computed is a trace step.
 *
 * @see 第4条
 * @throws DibaoInputError when the input is invalid (paths name the field).
 * @example
 * dibaoStandards({
 *   year: 2022,
 *   urbanDisposableIncomePerYear: '34560', ruralDisposableIncomePerYear: '16636',
 *   minimumWagePerMonth: '1780', povertyLinePerYear: '4000',
 *   provincialGuidance: { urbanPerMonth: '650', ruralPerMonth: '415' },
 * }).urban.minimumPerMonth; // "650.00"
 */
export function dibaoStandards(input: DibaoStandardsInput, options?: RuleOptions): DibaoStandardsResult {
  options = readOnce(options, OPTIONS_PATH);
  const p = parseInput(dibaoStandardsInputSchema, input);
  const t = new Tracer(options?.trace ?? true);
  const U = p.urbanDisposableIncomePerYear;
  const R = p.ruralDisposableIncomePerYear;
  const W = p.minimumWagePerMonth;
  const L = p.povertyLinePerYear;
  const G = p.provincialGuidance;
  const unit = p.roundingUnit ?? DEFAULT_ROUNDING_UNIT;
  const dataYear = p.year - 2;

  t.step(
    'dibaoStandard.dataYear',
    ARTICLE,
    { year: p.year },
    dataYear,
    '低保标准依据上上年度（Y−2）的统计数据和最低工资标准确定',
  );
  t.step(
    'dibaoStandard.roundingUnit',
    ARTICLE,
    { roundingUnit: p.roundingUnit === undefined ? null : plain(p.roundingUnit) },
    plain(unit),
    p.roundingUnit === undefined ? '未给出取整单位，按整元（1元）取整' : '按给定的取整单位取整',
  );

  // ── Urban ──────────────────────────────────────────────────────────────
  const floorNumerator = URBAN_INCOME_SHARE.mul(U); // 12 × exact floor
  const floorExact = floorNumerator.div(MONTHS_PER_YEAR);
  const floorExactShown = unrounded4(floorExact);
  const floor = ceilTo(floorExact, unit);
  const floorShown = money2(floor);
  t.step(
    'dibaoStandard.urbanFloor',
    ARTICLE,
    {
      urbanDisposableIncomePerYear: plain(U),
      share: plain(URBAN_INCOME_SHARE),
      monthsPerYear: plain(MONTHS_PER_YEAR),
      unroundedPerMonth: floorExactShown,
      roundingUnit: plain(unit),
    },
    floorShown,
    '城市低保标准不低于上上年度城市居民人均可支配收入的20%，折合每月后向上取整',
  );

  const capExact = MINIMUM_WAGE_SHARE.mul(W);
  const capExactShown = unrounded4(capExact);
  const cap = floorTo(capExact, unit);
  const capShown = money2(cap);
  t.step(
    'dibaoStandard.urbanCap',
    ARTICLE,
    {
      minimumWagePerMonth: plain(W),
      share: plain(MINIMUM_WAGE_SHARE),
      unroundedPerMonth: capExactShown,
      roundingUnit: plain(unit),
    },
    capShown,
    '城市低保标准不超过上上年度最低工资标准的40%，向下取整',
  );

  const feasible = floor.lte(cap);
  t.step(
    'dibaoStandard.urbanFeasible',
    ARTICLE,
    { floorPerMonth: floorShown, capPerMonth: capShown },
    feasible,
    feasible
      ? '下限不高于上限，存在合规的城市低保标准'
      : '收入下限高于工资上限，不存在同时满足两项要求的标准',
  );

  const violations: DibaoStandardViolation[] = [];
  if (!feasible) {
    violations.push(
      violation(
        'INFEASIBLE_BAND',
        `城市低保标准下限 ${floorShown} 元/月（上上年度城市居民人均可支配收入的20%）高于上限 ${capShown} 元/月（上上年度最低工资标准的40%），第4条的两项要求无法同时满足`,
        `the urban floor ${floorShown}/month (20% of Y−2 urban income) exceeds the cap ${capShown}/month (40% of the Y−2 minimum wage): no urban standard meets both`,
      ),
    );
  }

  const urbanGuidance = G === undefined ? null : ceilTo(G.urbanPerMonth, unit);
  const urbanGuidanceShown = urbanGuidance === null ? null : money2(urbanGuidance);
  t.step(
    'dibaoStandard.urbanGuidance',
    ARTICLE,
    { urbanPerMonth: G === undefined ? null : plain(G.urbanPerMonth), roundingUnit: plain(unit) },
    urbanGuidanceShown,
    G === undefined
      ? '未提供省城市低保最低指导标准，不作此项约束'
      : '城市低保标准不低于省城市低保最低指导标准',
  );
  if (urbanGuidance !== null) {
    const aboveCap = urbanGuidance.gt(cap);
    t.step(
      'dibaoStandard.guidanceWithinCap',
      ARTICLE,
      { guidancePerMonth: urbanGuidanceShown, capPerMonth: capShown },
      !aboveCap,
      aboveCap ? '省指导标准高于工资上限，二者冲突' : '省指导标准未超过工资上限',
    );
    if (aboveCap) {
      violations.push(
        violation(
          'GUIDANCE_ABOVE_CAP',
          `省城市低保最低指导标准 ${urbanGuidanceShown} 元/月高于上上年度最低工资标准40%的上限 ${capShown} 元/月，执行指导标准即超出上限`,
          `the provincial urban guidance ${urbanGuidanceShown}/month exceeds the cap ${capShown}/month (40% of the Y−2 minimum wage)`,
          'provincialGuidance.urbanPerMonth',
        ),
      );
    }
  }

  const urbanMinimum = urbanGuidance === null ? floor : maxDec(floor, urbanGuidance);
  const urbanMinimumShown = money2(urbanMinimum);
  const urbanBounds: UrbanMinimumBound[] = [];
  if (floor.eq(urbanMinimum)) urbanBounds.push('incomeFloor');
  if (urbanGuidance?.eq(urbanMinimum)) urbanBounds.push('provincialGuidance');
  t.step(
    'dibaoStandard.urbanMinimum',
    ARTICLE,
    {
      floorPerMonth: floorShown,
      guidancePerMonth: urbanGuidanceShown,
    },
    urbanMinimumShown,
    '城市低保标准的最低值取收入下限与省指导标准中的较高者',
  );

  const urban: UrbanStandards = {
    floorPerMonth: floorShown,
    capPerMonth: capShown,
    feasible,
    minimumPerMonth: urbanMinimumShown,
    guidancePerMonth: urbanGuidanceShown,
    minimumBoundBy: urbanBounds,
    unrounded: { floorPerMonth: floorExactShown, capPerMonth: capExactShown },
  };

  const proposedUrban = p.proposed?.urbanPerMonth;
  if (proposedUrban !== undefined) {
    const v: DibaoStandardViolation[] = [];
    const path = 'proposed.urbanPerMonth';
    // p ≥ 20% × U ÷ 12  ⇔  12p ≥ 20% × U (exact, no division)
    if (proposedUrban.mul(MONTHS_PER_YEAR).lt(floorNumerator)) {
      v.push(
        violation(
          'BELOW_INCOME_FLOOR',
          `拟定城市低保标准 ${plain(proposedUrban)} 元/月低于上上年度城市居民人均可支配收入的20%（${shown(floorExact)} 元/月）`,
          `the proposed urban standard ${plain(proposedUrban)}/month is below 20% of Y−2 urban income (${shown(floorExact)}/month)`,
          path,
        ),
      );
    }
    if (proposedUrban.gt(capExact)) {
      v.push(
        violation(
          'ABOVE_WAGE_CAP',
          `拟定城市低保标准 ${plain(proposedUrban)} 元/月超过上上年度最低工资标准的40%（${shown(capExact)} 元/月）`,
          `the proposed urban standard ${plain(proposedUrban)}/month exceeds 40% of the Y−2 minimum wage (${shown(capExact)}/month)`,
          path,
        ),
      );
    }
    if (G !== undefined && proposedUrban.lt(G.urbanPerMonth)) {
      v.push(
        violation(
          'BELOW_PROVINCIAL_GUIDANCE',
          `拟定城市低保标准 ${plain(proposedUrban)} 元/月低于省城市低保最低指导标准 ${money2(G.urbanPerMonth)} 元/月`,
          `the proposed urban standard ${plain(proposedUrban)}/month is below the provincial urban guidance ${money2(G.urbanPerMonth)}/month`,
          path,
        ),
      );
    }
    t.step(
      'dibaoStandard.urbanProposed',
      ARTICLE,
      {
        proposedUrbanPerMonth: plain(proposedUrban),
        unroundedFloorPerMonth: floorExactShown,
        unroundedCapPerMonth: capExactShown,
        guidanceUrbanPerMonth: G === undefined ? null : plain(G.urbanPerMonth),
      },
      v.length === 0,
      v.length === 0
        ? '拟定城市低保标准符合第4条（以未取整的精确界限比较）'
        : `拟定城市低保标准不符合第4条：${v.map((x) => x.code).join('、')}`,
    );
    urban.proposed = { perMonth: money2(proposedUrban), compliant: v.length === 0, violations: v };
  }

  // ── Rural ──────────────────────────────────────────────────────────────
  const incomeRatio = R.div(U).toFixed(4, Dec.ROUND_HALF_UP);
  t.step(
    'dibaoStandard.incomeRatio',
    ARTICLE,
    { ruralDisposableIncomePerYear: plain(R), urbanDisposableIncomePerYear: plain(U) },
    incomeRatio,
    '上上年度农村与城市居民人均可支配收入之比（四位小数仅供展示，计算用精确比值）',
  );

  const basis = proposedUrban ?? urbanMinimum;
  const basisShown = money2(basis);
  t.step(
    'dibaoStandard.ruralBasis',
    ARTICLE,
    {
      proposedUrbanPerMonth: proposedUrban === undefined ? null : plain(proposedUrban),
      urbanMinimumPerMonth: urbanMinimumShown,
    },
    basisShown,
    proposedUrban === undefined
      ? '未给出拟定城市标准，以城市低保标准最低值为折算基数'
      : '以拟定的城市低保标准为折算基数',
  );

  const derivedNumerator = basis.mul(R); // U × exact derived value
  const derivedExact = derivedNumerator.div(U);
  const derivedExactShown = unrounded4(derivedExact);
  const derived = ceilTo(derivedExact, unit);
  const derivedShown = money2(derived);
  t.step(
    'dibaoStandard.ruralDerived',
    ARTICLE,
    {
      basisUrbanPerMonth: basisShown,
      ruralDisposableIncomePerYear: plain(R),
      urbanDisposableIncomePerYear: plain(U),
      unroundedPerMonth: derivedExactShown,
      roundingUnit: plain(unit),
    },
    derivedShown,
    '农村低保标准按城乡收入比折算：城市标准 × 农村收入 ÷ 城市收入，向上取整',
  );

  const povertyExact = L.div(MONTHS_PER_YEAR);
  const povertyExactShown = unrounded4(povertyExact);
  const povertyLine = ceilTo(povertyExact, unit);
  const povertyLineShown = money2(povertyLine);
  t.step(
    'dibaoStandard.povertyLine',
    ARTICLE,
    {
      povertyLinePerYear: plain(L),
      monthsPerYear: plain(MONTHS_PER_YEAR),
      unroundedPerMonth: povertyExactShown,
      roundingUnit: plain(unit),
    },
    povertyLineShown,
    '农村低保标准不得低于国家现行扶贫标准，折合每月后向上取整',
  );

  const ruralGuidance = G === undefined ? null : ceilTo(G.ruralPerMonth, unit);
  const ruralGuidanceShown = ruralGuidance === null ? null : money2(ruralGuidance);
  t.step(
    'dibaoStandard.ruralGuidance',
    ARTICLE,
    { ruralPerMonth: G === undefined ? null : plain(G.ruralPerMonth), roundingUnit: plain(unit) },
    ruralGuidanceShown,
    G === undefined
      ? '未提供省农村低保最低指导标准，不作此项约束'
      : '农村低保标准不低于省农村低保最低指导标准',
  );

  const ruralMinimum =
    ruralGuidance === null ? maxDec(derived, povertyLine) : maxDec(derived, povertyLine, ruralGuidance);
  const ruralMinimumShown = money2(ruralMinimum);
  const ruralBounds: RuralMinimumBound[] = [];
  if (derived.eq(ruralMinimum)) ruralBounds.push('ratio');
  if (povertyLine.eq(ruralMinimum)) ruralBounds.push('povertyLine');
  if (ruralGuidance?.eq(ruralMinimum)) ruralBounds.push('provincialGuidance');
  t.step(
    'dibaoStandard.ruralMinimum',
    ARTICLE,
    {
      derivedPerMonth: derivedShown,
      povertyLinePerMonth: povertyLineShown,
      guidancePerMonth: ruralGuidanceShown,
    },
    ruralMinimumShown,
    '农村低保标准的最低值取比例折算值、扶贫标准与省指导标准中的最高者',
  );

  const rural: RuralStandards = {
    incomeRatio,
    basisUrbanPerMonth: basisShown,
    derivedPerMonth: derivedShown,
    povertyLinePerMonth: povertyLineShown,
    minimumPerMonth: ruralMinimumShown,
    guidancePerMonth: ruralGuidanceShown,
    minimumBoundBy: ruralBounds,
    unrounded: { derivedPerMonth: derivedExactShown, povertyLinePerMonth: povertyExactShown },
  };

  const proposedRural = p.proposed?.ruralPerMonth;
  if (proposedRural !== undefined) {
    const v: DibaoStandardViolation[] = [];
    const path = 'proposed.ruralPerMonth';
    // q ≥ basis × R ÷ U  ⇔  q × U ≥ basis × R (exact ratio, no division)
    if (proposedRural.mul(U).lt(derivedNumerator)) {
      v.push(
        violation(
          'BELOW_RATIO_STANDARD',
          `拟定农村低保标准 ${plain(proposedRural)} 元/月低于按城乡收入比折算的 ${shown(derivedExact)} 元/月（城市标准 ${basisShown} 元/月 × ${plain(R)} ÷ ${plain(U)}）`,
          `the proposed rural standard ${plain(proposedRural)}/month is below the ratio-derived ${shown(derivedExact)}/month (urban ${basisShown} × ${plain(R)} ÷ ${plain(U)})`,
          path,
        ),
      );
    }
    // q ≥ L ÷ 12  ⇔  12q ≥ L
    if (proposedRural.mul(MONTHS_PER_YEAR).lt(L)) {
      v.push(
        violation(
          'BELOW_POVERTY_LINE',
          `拟定农村低保标准 ${plain(proposedRural)} 元/月低于国家现行扶贫标准 ${plain(L)} 元/年（${shown(povertyExact)} 元/月）`,
          `the proposed rural standard ${plain(proposedRural)}/month is below the national poverty line ${plain(L)}/year (${shown(povertyExact)}/month)`,
          path,
        ),
      );
    }
    if (G !== undefined && proposedRural.lt(G.ruralPerMonth)) {
      v.push(
        violation(
          'BELOW_PROVINCIAL_GUIDANCE',
          `拟定农村低保标准 ${plain(proposedRural)} 元/月低于省农村低保最低指导标准 ${money2(G.ruralPerMonth)} 元/月`,
          `the proposed rural standard ${plain(proposedRural)}/month is below the provincial rural guidance ${money2(G.ruralPerMonth)}/month`,
          path,
        ),
      );
    }
    t.step(
      'dibaoStandard.ruralProposed',
      ARTICLE,
      {
        proposedRuralPerMonth: plain(proposedRural),
        unroundedDerivedPerMonth: derivedExactShown,
        unroundedPovertyLinePerMonth: povertyExactShown,
        guidanceRuralPerMonth: G === undefined ? null : plain(G.ruralPerMonth),
      },
      v.length === 0,
      v.length === 0
        ? '拟定农村低保标准符合第4条（以未取整的精确界限比较）'
        : `拟定农村低保标准不符合第4条：${v.map((x) => x.code).join('、')}`,
    );
    rural.proposed = { perMonth: money2(proposedRural), compliant: v.length === 0, violations: v };
  }

  return {
    year: p.year,
    dataYear,
    roundingUnit: plain(unit),
    urban,
    rural,
    violations,
    trace: t.steps,
  };
}
