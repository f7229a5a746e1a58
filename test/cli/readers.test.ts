import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../src/cli/batch/types.js';
import { readJsonDocument } from '../../src/cli/input/json-document.js';
import { readJsonLines } from '../../src/cli/input/json-lines.js';

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

describe('JSON Lines reader', () => {
  it('yields one text item per non-blank line with its line number (CRLF, BOM, no final newline)', async () => {
    const items = await collect(readJsonLines(chunksOf('\uFEFF{"a":1}\r\n\n  \n{"b":2}\n{"c":3}', [])));
    expect(texts(items)).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
      [5, '{"c":3}'],
    ]);
  });

  it('gives the same items however the text is cut into chunks', async () => {
    const text = '{"id":"一"}\n{"id":"二"}\r\n\nbad line\n{"x":[1,2]}\n';
    const whole = texts(await collect(readJsonLines(chunksOf(text, []))));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: text.length }), { maxLength: 8 }), async (cuts) => {
        expect(texts(await collect(readJsonLines(chunksOf(text, cuts))))).toEqual(whole);
      }),
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
