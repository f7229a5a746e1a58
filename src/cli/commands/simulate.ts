/**
 * `dibao simulate <households> --base <policy> --reform <policy> [--html out.html]`: a what-if study
 * (第4条, 第28条, 第30条). The households file is a JSON array of households or JSON Lines (one household a
 * line); both policies are read and checked first (a bad policy is a usage error, exit 2); a bad household
 * is an error record in the result (exit 1 when any), never an abort.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Household } from '../../schema/household.js';
import type { Policy } from '../../schema/policy.js';
import { renderSimulationHtml } from '../../simulate/html.js';
import { simulate } from '../../simulate/simulate.js';
import type { CliIo } from '../io.js';
import { writeOutput } from '../output/output-target.js';
import { readFiles, refuseOverwrite } from '../output/same-file.js';
import { UsageError } from '../usage-error.js';
import { loadPolicy } from './assess.js';
import type { Command } from './command.js';

/** Parses a households file: a JSON array, or JSON Lines (a line that is not JSON becomes an error record). */
export function parseHouseholds(text: string, file: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(trimmed);
      if (Array.isArray(v)) return v;
    } catch (e) {
      throw new UsageError(
        `the households file ${file} is not valid JSON: ${(e as Error).message} / 家庭文件不是合法 JSON`,
      );
    }
  }
  const out: unknown[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      // Kept as text: simulate records it as an invalid household (wrong type) at its index.
      out.push(line);
    }
  }
  return out;
}

async function write(io: CliIo, target: string, text: string): Promise<void> {
  await writeOutput(target, text, io); // atomically: a failed run leaves an earlier file as it was
}

/** The `simulate` command. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: '政策模拟：两套政策下的分类、低保金与增减 / what-if study of a reform policy',
  help: `Usage: dibao simulate <households> --base <policy.json> --reform <policy.json> [options]

政策模拟（第4条、第28条、第30条）：同一批家庭分别按现行政策和调整政策评估，输出各类家庭与成员数、
特困人数、每月低保金与增发补助金总额、增减的家庭（编号与金额）和资金变化（JSON）。
Assesses the same households under a base and a reform policy; prints class counts, exact monthly
totals, who gains and who loses, and the change in cost as JSON.

<households>: a JSON array of households, or JSON Lines (one household a line).
Invalid households are listed under "errors" (exit code 1), never abort the study.

Options:
  --base <file>         the policy in force (required)
  --reform <file>       the reform policy (required)
  --html <file>         also write a self-contained HTML report with SVG charts
  -o, --output <file>   write the JSON to a file instead of stdout
  -h, --help            this help`,
  options: {
    base: { type: 'string' },
    reform: { type: 'string' },
    html: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('expects one households file / 需要一个家庭文件');
    if (typeof values.base !== 'string')
      throw new UsageError('--base <policy.json> is required / 缺少 --base');
    if (typeof values.reform !== 'string')
      throw new UsageError('--reform <policy.json> is required / 缺少 --reform');
    const file = positionals[0] as string;
    const reads = readFiles(values, positionals).filter((r) => r.option !== '--html');
    await refuseOverwrite(values.output, reads, io);
    if (typeof values.html === 'string') await refuseOverwrite(values.html, reads, io);
    const base = (await loadPolicy(values.base, io)) as Policy;
    const reform = (await loadPolicy(values.reform, io)) as Policy;
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      throw new UsageError(
        `cannot read the households file ${file}: ${(e as Error).message} / 无法读取家庭文件`,
      );
    }
    const households = parseHouseholds(text, file) as Household[];
    const result = simulate(households, base, reform, { trace: false });
    const json = `${JSON.stringify(result, null, 2)}\n`;
    if (typeof values.output === 'string' && values.output !== '-') await write(io, values.output, json);
    else io.stdout.write(json);
    if (typeof values.html === 'string') await write(io, values.html, renderSimulationHtml(result));
    io.stderr.write(
      `家庭 households ${result.counts.households}，评估 assessed ${result.counts.assessed}，无效 invalid ${result.counts.errors}；` +
        `资金变化 cost change ${result.costChange.perMonth} 元/月 (${result.costChange.perYear} 元/年)；` +
        `增加 gains ${result.gains.length}，减少 losses ${result.losses.length}\n`,
    );
    return result.errors.length > 0 ? 1 : 0;
  },
};
