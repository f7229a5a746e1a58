/** 特困人员认定办法(2021) 第21–22条: selfCareAbilityFromAdl, including absent (unknown) items. */
import { describe, expect, it } from 'vitest';
import {
  ADL_ITEMS,
  type AdlAssessment,
  type AdlItem,
  DibaoInputError,
  type SelfCareAbility,
  selfCareAbilityFromAdl,
  selfCareLevelForFailedItems,
} from '../../src/index.js';

const allAble = (): Record<AdlItem, boolean> => ({
  eating: true,
  dressing: true,
  transferring: true,
  toileting: true,
  indoorWalking: true,
  bathing: true,
});

/** The level by the text of 第22条, written independently of the implementation. */
function levelByText(failed: number): SelfCareAbility {
  if (failed === 0) return 'able'; // 六项全部达到
  if (failed <= 3) return 'partiallyLost'; // 3项及以下不能达到
  return 'fullyLost'; // 4项以上不能达到
}

describe('第22条 levels', () => {
  it.each([
    [0, 'able'],
    [1, 'partiallyLost'],
    [2, 'partiallyLost'],
    [3, 'partiallyLost'],
    [4, 'fullyLost'],
    [5, 'fullyLost'],
    [6, 'fullyLost'],
  ] as const)('%i items failed → %s', (failed, level) => {
    expect(selfCareLevelForFailedItems(failed)).toBe(level);
    const adl = allAble();
    for (const k of ADL_ITEMS.slice(0, failed)) adl[k] = false;
    const r = selfCareAbilityFromAdl(adl);
    expect(r.selfCareAbility).toBe(level);
    expect(r.failedItems).toEqual(ADL_ITEMS.slice(0, failed));
    expect(r.missing).toEqual([]);
    expect(r.possible).toEqual([level]);
  });

  it('every one of the 64 complete answers gives the level of its count of failures', () => {
    for (let mask = 0; mask < 64; mask++) {
      const adl = allAble();
      let failed = 0;
      ADL_ITEMS.forEach((k, i) => {
        if (mask & (1 << i)) {
          adl[k] = false;
          failed++;
        }
      });
      expect(selfCareAbilityFromAdl(adl, { trace: false }).selfCareAbility).toBe(levelByText(failed));
    }
  });
});

describe('absent items are unknown', () => {
  it('every one of the 729 partial answers is decided iff all completions agree', () => {
    for (let code = 0; code < 729; code++) {
      const adl: AdlAssessment = {};
      let failed = 0;
      let unknown = 0;
      let c = code;
      for (const k of ADL_ITEMS) {
        const v = c % 3; // 0 absent, 1 true, 2 false
        c = Math.trunc(c / 3);
        if (v === 0) unknown++;
        else if (v === 1) adl[k] = true;
        else {
          adl[k] = false;
          failed++;
        }
      }
      const levels = new Set<SelfCareAbility>();
      for (let extra = 0; extra <= unknown; extra++) levels.add(levelByText(failed + extra));
      const r = selfCareAbilityFromAdl(adl, { trace: false });
      expect(new Set(r.possible)).toEqual(levels);
      if (levels.size === 1) {
        expect(r.selfCareAbility).toBe([...levels][0]);
        expect(r.missing).toEqual([]);
      } else {
        expect(r.selfCareAbility).toBeNull();
        expect(r.missing).toEqual(ADL_ITEMS.filter((k) => adl[k] === undefined).map((k) => `adl.${k}`));
      }
      expect(r.unknownItems.length).toBe(unknown);
    }
  });

  it('4 known failures decide fullyLost with two items unknown', () => {
    const r = selfCareAbilityFromAdl({
      eating: false,
      dressing: false,
      transferring: false,
      toileting: false,
    });
    expect(r.selfCareAbility).toBe('fullyLost');
    expect(r.unknownItems).toEqual(['indoorWalking', 'bathing']);
    expect(r.missing).toEqual([]);
  });

  it('one failure and one unknown decide partiallyLost', () => {
    const r = selfCareAbilityFromAdl({ ...allAble(), bathing: false, eating: undefined } as never);
    expect(r.selfCareAbility).toBe('partiallyLost');
  });

  it('five able and one unknown: able or partiallyLost, missing names the item', () => {
    const { bathing: _, ...five } = allAble();
    const r = selfCareAbilityFromAdl(five);
    expect(r.selfCareAbility).toBeNull();
    expect(r.possible).toEqual(['able', 'partiallyLost']);
    expect(r.missing).toEqual(['adl.bathing']);
  });

  it('an empty assessment is entirely unknown', () => {
    const r = selfCareAbilityFromAdl({});
    expect(r.selfCareAbility).toBeNull();
    expect(r.possible).toEqual(['able', 'partiallyLost', 'fullyLost']);
    expect(r.missing).toHaveLength(6);
  });
});

describe('trace and inputs', () => {
  it('cites 第21条 for the items and 第22条 for the level', () => {
    const r = selfCareAbilityFromAdl({ ...allAble(), dressing: false, bathing: false });
    expect(r.trace.map((s) => [s.rule, s.article, s.output])).toEqual([
      ['selfCare.adlItems', '特困人员认定办法(2021)第21条', 2],
      ['selfCare.level', '特困人员认定办法(2021)第22条', 'partiallyLost'],
    ]);
    expect(r.trace[0]?.inputs).toMatchObject({ dressing: false, bathing: false, eating: true });
  });

  it('trace: false gives the same result with an empty trace; the input is untouched', () => {
    const adl = Object.freeze({ ...allAble(), toileting: false });
    const a = selfCareAbilityFromAdl(adl);
    const b = selfCareAbilityFromAdl(adl, { trace: false });
    expect(b.trace).toEqual([]);
    expect({ ...b, trace: a.trace }).toEqual(a);
    expect(adl).toEqual({ ...allAble(), toileting: false });
  });

  it.each([
    [{ eating: 'yes' }, 'adl.eating', 'invalid_type'],
    [{ bathing: 0 }, 'adl.bathing', 'invalid_type'],
    [{ bathing: null }, 'adl.bathing', 'invalid_type'],
    [{ walking: true }, 'adl.walking', 'unknown_key'],
    [null, 'adl', 'invalid_type'],
    [[true, true], 'adl', 'invalid_type'],
  ])('refuses %j with the path %s', (adl, path, code) => {
    let thrown: unknown;
    try {
      selfCareAbilityFromAdl(adl as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DibaoInputError);
    expect((thrown as DibaoInputError).issues).toEqual([expect.objectContaining({ path, code })]);
  });

  it('refuses __proto__ and constructor keys', () => {
    for (const key of ['__proto__', 'constructor']) {
      const adl = JSON.parse(`{"${key}": true, "eating": true}`);
      expect(() => selfCareAbilityFromAdl(adl)).toThrow(DibaoInputError);
    }
  });
});

describe('selfCareLevelForFailedItems — refuses what is not a whole number of the six ADL items (第22条)', () => {
  const issuesOf = (failed: unknown) => {
    try {
      selfCareLevelForFailedItems(failed as number);
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoInputError);
      return (e as DibaoInputError).issues;
    }
    return null;
  };
  const outOfRange = (got: string) => [
    {
      path: 'failed',
      code: 'out_of_range',
      message: `须为 0–6 的整数：${got}`,
      messageEn: `must be a whole number 0–6: ${got}`,
    },
  ];

  it('7, −1 and 2.5 are numbers out of range; 0 and 6 are the ends of the range', () => {
    expect(issuesOf(7)).toEqual(outOfRange('7'));
    expect(issuesOf(-1)).toEqual(outOfRange('-1'));
    expect(issuesOf(2.5)).toEqual(outOfRange('2.5'));
    expect(selfCareLevelForFailedItems(0)).toBe('able');
    expect(issuesOf(6)).toBeNull();
  });

  it('a string is the wrong type, shown quoted', () => {
    expect(issuesOf('3')).toEqual([
      {
        path: 'failed',
        code: 'invalid_type',
        message: '须为 0–6 的整数："3"',
        messageEn: 'must be a whole number 0–6: "3"',
      },
    ]);
  });
});
