/**
 * Pairing (包联): who serves which enterprise — policies, validation, suggestions by experience fit,
 * two-way selection and secondments.
 *
 * @module qinqing/pairing
 */
export { PairingSelection, PairingSchema } from './schema.js';
export type { Pairing } from './schema.js';
export {
  CapacityRuleSchema,
  CapacityRulesSchema,
  KeyEnterpriseContactRuleSchema,
  ProblemQuotaRuleSchema,
  PairingPolicySchema,
  defaultPairingPolicy,
} from './policy.js';
export type { CapacityRule, CapacityRules, KeyEnterpriseContactRule, ProblemQuotaRule, PairingPolicy } from './policy.js';
export { isPairingActive, validatePairings } from './validate.js';
export type { PairingViolationCode, PairingViolation, PairingAudit, PairingAdviser, PairingEnterprise, ValidatePairingsOptions } from './validate.js';
export { problemQuota } from './quota.js';
export type { QuotaIssue, QuotaAdviser, QuotaLine } from './quota.js';
export { defaultSuggestionWeights, suggestPairings } from './suggest.js';
export type {
  SuggestionWeights,
  SuggestionAdviser,
  SuggestionEnterprise,
  SuggestPairingsOptions,
  ScoreBreakdown,
  PairingSuggestion,
  PairingSuggestions,
} from './suggest.js';
export { SecondmentDirection, SecondmentSchema, secondmentSummary } from './secondment.js';
export type {
  Secondment,
  SecondmentTally,
  SecondmentBatchTally,
  SecondmentSummary,
} from './secondment.js';
export { stableMatch, StableMatchInputSchema, MatchProposers } from './match.js';
export type { StableMatchInput, StableMatching, MatchedPair, UnmatchedCadre, UnmatchedEnterprise } from './match.js';
