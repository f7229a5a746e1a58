/**
 * The package as a new user gets it: `npm pack` of the built tree, installed into an empty project, then
 * - TypeScript files that use every entry compile under `--strict`: ESM (`nodenext`), and CommonJS both with
 *   `node10` and `node16` resolution WITHOUT `esModuleInterop` (the root and `dibao-rules/jilin`; the zod types of
 *   `dibao-rules/schemas` need it under CommonJS, as docs/contract.md says, so that one compiles with it);
 * - `dibao --help` runs and names a docs file that exists in the installed package;
 * - every ```sh block of README.md and docs/ runs AS WRITTEN from the installed package's folder (its example
 *   files are there), with `npx dibao` resolving to the installed command. Conventions for doc writers:
 *     `<!-- example: skip (why) -->` on the line(s) before a block: not run (development commands, cloud tools);
 *     a line ending in `&`, or running `dibao serve` / `assess-server`, starts a server: it runs in the background,
 *     the block goes on once the server's port answers (the port is read from the line — `--port N`, `-p N`,
 *     `:N`, or a trailing number — and replaced by a free one throughout the file; a server without a port is
 *     waited for on the `localhost:N` its clients name), and it keeps serving the file's later blocks, as in a
 *     reader's terminal, until the file's last block has run;
 *     a block whose commands are not installed on this machine (python3, java, jq …) is reported and not run.
 *   Each block runs in `bash -e -o pipefail` with a time limit, so any failing command fails the block.
 * - every relative link (and `#anchor`) of README.md and docs/ resolves inside the installed package;
 * - no file of the package cites the internal design notes or names the people who wrote it.
 *
 * Needs `npm run build` first (CI builds before testing). The dependencies come from the local npm cache
 * (`--prefer-offline`); the whole file takes well under two minutes.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const built = existsSync(join(repo, 'dist/index.js')) && existsSync(join(repo, 'dist/cli.js'));

let work = '';
let project = '';
let pkg = '';
let env: NodeJS.ProcessEnv = {};

function run(cmd: string, args: string[], cwd: string, timeoutMs = 120_000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
}
function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.error) throw new Error(`${what}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  if (!built) return;
  work = mkdtempSync(join(tmpdir(), 'dibao-pack-'));
  project = join(work, 'project');
  mkdirSync(project);
  env = {
    ...process.env,
    PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  const packed = JSON.parse(
    ok(run('npm', ['pack', '--json', '--pack-destination', work], repo), 'npm pack'),
  ) as {
    filename: string;
  }[];
  const tarball = join(work, (packed[0] as { filename: string }).filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'new-user', private: true }, null, 2));
  ok(
    run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-package-lock',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        tarball,
      ],
      project,
    ),
    'npm install of the tarball',
  );
  pkg = join(project, 'node_modules/dibao-rules');
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(join(dir, f)).isFile(),
  );
}
function markdownFiles(): string[] {
  return [
    'README.md',
    ...filesUnder(join(pkg, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];
}

describe.skipIf(!built)('the installed package', () => {
  describe('TypeScript', () => {
    const household = `{
  assessmentDate: '2018-09-01',
  area: 'urban',
  members: [
    { birthDate: '1980-03-15', sex: 'female', incomes: [{ kind: 'employment', perMonth: '900' }], supporters: 'able' },
    { birthDate: '2010-06-01', incomes: [], supporters: 'able' },
  ],
  propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
}`;
    // The root and dibao-rules/jilin compile without @types/node (their declarations need none, and the check
    // is faster without); zod's declarations need them.
    const NODE_TYPES = { types: ['node'], typeRoots: [join(repo, 'node_modules/@types')] };
    const body = (importLines: string) => `${importLines}
declare const console: { log(...values: unknown[]): void };
const household: Household = ${household};
const policy: Policy = { dibaoStandardPerMonth: { urban: '620', rural: '410' }, specialGrantRates: { minor: '0.1' } };
const r: HouseholdAssessment = assessHousehold(household, policy);
const total: string | undefined = r.benefit?.totalPerMonth;
// @ts-expect-error -- the types are real: a misspelt field is an error, not \`any\`
const wrong: Household = { ...household, assesmentDate: '2018-09-01' };
try {
  dibaoStandards({} as never);
} catch (e) {
  if (e instanceof DibaoInputError) console.log(e.issues[0]?.path);
}
const region: string | undefined = findRegion('220100')?.region.name;
console.log(total, wrong, region, policyFor);
`;
    const write = (name: string, text: string) => writeFileSync(join(project, name), text);
    const compile = (files: string[], options: Record<string, unknown>) =>
      typeErrors(
        files.map((f) => join(project, f)),
        { strict: true, noEmit: true, target: 'es2022', lib: ['es2022'], types: [], ...options },
        project,
      );

    it('an ES module compiles under --strict (nodenext) and runs', () => {
      write(
        'esm.mts',
        body(`import { assessHousehold, DibaoInputError, dibaoStandards, type Household, type HouseholdAssessment, type Policy } from 'dibao-rules';
import { findRegion, policyFor } from 'dibao-rules/jilin';
import { householdSchema, jsonSchemaFor } from 'dibao-rules/schemas';
console.log(householdSchema.shape.members, jsonSchemaFor('household').$schema);`),
      );
      // zod's declarations (dibao-rules/schemas) need the URL type: from @types/node, as in any Node project.
      expect(compile(['esm.mts'], { module: 'nodenext', moduleResolution: 'nodenext', ...NODE_TYPES })).toBe(
        '',
      );
      const r = run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { assessHousehold } from 'dibao-rules'; import { findRegion } from 'dibao-rules/jilin';
import { jsonSchemaFor } from 'dibao-rules/schemas';
const r = assessHousehold(${household}, { dibaoStandardPerMonth: { urban: '620', rural: '410' }, specialGrantRates: { minor: '0.1' } });
console.log(r.benefit.totalPerMonth, findRegion('220100').region.name, typeof jsonSchemaFor('policy'));`,
        ],
        project,
      );
      expect(ok(r, 'node (ESM)').trim()).toBe('402.00 长春市 object');
    });

    for (const [name, options] of [
      ['node10', { module: 'commonjs', moduleResolution: 'node10' }],
      ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ] as const) {
      it(`a CommonJS file compiles under --strict without esModuleInterop (${name}) and runs`, () => {
        const file = `cjs-${name}.cts`;
        write(
          file,
          body(`import { assessHousehold, DibaoInputError, dibaoStandards, type Household, type HouseholdAssessment, type Policy } from 'dibao-rules';
import { findRegion, policyFor } from 'dibao-rules/jilin';`),
        );
        expect(compile([file], { ...options, esModuleInterop: false, skipLibCheck: false })).toBe('');
      });
    }

    it('CommonJS: require() loads every entry', () => {
      const r = run(
        process.execPath,
        [
          '-e',
          `const { assessHousehold } = require('dibao-rules'); const { findRegion } = require('dibao-rules/jilin');
const { policySchema } = require('dibao-rules/schemas');
const r = assessHousehold(${household}, { dibaoStandardPerMonth: { urban: '620', rural: '410' }, specialGrantRates: { minor: '0.1' } });
console.log(r.benefit.totalPerMonth, findRegion('222401').region.name, typeof policySchema.parse);`,
        ],
        project,
      );
      expect(ok(r, 'node (CommonJS)').trim()).toBe('402.00 延吉市 function');
    });

    it('CommonJS: dibao-rules/schemas (zod types) compiles with esModuleInterop, as documented', () => {
      write(
        'cjs-schemas.cts',
        `import { householdSchema, jsonSchemaFor, policySchema } from 'dibao-rules/schemas';
declare const console: { log(...values: unknown[]): void };
const r = policySchema.safeParse({ dibaoStandardPerMonth: { urban: '620', rural: '410' } });
console.log(r.success, householdSchema.shape.members, jsonSchemaFor('policy'));
`,
      );
      expect(
        compile(['cjs-schemas.cts'], {
          module: 'commonjs',
          moduleResolution: 'node10',
          esModuleInterop: true,
          ...NODE_TYPES,
        }),
      ).toBe('');
    });

    it('the declarations of the root entry and of dibao-rules/jilin load no zod or decimal.js types', () => {
      for (const f of readdirSync(join(pkg, 'dist')).filter(
        (f) => /\.d\.c?ts$/.test(f) && !f.startsWith('schemas.'),
      )) {
        const text = readFileSync(join(pkg, 'dist', f), 'utf8');
        expect(text, f).not.toMatch(/from ['"](zod|decimal\.js)|import ['"](zod|decimal\.js)/);
      }
    });
  });

  it('`dibao --help` runs and names docs that exist in the installed package', () => {
    const out = ok(run(join(project, 'node_modules/.bin/dibao'), ['--help'], project), 'dibao --help');
    const local = /^Docs \/ 文档: (.+)$/m.exec(out)?.[1];
    expect(local, out).toBeDefined();
    expect(relative(pkg, local as string)).toBe(join('docs', 'cli.md'));
    expect(existsSync(local as string)).toBe(true);
    expect(out).toMatch(
      /^Online \/ 在线: https:\/\/github\.com\/dibao-rules\/dibao-rules\/blob\/main\/docs\/cli\.md$/m,
    );
  });

  it('every relative link and anchor of README.md and docs/ resolves inside the package', () => {
    const broken: string[] = [];
    let links = 0;
    for (const file of markdownFiles()) {
      const text = stripCode(readFileSync(join(pkg, file), 'utf8'));
      for (const m of text.matchAll(
        /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|^\[[^\]]+\]:\s*(\S+)/gm,
      )) {
        const target = (m[1] ?? m[2]) as string;
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: … (no network here)
        links++;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const dest = path === '' ? join(pkg, file) : resolve(dirname(join(pkg, file)), decodeURI(path));
        if (relative(pkg, dest).startsWith('..') || !existsSync(dest)) {
          broken.push(`${file}: ${target} (no such file in the package)`);
          continue;
        }
        if (anchor !== undefined && anchor !== '') {
          if (!dest.endsWith('.md')) continue;
          if (!anchorsOf(readFileSync(dest, 'utf8')).has(decodeURIComponent(anchor)))
            broken.push(`${file}: ${target} (no heading or anchor "${anchor}")`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(20);
  });

  it('no file cites the internal design notes or names the people who wrote it', () => {
    const offending: string[] = [];
    for (const f of filesUnder(pkg)) {
      if (f.endsWith('.map')) continue; // the sources they hold are src/, checked in the repository
      const text = readFileSync(join(pkg, f), 'utf8');
      for (const m of text.matchAll(
        /DESIGN(\.md)? ?§|DESIGN\.md|engineer [A-Z]\b|the lead\b|\/work\/shared/g,
      ))
        offending.push(`${f}: ${text.slice(Math.max(0, m.index - 40), m.index + 40)}`);
    }
    expect(offending).toEqual([]);
  });

  describe('every shell example of README.md and docs/ runs as written from the package folder', () => {
    // Collected at collection time from the repository's copies, which are the files the package ships (the
    // test below checks each block is also in the installed file).
    const blocks = shellBlocks(repo, existsSync(join(repo, 'docs')) ? repoMarkdown() : []);
    it('there are examples to run', () => {
      expect(blocks.filter((b) => !b.skip).length).toBeGreaterThan(3);
    });
    // One file's blocks share its servers, as a reader's terminal does: a server started in one block answers
    // the next ones, on the same free port, and is stopped after the file's last block.
    for (const file of [...new Set(blocks.map((b) => b.file))]) {
      describe(file, () => {
        const session: FileRun = { ports: new Map(), servers: [] };
        afterAll(() => {
          for (const pgid of session.servers) stopGroup(pgid);
        });
        for (const block of blocks.filter((b) => b.file === file)) {
          const title = `${block.file}:${block.line}${block.skip ? ` (skipped: ${block.skip})` : ''}`;
          it.skipIf(block.skip !== undefined)(
            title,
            async () => {
              expect(readFileSync(join(pkg, block.file), 'utf8')).toContain(block.code);
              const missing = missingCommands(block.code);
              if (missing.length > 0) {
                console.warn(`${title}: not run, ${missing.join(', ')} not installed here`);
                return;
              }
              const result = await runBlock(block.code, pkg, session);
              expect(result.code, `${title}\n${block.code}\n--- output ---\n${result.output}`).toBe(0);
            },
            120_000,
          );
        }
      });
    }
  });
});

/** Parsed declaration files shared by the compilations (the lib files and the package's own are the same). */
const sourceFiles = new Map<string, ts.SourceFile>();

/** `tsc --noEmit` in this process: the formatted errors of `files` under `json` compiler options ('' = none). */
function typeErrors(files: string[], json: Record<string, unknown>, cwd: string): string {
  const { options, errors } = ts.convertCompilerOptionsFromJson(json, cwd);
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0]?.messageText, '\n'));
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    if (!fileName.endsWith('.d.ts') && !fileName.endsWith('.d.cts') && !fileName.endsWith('.d.mts'))
      return read(fileName, language, ...rest);
    const key = `${fileName}|${JSON.stringify(language)}`;
    const cached = sourceFiles.get(key);
    if (cached) return cached;
    const parsed = read(fileName, language, ...rest);
    if (parsed) sourceFiles.set(key, parsed);
    return parsed;
  };
  const program = ts.createProgram(files, options, host);
  return ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), host).trim();
}

function repoMarkdown(): string[] {
  return [
    'README.md',
    ...filesUnder(join(repo, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];
}

interface Block {
  file: string;
  line: number;
  code: string;
  skip?: string;
}

/** The ```sh / ```bash / ```shell blocks, each with the reason of an `<!-- example: skip (…) -->` before it. */
function shellBlocks(root: string, files: string[]): Block[] {
  const out: Block[] = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(sh|bash|shell)\s*$/.test(lines[i] as string)) continue;
      const start = i;
      const code: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++) code.push(lines[i] as string);
      let j = start - 1;
      while (j >= 0 && (lines[j] as string).trim() === '') j--;
      const marker = /^<!--\s*example:\s*skip\b\s*(.*?)\s*-->$/.exec((lines[j] ?? '').trim());
      out.push({
        file,
        line: start + 1,
        code: `${code.join('\n')}\n`,
        ...(marker ? { skip: (marker[1] as string).replace(/^\((.*)\)$/, '$1') || 'marked' } : {}),
      });
    }
  }
  return out;
}

/** The commands a block runs (first word of each pipeline stage) that this machine lacks. */
function missingCommands(code: string): string[] {
  const words = new Set<string>();
  for (const line of code.split('\n')) {
    const cmd = line.replace(/(^|\s)#.*$/, '');
    for (const stage of cmd.split(/\|\||&&|[|;&]/)) {
      const w = stage.trim().split(/\s+/)[0];
      if (w && !w.includes('=') && !w.startsWith('$')) words.add(w);
    }
  }
  return [...words].filter(
    (w) => spawnSync('bash', ['-c', `command -v -- '${w}'`], { env, encoding: 'utf8' }).status !== 0,
  );
}

async function freePort(): Promise<number> {
  return await new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

const SERVER_LINE = /&\s*(#.*)?$|\bdibao serve\b|assess-server/;

/** The port a server command line names: `--port N`, `-p N`, `host:N`, or a trailing number. */
function portOf(line: string): string | undefined {
  const m = /(?:--port[= ]|-p )(\d{2,5})\b|:(\d{2,5})\b|\s(\d{4,5})\s*&?\s*$/.exec(
    line.replace(/\s#.*$/, ''),
  );
  return m?.[1] ?? m?.[2] ?? m?.[3];
}

/**
 * The block as a bash script: servers started in the background and waited for (their port replaced by a free
 * one), everything else as written.
 */
async function script(code: string, run: FileRun): Promise<string> {
  for (const line of code.split('\n')) {
    const p = SERVER_LINE.test(line) ? portOf(line) : undefined;
    if (p && !run.ports.has(p)) run.ports.set(p, String(await freePort()));
  }
  let text = code;
  for (const [documented, free] of run.ports)
    text = text.replace(new RegExp(`(?<![\\d.])${documented}(?!\\d)`, 'g'), free);
  const lines: string[] = [];
  // A server started without a port listens on its default one: the block's clients name it.
  const clientPort = /\b(?:localhost|127\.0\.0\.1):(\d{2,5})\b/.exec(text)?.[1];
  for (const line of text.split('\n')) {
    if (!SERVER_LINE.test(line)) {
      lines.push(line);
      continue;
    }
    const cmd = line.replace(/\s#.*$/, '').replace(/&\s*$/, '');
    const p = portOf(cmd) ?? clientPort;
    lines.push(`${cmd} &`, p ? `__wait_port ${p} $!` : 'sleep 3; kill -0 $!');
  }
  const waitPort = `__wait_port() { node -e '
const [port, pid] = process.argv.slice(1).map(Number);
const net = require("node:net");
const end = Date.now() + 30000;
(function attempt() {
  try { process.kill(pid, 0); } catch { console.error("the server exited"); process.exit(1); }
  const s = net.connect(port, "127.0.0.1", () => { s.end(); process.exit(0); });
  s.on("error", () => (Date.now() > end ? process.exit(1) : setTimeout(attempt, 100)));
})();' "$1" "$2"; }`;
  return `set -e -o pipefail\n${waitPort}\n${lines.join('\n')}\n`;
}

/** What the blocks of one file share: the documented ports mapped to free ones, the servers' process groups. */
interface FileRun {
  ports: Map<string, string>;
  servers: number[];
}

function stopGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    // the group is gone
  }
}

async function runBlock(
  code: string,
  cwd: string,
  run: FileRun,
): Promise<{ code: number | null; output: string }> {
  const text = await script(code, run);
  const startsServer = code.split('\n').some((l) => SERVER_LINE.test(l));
  return await new Promise((res) => {
    const child = spawn('bash', ['-c', text], {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const group = child.pid as number;
    const timer = setTimeout(() => {
      output += '\n[timed out after 90 s]';
      stopGroup(group);
    }, 90_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      // Servers the block started in the background serve the file's next blocks; stopped after its last one.
      if (startsServer && status === 0) run.servers.push(group);
      else stopGroup(group);
      res({ code: status, output: output.slice(-4000) });
    });
  });
}

/** Markdown without fenced code blocks and inline code (links there are examples, not links). */
function stripCode(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The anchors of a Markdown file as GitHub makes them: one per heading, plus explicit `id` / `name` anchors. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '')
    .matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1] as string);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1] as string);
  return anchors;
}

/** GitHub's heading slug: markup and punctuation dropped, lower case, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}
