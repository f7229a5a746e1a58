/**
 * Each input is read once. A public entry first copies its argument into plain data with {@link readOnce},
 * and the validators and rules read only that copy: a getter that answers differently on each read, or a
 * proxy that changes its answers, cannot pass validation with one value and reach the rules with another.
 *
 * The copy takes what `JSON.stringify` would see of an object — its own enumerable properties, a getter
 * among them called once — and of an array its `length` read once and then each index. What plain data
 * cannot hold is refused by path with a {@link DibaoInputError}, never another exception: a getter or a
 * proxy trap that throws (`unreadable`, the thrown value described without calling its methods), nesting
 * beyond {@link MAX_INPUT_DEPTH} (`too_deep`), an object that contains itself (`cyclic`), more than
 * {@link MAX_INPUT_VALUES} objects and array items (`too_many`), and bigint, symbol and function values
 * (`invalid_type`). Texts, numbers, booleans, `null` and `undefined` are kept as they are; the validators
 * judge them.
 *
 * It runs at the top of every public entry, so it is written for speed (≈ 0.8 µs for a bench household):
 * the common object is copied with one spread, and the path of a refusal is put together only when a
 * refusal unwinds (docs/performance.md).
 */
import { DibaoInputError, type DibaoIssue, describeThrown, formatPath, MAX_INPUT_DEPTH } from './errors.js';

/** The path prefix of a refused options argument. */
export const OPTIONS_PATH: readonly string[] = ['options'];

/**
 * What a reader has already read of one object or array of an input, so that a later copy ({@link readOnce}
 * given the shadow) takes those values instead of reading them again: the value read at each key (an
 * array's `length` too) or a {@link Threw} for a read that threw, and the shadows of the objects read under
 * those keys. Its keys are listed again with `Object.keys`, which reads no value. Built only when a fast reader hands an input over to the
 * copy, so it costs nothing on the fast path.
 */
export interface Shadow {
  readonly values: ReadonlyMap<string | number, unknown>;
  readonly under: ReadonlyMap<string | number, Shadow>;
}

/** A read that threw, kept in a {@link Shadow} so the copy refuses it by path without reading it again. */
export class Threw {
  constructor(readonly error: unknown) {}
}

/** Objects and array items one input may hold: far above any household, policy or study. */
export const MAX_INPUT_VALUES = 1_000_000;

/** Why a copy stopped; each object it unwinds through adds its key, so the path is built only on refusal. */
class Refusal {
  /** Keys from the refused value up to the root (reversed at the end). */
  readonly keys: Array<string | number> = [];
  /** The objects those keys were read from, in the same order. */
  readonly objects: object[] = [];

  constructor(
    readonly code: DibaoIssue['code'],
    readonly message: string,
    readonly messageEn: string,
  ) {}

  through(key: string | number, from: object): Refusal {
    this.keys.push(key);
    this.objects.push(from);
    return this;
  }
}

function unreadable(thrown: unknown): Refusal {
  if (thrown instanceof Refusal) return thrown;
  const why = describeThrown(thrown);
  return new Refusal('unreadable', `无法读取：${why}`, `unreadable: ${why}`);
}

function notJson(kind: string): Refusal {
  return new Refusal('invalid_type', `非 JSON 值：${kind}`, `not JSON: ${kind}`);
}

function tooMany(): Refusal {
  return new Refusal(
    'too_many',
    `输入过大（> ${MAX_INPUT_VALUES}）`,
    `too large (> ${MAX_INPUT_VALUES} values)`,
  );
}

/** Objects and items still allowed in this copy. */
interface Budget {
  left: number;
}

/** A primitive JSON can hold; bigint, symbol and function throw. Objects are the caller's business. */
function leaf(value: unknown): unknown {
  const kind = typeof value;
  if (kind === 'bigint' || kind === 'symbol' || kind === 'function') throw notJson(kind);
  return value;
}

function copyArray(list: unknown[], depth: number, budget: Budget, shadow?: Shadow): unknown[] {
  const length: unknown = shadow === undefined ? list.length : taken(shadow, 'length', list);
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) throw unreadable('length');
  budget.left -= length;
  if (budget.left < 0) throw tooMany();
  const out: unknown[] = [];
  let i = 0;
  try {
    // One try for the loop (cheaper than one per item); `i` names the item that failed.
    for (; i < length; i++) {
      const item = shadow === undefined ? list[i] : taken(shadow, i, list);
      out.push(
        typeof item === 'object' && item !== null
          ? copyObject(item, depth + 1, budget, shadow?.under.get(i))
          : leaf(item),
      );
    }
  } catch (e) {
    throw unreadable(e).through(i, list);
  }
  return out;
}

/** The value at `key` as the shadow has it, else read now; a {@link Threw} is thrown again. */
function taken(shadow: Shadow, key: string | number, from: object): unknown {
  if (!shadow.values.has(key)) return (from as Record<string | number, unknown>)[key];
  const value = shadow.values.get(key);
  if (value instanceof Threw) throw value.error;
  return value;
}

/**
 * A record's own enumerable properties one by one, each read once: those `shadow` holds taken, the others read
 * now — for a record a fast reader has read, and for one whose spread threw (with {@link NOTHING_READ}), so that a
 * read that throws is refused by its key. A record whose keys cannot be listed is refused at its own path, as
 * when its spread throws.
 */
function copyKeys(record: Record<string, unknown>, shadow: Shadow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    let value: unknown;
    try {
      value = taken(shadow, key, record);
    } catch (e) {
      throw unreadable(e).through(key, record);
    }
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The shadow of a record nothing has been read of. */
const NOTHING_READ: Shadow = { values: new Map(), under: new Map() };

function copyRecord(
  record: Record<string, unknown>,
  depth: number,
  budget: Budget,
  shadow?: Shadow,
): Record<string, unknown> {
  let out: Record<string, unknown>;
  if (shadow !== undefined) out = copyKeys(record, shadow);
  else
    try {
      // One read of each own enumerable property (a getter called once); an own `__proto__` key stays an
      // own key, as JSON.parse makes it, for the validators to refuse by name.
      out = { ...record };
    } catch {
      out = copyKeys(record, NOTHING_READ);
    }
  let key = '';
  try {
    for (key in out) {
      const value = out[key];
      if (typeof value === 'object') {
        if (value !== null) out[key] = copyObject(value, depth + 1, budget, shadow?.under.get(key));
      } else if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        if (value !== undefined) throw notJson(typeof value);
      }
    }
  } catch (e) {
    throw unreadable(e).through(key, record);
  }
  return out;
}

function copyObject(value: object, depth: number, budget: Budget, shadow?: Shadow): unknown {
  if (depth >= MAX_INPUT_DEPTH)
    throw new Refusal('too_deep', `嵌套超过 ${MAX_INPUT_DEPTH} 层`, `deeper than ${MAX_INPUT_DEPTH} levels`);
  if (--budget.left < 0) throw tooMany();
  let list: boolean;
  try {
    list = Array.isArray(value); // throws for a revoked proxy
  } catch (e) {
    throw unreadable(e);
  }
  return list
    ? copyArray(value as unknown[], depth, budget, shadow)
    : copyRecord(value as Record<string, unknown>, depth, budget, shadow);
}

/** The issue of a refusal: its path from the root, and a cycle named as one rather than as depth. */
function issueOf(r: Refusal, at: ReadonlyArray<string | number>): DibaoIssue {
  const keys = r.keys.reverse();
  const objects = r.objects.reverse();
  if (r.code === 'too_deep') {
    // objects[j] is the object at path keys[0..j); the first object met again is where the cycle closes.
    for (let j = 1; j < objects.length; j++) {
      if (objects.indexOf(objects[j] as object) < j) {
        return {
          path: formatPath([...at, ...keys.slice(0, j)]),
          code: 'cyclic',
          message: '循环引用',
          messageEn: 'cyclic: contains itself',
        };
      }
    }
  }
  return { path: formatPath([...at, ...keys]), code: r.code, message: r.message, messageEn: r.messageEn };
}

/**
 * A copy of `value` as plain data (see the module comment), or a {@link DibaoInputError} naming the part
 * that cannot be read. `at` prefixes the issue's path (`['assessment']`). The copy of a JSON value is equal
 * to it, so results do not change.
 * `shadow` holds what a fast reader already read of `value` (see {@link Shadow}): those values are taken, not
 * read again.
 * @example assessHousehold(readOnce(household), readOnce(policy)) // what the public entry does
 */
export function readOnce<T>(value: T, at: ReadonlyArray<string | number> = [], shadow?: Shadow): T {
  if (typeof value !== 'object' || value === null) {
    try {
      return leaf(value) as T;
    } catch (e) {
      throw new DibaoInputError([issueOf(e as Refusal, at)]);
    }
  }
  try {
    return copyObject(value, 0, { left: MAX_INPUT_VALUES }, shadow) as T;
  } catch (e) {
    throw new DibaoInputError([issueOf(unreadable(e), at)]);
  }
}

/**
 * Whether the value `JSON.parse` makes of `text` is within what {@link readOnce} accepts — nesting of at most
 * {@link MAX_INPUT_DEPTH} levels, and fewer objects and array items than {@link MAX_INPUT_VALUES} (bounded by
 * counting the brackets and commas outside strings) — so that it can be used as it is: JSON text makes plain
 * data (no getter, proxy, cycle, bigint, symbol or function), which `readOnce` would copy unchanged. A text
 * beyond either bound is left to `readOnce`, which refuses it with its path.
 * @example jsonTextWithinLimits('{"a":[1,2]}') // true
 */
export function jsonTextWithinLimits(text: string): boolean {
  let open = 0;
  let deepest = 0;
  let values = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: skip to its closing quote, over escapes
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      open++;
      if (open > deepest) deepest = open;
      // an object counts one; an array one, and each of its items at most one more per comma, plus one
      values += c === 91 ? 2 : 1;
    } else if (c === 125 || c === 93) open--;
    else if (c === 44) values++;
  }
  return deepest <= MAX_INPUT_DEPTH && values < MAX_INPUT_VALUES;
}

/**
 * The items of a list argument (`households`), read once but not yet copied — the list's `length` and each
 * index read once — so that each item can be copied, and refused, on its own with {@link readOnce}. Throws
 * {@link DibaoInputError} at `at` when the value is not an array or cannot be read.
 */
export function readOnceItems(value: unknown, at: ReadonlyArray<string | number>): unknown[] {
  try {
    if (!Array.isArray(value)) {
      throw new DibaoInputError([
        { path: formatPath(at), code: 'invalid_type', message: '应为数组', messageEn: 'expected an array' },
      ]);
    }
    const length: unknown = value.length;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) throw unreadable('length');
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) {
      try {
        items.push((value as unknown[])[i]);
      } catch (e) {
        throw unreadable(e).through(i, value);
      }
    }
    return items;
  } catch (e) {
    if (e instanceof DibaoInputError) throw e;
    throw new DibaoInputError([issueOf(unreadable(e), at)]);
  }
}

/**
 * Several arguments, each copied by {@link readOnce} with its name as the path of a refusal:
 * `[code, options] = readOnceArgs(['regionCode', 'options'], code, options)`.
 */
export function readOnceArgs<T extends unknown[]>(names: readonly string[], ...values: T): T {
  return values.map((v, i) => readOnce(v, [names[i] ?? `[${i}]`])) as T;
}
