/**
 * RFC 4180 CSV writing: a field is quoted when it holds a comma, a double quote, a carriage return or a
 * line feed (or starts or ends with a space, which some readers would trim); a double quote inside a
 * quoted field is doubled. Records end with CRLF, as RFC 4180 §2.1 says.
 */

/** The record separator of every CSV line the CLI writes. */
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]|^ | $/;

/** One field, quoted only when it must be. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record: the fields joined by commas, ended by CRLF. */
export function csvRecord(fields: ReadonlyArray<string>): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) out += ',';
    out += csvField(fields[i] ?? '');
  }
  return out + CSV_EOL;
}
