import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_EOL, csvField, csvRecord } from '../../src/cli/output/csv-field.js';

describe('RFC 4180 CSV writing', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('620.00')).toBe('620.00');
    expect(csvField('低保')).toBe('低保');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with a comma, quote, CR or LF and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('"')).toBe('""""');
  });

  it('quotes fields with leading or trailing spaces so readers do not trim them', () => {
    expect(csvField(' x')).toBe('" x"');
    expect(csvField('x ')).toBe('"x "');
    expect(csvField('a b')).toBe('a b');
  });

  it('ends records with CRLF', () => {
    expect(csvRecord(['1', 'a,b', ''])).toBe(`1,"a,b",${CSV_EOL}`);
    expect(CSV_EOL).toBe('\r\n');
  });

  it('round-trips any fields through an independent RFC 4180 parser (csv-parse)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 6 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const width = rows[0]?.length ?? 2;
          const fixed = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const text = fixed.map((r) => csvRecord(r)).join('');
          expect(parse(text, { relax_quotes: false })).toEqual(fixed);
        },
      ),
    );
  });
});
