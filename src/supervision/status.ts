import { isWorkingDay, workingDaysBetween } from '../calendar/working-days.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { supervisionStepRank, type IssueState, type SupervisionStep } from '../vocabulary/issue.js';
import { defaultSupervisionPolicy, type SupervisionColour, type SupervisionPolicy } from './policy.js';

/**
 * What {@link supervisionStatus} reads of an issue (an `Issue` will do): its id, state, assignment
 * date, deadline and the supervision step recorded on it.
 *
 * @category Issue
 */
export interface SupervisedIssue {
  /** The issue's id. */
  readonly id: Id;
  /** Its lifecycle state: only `'assigned'` is supervised. */
  readonly state: IssueState;
  /** The local date of the current assignment. */
  readonly assignedOn: CalendarDate | null;
  /** The current deadline. */
  readonly deadline: CalendarDate | null;
  /** The highest supervision step recorded. */
  readonly supervisionStep: SupervisionStep;
}

/**
 * Where an assigned issue stands on the supervision slip at a date: its working-day budget and use,
 * its colour, and the supervision step due and recorded.
 *
 * @category Issue
 */
export interface SupervisionStatus {
  /** The issue. */
  readonly issueId: Id;
  /** The local date of the current assignment. */
  readonly assignedOn: CalendarDate;
  /** The current deadline, extensions included: the last day on which handling is on time. */
  readonly deadline: CalendarDate;
  /** The date the status is for. */
  readonly asOf: CalendarDate;
  /** Working days from the assignment to the deadline (`workingDaysBetween(assignedOn, deadline)`). */
  readonly budgetWorkingDays: number;
  /** Working days used since the assignment, never below 0 (may exceed the budget once overdue). */
  readonly usedWorkingDays: number;
  /** `usedWorkingDays / budgetWorkingDays`, or 1 when the budget is 0. */
  readonly usedShare: number;
  /** Working days left to the deadline (0 on the deadline itself); minus the working days overdue once overdue. */
  readonly daysLeft: number;
  /** Whether `asOf` is after the deadline. */
  readonly overdue: boolean;
  /** Working days overdue (0 when on time, and 0 on days off right after the deadline). */
  readonly overdueWorkingDays: number;
  /** The colour of the slip. */
  readonly colour: SupervisionColour;
  /** The highest step the ladder makes due at `overdueWorkingDays` (`'unsupervised'` if none). */
  readonly dueStep: SupervisionStep;
  /** The highest step recorded on the issue by `supervise` commands. */
  readonly recordedStep: SupervisionStep;
  /** The higher of `dueStep` and `recordedStep`. */
  readonly step: SupervisionStep;
  /**
   * Whether the counts rest on a provisional year of the calendar (暂定: its days off derived from
   * the law, the State Council's notice not yet published): the deadline or `asOf` lies in one.
   */
  readonly provisional: boolean;
}

/**
 * Checks the `asOf` date of a supervision function: a real date that the calendar covers.
 * Internal to the issue module (not exported from its barrel).
 *
 * @param asOf - The date.
 * @param calendar - The working-day calendar.
 * @returns null when it is usable, else `INVALID_DATE` or `CALENDAR_YEAR_NOT_COVERED` at path `['asOf']`.
 * @example
 * ```ts
 * asOfError('2026-02-30', chinaCalendar); // { ok: false, error: { code: 'INVALID_DATE', … } }
 * ```
 * @category Issue
 */
export function asOfError(asOf: CalendarDate, calendar: WorkCalendar): Result<never> | null {
  const r = isWorkingDay(asOf, calendar);
  if (r.ok) return null;
  if (r.error.code === 'INVALID_DATE') {
    return err(
      domainError('INVALID_DATE', {
        en: `asOf must be a real date in the form YYYY-MM-DD; received ${JSON.stringify(asOf)}.`,
        zh: `asOf 应为 YYYY-MM-DD 格式的有效日期，实际为 ${JSON.stringify(asOf)}。`,
        path: ['asOf'],
        value: asOf,
      }),
    );
  }
  return err({ ...r.error, path: ['asOf'] });
}

/** A data error: an assigned issue without its assignment date or deadline. */
function missingAssignment(issue: SupervisedIssue): Result<never> {
  const field = issue.assignedOn === null ? 'assignedOn' : 'deadline';
  return err(
    domainError('INVALID_ARGUMENT', {
      en: `Issue "${issue.id}" is assigned but has no ${field}.`,
      zh: `诉求“${issue.id}”处于已交办环节，但缺少${field === 'assignedOn' ? '交办日期' : '办理期限'}。`,
      path: [field],
      value: null,
    }),
  );
}

/**
 * Works out an issue's place on the three-colour supervision slip (三色督办单) and the supervision
 * ladder at a date. Only an issue in state `'assigned'` is supervised. Its budget is the working
 * days from assignment to deadline, its use the working days since assignment; it is red once
 * `asOf` is after the deadline (even on a weekend right after it, with 0 working days overdue),
 * else yellow once `yellowAtShare` of the budget is used, else blue once `blueAtShare` is, else
 * green (a budget of 0 counts as all used). The step due is the highest rung of the ladder whose
 * `overdueDays` have passed (000: urge 催办 → accountability 问责; 003: joint supervision 督办 and
 * public listing 网上挂牌 of overdue matters); the step reported is the higher of that and the step
 * already recorded on the issue.
 *
 * @param issue - The issue.
 * @param asOf - The local date to judge at `YYYY-MM-DD`.
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @param policy - The supervision rules; {@link defaultSupervisionPolicy} when omitted.
 * @returns The status, null when the issue is not assigned, or a calendar error
 *   (`INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`; at path `['asOf']` when it is about `asOf`).
 * @example
 * ```ts
 * const s = supervisionStatus(issue, '2026-03-17', chinaCalendar);
 * s.ok && s.value?.colour; // 'red' the day after a deadline of 2026-03-16
 * ```
 * @category Issue
 */
export function supervisionStatus(
  issue: SupervisedIssue,
  asOf: CalendarDate,
  calendar: WorkCalendar,
  policy: SupervisionPolicy = defaultSupervisionPolicy,
): Result<SupervisionStatus | null> {
  const bad = asOfError(asOf, calendar);
  if (bad !== null) return bad;
  if (issue.state !== 'assigned') return ok(null);
  const { assignedOn, deadline } = issue;
  if (assignedOn === null || deadline === null) return missingAssignment(issue);
  const budget = workingDaysBetween(assignedOn, deadline, calendar);
  if (!budget.ok) return budget;
  const used = workingDaysBetween(assignedOn, asOf, calendar);
  if (!used.ok) return used;
  const toDeadline = workingDaysBetween(deadline, asOf, calendar);
  if (!toDeadline.ok) return toDeadline;
  const overdue = asOf > deadline;
  const overdueWorkingDays = overdue ? Math.max(0, toDeadline.value) : 0;
  let daysLeft: number;
  if (overdue) daysLeft = 0 - overdueWorkingDays; // never -0
  else {
    const left = workingDaysBetween(asOf, deadline, calendar);
    if (!left.ok) return left;
    daysLeft = left.value;
  }
  const usedWorkingDays = Math.max(0, used.value);
  const usedShare = budget.value <= 0 ? 1 : usedWorkingDays / budget.value;
  const colour: SupervisionColour = overdue
    ? 'red'
    : usedShare >= policy.yellowAtShare
      ? 'yellow'
      : usedShare >= policy.blueAtShare
        ? 'blue'
        : 'green';
  let dueStep: SupervisionStep = 'unsupervised';
  for (const rung of policy.steps) {
    if (rung.overdueDays <= overdueWorkingDays && supervisionStepRank(rung.step) > supervisionStepRank(dueStep)) dueStep = rung.step;
  }
  const recordedStep = issue.supervisionStep;
  return ok({
    issueId: issue.id,
    assignedOn,
    deadline,
    asOf,
    budgetWorkingDays: budget.value,
    usedWorkingDays,
    usedShare,
    daysLeft,
    overdue,
    overdueWorkingDays,
    colour,
    dueStep,
    recordedStep,
    step: supervisionStepRank(recordedStep) >= supervisionStepRank(dueStep) ? recordedStep : dueStep,
    provisional: budget.provisional || used.provisional || toDeadline.provisional,
  });
}
