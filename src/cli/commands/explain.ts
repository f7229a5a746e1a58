/**
 * `dibao explain <file> (--policy <policy.json> | --region <code>) [--format text|markdown]`: the 核算说明
 * of each household of a file — the same input as `dibao assess` (JSON, JSON Lines or CSV; the policy read
 * and checked once, or the data pack's policy on each household's date) — one after another, separated by
 * a rule line. A household that cannot be assessed gets an error block naming the record and its issues,
 * and the run ends with exit code 1, as the batch commands do.
 */
import { explainAssessment } from '../../explain/explain-assessment.js';
import type { Household } from '../../schema/household.js';
import type { Policy } from '../../schema/policy.js';
import { decodeUtf8, evaluateItem, evaluateText } from '../batch/process-chunk.js';
import type { OutputRecord, RecordError } from '../batch/types.js';
import { openInput } from '../input/open-input.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { prepareAssessContext } from './assess.js';
import type { Command } from './command.js';
import { type LocalFigures, regionPolicies } from './region-policy.js';

type ExplainFormat = 'text' | 'markdown';

const SEPARATOR: Record<ExplainFormat, string> = {
  text: `\n${'═'.repeat(40)}\n\n`,
  markdown: '\n---\n\n',
};

/** The block written instead of a 核算说明 for a record that failed. */
export function errorBlock(
  format: ExplainFormat,
  rec: { line: number; id: string | null; error: RecordError },
): string {
  const where = `输入第 ${rec.line} 行${rec.id === null ? '' : `，家庭 ${rec.id.replace(/\s+/g, ' ')}`}`;
  const issues = rec.error.issues.map(
    (i, n) => `${n + 1}. ${i.path === '' ? '（整条记录）' : i.path}：${i.message}〔${i.code}〕`,
  );
  if (format === 'markdown')
    return `# 无法生成核算说明（${where}）\n\n${issues.map((l) => l.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)).join('\n')}\n`;
  return `无法生成核算说明（${where}）\n${'='.repeat(8)}\n${issues.map((l) => `  ${l}`).join('\n')}\n`;
}

async function* records(
  input: Awaited<ReturnType<typeof openInput>>,
  evaluate: (record: unknown) => unknown,
): AsyncGenerator<OutputRecord> {
  const r = input.records;
  if (r.kind === 'items') {
    for await (const items of r.items) for (const item of items) yield evaluateItem(evaluate, item);
    return;
  }
  for await (const chunk of r.chunks) {
    const text = decodeUtf8(chunk.bytes);
    let line = chunk.firstLine;
    for (const raw of text.split('\n')) {
      const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (body.trim() !== '') yield evaluateText(evaluate, line, body);
      line += 1;
    }
  }
}

function formatOf(value: unknown): ExplainFormat {
  if (value === undefined || value === 'text') return 'text';
  if (value === 'markdown' || value === 'md') return 'markdown';
  throw new UsageError(`--format must be text or markdown, got ${String(value)}`);
}

/** The `explain` command. */
export const explainCommand: Command = {
  name: 'explain',
  summary: '核算说明：每户的认定与低保金逐步说明 / a Chinese explanation of each household assessment',
  help: `Usage: dibao explain <file> (--policy <policy.json> | --region <code>) [options]

核算说明：对文件中的每户家庭，给出可打印归档的中文核算说明——家庭与成员（按编号）、结论（类别、
低保金及其构成）、逐步核算（数值与所依据的条文）、尚缺事实及应填写的字段、提示，以及所引条文原文。
Prints, for each household of the file, the Chinese explanation of its assessment (the library's
explainAssessment), one after another, separated by a rule line.
Input as for dibao assess: JSON, JSON Lines or CSV households (see dibao assess --help, docs/cli.md).

Options:
  -p, --policy <file>      the policy JSON for every household
  -r, --region <region>    the Jilin data pack's policy for this region (code or name: 220100,
                           长春市) on each household's date; a --policy file given as well lays its
                           local figures over it (as for dibao assess)
  -f, --format <f>         text (default) | markdown
  --input-format <f>       json | jsonl | csv (default: from the extension; stdin: json if it starts
                           with "[", else jsonl)
  -q, --quiet              no summary on stderr
  -h, --help               this help

A record that cannot be assessed gets a block naming its line, id and issues instead; the exit code is
then 1 (0 when every household was explained, 2 for a usage error). See docs/explain.md.`,
  options: {
    policy: { type: 'string', short: 'p' },
    region: { type: 'string', short: 'r' },
    format: { type: 'string', short: 'f' },
    'input-format': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals, io: CliIo) {
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'missing the input file (use - for stdin) / 缺少输入文件'
          : `expects one input file, got ${positionals.length}`,
      );
    }
    const format = formatOf(values.format);
    const inputFormat = values['input-format'];
    if (
      inputFormat !== undefined &&
      inputFormat !== 'json' &&
      inputFormat !== 'jsonl' &&
      inputFormat !== 'csv'
    )
      throw new UsageError(`--input-format must be one of json, jsonl, csv, got ${String(inputFormat)}`);
    if (typeof values.policy !== 'string' && typeof values.region !== 'string')
      throw new UsageError(
        'explain needs --policy <policy.json> or --region <region> / 需要 --policy 政策文件或 --region 地区',
      );
    const ctx = await prepareAssessContext(values, io);
    const policyOf =
      ctx.region === null
        ? () => ctx.policy as Policy
        : regionPolicies(ctx.region, ctx.policy as LocalFigures | null);
    const evaluate = (record: unknown): unknown =>
      explainAssessment(record as Household, policyOf(record))[format === 'text' ? 'text' : 'markdown'];
    const input = await openInput(
      positionals[0] as string,
      inputFormat,
      { kind: 'households' },
      io.stdin,
      io.cwd,
    );
    let count = 0;
    let errors = 0;
    for await (const rec of records(input, evaluate)) {
      const block = 'error' in rec ? errorBlock(format, rec) : (rec.result as string);
      if ('error' in rec) errors += 1;
      const text = count === 0 ? block : `${SEPARATOR[format]}${block}`;
      count += 1;
      if (!io.stdout.write(text)) await new Promise((done) => io.stdout.once('drain', done));
    }
    if (values.quiet !== true)
      io.stderr.write(
        `dibao explain: ${count} 条记录 records, ${count - errors} 成功 ok, ${errors} 错误 errors\n`,
      );
    return errors > 0 ? 1 : 0;
  },
};
