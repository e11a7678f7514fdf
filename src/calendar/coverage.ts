import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { civilFromDays, daysFromCivil, isoWeekday } from '../internal/days.js';
import { deepFreeze } from '../internal/freeze.js';
import { compiled, coverCounts } from './compiled.js';
import type { WorkCalendar } from './schema.js';

/**
 * A covered year's status: published by the State Council, derived from the law while the notice is
 * awaited (暂定), or declared by the app to have weekends only.
 *
 * `YearStatus.values` lists the values in order, `YearStatus.labels` gives each a zh-CN and an
 * English label, and `YearStatus.schema` validates one. The type `YearStatus` is `'published'`,
 * `'provisional'` or `'weekendsOnly'`.
 *
 * @example
 * ```ts
 * YearStatus.labels.published.zh; // '已公布'
 * YearStatus.schema.safeParse('published').success; // true
 * ```
 * @category Calendar
 */
export const YearStatus = /* @__PURE__ */ defineEnum({
  published: { zh: '已公布', en: 'Published' },
  provisional: { zh: '暂定（依法推算）', en: 'Provisional (derived from the law)' },
  weekendsOnly: { zh: '仅周末（无节假日）', en: 'Weekends only (no holidays)' },
});

export type YearStatus = EnumValue<typeof YearStatus>;

/**
 * One covered year in a {@link CalendarCoverage}.
 *
 * @category Calendar
 */
export interface YearCoverage {
  /** The year. */
  readonly year: number;
  /** Published, provisional or weekends only. */
  readonly status: YearStatus;
  /** Working days in the year. */
  readonly workingDays: number;
  /** Holiday days off that are not weekend days (local closures not counted). */
  readonly holidaysOnWeekdays: number;
  /** Weekend days that are worked (调休上班); always 0 in a provisional year. */
  readonly adjustedWorkingDays: number;
}

/**
 * Which years a calendar covers and on what they rest: {@link calendarCoverage}'s answer.
 *
 * @category Calendar
 */
export interface CalendarCoverage {
  /** The first covered year. */
  readonly firstYear: number;
  /** The last covered year. */
  readonly lastYear: number;
  /** The last year whose days rest on a published notice (or the app's own data), or null. */
  readonly lastPublishedYear: number | null;
  /** The first provisional year, or null when none is. */
  readonly provisionalFrom: number | null;
  /** Every covered year, in order. */
  readonly years: readonly YearCoverage[];
}

/**
 * Says which years a calendar covers and whether each is published by the State Council, derived
 * from the law while its notice is awaited (provisional, 暂定), or declared to have weekends only.
 *
 * @param calendar - The working-day calendar, e.g. {@link chinaCalendar}.
 * @returns The coverage, year by year, with each year's working days; or, for a calendar that
 *   {@link WorkCalendarSchema} refuses, its error with the path under `calendar`.
 * @example
 * ```ts
 * const coverage = unwrap(calendarCoverage(chinaCalendar));
 * coverage.lastPublishedYear; // 2026
 * coverage.years.find((y) => y.year === 2027)?.status; // 'provisional'
 * ```
 * @category Calendar
 */
export function calendarCoverage(calendar: WorkCalendar): Result<CalendarCoverage> {
  const c = compiled(calendar);
  if ('code' in c) return err(c);
  const cal = c.calendar; // what was checked, not the app's object again
  const weekend = new Set(cal.weekendDays);
  const span = cal.lastYear - cal.firstYear + 1;
  const hasHolidays = new Uint8Array(span);
  for (const h of cal.holidays) hasHolidays[Number(h.from.slice(0, 4)) - cal.firstYear] = 1;
  const bump = (counts: Int32Array, year: number): void => {
    const k = year - cal.firstYear;
    counts[k] = (counts[k] as number) + 1;
  };
  const holidaysOnWeekdays = new Int32Array(span);
  const off = coverCounts(cal.holidays, c.start, c.length);
  for (let i = 0; i < c.length; i++) if (off[i] !== 0 && !weekend.has(isoWeekday(c.start + i))) bump(holidaysOnWeekdays, civilFromDays(c.start + i)[0]);
  const adjusted = new Int32Array(span);
  for (const w of cal.adjustedWorkingDays) bump(adjusted, Number(w.date.slice(0, 4)));
  const from = cal.provisionalFrom;
  const years: YearCoverage[] = [];
  for (let k = 0; k < span; k++) {
    const year = cal.firstYear + k;
    const first = daysFromCivil(year, 1, 1) - c.start;
    const last = daysFromCivil(year + 1, 1, 1) - c.start - 1;
    const status: YearStatus = from !== null && year >= from ? 'provisional' : hasHolidays[k] === 1 ? 'published' : 'weekendsOnly';
    years.push({
      year,
      status,
      workingDays: (c.cumulative[last] as number) - (first > 0 ? (c.cumulative[first - 1] as number) : 0),
      holidaysOnWeekdays: holidaysOnWeekdays[k] as number,
      adjustedWorkingDays: adjusted[k] as number,
    });
  }
  const lastPublishedYear = from === null ? cal.lastYear : from > cal.firstYear ? from - 1 : null;
  return ok({ firstYear: cal.firstYear, lastYear: cal.lastYear, lastPublishedYear, provisionalFrom: from, years });
}

const publishedOnly = /* @__PURE__ */ (() => new WeakMap<WorkCalendar, WorkCalendar>())();

/**
 * The calendar with its provisional years left out: for an app that must count on published
 * notices only (strict mode). Dates in the left-out years then fail with
 * `CALENDAR_YEAR_NOT_COVERED`, as before provisional years existed. The same (deeply frozen)
 * calendar object is returned for the same unchanged input, so it is compiled once.
 *
 * @param calendar - The working-day calendar, e.g. {@link chinaCalendar}.
 * @returns The published years alone, or `CALENDAR_YEAR_NOT_COVERED` (at
 *   `['calendar', 'provisionalFrom']`) when no year is published, or the error of a calendar that
 *   {@link WorkCalendarSchema} refuses.
 * @example
 * ```ts
 * const strict = unwrap(publishedYearsOnly(chinaCalendar));
 * strict.lastYear; // 2026
 * deadlineAfter('2026-12-24', 10, strict).ok; // false: CALENDAR_YEAR_NOT_COVERED
 * ```
 * @category Calendar
 */
export function publishedYearsOnly(calendar: WorkCalendar): Result<WorkCalendar> {
  const c = compiled(calendar);
  if ('code' in c) return err(c);
  const cal = c.calendar;
  const from = cal.provisionalFrom;
  if (from === null) return ok(calendar);
  if (from <= cal.firstYear) {
    return err(
      domainError('CALENDAR_YEAR_NOT_COVERED', {
        en: `Every year of the calendar "${cal.name.en}" (${cal.firstYear}–${cal.lastYear}) is provisional: no published year is left.`,
        zh: `工作日历「${cal.name.zh}」的 ${cal.firstYear}–${cal.lastYear} 年均为暂定，没有已公布的年份。`,
        path: ['calendar', 'provisionalFrom'],
        value: from,
      }),
    );
  }
  // Keyed by the checked calendar, which stays the same object while the app's calendar is unchanged.
  const cached = publishedOnly.get(cal);
  if (cached !== undefined) return ok(cached);
  const published = (date: string): boolean => Number(date.slice(0, 4)) < from;
  const strict: WorkCalendar = deepFreeze({
    ...cal,
    lastYear: from - 1,
    provisionalFrom: null,
    holidays: cal.holidays.filter((h) => h.derived === undefined),
    closures: cal.closures.filter((p) => published(p.from)).map((p) => (published(p.to) ? p : { ...p, to: `${from - 1}-12-31` })),
  });
  publishedOnly.set(cal, strict);
  return ok(strict);
}
