/**
 * The 核算说明 of a 第4条 standards result and of a 第12条 特困 support result: the conclusion, every step in words
 * with its numbers and article, the violations in words and the quoted article texts. Derived from the result
 * (computed here from the input) and its trace.
 */

import { OPTIONS_PATH, readOnce } from '../core/read-once.js';
import type { TraceStep } from '../core/trace.js';
import { codeLabelZh } from '../labels/code-label.js';
import { dibaoStandards } from '../rules/dibao-standard.js';
import { specialSupport } from '../rules/special-support.js';
import type { RuleViolation } from '../rules/violation.js';
import type { DibaoStandardsInput } from '../schema/dibao-standards.js';
import type { SpecialSupportInput } from '../schema/special-support.js';
import { type Block, type Line, renderMarkdown, renderText } from './document.js';
import type { ExplainOptions, Explanation } from './explain-assessment.js';
import { missingLine } from './missing-words.js';
import { citedArticles, quoteBlock, stepItem } from './trace-blocks.js';

/** No members in these results: a path naming one would be a bug, written plainly. */
const noMembers = (i: number): string => `第${i + 1}位成员`;

function proposedWords(
  p: { perMonth: string; compliant: boolean; violations: RuleViolation[] } | undefined,
): string | null {
  if (p === undefined) return null;
  const why = p.violations.map((v) => codeLabelZh(v.code, 'violation') ?? v.code).join('、');
  return `${p.perMonth} 元/人·月：${p.compliant ? '符合第4条' : `不符合第4条（${why}）`}`;
}

function tail(
  title: string,
  trace: readonly TraceStep[],
  violations: readonly RuleViolation[],
  missing: readonly string[],
  quote: boolean,
): Block[] {
  const blocks: Block[] = [
    { kind: 'section', text: `二、核算步骤` },
    { kind: 'items', items: trace.map((s) => stepItem(s, noMembers)) },
    { kind: 'section', text: '三、尚缺事实' },
    missing.length === 0
      ? { kind: 'paragraph', line: ['无。'] }
      : { kind: 'items', items: missing.map((m) => ({ head: missingLine(m, noMembers), body: [] })) },
    { kind: 'section', text: `四、${title}` },
    violations.length === 0
      ? { kind: 'paragraph', line: ['无。'] }
      : {
          kind: 'items',
          items: violations.map((v) => ({
            head: [`${codeLabelZh(v.code, 'violation') ?? v.code}〔${v.article}〕`],
            body: [[v.message]],
          })),
        },
  ];
  if (quote) {
    blocks.push({ kind: 'section', text: '五、所引条文' });
    for (const a of citedArticles(trace, violations)) blocks.push(quoteBlock(a));
  }
  return blocks;
}

/**
 * The 核算说明 of the 第4条 local 低保 standards for a year, in plain text and Markdown: the urban floor, cap
 * and minimum, the rural standard and its bounds, the check of proposed standards, every step of the trace in
 * words, the violations and the quoted articles. Computes {@link dibaoStandards} of `input` (invalid input
 * throws `DibaoInputError`).
 * @see 第4条
 * @example explainStandards({ year: 2022, urbanDisposableIncomePerYear: '34560', ruralDisposableIncomePerYear: '16636', minimumWagePerMonth: '1780', povertyLinePerYear: '4000' }).text
 */
export function explainStandards(input: DibaoStandardsInput, options?: ExplainOptions): Explanation {
  input = readOnce(input);
  options = readOnce(options, OPTIONS_PATH);
  const r = dibaoStandards(input);
  const u = r.urban;
  const rural = r.rural;
  const rows: Array<readonly [string, Line]> = [
    [
      '城市标准下限',
      [`${u.floorPerMonth} 元/人·月（上上年度城市居民人均可支配收入的20%，折合每月后向上取整）`],
    ],
    ['城市标准上限', [`${u.capPerMonth} 元/人·月（上上年度最低工资标准的40%，向下取整）`]],
    ['区间可行', [u.feasible ? '是' : '否（下限高于上限）']],
    ['城市低保标准最低值', [`${u.minimumPerMonth} 元/人·月`]],
  ];
  const up = proposedWords(u.proposed);
  if (up !== null) rows.push(['拟定城市标准', [up]]);
  rows.push(
    ['城乡收入比', [rural.incomeRatio]],
    ['按城乡收入比折算', [`${rural.derivedPerMonth} 元/人·月（基数 ${rural.basisUrbanPerMonth} 元）`]],
    ['国家扶贫标准折合每月', [`${rural.povertyLinePerMonth} 元/人·月`]],
    ['农村低保标准最低值', [`${rural.minimumPerMonth} 元/人·月`]],
  );
  const rp = proposedWords(rural.proposed);
  if (rp !== null) rows.push(['拟定农村标准', [rp]]);
  const violations = [
    ...r.violations,
    ...(u.proposed?.violations ?? []),
    ...(rural.proposed?.violations ?? []),
  ];
  const blocks: Block[] = [
    { kind: 'title', text: '低保标准测算说明' },
    {
      kind: 'facts',
      rows: [
        ['标准年度', [`${r.year} 年`]],
        ['统计数据年度', [`${r.dataYear} 年（上上年度）`]],
        ['取整单位', [`${r.roundingUnit} 元`]],
      ],
    },
    { kind: 'section', text: '一、结论' },
    { kind: 'facts', rows },
    ...tail('不符合第4条之处', r.trace, violations, [], options?.articleTexts !== false),
  ];
  return { text: renderText(blocks), markdown: renderMarkdown(blocks) };
}

/**
 * The 核算说明 of the 第12条 support standards of a 特困 person, in plain text and Markdown: the self-care
 * ability (given or from the six items), the basic-living and care standards and their total, every step of
 * the trace in words, what is missing, the violations and the quoted articles. Computes
 * {@link specialSupport} of `input` (invalid input throws `DibaoInputError`).
 * @see 第12条
 * @example explainSupport({ priorYearDibaoStandardPerMonth: '600', priorYearMinimumWagePerMonth: '1640', selfCareAbility: 'partiallyLost' }).text
 */
export function explainSupport(input: SpecialSupportInput, options?: ExplainOptions): Explanation {
  input = readOnce(input);
  options = readOnce(options, OPTIONS_PATH);
  const r = specialSupport(input);
  const ability =
    r.selfCareAbility === null
      ? '待定（六项指标未评估完）'
      : `${codeLabelZh(r.selfCareAbility, 'selfCareAbility')}${r.selfCareAbilitySource === 'adl' ? '（按六项指标评估）' : ''}`;
  const rows: Array<readonly [string, Line]> = [
    ['生活自理能力', [ability]],
    [
      '基本生活标准',
      [`${r.basicLivingPerMonth} 元/人·月（上年度低保标准 × ${r.parameters.basicLivingMultiplier}）`],
    ],
    ['照料护理标准', [r.carePerMonth === null ? '待定（生活自理能力未定）' : `${r.carePerMonth} 元/人·月`]],
    ['供养标准合计', [r.totalPerMonth === null ? '待定' : `${r.totalPerMonth} 元/人·月`]],
  ];
  const blocks: Block[] = [
    { kind: 'title', text: '特困人员供养标准核算说明' },
    { kind: 'section', text: '一、结论' },
    { kind: 'facts', rows },
    ...tail('不符合第12条之处', r.trace, r.violations, r.missing, options?.articleTexts !== false),
  ];
  return { text: renderText(blocks), markdown: renderMarkdown(blocks) };
}
