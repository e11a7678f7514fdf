/**
 * Working-day calendars: China's statutory holidays and adjusted working days 2004–2026, and
 * working-day arithmetic for deadlines (限期办理), correct in every time zone.
 *
 * @packageDocumentation
 */
export {
  festivalLabels,
  FestivalSchema,
  IsoWeekdaySchema,
  HolidayPeriodSchema,
  AdjustedWorkingDaySchema,
  ClosureSchema,
  WorkCalendarSchema,
} from './schema.js';
export type { Festival, WorkCalendar } from './schema.js';
export { chinaCalendar } from './china.js';
export {
  isWorkingDay,
  addWorkingDays,
  nextWorkingDay,
  workingDaysBetween,
  deadlineAfter,
  localDateOf,
} from './working-days.js';
export { safeParseWorkCalendar, parseWorkCalendar, CalendarAdditionsSchema, extendCalendar } from './extend.js';
export type { CalendarAdditions } from './extend.js';
