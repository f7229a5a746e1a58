/**
 * Run totals add money as integer 分 while they can and as exact decimals otherwise: whatever the mix of
 * amounts, chunking and merging, the total is the exact decimal sum.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSum, emptyTally, mergeTally, moneySum } from '../../src/cli/batch/tally.js';
import { money2, toDec } from '../../src/core/money.js';

const amount = fc.oneof(
  fc.integer({ min: 0, max: 500_000 }).map((f) => (f / 100).toFixed(2)), // "620.00"
  fc.integer({ min: -99_999, max: 99_999 }).map(String), // whole yuan, negative too
  fc.constantFrom('0.5', '-0.25', '1.005', '0.001', '99999999999999.99', '9999999999999.99', '-0', '0012.5'),
);

describe('run totals', () => {
  it('sum any amounts exactly, however they are split into chunks and merged', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 40 }), fc.array(fc.nat(39), { maxLength: 4 }), (xs, cuts) => {
        const exact = money2(xs.reduce((s, x) => s.add(toDec(x)), toDec(0)));
        const total = emptyTally();
        let chunk = emptyTally();
        xs.forEach((x, i) => {
          addSum(chunk, 'k', x);
          if (cuts.includes(i)) {
            mergeTally(total, chunk);
            chunk = emptyTally();
          }
        });
        mergeTally(total, chunk);
        expect(moneySum(total, 'k')).toBe(exact);
      }),
      { numRuns: 500 },
    );
  });

  it('keep 2-decimal amounts in integer 分 until the sum would leave the safe integers', () => {
    const t = emptyTally();
    addSum(t, 'k', '620.00');
    addSum(t, 'k', '0.5');
    expect(t.fen.k).toBe(62050);
    expect(t.sums.k).toBeUndefined();
    for (let i = 0; i < 1000; i++) addSum(t, 'k', '9999999999999.99');
    expect(t.sums.k).toBeDefined();
    expect(moneySum(t, 'k')).toBe('10000000000000610.50'); // 1000 × 9 999 999 999 999.99 + 620.50
    expect(moneySum(emptyTally(), 'k')).toBe('0.00');
  });
});
