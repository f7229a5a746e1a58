/**
 * `DibaoDataError`: the data pack lacks a value a caller asked for. It names the value, the region and the
 * period, and says how to supply the value instead. The pack never falls back to another region or year.
 */
import { excerpt } from '../../core/errors.js';

/** `unknownRegion`: the code is not a unit of the pack; `notInPack`: the pack holds no such value. */
export type DibaoDataErrorCode = 'unknownRegion' | 'notInPack';

/** What the error says, as plain data. */
export interface DibaoDataErrorDetails {
  code: DibaoDataErrorCode;
  /** The missing value, by its field name (e.g. `urbanDisposableIncomePerYear`, `minimumWagePerMonth`). */
  value: string;
  /** The region code asked for. */
  regionCode: string;
  /** Its official name, `null` for an unknown code. */
  regionName: string | null;
  /** The period asked for: a year (`2020`) or a date (`2019-03-01`). */
  period: string;
  /** How to supply the value, e.g. `supplied.urbanDisposableIncomePerYear` (`null` when it cannot be supplied). */
  supplyAs: string | null;
  /** 中文说明. */
  messageZh: string;
  /** Further values missing for the same call (each with how to supply it), so one error lists them all. */
  alsoMissing?: ReadonlyArray<{ value: string; period: string; supplyAs: string | null }>;
}

/** Thrown when the Jilin data pack lacks a value; never a silent substitute. */
export class DibaoDataError extends Error {
  override readonly name = 'DibaoDataError';
  readonly code: DibaoDataErrorCode;
  readonly value: string;
  readonly regionCode: string;
  readonly regionName: string | null;
  readonly period: string;
  readonly supplyAs: string | null;
  readonly messageZh: string;
  readonly alsoMissing: ReadonlyArray<{ value: string; period: string; supplyAs: string | null }>;

  constructor(details: DibaoDataErrorDetails, messageEn: string) {
    super(messageEn);
    this.alsoMissing = details.alsoMissing ?? [];
    this.code = details.code;
    this.value = details.value;
    this.regionCode = details.regionCode;
    this.regionName = details.regionName;
    this.period = details.period;
    this.supplyAs = details.supplyAs;
    this.messageZh = details.messageZh;
  }

  /** A plain JSON form for error records. */
  toJSON(): DibaoDataErrorDetails & { name: 'DibaoDataError'; message: string } {
    return {
      name: 'DibaoDataError',
      message: this.message,
      code: this.code,
      value: this.value,
      regionCode: this.regionCode,
      regionName: this.regionName,
      period: this.period,
      supplyAs: this.supplyAs,
      messageZh: this.messageZh,
      alsoMissing: this.alsoMissing,
    };
  }
}

/**
 * Collects the {@link DibaoDataError}s of several look-ups so that one error can name every missing value:
 * `attempt(f)` returns `f()` or, when it throws a DibaoDataError, records it and returns `undefined`; any
 * other exception passes through.
 */
export function missingValueCollector(): {
  errors: DibaoDataError[];
  attempt: <T>(f: () => T) => T | undefined;
} {
  const errors: DibaoDataError[] = [];
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof DibaoDataError) {
        errors.push(e);
        return undefined;
      }
      throw e;
    }
  };
  return { errors, attempt };
}

/** One error for several missing values: the first, listing the others in `alsoMissing` and in the messages. */
export function combineMissing(errors: readonly DibaoDataError[]): DibaoDataError {
  const [first, ...rest] = errors;
  if (!first) throw new Error('combineMissing: no errors');
  if (rest.length === 0) return first;
  const alsoMissing = rest.map((e) => ({ value: e.value, period: e.period, supplyAs: e.supplyAs }));
  const listZh = rest
    .map((e) => `${e.value}（${e.period}${e.supplyAs ? `，${e.supplyAs}` : ''}）`)
    .join('、');
  const listEn = rest.map((e) => `${e.value} (${e.period}${e.supplyAs ? `, ${e.supplyAs}` : ''})`).join(', ');
  return new DibaoDataError(
    {
      code: first.code,
      value: first.value,
      regionCode: first.regionCode,
      regionName: first.regionName,
      period: first.period,
      supplyAs: first.supplyAs,
      messageZh: `${first.messageZh}另缺：${listZh}。`,
      alsoMissing,
    },
    `${first.message} Also missing: ${listEn}.`,
  );
}

/** The error for a value the pack does not hold. */
export function notInPack(args: {
  value: string;
  /** Chinese name of the value, e.g. 城市居民人均可支配收入. */
  valueZh: string;
  regionCode: string;
  regionName: string;
  period: string;
  supplyAs: string | null;
  /** Unit hint for the supplied value, e.g. 元/年. */
  unit?: string;
  /** Extra Chinese/English remark. */
  remark?: { zh: string; en: string };
}): DibaoDataError {
  const unit = args.unit ? `（${args.unit}）` : '';
  const how = args.supplyAs ? `请通过 ${args.supplyAs} 提供${unit}` : '数据包无法替代此值';
  const howEn = args.supplyAs
    ? `supply it as ${args.supplyAs}${args.unit ? ` (${args.unit})` : ''}`
    : 'it cannot be supplied here';
  const remarkZh = args.remark ? `；${args.remark.zh}` : '';
  const remarkEn = args.remark ? `; ${args.remark.en}` : '';
  const periodZh = /^[0-9]{4}$/.test(args.period) ? `${args.period}年` : args.period;
  const messageZh = `吉林数据包中没有 ${args.regionName}(${args.regionCode}) ${periodZh} 的${args.valueZh}（${args.value}）${remarkZh}；不会改用其他地区或年度的数值，${how}。`;
  const messageEn = `The Jilin data pack has no ${args.value} for ${args.regionName} (${args.regionCode}), ${args.period}${remarkEn}; no other region or year is used instead — ${howEn}.`;
  return new DibaoDataError(
    {
      code: 'notInPack',
      value: args.value,
      regionCode: args.regionCode,
      regionName: args.regionName,
      period: args.period,
      supplyAs: args.supplyAs,
      messageZh,
    },
    messageEn,
  );
}

/** The error for a code that is not a unit of the pack. */
export function unknownRegion(regionCode: string, period: string): DibaoDataError {
  const messageZh = `区划代码 ${excerpt(regionCode)} 不是吉林数据包中的地区（县级单位用GB/T 2260六位代码，如 220100 长春市区、222401 延吉市；长白山保护开发区用 JL-CBS）。`;
  return new DibaoDataError(
    {
      code: 'unknownRegion',
      value: 'regionCode',
      regionCode,
      regionName: null,
      period,
      supplyAs: null,
      messageZh,
    },
    `Region code ${excerpt(regionCode)} is not a region of the Jilin data pack (use a GB/T 2260 six-digit code such as 220100 for Changchun's districts or 222401 for Yanji; JL-CBS for the Changbaishan area).`,
  );
}
