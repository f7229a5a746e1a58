/**
 * `dibao assess <file> --policy <policy.json>` or `--region <code|name>`: 第5、6、9、10、11条 household
 * classification and the monthly 低保金 for each household of a file. The policy is read and checked
 * once, before the first household; a bad policy is a usage error (exit code 2), a bad household an error
 * record. With `--region`, each household gets the Jilin data pack's policy for that region on its own
 * assessment date (`policyFor`), with a `--policy` file of local figures, if also given, laid over it
 * (src/cli/commands/region-policy.ts).
 */
import { assessHousehold, assessPreparedHousehold, prepareHouseholdPolicy } from '../../assess.js';
import { DibaoInputError } from '../../core/errors.js';
import type { ResolvedRegion } from '../../data/jilin/regions.js';
import type { Household } from '../../schema/household.js';
import { parseInput } from '../../schema/parse.js';
import { type Policy, policySchema } from '../../schema/policy.js';
import { addSum, count, countsUnder, moneySum } from '../batch/tally.js';
import type { BatchSpec } from '../batch/types.js';
import { HOUSEHOLD_COLUMNS, INCOME_COLUMNS, MEMBER_COLUMNS } from '../input/csv-households.js';
import { readJsonFile } from '../input/json-file.js';
import type { CliIo } from '../io.js';
import { assessmentJson } from '../output/assessment-json.js';
import { at } from '../output/csv-output.js';
import { UsageError } from '../usage-error.js';
import { batchCommand } from './batch-command.js';
import type { OptionValues } from './command.js';
import {
  checkLocalFigures,
  type LocalFigures,
  provenanceLine,
  regionPolicies,
  resolveRegionOption,
} from './region-policy.js';

/** The cloneable context of an assess run. */
export interface AssessCtx {
  trace: boolean;
  /** The policy as written in the `--policy` file (already checked); with `region`, the local figures or `null`. */
  policy: unknown;
  /** `--region`: the code of the Jilin pack's unit whose policy each household gets on its assessment date. */
  region: string | null;
}

const HOUSEHOLD_CLASSES = ['dibao', 'lowIncome', 'none', 'undetermined'];
const MEMBER_CLASSES = ['extremelyPoor', 'dibao', 'lowIncome', 'none', 'undetermined'];

/** The counter keys of the known classes, built once (not a template string per household). */
const countKeys = (prefix: string, names: readonly string[]): Map<unknown, string> =>
  new Map(names.map((n) => [n, `${prefix}.${n}`]));
const HOUSEHOLD_KEYS = countKeys('household', HOUSEHOLD_CLASSES);
const MEMBER_KEYS = countKeys('member', MEMBER_CLASSES);

function members(result: unknown): unknown[] {
  const m = at(result, 'members');
  return Array.isArray(m) ? m : [];
}

const spec: BatchSpec<AssessCtx> = {
  name: 'assess',
  csvInput: { kind: 'households' },
  csvOutput: [
    { name: 'class', cell: (r) => at(r, 'class'), codes: true },
    { name: 'basis', cell: (r) => at(r, 'basis'), codes: true },
    { name: 'standard_per_month', cell: (r) => at(r, 'standardPerMonth') },
    { name: 'per_capita_income_per_month', cell: (r) => at(r, 'perCapitaIncomePerMonth') },
    { name: 'illness_class', cell: (r) => at(r, 'illnessExpenditure', 'class'), codes: true },
    {
      name: 'illness_per_capita_income_per_month',
      cell: (r) => at(r, 'illnessExpenditure', 'perCapitaIncomePerMonth'),
    },
    { name: 'members', cell: (r) => members(r).length },
    { name: 'member_classes', cell: (r) => members(r).map((m) => at(m, 'class')), codes: true },
    { name: 'base_per_month', cell: (r) => at(r, 'benefit', 'basePerMonth') },
    { name: 'special_grants_per_month', cell: (r) => at(r, 'benefit', 'specialGrantsPerMonth') },
    { name: 'total_per_month', cell: (r) => at(r, 'benefit', 'totalPerMonth') },
    { name: 'missing', cell: (r) => at(r, 'missing') },
    { name: 'warnings', cell: (r) => at(r, 'warnings'), codes: true },
  ],
  evaluator: (ctx) => {
    const options = { trace: ctx.trace };
    if (ctx.region !== null) {
      const policyOf = regionPolicies(ctx.region, ctx.policy as LocalFigures | null);
      return (record) => assessHousehold(record as Household, policyOf(record), options);
    }
    // Validated and prepared once for the whole run (each worker thread prepares its own copy).
    const prepared = prepareHouseholdPolicy(ctx.policy as Policy);
    return (record) => assessPreparedHousehold(record as Household, prepared, options);
  },
  resultJson: assessmentJson,
  tally(result, tally) {
    const cls = at(result, 'class');
    count(tally, HOUSEHOLD_KEYS.get(cls) ?? `household.${String(cls)}`);
    for (const m of members(result)) {
      const mc = at(m, 'class');
      count(tally, MEMBER_KEYS.get(mc) ?? `member.${String(mc)}`);
    }
    const total = at(result, 'benefit', 'totalPerMonth');
    if (typeof total === 'string') addSum(tally, 'benefitTotalPerMonth', total);
  },
  summary: (t) => [
    `家庭分类 households: ${countsUnder(t, 'household', HOUSEHOLD_CLASSES)}`,
    `成员分类 members: ${countsUnder(t, 'member', MEMBER_CLASSES)}`,
    `低保金合计 total monthly benefit: ${moneySum(t, 'benefitTotalPerMonth')} 元/月`,
  ],
};

/**
 * Reads and checks the `--policy` file; problems are usage errors naming the policy field. With the
 * `region` of `--region`, the file holds local figures laid over the pack's policy ({@link checkLocalFigures}).
 */
export async function loadPolicy(file: string, io: CliIo, region?: ResolvedRegion): Promise<unknown> {
  const policy = await readJsonFile(file, io.cwd, { en: 'policy file', zh: '政策文件' }, 'policy');
  if (region !== undefined) return checkLocalFigures(policy, file, region);
  try {
    parseInput(policySchema, policy);
  } catch (e) {
    if (e instanceof DibaoInputError) {
      const lines = e.issues.map((i) => `  policy.${i.path}: ${i.message} / ${i.messageEn} [${i.code}]`);
      throw new UsageError(`the policy file ${file} is invalid / 政策文件有误:\n${lines.join('\n')}`);
    }
    throw e;
  }
  return policy;
}

async function prepare(values: OptionValues, io: CliIo): Promise<AssessCtx> {
  const trace = values.trace === true;
  const policyFile = typeof values.policy === 'string' ? values.policy : null;
  if (typeof values.region === 'string') return prepareRegion('assess', values, io);
  if (policyFile === null) {
    throw new UsageError(
      'assess needs --policy <policy.json> or --region <code|name> / 需要 --policy 政策文件或 --region 区划代码或名称',
    );
  }
  return { trace, policy: await loadPolicy(policyFile, io), region: null };
}

/**
 * The context of `--region` (with or without a `--policy` file of local figures), shared by `assess` and
 * `entitlements`; says on stderr where the policy comes from unless `--quiet`.
 */
export async function prepareRegion(command: string, values: OptionValues, io: CliIo): Promise<AssessCtx> {
  const resolved = resolveRegionOption(String(values.region));
  const policyFile = typeof values.policy === 'string' ? values.policy : null;
  const local = policyFile === null ? null : ((await loadPolicy(policyFile, io, resolved)) as LocalFigures);
  if (values.quiet !== true) io.stderr.write(provenanceLine(command, resolved, policyFile, local));
  return { trace: values.trace === true, policy: local, region: resolved.region.code };
}

/** The help lines on `--policy` with `--region`, shared by `assess` and `entitlements`. */
export const REGION_POLICY_HELP = `  -r … -p <file>           with --region, a --policy file holds local figures laid over the pack's:
                           any policy field (property limits, grant rates, exemption, options; a
                           standard replaces the pack's), plus "sources" {field: where it comes
                           from} and "note"; example: examples/policy-local-changchun.json`;

/** The `assess` command. */
export const assessCommand = batchCommand<AssessCtx>({
  spec,
  summary: '家庭分类与低保金 / household class and monthly dibao benefit (第5、6、9、10、11条)',
  help: `Usage: dibao assess <file> (--policy <policy.json> | --region <code|name> [--policy <local.json>]) [options]

第5、6、9、10、11条：认定每户的收入类别（低保 / 低收入 / 不符合 / 待定）、成员特困认定、
第10条特殊群体加发与每月低保金。
Each record is a household (JSON Schema: dibao schema household). The policy file holds the local
standards and options (JSON Schema: dibao schema policy).
CSV input: one row per member, grouped by household_id; columns in docs/cli.md:
  household: household_id, ${HOUSEHOLD_COLUMNS.map((c) => c.column).join(', ')}
  member:    ${MEMBER_COLUMNS.map((c) => c.column).join(', ')}
  income:    income_<kind>_per_month | _per_year | _since, kind = employment, business, property,
             transfer, pension, other (${INCOME_COLUMNS.length} columns)

Policy / 政策参数 (one of):
  -p, --policy <file>      the policy JSON for every household
  -r, --region <region>    the Jilin data pack's policy for this region on each household's
                           assessment date: a GB/T 2260 code (220100) or the full name (长春市,
                           延吉市); a partial or unknown name lists the candidates
${REGION_POLICY_HELP}`,
  options: {
    policy: { type: 'string', short: 'p' },
    region: { type: 'string', short: 'r' },
  },
  prepare,
});

/** `assess`'s policy options, shared by `dibao explain`. */
export { prepare as prepareAssessContext };
