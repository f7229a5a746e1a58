/**
 * The Java (java.net.http) and Python (urllib) examples of docs/service.md call a running `dibao serve`
 * (the built CLI, on 127.0.0.1) and print, for every household of examples/households.jsonl, the class and
 * the 低保金 the library gives; a refused household prints its issue path and exits 1. Each runs only
 * where its runtime is (JDK 11+ `java`, `python3`) and the build is present; otherwise skipped with the
 * reason printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold } from '../../src/index.js';
import { built, builtSkipReason, POLICY, ROOT, spawnServe } from '../server/helpers.js';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const python = has('python3', ['--version']);
const java = has('java', ['-version']);
if (!built) console.log(`service client examples skipped: ${builtSkipReason}`);
if (!python) console.log('service client examples: python3 not found — the Python example is skipped');
if (!java) console.log('service client examples: java not found — the Java example is skipped');

const HOUSEHOLDS = join(ROOT, 'examples', 'households.jsonl');
const POLICY_FILE = join(ROOT, 'examples', 'policy-changchun.json');
const lines = readFileSync(HOUSEHOLDS, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
/** What the library says for each household: id, class, 低保金. */
const expected = `${lines
  .map((l) => {
    const r = assessHousehold(JSON.parse(l), POLICY, { trace: false });
    return `${r.id ?? ''}\t${r.class}\t${r.benefit?.totalPerMonth ?? '-'}`;
  })
  .join('\n')}\n`;

const dir = mkdtempSync(join(tmpdir(), 'dibao-clients-'));
const BAD = join(dir, 'bad.jsonl');
writeFileSync(BAD, `${lines[0]}\n${(lines[1] as string).replace('"1943-05-01"', '"1943-02-30"')}\n`);

let base = '';
let stop: () => void = () => {};
beforeAll(async () => {
  if (!built || !(python || java)) return;
  const { child, port } = await spawnServe();
  base = `http://127.0.0.1:${port}`;
  stop = () => child.kill('SIGTERM');
});
afterAll(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

const run = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });

describe.skipIf(!built || !python)('the Python example (urllib)', () => {
  it('prints each household’s class and 低保金 as the library gives them', () => {
    const r = run('python3', [
      'examples/integration/service_client.py',
      base,
      HOUSEHOLDS,
      '--policy',
      POLICY_FILE,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
  });

  it('takes the policy from the data pack (--region) and prints the 核算说明 (--explain)', () => {
    const r = run('python3', [
      'examples/integration/service_client.py',
      base,
      BAD,
      '--region',
      '220100',
      '--explain',
    ]);
    expect(r.stdout).toContain('核算说明');
    expect(r.stdout).toContain('长春市（220100）');
    expect(r.stderr).toContain('household.members[0].birthDate');
    expect(r.status).toBe(1);
  });
});

describe.skipIf(!built || !java)('the Java example (java.net.http)', () => {
  it('prints each household’s class and 低保金 as the library gives them', () => {
    const r = run('java', ['examples/integration/ServiceClient.java', base, HOUSEHOLDS, POLICY_FILE]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
  });

  it('reports a refused household by the path of its bad field and exits 1', () => {
    const r = run('java', ['examples/integration/ServiceClient.java', base, BAD, POLICY_FILE]);
    expect(r.stdout).toBe(`${expected.split('\n')[0]}\n`);
    expect(r.stderr).toContain('household.members[0].birthDate');
    expect(r.status).toBe(1);
  });
});
