/**
 * `dibao entitlements <file> --policy <policy.json>` or `--region <code|name>`: 第10–21条 — every measure
 * owed to each household of a file and its members (assessHousehold, then entitlements), one output record
 * per household. `--region` works as for `assess` (src/cli/commands/region-policy.ts).
 */
import { assessHousehold } from '../../assess.js';
import { entitlements } from '../../rules/entitlements.js';
import type { Household } from '../../schema/household.js';
import type { Policy } from '../../schema/policy.js';
import { count } from '../batch/tally.js';
import type { BatchSpec } from '../batch/types.js';
import { at } from '../output/csv-output.js';
import { UsageError } from '../usage-error.js';
import { type AssessCtx, loadPolicy, prepareRegion, REGION_POLICY_HELP } from './assess.js';
import { batchCommand } from './batch-command.js';
import type { OptionValues } from './command.js';
import { type LocalFigures, regionPolicies } from './region-policy.js';

/** As for `assess`: one policy, or `--region` with local figures. */
type EntitlementsCtx = AssessCtx;

const STATUSES = ['applies', 'undetermined', 'notApplicable'];

function measures(result: unknown): unknown[] {
  const m = at(result, 'measures');
  return Array.isArray(m) ? m : [];
}

function measureText(m: unknown): string {
  const paths = at(m, 'memberPaths');
  const who = Array.isArray(paths) && paths.length > 0 ? ` ${paths.join('+')}` : '';
  const amount = at(m, 'amountPerMonth') ?? at(m, 'amountPerYear') ?? at(m, 'amountPerEvent');
  return `${String(at(m, 'article'))} ${String(at(m, 'measure'))}${who} ${String(at(m, 'status'))}${
    typeof amount === 'string' ? ` ${amount}` : ''
  }`;
}

const spec: BatchSpec<EntitlementsCtx> = {
  name: 'entitlements',
  csvInput: { kind: 'households' },
  csvOutput: [
    { name: 'household_class', cell: (r) => at(r, 'householdClass') },
    { name: 'measures', cell: (r) => measures(r).map(measureText) },
    {
      name: 'undetermined',
      cell: (r) => measures(r).filter((m) => at(m, 'status') === 'undetermined').length,
    },
    { name: 'missing', cell: (r) => at(r, 'missing') },
    { name: 'warnings', cell: (r) => at(r, 'warnings') },
  ],
  evaluator: (ctx) => {
    const options = { trace: ctx.trace };
    const policyOf =
      ctx.region === null
        ? () => ctx.policy as Policy
        : regionPolicies(ctx.region, ctx.policy as LocalFigures | null);
    return (record) => {
      const household = record as Household;
      const policy = policyOf(record);
      return entitlements(household, assessHousehold(household, policy, { trace: false }), policy, options);
    };
  },
  tally(result, tally) {
    for (const m of measures(result)) {
      count(tally, `measure.${String(at(m, 'measure'))}`);
      count(tally, `status.${String(at(m, 'status'))}`);
    }
  },
  summary: (t) => [
    `措施 measures: ${
      Object.entries(t.counts)
        .filter(([k]) => k.startsWith('measure.'))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k.slice('measure.'.length)} ${v}`)
        .join(', ') || '—'
    }`,
    `状态 status: ${STATUSES.map((s) => `${s} ${t.counts[`status.${s}`] ?? 0}`).join(', ')}`,
  ],
};

async function prepare(values: OptionValues, io: Parameters<typeof loadPolicy>[1]): Promise<EntitlementsCtx> {
  if (typeof values.region === 'string') return prepareRegion('entitlements', values, io);
  if (typeof values.policy !== 'string') {
    throw new UsageError(
      'entitlements needs --policy <policy.json> or --region <code|name> / 需要 --policy 政策文件或 --region 区划代码或名称',
    );
  }
  return { trace: values.trace === true, policy: await loadPolicy(values.policy, io), region: null };
}

/** The `entitlements` command. */
export const entitlementsCommand = batchCommand<EntitlementsCtx>({
  spec,
  summary: '各项救助措施清单 / every measure owed to a household (第10–21条)',
  help: `Usage: dibao entitlements <file> (--policy <policy.json> | --region <code|name> [--policy <local.json>]) [options]

第10–21条：先按 assessHousehold 认定家庭类别，再列出家庭及成员可享受的全部救助措施（增发补助金、
社区服务、特困供养、临时救助、医疗救助与医保缴费补助、教育、住房、就业、社会保险衔接），每项注明条款、
成员、触发事实与金额；缺少事实的措施列为 undetermined 并给出 missing。
Each record is a household (JSON Schema: dibao schema household; the optional facts of docs/entitlements.md).
The policy may hold the optional blocks "entitlements" and "temporaryAssistance" (docs/entitlements.md).

Policy / 政策参数 (one of):
  -p, --policy <file>      the policy JSON for every household
  -r, --region <region>    the Jilin data pack's policy for this region (code or full name) on each
                           household's assessment date, as for dibao assess
${REGION_POLICY_HELP}`,
  options: { policy: { type: 'string', short: 'p' }, region: { type: 'string', short: 'r' } },
  prepare,
});
