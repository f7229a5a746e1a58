/**
 * `dibao schema <name>`: prints the JSON Schema of one input (generated from the zod schemas in input
 * mode), for Java, Python and other systems; without a name, lists the names.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { isJsonSchemaName, JSON_SCHEMA_NAMES, jsonSchemaFor } from '../../schema/json-schema.js';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';

/** The `schema` command. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: '输出输入数据的 JSON Schema / print the JSON Schema of an input',
  help: `Usage: dibao schema <name> [-o <file>]
       dibao schema            (lists the names)

输出某一输入的 JSON Schema（draft 2020-12，字段说明为中文），供 Java、Python 等系统校验。
Prints the JSON Schema (draft 2020-12, Chinese field descriptions) of one input.

Names / 名称: ${JSON_SCHEMA_NAMES.join(', ')}

Options:
  -o, --output <file>   write to a file instead of stdout
  -h, --help            this help`,
  options: {
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals, io) {
    if (positionals.length === 0) {
      io.stdout.write(`${JSON_SCHEMA_NAMES.join('\n')}\n`);
      return 0;
    }
    const name = positionals[0] as string;
    if (positionals.length > 1) throw new UsageError(`expects one schema name, got ${positionals.length}`);
    if (!isJsonSchemaName(name)) {
      throw new UsageError(
        `unknown schema "${name}" / 未知的 Schema 名称; known: ${JSON_SCHEMA_NAMES.join(', ')}`,
      );
    }
    const text = `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;
    const target = values.output;
    if (typeof target === 'string' && target !== '-') {
      const out = createWriteStream(resolve(io.cwd, target));
      out.end(text);
      await once(out, 'finish');
    } else {
      io.stdout.write(text);
    }
    return 0;
  },
};
