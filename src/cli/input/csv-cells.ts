/**
 * Typing CSV cells into JSON values. A cell is trimmed; an empty cell means the fact is absent (unknown),
 * never zero. Text that does not fit the column's type is passed on unchanged, so the record's schema
 * rejects it with an issue that names the JSON field instead of the CLI guessing.
 */
import type { CsvInputColumn } from '../batch/types.js';
import { UsageError } from '../usage-error.js';

const TRUE_WORDS = new Set(['true', 'TRUE', 'True', '1', 'yes', 'YES', 'Yes', 'y', 'Y', '是']);
const FALSE_WORDS = new Set(['false', 'FALSE', 'False', '0', 'no', 'NO', 'No', 'n', 'N', '否']);
const INTEGER = /^-?[0-9]+$/;

/** The JSON value of a non-empty, trimmed cell. */
export function typedCell(text: string, type: CsvInputColumn['type']): unknown {
  switch (type) {
    case 'boolean':
      if (TRUE_WORDS.has(text)) return true;
      if (FALSE_WORDS.has(text)) return false;
      return text;
    case 'integer':
      return INTEGER.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
    case 'dateList':
      return text
        .split(/[;；]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    default:
      return text;
  }
}

/** Sets `value` at `path` inside `target`, creating the objects on the way. */
export function setPath(target: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown): void {
  let cur = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string;
    let next = cur[key];
    if (next === undefined || next === null || typeof next !== 'object') {
      next = {};
      cur[key] = next;
    }
    cur = next as Record<string, unknown>;
  }
  cur[path[path.length - 1] as string] = value;
}

/** The header cells, trimmed, with problems (duplicates, unknown names) reported as one message. */
export function checkHeader(header: ReadonlyArray<string>, known: ReadonlySet<string>): string[] {
  const names = header.map((h) => h.trim());
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) problems.push(`duplicate column "${n}" / 列名重复`);
    seen.add(n);
    if (!known.has(n)) problems.push(`unknown column "${n}" / 未知列名（拼写错误？）`);
  }
  if (problems.length > 0) {
    throw new UsageError(`CSV header: ${problems.join('; ')}. Known columns: ${[...known].join(', ')}`);
  }
  return names;
}
