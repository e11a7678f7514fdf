import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, CalendarDate, Locale } from '../core/schema.js';
import { inLocale } from '../core/schema.js';
import { byCodeUnit } from '../internal/compare.js';
import { daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from '../internal/days.js';
import { argumentError, checkedOnce } from '../internal/parse.js';
import { readDay } from '../internal/args.js';
import { HolidayLawSchema, holidayLawInForce, type HolidayLaw, type StatutoryDayRule } from './law.js';
import { lunarFestivalDates, lunarTableYears, type LunarFestivalDates } from './lunar.js';
import { Festival, type DerivedDayKind } from './schema.js';

/**
 * One day off that qinqing derived from the holiday law for a year: a statutory day the law grants
 * (`kind: 'statutory'`, `makesUpFor: null`), or a make-up day (补假, `kind: 'makeUp'`) on a working
 * day for the statutory day `makesUpFor`, which fell on a weekend or on another festival's day.
 *
 * @category Calendar
 */
export interface DerivedDay {
  /** The day off, `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** The holiday it belongs to. */
  readonly festival: Festival;
  /** A statutory day or a make-up day. */
  readonly kind: DerivedDayKind;
  /** For a make-up day, the statutory day it makes up for; null for a statutory day. */
  readonly makesUpFor: CalendarDate | null;
}

/**
 * A year's days off as the holiday law alone gives them: {@link deriveStatutoryDays}'s answer. It
 * holds no adjusted working days (调休): only the State Council sets those, in its annual notice.
 *
 * @category Calendar
 */
export interface DerivedYear {
  /** The year. */
  readonly year: number;
  /** The id of the law applied, e.g. `'cn-holidays-2024'`. */
  readonly lawId: string;
  /** The statutory days and make-up days, by date (statutory days first on a shared date, then in the law's order). */
  readonly days: readonly DerivedDay[];
}

/** One day a festival is entitled to in a year. */
interface Entitlement {
  readonly festival: Festival;
  readonly rule: StatutoryDayRule;
  readonly day: number;
}

/** The day number of a rule's date in a year whose lunar dates are `lunar`. */
function ruleDay(rule: StatutoryDayRule, year: number, lunar: LunarFestivalDates): number {
  switch (rule.kind) {
    case 'solar':
      return daysFromCivil(year, rule.month, rule.day);
    case 'lunar':
      if (rule.month === 1) return toDayNumber(lunar.lunarNewYear) + rule.day - 1;
      if (rule.month === 5 && rule.day === 5) return toDayNumber(lunar.dragonBoat);
      if (rule.month === 8 && rule.day === 15) return toDayNumber(lunar.midAutumn);
      return NaN; // not computable from the table: HolidayLawSchema refuses such a rule
    case 'lunarNewYearsEve':
      return toDayNumber(lunar.lunarNewYear) - 1;
    case 'solarTerm':
      return toDayNumber(lunar.qingming);
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/** The law's entitlements in a year, festival by festival (each in date order), or undefined outside the lunar table. */
function entitlements(year: number, law: HolidayLaw): Entitlement[][] | undefined {
  const lunar = lunarFestivalDates(year);
  if (lunar === undefined) return undefined;
  return law.festivals.map((f) =>
    f.days.map((rule) => ({ festival: f.festival, rule, day: ruleDay(rule, year, lunar) })).sort((a, b) => a.day - b.day),
  );
}

const isWeekend = (day: number): boolean => isoWeekday(day) >= 6;

/**
 * Derives a year's statutory days off from the holiday law (《全国年节及纪念日放假办法》), for a year
 * whose State Council notice is not yet published. The answer is provisional (暂定) by nature and
 * holds no adjusted working days (调休), which only the notice sets.
 *
 * Statutory days: each day the law grants (Article 2), from the lunar table for the festivals that
 * move; a date two festivals share (Mid-Autumn on 1 October) is listed once for each.
 *
 * Make-up days (补假): Article 6 makes up on a working day every statutory day of a holiday of all
 * citizens that falls on a Saturday or Sunday; and, as the published notices show (Mid-Autumn on
 * Thursday 1 October 2020 gave eight days off, 1–8 October), a statutory day that another festival
 * already takes earns one too. The law does not say which working day; **qinqing's own rule** is: festivals
 * are taken in the order of their first statutory day (the law's order on a tie); a day that an
 * earlier festival already takes is shared; each weekend or shared statutory day, in date order,
 * is made up on the first Monday–Friday after the festival's last statutory day that is neither a
 * statutory day nor an earlier make-up day. Measured against the notices of 2004–2026, 74 of the
 * 76 make-up days it derives are days off there (the misses: Dragon Boat 2012, made up on the Friday
 * before, and Mid-Autumn 2015, made up inside the National Day break), where the last weekday
 * before the festival would match 6 and the nearest weekday (Saturday → Friday, Sunday → Monday)
 * 56. With the built-in laws every make-up day falls in the same year; a custom law with a day at
 * the very end of December may see its make-up day in January.
 *
 * @param year - The year, an integer within the lunar table (2004–2100).
 * @param law - The law to apply (default: the one in force that year, {@link holidayLawInForce});
 *   a law given is applied whatever its `effectiveFrom`.
 * @returns The year's derived days, or `INVALID_ARGUMENT` (a year that is not an integer, or no
 *   law in force) or `CALENDAR_YEAR_NOT_COVERED` (a year outside the lunar table).
 * @example
 * ```ts
 * // 2027: the lunar new year is Saturday 6 February.
 * unwrap(deriveStatutoryDays(2027)).days.filter((d) => d.festival === 'springFestival').map((d) => d.date);
 * // ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10']
 * deriveStatutoryDays(2101).ok; // false
 * ```
 * @category Calendar
 */
export function deriveStatutoryDays(year: number, law?: HolidayLaw): Result<DerivedYear> {
  if (!Number.isInteger(year)) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `year must be an integer; received ${String(year)}.`,
        zh: `year 应为整数，实际为 ${String(year)}。`,
        path: ['year'],
        value: year,
      }),
    );
  }
  const badLaw = lawProblem(law);
  if (badLaw !== null) return err(badLaw);
  const applied = law ?? holidayLawInForce(year);
  if (applied === undefined) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `No version of the holiday law built into qinqing is in force in ${year}; pass the law to apply.`,
        zh: `qinqing 内置的《全国年节及纪念日放假办法》各版本在 ${year} 年均未施行，请指定适用的版本。`,
        path: ['year'],
        value: year,
      }),
    );
  }
  const festivals = entitlements(year, applied);
  if (festivals === undefined) {
    return err(
      domainError('CALENDAR_YEAR_NOT_COVERED', {
        en: `qinqing's lunar table covers ${lunarTableYears.first}–${lunarTableYears.last}; it cannot derive the days off of ${year}.`,
        zh: `qinqing 的农历表覆盖 ${lunarTableYears.first}–${lunarTableYears.last} 年，无法推算 ${year} 年的假日。`,
        path: ['year'],
        value: year,
      }),
    );
  }
  // A day that is not a safe integer (NaN for a rule the table cannot place; a lunar day of 1e21 in
  // a law changed after it was checked) would leave the make-up search below stepping in place.
  const uncomputable = festivals.flat().find((e) => !Number.isSafeInteger(e.day));
  if (uncomputable !== undefined) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `The law "${applied.id}" gives ${Festival.labels[uncomputable.festival].en} a day the lunar table cannot place; check the law with safeParse(HolidayLawSchema, law).`,
        zh: `《${applied.id}》为${Festival.labels[uncomputable.festival].zh}规定的日期无法由农历表推算；请先用 safeParse(HolidayLawSchema, law) 校验该办法。`,
        path: ['law'],
        value: uncomputable.rule,
      }),
    );
  }
  const order = new Map<Festival, number>(applied.festivals.map((f, i) => [f.festival, i]));
  const days: DerivedDay[] = festivals.flat().map((e) => ({ date: fromDayNumber(e.day), festival: e.festival, kind: 'statutory', makesUpFor: null }));
  const off = new Set(festivals.flat().map((e) => e.day));
  const taken = new Set<number>();
  const byFirstDay = festivals.filter((f) => f.length > 0).sort((a, b) => (a[0] as Entitlement).day - (b[0] as Entitlement).day);
  for (const f of byFirstDay) {
    let next = (f.at(-1) as Entitlement).day + 1;
    for (const e of f) {
      const shared = taken.has(e.day);
      taken.add(e.day);
      if (!shared && !isWeekend(e.day)) continue;
      while (isWeekend(next) || off.has(next)) next++;
      off.add(next);
      days.push({ date: fromDayNumber(next), festival: e.festival, kind: 'makeUp', makesUpFor: fromDayNumber(e.day) });
    }
  }
  const rank = (d: DerivedDay): number => (d.kind === 'statutory' ? 0 : 100) + (order.get(d.festival) ?? 0);
  days.sort((a, b) => byCodeUnit(a.date, b.date) || rank(a) - rank(b));
  return ok({ year, lawId: applied.id, days });
}

const weekdayNames: readonly BilingualText[] = [
  { zh: '星期一', en: 'Monday' },
  { zh: '星期二', en: 'Tuesday' },
  { zh: '星期三', en: 'Wednesday' },
  { zh: '星期四', en: 'Thursday' },
  { zh: '星期五', en: 'Friday' },
  { zh: '星期六', en: 'Saturday' },
  { zh: '星期日', en: 'Sunday' },
];

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const lunarMonths = '正二三四五六七八九十冬腊';
const digits = '〇一二三四五六七八九十';

/** A lunar day in Chinese: 初一 … 初十, 十一 … 二十, 廿一 … 三十. */
const lunarDayZh = (d: number): string =>
  d <= 10 ? `初${digits[d]}` : d < 20 ? `十${digits[d - 10]}` : d === 20 ? '二十' : d < 30 ? `廿${digits[d - 20]}` : '三十';

/** A rule in words. */
function ruleText(rule: StatutoryDayRule): BilingualText {
  switch (rule.kind) {
    case 'solar':
      return { zh: `${rule.month}月${rule.day}日`, en: `${rule.day} ${monthNames[rule.month - 1]}` };
    case 'lunar':
      return { zh: `农历${lunarMonths[rule.month - 1]}月${lunarDayZh(rule.day)}`, en: `lunar month ${rule.month}, day ${rule.day}` };
    case 'lunarNewYearsEve':
      return { zh: '农历除夕', en: "lunar New Year's Eve" };
    case 'solarTerm':
      return { zh: '清明节气当日', en: 'the day of the Qingming solar term' };
    default: {
      const never: never = rule;
      return never;
    }
  }
}

const genericLawName: BilingualText = { zh: '《全国年节及纪念日放假办法》', en: 'the Measures on National Holidays and Commemoration Days' };

/** The problem of a law an app passed as `law` (checked once per law object while it is unchanged), or null. */
function lawProblem(law: HolidayLaw | undefined): DomainError | null {
  const problem = law === undefined ? null : checkedOnce(HolidayLawSchema, law);
  return problem === null ? null : argumentError(problem, ['law'], { en: 'a valid holiday law (check it with safeParseHolidayLaw)', zh: '有效的放假办法（可先用 safeParseHolidayLaw 校验）' });
}

/**
 * Explains a derived day in one line, naming the festival, the law and its article, and saying
 * that the day is derived and provisional: a statutory day by the rule that gives it (Article 2),
 * a make-up day by the statutory day it makes up for and why — a weekend (Article 6) or a day
 * another festival takes (as the published notices do).
 *
 * @param day - A day from {@link deriveStatutoryDays}.
 * @param locale - `'zh-CN'` or `'en'`.
 * @param law - The law it was derived under (default: the one in force in the year of its
 *   statutory day).
 * @returns The explanation; or `INVALID_DATE` when the day's `date` or `makesUpFor` is not a real
 *   date (path `['day', 'date']`, `['day', 'makesUpFor']`), or the error of a law that
 *   {@link HolidayLawSchema} refuses (path under `['law']`).
 * @example
 * ```ts
 * const makeUp = unwrap(deriveStatutoryDays(2027)).days.find((d) => d.date === '2027-02-09');
 * if (makeUp) unwrap(explainDerivedDay(makeUp, 'zh-CN'));
 * // '2027-02-09 补假：春节 2027-02-06（星期六）适逢周末，依《全国年节及纪念日放假办法》（2024年修订）第六条补假（推算，暂定）'
 * ```
 * @category Calendar
 */
export function explainDerivedDay(day: DerivedDay, locale: Locale, law?: HolidayLaw): Result<string> {
  const date = readDay(day.date, 'day.date');
  if (!date.ok) return date;
  if (day.makesUpFor !== null) {
    const made = readDay(day.makesUpFor, 'day.makesUpFor');
    if (!made.ok) return made;
  }
  const badLaw = lawProblem(law);
  if (badLaw !== null) return err(badLaw);
  return ok(explanation(day, locale, law));
}

function explanation(day: DerivedDay, locale: Locale, law: HolidayLaw | undefined): string {
  const statutory = day.makesUpFor ?? day.date;
  const applied = law ?? holidayLawInForce(Number(statutory.slice(0, 4)));
  const lawName = inLocale(applied?.name ?? genericLawName, locale);
  const all = applied === undefined ? [] : (entitlements(Number(statutory.slice(0, 4)), applied) ?? []).flat();
  const on = toDayNumber(statutory);
  const weekday = weekdayNames[isoWeekday(on) - 1] as BilingualText;
  const festival = Festival.labels[day.festival];
  const en = locale === 'en';
  if (day.makesUpFor === null) {
    const rule = all.find((e) => e.festival === day.festival && e.day === on)?.rule;
    const by = rule === undefined ? '' : en ? ` (${ruleText(rule).en})` : `（${ruleText(rule).zh}）`;
    return en
      ? `${day.date} (${weekday.en}): ${festival.en} statutory day${by} under Article 2 of ${lawName} (derived, provisional)`
      : `${day.date}（${weekday.zh}）${festival.zh}法定假日${by}，依${lawName}第二条（推算，暂定）`;
  }
  const head = en ? `${day.date} make-up day: ${festival.en} ${statutory} (${weekday.en})` : `${day.date} 补假：${festival.zh} ${statutory}（${weekday.zh}）`;
  if (isWeekend(on)) {
    return en
      ? `${head} falls on a weekend; made up on a working day under Article 6 of ${lawName} (derived, provisional)`
      : `${head}适逢周末，依${lawName}第六条补假（推算，暂定）`;
  }
  const other = all.find((e) => e.festival !== day.festival && e.day === on)?.festival;
  const partner = other === undefined ? { zh: '另一节日', en: "another festival's day" } : { zh: Festival.labels[other].zh, en: `the ${Festival.labels[other].en}` };
  return en
    ? `${head} is also ${partner.en}; made up on a working day as the State Council's notices do (derived, provisional)`
    : `${head}与${partner.zh}同日，比照历年国务院通知补假（推算，暂定）`;
}
