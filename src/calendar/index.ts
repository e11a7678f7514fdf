/**
 * Working-day calendars: China's statutory holidays and adjusted working days as the State Council
 * published them (2004–2026), provisional years derived from the law after the last notice, the
 * notice itself read from its text, and working-day arithmetic for deadlines (限期办理), correct in
 * every time zone.
 *
 * @module qinqing/calendar
 */
export {
  Festival,
  DerivedDayKind,
  IsoWeekdaySchema,
  HolidayPeriodSchema,
  AdjustedWorkingDaySchema,
  ClosureSchema,
  WorkCalendarSchema,
  HolidayNoticeSchema,
} from './schema.js';
export type { HolidayNotice, HolidayPeriod, WorkCalendar } from './schema.js';
export { chinaCalendar } from './china.js';
export {
  isWorkingDay,
  addWorkingDays,
  nextWorkingDay,
  workingDaysBetween,
  deadlineAfter,
  localDateOf,
} from './working-days.js';
export type { CalendarResult } from './working-days.js';
export { calendarCoverage, publishedYearsOnly, YearStatus } from './coverage.js';
export type { CalendarCoverage, YearCoverage } from './coverage.js';
export { CalendarAdditionsSchema, extendCalendar } from './extend.js';
export type { CalendarAdditions } from './extend.js';
export {
  StatutoryDayRuleSchema,
  HolidayLawSchema,
  holidayLaw1999,
  holidayLaw2007,
  holidayLaw2013,
  holidayLaw2024,
  chinaHolidayLaws,
  holidayLawInForce,
} from './law.js';
export type { StatutoryDayRule, HolidayLaw } from './law.js';
export { deriveStatutoryDays, explainDerivedDay } from './derive.js';
export type { DerivedDay, DerivedYear } from './derive.js';
export { parseHolidayNotice } from './notice.js';
export { explainDay } from './explain.js';
