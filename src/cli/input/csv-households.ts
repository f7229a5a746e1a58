/**
 * Household CSV input for `dibao assess`: one row per member, rows of one household next to each other
 * and sharing `household_id`. Household columns may be repeated on every row or written only on the
 * household's first row; a later row that repeats one with a different value makes the household an
 * error record. Incomes are columns `income_<kind>_per_month`, `income_<kind>_per_year` and
 * `income_<kind>_since`; a member whose income cells are all empty has unknown income (write `0` for
 * "no income"). The full column set is documented in docs/cli.md.
 */
import { tooLargeItem } from '../batch/record-limits.js';
import type { CliIssue, CsvInputColumn, WorkItem } from '../batch/types.js';
import { UsageError } from '../usage-error.js';
import { checkHeader, setPath, typedCell } from './csv-cells.js';
import { fatalItem, fieldCountItem } from './csv-flat.js';
import type { CsvRow } from './csv-rows.js';

/** The column naming the household; rows with the same value in a run form one household. */
export const HOUSEHOLD_ID_COLUMN = 'household_id';
/** Its Chinese header. */
export const HOUSEHOLD_ID_ZH = '户编号';

const AREAS = { urban: ['城市', '城镇'], rural: ['农村'] } as const;
const SEXES = { male: ['男'], female: ['女'] } as const;
const SUPPORTERS = {
  none: ['无', '无义务人'],
  unable: ['无履行能力', '义务人无履行能力'],
  able: ['有履行能力', '义务人有履行能力'],
} as const;
const DISABILITY_CATEGORIES = {
  physical: ['肢体', '肢体残疾'],
  visual: ['视力', '视力残疾'],
  hearing: ['听力', '听力残疾'],
  speech: ['言语', '言语残疾'],
  intellectual: ['智力', '智力残疾'],
  mental: ['精神', '精神残疾'],
  multiple: ['多重', '多重残疾'],
} as const;

/** Household-level columns (paths inside the household record). */
export const HOUSEHOLD_COLUMNS: ReadonlyArray<CsvInputColumn> = [
  { column: 'assessment_date', zh: '评估日期', path: ['assessmentDate'], type: 'date' },
  { column: 'area', zh: '城乡类别', path: ['area'], type: 'choice', choices: AREAS },
  { column: 'receiving_dibao', zh: '正在享受低保', path: ['receivingDibao'], type: 'boolean' },
  {
    column: 'medical_out_of_pocket_per_year',
    zh: '自付医疗费用(元/年)',
    path: ['medicalOutOfPocketPerYear'],
    type: 'money',
  },
  { column: 'financial_assets', zh: '金融资产(元)', path: ['property', 'financialAssets'], type: 'money' },
  { column: 'vehicles', zh: '机动车辆数', path: ['property', 'vehicles'], type: 'integer' },
  {
    column: 'extra_housing_units',
    zh: '其他住房套数',
    path: ['property', 'extraHousingUnits'],
    type: 'integer',
  },
  {
    column: 'property_meets_dibao',
    zh: '财产符合低保条件',
    path: ['propertyAssessment', 'meetsDibao'],
    type: 'boolean',
  },
  {
    column: 'property_meets_low_income',
    zh: '财产符合低收入条件',
    path: ['propertyAssessment', 'meetsLowIncome'],
    type: 'boolean',
  },
];

/** Member-level columns (paths inside one member). */
export const MEMBER_COLUMNS: ReadonlyArray<CsvInputColumn> = [
  { column: 'member_id', zh: '成员编号', path: ['id'], type: 'string' },
  { column: 'birth_date', zh: '出生日期', path: ['birthDate'], type: 'date' },
  { column: 'sex', zh: '性别', path: ['sex'], type: 'choice', choices: SEXES },
  {
    column: 'disability_category',
    zh: '残疾类别',
    path: ['disability', 'category'],
    type: 'choice',
    choices: DISABILITY_CATEGORIES,
  },
  { column: 'disability_grade', zh: '残疾等级', path: ['disability', 'grade'], type: 'integer' },
  { column: 'serious_illness', zh: '重病患者', path: ['seriousIllness'], type: 'boolean' },
  { column: 'labor_capacity', zh: '有劳动能力', path: ['laborCapacity'], type: 'boolean' },
  { column: 'livelihood_source', zh: '有生活来源', path: ['livelihoodSource'], type: 'boolean' },
  {
    column: 'supporters',
    zh: '赡养抚养扶养义务人',
    path: ['supporters'],
    type: 'choice',
    choices: SUPPORTERS,
  },
  { column: 'employed', zh: '已就业', path: ['employed'], type: 'boolean' },
  {
    column: 'job_referral_refusals',
    zh: '拒绝职业介绍日期',
    path: ['jobReferralRefusals'],
    type: 'dateList',
  },
  { column: 'union_hardship_worker', zh: '工会困难职工', path: ['unionHardshipWorker'], type: 'boolean' },
];

/** The income kinds of docs/contract.md#assesshousehold, each with three columns. */
export const INCOME_KINDS = ['employment', 'business', 'property', 'transfer', 'pension', 'other'] as const;

/** The Chinese names of the income kinds, as in the household schema's descriptions. */
const INCOME_KINDS_ZH: Readonly<Record<(typeof INCOME_KINDS)[number], string>> = {
  employment: '工资性收入',
  business: '经营净收入',
  property: '财产净收入',
  transfer: '转移净收入',
  pension: '养老金',
  other: '其他收入',
};

/** Income columns: `income_<kind>_per_month`, `income_<kind>_per_year`, `income_<kind>_since`. */
export const INCOME_COLUMNS: ReadonlyArray<CsvInputColumn> = INCOME_KINDS.flatMap((kind) => [
  {
    column: `income_${kind}_per_month`,
    zh: `${INCOME_KINDS_ZH[kind]}(元/月)`,
    path: [kind, 'perMonth'],
    type: 'money' as const,
  },
  {
    column: `income_${kind}_per_year`,
    zh: `${INCOME_KINDS_ZH[kind]}(元/年)`,
    path: [kind, 'perYear'],
    type: 'money' as const,
  },
  {
    column: `income_${kind}_since`,
    zh: `${INCOME_KINDS_ZH[kind]}起始日期`,
    path: [kind, 'since'],
    type: 'date' as const,
  },
]);

/** Every Chinese header of the household CSV, with its column (documented in docs/cli.md). */
export const HOUSEHOLD_CSV_ALIASES: ReadonlyMap<string, string> = new Map([
  [HOUSEHOLD_ID_ZH, HOUSEHOLD_ID_COLUMN],
  ...[...HOUSEHOLD_COLUMNS, ...MEMBER_COLUMNS, ...INCOME_COLUMNS].map(
    (c) => [c.zh as string, c.column] as [string, string],
  ),
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
  const names = checkHeader(header, new Set(byName.keys()), HOUSEHOLD_CSV_ALIASES);
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
  /** Characters in the household's cells so far; past the limit its rows are no longer kept. */
  private chars = 0;

  constructor(
    readonly id: string,
    readonly line: number,
    private readonly maxChars: number,
  ) {
    this.household.id = id;
  }

  addRow(layout: Layout, line: number, cells: ReadonlyArray<string>): void {
    for (const c of cells) this.chars += c.length;
    if (this.chars > this.maxChars) {
      this.members.length = 0;
      return;
    }
    const member: Record<string, unknown> = {};
    const incomes = new Map<string, Record<string, unknown>>();
    let memberCells = 0;
    layout.roles.forEach((role, i) => {
      if (role.role === 'id') return;
      const text = (cells[i] ?? '').trim();
      if (text === '') return;
      const value = typedCell(text, role.col);
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
    if (this.chars > this.maxChars)
      return tooLargeItem(this.line, this.id, this.chars, this.maxChars, 'characters');
    if (this.issues.length > 0)
      return { kind: 'error', line: this.line, id: this.id, name: 'CsvError', issues: this.issues };
    return {
      kind: 'value',
      line: this.line,
      id: this.id,
      value: { ...this.household, members: this.members },
    };
  }
}

/** Turns CSV rows (the first is the header) into household records, one per run of `household_id`. */
export async function* householdCsvRecords(
  rows: AsyncIterable<CsvRow[]>,
  maxChars = Number.POSITIVE_INFINITY,
): AsyncGenerator<WorkItem[]> {
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
          current = new Gathering(id, row.line, maxChars);
          if (bad.kind === 'error') current.issues.push(...bad.issues);
        } else items.push(bad);
        continue;
      }
      if (id === '') {
        items.push({
          kind: 'error',
          name: 'CsvError',
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
      if (!current) current = new Gathering(id, row.line, maxChars);
      current.addRow(layout, row.line, row.cells);
    }
    if (items.length > 0) yield items;
  }
  if (current) yield [current.item()];
}
