/**
 * The regions of the Jilin data pack: every prefecture-level and county-level unit named in the published
 * lists (minimum wage tiers, provincial guidance, approved 低保 standards), keyed by its GB/T 2260 code.
 *
 * A prefecture's own code (`220100` 长春市, …) stands for its 市区 — the city districts that the lists
 * do not name separately (the 2018 table writes this "长春市(不含双阳、九台)"). Districts that the lists
 * name on their own (双阳区, 九台区, 江源区) are units of their own. 延边朝鲜族自治州 has no 市区 of its own
 * (its seat is 延吉市), so `222400` is a prefecture but not a unit.
 *
 * 长白山保护开发区 has no GB/T 2260 code: the division dataset files its towns under 抚松县 (220621) and
 * 安图县 (222426). The pack keys it `JL-CBS`, a code that cannot be mistaken for a GB/T 2260 code
 * (`gbCode: false`), and never invents a six-digit one.
 */

/** What the unit is. */
export type RegionKind =
  | 'cityDistricts' // a prefecture's 市区 not listed separately (key = the prefecture's code)
  | 'district' // 市辖区 listed on its own
  | 'county' // 县 / 自治县
  | 'countyCity' // 县级市
  | 'managementArea'; // 长白山保护开发区 (省政府派出机构, no GB/T 2260 code)

/** One region of the pack. */
export interface JilinRegion {
  /** GB/T 2260 code, or `JL-CBS` for 长白山保护开发区. */
  readonly code: string;
  /** False only for the non-GB key of 长白山保护开发区. */
  readonly gbCode: boolean;
  /** Official name (GB/T 2260 name; for `cityDistricts` the prefecture's name). */
  readonly name: string;
  readonly kind: RegionKind;
  /** The prefecture (GB/T 2260, `xx xx 00`) it belongs to today; `null` for 长白山保护开发区. */
  readonly prefectureCode: string | null;
  /** Other names the published lists use for it. */
  readonly aliases: readonly string[];
  /** For a `cityDistricts` unit: the GB/T 2260 市辖区 inside it (looked up as this unit, with a note). */
  readonly districts?: ReadonlyArray<{ code: string; name: string }>;
  /** Earlier codes of the same unit (looked up as this unit, with a note). */
  readonly formerCodes?: ReadonlyArray<{ code: string; prefectureCode: string; note: string }>;
  /** A short Chinese remark. */
  readonly note?: string;
}

/** The non-GB key of 长白山保护开发区. */
export const CHANGBAISHAN_CODE = 'JL-CBS';

function r(
  code: string,
  name: string,
  kind: RegionKind,
  aliases: readonly string[] = [],
  extra: Partial<Pick<JilinRegion, 'formerCodes' | 'note' | 'districts'>> = {},
): JilinRegion {
  const prefectureCode = code === CHANGBAISHAN_CODE ? null : `${code.slice(0, 4)}00`;
  return { code, gbCode: code !== CHANGBAISHAN_CODE, name, kind, prefectureCode, aliases, ...extra };
}

/** The prefecture-level units (GB/T 2260), for reference. */
export const JILIN_PREFECTURES: ReadonlyArray<{ code: string; name: string }> = [
  { code: '220100', name: '长春市' },
  { code: '220200', name: '吉林市' },
  { code: '220300', name: '四平市' },
  { code: '220400', name: '辽源市' },
  { code: '220500', name: '通化市' },
  { code: '220600', name: '白山市' },
  { code: '220700', name: '松原市' },
  { code: '220800', name: '白城市' },
  { code: '222400', name: '延边朝鲜族自治州' },
];

/** Every unit of the pack, in GB/T 2260 order (长白山保护开发区 last). */
export const JILIN_REGIONS: readonly JilinRegion[] = [
  r('220100', '长春市', 'cityDistricts', ['长春市区', '长春市(不含双阳、九台)'], {
    districts: [
      { code: '220102', name: '南关区' },
      { code: '220103', name: '宽城区' },
      { code: '220104', name: '朝阳区' },
      { code: '220105', name: '二道区' },
      { code: '220106', name: '绿园区' },
    ],
    note: '长春市区，不含单列的双阳区、九台区',
  }),
  r('220112', '双阳区', 'district'),
  r('220113', '九台区', 'district', [], { note: '2014年撤九台市设九台区' }),
  r('220122', '农安县', 'county'),
  r('220182', '榆树市', 'countyCity'),
  r('220183', '德惠市', 'countyCity'),
  r('220184', '公主岭市', 'countyCity', [], {
    formerCodes: [
      {
        code: '220381',
        prefectureCode: '220300',
        note: '公主岭市原由四平市管辖（220381），2020年起由长春市代管（220184）；同一单位',
      },
    ],
  }),
  r('220200', '吉林市', 'cityDistricts', ['吉林市区'], {
    districts: [
      { code: '220202', name: '昌邑区' },
      { code: '220203', name: '龙潭区' },
      { code: '220204', name: '船营区' },
      { code: '220211', name: '丰满区' },
    ],
  }),
  r('220221', '永吉县', 'county'),
  r('220281', '蛟河市', 'countyCity'),
  r('220282', '桦甸市', 'countyCity'),
  r('220283', '舒兰市', 'countyCity'),
  r('220284', '磐石市', 'countyCity'),
  r('220300', '四平市', 'cityDistricts', ['四平市区'], {
    districts: [
      { code: '220302', name: '铁西区' },
      { code: '220303', name: '铁东区' },
    ],
  }),
  r('220322', '梨树县', 'county'),
  r('220323', '伊通满族自治县', 'county', ['伊通县']),
  r('220382', '双辽市', 'countyCity'),
  r('220400', '辽源市', 'cityDistricts', ['辽源市区'], {
    districts: [
      { code: '220402', name: '龙山区' },
      { code: '220403', name: '西安区' },
    ],
  }),
  r('220421', '东丰县', 'county'),
  r('220422', '东辽县', 'county'),
  r('220500', '通化市', 'cityDistricts', ['通化市区'], {
    districts: [
      { code: '220502', name: '东昌区' },
      { code: '220503', name: '二道江区' },
    ],
  }),
  r('220521', '通化县', 'county'),
  r('220523', '辉南县', 'county'),
  r('220524', '柳河县', 'county'),
  r('220581', '梅河口市', 'countyCity'),
  r('220582', '集安市', 'countyCity'),
  r('220600', '白山市', 'cityDistricts', ['白山市区'], {
    districts: [{ code: '220602', name: '浑江区' }],
    note: '白山市区，不含单列的江源区',
  }),
  r('220605', '江源区', 'district'),
  r('220621', '抚松县', 'county'),
  r('220622', '靖宇县', 'county'),
  r('220623', '长白朝鲜族自治县', 'county', ['长白县']),
  r('220681', '临江市', 'countyCity'),
  r('220700', '松原市', 'cityDistricts', ['松原市区'], { districts: [{ code: '220702', name: '宁江区' }] }),
  r('220721', '前郭尔罗斯蒙古族自治县', 'county', ['前郭县']),
  r('220722', '长岭县', 'county'),
  r('220723', '乾安县', 'county'),
  r('220781', '扶余市', 'countyCity'),
  r('220800', '白城市', 'cityDistricts', ['白城市区'], { districts: [{ code: '220802', name: '洮北区' }] }),
  r('220821', '镇赉县', 'county'),
  r('220822', '通榆县', 'county'),
  r('220881', '洮南市', 'countyCity'),
  r('220882', '大安市', 'countyCity'),
  r('222401', '延吉市', 'countyCity'),
  r('222402', '图们市', 'countyCity'),
  r('222403', '敦化市', 'countyCity'),
  r('222404', '珲春市', 'countyCity'),
  r('222405', '龙井市', 'countyCity'),
  r('222406', '和龙市', 'countyCity'),
  r('222424', '汪清县', 'county'),
  r('222426', '安图县', 'county'),
  r(CHANGBAISHAN_CODE, '长白山保护开发区', 'managementArea', ['长白山管委会', '长白山保护开发区管理委员会'], {
    note: '无GB/T 2260代码（其乡镇在区划数据中分属抚松县、安图县），数据包以非国标代码 JL-CBS 标识',
  }),
];

const BY_CODE: ReadonlyMap<string, JilinRegion> = new Map(JILIN_REGIONS.map((x) => [x.code, x]));
const BY_FORMER_CODE: ReadonlyMap<string, JilinRegion> = new Map(
  JILIN_REGIONS.flatMap((x) => (x.formerCodes ?? []).map((f) => [f.code, x] as const)),
);
const BY_DISTRICT: ReadonlyMap<string, { region: JilinRegion; district: { code: string; name: string } }> =
  new Map(
    JILIN_REGIONS.flatMap((x) =>
      (x.districts ?? []).map((d) => [d.code, { region: x, district: d }] as const),
    ),
  );
const BY_NAME: ReadonlyMap<string, JilinRegion> = new Map(
  JILIN_REGIONS.flatMap((x) => [x.name, ...x.aliases].map((n) => [n, x] as const)),
);

/** How a code was resolved. */
export interface ResolvedRegion {
  region: JilinRegion;
  /** Set when the caller used the code of a 市辖区 inside a `cityDistricts` unit (e.g. 220102 南关区 → 220100). */
  district?: { code: string; name: string };
  /** Set when the caller used an earlier code of the unit (e.g. 220381 for 公主岭市). */
  formerCode?: { code: string; prefectureCode: string; note: string };
}

/**
 * The unit for a code — its own, a former one (220381 → 公主岭市), or a 市辖区 inside a `cityDistricts` unit
 * (220102 南关区 → 220100 长春市区: the same standards apply) — or `undefined`.
 */
export function findRegion(code: string): ResolvedRegion | undefined {
  const region = BY_CODE.get(code);
  if (region) return { region };
  const viaDistrict = BY_DISTRICT.get(code);
  if (viaDistrict) return viaDistrict;
  const viaFormer = BY_FORMER_CODE.get(code);
  if (!viaFormer) return undefined;
  const formerCode = viaFormer.formerCodes?.find((f) => f.code === code);
  return formerCode ? { region: viaFormer, formerCode } : { region: viaFormer };
}

/**
 * The unit a published list means by `name` (official name or an alias such as `伊通县`, `长白山管委会`).
 * Throws a plain `Error` for a name the pack does not know: that is a defect of the pack's data, caught by
 * its tests, never a caller's mistake.
 */
export function regionByPublishedName(name: string): JilinRegion {
  const region = BY_NAME.get(name);
  if (!region) throw new Error(`Jilin data pack: unknown published region name ${JSON.stringify(name)}`);
  return region;
}

/** `长春市(220100)` for messages. */
export function regionLabel(region: JilinRegion): string {
  return `${region.name}(${region.code})`;
}
