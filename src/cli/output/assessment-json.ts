/**
 * A hand-written serialiser for the fixed shape of a household assessment (`HouseholdAssessment`,
 * src/rules/assessment-result.ts): the same text as `JSON.stringify(result)`, with less work, because the
 * keys are constants and every value's type is known (serialising and encoding a record: 4.4 µs instead of
 * 5.7 µs of CPU on the bench machine, docs/performance.md). It is guarded, never trusted: each object's own
 * enumerable keys must be exactly the expected ones in the expected order (checked with `for…in`, which
 * also sees inherited enumerable keys), no object may have a `toJSON`, and every value must have its
 * expected type. Anything else — a new field, another key order, a number where a string was — makes it
 * return `null` and the caller uses `JSON.stringify`. `test/cli/assessment-json.property.test.ts` proves the
 * output byte-identical to `JSON.stringify` on real and on generated results with odd strings.
 */

/** Thrown (never escaping this module) when a value is not of the expected shape. */
const BAIL: unique symbol = Symbol('not the assessment shape');

/** A string that needs escaping in JSON: `"`, `\`, a control character or a (possibly lone) surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

const HOUSEHOLD_KEYS = [
  'class',
  'basis',
  'standardPerMonth',
  'area',
  'extremelyPoorRules',
  'rulesVersion',
  'countedMembers',
  'perCapitaIncomePerMonth',
  'deductionsPerMonth',
  'illnessExpenditure',
  'members',
  'benefit',
  'rigidExpenditureHardship',
  'missing',
  'warnings',
  'trace',
];
const HOUSEHOLD_KEYS_ID = ['id', ...HOUSEHOLD_KEYS];
const MEMBER_KEYS = [
  'age',
  'class',
  'laborCapacity',
  'extremelyPoor',
  'livelihoodSource',
  'specialGroups',
  'workingAge',
  'dibaoCancelled',
  'obligations',
  'incomePerMonth',
  'specialGrantPerMonth',
  'singlePersonDibao',
];
/** Member key lists by [has id][has unionHardshipWorker] (the two optional keys come last, in this order). */
const MEMBER_KEY_SETS = [
  [MEMBER_KEYS, [...MEMBER_KEYS, 'unionHardshipWorker']],
  [
    [...MEMBER_KEYS, 'id'],
    [...MEMBER_KEYS, 'id', 'unionHardshipWorker'],
  ],
] as const;
const ILLNESS_KEYS = ['perCapitaIncomePerMonth', 'class'];
const BENEFIT_KEYS = ['basePerMonth', 'specialGrantsPerMonth', 'totalPerMonth'];
const DEDUCTION_KEYS = ['employmentCost', 'rigidExpenditure'];
const ELIGIBLE_KEYS = ['eligible'];
const SINGLE_KEYS = ['eligible', 'benefit'];
const SINGLE_BENEFIT_KEYS = ['basePerMonth', 'specialGrantPerMonth', 'totalPerMonth'];
const WARNING_KEYS = ['code', 'article', 'message'];

type Obj = Record<string, unknown>;

/** `value` as an object whose keys are exactly `keys`, in order, and which has no `toJSON`. */
function shaped(value: unknown, keys: readonly string[]): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw BAIL;
  if ((value as Obj).toJSON !== undefined) throw BAIL;
  let i = 0;
  for (const k in value) if (k !== keys[i++]) throw BAIL;
  if (i !== keys.length) throw BAIL;
  return value as Obj;
}

function arrayOf(value: unknown): unknown[] {
  if (!Array.isArray(value) || (value as unknown as Obj).toJSON !== undefined) throw BAIL;
  return value;
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw BAIL;
  return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
}

function strOrNull(v: unknown): string {
  return v === null ? 'null' : str(v);
}

function boolOrNull(v: unknown): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  throw BAIL;
}

function strings(v: unknown): string {
  const a = arrayOf(v);
  if (a.length === 0) return '[]';
  let out = `[${str(a[0])}`;
  for (let i = 1; i < a.length; i++) out += `,${str(a[i])}`;
  return `${out}]`;
}

function intOrNull(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw BAIL;
  return String(v);
}

function singlePerson(v: unknown): string {
  if (v === null) return 'null';
  const o = shaped(v, SINGLE_KEYS);
  if (o.benefit === null) return `{"eligible":${boolOrNull(o.eligible)},"benefit":null}`;
  const b = shaped(o.benefit, SINGLE_BENEFIT_KEYS);
  return `{"eligible":${boolOrNull(o.eligible)},"benefit":{"basePerMonth":${str(b.basePerMonth)},"specialGrantPerMonth":${str(b.specialGrantPerMonth)},"totalPerMonth":${str(b.totalPerMonth)}}}`;
}

function member(value: unknown): string {
  if (value === null || typeof value !== 'object') throw BAIL;
  const id = (value as Obj).id;
  const union = (value as Obj).unionHardshipWorker;
  const m = shaped(value, MEMBER_KEY_SETS[id === undefined ? 0 : 1][union === undefined ? 0 : 1]);
  const age = m.age;
  if (typeof age !== 'number') throw BAIL;
  let out = `{"age":${Number.isFinite(age) ? String(age) : 'null'},"class":${str(m.class)},"laborCapacity":${boolOrNull(m.laborCapacity)},"extremelyPoor":${boolOrNull(m.extremelyPoor)},"livelihoodSource":${boolOrNull(m.livelihoodSource)},"specialGroups":${strings(m.specialGroups)},"workingAge":${boolOrNull(m.workingAge)},"dibaoCancelled":${boolOrNull(m.dibaoCancelled)},"obligations":${strings(m.obligations)},"incomePerMonth":${strOrNull(m.incomePerMonth)},"specialGrantPerMonth":${strOrNull(m.specialGrantPerMonth)},"singlePersonDibao":${singlePerson(m.singlePersonDibao)}`;
  if (id !== undefined) out += `,"id":${str(id)}`;
  if (union !== undefined) {
    if (typeof union !== 'boolean') throw BAIL;
    out += `,"unionHardshipWorker":${union ? 'true' : 'false'}`;
  }
  return `${out}}`;
}

function household(value: unknown): string {
  if (value === null || typeof value !== 'object') throw BAIL;
  const id = (value as Obj).id;
  const r = shaped(value, id === undefined ? HOUSEHOLD_KEYS : HOUSEHOLD_KEYS_ID);
  let out = id === undefined ? '{"class":' : `{"id":${str(id)},"class":`;
  out += `${str(r.class)},"basis":${strOrNull(r.basis)},"standardPerMonth":${str(r.standardPerMonth)},"area":${str(r.area)},"extremelyPoorRules":${str(r.extremelyPoorRules)},"rulesVersion":${str(r.rulesVersion)},"countedMembers":${intOrNull(r.countedMembers)},"perCapitaIncomePerMonth":${strOrNull(r.perCapitaIncomePerMonth)},"deductionsPerMonth":`;
  if (r.deductionsPerMonth === null) out += 'null';
  else {
    const d = shaped(r.deductionsPerMonth, DEDUCTION_KEYS);
    out += `{"employmentCost":${str(d.employmentCost)},"rigidExpenditure":${str(d.rigidExpenditure)}}`;
  }
  out += ',"illnessExpenditure":';
  if (r.illnessExpenditure === null) out += 'null';
  else {
    const ie = shaped(r.illnessExpenditure, ILLNESS_KEYS);
    out += `{"perCapitaIncomePerMonth":${strOrNull(ie.perCapitaIncomePerMonth)},"class":${str(ie.class)}}`;
  }
  out += ',"members":[';
  const members = arrayOf(r.members);
  for (let i = 0; i < members.length; i++) {
    if (i > 0) out += ',';
    out += member(members[i]);
  }
  out += '],"benefit":';
  if (r.benefit === null) out += 'null';
  else {
    const b = shaped(r.benefit, BENEFIT_KEYS);
    out += `{"basePerMonth":${str(b.basePerMonth)},"specialGrantsPerMonth":${str(b.specialGrantsPerMonth)},"totalPerMonth":${str(b.totalPerMonth)}}`;
  }
  out += ',"rigidExpenditureHardship":';
  if (r.rigidExpenditureHardship === null) out += 'null';
  else out += `{"eligible":${boolOrNull(shaped(r.rigidExpenditureHardship, ELIGIBLE_KEYS).eligible)}}`;
  out += `,"missing":${strings(r.missing)},"warnings":[`;
  const warnings = arrayOf(r.warnings);
  for (let i = 0; i < warnings.length; i++) {
    const w = shaped(warnings[i], WARNING_KEYS);
    out += `${i > 0 ? ',' : ''}{"code":${str(w.code)},"article":${str(w.article)},"message":${str(w.message)}}`;
  }
  const trace = arrayOf(r.trace);
  // The trace (only with --trace) is free-form: JSON.stringify it (an array has no key-dependent toJSON).
  out += `],"trace":${trace.length === 0 ? '[]' : JSON.stringify(trace)}}`;
  return out;
}

/**
 * `JSON.stringify(result)` for a household assessment, or `null` when `result` is not exactly of that
 * shape (the caller then uses `JSON.stringify`).
 */
export function assessmentJson(result: unknown): string | null {
  try {
    return household(result);
  } catch (e) {
    if (e === BAIL) return null;
    throw e;
  }
}
