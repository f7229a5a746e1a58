/**
 * Hostile values for the "any value → a result or DibaoInputError" properties: what a JavaScript caller
 * can pass that JSON cannot hold — nesting thousands deep, bigint, cycles, getters that throw (even a
 * thrown value whose `toString` throws), getters that answer differently on each read, proxies (revoked,
 * with throwing traps, or lying), symbols, functions and a 5 MB text.
 */
import fc from 'fast-check';

/** A `levels`-deep array `[[[…]]]`. */
export function deepArray(levels: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

/** A `levels`-deep object `{ a: { a: … } }`. */
export function deepObject(levels: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

/** Something thrown whose `toString`, `valueOf`, `message` and `Symbol.toPrimitive` all throw. */
export function poisonedThrowable(): unknown {
  const boom = () => {
    throw new Error('poisoned');
  };
  return {
    toString: boom,
    valueOf: boom,
    [Symbol.toPrimitive]: boom,
    get message(): string {
      return boom();
    },
  };
}

/** An object with one enumerable getter. */
export function withGetter(key: string, get: () => unknown, base: object = {}): object {
  return Object.defineProperty({ ...base }, key, { get, enumerable: true, configurable: true });
}

/** A revoked proxy: every operation on it throws a TypeError. */
export function revokedProxy(target: object = {}): object {
  const r = Proxy.revocable(target, {});
  r.revoke();
  return r.proxy;
}

/** A proxy whose every trap throws a value whose `toString` throws. */
export function throwingProxy(target: object = {}): object {
  const trap = () => {
    throw poisonedThrowable();
  };
  return new Proxy(target, {
    get: trap,
    has: trap,
    ownKeys: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
  });
}

/**
 * A proxy over `target` that answers every read of a property with the target's value the first time and
 * with `later` afterwards: a validator that reads twice sees one value, the rules another.
 */
export function lyingProxy<T extends object>(target: T, later: unknown = 12345): T {
  const reads = new Map<PropertyKey, number>();
  return new Proxy(target, {
    get(t, key, receiver) {
      const n = (reads.get(key) ?? 0) + 1;
      reads.set(key, n);
      if (n > 1 && typeof key === 'string' && Object.hasOwn(t, key)) return later;
      return Reflect.get(t, key, receiver);
    },
  });
}

/** Each hostile value, built fresh (a cycle or a proxy is never shared between cases). */
export const HOSTILE: ReadonlyArray<readonly [string, () => unknown]> = [
  ['a 5 000-deep array', () => deepArray(5000)],
  ['a 5 000-deep object', () => deepObject(5000)],
  ['a bigint', () => 10n ** 30n],
  [
    'a cyclic object',
    () => {
      const o: Record<string, unknown> = { a: 1 };
      o.self = o;
      return o;
    },
  ],
  [
    'a cyclic array',
    () => {
      const a: unknown[] = [1];
      a.push(a);
      return a;
    },
  ],
  ['a symbol', () => Symbol('s')],
  ['a function', () => () => 1],
  [
    'a getter that throws an Error',
    () =>
      withGetter('x', () => {
        throw new Error('getter failed');
      }),
  ],
  [
    'a getter that throws an object whose toString throws',
    () =>
      withGetter('x', () => {
        throw poisonedThrowable();
      }),
  ],
  ['a revoked proxy', () => revokedProxy()],
  ['a revoked proxy of an array', () => revokedProxy([])],
  ['a proxy whose traps throw', () => throwingProxy()],
  ['an array holding a revoked proxy', () => [revokedProxy()]],
  ['a 5 MB text', () => 'x'.repeat(5_000_000)],
];

/** A hostile value picked by fast-check (its name shown in a counterexample). */
export const hostileArb: fc.Arbitrary<readonly [string, () => unknown]> = fc.constantFrom(...HOSTILE);
