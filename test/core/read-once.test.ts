/**
 * readOnce: one read of each property into plain data, and every refusal a DibaoInputError with its path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DibaoInputError, describeThrown, excerpt, MAX_INPUT_DEPTH } from '../../src/core/errors.js';
import {
  jsonTextWithinLimits,
  MAX_INPUT_VALUES,
  readOnce,
  readOnceArgs,
  readOnceItems,
} from '../../src/core/read-once.js';
import { poisonedThrowable, revokedProxy, withGetter } from '../property/hostile.js';
import { refusal } from './refusal.js';

describe('readOnce', () => {
  it('copies JSON data equal and unshared, an own __proto__ key kept as an own key', () => {
    const v = JSON.parse('{"a":[1,"x",null,true,{"b":{}}],"__proto__":{"p":1},"u":2}') as Record<
      string,
      unknown
    >;
    const c = readOnce(v);
    expect(c).toEqual(v);
    expect(c).not.toBe(v);
    expect(c.a).not.toBe(v.a);
    expect(Object.hasOwn(c, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(readOnce('text')).toBe('text');
    expect(readOnce(undefined)).toBeUndefined();
    expect(readOnce({ a: undefined })).toEqual({ a: undefined });
    const holey = [1, 2];
    delete holey[0];
    expect(readOnce(holey)).toEqual([undefined, 2]); // a hole reads as undefined
  });

  it('calls each getter once, and a proxy is read through its traps once per property', () => {
    let reads = 0;
    const o = withGetter('n', () => ++reads);
    expect(readOnce(o)).toEqual({ n: 1 });
    expect(reads).toBe(1);
    const gets: PropertyKey[] = [];
    const p = new Proxy(
      { a: 1, b: [2] },
      {
        get: (t, k, r) => {
          gets.push(k);
          return Reflect.get(t, k, r);
        },
      },
    );
    expect(readOnce(p)).toEqual({ a: 1, b: [2] });
    expect(gets).toEqual(['a', 'b']);
  });

  it('names an unreadable field: a getter that throws (even a value whose toString throws), a revoked proxy', () => {
    const thrower = withGetter('g', () => {
      throw poisonedThrowable();
    });
    expect(refusal(() => readOnce({ x: [thrower] }))).toMatchObject({ path: 'x[0].g', code: 'unreadable' });
    expect(refusal(() => readOnce({ x: revokedProxy() }, ['arg']))).toMatchObject({
      path: 'arg.x',
      code: 'unreadable',
    });
    expect(refusal(() => readOnce([1, revokedProxy([])]))).toMatchObject({ path: '[1]', code: 'unreadable' });
    const badLength = new Proxy([], { get: (t, k) => (k === 'length' ? 'many' : Reflect.get(t, k)) });
    expect(refusal(() => readOnce({ list: badLength }))).toMatchObject({ path: 'list', code: 'unreadable' });
    const throwingItem = new Proxy([1, 2], {
      get: (t, k) => {
        if (k === '1') throw new Error('no item');
        return Reflect.get(t, k);
      },
    });
    expect(refusal(() => readOnce(throwingItem))).toMatchObject({
      path: '[1]',
      code: 'unreadable',
      messageEn: 'unreadable: "no item"',
    });
  });

  it('refuses bigint, symbol and function values where they are', () => {
    expect(refusal(() => readOnce({ a: { b: 1n } }))).toMatchObject({ path: 'a.b', code: 'invalid_type' });
    expect(refusal(() => readOnce([Symbol('s')]))).toMatchObject({ path: '[0]', code: 'invalid_type' });
    expect(refusal(() => readOnce(() => 1))).toMatchObject({ path: '', code: 'invalid_type' });
  });

  it('names a cycle where it closes, and depth beyond 64 levels', () => {
    const a: Record<string, unknown> = { b: { c: {} } };
    ((a.b as Record<string, unknown>).c as Record<string, unknown>).back = a.b;
    expect(refusal(() => readOnce(a))).toMatchObject({ path: 'b.c.back', code: 'cyclic' });
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { d: deep };
    const r = refusal(() => readOnce(deep));
    expect(r).toMatchObject({ code: 'too_deep' });
    expect(r?.path.split('.')).toHaveLength(64);
    let ok: unknown = 1;
    for (let i = 0; i < 63; i++) ok = [ok];
    expect(readOnce(ok)).toEqual(ok);
  });

  it('refuses more values than the limit, without reading them', () => {
    expect(refusal(() => readOnce({ list: new Array(MAX_INPUT_VALUES + 1) }))).toMatchObject({
      path: 'list',
      code: 'too_many',
    });
    const shared = [1, 2, 3];
    let bomb: unknown = shared;
    for (let i = 0; i < 30; i++) bomb = [bomb, bomb]; // 2^30 paths to one array: a DAG, not a cycle
    expect(refusal(() => readOnce(bomb))).toMatchObject({ code: 'too_many' });
  });
});

describe('readOnce: each refusal’s code, path and both messages', () => {
  /** An array proxy whose `length` reads `length`. */
  const withLength = (length: unknown) =>
    new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });

  it('a value JSON cannot hold, by its kind', () => {
    expect(refusal(() => readOnce({ a: { b: 1n } }))).toEqual({
      path: 'a.b',
      code: 'invalid_type',
      message: '非 JSON 值：bigint',
      messageEn: 'not JSON: bigint',
    });
    expect(refusal(() => readOnce([Symbol('s')]))).toEqual({
      path: '[0]',
      code: 'invalid_type',
      message: '非 JSON 值：symbol',
      messageEn: 'not JSON: symbol',
    });
    expect(refusal(() => readOnce({ f: () => 1 }))).toEqual({
      path: 'f',
      code: 'invalid_type',
      message: '非 JSON 值：function',
      messageEn: 'not JSON: function',
    });
  });

  it('a getter that throws, with what it threw', () => {
    const thrower = withGetter('g', () => {
      throw new Error('boom');
    });
    expect(refusal(() => readOnce({ x: [thrower] }))).toEqual({
      path: 'x[0].g',
      code: 'unreadable',
      message: '无法读取："boom"',
      messageEn: 'unreadable: "boom"',
    });
  });

  it('a revoked proxy, with what Array.isArray threw (not what listing its keys throws)', () => {
    const p = revokedProxy();
    const thrownBy = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return excerpt((e as Error).message);
      }
      throw new Error('expected a throw');
    };
    const why = thrownBy(() => Array.isArray(p));
    expect(why).not.toBe(thrownBy(() => Object.keys(p)));
    expect(refusal(() => readOnce({ x: p }))).toEqual({
      path: 'x',
      code: 'unreadable',
      message: `无法读取：${why}`,
      messageEn: `unreadable: ${why}`,
    });
  });

  it('an array whose length is not a whole number from 0 up to 2^53 − 1', () => {
    for (const length of ['many', -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(
        refusal(() => readOnce({ list: withLength(length) })),
        String(length),
      ).toEqual({
        path: 'list',
        code: 'unreadable',
        message: '无法读取："length"',
        messageEn: 'unreadable: "length"',
      });
    }
    expect(readOnce({ list: withLength(0) })).toEqual({ list: [] });
  });

  it('depth: 64 levels copied, 65 refused where the 65th begins', () => {
    let ok: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) ok = { d: ok };
    expect(readOnce(ok)).toEqual(ok);
    const r = refusal(() => readOnce({ d: ok }));
    expect(r).toEqual({
      path: Array(MAX_INPUT_DEPTH).fill('d').join('.'),
      code: 'too_deep',
      message: '嵌套超过 64 层',
      messageEn: 'deeper than 64 levels',
    });
  });

  it('a cycle, named where it closes', () => {
    const a: Record<string, unknown> = { b: [{}] };
    ((a.b as unknown[])[0] as Record<string, unknown>).back = a;
    expect(refusal(() => readOnce({ top: a }))).toEqual({
      path: 'top.b[0].back',
      code: 'cyclic',
      message: '循环引用',
      messageEn: 'cyclic: contains itself',
    });
  });

  it('an object met again on its own path but ending in a refusal other than depth is no cycle', () => {
    // a getter that answers the object itself twice and then a bigint: read three levels deep, then refused
    let reads = 0;
    const o: object = withGetter('n', () => (++reads < 3 ? o : 1n));
    expect(refusal(() => readOnce(o))).toEqual({
      path: 'n.n.n',
      code: 'invalid_type',
      message: '非 JSON 值：bigint',
      messageEn: 'not JSON: bigint',
    });
  });

  it('size: exactly MAX_INPUT_VALUES objects and items copied, one more refused', () => {
    const tooMany = {
      code: 'too_many',
      message: '输入过大（> 1000000）',
      messageEn: 'too large (> 1000000 values)',
    };
    // the array itself and its items: MAX_INPUT_VALUES exactly
    expect(readOnce(new Array(MAX_INPUT_VALUES - 1))).toHaveLength(MAX_INPUT_VALUES - 1);
    expect(refusal(() => readOnce(new Array(MAX_INPUT_VALUES)))).toEqual({ path: '', ...tooMany });
    // the same count reached at an object: the array, its items, and the object one of them is
    const withObject = (length: number) => {
      const list: unknown[] = new Array(length).fill(0);
      list[0] = {};
      return list;
    };
    const copy = readOnce(withObject(MAX_INPUT_VALUES - 2));
    expect(copy).toHaveLength(MAX_INPUT_VALUES - 2);
    expect(copy[0]).toEqual({});
    expect(refusal(() => readOnce(withObject(MAX_INPUT_VALUES - 1)))).toEqual({ path: '[0]', ...tooMany });
  });
});

describe('readOnceItems and readOnceArgs', () => {
  it('reads a list’s items once, not copying them', () => {
    const item = { a: 1 };
    const items = readOnceItems([item, 2], ['households']);
    expect(items[0]).toBe(item);
    expect(refusal(() => readOnceItems({}, ['households']))).toEqual({
      path: 'households',
      code: 'invalid_type',
      message: '应为数组',
      messageEn: 'expected an array',
    });
    expect(refusal(() => readOnceItems(revokedProxy([]), ['households']))).toMatchObject({
      path: 'households',
      code: 'unreadable',
    });
    for (const length of ['many', -1, 1.5, Number.NaN, 2 ** 53]) {
      const badLength = new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
      expect(
        refusal(() => readOnceItems(badLength, ['rows'])),
        String(length),
      ).toEqual({
        path: 'rows',
        code: 'unreadable',
        message: '无法读取："length"',
        messageEn: 'unreadable: "length"',
      });
    }
    const throwing = new Proxy([1, 2], {
      get: (t, k) => {
        if (k === '1') throw 'gone';
        return Reflect.get(t, k);
      },
    });
    expect(refusal(() => readOnceItems(throwing, ['rows']))).toMatchObject({
      path: 'rows[1]',
      code: 'unreadable',
    });
  });

  it('names each argument', () => {
    expect(readOnceArgs(['a', 'b'], 1, { x: 2 })).toEqual([1, { x: 2 }]);
    expect(refusal(() => readOnceArgs(['a'], 1, 2n))).toMatchObject({ path: '[1]', code: 'invalid_type' });
    expect(refusal(() => readOnceArgs(['code', 'options'], '220100', revokedProxy()))).toMatchObject({
      path: 'options',
    });
  });
});

describe('excerpt and describeThrown never call the value’s methods', () => {
  it('excerpt', () => {
    expect(excerpt('abc')).toBe('"abc"');
    const long = `${'a'.repeat(39)}😀${'b'.repeat(100)}`;
    expect(excerpt(long)).toBe(`"${'a'.repeat(39)}"…(${long.length})`); // the surrogate pair is not split
    expect(excerpt('x'.repeat(41))).toBe(`"${'x'.repeat(40)}"…(41)`);
    expect(excerpt('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`); // 40 characters: whole, no length
  });

  it('excerpt cuts before the 40th character only when it begins a surrogate pair (U+D800–U+DBFF)', () => {
    const a39 = 'a'.repeat(39);
    const tail = 'b'.repeat(10);
    // '\u{10000}' is D800 DC00, '\u{10FFFF}' is DBFF DFFF: the 40th character begins a pair, cut before it
    for (const pair of ['\u{10000}', '\u{10FFFF}', '😀']) {
      expect(excerpt(a39 + pair + tail), pair).toBe(`"${a39}"…(51)`);
    }
    // a pair ending at the 40th character, and U+FF21 after U+DBFF: the 40 characters kept
    expect(excerpt(`${'a'.repeat(38)}😀${tail}`)).toBe(`"${'a'.repeat(38)}😀"…(50)`);
    expect(excerpt(`${a39}Ａ${tail}`)).toBe(`"${a39}Ａ"…(50)`);
    expect(excerpt(`${a39}\uD7FF${tail}`)).toBe(`"${a39}\uD7FF"…(50)`);
    expect(excerpt(1.5)).toBe('1.5');
    expect(excerpt(false)).toBe('false');
    expect(excerpt(undefined)).toBe('undefined');
    expect(excerpt(null)).toBe('null');
    expect(excerpt([1])).toBe('array');
    expect(excerpt(poisonedThrowable())).toBe('object');
    expect(excerpt(revokedProxy())).toBe('object');
    expect(excerpt(10n)).toBe('bigint');
    expect(excerpt(Symbol('s'))).toBe('symbol');
  });

  it('describeThrown', () => {
    expect(describeThrown(new Error('boom'))).toBe('"boom"');
    expect(describeThrown('text')).toBe('"text"');
    expect(describeThrown(7)).toBe('7');
    expect(describeThrown(null)).toBe('null');
    expect(describeThrown(poisonedThrowable())).toBe('object');
    expect(describeThrown(revokedProxy())).toBe('object');
    expect(describeThrown({ message: 42 })).toBe('object');
    expect(describeThrown(() => 1)).toBe('function');
    // a thrown function is read like an object: its message if it has one
    expect(describeThrown(Object.assign(() => 1, { message: 'from a function' }))).toBe('"from a function"');
  });

  it('describeThrown describes a thrown text or number as itself, never reading a message through its prototype', () => {
    const patched = [String.prototype, Number.prototype, Boolean.prototype];
    for (const proto of patched)
      Object.defineProperty(proto, 'message', { get: () => 'from the prototype', configurable: true });
    try {
      expect(describeThrown('text')).toBe('"text"');
      expect(describeThrown(7)).toBe('7');
      expect(describeThrown(true)).toBe('true');
      expect(describeThrown(new Error('own'))).toBe('"own"');
    } finally {
      for (const proto of patched) Reflect.deleteProperty(proto, 'message');
    }
    expect(describeThrown(undefined)).toBe('undefined');
  });
});

describe('jsonTextWithinLimits: JSON text that readOnce would accept unchanged', () => {
  const nested = (levels: number, inner = '1') => '['.repeat(levels) + inner + ']'.repeat(levels);

  it('is true exactly when readOnce accepts the parsed value (depth at the limit and one past it)', () => {
    for (const levels of [1, 2, 63, 64, 65, 66, 200]) {
      for (const text of [nested(levels), `{"a":${nested(levels - 1)}}`]) {
        const accepted = (() => {
          try {
            readOnce(JSON.parse(text));
            return true;
          } catch (e) {
            expect(e).toBeInstanceOf(DibaoInputError);
            return false;
          }
        })();
        expect(jsonTextWithinLimits(text), `${levels} levels`).toBe(accepted);
        expect(accepted).toBe(levels <= MAX_INPUT_DEPTH);
      }
    }
  });

  it('does not count brackets and commas inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ s: `${'['.repeat(100)}\\"${','.repeat(10)}"` });
    expect(jsonTextWithinLimits(text)).toBe(true);
    expect(jsonTextWithinLimits(JSON.stringify({ s: '\\' }))).toBe(true);
    expect(jsonTextWithinLimits(`${JSON.stringify({ s: '"' })}${nested(65)}`)).toBe(false);
  });

  it('takes the deepest nesting, not the last: closing brackets close, siblings do not nest', () => {
    const levels = (text: string) => {
      const accepted = (() => {
        try {
          readOnce(JSON.parse(text));
          return true;
        } catch {
          return false;
        }
      })();
      expect(jsonTextWithinLimits(text)).toBe(accepted);
      return accepted;
    };
    expect(levels(`[${'[],'.repeat(100)}[]]`)).toBe(true);
    expect(levels(`[${'{},'.repeat(100)}{}]`)).toBe(true);
    expect(levels(`{"a":[${'{"b":[]},'.repeat(100)}1]}`)).toBe(true);
    expect(levels(`[${nested(64)},[]]`)).toBe(false); // 65 levels first, then 2
    expect(levels(`[${nested(63)},[]]`)).toBe(true);
  });

  it('counts brackets and commas only: whitespace, digits, colons and strings count nothing', () => {
    const text = `{"a" : [ ${' '.repeat(MAX_INPUT_VALUES)}1${'0'.repeat(300)} ]}`;
    expect(jsonTextWithinLimits(text)).toBe(true);
    expect(readOnce(JSON.parse(text))).toEqual({ a: [1e300] });
  });

  /**
   * The bound each kind of text reaches exactly: an array of n numbers is 1 + n values (`[` counts two, each
   * comma one more); an array of n empty objects 1 + 2n (`{` counts one); an array of n arrays of one number
   * 1 + 3n. Fewer than MAX_INPUT_VALUES is true; at MAX_INPUT_VALUES readOnce still copies it, above it refuses.
   */
  it('counts exactly the values readOnce counts, for arrays of numbers, objects and arrays', () => {
    // each text with the value JSON.parse makes of it, built directly (parsing megabytes is slow)
    const numbers = (n: number) => [`[${'0,'.repeat(n - 1)}0]`, () => new Array(n).fill(0)] as const;
    const objects = (n: number) =>
      [`[${'{},'.repeat(n - 1)}{}]`, () => Array.from({ length: n }, () => ({}))] as const;
    const arrays = (n: number) =>
      [`[${'[0],'.repeat(n - 1)}[0]]`, () => Array.from({ length: n }, () => [0])] as const;
    expect(JSON.parse(arrays(3)[0])).toEqual(arrays(3)[1]());
    expect(JSON.parse(objects(3)[0])).toEqual(objects(3)[1]());
    const copies = (value: unknown[]) => {
      try {
        return (readOnce(value) as unknown[]).length === value.length;
      } catch (e) {
        expect((e as DibaoInputError).issues[0]?.code).toBe('too_many');
        return false;
      }
    };
    const cases: Array<[readonly [string, () => unknown[]], boolean, boolean]> = [
      // [text and value, jsonTextWithinLimits, readOnce copies]
      [numbers(MAX_INPUT_VALUES - 2), true, true], // 999 999 values
      [numbers(MAX_INPUT_VALUES - 1), false, true], // 1 000 000: not fewer, left to readOnce
      [numbers(MAX_INPUT_VALUES), false, false], // 1 000 001
      [objects(499_999), true, true], // 999 999
      [objects(500_000), false, false], // 1 000 001
      [arrays(333_332), true, true], // 999 997
      [arrays(333_333), false, true], // 1 000 000
      [arrays(333_334), false, false], // 1 000 003
    ];
    for (const [[text, value], within, copied] of cases) {
      expect(jsonTextWithinLimits(text), text.slice(0, 12)).toBe(within);
      expect(copies(value()), text.slice(0, 12)).toBe(copied);
    }
  });

  it('leaves a value with a million items to readOnce, which refuses it', () => {
    const text = `[${'0,'.repeat(MAX_INPUT_VALUES)}0]`;
    expect(jsonTextWithinLimits(text)).toBe(false);
    expect(() => readOnce(JSON.parse(text))).toThrow(DibaoInputError);
  });

  it('on any JSON value: when true, readOnce copies the parsed value unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue({ depthSize: 'large' }), (v) => {
        const text = JSON.stringify(v);
        const parsed: unknown = JSON.parse(text);
        if (jsonTextWithinLimits(text)) expect(readOnce(parsed)).toStrictEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });
});
