/**
 * The exact-money core: the private decimal.js clone, strict money parsing and the rounding helpers
 * DESIGN §3 names (ceilTo, floorTo, half-up payments, two-decimal output).
 */
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  ceilTo,
  Dec,
  floorTo,
  MONEY_STRING_PATTERN,
  MONTHS_PER_YEAR,
  maxDec,
  money2,
  moneyProblem,
  ONE,
  plain,
  roundHalfUp,
  SIGNED_DECIMAL_STRING_PATTERN,
  toDec,
  ZERO,
} from '../../src/core/money.js';

describe('Dec: the private decimal clone', () => {
  it('keeps 40 significant digits', () => {
    expect(new Dec(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
  });

  it('rounds ties half-up', () => {
    expect(new Dec('2.5').toDecimalPlaces(0).toString()).toBe('3');
    expect(new Dec(2).div(3).toSignificantDigits(1).toString()).toBe('0.7');
    expect(Dec.rounding).toBe(DecimalJs.ROUND_HALF_UP);
  });

  it('writes small and large values without an exponent', () => {
    expect(new Dec('0.0000001').toString()).toBe('0.0000001');
    expect(new Dec('1e21').toString()).toBe('1000000000000000000000');
  });

  it('leaves the host application’s global Decimal alone', () => {
    expect(DecimalJs.precision).toBe(20);
    expect(new DecimalJs(1).div(3).toString()).toBe(`0.${'3'.repeat(20)}`);
  });

  it('has the shared constants', () => {
    expect(ZERO.toString()).toBe('0');
    expect(ONE.toString()).toBe('1');
    expect(MONTHS_PER_YEAR.toString()).toBe('12');
  });
});

describe('money patterns', () => {
  it.each(['0', '620', '471.98', '0.5', '10.000'])('MONEY_STRING_PATTERN accepts %j', (s) => {
    expect(MONEY_STRING_PATTERN.test(s)).toBe(true);
  });
  it.each([
    '',
    '01',
    '1,200',
    '１２０',
    '1e3',
    '.5',
    '5.',
    '-1',
    '+1',
    ' 1',
    '1 ',
    'NaN',
    'Infinity',
    '0x10',
  ])('MONEY_STRING_PATTERN refuses %j', (s) => {
    expect(MONEY_STRING_PATTERN.test(s)).toBe(false);
  });
  it('SIGNED_DECIMAL_STRING_PATTERN admits a leading minus only', () => {
    expect(SIGNED_DECIMAL_STRING_PATTERN.test('-1.5')).toBe(true);
    expect(SIGNED_DECIMAL_STRING_PATTERN.test('1.5')).toBe(true);
    expect(SIGNED_DECIMAL_STRING_PATTERN.test('--1')).toBe(false);
    expect(SIGNED_DECIMAL_STRING_PATTERN.test('-1e3')).toBe(false);
    expect(SIGNED_DECIMAL_STRING_PATTERN.test('x-1')).toBe(false);
    expect(SIGNED_DECIMAL_STRING_PATTERN.test('-1x')).toBe(false);
  });
});

describe('moneyProblem', () => {
  it('accepts decimal strings and finite non-negative numbers', () => {
    for (const v of ['0', '620', '471.98', 0, 620, 471.98, Number.MAX_VALUE])
      expect(moneyProblem(v)).toBeNull();
  });
  it('names negatives', () => {
    expect(moneyProblem(-0.01)).toBe('negative');
    expect(moneyProblem('-3')).toBe('negative');
    expect(moneyProblem('-0.5')).toBe('negative');
  });
  it('names non-finite numbers', () => {
    expect(moneyProblem(Number.NaN)).toBe('not_finite');
    expect(moneyProblem(Number.POSITIVE_INFINITY)).toBe('not_finite');
    expect(moneyProblem(Number.NEGATIVE_INFINITY)).toBe('not_finite');
  });
  it('refuses everything else as not money', () => {
    // ['620'] and a boxed string would pass a pattern test through String(): only real strings are read.
    for (const v of [
      '1,780',
      '１２０',
      '1e3',
      'NaN',
      '',
      null,
      undefined,
      true,
      [],
      {},
      '--1',
      ['620'],
      Object('620'),
    ]) {
      expect(moneyProblem(v)).toBe('not_money');
    }
  });
});

describe('toDec', () => {
  it('reads a JSON number through its shortest round-trip form', () => {
    expect(toDec(0.1).toString()).toBe('0.1');
    expect(toDec(0.1).plus(toDec(0.2)).toString()).toBe('0.3');
    expect(toDec(1e21).toString()).toBe('1000000000000000000000');
  });
  it('reads JSON -0 (what JSON.parse gives for "-0") as plain zero, never a negative zero', () => {
    const z = toDec(JSON.parse('-0') as number);
    expect(z.isNeg()).toBe(false);
    expect(z.isZero()).toBe(true);
    expect(toDec(0).isNeg()).toBe(false);
  });
  it('reads a decimal string exactly', () => {
    expect(toDec('471.98').toString()).toBe('471.98');
    expect(toDec('0.000000000000000000000000000001').toString()).toBe('0.000000000000000000000000000001');
  });
});

describe('rounding helpers', () => {
  it('ceilTo is the smallest multiple of the unit ≥ x', () => {
    expect(ceilTo(new Dec('576.01'), ONE).toString()).toBe('577');
    expect(ceilTo(new Dec('576'), ONE).toString()).toBe('576');
    expect(ceilTo(new Dec('576.01'), new Dec(5)).toString()).toBe('580');
    expect(ceilTo(new Dec('0.121'), new Dec('0.01')).toString()).toBe('0.13');
    expect(ceilTo(ZERO, ONE).toString()).toBe('0');
  });
  it('floorTo is the largest multiple of the unit ≤ x', () => {
    expect(floorTo(new Dec('655.99'), ONE).toString()).toBe('655');
    expect(floorTo(new Dec('656'), ONE).toString()).toBe('656');
    expect(floorTo(new Dec('659.99'), new Dec(5)).toString()).toBe('655');
    expect(floorTo(new Dec('0.129'), new Dec('0.01')).toString()).toBe('0.12');
  });
  it('roundHalfUp rounds ties away from zero at 2 dp by default', () => {
    expect(roundHalfUp(new Dec('1.005')).toString()).toBe('1.01');
    expect(roundHalfUp(new Dec('1.004999')).toString()).toBe('1');
    expect(roundHalfUp(new Dec('2.345'), 1).toString()).toBe('2.3');
    expect(roundHalfUp(new Dec('2.35'), 1).toString()).toBe('2.4');
    expect(roundHalfUp(new Dec('0.5'), 0).toString()).toBe('1');
  });
  it('money2 writes exactly two decimals, half-up', () => {
    expect(money2(new Dec(620))).toBe('620.00');
    expect(money2(new Dec('471.985'))).toBe('471.99');
    expect(money2(new Dec('471.984999'))).toBe('471.98');
    expect(money2(new Dec('0.005'))).toBe('0.01');
    expect(money2(new Dec('1e21'))).toBe('1000000000000000000000.00');
  });
  it('plain writes a decimal without exponent or padding', () => {
    expect(plain(new Dec('0.2'))).toBe('0.2');
    expect(plain(new Dec('34560'))).toBe('34560');
    expect(plain(new Dec('1e-30'))).toBe('0.000000000000000000000000000001');
    expect(plain(new Dec('1e45'))).toBe(`1${'0'.repeat(45)}`);
  });
  it('maxDec returns the largest argument', () => {
    expect(maxDec(new Dec(3)).toString()).toBe('3');
    expect(maxDec(new Dec(3), new Dec(5), new Dec(4)).toString()).toBe('5');
    expect(maxDec(new Dec(5), new Dec(3)).toString()).toBe('5');
    expect(maxDec(new Dec('5.0'), new Dec(5)).toString()).toBe('5');
    const first = new Dec(7);
    expect(maxDec(first, new Dec(7))).toBe(first);
  });
});
