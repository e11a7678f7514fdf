/**
 * Visits (走访): visit records, cadences, plans, compliance and visit burden; since Part 14 also
 * visits to households, villages and grassroots organisations, visit rounds and help work groups,
 * problem lists and help task sheets with their lifecycle (004 Xuzhou).
 *
 * @module qinqing/visit
 */
export {
  VisitMode,
  VisitCadenceRole,
  VisitCadenceScope,
  VisitPeriodUnit,
  VisitStatus,
  GridGap,
  VisitTargetKind,
  HelpTaskStatus,
  HelpTaskCommandType,
} from './enums.js';
export { VisitChecklistItemSchema, VisitChecklistSchema, DeliveredPolicySchema, VisitSchema } from './schema.js';
export type { VisitChecklistItem, VisitChecklist, DeliveredPolicy, Visit } from './schema.js';
export {
  VisitCadenceRuleSchema,
  VisitCadencePolicySchema,
  VisitBurdenPolicySchema,
} from './policy.js';
export type { VisitCadenceRule, VisitCadencePolicy, VisitBurdenPolicy } from './policy.js';
export {
  xuzhouVisitRecordForm,
  xingtaiVisitCadence,
  jiaozuoVisitCadence,
  hainingVisitCadence,
  defaultVisitCadence,
  defaultVisitBurdenPolicy,
} from './defaults.js';
export { cadencePeriod } from './period.js';
export type { VisitPeriod } from './period.js';
export { checkVisitRecord, requireCompleteVisitRecord, visitIssueCommand } from './record.js';
export type { VisitRecordCheck, VisitProblem } from './record.js';
export { visitPlan, personCadence } from './plan.js';
export type { PreviousPeriod, CadenceStanding, VisitPlanLine, VisitPlanOptions, CadencePerson, PersonCadenceLine } from './plan.js';
export { visitCompliance, visitReport } from './compliance.js';
export type { VisitCounts, VisitComplianceLine, VisitCompliance, VisitComplianceOptions, VisitReport } from './compliance.js';
export { visitBurden, burdenWarnings, coordinateVisits } from './burden.js';
export type { VisitBurden, BurdenWarning, PlannedVisit, JointVisitProposal } from './burden.js';
export { gridCoverage, gridStaffing } from './grid.js';
export type {
  GridEnterprise,
  GridTeamRef,
  GridCoverageLine,
  GridCoverage,
  GridStaffingLine,
  GridStaffingGrid,
  UncoveredEnterprise,
  GridStaffing,
  GridOrganisation,
} from './grid.js';
export {
  VisitTargetSchema,
  GrassrootsTargetRefSchema,
  HouseholdSchema,
  VillageSchema,
  GrassrootsOrganisationSchema,
  visitTarget,
} from './targets.js';
export type { VisitTarget, GrassrootsTargetRef, Household, Village, GrassrootsOrganisation, GrassrootsTarget, TargetedVisit } from './targets.js';
export { VisitRoundSchema, WorkGroupSchema, visitRoundSummary } from './rounds.js';
export type { VisitRound, WorkGroup, RoundVisit, RoundSummaryInput, VisitRoundCounts, VisitRoundLine, WorkGroupLine, VisitRoundSummary } from './rounds.js';
export {
  ProblemListItemSchema,
  HelpTaskDraftSchema,
  HelpTaskSheetSchema,
  HelpTaskCommandSchema,
  HelpTaskEventSchema,
  helpTaskTransitions,
  createHelpTaskSheet,
  transitionHelpTaskSheet,
  helpTaskStanding,
  problemLists,
} from './task-sheet.js';
export type {
  ProblemListItem,
  HelpTaskDraft,
  HelpTaskSheet,
  HelpTaskCommand,
  HelpTaskEvent,
  HelpTaskTransition,
  CreateHelpTaskOptions,
  HelpTaskTransitionResult,
  HelpTaskStanding,
  ProblemList,
} from './task-sheet.js';
