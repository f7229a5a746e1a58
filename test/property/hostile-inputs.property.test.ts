/**
 * Any value, however hostile, gives every public function (everything `src/index.ts` and the Jilin pack
 * export) a result or a DibaoInputError — never a RangeError, a TypeError or a hang: deep, bigint, cyclic,
 * getter and proxy values, as a whole argument or in place of any field of a valid one. A refusal names the
 * field; a value read twice cannot pass validation with one value and reach the result with another.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as jilin from '../../src/data/jilin/index.js';
import { DibaoDataError } from '../../src/data/jilin/index.js';
import * as root from '../../src/index.js';
import {
  assessHousehold,
  assessHouseholds,
  assessPreparedHousehold,
  DibaoInputError,
  entitlements,
  prepareHouseholdPolicy,
  simulate,
} from '../../src/index.js';
import * as schemas from '../../src/schemas.js';

/** Everything the package exports: the root, `dibao-rules/jilin` and `dibao-rules/schemas`. */
const api = { ...root, ...jilin, ...schemas };

import { expectCleanJson, jsonPaths, replaceAt } from './helpers.js';
import { deepArray, HOSTILE, hostileArb, lyingProxy, withGetter } from './hostile.js';

type Json = unknown;
const fixture = (concept: string, file: string): Record<string, Json> =>
  (
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', concept, file), 'utf8')) as {
      input: Record<string, Json>;
    }
  ).input;

const assessInput = fixture('assess-household', '03-three-person-mixed-income.json');
const entitlementsInput = fixture('entitlements', '01-dibao-grant-community-service.json');
const household = assessInput.household;
const policy = assessInput.policy;
const eHousehold = entitlementsInput.household;
const ePolicy = entitlementsInput.policy;
const eAssessment = JSON.parse(
  JSON.stringify(assessHousehold(eHousehold as never, ePolicy as never)),
) as Json;
const standards = fixture('dibao-standard', '01-changchun-2022-guidance-binds.json');
const support = fixture('special-support', '01-adl-0-failed-able.json');
const temporary = fixture('temporary-assistance', '01-emergency-general-township.json');
const study = fixture('simulate', '01-standard-rise-grant-cut.json');
const residency = { assessmentDate: '2019-03-01', hukou: 'rural', settledInCity: true };
const simulation = JSON.parse(
  JSON.stringify(simulate(study.households as never, study.basePolicy as never, study.reformPolicy as never)),
) as Json;

/** Every public function with valid arguments (JSON values; the options argument last where there is one). */
const CALLS: ReadonlyArray<readonly [string, (...args: never[]) => unknown, readonly Json[]]> = [
  ['assessHousehold', api.assessHousehold, [household, policy, { trace: false }]],
  ['assessHouseholds', api.assessHouseholds, [[household, household], policy, { trace: true }]],
  [
    'assessPreparedHousehold',
    (h: never, p: never, o: never) => api.assessPreparedHousehold(h, api.prepareHouseholdPolicy(p), o),
    [household, policy, {}],
  ],
  ['prepareHouseholdPolicy', api.prepareHouseholdPolicy, [policy]],
  ['dibaoStandards', api.dibaoStandards, [standards, {}]],
  ['entitlements', api.entitlements, [eHousehold, eAssessment, ePolicy, { trace: true }]],
  ['residencyStandardArea', api.residencyStandardArea, [residency, {}]],
  ['selfCareAbilityFromAdl', api.selfCareAbilityFromAdl, [support.adl, {}]],
  ['selfCareLevelForFailedItems', api.selfCareLevelForFailedItems, [2]],
  ['specialSupport', api.specialSupport, [support, {}]],
  ['temporaryAssistance', api.temporaryAssistance, [temporary.case, temporary.policy, {}]],
  ['simulate', api.simulate, [study.households, study.basePolicy, study.reformPolicy, { trace: false }]],
  ['renderSimulationHtml', api.renderSimulationHtml, [simulation, { title: '测算' }]],
  ['jsonSchemaFor', api.jsonSchemaFor, ['household']],
  ['isJsonSchemaName', api.isJsonSchemaName, ['household']],
  ['dibaoStandardsFor', api.dibaoStandardsFor, ['220100', 2022, {}, { trace: false }]],
  ['provincialGuidanceFor', api.provincialGuidanceFor, ['220100', 2022, 'urban', {}]],
  ['localStandardOn', api.localStandardOn, ['220100', '2020-06-01', 'urban', {}]],
  ['localStandardForYear', api.localStandardForYear, ['220100', 2020, 'urban', {}]],
  ['minimumWageOn', api.minimumWageOn, ['220100', '2020-06-01', {}]],
  ['minimumWageForYear', api.minimumWageForYear, ['220100', 2020, {}]],
  ['policyFor', api.policyFor, ['220100', '2020-06-01', {}, {}]],
  ['specialSupportFor', api.specialSupportFor, ['220100', 2020, 'urban', 'able', {}]],
  ['disposableIncomeFor', api.disposableIncomeFor, ['220100', 2020, 'urban', {}]],
  ['povertyLineFor', api.povertyLineFor, [2020, {}]],
  ['findRegion', api.findRegion, ['220100']],
  ['lookupRegion', api.lookupRegion, ['长春市']],
  ['explainAssessment', api.explainAssessment, [household, policy, undefined, { articleTexts: true }]],
  ['explainStandards', api.explainStandards, [standards, {}]],
  ['explainSupport', api.explainSupport, [support, {}]],
  ['labelZh', api.labelZh, ['lowIncome']],
  ['rulesVersionPolicies', api.rulesVersionPolicies, [policy]],
  ['rulesVersionOn', api.rulesVersionOn, ['2021-07-01']],
];

/** The call's result (clean JSON), or `null` for a DibaoInputError (or the pack's DibaoDataError). */
function settle(name: string, run: () => unknown): DibaoInputError | DibaoDataError | null {
  let result: unknown;
  try {
    result = run();
  } catch (e) {
    if (e instanceof DibaoInputError) {
      expect(e.issues.length, name).toBeGreaterThan(0);
      for (const i of e.issues) {
        expect(typeof i.path).toBe('string');
        expect(i.message.length + i.messageEn.length).toBeLessThan(1000); // an excerpt, never the value
      }
      expect(JSON.stringify(e).length).toBeLessThan(20_000);
      return e;
    }
    if (e instanceof DibaoDataError) return e;
    throw new Error(`${name} threw ${String((e as Error)?.name)}: ${String((e as Error)?.message)}`);
  }
  if (typeof result !== 'string' && typeof result !== 'boolean' && result !== undefined)
    expectCleanJson(JSON.parse(JSON.stringify(result)));
  return null;
}

function callPaths(args: readonly Json[]): Array<{ arg: number; path: Array<string | number> }> {
  const out: Array<{ arg: number; path: Array<string | number> }> = [];
  args.forEach((a, arg) => {
    out.push({ arg, path: [] });
    for (const path of jsonPaths(a)) out.push({ arg, path });
  });
  return out;
}

describe('every public function: any value gives a result or a DibaoInputError', () => {
  it('the library exports no function this property leaves out', () => {
    const covered = new Set(CALLS.map(([name]) => name));
    const functions = Object.entries(api)
      .filter(([name, v]) => typeof v === 'function' && !/^[A-Z]/.test(name))
      .map(([name]) => name);
    expect(functions.filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(CALLS)('%s: each argument hostile as a whole', (name, fn, args) => {
    for (const [label, make] of HOSTILE) {
      for (let arg = 0; arg < Math.max(args.length, 1); arg++) {
        const call = [...args];
        call[arg] = make();
        expect(() => settle(`${name} arg ${arg} = ${label}`, () => fn(...(call as never[])))).not.toThrow();
      }
    }
  });

  it('any field of a valid argument replaced by a hostile value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALLS),
        fc.nat(),
        hostileArb,
        ([name, fn, args], pick, [label, make]) => {
          const all = callPaths(args);
          const at = all[pick % all.length] as { arg: number; path: Array<string | number> };
          const call = [...args];
          call[at.arg] = at.path.length === 0 ? make() : replaceAt(args[at.arg], at.path, make());
          const e = settle(`${name} args[${at.arg}].${at.path.join('.')} = ${label}`, () =>
            fn(...(call as never[])),
          );
          if (e instanceof DibaoInputError && at.path.length > 0 && /deep|bigint|cyclic/.test(label)) {
            // The refusal is somewhere on the way to the field, never a pathless error.
            expect(e.issues.some((i) => i.path !== '')).toBe(true);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('named refusals', () => {
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoInputError);
      return (e as DibaoInputError).issues;
    }
    throw new Error('expected a DibaoInputError');
  };

  it('a 5 000-deep value in a household is too_deep at its field, not a RangeError', () => {
    const h = replaceAt(household, ['members', 0, 'incomes'], deepArray(5000));
    const issues = issuesOf(() => assessHousehold(h as never, policy as never));
    expect(issues[0]).toMatchObject({ code: 'too_deep' });
    expect(issues[0]?.path.startsWith('members[0].incomes')).toBe(true);
  });

  it('a cycle is named cyclic where it closes', () => {
    const h = JSON.parse(JSON.stringify(household)) as { members: Array<Record<string, unknown>> };
    (h.members[0] as Record<string, unknown>).self = h.members[0];
    expect(issuesOf(() => assessHousehold(h as never, policy as never))).toEqual([
      expect.objectContaining({ path: 'members[0].self', code: 'cyclic' }),
    ]);
  });

  it('a bigint is invalid_type at its field', () => {
    const h = replaceAt(household, ['members', 1, 'birthDate'], 19800501n);
    expect(issuesOf(() => assessHousehold(h as never, policy as never))).toEqual([
      expect.objectContaining({ path: 'members[1].birthDate', code: 'invalid_type' }),
    ]);
  });

  it('a getter that throws an object whose toString throws is unreadable at its field', () => {
    const h = withGetter(
      'area',
      () => {
        throw {
          toString: () => {
            throw new Error('no');
          },
        };
      },
      household as object,
    );
    expect(issuesOf(() => assessHousehold(h as never, policy as never))).toEqual([
      expect.objectContaining({ path: 'area', code: 'unreadable' }),
    ]);
  });

  it('a 5 MB bad text is quoted as a short excerpt, once', () => {
    const big = 'x'.repeat(5_000_000);
    const h = replaceAt(household, ['members', 0, 'birthDate'], big);
    const issues = issuesOf(() => assessHousehold(h as never, policy as never));
    expect(issues[0]).toMatchObject({ path: 'members[0].birthDate', code: 'invalid_date' });
    expect(JSON.stringify(issues).length).toBeLessThan(1000);
    expect(issues[0]?.messageEn).toContain('(5000000)');
  });

  it('simulate reports a deep household as that household’s error and goes on (never a RangeError)', () => {
    const households = [...(study.households as Json[])];
    const before = simulate(households as never, study.basePolicy as never, study.reformPolicy as never);
    households[1] = deepArray(5000);
    const r = simulate(households as never, study.basePolicy as never, study.reformPolicy as never);
    expect(r.counts.errors).toBe(before.counts.errors + 1);
    expect(r.errors.find((e) => e.index === 1)).toMatchObject({
      issues: [
        expect.objectContaining({ path: expect.stringMatching(/^households\[1\]\[0\]/), code: 'too_deep' }),
      ],
    });
    expect(r.counts.assessed).toBe(before.counts.assessed - 1);
  });
});

describe('each input is read once', () => {
  it('a member id that is a string on the first read and a number afterwards never reaches the result as a number', () => {
    const lying = () => {
      const h = JSON.parse(JSON.stringify(household)) as { members: Array<Record<string, unknown>> };
      h.members[0] = lyingProxy({ ...(h.members[0] as object), id: 'first' }, 42);
      return h;
    };
    for (const run of [
      () => assessHousehold(lying() as never, policy as never),
      () => assessHousehold(lying() as never, policy as never, { trace: false }),
      () => assessHouseholds([lying()] as never, policy as never)[0],
      () => assessPreparedHousehold(lying() as never, prepareHouseholdPolicy(policy as never)),
      () => simulate([lying()] as never, policy as never, policy as never),
    ]) {
      const r = run() as root.HouseholdAssessment | root.SimulationResult;
      if ('members' in r) expect(r.members[0]?.id).toBe('first');
      else expect(r.counts).toEqual({ households: 1, assessed: 1, errors: 0 });
    }
  });

  it('a getter that answers differently on each read is called once', () => {
    let reads = 0;
    const h = withGetter('id', () => (++reads === 1 ? 'H-1' : 7), household as object);
    const r = assessHousehold(h as never, policy as never);
    expect(r.id).toBe('H-1');
    expect(reads).toBe(1);
  });

  it('entitlements reads household, assessment and policy once each', () => {
    let reads = 0;
    const h = withGetter('id', () => (++reads === 1 ? 'E-1' : 7), eHousehold as object);
    const r = entitlements(h as never, eAssessment as never, ePolicy as never);
    expect(r.id).toBe('E-1');
    expect(reads).toBe(1);
  });
});
