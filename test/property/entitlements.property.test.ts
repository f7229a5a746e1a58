/**
 * Properties of entitlements (第10–21条), temporaryAssistance (第14条) and simulate over generated households:
 * clean JSON, member paths that exist, no silent gaps (every undetermined measure names what is missing), no
 * poverty measure for a member known not to be poor, deterministic and non-mutating; simulate's cost change is
 * the sum of the household changes; a harsher emergency never pays less.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import {
  assessHousehold,
  entitlements,
  type Household,
  type Member,
  type Policy,
  simulate,
  temporaryAssistance,
} from '../../src/index.js';
import { deepFreeze, expectCleanJson, moneyArb } from './helpers.js';

const RUNS = { numRuns: 60 };
const pad2 = (n: number) => String(n).padStart(2, '0');
const dateArb = (y0: number, y1: number) =>
  fc
    .tuple(fc.integer({ min: y0, max: y1 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${pad2(m)}-${pad2(d)}`);

const TA_RULES = {
  source: 'test',
  illustrative: false,
  emergencyMultiples: { general: '1', serious: '2', critical: '3' },
  expenditureRate: '0.5',
  capMultiple: '6',
  townshipApprovalLimitPerEvent: '2000',
};

const memberArb = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c'),
    birthDate: dateArb(1930, 2018),
    sex: fc.constantFrom('male', 'female'),
    incomes: fc.array(
      fc.record({ kind: fc.constantFrom('employment', 'pension'), perMonth: moneyArb(0, 200_000) }),
      {
        maxLength: 2,
      },
    ),
    disability: fc.record({
      category: fc.constantFrom('physical', 'intellectual'),
      grade: fc.constantFrom(1, 2, 3, 4),
    }),
    seriousIllness: fc.boolean(),
    supporters: fc.constantFrom('none', 'unable', 'able'),
    employed: fc.boolean(),
    schoolingStage: fc.constantFrom(
      'none',
      'preschool',
      'compulsory',
      'seniorHigh',
      'secondaryVocational',
      'higher',
    ),
    inclusiveKindergarten: fc.boolean(),
    boarding: fc.boolean(),
    orphan: fc.boolean(),
    selfCareAbility: fc.constantFrom('able', 'partiallyLost', 'fullyLost'),
    registeredHardToEmploy: fc.boolean(),
    employmentTerminated: fc.boolean(),
    pensionEligible: fc.boolean(),
    receivingPension: fc.boolean(),
  },
  { requiredKeys: ['birthDate'] },
) as fc.Arbitrary<Member>;

const householdArb = fc.record(
  {
    id: fc.constantFrom('H1', 'H2'),
    assessmentDate: dateArb(2019, 2022),
    area: fc.constantFrom('urban', 'rural'),
    members: fc.array(memberArb, { minLength: 1, maxLength: 5 }),
    propertyAssessment: fc.record({ meetsDibao: fc.boolean(), meetsLowIncome: fc.boolean() }),
    housing: fc.record(
      {
        hardship: fc.boolean(),
        tenure: fc.constantFrom('owned', 'publicRental', 'privateRental', 'none'),
        shantytown: fc.boolean(),
      },
      { requiredKeys: ['hardship'] },
    ),
    hardshipEvent: fc.record(
      {
        kind: fc.constantFrom(
          'suddenEvent',
          'accidentalInjury',
          'seriousIllness',
          'essentialExpenditure',
          'other',
        ),
        severity: fc.constantFrom('general', 'serious', 'critical'),
        essentialExpenditurePerYear: moneyArb(0, 5_000_000),
        basicLivingInHardship: fc.boolean(),
      },
      { requiredKeys: ['kind'] },
    ),
  },
  { requiredKeys: ['assessmentDate', 'area', 'members'] },
) as fc.Arbitrary<Household>;

const policyArb = fc.record(
  {
    dibaoStandardPerMonth: fc.record({ urban: moneyArb(30_000, 100_000), rural: moneyArb(20_000, 80_000) }),
    specialGrantRates: fc.record({
      age70Plus: fc.constantFrom('0.1', '0.2'),
      minor: fc.constantFrom('0', '0.1'),
    }),
    temporaryAssistance: fc.constant(TA_RULES),
    entitlements: fc.record(
      {
        source: fc.constant('test'),
        illustrative: fc.boolean(),
        priorYear: fc.record({
          dibaoStandardPerMonth: fc.record({
            urban: moneyArb(30_000, 90_000),
            rural: moneyArb(20_000, 70_000),
          }),
          minimumWagePerMonth: moneyArb(100_000, 250_000),
        }),
        medicalInsurance: fc.record({
          personalContributionPerYear: moneyArb(10_000, 50_000),
          subsidyRates: fc.record({
            extremelyPoor: fc.constant('1'),
            dibao: fc.constant('0.5'),
            lowIncome: fc.constant('0.3'),
          }),
        }),
      },
      { requiredKeys: ['source', 'illustrative'] },
    ),
  },
  { requiredKeys: ['dibaoStandardPerMonth'] },
) as fc.Arbitrary<Policy>;

const POVERTY_MEASURES = new Set([
  'medicalAssistance',
  'insuranceContributionSubsidy',
  'extremelyPoorSupport',
]);

describe('entitlements: properties', () => {
  it('clean JSON, existing member paths, no silent gaps, no poverty measure for a non-poor member', () => {
    fc.assert(
      fc.property(householdArb, policyArb, (h, p) => {
        deepFreeze(h);
        deepFreeze(p);
        const a = assessHousehold(h, p, { trace: false });
        const r = entitlements(h, a, p);
        expectCleanJson(r);
        for (const m of r.measures) {
          for (const path of m.memberPaths) {
            const i = Number(/^members\[(\d+)\]$/.exec(path)?.[1]);
            expect(i).toBeLessThan(h.members.length);
            if (POVERTY_MEASURES.has(m.measure)) expect(a.members[i]?.class).not.toBe('none');
          }
          if (m.status === 'undetermined') expect(m.missing.length).toBeGreaterThan(0);
          for (const v of [m.amountPerMonth, m.amountPerYear, m.amountPerEvent]) {
            if (v !== undefined) expect(v).toMatch(/^[0-9]+\.[0-9]{2}$/);
          }
        }
        expect(JSON.stringify(entitlements(h, a, p))).toBe(JSON.stringify(r));
      }),
      RUNS,
    );
  });
});

describe('simulate: properties', () => {
  it('cost change = Σ gains − Σ losses = reform total − base total', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 8 }), policyArb, policyArb, (hs, base, reform) => {
        const r = simulate(hs, base, reform, { trace: false });
        expectCleanJson(r);
        const sum = [...r.gains, ...r.losses].reduce((s, c) => s.plus(c.changePerMonth), new Dec(0));
        expect(sum.toFixed(2)).toBe(r.costChange.perMonth);
        expect(new Dec(r.totalGainPerMonth).minus(r.totalLossPerMonth).toFixed(2)).toBe(
          r.costChange.perMonth,
        );
        expect(new Dec(r.reform.totalPerMonth).minus(r.base.totalPerMonth).toFixed(2)).toBe(
          r.costChange.perMonth,
        );
        expect(r.counts.assessed + r.counts.errors).toBe(hs.length);
      }),
      RUNS,
    );
  });
});

describe('temporaryAssistance: properties', () => {
  it('a harsher emergency never pays less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), policyArb, (n, p) => {
        const amounts = (['general', 'serious', 'critical'] as const).map((severity) => {
          const r = temporaryAssistance(
            {
              area: 'urban',
              householdSize: n,
              event: { kind: 'suddenEvent', severity, basicLivingInHardship: true },
            },
            { ...p, temporaryAssistance: TA_RULES },
            { trace: false },
          );
          expect(r.status).toBe('eligible');
          return new Dec(r.amountPerEvent ?? '0');
        });
        expect(amounts[0]?.lte(amounts[1] as Dec)).toBe(true);
        expect(amounts[1]?.lte(amounts[2] as Dec)).toBe(true);
      }),
      RUNS,
    );
  });
});
