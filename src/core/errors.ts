/**
 * Input errors. Every invalid input throws {@link DibaoInputError}; its `issues` name the JSON path of
 * each bad field (`members[2].birthDate`) with a Chinese message and its English twin.
 */

/** Stable machine-readable issue codes. */
export type DibaoIssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_money'
  | 'negative_money'
  | 'invalid_number'
  | 'invalid_date'
  | 'invalid_enum'
  | 'unknown_key'
  | 'forbidden_key'
  | 'out_of_range'
  | 'too_few'
  | 'too_many'
  | 'inconsistent'
  /** A getter threw, or a proxy refused to be read (revoked, or a trap threw). */
  | 'unreadable'
  /** Nested deeper than {@link MAX_INPUT_DEPTH} levels. */
  | 'too_deep'
  /** An object or array that contains itself. */
  | 'cyclic'
  /** A money amount the exact arithmetic cannot carry to the cent: ≥ 10^20 元. */
  | 'precision_exceeded';

/** One problem with one field of an input. */
export interface DibaoIssue {
  /** JSON path of the field, e.g. `members[2].birthDate`; `""` for the input itself. */
  path: string;
  code: DibaoIssueCode;
  /** 中文说明. */
  message: string;
  /** The same in English. */
  messageEn: string;
}

/** Thrown for any invalid input; never a wrong number. */
export class DibaoInputError extends Error {
  override readonly name = 'DibaoInputError';
  readonly issues: DibaoIssue[];

  constructor(issues: DibaoIssue[]) {
    const first = issues[0];
    const head = first ? `${first.path || '(input)'}: ${first.messageEn}` : 'invalid input';
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`Invalid input — ${head}${more}`);
    this.issues = issues;
  }

  /** A plain JSON form for error records. */
  toJSON(): { name: 'DibaoInputError'; message: string; issues: DibaoIssue[] } {
    return { name: 'DibaoInputError', message: this.message, issues: this.issues };
  }
}

/** Formats a path of keys and indices as `members[2].birthDate`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Nesting depth of an input beyond which it is refused (`too_deep`): no input of the library is deeper than 10. */
export const MAX_INPUT_DEPTH = 64;

/** Characters of a received text an issue quotes; a longer text is cut and its length stated. */
export const EXCERPT_CHARS = 40;

/**
 * A short, safe rendering of a received value for an issue message: a text as JSON, cut to
 * {@link EXCERPT_CHARS} characters with its length (`"aaaa…"（共 5000000 字符）`), a finite number or a boolean
 * as written, anything else by its kind (`bigint`, `array`, `object`, …). Never calls the value's own
 * methods and never throws, whatever it is (a cyclic object, a revoked proxy, a 5 MB text).
 */
export function excerpt(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      if (value.length <= EXCERPT_CHARS) return JSON.stringify(value);
      let cut = EXCERPT_CHARS;
      const code = value.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // never split a surrogate pair
      return `${JSON.stringify(value.slice(0, cut))}…(${value.length})`;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'object':
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? 'array' : 'object';
      } catch {
        return 'object'; // a revoked proxy
      }
    default:
      return typeof value; // bigint, symbol, function
  }
}

/**
 * What was thrown, described for an issue message without trusting it: an `Error`'s message (excerpted),
 * a thrown text or number, else its kind. Reading a hostile value's `message` may itself throw or be a
 * getter; that is caught too, and `toString` is never called.
 */
export function describeThrown(thrown: unknown): string {
  if (thrown === null || (typeof thrown !== 'object' && typeof thrown !== 'function')) return excerpt(thrown);
  try {
    const message: unknown = (thrown as { message?: unknown }).message;
    if (typeof message === 'string') return excerpt(message);
  } catch {
    // fall through: a getter that throws, a revoked proxy
  }
  return excerpt(thrown);
}
