/**
 * The published JSON Schemas, checked with an independent validator (ajv, draft 2020-12): every worked
 * fixture input is valid, and the bad inputs of DESIGN §3 that the library refuses are refused by the
 * schema too. The few cross-field rules JSON Schema cannot state are listed and shown to be checked by
 * the library alone (docs/integration.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  type AssessRequest,
  assessHousehold,
  DibaoInputError,
  dibaoStandards,
  residencyStandardArea,
  specialSupport,
} from '../../src/index.js';
import { parseInput } from '../../src/schema/parse.js';
import {
  assessRequestSchema,
  JSON_SCHEMA_NAMES,
  type JsonSchemaName,
  jsonSchemaFor,
} from '../../src/schemas.js';

/** Real calendar dates, checked independently of the library's own date code. */
function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

// Strict mode, except `strictRequired`: it flags `oneOf: [{ required: ['perMonth'] }, …]`, valid JSON
// Schema whose properties are declared one level up.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
ajv.addFormat('date', { type: 'string', validate: isRealDate });

const validators = new Map(JSON_SCHEMA_NAMES.map((n) => [n, ajv.compile(jsonSchemaFor(n))]));
function validate(name: JsonSchemaName, value: unknown): { ok: boolean; errors: string } {
  const v = validators.get(name);
  if (!v) throw new Error(`no validator for ${name}`);
  const ok = v(value) as boolean;
  return { ok, errors: ajv.errorsText(v.errors) };
}

/** The library call behind each schema; throws DibaoInputError on a bad input. */
const CALL: Record<JsonSchemaName, (input: never) => unknown> = {
  household: (h) => assessHousehold(h, BASE.policy as never),
  policy: (p) => assessHousehold(BASE.household as never, p),
  // The request envelope is checked by its own schema (unknown keys beside household/policy), then assessed.
  'assess-request': (r) => {
    parseInput(assessRequestSchema, r);
    const { household, policy } = r as AssessRequest;
    return assessHousehold(household, policy);
  },
  'dibao-standards-input': (i) => dibaoStandards(i),
  'special-support-input': (i) => specialSupport(i),
  'residency-facts': (i) => residencyStandardArea(i),
};

/** Which schema describes each fixture folder's `input`. */
const FIXTURE_SCHEMAS: Record<string, JsonSchemaName> = {
  'assess-household': 'assess-request',
  'dibao-standard': 'dibao-standards-input',
  'special-support': 'special-support-input',
};

/** Small valid inputs to mutate (hand-written with the real field names). */
const BASE = {
  household: {
    id: 'H-1',
    assessmentDate: '2024-06-30',
    area: 'urban',
    receivingDibao: false,
    members: [
      {
        id: 'M-1',
        birthDate: '1980-05-01',
        sex: 'female',
        incomes: [{ kind: 'employment', perMonth: '900' }],
        employed: true,
      },
      { birthDate: '2012-02-29', incomes: [] },
    ],
    medicalOutOfPocketPerYear: '3000',
    propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
  },
  policy: {
    region: { code: '220100', name: '长春市' },
    dibaoStandardPerMonth: { urban: '770', rural: '520' },
    thresholdInclusive: false,
  },
  standards: {
    year: 2024,
    urbanDisposableIncomePerYear: '41000',
    ruralDisposableIncomePerYear: '18000',
    minimumWagePerMonth: 1880,
    povertyLinePerYear: '4000',
    roundingUnit: '1',
  },
  support: {
    priorYearDibaoStandardPerMonth: '600',
    priorYearMinimumWagePerMonth: '1640',
    selfCareAbility: 'partiallyLost',
  },
  residency: { assessmentDate: '2024-06-30', hukou: 'rural', residencePermit: true },
};

const BASES: Record<JsonSchemaName, unknown> = {
  household: BASE.household,
  policy: BASE.policy,
  'assess-request': { household: BASE.household, policy: BASE.policy },
  'dibao-standards-input': BASE.standards,
  'special-support-input': BASE.support,
  'residency-facts': BASE.residency,
};

/** A deep copy of `base` with the value at `path` replaced (`undefined` deletes it). */
function withValue(base: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return copy;
}

function libraryRefuses(name: JsonSchemaName, input: unknown): DibaoInputError | null {
  try {
    CALL[name](input as never);
    return null;
  } catch (e) {
    if (e instanceof DibaoInputError) return e;
    throw e;
  }
}

describe('the published schemas', () => {
  it('compile under ajv strict mode (draft 2020-12) and say so', () => {
    for (const name of JSON_SCHEMA_NAMES) {
      const s = jsonSchemaFor(name);
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.type).toBe('object');
      expect(s.additionalProperties, `${name} is strict`).toBe(false);
    }
  });

  it('describe every field in Chinese', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const props = n.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(props ?? {})) {
        const d = child.description;
        if (typeof d !== 'string' || !/[\u4e00-\u9fff]/.test(d)) undocumented.push(`${at}.${key}`);
      }
      for (const v of Object.values(n)) {
        if (Array.isArray(v)) {
          for (const [i, x] of v.entries()) walk(x, `${at}[${i}]`);
        } else walk(v, at);
      }
    };
    for (const name of JSON_SCHEMA_NAMES) walk(jsonSchemaFor(name), name);
    expect(undocumented).toEqual([]);
  });

  it('are fresh objects on each call and refuse unknown names', () => {
    const a = jsonSchemaFor('policy');
    a.title = 'changed';
    expect(jsonSchemaFor('policy').title).toBe('dibao-rules policy');
    expect(() => jsonSchemaFor('nope' as JsonSchemaName)).toThrow(/known: household, policy/);
  });

  it('accept the hand-written base inputs, which the library accepts too', () => {
    for (const name of JSON_SCHEMA_NAMES) {
      expect(validate(name, BASES[name]), name).toEqual({ ok: true, errors: 'No errors' });
      expect(libraryRefuses(name, BASES[name]), name).toBeNull();
    }
  });
});

describe('every worked fixture against its schema', () => {
  const root = join(import.meta.dirname, '..', '..', 'fixtures');
  for (const [concept, name] of Object.entries(FIXTURE_SCHEMAS)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(root, concept)).filter((f) => f.endsWith('.json'));
    } catch {
      files = [];
    }
    for (const file of files.sort()) {
      const fx = JSON.parse(readFileSync(join(root, concept, file), 'utf8')) as {
        input: unknown;
        expectedError?: { issues: Array<{ path: string; code: string }> };
      };
      it(`${concept}/${file} ↔ ${name}.json`, () => {
        const r = validate(name, fx.input);
        if (!fx.expectedError) {
          expect(r, 'a valid fixture is schema-valid').toEqual({ ok: true, errors: 'No errors' });
          return;
        }
        // A refused input is refused by the schema too, unless every issue is a cross-field
        // inconsistency (the documented limit of JSON Schema).
        const crossFieldOnly = fx.expectedError.issues.every((i) => i.code === 'inconsistent');
        if (!crossFieldOnly) expect(r.ok, 'schema refuses a refused fixture').toBe(false);
      });
    }
  }
});

/** Bad values for one field, per kind of field (DESIGN §3). */
const BAD_MONEY: unknown[] = [
  '1,200',
  '１２０',
  '1e3',
  '',
  null,
  '-5',
  -5,
  'NaN',
  '0x10',
  ' 12',
  '12 ',
  '.5',
  '5.',
  true,
  {},
  [],
];
const BAD_DATE: unknown[] = [
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-1-1',
  '20240101',
  '',
  20240101,
  null,
];

interface BadCase {
  schema: JsonSchemaName;
  path: Array<string | number>;
  values: unknown[];
}

const BAD_CASES: BadCase[] = [
  { schema: 'dibao-standards-input', path: ['minimumWagePerMonth'], values: BAD_MONEY },
  {
    schema: 'dibao-standards-input',
    path: ['urbanDisposableIncomePerYear'],
    values: [...BAD_MONEY, 0, '0', '0.00'],
  },
  { schema: 'dibao-standards-input', path: ['roundingUnit'], values: [0, '0', '0.000', -1, '1,0'] },
  { schema: 'dibao-standards-input', path: ['year'], values: [1899, 2201, 2024.5, '2024', null, undefined] },
  { schema: 'dibao-standards-input', path: ['povertyLinePerYear'], values: [undefined] },
  { schema: 'dibao-standards-input', path: ['provincialGuidance'], values: [{ urbanPerMonth: '650' }, 'x'] },
  { schema: 'dibao-standards-input', path: ['minimumWage'], values: ['1780'] },
  { schema: 'special-support-input', path: ['priorYearDibaoStandardPerMonth'], values: BAD_MONEY },
  { schema: 'special-support-input', path: ['selfCareAbility'], values: ['partly', 'ABLE', 1, null] },
  { schema: 'special-support-input', path: ['adl'], values: [{ eating: 'yes' }, { walking: true }] },
  { schema: 'household', path: ['assessmentDate'], values: [...BAD_DATE, undefined] },
  { schema: 'household', path: ['members', 1, 'birthDate'], values: BAD_DATE },
  { schema: 'household', path: ['members', 0, 'incomes', 0, 'perMonth'], values: BAD_MONEY },
  { schema: 'household', path: ['members', 0, 'incomes', 0, 'perYear'], values: ['10800'] },
  {
    schema: 'household',
    path: ['members', 0, 'incomes', 0],
    values: [{ kind: 'employment' }, { kind: 'salary', perMonth: '1' }],
  },
  { schema: 'household', path: ['members'], values: [[], undefined, {}] },
  { schema: 'household', path: ['area'], values: ['city', '', null, undefined] },
  { schema: 'household', path: ['medicalOutOfPocketPerYear'], values: BAD_MONEY },
  {
    schema: 'household',
    path: ['members', 0, 'disability'],
    values: [
      { category: 'physical', grade: 5 },
      { category: 'x', grade: 1 },
    ],
  },
  { schema: 'household', path: ['members', 0, 'brithDate'], values: ['1980-05-01'] },
  {
    schema: 'household',
    path: ['propertyAssessment'],
    values: [{ meetsDibao: true }, { meetsDibao: 'yes', meetsLowIncome: true }],
  },
  { schema: 'policy', path: ['dibaoStandardPerMonth', 'urban'], values: [...BAD_MONEY, 0, '0'] },
  { schema: 'policy', path: ['dibaoStandardPerMonth'], values: [{ urban: '770' }, undefined] },
  { schema: 'policy', path: ['region', 'code'], values: ['2201', '22010a', 220100] },
  { schema: 'policy', path: ['specialGrantStacking'], values: ['both'] },
  { schema: 'policy', path: ['thresholdInclusive'], values: ['true', 1] },
  {
    schema: 'assess-request',
    path: ['household', 'members', 0, 'incomes', 0, 'perMonth'],
    values: ['1,200'],
  },
  { schema: 'assess-request', path: ['options'], values: [{ trace: false }] },
  { schema: 'residency-facts', path: ['continuousResidenceSince'], values: BAD_DATE },
];

describe('bad inputs: refused by the library AND by the schema', () => {
  for (const c of BAD_CASES) {
    it(`${c.schema}: ${c.path.join('.')}`, () => {
      for (const value of c.values) {
        const input = withValue(BASES[c.schema], c.path, value);
        const label = `${c.path.join('.')} = ${JSON.stringify(value) ?? 'absent'}`;
        expect(libraryRefuses(c.schema, input), `library refuses ${label}`).toBeInstanceOf(DibaoInputError);
        expect(validate(c.schema, input).ok, `schema refuses ${label}`).toBe(false);
      }
    });
  }

  it('refuses the forbidden key __proto__ (as JSON.parse creates it)', () => {
    const input = JSON.parse(
      '{"priorYearDibaoStandardPerMonth":"600","priorYearMinimumWagePerMonth":"1640","__proto__":{}}',
    );
    expect(libraryRefuses('special-support-input', input)).toBeInstanceOf(DibaoInputError);
    expect(validate('special-support-input', input).ok).toBe(false);
  });
});

/**
 * Cross-field rules JSON Schema cannot state (it cannot compare two values of one document, and the
 * ADL/ability agreement would need a count of false answers). The schema accepts these inputs; the
 * library refuses them with code `inconsistent`. Documented in docs/integration.md.
 */
const CROSS_FIELD: Array<{ rule: string; schema: JsonSchemaName; input: unknown; path: string }> = [
  {
    rule: 'a member born after the assessment date',
    schema: 'household',
    input: withValue(BASE.household, ['members', 1, 'birthDate'], '2025-01-01'),
    path: 'members[1].birthDate',
  },
  {
    rule: 'working-age upper bound not above the lower bound',
    schema: 'policy',
    input: withValue(BASE.policy, ['laborAge'], { min: 16, maxMale: 16, maxFemale: 55 }),
    path: 'laborAge.maxMale',
  },
  {
    rule: 'ADL answers that contradict the given selfCareAbility',
    schema: 'special-support-input',
    input: {
      ...BASE.support,
      selfCareAbility: 'able',
      adl: {
        eating: false,
        dressing: true,
        transferring: true,
        toileting: true,
        indoorWalking: true,
        bathing: true,
      },
    },
    path: 'selfCareAbility',
  },
];

describe('cross-field rules only the library checks', () => {
  for (const c of CROSS_FIELD) {
    it(c.rule, () => {
      expect(validate(c.schema, c.input).ok, 'JSON Schema cannot express it').toBe(true);
      const e = libraryRefuses(c.schema, c.input);
      expect(e?.issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: c.path, code: 'inconsistent' })]),
      );
    });
  }

  it('but an income entry with both perMonth and perYear IS refused by the schema (oneOf)', () => {
    const input = withValue(BASE.household, ['members', 0, 'incomes', 0], {
      kind: 'employment',
      perMonth: '1',
      perYear: '12',
    });
    expect(validate('household', input).ok).toBe(false);
    expect(libraryRefuses('household', input)?.issues[0]?.code).toBe('inconsistent');
  });
});
