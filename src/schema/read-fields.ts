/**
 * Reading a caller's object once, field by field, for the fast readers (`fen-household.ts`,
 * `fen-policy.ts`): its keys first (`for…in`, which reads no value), then each present field's value once;
 * what was read is kept so that a hand-over to the copy the zod schema validates (`readOnce` with a
 * {@link Shadow}) takes those values instead of reading them again. No rule lives here.
 */
import { readOnce, type Shadow, Threw } from '../core/read-once.js';

/** An object's fields by name. */
export type Obj = Record<string, unknown>;

/**
 * The keys of `v` present as bits of `keys`, or `-1` when `v` is not read this way: not an object, an array,
 * a prototype other than `Object.prototype` or `null` (its inherited fields are not its own; such an object
 * is left to the copy), a key outside `keys`, or a proxy trap that throws. Listed with `for…in`, which reads
 * no value and, unlike `Object.keys`, allocates nothing.
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
  // allocated at its length (a `push` from empty would allocate room for 16), cut back to the items read
  const items: unknown[] = new Array(length);
  let i = 0;
  try {
    for (; i < length; i++) items[i] = list[i];
  } catch (e) {
    g.threw = new Threw(e);
    items.length = i;
  }
  g.items = items;
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
  const g: SmallGot = { values: new Array(keys.length), got: 0, threw: undefined, threwAt: -1 };
  readInto(g, o, bits, keys);
  return g;
}

/** Reads the present fields of `o` into `g.values`, in key order, stopping at a read that throws. */
function readInto(g: SmallGot, o: Obj, bits: number, keys: readonly string[]): void {
  let i = 0;
  try {
    for (; i < keys.length; i++) if (bits & (1 << i)) g.values[i] = o[keys[i] as string];
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
 * fixed shape itself, that shape. Make one with {@link shape}.
 */
export interface Shape {
  readonly keys: readonly string[];
  /** `[index of the field, its shape]` for each field that holds an object of fixed shape. */
  readonly nested: ReadonlyArray<readonly [number, Shape]>;
}

/** A {@link Shape}: its `keys`, and `nested` each key holding an object of fixed shape to that shape. */
export function shape(keys: readonly string[], nested: Readonly<Record<string, Shape>> = {}): Shape {
  return Object.freeze({
    keys,
    nested: Object.entries(nested).map(([k, s]) => [keys.indexOf(k), s] as const),
  });
}

/** One object of a {@link Layout}: its shape, where its values start, and the slot of the field holding it. */
interface LayoutNode {
  readonly shape: Shape;
  readonly base: number;
  /** The slot of the field that holds this object (`-1`: the root). */
  readonly holder: number;
}

/**
 * A {@link Shape} laid out flat: every field of every object one slot of one array, objects in the order they
 * are read (an object after the one holding it). Reading a value then costs no allocation of its own.
 */
export interface Layout {
  readonly nodes: readonly LayoutNode[];
  readonly size: number;
  /** The slot of a field by its dotted path (`'dibaoStandardPerMonth.urban'`). */
  readonly slot: (path: string) => number;
}

/** Lays out a {@link Shape} (once, at module load). */
export function layout(root: Shape): Layout {
  const nodes: LayoutNode[] = [];
  const slots = new Map<string, number>();
  let size = 0;
  const add = (s: Shape, holder: number, prefix: string) => {
    const base = size;
    nodes.push({ shape: s, base, holder });
    size += s.keys.length;
    s.keys.forEach((k, i) => {
      slots.set(prefix + k, base + i);
    });
    for (const [j, inner] of s.nested) add(inner, base + j, `${prefix}${s.keys[j]}.`);
  };
  add(root, -1, '');
  const slot = (path: string) => {
    const i = slots.get(path);
    if (i === undefined) throw new Error(`no field ${path}`);
    return i;
  };
  return Object.freeze({
    nodes,
    size,
    slot,
  });
}

/** An input read by {@link readFlat}. */
export interface FlatGot {
  /** The value of each slot read (`undefined`: absent or not read). */
  readonly values: unknown[];
  /** The keys read of each object (`undefined`: absent, or not read at all; a hole costs no fill). */
  readonly bits: Array<number | undefined>;
  /** Every object read whole, each of its shape (none declined by {@link keyBits}), no read threw. */
  whole: boolean;
  /** The object and field whose read threw (`-1`: none), and what it threw. */
  threwNode: number;
  threwAt: number;
  threw: Threw | undefined;
}

/** An object the fast readers read field by field: not an array, its prototype `Object.prototype` or `null`. */
function plainRecord(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null) return false;
  try {
    if (Array.isArray(v)) return false;
    const proto: unknown = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
}

/**
 * Reads `v` and the objects under it of its layout, each present field once, or returns `undefined` when `v`
 * is not a plain object. Each object's fields are read in their own order in one `for…in`, each value by
 * the key `for…in` gives (V8 reads it through the object's enum cache: faster than a getter per key); an object with a key the layout does not know is
 * read no further (the read then not whole), and a read that throws stops the reading (`threwNode` /
 * `threwAt` name it; `threwAt` is `-1` between reads, so a `for…in` that throws is not taken for a read).
 */
export function readFlat(v: unknown, l: Layout): FlatGot | undefined {
  if (!plainRecord(v)) return undefined;
  const nodes = l.nodes;
  const g: FlatGot = {
    values: new Array(l.size),
    bits: new Array(nodes.length),
    whole: true,
    threwNode: -1,
    threwAt: -1,
    threw: undefined,
  };
  try {
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as LayoutNode;
      const o = node.holder < 0 ? v : g.values[node.holder];
      if (o === undefined) continue;
      if (!plainRecord(o) || !readNode(g, o, k, node)) g.whole = false;
    }
  } catch (e) {
    g.whole = false;
    if (g.threwAt >= 0) g.threw = new Threw(e);
    return g;
  }
  g.threwNode = -1;
  return g;
}

/** Reads the fields of object `o` (node `k`) in their own order; `false` at a key the node does not know. */
function readNode(g: FlatGot, o: Obj, k: number, node: LayoutNode): boolean {
  const keys = node.shape.keys;
  const x = g.values;
  const base = node.base;
  let bits = 0;
  g.threwNode = k;
  try {
    for (const key in o) {
      const i = keys.indexOf(key);
      if (i < 0) return false;
      g.threwAt = i;
      x[base + i] = o[key];
      g.threwAt = -1;
      bits |= 1 << i;
    }
  } finally {
    g.bits[k] = bits;
  }
  return true;
}

/** The shadow of an input read by {@link readFlat}. */
export function flatShadow(g: FlatGot, l: Layout): Shadow {
  const shadows: Array<Shadow | undefined> = [];
  const unders: Array<Map<string | number, Shadow>> = l.nodes.map(() => new Map());
  for (let k = 0; k < l.nodes.length; k++) {
    const b = g.bits[k];
    if (b === undefined) continue;
    const node = l.nodes[k] as LayoutNode;
    const got: Got =
      k === g.threwNode && g.threw !== undefined
        ? { got: b, threw: g.threw, threwAt: g.threwAt }
        : { got: b, threw: undefined, threwAt: -1 };
    shadows[k] = recordShadow(
      node.shape.keys,
      (i) => g.values[node.base + i],
      got,
      unders[k] as Map<string | number, Shadow>,
    );
  }
  // each object's shadow under the object holding it (holders come first)
  for (let k = 1; k < l.nodes.length; k++) {
    const s = shadows[k];
    if (s === undefined) continue;
    const node = l.nodes[k] as LayoutNode;
    let h = k - 1;
    while ((l.nodes[h] as LayoutNode).base > node.holder) h--;
    const holder = l.nodes[h] as LayoutNode;
    (unders[h] as Map<string | number, Shadow>).set(
      holder.shape.keys[node.holder - holder.base] as string,
      s,
    );
  }
  return shadows[0] as Shadow;
}

/**
 * An argument read by a fast reader: its facts when the reader vouches for them, and {@link ReadArgument.copy}
 * — the plain copy the zod schema reads, as `readOnce` makes it, taking what the reader read (its shadow)
 * and reading only the rest. One object per call (no closure), made once.
 */
export class ReadArgument<F, G> {
  private copied: { value: unknown } | undefined;

  constructor(
    /** The facts in integers; `undefined` when the fast reader does not vouch for them. */
    readonly facts: F | undefined,
    private readonly input: unknown,
    private readonly at: ReadonlyArray<string | number>,
    private readonly got: G | undefined,
    private readonly shadowOf: (got: G) => Shadow,
  ) {}

  /**
   * The input as plain data (throws `DibaoInputError` for what cannot be read, by path). Made once; when
   * `facts` is `undefined`, call it before reading any other argument, so refusals come in argument order.
   */
  copy(): unknown {
    if (this.copied === undefined) {
      const got = this.got;
      this.copied = {
        value: readOnce(this.input, this.at, got === undefined ? undefined : this.shadowOf(got)),
      };
    }
    return this.copied.value;
  }
}
