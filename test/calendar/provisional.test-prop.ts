/** Part 7: the laws of provisional years. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { addWorkingDays, chinaCalendar, deriveStatutoryDays, isWorkingDay, publishedYearsOnly, workingDaysBetween } from '../../src/calendar/index.js';
import { daysFromCivil, fromDayNumber, isoWeekday } from '../../src/internal/days.js';

const cal = chinaCalendar;
const strict = unwrap(publishedYearsOnly(chinaCalendar));
const FIRST_PROVISIONAL = 2027;
const provisionalYear = fc.integer({ min: FIRST_PROVISIONAL, max: cal.lastYear });
/** Any covered date, far enough from both ends that ±300 working days stay covered. */
const date = fc.integer({ min: daysFromCivil(2005, 6, 1), max: daysFromCivil(2099, 6, 30) }).map(fromDayNumber);
const publishedDate = fc.integer({ min: daysFromCivil(2004, 1, 1), max: daysFromCivil(2026, 12, 31) }).map(fromDayNumber);
const n = fc.integer({ min: -300, max: 300 });
const yearOf = (d: string): number => Number(d.slice(0, 4));

describe('Part 7: provisional years', () => {
  test.prop([provisionalYear])(
    'in a provisional year every derived statutory day and make-up day is a day off, and every other weekday is a working day',
    (year) => {
      const derived = new Set(unwrap(deriveStatutoryDays(year)).days.map((d) => d.date));
      for (let d = daysFromCivil(year, 1, 1); d < daysFromCivil(year + 1, 1, 1); d++) {
        const date = fromDayNumber(d);
        const weekend = isoWeekday(d) >= 6;
        expect(isWorkingDay(date, cal), date).toEqual({ ok: true, value: !weekend && !derived.has(date), provisional: true });
      }
    },
  );

  test.prop([date, n])('provisional is true exactly when a provisional year is touched: addWorkingDays', (d, k) => {
    const r = addWorkingDays(d, k, cal);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.provisional).toBe(yearOf(d) >= FIRST_PROVISIONAL || yearOf(r.value) >= FIRST_PROVISIONAL);
  });

  test.prop([date, date])('provisional is true exactly when a provisional year is touched: workingDaysBetween', (a, b) => {
    const r = workingDaysBetween(a, b, cal);
    expect(r.ok && r.provisional).toBe(Math.max(yearOf(a), yearOf(b)) >= FIRST_PROVISIONAL);
  });

  test.prop([publishedDate, n])('published years are unchanged: the strict calendar answers the same, never provisional', (d, k) => {
    expect(isWorkingDay(d, cal)).toEqual(isWorkingDay(d, strict));
    const inCal = addWorkingDays(d, k, cal);
    const inStrict = addWorkingDays(d, k, strict);
    if (inStrict.ok) expect(inCal).toEqual(inStrict);
    else if (inCal.ok) expect(inCal.provisional).toBe(true); // strict mode stops where the provisional years begin
    else expect(inCal.error.code).toBe(inStrict.error.code); // before 2004: not covered in either
  });
});
