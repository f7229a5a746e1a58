/**
 * The envelope of a service request (`{ household, policy }`, `{ case, policy }` …): the body must be a JSON
 * object holding the named parts and nothing else. The parts themselves are checked by the library, and
 * their issues are re-rooted at the part's key (`household.members[0].birthDate`) so a caller sees which
 * part of the body is at fault.
 */
import { DibaoInputError, type DibaoIssue } from '../core/errors.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The parts of an envelope body, checked: a plain object, every `required` key present, no key but the
 * `required` and `optional` ones. Throws one `DibaoInputError` listing every problem.
 */
export function envelope<R extends string, O extends string = never>(
  body: unknown,
  required: readonly R[],
  optional: readonly O[] = [],
): Record<R, unknown> & Partial<Record<O, unknown>> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    const got = body === null ? 'null' : Array.isArray(body) ? 'array' : typeof body;
    throw new DibaoInputError([
      {
        path: '',
        code: 'invalid_type',
        message: `请求体应为 JSON 对象（含 ${required.join('、')}），收到 ${got}`,
        messageEn: `the request body must be a JSON object with ${required.join(', ')}, got ${got}`,
      },
    ]);
  }
  const issues: DibaoIssue[] = [];
  const allowed = new Set<string>([...required, ...optional]);
  for (const key of Object.keys(body)) {
    if (FORBIDDEN_KEYS.has(key))
      issues.push({
        path: key,
        code: 'forbidden_key',
        message: `不允许的字段名：${key}`,
        messageEn: `forbidden key: ${key}`,
      });
    else if (!allowed.has(key))
      issues.push({
        path: key,
        code: 'unknown_key',
        message: `未知字段：${key}（拼写错误？）`,
        messageEn: `unknown field: ${key} (misspelt?)`,
      });
  }
  for (const key of required) {
    if (!Object.hasOwn(body, key))
      issues.push({
        path: key,
        code: 'required',
        message: '缺少必填字段',
        messageEn: 'required field is missing',
      });
  }
  if (issues.length > 0) throw new DibaoInputError(issues);
  return body as Record<R, unknown> & Partial<Record<O, unknown>>;
}

/** `path` of an issue inside the part `key`: `members[0]` → `household.members[0]`, `""` → `household`. */
export function underKey(key: string, path: string): string {
  if (path === '') return key;
  return path.startsWith('[') ? `${key}${path}` : `${key}.${path}`;
}

/** Runs `f`; a `DibaoInputError` it throws is thrown again with every path under `key`. */
export function within<T>(key: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof DibaoInputError)
      throw new DibaoInputError(e.issues.map((i) => ({ ...i, path: underKey(key, i.path) })));
    throw e;
  }
}

/** How deep a request body may nest: the deepest input (a household's income entry) is 5 levels down. */
export const MAX_BODY_DEPTH = 32;

/** The nesting depth of a JSON value, counted no further than `max + 1` (iterative: no recursion). */
function depthOf(body: unknown, max: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[body, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (depth > max) return deepest;
    for (const v of Array.isArray(value) ? value : Object.values(value)) stack.push([v, depth + 1]);
  }
  return deepest;
}

/** The path of the first object or array at `depth` (depth 0 = the body). */
function pathAtDepth(body: unknown, depth: number): string {
  const stack: Array<[unknown, number, string]> = [[body, 0, '']];
  while (stack.length > 0) {
    const [value, d, path] = stack.pop() as [unknown, number, string];
    if (value === null || typeof value !== 'object') continue;
    if (d === depth) return path;
    if (Array.isArray(value))
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], d + 1, `${path}[${i}]`]);
    else for (const [k, v] of Object.entries(value)) stack.push([v, d + 1, path === '' ? k : `${path}.${k}`]);
  }
  return '';
}

/**
 * Refuses a body nested deeper than {@link MAX_BODY_DEPTH} (arrays and objects), naming the path of the
 * first level too deep — so no part of the service ever walks an unbounded depth.
 */
export function checkDepth(body: unknown): void {
  if (depthOf(body, MAX_BODY_DEPTH) < MAX_BODY_DEPTH) return;
  throw new DibaoInputError([
    {
      path: pathAtDepth(body, MAX_BODY_DEPTH),
      code: 'out_of_range',
      message: `嵌套层数超过 ${MAX_BODY_DEPTH} 层`,
      messageEn: `nested more than ${MAX_BODY_DEPTH} levels deep`,
    },
  ]);
}
