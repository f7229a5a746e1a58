/**
 * `zod/v4/core` for the spreadsheet bundle only (tsup.config.ts redirects `src/schema/common.ts` here):
 * the schemas' strict objects run on zod's interpreted object parser, as `zod/mini`'s own objects do,
 * instead of the compiled one the library uses for speed. The issues are the same either way; the
 * compiled parser and its code generator are ≈ 1.5 KB of the bundle's gzip size, and a sheet or UDF row
 * does not need its speed. docs/performance.md, "Cold import and global bundle (round 2)".
 */
export { $constructor, $ZodObject as $ZodObjectJIT } from 'zod/v4/core';
