import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, Instant } from '../core/schema.js';
import { fromDayNumber, toDayNumber } from '../internal/days.js';
import { instantDay, invalidInstant } from '../internal/instant.js';
import { compiled, type CompiledCalendar } from './compiled.js';
import type { WorkCalendar } from './schema.js';

/**
 * The answer of a working-day function: a {@link Result} whose success also says whether it rests
 * on a provisional year (暂定) — a year whose days off qinqing derived from the law because the State
 * Council has not published its notice yet. `provisional` is always present on success, `true`
 * exactly when a date read or reached lies in a provisional year of the calendar.
 *
 * @category Calendar
 */
export type CalendarResult<T> =
  | { readonly ok: true; readonly value: T; readonly provisional: boolean }
  | { readonly ok: false; readonly error: DomainError };

/** A failed calendar answer. */
function fail(error: DomainError): CalendarResult<never> {
  return { ok: false, error };
}

/** A successful calendar answer: the value, and whether it rests on a provisional year. */
function answer<T>(value: T, provisional: boolean): CalendarResult<T> {
  return { ok: true, value, provisional };
}

function invalidDate(date: unknown, name: string): CalendarResult<never> {
  return fail(
    domainError('INVALID_DATE', {
      en: `${name} must be a real date in the form YYYY-MM-DD; received ${JSON.stringify(date)}.`,
      zh: `${name} 应为 YYYY-MM-DD 格式的有效日期，实际为 ${JSON.stringify(date)}。`,
      path: [name],
      value: date,
    }),
  );
}

function notCovered(date: string, cal: WorkCalendar, path: string): CalendarResult<never> {
  return fail(
    domainError('CALENDAR_YEAR_NOT_COVERED', {
      en: `${date} lies outside the years ${cal.firstYear}–${cal.lastYear} that the calendar "${cal.name.en}" covers; extend the calendar with that year's notice.`,
      zh: `${date} 超出工作日历「${cal.name.zh}」覆盖的 ${cal.firstYear}–${cal.lastYear} 年，请先补充该年度的节假日安排。`,
      path: [path],
      value: date,
    }),
  );
}

function notInteger(n: unknown, name: string, min?: number): CalendarResult<never> {
  const bound = min === undefined ? '' : ` ≥ ${min}`;
  return fail(
    domainError('INVALID_ARGUMENT', {
      en: `${name} must be an integer${bound}; received ${String(n)}.`,
      zh: `${name} 应为${min === undefined ? '' : `不小于 ${min} 的`}整数，实际为 ${String(n)}。`,
      path: [name],
      value: n,
    }),
  );
}

/** The offset of `date` in the compiled calendar, or the error for a bad or uncovered date. */
function offsetOf(date: CalendarDate, c: CompiledCalendar, name: string): number | CalendarResult<never> {
  const d = typeof date === 'string' ? toDayNumber(date) : NaN;
  if (Number.isNaN(d)) return invalidDate(date, name);
  const i = d - c.start;
  return i >= 0 && i < c.length ? i : notCovered(date, c.calendar, name);
}

/** The date `n` working days from the covered day at offset `i` (n = 0: the day itself). */
function step(i: number, n: number, c: CompiledCalendar, name: string): CalendarResult<CalendarDate> {
  if (n === 0) return answer(c.dates[i] as string, i >= c.provisionalStart);
  const k = (c.cumulative[i] as number) + n + (n < 0 && c.working[i] === 0 ? 1 : 0);
  const target = c.workdays[k - 1];
  if (k >= 1 && target !== undefined) return answer(c.dates[target] as string, (target > i ? target : i) >= c.provisionalStart);
  const beyond = n > 0 ? c.start + c.length : c.start - 1;
  return notCovered(fromDayNumber(beyond), c.calendar, name); // the day reached lies outside: n days are too many from the date
}

/**
 * Tells whether a date is a working day: not a weekend day unless adjusted (调休上班), and not a
 * holiday or local closure.
 *
 * Bounds (Part 11), the same for every working-day function: the first call with a calendar
 * object checks it in O(V log V) for its V values and compiles it in O(P + W + D) — P holiday and
 * closure periods, each clamped to the covered years (never their length), W adjusted working
 * days, D covered days (at most 301 years). Later calls are O(1) for a deeply frozen calendar
 * (anything qinqing returns or parses); a mutable one built by hand is also compared with what it
 * held when compiled, O(V) per call, so check it once with `safeParse(WorkCalendarSchema, …)`.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @param calendar - The working-day calendar, e.g. {@link chinaCalendar}. One that {@link WorkCalendarSchema} refuses (built by hand with an impossible date, reversed years, …) gives its error, with the path under `calendar`; each calendar object is checked once while it is unchanged (a mutated one is checked again).
 * @returns `true` or `false`, or `INVALID_DATE` / `CALENDAR_YEAR_NOT_COVERED`.
 * @example
 * ```ts
 * isWorkingDay('2026-10-08', chinaCalendar); // { ok: true, value: true, provisional: false }
 * isWorkingDay('2026-10-01', chinaCalendar); // { ok: true, value: false, provisional: false }
 * ```
 * @category Calendar
 */
export function isWorkingDay(date: CalendarDate, calendar: WorkCalendar): CalendarResult<boolean> {
  const c = compiled(calendar);
  if ('code' in c) return fail(c);
  const i = offsetOf(date, c, 'date');
  return typeof i === 'number' ? answer(c.working[i] === 1, i >= c.provisionalStart) : i;
}

/**
 * Moves a date by a number of working days: `n > 0` gives the n-th working day after `date`,
 * `n < 0` the |n|-th working day before it, and `n = 0` the date itself. The start date never
 * counts, so the result of a non-zero `n` is always a working day.
 *
 * @param date - The start date `YYYY-MM-DD`.
 * @param n - Working days to move, an integer (may be negative).
 * @param calendar - The working-day calendar (checked as for {@link isWorkingDay}).
 * @returns The date reached, or `INVALID_DATE`, `INVALID_ARGUMENT`, or
 *   `CALENDAR_YEAR_NOT_COVERED` when the date or the result lies outside the calendar's years.
 * @example
 * ```ts
 * addWorkingDays('2026-09-30', 5, chinaCalendar); // { ok: true, value: '2026-10-13', provisional: false }
 * addWorkingDays('2026-10-08', -1, chinaCalendar); // { ok: true, value: '2026-09-30', provisional: false }
 * ```
 * @category Calendar
 */
export function addWorkingDays(date: CalendarDate, n: number, calendar: WorkCalendar): CalendarResult<CalendarDate> {
  if (!Number.isInteger(n)) return notInteger(n, 'n');
  return move(date, n, calendar, 'n');
}

/** {@link addWorkingDays} with `n` checked; a day reached outside the calendar is blamed on `beyond` (the caller's argument that asked for it). */
function move(date: CalendarDate, n: number, calendar: WorkCalendar, beyond: string): CalendarResult<CalendarDate> {
  const c = compiled(calendar);
  if ('code' in c) return fail(c);
  const i = offsetOf(date, c, 'date');
  return typeof i === 'number' ? step(i, n, c, beyond) : i;
}

/**
 * The first working day strictly after a date.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @param calendar - The working-day calendar (checked as for {@link isWorkingDay}).
 * @returns The next working day, or `INVALID_DATE` / `CALENDAR_YEAR_NOT_COVERED`.
 * @example
 * ```ts
 * nextWorkingDay('2026-09-30', chinaCalendar); // { ok: true, value: '2026-10-08', provisional: false }
 * ```
 * @category Calendar
 */
export function nextWorkingDay(date: CalendarDate, calendar: WorkCalendar): CalendarResult<CalendarDate> {
  return move(date, 1, calendar, 'date'); // the next working day lies outside: the date is the last covered
}

/**
 * Counts the working days one steps onto going from `from` to `to`, signed: `from` excluded and
 * `to` included, negative when `to` is earlier. So `workingDaysBetween(d, addWorkingDays(d, n))`
 * is always `n`.
 *
 * @param from - The start date `YYYY-MM-DD`.
 * @param to - The end date `YYYY-MM-DD`.
 * @param calendar - The working-day calendar (checked as for {@link isWorkingDay}).
 * @returns The signed count, or `INVALID_DATE` / `CALENDAR_YEAR_NOT_COVERED`.
 * @example
 * ```ts
 * workingDaysBetween('2026-09-30', '2026-10-13', chinaCalendar); // { ok: true, value: 5, provisional: false }
 * workingDaysBetween('2026-10-13', '2026-09-30', chinaCalendar); // { ok: true, value: -5, provisional: false }
 * ```
 * @category Calendar
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, calendar: WorkCalendar): CalendarResult<number> {
  const c = compiled(calendar);
  if ('code' in c) return fail(c);
  const a = offsetOf(from, c, 'from');
  if (typeof a !== 'number') return a;
  const b = offsetOf(to, c, 'to');
  if (typeof b !== 'number') return b;
  const ca = c.cumulative[a] as number;
  const cb = c.cumulative[b] as number;
  if (b >= a) return answer(cb - ca, b >= c.provisionalStart);
  return answer(-((ca - (c.working[a] as number)) - (cb - (c.working[b] as number))), a >= c.provisionalStart);
}

/**
 * The deadline of a matter to be handled "within n working days of receipt" (n 个工作日内办结):
 * the day of receipt does not count, and the deadline is the n-th working day after it, whatever
 * day of the week or holiday the matter arrived on.
 *
 * @param received - The date of receipt `YYYY-MM-DD` (local, China).
 * @param n - The time limit in working days, an integer ≥ 1.
 * @param calendar - The working-day calendar (checked as for {@link isWorkingDay}).
 * @returns The last day on which the matter is on time, or `INVALID_DATE`, `INVALID_ARGUMENT` or
 *   `CALENDAR_YEAR_NOT_COVERED`.
 * @example
 * ```ts
 * // National Day 1–7 October is off; Saturday 10 October is worked.
 * deadlineAfter('2026-09-30', 5, chinaCalendar); // { ok: true, value: '2026-10-13', provisional: false }
 * // Received on Christmas Eve 2026: the deadline lies in 2027, whose days off are derived until the
 * // State Council publishes its notice.
 * deadlineAfter('2026-12-24', 10, chinaCalendar); // { ok: true, value: '2027-01-08', provisional: true }
 * ```
 * @category Calendar
 */
export function deadlineAfter(received: CalendarDate, n: number, calendar: WorkCalendar): CalendarResult<CalendarDate> {
  if (!Number.isInteger(n) || n < 1) return notInteger(n, 'n', 1);
  const c = compiled(calendar);
  if ('code' in c) return fail(c);
  const i = offsetOf(received, c, 'received');
  return typeof i === 'number' ? step(i, n, c, 'n') : i;
}

/**
 * The local calendar date of an instant, by default in China Standard Time (UTC+8), whatever the
 * machine's time zone.
 *
 * @param instant - An ISO 8601 date-time with an offset, `YYYY-MM-DDTHH:MM:SS[.fff]` then `Z` or
 *   `±HH:MM` (within ±14:00), on a date that exists.
 * @param utcOffsetMinutes - The local offset from UTC in minutes (default 480, UTC+8).
 * @returns The local date `YYYY-MM-DD`, or `INVALID_INSTANT` for anything else: a date that does
 *   not exist (`2026-02-30…`), hour 24, no offset, or a form `Date.parse` merely guesses at.
 * @example
 * ```ts
 * localDateOf('2026-09-30T17:30:00Z'); // { ok: true, value: '2026-10-01' }
 * localDateOf('2026-02-30T09:00:00Z'); // { ok: false, error: { code: 'INVALID_INSTANT', … } }
 * ```
 * @category Calendar
 */
export function localDateOf(instant: Instant, utcOffsetMinutes = 480): Result<CalendarDate> {
  const day = typeof instant === 'string' ? instantDay(instant, utcOffsetMinutes) : NaN;
  return Number.isNaN(day) ? err(invalidInstant(instant, 'instant', utcOffsetMinutes)) : ok(fromDayNumber(day));
}
