/**
 * The shape of a CLI command. Commands are modules in `src/cli/commands/<name>.ts` registered in the
 * one table of `src/cli/commands/index.ts`.
 */
import type { ParseArgsConfig } from 'node:util';
import type { BatchSpec } from '../batch/types.js';
import type { CliIo } from '../io.js';

/** Parsed option values, as `node:util` `parseArgs` returns them. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** One `dibao <name>` command. */
export interface Command {
  name: string;
  /** One line for the overall help. */
  summary: string;
  /** The full `dibao <name> --help` text. */
  help: string;
  /** The command's options (parsed strictly: an unknown option is a usage error). */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; resolves to the exit code. Throws `UsageError` for exit code 2. */
  run(values: OptionValues, positionals: string[], io: CliIo): Promise<number>;
  /** Present for commands that evaluate records in batches (worker threads look it up by name). */
  batch?: BatchSpec<unknown>;
}
