import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, processJsonlText } from '../../src/cli/batch/process-chunk.js';
import type { BatchSpec, WorkItem } from '../../src/cli/batch/types.js';
import { readJsonDocument } from '../../src/cli/input/json-document.js';
import { jsonlChunks, type LineChunk } from '../../src/cli/input/jsonl-chunks.js';

async function* chunksOf(text: string, cuts: number[]): AsyncGenerator<string> {
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    if (c > at && c < text.length) {
      yield text.slice(at, c);
      at = c;
    }
  }
  yield text.slice(at);
}

async function collect(gen: AsyncIterable<WorkItem[]>): Promise<WorkItem[]> {
  const out: WorkItem[] = [];
  for await (const items of gen) out.push(...items);
  return out;
}

const texts = (items: WorkItem[]) =>
  items.map((i) => (i.kind === 'text' ? [i.line, i.text] : [i.line, i.kind]));

/** A batch spec whose "evaluation" returns the parsed record unchanged. */
const echo: BatchSpec<null> = {
  name: 'echo',
  csvInput: { kind: 'flat', columns: [] },
  csvOutput: [],
  evaluator: () => (r) => r,
  tally: () => {},
  summary: () => [],
};
const echoSettings = { command: 'echo', ctx: null, outputFormat: 'jsonl' as const, traceColumn: false };

async function* bytesOf(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    if (c > at && c < bytes.length) {
      yield bytes.subarray(at, c);
      at = c;
    }
  }
  yield bytes.subarray(at);
}

/** The chunks of `text` cut into byte blocks at `cuts`, and what the records of those chunks evaluate to. */
async function jsonlRecords(
  text: string,
  cuts: number[] = [],
  chunkBytes?: number,
  chunkLines?: number,
): Promise<{ chunks: LineChunk[]; records: unknown[] }> {
  const chunks: LineChunk[] = [];
  const records: unknown[] = [];
  for await (const c of jsonlChunks(bytesOf(Buffer.from(text, 'utf8'), cuts), chunkBytes, chunkLines)) {
    chunks.push({ firstLine: c.firstLine, bytes: Buffer.from(c.bytes) });
    const out = processJsonlText(echo, echoSettings, (r) => r, decodeUtf8(c.bytes), c.firstLine);
    records.push(
      ...decodeUtf8(out.bytes)
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l)),
    );
  }
  return { chunks, records };
}

describe('JSON Lines reader (byte chunks of whole lines)', () => {
  it('gives one record per non-blank line with its line number (CRLF, BOM, blank lines, no final newline)', async () => {
    const { records } = await jsonlRecords('\uFEFF{"a":1}\r\n\n  \n\u3000\r\n{"b":2}\n{"c":3}');
    expect(records).toEqual([
      { line: 1, id: null, result: { a: 1 } },
      { line: 5, id: null, result: { b: 2 } },
      { line: 6, id: null, result: { c: 3 } },
    ]);
  });

  it('turns a line that is not JSON into an error record and goes on', async () => {
    const { records } = await jsonlRecords('{"id":"a"}\nnot json\n{"id":7}\n');
    expect(records).toMatchObject([
      { line: 1, id: 'a', result: { id: 'a' } },
      { line: 2, id: null, error: { name: 'SyntaxError', issues: [{ path: '', code: 'invalid_json' }] } },
      { line: 3, id: '7', result: { id: 7 } },
    ]);
  });

  it('never cuts inside a line, and keeps chunks to the byte and line limits where lines allow', async () => {
    const text = ['{"a":"x"}', '{"long":"' + 'y'.repeat(100) + '"}', '', '{"b":"二"}', '{"c":3}', '{}'].join(
      '\n',
    );
    const { chunks } = await jsonlRecords(text, [3, 20, 50, 121], 16, 2);
    const lines = text.split('\n');
    for (const c of chunks) {
      const t = decodeUtf8(c.bytes);
      const own = t.endsWith('\n') ? t.slice(0, -1).split('\n') : t.split('\n');
      expect(own).toEqual(lines.slice(c.firstLine - 1, c.firstLine - 1 + own.length));
      expect(own.length).toBeLessThanOrEqual(2);
    }
    expect(chunks.map((c) => decodeUtf8(c.bytes)).join('')).toBe(text);
  });

  it('gives the same records however the bytes are cut (inside a character, the BOM or a CRLF too)', async () => {
    const text = '\uFEFF{"id":"一"}\n{"id":"二😀"}\r\n\n bad line\n{"x":[1,2]}\n \n{"y":"\u00e9"}';
    const whole = (await jsonlRecords(text)).records;
    expect(whole).toHaveLength(5);
    const n = Buffer.byteLength(text);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: n }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 4 }),
        async (cuts, chunkBytes, chunkLines) => {
          expect((await jsonlRecords(text, cuts, chunkBytes, chunkLines)).records).toEqual(whole);
        },
      ),
    );
  });
});

describe('JSON document reader', () => {
  it('splits a top-level array into element texts, with the line each starts on', async () => {
    const text = '[\n  {"id":"a","s":"x],{\\"y"},\n  {"id":"b","n":[1,[2]]}\n  ,3\n]\n';
    const items = await collect(readJsonDocument(chunksOf(text, [])));
    expect(texts(items)).toEqual([
      [2, '{"id":"a","s":"x],{\\"y"}'],
      [3, '{"id":"b","n":[1,[2]]}\n  '],
      [4, '3\n'],
    ]);
    expect(items.map((i) => (i.kind === 'text' ? JSON.parse(i.text) : null))).toEqual([
      { id: 'a', s: 'x],{"y' },
      { id: 'b', n: [1, [2]] },
      3,
    ]);
  });

  it('reads a single object document as one record', async () => {
    const items = await collect(readJsonDocument(chunksOf('\n{\n "id": "h1"\n}\n', [])));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'text', line: 2 });
    expect(JSON.parse((items[0] as { text: string }).text)).toEqual({ id: 'h1' });
  });

  it('yields nothing for an empty array', async () => {
    expect(await collect(readJsonDocument(chunksOf(' [ ] ', [])))).toEqual([]);
  });

  it('keeps a broken element to itself: the next elements still come through', async () => {
    const items = await collect(readJsonDocument(chunksOf('[{"a":1,,}, {"b":2}]', [])));
    expect(items).toHaveLength(2);
    expect(() => JSON.parse((items[0] as { text: string }).text)).toThrow(SyntaxError);
    expect(JSON.parse((items[1] as { text: string }).text)).toEqual({ b: 2 });
  });

  it('reports an empty element, a trailing comma, an unclosed array and trailing text as error items', async () => {
    const codes = async (t: string) =>
      (await collect(readJsonDocument(chunksOf(t, [])))).map((i) =>
        i.kind === 'error' ? `error:${i.issues[0]?.messageEn}` : 'text',
      );
    expect(await codes('[1,,2]')).toEqual(['text', expect.stringContaining('empty element'), 'text']);
    expect(await codes('[1,2,]')).toEqual(['text', 'text', expect.stringContaining('trailing comma')]);
    expect(await codes('[1,{"a":2}')).toEqual(['text', 'text', expect.stringContaining('not closed')]);
    expect(await codes('[1] x')).toEqual(['text', expect.stringContaining('after the end')]);
    expect(await codes('   ')).toEqual([expect.stringContaining('empty')]);
  });

  it('gives the same items however the text is cut into chunks', async () => {
    const text = '[{"id":"a","s":"]\\\\"},\n{"id":"b"}, [1,2],\n"str,]" ,7]';
    const whole = texts(await collect(readJsonDocument(chunksOf(text, []))));
    expect(whole).toHaveLength(5);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: text.length }), { maxLength: 10 }), async (cuts) => {
        expect(texts(await collect(readJsonDocument(chunksOf(text, cuts))))).toEqual(whole);
      }),
    );
  });
});
