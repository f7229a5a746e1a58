/**
 * One call of `assessHousehold` as a single JSON document `{ household, policy }`: the shape a system
 * posts across a JSON boundary (a queue message, an HTTP body, a SQL UDF argument pair).
 */
import { type Descriptions, strictObject } from './common.js';
import { householdDescriptions, householdSchema } from './household.js';
import { policyDescriptions, policySchema } from './policy.js';

/** `{ household, policy }`, both required, nothing else. */
export const assessRequestSchema = strictObject({
  household: householdSchema,
  policy: policySchema,
});

/** JSON Schema descriptions of {@link assessRequestSchema}. */
export const assessRequestDescriptions = (): Descriptions<typeof assessRequestSchema> => ({
  $: '一次家庭评估请求：待评估家庭 household 与当地政策参数 policy（第5、6、9、10、11条）',
  household: householdDescriptions(),
  policy: policyDescriptions(),
});

/** What a caller passes. */
export type { AssessRequest } from './input-types.js';
