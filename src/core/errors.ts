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
  | 'inconsistent';

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
