/**
 * JSON Lines input: one record per line, read chunk by chunk so memory stays flat on any file size.
 * Blank lines are skipped (they still count for line numbers); a trailing `\r` is dropped; a UTF-8 BOM
 * at the start is ignored. Lines are handed on as raw text: JSON.parse happens where the record is
 * evaluated, so a syntax error becomes that record's error record and the batch goes on.
 */
import type { WorkItem } from '../batch/types.js';

/** Yields the records of a JSON Lines text, one array per chunk read. */
export async function* readJsonLines(source: AsyncIterable<string>): AsyncGenerator<WorkItem[]> {
  let rest = '';
  let line = 0;
  let first = true;
  for await (let chunk of source) {
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    const items: WorkItem[] = [];
    let text = rest + chunk;
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      line += 1;
      pushLine(items, line, text, start, nl);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    text = '';
    if (items.length > 0) yield items;
  }
  if (rest.length > 0) {
    const items: WorkItem[] = [];
    pushLine(items, line + 1, rest, 0, rest.length);
    if (items.length > 0) yield items;
  }
}

function pushLine(items: WorkItem[], line: number, text: string, start: number, end: number): void {
  let e = end;
  if (e > start && text.charCodeAt(e - 1) === 13) e -= 1;
  const s = text.slice(start, e);
  if (s.trim() === '') return;
  items.push({ kind: 'text', line, text: s });
}
