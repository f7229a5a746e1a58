/**
 * explainAssessment — the 核算说明 of a household assessment: a text in Chinese a caseworker prints and
 * files. Everything it says comes from the result's fields and trace (no rule is computed again here), the
 * household's own facts (ids, birth dates) and the quoted article texts.
 */

import { assessHousehold } from '../assess.js';
import { OPTIONS_PATH, readOnce } from '../core/read-once.js';
import { codeLabelZh } from '../labels/code-label.js';
import type { HouseholdAssessment, MemberAssessment } from '../rules/assessment-result.js';
import { type Household, householdSchema, type ParsedHousehold } from '../schema/household.js';
import { parseInput } from '../schema/parse.js';
import { type ParsedPolicy, type Policy, policySchema } from '../schema/policy.js';
import { type Block, type Line, oneLine, renderMarkdown, renderText } from './document.js';
import { missingLine } from './missing-words.js';
import { checkAssessment, resultSnapshot } from './result-check.js';
import { type MemberNamer, withMemberNames } from './step-words.js';
import { citedArticles, quoteBlock, stepItem } from './trace-blocks.js';

/** Options of {@link explainAssessment}. */
export interface ExplainOptions {
  /** Quote the text of every article the steps apply, at the end (default `true`). */
  articleTexts?: boolean;
}

/** A 核算说明 in its two forms. */
export interface Explanation {
  /** Plain text, for printing and filing. */
  text: string;
  /** The same in Markdown. */
  markdown: string;
}

/**
 * The 核算说明 of a household assessment, in plain text and Markdown: the household and each member by id
 * (成员 mother（1980-05-01 出生，38 周岁）, or 第2位成员 without an id), the conclusion (class, basis, 低保金
 * and its parts), every step of the trace in words with its numbers and the article it applies, what is
 * missing and which field supplies it, the warnings, and the quoted texts of the articles.
 *
 * `result` is the household's {@link assessHousehold} result under `policy`; when it is omitted or was made
 * without a trace (`{ trace: false }`), the household is assessed here. Invalid input — the household, the
 * policy, or a `result` that is not an assessment of this household — throws {@link DibaoInputError}.
 * @see 第5条
 * @see 第6条
 * @see 第10条
 * @see 第11条
 * @see 社会救助暂行办法第12条
 * @example explainAssessment(household, policy).text // '核算说明\n========\n家庭：…'
 */
export function explainAssessment(
  household: Household,
  policy: Policy,
  result?: HouseholdAssessment,
  options?: ExplainOptions,
): Explanation {
  household = readOnce(household);
  policy = readOnce(policy);
  result = readOnce(result, ['result']);
  options = readOnce(options, OPTIONS_PATH);
  const h = parseInput(householdSchema, household);
  const p = parseInput(policySchema, policy);
  let r: HouseholdAssessment;
  if (result === undefined) r = assessHousehold(household, policy);
  else {
    const plain = resultSnapshot(result);
    checkAssessment(plain, h.members.length);
    r = plain.trace.length > 0 ? plain : assessHousehold(household, policy);
  }
  const blocks = explanationBlocks(h, p, r, options?.articleTexts !== false);
  return { text: renderText(blocks), markdown: renderMarkdown(blocks) };
}

/** The name of the i-th member: 成员 <id>, or 第 i+1 位成员 when it has no id. */
function memberNamer(h: ParsedHousehold): MemberNamer {
  return (i) => {
    const id = h.members[i]?.id;
    const shown = id === undefined ? '' : oneLine(id).trim();
    return shown === '' ? `第${i + 1}位成员` : `成员 ${shown}`;
  };
}

const label = (code: string, kind: Parameters<typeof codeLabelZh>[1]): string =>
  codeLabelZh(code, kind) ?? code;

/** A field of a result added by a later rule version, read without assuming it is there. */
function extra(r: object, key: string): unknown {
  return Object.hasOwn(r, key) ? (r as Record<string, unknown>)[key] : undefined;
}

function explanationBlocks(
  h: ParsedHousehold,
  p: ParsedPolicy,
  r: HouseholdAssessment,
  quote: boolean,
): Block[] {
  const name = memberNamer(h);
  const blocks: Block[] = [{ kind: 'title', text: '核算说明' }];
  blocks.push({ kind: 'facts', rows: headerRows(h, p, r) });
  blocks.push({ kind: 'section', text: '一、结论' });
  blocks.push({ kind: 'facts', rows: conclusionRows(r, name) });
  blocks.push({ kind: 'section', text: `二、家庭成员（${h.members.length} 人）` });
  blocks.push({
    kind: 'items',
    items: r.members.map((m, i) => memberItem(h, m, i, name)),
  });
  blocks.push({ kind: 'section', text: '三、核算步骤' });
  blocks.push({ kind: 'items', items: r.trace.map((s) => stepItem(s, name)) });
  blocks.push({ kind: 'section', text: '四、尚缺事实' });
  if (r.missing.length === 0) blocks.push({ kind: 'paragraph', line: ['无。'] });
  else
    blocks.push({
      kind: 'items',
      items: r.missing.map((path) => ({ head: missingLine(path, name), body: [] })),
    });
  blocks.push({ kind: 'section', text: '五、提示' });
  if (r.warnings.length === 0) blocks.push({ kind: 'paragraph', line: ['无。'] });
  else
    blocks.push({
      kind: 'items',
      items: r.warnings.map((w) => ({
        head: [`${codeLabelZh(w.code, 'warning') ?? w.code}〔${w.article}〕`],
        body: [[withMemberNames(w.message, name)]],
      })),
    });
  if (quote) {
    blocks.push({ kind: 'section', text: '六、所引条文' });
    for (const article of citedArticles(r.trace, r.warnings)) blocks.push(quoteBlock(article));
  }
  return blocks;
}

function headerRows(
  h: ParsedHousehold,
  p: ParsedPolicy,
  r: HouseholdAssessment,
): Array<readonly [string, Line]> {
  const id = h.id === undefined ? '' : oneLine(h.id).trim();
  const version = extra(r, 'rulesVersion');
  const rules = [
    label(typeof version === 'string' ? version : 'draft2018', 'rulesVersion'),
    label(r.extremelyPoorRules, 'extremelyPoorRules'),
  ];
  const rows: Array<readonly [string, Line]> = [
    ['家庭', [id === '' ? '（未编号）' : id]],
    ['评估日期', [h.assessmentDate]],
    [
      '地区',
      [p.region === undefined ? '（政策未注明）' : `${oneLine(p.region.name)}（${oneLine(p.region.code)}）`],
    ],
    ['适用规则', [rules.join('；')]],
    ['适用标准', [`${label(r.area, 'area')}低保标准 ${r.standardPerMonth} 元/人·月`]],
    ['家庭人口', [`${h.members.length} 人`]],
  ];
  const counted = extra(r, 'countedMembers');
  if (typeof counted === 'number' && counted !== h.members.length)
    rows.push(['计入家庭核算的人数', [`${counted} 人（特困人员单独供养，不计入）`]]);
  if (counted === null) rows.push(['计入家庭核算的人数', ['待定（成员是否为特困人员尚未确定）']]);
  return rows;
}

function conclusionRows(r: HouseholdAssessment, name: MemberNamer): Array<readonly [string, Line]> {
  const rows: Array<readonly [string, Line]> = [];
  const basis = r.basis === null ? '' : `（认定依据：${label(r.basis, 'basis')}${basisArticle(r)}）`;
  rows.push(['家庭类别', [`${label(r.class, 'householdClass')}${basis}`]]);
  rows.push([
    '家庭人均月收入',
    [r.perCapitaIncomePerMonth === null ? '未知（有成员收入未提供）' : `${r.perCapitaIncomePerMonth} 元`],
  ]);
  if (r.illnessExpenditure !== null) {
    const pc = r.illnessExpenditure.perCapitaIncomePerMonth;
    rows.push([
      '扣减自负医疗费用后人均月收入',
      [
        `${pc === null ? '未知' : `${pc} 元`}（因病支出型检验：${label(r.illnessExpenditure.class, 'householdClass')}）`,
      ],
    ]);
  }
  rows.push(['每月低保金', [benefitWords(r)]]);
  const base = r.benefit === null ? undefined : r.trace.find((s) => s.rule === 'dibaoBenefit.base');
  if (base !== undefined) rows.push(['差额计算', [`${withMemberNames(base.note, name)}〔${base.article}〕`]]);
  const grants = r.members.flatMap((m, i) =>
    m.specialGrantPerMonth !== null && m.specialGrantPerMonth !== '0.00' && m.dibaoCancelled !== true
      ? [
          `${name(i)} ${m.specialGrantPerMonth} 元（${m.specialGroups.map((g) => label(g, 'specialGroup')).join('、')}）`,
        ]
      : [],
  );
  if (grants.length > 0) rows.push(['其中增发补助金', [grants.join('；')]]);
  const who = (pred: (m: MemberAssessment) => boolean): string[] =>
    r.members.flatMap((m, i) => (pred(m) ? [name(i)] : []));
  const poor = who((m) => m.class === 'extremelyPoor');
  if (poor.length > 0) rows.push(['特困人员', [`${poor.join('、')}（第5条(1)）`]]);
  const open = who((m) => m.class === 'undetermined' && r.class !== 'undetermined');
  if (open.length > 0) rows.push(['类别待定的成员', [`${open.join('、')}（特困人员认定所需事实未知）`]]);
  const cancelled = who((m) => m.dibaoCancelled === true);
  if (cancelled.length > 0)
    rows.push([
      '取消低保待遇',
      [`${cancelled.join('、')}（第11条：半年内拒绝职业介绍三次以上，不计入差额与增发）`],
    ]);
  const service = who((m) => m.obligations.includes('communityService'));
  if (service.length > 0) rows.push(['应参加公益性社区服务', [`${service.join('、')}（第11条）`]]);
  rows.push(...nationalRows(r, name));
  if (r.missing.length > 0) rows.push(['尚缺事实', [`${r.missing.length} 项，见第四部分`]]);
  if (r.warnings.length > 0) rows.push(['提示', [`${r.warnings.length} 条，见第五部分`]]);
  return rows;
}

/** The article of the step that decided the household's class, as 〔第5条〕. */
function basisArticle(r: HouseholdAssessment): string {
  const decided = r.trace.find(
    (s) => s.rule === 'classification.household' || s.rule === 'nationalClassification.household',
  );
  return decided === undefined ? '' : `，${decided.article}`;
}

/** The result fields of the rules in force since 2021 (absent or null under the 2018 draft). */
function nationalRows(r: HouseholdAssessment, name: MemberNamer): Array<readonly [string, Line]> {
  const rows: Array<readonly [string, Line]> = [];
  const deductions = extra(r, 'deductionsPerMonth') as {
    employmentCost: string;
    rigidExpenditure: string;
  } | null;
  if (deductions !== null && deductions !== undefined)
    rows.push([
      '收入扣除',
      [
        `必要就业成本 ${deductions.employmentCost} 元/月，刚性支出 ${deductions.rigidExpenditure} 元/月（最低生活保障审核确认办法(2021)第13条）`,
      ],
    ]);
  const single = r.members.flatMap((m, i) => {
    const s = extra(m, 'singlePersonDibao') as SinglePerson | null | undefined;
    return s === null || s === undefined ? [] : [`${name(i)}：${singlePersonWords(s)}`];
  });
  if (single.length > 0)
    rows.push(['单人户纳入低保', [`${single.join('；')}（最低生活保障审核确认办法(2021)第8条）`]]);
  const rigid = extra(r, 'rigidExpenditureHardship') as { eligible: boolean | null } | null | undefined;
  if (rigid !== null && rigid !== undefined)
    rows.push([
      '刚性支出困难家庭',
      [`${yesNo(rigid.eligible, '是', '否')}（刚性支出困难家庭认定办法(2025)第4条）`],
    ]);
  return rows;
}

/** A member's 单人户 低保 (national rules). */
interface SinglePerson {
  eligible: boolean | null;
  benefit: { basePerMonth: string; specialGrantPerMonth: string; totalPerMonth: string } | null;
}

function singlePersonWords(s: SinglePerson): string {
  if (s.eligible === null) return '待定（所需事实未知）';
  if (!s.eligible) return '不符合（本人收入不低于低保标准或财产不符合条件）';
  const b = s.benefit;
  return b === null
    ? '符合'
    : `符合，每月 ${b.totalPerMonth} 元 = 差额 ${b.basePerMonth} 元 + 增发补助金 ${b.specialGrantPerMonth} 元`;
}

function benefitWords(r: HouseholdAssessment): string {
  if (r.benefit !== null)
    return `${r.benefit.totalPerMonth} 元 = 差额 ${r.benefit.basePerMonth} 元 + 特殊对象增发补助金 ${r.benefit.specialGrantsPerMonth} 元`;
  if (r.class === 'undetermined') return '待定（家庭类别待定）';
  if (r.class === 'dibao') return '待定（所需事实未知，见第四部分）';
  return `不适用（家庭${r.class === 'none' ? '不属于低保或低收入' : '属于低收入，不属于低保'}）`;
}

function yesNo(v: boolean | null, yes: string, no: string): string {
  return v === null ? '未知' : v ? yes : no;
}

function memberItem(
  h: ParsedHousehold,
  m: MemberAssessment,
  i: number,
  name: MemberNamer,
): { head: Line; body: Line[] } {
  const input = h.members[i];
  const body: Line[] = [];
  if (input?.sex !== undefined) body.push([`性别：${label(input.sex, 'sex')}`]);
  body.push([`本人月收入：${m.incomePerMonth === null ? '未提供（收入未知）' : `${m.incomePerMonth} 元`}`]);
  if (input?.disability !== undefined)
    body.push([`残疾：${label(input.disability.category, 'disabilityCategory')}${input.disability.grade}级`]);
  body.push([`劳动能力：${yesNo(m.laborCapacity, '有', '无')}`]);
  body.push([`类别：${label(m.class, 'memberClass')}`]);
  if (m.specialGroups.length > 0)
    body.push([`特殊对象：${m.specialGroups.map((g) => label(g, 'specialGroup')).join('、')}`]);
  if (m.specialGrantPerMonth !== null && m.specialGroups.length > 0)
    body.push([`增发补助金：${m.specialGrantPerMonth} 元/月`]);
  body.push([`劳动年龄段内有劳动能力：${yesNo(m.workingAge, '是', '否')}`]);
  if (m.dibaoCancelled !== false)
    body.push([`取消低保待遇：${yesNo(m.dibaoCancelled, '是（第11条）', '否')}`]);
  if (m.obligations.length > 0)
    body.push([`义务：${m.obligations.map((o) => label(o, 'obligation')).join('、')}（第11条）`]);
  if (m.unionHardshipWorker === true) body.push(['工会管理的企业困难职工（第7条）']);
  const single = extra(m, 'singlePersonDibao') as SinglePerson | null | undefined;
  if (single !== null && single !== undefined) body.push([`单人户纳入低保：${singlePersonWords(single)}`]);
  return {
    head: [`${name(i)}（${input?.birthDate ?? ''} 出生，${m.age} 周岁）`],
    body,
  };
}
