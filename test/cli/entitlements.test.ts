import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, ROOT, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dibao-ent-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'fixtures', 'entitlements', name), 'utf8')) as {
    input: { household: unknown; policy: unknown };
  };

describe('dibao entitlements', () => {
  it('lists the measures of each household as JSON Lines, with an error record for a bad one', async () => {
    const a = fixture('02-extremely-poor-support-amount.json');
    const b = fixture('05-housing-employment-pension.json');
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify(a.input.policy));
    const file = join(dir, 'households.jsonl');
    writeFileSync(
      file,
      [a.input.household, b.input.household, { assessmentDate: '2019-03-01', area: 'urban', members: [] }]
        .map((h) => JSON.stringify(h))
        .join('\n'),
    );
    const run = await runInProcess(['entitlements', file, '--policy', policy]);
    expect(run.code).toBe(1);
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(3);
    const first = out[0]?.result as { measures: Array<{ measure: string; amountPerMonth?: string }> };
    expect(first.measures.find((m) => m.measure === 'extremelyPoorSupport')?.amountPerMonth).toBe('1136.00');
    const second = out[1]?.result as { measures: unknown[] } | undefined;
    expect(second?.measures).toHaveLength(10);
    expect(out[2]?.error).toBeDefined();
    expect(run.stderr).toContain('extremelyPoorSupport 1');
  });

  it('needs --policy (exit 2)', async () => {
    const file = join(dir, 'one.json');
    writeFileSync(file, '[]');
    expect((await runInProcess(['entitlements', file])).code).toBe(2);
  });
});
