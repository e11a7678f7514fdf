/**
 * Policies for enterprises (惠企政策) as validated data, matched with enterprises by their facts:
 * who is eligible, who is not and who needs more facts, each decision explained in Chinese and
 * English; the reverse, a policy's eligible enterprises across a city; and the time limits of the
 * 直达快享 work (handbook after publication, redemption per mode) in working days.
 *
 * @module qinqing/policy
 */
export {
  PolicyMode,
  PolicyFact,
  PolicyMatchStatus,
  DivisionPrefixSchema,
  NumberKeySchema,
  PolicyTagSchema,
  PolicyConditionsSchema,
  PolicyRegionSchema,
  PolicyBenefitSchema,
  PolicySchema,
  PolicyNumberDeclarationSchema,
  PolicyTagDeclarationSchema,
  PolicySetSchema,
} from './schema.js';
export type { PolicyConditions, PolicyRegion, PolicyBenefit, Policy, PolicySet, EnterpriseFacts } from './schema.js';
export type { PolicyCondition, PolicyMatch } from './compile.js';
export { matchPolicies, eligibleEnterprises, explainPolicyMatch } from './match.js';
export type { PolicyMatches, PolicyEligibility } from './match.js';
export { validatePolicies } from './validate.js';
export type { PolicyFinding, PolicyFindingCode, PolicyFindingSeverity, PolicySetReport, PolicySetRejection } from './validate.js';
export { PolicyDeadlineRulesSchema, sichuanPolicyDeadlines, policyDeadlines, redemptionDeadline } from './deadlines.js';
export type { PolicyDeadlineRules, PolicyDeadlines, RedemptionDeadline, RedemptionLimit } from './deadlines.js';
export { examplePolicies } from './defaults.js';
