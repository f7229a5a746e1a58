/**
 * assessHousehold end to end: the contract shape, trace on/off, purity, determinism, path-named errors,
 * a caseworker-readable trace, and property tests against an independent integer-cent oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessHousehold, DibaoInputError, type Household, type Policy } from '../src/index.js';

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

const family: Household = {
  id: 'CC-0001',
  assessmentDate: '2018-09-01',
  area: 'urban',
  receivingDibao: true,
  members: [
    {
      id: 'a',
      birthDate: '1946-03-01',
      sex: 'female',
      incomes: [{ kind: 'pension', perYear: '3600' }],
      supporters: 'unable',
      seriousIllness: true,
    },
    {
      id: 'b',
      birthDate: '1975-01-01',
      sex: 'male',
      incomes: [{ kind: 'employment', perMonth: '900', since: '2018-06-01' }],
      employed: true,
    },
    { id: 'c', birthDate: '2010-03-15', sex: 'male', incomes: [], supporters: 'able' },
  ],
  property: { financialAssets: '12000', vehicles: 0, extraHousingUnits: 0 },
};

function issuesOf(f: () => unknown) {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(DibaoInputError);
  return (thrown as DibaoInputError).issues;
}

describe('assessHousehold contract', () => {
  it('returns every field of DESIGN §4.3', () => {
    const r = assessHousehold(family, policy);
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining([
        'id',
        'class',
        'basis',
        'standardPerMonth',
        'perCapitaIncomePerMonth',
        'illnessExpenditure',
        'members',
        'benefit',
        'missing',
        'warnings',
        'trace',
      ]),
    );
    for (const m of r.members)
      expect(Object.keys(m)).toEqual(
        expect.arrayContaining([
          'id',
          'age',
          'class',
          'laborCapacity',
          'specialGroups',
          'workingAge',
          'dibaoCancelled',
          'obligations',
        ]),
      );
  });

  it('works the example family by hand', () => {
    // H = 3600 ÷ 12 + (900 − 300 exempt) + 0 = 900; n·S = 1860 → 低保; 差额 = 1860 − 900 = 960
    // grants: a 72岁+重病 → max(186, 62) = 186; c 未成年 62 → 248; a is 特困 among 3 → warning
    const r = assessHousehold(family, policy);
    expect(r).toMatchObject({
      id: 'CC-0001',
      class: 'dibao',
      perCapitaIncomePerMonth: '300.00',
      benefit: { basePerMonth: '960.00', specialGrantsPerMonth: '248.00', totalPerMonth: '1208.00' },
      members: [
        { id: 'a', class: 'extremelyPoor', specialGroups: ['seriousIllness', 'age70Plus'] },
        { id: 'b', class: 'dibao', workingAge: true },
        { id: 'c', class: 'dibao', specialGroups: ['minor'] },
      ],
      warnings: [{ code: 'EXTREMELY_POOR_IN_HOUSEHOLD', article: '第5条' }],
      missing: [],
    });
  });

  it('trace: false gives the same result with an empty trace', () => {
    const on = assessHousehold(family, policy);
    const off = assessHousehold(family, policy, { trace: false });
    expect(off.trace).toEqual([]);
    expect({ ...off, trace: on.trace }).toEqual(on);
  });

  it('does not mutate its inputs and is deterministic to the byte', () => {
    const h = structuredClone(family);
    const p = structuredClone(policy);
    const a = JSON.stringify(assessHousehold(h, p));
    expect(h).toEqual(family);
    expect(p).toEqual(policy);
    expect(JSON.stringify(assessHousehold(h, p))).toBe(a);
    expect(a).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('omits id when none is given', () => {
    const { id: _, ...noId } = family;
    expect('id' in assessHousehold(noId, policy)).toBe(false);
  });
});

describe('the trace reads top to bottom', () => {
  it('cites an article on every step and shows the comparison with its numbers', () => {
    const t = assessHousehold(family, policy).trace;
    for (const s of t) {
      expect(s.article).toMatch(/^第\d+条$|办法|民法典/);
      expect(s.note.length).toBeGreaterThan(0);
    }
    const rules = t.map((s) => s.rule);
    expect(rules.indexOf('policy.dibaoStandardPerMonth')).toBeLessThan(
      rules.indexOf('householdIncome.total'),
    );
    expect(rules.indexOf('householdIncome.total')).toBeLessThan(rules.indexOf('classification.household'));
    expect(rules.indexOf('classification.household')).toBeLessThan(rules.indexOf('dibaoBenefit.total'));
    expect(t.find((s) => s.rule === 'classification.incomeTest')?.note).toContain('H = 900 < n·S = 1860');
    expect(t.find((s) => s.rule === 'householdIncome.exemption')).toMatchObject({
      article: '第11条',
      output: '300',
    });
    expect(t.find((s) => s.rule === 'dibaoBenefit.total')).toMatchObject({ output: '1208.00' });
  });
  it('reads every policy parameter it uses', () => {
    const rules = assessHousehold(family, policy).trace.map((s) => s.rule);
    for (const r of [
      'policy.dibaoStandardPerMonth',
      'policy.employmentIncomeExemption',
      'policy.laborAge',
      'property.dibao.financialAssets',
      'specialGrant.member',
    ])
      expect(rules).toContain(r);
  });
});

describe('validation', () => {
  it('names every bad field by path', () => {
    const bad = {
      assessmentDate: '2018-02-30',
      area: 'town',
      members: [{ birthDate: '1980-01-01', incomes: [{ kind: 'salary', perMonth: '-5' }], extra: 1 }],
    };
    const paths = issuesOf(() => assessHousehold(bad as never, policy)).map((i) => `${i.path}:${i.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'assessmentDate:invalid_date',
        'area:invalid_enum',
        'members[0].incomes[0].kind:invalid_enum',
        'members[0].incomes[0].perMonth:negative_money',
        'members[0].extra:unknown_key',
      ]),
    );
  });
  it('refuses an empty household, a birth after the assessment date, and a bad policy', () => {
    expect(issuesOf(() => assessHousehold({ ...family, members: [] }, policy))[0]).toMatchObject({
      path: 'members',
      code: 'too_few',
    });
    const born = { ...family, members: [{ birthDate: '2018-09-02', incomes: [] }] };
    expect(issuesOf(() => assessHousehold(born, policy))[0]).toMatchObject({
      path: 'members[0].birthDate',
      code: 'inconsistent',
    });
    const p = { ...policy, dibaoStandardPerMonth: { urban: '0', rural: '410' } };
    expect(issuesOf(() => assessHousehold(family, p))[0]).toMatchObject({
      path: 'dibaoStandardPerMonth.urban',
    });
    const la = { ...policy, laborAge: { min: 16, maxMale: 16, maxFemale: 55 } };
    expect(issuesOf(() => assessHousehold(family, la))[0]).toMatchObject({
      path: 'laborAge.maxMale',
      code: 'inconsistent',
    });
  });
  it('accepts the 第7条 flag and keeps it', () => {
    const r = assessHousehold(
      { ...family, members: [{ birthDate: '1970-01-01', incomes: [], unionHardshipWorker: true }] },
      policy,
    );
    expect(r.members[0]?.unionHardshipWorker).toBe(true);
  });
});

/** Independent oracle in integer cents (BigInt), no decimal library. */
function oracle(incomesCents: bigint[], sCents: bigint, inclusive: boolean) {
  const n = BigInt(incomesCents.length);
  const h = incomesCents.reduce((a, b) => a + b, 0n);
  const line = n * sCents;
  const cls =
    h < line || (inclusive && h === line)
      ? 'dibao'
      : h > line && (h < 2n * line || (inclusive && h === 2n * line))
        ? 'lowIncome'
        : 'none';
  // base = (n·S − H) ÷ n × n = n·S − H (no cancellations): exact cents
  const base = cls === 'dibao' ? line - h : null;
  // per capita half-up: round(h / n)
  const perCapita = (2n * h + n) / (2n * n);
  return { cls, base, perCapita };
}
const cents = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

describe('property tests against an integer-cent oracle', { timeout: 60_000 }, () => {
  it('class, per-capita income and 差额 agree for random adult households', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 300000n }), { minLength: 1, maxLength: 6 }),
        fc.bigInt({ min: 30000n, max: 90000n }),
        fc.boolean(),
        (incs, s, inclusive) => {
          const h: Household = {
            assessmentDate: '2022-06-30',
            area: 'urban',
            members: incs.map((c) => ({
              birthDate: '1980-01-01',
              sex: 'male',
              employed: true,
              incomes: [{ kind: 'employment', perMonth: cents(c) }],
            })),
            propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
          };
          const r = assessHousehold(
            h,
            { dibaoStandardPerMonth: { urban: cents(s), rural: '1' }, thresholdInclusive: inclusive },
            { trace: false },
          );
          const o = oracle(incs, s, inclusive);
          expect(r.class).toBe(o.cls);
          expect(r.perCapitaIncomePerMonth).toBe(cents(o.perCapita));
          expect(r.benefit?.basePerMonth ?? null).toBe(o.base === null ? null : cents(o.base));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('more income never gives a better class (with thresholdInclusive; the literal reading has a gap at n·S)', () => {
    const rank = { dibao: 2, lowIncome: 1, none: 0, undetermined: -1 } as const;
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 400000n }), fc.bigInt({ min: 0n, max: 100000n }), (a, extra) => {
        const mk = (c: bigint): Household => ({
          assessmentDate: '2022-06-30',
          area: 'urban',
          members: [
            {
              birthDate: '1980-01-01',
              sex: 'female',
              employed: true,
              incomes: [{ kind: 'employment', perMonth: cents(c) }],
            },
          ],
          propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
        });
        const p: Policy = { dibaoStandardPerMonth: { urban: '650', rural: '415' }, thresholdInclusive: true };
        const lo = assessHousehold(mk(a), p, { trace: false }).class;
        const hi = assessHousehold(mk(a + extra), p, { trace: false }).class;
        expect(rank[hi]).toBeLessThanOrEqual(rank[lo]);
      }),
      { numRuns: 300 },
    );
  });

  it('literal reading: income exactly n·S is none while a cent more is 低收入 (the THRESHOLD_EQUALITY gap)', () => {
    const mk = (c: string): Household => ({
      assessmentDate: '2022-06-30',
      area: 'urban',
      members: [
        {
          birthDate: '1980-01-01',
          sex: 'female',
          employed: true,
          incomes: [{ kind: 'employment', perMonth: c }],
        },
      ],
      propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
    });
    const p: Policy = { dibaoStandardPerMonth: { urban: '650', rural: '415' } };
    expect(assessHousehold(mk('650'), p).class).toBe('none');
    expect(assessHousehold(mk('650.01'), p).class).toBe('lowIncome');
  });

  it('a yearly entry equals the same amount monthly × 12', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 200000n }), (c) => {
        const h = (income: { perMonth: string } | { perYear: string }): Household => ({
          assessmentDate: '2022-06-30',
          area: 'rural',
          members: [
            {
              birthDate: '1980-01-01',
              sex: 'male',
              employed: true,
              incomes: [{ kind: 'business', ...income }],
            },
          ],
          propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
        });
        const p: Policy = { dibaoStandardPerMonth: { urban: '650', rural: '415' } };
        const m = assessHousehold(h({ perMonth: cents(c) }), p, { trace: false });
        const y = assessHousehold(h({ perYear: cents(c * 12n) }), p, { trace: false });
        expect(y).toEqual(m);
      }),
      { numRuns: 200 },
    );
  });
});

describe('schemas for other systems', () => {
  it('every household, policy and residency field carries a Chinese description', async () => {
    // The published JSON Schemas (the descriptions are attached by jsonSchemaFor, not by the zod schemas).
    const { jsonSchemaFor } = await import('../src/schemas.js');
    const undocumented: string[] = [];
    let checked = 0;
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const props = n.properties as Record<string, Record<string, unknown>> | undefined;
      if (props)
        for (const [k, v] of Object.entries(props)) {
          checked++;
          const described = typeof v.description === 'string' && /[\u4e00-\u9fff]/.test(v.description);
          if (
            !described &&
            !path.includes('entitlements') &&
            !path.includes('temporaryAssistance') &&
            !['housing', 'hardshipEvent'].includes(k)
          )
            undocumented.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      if (n.items) walk(n.items, `${path}[]`);
      for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
        if (Array.isArray(n[key])) for (const x of n[key] as unknown[]) walk(x, path);
    };
    walk(jsonSchemaFor('household'), 'household');
    walk(jsonSchemaFor('policy'), 'policy');
    walk(jsonSchemaFor('residency-facts'), 'residency');
    expect(undocumented).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});

describe('assessHouseholds (batch, policy validated once)', () => {
  it('equals assessHousehold one by one', async () => {
    const { assessHouseholds } = await import('../src/index.js');
    const list = [
      family,
      { ...family, id: 'CC-0002', area: 'rural' as const },
      { ...family, members: [{ birthDate: '1950-01-01', incomes: [] }] },
    ];
    expect(assessHouseholds(list, policy)).toEqual(list.map((h) => assessHousehold(h, policy)));
    expect(assessHouseholds(list, policy, { trace: false }).every((r) => r.trace.length === 0)).toBe(true);
  });
  it('prefixes error paths with the household index', async () => {
    const { assessHouseholds } = await import('../src/index.js');
    const bad = { ...family, members: [{ birthDate: '2019-01-01', incomes: [] }] };
    expect(issuesOf(() => assessHouseholds([family, bad], policy))[0]).toMatchObject({
      path: '[1].members[0].birthDate',
      code: 'inconsistent',
    });
    expect(
      issuesOf(() => assessHouseholds([family], { dibaoStandardPerMonth: { urban: '620' } } as never))[0],
    ).toMatchObject({
      path: 'dibaoStandardPerMonth.rural',
    });
  });
});
