import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { jsonLines, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dibao-assess-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const POLICY = 'examples/policy-220100-2018.json';

describe('dibao assess', () => {
  it('assesses the example households (JSON Lines) with one policy file', async () => {
    const r = await runInProcess(['assess', 'examples/households.jsonl', '--policy', POLICY]);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout) as Array<{ line: number; id: string; result: Record<string, unknown> }>;
    expect(out.map((o) => [o.line, o.id, o.result.class])).toEqual([
      [1, 'h-001', 'dibao'],
      [2, 'h-002', 'lowIncome'],
      [3, 'h-003', 'dibao'],
      [4, 'h-004', 'undetermined'],
      [5, 'h-005', 'dibao'],
      [6, 'h-006', 'none'],
    ]);
    // h-001: (620 − 900 ÷ 2) × 2 = 340; h-003 (rural): 410 − 1200 ÷ 12 = 310;
    // h-005 (第6条): (12 × 1400 − 6000) ÷ 12 = 900 a month, (620 − 900 ÷ 2) × 2 = 340.
    expect(
      out.map((o) => (o.result.benefit as { totalPerMonth?: string } | null)?.totalPerMonth ?? null),
    ).toEqual(['340.00', null, '310.00', null, '340.00', null]);
    expect(out[0]?.result.trace).toEqual([]);
    expect(r.stderr).toContain('家庭分类 households: dibao 3, lowIncome 1, none 1, undetermined 1');
    expect(r.stderr).toContain('低保金合计 total monthly benefit: 990.00 元/月');
  });

  it('reads the same households from the member-per-row CSV and gets the same results', async () => {
    const fromJson = jsonLines(
      (await runInProcess(['assess', 'examples/households.jsonl', '-p', POLICY, '-q'])).stdout,
    );
    const fromCsv = jsonLines(
      (await runInProcess(['assess', 'examples/households.csv', '-p', POLICY, '-q'])).stdout,
    );
    expect(fromCsv.map((o) => o.id)).toEqual(fromJson.map((o) => o.id));
    // Line numbers are the first row of each household in the CSV.
    expect(fromCsv.map((o) => o.line)).toEqual([2, 4, 7, 8, 10, 12]);
    expect(fromCsv.map((o) => o.result)).toEqual(fromJson.map((o) => o.result));
  });

  it('writes one CSV row per household, member classes joined with ";"', async () => {
    const r = await runInProcess([
      'assess',
      'examples/households.jsonl',
      '-p',
      POLICY,
      '-q',
      '--output-format',
      'csv',
    ]);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(6);
    expect(rows[2]).toMatchObject({
      id: 'h-003',
      status: 'ok',
      class: 'dibao',
      standard_per_month: '410.00',
      members: '1',
      member_classes: 'extremelyPoor',
      total_per_month: '310.00',
    });
    expect(rows[4]).toMatchObject({ basis: 'illnessExpenditure', illness_class: 'dibao' });
  });

  it('a bad household in the middle becomes an error record with paths; the rest are assessed (exit 1)', async () => {
    const lines = (await import('node:fs'))
      .readFileSync('examples/households.jsonl', 'utf8')
      .trim()
      .split('\n');
    const bad =
      '{"id":"bad","assessmentDate":"2018-02-30","area":"urban","members":[{"birthDate":"1980-01-01","incomes":[{"kind":"wage","perMonth":"1,200"}]}]}';
    const input = [lines[0], bad, '{"id": "broken"', lines[1]].join('\n');
    const r = await runInProcess(['assess', file('mid.jsonl', input), '-p', POLICY]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => [o.line, o.id, 'error' in o])).toEqual([
      [1, 'h-001', false],
      [2, 'bad', true],
      [3, null, true],
      [4, 'h-002', false],
    ]);
    const issues = (out[1] as { error: { issues: Array<{ path: string; code: string }> } }).error.issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'assessmentDate', code: 'invalid_date' }),
        expect.objectContaining({ path: 'members[0].incomes[0].kind', code: 'invalid_enum' }),
        expect.objectContaining({ path: 'members[0].incomes[0].perMonth', code: 'invalid_money' }),
      ]),
    );
    expect(r.stderr).toContain('2 错误 errors');
  });

  it('--trace adds the trace, each step citing an article', async () => {
    const r = await runInProcess(['assess', 'examples/households.jsonl', '-p', POLICY, '-q', '--trace']);
    const [first] = jsonLines(r.stdout) as Array<{
      result: { trace: Array<{ article: string; rule: string }> };
    }>;
    expect(first?.result.trace.length).toBeGreaterThan(3);
    for (const step of first?.result.trace ?? []) expect(step.article).toMatch(/第\d+条|办法/);
  });

  it('--region takes the Jilin pack policy on each household’s assessment date', async () => {
    const viaRegion = await runInProcess(['assess', 'examples/households.jsonl', '--region', '220100', '-q']);
    const viaFile = await runInProcess(['assess', 'examples/households.jsonl', '--policy', POLICY, '-q']);
    expect(viaRegion.code).toBe(0);
    const classes = (t: string) => jsonLines(t).map((o) => (o.result as { class: string }).class);
    expect(classes(viaRegion.stdout)).toEqual(classes(viaFile.stdout));
    expect(jsonLines(viaRegion.stdout)[0]).toMatchObject({ result: { standardPerMonth: '620.00' } });
  });

  it('--region: a date the pack has no standard for is that household’s error record', async () => {
    const h = {
      id: 'old',
      assessmentDate: '1990-01-01',
      area: 'urban',
      members: [{ birthDate: '1960-01-01', incomes: [] }],
    };
    const r = await runInProcess(['assess', '-', '-r', '220100', '-q'], { stdin: JSON.stringify(h) });
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout)[0]).toMatchObject({
      id: 'old',
      error: { name: 'DibaoDataError', issues: [{ path: 'assessmentDate' }] },
    });
  });

  it('--region with a --policy file uses the file for the other parameters', async () => {
    const overrides = file('over.json', JSON.stringify({ specialGrantRates: { age70Plus: '0.1' } }));
    const r = await runInProcess([
      'assess',
      'examples/households.jsonl',
      '-r',
      '220100',
      '-p',
      overrides,
      '-q',
    ]);
    const h3 = jsonLines(r.stdout)[2] as { result: { benefit: { specialGrantsPerMonth: string } } };
    // h-003 is 78: 第10条 grant = 410 × 0.1 = 41.00
    expect(h3.result.benefit.specialGrantsPerMonth).toBe('41.00');
  });

  it('policy problems are usage errors (exit 2) naming the policy field, before any output', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['assess', 'examples/households.jsonl'], /--policy/],
      [
        [
          'assess',
          'examples/households.jsonl',
          '-p',
          file('p1.json', '{"dibaoStandardPerMonth":{"urban":"620"}}'),
        ],
        /policy\.dibaoStandardPerMonth\.rural/,
      ],
      [['assess', 'examples/households.jsonl', '-p', file('p2.json', '{ nope')], /not valid JSON/],
      [
        ['assess', 'examples/households.jsonl', '-p', join(dir, 'absent.json')],
        /cannot read the policy file/,
      ],
      [['assess', 'examples/households.jsonl', '-r', '999999'], /unknown region/],
      [['assess', 'examples/households.jsonl', '-r', '220100', '-p', POLICY], /must not set "region"/],
    ];
    for (const [argv, message] of cases) {
      const r = await runInProcess(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });
});
