/**
 * The spreadsheet/UDF bundle validates with the zod schemas but must not carry what only the published JSON
 * Schemas need: the Chinese field descriptions (kept in the `…Descriptions()` tables that only
 * `jsonSchemaFor` calls), zod's JSON Schema generator, or zod classic (the schemas use `zod/mini`).
 * Together these were about 22 KB of the bundle's gzip size (docs/performance.md, "Global bundle size").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, jsonSchemaFor } from '../../src/schemas.js';
import { bundleSource } from '../spreadsheet/bundle.js';

/** The bundle text with esbuild's `\uXXXX` escapes of non-ASCII text decoded. */
let text = '';
beforeAll(async () => {
  text = (await bundleSource()).replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) =>
    String.fromCharCode(Number.parseInt(h, 16)),
  );
}, 60_000);

function descriptions(): string[] {
  const out = new Set<string>();
  const walk = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (typeof o.description === 'string') out.add(o.description);
    for (const v of Object.values(o)) walk(v);
  };
  for (const name of JSON_SCHEMA_NAMES) walk(jsonSchemaFor(name));
  return [...out];
}

describe('the global bundle leaves out what only the JSON Schemas need', () => {
  it('carries none of the field descriptions of the published JSON Schemas', () => {
    const all = descriptions();
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((d) => text.includes(d))).toEqual([]);
  });

  it('carries neither zod classic nor the JSON Schema generator', () => {
    expect(text).not.toContain('"ZodError"'); // zod classic's error class (zod/mini throws $ZodError)
    expect(text).not.toContain('toJSONSchema');
    expect(text).not.toContain('Non-representable type');
  });
});
