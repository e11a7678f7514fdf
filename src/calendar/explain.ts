import type { CalendarDate, Locale } from '../core/schema.js';
import { isoWeekday, toDayNumber } from '../internal/days.js';
import { compiled } from './compiled.js';
import { deriveStatutoryDays, explainDerivedDay } from './derive.js';
import { Festival, type WorkCalendar } from './schema.js';
import { isWorkingDay, type CalendarResult } from './working-days.js';

const weekdays = ['一', '二', '三', '四', '五', '六', '日'];
const weekdaysEn = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Says in one line why a date is a working day or a day off in a calendar: a holiday of the State
 * Council's notice, an adjusted working day (调休上班), a local closure, a weekend, an ordinary
 * working day, or — in a provisional year — a statutory day or make-up day derived from the law,
 * with the article it rests on. Every line of a provisional year says it is provisional.
 *
 * @param date - The date `YYYY-MM-DD`.
 * @param calendar - The working-day calendar, e.g. {@link chinaCalendar}.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The explanation, with `provisional` as for {@link isWorkingDay}, or `INVALID_DATE` /
 *   `CALENDAR_YEAR_NOT_COVERED`.
 * @example
 * ```ts
 * unwrap(explainDay('2026-10-10', chinaCalendar, 'en'));
 * // '2026-10-10 (Saturday) is a working day: adjusted working day (调休上班) for National Day, State Council notice'
 * unwrap(explainDay('2027-02-09', chinaCalendar, 'zh-CN'));
 * // '2027-02-09（星期二）休息：2027-02-09 补假：春节 2027-02-06（星期六）适逢周末，依《全国年节及纪念日放假办法》（2024年修订）第六条补假（推算，暂定）'
 * ```
 * @category Calendar
 */
export function explainDay(date: CalendarDate, calendar: WorkCalendar, locale: Locale): CalendarResult<string> {
  const working = isWorkingDay(date, calendar);
  if (!working.ok) return working;
  const checked = compiled(calendar);
  const cal = 'code' in checked ? calendar : checked.calendar; // what was checked (isWorkingDay succeeded, so it was)
  const en = locale === 'en';
  const weekday = isoWeekday(toDayNumber(date));
  const head = en
    ? `${date} (${weekdaysEn[weekday - 1]}) is ${working.value ? 'a working day' : 'a day off'}: `
    : `${date}（星期${weekdays[weekday - 1]}）${working.value ? '上班' : '休息'}：`;
  const say = (text: string): CalendarResult<string> => ({ ok: true, value: head + text, provisional: working.provisional });
  const closure = cal.closures.find((c) => c.from <= date && date <= c.to);
  if (closure !== undefined) return say(en ? `local closure, ${closure.reason.en}` : `本地停休，${closure.reason.zh}`);
  const adjusted = cal.adjustedWorkingDays.find((w) => w.date === date);
  if (adjusted !== undefined) {
    const festival = Festival.labels[adjusted.festival];
    return say(en ? `adjusted working day (调休上班) for ${festival.en}, State Council notice` : `${festival.zh}调休上班（国务院办公厅通知）`);
  }
  const holiday = cal.holidays.find((h) => h.from <= date && date <= h.to);
  if (holiday !== undefined && holiday.derived !== undefined) {
    const derived = deriveStatutoryDays(Number(date.slice(0, 4)));
    const day = derived.ok ? derived.value.days.find((d) => d.date === date && d.festival === holiday.festival) : undefined;
    const explained = day === undefined ? undefined : explainDerivedDay(day, locale);
    if (explained?.ok === true) return say(explained.value);
  }
  if (holiday !== undefined) {
    const festival = Festival.labels[holiday.festival];
    const basis = holiday.derived === undefined ? (en ? 'State Council notice' : '国务院办公厅通知') : en ? 'derived, provisional' : '推算，暂定';
    return say(en ? `${festival.en} (${holiday.from} to ${holiday.to}), ${basis}` : `${festival.zh}（${holiday.from} 至 ${holiday.to}），${basis}`);
  }
  const weekend = cal.weekendDays.includes(weekday);
  const provisional = working.provisional ? (en ? '; the year is provisional: the State Council may still move days' : '；该年为暂定，国务院通知仍可能调整') : '';
  return say((weekend ? (en ? 'weekend' : '周末') : en ? 'ordinary working day' : '正常工作日') + provisional);
}
