/**
 * Traces: the ordered steps that explain a result. Each step cites an article and lists every value
 * it read, so a caseworker can follow a figure from the statistics to the amount.
 */

/** A value shown in a trace: decimals are written as strings. */
export type TraceValue = string | number | boolean | null | ReadonlyArray<string>;

/** One step of a trace. */
export interface TraceStep {
  /** Stable id, e.g. `dibaoStandard.urbanFloor`. */
  rule: string;
  /** The article applied, e.g. `第4条` or `特困人员认定办法(2021)第21条`. */
  article: string;
  /** Every value the step read. */
  inputs: Record<string, TraceValue>;
  /** What the step produced. */
  output: TraceValue;
  /** One short Chinese sentence. */
  note: string;
}

/** Collects trace steps for one call; a disabled tracer records nothing (for batch speed). */
export class Tracer {
  readonly enabled: boolean;
  readonly steps: TraceStep[] = [];

  constructor(enabled = true) {
    this.enabled = enabled;
  }

  /** Appends a step when tracing is enabled. */
  step(
    rule: string,
    article: string,
    inputs: Record<string, TraceValue>,
    output: TraceValue,
    note: string,
  ): void {
    if (this.enabled) this.steps.push({ rule, article, inputs, output, note });
  }
}
