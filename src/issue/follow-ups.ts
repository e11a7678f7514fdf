import { deadlineAfter, workingDaysBetween } from '../calendar/working-days.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, CalendarDate, Id } from '../core/schema.js';
import { byCodeUnit } from '../internal/compare.js';
import { localDay } from '../internal/instant.js';
import { argumentError, checkedOnce } from '../internal/parse.js';
import { renamed } from '../escalation/route.js';
import { asOfError } from '../supervision/status.js';
import { defaultLifecyclePolicy, LifecyclePolicySchema, type LifecyclePolicy } from './policy.js';
import type { Issue } from './schema.js';

/**
 * Whether an issue is a problem order (问题工单, issue 17): reopened or re-dispatched (改派) at
 * least the policy's `problemOrderAt` times in all — qinqing's default 3, not a source's figure —
 * with the counts that decided it and the reason in both languages.
 *
 * @category Issue
 */
export interface ProblemOrderVerdict {
  /** Whether it is a problem order. */
  readonly flagged: boolean;
  /** Times reopened. */
  readonly reopenCount: number;
  /** Times re-dispatched. */
  readonly redispatchCount: number;
  /** The two together: the fact `reworkCount` a ladder routes on. */
  readonly reworkCount: number;
  /** The policy's `problemOrderAt`. */
  readonly threshold: number;
  /** Why, in words. */
  readonly reason: BilingualText;
}

/**
 * Explains whether an issue is a problem order (问题工单): reopened plus re-dispatched at least
 * `policy.problemOrderAt` times (default 3, qinqing's own figure). Such an order is listed by
 * {@link followUpList} for higher supervision; a ladder routes it with the fact `reworkCount`
 * (`when: { reworkCount: { min: 3 } }`).
 *
 * @param issue - The issue (its `reopenCount` and `redispatchCount`; an issue stored before issue 17 reads as never re-dispatched).
 * @param policy - The lifecycle policy; {@link defaultLifecyclePolicy} when omitted.
 * @returns The verdict, or `INVALID_INPUT` under `policy` for an invalid policy, or `INVALID_ARGUMENT` for counts that are not whole numbers ≥ 0.
 * @example
 * ```ts
 * const v = problemOrder({ reopenCount: 1, redispatchCount: 2 });
 * v.ok && [v.value.flagged, v.value.reason.en]; // [true, 'Reopened 1 and re-dispatched 2 times: 3 in all, at least 3 — a problem order.']
 * ```
 * @category Issue
 */
export function problemOrder(issue: Pick<Issue, 'reopenCount'> & { readonly redispatchCount?: number }, policy: LifecyclePolicy = defaultLifecyclePolicy): Result<ProblemOrderVerdict> {
  const bad = policyProblem(policy);
  if (bad !== null) return bad;
  const reopenCount = issue?.reopenCount;
  const redispatchCount = issue?.redispatchCount ?? 0;
  for (const [name, n] of [['reopenCount', reopenCount], ['redispatchCount', redispatchCount]] as const) {
    if (!Number.isSafeInteger(n) || (n as number) < 0) {
      return err(domainError('INVALID_ARGUMENT', { en: `issue.${name} must be a whole number ≥ 0; received ${String(n)}.`, zh: `issue.${name} 应为不小于 0 的整数，实际为 ${String(n)}。`, path: ['issue', name], value: n }));
    }
  }
  return ok(verdict(reopenCount, redispatchCount, policy.problemOrderAt));
}

function verdict(reopenCount: number, redispatchCount: number, threshold: number): ProblemOrderVerdict {
  const reworkCount = reopenCount + redispatchCount;
  const flagged = reworkCount >= threshold;
  return {
    flagged,
    reopenCount,
    redispatchCount,
    reworkCount,
    threshold,
    reason: {
      zh: `重办 ${reopenCount} 次、改派 ${redispatchCount} 次，共 ${reworkCount} 次，${flagged ? `达到 ${threshold} 次，列为问题工单` : `未达 ${threshold} 次，不是问题工单`}。`,
      en: `Reopened ${reopenCount} and re-dispatched ${redispatchCount} times: ${reworkCount} in all, ${flagged ? `at least ${threshold} — a problem order` : `fewer than ${threshold} — not a problem order`}.`,
    },
  };
}

/**
 * A callback (回访) due: an answered issue that nobody has called back since its answer, or a
 * 差评 (an unsatisfied rating, the order reopened) nobody has called back since the rating.
 *
 * @category Issue
 */
export interface CallbackDue {
  /** The issue. */
  readonly issueId: Id;
  /** The enterprise to call. */
  readonly enterpriseId: Id;
  /** The department that answered, or null. */
  readonly leadDepartmentId: Id | null;
  /** The date of the answer. */
  readonly answeredOn: CalendarDate;
  /** The last day of the callback: the policy's `callbackWorkingDays` after the answer (after the rating, for a 差评). */
  readonly dueOn: CalendarDate;
  /** Working days past `dueOn` at the list's date (0 when not yet due). */
  readonly overdueWorkingDays: number;
  /** Whether it is a 差评 (feedback 不满意): listed first, due after the rating. */
  readonly unsatisfied: boolean;
}

/**
 * A fix due (整改): an issue the enterprise rated 不满意, whose fix-by date (`fixBy`) is set and
 * which is not answered again yet.
 *
 * @category Issue
 */
export interface FixDue {
  /** The issue. */
  readonly issueId: Id;
  /** The enterprise. */
  readonly enterpriseId: Id;
  /** The department handling it now, or null while it waits for a new assignment. */
  readonly leadDepartmentId: Id | null;
  /** The fix-by date. */
  readonly fixBy: CalendarDate;
  /** Working days left to `fixBy` (negative: overdue by that many). */
  readonly workingDaysLeft: number;
  /** The dissatisfaction reasons the enterprise gave. */
  readonly reasons: readonly Id[];
}

/**
 * The follow-up list at a date (回访与整改跟踪, issue 17): callbacks due, fixes due after a 差评,
 * and the problem orders still open.
 *
 * @category Issue
 */
export interface FollowUpList {
  /** The date of the list. */
  readonly asOf: CalendarDate;
  /** Callbacks not yet made, 差评 first, then most overdue, then earliest due, then issue id. */
  readonly callbacks: readonly CallbackDue[];
  /** Fixes not yet answered, fewest working days left first, then issue id. */
  readonly fixes: readonly FixDue[];
  /** Open problem orders, most reworked first, then issue id. */
  readonly problemOrders: readonly (ProblemOrderVerdict & { readonly issueId: Id; readonly leadDepartmentId: Id | null })[];
}

/** States in which the current answer waits for evaluation, so a callback is due. */
const awaitingEvaluation: ReadonlySet<string> = new Set(['answered', 'confirmed']);
/** States an order leaves the follow-ups in: finished, withdrawn, or merged into another. */
const finished: ReadonlySet<string> = new Set(['closed', 'withdrawn', 'merged']);

/**
 * Draws up the follow-up list at `asOf`: every answered issue not yet called back (回访) with its
 * due date — `policy.callbackWorkingDays` working days after the answer (qinqing's default 3; the
 * 好差评 rules ask that every real-name 差评 be called back) — every 差评 whose fix-by date is set
 * and that is not answered again, with the working days left (好差评: fixes within 5–15 working
 * days; `fixWorkingDays`), and every open problem order ({@link problemOrder}). Sorted so that the
 * list is the same whatever the input order.
 *
 * @param issues - The issues.
 * @param asOf - The local date of the list.
 * @param calendar - The working-day calendar.
 * @param policy - The lifecycle policy; {@link defaultLifecyclePolicy} when omitted.
 * @returns The list, or a calendar error (`INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`, naming the
 *   issue's date), or `INVALID_INPUT` under `policy` for an invalid policy.
 * @example
 * ```ts
 * const list = followUpList(issues, '2026-10-20', chinaCalendar);
 * list.ok && list.value.callbacks.map((c) => [c.issueId, c.dueOn]); // [['i2', '2026-03-06'], ['i3', '2026-03-09']]
 * ```
 * @category Issue
 */
export function followUpList(issues: readonly Issue[], asOf: CalendarDate, calendar: WorkCalendar, policy: LifecyclePolicy = defaultLifecyclePolicy): Result<FollowUpList> {
  const bad = asOfError(asOf, calendar) ?? policyProblem(policy);
  if (bad !== null) return bad;
  const callbacks: CallbackDue[] = [];
  const fixes: FixDue[] = [];
  const problemOrders: (ProblemOrderVerdict & { issueId: Id; leadDepartmentId: Id | null })[] = [];
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    if (finished.has(issue.state)) continue;
    const unsatisfied = issue.feedback === 'unsatisfied';
    const ratedBadly = issue.state === 'reopened' && unsatisfied;
    if ((awaitingEvaluation.has(issue.state) || ratedBadly) && issue.answer !== null && issue.callbacks.length === 0) {
      const from = ratedBadly ? ratedOn(issue, policy.utcOffsetMinutes) : { day: issue.answer.on, path: ['answer', 'on'] };
      const path = ['issues', i, ...from.path];
      const due = renamed(deadlineAfter(from.day, policy.callbackWorkingDays, calendar), path);
      if (!due.ok) return due;
      const late = asOf > due.value ? renamed(workingDaysBetween(due.value, asOf, calendar), path) : null;
      if (late !== null && !late.ok) return late;
      callbacks.push({ issueId: issue.id, enterpriseId: issue.enterpriseId, leadDepartmentId: issue.leadDepartmentId, answeredOn: issue.answer.on, dueOn: due.value, overdueWorkingDays: late?.value ?? 0, unsatisfied });
    }
    if (issue.fixBy !== null && !awaitingEvaluation.has(issue.state)) {
      const left = renamed(workingDaysBetween(asOf, issue.fixBy, calendar), ['issues', i, 'fixBy']);
      if (!left.ok) return left;
      fixes.push({ issueId: issue.id, enterpriseId: issue.enterpriseId, leadDepartmentId: issue.leadDepartmentId, fixBy: issue.fixBy, workingDaysLeft: left.value, reasons: issue.dissatisfaction });
    }
    const v = verdict(issue.reopenCount, issue.redispatchCount, policy.problemOrderAt);
    if (v.flagged) problemOrders.push({ ...v, issueId: issue.id, leadDepartmentId: issue.leadDepartmentId });
  }
  callbacks.sort((a, b) => +b.unsatisfied - +a.unsatisfied || b.overdueWorkingDays - a.overdueWorkingDays || byCodeUnit(a.dueOn, b.dueOn) || byCodeUnit(a.issueId, b.issueId));
  fixes.sort((a, b) => a.workingDaysLeft - b.workingDaysLeft || byCodeUnit(a.issueId, b.issueId));
  problemOrders.sort((a, b) => b.reworkCount - a.reworkCount || byCodeUnit(a.issueId, b.issueId));
  return ok({ asOf, callbacks, fixes, problemOrders });
}

/** The local day of the issue's last feedback (the 差评 that reopened it), read off its history; the answer's day when the history does not hold it. */
function ratedOn(issue: Issue, utcOffsetMinutes: number): { readonly day: CalendarDate; readonly path: (string | number)[] } {
  for (let k = issue.history.length - 1; k >= 0; k--) {
    const e = issue.history[k];
    if (e?.type !== 'giveFeedback') continue;
    const day = localDay(e.at, utcOffsetMinutes);
    if (day.ok) return { day: day.value, path: ['history', k, 'at'] };
  }
  return { day: (issue.answer as { readonly on: CalendarDate }).on, path: ['answer', 'on'] };
}

/** `INVALID_ARGUMENT` for a policy that is not a valid lifecycle policy, or null. */
function policyProblem(policy: LifecyclePolicy): Result<never> | null {
  const problem = checkedOnce(LifecyclePolicySchema, policy);
  return problem === null ? null : err(argumentError(problem, ['policy'], { en: 'a valid lifecycle policy', zh: '有效的诉求办理规则' }));
}
