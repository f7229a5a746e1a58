/**
 * `--region` of `assess` and `entitlements`: the Jilin data pack's policy for a region (by code or by name)
 * on each household's assessment date, with the caller's local figures (`--policy`) laid over it. The pack
 * gives what it holds (the region and its 低保 standards in force); the file gives the figures the pack
 * lacks (property limits, grant rates, the exemption, options, …) and may replace the pack's standards.
 */
import { isIsoDate } from '../../core/dates.js';
import { DibaoInputError } from '../../core/errors.js';
import { DibaoDataError } from '../../data/jilin/data-error.js';
import { type PolicyOverrides, policyFor } from '../../data/jilin/policy-for.js';
import { lookupRegion } from '../../data/jilin/region-query.js';
import { findRegion, type JilinRegion, type ResolvedRegion, regionLabel } from '../../data/jilin/regions.js';
import { householdSchema } from '../../schema/household.js';
import { parseInput } from '../../schema/parse.js';
import { type Policy, policySchema } from '../../schema/policy.js';
import { RecordFailure } from '../batch/record-failure.js';
import { UsageError } from '../usage-error.js';

/** The caller's local figures: a part of a policy, laid over the pack's (cloneable for worker threads). */
export interface LocalFigures {
  /** Policy fields, as written in the file (checked); `dibaoStandardPerMonth` may give either part. */
  figures: PolicyOverrides & { region?: { code: string; name: string } };
  /** The file's `sources`: where each figure comes from, by field path. */
  sources: Record<string, string>;
}

function candidateList(candidates: readonly JilinRegion[]): string {
  return candidates.map((c) => `  ${c.code}  ${c.name}`).join('\n');
}

/**
 * The unit of the pack that `--region` names, by code or by name; an unknown or partial name is a usage
 * error listing the units it may mean.
 */
export function resolveRegionOption(value: string): ResolvedRegion {
  const found = lookupRegion(value);
  if (found.kind === 'found') return found.resolved;
  const list = found.candidates.length > 0 ? `\n${candidateList(found.candidates)}` : '';
  if (found.kind === 'ambiguous') {
    throw new UsageError(
      `--region "${value}" names more than one region of the Jilin data pack; give one of these codes / 区划名称对应多个地区，请改用代码:${list}`,
    );
  }
  throw new UsageError(
    found.candidates.length > 0
      ? `unknown region "${value}"; did you mean one of these? (give the code or the full name) / 数据包中没有该地区，是否指以下地区（请写代码或全称）:${list}`
      : `unknown region "${value}": give a GB/T 2260 code such as 220100 or a full name such as 长春市, 延吉市 / 数据包中没有该区划代码或名称`,
  );
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function hasPath(obj: Record<string, unknown>, path: string): boolean {
  let at: unknown = obj;
  for (const key of path.split('.')) {
    if (!isRecord(at) || !Object.hasOwn(at, key)) return false;
    at = at[key];
  }
  return true;
}

/**
 * Checks a `--policy` file given with `--region` and splits it into figures and their sources: every policy
 * fields (a `dibaoStandardPerMonth` with one part or none is fine — the pack gives the rest), a `region`
 * only if it is the same unit as `--region`, and two documentation keys: `sources` (field path → where
 * the figure comes from; each path must be a figure of the file) and `note`. Problems are usage errors
 * naming the field.
 */
export function checkLocalFigures(policy: unknown, file: string, region: ResolvedRegion): LocalFigures {
  const invalid = (lines: string[]) =>
    new UsageError(`the policy file ${file} is invalid / 政策文件有误:\n${lines.join('\n')}`);
  if (!isRecord(policy)) throw invalid(['  policy: must be a JSON object / 须为 JSON 对象']);
  const { sources = {}, note, ...figures } = policy;
  const problems: string[] = [];
  if (note !== undefined && typeof note !== 'string')
    problems.push('  policy.note: must be a text / 须为文字');
  if (!isRecord(sources)) problems.push('  policy.sources: must be an object of texts / 须为对象');
  else
    for (const [path, text] of Object.entries(sources)) {
      if (typeof text !== 'string') problems.push(`  policy.sources.${path}: must be a text / 须为文字`);
      else if (!hasPath(figures, path))
        problems.push(`  policy.sources.${path}: the file gives no figure "${path}" / 文件中没有该项数值`);
    }
  if (problems.length > 0) throw invalid(problems);
  const own = figures.region;
  if (own !== undefined) {
    const code = isRecord(own) && typeof own.code === 'string' ? own.code : '';
    const same = findRegion(code)?.region;
    if (same !== region.region) {
      throw new UsageError(
        `the policy file ${file} is for region ${JSON.stringify(own)}, but --region names ${regionLabel(region.region)} / 政策文件的 region 与 --region 不是同一地区`,
      );
    }
  }
  try {
    // The pack fills in the standards: check the rest with stand-in standards.
    const given = isRecord(figures.dibaoStandardPerMonth) ? figures.dibaoStandardPerMonth : {};
    parseInput(policySchema, { ...figures, dibaoStandardPerMonth: { urban: '1', rural: '1', ...given } });
  } catch (e) {
    if (e instanceof DibaoInputError)
      throw invalid(e.issues.map((i) => `  policy.${i.path}: ${i.message} / ${i.messageEn} [${i.code}]`));
    throw e;
  }
  return {
    figures: figures as LocalFigures['figures'],
    sources: Object.fromEntries(Object.entries(sources as Record<string, string>)),
  };
}

/**
 * The pack's missing-value error as a CLI user reads it: the library key that would supply the value
 * (`overrides.dibaoStandardPerMonth.urban`) becomes the `--policy` file's field.
 */
function cliMessages(e: DibaoDataError): { en: string; zh: string } {
  let en = e.message;
  let zh = e.messageZh;
  for (const supplyAs of [e.supplyAs, ...e.alsoMissing.map((m) => m.supplyAs)]) {
    if (supplyAs === null || !supplyAs.startsWith('overrides.')) continue;
    const field = supplyAs.slice('overrides.'.length);
    en = en.split(supplyAs).join(`"${field}" in the --policy file`);
    zh = zh.split(`${supplyAs} 提供`).join(`--policy 文件的 ${field} 字段提供`).split(supplyAs).join(field);
  }
  return { en, zh };
}

/** Distinct assessment dates whose pack policy is kept (the cache is emptied when full: memory stays flat). */
const POLICY_CACHE_SIZE = 4096;

/**
 * The per-household policy of `--region`: the pack's policy for `regionCode` on the household's assessment
 * date with `local` laid over it. A household without a valid assessment date, or on a date the pack has
 * no standard for (and the file gives none), is that household's error record.
 */
export function regionPolicies(regionCode: string, local: LocalFigures | null): (record: unknown) => Policy {
  const { region, ...overrides } = local?.figures ?? {};
  const cache = new Map<string, Policy | RecordFailure>();
  return (record) => {
    const date = isRecord(record) ? record.assessmentDate : undefined;
    if (typeof date !== 'string' || !isIsoDate(date)) {
      parseInput(householdSchema, record); // throws the household's own issues, assessmentDate among them
      throw new RecordFailure('DibaoInputError', 'assessmentDate is required to look up the policy', [
        {
          path: 'assessmentDate',
          code: 'required',
          message: '缺少评估日期',
          messageEn: 'assessmentDate is missing',
        },
      ]);
    }
    let hit = cache.get(date);
    if (hit === undefined) {
      try {
        const pack = policyFor(regionCode, date, overrides);
        hit = region === undefined ? pack : { ...pack, region };
      } catch (e) {
        if (!(e instanceof DibaoDataError)) throw e;
        const { en, zh } = cliMessages(e);
        hit = new RecordFailure(e.name, en, [
          { path: 'assessmentDate', code: e.code, message: zh, messageEn: en },
        ]);
      }
      if (cache.size >= POLICY_CACHE_SIZE) cache.clear();
      cache.set(date, hit);
    }
    if (hit instanceof RecordFailure) throw hit;
    return hit;
  };
}

/**
 * One line for stderr saying where the run's policy comes from: the pack for the region (its standards
 * on each assessment date) and the file for the figures it gives.
 */
export function provenanceLine(
  command: string,
  region: ResolvedRegion,
  file: string | null,
  local: LocalFigures | null,
): string {
  const given = local ? Object.keys(local.figures).filter((k) => k !== 'region') : [];
  const standards = local?.figures.dibaoStandardPerMonth;
  const packStandards = (['urban', 'rural'] as const).filter((a) => standards?.[a] === undefined);
  const pack =
    packStandards.length > 0
      ? `吉林数据包 Jilin data pack ${regionLabel(region.region)}: dibaoStandardPerMonth.${packStandards.join('/')} in force on each assessment date`
      : `吉林数据包 Jilin data pack ${regionLabel(region.region)}: the region only`;
  const fromFile = file !== null && given.length > 0 ? `; ${file}: ${given.join(', ')}` : '';
  const unset = LOCAL_FIGURES.filter((f) => !given.includes(f.field));
  const note =
    unset.length === 0
      ? ''
      : `dibao ${command}: 未设定 not set (neither in the pack nor in a --policy file): ${unset
          .map((f) => `${f.field} — ${f.without}`)
          .join('; ')}\n`;
  return `dibao ${command}: 政策 policy = ${pack}${fromFile}\n${note}`;
}

/** The local figures the pack never holds, and what the rules do without them. */
const LOCAL_FIGURES: ReadonlyArray<{ field: string; without: string }> = [
  {
    field: 'propertyLimits',
    without:
      '未附核对结论（propertyAssessment）的家庭，财产条件无法判断 / the property test of a household without propertyAssessment is unknown',
  },
  {
    field: 'specialGrantRates',
    without: '第10条增发比例未设定，按 0 计 / 第10条 grants count 0 (SPECIAL_GRANT_RATE_NOT_SET)',
  },
  {
    field: 'employmentIncomeExemption',
    without: '第11条就业收入不豁免 / no 第11条 exemption of employment income',
  },
];
