import { z } from 'zod';
import { domainError } from '../core/errors.js';
import { err, type Result } from '../core/result.js';
import { BilingualTextSchema } from '../core/schema.js';
import { parseWith, safeParseWith } from '../internal/parse.js';
import { AdjustedWorkingDaySchema, ClosureSchema, HolidayPeriodSchema, WorkCalendarSchema, type WorkCalendar } from './schema.js';

/**
 * Checks plain data as a {@link WorkCalendar}.
 *
 * @param input - The calendar as parsed JSON.
 * @returns The calendar, or `INVALID_INPUT`, `INVALID_DATE`, `CALENDAR_CONFLICT` or
 *   `CALENDAR_YEAR_NOT_COVERED` pointing at the offending entry.
 * @example
 * ```ts
 * safeParseWorkCalendar(JSON.parse(JSON.stringify(chinaCalendar))).ok; // true
 * ```
 * @category Calendar
 */
export function safeParseWorkCalendar(input: unknown): Result<WorkCalendar> {
  return safeParseWith(WorkCalendarSchema, input);
}

/**
 * Checks plain data as a {@link WorkCalendar}; throws a `QinqingError` when it is not one.
 *
 * @param input - The calendar as parsed JSON.
 * @returns The calendar.
 * @example
 * ```ts
 * const cal = parseWorkCalendar(storedCalendarJson);
 * ```
 * @category Calendar
 */
export function parseWorkCalendar(input: unknown): WorkCalendar {
  return parseWith(WorkCalendarSchema, input);
}

/**
 * What {@link extendCalendar} adds to a calendar: later (or earlier) years with their notices,
 * and local closures.
 *
 * @category Calendar
 */
export const CalendarAdditionsSchema = z.object({
  /** A new name for the extended calendar. */
  name: BilingualTextSchema.optional(),
  /** The new first covered year (only earlier than the base's). */
  firstYear: z.number().int().optional(),
  /** The new last covered year (only later than the base's). */
  lastYear: z.number().int().optional(),
  /** Holiday periods to add. */
  holidays: z.array(HolidayPeriodSchema).optional(),
  /** Adjusted working days to add. */
  adjustedWorkingDays: z.array(AdjustedWorkingDaySchema).optional(),
  /** Local closures to add. */
  closures: z.array(ClosureSchema).optional(),
});

/**
 * Additions for {@link extendCalendar}; see {@link CalendarAdditionsSchema}.
 *
 * @category Calendar
 */
export type CalendarAdditions = z.input<typeof CalendarAdditionsSchema>;

/**
 * Returns a new calendar with more years or local closures, validated as a whole (no date both
 * off and worked). The base calendar is not changed.
 *
 * @param base - The calendar to extend, e.g. {@link chinaCalendar}.
 * @param additions - Years, holidays, adjusted working days and closures to add.
 * @returns The extended calendar, or the first problem found (`CALENDAR_CONFLICT`,
 *   `CALENDAR_YEAR_NOT_COVERED`, `INVALID_ARGUMENT`, …).
 * @example
 * ```ts
 * extendCalendar(chinaCalendar, {
 *   closures: [{ from: '2026-03-16', to: '2026-03-16', reason: { zh: '县庆', en: 'County day' } }],
 * }); // { ok: true, value: { …, closures: [ … ] } }
 * ```
 * @category Calendar
 */
export function extendCalendar(base: WorkCalendar, additions: CalendarAdditions): Result<WorkCalendar> {
  const add = safeParseWith(CalendarAdditionsSchema, additions);
  if (!add.ok) return add;
  const a = add.value;
  if ((a.firstYear ?? base.firstYear) > base.firstYear || (a.lastYear ?? base.lastYear) < base.lastYear) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `An extension cannot drop covered years (${base.firstYear}–${base.lastYear}).`,
        zh: `扩展日历不能减少已覆盖的年份（${base.firstYear}–${base.lastYear}）。`,
        path: [a.firstYear !== undefined && a.firstYear > base.firstYear ? 'firstYear' : 'lastYear'],
        value: additions,
      }),
    );
  }
  return safeParseWorkCalendar({
    name: a.name ?? base.name,
    firstYear: a.firstYear ?? base.firstYear,
    lastYear: a.lastYear ?? base.lastYear,
    weekendDays: base.weekendDays,
    holidays: [...base.holidays, ...(a.holidays ?? [])],
    adjustedWorkingDays: [...base.adjustedWorkingDays, ...(a.adjustedWorkingDays ?? [])],
    closures: [...base.closures, ...(a.closures ?? [])],
  });
}
