import { z } from 'zod';
import { BilingualTextSchema, CalendarDateSchema } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { toDayNumber } from '../internal/days.js';

const festivals = defineEnum({
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

/**
 * The zh-CN and English names of the statutory holidays a calendar can name.
 *
 * @category Calendar
 */
export const festivalLabels = festivals.labels;

/**
 * A statutory holiday (or commemorative day) that a day off or an adjusted working day belongs to.
 *
 * @category Calendar
 */
export const FestivalSchema = festivals.schema;

/**
 * A holiday name; see {@link FestivalSchema}.
 *
 * @category Calendar
 */
export type Festival = z.infer<typeof FestivalSchema>;

/**
 * An ISO weekday: 1 = Monday … 7 = Sunday.
 *
 * @category Calendar
 */
export const IsoWeekdaySchema = z.number().int().min(1).max(7);

/**
 * A period of days off for a holiday, both ends included (weekends inside it included).
 *
 * @category Calendar
 */
export const HolidayPeriodSchema = z.object({
  /** The holiday. */
  festival: FestivalSchema,
  /** The first day off. */
  from: CalendarDateSchema,
  /** The last day off. */
  to: CalendarDateSchema,
});

/**
 * A day that would be a weekend but is worked (调休上班).
 *
 * @category Calendar
 */
export const AdjustedWorkingDaySchema = z.object({
  /** The holiday it makes up for. */
  festival: FestivalSchema,
  /** The day that is worked. */
  date: CalendarDateSchema,
});

/**
 * A local closure: days a county or city declares off on its own, with the reason.
 *
 * @category Calendar
 */
export const ClosureSchema = z.object({
  /** The first day off. */
  from: CalendarDateSchema,
  /** The last day off. */
  to: CalendarDateSchema,
  /** Why the office is closed. */
  reason: BilingualTextSchema,
});

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
 * @category Calendar
 */
export const WorkCalendarSchema = z
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
    const offDays = new Map<number, (string | number)[]>();
    const periods = [
      ...cal.holidays.map((p, i) => ({ p, path: ['holidays', i] })),
      ...cal.closures.map((p, i) => ({ p, path: ['closures', i] })),
    ];
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
      }
      for (let d = a; d <= b && b - a < 400; d++) offDays.set(d, path);
    }
    cal.adjustedWorkingDays.forEach((w, i) => {
      if (outside(w.date)) notCovered(w.date, ['adjustedWorkingDays', i, 'date']);
      const off = offDays.get(toDayNumber(w.date));
      if (off !== undefined) {
        ctx.addIssue(
          conflict(
            `${w.date} is both an adjusted working day and a day off (${off.join('.')}).`,
            `${w.date} 既是调休上班日又是休息日（${off.join('.')}）。`,
            ['adjustedWorkingDays', i, 'date'],
          ),
        );
      }
    });
  });

/**
 * A working-day calendar; see {@link WorkCalendarSchema}.
 *
 * @category Calendar
 */
export type WorkCalendar = z.output<typeof WorkCalendarSchema>;
