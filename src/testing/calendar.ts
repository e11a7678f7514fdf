import * as fc from 'fast-check';
import { chinaCalendar } from '../calendar/china.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { isWorkingDay } from '../calendar/working-days.js';
import type { CalendarDate, Instant } from '../core/schema.js';
import { dayRange, fromDayNumber, instantAt, msOfLocal } from './tape.js';

/**
 * Options of {@link arbCalendarDate}.
 *
 * @category Testing
 */
export interface ArbCalendarDateOptions {
  /** The calendar whose years the dates lie in; `chinaCalendar` by default. */
  readonly calendar?: WorkCalendar;
  /** The first date (default: 1 January of the calendar's first year). */
  readonly from?: CalendarDate;
  /** The last date (default: 31 December of the calendar's last year). */
  readonly to?: CalendarDate;
  /** `true`: working days only; `false`: days off only; absent: any day. */
  readonly workingDay?: boolean;
}

/**
 * An arbitrary of calendar dates `YYYY-MM-DD` within the years a working-day calendar covers (and
 * within `from`…`to` when given), so that the calendar functions never answer
 * `CALENDAR_YEAR_NOT_COVERED`; optionally working days only, or days off only. Shrinks towards the
 * first date of the range.
 *
 * @param options - The calendar, the range and whether the dates are working days.
 * @returns An arbitrary of dates that `CalendarDateSchema` accepts.
 * @throws Error when the range is empty, leaves the calendar's years, or holds no day of the kind asked for.
 * @example
 * ```ts
 * fc.assert(fc.property(arbCalendarDate({ workingDay: true }), (d) => unwrap(isWorkingDay(d, chinaCalendar))));
 * ```
 * @category Testing
 */
export function arbCalendarDate(options: ArbCalendarDateOptions = {}): fc.Arbitrary<CalendarDate> {
  const calendar = options.calendar ?? chinaCalendar;
  const [first, last] = dayRange(calendar, options.from, options.to);
  const wanted = options.workingDay;
  if (wanted === undefined) return fc.integer({ min: first, max: last }).map(fromDayNumber);
  const days: string[] = [];
  for (let d = first; d <= last; d++) {
    const date = fromDayNumber(d);
    const working = isWorkingDay(date, calendar);
    if (working.ok && working.value === wanted) days.push(date);
  }
  if (days.length === 0) {
    throw new Error(`qinqing/testing: no ${wanted ? 'working day' : 'day off'} lies between ${fromDayNumber(first)} and ${fromDayNumber(last)}.`);
  }
  return fc.nat({ max: days.length - 1 }).map((i) => days[i] as string);
}

/**
 * An arbitrary of strings that look like calendar dates but are not real ones, or are not in the
 * form `YYYY-MM-DD`: 30 February, month 13, day 0, missing zero padding, slashes, a time appended,
 * the empty string.
 *
 * @returns An arbitrary of strings that `CalendarDateSchema` rejects (`INVALID_DATE`).
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidCalendarDate(), (s) => !CalendarDateSchema.safeParse(s).success));
 * ```
 * @category Testing
 */
export function arbInvalidCalendarDate(): fc.Arbitrary<string> {
  const year = fc.integer({ min: 1990, max: 2099 }).map((y) => String(y));
  const two = (n: number): string => String(n).padStart(2, '0');
  return fc.oneof(
    fc.tuple(year, fc.constantFrom('02-30', '02-31', '04-31', '06-31', '09-31', '11-31', '00-10', '13-01', '12-00', '12-32')).map(([y, md]) => `${y}-${md}`),
    fc.integer({ min: 1990, max: 2099 }).filter((y) => y % 4 !== 0).map((y) => `${y}-02-29`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}/${two(m)}/${two(d)}`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${two(m)}-${two(d)}T00:00:00`),
    fc.tuple(year, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc.constantFrom('', 'today', '2026-1-05', '26-01-05', '２０２６-０１-０５'),
  );
}

/**
 * Options of {@link arbInstant}.
 *
 * @category Testing
 */
export interface ArbInstantOptions extends Omit<ArbCalendarDateOptions, 'workingDay'> {
  /** The offset the instants are written with, in minutes east of UTC (480, China Standard Time, by default). */
  readonly utcOffsetMinutes?: number;
}

/**
 * An arbitrary of instants (ISO 8601 date-times with an offset, to the second) whose local date at
 * that offset lies within the calendar's years (and `from`…`to` when given).
 *
 * @param options - The calendar, the range of local dates and the offset.
 * @returns An arbitrary of instants that `InstantSchema` accepts, e.g. `'2026-03-09T14:05:00+08:00'`.
 * @throws Error when the range is empty or leaves the calendar's years.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInstant({ from: '2026-03-01', to: '2026-03-31' }), (at) => localDateOf(at).ok));
 * ```
 * @category Testing
 */
export function arbInstant(options: ArbInstantOptions = {}): fc.Arbitrary<Instant> {
  const calendar = options.calendar ?? chinaCalendar;
  const offset = options.utcOffsetMinutes ?? 480;
  const [first, last] = dayRange(calendar, options.from, options.to);
  return fc
    .tuple(fc.integer({ min: first, max: last }), fc.nat({ max: 24 * 60 - 1 }), fc.nat({ max: 59 }))
    .map(([day, minute, second]) => instantAt(msOfLocal(day, minute, offset) + second * 1000, offset));
}
