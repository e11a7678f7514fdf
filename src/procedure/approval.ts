import { domainError, type DomainError } from '../core/errors.js';
import type { Procedure } from '../vocabulary/issue.js';

/**
 * The general procedure's gate (000): a general-procedure matter may start only after the adviser
 * leading body approves it; a simple-procedure matter needs no approval. An unclassified matter
 * (`null`) counts as general. The lifecycle's `assign` applies this gate.
 *
 * @param procedure - The matter's procedure, or null when not yet classified.
 * @param approved - Whether the leading body has approved it.
 * @returns null when the matter may start, else `GENERAL_PROCEDURE_NOT_APPROVED`.
 * @example
 * ```ts
 * approvalRefusal('simple', false); // null
 * approvalRefusal('general', false)?.code; // 'GENERAL_PROCEDURE_NOT_APPROVED'
 * approvalRefusal('general', true); // null
 * ```
 * @category Procedure
 */
export function approvalRefusal(procedure: Procedure | null, approved: boolean): DomainError | null {
  if (procedure === 'simple' || approved) return null;
  return domainError('GENERAL_PROCEDURE_NOT_APPROVED', {
    en: 'A general-procedure matter may start only after the adviser leading body approves it (000).',
    zh: '一般程序事项须经工商顾问工作领导机构批准后实施（000）。',
  });
}
