/**
 * The explanation of selfCareAbilityFromAdl (特困人员认定办法(2021)第21–22条): the two steps a caseworker reads —
 * which of the six items were not met or not assessed, named in Chinese, and the level with the 第22条 band
 * that decided it, or why it stays open.
 */
import { describe, expect, it } from 'vitest';
import { type AdlAssessment, selfCareAbilityFromAdl } from '../../src/index.js';

const ITEMS_ARTICLE = '特困人员认定办法(2021)第21条';
const LEVELS_ARTICLE = '特困人员认定办法(2021)第22条';
const able = {
  eating: true,
  dressing: true,
  transferring: true,
  toileting: true,
  indoorWalking: true,
  bathing: true,
} as const;

describe('selfCareAbilityFromAdl trace', () => {
  it('all six met: 0 items, 六项全部达到 → 具备生活自理能力', () => {
    const r = selfCareAbilityFromAdl(able);
    expect(r.trace).toEqual([
      {
        rule: 'selfCare.adlItems',
        article: ITEMS_ARTICLE,
        inputs: { ...able },
        output: 0,
        note: '六项指标中 0 项不能达到',
      },
      {
        rule: 'selfCare.level',
        article: LEVELS_ARTICLE,
        inputs: { failedItems: 0, unknownItems: 0 },
        output: 'able',
        note: '六项全部达到，认定为具备生活自理能力',
      },
    ]);
  });

  it('two not met: the items are named in order, 3项及以下 → 部分丧失', () => {
    const r = selfCareAbilityFromAdl({ ...able, dressing: false, bathing: false });
    expect(r.trace.map((s) => [s.output, s.note])).toEqual([
      [2, '六项指标中 2 项不能达到（自主穿衣、自主洗澡）'],
      ['partiallyLost', '3项及以下不能达到，认定为部分丧失生活自理能力'],
    ]);
  });

  it('three not met is still 3项及以下; four is 4项以上 → 完全丧失', () => {
    const three = selfCareAbilityFromAdl({ ...able, eating: false, dressing: false, transferring: false });
    expect(three.trace[0]?.note).toBe('六项指标中 3 项不能达到（自主吃饭、自主穿衣、自主上下床）');
    expect(three.trace[1]?.note).toBe('3项及以下不能达到，认定为部分丧失生活自理能力');
    const four = selfCareAbilityFromAdl({
      ...able,
      eating: false,
      dressing: false,
      transferring: false,
      toileting: false,
    });
    expect(four.trace[1]).toMatchObject({
      inputs: { failedItems: 4, unknownItems: 0 },
      output: 'fullyLost',
      note: '4项以上不能达到，认定为完全丧失生活自理能力',
    });
  });

  it('one item not assessed but the level fixed: the unknown item is listed as null and named', () => {
    // 1 failed + 1 unknown → 1 or 2 failed → 部分丧失 either way
    const adl: AdlAssessment = {
      eating: false,
      transferring: true,
      toileting: true,
      indoorWalking: true,
      bathing: true,
    };
    const r = selfCareAbilityFromAdl(adl);
    expect(r.selfCareAbility).toBe('partiallyLost');
    expect(r.missing).toEqual([]);
    expect(r.trace).toEqual([
      {
        rule: 'selfCare.adlItems',
        article: ITEMS_ARTICLE,
        inputs: { ...able, eating: false, dressing: null },
        output: 1,
        note: '已知 1 项不能达到，1 项未评估（自主穿衣）',
      },
      {
        rule: 'selfCare.level',
        article: LEVELS_ARTICLE,
        inputs: { failedItems: 1, unknownItems: 1 },
        output: 'partiallyLost',
        note: '3项及以下不能达到，认定为部分丧失生活自理能力',
      },
    ]);
  });

  it('open level: 3 failed + 2 unknown → 3–5 failed, the note names both possible levels', () => {
    const r = selfCareAbilityFromAdl({
      eating: false,
      dressing: false,
      transferring: false,
      indoorWalking: true,
    });
    expect(r.selfCareAbility).toBeNull();
    expect(r.missing).toEqual(['adl.toileting', 'adl.bathing']);
    expect(r.trace.map((s) => [s.inputs, s.output, s.note])).toEqual([
      [
        {
          eating: false,
          dressing: false,
          transferring: false,
          toileting: null,
          indoorWalking: true,
          bathing: null,
        },
        3,
        '已知 3 项不能达到，2 项未评估（自主如厕、自主洗澡）',
      ],
      [
        { failedItems: 3, unknownItems: 2 },
        null,
        '未评估的指标可能改变结论，生活自理能力待定（可能为部分丧失生活自理能力或完全丧失生活自理能力）',
      ],
    ]);
  });

  it('trace: false gives the same result with no steps', () => {
    const adl = { ...able, toileting: false };
    const { trace, ...rest } = selfCareAbilityFromAdl(adl);
    expect(trace).toHaveLength(2);
    expect(selfCareAbilityFromAdl(adl, { trace: false })).toEqual({ ...rest, trace: [] });
  });
});
