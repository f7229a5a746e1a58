/**
 * 省城乡低保最低指导标准 (第4条: 省政府发布城乡低保最低指导标准) by year, tier and region list.
 * Published per person per month. Found: 2021 and 2022 (吉民发〔2022〕15号 keeps the 2021 levels — the pack
 * reads "keeps" as the same standard for every listed area) and 2024 (吉民发〔2023〕67号; the rural lists for
 * 470 / 440 / 410 were cut off in the copy seen, so only 长春市 500 is known). 2018–2020 and 2023: not found.
 */
import { Dec, money2 } from '../../core/money.js';
import type { RuleOptions } from '../../core/options.js';
import { readOnceArgs } from '../../core/read-once.js';
import { notInPack } from './data-error.js';
import { requireRegion, requireYear } from './lookup-args.js';
import { regionByPublishedName } from './regions.js';
import type { Source } from './source.js';

/** Urban (城市) or rural (农村). */
export type StandardArea = 'urban' | 'rural';

/** One tier of a guidance list. */
export interface GuidanceTier {
  /** 元/人·月 as published. */
  perMonth: string;
  /** The areas listed at this tier, as published. */
  names: readonly string[];
}

/** The guidance of one year. */
export interface GuidanceYear {
  year: number;
  ref: Source;
  /** All guidance values are published per month (元/人·月). */
  unit: '元/人·月';
  urban: readonly GuidanceTier[];
  rural: readonly GuidanceTier[];
  /** False when part of the list was missing from the copy seen (areas not listed are unknown). */
  urbanComplete: boolean;
  ruralComplete: boolean;
}

const URBAN_2022: readonly GuidanceTier[] = [
  { perMonth: '650', names: ['长春市', '延吉市', '梅河口市', '公主岭市'] },
  {
    perMonth: '600',
    names: [
      '吉林市',
      '四平市',
      '辽源市',
      '通化市',
      '松原市',
      '双阳区',
      '九台区',
      '德惠市',
      '桦甸市',
      '磐石市',
      '通化县',
      '柳河县',
      '前郭县',
      '图们市',
      '敦化市',
      '珲春市',
    ],
  },
  {
    perMonth: '550',
    names: [
      '白山市',
      '白城市',
      '长白山保护开发区',
      '农安县',
      '榆树市',
      '永吉县',
      '舒兰市',
      '蛟河市',
      '双辽市',
      '梨树县',
      '伊通县',
      '东丰县',
      '东辽县',
      '辉南县',
      '集安市',
      '江源区',
      '临江市',
      '抚松县',
      '靖宇县',
      '长白县',
      '洮南市',
      '大安市',
      '镇赉县',
      '通榆县',
      '长岭县',
      '乾安县',
      '扶余市',
      '龙井市',
      '和龙市',
      '汪清县',
      '安图县',
    ],
  },
];

const RURAL_2022: readonly GuidanceTier[] = [
  {
    perMonth: '415',
    names: ['长春市', '延吉市', '梅河口市', '双阳区', '九台区', '农安县', '榆树市', '德惠市', '公主岭市'],
  },
  {
    perMonth: '410',
    names: [
      '吉林市',
      '四平市',
      '辽源市',
      '通化市',
      '永吉县',
      '桦甸市',
      '舒兰市',
      '蛟河市',
      '磐石市',
      '双辽市',
      '梨树县',
      '东辽县',
      '通化县',
      '辉南县',
      '集安市',
      '江源区',
      '临江市',
      '抚松县',
      '乾安县',
      '扶余市',
      '前郭县',
      '珲春市',
      '敦化市',
    ],
  },
  {
    perMonth: '405',
    names: [
      '白山市',
      '白城市',
      '松原市',
      '长白山保护开发区',
      '伊通县',
      '东丰县',
      '柳河县',
      '靖宇县',
      '长白县',
      '洮南市',
      '大安市',
      '镇赉县',
      '通榆县',
      '长岭县',
      '图们市',
      '龙井市',
      '和龙市',
      '汪清县',
      '安图县',
    ],
  },
];

const SOURCE_2022 =
  '吉民发〔2022〕15号（维持2021年标准）；husay.cn/c/12213a9422023.html；husay.cn/c/12213aR22023.html';

/** The guidance years in the pack. */
export const GUIDANCE_YEARS: readonly GuidanceYear[] = [
  {
    year: 2021,
    ref: {
      source: SOURCE_2022,
      effective: '2021-01-01',
      effectiveBasis: 'year',
      note: '2021年名单取自2022年文件（吉民发〔2022〕15号维持2021年标准）',
    },
    unit: '元/人·月',
    urban: URBAN_2022,
    rural: RURAL_2022,
    urbanComplete: true,
    ruralComplete: true,
  },
  {
    year: 2022,
    ref: { source: SOURCE_2022, effective: '2022-01-01', effectiveBasis: 'year' },
    unit: '元/人·月',
    urban: URBAN_2022,
    rural: RURAL_2022,
    urbanComplete: true,
    ruralComplete: true,
  },
  {
    year: 2024,
    ref: {
      source:
        '吉民发〔2023〕67号；jwbk.com/techan/fe5080b9383abe3b8fd876c6bdf0e08f.html；psdyun.com/?id=1242488',
      effective: '2024-01-01',
      effectiveBasis: 'year',
      note: '农村470/440/410三档名单在所见文本中被截断，仅知长春市500',
    },
    unit: '元/人·月',
    urban: [
      { perMonth: '770', names: ['长春市'] },
      {
        perMonth: '660',
        names: [
          '吉林市',
          '四平市',
          '辽源市',
          '通化市',
          '松原市',
          '梅河口市',
          '双阳区',
          '九台区',
          '农安县',
          '公主岭市',
          '延吉市',
        ],
      },
      {
        perMonth: '620',
        names: [
          '德惠市',
          '榆树市',
          '磐石市',
          '桦甸市',
          '伊通县',
          '东辽县',
          '东丰县',
          '通化县',
          '柳河县',
          '集安市',
          '前郭县',
          '图们市',
          '敦化市',
          '珲春市',
        ],
      },
      {
        perMonth: '560',
        names: [
          '白山市',
          '白城市',
          '长白山保护开发区',
          '永吉县',
          '舒兰市',
          '蛟河市',
          '双辽市',
          '梨树县',
          '通榆县',
          '辉南县',
          '江源区',
          '抚松县',
          '靖宇县',
          '长白县',
          '临江市',
          '洮南市',
          '大安市',
          '镇赉县',
          '乾安县',
          '长岭县',
          '扶余市',
          '安图县',
          '龙井市',
          '和龙市',
          '汪清县',
        ],
      },
    ],
    rural: [
      { perMonth: '500', names: ['长春市'] },
      { perMonth: '470', names: [] },
      { perMonth: '440', names: [] },
      { perMonth: '410', names: [] },
    ],
    urbanComplete: true,
    ruralComplete: false,
  },
];

/** The guidance of a region for a year and area. */
export interface ProvincialGuidance {
  regionCode: string;
  regionName: string;
  year: number;
  area: StandardArea;
  /** 1 = highest tier of the year. */
  tier: number;
  tierCount: number;
  /** 元/人·月, two decimals. */
  perMonth: string;
  /** As published, with its unit. */
  published: { value: string; unit: '元/人·月' };
  ref: Source;
}

/** Every tier index (1-based) at which a year's list names `regionCode` (exactly one for listed regions; tested). */
export function guidanceTiersOf(year: GuidanceYear, area: StandardArea, regionCode: string): number[] {
  const tiers = area === 'urban' ? year.urban : year.rural;
  const out: number[] = [];
  tiers.forEach((t, i) => {
    for (const name of t.names) if (regionByPublishedName(name).code === regionCode) out.push(i + 1);
  });
  return out;
}

const AREA_ZH: Readonly<Record<StandardArea, string>> = { urban: '城市', rural: '农村' };

/**
 * 省城乡低保最低指导标准 of a region for a year (urban or rural).
 * @see 第4条
 * @example provincialGuidanceFor('220100', 2022, 'urban').perMonth // '650.00'
 */
export function provincialGuidanceFor(
  regionCode: string,
  year: number,
  area: StandardArea,
  _options?: RuleOptions,
): ProvincialGuidance {
  [regionCode, year, area, _options] = readOnceArgs(
    ['regionCode', 'year', 'area', 'options'],
    regionCode,
    year,
    area,
    _options,
  );
  const y = requireYear(year);
  const { region } = requireRegion(regionCode, String(y));
  const field = `${area}PerMonth`;
  const missing = (remark?: { zh: string; en: string }) =>
    notInPack({
      value: `provincialGuidance.${field}`,
      valueZh: `省${AREA_ZH[area]}低保最低指导标准`,
      regionCode,
      regionName: region.name,
      period: String(y),
      supplyAs: `supplied.provincialGuidance.${field}`,
      unit: '元/人·月',
      ...(remark ? { remark } : {}),
    });
  const g = GUIDANCE_YEARS.find((x) => x.year === y);
  if (!g) {
    throw missing({
      zh: '数据包只有2021、2022、2024年的指导标准（dibaoStandardsFor 也可用 supplied.provincialGuidance = null 指明不适用）',
      en: 'the pack holds the guidance of 2021, 2022 and 2024 only (dibaoStandardsFor also takes supplied.provincialGuidance = null to apply none)',
    });
  }
  const tiers = area === 'urban' ? g.urban : g.rural;
  const [tier] = guidanceTiersOf(g, area, region.code);
  const t = tier === undefined ? undefined : tiers[tier - 1];
  if (tier === undefined || !t) {
    const complete = area === 'urban' ? g.urbanComplete : g.ruralComplete;
    throw missing(
      complete
        ? { zh: '该地区不在当年名单中', en: 'the region is not in that year’s list' }
        : { zh: '当年名单在所见文本中不完整', en: 'that year’s list was incomplete in the copy seen' },
    );
  }
  return {
    regionCode: region.code,
    regionName: region.name,
    year: y,
    area,
    tier,
    tierCount: tiers.length,
    perMonth: money2(new Dec(t.perMonth)),
    published: { value: t.perMonth, unit: g.unit },
    ref: g.ref,
  };
}
