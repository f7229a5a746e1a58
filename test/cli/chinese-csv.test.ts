/**
 * A new user's files, through the built `dibao`: an Excel export with Chinese headers and the cell values
 * a Chinese sheet holds, a workbook saved as .xlsx, a policy file with a BOM or a key written twice, and
 * the names of the errors in a JSON document.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, ROOT } from './run-cli.js';
import { POLICY, run, tempDir, testCli } from './spawn-io.js';

let cli = '';
beforeAll(async () => {
  cli = await testCli();
}, 180_000);

const assess = (args: string[], cwd = ROOT) => run(cli, ['assess', ...args, '-p', POLICY, '-q'], { cwd });

describe('an Excel export with Chinese headers and cell values', () => {
  it('examples/households-template-zh.csv gives exactly the households of examples/households.csv', async () => {
    // The template holds the same seven households written as a Chinese sheet writes them: 户编号 …
    // headers, 城市/农村, 男/女, 是/否, 2018/9/1, "8,000", "12,000", "2,400元", full-width "１２００".
    const english = await assess(['examples/households.csv']);
    const chinese = await assess(['examples/households-template-zh.csv']);
    expect(english.code).toBe(0);
    expect(chinese).toMatchObject({ code: 0, stderr: '' });
    expect(chinese.stdout).toBe(english.stdout);
    expect(jsonLines(chinese.stdout)).toHaveLength(7);
  });

  it('each Chinese spelling becomes the value the schema takes', async () => {
    const dir = tempDir();
    const csv = [
      '户编号,评估日期,城乡类别,财产符合低保条件,财产符合低收入条件,成员编号,出生日期,性别,残疾类别,残疾等级,工资性收入（元/月）,拒绝职业介绍日期',
      'A,2018年9月1日,农村,是,否,甲,１９８０/５/１,女,肢体,２,"1,780",2018/3/2；2018-05-10',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'zh.csv'), csv);
    const r = await run(cli, ['assess', 'zh.csv', '-p', POLICY, '-q', '--trace'], { cwd: dir });
    expect(r.code).toBe(0);
    const [out] = jsonLines(r.stdout);
    expect(out).toMatchObject({ line: 2, id: 'A', result: { area: 'rural' } });
    // The household as the CLI built it is not in the output; its facts show through the result.
    const result = (out as { result: { members: Array<Record<string, unknown>> } }).result;
    expect(result.members[0]).toMatchObject({ age: 38 });
    expect(r.stdout).toContain('1780');
  });

  it('a Chinese cell that cannot be read is left to the schema, which names the field', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'bad.csv'),
      '户编号,评估日期,城乡类别,出生日期,性别\r\nA,2018/9/1,郊区,1980/5/1,男\r\n',
    );
    const r = await run(cli, ['assess', 'bad.csv', '-p', POLICY, '-q'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout)[0]).toMatchObject({
      error: { issues: [{ path: 'area', code: 'invalid_enum' }] },
    });
  });

  it('a column given both in English and in Chinese is a duplicate (usage error)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dup.csv'), 'household_id,户编号,出生日期\r\nA,A,1980/5/1\r\n');
    const r = await run(cli, ['assess', 'dup.csv', '-p', POLICY, '-q'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('duplicate column "户编号" (household_id)');
  });

  it('an .xlsx workbook says how to save it as CSV UTF-8', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '低保名册.xlsx'), Buffer.from('PK\u0003\u0004'));
    const r = await run(cli, ['assess', '低保名册.xlsx', '-p', POLICY, '-q'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a spreadsheet workbook, not CSV');
    expect(r.stderr).toContain('CSV UTF-8');
    expect(r.stderr).toContain('--encoding gbk');
  });
});

describe('policy files and JSON documents', () => {
  it('a policy file with a UTF-8 BOM (as Notepad saves it) is read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'policy.json'), `\uFEFF${readFileSync(POLICY, 'utf8')}`);
    const withBom = await run(
      cli,
      ['assess', join(ROOT, 'examples/households.jsonl'), '-p', 'policy.json', '-q'],
      {
        cwd: dir,
      },
    );
    const plain = await assess(['examples/households.jsonl']);
    expect(withBom.code).toBe(0);
    expect(withBom.stdout).toBe(plain.stdout);
  });

  it('a key written twice in the policy file is refused by name, not silently the last', async () => {
    const dir = tempDir();
    const text = readFileSync(POLICY, 'utf8').replace(
      '"dibaoStandardPerMonth": {',
      '"dibaoStandardPerMonth": { "urban": "9999",',
    );
    expect(text).toContain('9999');
    writeFileSync(join(dir, 'policy.json'), text);
    const r = await run(cli, ['assess', join(ROOT, 'examples/households.jsonl'), '-p', 'policy.json', '-q'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the key "urban" is written twice in policy.dibaoStandardPerMonth');
  });

  it("a key written twice in a record is that record's error, naming the field", async () => {
    const dir = tempDir();
    const good = readFileSync(join(ROOT, 'examples/households.jsonl'), 'utf8').split('\n')[0] as string;
    const twice = good.replace('"area":"urban"', '"area":"urban","area":"rural"');
    expect(twice).not.toBe(good);
    writeFileSync(join(dir, 'in.jsonl'), `${good}\n${twice}\n`);
    writeFileSync(join(dir, 'in.json'), `[${good},\n${twice}]`);
    for (const file of ['in.jsonl', 'in.json']) {
      const r = await run(cli, ['assess', file, '-p', POLICY, '-q'], { cwd: dir });
      expect(r.code).toBe(1);
      const out = jsonLines(r.stdout);
      expect(out[0]).toHaveProperty('result');
      expect(out[1]).toMatchObject({ line: 2, error: { issues: [{ path: 'area', code: 'duplicate_key' }] } });
    }
  });

  it('errors in the structure of a JSON document are not named "CsvError"', async () => {
    const dir = tempDir();
    const good = readFileSync(join(ROOT, 'examples/households.jsonl'), 'utf8').split('\n')[0] as string;
    writeFileSync(join(dir, 'broken.json'), `[${good},,${good}`);
    const r = await run(cli, ['assess', 'broken.json', '-p', POLICY, '-q'], { cwd: dir });
    expect(r.code).toBe(1);
    const errors = jsonLines(r.stdout).filter((o) => 'error' in o);
    expect(errors.map((e) => (e.error as { name: string }).name)).toEqual(['SyntaxError', 'SyntaxError']);
  });
});
