/**
 * A region as a person writes it — a code (`220100`, `222401`, a 市辖区's `220102`, a former `220381`) or a
 * name (`长春市`, `延吉市`, an alias such as `伊通县`, a 市辖区 such as `南关区`) — resolved to one unit of the
 * pack, or to the candidates it may mean. Only an exact code or name resolves: a partial name (`延吉`,
 * `通化`) never picks a unit by itself, because a wrong region is a wrong standard and a wrong 低保金; it
 * gives candidates to choose from instead.
 */
import {
  findRegion,
  JILIN_PREFECTURES,
  JILIN_REGIONS,
  type JilinRegion,
  type ResolvedRegion,
} from './regions.js';

/** What a code or name means: one unit, or none with the units it may have meant (possibly none). */
export type RegionQueryResult =
  | { readonly kind: 'found'; readonly resolved: ResolvedRegion }
  | { readonly kind: 'ambiguous' | 'unknown'; readonly candidates: readonly JilinRegion[] };

/** Every name a unit is known by, with the 市辖区 it stands for when the name is a district's. */
const NAMED: ReadonlyArray<{ name: string; resolved: ResolvedRegion }> = JILIN_REGIONS.flatMap((region) => [
  ...[region.name, ...region.aliases].map((name) => ({ name, resolved: { region } })),
  ...(region.districts ?? []).map((district) => ({ name: district.name, resolved: { region, district } })),
]);

/** The suffixes of a Chinese unit name, longest first (`延边朝鲜族自治州` → `延边`). */
const SUFFIXES = [
  '朝鲜族自治州',
  '满族自治县',
  '朝鲜族自治县',
  '蒙古族自治县',
  '自治县',
  '市区',
  '市',
  '县',
  '区',
  '州',
];

function stem(name: string): string {
  for (const s of SUFFIXES)
    if (name.length > s.length + 1 && name.endsWith(s)) return name.slice(0, -s.length);
  return name;
}

function unique(regions: readonly JilinRegion[]): JilinRegion[] {
  return [...new Set(regions)];
}

/** The units of a prefecture named by its code or name (`222400`, `延边朝鲜族自治州`), empty if it is none. */
function unitsOfPrefecture(query: string): JilinRegion[] {
  const prefecture = JILIN_PREFECTURES.find((p) => p.code === query || p.name === query);
  return prefecture ? JILIN_REGIONS.filter((r) => r.prefectureCode === prefecture.code) : [];
}

/**
 * The unit a code or a name stands for. A code resolves as {@link findRegion} does; a name must be a unit's
 * official name, one of its published aliases, or the name of a 市辖区 inside a `cityDistricts` unit
 * (`南关区` → 长春市区). Anything else is `unknown`, with the units whose names share its stem (`延吉` →
 * 延吉市; `通化` → 通化市, 通化县) or, for a prefecture that is no unit itself (`222400`, `延边朝鲜族自治州`),
 * its units. A name two units share would be `ambiguous`, with both.
 * @example lookupRegion('长春市') // { kind: 'found', resolved: { region: { code: '220100', … } } }
 */
export function lookupRegion(query: string): RegionQueryResult {
  const q = query.trim();
  const byCode = findRegion(q);
  if (byCode) return { kind: 'found', resolved: byCode };
  const named = NAMED.filter((n) => n.name === q);
  const regions = unique(named.map((n) => n.resolved.region));
  const [first] = named;
  if (first && regions.length === 1) return { kind: 'found', resolved: first.resolved };
  if (regions.length > 1) return { kind: 'ambiguous', candidates: regions };
  const ofPrefecture = unitsOfPrefecture(q);
  if (ofPrefecture.length > 0) return { kind: 'unknown', candidates: ofPrefecture };
  const s = stem(q);
  // A prefecture that is no unit itself (延边朝鲜族自治州) stands for its units.
  const byStem =
    s.length >= 2
      ? unique([
          ...NAMED.filter((n) => n.name.startsWith(s)).map((n) => n.resolved.region),
          ...JILIN_PREFECTURES.filter((p) => p.name.startsWith(s) && !findRegion(p.code)).flatMap((p) =>
            unitsOfPrefecture(p.code),
          ),
        ])
      : [];
  if (byStem.length > 0) return { kind: 'unknown', candidates: byStem };
  const sameCodePrefecture = /^22[0-9]{4}$/.test(q) ? unitsOfPrefecture(`${q.slice(0, 4)}00`) : [];
  return { kind: 'unknown', candidates: sameCodePrefecture };
}
