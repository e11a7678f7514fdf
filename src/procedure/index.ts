/**
 * Simple and general procedures (简易程序 / 一般程序, 000): which procedure a matter takes and why,
 * and what its archive needs before close-out.
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
export { Procedure } from '../vocabulary/issue.js';
