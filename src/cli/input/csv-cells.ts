/**
 * Typing CSV cells into JSON values. A cell is trimmed; an empty cell means the fact is absent (unknown),
 * never zero. Text that does not fit the column's type is passed on unchanged, so the record's schema
 * rejects it with an issue that names the JSON field instead of the CLI guessing.
 */
import { CellError, readChoice, readDate, readFlag, readMoney, readWhole } from '../../spreadsheet/cells.js';
import type { CsvInputColumn } from '../batch/types.js';
import { UsageError } from '../usage-error.js';

const INTEGER = /^-?[0-9]+$/;

/** `read(text)`, or the text unchanged when it cannot be read (the record's schema then names the field). */
function orText<T>(text: string, read: (text: string) => T | undefined): T | string {
  try {
    return read(text) ?? text;
  } catch (e) {
    if (e instanceof CellError) return text;
    throw e;
  }
}

/**
 * The JSON value of a non-empty, trimmed cell, read by the spreadsheet layer's normalisers
 * (src/spreadsheet/cells.ts): money "1,780", "１７８０", "¥620" and "620元" → "1780", "620"; yes/no
 * 是/否, TRUE/FALSE, 1/0; dates 2018/9/1 and 2018年9月1日 → 2018-09-01; choices by code or Chinese label
 * (城市 → urban, 男 → male). Identifiers and other text are kept as written.
 */
export function typedCell(text: string, col: Pick<CsvInputColumn, 'type' | 'choices'>): unknown {
  switch (col.type) {
    case 'money':
      return orText(text, (t) => {
        const v = readMoney(t, '');
        return v === undefined ? undefined : String(v);
      });
    case 'boolean':
      return orText(text, (t) => readFlag(t, ''));
    case 'integer': {
      const whole = orText(text, (t) => readWhole(t, '', 0, Number.MAX_SAFE_INTEGER));
      if (typeof whole === 'number') return whole;
      return INTEGER.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
    }
    case 'date':
      return orText(text, (t) => readDate(t, ''));
    case 'dateList':
      return text
        .split(/[;；]/)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => orText(s, (t) => readDate(t, '')));
    case 'choice':
      return col.choices
        ? orText(text, (t) => readChoice(t, '', col.choices as Record<string, string[]>))
        : text;
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

/** A header cell as compared with the column names: trimmed, full-width brackets and spaces made plain. */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[\s\u3000]+/g, '');
}

/**
 * The header cells as column names: each trimmed and, when it is a Chinese alias (`aliases`: alias →
 * column), replaced by its column. Problems (duplicates, also a column given both ways, unknown names)
 * are reported together as one usage error.
 */
export function checkHeader(
  header: ReadonlyArray<string>,
  known: ReadonlySet<string>,
  aliases: ReadonlyMap<string, string> = new Map(),
): string[] {
  const names = header.map((h) => {
    const key = headerKey(h);
    return aliases.get(key) ?? (known.has(key) ? key : h.trim());
  });
  const problems: string[] = [];
  const seen = new Set<string>();
  names.forEach((n, i) => {
    const written = (header[i] ?? '').trim();
    const shownAs = written === n ? `"${n}"` : `"${written}" (${n})`;
    if (seen.has(n)) problems.push(`duplicate column ${shownAs} / 列名重复`);
    seen.add(n);
    if (!known.has(n)) problems.push(`unknown column "${n}" / 未知列名（拼写错误？）`);
  });
  if (problems.length > 0) {
    const zh = [...aliases.keys()];
    throw new UsageError(
      `CSV header: ${problems.join('; ')}. Known columns: ${[...known].join(', ')}${zh.length > 0 ? `; or in Chinese: ${zh.join(', ')}` : ''}`,
    );
  }
  return names;
}
