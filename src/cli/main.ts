/**
 * `dibao`: the command line of dibao-rules. Parses the command and its options with `node:util`
 * `parseArgs` (strict: an unknown option is a usage error), runs the command, and turns the outcome
 * into an exit code: 0 all good, 1 some record failed, 2 usage error, 3 unexpected failure, 4 the output
 * could not be written (disk full), 141 the output was closed early (a broken pipe).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { homepage, version } from '../../package.json';
import { COMMANDS } from './commands/index.js';
import type { CliIo } from './io.js';
import { EXIT_BROKEN_PIPE, EXIT_OUTPUT_FAILED, OutputError } from './output/output-error.js';
import { UsageError } from './usage-error.js';

/** Exit codes of the CLI. */
export const EXIT = {
  ok: 0,
  recordErrors: 1,
  usage: 2,
  failure: 3,
  outputFailed: EXIT_OUTPUT_FAILED,
  brokenPipe: EXIT_BROKEN_PIPE,
} as const;

/** The project's pages online: the homepage of package.json without its `#readme`. */
export const ONLINE_DOCS = `${homepage.replace(/#.*$/, '')}/blob/main/docs`;

/**
 * Where `docs/<file>` is for the user running this copy: the `docs/` folder of the installed package (the
 * command is `dist/cli.js`, so `../docs`; `../../docs` from `src/cli/main.ts` in a checkout), or `undefined`
 * when this copy has none.
 */
export function localDoc(file: string, moduleUrl: string = import.meta.url): string | undefined {
  const here = dirname(fileURLToPath(moduleUrl));
  return ['..', join('..', '..')].map((up) => join(here, up, 'docs', file)).find((p) => existsSync(p));
}

/** The overall `dibao --help` text. */
export function overallHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const list = Object.values(COMMANDS)
    .map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
    .join('\n');
  return `dibao ${version} — 吉林省城市贫困人口社会救助规则（征求意见稿）命令行工具
The command line of dibao-rules: exact, traced rules of the Jilin draft opinion on urban social assistance.

Usage: dibao <command> [options]

Commands / 命令:
${list}

  dibao <command> --help   help on one command / 查看某一命令的帮助
  dibao --version          print the version

Exit codes / 退出码: 0 all records ok, 1 some record failed, 2 usage error, 3 unexpected failure,
  4 the output could not be written (disk full), 141 the output was closed early (broken pipe).
Docs / 文档: ${localDoc('cli.md') ?? `${ONLINE_DOCS}/cli.md`}
Online / 在线: ${ONLINE_DOCS}/cli.md
`;
}

/** Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(overallHelp());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(overallHelp());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V' || first === '-v') {
    io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0];
    const cmd = topic !== undefined && Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined;
    io.stdout.write(cmd ? `${cmd.help}\n` : overallHelp());
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    io.stderr.write(`dibao: unknown command "${first}" / 未知命令\n\n${overallHelp()}`);
    return EXIT.usage;
  }
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (parsed.values.help === true) {
      io.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(
      parsed.values as Record<string, string | boolean | undefined>,
      parsed.positionals,
      io,
    );
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`dibao ${command.name}: ${e.message}\n(see: dibao ${command.name} --help)\n`);
      return EXIT.usage;
    }
    if (e instanceof OutputError) {
      io.stderr.write(`dibao ${command.name}: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(`dibao ${command.name}: failed: ${err.stack ?? err.message}\n`);
    return EXIT.failure;
  }
}
