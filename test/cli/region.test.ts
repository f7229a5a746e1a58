/**
 * `--region` for real caseloads: a region by code or name, the `--policy` file of local figures laid over the
 * pack's policy, `entitlements --region`, and missing figures named as the CLI user supplies them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, ROOT, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dibao-region-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const HOUSEHOLDS = 'examples/households.jsonl';
const FULL = 'examples/policy-changchun.json';
const LOCAL = 'examples/policy-local-changchun.json';
const readJson = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;

describe('--region with a --policy file of local figures', () => {
  it('the local-figures example holds exactly the full example policy’s figures that the pack lacks', () => {
    const { region, dibaoStandardPerMonth, ...lacking } = readJson(FULL);
    // What the pack supplies for 长春市 on 2018-09-01 (the households' date): the region and 620 / 410.
    expect(region).toEqual({ code: '220100', name: '长春市' });
    expect(dibaoStandardPerMonth).toEqual({ urban: '620', rural: '410' });
    const { sources, note, ...figures } = readJson(LOCAL);
    expect(figures).toEqual(lacking);
    expect(Object.keys(sources as object).sort()).toEqual(Object.keys(lacking).sort());
    expect(note).toMatch(/示例/);
  });

  it('assess --region 长春市 --policy <local figures> gives the full example policy’s results, household by household', async () => {
    const viaRegion = await runInProcess([
      'assess',
      HOUSEHOLDS,
      '--region',
      '长春市',
      '--policy',
      LOCAL,
      '-q',
    ]);
    const viaPolicy = await runInProcess(['assess', HOUSEHOLDS, '--policy', FULL, '-q']);
    expect(viaRegion.code).toBe(0);
    expect(viaPolicy.code).toBe(0);
    const a = jsonLines(viaRegion.stdout);
    const b = jsonLines(viaPolicy.stdout);
    expect(a).toHaveLength(7);
    for (const [i, record] of a.entries()) expect(record, `household ${i + 1}`).toEqual(b[i]);
    expect(viaRegion.stdout).toBe(viaPolicy.stdout);
    // The full policy's results, not the region-alone ones: 001 is 低保 with 402.00 (340 + the son's 62).
    expect(a[0]).toMatchObject({ result: { class: 'dibao', benefit: { totalPerMonth: '402.00' } } });
  });

  it('--region 220100 alone keeps working: the pack’s standards, no property limits or grant rates', async () => {
    const r = await runInProcess(['assess', HOUSEHOLDS, '--region', '220100']);
    expect(r.code).toBe(0);
    const classes = jsonLines(r.stdout).map((o) => (o.result as { class: string }).class);
    expect(classes).toEqual([
      'undetermined',
      'dibao',
      'dibao',
      'undetermined',
      'none',
      'undetermined',
      'dibao',
    ]);
    expect(r.stderr).toMatch(
      /政策 policy = 吉林数据包 Jilin data pack 长春市\(220100\): dibaoStandardPerMonth\.urban\/rural/,
    );
  });

  it('says on stderr which figures come from the pack and which from the file', async () => {
    const r = await runInProcess([
      'assess',
      HOUSEHOLDS,
      '-r',
      '长春市',
      '-p',
      LOCAL,
      '-o',
      join(dir, 'o.jsonl'),
    ]);
    expect(r.stderr).toContain(
      `长春市(220100): dibaoStandardPerMonth.urban/rural in force on each assessment date; ${LOCAL}: propertyLimits, specialGrantRates, specialGrantStacking, employmentIncomeExemption`,
    );
    const onlyUrban = file('urban.json', { dibaoStandardPerMonth: { urban: '700' } });
    const r2 = await runInProcess([
      'assess',
      HOUSEHOLDS,
      '-r',
      '220100',
      '-p',
      onlyUrban,
      '-o',
      join(dir, 'o2.jsonl'),
    ]);
    expect(r2.stderr).toContain('长春市(220100): dibaoStandardPerMonth.rural in force');
    // What neither the pack nor the file sets is named, with what the rules do without it.
    expect(r2.stderr).toMatch(
      /未设定 not set \(neither in the pack nor in a --policy file\): propertyLimits — .*; specialGrantRates — .*; employmentIncomeExemption — /,
    );
    expect(r.stderr).not.toContain('未设定');
  });

  it('a standard in the file replaces the pack’s (one part or both); the rest stays the pack’s', async () => {
    const urban = file('urban-650.json', { dibaoStandardPerMonth: { urban: '650' } });
    const r = await runInProcess(['assess', HOUSEHOLDS, '-r', '220100', '-p', urban, '-q']);
    const standards = jsonLines(r.stdout).map(
      (o) => (o.result as { standardPerMonth: string }).standardPerMonth,
    );
    // Households 1–6 are urban (the file's 650), 7 is rural (the pack's 410 for 2018).
    expect(standards).toEqual(['650.00', '650.00', '650.00', '650.00', '650.00', '650.00', '410.00']);
  });

  it('the full policy is accepted with --region of the same unit (by code, name or a district), and then is the policy', async () => {
    const viaPolicy = await runInProcess(['assess', HOUSEHOLDS, '--policy', FULL, '-q']);
    for (const region of ['220100', '长春市', '南关区']) {
      const r = await runInProcess(['assess', HOUSEHOLDS, '-r', region, '-p', FULL, '-q']);
      expect(r.code, region).toBe(0);
      expect(r.stdout, region).toBe(viaPolicy.stdout);
    }
  });

  it('entitlements --region 长春市 --policy <local figures> equals entitlements --policy <full policy>', async () => {
    const viaRegion = await runInProcess(['entitlements', HOUSEHOLDS, '-r', '长春市', '-p', LOCAL, '-q']);
    const viaPolicy = await runInProcess(['entitlements', HOUSEHOLDS, '-p', FULL, '-q']);
    expect(viaRegion.code).toBe(0);
    expect(jsonLines(viaRegion.stdout)).toHaveLength(7);
    expect(viaRegion.stdout).toBe(viaPolicy.stdout);
    const alone = await runInProcess(['entitlements', HOUSEHOLDS, '-r', '220100', '-q']);
    // 长春's 2018 standards are in the pack: every household is evaluated.
    expect(alone.code).toBe(0);
    expect(jsonLines(alone.stdout).every((o) => o.result !== undefined)).toBe(true);
  });

  it('a figure the pack lacks is an error record naming the --policy field to supply, not a library key', async () => {
    const old = {
      id: 'old',
      assessmentDate: '1990-01-01',
      area: 'urban',
      members: [{ birthDate: '1960-01-01', incomes: [] }],
    };
    for (const command of ['assess', 'entitlements']) {
      const r = await runInProcess([command, '-', '-r', '延吉市', '-q'], { stdin: JSON.stringify(old) });
      expect(r.code, command).toBe(1);
      const error = jsonLines(r.stdout)[0]?.error as { message: string; issues: Array<{ message: string }> };
      expect(error.message).toContain('supply it as "dibaoStandardPerMonth.urban" in the --policy file');
      expect(error.message).toContain(
        'dibaoStandardPerMonth.rural (1990-01-01, "dibaoStandardPerMonth.rural" in the --policy file)',
      );
      expect(error.issues[0]?.message).toContain(
        '请通过 --policy 文件的 dibaoStandardPerMonth.urban 字段提供',
      );
      expect(JSON.stringify(error)).not.toContain('overrides.');
    }
    // Supplied in the file, the household is assessed with it.
    const given = file('1990.json', { dibaoStandardPerMonth: { urban: '100', rural: '80' } });
    const r = await runInProcess(['assess', '-', '-r', '延吉市', '-p', given, '-q'], {
      stdin: JSON.stringify(old),
    });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ result: { standardPerMonth: '100.00' } });
  });

  it('usage errors (exit 2, no output): partial or unknown names list candidates; bad local figures name the field', async () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['assess', HOUSEHOLDS, '-r', '延吉'],
        /unknown region "延吉"; did you mean[^\n]*\n {2}222401 {2}延吉市\n/,
      ],
      [['assess', HOUSEHOLDS, '-r', '通化'], /\n {2}220500 {2}通化市\n {2}220521 {2}通化县\n/],
      [['entitlements', HOUSEHOLDS, '-r', '延边'], /222401 {2}延吉市[\s\S]*222426 {2}安图县/],
      [['assess', HOUSEHOLDS, '-r', '北京市'], /unknown region "北京市": give a GB\/T 2260 code/],
      [['assess', HOUSEHOLDS, '-r', '222401', '-p', FULL], /is for region .*延吉市\(222401\)/],
      [
        ['assess', HOUSEHOLDS, '-r', '220100', '-p', file('s.json', { sources: { laborAge: '第11条' } })],
        /policy\.sources\.laborAge: the file gives no figure "laborAge"/,
      ],
      [
        ['assess', HOUSEHOLDS, '-r', '220100', '-p', file('n.json', { note: 1, sources: [] })],
        /policy\.note: must be a text[\s\S]*policy\.sources: must be an object/,
      ],
      [
        ['assess', HOUSEHOLDS, '-r', '220100', '-p', file('g.json', { specialGrantRates: { minor: '-1' } })],
        /policy\.specialGrantRates\.minor/,
      ],
      [['assess', HOUSEHOLDS, '-r', '220100', '-p', file('a.json', '[]')], /policy: must be a JSON object/],
    ];
    for (const [argv, message] of cases) {
      const r = await runInProcess(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
  });
});
