/**
 * Schema building blocks through parseInput: every money refusal of DESIGN §3 with its path, exact reading
 * of JSON numbers, impossible dates, unknown and forbidden keys.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DibaoInputError } from '../../src/core/errors.js';
import { assessHousehold, temporaryAssistance } from '../../src/index.js';
import { isoDate, money, positiveMoney, wholeNumber } from '../../src/schema/common.js';
import { parseInput } from '../../src/schema/parse.js';

const schema = z.strictObject({
  amountPerMonth: money(),
  unit: z.optional(positiveMoney()),
  on: z.optional(isoDate()),
  count: z.optional(wholeNumber(1, 10)),
  nested: z.optional(z.strictObject({ items: z.array(z.strictObject({ perYear: money() })) })),
});

function issuesOf(value: unknown) {
  try {
    parseInput(schema, value);
  } catch (e) {
    expect(e).toBeInstanceOf(DibaoInputError);
    return (e as DibaoInputError).issues;
  }
  throw new Error('expected a DibaoInputError');
}

describe('money refusals name the field', () => {
  it.each([
    ['1,780', 'invalid_money'],
    ['１７８０', 'invalid_money'],
    ['1e3', 'invalid_money'],
    ['NaN', 'invalid_money'],
    ['Infinity', 'invalid_money'],
    ['', 'invalid_money'],
    [' 620', 'invalid_money'],
    ['620 ', 'invalid_money'],
    ['+620', 'invalid_money'],
    ['0x10', 'invalid_money'],
    [null, 'invalid_money'],
    [Number.POSITIVE_INFINITY, 'invalid_money'],
    [Number.NaN, 'invalid_money'],
    [{}, 'invalid_money'],
    [-0.01, 'negative_money'],
    ['-620', 'negative_money'],
    [undefined, 'required'],
  ])('%j → %s', (value, code) => {
    const input = value === undefined ? {} : { amountPerMonth: value };
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: 'amountPerMonth', code })]);
  });

  it('names a path inside arrays', () => {
    expect(issuesOf({ amountPerMonth: 1, nested: { items: [{ perYear: 1 }, { perYear: '1,2' }] } })).toEqual([
      expect.objectContaining({ path: 'nested.items[1].perYear', code: 'invalid_money' }),
    ]);
  });

  it('reports every bad field at once', () => {
    expect(issuesOf({ amountPerMonth: '1e3', unit: '0', count: 0 }).map((i) => [i.path, i.code])).toEqual([
      ['amountPerMonth', 'invalid_money'],
      ['unit', 'out_of_range'],
      ['count', 'out_of_range'],
    ]);
  });
});

describe('money reading', () => {
  it('reads numbers like 0.1 exactly and keeps strings as written', () => {
    const a = parseInput(schema, { amountPerMonth: 0.1 });
    expect(a.amountPerMonth.plus(parseInput(schema, { amountPerMonth: 0.2 }).amountPerMonth).toString()).toBe(
      '0.3',
    );
    expect(parseInput(schema, { amountPerMonth: '471.98' }).amountPerMonth.toString()).toBe('471.98');
    expect(parseInput(schema, { amountPerMonth: 0 }).amountPerMonth.toString()).toBe('0');
  });
  it('positiveMoney refuses zero', () => {
    expect(issuesOf({ amountPerMonth: 1, unit: 0 })).toEqual([expect.objectContaining({ path: 'unit' })]);
    expect(parseInput(schema, { amountPerMonth: 1, unit: '0.01' }).unit?.toString()).toBe('0.01');
  });
});

describe('dates', () => {
  it.each(['2023-02-29', '2024-02-30', '2024-13-01', '2024-04-31', '2024-1-1', '2024/01/01', ''])(
    'refuses %j',
    (on) => {
      expect(issuesOf({ amountPerMonth: 1, on })).toEqual([
        expect.objectContaining({ path: 'on', code: 'invalid_date' }),
      ]);
    },
  );
  it('accepts 29 February of a leap year', () => {
    expect(parseInput(schema, { amountPerMonth: 1, on: '2024-02-29' }).on).toBe('2024-02-29');
  });
});

describe('keys', () => {
  it('refuses an unknown key with its path', () => {
    expect(issuesOf({ amountPerMonht: 1, amountPerMonth: 1 })).toEqual([
      expect.objectContaining({ path: 'amountPerMonht', code: 'unknown_key' }),
    ]);
    expect(issuesOf({ amountPerMonth: 1, nested: { items: [{ perYear: 1, perMonth: 1 }] } })).toEqual([
      expect.objectContaining({ path: 'nested.items[0].perMonth', code: 'unknown_key' }),
    ]);
  });
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s', (key) => {
    const value = JSON.parse(`{"amountPerMonth": 1, "${key}": {"polluted": true}}`);
    expect(issuesOf(value)).toEqual([expect.objectContaining({ path: key, code: 'forbidden_key' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses a non-object input at the root path', () => {
    for (const v of [null, 1, 'x', []]) expect(issuesOf(v)[0]?.path).toBe('');
  });
});

describe('a missing required enum is `required`, not invalid_enum "undefined"', () => {
  const household = {
    assessmentDate: '2020-01-01',
    area: 'urban',
    members: [{ birthDate: '1980-01-01', incomes: [{ kind: 'employment', perMonth: '100' }] }],
    propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
  };
  const policy = { dibaoStandardPerMonth: { urban: '620', rural: '410' } };
  const issuesOfCall = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoInputError);
      return (e as DibaoInputError).issues;
    }
    throw new Error('expected a DibaoInputError');
  };

  it('area', () => {
    const { area: _, ...h } = household;
    expect(issuesOfCall(() => assessHousehold(h as never, policy))).toEqual([
      { path: 'area', code: 'required', message: '缺少必填字段', messageEn: 'required field is missing' },
    ]);
  });

  it('an income’s kind', () => {
    const h = { ...household, members: [{ birthDate: '1980-01-01', incomes: [{ perMonth: '100' }] }] };
    expect(issuesOfCall(() => assessHousehold(h as never, policy))).toEqual([
      expect.objectContaining({ path: 'members[0].incomes[0].kind', code: 'required' }),
    ]);
  });

  it('event.kind of a temporary-assistance case', () => {
    const c = {
      area: 'urban',
      householdSize: 2,
      event: { severity: 'general', basicLivingInHardship: true },
    };
    expect(issuesOfCall(() => temporaryAssistance(c as never, policy))).toEqual([
      expect.objectContaining({ path: 'event.kind', code: 'required' }),
    ]);
  });

  it('a wrong value is still invalid_enum, quoted', () => {
    expect(issuesOfCall(() => assessHousehold({ ...household, area: 'city' } as never, policy))).toEqual([
      expect.objectContaining({
        path: 'area',
        code: 'invalid_enum',
        messageEn: expect.stringContaining('"city"'),
      }),
    ]);
  });
});

describe('an issue quotes a short excerpt of the received value, never the whole of it', () => {
  it('a 5 MB text in a date field', () => {
    const on = `2024-${'x'.repeat(5_000_000)}`;
    const [i] = issuesOf({ amountPerMonth: 1, on });
    expect(i).toMatchObject({ path: 'on', code: 'invalid_date' });
    expect(i?.message.length).toBeLessThan(200);
    expect(i?.messageEn).toContain(`"2024-${'x'.repeat(35)}"…(5000005)`);
  });

  it('a 5 MB text as money and as a whole number', () => {
    const text = '9'.repeat(5_000_000);
    const issues = issuesOf({ amountPerMonth: `${text}x`, count: text });
    expect(JSON.stringify(issues).length).toBeLessThan(1500);
  });
});
