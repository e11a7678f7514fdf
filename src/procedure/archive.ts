import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import type { Procedure } from '../vocabulary/issue.js';

/**
 * What an issue's archive may lack before it is closed (000: a general-procedure matter is archived
 * as a dossier of documents, records and evidence — 文书、文件、记录和证明材料 — 立卷归档; a simple-procedure matter
 * is recorded in the ledger, 台账).
 *
 * `ArchiveItem.values` lists the values in order, `ArchiveItem.labels` gives each a zh-CN and an
 * English label, and `ArchiveItem.schema` validates one. The type `ArchiveItem` is something an
 * archive may lack, e.g. `'evidence'`.
 *
 * @example
 * ```ts
 * ArchiveItem.labels.evidence.zh; // '证明材料'
 * ArchiveItem.values.length; // 6
 * ```
 * @category Procedure
 */
export const ArchiveItem = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    answer: { zh: '办理答复', en: 'Answer' },
    ledgerEntry: { zh: '台账记录', en: 'The ledger entry' },
    approvalRecord: { zh: '领导机构批准记录', en: "The leading body's approval" },
    documents: { zh: '文书、文件', en: 'Documents' },
    records: { zh: '活动记录', en: 'Records' },
    evidence: { zh: '证明材料', en: 'Evidence' },
  }),
))();

export type ArchiveItem = EnumValue<typeof ArchiveItem>;

/**
 * What {@link archiveCheck} found: whether the archive is complete, and what is missing.
 *
 * @category Procedure
 */
export interface ArchiveCheck {
  /** True when nothing is missing. */
  readonly complete: boolean;
  /** The missing items, in the order of {@link ArchiveItem}. */
  readonly missing: readonly ArchiveItem[];
}

/**
 * What {@link archiveCheck} reads of an issue (an `Issue` will do): its procedure, answer, approval,
 * ledger entry and dossier.
 *
 * @category Procedure
 */
export interface ArchivableIssue {
  /** Simple or general; null until classified (then it counts as general). */
  readonly procedure: Procedure | null;
  /** The answer, or null. */
  readonly answer: object | null;
  /** The leading body's approval, or null. */
  readonly approval: object | null;
  /** The simple procedure's ledger entry, or null. */
  readonly ledgerEntry: object | null;
  /** The general procedure's dossier. */
  readonly dossier: { readonly documents: readonly unknown[]; readonly records: readonly unknown[]; readonly evidence: readonly unknown[] };
}

/**
 * Lists what an issue's archive still lacks before it may be closed (销号). Every issue needs its
 * answer. A simple-procedure issue needs its ledger entry (台账); a general-procedure issue needs the
 * leading body's approval and a dossier with at least one document, one record and one piece of
 * evidence (立卷归档, 000). An issue not yet classified lacks everything its procedure would need, so
 * it counts as general.
 *
 * @param issue - The issue.
 * @returns Whether the archive is complete, and the missing items.
 * @example
 * ```ts
 * archiveCheck(issue).missing; // e.g. ['evidence']
 * ```
 * @category Procedure
 */
export function archiveCheck(issue: ArchivableIssue): ArchiveCheck {
  const missing: ArchiveItem[] = [];
  if (issue.answer === null) missing.push('answer');
  if (issue.procedure === 'simple') {
    if (issue.ledgerEntry === null) missing.push('ledgerEntry');
  } else {
    if (issue.approval === null) missing.push('approvalRecord');
    if (issue.dossier.documents.length === 0) missing.push('documents');
    if (issue.dossier.records.length === 0) missing.push('records');
    if (issue.dossier.evidence.length === 0) missing.push('evidence');
  }
  return { complete: missing.length === 0, missing };
}
