/**
 * What the service does, without HTTP: one function per endpoint, from a parsed JSON body to the result
 * the endpoint returns (or a thrown `DibaoInputError` / `DibaoDataError`). Pure — no I/O, no clock, no
 * state — so the HTTP server (src/server/http.ts) and the offline caseworker page (the same functions in
 * the browser) give the same answers.
 */
import { assessHousehold, assessPreparedHousehold, prepareHouseholdPolicy } from '../assess.js';
import { DibaoInputError } from '../core/errors.js';
import { DibaoDataError } from '../data/jilin/data-error.js';
import { dibaoStandardsFor } from '../data/jilin/dibao-standards-for.js';
import { provincialGuidanceFor } from '../data/jilin/guidance.js';
import { localStandardOn } from '../data/jilin/local-standards.js';
import { minimumWageOn } from '../data/jilin/minimum-wage.js';
import { policyFor } from '../data/jilin/policy-for.js';
import { findRegion, JILIN_REGIONS } from '../data/jilin/regions.js';
import { specialSupportFor } from '../data/jilin/special-support-for.js';
import { explainAssessment } from '../explain/explain-assessment.js';
import { dibaoStandards } from '../rules/dibao-standard.js';
import { entitlements } from '../rules/entitlements.js';
import { specialSupport } from '../rules/special-support.js';
import { temporaryAssistance } from '../rules/temporary-assistance.js';
import type { DibaoStandardsInput } from '../schema/dibao-standards.js';
import type { Household } from '../schema/household.js';
import type { Policy } from '../schema/policy.js';
import type { SpecialSupportInput } from '../schema/special-support.js';
import type { TemporaryAssistanceCase } from '../schema/temporary-assistance.js';
import { simulate } from '../simulate/simulate.js';
import { envelope, within } from './request-fields.js';

/** Options every POST endpoint takes from its query string. */
export interface CallOptions {
  /** Include the rule trace in the result (`?trace=true`); default false. */
  trace: boolean;
}

/** `assessHousehold` on `{ household, policy }`, each problem named under its part. */
function assessEnvelope(household: unknown, policy: unknown, trace: boolean) {
  try {
    return assessHousehold(household as Household, policy as Policy, { trace });
  } catch (e) {
    if (!(e instanceof DibaoInputError)) throw e;
    // Which part is at fault: the policy alone first, then the household under the valid policy.
    const prepared = within('policy', () => prepareHouseholdPolicy(policy as Policy));
    return within('household', () => assessPreparedHousehold(household as Household, prepared, { trace }));
  }
}

/** POST /assess — `{ household, policy }` → `assessHousehold` (第5、6、7、9、10、11条, the 低保金). */
export function assessOperation(body: unknown, o: CallOptions) {
  const { household, policy } = envelope(body, ['household', 'policy']);
  return assessEnvelope(household, policy, o.trace);
}

/**
 * POST /explain — `{ household, policy, articleTexts? }` → the assessment and its 核算说明 (`text`,
 * `markdown`; `explainAssessment`), the quoted article texts at the end unless `articleTexts` is false.
 * The assessment carries its trace only with `?trace=true` (the text is made from it either way).
 */
export function explainOperation(body: unknown, o: CallOptions) {
  const parts = envelope(body, ['household', 'policy'], ['articleTexts']);
  if (parts.articleTexts !== undefined && typeof parts.articleTexts !== 'boolean')
    throw new DibaoInputError([
      {
        path: 'articleTexts',
        code: 'invalid_type',
        message: '字段类型应为 boolean',
        messageEn: 'expected boolean',
      },
    ]);
  const assessment = assessEnvelope(parts.household, parts.policy, true);
  const { text, markdown } = explainAssessment(
    parts.household as Household,
    parts.policy as Policy,
    assessment,
    { articleTexts: parts.articleTexts !== false },
  );
  return { assessment: o.trace ? assessment : { ...assessment, trace: [] }, text, markdown };
}

/** POST /standards — a `dibao-standards-input` document → `dibaoStandards` (第4条). */
export function standardsOperation(body: unknown, o: CallOptions) {
  return dibaoStandards(body as DibaoStandardsInput, { trace: o.trace });
}

/** POST /support — a `special-support-input` document → `specialSupport` (第12条). */
export function supportOperation(body: unknown, o: CallOptions) {
  return specialSupport(body as SpecialSupportInput, { trace: o.trace });
}

/** POST /entitlements — `{ household, policy }` → the household assessed, then `entitlements` (第10–21条). */
export function entitlementsOperation(body: unknown, o: CallOptions) {
  const { household, policy } = envelope(body, ['household', 'policy']);
  const assessment = assessEnvelope(household, policy, false);
  return entitlements(household as Household, assessment, policy as Policy, { trace: o.trace });
}

/** POST /temporary-assistance — `{ case, policy }` → `temporaryAssistance` (第14条). */
export function temporaryAssistanceOperation(body: unknown, o: CallOptions) {
  const parts = envelope(body, ['case', 'policy']);
  within('policy', () => prepareHouseholdPolicy(parts.policy as Policy));
  return within('case', () =>
    temporaryAssistance(parts.case as TemporaryAssistanceCase, parts.policy as Policy, { trace: o.trace }),
  );
}

/** POST /simulate — `{ households, basePolicy, reformPolicy }` → `simulate` (第4条, 第28条, 第30条). */
export function simulateOperation(body: unknown, o: CallOptions) {
  const parts = envelope(body, ['households', 'basePolicy', 'reformPolicy']);
  return simulate(parts.households as Household[], parts.basePolicy as Policy, parts.reformPolicy as Policy, {
    trace: o.trace,
  });
}

/** One region of the pack as listed by GET /parameters. */
export interface RegionEntry {
  code: string;
  name: string;
  kind: string;
  prefectureCode: string | null;
}

/** GET /parameters — every region of the Jilin data pack. */
export function regionsOperation(): { regions: RegionEntry[] } {
  return {
    regions: JILIN_REGIONS.map((r) => ({
      code: r.code,
      name: r.name,
      kind: r.kind,
      prefectureCode: r.prefectureCode,
    })),
  };
}

/** A pack value, or `null` with the reason in `missing` (each missing value listed once). */
function lookUp<T>(missing: Array<ReturnType<DibaoDataError['toJSON']>>, f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof DibaoDataError) {
      const j = e.toJSON();
      if (!missing.some((m) => m.value === j.value && m.period === j.period)) missing.push(j);
      return null;
    }
    throw e;
  }
}

/**
 * GET /parameters/<region>?date=YYYY-MM-DD — what the Jilin data pack holds for a region on a date, each
 * value with its source: the local urban and rural 低保 standards in force, the minimum wage, the
 * provincial guidance of the year, 第4条 (`dibaoStandardsFor`) and 第12条 (`specialSupportFor`) for the
 * year, and the `policy` for `assessHousehold` (`null` when the pack lacks a
 * standard; `missing` then says which and how to supply it). An unknown region throws `DibaoDataError`
 * (`unknownRegion`); a malformed date `DibaoInputError`.
 */
export function parametersOperation(regionCode: string, date: string) {
  const policy = policyLookup(regionCode, date);
  const resolved = findRegion(regionCode);
  const missing: Array<ReturnType<DibaoDataError['toJSON']>> = [];
  const year = Number(date.slice(0, 4));
  return {
    region: resolved?.region ?? null,
    ...(resolved?.district ? { district: resolved.district } : {}),
    ...(resolved?.formerCode ? { formerCode: resolved.formerCode } : {}),
    date,
    policy: policy.policy,
    dibaoStandardPerMonth: {
      urban: lookUp(missing, () => localStandardOn(regionCode, date, 'urban')),
      rural: lookUp(missing, () => localStandardOn(regionCode, date, 'rural')),
    },
    minimumWage: lookUp(missing, () => minimumWageOn(regionCode, date)),
    provincialGuidance: {
      urban: lookUp(missing, () => provincialGuidanceFor(regionCode, year, 'urban')),
      rural: lookUp(missing, () => provincialGuidanceFor(regionCode, year, 'rural')),
    },
    // 第4条 for the date's year from the pack's Y−2 statistics, and 第12条 from its Y−1 standard and wage.
    standards: lookUp(missing, () => dibaoStandardsFor(regionCode, year, undefined, { trace: false })),
    specialSupport: {
      urban: lookUp(missing, () => specialSupportFor(regionCode, year, 'urban', null, { trace: false })),
      rural: lookUp(missing, () => specialSupportFor(regionCode, year, 'rural', null, { trace: false })),
    },
    missing,
  };
}

/** `policyFor` with a pack gap as `null` (unknown regions and bad dates still throw). */
function policyLookup(regionCode: string, date: string): { policy: Policy | null } {
  try {
    return { policy: policyFor(regionCode, date) };
  } catch (e) {
    if (e instanceof DibaoDataError && e.code === 'notInPack') return { policy: null };
    throw e;
  }
}
