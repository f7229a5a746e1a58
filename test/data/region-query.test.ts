/**
 * `lookupRegion`: a code or a name as a person writes it → one unit of the pack, or the candidates.
 */
import { describe, expect, it } from 'vitest';
import { JILIN_REGIONS, lookupRegion } from '../../src/data/jilin/index.js';

const codes = (r: ReturnType<typeof lookupRegion>) =>
  r.kind === 'found' ? [r.resolved.region.code] : r.candidates.map((c) => c.code);

describe('lookupRegion', () => {
  it('resolves every unit by its code, its official name and each published alias', () => {
    for (const region of JILIN_REGIONS) {
      for (const q of [region.code, region.name, ...region.aliases]) {
        const r = lookupRegion(q);
        expect(r.kind, q).toBe('found');
        expect(codes(r), q).toEqual([region.code]);
      }
    }
  });

  it('resolves the names of the issue: 长春市 → 220100 (its 市区), 延吉市 → 222401; blanks around are ignored', () => {
    expect(lookupRegion('长春市')).toEqual({
      kind: 'found',
      resolved: { region: expect.objectContaining({ code: '220100' }) },
    });
    expect(codes(lookupRegion(' 延吉市 '))).toEqual(['222401']);
  });

  it('resolves a 市辖区 by name or code to its cityDistricts unit, saying which district', () => {
    for (const q of ['南关区', '220102']) {
      const r = lookupRegion(q);
      expect(r).toMatchObject({
        kind: 'found',
        resolved: { region: { code: '220100' }, district: { code: '220102', name: '南关区' } },
      });
    }
  });

  it('resolves a former code to the same unit (220381 → 公主岭市 220184)', () => {
    expect(lookupRegion('220381')).toMatchObject({
      kind: 'found',
      resolved: { region: { code: '220184' }, formerCode: { code: '220381' } },
    });
  });

  it('never picks a unit from a partial name: it lists the units sharing the stem', () => {
    expect(lookupRegion('延吉')).toMatchObject({ kind: 'unknown' });
    expect(codes(lookupRegion('延吉'))).toEqual(['222401']);
    expect(codes(lookupRegion('通化'))).toEqual(['220500', '220521']);
    // 长春县 is no unit; its stem 长春 names 长春市 (its alias 长春市区 is the same unit, listed once).
    expect(codes(lookupRegion('长春县'))).toEqual(['220100']);
    expect(codes(lookupRegion('长白'))).toEqual(['220623', 'JL-CBS']);
  });

  it('lists the units of a prefecture that is no unit itself, by code or name', () => {
    const yanbian = ['222401', '222402', '222403', '222404', '222405', '222406', '222424', '222426'];
    expect(codes(lookupRegion('222400'))).toEqual(yanbian);
    expect(codes(lookupRegion('延边朝鲜族自治州'))).toEqual(yanbian);
    expect(codes(lookupRegion('延边'))).toEqual(yanbian);
  });

  it('an unknown Jilin code lists its prefecture’s units; anything else has no candidates', () => {
    expect(codes(lookupRegion('220199'))).toEqual([
      '220100',
      '220112',
      '220113',
      '220122',
      '220182',
      '220183',
      '220184',
    ]);
    expect(lookupRegion('吉林省')).toEqual({ kind: 'unknown', candidates: [] });
    expect(lookupRegion('110000')).toEqual({ kind: 'unknown', candidates: [] });
    expect(lookupRegion('')).toEqual({ kind: 'unknown', candidates: [] });
  });

  it('no name is shared by two units today, so no name of the pack is ambiguous', () => {
    const names = JILIN_REGIONS.flatMap((r) => [
      r.name,
      ...r.aliases,
      ...(r.districts ?? []).map((d) => d.name),
    ]);
    for (const n of names) expect(lookupRegion(n).kind, n).toBe('found');
  });
});
