/**
 * The 核算说明 of a 第4条 standards result and of a 第12条 support result, checked against the hand derivation of
 * the fixtures they come from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DibaoInputError, explainStandards, explainSupport } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const input = (path: string): never =>
  (JSON.parse(readFileSync(join(ROOT, 'fixtures', `${path}.json`), 'utf8')) as { input: never }).input;

describe('explainStandards', () => {
  it('fixture 10: floor 750 above cap 712, the band infeasible, rural minimum 415', () => {
    const { text, markdown } = explainStandards(input('dibao-standard/10-infeasible-band'));
    expect(text.startsWith('低保标准测算说明\n')).toBe(true);
    expect(text).toContain('统计数据年度：2020 年（上上年度）');
    expect(text).toContain('城市标准下限：750.00 元/人·月'); // 45000 × 20% ÷ 12
    expect(text).toContain('城市标准上限：712.00 元/人·月'); // 1780 × 40%
    expect(text).toContain('区间可行：否（下限高于上限）');
    expect(text).toContain('城市低保标准最低值：750.00 元/人·月'); // max(750, 650)
    expect(text).toContain('按城乡收入比折算：278.00 元/人·月（基数 750.00 元）'); // 277.27 → 278
    expect(text).toContain('农村低保标准最低值：415.00 元/人·月'); // max(278, 334, 415)
    expect(text).toContain('四、不符合第4条之处\n  1. 收入下限高于工资上限，无合规的城市标准〔第4条〕\n');
    expect(text).toContain('五、所引条文\n  第4条　');
    expect(markdown.startsWith('# 低保标准测算说明\n')).toBe(true);
  });

  it('fixture 04: a proposed urban 575 below the floor 576', () => {
    const { text } = explainStandards(input('dibao-standard/04-changchun-below-income-floor'), {
      articleTexts: false,
    });
    expect(text).toContain(
      '拟定城市标准：575.00 元/人·月：不符合第4条（低于上上年度城市居民人均可支配收入的20%）',
    );
    expect(text).toContain('低于上上年度城市居民人均可支配收入的20%〔第4条〕');
    expect(text).not.toContain('所引条文');
  });

  it('throws DibaoInputError for bad input', () => {
    expect(() => explainStandards({ year: 2022 } as never)).toThrow(DibaoInputError);
  });
});

describe('explainSupport', () => {
  it('fixture 01: all six items met → able; 780 + 164 = 944', () => {
    const { text } = explainSupport(input('special-support/01-adl-0-failed-able'));
    expect(text).toContain('生活自理能力：具备生活自理能力（按六项指标评估）');
    expect(text).toContain('基本生活标准：780.00 元/人·月（上年度低保标准 × 1.3）'); // 1.3 × 600
    expect(text).toContain('照料护理标准：164.00 元/人·月'); // 10% × 1640
    expect(text).toContain('供养标准合计：944.00 元/人·月');
    expect(text).toContain('特困人员认定办法(2021)第22条　特困人员认定办法（民发〔2021〕43号）');
  });

  it('open items: the total waits, and the items to assess are named', () => {
    const { text } = explainSupport({
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1640',
      adl: { eating: true, dressing: false, transferring: true },
    });
    expect(text).toContain('供养标准合计：待定');
    expect(text).toContain('三、尚缺事实\n  1. 能否自主如厕：请填写 adl.toileting（true 或 false）\n');
  });

  it('words a multiplier below 1.3 as a 第12条 violation', () => {
    const { text } = explainSupport({
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1640',
      selfCareAbility: 'fullyLost',
      basicLivingMultiplier: '1.2',
    });
    expect(text).toContain('基本生活标准：720.00 元/人·月（上年度低保标准 × 1.2）');
    expect(text).toContain('照料护理标准：492.00 元/人·月'); // 30% × 1640
    expect(text).toContain('1. 基本生活标准倍数低于1.3倍〔第12条〕');
  });
});
