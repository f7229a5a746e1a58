/** How exact decimals are shown to a caseworker: in full up to 6 decimals, else 6 decimals (rounded) and "…". */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { moneyText, shown } from '../../src/rules/display.js';

describe('shown', () => {
  it('a terminating value with up to 6 decimals in full, no trailing zeros added', () => {
    expect(shown(new Dec('620'))).toBe('620');
    expect(shown(new Dec('0.000001'))).toBe('0.000001');
    expect(shown(new Dec('1083.123456'))).toBe('1083.123456');
  });
  it('7 decimals or a repeating quotient: 6 decimals, the last rounded, and …', () => {
    expect(shown(new Dec('1.0000005'))).toBe('1.000001…');
    expect(shown(new Dec(1000).div(12))).toBe('83.333333…');
    expect(shown(new Dec(5000).div(12))).toBe('416.666667…');
  });
});

describe('moneyText', () => {
  it('two decimals half-up; zero as 0.00', () => {
    expect(moneyText(new Dec(0))).toBe('0.00');
    expect(moneyText(new Dec('119.995'))).toBe('120.00');
    expect(moneyText(new Dec('0.004'))).toBe('0.00');
    expect(moneyText(new Dec('62.5'))).toBe('62.50');
  });
});
