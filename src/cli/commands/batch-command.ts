/**
 * What every batch command (`assess`, `standards`, `support`, …) shares: the input/output options,
 * `--jobs`, `--trace`, `--quiet`, the progress bar and the summary, and the exit code (0 all records
 * good, 1 some record failed).
 */

import type { ParseArgsConfig } from 'node:util';
import { clampJobs } from '../batch/jobs.js';
import { parseMaxRecordBytes } from '../batch/record-limits.js';
import { runBatch } from '../batch/run-batch.js';
import type { BatchSpec, InputFormat, OutputFormat, Tally } from '../batch/types.js';
import { INPUT_ENCODINGS, type InputEncoding } from '../input/encoding.js';
import { openInput } from '../input/open-input.js';
import type { CliIo } from '../io.js';
import { labelledSummaryLine } from '../output/csv-labels.js';
import { openOutput } from '../output/output-target.js';
import { readFiles, refuseOverwrite } from '../output/same-file.js';
import { Progress } from '../progress.js';
import { UsageError } from '../usage-error.js';
import type { Command, OptionValues } from './command.js';

/** The options every batch command takes. */
export const BATCH_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  'input-format': { type: 'string' },
  'output-format': { type: 'string' },
  output: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  trace: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  bom: { type: 'boolean' },
  labels: { type: 'string' },
  encoding: { type: 'string' },
  'max-record-bytes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** The help text of the options every batch command takes. */
export const BATCH_OPTIONS_HELP = `Input and output / 输入与输出:
  <file>                   input file, or - for stdin / 输入文件，- 表示标准输入
  --input-format <f>       json | jsonl | csv (default: from the extension; stdin: json if it
                           starts with "[", else jsonl)
  --encoding <e>           utf-8 (default) | gbk | gb18030 | utf-16le — Excel's "CSV" on Chinese
                           Windows is gbk; a UTF-16LE file with its BOM is read without it
  --max-record-bytes <n>   a larger record is an error record, not evaluated (default 1m = 1 MiB)
  --output-format <f>      jsonl (default) | csv
  -o, --output <file>      write to a file instead of stdout (- = stdout)
  --bom                    start CSV output with a UTF-8 BOM (for Excel)
  --trace                  include each result's trace (off by default for batch speed)
  --labels zh              CSV cells holding codes and the summary in Chinese labels (低收入, not
                           lowIncome); JSON Lines keep the codes
  -j, --jobs <n|auto>      evaluate on n worker threads, output order kept (default 1)
  -q, --quiet              no progress bar and no summary on stderr
  -h, --help               this help

Every input record gives exactly one output line, in input order:
  {"line":N,"id":"…","result":{…}}   or   {"line":N,"id":"…","error":{"name","message","issues":[…]}}
Exit code: 0 all records evaluated, 1 some record failed, 2 usage error, 3 unexpected failure,
4 output not written (disk full), 141 output closed early (broken pipe). See docs/cli.md.`;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, got ${String(value)}`);
}

/** Reads `--jobs`: a whole number ≥ 1, or `auto` (the machine's available parallelism). */
export function parseJobs(value: unknown, io: CliIo): number {
  if (value === undefined) return 1;
  if (value === 'auto') return Math.max(1, io.availableParallelism);
  if (typeof value === 'string' && /^[1-9][0-9]{0,2}$/.test(value)) return Number(value);
  throw new UsageError(`--jobs must be a whole number from 1 to 999 or "auto", got ${String(value)}`);
}

/** The description of one batch command. */
export interface BatchCommandDef<Ctx> {
  spec: BatchSpec<Ctx>;
  summary: string;
  /** The command-specific part of the help (usage line, description, extra options). */
  help: string;
  /** Options beyond {@link BATCH_OPTIONS}. */
  options?: NonNullable<ParseArgsConfig['options']>;
  /** Builds the cloneable run context from the options (reads files such as `--policy`). */
  prepare(values: OptionValues, io: CliIo): Promise<Ctx>;
}

/** Makes a {@link Command} out of a batch spec. */
export function batchCommand<Ctx>(def: BatchCommandDef<Ctx>): Command {
  return {
    name: def.spec.name,
    summary: def.summary,
    help: `${def.help}\n\n${BATCH_OPTIONS_HELP}`,
    options: { ...BATCH_OPTIONS, ...def.options },
    batch: def.spec as BatchSpec<unknown>,
    async run(values, positionals, io) {
      if (positionals.length !== 1) {
        throw new UsageError(
          positionals.length === 0
            ? 'missing the input file (use - for stdin) / 缺少输入文件'
            : `expects one input file, got ${positionals.length}`,
        );
      }
      const file = positionals[0] as string;
      const inputFormat = oneOf<InputFormat>(
        values['input-format'],
        ['json', 'jsonl', 'csv'],
        'input-format',
      );
      const outputFormat =
        oneOf<OutputFormat>(values['output-format'], ['jsonl', 'csv'], 'output-format') ?? 'jsonl';
      const labels = oneOf<'zh'>(values.labels, ['zh'], 'labels');
      const encoding = oneOf<InputEncoding>(
        typeof values.encoding === 'string' ? values.encoding.toLowerCase() : values.encoding,
        INPUT_ENCODINGS,
        'encoding',
      );
      const maxRecordBytes = parseMaxRecordBytes(values['max-record-bytes']);
      const quiet = values.quiet === true;
      const { jobs, note } = clampJobs(parseJobs(values.jobs, io), io.availableParallelism);
      if (jobs > 1 && io.workerUrl === null)
        throw new UsageError('--jobs > 1 needs worker threads (run dist/cli.js)');
      if (note !== null && !quiet) io.stderr.write(`dibao ${def.spec.name}: ${note}\n`);
      await refuseOverwrite(values.output, readFiles(values, positionals), io);
      const ctx = await def.prepare(values, io);
      const input = await openInput(file, inputFormat, def.spec.csvInput, io.stdin, io.cwd, {
        encoding,
        maxRecordBytes,
      });
      const output = await openOutput(values.output, io);
      const started = io.now();
      const progress =
        !quiet && io.stderrIsTTY ? new Progress(io.stderr, io.now, input.totalBytes, io.stderrColumns) : null;
      let tally: Tally;
      try {
        tally = await runBatch({
          spec: def.spec,
          settings: {
            command: def.spec.name,
            ctx,
            outputFormat,
            traceColumn: values.trace === true,
            maxRecordBytes,
            ...(labels === undefined ? {} : { labels }),
          },
          input,
          output: output.sink,
          jobs,
          workerUrl: io.workerUrl,
          progress,
          bom: values.bom === true && outputFormat === 'csv',
        });
        await output.commit();
      } catch (e) {
        await output.abort();
        throw e;
      }
      if (!quiet) io.stderr.write(summaryText(def.spec, tally, io.now() - started, labels === 'zh'));
      return tally.errors > 0 ? 1 : 0;
    },
  };
}

/** The end-of-run summary printed on stderr. */
export function summaryText<Ctx>(
  spec: BatchSpec<Ctx>,
  tally: Tally,
  elapsedMs: number,
  labels = false,
): string {
  const lines = [
    `dibao ${spec.name}: ${tally.records} 条记录 records, ${tally.records - tally.errors} 成功 ok, ${tally.errors} 错误 errors (${(elapsedMs / 1000).toFixed(1)}s)`,
    ...spec.summary(tally).map((l) => `  ${labels ? labelledSummaryLine(l) : l}`),
  ];
  return `${lines.join('\n')}\n`;
}
