/**
 * Shared checks for the property tests: clean JSON output (no NaN, Infinity, undefined or "NaN"),
 * deep freezing to prove inputs are never mutated, and "a result or a DibaoInputError, never another
 * exception".
 */
import * as fc from 'fast-check';
import { expect } from 'vitest';
import { DibaoInputError } from '../../src/core/errors.js';

/** Recursively freezes a JSON value so any write by the code under test throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const BAD_TEXT = /NaN|Infinity|undefined|\[object /;

/** Where `value` is not plain JSON data: non-finite numbers, `undefined`, functions, class instances, or a
 * string that spells NaN, Infinity, undefined or `[object …]` (a stringified object or a bad number). */
export function jsonProblems(value: unknown, path = '$', out: string[] = []): string[] {
  if (value === null || typeof value === 'boolean') return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (typeof value === 'string') {
    if (BAD_TEXT.test(value)) out.push(`${path} = ${JSON.stringify(value)}`);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) jsonProblems(value[i], `${path}[${i}]`, out);
  } else if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) out.push(`${path} is not a plain object`);
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) out.push(`${path}.${k} is undefined`);
      else jsonProblems(v, `${path}.${k}`, out);
    }
  } else {
    out.push(`${path} is a ${typeof value}`);
  }
  return out;
}

/** Fails unless `value` is plain JSON data (see {@link jsonProblems}). */
export function expectCleanJson(value: unknown): void {
  expect(jsonProblems(value)).toEqual([]);
}

/** Calls `fn(input)`; returns the result, or `null` when it threw a DibaoInputError; rethrows anything else. */
export function resultOrInputError<R>(fn: (input: never) => R, input: unknown): R | null {
  try {
    return fn(input as never);
  } catch (e) {
    if (e instanceof DibaoInputError) {
      expect(e.issues.length).toBeGreaterThan(0);
      for (const i of e.issues) {
        expect(typeof i.path).toBe('string');
        expect(typeof i.code).toBe('string');
        expect(i.message.length).toBeGreaterThan(0);
        expect(i.messageEn.length).toBeGreaterThan(0);
      }
      return null;
    }
    throw e;
  }
}

/** Money as callers send it: a decimal string with 0–2 decimals or the same value as a JSON number. */
export function moneyArb(minFen: number, maxFen: number): fc.Arbitrary<string | number> {
  return fc
    .tuple(fc.integer({ min: minFen, max: maxFen }), fc.integer({ min: 0, max: 9 }))
    .map(([fen, how]) => {
      const yuan = Math.floor(fen / 100);
      const rest = fen % 100;
      const str = rest === 0 && how < 5 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
      return how === 9 ? Number(str) : str;
    });
}

/** Replaces the value at `path` (keys/indices) in a JSON clone of `value`. */
export function replaceAt(
  value: unknown,
  path: ReadonlyArray<string | number>,
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement;
  const clone = structuredClone(value) as Record<string | number, unknown>;
  let cur = clone;
  for (let i = 0; i < path.length - 1; i++) {
    const next = cur[path[i] as string | number];
    if (next === null || typeof next !== 'object') return clone;
    cur = next as Record<string | number, unknown>;
  }
  cur[path[path.length - 1] as string | number] = replacement;
  return clone;
}

/** Every path to an object property or array element in a JSON value (the root excluded). */
export function jsonPaths(
  value: unknown,
  prefix: Array<string | number> = [],
): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [];
  const out: Array<Array<string | number>> = [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v] as [number, unknown])
    : Object.entries(value);
  for (const [k, v] of entries) {
    const p = [...prefix, k];
    out.push(p, ...jsonPaths(v, p));
  }
  return out;
}

/** Arbitrary JSON values, including awkward numbers and strings that look like money. */
export const awkwardJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    '1,200',
    '１２０',
    '1e3',
    'NaN',
    'Infinity',
    '-1',
    '-0',
    '0.0',
    ' 1',
    '1.',
    '.5',
    '9'.repeat(60),
    `0.${'0'.repeat(50)}1`,
    1e300,
    5e-324,
    -0,
    -1,
    Number.MAX_SAFE_INTEGER,
    true,
    null,
    [],
    {},
  ),
);

/**
 * The JSON text of `value` with `key` added as an own property of the object at `path` — the way a
 * `__proto__` key arrives from `JSON.parse`.
 */
export function withOwnKey(
  value: unknown,
  path: ReadonlyArray<string | number>,
  key: string,
  v: unknown,
): unknown {
  const parsed = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = parsed;
  for (const p of path) cur = cur[p] as Record<string | number, unknown>;
  Object.defineProperty(cur, key, { value: v, enumerable: true, configurable: true, writable: true });
  return parsed;
}
