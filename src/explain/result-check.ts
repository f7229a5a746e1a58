/**
 * A caller's assessment result checked before it is explained: it may come from JSON (a service, another
 * system), so its shape is not trusted. A result that is not an assessment of the household throws
 * {@link DibaoInputError} naming the field (`result.members`, `result.trace[3].note`).
 */
import { DibaoInputError } from '../core/errors.js';
import type { HouseholdAssessment } from '../rules/assessment-result.js';

const CLASSES = new Set(['dibao', 'lowIncome', 'none', 'undetermined']);
const MEMBER_CLASSES = new Set(['extremelyPoor', 'dibao', 'lowIncome', 'none', 'undetermined']);

function fail(
  path: string,
  message: string,
  messageEn: string,
  code: 'invalid_type' | 'inconsistent',
): never {
  throw new DibaoInputError([{ path: `result${path}`, code, message, messageEn }]);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, '应为数组', 'must be an array', 'invalid_type');
  return v;
}

function string(v: unknown, path: string): void {
  if (typeof v !== 'string') fail(path, '应为文本', 'must be a string', 'invalid_type');
}

function stringOrNull(v: unknown, path: string): void {
  if (v !== null) string(v, path);
}

/**
 * A plain JSON copy of a caller's result, read once (getters, proxies and `toJSON` run a single time), so what
 * is checked is what is explained. A value JSON cannot hold (a cycle, a BigInt, a throwing getter) is an input
 * error at `result`.
 * @see 第5条
 */
export function resultSnapshot(result: unknown): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(result, (_key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new Error(`a number that is not finite: ${value}`);
      return value;
    });
  } catch (e) {
    fail(
      '',
      `无法读取评估结果：${(e as Error).message}`,
      `the result cannot be read: ${(e as Error).message}`,
      'invalid_type',
    );
  }
  if (text === undefined) fail('', '应为评估结果对象', 'must be an assessment result object', 'invalid_type');
  return JSON.parse(text) as unknown;
}

/**
 * Checks that `result` has the shape of an assessment of a household of `members` members: the fields the
 * 核算说明 reads, with the right types.
 * @see 第5条
 */
export function checkAssessment(result: unknown, members: number): asserts result is HouseholdAssessment {
  if (!isObject(result)) fail('', '应为评估结果对象', 'must be an assessment result object', 'invalid_type');
  if (typeof result.class !== 'string' || !CLASSES.has(result.class))
    fail('.class', '不是家庭类别', 'is not a household class', 'invalid_type');
  stringOrNull(result.basis, '.basis');
  string(result.standardPerMonth, '.standardPerMonth');
  if (result.area !== 'urban' && result.area !== 'rural')
    fail('.area', '应为 urban 或 rural', 'must be urban or rural', 'invalid_type');
  if (result.extremelyPoorRules !== '2016' && result.extremelyPoorRules !== '2021')
    fail('.extremelyPoorRules', '应为 2016 或 2021', 'must be 2016 or 2021', 'invalid_type');
  stringOrNull(result.perCapitaIncomePerMonth, '.perCapitaIncomePerMonth');
  const ie = result.illnessExpenditure;
  if (ie !== null) {
    if (!isObject(ie))
      fail('.illnessExpenditure', '应为对象或 null', 'must be an object or null', 'invalid_type');
    stringOrNull(ie.perCapitaIncomePerMonth, '.illnessExpenditure.perCapitaIncomePerMonth');
    if (typeof ie.class !== 'string' || !CLASSES.has(ie.class))
      fail('.illnessExpenditure.class', '不是家庭类别', 'is not a household class', 'invalid_type');
  }
  const ms = array(result.members, '.members');
  if (ms.length !== members)
    fail(
      '.members',
      `结果有 ${ms.length} 名成员，家庭有 ${members} 名：不是该家庭的评估结果`,
      `the result has ${ms.length} members, the household ${members}: not this household's assessment`,
      'inconsistent',
    );
  ms.forEach((m, i) => {
    checkMember(m, `.members[${i}]`);
  });
  if (result.benefit !== null) {
    const b = result.benefit;
    if (!isObject(b)) fail('.benefit', '应为对象或 null', 'must be an object or null', 'invalid_type');
    for (const k of ['basePerMonth', 'specialGrantsPerMonth', 'totalPerMonth']) string(b[k], `.benefit.${k}`);
  }
  checkNationalFields(result);
  array(result.missing, '.missing').forEach((v, i) => {
    string(v, `.missing[${i}]`);
  });
  array(result.warnings, '.warnings').forEach((w, i) => {
    if (!isObject(w)) fail(`.warnings[${i}]`, '应为对象', 'must be an object', 'invalid_type');
    for (const k of ['code', 'article', 'message']) string(w[k], `.warnings[${i}].${k}`);
  });
  array(result.trace, '.trace').forEach((s, i) => {
    if (!isObject(s)) fail(`.trace[${i}]`, '应为对象', 'must be an object', 'invalid_type');
    for (const k of ['rule', 'article', 'note']) string(s[k], `.trace[${i}].${k}`);
    if (!isObject(s.inputs)) fail(`.trace[${i}].inputs`, '应为对象', 'must be an object', 'invalid_type');
    for (const [k, v] of Object.entries(s.inputs)) traceValue(v, `.trace[${i}].inputs.${k}`);
    traceValue(s.output, `.trace[${i}].output`);
  });
}

/** The fields of the rules in force since 2021, when the result has them. */
function checkNationalFields(result: Record<string, unknown>): void {
  if (Object.hasOwn(result, 'rulesVersion')) string(result.rulesVersion, '.rulesVersion');
  const counted = result.countedMembers;
  if (
    counted !== undefined &&
    counted !== null &&
    !(typeof counted === 'number' && Number.isInteger(counted))
  )
    fail('.countedMembers', '应为整数或 null', 'must be an integer or null', 'invalid_type');
  const d = result.deductionsPerMonth;
  if (d !== undefined && d !== null) {
    if (!isObject(d))
      fail('.deductionsPerMonth', '应为对象或 null', 'must be an object or null', 'invalid_type');
    string(d.employmentCost, '.deductionsPerMonth.employmentCost');
    string(d.rigidExpenditure, '.deductionsPerMonth.rigidExpenditure');
  }
  const rigid = result.rigidExpenditureHardship;
  if (rigid !== undefined && rigid !== null) {
    if (!isObject(rigid) || (rigid.eligible !== null && typeof rigid.eligible !== 'boolean'))
      fail(
        '.rigidExpenditureHardship',
        '应为 { eligible } 或 null',
        'must be { eligible } or null',
        'invalid_type',
      );
  }
}

function checkSinglePerson(s: unknown, path: string): void {
  if (s === undefined || s === null) return;
  if (!isObject(s) || (s.eligible !== null && typeof s.eligible !== 'boolean'))
    fail(path, '应为 { eligible, benefit } 或 null', 'must be { eligible, benefit } or null', 'invalid_type');
  if (s.benefit !== null) {
    if (!isObject(s.benefit))
      fail(`${path}.benefit`, '应为对象或 null', 'must be an object or null', 'invalid_type');
    for (const k of ['basePerMonth', 'specialGrantPerMonth', 'totalPerMonth'])
      string(s.benefit[k], `${path}.benefit.${k}`);
  }
}

function traceValue(v: unknown, path: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number' && Number.isFinite(v)) return;
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      string(x, `${path}[${i}]`);
    });
    return;
  }
  fail(path, '不是追踪值', 'is not a trace value', 'invalid_type');
}

function checkMember(m: unknown, path: string): void {
  if (!isObject(m)) fail(path, '应为对象', 'must be an object', 'invalid_type');
  if (typeof m.age !== 'number' || !Number.isInteger(m.age))
    fail(`${path}.age`, '应为整数', 'must be an integer', 'invalid_type');
  if (typeof m.class !== 'string' || !MEMBER_CLASSES.has(m.class))
    fail(`${path}.class`, '不是成员类别', 'is not a member class', 'invalid_type');
  for (const k of ['laborCapacity', 'workingAge', 'dibaoCancelled'])
    if (m[k] !== null && typeof m[k] !== 'boolean')
      fail(`${path}.${k}`, '应为 true、false 或 null', 'must be true, false or null', 'invalid_type');
  array(m.specialGroups, `${path}.specialGroups`).forEach((g, i) => {
    string(g, `${path}.specialGroups[${i}]`);
  });
  array(m.obligations, `${path}.obligations`).forEach((g, i) => {
    string(g, `${path}.obligations[${i}]`);
  });
  stringOrNull(m.incomePerMonth, `${path}.incomePerMonth`);
  stringOrNull(m.specialGrantPerMonth, `${path}.specialGrantPerMonth`);
  checkSinglePerson(m.singlePersonDibao, `${path}.singlePersonDibao`);
  if (m.unionHardshipWorker !== undefined && typeof m.unionHardshipWorker !== 'boolean')
    fail(`${path}.unionHardshipWorker`, '应为 true 或 false', 'must be true or false', 'invalid_type');
}
