/**
 * The explanation contract (DESIGN §2.5, §4) over generated inputs: every trace step of every rule has a stable
 * rule id, cites an article, lists its inputs as plain values and carries one Chinese note; every violation
 * and warning has an UPPER_SNAKE code, an article and a Chinese message (violations also an English one);
 * every `missing` entry is a JSON path. A step reads at least one value; a step without a result says why; a
 * checked proposal's note states the verdict of its output. A rule that drops, blanks or swaps a note fails here.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/trace.js';
import { assessHousehold } from '../../src/index.js';
import { dibaoStandards } from '../../src/rules/dibao-standard.js';
import { selfCareAbilityFromAdl } from '../../src/rules/self-care.js';
import { specialSupport } from '../../src/rules/special-support.js';
import { adlArb, householdArb, policyArb, standardsInputArb } from './arbitraries.js';
import { jsonProblems, moneyArb } from './helpers.js';

const CJK = /[\u4e00-\u9fff]/;
const RULE_ID = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
const ARTICLE = /第[0-9]+条|办法\([0-9]{4}\)/;
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const JSON_PATH = /^[A-Za-z][A-Za-z0-9]*(\[[0-9]+\]|\.[A-Za-z][A-Za-z0-9]*)*$/;
const STRYKER = /Stryker/i;
const ABSENT = /未知|待定|无法|未提供|未给出|未评估|不适用|不作/;
const UNKNOWN = /未知|待定|无法确定/;

function traceProblems(trace: readonly TraceStep[]): string[] {
  const out: string[] = [];
  trace.forEach((s, i) => {
    const at = `trace[${i}] ${s.rule}`;
    if (!RULE_ID.test(s.rule)) out.push(`${at}: rule id`);
    if (!ARTICLE.test(s.article)) out.push(`${at}: article ${JSON.stringify(s.article)}`);
    if (!CJK.test(s.note) || STRYKER.test(s.note)) out.push(`${at}: note ${JSON.stringify(s.note)}`);
    if (s.inputs === null || typeof s.inputs !== 'object' || Array.isArray(s.inputs))
      out.push(`${at}: inputs`);
    out.push(...jsonProblems(s.inputs, `${at}.inputs`), ...jsonProblems(s.output, `${at}.output`));
    for (const v of Object.values(s.inputs))
      if (typeof v === 'string' && STRYKER.test(v)) out.push(`${at}: input`);
    if (Object.keys(s.inputs).length === 0) out.push(`${at}: a step that read nothing`);
    // A step without a result says why (unknown, not given, not applicable) …
    if (s.output === null && !ABSENT.test(s.note))
      out.push(`${at}: null output, note ${JSON.stringify(s.note)}`);
    // … and the 第12条 steps say "unknown" only when they have no result.
    if (/^(specialSupport|selfCare)\./.test(s.rule) && UNKNOWN.test(s.note) && s.output !== null)
      out.push(`${at}: result ${JSON.stringify(s.output)} but note ${JSON.stringify(s.note)}`);
    // A checked proposal's note gives the verdict its output gives.
    if (/Proposed$/.test(s.rule) && s.note.includes('不符合') !== (s.output === false))
      out.push(`${at}: verdict ${JSON.stringify(s.output)}, note ${JSON.stringify(s.note)}`);
  });
  return out;
}

interface Remark {
  code: string;
  article: string;
  message: string;
  messageEn?: string;
  path?: string;
}

function remarkProblems(list: readonly Remark[], english: boolean): string[] {
  const out: string[] = [];
  for (const r of list) {
    if (!CODE.test(r.code)) out.push(`code ${r.code}`);
    if (!ARTICLE.test(r.article)) out.push(`${r.code}: article ${JSON.stringify(r.article)}`);
    if (!CJK.test(r.message) || STRYKER.test(r.message))
      out.push(`${r.code}: message ${JSON.stringify(r.message)}`);
    if (english && (!/[a-z]{3}/.test(r.messageEn ?? '') || STRYKER.test(r.messageEn ?? '')))
      out.push(`${r.code}: messageEn ${JSON.stringify(r.messageEn)}`);
    if (r.path !== undefined && !JSON_PATH.test(r.path)) out.push(`${r.code}: path ${r.path}`);
  }
  return out;
}

const pathProblems = (missing: readonly string[]) => missing.filter((p) => !JSON_PATH.test(p));

const standardsArb = standardsInputArb(fc.constantFrom('1', '0.01', '5'));

const supportArb = fc.record(
  {
    priorYearDibaoStandardPerMonth: moneyArb(0, 200_000),
    priorYearMinimumWagePerMonth: moneyArb(0, 500_000),
    selfCareAbility: fc.constantFrom('able', 'partiallyLost', 'fullyLost'),
    adl: adlArb,
    basicLivingMultiplier: fc.constantFrom('1.3', '1.2', '1.5'),
    careRates: fc.record({
      able: fc.constantFrom('0.1', '0.05'),
      partiallyLost: fc.constantFrom('0.2', '0.1'),
      fullyLost: fc.constantFrom('0.3', '0.25'),
    }),
  },
  { requiredKeys: ['priorYearDibaoStandardPerMonth', 'priorYearMinimumWagePerMonth'] },
);

describe('explanations: traces, violations, warnings and missing paths', () => {
  it('dibaoStandards (第4条)', () => {
    fc.assert(
      fc.property(standardsArb, (input) => {
        const r = dibaoStandards(input as Parameters<typeof dibaoStandards>[0]);
        expect(r.trace.length).toBeGreaterThan(0);
        const violations = [
          ...r.violations,
          ...(r.urban.proposed?.violations ?? []),
          ...(r.rural.proposed?.violations ?? []),
        ];
        expect([...traceProblems(r.trace), ...remarkProblems(violations, true)]).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('specialSupport (第12条) and selfCareAbilityFromAdl', () => {
    fc.assert(
      fc.property(supportArb, adlArb, (input, adl) => {
        let r: ReturnType<typeof specialSupport> | null = null;
        try {
          r = specialSupport(input as Parameters<typeof specialSupport>[0]);
        } catch {
          // a given ability that contradicts the ADL items is an input error, tested elsewhere
        }
        const s = selfCareAbilityFromAdl(adl);
        const problems = [...traceProblems(s.trace), ...pathProblems(s.missing)];
        if (r !== null)
          problems.push(
            ...traceProblems(r.trace),
            ...remarkProblems(r.violations, true),
            ...pathProblems(r.missing),
          );
        expect(problems).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('assessHousehold (第5、6、9、10、11条)', () => {
    fc.assert(
      fc.property(householdArb, policyArb(fc.boolean()), (h, p) => {
        const r = assessHousehold(h, p);
        expect(r.trace.length).toBeGreaterThan(0);
        expect([
          ...traceProblems(r.trace),
          ...remarkProblems(r.warnings, false),
          ...pathProblems(r.missing),
        ]).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
