/**
 * The thin host wrappers in docs/spreadsheet/, each loaded after the bundle into a bare V8 context and
 * called the way its host calls it: Google Apps Script (scalars, "" for blanks, 2-D arrays for ranges),
 * Excel custom functions (a stand-in CustomFunctions object; an invocation argument after the declared
 * ones), WPS JS macros (a stand-in Range object with Value2). The stand-ins mimic the documented host
 * APIs; the real hosts are not run here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vm from 'node:vm';
import { runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bareContext, evalJson, ROOT } from './bundle.js';

const DOCS = join(ROOT, 'docs', 'spreadsheet');
const read = (p: string) => readFileSync(join(DOCS, p), 'utf8');

interface ExcelFunction {
  id: string;
  name: string;
  description: string;
  result: { type: string; dimensionality?: string };
  parameters: Array<{
    name: string;
    description: string;
    type: string;
    optional?: boolean;
    dimensionality?: string;
  }>;
}
const functionsJson = JSON.parse(read('excel/functions.json')) as { functions: ExcelFunction[] };
const ids = functionsJson.functions.map((f) => f.id).sort();

let bundleFunctions: string[] = [];
beforeAll(async () => {
  const ctx = await bareContext();
  bundleFunctions = (
    evalJson(
      ctx,
      'Object.keys(DibaoRules).filter(k => /^[A-Z][A-Z0-9_]*$/.test(k) && typeof DibaoRules[k] === "function")',
    ) as string[]
  ).sort();
}, 60_000);

describe('functions.json (Excel metadata)', () => {
  it('lists every sheet function of the bundle, and only those', () => {
    expect(ids).toEqual(bundleFunctions);
  });

  it('describes every function and parameter in Chinese, optional ones last, ranges as matrices', () => {
    for (const f of functionsJson.functions) {
      expect(f.description, f.id).toMatch(/[\u4e00-\u9fff]/);
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(
          f.parameters.slice(firstOptional).every((p) => p.optional),
          f.id,
        ).toBe(true);
      for (const p of f.parameters) expect(p.description, `${f.id}.${p.name}`).toMatch(/[\u4e00-\u9fff]/);
      expect(f.result.dimensionality === 'matrix', f.id).toBe(f.id.endsWith('_RANGE'));
    }
  });
});

describe('Google Apps Script wrapper (DibaoRules.gs)', () => {
  let ctx: vm.Context;
  beforeAll(async () => {
    ctx = await bareContext(read('google-sheets/DibaoRules.gs'));
  });

  it('defines one global function per entry, with the declared parameters', () => {
    for (const f of functionsJson.functions) {
      expect(evalJson(ctx, `typeof ${f.id} === 'function' && ${f.id}.length`), f.id).toBe(
        f.parameters.length,
      );
    }
    expect(read('google-sheets/DibaoRules.gs').match(/@customfunction/g)?.length).toBe(ids.length);
  });

  it('computes from cells as Sheets passes them: numbers, text, "" for blanks, 2-D arrays for ranges', () => {
    // Sheets passes every declared argument; a blank cell arrives as "".
    expect(evalJson(ctx, 'DIBAO_BENEFIT(3, 1500, 770, true, true, "", "")')).toBe(810);
    expect(evalJson(ctx, 'DIBAO_CLASS(3, "3,000", "770", "是", "是")')).toBe('lowIncome');
    expect(evalJson(ctx, 'DIBAO_URBAN_CAP(2024, 34560, 16636, -1, 4000)')).toMatch(
      /^#VALUE! minimumWagePerMonth: /,
    );
    expect(
      evalJson(ctx, 'DIBAO_HOUSEHOLD_RANGE([[3, 1500, 770, true, true], ["", "", "", "", ""]])'),
    ).toEqual([
      ['dibao', 810],
      ['', ''],
    ]);
    expect(evalJson(ctx, 'DIBAO_LABEL(DIBAO_CLASS(1, 100, 620, true, true))')).toBe('低保');
  });
});

describe('Excel custom functions wrapper (functions.js)', () => {
  const STAND_IN = `
    var associated = {};
    var CustomFunctions = {
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      Error: function (code, message) { this.code = code; this.message = message; },
      associate: function (id, fn) { associated[id] = fn; },
    };`;
  let ctx: vm.Context;
  beforeAll(async () => {
    ctx = await bareContext(STAND_IN, read('excel/functions.js'));
  });

  it('associates every id of functions.json', () => {
    expect((evalJson(ctx, 'Object.keys(associated)') as string[]).sort()).toEqual(ids);
  });

  it('returns values, and turns error values into Excel errors with the message', () => {
    const invocation = '{ address: "Sheet1!G2" }';
    expect(
      evalJson(ctx, `associated.DIBAO_BENEFIT(3, 1500, 770, true, true, null, null, ${invocation})`),
    ).toBe(810);
    const err = evalJson(
      ctx,
      `(function (e) { return [e instanceof CustomFunctions.Error, e.code, e.message]; })(associated.DIBAO_URBAN_CAP(2024, 34560, 16636, "1,78", 4000, null, null, null, ${invocation}))`,
    ) as [boolean, string, string];
    expect(err[0]).toBe(true);
    expect(err[1]).toBe('#VALUE!');
    expect(err[2]).toMatch(/^minimumWagePerMonth: /);
    const na = evalJson(
      ctx,
      `associated.DIBAO_SUPPORT_CARE(600, 1640, null, null, null, ${invocation}).code`,
    );
    expect(na).toBe('#N/A');
    const m = evalJson(
      ctx,
      `associated.DIBAO_CLASS_RANGE([[3, 1500, 770, true, true], [3, "x", 770, true, true]], ${invocation}).map(r => r.map(c => typeof c === 'object' ? c.code : c))`,
    );
    expect(m).toEqual([['dibao'], ['#VALUE!']]);
  });
});

describe('WPS JS macro wrapper (DibaoRules.js)', () => {
  let ctx: vm.Context;
  beforeAll(async () => {
    ctx = await bareContext(
      read('wps/DibaoRules.js'),
      'function Range(v) { this.Value2 = v; }', // stand-in for a WPS Range: values through Value2
    );
  });

  it('defines one global function per entry', () => {
    for (const f of functionsJson.functions) expect(evalJson(ctx, `typeof ${f.id}`), f.id).toBe('function');
  });

  it('reads Range arguments through Value2 and constants as they are', () => {
    expect(evalJson(ctx, 'DIBAO_BENEFIT(new Range(3), new Range(1500), 770, new Range(true), true)')).toBe(
      810,
    );
    expect(evalJson(ctx, 'EXCEL_DATE(new Range(45292))')).toBe('2024-01-01');
    expect(
      evalJson(ctx, 'DIBAO_SUPPORT_RANGE(new Range([[600, 1640, "部分丧失"], [600, 1640, "完全丧失"]]))'),
    ).toEqual([
      [780, 328, 1108],
      [780, 492, 1272],
    ]);
    // A one-cell range gives a scalar Value2.
    expect(evalJson(ctx, 'DIBAO_SELF_CARE_RANGE(new Range(true))')).toEqual([
      [expect.stringMatching(/^#N\/A/)],
    ]);
  });
});

describe('the Apps Script way, with the runtime check', () => {
  it('runs with no Node globals present', async () => {
    const ctx = await bareContext(read('google-sheets/DibaoRules.gs'));
    expect(runInContext('typeof process + typeof require', ctx)).toBe('undefinedundefined');
    expect(evalJson(ctx, 'DIBAO_SELF_CARE(true, false, true, true, true, false)')).toBe('partiallyLost');
  });
});
