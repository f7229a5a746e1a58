/**
 * readOnce given a Shadow (what a fast reader already read of an input): the values it holds are taken, not
 * read again, the rest read once; a read that threw is refused by its path without reading again; and the copy
 * is plain data, as without a shadow.
 */
import { describe, expect, it } from 'vitest';
import { readOnce, type Shadow, Threw } from '../../src/core/read-once.js';
import { assessHousehold, type Household, type Policy } from '../../src/index.js';
import { withGetter } from '../property/hostile.js';
import { refusal } from './refusal.js';

const shadow = (values: Array<[string | number, unknown]>, under: Array<[string | number, Shadow]> = []) => ({
  values: new Map(values),
  under: new Map(under),
});

/** An object (or array) that counts the reads of each property, and the counts. */
function counting<T extends object>(target: T): { value: T; reads: Map<PropertyKey, number> } {
  const reads = new Map<PropertyKey, number>();
  const value = new Proxy(target, {
    get(t, key, receiver) {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(t, key, receiver);
    },
  });
  return { value, reads };
}

/** Every own property of the copy is a plain data property, as JSON.parse makes it. */
function expectPlainData(copy: object): void {
  for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(copy))) {
    expect(d, key).toEqual({ value: d.value, writable: true, enumerable: true, configurable: true });
  }
}

describe('readOnce with a shadow', () => {
  it('takes the values the shadow holds and reads the others once, in the object’s own order', () => {
    const { value, reads } = counting({ a: 'read now', b: 'other', c: { x: 1 } });
    const copy = readOnce(value, [], shadow([['a', 'taken']]));
    expect(copy).toEqual({ a: 'taken', b: 'other', c: { x: 1 } });
    expect(Object.keys(copy)).toEqual(['a', 'b', 'c']);
    expect(reads.has('a')).toBe(false);
    expect(reads.get('b')).toBe(1);
    expect(reads.get('c')).toBe(1);
    expectPlainData(copy);
    expect(copy.c).not.toBe(value.c); // an object under a key is copied too (the key written again)
  });

  it('takes what it holds of an object under a key from that key’s shadow', () => {
    const inner = counting({ x: 'read now', y: 2 });
    const copy = readOnce(
      { inner: inner.value, other: { x: 'not shadowed' } },
      [],
      shadow([], [['inner', shadow([['x', 'taken']])]]),
    );
    expect(copy).toEqual({ inner: { x: 'taken', y: 2 }, other: { x: 'not shadowed' } });
    expect(inner.reads.has('x')).toBe(false);
    expectPlainData(copy.inner);
  });

  it('takes an array’s length and items from the shadow, reading only the items it lacks', () => {
    const { value, reads } = counting(['read now', 'second', 'third']);
    // the reader read a length of 2 and the first item: the third item is not part of the copy
    const copy = readOnce(
      value,
      [],
      shadow([
        ['length', 2],
        [0, 'taken'],
      ]),
    );
    expect(copy).toEqual(['taken', 'second']);
    expect(reads.has('length')).toBe(false);
    expect(reads.has('0')).toBe(false);
    expect(reads.get('1')).toBe(1);
    expect(reads.has('2')).toBe(false);
    const items = readOnce({ list: value }, [], shadow([], [['list', shadow([[1, { y: 1 }]])]]));
    expect(items).toEqual({ list: ['read now', { y: 1 }, 'third'] });
  });

  it('refuses a read that threw by its path, with what it threw, without reading it again', () => {
    const { value, reads } = counting({ ok: 1, bad: 2 });
    expect(
      refusal(() =>
        readOnce({ v: value }, ['arg'], shadow([], [['v', shadow([['bad', new Threw(new Error('gone'))]])]])),
      ),
    ).toEqual({
      path: 'arg.v.bad',
      code: 'unreadable',
      message: '无法读取："gone"',
      messageEn: 'unreadable: "gone"',
    });
    expect(reads.has('bad')).toBe(false);
    const list = counting([1, 2]);
    expect(
      refusal(() =>
        readOnce(
          { list: list.value },
          [],
          shadow([], [['list', shadow([['length', new Threw('no length')]])]]),
        ),
      ),
    ).toEqual({
      path: 'list',
      code: 'unreadable',
      message: '无法读取："no length"',
      messageEn: 'unreadable: "no length"',
    });
    expect(list.reads.has('length')).toBe(false);
  });

  it('refuses a record whose keys cannot be listed at the record’s own path, as without a shadow', () => {
    const unlisted = () =>
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('no keys');
          },
        },
      );
    const issue = {
      path: 'arg.inner',
      code: 'unreadable',
      message: '无法读取："no keys"',
      messageEn: 'unreadable: "no keys"',
    };
    expect(refusal(() => readOnce({ inner: unlisted() }, ['arg']))).toEqual(issue);
    expect(
      refusal(() => readOnce({ inner: unlisted() }, ['arg'], shadow([], [['inner', shadow([])]]))),
    ).toEqual(issue);
    expect(refusal(() => readOnce(unlisted(), [], shadow([])))).toEqual({ ...issue, path: '' });
  });
});

describe('readOnce when a spread throws', () => {
  it('reads the keys one by one into plain data when a getter throws only the first time', () => {
    let reads = 0;
    const flaky = withGetter(
      'g',
      () => {
        if (++reads === 1) throw new Error('first read');
        return { nested: true };
      },
      { a: 1 },
    );
    const copy = readOnce(flaky) as Record<string, unknown>;
    expect(copy).toEqual({ a: 1, g: { nested: true } });
    expect(reads).toBe(2);
    expectPlainData(copy);
  });
});

describe('assessHousehold: a policy object whose keys cannot be listed', () => {
  const household: Household = {
    id: 'H',
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [{ id: 'a', birthDate: '1980-01-01', sex: 'male', incomes: [] }],
  };
  const policy: Policy = {
    region: { code: '220100', name: '长春市' },
    dibaoStandardPerMonth: { urban: '620', rural: '410' },
    propertyLimits: {
      dibao: { financialAssetsPerCapitaMonths: 24, maxVehicles: 0, maxExtraHousingUnits: 0 },
      lowIncome: { financialAssetsPerCapitaMonths: 36, maxVehicles: 1, maxExtraHousingUnits: 0 },
    },
    specialGrantRates: { seriousIllness: '0.3', severeDisability: '0.3', age70Plus: '0.1', minor: '0.1' },
    employmentIncomeExemption: { perMonth: '300', months: 6 },
  };

  it('is refused at that object’s path, with what listing them threw', () => {
    const standard = new Proxy(
      { urban: '620', rural: '410' },
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(() => assessHousehold(household, policy)).not.toThrow();
    expect(refusal(() => assessHousehold(household, { ...policy, dibaoStandardPerMonth: standard }))).toEqual(
      {
        path: 'dibaoStandardPerMonth',
        code: 'unreadable',
        message: '无法读取："no keys"',
        messageEn: 'unreadable: "no keys"',
      },
    );
  });
});
