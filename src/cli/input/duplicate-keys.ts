/**
 * Duplicate keys in a JSON object. `JSON.parse` keeps the last of `{"area":"urban","area":"rural"}`
 * silently; in a policy or a household that is a fact given twice with two values, so the CLI refuses it
 * by name. {@link findDuplicateKey} scans text that `JSON.parse` has already accepted (so it follows only
 * strings, escapes and nesting), comparing keys as JSON reads them (`"a"` and `"\u0061"` are one key).
 */

/** Where a key is written twice: the object's path (`members[0]`, `''` for the top) and the key. */
export interface DuplicateKey {
  path: string;
  key: string;
}

interface Frame {
  /** The keys seen so far (an object), or `null` (an array). */
  keys: Set<string> | null;
  path: string;
  /** The key whose value is being read (objects), or the element index (arrays). */
  key: string;
  index: number;
  /** An object that expects a key next. */
  expectKey: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

function childPath(parent: Frame | undefined): string {
  if (parent === undefined) return '';
  if (parent.keys === null) return `${parent.path}[${parent.index}]`;
  return parent.path === '' ? parent.key : `${parent.path}.${parent.key}`;
}

/** The first key written twice in one object of the (valid) JSON `text`, or `null`. */
export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let j = i + 1;
      let escaped = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === BACKSLASH) {
          escaped = true;
          j += 1;
        } else if (d === QUOTE) break;
      }
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        if (top.keys.has(key)) return { path: top.path, key };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const path = childPath(stack[stack.length - 1]);
      const isObject = c === OPEN_BRACE;
      stack.push({ keys: isObject ? new Set() : null, path, key: '', index: 0, expectKey: isObject });
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
    } else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.index += 1;
    }
  }
  return null;
}

/** The English and Chinese description of a duplicate key, for issues and usage errors. */
export function duplicateKeyText(d: DuplicateKey, prefix = ''): { en: string; zh: string; path: string } {
  const path = prefix === '' ? d.path : d.path === '' ? prefix : `${prefix}.${d.path}`;
  const where = path === '' ? 'the top-level object' : path;
  return {
    path,
    en: `the key "${d.key}" is written twice in ${where} (JSON would keep only the last)`,
    zh: `${path === '' ? '顶层对象' : `${path} `}中的键 "${d.key}" 出现了两次（JSON 只会保留后一个）`,
  };
}

/** The number of `:` in `text` (in valid JSON: one per key, plus any inside strings). */
function colonCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n += 1;
  return n;
}

/** The number of keys in all objects of a parsed JSON value (iteratively: values may nest deeply). */
function keyCount(value: unknown): number {
  let n = 0;
  const todo: unknown[] = [value];
  while (todo.length > 0) {
    const v = todo.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') todo.push(x);
      continue;
    }
    for (const k in v) {
      n += 1;
      const x = (v as Record<string, unknown>)[k];
      if (x !== null && typeof x === 'object') todo.push(x);
    }
  }
  return n;
}

/**
 * {@link findDuplicateKey} for a record on the hot path, where `value` is `JSON.parse(text)`: in valid
 * JSON every key is followed by one `:`, so when the `:` in the text equal the keys of the parsed value,
 * no key was dropped and none is written twice (a `:` inside a string only makes the counts differ).
 * The full scan runs only when they differ: a few per cent of a record's parse time, not its whole.
 */
export function duplicateKeyIn(text: string, value: unknown): DuplicateKey | null {
  if (value === null || typeof value !== 'object') return null;
  if (colonCount(text) === keyCount(value)) return null;
  return findDuplicateKey(text);
}
