import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { jsonLines, runInProcess } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dibao-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const STANDARDS = {
  year: 2019,
  urbanDisposableIncomePerYear: '34560',
  ruralDisposableIncomePerYear: '13000',
  minimumWagePerMonth: '1780',
  povertyLinePerYear: '4000',
};

describe('dibao (overall)', () => {
  it('--help lists every command and exits 0', async () => {
    const r = await runInProcess(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['assess', 'standards', 'support', 'schema']) expect(r.stdout).toContain(`  ${name}`);
  });

  it('--version prints the package version', async () => {
    const r = await runInProcess(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('no command, an unknown command or an unknown option is a usage error (exit 2)', async () => {
    expect((await runInProcess([])).code).toBe(2);
    const unknown = await runInProcess(['asess']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "asess"');
    const opt = await runInProcess(['standards', '-', '--trcae']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('--trcae');
  });

  it.each(['assess', 'standards', 'support', 'schema'])(
    '%s --help prints its usage and exits 0',
    async (name) => {
      const r = await runInProcess([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: dibao ${name}`);
      const viaHelp = await runInProcess(['help', name]);
      expect(viaHelp.stdout).toBe(r.stdout);
    },
  );
});

describe('dibao schema', () => {
  it('lists the names without an argument', async () => {
    const r = await runInProcess(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual(
      expect.arrayContaining(['household', 'policy', 'dibao-standards-input']),
    );
  });

  it('prints one JSON Schema with Chinese field descriptions', async () => {
    const r = await runInProcess(['schema', 'household']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as {
      title: string;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.title).toBe('dibao-rules household');
    expect(schema.properties.assessmentDate?.description).toMatch(/评估日期/);
  });

  it('writes to -o and refuses an unknown name with exit 2', async () => {
    const out = join(dir, 'policy.schema.json');
    expect((await runInProcess(['schema', 'policy', '-o', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ title: 'dibao-rules policy' });
    const bad = await runInProcess(['schema', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown schema "nope"');
  });
});

describe('dibao standards (batch behaviour)', () => {
  const good = JSON.stringify({ id: 'cc', ...STANDARDS });
  const jsonl = [good, '{"year":2019,"urbanDisposableIncomePerYear":"34,560"}', 'not json', '', good].join(
    '\n',
  );

  it('gives exactly one output record per input record, in order; a bad record becomes an error record and the batch goes on (exit 1)', async () => {
    const r = await runInProcess(['standards', file('s.jsonl', jsonl)]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => [o.line, o.id, 'result' in o ? 'ok' : 'error'])).toEqual([
      [1, 'cc', 'ok'],
      [2, null, 'error'],
      [3, null, 'error'],
      [5, 'cc', 'ok'],
    ]);
    expect(out[0]).toMatchObject({
      result: { urban: { floorPerMonth: '576.00', capPerMonth: '712.00' }, trace: [] },
    });
    expect(out[1]).toMatchObject({
      error: {
        name: 'DibaoInputError',
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'urbanDisposableIncomePerYear', code: 'invalid_money' }),
          expect.objectContaining({ path: 'minimumWagePerMonth', code: 'required' }),
        ]),
      },
    });
    expect(out[2]).toMatchObject({
      error: { name: 'SyntaxError', issues: [{ path: '', code: 'invalid_json' }] },
    });
    expect(r.stderr).toContain('4 条记录 records, 2 成功 ok, 2 错误 errors');
  });

  it('exits 0 when every record is good, and --quiet prints no summary', async () => {
    const r = await runInProcess(['standards', file('ok.jsonl', `${good}\n`), '--quiet']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  it('--trace includes the trace', async () => {
    const r = await runInProcess(['standards', file('t.jsonl', good), '--trace', '-q']);
    const [rec] = jsonLines(r.stdout) as Array<{ result: { trace: Array<{ article: string }> } }>;
    expect(rec?.result.trace.length).toBeGreaterThan(0);
    expect(rec?.result.trace[0]?.article).toBe('第4条');
  });

  it('reads a JSON array and a single JSON object the same as JSON Lines', async () => {
    const fromLines = jsonLines(
      (await runInProcess(['standards', file('a.jsonl', `${good}\n${good}`), '-q'])).stdout,
    );
    const arr = jsonLines(
      (await runInProcess(['standards', file('a.json', `[\n${good},\n${good}\n]`), '-q'])).stdout,
    );
    expect(arr.map((o) => o.result)).toEqual(fromLines.map((o) => o.result));
    expect(arr.map((o) => o.line)).toEqual([2, 3]);
    const single = jsonLines((await runInProcess(['standards', file('one.json', good), '-q'])).stdout);
    expect(single).toHaveLength(1);
  });

  it('reads stdin with "-" (JSON Lines, or a JSON array when it starts with "[") and writes stdout', async () => {
    const a = await runInProcess(['standards', '-', '-q'], { stdin: `${good}\n${good}\n` });
    expect(jsonLines(a.stdout)).toHaveLength(2);
    const b = await runInProcess(['standards', '-', '-q', '-o', '-'], {
      stdin: ` [${good},${good},${good}]`,
    });
    expect(jsonLines(b.stdout)).toHaveLength(3);
    const c = await runInProcess(['standards', '-', '-q', '--input-format', 'json'], { stdin: good });
    expect(jsonLines(c.stdout)).toHaveLength(1);
  });

  it('reads CSV and writes RFC 4180 CSV with a header, error rows keeping their place', async () => {
    const csv = file(
      's.csv',
      [
        'id,year,urban_disposable_income_per_year,rural_disposable_income_per_year,minimum_wage_per_month,poverty_line_per_year,proposed_urban_per_month',
        '"长春, 市区",2019,34560,13000,1780,4000,500',
        // "34,560" is read as 34560 (a sheet's thousands separator); "34,56" is no amount.
        'bad,2019,"34,56",13000,1780,4000,',
        'ok,2019,34560,13000,1780,4000,',
      ].join('\r\n'),
    );
    const r = await runInProcess(['standards', csv, '--output-format', 'csv', '-q']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\r\n');
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((x) => [x.line, x.id, x.status])).toEqual([
      ['2', '长春, 市区', 'ok'],
      ['3', 'bad', 'error'],
      ['4', 'ok', 'ok'],
    ]);
    expect(rows[0]).toMatchObject({
      urban_floor_per_month: '576.00',
      urban_proposed_compliant: 'false',
      violations: 'BELOW_INCOME_FLOOR',
      error: '',
    });
    expect(rows[1]?.error).toContain('urbanDisposableIncomePerYear');
    expect(rows[1]?.urban_floor_per_month).toBe('');
  });

  it('--bom starts CSV output with a UTF-8 byte-order mark; -o writes a file', async () => {
    const out = join(dir, 'out.csv');
    const r = await runInProcess([
      'standards',
      file('b.jsonl', good),
      '--output-format',
      'csv',
      '--bom',
      '-q',
      '-o',
      out,
    ]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFline,id,status,')).toBe(true);
  });

  it('usage errors exit 2 before any output', async () => {
    const f = file('u.jsonl', good);
    for (const argv of [
      ['standards'],
      ['standards', f, f],
      ['standards', f, '--jobs', '0'],
      ['standards', f, '--output-format', 'xml'],
      ['standards', f, '--input-format', 'yaml'],
      ['standards', file('x.txt', good)],
      ['standards', join(dir, 'missing.jsonl')],
      ['standards', file('h.csv', 'id,yeer\n1,2019\n')],
      ['standards', f, '--jobs', '2'], // no worker script in-process
      ['standards', file('h2.csv', 'id,yeer\n1,2019\n'), '--output-format', 'csv', '--bom'],
      ['standards', f, '-o', join(dir, 'no', 'such', 'dir', 'out.jsonl')],
    ]) {
      const r = await runInProcess(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr, argv.join(' ')).toContain('dibao standards:');
    }
  });

  it('an input without records gives no JSON Lines, or only the CSV header', async () => {
    const empty = file('empty.jsonl', '\n\n');
    expect(await runInProcess(['standards', empty, '-q'])).toMatchObject({ code: 0, stdout: '' });
    const csv = await runInProcess(['standards', empty, '-q', '--output-format', 'csv']);
    expect(csv.stdout).toMatch(/^line,id,status,year,[^\n]*,error\r\n$/);
  });

  it('draws a progress bar on a terminal for long runs, and none otherwise', async () => {
    const many = Array.from({ length: 1200 }, () => good).join('\n');
    let t = 0;
    const clock = () => {
      t += 600; // every reading of the clock moves it on 0.6 s, so the run "takes" seconds
      return t;
    };
    const tty = await runInProcess(['standards', file('p.jsonl', many)], { tty: true, now: clock });
    expect(tty.stderr).toMatch(/\r\[[█░]+\]\s+\d+% [\d,]+ 条 records/);
    expect(tty.stderr).toContain('1200 条记录 records');
    const pipe = await runInProcess(['standards', file('p.jsonl', many)], { tty: false, now: clock });
    expect(pipe.stderr).not.toContain('\r');
  });
});

describe('dibao support', () => {
  it('computes 第12条 standards per record and sums the totals exactly', async () => {
    const rec = {
      id: 'p1',
      priorYearDibaoStandardPerMonth: '600',
      priorYearMinimumWagePerMonth: '1640',
      selfCareAbility: 'partiallyLost',
    };
    const r = await runInProcess([
      'support',
      file('sp.jsonl', `${JSON.stringify(rec)}\n${JSON.stringify(rec)}`),
    ]);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out[0]).toMatchObject({
      id: 'p1',
      result: { basicLivingPerMonth: '780.00', totalPerMonth: '1108.00' },
    });
    expect(r.stderr).toContain('2216.00 元/月');
  });

  it('reads the ADL columns of a CSV', async () => {
    const csv = file(
      'sp.csv',
      'id,prior_year_dibao_standard_per_month,prior_year_minimum_wage_per_month,adl_eating,adl_dressing,adl_transferring,adl_toileting,adl_indoor_walking,adl_bathing\n' +
        'a,600,1640,true,false,true,true,true,false\n',
    );
    const r = await runInProcess(['support', csv, '-q']);
    expect(jsonLines(r.stdout)[0]).toMatchObject({
      id: 'a',
      result: { selfCareAbility: 'partiallyLost', carePerMonth: '328.00' },
    });
  });

  it('refuses an id that is not a string or number, as that record’s error', async () => {
    const r = await runInProcess(['support', '-', '-q'], {
      stdin: '{"id":{"x":1},"priorYearDibaoStandardPerMonth":"600","priorYearMinimumWagePerMonth":"1640"}',
    });
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout)[0]).toMatchObject({
      error: { issues: [{ path: 'id', code: 'invalid_type' }] },
    });
  });
});
