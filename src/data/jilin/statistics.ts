/**
 * Statistics of 第4条 that were found: 城乡居民人均可支配收入 (元/年) and the 国家现行扶贫标准 (元/人·年).
 * Everything else is absent — never guessed — and must come from the caller (a statistics bureau has it).
 */

import { Dec, money2 } from '../../core/money.js';
import type { RuleOptions } from '../../core/options.js';
import { readOnceArgs } from '../../core/read-once.js';
import { notInPack } from './data-error.js';
import { requireRegion, requireYear } from './lookup-args.js';
import type { Source } from './source.js';

/** Per-capita disposable income of one area and year. Absent fields were not found. */
export interface DisposableIncome {
  /** GB/T 2260 code of the area the figure was published for (`220000` = the whole province). */
  areaCode: string;
  areaName: string;
  year: number;
  urbanPerYear?: string;
  ruralPerYear?: string;
  /** 全体居民人均可支配收入 (not used by 第4条). */
  allResidentsPerYear?: string;
  ref: Source;
}

function statYear(year: number, source: string, note?: string): Source {
  return { source, effective: `${year}-01-01`, effectiveBasis: 'year', ...(note ? { note } : {}) };
}

/** The incomes found (元/年). */
export const DISPOSABLE_INCOMES: readonly DisposableIncome[] = [
  {
    areaCode: '220000',
    areaName: '吉林省',
    year: 2020,
    urbanPerYear: '33396',
    ruralPerYear: '16067',
    ref: statYear(2020, 'huaon.com/channel/rank/778118.html（引吉林省统计局）', '统计年度2020'),
  },
  {
    areaCode: '220100',
    areaName: '长春市',
    year: 2020,
    urbanPerYear: '34560',
    ruralPerYear: '16636',
    ref: statYear(
      2020,
      'huaon.com/channel/rank/778118.html（引吉林省统计局）',
      '统计年度2020；长春市全市口径',
    ),
  },
  {
    areaCode: '220000',
    areaName: '吉林省',
    year: 2019,
    allResidentsPerYear: '24563',
    ref: statYear(2019, 'm.iybtv.com/rec/p/195315.html', '全体居民口径'),
  },
  {
    areaCode: '222401',
    areaName: '延吉市',
    year: 2014,
    urbanPerYear: '26860',
    ruralPerYear: '11837',
    ref: statYear(2014, 'iybrb.com/eco/content/2015-06/17/14_26458.html', '统计年度2014'),
  },
  {
    areaCode: '220000',
    areaName: '吉林省',
    year: 2012,
    urbanPerYear: '20208',
    ref: statYear(2012, 'hljxinwen.dbw.cn/system/2013/11/13/000766086.shtml', '统计年度2012'),
  },
];

/** 国家现行扶贫标准 at current prices (元/人·年; 2300 at 2010 prices). */
export interface PovertyLine {
  year: number;
  perYear: string;
  ref: Source;
}

const YUNNAN = '云南调查年鉴2017 表4-2注';

/** The lines found. 2017, 2018 and 2020 (only "about 4000") are absent. */
export const POVERTY_LINES: readonly PovertyLine[] = [
  { year: 2011, perYear: '2536', ref: statYear(2011, YUNNAN) },
  { year: 2012, perYear: '2625', ref: statYear(2012, YUNNAN) },
  { year: 2013, perYear: '2736', ref: statYear(2013, YUNNAN) },
  { year: 2014, perYear: '2800', ref: statYear(2014, YUNNAN) },
  { year: 2015, perYear: '2855', ref: statYear(2015, YUNNAN) },
  { year: 2016, perYear: '2952', ref: statYear(2016, YUNNAN) },
  {
    year: 2019,
    perYear: '3218',
    ref: statYear(2019, '二手来源（参考文件注明为弱来源）', '来源较弱，使用前宜向统计部门核实'),
  },
];

/** An income figure of the pack for a region. */
export interface IncomeFigure {
  regionCode: string;
  regionName: string;
  year: number;
  area: 'urban' | 'rural';
  /** 元/年, two decimals. */
  perYear: string;
  /** As published. */
  published: string;
  ref: Source;
}

/**
 * 城市（城镇）或农村居民人均可支配收入 published for a region and year (元/年). Only the region's own figure is
 * used: never the province's for a county.
 * @see 第4条
 * @example disposableIncomeFor('220100', 2020, 'urban').perYear // '34560.00'
 */
export function disposableIncomeFor(
  regionCode: string,
  year: number,
  area: 'urban' | 'rural',
  _options?: RuleOptions,
): IncomeFigure {
  [regionCode, year, area, _options] = readOnceArgs(
    ['regionCode', 'year', 'area', 'options'],
    regionCode,
    year,
    area,
    _options,
  );
  const y = requireYear(year);
  const { region } = requireRegion(regionCode, String(y));
  const field = area === 'urban' ? 'urbanDisposableIncomePerYear' : 'ruralDisposableIncomePerYear';
  const row = DISPOSABLE_INCOMES.find((x) => x.areaCode === region.code && x.year === y);
  const value = area === 'urban' ? row?.urbanPerYear : row?.ruralPerYear;
  if (!row || value === undefined) {
    throw notInPack({
      value: field,
      valueZh: area === 'urban' ? '城市居民人均可支配收入' : '农村居民人均可支配收入',
      regionCode,
      regionName: region.name,
      period: String(y),
      supplyAs: `supplied.${field}`,
      unit: '元/年',
    });
  }
  return {
    regionCode: region.code,
    regionName: region.name,
    year: y,
    area,
    perYear: money2(new Dec(value)),
    published: value,
    ref: row.ref,
  };
}

/** The poverty line of a year, or a `DibaoDataError` naming `regionName(regionCode)`. */
export function povertyLineOrThrow(year: number, regionCode: string, regionName: string): PovertyLine {
  const line = POVERTY_LINES.find((x) => x.year === year);
  if (line) return line;
  throw notInPack({
    value: 'povertyLinePerYear',
    valueZh: '国家现行扶贫标准',
    regionCode,
    regionName,
    period: String(year),
    supplyAs: 'supplied.povertyLinePerYear',
    unit: '元/人·年',
    remark: {
      zh: '数据包只有2011–2016年及2019年（弱来源）的扶贫标准',
      en: 'the pack holds the lines of 2011–2016 and 2019 (weak source) only',
    },
  });
}

/**
 * 国家现行扶贫标准 of a year (元/人·年, current prices).
 * @see 第4条
 * @example povertyLineFor(2016).perYear // '2952'
 */
export function povertyLineFor(year: number, _options?: RuleOptions): PovertyLine {
  [year, _options] = readOnceArgs(['year', 'options'], year, _options);
  const y = requireYear(year);
  return povertyLineOrThrow(y, '220000', '吉林省');
}
