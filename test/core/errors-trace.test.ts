/** DibaoInputError (path-named issues) and the Tracer (steps recorded only when enabled). */
import { describe, expect, it } from 'vitest';
import { DibaoInputError, type DibaoIssue, formatPath } from '../../src/core/errors.js';
import { Tracer } from '../../src/core/trace.js';

const issue = (path: string, messageEn: string): DibaoIssue => ({
  path,
  code: 'invalid_money',
  message: '金额无效',
  messageEn,
});

describe('formatPath', () => {
  it('writes keys with dots and indices in brackets', () => {
    expect(formatPath(['members', 2, 'birthDate'])).toBe('members[2].birthDate');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath(['a', 'b'])).toBe('a.b');
    expect(formatPath([])).toBe('');
    expect(formatPath(['members', 0, 'incomes', 1])).toBe('members[0].incomes[1]');
  });
});

describe('DibaoInputError', () => {
  it('is an Error named DibaoInputError that carries its issues', () => {
    const issues = [issue('members[0].birthDate', 'bad date')];
    const e = new DibaoInputError(issues);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DibaoInputError');
    expect(e.issues).toBe(issues);
    expect(e.message).toBe('Invalid input — members[0].birthDate: bad date');
  });
  it('names the input itself and counts further issues', () => {
    const e = new DibaoInputError([issue('', 'not an object'), issue('a', 'x'), issue('b', 'y')]);
    expect(e.message).toBe('Invalid input — (input): not an object (+2 more)');
    expect(new DibaoInputError([issue('a', 'x'), issue('b', 'y')]).message).toBe(
      'Invalid input — a: x (+1 more)',
    );
  });
  it('has a message without issues', () => {
    expect(new DibaoInputError([]).message).toBe('Invalid input — invalid input');
  });
  it('serialises to plain JSON', () => {
    const issues = [issue('a', 'x')];
    const e = new DibaoInputError(issues);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'DibaoInputError',
      message: 'Invalid input — a: x',
      issues,
    });
  });
});

describe('Tracer', () => {
  it('records steps in order by default', () => {
    const t = new Tracer();
    expect(t.enabled).toBe(true);
    t.step('a.one', '第4条', { x: '1' }, '2', '第一步');
    t.step('a.two', '第5条', {}, true, '第二步');
    expect(t.steps).toEqual([
      { rule: 'a.one', article: '第4条', inputs: { x: '1' }, output: '2', note: '第一步' },
      { rule: 'a.two', article: '第5条', inputs: {}, output: true, note: '第二步' },
    ]);
  });
  it('records nothing when disabled', () => {
    const t = new Tracer(false);
    expect(t.enabled).toBe(false);
    t.step('a.one', '第4条', { x: '1' }, '2', '第一步');
    expect(t.steps).toEqual([]);
  });
});
