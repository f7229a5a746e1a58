/**
 * The readers behind the CLI's hardening, in-process: the household a Chinese CSV row becomes, the
 * duplicate-key scan and its quick path, and the record-size limit of the JSON Lines cutter.
 */
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../src/cli/batch/types.js';
import { householdCsvRecords } from '../../src/cli/input/csv-households.js';
import { readCsvRows } from '../../src/cli/input/csv-rows.js';
import { duplicateKeyIn, findDuplicateKey } from '../../src/cli/input/duplicate-keys.js';
import { wholeUtf8End } from '../../src/cli/input/encoding.js';
import { jsonlChunks } from '../../src/cli/input/jsonl-chunks.js';
import { readDate } from '../../src/spreadsheet/cells.js';

async function* once<T>(x: T): AsyncGenerator<T> {
  yield x;
}

async function items(csv: string): Promise<WorkItem[]> {
  const out: WorkItem[] = [];
  for await (const batch of householdCsvRecords(readCsvRows(once(csv)))) out.push(...batch);
  return out;
}

describe('a Chinese CSV row becomes the household the schema takes', () => {
  it('headers and values', async () => {
    const csv =
      '户编号,评估日期,城乡类别,正在享受低保,金融资产（元）,机动车辆数,成员编号,出生日期,性别,残疾类别,残疾等级,赡养抚养扶养义务人,工资性收入(元/月),养老金(元/年),拒绝职业介绍日期\r\n' +
      'A,2018年9月1日,城市,否,"12,345.60",０,甲,1980/5/1,女,精神,一,无履行能力,"1,780",￥2400元,2018/3/2；2018-5-10\r\n';
    expect(await items(csv)).toEqual([
      {
        kind: 'value',
        line: 2,
        id: 'A',
        value: {
          id: 'A',
          assessmentDate: '2018-09-01',
          area: 'urban',
          receivingDibao: false,
          property: { financialAssets: '12345.60', vehicles: 0 },
          members: [
            {
              id: '甲',
              birthDate: '1980-05-01',
              sex: 'female',
              // "一" is not a grade the normaliser reads: passed on, the schema names the field.
              disability: { category: 'mental', grade: '一' },
              supporters: 'unable',
              jobReferralRefusals: ['2018-03-02', '2018-05-10'],
              incomes: [
                { kind: 'employment', perMonth: '1780' },
                { kind: 'pension', perYear: '2400' },
              ],
            },
          ],
        },
      },
    ]);
  });
});

describe('readDate (src/spreadsheet/cells.ts)', () => {
  it.each([
    ['2018-09-01', '2018-09-01'],
    ['2018/9/1', '2018-09-01'],
    ['2018.9.1', '2018-09-01'],
    ['2018-9-1', '2018-09-01'],
    ['2018年9月1日', '2018-09-01'],
    ['2018年12月31', '2018-12-31'],
    ['２０１８/９/１', '2018-09-01'],
    [' 2018/10/15 ', '2018-10-15'],
  ])('%s → %s', (cell, iso) => {
    expect(readDate(cell, 'd')).toBe(iso);
  });
  it.each(['9/1/2018', '1/9/2018', '20180901', '2018/9', '2018-009-01', 'abc', '43344'])(
    '%s is refused',
    (cell) => {
      expect(() => readDate(cell, 'd')).toThrow();
    },
  );
  it('blank is unknown', () => {
    expect(readDate('  ', 'd')).toBeUndefined();
  });
});

describe('duplicate keys', () => {
  it.each([
    ['{"a":1,"a":2}', { path: '', key: 'a' }],
    ['{"a":1,"\\u0061":2}', { path: '', key: 'a' }],
    ['{"m":[{"x":1},{"y":1,"y":2}]}', { path: 'm[1]', key: 'y' }],
    ['[{"a":{"b":1,"c":{"d":1,"d":1}}}]', { path: '[0].a.c', key: 'd' }],
    ['{"a":"x\\":\\"a","b":{"a":1}}', null],
    ['{"a":{"a":{"a":1}}}', null],
    ['[1,{"a":1},{"a":1}]', null],
  ])('%s', (text, want) => {
    expect(findDuplicateKey(text)).toEqual(want);
    expect(duplicateKeyIn(text, JSON.parse(text))).toEqual(want);
  });

  it('the quick path agrees with the full scan when strings hold ":" or keys are spaced', () => {
    for (const text of ['{"a" :1,"a":2}', '{"t":"12:00","a":1,"a":2}', '{"t":"a:b"}', '{"a" : {"b" :1}}']) {
      expect(duplicateKeyIn(text, JSON.parse(text))).toEqual(findDuplicateKey(text));
    }
  });
});

describe('the JSON Lines cutter skips a line over the limit without holding it', () => {
  it('gives the line its number and size, and the lines around it as usual', async () => {
    const big = 'x'.repeat(10_000);
    const text = `{"a":1}\n${big}\n{"b":2}\n`;
    const blocks = Buffer.from(text);
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < blocks.length; i += 700) yield blocks.subarray(i, i + 700);
    }
    const chunks = [];
    for await (const c of jsonlChunks(source(), 1024, 1000, 2000)) {
      chunks.push({ firstLine: c.firstLine, text: Buffer.from(c.bytes).toString(), tooLarge: c.tooLarge });
    }
    expect(chunks).toEqual([
      { firstLine: 1, text: '{"a":1}\n', tooLarge: undefined },
      { firstLine: 2, text: '', tooLarge: 10_000 },
      { firstLine: 3, text: '{"b":2}\n', tooLarge: undefined },
    ]);
  });

  it('wholeUtf8End stops before a character cut off at the end', () => {
    const b = Buffer.from('a张');
    expect(wholeUtf8End(b)).toBe(4);
    expect(wholeUtf8End(b.subarray(0, 3))).toBe(1);
    expect(wholeUtf8End(b.subarray(0, 2))).toBe(1);
    expect(wholeUtf8End(b.subarray(0, 1))).toBe(1);
  });
});
