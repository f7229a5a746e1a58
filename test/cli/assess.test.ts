import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
const POLICY = 'examples/policy-changchun.json';

describe('dibao assess', () => {
  it('assesses the example households (JSON Lines) with one policy file', async () => {
    const r = await runInProcess(['assess', 'examples/households.jsonl', '--policy', POLICY]);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout) as Array<{ line: number; id: string; result: Record<string, unknown> }>;
    expect(out.map((o) => [o.line, o.id.split(' ')[0], o.result.class])).toEqual([
      [1, 'CC-2018-001', 'dibao'],
      [2, 'CC-2018-002', 'dibao'],
      [3, 'CC-2018-003', 'dibao'],
      [4, 'CC-2018-004', 'dibao'],
      [5, 'CC-2018-005', 'none'],
      [6, 'CC-2018-006', 'undetermined'],
      [7, 'JT-2018-007', 'dibao'],
    ]);
    const total = (i: number) =>
      (out[i]?.result.benefit as { totalPerMonth: string } | null)?.totalPerMonth ?? null;
    // 001 (urban S = 620, n = 2, H = 900): (620 − 450) × 2 = 340, plus the son's minor grant 620 × 0.1 = 62 → 402.
    expect(total(0)).toBe('402.00');
    // 004: H = 1000.01; the husband (3 refusals within 6 months) is cancelled: (620 − 500.005) × 1 = 119.995 → 120.00.
    expect(total(3)).toBe('120.00');
    // 005: H = 1240 = 2 × 620 exactly: literally neither 低于 nor 高于 → none, with the THRESHOLD_EQUALITY warning.
    expect(out[4]?.result.warnings).toEqual([expect.objectContaining({ code: 'THRESHOLD_EQUALITY' })]);
    // 006: the wife's incomes are absent (unknown) → undetermined, and the path is listed.
    expect(out[5]?.result.missing).toContain('members[1].incomes');
    // 007 (rural S = 410, n = 3, H = 9000 ÷ 12 = 750): (410 − 250) × 3 = 480, plus the son's 410 × 0.1 = 41 → 521.
    expect(total(6)).toBe('521.00');
    expect(out[0]?.result.trace).toEqual([]);
    expect(r.stderr).toContain('家庭分类 households: dibao 5, lowIncome 0, none 1, undetermined 1');
    // 002: son's 1000 since 2018-06-01 less the 第11条 exemption 300 → H = 200 + 700 = 900: 340 + 620 × 0.3 (serious
    // illness, the highest of his grants) = 526. 003 (第6条): (12 × 2200 − 12000) ÷ 12 = 1200 a month: (620 − 400) × 3
    // = 660, plus the wife's 620 × 0.3 = 186 → 846.
    expect([total(1), total(2)]).toEqual(['526.00', '846.00']);
    // 402 + 526 + 846 + 120 + 521 = 2415
    expect(r.stderr).toContain('低保金合计 total monthly benefit: 2415.00 元/月');
  });

  it('reads households.json, households.jsonl and households.csv to the same results', async () => {
    const results = async (f: string) =>
      jsonLines((await runInProcess(['assess', f, '-p', POLICY, '-q'])).stdout).map((o) => o.result);
    const fromJsonl = await results('examples/households.jsonl');
    expect(fromJsonl).toHaveLength(7);
    expect(await results('examples/households.json')).toEqual(fromJsonl);
    expect(await results('examples/households.csv')).toEqual(fromJsonl);
  });

  it('gives CSV records the line of their household’s first row', async () => {
    const r = await runInProcess(['assess', 'examples/households.csv', '-p', POLICY, '-q']);
    expect(jsonLines(r.stdout).map((o) => o.line)).toEqual([2, 4, 6, 9, 11, 13, 15]);
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
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatchObject({
      id: 'CC-2018-002 老人与儿子',
      status: 'ok',
      class: 'dibao',
      basis: 'income',
      standard_per_month: '620.00',
      members: '2',
      // the 75-year-old (no labor capacity, own income 200 < 620, supporters unable) is 特困
      member_classes: 'extremelyPoor;dibao',
      base_per_month: '340.00',
      special_grants_per_month: '186.00',
      total_per_month: '526.00',
      error: '',
    });
    expect(rows[2]).toMatchObject({ basis: 'illnessExpenditure', illness_class: 'dibao', class: 'dibao' });
    expect(rows[4]).toMatchObject({ class: 'none', warnings: 'THRESHOLD_EQUALITY', total_per_month: '' });
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
      [1, 'CC-2018-001 单亲母子', false],
      [2, 'bad', true],
      [3, null, true],
      [4, 'CC-2018-002 老人与儿子', false],
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
    // policy-changchun.json without its region and standards: the pack supplies 长春's 620 / 410 for 2018-09-01.
    const { region: _r, dibaoStandardPerMonth: _s, ...rest } = JSON.parse(readFileSync(POLICY, 'utf8'));
    const overrides = file('changchun-rest.json', JSON.stringify(rest));
    const viaRegion = await runInProcess([
      'assess',
      'examples/households.jsonl',
      '--region',
      '220100',
      '-p',
      overrides,
      '-q',
    ]);
    const viaFile = await runInProcess(['assess', 'examples/households.jsonl', '--policy', POLICY, '-q']);
    expect(viaRegion.code).toBe(0);
    const summary = (t: string) =>
      jsonLines(t).map((o) => {
        const r = o.result as { class: string; standardPerMonth: string; benefit: unknown };
        return [r.class, r.standardPerMonth, r.benefit];
      });
    expect(summary(viaRegion.stdout)).toEqual(summary(viaFile.stdout));
    expect(jsonLines(viaRegion.stdout)[6]).toMatchObject({ result: { standardPerMonth: '410.00' } });
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

  it('--region alone: no property limits or grant rates, so property facts are unknown and grants count 0', async () => {
    const r = await runInProcess(['assess', 'examples/households.jsonl', '-r', '220100', '-q']);
    const out = jsonLines(r.stdout) as Array<{
      result: { class: string; warnings: Array<{ code: string }> };
    }>;
    // 001 gives property facts but no propertyAssessment: with no limits configured its property test is unknown.
    expect(out[0]?.result.class).toBe('undetermined');
    // 007 has a propertyAssessment: 低保, and its minor's grant rate is not set (warning, counted 0).
    expect(out[6]?.result).toMatchObject({ class: 'dibao', benefit: { totalPerMonth: '480.00' } });
    expect(out[6]?.result.warnings.map((w) => w.code)).toContain('SPECIAL_GRANT_RATE_NOT_SET');
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
      [
        ['assess', 'examples/households.jsonl', '-r', '222401', '-p', POLICY],
        /is for region .*延吉市\(222401\)/,
      ],
    ];
    for (const [argv, message] of cases) {
      const r = await runInProcess(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });
});
