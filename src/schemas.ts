/**
 * dibao-rules/schemas — the zod schemas of every input and the JSON Schema export: for callers who validate
 * or compose the library's input shapes with their own zod (v4) before calling it, or who generate JSON
 * Schemas at run time. The schemas are the library's own (its bundled zod copy): a caller's zod parses,
 * composes and converts them, but `instanceof` a caller's zod classes is false. The same JSON Schemas are
 * published as files, `dibao-rules/schemas/<name>.json`. See docs/integration.md.
 *
 * The types of this subpath are zod's: under CommonJS TypeScript, zod's own declaration files need
 * `esModuleInterop` (or `skipLibCheck`). The root entry `dibao-rules` needs neither.
 */

export { assessRequestSchema } from './schema/assess-request.js';
export {
  dibaoStandardsInputSchema,
  proposedStandardsSchema,
  provincialGuidanceSchema,
} from './schema/dibao-standards.js';
export { entitlementsPolicySchema, housingSchema } from './schema/entitlement-facts.js';
export { householdSchema } from './schema/household.js';
export type { JsonSchemaDocument, JsonSchemaName } from './schema/json-schema.js';
export { isJsonSchemaName, JSON_SCHEMA_NAMES, jsonSchemaFor } from './schema/json-schema.js';
export { policySchema } from './schema/policy.js';
export { residencyFactsSchema } from './schema/residency.js';
export {
  adlSchema,
  careRatesSchema,
  selfCareAbilitySchema,
  specialSupportInputSchema,
} from './schema/special-support.js';
export {
  hardshipEventSchema,
  temporaryAssistanceCaseSchema,
  temporaryAssistanceRulesSchema,
} from './schema/temporary-assistance.js';
