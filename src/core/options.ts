/** Options every public rule function accepts as its last argument. */
export interface RuleOptions {
  /**
   * Record the trace (default `true`). Batch callers that do not read the explanation pass `false`:
   * the result is identical except that `trace` is an empty array.
   */
  trace?: boolean;
}
