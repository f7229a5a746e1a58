/**
 * Flat CSV input: one row per record, each column a field of the record (`standards`, `support`). An
 * optional `id` column is carried to the output record so results can be joined back.
 */
import { tooLargeItem } from '../batch/record-limits.js';
import type { CsvInputColumn, WorkItem } from '../batch/types.js';
import { checkHeader, setPath, typedCell } from './csv-cells.js';
import type { CsvRow } from './csv-rows.js';

/** Turns CSV rows (the first is the header) into records laid out by `columns`. */
export async function* flatCsvRecords(
  rows: AsyncIterable<CsvRow[]>,
  columns: ReadonlyArray<CsvInputColumn>,
  maxChars = Number.POSITIVE_INFINITY,
): AsyncGenerator<WorkItem[]> {
  const byName = new Map<string, CsvInputColumn>(columns.map((c) => [c.column, c]));
  const known = new Set([...byName.keys(), 'id']);
  let header: string[] | null = null;
  for await (const batch of rows) {
    const items: WorkItem[] = [];
    for (const row of batch) {
      if ('fatal' in row) {
        items.push(fatalItem(row.line, row.fatal));
        continue;
      }
      if (header === null) {
        header = checkHeader(row.cells, known);
        continue;
      }
      const idCell = header.indexOf('id');
      const id = idCell >= 0 ? (row.cells[idCell]?.trim() ?? '') || null : null;
      if (row.cells.length !== header.length) {
        items.push(fieldCountItem(row.line, id, row.cells.length, header.length));
        continue;
      }
      const chars = row.cells.reduce((n, c) => n + c.length, 0);
      if (chars > maxChars) {
        items.push(tooLargeItem(row.line, id, chars, maxChars, 'characters'));
        continue;
      }
      const record: Record<string, unknown> = {};
      header.forEach((name, i) => {
        const text = (row.cells[i] ?? '').trim();
        if (text === '') return;
        if (name === 'id') record.id = text;
        else {
          const col = byName.get(name);
          if (col) setPath(record, col.path, typedCell(text, col));
        }
      });
      items.push({ kind: 'value', line: row.line, id, value: record });
    }
    if (items.length > 0) yield items;
  }
}

/** The error record of a row with the wrong number of cells. */
export function fieldCountItem(line: number, id: string | null, got: number, want: number): WorkItem {
  return {
    kind: 'error',
    name: 'CsvError',
    line,
    id,
    issues: [
      {
        path: '',
        code: 'csv_field_count',
        message: `CSV 第${line}行有 ${got} 个字段，表头有 ${want} 列`,
        messageEn: `CSV line ${line} has ${got} fields but the header has ${want} columns`,
      },
    ],
  };
}

/** The error record of a CSV syntax error that ends the file. */
export function fatalItem(line: number, message: string): WorkItem {
  return {
    kind: 'error',
    name: 'CsvError',
    line,
    id: null,
    issues: [
      {
        path: '',
        code: 'invalid_csv',
        message: `CSV 语法错误，其后内容无法读取：${message}`,
        messageEn: `CSV syntax error; the rest of the file cannot be read: ${message}`,
      },
    ],
  };
}
