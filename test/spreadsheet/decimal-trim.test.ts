/**
 * The spreadsheet bundle carries decimal.js without the methods nothing names (`trimDecimalJs` in
 * tsup.config.ts). The trimmed module must keep every prototype method and static that the library's
 * source names, compute exactly what decimal.js computes, and still leave out what no one calls.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { propertyNamesIn, trimDecimalJs } from '../../tsup.config.js';
import { ROOT } from './bundle.js';

const source = readFileSync(
  join(createRequire(import.meta.url).resolve('decimal.js'), '..', 'decimal.mjs'),
  'utf8',
);
const used = propertyNamesIn(join(ROOT, 'src'));
let Trimmed: typeof DecimalJs;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dibao-decimal-trim-'));
  const file = join(dir, 'decimal.mjs');
  writeFileSync(file, trimDecimalJs(source, used));
  Trimmed = ((await import(pathToFileURL(file).href)) as { default: typeof DecimalJs }).default;
});

const methodNames = Object.getOwnPropertyNames(DecimalJs.prototype).filter(
  (k) => typeof (DecimalJs.prototype as unknown as Record<string, unknown>)[k] === 'function',
);
const staticNames = Object.getOwnPropertyNames(DecimalJs).filter(
  (k) => typeof (DecimalJs as unknown as Record<string, unknown>)[k] === 'function',
);

describe('trimDecimalJs', () => {
  it('keeps every method and static the library’s source names', () => {
    const proto = Trimmed.prototype as unknown as Record<string, unknown>;
    const statics = Trimmed as unknown as Record<string, unknown>;
    const named = methodNames.filter((k) => used.has(k));
    expect(named).toEqual(expect.arrayContaining(['plus', 'minus', 'div', 'toFixed', 'lt', 'ceil']));
    for (const k of named) expect(typeof proto[k], `Decimal.prototype.${k}`).toBe('function');
    for (const k of staticNames.filter((n) => used.has(n)))
      expect(typeof statics[k], `Decimal.${k}`).toBe('function');
  });

  it('keeps the methods the engine calls implicitly (String, comparison, JSON.stringify) even when unnamed', () => {
    const bare = trimDecimalJs(source, new Set(['clone']));
    for (const k of ['toString', 'valueOf', 'toJSON'])
      expect(bare, k).toMatch(new RegExp(`^P\\.(\\w+ = P\\.)?${k} = `, 'm'));
  });

  it('leaves out methods nothing names (trigonometry, roots, fractions, other bases)', () => {
    const proto = Trimmed.prototype as unknown as Record<string, unknown>;
    for (const k of ['sin', 'cos', 'tan', 'asinh', 'sqrt', 'cbrt', 'toFraction', 'toHex', 'toNearest']) {
      expect(used.has(k), k).toBe(false);
      expect(proto[k], k).toBeUndefined();
    }
    expect(trimDecimalJs(source, used).length).toBeLessThan(source.length * 0.8);
  });

  it('computes what decimal.js computes, in the library’s configuration', () => {
    const config = { precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 };
    const Full = DecimalJs.clone(config);
    const Trim = Trimmed.clone(config);
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
      .map(([n, dp]) => {
        const s = (n < 0n ? -n : n).toString().padStart(dp + 1, '0');
        return `${n < 0n ? '-' : ''}${dp === 0 ? s : `${s.slice(0, -dp)}.${s.slice(-dp)}`}`;
      });
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 0, max: 4 }), (a, b, dp) => {
        const [fa, fb, ta, tb] = [new Full(a), new Full(b), new Trim(a), new Trim(b)];
        expect(ta.plus(tb).toFixed()).toBe(fa.plus(fb).toFixed());
        expect(ta.minus(tb).toFixed()).toBe(fa.minus(fb).toFixed());
        expect(ta.times(tb).toFixed()).toBe(fa.times(fb).toFixed());
        if (!fb.isZero()) expect(ta.div(tb).toFixed()).toBe(fa.div(fb).toFixed());
        expect(ta.cmp(tb)).toBe(fa.cmp(fb));
        expect(ta.ceil().toFixed()).toBe(fa.ceil().toFixed());
        expect(ta.floor().toFixed()).toBe(fa.floor().toFixed());
        expect(ta.toDecimalPlaces(dp, Trim.ROUND_HALF_UP).toString()).toBe(
          fa.toDecimalPlaces(dp, Full.ROUND_HALF_UP).toString(),
        );
        expect(ta.toFixed(2, Trim.ROUND_HALF_UP)).toBe(fa.toFixed(2, Full.ROUND_HALF_UP));
        expect(Trim.max(ta, tb).toFixed()).toBe(Full.max(fa, fb).toFixed());
      }),
      { numRuns: 500 },
    );
  });
});
