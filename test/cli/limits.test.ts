/**
 * Bounded resources, through the built `dibao`: a record over the size limit is its own error record with
 * any `--jobs`, never a dead batch; a worker thread that dies is replaced and only its record is lost;
 * `--jobs` is clamped to the cores.
 */

import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines } from './run-cli.js';
import { POLICY, run, tempDir, testCli } from './spawn-io.js';

let cli = '';
beforeAll(async () => {
  cli = await testCli();
}, 180_000);

/** A valid household (the policy's standard 620: income 450 a head → 低保). */
const GOOD =
  '{"id":"ok","assessmentDate":"2018-09-01","area":"urban","propertyAssessment":{"meetsDibao":true,"meetsLowIncome":true},"members":[{"birthDate":"1980-05-01","incomes":[{"kind":"employment","perMonth":"450"}]}]}';

/** A folder with `name` holding the lines `GOOD`, `middle`, `GOOD`. */
function threeLines(name: string, middle: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, name), `${GOOD}\n${middle}\n${GOOD}\n`);
  return dir;
}

function expectMiddleRefused(stdout: string, code: string, first = 1): void {
  const out = jsonLines(stdout);
  expect(out.map((o) => o.line)).toEqual([first, first + 1, first + 2]);
  expect(out[0]).toMatchObject({ id: 'ok', result: { class: 'dibao' } });
  expect(out[2]).toMatchObject({ id: 'ok', result: { class: 'dibao' } });
  expect(out[1]).toMatchObject({ line: first + 1, error: { issues: [{ code }] } });
}

describe('a record over the size limit is its own error record, never a dead batch', () => {
  it.each(['1', '2'])(
    'a 50 MB line in a 3-line file, --jobs %s: 3 records, exit 1',
    async (jobs) => {
      const dir = threeLines('big.jsonl', `{"id":"${'x'.repeat(50 * 1024 * 1024)}"}`);
      const r = await run(cli, ['assess', 'big.jsonl', '-p', POLICY, '-q', '--jobs', jobs], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expectMiddleRefused(r.stdout, 'record_too_large');
      expect(r.stdout).toContain('record too large: 52428809 bytes, the limit is 1048576');
    },
    120_000,
  );

  it('a record of about 4 MB with --jobs 2 no longer ends the batch', async () => {
    const dir = threeLines('four.jsonl', `{"id":"${'y'.repeat(4 * 1024 * 1024)}","members":[]}`);
    const r = await run(cli, ['assess', 'four.jsonl', '-p', POLICY, '-q', '--jobs', '2'], { cwd: dir });
    expect(r.code).toBe(1);
    expectMiddleRefused(r.stdout, 'record_too_large');
  }, 60_000);

  it('--max-record-bytes sets the limit (here below the size of a household)', async () => {
    const dir = threeLines('small.jsonl', GOOD.replace('"ok"', '"a longer id than the others"'));
    const r = await run(
      cli,
      ['assess', 'small.jsonl', '-p', POLICY, '-q', '--max-record-bytes', String(GOOD.length)],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(1);
    expectMiddleRefused(r.stdout, 'record_too_large');
  });

  it('the same limit in a JSON document and in CSV', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'doc.json'), `[\n${GOOD},\n{"id":"${'z'.repeat(2 << 20)}"},\n${GOOD}\n]\n`);
    const doc = await run(cli, ['assess', 'doc.json', '-p', POLICY, '-q'], { cwd: dir });
    expect(doc.code).toBe(1);
    expectMiddleRefused(doc.stdout, 'record_too_large', 2);
    const header =
      'household_id,assessment_date,area,property_meets_dibao,property_meets_low_income,birth_date,income_employment_per_month';
    const row = (id: string) => `${id},2018-09-01,urban,true,true,1980-05-01,450`;
    writeFileSync(
      join(dir, 'in.csv'),
      [header, row('ok'), row(`"${'w'.repeat(2 << 20)}"`), row('ok'), ''].join('\n'),
    );
    const csv = await run(cli, ['assess', 'in.csv', '-p', POLICY, '-q', '--jobs', '2'], { cwd: dir });
    expect(csv.code).toBe(1);
    expectMiddleRefused(csv.stdout, 'record_too_large', 2);
  }, 60_000);
});

describe('a worker thread that dies is replaced; its record is reported and the batch goes on', () => {
  it('a record that exhausts a worker heap (limit raised to let it through), --jobs 2', async () => {
    // 3 million nested objects (18 MB of text): parsing it needs more than a worker's 64 MB heap, one
    // small allocation at a time, so the worker thread ends with ERR_WORKER_OUT_OF_MEMORY.
    const depth = 3_000_000;
    const dir = threeLines('deep.jsonl', `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`);
    const r = await run(
      cli,
      ['assess', 'deep.jsonl', '-p', POLICY, '-q', '--jobs', '2', '--max-record-bytes', '32m'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expectMiddleRefused(r.stdout, 'worker_died');
    expect(jsonLines(r.stdout)[1]).toMatchObject({ error: { name: 'WorkerError' } });
  }, 180_000);
});

describe('--jobs is clamped to the cores, with a note', () => {
  it.each([String(availableParallelism() + 1), '999'])(
    '--jobs %s',
    async (jobs) => {
      const r = await run(cli, ['assess', 'examples/households.jsonl', '-p', POLICY, '--jobs', jobs]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`--jobs ${jobs} is more than the ${availableParallelism()} available core`);
      expect(jsonLines(r.stdout)).toHaveLength(7);
    },
    60_000,
  );
});
