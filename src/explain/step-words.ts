/**
 * How a trace step's values are written in a 核算说明: codes by their Chinese labels, yes/no in the words
 * of the step, units after amounts, members by name instead of JSON path. Formatting only.
 */
import type { TraceValue } from '../core/trace.js';
import { type CodeKind, codeLabelZh } from '../labels/code-label.js';
import { INPUT_LABELS } from './input-labels.js';

/** What a step's output is: its unit, the kind of code it is, or the words for true / false. */
interface OutputWords {
  readonly unit?: string;
  readonly codes?: CodeKind;
  readonly yesNo?: readonly [string, string];
}

const MET: readonly [string, string] = ['符合', '不符合'];

/** Rule id → how its output reads. Rules not listed write yes/no as 是/否 and values as they are. */
const OUTPUT_WORDS: Readonly<Record<string, OutputWords>> = {
  'policy.dibaoStandardPerMonth': { unit: '元/人·月' },
  'householdIncome.member': { unit: '元/月' },
  'householdIncome.exemption': { unit: '元/月' },
  'householdIncome.total': { unit: '元/月' },
  'property.dibao': { yesNo: MET },
  'property.dibao.assessment': { yesNo: MET },
  'property.dibao.financialAssets': { yesNo: MET },
  'property.dibao.vehicles': { yesNo: MET },
  'property.dibao.extraHousingUnits': { yesNo: MET },
  'property.lowIncome': { yesNo: MET },
  'property.lowIncome.assessment': { yesNo: MET },
  'property.lowIncome.financialAssets': { yesNo: MET },
  'property.lowIncome.vehicles': { yesNo: MET },
  'property.lowIncome.extraHousingUnits': { yesNo: MET },
  'classification.incomeTest': { codes: 'householdClass' },
  'classification.illnessExpenditure': { codes: 'householdClass' },
  'classification.household': { codes: 'householdClass' },
  'member.age': { unit: '周岁' },
  'laborCapacity.assessed': { yesNo: ['有劳动能力', '无劳动能力'] },
  'laborCapacity.derived': { yesNo: ['有劳动能力', '无劳动能力'] },
  'extremelyPoor.livelihoodSource': { yesNo: ['有生活来源', '无生活来源'] },
  'extremelyPoor.member': { yesNo: ['是特困人员', '不是特困人员'] },
  'specialGroups.member': { codes: 'specialGroup' },
  'specialGrant.member': { unit: '元/月' },
  'employment.workingAge': { yesNo: ['在劳动年龄段内且有劳动能力', '不在劳动年龄段内或无劳动能力'] },
  'employment.cancellation': { yesNo: ['取消其低保待遇', '不取消'] },
  'employment.communityService': { yesNo: ['应参加公益性社区服务', '无此义务'] },
  'dibaoBenefit.base': { unit: '元/月' },
  'dibaoBenefit.specialGrants': { unit: '元/月' },
  'dibaoBenefit.total': { unit: '元/月' },
  'dibaoStandard.dataYear': { unit: '年' },
  'dibaoStandard.urbanFloor': { unit: '元/人·月' },
  'dibaoStandard.urbanCap': { unit: '元/人·月' },
  'dibaoStandard.urbanGuidance': { unit: '元/人·月' },
  'dibaoStandard.urbanMinimum': { unit: '元/人·月' },
  'dibaoStandard.urbanProposed': { yesNo: ['合规', '不合规'] },
  'dibaoStandard.ruralBasis': { unit: '元/人·月' },
  'dibaoStandard.ruralDerived': { unit: '元/人·月' },
  'dibaoStandard.povertyLine': { unit: '元/人·月' },
  'dibaoStandard.ruralGuidance': { unit: '元/人·月' },
  'dibaoStandard.ruralMinimum': { unit: '元/人·月' },
  'dibaoStandard.ruralProposed': { yesNo: ['合规', '不合规'] },
  'dibaoStandard.roundingUnit': { unit: '元' },
  'specialSupport.selfCareAbility': { codes: 'selfCareAbility' },
  'specialSupport.basicLiving': { unit: '元/人·月' },
  'specialSupport.careRate.able': { unit: '元/人·月' },
  'specialSupport.careRate.partiallyLost': { unit: '元/人·月' },
  'specialSupport.careRate.fullyLost': { unit: '元/人·月' },
  'specialSupport.care': { unit: '元/人·月' },
  'specialSupport.total': { unit: '元/人·月' },
  'specialSupport.roundingUnit': { unit: '元' },
  'selfCare.adlItems': { unit: '项不能达到' },
  'selfCare.level': { codes: 'selfCareAbility' },
  'policy.rulesVersion': { codes: 'rulesVersion' },
  'nationalIncome.member': { unit: '元/月' },
  'nationalIncome.household': { unit: '元/月' },
  'nationalClassification.household': { codes: 'householdClass' },
  'singlePersonDibao.member': { yesNo: ['可按单人户纳入低保', '不能按单人户纳入低保'] },
  'rigidExpenditureHardship.household': { yesNo: ['属于刚性支出困难家庭', '不属于刚性支出困难家庭'] },
};

/** Rule id → its input that lists one value per member, in the members' order. */
const PER_MEMBER: Readonly<Record<string, string>> = { 'dibaoBenefit.specialGrants': 'grants' };

/** Writes JSON paths of members (`members[1]`, `members[1].incomes`) in a text as the members' names. */
export type MemberNamer = (index: number) => string;

const MEMBER_REF = /members\[(\d+)\]((?:\.[A-Za-z]+|\[\d+\])*)/g;

const CLASS_CODE = /(?<![A-Za-z])(dibao|lowIncome|none|undetermined|extremelyPoor)(?![A-Za-z])/g;

/**
 * A trace note in words: member paths as names ({@link withMemberNames}) and a household or member class
 * code that a note ends with (`…：lowIncome`) as its label.
 * @see 第5条
 */
export function noteWords(note: string, name: MemberNamer): string {
  return withMemberNames(note, name).replace(CLASS_CODE, (c) => codeLabelZh(c, 'memberClass') ?? c);
}

/**
 * `text` with every `members[i]…` path written as the member's name (成员 mother, 第2位成员) and the rest of
 * the path kept after 的.
 * @see 第5条
 */
export function withMemberNames(text: string, name: MemberNamer): string {
  return text.replace(MEMBER_REF, (_, i: string, rest: string) =>
    rest === '' ? name(Number(i)) : `${name(Number(i))}的 ${rest.slice(1)}`,
  );
}

const INCOME_KIND_PREFIX = /^(employment|business|property|transfer|pension|other) /;

function scalar(
  value: string | number | boolean | null,
  codes: CodeKind | undefined,
  name: MemberNamer,
): string {
  if (value === null) return '未知';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (codes !== undefined) {
    // The key's own kind first (rulesVersion '2016' of the 特困 rules), then any code (rulesVersion 'national2021').
    const label = codeLabelZh(value, codes) ?? codeLabelZh(value);
    if (label !== null) return label;
  }
  const kind = INCOME_KIND_PREFIX.exec(value);
  const text =
    kind === null ? value : `${codeLabelZh(kind[1] as string, 'incomeKind')} ${value.slice(kind[0].length)}`;
  return withMemberNames(text, name);
}

/** A value in words, with the unit when it is an amount or a count. */
function valueWords(
  value: TraceValue,
  codes: CodeKind | undefined,
  unit: string | undefined,
  name: MemberNamer,
): string {
  if (Array.isArray(value)) {
    const items = (value as ReadonlyArray<string>).map((v) => scalar(v, codes, name));
    return items.length === 0 ? '无' : items.join('、');
  }
  const text = scalar(value as string | number | boolean | null, codes, name);
  return unit === undefined || value === null || typeof value === 'boolean' ? text : `${text} ${unit}`;
}

/**
 * A step's inputs in words: `家庭月收入 H 2200 元/月；家庭人口 3 人`. The member the step is about is left
 * out (the step's heading names it). Keys without words are written as they are.
 * @see 第5条
 */
export function inputsWords(
  rule: string,
  inputs: Readonly<Record<string, TraceValue>>,
  name: MemberNamer,
): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(inputs)) {
    if (key === 'member') continue;
    if (Array.isArray(value) && PER_MEMBER[rule] === key) {
      const each = (value as ReadonlyArray<string>).map((v, i) => `${name(i)} ${v}`);
      parts.push(`${INPUT_LABELS[key]?.name ?? key} ${each.join('、')}（元/月）`);
      continue;
    }
    const label = Object.hasOwn(INPUT_LABELS, key) ? INPUT_LABELS[key] : undefined;
    const words =
      value === null && label?.nullWords !== undefined
        ? label.nullWords
        : valueWords(value, label?.codes, label?.unit, name);
    parts.push(`${label?.name ?? key} ${words}`);
  }
  return parts.join('；');
}

/**
 * A step's output in words: a class by its label, yes/no in the words of the step (符合 / 不符合), an
 * amount with its unit, an unknown as 待定.
 * @see 第5条
 */
export function outputWords(rule: string, output: TraceValue, name: MemberNamer): string {
  const words = Object.hasOwn(OUTPUT_WORDS, rule) ? OUTPUT_WORDS[rule] : undefined;
  if (output === null) return '待定（所需事实未知）';
  if (typeof output === 'boolean' && words?.yesNo !== undefined) return words.yesNo[output ? 0 : 1];
  return valueWords(output, words?.codes, words?.unit, name);
}
