import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CalendarDateSchema, unwrap } from '../../src/index.js';
import { addWorkingDays, chinaCalendar, isWorkingDay, workingDaysBetween } from '../../src/calendar/index.js';
import { daysFromCivil, fromDayNumber, toDayNumber } from '../../src/internal/days.js';

const cal = chinaCalendar;
/** Dates far enough inside 2004–2026 that ±300 working days stay covered. */
const date = fc.integer({ min: daysFromCivil(2005, 6, 1), max: daysFromCivil(2025, 6, 30) }).map(fromDayNumber);
const n = fc.integer({ min: -300, max: 300 });
const add = (d: string, k: number): string => unwrap(addWorkingDays(d, k, cal));

describe('working-day arithmetic laws', () => {
  test.prop([date, n.filter((k) => k !== 0)])('addWorkingDays with n ≠ 0 always lands on a working day', (d, k) => {
    expect(unwrap(isWorkingDay(add(d, k), cal))).toBe(true);
  });

  test.prop([date, n])('workingDaysBetween(d, addWorkingDays(d, n)) === n', (d, k) => {
    expect(unwrap(workingDaysBetween(d, add(d, k), cal))).toBe(k);
  });

  test.prop([date, date, n])('addWorkingDays is monotone in the date', (a, b, k) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(add(lo, k) <= add(hi, k)).toBe(true);
  });

  test.prop([date, n, n])('addWorkingDays is monotone in n', (d, j, k) => {
    const [lo, hi] = j <= k ? [j, k] : [k, j];
    expect(add(d, lo) <= add(d, hi)).toBe(true);
  });

  test.prop([date.filter((d) => unwrap(isWorkingDay(d, cal))), n])('for a working day, adding −n undoes adding n', (d, k) => {
    expect(add(add(d, k), -k)).toBe(d);
  });

  test.prop([fc.oneof(fc.string({ maxLength: 11 }), fc.stringMatching(/^\d{4}-[01]\d-[0-3]\d$/), date)])(
    'the fast date parser accepts exactly what CalendarDateSchema accepts',
    (s) => {
      expect(!Number.isNaN(toDayNumber(s))).toBe(CalendarDateSchema.safeParse(s).success);
    },
  );
});
