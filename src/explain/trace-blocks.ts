/**
 * The parts of a 核算说明 every explanation shares: the trace steps in words and the quoted texts of the
 * articles they cite. Formatting only.
 */
import type { TraceStep } from '../core/trace.js';
import { RULE_LABELS_ZH } from '../labels/rules.js';
import { ARTICLE_TEXTS } from './article-texts.js';
import type { Block, Line } from './document.js';
import { inputsWords, type MemberNamer, noteWords, outputWords, withMemberNames } from './step-words.js';

/**
 * One trace step as a numbered item: its name and article (`收入检验〔第5条〕`), the member it is about, its
 * note, the values it read and its result in words.
 * @see 第5条
 */
export function stepItem(s: TraceStep, name: MemberNamer): { head: Line; body: Line[] } {
  const title = Object.hasOwn(RULE_LABELS_ZH, s.rule) ? RULE_LABELS_ZH[s.rule] : s.rule;
  const member = s.inputs.member;
  const who =
    typeof member === 'string' && /^members\[\d+\]$/.test(member) ? `：${withMemberNames(member, name)}` : '';
  const body: Line[] = [[noteWords(s.note, name)]];
  const values = inputsWords(s.rule, s.inputs, name);
  if (values !== '') body.push([`数值：${values}`]);
  body.push([`结果：${outputWords(s.rule, s.output, name)}`]);
  return { head: [`${title}〔${s.article}〕${who}`], body };
}

/**
 * The articles of the steps and of the warnings or violations: the draft's 第N条 in their order, then the
 * others as first used.
 * @see 第5条
 */
export function citedArticles(
  trace: readonly TraceStep[],
  more: ReadonlyArray<{ article: string }>,
): string[] {
  const seen = new Set<string>();
  for (const s of trace) seen.add(s.article);
  for (const w of more) seen.add(w.article);
  const number = (a: string): number => Number(/^第(\d+)条$/.exec(a)?.[1] ?? Number.POSITIVE_INFINITY);
  return [...seen].sort((a, b) => (number(a) === number(b) ? 0 : number(a) - number(b)));
}

/**
 * The quoted text of an article, or a note that the library does not hold it.
 * @see 第5条
 */
export function quoteBlock(article: string): Block {
  const text = Object.hasOwn(ARTICLE_TEXTS, article) ? ARTICLE_TEXTS[article] : undefined;
  if (text === undefined)
    return { kind: 'quote', head: article, paragraphs: ['（本说明未收录该条文，请查阅原文。）'] };
  return { kind: 'quote', head: `${article}　${text.source}`, paragraphs: text.paragraphs };
}
