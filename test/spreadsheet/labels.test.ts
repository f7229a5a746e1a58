/**
 * DIBAO_LABEL in the global bundle: the Chinese label of every code a sheet function returns, from the
 * library's one label table.
 */
import type * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { LABELS_ZH } from '../../src/index.js';
import { bareContext, evalJson } from './bundle.js';

let ctx: vm.Context;
beforeAll(async () => {
  ctx = await bareContext();
}, 60_000);

describe('DIBAO_LABEL (bundle)', () => {
  it('labels the special groups and warnings that were #VALUE! before', () => {
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL("age70Plus")')).toBe('70周岁以上老年人');
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL("minor")')).toBe('未成年人');
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL("THRESHOLD_EQUALITY")')).toBe('收入恰等于标准线');
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL(" BELOW_POVERTY_LINE ")')).toBe('低于国家现行扶贫标准');
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL("extremelyPoor")')).toBe('特困人员');
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL("illnessExpenditure")')).toBe('因病支出型');
  });

  it('labels every code of the household, standards and support results as the library does', () => {
    for (const kind of [
      'householdClass',
      'memberClass',
      'basis',
      'specialGroup',
      'obligation',
      'warning',
      'violation',
      'area',
      'selfCareAbility',
    ] as const) {
      for (const [code, label] of Object.entries(LABELS_ZH[kind]))
        expect(evalJson(ctx, `DibaoRules.DIBAO_LABEL(${JSON.stringify(code)})`), code).toBe(label);
    }
  });

  it('is an error value for what is not a code, and passes error values through', () => {
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL("xyz")')).toMatch(/^#VALUE! code: /);
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL("__proto__")')).toMatch(/^#VALUE! code: /);
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL(3)')).toMatch(/^#VALUE! code: /);
    expect(evalJson(ctx, 'DibaoRules.DIBAO_LABEL("#N/A x")')).toBe('#N/A x');
  });
});
