/**
 * 吉林省月最低工资标准: the tiers, the dates they took effect and which regions belong to which tier in each
 * period (the lists change between 2013, 2015, 2017 and 2021). Used by 第4条 (上上年度最低工资标准, the
 * 40% cap) and 第12条 (上年度最低工资标准, the care standard).
 *
 * How the published lists are read (docs/interpretation.md):
 * - "X市区" is the prefecture's 市辖区: the unit X (`220100` …) and the districts the 低保 lists name on
 *   their own (双阳区, 九台区 under 长春市区; 江源区 under 白山市区) — basis `cityDistricts`.
 * - "other 县(市)" takes every unit not named — basis `otherCounties`.
 * - 2013: 九台 was still 九台市 (a county-level city; it became 九台区 in 2014), so it is in the
 *   "other counties/cities" tier for the whole 2013 period — basis `exception`.
 * - A period runs from its effective date to the day before the next one. The last (2021-12-01) has no
 *   known end: the 2024 draft is not in force in the pack ({@link MINIMUM_WAGE_DRAFT_2024}).
 */
import { Dec, money2, plain } from '../../core/money.js';
import type { RuleOptions } from '../../core/options.js';
import { readOnceArgs } from '../../core/read-once.js';
import { notInPack } from './data-error.js';
import { requireDate, requireRegion, requireYear } from './lookup-args.js';
import { JILIN_REGIONS, type JilinRegion, regionByPublishedName } from './regions.js';
import type { Source } from './source.js';
import {
  chooseForYear,
  previousDay,
  segmentsOfYear,
  timeWeightedAverage,
  type YearSegment,
  type YearValueRule,
} from './year-value.js';

/** One tier of a period. */
export interface MinimumWageTier {
  tier: number;
  /** 月最低工资标准, 元/月 (whole yuan as published). */
  perMonth: string;
  /** 非全日制小时最低工资标准, 元/小时 (`null`: not in the source). */
  perHour: string | null;
}

/** A published list, as data: tier values, named areas, the tier of "other 县(市)". */
export interface MinimumWagePeriod {
  effective: string;
  ref: Source;
  tiers: readonly MinimumWageTier[];
  /** Published names per tier (`长春市区` expands to its districts, see the module comment). */
  named: ReadonlyArray<{ tier: number; names: readonly string[] }>;
  /** Tier of every unit not named; `null` when the period covers only the named units. */
  othersTier: number | null;
  exceptions?: ReadonlyArray<{ name: string; tier: number; note: string }>;
  /** Marks a draft that was never found in force: look-ups never use it. */
  draft?: true;
}

/** Districts the 低保 lists name on their own, by the 市区 they belong to. */
const CITY_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  长春市区: ['双阳区', '九台区'],
  白山市区: ['江源区'],
};

const CHANGCHUN_EN = 'en.changchun.gov.cn/Business/jjzk/201306/t20130617_1071855.htm';

/** The periods in force, oldest first. */
export const MINIMUM_WAGE_PERIODS: readonly MinimumWagePeriod[] = [
  {
    effective: '2010-05-01',
    ref: {
      source: CHANGCHUN_EN,
      effective: '2010-05-01',
      effectiveBasis: 'stated',
      note: '仅知一类标准的历史值；数据包只用于长春市区(220100)',
    },
    tiers: [{ tier: 1, perMonth: '820', perHour: null }],
    named: [{ tier: 1, names: ['长春市'] }],
    othersTier: null,
  },
  {
    effective: '2011-05-01',
    ref: { source: CHANGCHUN_EN, effective: '2011-05-01', effectiveBasis: 'stated', note: '仅知一类标准' },
    tiers: [{ tier: 1, perMonth: '1000', perHour: null }],
    named: [{ tier: 1, names: ['长春市'] }],
    othersTier: null,
  },
  {
    effective: '2012-10-01',
    ref: { source: CHANGCHUN_EN, effective: '2012-10-01', effectiveBasis: 'stated', note: '仅知一类标准' },
    tiers: [{ tier: 1, perMonth: '1150', perHour: null }],
    named: [{ tier: 1, names: ['长春市'] }],
    othersTier: null,
  },
  {
    effective: '2013-07-01',
    ref: {
      source: CHANGCHUN_EN,
      effective: '2013-07-01',
      effectiveBasis: 'stated',
      note: '原文：一类 长春、吉林市；二类 松原、四平、辽源、通化、白山、延吉、珲春、前郭；三类 白城、长白山管委会、其他县（市）',
    },
    tiers: [
      { tier: 1, perMonth: '1320', perHour: '11.5' },
      { tier: 2, perMonth: '1220', perHour: '10.5' },
      { tier: 3, perMonth: '1120', perHour: '9.5' },
    ],
    named: [
      { tier: 1, names: ['长春市区', '吉林市区'] },
      {
        tier: 2,
        names: ['松原市区', '四平市区', '辽源市区', '通化市区', '白山市区', '延吉市', '珲春市', '前郭县'],
      },
      { tier: 3, names: ['白城市区', '长白山管委会'] },
    ],
    othersTier: 3,
    exceptions: [
      {
        name: '九台区',
        tier: 3,
        note: '2013-07-01时九台为县级市（九台市，2014年改区），属“其他县（市）”',
      },
    ],
  },
  {
    effective: '2015-12-01',
    ref: {
      source: 'szftgk.com/GongZiGaiGeFangAn/530705.html',
      published: '2015-11-30',
      effective: '2015-12-01',
      effectiveBasis: 'stated',
    },
    tiers: [
      { tier: 1, perMonth: '1480', perHour: '13.5' },
      { tier: 2, perMonth: '1380', perHour: '12.5' },
      { tier: 3, perMonth: '1280', perHour: '11.5' },
    ],
    named: [
      { tier: 1, names: ['长春市区', '吉林市区'] },
      {
        tier: 2,
        names: ['四平市区', '辽源市区', '通化市区', '白山市区', '松原市区', '延吉市', '珲春市', '前郭县'],
      },
      { tier: 3, names: ['白城市区', '长白山保护开发区', '梅河口市', '公主岭市'] },
    ],
    othersTier: 3,
  },
  {
    effective: '2017-10-01',
    ref: {
      source:
        'gkcyc.com/news/huimin/785319.html; 길림신문 2017-09-06 jlcxwb.com.cn/econ/content/2017-09/06/content_191649.htm',
      published: '2017-09-06',
      effective: '2017-10-01',
      effectiveBasis: 'stated',
    },
    tiers: [
      { tier: 1, perMonth: '1780', perHour: '17' },
      { tier: 2, perMonth: '1680', perHour: '16' },
      { tier: 3, perMonth: '1580', perHour: '15' },
      { tier: 4, perMonth: '1480', perHour: '14' },
    ],
    named: [
      { tier: 1, names: ['长春市区'] },
      { tier: 2, names: ['吉林市区', '松原市区'] },
      {
        tier: 3,
        names: ['四平市区', '辽源市区', '通化市区', '白山市区', '延吉市', '珲春市', '前郭县', '抚松县'],
      },
      { tier: 4, names: ['白城市区', '长白山管委会', '梅河口市', '公主岭市'] },
    ],
    othersTier: 4,
  },
  {
    effective: '2021-12-01',
    ref: {
      source: 'shuiwu114.com/zcfgkShow/101997.aspx（省政府通知）',
      published: '2021-09-30',
      effective: '2021-12-01',
      effectiveBasis: 'stated',
      note: '2024年征求意见稿未见正式通知，数据包仍按本期标准',
    },
    tiers: [
      { tier: 1, perMonth: '1880', perHour: '19' },
      { tier: 2, perMonth: '1760', perHour: '18' },
      { tier: 3, perMonth: '1640', perHour: '17' },
      { tier: 4, perMonth: '1540', perHour: '16' },
    ],
    named: [
      { tier: 1, names: ['长春市区'] },
      { tier: 2, names: ['吉林市区', '松原市区', '延吉市', '珲春市'] },
      { tier: 3, names: ['四平市区', '辽源市区', '通化市区', '白山市区', '前郭县', '抚松县'] },
      { tier: 4, names: ['白城市区', '长白山保护开发区', '梅河口市'] },
    ],
    othersTier: 4,
  },
];

/**
 * The 2024 draft (征求意见稿): three tiers 2120 / 1920 / 1780. The final notice was not found, so no
 * look-up uses it; it is kept for reference only.
 */
export const MINIMUM_WAGE_DRAFT_2024: MinimumWagePeriod = {
  effective: '2024-01-01',
  ref: {
    source: '2024年吉林省最低工资标准调整征求意见稿（正式通知未见）',
    effective: '2024-01-01',
    effectiveBasis: 'year',
    note: '草案，未生效，数据包查询不使用',
  },
  tiers: [
    { tier: 1, perMonth: '2120', perHour: null },
    { tier: 2, perMonth: '1920', perHour: null },
    { tier: 3, perMonth: '1780', perHour: null },
  ],
  named: [
    { tier: 1, names: ['长春市区'] },
    { tier: 2, names: ['吉林市区', '辽源市区', '白山市区', '松原市区', '延吉市', '珲春市'] },
  ],
  othersTier: 3,
  draft: true,
};

/** How a region came to its tier in a period. */
export type TierBasis = 'named' | 'cityDistricts' | 'otherCounties' | 'exception';

/** A region's tier in one period. */
export interface TierAssignment {
  tier: number;
  basis: TierBasis;
  note?: string;
}

/**
 * Every region's tier in a period. Throws a plain `Error` if a published list names a unit twice or a
 * name is unknown (a defect of the pack's data, caught by its tests).
 */
export function tierAssignments(period: MinimumWagePeriod): ReadonlyMap<string, TierAssignment> {
  const out = new Map<string, TierAssignment>();
  const put = (region: JilinRegion, a: TierAssignment) => {
    if (out.has(region.code))
      throw new Error(`minimum wage ${period.effective}: ${region.name} listed twice`);
    out.set(region.code, a);
  };
  const exceptions = new Map((period.exceptions ?? []).map((e) => [regionByPublishedName(e.name).code, e]));
  for (const { tier, names } of period.named) {
    for (const name of names) {
      const region = regionByPublishedName(name);
      if (!exceptions.has(region.code)) put(region, { tier, basis: 'named' });
      for (const d of CITY_DISTRICTS[name] ?? []) {
        const district = regionByPublishedName(d);
        if (!exceptions.has(district.code))
          put(district, { tier, basis: 'cityDistricts', note: `属${name}` });
      }
    }
  }
  for (const [code, e] of exceptions) out.set(code, { tier: e.tier, basis: 'exception', note: e.note });
  if (period.othersTier !== null) {
    for (const region of JILIN_REGIONS)
      if (!out.has(region.code)) out.set(region.code, { tier: period.othersTier, basis: 'otherCounties' });
  }
  return out;
}

const ASSIGNMENTS: ReadonlyArray<ReadonlyMap<string, TierAssignment>> =
  MINIMUM_WAGE_PERIODS.map(tierAssignments);

/** The minimum wage of a region on a date. */
export interface MinimumWageInForce {
  regionCode: string;
  regionName: string;
  date: string;
  tier: number;
  /** Number of tiers in the period (3 or 4; 1 for the tier-1 history). */
  tierCount: number;
  /** 元/月, two decimals. */
  perMonth: string;
  /** 元/小时, two decimals; `null` when not known (tier-1 history). */
  perHour: string | null;
  basis: TierBasis;
  /** First and last day of the period (`null`: no known end). */
  periodFrom: string;
  periodTo: string | null;
  ref: Source;
  /** Why the region has this tier, when not named in the list. */
  note?: string;
}

/** Indices of the periods whose dates include `date` (exactly one, by construction). */
function periodIndexOn(date: string): number {
  let found = -1;
  for (let i = 0; i < MINIMUM_WAGE_PERIODS.length; i++) {
    const p = MINIMUM_WAGE_PERIODS[i] as MinimumWagePeriod;
    if (p.effective <= date) found = i;
  }
  return found;
}

/** Every tier that a (region, date) matches — exactly one wherever the pack covers it (tested). */
export function minimumWageCandidatesOn(regionCode: string, date: string): TierAssignment[] {
  const out: TierAssignment[] = [];
  for (let i = 0; i < MINIMUM_WAGE_PERIODS.length; i++) {
    const p = MINIMUM_WAGE_PERIODS[i] as MinimumWagePeriod;
    const next = MINIMUM_WAGE_PERIODS[i + 1];
    if (p.effective > date || (next && next.effective <= date)) continue;
    const a = ASSIGNMENTS[i]?.get(regionCode);
    if (a) out.push(a);
  }
  return out;
}

function wageOn(
  region: JilinRegion,
  date: string,
  regionCodeAsked: string,
  supplyAs = 'supplied.minimumWagePerMonth',
): MinimumWageInForce {
  const i = periodIndexOn(date);
  const period = MINIMUM_WAGE_PERIODS[i];
  const assignment = ASSIGNMENTS[i]?.get(region.code);
  if (!period || !assignment) {
    throw notInPack({
      value: 'minimumWagePerMonth',
      valueZh: '月最低工资标准',
      regionCode: regionCodeAsked,
      regionName: region.name,
      period: date,
      supplyAs,
      unit: '元/月',
      remark: {
        zh: '数据包的分档名单始于2013-07-01（此前仅有长春市区一类标准）',
        en: 'the tier lists in the pack start on 2013-07-01 (only the tier-1 history of Changchun before)',
      },
    });
  }
  const tier = period.tiers.find((t) => t.tier === assignment.tier) as MinimumWageTier;
  const next = MINIMUM_WAGE_PERIODS[i + 1];
  return {
    regionCode: region.code,
    regionName: region.name,
    date,
    tier: assignment.tier,
    tierCount: period.tiers.length,
    perMonth: money2(new Dec(tier.perMonth)),
    perHour: tier.perHour === null ? null : money2(new Dec(tier.perHour)),
    basis: assignment.basis,
    periodFrom: period.effective,
    periodTo: next ? previousDay(next.effective) : null,
    ref: period.ref,
    ...(assignment.note ? { note: assignment.note } : {}),
  };
}

/**
 * 月最低工资标准 in force in a region on a date.
 * @see 第4条
 * @see 第12条
 * @example minimumWageOn('220100', '2016-12-31').perMonth // '1480.00'
 */
export function minimumWageOn(regionCode: string, date: string, _options?: RuleOptions): MinimumWageInForce {
  [regionCode, date, _options] = readOnceArgs(['regionCode', 'date', 'options'], regionCode, date, _options);
  const d = requireDate(date);
  const { region } = requireRegion(regionCode, d);
  return wageOn(region, d, regionCode);
}

/** Options of {@link minimumWageForYear}. */
export interface MinimumWageYearOptions extends RuleOptions {
  /** Which wage counts for the year (default `inForceOn31December`). */
  rule?: YearValueRule;
  /** How the caller can supply the wage instead, named in the error (default `supplied.minimumWagePerMonth`). */
  supplyAs?: string;
}

/** The wage that counts for a year. */
export interface MinimumWageForYear {
  regionCode: string;
  regionName: string;
  year: number;
  rule: YearValueRule;
  /** 元/月, two decimals (for `timeWeighted` the average rounded half-up for display). */
  perMonth: string;
  /** The exact value handed to the rules (for `timeWeighted` up to 40 significant digits). */
  perMonthExact: string;
  /** The value chosen (`null` for `timeWeighted`, which averages `segments`). */
  chosen: MinimumWageInForce | null;
  /** The stretches of the year and the wage in force on each (all of them for `longestInForce`/`timeWeighted`). */
  segments: Array<YearSegment<MinimumWageInForce>>;
}

/** Dates on which some tier list changes. */
const WAGE_CHANGES: readonly string[] = MINIMUM_WAGE_PERIODS.map((p) => p.effective);

/**
 * The minimum wage that counts for a year (上上年度 in 第4条, 上年度 in 第12条) under a named rule.
 * @see 第4条
 * @example minimumWageForYear('220100', 2016).perMonth // '1480.00' (in force on 2016-12-31)
 */
export function minimumWageForYear(
  regionCode: string,
  year: number,
  options?: MinimumWageYearOptions,
): MinimumWageForYear {
  [regionCode, year, options] = readOnceArgs(['regionCode', 'year', 'options'], regionCode, year, options);
  const y = requireYear(year);
  const { region } = requireRegion(regionCode, String(y));
  const rule = options?.rule ?? 'inForceOn31December';
  const base = { regionCode: region.code, regionName: region.name, year: y, rule };
  if (rule === 'inForceOn31December' || rule === 'inForceOn1January') {
    const date = `${String(y).padStart(4, '0')}-${rule === 'inForceOn1January' ? '01-01' : '12-31'}`;
    const v = wageOn(region, date, regionCode, options?.supplyAs);
    const segment = { from: date, to: date, days: 1, value: v };
    return {
      ...base,
      perMonth: v.perMonth,
      perMonthExact: plain(new Dec(v.perMonth)),
      chosen: v,
      segments: [segment],
    };
  }
  const segments = segmentsOfYear(y, WAGE_CHANGES, (d) => wageOn(region, d, regionCode, options?.supplyAs));
  if (rule === 'timeWeighted') {
    const avg = timeWeightedAverage(segments, (v) => new Dec(v.perMonth));
    return { ...base, perMonth: money2(avg), perMonthExact: plain(avg), chosen: null, segments };
  }
  const chosen = chooseForYear(rule, segments).value;
  return {
    ...base,
    perMonth: chosen.perMonth,
    perMonthExact: plain(new Dec(chosen.perMonth)),
    chosen,
    segments,
  };
}
