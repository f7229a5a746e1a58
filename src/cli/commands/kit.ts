/**
 * `dibao kit <excel|wps|google-sheets> -o <folder>`: copies one spreadsheet kit of the package (`dist/kits/`,
 * beside the `dibao` script) into a new folder — for Excel with the address where the folder will be served
 * written into its manifest (`--base-url`), so that nobody edits XML by hand. Steps for each host:
 * docs/spreadsheet/.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';

/** The kits of dist/kits/. */
const KITS = ['excel', 'wps', 'google-sheets'] as const;

/** The address the built Excel manifest points to (scripts/kits/render.ts, `DEFAULT_EXCEL_BASE_URL`). */
const BUILT_BASE_URL = 'https://localhost:3000/';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `--base-url`: an HTTPS address ending in `/` (Office loads add-in files over HTTPS only). */
function baseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `--base-url must be an address such as https://intranet.example/dibao/, got ${value}`,
    );
  }
  if (url.protocol !== 'https:')
    throw new UsageError(
      `--base-url must be an https:// address (Office loads add-ins over HTTPS only), got ${value}`,
    );
  if (!url.pathname.endsWith('/') || url.search !== '' || url.hash !== '')
    throw new UsageError(`--base-url must be a folder address ending in "/", got ${value}`);
  return url.href;
}

/** The `kit` command. */
export const kitCommand: Command = {
  name: 'kit',
  summary: '复制电子表格套件 / copy a spreadsheet kit (Excel add-in, WPS macro module, Apps Script)',
  help: `Usage: dibao kit <${KITS.join('|')}> -o <new folder> [--base-url <https://server/path/>]

把软件包中的电子表格套件复制到一个新文件夹（Excel：把服务地址写入 manifest.xml）。
Copies one spreadsheet kit of the package into a new folder; for excel, writes the address where the
folder will be served into manifest.xml. Each kit's README.md gives the steps (docs/spreadsheet/).

  excel           custom-functions add-in: manifest.xml, functions.json, functions.js, … (=DIBAO.CLASS)
  wps             one WPS JS macro module, dibao-rules-wps.js (=DIBAO_CLASS), works offline
  google-sheets   DibaoRules.gs and the bundle for Apps Script (=DIBAO_CLASS)

Options:
  -o, --output <folder>    a new or empty folder (never written over)
  --base-url <address>     excel: the HTTPS address the folder is served at, ending in "/"
                           (default ${BUILT_BASE_URL}, each PC serving it itself)
  -h, --help               this help`,
  options: {
    output: { type: 'string', short: 'o' },
    'base-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals, io) {
    const [name, ...more] = positionals;
    if (name === undefined || !(KITS as readonly string[]).includes(name) || more.length > 0)
      throw new UsageError(`expects one kit name: ${KITS.join(', ')}`);
    if (typeof values.output !== 'string' || values.output === '')
      throw new UsageError('needs -o <new folder> / 需要输出文件夹');
    const base = values['base-url'];
    if (base !== undefined && name !== 'excel') throw new UsageError('--base-url is for the excel kit only');
    const address = typeof base === 'string' ? baseUrl(base) : BUILT_BASE_URL;
    if (io.workerUrl === null) throw new UsageError('dibao kit runs from the package (dist/cli.js)');
    const from = fileURLToPath(new URL(`./kits/${name}/`, io.workerUrl));
    let files: string[];
    try {
      files = (await readdir(from, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    } catch (e) {
      throw new UsageError(`the package has no kit ${name} (${(e as Error).message}): run npm run build`);
    }
    const to = resolve(io.cwd, values.output);
    const existing = await readdir(to).catch(() => null);
    if (existing !== null && existing.length > 0)
      throw new UsageError(`${values.output} is not empty: give a new or empty folder / 输出文件夹须为空`);
    await mkdir(to, { recursive: true });
    for (const file of files) {
      const content = await readFile(join(from, file));
      await writeFile(
        join(to, file),
        file === 'manifest.xml'
          ? content.toString('utf8').split(BUILT_BASE_URL).join(escapeXml(address))
          : content,
      );
    }
    io.stderr.write(
      `dibao kit: ${name} → ${values.output} (${files.length} files${name === 'excel' ? `, served at ${address}` : ''}); steps: ${join(values.output, 'README.md')}\n`,
    );
    return 0;
  },
};
