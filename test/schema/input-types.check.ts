/**
 * The plain input types of src/schema/input-types.ts (printed by scripts/gen-input-types.mjs) are exactly the
 * zod schemas' input types: each line below fails `npm run typecheck` while the two differ (a schema changed and
 * the file was not regenerated: run `node scripts/gen-input-types.mjs`, or `npm run build`). Checked both ways
 * and strictly (the `Exactly` test of identical types, not only assignability).
 */
import type * as z from 'zod/mini';
import type { assessRequestSchema } from '../../src/schema/assess-request.js';
import type { dibaoStandardsInputSchema } from '../../src/schema/dibao-standards.js';
import type { entitlementsPolicySchema, housingSchema } from '../../src/schema/entitlement-facts.js';
import type { householdSchema, incomeEntrySchema, memberSchema } from '../../src/schema/household.js';
import type * as plain from '../../src/schema/input-types.js';
import type { policySchema } from '../../src/schema/policy.js';
import type { residencyFactsSchema } from '../../src/schema/residency.js';
import type {
  adlSchema,
  selfCareAbilitySchema,
  specialSupportInputSchema,
} from '../../src/schema/special-support.js';
import type {
  hardshipEventSchema,
  temporaryAssistanceCaseSchema,
  temporaryAssistanceRulesSchema,
} from '../../src/schema/temporary-assistance.js';

type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const inputTypesMatchTheSchemas_runScriptsGenInputTypesWhenThisFails: {
  Household: Exactly<plain.Household, z.input<typeof householdSchema>>;
  Member: Exactly<plain.Member, z.input<typeof memberSchema>>;
  IncomeEntry: Exactly<plain.IncomeEntry, z.input<typeof incomeEntrySchema>>;
  Policy: Exactly<plain.Policy, z.input<typeof policySchema>>;
  EntitlementsPolicy: Exactly<plain.EntitlementsPolicy, z.input<typeof entitlementsPolicySchema>>;
  HousingFacts: Exactly<plain.HousingFacts, z.input<typeof housingSchema>>;
  AssessRequest: Exactly<plain.AssessRequest, z.input<typeof assessRequestSchema>>;
  DibaoStandardsInput: Exactly<plain.DibaoStandardsInput, z.input<typeof dibaoStandardsInputSchema>>;
  SpecialSupportInput: Exactly<plain.SpecialSupportInput, z.input<typeof specialSupportInputSchema>>;
  AdlAssessment: Exactly<plain.AdlAssessment, z.input<typeof adlSchema>>;
  SelfCareAbility: Exactly<plain.SelfCareAbility, z.output<typeof selfCareAbilitySchema>>;
  ResidencyFacts: Exactly<plain.ResidencyFacts, z.input<typeof residencyFactsSchema>>;
  TemporaryAssistanceCase: Exactly<
    plain.TemporaryAssistanceCase,
    z.input<typeof temporaryAssistanceCaseSchema>
  >;
  HardshipEvent: Exactly<plain.HardshipEvent, z.input<typeof hardshipEventSchema>>;
  TemporaryAssistanceRules: Exactly<
    plain.TemporaryAssistanceRules,
    z.input<typeof temporaryAssistanceRulesSchema>
  >;
} = {
  Household: true,
  Member: true,
  IncomeEntry: true,
  Policy: true,
  EntitlementsPolicy: true,
  HousingFacts: true,
  AssessRequest: true,
  DibaoStandardsInput: true,
  SpecialSupportInput: true,
  AdlAssessment: true,
  SelfCareAbility: true,
  ResidencyFacts: true,
  TemporaryAssistanceCase: true,
  HardshipEvent: true,
  TemporaryAssistanceRules: true,
};
