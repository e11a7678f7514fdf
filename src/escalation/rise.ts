import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import type { CalendarDate } from '../core/schema.js';

/**
 * Where an issue stands on a ladder: the holder it was escalated to, the holder's rank and the date.
 *
 * @category Escalation
 */
export interface EscalationStanding {
  /** The holder, e.g. `'deputyMayorInCharge'`. */
  readonly holder: string;
  /** How high the holder stands (higher is further up). */
  readonly rank: number;
  /** The local date of the escalation. */
  readonly on: CalendarDate;
}

/**
 * The rule that escalation never moves down (协调层级只升不降, 001/002: a problem taken up by the
 * mayor is not handed back to a bureau by another escalation): a move to a lower rank than the one
 * the issue stands at is refused; the same rank or higher is allowed. The lifecycle's `escalate`
 * applies this rule.
 *
 * @param current - Where the issue stands, or null when it was never escalated.
 * @param next - The holder and rank it would move to.
 * @returns null when the move is allowed, else `ESCALATION_DOWNWARD` naming both holders (path `['next', 'rank']`).
 * @example
 * ```ts
 * escalationRefusal(null, { holder: 'mayor', rank: 50 }); // null
 * escalationRefusal({ holder: 'mayor', rank: 50, on: '2026-10-20' }, { holder: 'bureauLeader', rank: 10 })?.code; // 'ESCALATION_DOWNWARD'
 * ```
 * @category Escalation
 */
export function escalationRefusal(current: EscalationStanding | null, next: { readonly holder: string; readonly rank: number }): DomainError | null {
  return downwardRefusal(current, next, ['next', 'rank']);
}

/**
 * {@link escalationRefusal} with the error at `path`: the lifecycle names the command's `rank`
 * (`['rank']`). Internal: not exported from any barrel.
 */
export function downwardRefusal(current: EscalationStanding | null, next: { readonly holder: string; readonly rank: number }, path: ErrorPath): DomainError | null {
  if (current === null || next.rank >= current.rank) return null;
  return domainError('ESCALATION_DOWNWARD', {
    en: `The issue has been escalated to "${current.holder}" at rank ${current.rank} (${current.on}); escalation never moves down, so "${next.holder}" at rank ${next.rank} is refused.`,
    zh: `该诉求已提请“${current.holder}”协调（层级 ${current.rank}，${current.on}），协调层级只升不降，不能改提“${next.holder}”（层级 ${next.rank}）。`,
    path,
    value: next.rank,
  });
}
