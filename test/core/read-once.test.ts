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

function refusal(run: () => unknown) {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DibaoInputError);
    const issues = (e as DibaoInputError).issues;
    expect(issues).toHaveLength(1);
    return issues[0];
  }
  throw new Error('expected a DibaoInputError');
}

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

describe('readOnceItems and readOnceArgs', () => {
  it('reads a list’s items once, not copying them', () => {
    const item = { a: 1 };
    const items = readOnceItems([item, 2], ['households']);
    expect(items[0]).toBe(item);
    expect(refusal(() => readOnceItems({}, ['households']))).toMatchObject({
      path: 'households',
      code: 'invalid_type',
    });
    expect(refusal(() => readOnceItems(revokedProxy([]), ['households']))).toMatchObject({
      path: 'households',
      code: 'unreadable',
    });
    const badLength = new Proxy([], { get: (t, k) => (k === 'length' ? -1 : Reflect.get(t, k)) });
    expect(refusal(() => readOnceItems(badLength, []))).toMatchObject({ path: '', code: 'unreadable' });
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
