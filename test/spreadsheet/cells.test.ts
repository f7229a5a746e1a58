/**
 * The cell readers: what a person types in a cell becomes the strict JSON value the core accepts, or a
 * CellError naming the argument. The core itself keeps refusing these spellings (DESIGN §3).
 */
import { describe, expect, it } from 'vitest';
import { dibaoStandards } from '../../src/index.js';
import {
  CellError,
  readChoice,
  readFlag,
  readMoney,
  readWhole,
  requireMoney,
} from '../../src/spreadsheet/cells.js';

function cellError(fn: () => unknown): CellError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CellError) return e;
    throw e;
  }
  throw new Error('expected a CellError');
}

describe('readMoney', () => {
  it('passes finite non-negative numbers through unchanged', () => {
    expect(readMoney(1780, 'x')).toBe(1780);
    expect(readMoney(0, 'x')).toBe(0);
    expect(readMoney(471.98, 'x')).toBe(471.98);
  });

  it('normalises thousands separators, full-width digits, currency signs and 元', () => {
    expect(readMoney('1,780', 'x')).toBe('1780');
    expect(readMoney('12,345,678.90', 'x')).toBe('12345678.90');
    expect(readMoney('１７８０', 'x')).toBe('1780');
    expect(readMoney('１，７８０．５', 'x')).toBe('1780.5');
    expect(readMoney(' ¥1,780 ', 'x')).toBe('1780');
    expect(readMoney('￥620元', 'x')).toBe('620');
    expect(readMoney('0620', 'x')).toBe('620');
    expect(readMoney('0.5', 'x')).toBe('0.5');
  });

  it('reads a blank cell as unknown, never as zero', () => {
    for (const blank of ['', '   ', null, undefined]) expect(readMoney(blank, 'x')).toBeUndefined();
    expect(cellError(() => requireMoney('', 'minimumWagePerMonth')).field).toBe('minimumWagePerMonth');
  });

  it('refuses what is not an amount, naming the field', () => {
    for (const bad of [
      '1,78',
      '1,7800',
      '12,34.5',
      '1e3',
      'NaN',
      'abc',
      '1.2.3',
      ',100',
      '100,',
      true,
      [[1]],
    ]) {
      const e = cellError(() => readMoney(bad, 'minimumWagePerMonth'));
      expect(e.field, JSON.stringify(bad)).toBe('minimumWagePerMonth');
    }
    expect(cellError(() => readMoney(-1, 'x')).message).toMatch(/负数/);
    expect(cellError(() => readMoney('-1,780', 'x')).message).toMatch(/负数/);
    expect(cellError(() => readMoney('－１７８０', 'x')).message).toMatch(/负数/);
    expect(cellError(() => readMoney(Number.POSITIVE_INFINITY, 'x')).message).toMatch(/有限/);
    expect(cellError(() => readMoney(Number.NaN, 'x')).message).toMatch(/有限/);
  });

  it('leaves the core strict: the core still refuses the spellings only cells may use', () => {
    const base = {
      year: 2024,
      urbanDisposableIncomePerYear: '34560',
      ruralDisposableIncomePerYear: '16636',
      povertyLinePerYear: '4000',
    };
    expect(() => dibaoStandards({ ...base, minimumWagePerMonth: '1,780' })).toThrow(/minimumWagePerMonth/);
    expect(() => dibaoStandards({ ...base, minimumWagePerMonth: '１７８０' })).toThrow(/minimumWagePerMonth/);
    const normalised = readMoney('１，７８０', 'minimumWagePerMonth');
    expect(normalised).toBe('1780');
    expect(dibaoStandards({ ...base, minimumWagePerMonth: normalised as string }).urban.capPerMonth).toBe(
      '712.00',
    );
  });
});

describe('readWhole', () => {
  it('reads whole numbers, full-width digits and text', () => {
    expect(readWhole(3, 'members', 1, 100)).toBe(3);
    expect(readWhole('３', 'members', 1, 100)).toBe(3);
    expect(readWhole(' 12 ', 'members', 1, 100)).toBe(12);
    expect(readWhole('', 'members', 1, 100)).toBeUndefined();
  });

  it('refuses fractions, out-of-range numbers and words', () => {
    expect(cellError(() => readWhole(2.5, 'members', 1, 100)).message).toMatch(/整数/);
    expect(cellError(() => readWhole(0, 'members', 1, 100)).message).toMatch(/范围/);
    expect(cellError(() => readWhole('three', 'members', 1, 100)).field).toBe('members');
  });
});

describe('readFlag', () => {
  it('reads booleans, 1/0 and the usual words', () => {
    for (const t of [true, 1, 'TRUE', 'true', 'Yes', '是', '能', '符合', '１'])
      expect(readFlag(t, 'f'), String(t)).toBe(true);
    for (const f of [false, 0, 'FALSE', 'no', '否', '不能', '不符合', '0'])
      expect(readFlag(f, 'f'), String(f)).toBe(false);
    expect(readFlag('', 'f')).toBeUndefined();
  });

  it('refuses anything else', () => {
    for (const bad of [2, 'maybe', '可能'])
      expect(cellError(() => readFlag(bad, 'adl.eating')).field).toBe('adl.eating');
  });
});

describe('readChoice', () => {
  const labels = { able: ['具备'], fullyLost: ['完全丧失'] } as const;
  it('reads a code or one of its Chinese spellings', () => {
    expect(readChoice('able', 'a', labels)).toBe('able');
    expect(readChoice(' 完全丧失 ', 'a', labels)).toBe('fullyLost');
    expect(readChoice(null, 'a', labels)).toBeUndefined();
  });
  it('lists the choices when the cell holds none of them', () => {
    expect(cellError(() => readChoice('partly', 'selfCareAbility', labels)).message).toMatch(/able（具备）/);
  });
});
