/** Calendar dates: real-date validation, 周岁 ages (民法典 第201条 for 29 February), month arithmetic. */
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  daysBetween,
  formatIsoDate,
  isBeforeDate,
  isIsoDate,
  parseIsoDate,
  shiftIsoMonths,
  shiftMonths,
} from '../../src/core/dates.js';

const d = parseIsoDate;

describe('isIsoDate', () => {
  it.each(['2024-02-29', '1900-01-01', '2200-12-31', '2019-12-31', '2021-07-01'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });
  it.each([
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-01-00',
    '1899-12-31',
    '2201-01-01',
    '24-01-01',
    '2024-1-01',
    '2024-01-01T00:00',
    ' 2024-01-01',
    '2024/01/01',
    '',
  ])('refuses %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });
});

describe('parseIsoDate / formatIsoDate', () => {
  it('round-trips', () => {
    for (const s of ['2024-02-29', '1900-01-01', '2200-12-31', '2019-03-09'])
      expect(formatIsoDate(d(s))).toBe(s);
  });
  it('builds local midnight of that civil date', () => {
    const x = d('2019-03-09');
    expect([x.getFullYear(), x.getMonth(), x.getDate(), x.getHours(), x.getMinutes()]).toEqual([
      2019, 2, 9, 0, 0,
    ]);
  });
  it('pads month and day', () => {
    expect(formatIsoDate(new Date(2020, 0, 5))).toBe('2020-01-05');
    expect(formatIsoDate(new Date(2020, 10, 25))).toBe('2020-11-25');
  });
});

describe('ageOn', () => {
  it('completes a year of age on the birthday', () => {
    expect(ageOn(d('1960-05-10'), d('2020-05-09'))).toBe(59);
    expect(ageOn(d('1960-05-10'), d('2020-05-10'))).toBe(60);
    expect(ageOn(d('1960-05-10'), d('2020-05-11'))).toBe(60);
  });
  it('counts 0 before the first birthday', () => {
    expect(ageOn(d('2020-05-10'), d('2020-05-10'))).toBe(0);
    expect(ageOn(d('2020-05-10'), d('2021-05-09'))).toBe(0);
    expect(ageOn(d('2020-05-10'), d('2021-05-10'))).toBe(1);
  });
  it('treats 28 February as the anniversary of 29 February in a common year', () => {
    expect(ageOn(d('2008-02-29'), d('2024-02-27'))).toBe(15);
    expect(ageOn(d('2008-02-29'), d('2023-02-28'))).toBe(15);
    expect(ageOn(d('2008-02-29'), d('2024-02-28'))).toBe(15);
    expect(ageOn(d('2008-02-29'), d('2024-02-29'))).toBe(16);
    expect(ageOn(d('2008-02-29'), d('2025-02-28'))).toBe(17);
  });
  it('handles a year end', () => {
    expect(ageOn(d('1950-12-31'), d('2020-12-30'))).toBe(69);
    expect(ageOn(d('1950-12-31'), d('2020-12-31'))).toBe(70);
    expect(ageOn(d('1951-01-01'), d('2020-12-31'))).toBe(69);
  });
});

describe('shiftMonths / daysBetween / isBeforeDate', () => {
  it('shifts by calendar months and clamps to the month end', () => {
    expect(formatIsoDate(shiftMonths(d('2024-08-31'), -6))).toBe('2024-02-29');
    expect(formatIsoDate(shiftMonths(d('2023-08-31'), -6))).toBe('2023-02-28');
    expect(formatIsoDate(shiftMonths(d('2024-01-15'), 1))).toBe('2024-02-15');
    expect(formatIsoDate(shiftMonths(d('2024-01-15'), 0))).toBe('2024-01-15');
    expect(formatIsoDate(shiftMonths(d('2024-01-15'), -12))).toBe('2023-01-15');
  });
  it('counts signed whole days', () => {
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2024-03-01'), d('2024-02-28'))).toBe(-2);
    expect(daysBetween(d('2024-03-01'), d('2024-03-01'))).toBe(0);
  });
  it('isBeforeDate is strict', () => {
    expect(isBeforeDate(d('2024-01-01'), d('2024-01-02'))).toBe(true);
    expect(isBeforeDate(d('2024-01-02'), d('2024-01-02'))).toBe(false);
    expect(isBeforeDate(d('2024-01-03'), d('2024-01-02'))).toBe(false);
  });
});

describe('shiftIsoMonths', () => {
  it('clamps to the month end with the Gregorian leap rule (century years are leap only every 400 years)', () => {
    expect(shiftIsoMonths('1900-03-31', -1)).toBe('1900-02-28');
    expect(shiftIsoMonths('2000-03-31', -1)).toBe('2000-02-29');
    expect(shiftIsoMonths('2100-08-31', -6)).toBe('2100-02-28');
    expect(shiftIsoMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(shiftIsoMonths('2023-08-31', -6)).toBe('2023-02-28');
    expect(shiftIsoMonths('2024-01-15', 13)).toBe('2025-02-15');
    expect(shiftIsoMonths('2024-12-09', 0)).toBe('2024-12-09');
  });
  it('agrees with date-fns on every month end and mid-month day of 1900–2200', () => {
    for (let y = 1900; y <= 2200; y += 1) {
      for (const md of ['01-31', '03-31', '05-15', '08-31', '12-31']) {
        const iso = `${y}-${md}`;
        for (const k of [-13, -6, -1, 1, 6]) {
          const viaDates = formatIsoDate(shiftMonths(parseIsoDate(iso), k));
          if (Number(viaDates.slice(0, 4)) < 1900) continue;
          if (shiftIsoMonths(iso, k) !== viaDates)
            expect(shiftIsoMonths(iso, k), `${iso} ${k}`).toBe(viaDates);
        }
      }
    }
  });
});
