/**
 * Where a value of the Jilin data pack comes from. Every published figure in the pack carries one of these
 * (OpenFisca style: a value is never without its reference).
 */

/** The reference of one published value. */
export interface Source {
  /** Document number and/or the address of the copy it was read from, as given in the reference file. */
  source: string;
  /** The date the document or page was published, when known (`YYYY-MM-DD`). */
  published?: string;
  /** The date the value took effect (`YYYY-MM-DD`); see `effectiveBasis` for how it is known. */
  effective: string;
  /**
   * How `effective` is known: `stated` — the source states it (a month alone counts as its 1st day);
   * `publication` — the source gives no effective date, so the pack uses the publication date (the value
   * was in force no later than that); `year` — only the year is known, the pack uses 1 January.
   */
  effectiveBasis: 'stated' | 'publication' | 'year';
  /** A short Chinese remark on the value, when one is needed. */
  note?: string;
}

/** A published value with its source. */
export type Sourced<T> = T & { readonly ref: Source };

/** One-line citation of a source for traces and messages: `document (effective …)`. */
export function cite(ref: Source): string {
  const parts = [ref.source];
  if (ref.published) parts.push(`发布 published ${ref.published}`);
  parts.push(
    `起 effective ${ref.effective}${ref.effectiveBasis === 'stated' ? '' : `（${basisLabel(ref)}）`}`,
  );
  return parts.join('；');
}

function basisLabel(ref: Source): string {
  return ref.effectiveBasis === 'publication' ? '未载明生效日，取发布日' : '仅知年份，取1月1日';
}
