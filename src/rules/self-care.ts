/**
 * 生活自理能力评估：特困人员认定办法(2021) 第21条 六项指标（自主吃饭、自主穿衣、自主上下床、自主如厕、
 * 室内自主行走、自主洗澡），第22条 六项全部达到 → 具备；3项及以下不能达到 → 部分丧失；4项以上不能达到 → 完全丧失。
 * An absent item is unknown: the level is decided when the known items already fix it, else it is unknown and
 * the unknown items are listed in `missing`.
 */

import * as z from 'zod/mini';
import { DibaoInputError, excerpt } from '../core/errors.js';
import type { RuleOptions } from '../core/options.js';
import { OPTIONS_PATH, readOnce } from '../core/read-once.js';
import { Tracer, type TraceStep } from '../core/trace.js';
import { parseInput } from '../schema/parse.js';
import {
  ADL_ITEMS,
  type AdlAssessment,
  type AdlItem,
  adlSchema,
  type SelfCareAbility,
} from '../schema/special-support.js';

const ARTICLE_ITEMS = '特困人员认定办法(2021)第21条';
const ARTICLE_LEVELS = '特困人员认定办法(2021)第22条';

const ITEM_NAMES: Record<AdlItem, string> = {
  eating: '自主吃饭',
  dressing: '自主穿衣',
  transferring: '自主上下床',
  toileting: '自主如厕',
  indoorWalking: '室内自主行走',
  bathing: '自主洗澡',
};

const LEVEL_NAMES: Record<SelfCareAbility, string> = {
  able: '具备生活自理能力',
  partiallyLost: '部分丧失生活自理能力',
  fullyLost: '完全丧失生活自理能力',
};

/** Result of {@link selfCareAbilityFromAdl}. */
export interface SelfCareAssessment {
  /** The level, or `null` when the unknown items could change it. */
  selfCareAbility: SelfCareAbility | null;
  /** Items answered `false` (cannot do unaided), in 第21条 order. */
  failedItems: AdlItem[];
  /** Items absent from the input, in 第21条 order. */
  unknownItems: AdlItem[];
  /** Every level still possible given the known items (one element when decided). */
  possible: SelfCareAbility[];
  /** JSON paths needed to decide (`adl.bathing`), empty when decided. */
  missing: string[];
  trace: TraceStep[];
}

/**
 * The 第22条 level for a number of failed items (0–6); anything else throws {@link DibaoInputError} at `failed`.
 * @see 第22条
 */
export function selfCareLevelForFailedItems(failed: number): SelfCareAbility {
  if (typeof failed !== 'number' || !Number.isInteger(failed) || failed < 0 || failed > ADL_ITEMS.length) {
    const got = excerpt(failed);
    throw new DibaoInputError([
      {
        path: 'failed',
        code: typeof failed === 'number' ? 'out_of_range' : 'invalid_type',
        message: `须为 0–6 的整数：${got}`,
        messageEn: `must be a whole number 0–6: ${got}`,
      },
    ]);
  }
  if (failed === 0) return 'able';
  if (failed <= 3) return 'partiallyLost';
  return 'fullyLost';
}

type ParsedAdl = z.output<typeof adlSchema>;

/** Assesses already-parsed ADL answers, writing the trace into `t`. Internal, shared with specialSupport. */
export function assessAdl(adl: ParsedAdl, t: Tracer): Omit<SelfCareAssessment, 'trace'> {
  const failedItems: AdlItem[] = [];
  const unknownItems: AdlItem[] = [];
  for (const key of ADL_ITEMS) {
    const v = adl[key];
    if (v === undefined) unknownItems.push(key);
    else if (!v) failedItems.push(key);
  }
  if (t.enabled) {
    const inputs: Record<string, boolean | null> = {};
    for (const key of ADL_ITEMS) inputs[key] = adl[key] ?? null;
    t.step(
      'selfCare.adlItems',
      ARTICLE_ITEMS,
      inputs,
      failedItems.length,
      unknownItems.length === 0
        ? `六项指标中 ${failedItems.length} 项不能达到${failedItems.length > 0 ? `（${failedItems.map((k) => ITEM_NAMES[k]).join('、')}）` : ''}`
        : `已知 ${failedItems.length} 项不能达到，${unknownItems.length} 项未评估（${unknownItems.map((k) => ITEM_NAMES[k]).join('、')}）`,
    );
  }
  const possible: SelfCareAbility[] = [];
  for (let n = failedItems.length; n <= failedItems.length + unknownItems.length; n++) {
    const level = selfCareLevelForFailedItems(n);
    if (!possible.includes(level)) possible.push(level);
  }
  const decided = possible.length === 1 ? (possible[0] ?? null) : null;
  const missing = decided === null ? unknownItems.map((k) => `adl.${k}`) : [];
  t.step(
    'selfCare.level',
    ARTICLE_LEVELS,
    { failedItems: failedItems.length, unknownItems: unknownItems.length },
    decided,
    decided === null
      ? `未评估的指标可能改变结论，生活自理能力待定（可能为${possible.map((l) => LEVEL_NAMES[l]).join('或')}）`
      : `${failedItems.length === 0 ? '六项全部达到' : failedItems.length <= 3 ? '3项及以下不能达到' : '4项以上不能达到'}，认定为${LEVEL_NAMES[decided]}`,
  );
  return { selfCareAbility: decided, failedItems, unknownItems, possible, missing };
}

const adlInputSchema = z.strictObject({ adl: adlSchema });

/**
 * 生活自理能力：由六项指标评估结果认定具备、部分丧失或完全丧失生活自理能力。
 * 0 items failed → `able`; 1–3 → `partiallyLost`; 4–6 → `fullyLost`. An absent item is unknown: the level is
 * still decided when every possible answer gives the same level (e.g. 4 known failures), otherwise it is `null`
 * and `missing` lists the unknown items as `adl.<item>` (the path they have in a {@link specialSupport} input;
 * input errors use the same paths).
 *
 * @see 特困人员认定办法(2021)第21条
 * @see 特困人员认定办法(2021)第22条
 * @see 第12条
 * @throws DibaoInputError for a non-boolean item or an unknown key.
 * @example
 * selfCareAbilityFromAdl({ eating: true, dressing: false, transferring: true, toileting: true, indoorWalking: true, bathing: false })
 *   .selfCareAbility; // 'partiallyLost'
 */
export function selfCareAbilityFromAdl(adl: AdlAssessment, options?: RuleOptions): SelfCareAssessment {
  options = readOnce(options, OPTIONS_PATH);
  const parsed = parseInput(adlInputSchema, { adl }).adl;
  const t = new Tracer(options?.trace ?? true);
  const r = assessAdl(parsed, t);
  return { ...r, trace: t.steps };
}
