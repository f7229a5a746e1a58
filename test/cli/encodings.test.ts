/**
 * Nothing silently wrong: input that is not UTF-8 is refused with the encoding it looks like and the
 * option that reads it, and `--encoding gbk|gb18030|utf-16le` reads an Excel export of a Chinese office
 * into exactly the households of its UTF-8 twin — run through the built `dibao` in a temporary folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines } from './run-cli.js';
import { POLICY, run, tempDir, testCli } from './spawn-io.js';

let cli = '';
beforeAll(async () => {
  cli = await testCli();
}, 180_000);

/**
 * Two households whose ids, 张三 and 李四, become the same "����" when GBK bytes are read as UTF-8 —
 * which merged their members into one household. 张三 has two members, 李四 one.
 */
const TWIN = [
  'household_id,assessment_date,area,receiving_dibao,property_meets_dibao,property_meets_low_income,member_id,birth_date,sex,employed,income_employment_per_month',
  '张三,2018-09-01,urban,false,true,true,张三,1970-01-01,male,true,300',
  '张三,,,,,,张小三,2005-01-01,male,,0',
  '李四,2018-09-01,urban,false,true,true,李四,1960-05-01,female,true,500',
  '',
].join('\r\n');

function files(): { dir: string; write: (name: string, bytes: Buffer | string) => string } {
  const dir = tempDir();
  return {
    dir,
    write: (name, bytes) => {
      writeFileSync(join(dir, name), bytes);
      return name;
    },
  };
}

const assess = (dir: string, ...args: string[]) =>
  run(cli, ['assess', ...args, '-p', POLICY, '-q'], { cwd: dir });

describe('a GBK, GB18030 or UTF-16LE CSV gives the households of its UTF-8 twin', () => {
  it.each([
    ['gbk', iconv.encode(TWIN, 'gbk'), ['--encoding', 'gbk']],
    ['gb18030', iconv.encode(TWIN, 'gb18030'), ['--encoding', 'gb18030']],
    [
      'utf-16le with its BOM, detected',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TWIN, 'utf-16le')]),
      [],
    ],
    ['utf-16le without a BOM', iconv.encode(TWIN, 'utf-16le'), ['--encoding', 'utf-16le']],
    ['utf-8 named', Buffer.from(TWIN), ['--encoding', 'UTF-8']],
  ])('%s', async (_name, bytes, options) => {
    const f = files();
    const utf8 = await assess(f.dir, f.write('twin.csv', TWIN));
    expect(utf8.code).toBe(0);
    const households = jsonLines(utf8.stdout);
    expect(
      households.map((h) => [h.line, h.id, (h.result as { members: unknown[] }).members.length]),
    ).toEqual([
      [2, '张三', 2],
      [4, '李四', 1],
    ]);
    const other = await assess(f.dir, f.write('other.csv', bytes as Buffer), ...(options as string[]));
    expect(other.code).toBe(0);
    expect(other.stdout).toBe(utf8.stdout);
  });
});

describe('input that is not UTF-8 is refused, naming the likely encoding and the option', () => {
  it('a GBK CSV without --encoding: usage error (exit 2), nothing written', async () => {
    const f = files();
    const r = await assess(f.dir, f.write('gbk.csv', iconv.encode(TWIN, 'gbk')));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is not UTF-8 text (line 2)');
    expect(r.stderr).toContain('GBK/GB18030');
    expect(r.stderr).toContain('--encoding gbk');
  });

  it('JSON Lines with GBK text: refused the same way (they passed as "ok")', async () => {
    const f = files();
    const line =
      '{"id":"张三","assessmentDate":"2018-09-01","area":"urban","members":[{"birthDate":"1970-01-01"}]}\n';
    const r = await assess(f.dir, f.write('gbk.jsonl', iconv.encode(line, 'gbk')));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--encoding gbk');
  });

  it('a UTF-16LE file without its BOM: named as UTF-16LE', async () => {
    const f = files();
    const r = await assess(f.dir, f.write('u16.csv', iconv.encode(TWIN, 'utf-16le')));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('UTF-16LE: use --encoding utf-16le');
  });

  it("a bad line far into a UTF-8 JSON Lines file is that line's error record; the batch goes on", async () => {
    const f = files();
    const good =
      '{"id":"ok","assessmentDate":"2018-09-01","area":"urban","members":[{"birthDate":"1970-01-01","incomes":[]}]}\n';
    // 5 000 good lines (past the checked start of the file), one line with a GBK id, one good line.
    const bytes = Buffer.concat([
      Buffer.from(good.repeat(5000)),
      Buffer.from('{"id":"'),
      iconv.encode('张三', 'gbk'),
      Buffer.from(good.slice(11)),
      Buffer.from(good),
    ]);
    for (const jobs of ['1', '2']) {
      const r = await run(cli, ['assess', f.write('late.jsonl', bytes), '-p', POLICY, '-q', '--jobs', jobs], {
        cwd: f.dir,
      });
      expect(r.code).toBe(1);
      const out = jsonLines(r.stdout);
      expect(out).toHaveLength(5002);
      expect(out[5000]).toMatchObject({
        line: 5001,
        error: { name: 'InputError', issues: [{ code: 'invalid_encoding' }] },
      });
      expect(out.filter((o) => 'error' in o)).toHaveLength(1);
    }
  }, 60_000);

  it('bytes that GBK does not define, with --encoding gbk: refused, never replaced', async () => {
    const f = files();
    const bytes = Buffer.concat([iconv.encode(TWIN, 'gbk'), Buffer.from([0xff, 0xff, 0x0d, 0x0a])]);
    const r = await assess(f.dir, f.write('bad.csv', bytes), '--encoding', 'gbk');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not gbk text: line 5');
  });

  it('an unknown --encoding is a usage error', async () => {
    const f = files();
    const r = await assess(f.dir, f.write('twin.csv', TWIN), '--encoding', 'big5');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--encoding must be one of utf-8, gbk, gb18030, utf-16le');
  });
});
