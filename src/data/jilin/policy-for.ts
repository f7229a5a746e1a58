/**
 * A ready `policy` for `assessHousehold` from the pack: the region and the local urban and rural 低保
 * standards in force on the assessment date, merged with the caller's other policy parameters.
 */

import * as z from 'zod/mini';
import type { RuleOptions } from '../../core/options.js';
import { readOnceArgs } from '../../core/read-once.js';
import { money } from '../../schema/common.js';
import { parseInput } from '../../schema/parse.js';
import type { Policy } from '../../schema/policy.js';
import { policySchema } from '../../schema/policy.js';
import { combineMissing, DibaoDataError } from './data-error.js';
import type { StandardArea } from './guidance.js';
import { localStandardOn } from './local-standards.js';
import { requireDate, requireRegion } from './lookup-args.js';
import { rulesVersionOn } from './rules-version.js';

type Money = string | number;

/** `overrides.dibaoStandardPerMonth` may give either part; strict so a misspelt key is an error. */
const overrideStandardsSchema = z.strictObject({
  overrides: z.strictObject({
    dibaoStandardPerMonth: z.optional(
      z.strictObject({
        urban: z.optional(money()), // 替代数据包的城市低保标准（元/人·月）
        rural: z.optional(money()), // 替代数据包的农村低保标准（元/人·月）
      }),
    ),
  }),
});

/** Policy parameters the caller adds; `dibaoStandardPerMonth` parts replace (or fill) the pack's. */
export type PolicyOverrides = Omit<Policy, 'dibaoStandardPerMonth' | 'region'> & {
  dibaoStandardPerMonth?: { urban?: Money; rural?: Money };
};

/**
 * The `policy` of a Jilin region on a date: `region`, the rule version in force that day (`draft2018` before
 * 2021-07-01, `national2021` from that day — {@link rulesVersionOn} gives the documents), and the urban and
 * rural 低保 standards in force that day (a rural standard published per year is converted ÷ 12, see
 * `localStandardOn`), plus `overrides` (an `overrides.rulesVersion` wins).
 * Throws one {@link DibaoDataError} naming each standard the pack lacks and its `overrides` key.
 * 长白山保护开发区 (`JL-CBS`) has no GB/T 2260 code, so its policy carries no `region` block (the
 * policy schema admits six-digit codes only).
 * @see 第5条
 * @see 最低生活保障审核确认办法(2021)第42条
 * @example policyFor('220100', '2018-08-01').dibaoStandardPerMonth // { urban: '620', rural: '410' }
 */
export function policyFor(
  regionCode: string,
  date: string,
  overrides?: PolicyOverrides,
  _options?: RuleOptions,
): Policy {
  [regionCode, date, overrides, _options] = readOnceArgs(
    ['regionCode', 'date', 'overrides', 'options'],
    regionCode,
    date,
    overrides,
    _options,
  );
  const d = requireDate(date);
  const { region } = requireRegion(regionCode, d);
  const dibaoStandardOverride = overrides?.dibaoStandardPerMonth;
  parseInput(overrideStandardsSchema, {
    overrides: dibaoStandardOverride === undefined ? {} : { dibaoStandardPerMonth: dibaoStandardOverride },
  });
  const errors: DibaoDataError[] = [];
  const given = overrides?.dibaoStandardPerMonth ?? {};
  const standard = (area: StandardArea): Money | undefined => {
    const v = given[area];
    if (v !== undefined) return v;
    try {
      return localStandardOn(region.code, d, area).perMonthExact;
    } catch (e) {
      if (e instanceof DibaoDataError) {
        errors.push(e);
        return undefined;
      }
      throw e;
    }
  };
  const urban = standard('urban');
  const rural = standard('rural');
  if (errors.length > 0 || urban === undefined || rural === undefined) throw combineMissing(errors);
  const { dibaoStandardPerMonth: _ignored, ...rest } = overrides ?? {};
  const policy: Policy = {
    ...(region.gbCode ? { region: { code: region.code, name: region.name } } : {}),
    rulesVersion: rulesVersionOn(d).rulesVersion,
    ...rest,
    dibaoStandardPerMonth: { urban, rural },
  };
  parseInput(policySchema, policy);
  return policy;
}
