import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCEL_DATE } from '../../src/spreadsheet/index.js';

/** Independent reference: whole days after 1899-12-30 with the host's UTC calendar. */
function viaDateUtc(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

describe('EXCEL_DATE (1900 date system)', () => {
  it('knows the landmarks of the 1900 system, including the phantom 1900-02-29', () => {
    expect(EXCEL_DATE(1)).toBe('1900-01-01');
    expect(EXCEL_DATE(59)).toBe('1900-02-28');
    expect(EXCEL_DATE(60)).toMatch(/^#VALUE! serial: 序列号 60 是 Excel 虚构的 1900-02-29/);
    expect(EXCEL_DATE(61)).toBe('1900-03-01');
    expect(EXCEL_DATE(45292)).toBe('2024-01-01');
    expect(EXCEL_DATE(45351)).toBe('2024-02-29');
    expect(EXCEL_DATE(2958465)).toBe('9999-12-31');
  });

  it('drops the time of day and reads a serial typed as text', () => {
    expect(EXCEL_DATE(45292.999)).toBe('2024-01-01');
    expect(EXCEL_DATE(' 45292 ')).toBe('2024-01-01');
  });

  it('agrees with the UTC calendar for every serial from 61 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => {
        expect(EXCEL_DATE(s)).toBe(viaDateUtc(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives an error value, never a throw, for what is not a serial', () => {
    for (const bad of [
      0,
      -1,
      2958466,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '',
      null,
      undefined,
      'abc',
      '1e5',
      true,
    ]) {
      expect(EXCEL_DATE(bad), String(bad)).toMatch(/^#VALUE! serial: /);
    }
    expect(EXCEL_DATE(new Date(2024, 0, 1))).toMatch(/^#VALUE! serial: 收到日期对象而非序列号/);
  });
});

describe('EXCEL_DATE (1904 date system)', () => {
  it('starts at 1904-01-01 and is the 1900 serial minus 1462', () => {
    expect(EXCEL_DATE(0, true)).toBe('1904-01-01');
    expect(EXCEL_DATE(43830, 'TRUE')).toBe('2024-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2957003 }), (s) => {
        expect(EXCEL_DATE(s, true)).toBe(EXCEL_DATE(s + 1462));
      }),
      { numRuns: 500 },
    );
    expect(EXCEL_DATE(2957004, true)).toMatch(/^#VALUE! serial: /);
    expect(EXCEL_DATE(1, 'maybe')).toMatch(/^#VALUE! date1904: /);
  });
});
