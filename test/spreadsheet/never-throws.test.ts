/**
 * Sheet functions never throw, whatever a host passes: every UPPER_SNAKE function of the bundle entry,
 * called with arbitrary values (numbers, NaN, strings, booleans, null, arrays, nested objects, dates),
 * returns a cell value (string, finite number, boolean) — or a 2-D array of them for ranges — and a string
 * result starting with "#" is one of the documented error values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as sheet from '../../src/spreadsheet/index.js';

type SheetFunction = (...args: unknown[]) => unknown;
const functions: Array<[string, SheetFunction]> = Object.entries(sheet as Record<string, unknown>)
  .filter(([name, value]) => /^[A-Z][A-Z0-9_]*$/.test(name) && typeof value === 'function')
  .map(([name, value]) => [name, value as SheetFunction]);

function isCellValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return !v.startsWith('#') || /^#(VALUE!|N\/A|ERROR!) /.test(v);
  return typeof v === 'boolean';
}

const cell = fc.oneof(
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withDate: true, withSparseArray: true }),
  fc.constantFrom('', ' ', '１７８０', '1,780', '-1', '0', 'TRUE', '是', 'partiallyLost', 'NaN', '1e3'),
  fc.double(),
  fc.array(fc.array(fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null)), { maxLength: 8 }), {
    maxLength: 4,
  }),
);

describe('sheet functions never throw', () => {
  it('covers the exported functions', () => {
    expect(functions.length).toBeGreaterThanOrEqual(18);
  });

  for (const [name, fn] of functions) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(cell, { maxLength: 9 }), (args) => {
          let out: unknown;
          expect(() => {
            out = fn(...args);
          }).not.toThrow();
          if (name.endsWith('_RANGE')) {
            expect(Array.isArray(out)).toBe(true);
            for (const row of out as unknown[][])
              for (const v of row) expect(isCellValue(v), String(v)).toBe(true);
          } else {
            expect(isCellValue(out), String(out)).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('JSON UDF entries never throw', () => {
  const udfs = [sheet.udfAssess, sheet.udfAssessRequest, sheet.udfStandards, sheet.udfSupport] as Array<
    (...a: unknown[]) => string
  >;
  it('return JSON text for any arguments, an error document when they are not valid input', () => {
    const arg = fc.oneof(
      fc.anything({ withNullPrototype: true, withBoxedValues: true, withDate: true }),
      fc.json(),
      fc.constantFrom('{', '[]', 'null', '{"trace":false}'),
    );
    fc.assert(
      fc.property(fc.nat({ max: 3 }), fc.array(arg, { maxLength: 4 }), (which, args) => {
        const udf = udfs[which] as (...a: unknown[]) => string;
        let out = '';
        expect(() => {
          out = udf(...args);
        }).not.toThrow();
        const parsed = JSON.parse(out) as { error?: { name: string; issues: unknown[] } };
        expect(parsed).not.toBeNull();
        if (parsed.error) expect(Array.isArray(parsed.error.issues)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
