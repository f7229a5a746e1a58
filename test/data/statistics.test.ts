/** Statistics found: incomes and poverty lines; everything else absent. */
import { describe, expect, it } from 'vitest';
import {
  DibaoDataError,
  disposableIncomeFor,
  POVERTY_LINES,
  povertyLineFor,
} from '../../src/data/jilin/index.js';

describe('statistics', () => {
  it('长春市 2020: 34560 / 16636; 延吉 2014: 26860 / 11837', () => {
    expect(disposableIncomeFor('220100', 2020, 'urban').perYear).toBe('34560.00');
    expect(disposableIncomeFor('220100', 2020, 'rural').perYear).toBe('16636.00');
    expect(disposableIncomeFor('222401', 2014, 'urban').published).toBe('26860');
    expect(disposableIncomeFor('222401', 2014, 'rural').ref.source).toContain('iybrb.com');
  });
  it('no fallback: 长春 2019, 吉林市 2020 (only the province figure exists) → DibaoDataError', () => {
    expect(() => disposableIncomeFor('220100', 2019, 'urban')).toThrow(DibaoDataError);
    expect(() => disposableIncomeFor('220200', 2020, 'urban')).toThrow(DibaoDataError);
  });
  it('poverty lines 2011–2016 and 2019; 2017, 2018, 2020 absent', () => {
    expect(POVERTY_LINES.map((l) => [l.year, l.perYear])).toEqual([
      [2011, '2536'],
      [2012, '2625'],
      [2013, '2736'],
      [2014, '2800'],
      [2015, '2855'],
      [2016, '2952'],
      [2019, '3218'],
    ]);
    expect(povertyLineFor(2016).perYear).toBe('2952');
    for (const y of [2017, 2018, 2020, 2021]) expect(() => povertyLineFor(y)).toThrow(DibaoDataError);
  });
});
