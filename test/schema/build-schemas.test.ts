/** The build step that writes dist/schemas/*.json: one file per published name, each the same JSON as jsonSchemaFor. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs build script without declarations
import { writeSchemas } from '../../scripts/build-schemas.mjs';
import { JSON_SCHEMA_NAMES, jsonSchemaFor } from '../../src/schemas.js';

describe('scripts/build-schemas.mjs', () => {
  it('writes <name>.json for every published schema, and nothing else', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dibao-schemas-')), 'schemas');
    (writeSchemas as (o: string, api: unknown) => string[])(out, { JSON_SCHEMA_NAMES, jsonSchemaFor });
    expect(readdirSync(out).sort()).toEqual(JSON_SCHEMA_NAMES.map((n) => `${n}.json`).sort());
    for (const name of JSON_SCHEMA_NAMES) {
      const text = readFileSync(join(out, `${name}.json`), 'utf8');
      expect(text.endsWith('}\n')).toBe(true);
      expect(JSON.parse(text)).toEqual(jsonSchemaFor(name));
    }
    expect(JSON_SCHEMA_NAMES).toEqual(
      expect.arrayContaining([
        'household',
        'policy',
        'dibao-standards-input',
        'special-support-input',
        'assess-request',
      ]),
    );
  });
});
