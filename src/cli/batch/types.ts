/**
 * The shapes that flow through a batch run: input items, output records, per-chunk tallies, and the
 * description of a batch command (how to evaluate one record, how to show it as CSV, what to count).
 */

/** The input formats the CLI reads. */
export type InputFormat = 'json' | 'jsonl' | 'csv';
/** The output formats the CLI writes. */
export type OutputFormat = 'jsonl' | 'csv';

/** One problem with one record (the `DibaoInputError` issue shape; the CLI adds codes such as `invalid_json`). */
export interface CliIssue {
  path: string;
  code: string;
  message: string;
  messageEn: string;
}

/**
 * One input record on its way to evaluation. `text` items are raw JSON (parsed where they are evaluated,
 * so worker threads share that work); `value` items were already built (CSV rows); `error` items failed
 * before evaluation (a CSV row of the wrong length, an unclosed JSON array).
 */
export type WorkItem =
  | { kind: 'text'; line: number; text: string }
  | { kind: 'value'; line: number; id: string | null; value: unknown }
  | { kind: 'error'; line: number; id: string | null; name: InputErrorName; issues: CliIssue[] };

/**
 * The `name` of an error record found before evaluation: `CsvError` (a CSV row), `SyntaxError` (the
 * structure of a JSON document), `InputError` (a record over the size limit, bytes that are not UTF-8),
 * `WorkerError` (the worker thread evaluating the record died).
 */
export type InputErrorName = 'CsvError' | 'SyntaxError' | 'InputError' | 'WorkerError';

/** The error part of an error record. */
export interface RecordError {
  /**
   * `DibaoInputError`, `SyntaxError` (bad JSON), `CsvError`, `InputError` (too large, not UTF-8),
   * `WorkerError` (the thread evaluating it died), or the name of an unexpected error.
   */
  name: string;
  message: string;
  issues: CliIssue[];
}

/** Exactly one output record per input record: a result or an error, with the input line and the record id. */
export type OutputRecord =
  | { line: number; id: string | null; result: unknown }
  | { line: number; id: string | null; error: RecordError };

/** Counters and exact money sums of a run (or of one chunk, merged later). */
export interface Tally {
  records: number;
  errors: number;
  /** Named counters, e.g. `household.dibao`, `member.extremelyPoor`. */
  counts: Record<string, number>;
  /** Named exact decimal sums as plain strings, e.g. `benefit.totalPerMonth` (the part not in `fen`). */
  sums: Record<string, string>;
  /** The same sums' amounts with at most two decimals, in integer 分 (safe integers; the rest is in `sums`). */
  fen: Record<string, number>;
}

/** One CSV output column of a command's result. */
export interface CsvOutputColumn {
  name: string;
  /** The cell for a successful result (arrays are joined with `;`, objects written as JSON). */
  cell: (result: unknown) => unknown;
  /** The cell holds codes (classes, warnings…): `--labels zh` writes their Chinese labels. */
  codes?: boolean;
}

/** How one CSV input column becomes a field of the JSON record. */
export interface CsvInputColumn {
  column: string;
  /** Where the cell goes in the record, e.g. `['provincialGuidance', 'urbanPerMonth']`. */
  path: ReadonlyArray<string>;
  /**
   * How the cell text is read (by the spreadsheet layer's normalisers): money stays a string (the schema
   * checks it), `date` and `dateList` become `YYYY-MM-DD`, `choice` a code of `choices`.
   */
  type: 'money' | 'integer' | 'boolean' | 'string' | 'date' | 'dateList' | 'choice';
  /** The Chinese header accepted for this column, as on an Excel export (documented in docs/cli.md). */
  zh?: string;
  /** `choice`: each code with the Chinese spellings accepted for it (城市 → `urban`). */
  choices?: Readonly<Record<string, readonly string[]>>;
}

/** The CSV input layout of a command: flat (one row per record) or households (one row per member). */
export type CsvInputLayout =
  | { kind: 'flat'; columns: ReadonlyArray<CsvInputColumn> }
  | { kind: 'households' };

/**
 * A command that evaluates records in batches. `Ctx` must survive `structuredClone`: it is sent to worker
 * threads, which rebuild the evaluator from it.
 */
export interface BatchSpec<Ctx> {
  /** The command name, also the key worker threads use to find the spec. */
  name: string;
  csvInput: CsvInputLayout;
  csvOutput: ReadonlyArray<CsvOutputColumn>;
  /** Builds the per-record function; it throws `DibaoInputError` for a bad record. */
  evaluator: (ctx: Ctx) => (record: unknown) => unknown;
  /**
   * Optional: `JSON.stringify(result)` written faster for the command's fixed result shape, or `null` when
   * a result is not of that shape (JSON.stringify is used then). Must give exactly JSON.stringify's text.
   */
  resultJson?: (result: unknown) => string | null;
  /** Adds one successful result to the tally. */
  tally: (result: unknown, tally: Tally) => void;
  /** The summary lines (Chinese with English labels) printed on stderr at the end. */
  summary: (tally: Tally) => string[];
}

/** The per-run settings every batch chunk is processed with. */
export interface BatchSettings<Ctx> {
  command: string;
  ctx: Ctx;
  outputFormat: OutputFormat;
  /** `--trace` was given: results carry their trace (JSON Lines inside `result`, CSV in a `trace` column). */
  traceColumn: boolean;
  /** `--labels zh`: CSV cells holding codes are written as Chinese labels. */
  labels?: 'zh';
  /**
   * `--max-record-bytes`: a record larger than this (UTF-8 bytes) is an error record, not evaluated.
   * Default `DEFAULT_MAX_RECORD_BYTES` (record-limits.ts).
   */
  maxRecordBytes?: number;
}
