/**
 * Household CSV input for `dibao assess`: one row per member, rows of one household next to each other
 * and sharing `household_id`. Household columns may be repeated on every row or written only on the
 * household's first row; a later row that repeats one with a different value makes the household an
 * error record. Incomes are columns `income_<kind>_per_month`, `income_<kind>_per_year` and
 * `income_<kind>_since`; a member whose income cells are all empty has unknown income (write `0` for
 * "no income"). The full column set is documented in docs/cli.md.
 */
import type { CliIssue, CsvInputColumn, WorkItem } from '../batch/types.js';
import { UsageError } from '../usage-error.js';
import { checkHeader, setPath, typedCell } from './csv-cells.js';
import { fatalItem, fieldCountItem } from './csv-flat.js';
import type { CsvRow } from './csv-rows.js';

/** The column naming the household; rows with the same value in a run form one household. */
export const HOUSEHOLD_ID_COLUMN = 'household_id';

/** Household-level columns (paths inside the household record). */
export const HOUSEHOLD_COLUMNS: ReadonlyArray<CsvInputColumn> = [
  { column: 'assessment_date', path: ['assessmentDate'], type: 'string' },
  { column: 'area', path: ['area'], type: 'string' },
  { column: 'receiving_dibao', path: ['receivingDibao'], type: 'boolean' },
  { column: 'medical_out_of_pocket_per_year', path: ['medicalOutOfPocketPerYear'], type: 'money' },
  { column: 'financial_assets', path: ['property', 'financialAssets'], type: 'money' },
  { column: 'vehicles', path: ['property', 'vehicles'], type: 'integer' },
  { column: 'extra_housing_units', path: ['property', 'extraHousingUnits'], type: 'integer' },
  { column: 'property_meets_dibao', path: ['propertyAssessment', 'meetsDibao'], type: 'boolean' },
  { column: 'property_meets_low_income', path: ['propertyAssessment', 'meetsLowIncome'], type: 'boolean' },
];

/** Member-level columns (paths inside one member). */
export const MEMBER_COLUMNS: ReadonlyArray<CsvInputColumn> = [
  { column: 'member_id', path: ['id'], type: 'string' },
  { column: 'birth_date', path: ['birthDate'], type: 'string' },
  { column: 'sex', path: ['sex'], type: 'string' },
  { column: 'disability_category', path: ['disability', 'category'], type: 'string' },
  { column: 'disability_grade', path: ['disability', 'grade'], type: 'integer' },
  { column: 'serious_illness', path: ['seriousIllness'], type: 'boolean' },
  { column: 'labor_capacity', path: ['laborCapacity'], type: 'boolean' },
  { column: 'livelihood_source', path: ['livelihoodSource'], type: 'boolean' },
  { column: 'supporters', path: ['supporters'], type: 'string' },
  { column: 'employed', path: ['employed'], type: 'boolean' },
  { column: 'job_referral_refusals', path: ['jobReferralRefusals'], type: 'dateList' },
  { column: 'union_hardship_worker', path: ['unionHardshipWorker'], type: 'boolean' },
];

/** The income kinds of docs/contract.md#assesshousehold, each with three columns. */
export const INCOME_KINDS = ['employment', 'business', 'property', 'transfer', 'pension', 'other'] as const;

/** Income columns: `income_<kind>_per_month`, `income_<kind>_per_year`, `income_<kind>_since`. */
export const INCOME_COLUMNS: ReadonlyArray<CsvInputColumn> = INCOME_KINDS.flatMap((kind) => [
  { column: `income_${kind}_per_month`, path: [kind, 'perMonth'], type: 'money' as const },
  { column: `income_${kind}_per_year`, path: [kind, 'perYear'], type: 'money' as const },
  { column: `income_${kind}_since`, path: [kind, 'since'], type: 'string' as const },
]);

type Role = { col: CsvInputColumn; role: 'household' | 'member' | 'income' } | { role: 'id' };

interface Layout {
  roles: Role[];
  idIndex: number;
  width: number;
}

function layoutOf(header: ReadonlyArray<string>): Layout {
  const byName = new Map<string, Role>();
  byName.set(HOUSEHOLD_ID_COLUMN, { role: 'id' });
  for (const col of HOUSEHOLD_COLUMNS) byName.set(col.column, { col, role: 'household' });
  for (const col of MEMBER_COLUMNS) byName.set(col.column, { col, role: 'member' });
  for (const col of INCOME_COLUMNS) byName.set(col.column, { col, role: 'income' });
  const names = checkHeader(header, new Set(byName.keys()));
  const idIndex = names.indexOf(HOUSEHOLD_ID_COLUMN);
  if (idIndex < 0) {
    throw new UsageError(
      `CSV header: the column "${HOUSEHOLD_ID_COLUMN}" is required / 缺少 household_id 列`,
    );
  }
  return { roles: names.map((n) => byName.get(n) as Role), idIndex, width: names.length };
}

/** A household being gathered from its rows. */
class Gathering {
  readonly household: Record<string, unknown> = {};
  readonly members: Record<string, unknown>[] = [];
  readonly issues: CliIssue[] = [];
  /** The line each household column's value came from. */
  private readonly from = new Map<string, number>();

  constructor(
    readonly id: string,
    readonly line: number,
  ) {
    this.household.id = id;
  }

  addRow(layout: Layout, line: number, cells: ReadonlyArray<string>): void {
    const member: Record<string, unknown> = {};
    const incomes = new Map<string, Record<string, unknown>>();
    let memberCells = 0;
    layout.roles.forEach((role, i) => {
      if (role.role === 'id') return;
      const text = (cells[i] ?? '').trim();
      if (text === '') return;
      const value = typedCell(text, role.col.type);
      if (role.role === 'household') this.setHousehold(role.col, value, text, line);
      else if (role.role === 'member') {
        memberCells += 1;
        setPath(member, role.col.path, value);
      } else {
        memberCells += 1;
        const [kind, field] = role.col.path as [string, string];
        let entry = incomes.get(kind);
        if (!entry) {
          entry = { kind };
          incomes.set(kind, entry);
        }
        entry[field] = value;
      }
    });
    if (memberCells === 0) return; // a row carrying household columns only
    if (incomes.size > 0) member.incomes = [...incomes.values()];
    this.members.push(member);
  }

  private setHousehold(col: CsvInputColumn, value: unknown, text: string, line: number): void {
    const key = col.path.join('.');
    const first = this.from.get(key);
    if (first === undefined) {
      this.from.set(key, line);
      setPath(this.household, col.path, value);
      return;
    }
    let prev: unknown = this.household;
    for (const k of col.path) prev = (prev as Record<string, unknown>)[k];
    if (JSON.stringify(prev) !== JSON.stringify(value)) {
      this.issues.push({
        path: key,
        code: 'inconsistent',
        message: `同一户的 ${col.column} 前后不一致：第${first}行为 ${JSON.stringify(prev)}，第${line}行为 ${JSON.stringify(text)}`,
        messageEn: `${col.column} differs within the household: ${JSON.stringify(prev)} on line ${first}, ${JSON.stringify(text)} on line ${line}`,
      });
    }
  }

  item(): WorkItem {
    if (this.issues.length > 0) return { kind: 'error', line: this.line, id: this.id, issues: this.issues };
    return {
      kind: 'value',
      line: this.line,
      id: this.id,
      value: { ...this.household, members: this.members },
    };
  }
}

/** Turns CSV rows (the first is the header) into household records, one per run of `household_id`. */
export async function* householdCsvRecords(rows: AsyncIterable<CsvRow[]>): AsyncGenerator<WorkItem[]> {
  let layout: Layout | null = null;
  let current: Gathering | null = null;
  for await (const batch of rows) {
    const items: WorkItem[] = [];
    for (const row of batch) {
      if ('fatal' in row) {
        if (current) items.push(current.item());
        current = null;
        items.push(fatalItem(row.line, row.fatal));
        continue;
      }
      if (layout === null) {
        layout = layoutOf(row.cells);
        continue;
      }
      const id = (row.cells[layout.idIndex] ?? '').trim();
      if (current && current.id !== id) {
        items.push(current.item());
        current = null;
      }
      if (row.cells.length !== layout.width) {
        // The row cannot be read safely: the whole household becomes an error record.
        const bad = fieldCountItem(row.line, id || null, row.cells.length, layout.width);
        if (current && bad.kind === 'error') current.issues.push(...bad.issues);
        else if (id !== '') {
          current = new Gathering(id, row.line);
          if (bad.kind === 'error') current.issues.push(...bad.issues);
        } else items.push(bad);
        continue;
      }
      if (id === '') {
        items.push({
          kind: 'error',
          line: row.line,
          id: null,
          issues: [
            {
              path: 'id',
              code: 'required',
              message: `CSV 第${row.line}行缺少 household_id`,
              messageEn: `CSV line ${row.line} has no household_id`,
            },
          ],
        });
        continue;
      }
      if (!current) current = new Gathering(id, row.line);
      current.addRow(layout, row.line, row.cells);
    }
    if (items.length > 0) yield items;
  }
  if (current) yield [current.item()];
}
