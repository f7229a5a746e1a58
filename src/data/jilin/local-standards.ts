/**
 * 当地城乡低保标准 actually approved, as published: the 2018 table (省民政厅、省财政厅核准), the 延吉 history
 * 2015–2017, and 梅河口 and 伊通 from 2020-01-01. Each value keeps the unit it was published in (urban
 * 元/人·月; rural 元/人·年 until about 2020) and its monthly conversion written out.
 *
 * Validity (docs/interpretation.md): a value is in force from its effective date to the day before the
 * next value of the same published series (延吉 2015-07 → 2016-07 → 2017-04); otherwise to 31 December of
 * the year it took effect, because Jilin approves its standards yearly — the pack does not carry a value
 * into a year for which nothing was published. The 2018 table gives no effective date: the pack uses its
 * publication date, 2018-06-19 (in force no later than that).
 */

import { Dec, money2 } from '../../core/money.js';
import type { RuleOptions } from '../../core/options.js';
import { readOnceArgs } from '../../core/read-once.js';
import { notInPack } from './data-error.js';
import type { StandardArea } from './guidance.js';
import { requireDate, requireRegion, requireYear } from './lookup-args.js';
import { type JilinRegion, regionByPublishedName } from './regions.js';
import type { Source } from './source.js';
import { type MonthlyConversion, type PublishedUnit, toMonthly } from './unit-conversion.js';
import {
  chooseForYear,
  nextDay,
  segmentsOfYear,
  timeWeightedAverage,
  type YearSegment,
  type YearValueRule,
} from './year-value.js';

/** How the end of a value's validity is known. */
export type UntilBasis = 'nextInSeries' | 'endOfYear';

/** One approved standard. */
export interface ApprovedStandard extends MonthlyConversion {
  regionCode: string;
  regionName: string;
  /** The name in the published list. */
  publishedName: string;
  area: StandardArea;
  published: { value: string; unit: PublishedUnit };
  /** First and last day in force (inclusive). */
  from: string;
  to: string;
  toBasis: UntilBasis;
  ref: Source;
}

interface Batch {
  ref: Source;
  area: StandardArea;
  unit: PublishedUnit;
  to: string;
  toBasis: UntilBasis;
  entries: ReadonlyArray<readonly [string, string]>;
}

const TABLE_2018: Source = {
  source:
    '省民政厅、省财政厅核准2018年城乡低保标准；mrtsx.com/html/.mztyw_74291shjzfgwj201806t20180619_4743615.html',
  published: '2018-06-19',
  effective: '2018-06-19',
  effectiveBasis: 'publication',
};

const YANJI = 'korean.people.com.cn/65106/65130/69621/15603649.html；zoglo.net（延边日报）';

function yanji(effective: string): Source {
  return { source: YANJI, effective, effectiveBasis: 'stated' };
}

const MEIHEKOU: Source = {
  source: '梅政办函〔2019〕49号；cs.ddada.cn/news/67951.html',
  effective: '2020-01-01',
  effectiveBasis: 'stated',
};
const YITONG: Source = {
  source: '伊政办函〔2019〕130号；cs.ddada.cn/news/67951.html',
  effective: '2020-01-01',
  effectiveBasis: 'stated',
};

const BATCHES: readonly Batch[] = [
  {
    ref: TABLE_2018,
    area: 'urban',
    unit: '元/人·月',
    to: '2018-12-31',
    toBasis: 'endOfYear',
    entries: [
      ['长春市(不含双阳、九台)', '620'],
      ['双阳区', '430'],
      ['九台区', '430'],
      ['榆树市', '390'],
      ['农安县', '430'],
      ['德惠市', '415'],
      ['吉林市', '545'],
      ['永吉县', '420'],
      ['舒兰市', '360'],
      ['磐石市', '430'],
      ['桦甸市', '450'],
      ['蛟河市', '385'],
      ['四平市', '540'],
      ['双辽市', '400'],
      ['梨树县', '460'],
      ['伊通县', '385'],
      ['辽源市', '550'],
      ['东辽县', '470'],
      ['东丰县', '410'],
      ['通化市', '550'],
      ['通化县', '450'],
      ['柳河县', '410'],
      ['辉南县', '370'],
      ['集安市', '450'],
      ['白山市', '540'],
      ['临江市', '520'],
      ['抚松县', '480'],
      ['靖宇县', '470'],
      ['长白县', '520'],
      ['白城市', '470'],
      ['洮南市', '400'],
      ['大安市', '480'],
      ['镇赉县', '450'],
      ['通榆县', '380'],
      ['松原市', '543'],
      ['长岭县', '420'],
      ['乾安县', '450'],
      ['扶余市', '380'],
      ['前郭县', '420'],
      ['延吉市', '620'],
      ['图们市', '560'],
      ['敦化市', '550'],
      ['龙井市', '500'],
      ['和龙市', '540'],
      ['珲春市', '570'],
      ['汪清县', '600'],
      ['安图县', '550'],
      ['长白山管委会', '550'],
      ['梅河口市', '600'],
      ['公主岭市', '500'],
    ],
  },
  {
    ref: { ...TABLE_2018, note: '农村标准名单在所见文本中被截断，仅以下16个地区' },
    area: 'rural',
    unit: '元/人·年',
    to: '2018-12-31',
    toBasis: 'endOfYear',
    entries: [
      ['长春市(不含双阳、九台)', '4920'],
      ['双阳区', '3804'],
      ['九台区', '3804'],
      ['榆树市', '3650'],
      ['农安县', '3650'],
      ['德惠市', '3710'],
      ['吉林市', '3804'],
      ['永吉县', '3600'],
      ['舒兰市', '3650'],
      ['磐石市', '3800'],
      ['桦甸市', '3800'],
      ['蛟河市', '3755'],
      ['四平市', '3600'],
      ['双辽市', '3600'],
      ['梨树县', '3700'],
      ['伊通县', '3600'],
    ],
  },
  {
    ref: yanji('2015-07-01'),
    area: 'urban',
    unit: '元/人·月',
    to: '2016-06-30',
    toBasis: 'nextInSeries',
    entries: [['延吉市', '480']],
  },
  {
    ref: yanji('2016-07-01'),
    area: 'urban',
    unit: '元/人·月',
    to: '2017-03-31',
    toBasis: 'nextInSeries',
    entries: [['延吉市', '530']],
  },
  {
    ref: yanji('2017-04-01'),
    area: 'urban',
    unit: '元/人·月',
    to: '2017-12-31',
    toBasis: 'endOfYear',
    entries: [['延吉市', '550']],
  },
  {
    ref: yanji('2015-07-01'),
    area: 'rural',
    unit: '元/人·年',
    to: '2016-06-30',
    toBasis: 'nextInSeries',
    entries: [['延吉市', '3600']],
  },
  {
    ref: yanji('2016-07-01'),
    area: 'rural',
    unit: '元/人·年',
    to: '2017-03-31',
    toBasis: 'nextInSeries',
    entries: [['延吉市', '4200']],
  },
  {
    ref: yanji('2017-04-01'),
    area: 'rural',
    unit: '元/人·年',
    to: '2017-12-31',
    toBasis: 'endOfYear',
    entries: [['延吉市', '4400']],
  },
  {
    ref: MEIHEKOU,
    area: 'urban',
    unit: '元/人·月',
    to: '2020-12-31',
    toBasis: 'endOfYear',
    entries: [['梅河口市', '600']],
  },
  {
    ref: MEIHEKOU,
    area: 'rural',
    unit: '元/人·年',
    to: '2020-12-31',
    toBasis: 'endOfYear',
    entries: [['梅河口市', '4140']],
  },
  {
    ref: YITONG,
    area: 'urban',
    unit: '元/人·月',
    to: '2020-12-31',
    toBasis: 'endOfYear',
    entries: [['伊通县', '470']],
  },
  {
    ref: YITONG,
    area: 'rural',
    unit: '元/人·年',
    to: '2020-12-31',
    toBasis: 'endOfYear',
    entries: [['伊通县', '4080']],
  },
];

/** Every approved standard in the pack. */
export const APPROVED_STANDARDS: readonly ApprovedStandard[] = BATCHES.flatMap((b) =>
  b.entries.map(([name, value]): ApprovedStandard => {
    const region = regionByPublishedName(name);
    return {
      regionCode: region.code,
      regionName: region.name,
      publishedName: name,
      area: b.area,
      published: { value, unit: b.unit },
      ...toMonthly(value, b.unit),
      from: b.ref.effective,
      to: b.to,
      toBasis: b.toBasis,
      ref: b.ref,
    };
  }),
);

/** The approved standards of a region and area that are in force on `date` (at most one; tested). */
export function approvedStandardsOn(
  regionCode: string,
  area: StandardArea,
  date: string,
): ApprovedStandard[] {
  return APPROVED_STANDARDS.filter(
    (s) => s.regionCode === regionCode && s.area === area && s.from <= date && date <= s.to,
  );
}

const AREA_ZH: Readonly<Record<StandardArea, string>> = { urban: '城市', rural: '农村' };

/** The local standard in force on a date. */
export type LocalStandardInForce = ApprovedStandard & { date: string };

function standardOn(
  region: JilinRegion,
  area: StandardArea,
  date: string,
  supplyAs: string,
  asked: string,
): LocalStandardInForce {
  const [found] = approvedStandardsOn(region.code, area, date);
  if (!found) {
    throw notInPack({
      value: `dibaoStandardPerMonth.${area}`,
      valueZh: `当地${AREA_ZH[area]}低保标准`,
      regionCode: asked,
      regionName: region.name,
      period: date,
      supplyAs,
      unit: '元/人·月',
      remark: {
        zh: '数据包只有2018年核准表、延吉2015–2017年及梅河口、伊通2020年的标准',
        en: 'the pack holds the 2018 approved table, Yanji 2015–2017 and Meihekou and Yitong 2020 only',
      },
    });
  }
  return { ...found, date };
}

/**
 * 当地低保标准 (urban or rural) in force in a region on a date, as published and per month.
 * @see 第4条
 * @see 第12条
 * @example localStandardOn('220100', '2018-12-31', 'rural').conversion // '4920 元/年 ÷ 12 = 410.00 元/月'
 */
export function localStandardOn(
  regionCode: string,
  date: string,
  area: StandardArea,
  _options?: RuleOptions,
): LocalStandardInForce {
  [regionCode, date, area, _options] = readOnceArgs(
    ['regionCode', 'date', 'area', 'options'],
    regionCode,
    date,
    area,
    _options,
  );
  const d = requireDate(date);
  const { region } = requireRegion(regionCode, d);
  return standardOn(region, area, d, `overrides.dibaoStandardPerMonth.${area}`, regionCode);
}

/** The standard that counts for a year (上年度 of 第12条). */
export interface LocalStandardForYear {
  regionCode: string;
  regionName: string;
  year: number;
  area: StandardArea;
  rule: YearValueRule;
  /** 元/月, two decimals (display). */
  perMonth: string;
  /** The value handed to the rules. */
  perMonthExact: string;
  chosen: LocalStandardInForce | null;
  segments: Array<YearSegment<LocalStandardInForce>>;
}

/**
 * The local standard that counts for a year under a named rule (default: in force on 31 December).
 * `supplyAs` names how the caller can give the value instead (used in the error).
 * @see 第12条
 */
export function localStandardForYear(
  regionCode: string,
  year: number,
  area: StandardArea,
  options?: RuleOptions & { rule?: YearValueRule; supplyAs?: string },
): LocalStandardForYear {
  [regionCode, year, area, options] = readOnceArgs(
    ['regionCode', 'year', 'area', 'options'],
    regionCode,
    year,
    area,
    options,
  );
  const y = requireYear(year);
  const { region } = requireRegion(regionCode, String(y));
  const rule = options?.rule ?? 'inForceOn31December';
  const supplyAs = options?.supplyAs ?? `overrides.dibaoStandardPerMonth.${area}`;
  const base = { regionCode: region.code, regionName: region.name, year: y, area, rule };
  const lookup = (d: string) => standardOn(region, area, d, supplyAs, regionCode);
  if (rule === 'inForceOn31December' || rule === 'inForceOn1January') {
    const date = `${String(y).padStart(4, '0')}-${rule === 'inForceOn1January' ? '01-01' : '12-31'}`;
    const v = lookup(date);
    return {
      ...base,
      perMonth: v.perMonth,
      perMonthExact: v.perMonthExact,
      chosen: v,
      segments: [{ from: date, to: date, days: 1, value: v }],
    };
  }
  const changes = APPROVED_STANDARDS.filter((s) => s.regionCode === region.code && s.area === area).flatMap(
    (s) => [s.from, nextDay(s.to)],
  );
  const segments = segmentsOfYear(y, changes, lookup);
  if (rule === 'timeWeighted') {
    const avg = timeWeightedAverage(segments, (v) => new Dec(v.perMonthExact));
    return { ...base, perMonth: money2(avg), perMonthExact: avg.toFixed(), chosen: null, segments };
  }
  const chosen = chooseForYear(rule, segments).value;
  return { ...base, perMonth: chosen.perMonth, perMonthExact: chosen.perMonthExact, chosen, segments };
}
