/**
 * `dibao standards <file>`: 第4条 local 低保 standards (floor, cap, minimum, rural standard, compliance of
 * a proposed standard) for each record of a file of `dibaoStandards` inputs.
 */
import { dibaoStandards } from '../../rules/dibao-standard.js';
import type { DibaoStandardsInput } from '../../schema/dibao-standards.js';
import { count, countsUnder } from '../batch/tally.js';
import type { BatchSpec, CsvInputColumn } from '../batch/types.js';
import { at } from '../output/csv-output.js';
import { batchCommand } from './batch-command.js';
import { withoutRecordId } from './record-id.js';

interface StandardsCtx {
  trace: boolean;
}

/** CSV input columns: one row per `dibaoStandards` input. */
export const STANDARDS_CSV_COLUMNS: ReadonlyArray<CsvInputColumn> = [
  { column: 'year', path: ['year'], type: 'integer' },
  { column: 'urban_disposable_income_per_year', path: ['urbanDisposableIncomePerYear'], type: 'money' },
  { column: 'rural_disposable_income_per_year', path: ['ruralDisposableIncomePerYear'], type: 'money' },
  { column: 'minimum_wage_per_month', path: ['minimumWagePerMonth'], type: 'money' },
  { column: 'poverty_line_per_year', path: ['povertyLinePerYear'], type: 'money' },
  {
    column: 'provincial_guidance_urban_per_month',
    path: ['provincialGuidance', 'urbanPerMonth'],
    type: 'money',
  },
  {
    column: 'provincial_guidance_rural_per_month',
    path: ['provincialGuidance', 'ruralPerMonth'],
    type: 'money',
  },
  { column: 'proposed_urban_per_month', path: ['proposed', 'urbanPerMonth'], type: 'money' },
  { column: 'proposed_rural_per_month', path: ['proposed', 'ruralPerMonth'], type: 'money' },
  { column: 'rounding_unit', path: ['roundingUnit'], type: 'money' },
];

const spec: BatchSpec<StandardsCtx> = {
  name: 'standards',
  csvInput: { kind: 'flat', columns: STANDARDS_CSV_COLUMNS },
  csvOutput: [
    { name: 'year', cell: (r) => at(r, 'year') },
    { name: 'urban_floor_per_month', cell: (r) => at(r, 'urban', 'floorPerMonth') },
    { name: 'urban_cap_per_month', cell: (r) => at(r, 'urban', 'capPerMonth') },
    { name: 'urban_feasible', cell: (r) => at(r, 'urban', 'feasible') },
    { name: 'urban_minimum_per_month', cell: (r) => at(r, 'urban', 'minimumPerMonth') },
    { name: 'urban_proposed_per_month', cell: (r) => at(r, 'urban', 'proposed', 'perMonth') },
    { name: 'urban_proposed_compliant', cell: (r) => at(r, 'urban', 'proposed', 'compliant') },
    { name: 'rural_income_ratio', cell: (r) => at(r, 'rural', 'incomeRatio') },
    { name: 'rural_basis_urban_per_month', cell: (r) => at(r, 'rural', 'basisUrbanPerMonth') },
    { name: 'rural_derived_per_month', cell: (r) => at(r, 'rural', 'derivedPerMonth') },
    { name: 'rural_poverty_line_per_month', cell: (r) => at(r, 'rural', 'povertyLinePerMonth') },
    { name: 'rural_minimum_per_month', cell: (r) => at(r, 'rural', 'minimumPerMonth') },
    { name: 'rural_proposed_per_month', cell: (r) => at(r, 'rural', 'proposed', 'perMonth') },
    { name: 'rural_proposed_compliant', cell: (r) => at(r, 'rural', 'proposed', 'compliant') },
    {
      name: 'violations',
      codes: true,
      cell: (r) => [
        ...((at(r, 'violations') as unknown[] | undefined) ?? []),
        ...((at(r, 'urban', 'proposed', 'violations') as unknown[] | undefined) ?? []),
        ...((at(r, 'rural', 'proposed', 'violations') as unknown[] | undefined) ?? []),
      ],
    },
  ],
  evaluator: (ctx) => (record) =>
    dibaoStandards(withoutRecordId(record) as DibaoStandardsInput, { trace: ctx.trace }),
  tally(result, tally) {
    count(tally, `feasible.${String(at(result, 'urban', 'feasible'))}`);
    for (const area of ['urban', 'rural'] as const) {
      const compliant = at(result, area, 'proposed', 'compliant');
      if (typeof compliant === 'boolean')
        count(tally, `${area}Proposed.${compliant ? 'compliant' : 'notCompliant'}`);
    }
  },
  summary: (t) => [
    `城市标准区间可行 urban band feasible: ${countsUnder(t, 'feasible', ['true', 'false'])}`,
    `城市拟定标准 urban proposed: ${countsUnder(t, 'urbanProposed', ['compliant', 'notCompliant'])}`,
    `农村拟定标准 rural proposed: ${countsUnder(t, 'ruralProposed', ['compliant', 'notCompliant'])}`,
  ],
};

/** The `standards` command. */
export const standardsCommand = batchCommand<StandardsCtx>({
  spec,
  summary: '第4条 城乡低保标准测算 / 第4条 local dibao standards from Y−2 statistics',
  help: `Usage: dibao standards <file> [options]

第4条：按上上年度统计数据测算当地城乡低保标准（下限、上限、最低标准、农村标准）并核查拟定标准。
Each record is a dibaoStandards input (JSON Schema: dibao schema dibao-standards-input), plus an
optional "id" carried to the output. CSV columns: ${STANDARDS_CSV_COLUMNS.map((c) => c.column).join(', ')}, id.`,
  prepare: async (values) => ({ trace: values.trace === true }),
});
