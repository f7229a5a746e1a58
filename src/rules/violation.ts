/**
 * Violations: a figure that the rules still compute but that breaks an article (a proposed standard
 * below the 第4条 floor, a 第12条 multiplier below 1.3, …). They are data, not errors, so what-if
 * studies keep working.
 */

/** One broken requirement. `code`, `article` and `message` are the v1 contract; the rest are additions. */
export interface RuleViolation<C extends string = string> {
  /** Stable machine-readable code, e.g. `BELOW_INCOME_FLOOR`. */
  code: C;
  /** The article broken, e.g. `第4条`. */
  article: string;
  /** 中文说明, with the figures compared. */
  message: string;
  /** The same in English. */
  messageEn: string;
  /** JSON path of the input value at fault (e.g. `proposed.urbanPerMonth`), when there is one. */
  path?: string;
}
