/**
 * Runs a zod schema and turns its issues into a {@link DibaoInputError} whose paths and messages
 * name the field in the caller's JSON (`members[2].birthDate`), in Chinese and English.
 */
import * as z from 'zod/mini';
import { DibaoInputError, type DibaoIssue, excerpt, formatPath } from '../core/errors.js';
import { MAX_MONEY_INTEGER_DIGITS, SIGNED_DECIMAL_STRING_PATTERN } from '../core/money.js';
import { readOnce } from '../core/read-once.js';
import { DATE_SENTINEL, MONEY_SENTINEL, PRECISION_SENTINEL } from './common.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function issue(path: string, code: DibaoIssue['code'], message: string, messageEn: string): DibaoIssue {
  return { path, code, message, messageEn };
}

function moneyIssue(path: string, value: unknown): DibaoIssue {
  if (value === undefined)
    return issue(path, 'required', '缺少必填的金额', 'required money amount is missing');
  if (
    (typeof value === 'string' && SIGNED_DECIMAL_STRING_PATTERN.test(value)) ||
    (typeof value === 'number' && value < 0)
  ) {
    return issue(
      path,
      'negative_money',
      `金额不能为负数：${excerpt(value)}`,
      `money must not be negative: ${excerpt(value)}`,
    );
  }
  const shown = typeof value === 'string' ? excerpt(value) : describe(value);
  return issue(
    path,
    'invalid_money',
    `金额须为十进制数字字符串（如 "620" 或 "471.98"）或有限数字，收到 ${shown}`,
    `money must be a decimal string (like "620" or "471.98") or a finite number, got ${shown}`,
  );
}

function precisionIssue(path: string, value: unknown): DibaoIssue {
  return issue(
    path,
    'precision_exceeded',
    `金额须小于 10^${MAX_MONEY_INTEGER_DIGITS} 元方可精确到分：${excerpt(value)}`,
    `money must be below 10^${MAX_MONEY_INTEGER_DIGITS} yuan to stay exact to the cent: ${excerpt(value)}`,
  );
}

/** Maps zod issues to Dibao issues. Exported for tests and for the non-throwing form. */
export function toDibaoIssues(zIssues: ReadonlyArray<z.core.$ZodIssue>, root: unknown): DibaoIssue[] {
  const out: DibaoIssue[] = [];
  for (const zi of zIssues) {
    const path = zi.path;
    const p = formatPath(path);
    const value = valueAt(root, path);
    switch (zi.code) {
      case 'unrecognized_keys':
        for (const key of zi.keys) {
          const kp = formatPath([...path, key]);
          if (FORBIDDEN_KEYS.has(key)) {
            out.push(issue(kp, 'forbidden_key', `不允许的字段名：${key}`, `forbidden key: ${key}`));
          } else {
            out.push(
              issue(kp, 'unknown_key', `未知字段：${key}（拼写错误？）`, `unknown field: ${key} (misspelt?)`),
            );
          }
        }
        break;
      case 'invalid_union':
        if (zi.message === MONEY_SENTINEL) out.push(moneyIssue(p, value));
        else if (value === undefined)
          out.push(issue(p, 'required', '缺少必填字段', 'required field is missing'));
        else
          out.push(
            issue(p, 'invalid_type', `字段类型不正确：${describe(value)}`, `wrong type: ${describe(value)}`),
          );
        break;
      case 'invalid_type':
        if (zi.message === MONEY_SENTINEL) out.push(moneyIssue(p, value));
        else if (value !== undefined && zi.expected === 'int')
          out.push(
            issue(
              p,
              'invalid_number',
              `应为整数：${excerpt(value)}`,
              `must be a whole number: ${excerpt(value)}`,
            ),
          );
        else if (value === undefined)
          out.push(issue(p, 'required', '缺少必填字段', 'required field is missing'));
        else
          out.push(
            issue(
              p,
              'invalid_type',
              `字段类型应为 ${zi.expected}，收到 ${describe(value)}`,
              `expected ${zi.expected}, got ${describe(value)}`,
            ),
          );
        break;
      case 'invalid_format':
        if (zi.message === DATE_SENTINEL) {
          out.push(
            issue(
              p,
              'invalid_date',
              `日期须为真实存在的 YYYY-MM-DD 日期，收到 ${excerpt(value)}`,
              `date must be a real calendar date YYYY-MM-DD, got ${excerpt(value)}`,
            ),
          );
        } else if (zi.message === MONEY_SENTINEL) out.push(moneyIssue(p, value));
        else
          out.push(
            issue(p, 'invalid_type', `格式不正确：${excerpt(value)}`, `wrong format: ${excerpt(value)}`),
          );
        break;
      case 'invalid_value':
        if (value === undefined) {
          out.push(issue(p, 'required', '缺少必填字段', 'required field is missing'));
          break;
        }
        out.push(
          issue(
            p,
            'invalid_enum',
            `取值无效：${excerpt(value)}，可选值 ${zi.values.map((v) => JSON.stringify(v)).join('、')}`,
            `invalid value ${excerpt(value)}; allowed: ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`,
          ),
        );
        break;
      case 'too_small':
      case 'too_big': {
        const bound = zi.code === 'too_small' ? zi.minimum : zi.maximum;
        if (zi.message === MONEY_SENTINEL) {
          out.push(moneyIssue(p, value));
        } else if (zi.origin === 'array') {
          const few = zi.code === 'too_small';
          out.push(
            issue(
              p,
              few ? 'too_few' : 'too_many',
              few ? `至少需要 ${String(bound)} 项` : `最多允许 ${String(bound)} 项`,
              few ? `needs at least ${String(bound)} item(s)` : `allows at most ${String(bound)} item(s)`,
            ),
          );
        } else {
          const rel = zi.code === 'too_small' ? '≥' : '≤';
          out.push(
            issue(
              p,
              'out_of_range',
              `取值超出范围：${excerpt(value)}，应 ${rel} ${String(bound)}`,
              `out of range: ${excerpt(value)}, must be ${rel} ${String(bound)}`,
            ),
          );
        }
        break;
      }
      case 'custom': {
        const params = (zi.params ?? {}) as {
          dibao?: DibaoIssue['code'];
          message?: string;
          messageEn?: string;
        };
        if (zi.message === DATE_SENTINEL) {
          out.push(
            issue(
              p,
              'invalid_date',
              `日期须为真实存在的 YYYY-MM-DD 日期，收到 ${excerpt(value)}`,
              `date must be a real calendar date YYYY-MM-DD, got ${excerpt(value)}`,
            ),
          );
        } else if (zi.message === PRECISION_SENTINEL) {
          out.push(precisionIssue(p, value));
        } else {
          out.push(
            issue(
              p,
              params.dibao ?? 'inconsistent',
              params.message ?? `取值无效：${excerpt(value)}`,
              params.messageEn ?? `invalid value: ${excerpt(value)}`,
            ),
          );
        }
        break;
      }
      default:
        out.push(issue(p, 'invalid_type', `取值无效：${zi.message}`, `invalid value: ${zi.message}`));
    }
  }
  return out;
}

/**
 * Parses `value` with `schema`, or throws {@link DibaoInputError}. The value is first copied by
 * {@link readOnce}, so the schema reads plain data — each of the caller's properties read once, and a
 * deep, cyclic or unreadable input refused by path — and zod's output shares nothing with the caller's
 * objects. `at` names the argument in every path (`assessment.members[0].class`) when a function takes
 * several inputs.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, at?: string): z.output<S> {
  const value = readOnce(input, at === undefined ? [] : [at]);
  const r = z.safeParse(schema, value);
  if (r.success) return r.data;
  const seen = new Set<string>();
  const found = toDibaoIssues(r.error.issues, value);
  if (at !== undefined)
    for (const i of found)
      i.path = i.path === '' ? at : i.path.startsWith('[') ? `${at}${i.path}` : `${at}.${i.path}`;
  const issues = found.filter((i) => {
    const key = `${i.path}\u0000${i.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  throw new DibaoInputError(issues);
}
