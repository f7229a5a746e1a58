import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dibao-sim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'fixtures', 'simulate', '01-standard-rise-grant-cut.json'),
    'utf8',
  ),
) as { input: { households: unknown[]; basePolicy: unknown; reformPolicy: unknown } };

let fileNo = 0;
function files(households: string): { h: string; b: string; r: string } {
  fileNo += 1;
  const h = join(dir, `households-${fileNo}.json`);
  const b = join(dir, 'base.json');
  const r = join(dir, 'reform.json');
  writeFileSync(h, households);
  writeFileSync(b, JSON.stringify(fixture.input.basePolicy));
  writeFileSync(r, JSON.stringify(fixture.input.reformPolicy));
  return { h, b, r };
}

describe('dibao simulate', () => {
  it('prints the study as JSON, writes the HTML report, exits 1 when a household is invalid', async () => {
    const { h, b, r } = files(JSON.stringify(fixture.input.households));
    const html = join(dir, 'report.html');
    const run = await runInProcess(['simulate', h, '--base', b, '--reform', r, '--html', html]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { costChange: { perMonth: string }; errors: unknown[] };
    expect(out.costChange.perMonth).toBe('289.00');
    expect(out.errors).toHaveLength(1);
    expect(readFileSync(html, 'utf8')).toContain('<svg id="chart-households"');
    expect(run.stderr).toContain('289.00');
  });

  it('reads JSON Lines and exits 0 when every household is valid', async () => {
    const valid = fixture.input.households.filter((_, i) => i !== 4);
    const { h, b, r } = files(valid.map((x) => JSON.stringify(x)).join('\n'));
    const run = await runInProcess(['simulate', h, '--base', b, '--reform', r]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).counts).toEqual({ households: 6, assessed: 6, errors: 0 });
  });

  it('a missing --reform or a bad policy is a usage error (exit 2)', async () => {
    const { h, b } = files('[]');
    expect((await runInProcess(['simulate', h, '--base', b])).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ dibaoStandardPerMonth: { urban: '1,200', rural: '410' } }));
    const run = await runInProcess(['simulate', h, '--base', b, '--reform', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dibaoStandardPerMonth.urban');
  });
});
