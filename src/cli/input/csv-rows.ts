/**
 * CSV rows from the well-kept `csv-parse` stream parser (RFC 4180: quoted fields, doubled quotes,
 * line breaks inside quotes, an optional UTF-8 BOM). Empty lines are skipped; each row carries the line
 * it starts on. Rows may have any number of cells here: the record mappers check the count against the
 * header so that one short row becomes one error record instead of stopping the run. A syntax error the
 * parser cannot step over (an unclosed quote) ends the rows with a `fatal` entry, after every row read
 * before it.
 *
 * The parser is fed one source chunk at a time and its rows are taken as it finds them (`on_record`),
 * so nothing is read ahead of the consumer and no row parsed before an error is lost.
 */
import { once } from 'node:events';
import { parse } from 'csv-parse';

/** One CSV row (cells as written), or the parse error that ended the file. */
export type CsvRow = { line: number; cells: string[] } | { line: number; fatal: string };

/** Yields the rows of a CSV text, one array per source chunk. */
export async function* readCsvRows(source: AsyncIterable<string>): AsyncGenerator<CsvRow[]> {
  let rows: CsvRow[] = [];
  let endLine = 0;
  let emptyLines = 0;
  let failure: Error | null = null;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record: string[], context) => {
      // `lines` is the line the row ends on; it starts after the previous row and any skipped empty lines.
      rows.push({ line: endLine + 1 + (context.empty_lines - emptyLines), cells: record });
      endLine = context.lines;
      emptyLines = context.empty_lines;
      return null; // taken here; nothing is queued in the stream
    },
  });
  parser.on('error', (e: Error) => {
    failure = e;
  });
  const fatal = (e: Error): CsvRow => {
    const lines = (e as { lines?: unknown }).lines;
    return { line: typeof lines === 'number' ? lines : endLine + 1, fatal: e.message };
  };
  for await (const chunk of source) {
    parser.write(chunk);
    // The parser reports a syntax error on the next tick.
    await new Promise((r) => setImmediate(r));
    if (failure) {
      rows.push(fatal(failure));
      yield rows;
      parser.destroy();
      return;
    }
    if (rows.length > 0) {
      yield rows;
      rows = [];
    }
  }
  parser.end();
  if (!failure) {
    await Promise.race([
      once(parser, 'finish').catch(() => undefined),
      once(parser, 'error').catch(() => undefined),
    ]);
    await new Promise((r) => setImmediate(r));
  }
  if (failure) rows.push(fatal(failure));
  if (rows.length > 0) yield rows;
}
