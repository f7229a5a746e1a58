/** Approved local standards: published values, units and conversions, validity, no overlaps. */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import {
  APPROVED_STANDARDS,
  DibaoDataError,
  localStandardForYear,
  localStandardOn,
} from '../../src/data/jilin/index.js';
import { approvedStandardsOn } from '../../src/data/jilin/local-standards.js';
import { toMonthly } from '../../src/data/jilin/unit-conversion.js';

describe('2018 approved table', () => {
  const urban: Array<[string, string]> = [
    ['220100', '620'],
    ['220112', '430'],
    ['220182', '390'],
    ['220200', '545'],
    ['220283', '360'],
    ['220300', '540'],
    ['220323', '385'],
    ['220400', '550'],
    ['220523', '370'],
    ['220600', '540'],
    ['220800', '470'],
    ['220700', '543'],
    ['222401', '620'],
    ['222424', '600'],
    ['JL-CBS', '550'],
    ['220581', '600'],
    ['220184', '500'],
  ];
  for (const [code, value] of urban) {
    it(`urban ${code} = ${value} 元/人·月`, () => {
      const s = localStandardOn(code, '2018-12-31', 'urban');
      expect(s.published).toEqual({ value, unit: '元/人·月' });
      expect(s.perMonth).toBe(`${value}.00`);
      expect(s.ref.effectiveBasis).toBe('publication');
    });
  }
  it('holds 50 urban values (江源区 is not in the table) and 16 rural ones', () => {
    const t = APPROVED_STANDARDS.filter((s) => s.from === '2018-06-19');
    expect(t.filter((s) => s.area === 'urban')).toHaveLength(50);
    expect(t.filter((s) => s.area === 'rural')).toHaveLength(16);
    expect(() => localStandardOn('220605', '2018-12-31', 'urban')).toThrow(DibaoDataError);
  });
  it('rural per year, converted ÷ 12 and written out', () => {
    expect(localStandardOn('220100', '2018-12-31', 'rural')).toMatchObject({
      published: { value: '4920', unit: '元/人·年' },
      perMonth: '410.00',
      perMonthExact: '410',
      exact: true,
      conversion: '4920 元/年 ÷ 12 = 410.00 元/月',
    });
    expect(localStandardOn('220112', '2018-12-31', 'rural').conversion).toBe(
      '3804 元/年 ÷ 12 = 317.00 元/月',
    );
    expect(localStandardOn('220323', '2018-12-31', 'rural').perMonthExact).toBe('300');
  });
  it('a non-terminating conversion (3650 ÷ 12) is carried to 60 places, so 6 × it is exactly 1825', () => {
    const s = localStandardOn('220182', '2018-12-31', 'rural');
    expect(s.exact).toBe(false);
    expect(s.perMonth).toBe('304.17');
    expect(s.conversion).toContain('3650 元/年 ÷ 12 = 304.166666…');
    expect(s.perMonthExact).toBe(`304.${'1'}${'6'.repeat(58)}7`);
    expect(new Dec(s.perMonthExact).mul(6).toFixed()).toBe('1825');
    expect(new Dec(s.perMonthExact).mul(12).toFixed()).toBe('3650');
  });
  it('rural values not in the cut-off list are absent', () => {
    expect(() => localStandardOn('220400', '2018-12-31', 'rural')).toThrow(DibaoDataError);
  });
  it('before its publication date and after 2018 the table is not used', () => {
    expect(() => localStandardOn('220100', '2018-06-18', 'urban')).toThrow(DibaoDataError);
    expect(() => localStandardOn('220100', '2019-01-01', 'urban')).toThrow(DibaoDataError);
  });
});

describe('延吉 history and 2020 values', () => {
  const yanji: Array<[string, string, string, string]> = [
    ['2015-07-01', '480', '3600', '300.00'],
    ['2016-06-30', '480', '3600', '300.00'],
    ['2016-07-01', '530', '4200', '350.00'],
    ['2017-03-31', '530', '4200', '350.00'],
    ['2017-04-01', '550', '4400', '366.67'],
    ['2017-12-31', '550', '4400', '366.67'],
    ['2018-06-19', '620', '', ''],
  ];
  for (const [date, urban, rural, ruralMonthly] of yanji) {
    it(`延吉 on ${date}: urban ${urban}${rural ? `, rural ${rural}/年 = ${ruralMonthly}/月` : ''}`, () => {
      expect(localStandardOn('222401', date, 'urban').published.value).toBe(urban);
      if (rural) {
        const r = localStandardOn('222401', date, 'rural');
        expect([r.published.value, r.published.unit, r.perMonth]).toEqual([rural, '元/人·年', ruralMonthly]);
      }
    });
  }
  it('延吉 before 2015-07 and between 2018-01-01 and 2018-06-18: not in pack', () => {
    expect(() => localStandardOn('222401', '2015-06-30', 'urban')).toThrow(DibaoDataError);
    expect(() => localStandardOn('222401', '2018-03-01', 'urban')).toThrow(DibaoDataError);
  });
  it('梅河口 and 伊通 from 2020-01-01', () => {
    expect(localStandardOn('220581', '2020-01-01', 'urban').perMonth).toBe('600.00');
    expect(localStandardOn('220581', '2020-12-31', 'rural').conversion).toBe(
      '4140 元/年 ÷ 12 = 345.00 元/月',
    );
    expect(localStandardOn('220323', '2020-06-01', 'urban').perMonth).toBe('470.00');
    expect(localStandardOn('220323', '2020-06-01', 'rural').conversion).toBe(
      '4080 元/年 ÷ 12 = 340.00 元/月',
    );
    expect(localStandardOn('220323', '2020-06-01', 'rural').ref.source).toContain('伊政办函〔2019〕130号');
    expect(() => localStandardOn('220323', '2019-06-01', 'urban')).toThrow(DibaoDataError);
  });
});

describe('validity', () => {
  it('no two values of a region and area overlap on any day they cover', () => {
    for (const s of APPROVED_STANDARDS) {
      for (const d of [s.from, s.to])
        expect(approvedStandardsOn(s.regionCode, s.area, d), `${s.regionName} ${d}`).toHaveLength(1);
      expect(s.from <= s.to).toBe(true);
    }
  });
  it('the year rules pick 31 December by default; longestInForce and timeWeighted see the gaps as missing', () => {
    expect(localStandardForYear('222401', 2016, 'urban').perMonth).toBe('530.00');
    expect(localStandardForYear('222401', 2016, 'urban', { rule: 'inForceOn1January' }).perMonth).toBe(
      '480.00',
    );
    const w = localStandardForYear('222401', 2016, 'urban', { rule: 'timeWeighted' });
    // 2016 is a leap year: 182 days at 480 (Jan–Jun), 184 days at 530.
    expect(w.perMonthExact).toBe(new Dec(480).mul(182).plus(new Dec(530).mul(184)).div(366).toFixed());
    expect(localStandardForYear('222401', 2016, 'urban', { rule: 'longestInForce' }).perMonth).toBe('530.00');
    expect(() => localStandardForYear('222401', 2015, 'urban', { rule: 'longestInForce' })).toThrow(
      DibaoDataError,
    );
  });
});

describe('unit conversion', () => {
  it('per month values pass through', () => {
    expect(toMonthly('620', '元/人·月')).toMatchObject({ perMonthExact: '620', exact: true });
  });
  it('decimals per year convert exactly', () => {
    expect(toMonthly('4920.6', '元/人·年')).toMatchObject({ perMonthExact: '410.05', exact: true });
    expect(toMonthly('100', '元/人·年')).toMatchObject({ perMonth: '8.33', exact: false });
    expect(toMonthly('0', '元/人·年')).toMatchObject({ perMonthExact: '0', exact: true });
  });
});
