import { domainError } from '../core/errors.js';
import { clip } from '../core/limits.js';
import { err, ok, type Result } from '../core/result.js';
import type { Id, Instant } from '../core/schema.js';
import type { HolderDecision, Route } from '../escalation/route.js';
import type { Actor } from '../vocabulary/actor.js';
import type { IssueCommand } from './commands.js';

/**
 * Turns a route into the lifecycle's `escalate` command, so that the move is recorded on the issue
 * as an audit event: `executeIssueCommand` then refuses it with `ESCALATION_DOWNWARD` if the issue
 * already stands higher, because escalation never moves down on its own.
 *
 * @param issueId - The issue that was routed.
 * @param routed - Its route, from `route` (`qinqing/escalation`).
 * @param actor - Who records the move, e.g. the leading-group office.
 * @param at - When, as an instant with an offset.
 * @returns The command, or `INVALID_ARGUMENT` when the route found no rule (a gap in the ladder).
 *   When the route's rule has a holder choice (Part 14), the command's `note` records the
 *   alternative taken and its reason in both languages, so that the audit event says why this holder.
 * @example
 * ```ts
 * const r = unwrap(route(issue, jiaozuoTimeLadder, '2026-10-20', chinaCalendar));
 * const command = unwrap(escalationCommand(issue.id, r, office, '2026-10-20T09:00:00+08:00'));
 * executeIssueCommand(issue, command, { calendar: chinaCalendar, access: { policy: defaultAccessPolicy, subject: { ...office, level: 'city' } } }).ok; // true
 * ```
 * @category Issue
 */
export function escalationCommand(issueId: Id, routed: Route, actor: Actor, at: Instant): Result<IssueCommand> {
  const { target, rank, ruleId } = routed;
  if (target === null || rank === null || ruleId === null) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `No rule of the ladder "${routed.ladderId}" applies to the issue, so there is nowhere to escalate it.`,
        zh: `协调层级“${routed.ladderId}”中没有适用于该诉求的规则，无法提请协调。`,
        path: ['routed', 'target'],
        value: null,
      }),
    );
  }
  return ok({
    type: 'escalate',
    issueId,
    actor,
    at,
    holder: target.holder,
    ...(target.portfolio === undefined ? {} : { portfolio: target.portfolio }),
    ...(target.step === undefined ? {} : { step: target.step }),
    rank,
    ruleId,
    ladderId: routed.ladderId,
    // A holder choice (Part 14): the audit event keeps why this holder was chosen.
    ...(routed.choice === undefined ? {} : { note: choiceNote(routed.choice) }),
  });
}

/** The note of an escalation by a holder choice: the alternative taken (or none) and the reason, in both languages. */
function choiceNote(c: HolderDecision): string {
  const which = c.alternativeId === null ? { zh: '备选均不适用', en: 'no alternative applies' } : { zh: `备选“${c.alternativeId}”`, en: `alternative "${c.alternativeId}"` };
  // Reasons hold at most 500 characters a language and ids 128: the note stays within a command's 4,000.
  return clip(`协调主体择定：${which.zh}；${c.reason.zh} / Holder choice: ${which.en}; ${c.reason.en}`, 4000);
}
