/**
 * What a `missing` path of a result means in words, and which field supplies it: `members[1].incomes` →
 * 成员 儿子 的收入：请填写该成员的 `incomes`（没有收入填 []）. Data and formatting only.
 */
import type { Line } from './document.js';

/** A fact a result can miss: its name in words and how to supply it. */
interface FactWords {
  readonly name: string;
  readonly hint?: string;
}

/** Facts of the household or record itself (`missing` paths without a member). */
const HOUSEHOLD_FACTS: Readonly<Record<string, FactWords>> = {
  receivingDibao: { name: '家庭是否已享受低保', hint: '填 true 或 false' },
  propertyAssessment: {
    name: '家庭财产是否符合低保、低收入条件',
    hint: '填写核对平台的认定结论（meetsDibao、meetsLowIncome），或由政策设定财产条件（propertyLimits）并填写家庭财产 property',
  },
  'property.financialAssets': { name: '家庭金融资产', hint: '元；没有填 0' },
  'property.vehicles': { name: '家庭机动车数量', hint: '辆；没有填 0' },
  'property.extraHousingUnits': { name: '家庭其他住房套数', hint: '套；没有填 0' },
  medicalOutOfPocketPerYear: { name: '近12个月个人自负医疗费用', hint: '元/年' },
  rigidExpenditurePerYear: {
    name: '近12个月生活、医疗、教育、残疾康复等刚性支出',
    hint: '元/年',
  },
  assessmentDate: { name: '评估日期', hint: 'YYYY-MM-DD' },
  area: { name: '适用城市或农村标准', hint: 'urban 或 rural' },
  // 第12条 特困人员供养标准
  selfCareAbility: { name: '生活自理能力', hint: 'able、partiallyLost 或 fullyLost，或填写六项指标 adl' },
  'adl.eating': { name: '能否自主吃饭', hint: 'true 或 false' },
  'adl.dressing': { name: '能否自主穿衣', hint: 'true 或 false' },
  'adl.transferring': { name: '能否自主上下床', hint: 'true 或 false' },
  'adl.toileting': { name: '能否自主如厕', hint: 'true 或 false' },
  'adl.indoorWalking': { name: '能否室内自主行走', hint: 'true 或 false' },
  'adl.bathing': { name: '能否自主洗澡', hint: 'true 或 false' },
};

/** Member-level facts (`members[i].<field>`). */
const MEMBER_FACTS: Readonly<Record<string, FactWords>> = {
  incomes: { name: '收入', hint: '逐项填写；没有收入填 []' },
  sex: { name: '性别', hint: 'male 或 female' },
  employed: { name: '是否已就业', hint: 'true 或 false' },
  supporters: {
    name: '法定赡养、抚养、扶养义务人情况',
    hint: 'none 无义务人、unable 义务人无履行能力、able 义务人有履行能力',
  },
  laborCapacity: { name: '劳动能力认定结论', hint: 'true 或 false' },
  livelihoodSource: { name: '生活来源认定结论', hint: 'true 或 false' },
  disability: { name: '残疾类别与等级', hint: '残疾人证所载类别 category 与等级 grade' },
  seriousIllness: { name: '是否重病患者', hint: 'true 或 false' },
  birthDate: { name: '出生日期', hint: 'YYYY-MM-DD' },
  employmentCostPerMonth: { name: '必要的就业成本', hint: '元/月' },
};

/** Fields of one income entry (`members[i].incomes[j].<field>`). */
const INCOME_FACTS: Readonly<Record<string, FactWords>> = {
  since: { name: '起始日期', hint: 'YYYY-MM-DD' },
  perMonth: { name: '月收入', hint: '元/月' },
  perYear: { name: '年收入', hint: '元/年' },
  kind: { name: '收入类别' },
};

const MEMBER_PATH = /^members\[(\d+)\]\.([A-Za-z]+)(?:\[(\d+)\]\.([A-Za-z]+))?$/;

/**
 * One `missing` path in words: the fact, whose it is, and the field to fill in. `memberName(i)` names the
 * i-th member (成员 mother / 第2位成员). An unforeseen path is still shown, as the field to fill.
 * @see 第5条
 */
export function missingLine(path: string, memberName: (index: number) => string): Line {
  const m = MEMBER_PATH.exec(path);
  if (m !== null) {
    const who = memberName(Number(m[1]));
    const field = m[2] as string;
    if (m[3] !== undefined) {
      const sub = m[4] as string;
      const words = Object.hasOwn(INCOME_FACTS, sub) ? INCOME_FACTS[sub] : undefined;
      return withHint(
        [
          `${who}第${Number(m[3]) + 1}项收入的${words?.name ?? sub}：请在该成员第${Number(m[3]) + 1}项收入中填写 `,
          { code: sub },
        ],
        words?.hint,
      );
    }
    const words = Object.hasOwn(MEMBER_FACTS, field) ? MEMBER_FACTS[field] : undefined;
    return withHint([`${who}的${words?.name ?? field}：请填写该成员的 `, { code: field }], words?.hint);
  }
  const words = Object.hasOwn(HOUSEHOLD_FACTS, path) ? HOUSEHOLD_FACTS[path] : undefined;
  return withHint([`${words?.name ?? '所需事实'}：请填写 `, { code: path }], words?.hint);
}

function withHint(line: Line, hint: string | undefined): Line {
  return hint === undefined ? line : [...line, `（${hint}）`];
}
