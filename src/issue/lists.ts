import type { WorkCalendar } from '../calendar/schema.js';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { toDayNumber } from '../internal/days.js';
import { localDay } from '../internal/instant.js';
import { archiveCheck, type ArchiveItem } from '../procedure/archive.js';
import type { SupervisionStep } from '../vocabulary/issue.js';
import type { Issue } from './schema.js';
import { asOfError, supervisionStatus } from '../supervision/status.js';
import { defaultSupervisionPolicy, supervisionColourRank, type SupervisionColour, type SupervisionPolicy } from '../supervision/policy.js';
import { byCodeUnit } from '../internal/compare.js';

/**
 * The daily close-out list (每日销结, 002) of one local date.
 *
 * @category Issue
 */
export interface DailyCloseOut {
  /** The local date of the list. */
  readonly date: CalendarDate;
  /** Issues closed (销号) on that date. */
  readonly closed: readonly Issue[];
  /** Issues the enterprise has confirmed whose archive is complete: they can be closed now. */
  readonly readyToClose: readonly Issue[];
  /** Issues the enterprise has confirmed that cannot be closed yet, with what their archive lacks. */
  readonly blocked: readonly { readonly issue: Issue; readonly missing: readonly ArchiveItem[] }[];
}

/**
 * Draws up the daily close-out list (每日销结, 002): the issues closed on a local date, and, as the
 * issues stand now, the confirmed ones ready to be closed and those whose dossier or ledger entry is
 * still incomplete (with what is missing, see `archiveCheck`). One pass; input order is kept.
 *
 * @param issues - The issues.
 * @param date - The local date `YYYY-MM-DD` of the list.
 * @param utcOffsetMinutes - The local time zone as minutes east of UTC (480: China Standard Time).
 * @returns The list, or `INVALID_DATE` for a bad date, `INVALID_ARGUMENT` for a bad offset, or
 *   `INVALID_INSTANT` for an issue whose `closedAt` is not an instant.
 * @example
 * ```ts
 * const list = dailyCloseOut(issues, '2026-03-10');
 * list.ok && list.value.readyToClose.map((i) => i.id);
 * ```
 * @category Issue
 */
export function dailyCloseOut(issues: readonly Issue[], date: CalendarDate, utcOffsetMinutes = 480): Result<DailyCloseOut> {
  if (typeof date !== 'string' || Number.isNaN(toDayNumber(date))) {
    return err(
      domainError('INVALID_DATE', {
        en: `date must be a real date in the form YYYY-MM-DD; received ${JSON.stringify(date)}.`,
        zh: `date 应为 YYYY-MM-DD 格式的有效日期，实际为 ${JSON.stringify(date)}。`,
        path: ['date'],
        value: date,
      }),
    );
  }
  if (!Number.isInteger(utcOffsetMinutes) || utcOffsetMinutes < -720 || utcOffsetMinutes > 840) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `utcOffsetMinutes must be an integer from -720 to 840; received ${String(utcOffsetMinutes)}.`,
        zh: `utcOffsetMinutes 应为 -720 至 840 之间的整数，实际为 ${String(utcOffsetMinutes)}。`,
        path: ['utcOffsetMinutes'],
        value: utcOffsetMinutes,
      }),
    );
  }
  const closed: Issue[] = [];
  const readyToClose: Issue[] = [];
  const blocked: { readonly issue: Issue; readonly missing: readonly ArchiveItem[] }[] = [];
  for (const issue of issues) {
    if (issue.closedAt !== null) {
      const day = localDay(issue.closedAt, utcOffsetMinutes);
      if (!day.ok) return err({ ...day.error, path: ['closedAt'], value: issue.closedAt });
      if (day.value === date) closed.push(issue);
    }
    if (issue.state === 'confirmed') {
      const check = archiveCheck(issue);
      if (check.complete) readyToClose.push(issue);
      else blocked.push({ issue, missing: check.missing });
    }
  }
  return ok({ date, closed, readyToClose, blocked });
}

/**
 * One line of the weekly supervision list: an assigned issue that is not green on the slip.
 *
 * @category Issue
 */
export interface SupervisionListEntry {
  /** The issue. */
  readonly issueId: Id;
  /** The enterprise that raised it. */
  readonly enterpriseId: Id;
  /** The lead department of the current assignment. */
  readonly leadDepartmentId: Id;
  /** The current deadline. */
  readonly deadline: CalendarDate;
  /** The colour of the slip: blue, yellow or red. */
  readonly colour: SupervisionColour;
  /** The supervision step: the higher of the one due and the one recorded. */
  readonly step: SupervisionStep;
  /** The step recorded on the issue; lower than `step` when a step is due but not yet taken. */
  readonly recordedStep: SupervisionStep;
  /** Working days overdue (0 when not overdue). */
  readonly overdueWorkingDays: number;
  /** Whether the line's counts rest on a provisional year of the calendar (暂定); see {@link SupervisionStatus}. */
  readonly provisional: boolean;
}

/**
 * The weekly supervision list (每周督查, 002) at a date: every line, and the lines per department.
 *
 * @category Issue
 */
export interface WeeklySupervisionList {
  /** The date of the list. */
  readonly asOf: CalendarDate;
  /** The lines, worst first (see {@link weeklySupervisionList}). */
  readonly entries: readonly SupervisionListEntry[];
  /** The lines of each lead department in the same order, departments by id. */
  readonly byDepartment: readonly { readonly departmentId: Id; readonly entries: readonly SupervisionListEntry[] }[];
}

function compareEntries(a: SupervisionListEntry, b: SupervisionListEntry): number {
  return (
    supervisionColourRank(b.colour) - supervisionColourRank(a.colour) ||
    b.overdueWorkingDays - a.overdueWorkingDays ||
    byCodeUnit(a.deadline, b.deadline) ||
    byCodeUnit(a.issueId, b.issueId)
  );
}

/**
 * Draws up the weekly supervision list (每周督查, 002; the overdue matters listed and supervised,
 * 003): every assigned issue that is not green on the three-colour slip at `asOf`, sorted red,
 * yellow, blue, then most working days overdue first, then earliest deadline, then issue id, so
 * the list is the same whatever the input order. The same lines are also grouped by lead
 * department, departments sorted by id. One pass and one sort.
 *
 * @param issues - The issues.
 * @param asOf - The local date `YYYY-MM-DD` of the list.
 * @param calendar - The working-day calendar.
 * @param policy - The supervision rules; {@link defaultSupervisionPolicy} when omitted.
 * @returns The list, or a calendar error (`INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`), or
 *   `INVALID_ARGUMENT` for an assigned issue without its lead department.
 * @example
 * ```ts
 * const list = weeklySupervisionList(issues, '2026-03-20', chinaCalendar);
 * list.ok && list.value.entries[0]?.colour; // 'red' when anything is overdue
 * ```
 * @category Issue
 */
export function weeklySupervisionList(
  issues: readonly Issue[],
  asOf: CalendarDate,
  calendar: WorkCalendar,
  policy: SupervisionPolicy = defaultSupervisionPolicy,
): Result<WeeklySupervisionList> {
  const bad = asOfError(asOf, calendar);
  if (bad !== null) return bad;
  const entries: SupervisionListEntry[] = [];
  for (const issue of issues) {
    if (issue.state !== 'assigned') continue;
    const status = supervisionStatus(issue, asOf, calendar, policy);
    if (!status.ok) return status;
    const s = status.value;
    if (s === null || s.colour === 'green') continue;
    if (issue.leadDepartmentId === null) {
      return err(
        domainError('INVALID_ARGUMENT', {
          en: `Issue "${issue.id}" is assigned but has no lead department.`,
          zh: `诉求“${issue.id}”处于已交办环节，但缺少主办单位。`,
          path: ['leadDepartmentId'],
          value: null,
        }),
      );
    }
    entries.push({
      issueId: issue.id,
      enterpriseId: issue.enterpriseId,
      leadDepartmentId: issue.leadDepartmentId,
      deadline: s.deadline,
      colour: s.colour,
      step: s.step,
      recordedStep: s.recordedStep,
      overdueWorkingDays: s.overdueWorkingDays,
      provisional: s.provisional,
    });
  }
  entries.sort(compareEntries);
  const groups = new Map<Id, SupervisionListEntry[]>();
  for (const e of entries) {
    const group = groups.get(e.leadDepartmentId);
    if (group === undefined) groups.set(e.leadDepartmentId, [e]);
    else group.push(e);
  }
  const byDepartment = [...groups.keys()]
    .sort(byCodeUnit)
    .map((departmentId) => ({ departmentId, entries: groups.get(departmentId) as SupervisionListEntry[] }));
  return ok({ asOf, entries, byDepartment });
}
