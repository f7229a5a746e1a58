/**
 * The integration examples of docs/integration.md actually work: the JSON-boundary server (in process), and
 * the Python and Java programs that drive the built `dibao` CLI with JSON Lines (run when python3 with
 * jsonschema / java and the build are present; otherwise skipped with the reason printed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs example without declarations
import { createAssessServer } from '../../examples/integration/assess-server.mjs';
import * as lib from '../../src/index.js';
import * as schemas from '../../src/schemas.js';

const ROOT = join(import.meta.dirname, '..', '..');
const HOUSEHOLDS = join(ROOT, 'examples', 'households.jsonl');
const POLICY = join(ROOT, 'examples', 'policy-changchun.json');
const built =
  existsSync(join(ROOT, 'dist', 'cli.js')) && existsSync(join(ROOT, 'dist', 'schemas', 'household.json'));

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}
const python = has('python3', ['-c', 'import jsonschema']);
const java = has('java', ['-version']);
if (!built)
  console.warn(
    'integration examples: dist/cli.js or dist/schemas missing (npm run build) — CLI examples skipped',
  );
if (!python) console.warn('integration examples: python3 with jsonschema not found — Python example skipped');
if (!java) console.warn('integration examples: java not found — Java example skipped');

/** The CLI's own answer for each household line: `line<TAB>class<TAB>total`. */
function expectedLines(): string[] {
  const out = execFileSync(
    'node',
    [join(ROOT, 'dist', 'cli.js'), 'assess', HOUSEHOLDS, '--policy', POLICY, '--quiet'],
    {
      encoding: 'utf8',
    },
  );
  return out
    .trim()
    .split('\n')
    .map((l) => {
      const r = JSON.parse(l) as {
        line: number;
        result: { class: string; benefit: { totalPerMonth: string } | null };
      };
      return `${r.line}\t${r.result.class}\t${r.result.benefit?.totalPerMonth ?? '-'}`;
    });
}

describe('assess-server.mjs (JSON boundary)', () => {
  let base = '';
  const server = (createAssessServer as (l: unknown) => import('node:http').Server)({ ...lib, ...schemas });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const household: lib.Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    receivingDibao: false,
    members: [
      {
        birthDate: '1980-05-01',
        sex: 'female',
        incomes: [{ kind: 'employment', perMonth: '900' }],
        employed: true,
      },
      { birthDate: '2010-03-15', sex: 'male', incomes: [] },
    ],
    propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
  };
  const policy: lib.Policy = { dibaoStandardPerMonth: { urban: '620', rural: '410' } };

  it('answers POST /assess with the library result', async () => {
    const r = await fetch(`${base}/assess`, { method: 'POST', body: JSON.stringify({ household, policy }) });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual(
      JSON.parse(JSON.stringify(lib.assessHousehold(household, policy, { trace: false }))),
    );
  });

  it('answers 422 with path-named issues, and serves the schemas', async () => {
    const bad = await fetch(`${base}/assess`, {
      method: 'POST',
      body: JSON.stringify({ household: { ...household, area: 'city' }, policy }),
    });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { issues: Array<{ path: string; code: string }> } };
    expect(body.error.issues[0]).toMatchObject({ path: 'area', code: 'invalid_enum' });
    const stray = await fetch(`${base}/assess`, {
      method: 'POST',
      body: JSON.stringify({ household, policy, x: 1 }),
    });
    expect(stray.status).toBe(422);
    const schema = await fetch(`${base}/schemas/assess-request.json`);
    expect(await schema.json()).toEqual(schemas.jsonSchemaFor('assess-request'));
  });
});

describe.skipIf(!built || !python)('assess_cli.py (Python → dibao assess, JSON Lines)', () => {
  it('prints each household’s class and 低保金 as the CLI computes them', () => {
    const out = execFileSync(
      'python3',
      [join(ROOT, 'examples', 'integration', 'assess_cli.py'), HOUSEHOLDS, POLICY],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, DIBAO: `node ${join(ROOT, 'dist', 'cli.js')}` },
      },
    );
    const got = out
      .trim()
      .split('\n')
      .map((l) => {
        const [n, , cls, total] = l.split('\t');
        return `${n}\t${cls}\t${total}`;
      });
    expect(got).toEqual(expectedLines());
  }, 60_000);
});

describe.skipIf(!built || !java)('AssessCli.java (Java → dibao assess, JSON Lines)', () => {
  it('prints each household’s class and 低保金 as the CLI computes them', () => {
    const out = execFileSync(
      'java',
      [join(ROOT, 'examples', 'integration', 'AssessCli.java'), HOUSEHOLDS, POLICY],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, DIBAO: `node ${join(ROOT, 'dist', 'cli.js')}` },
      },
    );
    expect(out.trim().split('\n')).toEqual(expectedLines());
  }, 120_000);
});
