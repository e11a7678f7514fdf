import { checkedCalendar } from '../calendar/compiled.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { compileLadder, issueFacts, type ExtraFacts } from '../escalation/route.js';
import type { EscalationLadder } from '../escalation/schema.js';
import { toDayNumber } from '../internal/days.js';
import { movedPaths } from '../internal/parse.js';
import type { Issue } from '../issue/schema.js';
import type { MeetingSeries } from './schema.js';
import { byCodeUnit } from '../internal/compare.js';

/**
 * An assignment slip (交办单): the open problems a meeting hands to one responsible department.
 *
 * @category Meeting
 */
export interface AssignmentSlip {
  /**
   * The lead department (主办单位) the slip goes to, or null for the problems that have no lead
   * department yet: the meeting itself assigns them, and the slip stays with the leading group's
   * office until it does.
   */
  readonly departmentId: Id | null;
  /** The issues on the slip, sorted. */
  readonly issueIds: readonly Id[];
  /** How many problems the slip carries. */
  readonly count: number;
}

/**
 * The agenda of one meeting: the open problems of its scope, by assignment slip.
 *
 * @category Meeting
 */
export interface MeetingAgenda {
  /** The series. */
  readonly seriesId: Id;
  /** The escalation holder whose problems the meeting takes. */
  readonly holder: string;
  /** The date of the meeting. */
  readonly on: CalendarDate;
  /** One slip per lead department, sorted by department id (the slip without one last). */
  readonly slips: readonly AssignmentSlip[];
  /** How many problems the slips carry in all. */
  readonly problemCount: number;
  /** How many slips there are. */
  readonly slipCount: number;
  /** Whether the routing counted working days overdue in a provisional year of the calendar (暂定). */
  readonly provisional: boolean;
}

/**
 * The meeting an agenda is drawn up for: a series and the date it meets (usually an occurrence's
 * `on`; not checked against the cadence, so an extra meeting can be called too).
 *
 * @category Meeting
 */
export interface MeetingRef {
  /** The series. */
  readonly series: MeetingSeries;
  /** The local date of the meeting. */
  readonly on: CalendarDate;
}


function badDate(value: unknown, path: readonly (string | number)[]): Result<never> {
  const name = path.join('.');
  return err(
    domainError('INVALID_DATE', {
      en: `${name} must be a real date in the form YYYY-MM-DD; received ${JSON.stringify(value)}.`,
      zh: `${name} 应为 YYYY-MM-DD 格式的有效日期，实际为 ${JSON.stringify(value)}。`,
      path,
      value,
    }),
  );
}

const isDate = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(toDayNumber(value));

/**
 * Draws up a meeting's agenda (会诊交办): the open issues — neither closed nor withdrawn — that the
 * ladder routes, at `asOf`, to the holder the series takes (`series.holder`), grouped into
 * assignment slips (交办单) by lead department. Haining's half-monthly consultation sent out 70 slips
 * carrying 176 problems (002). Slips are sorted by department id and their issue ids sorted (by
 * UTF-16 code units, whatever the locale), so the same input always gives the same agenda. One pass
 * over the issues; the ladder is compiled once.
 *
 * @param meeting - The series and the date of the meeting.
 * @param issues - The issues to draw from; each id at most once.
 * @param asOf - The local date of routing (for working days overdue), usually the day the agenda is drawn up.
 * @param ladder - The escalation ladder, e.g. `hainingLadder`.
 * @param calendar - The working-day calendar.
 * @param extraFacts - The app's extra facts (industry, enterprises affected, money involved) by issue id.
 * @returns The agenda, or `INVALID_DATE` for a bad `meeting.on` or `asOf`, `DUPLICATE_ID` for an
 *   issue listed twice, the calendar's error when `asOf` is not covered (at `['asOf']`) or an
 *   overdue issue's working days cannot be counted (at `['issues', i, 'deadline']`), or
 *   `INVALID_ARGUMENT` for a fact that is NaN, infinite or negative (at
 *   `['extraFacts', id, fact]` or `['issues', i, 'reopenCount']`).
 * @example
 * ```ts
 * const r = agenda({ series: hainingHalfMonthlyConsultation, on: '2026-10-09' }, issues, '2026-10-08', hainingLadder, chinaCalendar);
 * r.ok && r.value.slips; // [{ departmentId: 'd-land', issueIds: ['i3', 'i7'], count: 2 }, …]
 * ```
 * @category Meeting
 */
export function agenda(
  meeting: MeetingRef,
  issues: readonly Issue[],
  asOf: CalendarDate,
  ladder: EscalationLadder,
  calendar: WorkCalendar,
  extraFacts?: Readonly<Record<Id, ExtraFacts>>,
): Result<MeetingAgenda> {
  if (!isDate(meeting.on)) return badDate(meeting.on, ['meeting', 'on']);
  if (!isDate(asOf)) return badDate(asOf, ['asOf']);
  const holder = meeting.series.holder;
  const routeFacts = compileLadder(ladder).routeFacts;
  const cal = checkedCalendar(calendar); // checked once here, then looked up in O(1) per issue
  const seen = new Set<Id>();
  const byDepartment = new Map<Id | null, Id[]>();
  let problemCount = 0;
  let provisional = false;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    if (seen.has(issue.id)) {
      return err(
        domainError('DUPLICATE_ID', {
          en: `Issue "${issue.id}" is listed twice.`,
          zh: `诉求“${issue.id}”重复出现。`,
          path: ['issues', i, 'id'],
          value: issue.id,
        }),
      );
    }
    seen.add(issue.id);
    if (issue.state === 'closed' || issue.state === 'withdrawn') continue;
    const extra = extraFacts !== undefined && Object.hasOwn(extraFacts, issue.id) ? extraFacts[issue.id] : undefined;
    const facts = issueFacts(issue, asOf, cal, extra);
    if (!facts.ok) {
      // issueFacts names its own arguments: name agenda's (the i-th issue, the issue's extra facts).
      return err(movedPaths(facts.error, ([head, ...rest]) => (head === 'issue' ? ['issues', i, ...rest] : head === 'extra' ? ['extraFacts', issue.id, ...rest] : [head ?? 'asOf', ...rest])));
    }
    provisional ||= facts.provisional;
    if (routeFacts(facts.value).target?.holder !== holder) continue;
    const slip = byDepartment.get(issue.leadDepartmentId);
    if (slip === undefined) byDepartment.set(issue.leadDepartmentId, [issue.id]);
    else slip.push(issue.id);
    problemCount++;
  }
  const departments = [...byDepartment.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : byCodeUnit(a, b)));
  const slips = departments.map((departmentId): AssignmentSlip => {
    const issueIds = (byDepartment.get(departmentId) as Id[]).sort(); // by UTF-16 code units
    return { departmentId, issueIds, count: issueIds.length };
  });
  return ok({ seriesId: meeting.series.id, holder, on: meeting.on, slips, problemCount, slipCount: slips.length, provisional });
}
