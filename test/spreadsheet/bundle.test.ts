/**
 * The global bundle as hosts load it: a single classic script that defines `DibaoRules` and uses no Node
 * built-ins, `window`, `process` or timers, evaluated in a bare V8 context and called the way Google Apps
 * Script calls a custom function (scalars for single cells, 2-D arrays for ranges).
 */

import type * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bareContext, bundleSource, evalJson } from './bundle.js';

let source = '';
let ctx: vm.Context;

beforeAll(async () => {
  source = await bundleSource();
  ctx = await bareContext();
}, 60_000);

describe('the bundle text', () => {
  it('is one classic script defining the global DibaoRules', () => {
    expect(source).toMatch(/^(?:\/\*[\s\S]*?\*\/\s*)?"use strict";var DibaoRules=|^var DibaoRules=/);
    expect(source).not.toMatch(/^\s*(?:import|export)\s/m);
  });

  it('uses no Node built-ins, no window/process/document and no timers', () => {
    for (const banned of [
      /\brequire\s*\(/,
      /\bprocess\s*\./,
      /typeof process\b/,
      /\bwindow\s*\./,
      /typeof window\b/,
      /\bdocument\s*\./,
      /\bsetTimeout\b/,
      /\bsetInterval\b/,
      /\bsetImmediate\b/,
      /\bqueueMicrotask\b/,
      /\bBuffer\b/,
      /["']node:/,
    ]) {
      expect(source, String(banned)).not.toMatch(banned);
    }
  });

  it('is ES2017: no optional chaining, nullish coalescing, object spread or class fields syntax', () => {
    // esbuild lowers these for target es2017; a regression in the config would let them through.
    expect(source).not.toMatch(/\?\.[a-zA-Z_$[(]/);
    expect(source).not.toMatch(/[^?]\?\?[^?]/);
    expect(source).not.toMatch(/\bstatic\s*\{/);
  });
});

describe('in a bare V8 context', () => {
  it('has no Node globals there, and the bundle still defines its global', () => {
    // (`console` is a V8 built-in present in every context, so it is not in this list.)
    expect(
      evalJson(
        ctx,
        '[typeof process, typeof require, typeof setTimeout, typeof window, typeof document, typeof module]',
      ),
    ).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
    expect(evalJson(ctx, 'typeof DibaoRules')).toBe('object');
  });

  it('computes the 第4条 standards from scalar cells', () => {
    // 34560 × 20% ÷ 12 = 576；1780 × 40% = 712
    expect(evalJson(ctx, 'DibaoRules.DIBAO_URBAN_FLOOR(2024, 34560, 16636, 1780, 4000)')).toBe(576);
    expect(evalJson(ctx, 'DibaoRules.DIBAO_URBAN_CAP(2024, "34,560", "16636", "１７８０", 4000)')).toBe(712);
  });

  it('takes and returns 2-D arrays for ranges, one output row per input row', () => {
    const out = evalJson(
      ctx,
      `DibaoRules.DIBAO_SUPPORT_RANGE([[600, 1640, "partiallyLost"], ["", "", ""], [600, "abc", "able"]])`,
    ) as unknown[][];
    expect(out[0]).toEqual([780, 328, 1108]);
    expect(out[1]).toEqual(['', '', '']);
    expect(String(out[2]?.[0])).toMatch(/^#VALUE! priorYearMinimumWagePerMonth: /);
  });

  it('never throws: a bad cell gives an error value string', () => {
    expect(evalJson(ctx, 'DibaoRules.DIBAO_URBAN_CAP(2024, 34560, 16636, -1780, 4000)')).toMatch(
      /^#VALUE! minimumWagePerMonth: 金额不能为负数/,
    );
    expect(evalJson(ctx, 'DibaoRules.DIBAO_URBAN_CAP()')).toMatch(/^#VALUE! year: /);
    const notRange = evalJson(ctx, 'DibaoRules.DIBAO_STANDARDS_RANGE(42)') as string[][];
    expect(notRange).toHaveLength(1);
    expect(notRange[0]).toHaveLength(5);
    for (const cell of notRange[0] ?? []) expect(cell).toMatch(/^#VALUE! rows: /);
  });

  it('converts Excel date serials explicitly', () => {
    expect(evalJson(ctx, 'DibaoRules.EXCEL_DATE(45292)')).toBe('2024-01-01');
    expect(evalJson(ctx, 'DibaoRules.EXCEL_DATE(60)')).toMatch(/^#VALUE! serial: /);
  });
});
