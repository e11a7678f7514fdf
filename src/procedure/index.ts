/**
 * Simple and general procedures (简易程序 / 一般程序, 000): which procedure a matter takes and why,
 * and what its archive needs before close-out.
 *
 * @module qinqing/procedure
 */
export {
  matterKindLabels,
  MatterKindSchema,
  procedureRuleLabels,
  ProcedureRuleSchema,
  ProcedurePolicySchema,
  xingtaiProcedurePolicy,
  safeParseProcedurePolicy,
  parseProcedurePolicy,
  MatterSchema,
  classifyProcedure,
} from './classify.js';
export type {
  MatterKind,
  ProcedureRule,
  ProcedurePolicy,
  Matter,
  ProcedureContext,
  ProcedureReason,
  ProcedureDecision,
  RaisedIssue,
} from './classify.js';
export { archiveItemLabels, ArchiveItemSchema, archiveCheck } from './archive.js';
export type { ArchiveItem, ArchiveCheck, ArchivableIssue } from './archive.js';
export { approvalRefusal } from './approval.js';
export { procedureLabels, ProcedureSchema } from '../vocabulary/issue.js';
export type { Procedure } from '../vocabulary/issue.js';
