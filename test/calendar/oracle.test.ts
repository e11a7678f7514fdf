import { findWorkday } from 'chinese-days';
import oracle from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { addWorkingDays, chinaCalendar, deadlineAfter, isWorkingDay } from '../../src/calendar/index.js';
import { daysFromCivil, fromDayNumber } from '../../src/internal/days.js';

const first = daysFromCivil(2004, 1, 1);
const last = daysFromCivil(2026, 12, 31);
const holidays = oracle.holidays as Record<string, string>;
const workdays = oracle.workdays as Record<string, string>;
/** chinese-days' own table, read as data: its functions use local time and go wrong west of UTC. */
const isWorkday = (date: string, weekday: number): boolean =>
  date in workdays || (!(date in holidays) && weekday !== 0 && weekday !== 6);
const peerWorksHere = new Date(2026, 0, 1).getTimezoneOffset() <= 0;

describe('DOMAIN.md §10: the built-in table agrees with the chinese-days package', () => {
  it('on every date from 2004-01-01 to 2026-12-31', () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (let d = first; d <= last; d++) {
      const date = fromDayNumber(d);
      const weekday = (((d + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
      if (unwrap(isWorkingDay(date, chinaCalendar)) !== isWorkday(date, weekday)) disagreements.push(date);
      checked++;
    }
    expect(checked).toBe(8401);
    expect(disagreements).toEqual([]);
  });

  it.runIf(peerWorksHere)('deadlineAfter and addWorkingDays agree with findWorkday (in time zones where the peer is right)', () => {
    for (let d = first; d <= daysFromCivil(2026, 11, 1); d += 7) {
      const date = fromDayNumber(d);
      for (const n of [1, 3, 5, 15]) {
        expect(unwrap(deadlineAfter(date, n, chinaCalendar))).toBe(findWorkday(n, date));
        expect(unwrap(addWorkingDays(date, n, chinaCalendar))).toBe(findWorkday(n, date));
      }
    }
  });
});
