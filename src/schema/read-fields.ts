/**
 * Reading a caller's object once, field by field, for the fast readers (`fen-household.ts`,
 * `fen-policy.ts`): its keys first (`for…in`, which reads no value), then each present field's value once;
 * what was read is kept so that a hand-over to the copy the zod schema validates (`readOnce` with a
 * {@link Shadow}) takes those values instead of reading them again. No rule lives here.
 */
import { type Shadow, Threw } from '../core/read-once.js';

/** An object's fields by name. */
export type Obj = Record<string, unknown>;

/**
 * The keys of `v` present as bits of `keys`, or `-1` when `v` is not read this way: not an object, an array,
 * a prototype other than `Object.prototype` or `null` (its inherited fields are not its own), a key outside
 * `keys`, or a proxy trap that throws. Reads no value.
 */
export function keyBits(v: unknown, keys: readonly string[]): number {
  if (typeof v !== 'object' || v === null) return -1;
  try {
    if (Array.isArray(v)) return -1;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return -1;
    let bits = 0;
    for (const k in v) {
      const i = keys.indexOf(k);
      if (i < 0) return -1;
      bits |= 1 << i;
    }
    return bits;
  } catch {
    return -1;
  }
}

/** What reading one object got: bits of the keys read, and the read that threw (`threwAt`: its key). */
export interface Got {
  got: number;
  threw: Threw | undefined;
  threwAt: number;
}

/** A list as read: its `length`, and each item read so far. */
export interface ListGot {
  /** The length read, or what reading it threw (`undefined`: not read). */
  length: number | Threw | undefined;
  items: unknown[];
  /** The item whose read threw. */
  threw: Threw | undefined;
}

/** Reads `list.length` and then up to `max` items (none when the length is above `max`). */
export function readList(list: unknown[], max: number): ListGot {
  const g: ListGot = { length: undefined, items: [], threw: undefined };
  let length: unknown;
  try {
    length = list.length;
  } catch (e) {
    g.length = new Threw(e);
    return g;
  }
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return g;
  g.length = length;
  if (length > max) return g;
  try {
    for (let i = 0; i < length; i++) g.items.push(list[i]);
  } catch (e) {
    g.threw = new Threw(e);
  }
  return g;
}

/** A list read whole: every item read, none threw. */
export function whole(g: ListGot): boolean {
  return g.threw === undefined && g.length === g.items.length;
}

/** An array as zod's array schemas take it (`Array.isArray`; a revoked proxy is not one here). */
export function isList(v: unknown): v is unknown[] {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}

/** A small object as read (disability, property, propertyAssessment): its values in key order. */
export interface SmallGot extends Got {
  values: unknown[];
}

export function readSmall(o: Obj, bits: number, keys: readonly string[]): SmallGot {
  const g: SmallGot = { values: [], got: 0, threw: undefined, threwAt: -1 };
  readInto(g, o, bits, keys);
  return g;
}

/** Reads the present fields of `o` into `g.values`, in key order, stopping at a read that throws. */
function readInto(g: SmallGot, o: Obj, bits: number, keys: readonly string[]): void {
  let i = 0;
  try {
    for (; i < keys.length; i++) g.values.push(bits & (1 << i) ? o[keys[i] as string] : undefined);
    i = 31;
  } catch (e) {
    g.threw = new Threw(e);
    g.threwAt = i;
  }
  g.got = bits & ((1 << i) - 1);
}

/** The shadow of one object read with `keys`: the values of the keys read and the read that threw. */
export function recordShadow(
  keys: readonly string[],
  valueAt: (i: number) => unknown,
  g: Got,
  under: ReadonlyMap<string | number, Shadow>,
): Shadow {
  const values = new Map<string | number, unknown>();
  for (let i = 0; i < keys.length; i++) if (g.got & (1 << i)) values.set(keys[i] as string, valueAt(i));
  if (g.threw !== undefined) values.set(keys[g.threwAt] as string, g.threw);
  return { values, under };
}

export function listShadow(g: ListGot, under: ReadonlyMap<string | number, Shadow>): Shadow {
  const values = new Map<string | number, unknown>();
  if (g.length !== undefined) values.set('length', g.length);
  for (let i = 0; i < g.items.length; i++) values.set(i, g.items[i]);
  if (g.threw !== undefined) values.set(g.items.length, g.threw);
  return { values, under };
}

/** No shadows under an object (its fields are not objects the reader read). */
export const NOTHING_UNDER: ReadonlyMap<string | number, Shadow> = new Map();

export function smallShadow(g: SmallGot | undefined, keys: readonly string[]): Shadow | undefined {
  return g && recordShadow(keys, (i) => g.values[i], g, NOTHING_UNDER);
}

/**
 * The fields of an object of fixed shape: its keys (bit i = keys[i]) and, for a field that holds an object of
 * fixed shape itself, that shape.
 */
export interface Shape {
  readonly keys: readonly string[];
  readonly nested?: Readonly<Record<number, Shape>>;
}

/** An object of a {@link Shape} as read, with what was read of the objects under it (by key index). */
export interface TreeGot extends SmallGot {
  readonly under: Array<TreeGot | undefined>;
  /** Every field read, and every nested object of its shape read whole. */
  whole: boolean;
}

/**
 * Reads `v` and the objects under it whole, each present field once, or returns `undefined` when `v` is not
 * read this way ({@link keyBits}). A nested object that is not read leaves the tree not {@link TreeGot.whole}.
 */
export function readTree(v: unknown, shape: Shape): TreeGot | undefined {
  const bits = keyBits(v, shape.keys);
  if (bits < 0) return undefined;
  const g: TreeGot = { values: [], got: 0, threw: undefined, threwAt: -1, under: [], whole: true };
  readInto(g, v as Obj, bits, shape.keys);
  g.whole = g.threw === undefined;
  const nested = shape.nested;
  if (nested === undefined || !g.whole) return g;
  for (const k in nested) {
    const i = Number(k);
    const x = g.values[i];
    if (x === undefined) continue;
    const t = readTree(x, nested[i] as Shape);
    g.under[i] = t;
    if (t === undefined || !t.whole) g.whole = false;
  }
  return g;
}

/** The shadow of a tree read by {@link readTree}. */
export function treeShadow(g: TreeGot, shape: Shape): Shadow {
  const under = new Map<string | number, Shadow>();
  g.under.forEach((t, i) => {
    if (t !== undefined) under.set(shape.keys[i] as string, treeShadow(t, shape.nested?.[i] as Shape));
  });
  return recordShadow(shape.keys, (i) => g.values[i], g, under);
}
