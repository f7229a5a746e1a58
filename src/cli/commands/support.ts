/**
 * `dibao support <file>`: 第12条 特困人员 support standards (basic living and care) for each record of a
 * file of `specialSupport` inputs.
 */
import { specialSupport } from '../../rules/special-support.js';
import type { SpecialSupportInput } from '../../schema/special-support.js';
import { addSum, count, countsUnder, moneySum } from '../batch/tally.js';
import type { BatchSpec, CsvInputColumn } from '../batch/types.js';
import { at } from '../output/csv-output.js';
import { batchCommand } from './batch-command.js';
import { withoutRecordId } from './record-id.js';

interface SupportCtx {
  trace: boolean;
}

/** CSV input columns: one row per `specialSupport` input. */
export const SUPPORT_CSV_COLUMNS: ReadonlyArray<CsvInputColumn> = [
  { column: 'prior_year_dibao_standard_per_month', path: ['priorYearDibaoStandardPerMonth'], type: 'money' },
  { column: 'prior_year_minimum_wage_per_month', path: ['priorYearMinimumWagePerMonth'], type: 'money' },
  { column: 'self_care_ability', path: ['selfCareAbility'], type: 'string' },
  { column: 'adl_eating', path: ['adl', 'eating'], type: 'boolean' },
  { column: 'adl_dressing', path: ['adl', 'dressing'], type: 'boolean' },
  { column: 'adl_transferring', path: ['adl', 'transferring'], type: 'boolean' },
  { column: 'adl_toileting', path: ['adl', 'toileting'], type: 'boolean' },
  { column: 'adl_indoor_walking', path: ['adl', 'indoorWalking'], type: 'boolean' },
  { column: 'adl_bathing', path: ['adl', 'bathing'], type: 'boolean' },
  { column: 'basic_living_multiplier', path: ['basicLivingMultiplier'], type: 'money' },
  { column: 'care_rate_able', path: ['careRates', 'able'], type: 'money' },
  { column: 'care_rate_partially_lost', path: ['careRates', 'partiallyLost'], type: 'money' },
  { column: 'care_rate_fully_lost', path: ['careRates', 'fullyLost'], type: 'money' },
  { column: 'rounding_unit', path: ['roundingUnit'], type: 'money' },
];

const spec: BatchSpec<SupportCtx> = {
  name: 'support',
  csvInput: { kind: 'flat', columns: SUPPORT_CSV_COLUMNS },
  csvOutput: [
    { name: 'self_care_ability', cell: (r) => at(r, 'selfCareAbility'), codes: true },
    { name: 'basic_living_per_month', cell: (r) => at(r, 'basicLivingPerMonth') },
    { name: 'care_per_month', cell: (r) => at(r, 'carePerMonth') },
    { name: 'total_per_month', cell: (r) => at(r, 'totalPerMonth') },
    { name: 'missing', cell: (r) => at(r, 'missing') },
    { name: 'violations', cell: (r) => at(r, 'violations'), codes: true },
  ],
  evaluator: (ctx) => (record) =>
    specialSupport(withoutRecordId(record) as SpecialSupportInput, { trace: ctx.trace }),
  tally(result, tally) {
    const ability = at(result, 'selfCareAbility');
    count(tally, `selfCareAbility.${typeof ability === 'string' ? ability : 'unknown'}`);
    const total = at(result, 'totalPerMonth');
    if (typeof total === 'string') addSum(tally, 'totalPerMonth', total);
  },
  summary: (t) => [
    `生活自理能力 self-care ability: ${countsUnder(t, 'selfCareAbility', ['able', 'partiallyLost', 'fullyLost', 'unknown'])}`,
    `供养标准合计 total support: ${moneySum(t, 'totalPerMonth')} 元/月 per month (records with a known total)`,
  ],
};

/** The `support` command. */
export const supportCommand = batchCommand<SupportCtx>({
  spec,
  summary: '第12条 特困人员供养标准 / 第12条 extremely-poor support standards',
  help: `Usage: dibao support <file> [options]

第12条：特困人员基本生活标准与照料护理标准。
Each record is a specialSupport input (JSON Schema: dibao schema special-support-input), plus an
optional "id" carried to the output. CSV columns: ${SUPPORT_CSV_COLUMNS.map((c) => c.column).join(', ')}, id.`,
  prepare: async (values) => ({ trace: values.trace === true }),
});
