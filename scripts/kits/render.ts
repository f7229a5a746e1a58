/**
 * The spreadsheet kits, generated from the one table of sheet functions (src/spreadsheet/catalog.ts) and the
 * built global bundle: an Excel custom-functions add-in, a WPS 表格 JS macro module and a Google Apps Script
 * file. Pure: text in, files (path → content) out; scripts/build-kits.mjs writes them to dist/kits/ and
 * test/spreadsheet/kits.test.ts loads them as each host would. Steps for each host: docs/spreadsheet/.
 */
import { deflateSync } from 'node:zlib';
import type { SheetFunction } from '../../src/spreadsheet/catalog.js';

/** What a kit is made of. */
export interface KitInput {
  /** The sheet functions (src/spreadsheet/catalog.ts). */
  functions: readonly SheetFunction[];
  /** The text of dist/dibao-rules.global.js. */
  bundle: string;
  /** The package version (the add-in's version). */
  version: string;
  /**
   * Where the Excel add-in's files are served, ending in `/` (an HTTPS address: Office refuses file paths
   * and plain HTTP outside localhost).
   */
  excelBaseUrl: string;
  /** The host guides (docs/spreadsheet/<host>.md), copied into each kit as README.md. */
  guides: { excel: string; wps: string; googleSheets: string };
}

/** The address the Excel manifest of dist/kits points to: Office's own local development address. */
export const DEFAULT_EXCEL_BASE_URL = 'https://localhost:3000/';

/** The add-in's fixed identity (a GUID of its own; a new GUID would make Office see another add-in). */
export const EXCEL_ADDIN_ID = '6f0b7d8e-3c1a-4e52-9d47-2b8f5a1c9e60';

/** Excel's namespace: `=DIBAO.CLASS(…)`. */
export const EXCEL_NAMESPACE = 'DIBAO';

/** The Excel name of a function inside the namespace: `DIBAO_CLASS` → `CLASS`, `EXCEL_DATE` stays. */
export function excelName(id: string): string {
  return id.startsWith('DIBAO_') ? id.slice('DIBAO_'.length) : id;
}

// ---------------------------------------------------------------- Excel

/** functions.json: the custom-functions metadata (Office's JSON format, every value `any`). */
export function excelFunctionsJson(functions: readonly SheetFunction[]): string {
  const metadata = {
    functions: functions.map((f) => ({
      id: f.id,
      name: excelName(f.id),
      description: f.description,
      result: f.range ? { type: 'any', dimensionality: 'matrix' } : { type: 'any' },
      parameters: f.parameters.map((p) => ({
        name: p.name,
        description: p.description,
        type: 'any',
        ...(f.range ? { dimensionality: 'matrix' } : {}),
        ...(p.optional ? { optional: true } : {}),
      })),
    })),
  };
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

const GENERATED = 'Generated from src/spreadsheet/catalog.ts by scripts/kits/render.ts: do not edit.';

/**
 * functions.js: the bundle's text, then the binding of each id of functions.json to the bundle's function.
 * One file, because Excel on Windows runs custom functions in a JavaScript-only runtime that loads the
 * manifest's one script and no page.
 */
export function excelFunctionsJs(functions: readonly SheetFunction[], bundle: string): string {
  const lines = functions.map((f) =>
    f.range
      ? `  CustomFunctions.associate('${f.id}', matrix('${f.id}'));`
      : `  CustomFunctions.associate('${f.id}', scalar('${f.id}', ${f.parameters.length}));`,
  );
  return `/*
 * dibao-rules — Excel custom functions. ${GENERATED}
 *
 *
 * First the rules (dibao-rules.global.js, which defines the global DibaoRules), then the bindings. The
 * rules never throw; their error values are text starting with "#VALUE!" (a bad cell) or "#N/A" (a blank
 * cell the answer depends on): here they become Excel errors, with the message in the cell's error
 * tooltip. Excel passes an invocation object after the declared parameters; it is cut off.
 */
${bundle.trimEnd()}
;
/* global CustomFunctions, DibaoRules */
(function () {
  function toExcel(value) {
    if (typeof value !== 'string') return value;
    if (value.indexOf('#VALUE! ') === 0)
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, value.slice(8));
    if (value.indexOf('#N/A ') === 0)
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, value.slice(5));
    if (value.indexOf('#ERROR! ') === 0)
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, value.slice(8));
    return value;
  }
  /** A function of single cells, with its declared number of parameters. */
  function scalar(name, arity) {
    return function () {
      return toExcel(DibaoRules[name].apply(null, Array.prototype.slice.call(arguments, 0, arity)));
    };
  }
  /** A function of one range: a 2-D array in, a 2-D array out. */
  function matrix(name) {
    return function (rows) {
      return DibaoRules[name](rows).map(function (row) {
        return row.map(toExcel);
      });
    };
  }
${lines.join('\n')}
})();
`;
}

/**
 * functions.html: the page Excel on the web and on Mac loads for the functions (Excel on Windows runs
 * functions.js in its JavaScript-only runtime). Office's custom-functions runtime comes from Microsoft's
 * address, as Office requires; the rules and their bindings from functions.js beside the page.
 */
export function excelFunctionsHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge">
  <title>dibao-rules custom functions</title>
  <script src="https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"></script>
  <script src="functions.js"></script>
</head>
<body></body>
</html>
`;
}

/** index.html: the add-in's start page (the manifest must name one); says what the add-in gives. */
export function excelIndexHtml(functions: readonly SheetFunction[]): string {
  const rows = functions
    .map(
      (f) =>
        `      <tr><td><code>=${EXCEL_NAMESPACE}.${excelName(f.id)}</code></td><td>${escapeXml(f.description)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>dibao-rules</title>
</head>
<body>
  <h1>dibao-rules 低保规则函数</h1>
  <table>
${rows}
  </table>
</body>
</html>
`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * manifest.xml: an add-in-only (XML) manifest, the kind a shared-folder catalog sideloads, with the
 * CustomFunctions extension point (namespace DIBAO). Elements in the order of Office's schema.
 */
export function excelManifest(baseUrl: string, version: string): string {
  const base = escapeXml(baseUrl);
  const officeVersion = `${version.split(/[-+]/)[0]}.0`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- dibao-rules Excel custom functions. ${GENERATED}
     Every address below starts with ${base}: where the files of this folder are served (HTTPS). -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xsi:type="TaskPaneApp">
  <Id>${EXCEL_ADDIN_ID}</Id>
  <Version>${officeVersion}</Version>
  <ProviderName>dibao-rules</ProviderName>
  <DefaultLocale>zh-CN</DefaultLocale>
  <DisplayName DefaultValue="dibao-rules 低保规则函数"/>
  <Description DefaultValue="吉林省城市贫困人口社会救助规则（征求意见稿）的单元格函数：低保标准、特困供养、家庭分类与低保金。"/>
  <IconUrl DefaultValue="${base}icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="${base}icon-64.png"/>
  <SupportUrl DefaultValue="${base}index.html"/>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${base}index.html"/>
  </DefaultSettings>
  <Permissions>ReadDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Functions.Page.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
      </Host>
    </Hosts>
    <Resources>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${base}functions.js"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${base}functions.json"/>
        <bt:Url id="Functions.Page.Url" DefaultValue="${base}functions.html"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="${EXCEL_NAMESPACE}"/>
      </bt:ShortStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

// ---------------------------------------------------------------- WPS and Google Sheets

/** The JSDoc block of one function, in the host's language of parameters. */
function jsDoc(f: SheetFunction, extraTag: string | null): string {
  const params = f.parameters.map((p) =>
    f.range
      ? ` * @param {Array<Array<*>>} ${p.name} ${p.description}`
      : ` * @param {*} ${p.optional ? `[${p.name}]` : p.name} ${p.description}`,
  );
  const result = f.range ? ' * @return {Array<Array<*>>}' : ' * @return {*}';
  return [
    '/**',
    ` * ${f.description}`,
    ...params,
    `${result} 结果；无效输入返回以 #VALUE! 开头的文本，缺少所需事实返回 #N/A 开头的文本`,
    ...(extraTag ? [` * ${extraTag}`] : []),
    ' */',
  ].join('\n');
}

/**
 * The WPS 表格 JS macro module (WPS 宏编辑器, JavaScript): one global function per sheet function, after the
 * bundle's own text, so that one module holds everything. WPS hands a cell reference to a macro function as
 * a Range object, read through Value2; a constant typed in the formula arrives as it is.
 */
export function wpsModule(functions: readonly SheetFunction[], bundle: string): string {
  const wrappers = functions.map((f) => {
    const names = f.parameters.map((p) => p.name);
    const call = f.range
      ? `DibaoRules.${f.id}(dibaoRange_(${names[0]}))`
      : `DibaoRules.${f.id}(${names.map((n) => `dibaoCell_(${n})`).join(', ')})`;
    return `${jsDoc(f, null)}\nfunction ${f.id}(${names.join(', ')}) {\n  return ${call};\n}\n`;
  });
  return `/*
 * dibao-rules — WPS 表格 JS 宏模块. ${GENERATED}
 * Paste this whole file into one module of the WPS 宏编辑器 (JavaScript); cells then call =DIBAO_CLASS(…).
 * It holds the rules (dibao-rules.global.js, which defines DibaoRules) and then one function per formula.
 */
${bundle.trimEnd()}
;
/** The value of one cell: a Range's Value2, or the argument itself (a constant typed in the formula). */
function dibaoCell_(x) {
  if (x !== null && typeof x === 'object' && 'Value2' in x) return x.Value2;
  return x;
}

/** The 2-D array of a range argument (a one-cell range gives a scalar Value2: it is wrapped). */
function dibaoRange_(x) {
  var v = dibaoCell_(x);
  if (Array.isArray(v)) return v;
  return [[v]];
}

${wrappers.join('\n')}`;
}

/**
 * The Google Apps Script file: one `@customfunction` per sheet function, calling the bundle, which goes in
 * a second script file of the same project (Apps Script shares one global scope between files).
 */
export function appsScript(functions: readonly SheetFunction[]): string {
  const wrappers = functions.map((f) => {
    const names = f.parameters.map((p) => p.name);
    return `${jsDoc(f, '@customfunction')}\nfunction ${f.id}(${names.join(', ')}) {\n  return DibaoRules.${f.id}(${names.join(', ')});\n}\n`;
  });
  return `/*
 * dibao-rules — Google Sheets custom functions (Apps Script). ${GENERATED}
 * Add dibao-rules.global.js as a second script file of the same project (it defines DibaoRules). Sheets
 * passes a cell as a number, text, boolean or Date, a blank cell as "", a range as a 2-D array; a date
 * cell is read with =EXCEL_DATE(N(A2)).
 */

${wrappers.join('\n')}`;
}

// ---------------------------------------------------------------- icons

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A square PNG icon (the manifest requires one): a red square with a white band, drawn here so the kit
 * needs no binary file in the repository.
 */
export function iconPng(size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    const band = y >= size * 0.42 && y < size * 0.58;
    for (let x = 0; x < size; x++) raw.set(band ? [255, 255, 255] : [196, 30, 58], row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

// ---------------------------------------------------------------- the kits

/** Every file of the three kits, by path under dist/kits/. */
export function kitFiles(input: KitInput): Map<string, string | Buffer> {
  const { functions, bundle } = input;
  return new Map<string, string | Buffer>([
    ['excel/manifest.xml', excelManifest(input.excelBaseUrl, input.version)],
    ['excel/functions.json', excelFunctionsJson(functions)],
    ['excel/functions.js', excelFunctionsJs(functions, bundle)],
    ['excel/functions.html', excelFunctionsHtml()],
    ['excel/index.html', excelIndexHtml(functions)],
    ['excel/icon-32.png', iconPng(32)],
    ['excel/icon-64.png', iconPng(64)],
    ['excel/README.md', input.guides.excel],
    ['wps/dibao-rules-wps.js', wpsModule(functions, bundle)],
    ['wps/README.md', input.guides.wps],
    ['google-sheets/DibaoRules.gs', appsScript(functions)],
    ['google-sheets/dibao-rules.global.js', bundle],
    ['google-sheets/README.md', input.guides.googleSheets],
  ]);
}
