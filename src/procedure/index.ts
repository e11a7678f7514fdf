/**
 * Simple and general procedures (简易程序 / 一般程序, 000): which procedure a matter takes and why,
 * and what its archive needs before close-out; time limits in hours or working days chosen by
 * urgency and category (Beijing and Shandong 接诉即办), and the instant a limit runs out.
 *
 * @module qinqing/procedure
 */
export {
  MatterKind,
  ProcedureRule,
  ProcedurePolicySchema,
  xingtaiProcedurePolicy,
  MatterSchema,
  classifyProcedure,
} from './classify.js';
export type {
  ProcedurePolicy,
  Matter,
  ProcedureContext,
  ProcedureReason,
  ProcedureDecision,
  RaisedIssue,
} from './classify.js';
export { ArchiveItem, archiveCheck } from './archive.js';
export type { ArchiveCheck, ArchivableIssue } from './archive.js';
export { approvalRefusal } from './approval.js';
export {
  Urgency,
  ClockLimitSchema,
  ClockLimitsSchema,
  TimeLimitRuleSchema,
  TimeLimitPolicySchema,
  TimeLimitFactsSchema,
  beijingTimeLimits,
  shandongEnterpriseTimeLimits,
  chooseTimeLimit,
  validateTimeLimitPolicy,
  dueAt,
} from './limits.js';
export type {
  ClockLimit,
  ClockLimits,
  TimeLimitRule,
  TimeLimitPolicy,
  TimeLimitFacts,
  TimeLimitReason,
  TimeLimitChoice,
  TimeLimitPolicyReport,
  DueAtOptions,
} from './limits.js';
export { Procedure } from '../vocabulary/issue.js';
