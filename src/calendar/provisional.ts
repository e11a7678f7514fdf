import { ok, type Result } from '../core/result.js';
import { byCodeUnit } from '../internal/compare.js';
import { toDayNumber } from '../internal/days.js';
import { deriveStatutoryDays } from './derive.js';
import { chinaHolidayLaws, holidayLawInForce, type HolidayLaw } from './law.js';
import type { HolidayPeriod } from './schema.js';

/**
 * The days off of provisional years `from`–`to`, derived from the law in force each year (statutory
 * days and make-up days, no adjusted working days), as holiday periods marked `derived`: one
 * period per run of consecutive days of one festival and kind.
 */
export function provisionalHolidays(from: number, to: number, laws: readonly HolidayLaw[] = chinaHolidayLaws): Result<HolidayPeriod[]> {
  const periods: HolidayPeriod[] = [];
  for (let year = from; year <= to; year++) {
    const law = holidayLawInForce(year, laws);
    const derived = law === undefined ? deriveStatutoryDays(year) : deriveStatutoryDays(year, law);
    if (!derived.ok) return derived;
    const days = [...derived.value.days].sort((a, b) => byCodeUnit(a.date, b.date));
    for (const day of days) {
      const last = periods[periods.length - 1];
      if (last !== undefined && last.festival === day.festival && last.derived === day.kind && toDayNumber(last.to) + 1 === toDayNumber(day.date)) {
        periods[periods.length - 1] = { ...last, to: day.date };
      } else {
        periods.push({ festival: day.festival, from: day.date, to: day.date, derived: day.kind });
      }
    }
  }
  return ok(periods);
}
