/**
 * The one table of `dibao` commands. A new command is a module in this folder added here; the overall
 * help lists them in this order, and worker threads find batch commands here by name.
 */
import type { BatchSpec } from '../batch/types.js';
import { assessCommand } from './assess.js';
import type { Command } from './command.js';
import { entitlementsCommand } from './entitlements.js';
import { kitCommand } from './kit.js';
import { schemaCommand } from './schema.js';
import { simulateCommand } from './simulate.js';
import { standardsCommand } from './standards.js';
import { supportCommand } from './support.js';

/** Every command, by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  assess: assessCommand,
  standards: standardsCommand,
  support: supportCommand,
  schema: schemaCommand,
  entitlements: entitlementsCommand,
  simulate: simulateCommand,
  kit: kitCommand,
};

/** The batch spec of a command (for worker threads). */
export function batchSpecFor(name: string): BatchSpec<unknown> {
  const spec = Object.hasOwn(COMMANDS, name) ? COMMANDS[name]?.batch : undefined;
  if (!spec) throw new Error(`no batch command "${name}"`);
  return spec;
}
