/**
 * The spreadsheet kits (dist/kits/, scripts/kits/render.ts), generated from the one table of sheet functions
 * (src/spreadsheet/catalog.ts): the table against the built bundle and the source's signatures; each kit
 * loaded after the bundle into a bare V8 context and called the way its host calls it — Excel custom
 * functions (a stand-in CustomFunctions object; an invocation argument after the declared ones), the WPS JS
 * macro module (a stand-in Range object with Value2), Google Apps Script (scalars, "" for blanks, 2-D arrays
 * for ranges); the Excel manifest parsed as XML and checked against the structure of an add-in-only manifest.
 * The stand-ins mimic the documented host APIs; the real hosts are not run here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vm from 'node:vm';
import { createContext, runInContext } from 'node:vm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_EXCEL_BASE_URL,
  EXCEL_ADDIN_ID,
  excelName,
  iconPng,
  kitFiles,
} from '../../scripts/kits/render.js';
import { SHEET_FUNCTIONS } from '../../src/spreadsheet/catalog.js';
import { bareContext, bundleSource, evalJson, ROOT } from './bundle.js';

const BASE = 'https://intranet.example/dibao/';
let files = new Map<string, string | Buffer>();
const text = (path: string): string => {
  const f = files.get(path);
  if (typeof f !== 'string') throw new Error(`no text file ${path} in the kits`);
  return f;
};
const ids = SHEET_FUNCTIONS.map((f) => f.id).sort();

let bundleFunctions: string[] = [];
beforeAll(async () => {
  const bundle = await bundleSource();
  const guide = (n: string) => readFileSync(join(ROOT, 'docs', 'spreadsheet', `${n}.md`), 'utf8');
  files = kitFiles({
    functions: SHEET_FUNCTIONS,
    bundle,
    version: '0.1.0',
    excelBaseUrl: BASE,
    guides: { excel: guide('excel'), wps: guide('wps'), googleSheets: guide('google-sheets') },
  });
  const ctx = await bareContext();
  bundleFunctions = (
    evalJson(
      ctx,
      'Object.keys(DibaoRules).filter(k => /^[A-Z][A-Z0-9_]*$/.test(k) && typeof DibaoRules[k] === "function")',
    ) as string[]
  ).sort();
}, 120_000);

/** The parameters each exported function of src/spreadsheet/index.ts declares (TypeScript's own parser). */
function sourceSignatures(): Map<string, Array<{ name: string; optional: boolean; rest: boolean }>> {
  const entry = join(ROOT, 'src', 'spreadsheet', 'index.ts');
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    // Only the declarations are read (no type checking): without the default library it takes a second.
    noLib: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('cannot read src/spreadsheet/index.ts');
  const out = new Map<string, Array<{ name: string; optional: boolean; rest: boolean }>>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.valueDeclaration;
    if (!decl || !ts.isFunctionDeclaration(decl)) continue;
    out.set(
      exported.name,
      decl.parameters.map((p) => ({
        name: p.name.getText(),
        optional: p.questionToken !== undefined || p.initializer !== undefined,
        rest: p.dotDotDotToken !== undefined,
      })),
    );
  }
  return out;
}

/** A valid call of each function of a parameter group (the first parameter names the group). */
const VALID_ARGS: Record<string, unknown[]> = {
  year: [2024, 34560, 16636, 1780, 4000, 650, 415, 1],
  priorYearDibaoStandardPerMonth: [600, 1640, '部分丧失', 1.3, 1],
  members: [3, 1500, 770, true, true, false, false],
  eating: [true, true, true, true, true, true],
  code: ['dibao'],
  serial: [45292, false],
};

describe('the table of sheet functions (src/spreadsheet/catalog.ts)', () => {
  it('lists exactly the sheet functions the built bundle defines', () => {
    expect(ids).toEqual(bundleFunctions);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each function the parameters its source declares, where the source names them', () => {
    const signatures = sourceSignatures();
    for (const f of SHEET_FUNCTIONS) {
      const declared = signatures.get(f.id);
      expect(declared, f.id).toBeDefined();
      if (declared?.some((p) => p.rest)) continue; // a row read as `...row`: checked by the next test
      expect(
        declared?.map((p) => [p.name, p.optional]),
        f.id,
      ).toEqual(f.parameters.map((p) => [p.name, p.optional === true]));
    }
  });

  it('gives each single-cell function as many parameters as it reads: a bad cell in each is refused, one more is ignored', async () => {
    const ctx = await bareContext();
    for (const f of SHEET_FUNCTIONS.filter((x) => !x.range)) {
      const valid = VALID_ARGS[f.parameters[0]?.name ?? ''];
      expect(valid, f.id).toBeDefined();
      const args = (valid ?? []).slice(0, f.parameters.length);
      expect(args, f.id).toHaveLength(f.parameters.length);
      const call = (a: unknown[]) => evalJson(ctx, `DibaoRules.${f.id}(...${JSON.stringify(a)})`);
      const result = call(args);
      expect(String(result), f.id).not.toMatch(/^#/);
      for (let i = 0; i < args.length; i++) {
        const bad = [...args];
        bad[i] = 'x?';
        expect(String(call(bad)), `${f.id} parameter ${i + 1} (${f.parameters[i]?.name})`).toMatch(
          /^#VALUE! /,
        );
      }
      expect(call([...args, 'x?']), `${f.id}: one argument more`).toEqual(result);
    }
  });

  it('describes every function and parameter in Chinese, optional ones last; a range function takes one range', () => {
    for (const f of SHEET_FUNCTIONS) {
      expect(f.description, f.id).toMatch(/[\u4e00-\u9fff]/);
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(
          f.parameters.slice(firstOptional).every((p) => p.optional),
          f.id,
        ).toBe(true);
      for (const p of f.parameters) expect(p.description, `${f.id}.${p.name}`).toMatch(/[\u4e00-\u9fff]/);
      expect(f.range, f.id).toBe(f.id.endsWith('_RANGE'));
      if (f.range)
        expect(
          f.parameters.map((p) => p.name),
          f.id,
        ).toEqual(['rows']);
    }
  });
});

describe('Excel add-in: functions.json', () => {
  it('is the metadata of exactly the table’s functions, with their parameters, in Office’s format', () => {
    const metadata = JSON.parse(text('excel/functions.json')) as {
      functions: Array<{
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
      }>;
    };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(bundleFunctions);
    for (const f of metadata.functions) {
      const row = SHEET_FUNCTIONS.find((x) => x.id === f.id);
      expect(f.name, f.id).toBe(excelName(f.id));
      // Office: names are letters, digits, period and underscore, starting with a letter, at most 128.
      expect(f.name, f.id).toMatch(/^[A-Z][A-Z0-9_.]{0,127}$/);
      expect(f.description, f.id).toBe(row?.description);
      expect(
        f.parameters.map((p) => [p.name, p.description, p.optional === true]),
        f.id,
      ).toEqual(row?.parameters.map((p) => [p.name, p.description, p.optional === true]));
      expect(f.result.dimensionality === 'matrix', f.id).toBe(row?.range);
      for (const p of f.parameters) {
        expect(p.type, f.id).toBe('any');
        expect(p.dimensionality === 'matrix', `${f.id}.${p.name}`).toBe(row?.range);
      }
    }
    expect(excelName('DIBAO_CLASS')).toBe('CLASS');
    expect(excelName('EXCEL_DATE')).toBe('EXCEL_DATE');
  });
});

describe('Excel add-in: functions.js with the bundle', () => {
  const STAND_IN = `
    var associated = {};
    var CustomFunctions = {
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      Error: function (code, message) { this.code = code; this.message = message; },
      associate: function (id, fn) { associated[id] = fn; },
    };`;
  let ctx: vm.Context;
  beforeAll(async () => {
    // functions.js holds the rules itself (Excel on Windows loads this one script and no page).
    ctx = createContext({});
    runInContext(STAND_IN, ctx);
    runInContext(text('excel/functions.js'), ctx);
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
    // The invocation object in the place of an undeclared parameter is cut off, not read as a cell.
    expect(evalJson(ctx, `associated.DIBAO_LABEL("lowIncome", ${invocation})`)).toBe('低收入');
  });

  it('functions.js is the bundle and the bindings; the functions page loads Office’s runtime, then functions.js', async () => {
    expect(text('excel/functions.js').startsWith(`/*`)).toBe(true);
    expect(text('excel/functions.js')).toContain((await bundleSource()).trimEnd());
    const scripts = [...text('excel/functions.html').matchAll(/<script src="([^"]+)"><\/script>/g)].map(
      (m) => m[1],
    );
    expect(scripts).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js',
      'functions.js',
    ]);
  });
});

describe('Excel add-in: manifest.xml', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: () => false });
  type Node = Record<string, unknown>;
  const child = (n: unknown, key: string): Node => {
    const c = (n as Node | undefined)?.[key];
    if (c === undefined || c === null || typeof c !== 'object') throw new Error(`missing <${key}>`);
    return c as Node;
  };

  it('is well-formed XML (fast-xml-parser’s validator)', () => {
    expect(XMLValidator.validate(text('excel/manifest.xml'))).toBe(true);
    expect(XMLValidator.validate('<OfficeApp><Id></OfficeApp>')).not.toBe(true);
  });

  it('has the elements of an add-in-only TaskPaneApp manifest, in the order of Office’s schema', () => {
    const ordered = new XMLParser({ ignoreAttributes: true, preserveOrder: true }).parse(
      text('excel/manifest.xml'),
    ) as Array<Record<string, Array<Record<string, unknown>>>>;
    const app = ordered.find((n) => 'OfficeApp' in n)?.OfficeApp ?? [];
    const names = app.map((n) => Object.keys(n).find((k) => k !== ':@')).filter((k) => k !== '#comment');
    // OfficeApp's sequence (TaskPaneApp): every element present here must come in this order.
    const schemaOrder = [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    expect(
      names.every((n) => schemaOrder.includes(n as string)),
      names.join(','),
    ).toBe(true);
    expect(names).toEqual(schemaOrder.filter((n) => names.includes(n)));
    for (const required of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'Hosts',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ])
      expect(names, required).toContain(required);
  });

  it('declares a workbook add-in with the CustomFunctions extension point, every resource id defined, every address under the base', () => {
    const doc = parser.parse(text('excel/manifest.xml')) as Node;
    const app = child(doc, 'OfficeApp');
    expect(app['@xmlns']).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Id).toBe(EXCEL_ADDIN_ID);
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toBe('0.1.0.0');
    expect(String(child(app, 'DisplayName')['@DefaultValue']).length).toBeLessThanOrEqual(125);
    expect(String(child(app, 'Description')['@DefaultValue']).length).toBeLessThanOrEqual(250);
    expect(child(child(app, 'Hosts'), 'Host')['@Name']).toBe('Workbook');
    expect(['Restricted', 'ReadDocument', 'ReadWriteDocument']).toContain(app.Permissions);
    const overrides = child(app, 'VersionOverrides');
    expect(overrides['@xsi:type']).toBe('VersionOverridesV1_0');
    const host = child(child(overrides, 'Hosts'), 'Host');
    expect(host['@xsi:type']).toBe('Workbook');
    const point = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(point['@xsi:type']).toBe('CustomFunctions');
    const resources = child(overrides, 'Resources');
    const urlList = child(child(resources, 'bt:Urls'), 'bt:Url') as unknown as Node[];
    const urls = new Map(urlList.map((u) => [u['@id'], String(u['@DefaultValue'])]));
    const strings = child(child(resources, 'bt:ShortStrings'), 'bt:String');
    for (const [part, file] of [
      ['Script', 'functions.js'],
      ['Page', 'functions.html'],
      ['Metadata', 'functions.json'],
    ]) {
      const resid = child(child(point, part as string), 'SourceLocation')['@resid'];
      expect(urls.get(resid), part).toBe(`${BASE}${file}`);
      expect(String(resid).length, part).toBeLessThanOrEqual(32);
    }
    expect(child(point, 'Namespace')['@resid']).toBe(strings['@id']);
    expect(strings['@DefaultValue']).toBe('DIBAO');
    // Every address is HTTPS under the one base, and names a file of the kit.
    const addresses = [...text('excel/manifest.xml').matchAll(/DefaultValue="(https?:[^"]*)"/g)].map(
      (m) => m[1] as string,
    );
    expect(addresses.length).toBeGreaterThanOrEqual(7);
    for (const a of addresses) {
      expect(a.startsWith(BASE), a).toBe(true);
      expect(files.has(`excel/${a.slice(BASE.length)}`), a).toBe(true);
    }
  });

  it('dist/kits is built for Office’s local development address; the icons are PNG images of their size', () => {
    expect(DEFAULT_EXCEL_BASE_URL).toBe('https://localhost:3000/');
    for (const [name, size] of [
      ['excel/icon-32.png', 32],
      ['excel/icon-64.png', 64],
    ] as const) {
      const png = files.get(name) as Buffer;
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(iconPng(16).readUInt32BE(16)).toBe(16);
  });
});

describe('WPS JS macro module (dibao-rules-wps.js: the bundle and the functions in one module)', () => {
  let ctx: vm.Context;
  beforeAll(() => {
    ctx = createContext({});
    runInContext(text('wps/dibao-rules-wps.js'), ctx);
    runInContext('function Range(v) { this.Value2 = v; }', ctx); // stand-in for a WPS Range: values through Value2
  });

  it('defines one global function per sheet function, with the table’s parameters', () => {
    for (const f of SHEET_FUNCTIONS)
      expect(evalJson(ctx, `typeof ${f.id} === 'function' && ${f.id}.length`), f.id).toBe(
        f.parameters.length,
      );
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
    expect(evalJson(ctx, 'DIBAO_LABEL(DIBAO_CLASS(new Range(1), 100, 620, true, true))')).toBe('低保');
  });
});

describe('Google Apps Script file (DibaoRules.gs) with dibao-rules.global.js', () => {
  let ctx: vm.Context;
  beforeAll(async () => {
    ctx = await bareContext(text('google-sheets/DibaoRules.gs'));
  });

  it('defines one @customfunction per sheet function, with the table’s parameters, and no Node globals are needed', () => {
    for (const f of SHEET_FUNCTIONS)
      expect(evalJson(ctx, `typeof ${f.id} === 'function' && ${f.id}.length`), f.id).toBe(
        f.parameters.length,
      );
    expect(text('google-sheets/DibaoRules.gs').match(/@customfunction/g)?.length).toBe(ids.length);
    expect(runInContext('typeof process + typeof require', ctx)).toBe('undefinedundefined');
  });

  it('computes from cells as Sheets passes them: numbers, text, "" for blanks, 2-D arrays for ranges', () => {
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
    expect(evalJson(ctx, 'DIBAO_SELF_CARE(true, false, true, true, true, false)')).toBe('partiallyLost');
  });
});

describe('the kits’ guides', () => {
  it('each kit carries its host guide from docs/spreadsheet as README.md', () => {
    for (const [kit, guide] of [
      ['excel', 'excel'],
      ['wps', 'wps'],
      ['google-sheets', 'google-sheets'],
    ])
      expect(text(`${kit}/README.md`)).toBe(
        readFileSync(join(ROOT, 'docs', 'spreadsheet', `${guide}.md`), 'utf8'),
      );
  });
});
