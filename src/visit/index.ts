/**
 * Visits (走访): visit records, cadences, plans, compliance and visit burden.
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
