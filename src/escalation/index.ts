/**
 * Escalation (协调层级): ladders of rules as validated data, compiled once, that route an issue to
 * the official or body that can solve it and explain why.
 *
 * @module qinqing/escalation
 */
export {
  EscalationHolder,
  RuleConditionsSchema,
  EscalationTargetSchema,
  EscalationRuleSchema,
  EscalationLadderSchema,
  IssueFactsSchema,
  HolderAlternativeSchema,
  HolderChoiceSchema,
} from './schema.js';
export type {
  RuleConditions,
  EscalationTarget,
  EscalationRule,
  EscalationLadder,
  IssueFacts,
  FactName,
  HolderAlternative,
  HolderChoice,
} from './schema.js';
export { issueFacts, compileLadder, route } from './route.js';
export type { ExtraFacts, SkippedRule, Route, CompiledLadder, RoutableIssue, HolderDecision, SkippedAlternative } from './route.js';
export { targetLabel, explainRoute } from './explain.js';
export { escalationRefusal } from './rise.js';
export type { EscalationStanding } from './rise.js';
export { jiaozuoLadder, xingtaiLadder, hainingLadder, timeLadder, jiaozuoTimeLadder, jiaozuoMayorChoice } from './defaults.js';
export { validateLadder } from './validate.js';
export type { LadderFinding, LadderFindingCode, LadderFindingSeverity, LadderGaps, LadderReport, LadderRejection, ValidateLadderOptions } from './validate.js';
