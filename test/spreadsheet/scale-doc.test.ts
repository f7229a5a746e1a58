/**
 * The UDF bodies of docs/scale.md, taken from the document and run the way each engine runs them, in a bare
 * V8 context (no Node globals): BigQuery loads the library file into the UDF's global scope and calls the
 * body as a function of the SQL arguments (JSON text); Snowflake evaluates the body, with the bundle pasted
 * in, as a function of upper-case arguments holding VARIANT objects, keeping globals between rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessHousehold, type Household, type Policy } from '../../src/index.js';
import { bundleSource, ROOT } from './bundle.js';

const doc = readFileSync(join(ROOT, 'docs', 'scale.md'), 'utf8');

function between(start: string, end: string): string {
  const i = doc.indexOf(start);
  const j = doc.indexOf(end, i + start.length);
  if (i < 0 || j < 0) throw new Error(`docs/scale.md: no text between ${start} and ${end}`);
  return doc.slice(i + start.length, j);
}

const household: Household = {
  id: 'H-1',
  assessmentDate: '2024-06-30',
  area: 'urban',
  receivingDibao: false,
  members: [
    {
      birthDate: '1950-03-01',
      sex: 'male',
      incomes: [{ kind: 'pension', perMonth: '300' }],
      seriousIllness: true,
    },
    { birthDate: '2012-09-01', incomes: [] },
  ],
  propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
};
const policy: Policy = JSON.parse(between("SELECT '", "' AS json")) as Policy;

let source = '';
beforeAll(async () => {
  source = await bundleSource();
}, 60_000);

describe('docs/scale.md UDF bodies', () => {
  it('BigQuery: the library in the global scope, the body as a function of STRING arguments', () => {
    const body = between('AS r"""', '""";');
    const ctx = vm.createContext({});
    vm.runInContext(source, ctx);
    const udf = vm.runInContext(`(function (household, policy) {${body}})`, ctx) as (
      h: string,
      p: string,
    ) => string;
    const out = udf(JSON.stringify(household), JSON.stringify(policy));
    expect(out).toBe(JSON.stringify(assessHousehold(household, policy, { trace: false })));
    const r = JSON.parse(out) as { class: string; benefit: { totalPerMonth: string } };
    // (770 − 300 ÷ 2) × 2 = 1240；70岁以上 0.1 × 770 = 77 与重病 0.3 × 770 = 231 取高 231；未成年 0.1 × 770 = 77 → 1548
    expect(r.class).toBe('dibao');
    expect(r.benefit.totalPerMonth).toBe('1548.00');
    const bad = JSON.parse(udf(JSON.stringify({ ...household, area: 'city' }), JSON.stringify(policy))) as {
      error: { issues: Array<{ path: string }> };
    };
    expect(bad.error.issues[0]?.path).toBe('household.area');
  });

  it('Snowflake: the bundle pasted into the body, evaluated once, VARIANT objects in', () => {
    const body = between('AS $$', '$$;').replace(/^.*\/\/ BUNDLE:.*$/m, () => source);
    expect(body).toContain('var DibaoRules=');
    const ctx = vm.createContext({});
    const udf = vm.runInContext(`(function (HOUSEHOLD, POLICY) {${body}})`, ctx) as (
      h: unknown,
      p: unknown,
    ) => unknown;
    const snowflakePolicy = JSON.parse(between("PARSE_JSON('", "')) AS r")) as Policy;
    const hObj = vm.runInContext(`(${JSON.stringify(household)})`, ctx) as unknown;
    const pObj = vm.runInContext(`(${JSON.stringify(snowflakePolicy)})`, ctx) as unknown;
    const first = udf(hObj, pObj);
    const rules = vm.runInContext('DIBAO_RULES', ctx) as unknown;
    const second = udf(hObj, pObj);
    expect(vm.runInContext('DIBAO_RULES', ctx)).toBe(rules); // loaded once, kept between rows
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(first)).toBe(
      JSON.stringify(assessHousehold(household, snowflakePolicy, { trace: false })),
    );
  });
});
