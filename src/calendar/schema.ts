import * as z from 'zod';
import { BilingualTextSchema, CalendarDateSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { toDayNumber } from '../internal/days.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The statutory holidays (and commemorative days) a calendar can name; every day off and adjusted
 * working day belongs to one.
 *
 * `Festival.values` lists the values in order, `Festival.labels` gives each a zh-CN and an English
 * label, and `Festival.schema` validates one. The type `Festival` is a holiday name.
 *
 * @example
 * ```ts
 * Festival.labels.newYear.zh; // '元旦'
 * Festival.schema.safeParse('newYear').success; // true
 * ```
 * @category Calendar
 */
export const Festival = /* @__PURE__ */ defineEnum({
  newYear: { zh: '元旦', en: "New Year's Day" },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
  victoryDay70: {
    zh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    en: '70th anniversary of victory in the War of Resistance',
  },
});

export type Festival = EnumValue<typeof Festival>;

/**
 * An ISO weekday: 1 = Monday … 7 = Sunday.
 *
 * @category Calendar
 */
export const IsoWeekdaySchema = /* @__PURE__ */ (() => z.number().int().min(1).max(7))();

/**
 * The two kinds of day that qinqing derives for a provisional year: a statutory day the law fixes,
 * and a make-up day (补假) for a statutory day that falls on a weekend or on another festival's day.
 *
 * `DerivedDayKind.values` lists the values in order, `DerivedDayKind.labels` gives each a zh-CN and
 * an English label, and `DerivedDayKind.schema` validates one. The type `DerivedDayKind` is
 * `'statutory'` or `'makeUp'`.
 *
 * @example
 * ```ts
 * DerivedDayKind.labels.statutory.zh; // '法定假日（推算）'
 * DerivedDayKind.schema.safeParse('statutory').success; // true
 * ```
 * @category Calendar
 */
export const DerivedDayKind = /* @__PURE__ */ defineEnum({
  statutory: { zh: '法定假日（推算）', en: 'Statutory day (derived)' },
  makeUp: { zh: '补假（推算）', en: 'Make-up day (derived)' },
});

export type DerivedDayKind = EnumValue<typeof DerivedDayKind>;

/**
 * A period of days off for a holiday, both ends included (weekends inside it included). A period
 * that qinqing derived from the law for a provisional year, rather than read from a State Council
 * notice, says how in `derived`.
 *
 * @category Calendar
 */
export const HolidayPeriodSchema = /* @__PURE__ */ (() => z.object({
  /** The holiday. */
  festival: Festival.schema,
  /** The first day off. */
  from: CalendarDateSchema,
  /** The last day off. */
  to: CalendarDateSchema,
  /** Present only on a day derived for a provisional year: a statutory day or a make-up day. */
  derived: DerivedDayKind.schema.optional(),
}))();

/**
 * A period of days off; see {@link HolidayPeriodSchema}.
 *
 * @category Calendar
 */
export type HolidayPeriod = z.output<typeof HolidayPeriodSchema>;

/**
 * A day that would be a weekend but is worked (调休上班).
 *
 * @category Calendar
 */
export const AdjustedWorkingDaySchema = /* @__PURE__ */ (() => z.object({
  /** The holiday it makes up for. */
  festival: Festival.schema,
  /** The day that is worked. */
  date: CalendarDateSchema,
}))();

/**
 * A local closure: days a county or city declares off on its own, with the reason.
 *
 * @category Calendar
 */
export const ClosureSchema = /* @__PURE__ */ (() => z.object({
  /** The first day off. */
  from: CalendarDateSchema,
  /** The last day off. */
  to: CalendarDateSchema,
  /** Why the office is closed. */
  reason: BilingualTextSchema,
}))();

const conflict = (en: string, zh: string, path: (string | number)[]) => ({
  code: 'custom' as const,
  message: en,
  path,
  params: { code: 'CALENDAR_CONFLICT', messageZh: zh },
});

/**
 * A working-day calendar as plain data: the weekend days, the holidays and adjusted working days of
 * the years it covers, and local closures. Every date must lie within the covered years, every
 * period must run forwards, and no date may be both a day off and an adjusted working day
 * (`CALENDAR_CONFLICT`).
 *
 * The last years may be **provisional** (暂定): from `provisionalFrom` to `lastYear` the days off
 * are derived from the law rather than published by the State Council, so they hold only derived
 * holidays (`derived` set) and no adjusted working days, which only the State Council sets; the
 * published years hold no derived days (`CALENDAR_PROVISIONAL_MISMATCH`). Every answer that rests
 * on a provisional year says so (`provisional: true`).
 *
 * Bounds: years 1900–2200, so a period spans at most 301 years; the conflict check sorts the
 * periods and the adjusted working days and sweeps them once, whatever the periods' lengths. The
 * parsed calendar is deeply frozen (Part 9): qinqing compiles a calendar once per object, and a
 * frozen one cannot change under it. A calendar built by hand and left mutable is compared with
 * what it held when compiled on each call, and compiled again when it changed.
 *
 * @example
 * ```ts
 * safeParse(WorkCalendarSchema, JSON.parse(JSON.stringify(chinaCalendar))).ok; // true
 * ```
 * @category Calendar
 */
export const WorkCalendarSchema = /* @__PURE__ */ (() => z
  .object({
    /** The calendar's name. */
    name: BilingualTextSchema,
    /** The first year covered. */
    firstYear: z.number().int().min(1900).max(2200),
    /** The last year covered. */
    lastYear: z.number().int().min(1900).max(2200),
    /** The ISO weekdays that are off unless adjusted (Saturday and Sunday: `[6, 7]`). */
    weekendDays: z.array(IsoWeekdaySchema).max(7).default([6, 7]),
    /** Statutory days off. */
    holidays: z.array(HolidayPeriodSchema),
    /** Weekend days that are worked. */
    adjustedWorkingDays: z.array(AdjustedWorkingDaySchema),
    /** Local closures. */
    closures: z.array(ClosureSchema).default([]),
    /** The first provisional year (its days off derived, not published), through `lastYear`; null when every year is published. */
    provisionalFrom: z.number().int().min(1900).max(2200).nullable().default(null),
  })
  .superRefine((cal, ctx) => {
    if (cal.firstYear > cal.lastYear) {
      ctx.addIssue({
        code: 'custom',
        message: `firstYear ${cal.firstYear} is after lastYear ${cal.lastYear}.`,
        path: ['firstYear'],
        params: { code: 'INVALID_ARGUMENT', messageZh: `起始年份 ${cal.firstYear} 晚于结束年份 ${cal.lastYear}。` },
      });
      return;
    }
    const outside = (date: string): boolean => {
      const y = Number(date.slice(0, 4));
      return y < cal.firstYear || y > cal.lastYear;
    };
    const notCovered = (date: string, path: (string | number)[]) =>
      ctx.addIssue({
        code: 'custom',
        message: `${date} lies outside the covered years ${cal.firstYear}–${cal.lastYear}.`,
        path,
        params: { code: 'CALENDAR_YEAR_NOT_COVERED', messageZh: `${date} 超出日历覆盖的年份 ${cal.firstYear}–${cal.lastYear}。` },
      });
    // Off periods as day-number intervals, for the conflict check below: sorted once, then swept
    // with the adjusted working days in date order, so the check is total for periods of any
    // length and costs O((P + W) log(P + W)), never the number of days they span.
    const periods = [
      ...cal.holidays.map((p, i) => ({ p, path: ['holidays', i] })),
      ...cal.closures.map((p, i) => ({ p, path: ['closures', i] })),
    ];
    const offPeriods: { readonly a: number; readonly b: number; readonly path: (string | number)[] }[] = [];
    for (const { p, path } of periods) {
      if (outside(p.from)) notCovered(p.from, [...path, 'from']);
      if (outside(p.to)) notCovered(p.to, [...path, 'to']);
      const a = toDayNumber(p.from);
      const b = toDayNumber(p.to);
      if (a > b) {
        ctx.addIssue({
          code: 'custom',
          message: `The period ends (${p.to}) before it starts (${p.from}).`,
          path: [...path, 'to'],
          params: { code: 'INVALID_ARGUMENT', messageZh: `时段结束日 ${p.to} 早于开始日 ${p.from}。` },
        });
      } else {
        offPeriods.push({ a, b, path });
      }
    }
    const from = cal.provisionalFrom;
    const mismatch = (en: string, zh: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message: en, path, params: { code: 'CALENDAR_PROVISIONAL_MISMATCH', messageZh: zh } });
    if (from !== null && (from < cal.firstYear || from > cal.lastYear)) {
      mismatch(
        `provisionalFrom ${from} must lie within the covered years ${cal.firstYear}–${cal.lastYear}: provisional years are the last ones.`,
        `暂定起始年份 ${from} 应在覆盖年份 ${cal.firstYear}–${cal.lastYear} 之内：暂定年份只能位于末尾。`,
        ['provisionalFrom'],
      );
    }
    const provisional = (date: string): boolean => from !== null && Number(date.slice(0, 4)) >= from;
    cal.holidays.forEach((p, i) => {
      if (p.derived !== undefined && !(provisional(p.from) && provisional(p.to))) {
        mismatch(
          `Holiday ${p.from}–${p.to} is derived but lies in a published year; derived days belong to provisional years only.`,
          `假日 ${p.from}–${p.to} 为推算所得，却位于已公布年份；推算假日只能位于暂定年份。`,
          ['holidays', i, 'derived'],
        );
      } else if (p.derived === undefined && (provisional(p.from) || provisional(p.to))) {
        mismatch(
          `Holiday ${p.from}–${p.to} is not marked derived but lies in a provisional year; add the year's notice with extendCalendar instead.`,
          `假日 ${p.from}–${p.to} 未标明为推算，却位于暂定年份；请用 extendCalendar 加入该年的通知。`,
          ['holidays', i],
        );
      }
    });
    cal.adjustedWorkingDays.forEach((w, i) => {
      if (outside(w.date)) notCovered(w.date, ['adjustedWorkingDays', i, 'date']);
      if (provisional(w.date)) {
        mismatch(
          `${w.date} is an adjusted working day in a provisional year; only the State Council sets adjusted working days.`,
          `${w.date} 位于暂定年份，却被设为调休上班日；调休上班日只能由国务院安排。`,
          ['adjustedWorkingDays', i, 'date'],
        );
      }
    });
    // Each adjusted working day against the off periods: in date order, keeping of the periods that
    // start on or before it the one that ends last (it covers the day if any of them does).
    offPeriods.sort((x, y) => x.a - y.a);
    const worked = cal.adjustedWorkingDays.map((w, i) => ({ day: toDayNumber(w.date), date: w.date, i })).sort((x, y) => x.day - y.day);
    let next = 0;
    let reach: (typeof offPeriods)[number] | undefined;
    for (const w of worked) {
      while (next < offPeriods.length && (offPeriods[next] as (typeof offPeriods)[number]).a <= w.day) {
        const p = offPeriods[next++] as (typeof offPeriods)[number];
        if (reach === undefined || p.b > reach.b) reach = p;
      }
      if (reach !== undefined && reach.b >= w.day) {
        const off = reach.path;
        ctx.addIssue(
          conflict(
            `${w.date} is both an adjusted working day and a day off (${off.join('.')}).`,
            `${w.date} 既是调休上班日又是休息日（${off.join('.')}）。`,
            ['adjustedWorkingDays', w.i, 'date'],
          ),
        );
      }
    }
  })
  .overwrite(deepFreeze))();

/**
 * A working-day calendar; see {@link WorkCalendarSchema}.
 *
 * @category Calendar
 */
// An interface rather than `type WorkCalendar = z.output<…>`, so that signatures, hovers and the
// API reference show `WorkCalendar` by name instead of its fields: TypeScript keeps the name of an
// interface, not of an alias to a type the alias did not create (see scripts/type-names.ts).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- its members are the schema's
export interface WorkCalendar extends z.output<typeof WorkCalendarSchema> {}

/**
 * One year of a State Council holiday notice (国务院办公厅关于部分节假日安排的通知) as data: its days off
 * and its adjusted working days, as {@link parseHolidayNotice} reads them from the notice's text.
 * Dates lie in the notice's year, or at the end of the year before (a New Year's break that starts
 * on 30 December). Add it to a calendar with {@link extendCalendar} (`notices`); it replaces the
 * provisional days of its year.
 *
 * @category Calendar
 */
export const HolidayNoticeSchema = /* @__PURE__ */ (() => z
  .object({
    /** The year the notice is for. */
    year: z.number().int().min(1900).max(2200),
    /** The days off, by festival. */
    holidays: z.array(HolidayPeriodSchema),
    /** The weekend days that are worked (调休上班). */
    adjustedWorkingDays: z.array(AdjustedWorkingDaySchema),
  })
  .superRefine((notice, ctx) => {
    const inYear = (date: string): boolean => {
      const y = Number(date.slice(0, 4));
      return y === notice.year || (y === notice.year - 1 && date.slice(5, 7) === '12');
    };
    const check = (date: string, path: (string | number)[]) => {
      if (!inYear(date)) {
        ctx.addIssue({
          code: 'custom',
          message: `${date} does not belong to the ${notice.year} notice.`,
          path,
          params: { code: 'INVALID_ARGUMENT', messageZh: `${date} 不属于 ${notice.year} 年的通知。` },
        });
      }
    };
    notice.holidays.forEach((p, i) => {
      check(p.from, ['holidays', i, 'from']);
      check(p.to, ['holidays', i, 'to']);
      if (p.derived !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'A notice holds published days only; a derived day is not part of it.',
          path: ['holidays', i, 'derived'],
          params: { code: 'CALENDAR_PROVISIONAL_MISMATCH', messageZh: '通知只包含正式公布的日期，不含推算假日。' },
        });
      }
    });
    notice.adjustedWorkingDays.forEach((w, i) => check(w.date, ['adjustedWorkingDays', i, 'date']));
  })
  .overwrite(deepFreeze))();

/**
 * One year of a State Council holiday notice; see {@link HolidayNoticeSchema}.
 *
 * @category Calendar
 */
export type HolidayNotice = z.output<typeof HolidayNoticeSchema>;
