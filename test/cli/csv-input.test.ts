import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../src/cli/batch/types.js';
import { STANDARDS_CSV_COLUMNS } from '../../src/cli/commands/standards.js';
import { flatCsvRecords } from '../../src/cli/input/csv-flat.js';
import { householdCsvRecords } from '../../src/cli/input/csv-households.js';
import { readCsvRows } from '../../src/cli/input/csv-rows.js';
import { UsageError } from '../../src/cli/usage-error.js';

async function* one(text: string): AsyncGenerator<string> {
  yield text;
}

async function households(csv: string): Promise<WorkItem[]> {
  const out: WorkItem[] = [];
  for await (const items of householdCsvRecords(readCsvRows(one(csv)))) out.push(...items);
  return out;
}

describe('household CSV (one row per member)', () => {
  it('groups consecutive rows by household_id; household columns may be on the first row only', async () => {
    const csv = [
      'household_id,assessment_date,area,member_id,birth_date,sex,income_employment_per_month,income_pension_per_year,financial_assets,vehicles',
      'h1,2024-06-30,urban,m1,1980-05-01,male,1200,,5000,0',
      'h1,,,m2,2012-03-04,female,,,,',
      'h2,2024-06-30,rural,m1,1950-01-01,female,0,9600,,',
    ].join('\n');
    const items = await households(csv);
    expect(items).toEqual([
      {
        kind: 'value',
        line: 2,
        id: 'h1',
        value: {
          id: 'h1',
          assessmentDate: '2024-06-30',
          area: 'urban',
          property: { financialAssets: '5000', vehicles: 0 },
          members: [
            {
              id: 'm1',
              birthDate: '1980-05-01',
              sex: 'male',
              incomes: [{ kind: 'employment', perMonth: '1200' }],
            },
            // all income cells empty: income unknown (incomes absent), never zero
            { id: 'm2', birthDate: '2012-03-04', sex: 'female' },
          ],
        },
      },
      {
        kind: 'value',
        line: 4,
        id: 'h2',
        value: {
          id: 'h2',
          assessmentDate: '2024-06-30',
          area: 'rural',
          members: [
            {
              id: 'm1',
              birthDate: '1950-01-01',
              sex: 'female',
              incomes: [
                { kind: 'employment', perMonth: '0' },
                { kind: 'pension', perYear: '9600' },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('types booleans, integers and date lists; leaves text that does not fit for the schema to reject', async () => {
    const csv = [
      'household_id,assessment_date,receiving_dibao,birth_date,employed,disability_category,disability_grade,job_referral_refusals,serious_illness',
      'h,2024-06-30,是,1980-01-01,false,physical,2,2024-01-05; 2024-02-06,maybe',
    ].join('\n');
    const [item] = await households(csv);
    expect(item).toMatchObject({
      kind: 'value',
      value: {
        receivingDibao: true,
        members: [
          {
            employed: false,
            disability: { category: 'physical', grade: 2 },
            jobReferralRefusals: ['2024-01-05', '2024-02-06'],
            seriousIllness: 'maybe',
          },
        ],
      },
    });
  });

  it('accepts a household-only first row, and quoted fields with commas and line breaks', async () => {
    const csv = 'household_id,area,member_id,birth_date\n"h,1",urban,,\n"h,1",,"m\n1",1990-01-01\n';
    const [item] = await households(csv);
    expect(item).toMatchObject({
      kind: 'value',
      id: 'h,1',
      value: { area: 'urban', members: [{ id: 'm\n1', birthDate: '1990-01-01' }] },
    });
  });

  it('makes a household whose repeated household column differs an error record naming both lines', async () => {
    const csv =
      'household_id,area,birth_date\nh1,urban,1990-01-01\nh1,rural,1991-01-01\nh2,urban,1980-01-01\n';
    const items = await households(csv);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      kind: 'error',
      line: 2,
      id: 'h1',
      issues: [{ path: 'area', code: 'inconsistent' }],
    });
    expect((items[0] as { issues: Array<{ messageEn: string }> }).issues[0]?.messageEn).toContain('line 3');
    expect(items[1]).toMatchObject({ kind: 'value', id: 'h2' });
  });

  it('turns a row with the wrong number of fields into an error for its household, and goes on', async () => {
    const csv = 'household_id,area,birth_date\nh1,urban\nh2,urban,1980-01-01\n,urban,1980-01-01\n';
    const items = await households(csv);
    expect(items.map((i) => [i.kind, i.line, i.kind === 'text' ? undefined : i.id])).toEqual([
      ['error', 2, 'h1'],
      ['value', 3, 'h2'],
      ['error', 4, null],
    ]);
    expect(items[0]).toMatchObject({ issues: [{ code: 'csv_field_count' }] });
    expect(items[2]).toMatchObject({ issues: [{ path: 'id', code: 'required' }] });
  });

  it('refuses an unknown or duplicate column, or a missing household_id column, as a usage error', async () => {
    await expect(households('household_id,birth_dat\nh,1990-01-01\n')).rejects.toThrow(UsageError);
    await expect(households('household_id,area,area\nh,urban,urban\n')).rejects.toThrow(/duplicate/);
    await expect(households('area,birth_date\nurban,1990-01-01\n')).rejects.toThrow(/household_id/);
  });

  it('ends with one error record at an unclosed quote', async () => {
    const items = await households(
      'household_id,area,birth_date\nh1,urban,1990-01-01\nh2,"urban,1990-01-01\n',
    );
    expect(items.map((i) => i.kind)).toEqual(['value', 'error']);
    expect(items[1]).toMatchObject({ issues: [{ code: 'invalid_csv' }] });
  });
});

describe('flat CSV (one row per record)', () => {
  it('maps columns to nested fields and carries the id', async () => {
    const csv =
      'id,year,urban_disposable_income_per_year,provincial_guidance_urban_per_month,rounding_unit\n长春,2019,34560,600,\n';
    const out: WorkItem[] = [];
    for await (const items of flatCsvRecords(readCsvRows(one(csv)), STANDARDS_CSV_COLUMNS))
      out.push(...items);
    expect(out).toEqual([
      {
        kind: 'value',
        line: 2,
        id: '长春',
        value: {
          id: '长春',
          year: 2019,
          urbanDisposableIncomePerYear: '34560',
          provincialGuidance: { urbanPerMonth: '600' },
        },
      },
    ]);
  });
});
