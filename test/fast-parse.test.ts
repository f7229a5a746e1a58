/**
 * The one fast reader of assessHousehold (src/schema/fen-household.ts, fen-policy.ts) must agree with the zod
 * schemas: on every generated input it either reads exactly the facts zod's output gives the decimal
 * arithmetic, or gives up (`undefined`) — and it gives up whenever zod refuses, so the caller's error is
 * always zod's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessHousehold } from '../src/assess.js';
import { isIsoDate } from '../src/core/dates.js';
import { DibaoInputError } from '../src/core/errors.js';
import { readOnce } from '../src/core/read-once.js';
import { type Arithmetic, DECIMAL, FEN } from '../src/rules/arithmetic.js';
import {
  decimalFacts,
  decimalFigures,
  type HouseholdFacts,
  type MemberFacts,
  type PolicyFigures,
} from '../src/rules/household-facts.js';
import { fenHousehold, isIsoDay, readHousehold } from '../src/schema/fen-household.js';
import { fenPolicy, fenPolicyOf, readPolicy } from '../src/schema/fen-policy.js';
import { householdSchema } from '../src/schema/household.js';
import { parseInput } from '../src/schema/parse.js';
import { policySchema } from '../src/schema/policy.js';

/** Decimals compared by value, everything else structurally; keys whose value is undefined ignored. */
function normal(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(normal);
  const ctor = (v as { constructor?: { name?: string } }).constructor;
  if (ctor && typeof (v as { toFixed?: unknown }).toFixed === 'function' && 'd' in v)
    return `Dec(${String(v)})`;
  void ctor;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = normal(x);
  return out;
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('1,200'),
  fc.constant('-1'),
  fc.constant('2021-02-29'),
  fc.constant(Number.NaN),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant(true),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 80, arbitrary: a }, { weight: 1, arbitrary: junk });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(maybe(a), { nil: undefined, freq: 2 });
const money = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.integer({ min: 0, max: 9999999 }).map((c) => (c / 100).toFixed(2)),
  fc.integer({ min: 0, max: 99999 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
const dateIn = (a: number, b: number) =>
  fc
    .date({ min: new Date(Date.UTC(a, 0, 1)), max: new Date(Date.UTC(b, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const date = dateIn(1920, 2030);
const birth = fc.oneof(
  { weight: 20, arbitrary: dateIn(1920, 2010) },
  { weight: 1, arbitrary: dateIn(2025, 2030) },
);
const strip = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const kind = maybe(fc.constantFrom('employment', 'business', 'property', 'transfer', 'pension', 'other'));
const income = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind, perMonth: maybe(money), since: opt(date) }).map(strip) },
  { weight: 10, arbitrary: fc.record({ kind, perYear: maybe(money), since: opt(date) }).map(strip) },
  { weight: 1, arbitrary: fc.record({ kind, perMonth: opt(money), perYear: opt(money) }).map(strip) },
);
const member = fc
  .record({
    id: opt(fc.string({ minLength: 1, maxLength: 3 })),
    birthDate: maybe(birth),
    sex: opt(fc.constantFrom('male', 'female')),
    incomes: opt(fc.array(income, { maxLength: 3 })),
    disability: opt(
      fc.record({
        category: fc.constantFrom(
          'physical',
          'visual',
          'mental',
          'intellectual',
          'hearing',
          'speech',
          'multiple',
          'x',
        ),
        grade: fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) },
          { weight: 1, arbitrary: fc.constantFrom(0, 5, 2.5) },
        ),
      }),
    ),
    seriousIllness: opt(fc.boolean()),
    laborCapacity: opt(fc.boolean()),
    supporters: opt(fc.constantFrom('none', 'unable', 'able')),
    employed: opt(fc.boolean()),
    jobReferralRefusals: opt(fc.array(date, { maxLength: 3 })),
    unionHardshipWorker: opt(fc.boolean()),
    typo: fc.oneof(
      { weight: 30, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(1) },
    ),
  })
  .map(strip);
const household = fc
  .record({
    id: opt(fc.string({ minLength: 1, maxLength: 3 })),
    assessmentDate: maybe(dateIn(2011, 2024)),
    area: maybe(fc.constantFrom('urban', 'rural')),
    receivingDibao: opt(fc.boolean()),
    members: maybe(
      fc.oneof(
        { weight: 20, arbitrary: fc.array(member, { minLength: 1, maxLength: 2 }) },
        { weight: 1, arbitrary: fc.constant([]) },
      ),
    ),
    medicalOutOfPocketPerYear: opt(money),
    rigidExpenditurePerYear: opt(money),
    property: opt(
      fc
        .record({
          financialAssets: opt(money),
          vehicles: opt(fc.integer({ min: -1, max: 12 })),
          extraHousingUnits: opt(fc.integer({ min: 0, max: 2 })),
        })
        .map(strip),
    ),
    propertyAssessment: opt(fc.record({ meetsDibao: fc.boolean(), meetsLowIncome: fc.boolean() })),
  })
  .map(strip);
const limit = fc
  .record({
    financialAssetsPerCapitaMonths: opt(
      fc.oneof(fc.integer({ min: -1, max: 48 }), fc.double({ min: 0, max: 100, noNaN: true })),
    ),
    maxVehicles: opt(fc.integer({ min: -1, max: 2 })),
    maxExtraHousingUnits: opt(fc.integer({ min: 0, max: 2 })),
  })
  .map(strip);
const seedOnly = {
  employmentIncomeExemption: opt(
    fc.record({ perMonth: maybe(money), months: fc.integer({ min: 0, max: 130 }) }),
  ),
  lowIncomeAdmitsBelowStandard: opt(fc.boolean()),
};
const nationalOnly = {
  employmentCostDeductionPerMonth: opt(money),
  rigidExpenditureDeductionCapPerYear: opt(money),
  extremelyPoorMinorAge: opt(fc.constantFrom(16, 18, 17)),
  extremelyPoorAssessedAlone: opt(fc.boolean()),
  gradualExitMonths: opt(fc.integer({ min: 0, max: 7 })),
  rigidExpenditureHardship: opt(
    fc
      .record({
        priorYearResidentDisposableIncomePerYear: opt(money),
        minShareOfIncome: maybe(fc.constantFrom('0.3', '0.5', 1, '0.33333', 0.25)),
      })
      .map(strip),
  ),
};
/** The rule version with its own fields; now and then the other version's fields too (refused by both). */
const versioned = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ ...seedOnly, rulesVersion: opt(fc.constant('draft2018')) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ ...nationalOnly, rulesVersion: maybe(fc.constant('national2021')) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      ...seedOnly,
      ...nationalOnly,
      rulesVersion: opt(fc.constantFrom('draft2018', 'national2021', 'national2020')),
    }),
  },
);
const policy = fc
  .tuple(
    fc.record({
      region: opt(
        fc.record({ code: fc.constantFrom('220100', '2201', 'abcdef'), name: fc.constantFrom('长春市', '') }),
      ),
      dibaoStandardPerMonth: maybe(fc.record({ urban: maybe(money), rural: maybe(money) })),
      propertyLimits: opt(fc.record({ dibao: opt(limit), lowIncome: opt(limit) }).map(strip)),
      specialGrantRates: opt(fc.record({ minor: opt(money), age70Plus: opt(money) }).map(strip)),
      specialGrantStacking: opt(fc.constantFrom('max', 'sum', 'avg')),
      laborAge: opt(
        fc.record({
          min: fc.integer({ min: 14, max: 20 }),
          maxMale: fc.integer({ min: 15, max: 65 }),
          maxFemale: fc.integer({ min: 15, max: 60 }),
        }),
      ),
      thresholdInclusive: opt(fc.boolean()),
      lowIncomeMultiplier: opt(fc.constantFrom('1.5', '2', '0.9', '1.23456', 1.25)),
      benefitRounding: opt(
        fc.record({ unit: fc.constantFrom('0.01', '0.1', '1', '10'), mode: fc.constantFrom('halfUp', 'up') }),
      ),
    }),
    versioned,
  )
  .map(([common, version]) => strip({ ...common, ...version }));

/** A household's facts in one arithmetic, written as text (money through the arithmetic's `shown`). */
/** Every field of {@link MemberFacts} (a field added there and not here fails to compile). */
const MEMBER_FACT_KEYS = [
  'id',
  'birthDate',
  'birthDay',
  'sex',
  'disability',
  'seriousIllness',
  'laborCapacity',
  'livelihoodSource',
  'supporters',
  'employed',
  'jobReferralRefusals',
  'unionHardshipWorker',
] as const satisfies ReadonlyArray<keyof MemberFacts>;
const allMemberFactKeys: Exclude<keyof MemberFacts, (typeof MEMBER_FACT_KEYS)[number]> extends never
  ? true
  : never = true;

/** A member's facts, and only those (the fast reader's member also keeps what it read, for a hand-over). */
function memberFactsOf(m: MemberFacts): Record<string, unknown> {
  expect(allMemberFactKeys).toBe(true);
  return Object.fromEntries(MEMBER_FACT_KEYS.map((k) => [k, m[k]]));
}

function factsText<T, R>(A: Arithmetic<T, R>, h: HouseholdFacts<T>): unknown {
  const money = (x: T | null) => (x === null ? null : A.shown(x));
  return normal({
    ...h,
    members: h.members.map((m) => normal(memberFactsOf(m))),
    incomes: h.incomes.map((list) =>
      list === null
        ? null
        : list.map((e) => ({ kind: e.kind, monthly: e.perMonth !== undefined, since: e.since })),
    ),
    amounts: h.amounts.map((x) => A.shown(x)),
    medical: money(h.medical),
    financialAssets: money(h.financialAssets),
    rigidExpenditure: money(h.rigidExpenditure),
  });
}

/** A policy's figures in one arithmetic, written as text. */
function figuresText<T, R>(A: Arithmetic<T, R>, p: PolicyFigures<T, R>): unknown {
  const rate = (r: R | undefined) => (r === undefined ? undefined : A.shownRate(r));
  const limits = (l: PolicyFigures<T, R>['limits']['dibao']) =>
    l === null ? null : { ...l, months: rate(l.months) };
  return normal({
    ...p,
    standard: { urban: A.shown(p.standard.urban), rural: A.shown(p.standard.rural) },
    exemption: p.exemption === null ? null : { ...p.exemption, perMonth: A.shown(p.exemption.perMonth) },
    rates: Object.fromEntries(Object.entries(p.rates).map(([k, r]) => [k, rate(r as R | undefined)])),
    limits: { dibao: limits(p.limits.dibao), lowIncome: limits(p.limits.lowIncome) },
    lowIncomeMultiplier: p.lowIncomeMultiplier === null ? null : A.shownRate(p.lowIncomeMultiplier),
    national: p.national === null ? null : nationalText(A, p.national),
  });
}

/** The national2021 fields of a policy in one arithmetic, written as text. */
function nationalText<T, R>(A: Arithmetic<T, R>, n: NonNullable<PolicyFigures<T, R>['national']>): unknown {
  const money = (x: T | undefined) => (x === undefined ? undefined : A.shown(x));
  const h = n.hardship;
  return {
    ...n,
    employmentCostDeduction: money(n.employmentCostDeduction),
    rigidCapPerYear: money(n.rigidCapPerYear),
    hardship:
      h === undefined
        ? undefined
        : { prior: A.shown(h.priorYearIncomePerYear), share: A.shownRate(h.minShareOfIncome) },
  };
}

/** The issues an input is refused with, or `null` when it is accepted. */
function issuesOf(f: () => unknown): unknown {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof DibaoInputError) return e.issues;
    throw e;
  }
}

const SIMPLE_POLICY = { dibaoStandardPerMonth: { urban: '620', rural: '410' } };
const SIMPLE_HOUSEHOLD = {
  assessmentDate: '2018-09-01',
  area: 'urban',
  members: [{ birthDate: '1980-01-01', incomes: [] }],
};

describe('the one fast reader agrees with the zod schemas', { timeout: 60_000 }, () => {
  it('fenHousehold: whatever it reads, zod accepts with the same facts; whatever zod refuses, it declines', () => {
    let fastCount = 0;
    let refused = 0;
    fc.assert(
      fc.property(household, (h) => {
        const fen = fenHousehold(h);
        const slow = householdSchema.safeParse(h);
        if (fen !== undefined) {
          fastCount++;
          expect(slow.success).toBe(true);
          if (slow.success) expect(factsText(FEN, fen)).toEqual(factsText(DECIMAL, decimalFacts(slow.data)));
        }
        if (!slow.success) {
          refused++;
          expect(fen).toBeUndefined();
          // the caller's error is zod's, issue for issue
          expect(issuesOf(() => assessHousehold(h as never, SIMPLE_POLICY))).toEqual(
            issuesOf(() => parseInput(householdSchema, h)),
          );
        }
      }),
      { numRuns: 2000 },
    );
    expect(fastCount).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it('fenPolicyOf: whatever it reads, zod accepts with the same figures; whatever zod refuses, it declines', () => {
    let fastCount = 0;
    let fastNational = 0;
    let refused = 0;
    fc.assert(
      fc.property(policy, (p) => {
        const fen = fenPolicyOf(p);
        const slow = policySchema.safeParse(p);
        if (fen !== undefined) {
          fastCount++;
          if (fen.national !== null) fastNational++;
          expect(slow.success).toBe(true);
          if (slow.success) {
            expect(figuresText(FEN, fen)).toEqual(figuresText(DECIMAL, decimalFigures(slow.data)));
            expect(fenPolicy(slow.data)).toEqual(fen);
          }
        }
        if (!slow.success) {
          refused++;
          expect(fen).toBeUndefined();
          expect(issuesOf(() => assessHousehold(SIMPLE_HOUSEHOLD as never, p as never))).toEqual(
            issuesOf(() => parseInput(policySchema, p)),
          );
        }
      }),
      { numRuns: 3000 },
    );
    expect(fastCount).toBeGreaterThan(50);
    expect(fastNational).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(50);
  });

  it('reads what the public entry validates: own enumerable keys, unknown ones declined', () => {
    const member = { birthDate: '1980-01-01', incomes: [] };
    const h = { assessmentDate: '2018-09-01', area: 'urban', members: [member] };
    expect(fenHousehold(h)).toBeDefined();
    expect(
      fenHousehold(
        JSON.parse(
          '{"__proto__": 1, "assessmentDate": "2018-09-01", "area": "urban", "members": [{"birthDate": "1980-01-01"}]}',
        ),
      ),
    ).toBeUndefined();
    expect(fenHousehold({ ...h, constructor: 1 })).toBeUndefined();
    // inherited fields are not the caller's data: the fast reader leaves an object with another prototype to
    // the copy zod validates, which holds its own enumerable fields, so the member is assessed as the plain one
    const inherited = Object.create({ typo: 1 }) as Record<string, unknown>;
    Object.assign(inherited, member);
    expect(fenHousehold({ ...h, members: [inherited] })).toBeUndefined();
    expect(assessHousehold({ ...h, members: [inherited] } as never, SIMPLE_POLICY)).toEqual(
      assessHousehold(h as never, SIMPLE_POLICY),
    );
    // a non-enumerable own key is not the caller's data either: neither reader sees it
    const hidden = { ...member };
    Object.defineProperty(hidden, 'sex', { value: 'x', enumerable: false });
    expect(fenHousehold({ ...h, members: [hidden] })?.members[0]?.sex).toBeUndefined();
    expect(assessHousehold({ ...h, members: [hidden] } as never, SIMPLE_POLICY)).toEqual(
      assessHousehold(h as never, SIMPLE_POLICY),
    );
    expect(fenHousehold([h])).toBeUndefined();
    expect(
      fenPolicyOf({ dibaoStandardPerMonth: { urban: '620', rural: '410' }, entitlements: {} }),
    ).toBeUndefined();
    expect(fenPolicyOf({ dibaoStandardPerMonth: { urban: '620', rural: '0' } })).toBeUndefined();
    expect(
      fenPolicyOf({
        dibaoStandardPerMonth: { urban: '620', rural: '410' },
        region: { code: '22010x', name: 'x' },
      }),
    ).toBeUndefined();
  });

  it('isIsoDay is isIsoDate', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(
              fc.integer({ min: 1890, max: 2210 }),
              fc.integer({ min: 0, max: 13 }),
              fc.integer({ min: 0, max: 32 }),
            )
            .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
          fc.string({ minLength: 8, maxLength: 11 }),
          fc.constantFrom(
            '2024-02-29',
            '2023-02-29',
            '2000-02-29',
            '1900-02-29',
            '2100-02-28',
            '2024-1-01',
            '2024-01-0a',
            '200x-01-01',
            '100x-01-01',
            '2000-0x-01',
            '2000-01-x1',
            '2000-01-1x',
            '20x0-01-01',
            '2x00-01-01',
            '2000-1x-01',
            '２０２４-01-01',
          ),
        ),
        (s) => {
          expect(isIsoDay(s)).toBe(isIsoDate(s));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/**
 * Every object and array of `v` wrapped in a proxy that counts the reads of each property (and of an array's
 * `length`), and throws when the path of the read is `throwAt`. Returns the wrapped value and the counts.
 */
function counted(v: unknown, throwAt?: string): { value: unknown; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const wrap = (x: unknown, path: string): unknown => {
    if (typeof x !== 'object' || x === null) return x;
    const inner = Array.isArray(x)
      ? x.map((y, i) => wrap(y, `${path}[${i}]`))
      : Object.fromEntries(Object.entries(x).map(([k, y]) => [k, wrap(y, `${path}.${k}`)]));
    return new Proxy(inner, {
      get(target, key, receiver) {
        if (typeof key === 'string') {
          const at = Array.isArray(target) && key !== 'length' ? `${path}[${key}]` : `${path}.${key}`;
          reads.set(at, (reads.get(at) ?? 0) + 1);
          if (at === throwAt) throw new Error(`no read at ${at}`);
        }
        return Reflect.get(target, key, receiver);
      },
    });
  };
  return { value: wrap(v, '$'), reads };
}

/** The paths of every property of `v` (and every array's length). */
function pathsOf(v: unknown, path = '$', out: string[] = []): string[] {
  if (typeof v !== 'object' || v === null) return out;
  if (Array.isArray(v)) {
    out.push(`${path}.length`);
    v.forEach((y, i) => {
      out.push(`${path}[${i}]`);
      pathsOf(y, `${path}[${i}]`, out);
    });
  } else
    for (const [k, y] of Object.entries(v)) {
      out.push(`${path}.${k}`);
      pathsOf(y, `${path}.${k}`, out);
    }
  return out;
}

const READERS = [
  { name: 'readHousehold', arbitrary: household as fc.Arbitrary<unknown>, read: readHousehold },
  { name: 'readPolicy', arbitrary: policy as fc.Arbitrary<unknown>, read: readPolicy },
];

describe.each(READERS)('$name reads each property of the caller once', { timeout: 60_000 }, (reader) => {
  it('its facts, then its copy, read every property exactly once, and the copy is what readOnce makes', () => {
    fc.assert(
      fc.property(reader.arbitrary, (h) => {
        const { value, reads } = counted(h);
        const read = reader.read(value);
        const copy = read.copy();
        expect(copy).toStrictEqual(readOnce(h));
        expect(read.copy()).toBe(copy); // made once
        for (const [at, n] of reads) expect(n, at).toBe(1);
        // nothing the copy holds was left unread
        for (const at of pathsOf(h)) expect(reads.get(at), at).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('a read that throws is refused by its path, as readOnce refuses it, reading each property once', () => {
    fc.assert(
      fc.property(
        reader.arbitrary.filter((h) => pathsOf(h).length > 0),
        fc.nat(),
        (h, pick) => {
          const paths = pathsOf(h);
          const at = paths[pick % paths.length] as string;
          const fast = counted(h, at);
          const slow = counted(h, at);
          const refusal = (f: () => unknown) => {
            try {
              f();
            } catch (e) {
              return e instanceof DibaoInputError ? e.issues : e;
            }
            return 'no refusal';
          };
          const got = refusal(() => reader.read(fast.value, ['arg']).copy());
          expect(got).toEqual(refusal(() => readOnce(slow.value, ['arg'])));
          // each property read once (twice only where readOnce alone reads it twice: a spread that throws
          // makes it read the keys before the throwing one again, to name it)
          for (const [p, n] of fast.reads)
            expect(n, p).toBeLessThanOrEqual(Math.max(1, slow.reads.get(p) ?? 0));
        },
      ),
      { numRuns: 500 },
    );
  });
});
