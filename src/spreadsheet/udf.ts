/**
 * JSON-in, JSON-out entries for SQL engines that run JavaScript UDFs (BigQuery, Snowflake) and for any
 * host that passes text. Each takes JSON text or an already parsed object (BigQuery `JSON` and Snowflake
 * `VARIANT` arrive as objects), returns the result as JSON text, and never throws: a bad input returns
 * `{"error":{"name","message","issues":[{path,code,message,messageEn}]}}` so one bad row never fails a
 * whole query. See docs/scale.md.
 */
import { assessHousehold } from '../assess.js';
import { DibaoInputError, type DibaoIssue, describeThrown } from '../core/errors.js';
import type { RuleOptions } from '../core/options.js';
import { jsonTextWithinLimits, readOnce } from '../core/read-once.js';
import { dibaoStandards } from '../rules/dibao-standard.js';
import { specialSupport } from '../rules/special-support.js';
import { type AssessRequest, assessRequestSchema } from '../schema/assess-request.js';
import type { DibaoStandardsInput } from '../schema/dibao-standards.js';
import type { Household } from '../schema/household.js';
import { parseInput } from '../schema/parse.js';
import type { Policy } from '../schema/policy.js';
import type { SpecialSupportInput } from '../schema/special-support.js';

/** A UDF argument that could not be read as JSON. */
class UdfArgumentError extends Error {
  readonly issue: DibaoIssue;

  constructor(issue: DibaoIssue) {
    super(`Invalid input — ${issue.path}: ${issue.messageEn}`);
    this.issue = issue;
  }
}

function argument(value: unknown, name: string): unknown {
  if (typeof value !== 'string') {
    // An object from the host (BigQuery JSON, Snowflake VARIANT) is read once as plain data: a deep, cyclic,
    // bigint or unreadable value is refused with a path under the argument's name.
    value = readOnce(value, [name]);
    if (value === undefined || value === null) {
      throw new UdfArgumentError({
        path: name,
        code: 'required',
        message: `缺少参数 ${name}`,
        messageEn: `argument ${name} is missing`,
      });
    }
    return value;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value) as unknown;
  } catch {
    throw new UdfArgumentError({
      path: name,
      code: 'invalid_type',
      message: `参数 ${name} 不是合法的 JSON 文本`,
      messageEn: `argument ${name} is not valid JSON text`,
    });
  }
  // JSON text makes plain data: within readOnce's limits it is used as it is (no copy); text nested thousands
  // deep or too large is refused by readOnce, with its path.
  return jsonTextWithinLimits(value) ? parsed : readOnce(parsed, [name]);
}

/** Reads the optional options argument: `{"trace": false}` (text or object); absent → defaults. */
function ruleOptions(value: unknown): RuleOptions {
  if (value === undefined || value === null || value === '') return {};
  const o = argument(value, 'options');
  if (o !== null && typeof o === 'object' && !Array.isArray(o)) {
    const keys = Object.keys(o);
    const trace = (o as { trace?: unknown }).trace;
    if (keys.every((k) => k === 'trace') && (trace === undefined || typeof trace === 'boolean')) {
      return trace === undefined ? {} : { trace };
    }
  }
  throw new UdfArgumentError({
    path: 'options',
    code: 'invalid_type',
    message: 'options 只能是 {"trace": true|false}',
    messageEn: 'options must be {"trace": true|false}',
  });
}

/** The error document of a failed call. */
function errorJson(e: unknown): string {
  if (e instanceof DibaoInputError) return JSON.stringify({ error: e.toJSON() });
  if (e instanceof UdfArgumentError)
    return JSON.stringify({ error: { name: 'DibaoInputError', message: e.message, issues: [e.issue] } });
  return JSON.stringify({ error: { name: 'Error', message: describeThrown(e), issues: [] } });
}

/** Runs `fn` and returns its result as JSON text, or the error document. */
export function udfCall(fn: () => unknown): string {
  try {
    return JSON.stringify(fn());
  } catch (e) {
    return errorJson(e);
  }
}

/**
 * `dibaoStandards` (第4条) as a UDF: input JSON (docs/contract.md#dibaostandards) → result JSON.
 * @see 第4条
 * @example DibaoRules.udfStandards('{"year":2024,"urbanDisposableIncomePerYear":"34560",…}', '{"trace":false}')
 */
export function udfStandards(input: unknown, options?: unknown): string {
  return udfCall(() => dibaoStandards(argument(input, 'input') as DibaoStandardsInput, ruleOptions(options)));
}

/**
 * `specialSupport` (第12条) as a UDF: input JSON (docs/contract.md#specialsupport) → result JSON.
 * @see 第12条
 */
export function udfSupport(input: unknown, options?: unknown): string {
  return udfCall(() => specialSupport(argument(input, 'input') as SpecialSupportInput, ruleOptions(options)));
}

/**
 * Assesses, and on a bad input reports paths from the `{ household, policy }` envelope
 * (`household.members[0].birthDate`, `policy.dibaoStandardPerMonth.urban`) so the caller knows which
 * argument is at fault. The envelope is validated only on that error path: valid rows are checked once.
 */
function assessEnveloped(household: unknown, policy: unknown, options: RuleOptions): unknown {
  try {
    // The library's own entry: the integer arithmetic when the fast reader vouches for the input, else zod and
    // the decimal arithmetic — one rule source either way (test/property/fast-path.property.test.ts).
    return assessHousehold(household as Household, policy as Policy, options);
  } catch (e) {
    if (!(e instanceof DibaoInputError)) throw e;
    parseInput(assessRequestSchema, { household, policy });
    throw e;
  }
}

/**
 * `assessHousehold` (第5、6、9、10、11条 and the 低保金) as a UDF: household JSON and policy JSON
 * (docs/contract.md#assesshousehold, `dist/schemas/household.json` and `policy.json`) → the assessment as JSON text. The optional third
 * argument `{"trace": false}` drops the trace for batch runs (same result otherwise). Error paths start
 * with `household.` or `policy.`.
 * @see 第5条
 * @example DibaoRules.udfAssess(householdJson, '{"dibaoStandardPerMonth":{"urban":"770","rural":"520"}}')
 */
export function udfAssess(household: unknown, policy: unknown, options?: unknown): string {
  return udfCall(() =>
    assessEnveloped(argument(household, 'household'), argument(policy, 'policy'), ruleOptions(options)),
  );
}

/** The same with one `{ household, policy }` document (`dist/schemas/assess-request.json`). */
export function udfAssessRequest(request: unknown, options?: unknown): string {
  return udfCall(() => {
    const opts = ruleOptions(options);
    const raw = argument(request, 'request');
    const isEnvelope =
      raw !== null &&
      typeof raw === 'object' &&
      !Array.isArray(raw) &&
      Object.keys(raw).every((k) => k === 'household' || k === 'policy');
    if (!isEnvelope) parseInput(assessRequestSchema, raw); // throws, naming the stray key or the wrong type
    const { household, policy } = raw as AssessRequest;
    return assessEnveloped(household, policy, opts);
  });
}
