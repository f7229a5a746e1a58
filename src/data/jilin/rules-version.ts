/**
 * Which rule version governs a Jilin assessment on a date: the seed's 2018 draft before the national rules of
 * 2021 took effect, the national rules from that day. The seed is a draft (征求意见稿) whose articles the
 * national 最低生活保障审核确认办法 and 特困人员认定办法, both in force from 2021-07-01, have since refined
 * (the 1.5× 边缘 line, income after employment costs, the 渐退期, 单人户, 特困 minors to 18).
 */
import type { RulesVersion } from '../../schema/policy.js';
import { requireDate } from './lookup-args.js';
import type { Source } from './source.js';

/** One period of a rule version, with the documents that open it. */
export interface RulesVersionPeriod {
  rulesVersion: RulesVersion;
  /** First day (`YYYY-MM-DD`); the period runs to the day before the next one. */
  from: string;
  ref: Source;
}

/**
 * The rule versions by date. Before 2021-07-01 the seed (2018) is read as written; from 2021-07-01 the national
 * rules its articles rest on.
 * @see 最低生活保障审核确认办法(2021)第42条
 * @see 特困人员认定办法(2021)第29条
 */
export const RULES_VERSION_PERIODS: readonly RulesVersionPeriod[] = Object.freeze([
  {
    rulesVersion: 'draft2018',
    from: '2018-12-29',
    ref: {
      source: '吉林省民政厅《关于进一步完善城市贫困人口社会救助体系的意见（征求意见稿）》',
      published: '2018-12-29',
      effective: '2018-12-29',
      effectiveBasis: 'publication',
      note: '征求意见稿原文；其所依据的国家规定在 2021-07-01 之前为 最低生活保障审核审批办法（试行）(2012) 与 特困人员认定办法(2016)。早于发布日的评估也按原文计算',
    },
  },
  {
    rulesVersion: 'national2021',
    from: '2021-07-01',
    ref: {
      source:
        '最低生活保障审核确认办法（民发〔2021〕57号）第42条；特困人员认定办法（民发〔2021〕43号）第29条',
      effective: '2021-07-01',
      effectiveBasis: 'stated',
      note: '两办法自 2021-07-01 起施行，废止 2012 年审核审批办法和 2016 年特困人员认定办法：低保边缘家庭为 1.5 倍标准、收入扣除必要就业成本、渐退期、单人户、特困未成年人至 18 周岁（意见2020）',
    },
  },
]);

/**
 * The rule version in force on `date` and the documents that say so.
 * @see 最低生活保障审核确认办法(2021)第42条
 * @example rulesVersionOn('2021-06-30').rulesVersion // 'draft2018'
 */
export function rulesVersionOn(date: string): RulesVersionPeriod {
  const d = requireDate(date);
  let found = RULES_VERSION_PERIODS[0] as RulesVersionPeriod;
  for (const p of RULES_VERSION_PERIODS) if (p.from <= d) found = p;
  return found;
}
