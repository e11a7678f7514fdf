import * as z from 'zod';
import { BilingualTextSchema, IdSchema } from '../core/schema.js';
import { civilFromDays, daysFromCivil } from '../internal/days.js';
import { deepFreeze } from '../internal/freeze.js';
import { Festival } from './schema.js';

/** A refinement issue with a stable code and a Chinese message (see internal/parse.ts). */
const issue = (code: 'INVALID_ARGUMENT' | 'DUPLICATE_ID', en: string, zh: string, path: (string | number)[]) => ({
  code: 'custom' as const,
  message: en,
  path,
  params: { code, messageZh: zh },
});

/** Whether `month`/`day` is a date of every year: it exists in a common year (2001). */
const inEveryYear = (month: number, day: number): boolean => civilFromDays(daysFromCivil(2001, month, day))[1] === month;

/** The lunar days the shipped table computes: 正月初一–廿九 (every 正月 has 29 or 30 days), 五月初五, 八月十五. */
const lunarComputable = (month: number, day: number): boolean =>
  (month === 1 && day <= 29) || (month === 5 && day === 5) || (month === 8 && day === 15);

const SolarDayRuleSchema = /* @__PURE__ */ (() => z
  .object({
    /** A fixed day of the Gregorian calendar. */
    kind: z.literal('solar'),
    /** The month, 1–12. */
    month: z.number().int().min(1).max(12),
    /** The day of the month. */
    day: z.number().int().min(1).max(31),
  })
  .superRefine((r, ctx) => {
    if (!inEveryYear(r.month, r.day)) {
      ctx.addIssue(
        issue(
          'INVALID_ARGUMENT',
          `${r.month}/${r.day} is not a day of every year; a statutory day must exist every year.`,
          `${r.month}月${r.day}日并非每年都有；法定假日须每年都有。`,
          ['day'],
        ),
      );
    }
  }))();

const LunarDayRuleSchema = /* @__PURE__ */ (() => z
  .object({
    /** A day of the Chinese lunar calendar. */
    kind: z.literal('lunar'),
    /** The lunar month, 1–12 (1 = 正月). */
    month: z.number().int().min(1).max(12),
    /** The lunar day, 1–30. */
    day: z.number().int().min(1).max(30),
  })
  .superRefine((r, ctx) => {
    if (!lunarComputable(r.month, r.day)) {
      ctx.addIssue(
        issue(
          'INVALID_ARGUMENT',
          `qinqing's lunar table cannot compute lunar month ${r.month} day ${r.day}: it knows month 1 days 1–29 (the lunar new year and the days after it), 5/5 (Dragon Boat) and 8/15 (Mid-Autumn).`,
          `qinqing 的农历表无法推算农历${r.month}月${r.day}日：只支持正月初一至廿九、五月初五（端午）和八月十五（中秋）。`,
          ['day'],
        ),
      );
    }
  }))();

/**
 * One day a holiday law grants, as a rule that gives its date in any year: a fixed Gregorian day
 * (`solar`, e.g. 1 October), a lunar day (`lunar`: only what qinqing's lunar table computes —
 * 正月初一 to 廿九, 五月初五 and 八月十五; anything else is refused with `INVALID_ARGUMENT`), New Year's
 * Eve (`lunarNewYearsEve`, 除夕, the day before 正月初一), or the day of a solar term (`solarTerm`,
 * only `'qingming'`). A Gregorian day that some years lack (29 February) is refused.
 *
 * @category Calendar
 */
export const StatutoryDayRuleSchema = /* @__PURE__ */ (() => z.discriminatedUnion('kind', [
  SolarDayRuleSchema,
  LunarDayRuleSchema,
  z.object({
    /** 除夕, the last day of the lunar year. */
    kind: z.literal('lunarNewYearsEve'),
  }),
  z.object({
    /** The day a solar term begins, in China Standard Time. */
    kind: z.literal('solarTerm'),
    /** The solar term: only 清明 is in the table. */
    term: z.enum(['qingming']),
  }),
]))();

/**
 * A rule that gives one statutory day's date in any year; see {@link StatutoryDayRuleSchema}.
 *
 * @category Calendar
 */
export type StatutoryDayRule = z.infer<typeof StatutoryDayRuleSchema>;

/** A key that is equal for two rules exactly when they are the same rule. */
const ruleKey = (r: StatutoryDayRule): string => {
  switch (r.kind) {
    case 'solar':
    case 'lunar':
      return `${r.kind}:${r.month}/${r.day}`;
    case 'lunarNewYearsEve':
      return r.kind;
    case 'solarTerm':
      return `${r.kind}:${r.term}`;
    default: {
      const never: never = r;
      return never;
    }
  }
};

/**
 * A version of the law on statutory holidays (《全国年节及纪念日放假办法》) as data: the first year it
 * governs, and for each holiday of all citizens (全体公民放假的节日, Article 2) the days it grants.
 * Each festival is listed once and each of its rules once (`DUPLICATE_ID`); every rule must be one
 * the shipped tables compute (see {@link StatutoryDayRuleSchema}). Holidays of part of the citizens
 * (Women's Day, Youth Day, …) are not in it: they are not days off for an office.
 *
 * @example
 * ```ts
 * safeParse(HolidayLawSchema, JSON.parse(JSON.stringify(holidayLaw2024))).ok; // true
 * safeParse(HolidayLawSchema, { ...holidayLaw2024, festivals: [{ festival: 'qingming', days: [{ kind: 'lunar', month: 3, day: 3 }] }] }).ok; // false
 * ```
 * @category Calendar
 */
export const HolidayLawSchema = /* @__PURE__ */ (() => z
  .object({
    /** The law's id, e.g. `'cn-holidays-2024'`. */
    id: IdSchema,
    /** The law's name and version. */
    name: BilingualTextSchema,
    /** The first year whose days off it governs wholly (the year after a revision promulgated in autumn or winter). */
    effectiveFrom: z.number().int().min(1900).max(2200),
    /** The holidays of all citizens and the days each grants. */
    festivals: z
      .array(
        z
          .object({
            /** The holiday. */
            festival: Festival.schema,
            /** Its statutory days. */
            days: z.array(StatutoryDayRuleSchema).min(1),
          })
          .superRefine((f, ctx) => {
            const seen = new Set<string>();
            f.days.forEach((r, i) => {
              const key = ruleKey(r);
              if (seen.has(key)) {
                ctx.addIssue(
                  issue('DUPLICATE_ID', `The ${Festival.labels[f.festival].en} rule ${key} is listed twice.`, `${Festival.labels[f.festival].zh}的规则 ${key} 重复列出。`, ['days', i]),
                );
              }
              seen.add(key);
            });
          }),
      )
      .min(1),
    /** The act that made it: decree number and dates. */
    source: BilingualTextSchema.optional(),
  })
  .superRefine((law, ctx) => {
    const seen = new Set<string>();
    law.festivals.forEach((f, i) => {
      if (seen.has(f.festival)) {
        ctx.addIssue(
          issue(
            'DUPLICATE_ID',
            `${Festival.labels[f.festival].en} is listed twice; list all its days in one entry.`,
            `${Festival.labels[f.festival].zh}重复列出，请将其全部假日列在同一项中。`,
            ['festivals', i, 'festival'],
          ),
        );
      }
      seen.add(f.festival);
    });
  })
  .overwrite(deepFreeze))();

/**
 * A version of the holiday law; see {@link HolidayLawSchema}.
 *
 * @category Calendar
 */
export type HolidayLaw = z.output<typeof HolidayLawSchema>;

const law = (input: unknown): HolidayLaw => deepFreeze(HolidayLawSchema.parse(input));

const solar = (month: number, day: number) => ({ kind: 'solar', month, day }) as const;
const lunar = (month: number, day: number) => ({ kind: 'lunar', month, day }) as const;
const eve = { kind: 'lunarNewYearsEve' } as const;
const qingmingTerm = { kind: 'solarTerm', term: 'qingming' } as const;
const newYear = { festival: 'newYear', days: [solar(1, 1)] } as const;
const nationalDay = { festival: 'nationalDay', days: [solar(10, 1), solar(10, 2), solar(10, 3)] } as const;
const lunarFestivals = [
  { festival: 'qingming', days: [qingmingTerm] },
  { festival: 'labourDay', days: [solar(5, 1)] },
  { festival: 'dragonBoat', days: [lunar(5, 5)] },
  { festival: 'midAutumn', days: [lunar(8, 15)] },
] as const;

/**
 * 《全国年节及纪念日放假办法》 as revised by the State Council on 18 September 1999 (国务院令第270号),
 * governing 2000–2007: New Year's Day 1 day (1 January); Spring Festival 3 days (正月初一–初三);
 * Labour Day 3 days (1–3 May); National Day 3 days (1–3 October). It took effect on promulgation,
 * so it already governed National Day 1999; `effectiveFrom` is the first year it governed wholly.
 * Deep-frozen.
 *
 * @example
 * ```ts
 * holidayLaw1999.festivals.map((f) => f.festival); // ['newYear', 'springFestival', 'labourDay', 'nationalDay']
 * ```
 * @category Calendar
 */
export const holidayLaw1999: HolidayLaw = /* @__PURE__ */ (() => law({
  id: 'cn-holidays-1999',
  name: { zh: '《全国年节及纪念日放假办法》（1999年修订）', en: 'Measures on National Holidays and Commemoration Days (1999 revision)' },
  effectiveFrom: 2000,
  festivals: [
    newYear,
    { festival: 'springFestival', days: [lunar(1, 1), lunar(1, 2), lunar(1, 3)] },
    { festival: 'labourDay', days: [solar(5, 1), solar(5, 2), solar(5, 3)] },
    nationalDay,
  ],
  source: { zh: '国务院令第270号，1999年9月18日公布施行', en: 'State Council Decree No. 270, promulgated and in force 18 September 1999' },
}))();

/**
 * 《全国年节及纪念日放假办法》 as revised by the State Council on 14 December 2007 (国务院令第513号, in
 * force 1 January 2008), governing 2008–2013: New Year's Day 1 day; Spring Festival 3 days (除夕,
 * 正月初一, 初二); Qingming 1 day (the solar term); Labour Day 1 day (1 May); Dragon Boat 1 day
 * (五月初五); Mid-Autumn 1 day (八月十五); National Day 3 days (1–3 October). Deep-frozen.
 *
 * @example
 * ```ts
 * holidayLaw2007.festivals[1]?.days; // [{ kind: 'lunarNewYearsEve' }, { kind: 'lunar', month: 1, day: 1 }, { kind: 'lunar', month: 1, day: 2 }]
 * ```
 * @category Calendar
 */
export const holidayLaw2007: HolidayLaw = /* @__PURE__ */ (() => law({
  id: 'cn-holidays-2007',
  name: { zh: '《全国年节及纪念日放假办法》（2007年修订）', en: 'Measures on National Holidays and Commemoration Days (2007 revision)' },
  effectiveFrom: 2008,
  festivals: [newYear, { festival: 'springFestival', days: [eve, lunar(1, 1), lunar(1, 2)] }, ...lunarFestivals, nationalDay],
  source: { zh: '国务院令第513号，2007年12月14日公布，2008年1月1日起施行', en: 'State Council Decree No. 513, promulgated 14 December 2007, in force 1 January 2008' },
}))();

/**
 * 《全国年节及纪念日放假办法》 as revised by the State Council on 11 December 2013 (国务院令第644号, in
 * force 1 January 2014), governing 2014–2024: as in 2007, but the Spring Festival days are
 * 正月初一–初三 (New Year's Eve is no longer one of them). Deep-frozen.
 *
 * @example
 * ```ts
 * holidayLaw2013.festivals[1]?.days; // [{ kind: 'lunar', month: 1, day: 1 }, { kind: 'lunar', month: 1, day: 2 }, { kind: 'lunar', month: 1, day: 3 }]
 * ```
 * @category Calendar
 */
export const holidayLaw2013: HolidayLaw = /* @__PURE__ */ (() => law({
  id: 'cn-holidays-2013',
  name: { zh: '《全国年节及纪念日放假办法》（2013年修订）', en: 'Measures on National Holidays and Commemoration Days (2013 revision)' },
  effectiveFrom: 2014,
  festivals: [newYear, { festival: 'springFestival', days: [lunar(1, 1), lunar(1, 2), lunar(1, 3)] }, ...lunarFestivals, nationalDay],
  source: { zh: '国务院令第644号，2013年12月11日公布，2014年1月1日起施行', en: 'State Council Decree No. 644, promulgated 11 December 2013, in force 1 January 2014' },
}))();

/**
 * 《全国年节及纪念日放假办法》 as revised by the State Council on 10 November 2024 (国务院令第795号, in
 * force 1 January 2025), governing 2025 onwards: New Year's Day 1 day; Spring Festival 4 days (除夕
 * and 正月初一–初三); Qingming 1 day; Labour Day 2 days (1–2 May); Dragon Boat 1 day; Mid-Autumn
 * 1 day; National Day 3 days (1–3 October) — 13 days in all. Deep-frozen.
 *
 * @example
 * ```ts
 * holidayLaw2024.festivals.reduce((n, f) => n + f.days.length, 0); // 13
 * ```
 * @category Calendar
 */
export const holidayLaw2024: HolidayLaw = /* @__PURE__ */ (() => law({
  id: 'cn-holidays-2024',
  name: { zh: '《全国年节及纪念日放假办法》（2024年修订）', en: 'Measures on National Holidays and Commemoration Days (2024 revision)' },
  effectiveFrom: 2025,
  festivals: [
    newYear,
    { festival: 'springFestival', days: [eve, lunar(1, 1), lunar(1, 2), lunar(1, 3)] },
    { festival: 'qingming', days: [qingmingTerm] },
    { festival: 'labourDay', days: [solar(5, 1), solar(5, 2)] },
    { festival: 'dragonBoat', days: [lunar(5, 5)] },
    { festival: 'midAutumn', days: [lunar(8, 15)] },
    nationalDay,
  ],
  source: { zh: '国务院令第795号，2024年11月10日公布，2025年1月1日起施行', en: 'State Council Decree No. 795, promulgated 10 November 2024, in force 1 January 2025' },
}))();

/**
 * The versions of 《全国年节及纪念日放假办法》 since 1999, oldest first: {@link holidayLaw1999},
 * {@link holidayLaw2007}, {@link holidayLaw2013} and {@link holidayLaw2024}. Deep-frozen.
 *
 * @example
 * ```ts
 * chinaHolidayLaws.map((l) => l.effectiveFrom); // [2000, 2008, 2014, 2025]
 * ```
 * @category Calendar
 */
export const chinaHolidayLaws: readonly HolidayLaw[] = /* @__PURE__ */ deepFreeze([holidayLaw1999, holidayLaw2007, holidayLaw2013, holidayLaw2024]);

/**
 * The version of the holiday law in force in a year: of the given laws, the one with the latest
 * `effectiveFrom` not after the year.
 *
 * @param year - The year, an integer.
 * @param laws - The versions to choose from, in any order (default {@link chinaHolidayLaws}).
 * @returns The law in force, or undefined when none is yet (or `year` is not an integer).
 * @example
 * ```ts
 * holidayLawInForce(2027)?.id; // 'cn-holidays-2024'
 * holidayLawInForce(2014)?.id; // 'cn-holidays-2013'
 * holidayLawInForce(1995); // undefined
 * ```
 * @category Calendar
 */
export function holidayLawInForce(year: number, laws: readonly HolidayLaw[] = chinaHolidayLaws): HolidayLaw | undefined {
  if (!Number.isInteger(year)) return undefined;
  let found: HolidayLaw | undefined;
  for (const l of laws) if (l.effectiveFrom <= year && (found === undefined || l.effectiveFrom > found.effectiveFrom)) found = l;
  return found;
}
