/**
 * `dibao explain`, and `--labels zh` on the batch commands.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { explainAssessment, type Household, type Policy } from '../../src/index.js';
import { ROOT, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dibao-explain-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const POLICY = 'examples/policy-changchun.json';
const SEPARATOR = `\n${'═'.repeat(40)}\n\n`;

describe('dibao explain', () => {
  it('prints the 核算说明 of each example household, in input order, separated by a rule line', async () => {
    const r = await runInProcess(['explain', 'examples/households.jsonl', '--policy', POLICY]);
    expect(r.code).toBe(0);
    const texts = r.stdout.split(SEPARATOR);
    expect(texts).toHaveLength(7);
    const policy = JSON.parse(readFileSync(join(ROOT, POLICY), 'utf8')) as Policy;
    const households = readFileSync(join(ROOT, 'examples/households.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Household);
    // Exactly the library's text for each household.
    for (const [i, t] of texts.entries())
      expect(t).toBe(explainAssessment(households[i] as Household, policy).text);
    expect(texts[0]).toContain('家庭：CC-2018-001 单亲母子');
    // 001: (620 − 900 ÷ 2) × 2 = 340, the son's minor grant 620 × 0.1 = 62.
    expect(texts[0]).toContain('每月低保金：402.00 元 = 差额 340.00 元 + 特殊对象增发补助金 62.00 元');
    // 004: the husband refused 3 referrals within 6 months: cancelled, the 差额 counts one person.
    expect(texts[3]).toContain('取消低保待遇：成员 丈夫（第11条');
    // 005: H = 1240 = 2 × 620: the THRESHOLD_EQUALITY warning in words.
    expect(texts[4]).toContain('收入恰等于标准线〔第5条〕');
    // 006: the facts to supply.
    expect(texts[5]).toMatch(/四、尚缺事实\n {2}1\. .+的收入：请填写该成员的 incomes/);
    expect(r.stderr).toBe('dibao explain: 7 条记录 records, 7 成功 ok, 0 错误 errors\n');
  });

  it('reads CSV and JSON, writes Markdown on request, and is quiet with -q', async () => {
    const csv = await runInProcess([
      'explain',
      'examples/households.csv',
      '-p',
      POLICY,
      '-f',
      'markdown',
      '-q',
    ]);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe('');
    const docs = csv.stdout.split('\n---\n\n');
    expect(docs.length).toBeGreaterThan(1);
    for (const d of docs) expect(d.startsWith('# 核算说明\n')).toBe(true);
    const json = await runInProcess([
      'explain',
      'examples/households.json',
      '-p',
      POLICY,
      '--format',
      'text',
      '-q',
    ]);
    expect(json.code).toBe(0);
    expect(json.stdout.split(SEPARATOR)).toHaveLength(7);
  });

  it('gives a failed record an error block naming its line, id and issues, and exit code 1', async () => {
    const input = file(
      'mixed.jsonl',
      `${readFileSync(join(ROOT, 'examples/households.jsonl'), 'utf8').split('\n')[0]}\n\n{"id":"bad","area":"urban","members":[]}\nnot json\n`,
    );
    const r = await runInProcess(['explain', input, '--policy', POLICY]);
    expect(r.code).toBe(1);
    const [ok, bad, broken] = r.stdout.split(SEPARATOR);
    expect(ok).toContain('家庭：CC-2018-001');
    expect(bad).toBe(
      [
        '无法生成核算说明（输入第 3 行，家庭 bad）',
        '========',
        '  1. assessmentDate：缺少必填字段〔required〕',
        '  2. members：至少需要 1 项〔too_few〕',
        '',
      ].join('\n'),
    );
    expect(broken).toMatch(
      /^无法生成核算说明（输入第 4 行）\n========\n {2}1\. （整条记录）：JSON 语法错误：.*〔invalid_json〕\n$/,
    );
    expect(r.stderr).toBe('dibao explain: 3 条记录 records, 1 成功 ok, 2 错误 errors\n');
    const md = await runInProcess(['explain', input, '--policy', POLICY, '-f', 'md', '-q']);
    expect(md.stdout).toContain(
      '# 无法生成核算说明（输入第 3 行，家庭 bad）\n\n1. assessmentDate：缺少必填字段〔required〕\n',
    );
  });

  it('takes the data pack’s policy with --region', async () => {
    const r = await runInProcess(['explain', 'examples/households.jsonl', '--region', '220100', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('地区：长春市（220100）');
    const named = await runInProcess(['explain', 'examples/households.jsonl', '--region', '长春市', '-q']);
    expect(named.stdout).toBe(r.stdout);
  });

  it('refuses a missing policy, a bad format and a missing file as usage errors', async () => {
    expect((await runInProcess(['explain', 'examples/households.jsonl'])).stderr).toContain(
      'explain needs --policy',
    );
    const bad = await runInProcess(['explain', 'examples/households.jsonl', '-p', POLICY, '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be text or markdown');
    expect((await runInProcess(['explain', '-p', POLICY])).code).toBe(2);
    expect((await runInProcess(['explain', 'a', 'b', '-p', POLICY])).code).toBe(2);
    expect(
      (await runInProcess(['explain', 'examples/households.jsonl', '-p', POLICY, '--input-format', 'xml']))
        .code,
    ).toBe(2);
    expect((await runInProcess(['help', 'explain'])).stdout).toContain('Usage: dibao explain');
  });
});

describe('--labels zh', () => {
  it('writes the code columns of assess CSV and the summary in Chinese, the rest unchanged', async () => {
    const args = ['assess', 'examples/households.jsonl', '--policy', POLICY, '--output-format', 'csv'];
    const codes = await runInProcess(args);
    const zh = await runInProcess([...args, '--labels', 'zh']);
    expect(zh.code).toBe(0);
    const rows = parse(zh.stdout, { columns: true }) as Array<Record<string, string>>;
    const plain = parse(codes.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.class)).toEqual([
      '低保',
      '低保',
      '低保',
      '低保',
      '不属于低保或低收入',
      '待定',
      '低保',
    ]);
    expect(rows[2]?.basis).toBe('因病支出型');
    expect(rows[2]?.illness_class).toBe('低保');
    expect(rows[1]?.member_classes).toBe('特困人员;低保');
    expect(rows[1]?.warnings).toBe('多人家庭中有特困人员');
    expect(rows[4]?.warnings).toBe('收入恰等于标准线');
    // Amounts, ids and missing paths are not codes.
    for (const col of ['id', 'total_per_month', 'per_capita_income_per_month', 'missing'])
      expect(rows.map((r) => r[col])).toEqual(plain.map((r) => r[col]));
    expect(zh.stderr).toContain('家庭分类 households: 低保 5, 低收入 0, 不属于低保或低收入 1, 待定 1');
    expect(zh.stderr).toContain('成员分类 members: 特困人员 1, 低保 11');
  });

  it('labels the measures of entitlements, the self-care level of support and the summary of standards', async () => {
    const ent = await runInProcess([
      'entitlements',
      'examples/entitlements-household-2019.json',
      '--policy',
      'examples/policy-entitlements-220100-2019.json',
      '--output-format',
      'csv',
      '--labels',
      'zh',
      '-q',
    ]);
    const row = (parse(ent.stdout, { columns: true }) as Array<Record<string, string>>)[0];
    expect(row?.household_class).toBe('低保');
    expect(row?.measures).toContain('第10条 特殊对象增发补助金 ');
    expect(row?.measures).not.toMatch(/specialGrant|applies/);
    const support = await runInProcess(
      ['support', '-', '--input-format', 'jsonl', '--output-format', 'csv', '--labels', 'zh'],
      {
        stdin:
          '{"priorYearDibaoStandardPerMonth":"600","priorYearMinimumWagePerMonth":"1640","selfCareAbility":"partiallyLost","basicLivingMultiplier":"1.2"}\n',
      },
    );
    const s = (parse(support.stdout, { columns: true }) as Array<Record<string, string>>)[0];
    expect(s?.self_care_ability).toBe('部分丧失生活自理能力');
    expect(s?.violations).toBe('基本生活标准倍数低于1.3倍');
    expect(support.stderr).toContain(
      '生活自理能力 self-care ability: 具备生活自理能力 0, 部分丧失生活自理能力 1',
    );
    const standards = await runInProcess(['standards', '-', '--input-format', 'jsonl', '--labels', 'zh'], {
      stdin:
        '{"year":2022,"urbanDisposableIncomePerYear":"34560","ruralDisposableIncomePerYear":"16636","minimumWagePerMonth":"1780","povertyLinePerYear":"4000"}\n',
    });
    expect(standards.stderr).toContain('城市标准区间可行 urban band feasible: 是 1, 否 0');
    // JSON Lines keep the codes.
    expect(standards.stdout).toContain('"feasible":true');
  });

  it('refuses another language', async () => {
    const r = await runInProcess(['assess', 'examples/households.jsonl', '-p', POLICY, '--labels', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--labels must be one of zh');
  });
});
