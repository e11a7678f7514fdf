/**
 * The ISO week label of a joint visit proposal (`isoWeek`, e.g. `2026-W11`) is computed by integer
 * arithmetic on day numbers in src/visit/burden.ts. Here it is compared with date-fns
 * (`getISOWeek`, `getISOWeekYear`) over every day of 1999–2031 and three weeks around each new year
 * from 1583 to 2500, in each time zone the gate runs (date-fns reads local time: the date is built
 * at local noon), and with known weeks at year boundaries.
 */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { coordinateVisits } from '../../src/visit/index.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';

/** The label `coordinateVisits` gives a week in which two departments plan a visit on `date`. */
function labelOf(date: string): string | undefined {
  const plan = [
    { id: 'a', date, departmentIds: ['tax'], enterpriseId: 'e1' },
    { id: 'b', date, departmentIds: ['amr'], enterpriseId: 'e1' },
  ];
  return unwrap(coordinateVisits(plan))[0]?.isoWeek;
}

/** The label by date-fns, from the date at local noon. */
function dateFnsLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const noon = new Date(2000, 0, 1, 12);
  noon.setFullYear(y, m - 1, d);
  return `${String(getISOWeekYear(noon)).padStart(4, '0')}-W${String(getISOWeek(noon)).padStart(2, '0')}`;
}

describe('the ISO week of a joint visit', () => {
  it('is right at year boundaries (ISO 8601: week 1 holds the year\'s first Thursday)', () => {
    expect(labelOf('2020-12-31')).toBe('2020-W53');
    expect(labelOf('2021-01-03')).toBe('2020-W53');
    expect(labelOf('2021-01-04')).toBe('2021-W01');
    expect(labelOf('2024-12-29')).toBe('2024-W52');
    expect(labelOf('2024-12-30')).toBe('2025-W01');
    expect(labelOf('2026-01-01')).toBe('2026-W01');
    expect(labelOf('2027-01-03')).toBe('2026-W53');
    expect(labelOf('2015-12-31')).toBe('2015-W53');
    expect(labelOf('2010-01-03')).toBe('2009-W53');
  });

  it('agrees with date-fns on every day of 1999–2031 and around each new year 1583–2500', () => {
    const dates: string[] = [];
    for (let day = toDayNumber('1999-01-01'); day <= toDayNumber('2031-12-31'); day++) dates.push(fromDayNumber(day));
    for (let year = 1583; year <= 2500; year++) {
      const newYear = toDayNumber(`${year}-01-01`);
      for (let day = newYear - 10; day <= newYear + 10; day++) dates.push(fromDayNumber(day));
    }
    const wrong = dates.filter((date) => labelOf(date) !== dateFnsLabel(date));
    expect(wrong).toEqual([]);
    expect(dates.length).toBeGreaterThan(30_000);
  });
});
