/**
 * `dibao kit`: copies a spreadsheet kit from beside the `dibao` script into a new folder, the Excel manifest
 * pointed at the given HTTPS address. The kits here are rendered by scripts/kits/render.ts into a stand-in
 * package folder (a `cli.js` address with `kits/` beside it), as `npm run build` lays them out in dist/.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXCEL_BASE_URL, kitFiles } from '../../scripts/kits/render.js';
import { SHEET_FUNCTIONS } from '../../src/spreadsheet/catalog.js';
import { runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dibao-kit-'));
const pkg = join(dir, 'package-dist');
const cliUrl = pathToFileURL(join(pkg, 'cli.js'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = new Map<string, string | Buffer>();
beforeAll(() => {
  files = kitFiles({
    functions: SHEET_FUNCTIONS,
    bundle: 'var DibaoRules = {};',
    version: '0.1.0',
    excelBaseUrl: DEFAULT_EXCEL_BASE_URL,
    guides: { excel: '# excel\n', wps: '# wps\n', googleSheets: '# google-sheets\n' },
  });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(pkg, 'kits', path)), { recursive: true });
    writeFileSync(join(pkg, 'kits', path), content);
  }
});

const kit = (argv: string[]) => runInProcess(['kit', ...argv], { cwd: dir, workerUrl: cliUrl });

describe('dibao kit', () => {
  it('copies the Excel kit with the given address in every URL of the manifest, the other files as they are', async () => {
    const r = await kit(['excel', '-o', 'excel-out', '--base-url', 'https://intranet.example/dibao&co/']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('served at https://intranet.example/dibao&co/');
    const out = join(dir, 'excel-out');
    const names = [...files.keys()].filter((p) => p.startsWith('excel/')).map((p) => p.slice(6));
    expect(readdirSync(out).sort()).toEqual(names.sort());
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain(DEFAULT_EXCEL_BASE_URL);
    expect(manifest.match(/https:\/\/intranet\.example\/dibao&amp;co\//g)?.length).toBe(
      (files.get('excel/manifest.xml') as string).split(DEFAULT_EXCEL_BASE_URL).length - 1,
    );
    for (const n of names.filter((x) => x !== 'manifest.xml'))
      expect(
        readFileSync(join(out, n)).equals(Buffer.from(files.get(`excel/${n}`) as string | Buffer)),
        n,
      ).toBe(true);
  });

  it('copies the WPS and Apps Script kits as built', async () => {
    for (const name of ['wps', 'google-sheets']) {
      const r = await kit([name, '-o', `${name}-out`]);
      expect(r.code, name).toBe(0);
      for (const [path, content] of files)
        if (path.startsWith(`${name}/`))
          expect(readFileSync(join(dir, `${name}-out`, path.slice(name.length + 1)), 'utf8')).toBe(
            String(content),
          );
    }
  });

  it('usage errors (exit 2) write nothing: a folder not empty, a bad address, a wrong kit', async () => {
    writeFileSync(join(dir, 'keep.txt'), 'x');
    const cases: Array<[string[], RegExp]> = [
      [['excel', '-o', '.'], /is not empty/],
      [['excel', '-o', 'a', '--base-url', 'http://intranet.example/dibao/'], /https:\/\//],
      [['excel', '-o', 'b', '--base-url', 'https://intranet.example/dibao'], /ending in "\/"/],
      [['excel', '-o', 'c', '--base-url', 'not a url'], /must be an address/],
      [['wps', '-o', 'd', '--base-url', 'https://intranet.example/'], /excel kit only/],
      [['numbers', '-o', 'e'], /expects one kit name/],
      [['excel'], /needs -o/],
    ];
    for (const [argv, message] of cases) {
      const r = await kit(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
    for (const d of ['a', 'b', 'c', 'd', 'e']) expect(existsSync(join(dir, d)), d).toBe(false);
    const noPackage = await runInProcess(['kit', 'excel', '-o', join(dir, 'f')], { workerUrl: null });
    expect(noPackage.code).toBe(2);
  });
});
