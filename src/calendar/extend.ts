import * as z from 'zod';
import { domainError, type ErrorPath } from '../core/errors.js';
import { err, type Result } from '../core/result.js';
import { BilingualTextSchema } from '../core/schema.js';
import { movedPaths, safeParseWith } from '../internal/parse.js';
import { compiled, recordExtension } from './compiled.js';
import { deriveStatutoryDays } from './derive.js';
import { provisionalHolidays } from './provisional.js';
import {
  AdjustedWorkingDaySchema,
  ClosureSchema,
  Festival,
  HolidayNoticeSchema,
  HolidayPeriodSchema,
  WorkCalendarSchema,
  type WorkCalendar,
} from './schema.js';
import { isWorkingDay } from './working-days.js';

/**
 * What {@link extendCalendar} adds to a calendar: published notices (which replace provisional
 * years), later or earlier years, provisional years derived from the law, and local closures.
 *
 * @category Calendar
 */
export const CalendarAdditionsSchema = /* @__PURE__ */ (() => z.object({
  /** A new name for the extended calendar. */
  name: BilingualTextSchema.optional(),
  /** The new first covered year (only earlier than the base's). */
  firstYear: z.number().int().min(1900).max(2200).optional(),
  /** The new last covered year (only later than the base's). */
  lastYear: z.number().int().min(1900).max(2200).optional(),
  /** Holiday periods to add (published days: never `derived`). */
  holidays: z.array(HolidayPeriodSchema).optional(),
  /** Adjusted working days to add. */
  adjustedWorkingDays: z.array(AdjustedWorkingDaySchema).optional(),
  /** Local closures to add. */
  closures: z.array(ClosureSchema).optional(),
  /**
   * State Council notices, e.g. from {@link parseHolidayNotice}: each replaces its provisional year
   * (the first one), extends the calendar by a year, or adds to a published year (a later notice
   * such as the 2020 extension of the Spring Festival).
   */
  notices: z.array(HolidayNoticeSchema).optional(),
  /** Derive provisional years from the law through this year (after the last covered year). */
  provisionalThrough: z.number().int().min(1900).max(2200).optional(),
  /** Accept new years that have no holidays at all (weekends only); refused unless said. */
  weekendsOnly: z.literal(true).optional(),
  /**
   * Accept a new published year in which a statutory day the law fixes is not a day off; refused
   * unless said, since a missing festival is almost always a typing slip.
   */
  allowMissingStatutoryDays: z.literal(true).optional(),
}))();

/**
 * Additions for {@link extendCalendar}; see {@link CalendarAdditionsSchema}.
 *
 * @category Calendar
 */
export type CalendarAdditions = z.input<typeof CalendarAdditionsSchema>;

const yearOf = (date: string): number => Number(date.slice(0, 4));

function refused(code: 'INVALID_ARGUMENT' | 'CALENDAR_PROVISIONAL_MISMATCH', en: string, zh: string, path: (string | number)[], value: unknown): Result<never> {
  return err(domainError(code, { en, zh, path, value }));
}

/**
 * Returns a new calendar with more years, notices or local closures, validated as a whole (no date
 * both off and worked). The base calendar is not changed.
 *
 * - A **notice** (国务院办公厅关于部分节假日安排的通知, e.g. read by {@link parseHolidayNotice}) replaces
 *   the derived days of its year when that year is provisional; notices of provisional years come
 *   in order (2027 before 2028). A notice for the year after the last covered one extends the
 *   calendar; one for a published year adds to it.
 * - **New years** (`firstYear`, `lastYear`) take their days from `holidays` and
 *   `adjustedWorkingDays`. A new year with no holiday at all is refused
 *   (`CALENDAR_WEEKEND_ONLY_YEAR`) unless `weekendsOnly: true`, so that a forgotten notice never
 *   turns New Year's Day into a working day.
 * - Every new published year, notices included, is checked against the law in force that year:
 *   a statutory day that is not a day off is refused (`CALENDAR_STATUTORY_DAY_MISSING`, listing
 *   them all) unless `allowMissingStatutoryDays: true`. Years the shipped lunar table (2004–2100) or
 *   the laws do not cover are not checked.
 * - `provisionalThrough` derives provisional years from the law after the last covered year.
 *
 * Bounds (Part 11): the result is checked as a whole in O(V log V) for its V values (the conflict
 * check sorts and sweeps, whatever the periods' lengths). Its first use is not checked again and
 * is compiled from the base's compiled arrays in O(A + W + D) — A added periods, W adjusted working
 * days, D covered days — plus O(P) over all periods when a notice replaced a provisional year; the
 * base is compiled first if it was not yet.
 *
 * @param base - The calendar to extend, e.g. {@link chinaCalendar}.
 * @param additions - Notices, years, holidays, adjusted working days, closures and options.
 * @returns The extended calendar, or the first problem found (`CALENDAR_CONFLICT`,
 *   `CALENDAR_WEEKEND_ONLY_YEAR`, `CALENDAR_STATUTORY_DAY_MISSING`,
 *   `CALENDAR_PROVISIONAL_MISMATCH`, `CALENDAR_YEAR_NOT_COVERED`, `INVALID_ARGUMENT`, …).
 * @example
 * ```ts
 * extendCalendar(chinaCalendar, {
 *   closures: [{ from: '2026-03-16', to: '2026-03-16', reason: { zh: '县庆', en: 'County day' } }],
 * }); // { ok: true, value: { …, closures: [ … ] } }
 * // A year with no holidays is refused unless said:
 * const bare = unwrap(publishedYearsOnly(chinaCalendar));
 * extendCalendar(bare, { lastYear: 2027 }).ok; // false: CALENDAR_WEEKEND_ONLY_YEAR
 * extendCalendar(bare, { lastYear: 2027, weekendsOnly: true }).ok; // true
 * ```
 * @category Calendar
 */
export function extendCalendar(base: WorkCalendar, additions: CalendarAdditions): Result<WorkCalendar> {
  const checkedBase = compiled(base, ['base']);
  if ('code' in checkedBase) return err(checkedBase);
  const b = checkedBase.calendar; // what was checked, not the app's object again
  const add = safeParseWith(CalendarAdditionsSchema, additions);
  if (!add.ok) return err(movedPaths(add.error, (path) => ['additions', ...path]));
  const a = add.value;
  if ((a.firstYear ?? b.firstYear) > b.firstYear || (a.lastYear ?? b.lastYear) < b.lastYear) {
    return refused(
      'INVALID_ARGUMENT',
      `An extension cannot drop covered years (${b.firstYear}–${b.lastYear}).`,
      `扩展日历不能减少已覆盖的年份（${b.firstYear}–${b.lastYear}）。`,
      ['additions', a.firstYear !== undefined && a.firstYear > b.firstYear ? 'firstYear' : 'lastYear'],
      additions,
    );
  }
  let firstYear = a.firstYear ?? b.firstYear;
  let lastYear = a.lastYear ?? b.lastYear;
  let provisionalFrom = b.provisionalFrom;
  if (lastYear > b.lastYear && provisionalFrom !== null) {
    return refused(
      'CALENDAR_PROVISIONAL_MISMATCH',
      `Published years cannot follow the provisional years ${provisionalFrom}–${b.lastYear}: add their notices first, or derive more years with provisionalThrough.`,
      `已公布年份不能排在暂定年份 ${provisionalFrom}–${b.lastYear} 之后：请先加入这些年份的通知，或用 provisionalThrough 推算更多年份。`,
      ['additions', 'lastYear'],
      a.lastYear,
    );
  }
  /** New published years, to be checked (no weekend-only year unless said, no statutory day missing), with where each comes from. */
  const newYears = new Map<number, ErrorPath>();
  for (let y = firstYear; y < b.firstYear; y++) newYears.set(y, ['additions', 'firstYear']);
  for (let y = b.lastYear + 1; y <= lastYear; y++) newYears.set(y, ['additions', 'lastYear']);
  // Each entry of the merged lists with the caller's path to it, so that a problem found in the
  // merged calendar names the entry of `base` or `additions` it came from.
  let holidays = [...from(b.holidays, ['base', 'holidays']), ...from(a.holidays ?? [], ['additions', 'holidays'])];
  const adjustedWorkingDays = [...from(b.adjustedWorkingDays, ['base', 'adjustedWorkingDays']), ...from(a.adjustedWorkingDays ?? [], ['additions', 'adjustedWorkingDays'])];
  const closures = [...from(b.closures, ['base', 'closures']), ...from(a.closures ?? [], ['additions', 'closures'])];

  /** Periods of the lists above that a notice replaced (derived days of a provisional year). */
  const removed: z.output<typeof HolidayPeriodSchema>[] = [];
  const notices = (a.notices ?? []).map((notice, i) => ({ notice, i })).sort((x, y) => x.notice.year - y.notice.year);
  for (const { notice, i } of notices) {
    const y = notice.year;
    if (provisionalFrom !== null && y >= provisionalFrom) {
      if (y !== provisionalFrom) {
        return refused(
          'CALENDAR_PROVISIONAL_MISMATCH',
          `The ${y} notice cannot be added while ${provisionalFrom} is still provisional: add the ${provisionalFrom} notice first.`,
          `${provisionalFrom} 年仍为暂定，不能先加入 ${y} 年的通知：请先加入 ${provisionalFrom} 年的通知。`,
          ['additions', 'notices', i, 'year'],
          y,
        );
      }
      holidays = holidays.filter((h) => {
        const kept = h.item.derived === undefined || yearOf(h.item.from) !== y;
        if (!kept) removed.push(h.item);
        return kept;
      });
      provisionalFrom = y === lastYear ? null : y + 1;
      newYears.set(y, ['additions', 'notices', i]);
    } else if (y === lastYear + 1) {
      lastYear = y;
      newYears.set(y, ['additions', 'notices', i]);
    } else if (y === firstYear - 1) {
      firstYear = y;
      newYears.set(y, ['additions', 'notices', i]);
    } else if (y < firstYear || y > lastYear) {
      return refused(
        'INVALID_ARGUMENT',
        `The ${y} notice leaves a gap: the calendar covers ${firstYear}–${lastYear}, so it can take notices for ${firstYear - 1} to ${lastYear + 1}.`,
        `${y} 年的通知与日历不相接：日历覆盖 ${firstYear}–${lastYear} 年，只能加入 ${firstYear - 1} 至 ${lastYear + 1} 年的通知。`,
        ['additions', 'notices', i, 'year'],
        y,
      );
    }
    holidays.push(...from(notice.holidays, ['additions', 'notices', i, 'holidays']));
    adjustedWorkingDays.push(...from(notice.adjustedWorkingDays, ['additions', 'notices', i, 'adjustedWorkingDays']));
  }

  if (a.provisionalThrough !== undefined) {
    if (a.provisionalThrough <= lastYear) {
      return refused(
        'INVALID_ARGUMENT',
        `provisionalThrough ${a.provisionalThrough} is not after the last covered year ${lastYear}.`,
        `provisionalThrough ${a.provisionalThrough} 不晚于已覆盖的最后一年 ${lastYear}。`,
        ['additions', 'provisionalThrough'],
        a.provisionalThrough,
      );
    }
    const derived = provisionalHolidays(lastYear + 1, a.provisionalThrough);
    if (!derived.ok) return err({ ...derived.error, path: ['additions', 'provisionalThrough'] });
    holidays.push(...derived.value.map((item) => ({ item, at: ['additions', 'provisionalThrough'] as ErrorPath })));
    provisionalFrom ??= lastYear + 1;
    lastYear = a.provisionalThrough;
  }

  const lists = { holidays, adjustedWorkingDays, closures } as const;
  const extended = safeParseWith(WorkCalendarSchema, {
    name: a.name ?? b.name,
    firstYear,
    lastYear,
    weekendDays: b.weekendDays,
    holidays: holidays.map((h) => h.item),
    adjustedWorkingDays: adjustedWorkingDays.map((w) => w.item),
    closures: closures.map((c) => c.item),
    provisionalFrom,
  });
  if (!extended.ok) {
    return err(
      movedPaths(extended.error, ([head, index, ...rest]) => {
        const entry = (head === 'holidays' || head === 'adjustedWorkingDays' || head === 'closures') && typeof index === 'number' ? lists[head][index] : undefined;
        if (entry !== undefined) return [...entry.at, ...rest];
        return head === 'firstYear' || head === 'lastYear' ? ['additions', head] : head === 'provisionalFrom' ? ['additions', 'provisionalThrough'] : ['additions'];
      }),
    );
  }
  // The result's first use compiles it from the base's compiled arrays (Part 11), not from scratch.
  const added = [...holidays, ...closures].filter((p) => p.at[0] === 'additions').map((p) => p.item);
  recordExtension(extended.value, checkedBase, added, removed);
  for (const [y, at] of [...newYears].sort(([p], [q]) => p - q)) {
    const problem = checkNewYear(extended.value, y, a, at);
    if (problem !== null) return problem;
  }
  return extended;
}

/** The items of a list, each with the caller's path to it (`[...at, index]`). */
function from<T>(items: readonly T[], at: ErrorPath): { readonly item: T; readonly at: ErrorPath }[] {
  return items.map((item, k) => ({ item, at: [...at, k] }));
}

/** A new published year's problem: no holiday at all, or a statutory day of the law not off. */
function checkNewYear(cal: WorkCalendar, year: number, a: z.output<typeof CalendarAdditionsSchema>, at: ErrorPath): Result<never> | null {
  const hasHoliday = cal.holidays.some((h) => yearOf(h.from) === year || yearOf(h.to) === year);
  if (!hasHoliday) {
    if (a.weekendsOnly === true) return null;
    return err(
      domainError('CALENDAR_WEEKEND_ONLY_YEAR', {
        en: `${year} would be added with no holidays at all, so New Year's Day and every festival would be working days. Add the year's State Council notice (parseHolidayNotice), derive it with provisionalThrough, or pass weekendsOnly: true if that is really meant.`,
        zh: `${year} 年将没有任何节假日，元旦等节日都会被当作工作日。请加入该年的国务院办公厅通知（parseHolidayNotice），或用 provisionalThrough 依法推算；如确为仅按周末计算，请指定 weekendsOnly: true。`,
        path: at,
        value: year,
      }),
    );
  }
  if (a.allowMissingStatutoryDays === true) return null;
  const derived = deriveStatutoryDays(year);
  if (!derived.ok) return null; // beyond the lunar table or the laws: nothing to check against
  const missing = derived.value.days.filter((d) => {
    const working = isWorkingDay(d.date, cal);
    return d.kind === 'statutory' && working.ok && working.value;
  });
  if (missing.length === 0) return null;
  const list = missing.map((d) => `${d.date} ${Festival.labels[d.festival].en}`).join(', ');
  const listZh = missing.map((d) => `${d.date} ${Festival.labels[d.festival].zh}`).join('、');
  return err(
    domainError('CALENDAR_STATUTORY_DAY_MISSING', {
      en: `In ${year} the law (${derived.value.lawId}) makes ${list} a day off, but the calendar has it as a working day. Check the notice; pass allowMissingStatutoryDays: true only if the State Council really ruled so.`,
      zh: `依《全国年节及纪念日放假办法》（${derived.value.lawId}），${year} 年的 ${listZh} 应放假，但日历中为工作日。请核对通知；只有国务院确有此安排时，才可指定 allowMissingStatutoryDays: true。`,
      path: at[1] === 'notices' ? [...at, 'holidays'] : ['additions', 'holidays'],
      value: missing.map((d) => d.date),
    }),
  );
}
