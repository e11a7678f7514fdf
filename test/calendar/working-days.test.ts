import { describe, expect, it } from 'vitest';
import { unwrap, safeParse } from '../../src/index.js';
import {
  addWorkingDays,
  chinaCalendar,
  deadlineAfter,
  extendCalendar,
  isWorkingDay,
  localDateOf,
  nextWorkingDay,
  publishedYearsOnly,
  WorkCalendarSchema,
  workingDaysBetween,
} from '../../src/calendar/index.js';

const cal = chinaCalendar;
/** Strict mode: the published years only (2004–2026). */
const strict = unwrap(publishedYearsOnly(chinaCalendar));

describe('DOMAIN.md §10: deadlines count working days', () => {
  it('§10: 5 working days from 2026-09-30 crosses National Day and lands on 2026-10-13', () => {
    expect(deadlineAfter('2026-09-30', 5, cal)).toEqual({ ok: true, value: '2026-10-13', provisional: false });
    expect(unwrap(workingDaysBetween('2026-09-30', '2026-10-13', cal))).toBe(5);
  });

  it('§10: the day of receipt does not count, even when received on a holiday', () => {
    expect(unwrap(deadlineAfter('2026-10-03', 1, cal))).toBe('2026-10-08');
    expect(unwrap(deadlineAfter('2026-10-08', 1, cal))).toBe('2026-10-09');
  });

  it('§10: an adjusted weekend working day (调休上班) counts; a weekday holiday does not', () => {
    expect(unwrap(isWorkingDay('2026-10-10', cal))).toBe(true); // Saturday, worked
    expect(unwrap(isWorkingDay('2026-09-20', cal))).toBe(true); // Sunday, worked
    expect(unwrap(isWorkingDay('2026-10-05', cal))).toBe(false); // Monday, National Day
    expect(unwrap(isWorkingDay('2026-10-11', cal))).toBe(false); // plain Sunday
    expect(unwrap(isWorkingDay('2026-02-14', cal))).toBe(true); // Saturday before Spring Festival
  });

  it('§10: the 2015 Victory Day holiday and the 2020 Spring Festival extension are days off', () => {
    expect(unwrap(isWorkingDay('2015-09-03', cal))).toBe(false);
    expect(unwrap(isWorkingDay('2015-09-06', cal))).toBe(true);
    expect(unwrap(isWorkingDay('2020-01-31', cal))).toBe(false);
  });

  it('addWorkingDays moves both ways and n = 0 is the identity', () => {
    expect(unwrap(addWorkingDays('2026-10-08', -1, cal))).toBe('2026-09-30');
    expect(unwrap(addWorkingDays('2026-10-04', -1, cal))).toBe('2026-09-30');
    expect(unwrap(addWorkingDays('2026-10-04', 0, cal))).toBe('2026-10-04');
    expect(unwrap(nextWorkingDay('2026-09-30', cal))).toBe('2026-10-08');
    expect(unwrap(workingDaysBetween('2026-10-13', '2026-09-30', cal))).toBe(-5);
    expect(unwrap(workingDaysBetween('2026-10-04', '2026-10-04', cal))).toBe(0);
  });

  it('works at the first and last covered days (published: 2004 to 2026; provisional: to 2100)', () => {
    expect(unwrap(isWorkingDay('2004-01-01', cal))).toBe(false);
    expect(unwrap(addWorkingDays('2004-01-05', -1, cal))).toBe('2004-01-02');
    expect(isWorkingDay('2026-12-31', cal)).toEqual({ ok: true, value: true, provisional: false });
    expect(isWorkingDay('2026-12-31', strict)).toEqual({ ok: true, value: true, provisional: false });
    expect(isWorkingDay('2100-12-31', cal)).toEqual({ ok: true, value: true, provisional: true });
  });
});

describe('errors are clear and never a silent guess', () => {
  it('Part 7 strict mode: with the published years only, a date outside 2004–2026 is CALENDAR_YEAR_NOT_COVERED, in both languages', () => {
    const r = isWorkingDay('2027-01-04', strict);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CALENDAR_YEAR_NOT_COVERED');
    expect(r.error.message).toContain('2004–2026');
    expect(r.error.messageZh).toContain('2004–2026');
    expect(r.error.value).toBe('2027-01-04');
  });

  it('a result beyond the covered years is CALENDAR_YEAR_NOT_COVERED too', () => {
    expect(deadlineAfter('2026-12-30', 5, strict)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED' } });
    expect(deadlineAfter('2100-12-30', 5, cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED' } });
    expect(addWorkingDays('2004-01-05', -5, cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED' } });
  });

  it('bad dates and bad counts are INVALID_DATE and INVALID_ARGUMENT', () => {
    expect(isWorkingDay('2026-02-30', cal)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['date'] } });
    expect(workingDaysBetween('2026-01-05', '26-1-5', cal)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['to'] } });
    expect(addWorkingDays('2026-01-05', 1.5, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(deadlineAfter('2026-01-05', 0, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('localDateOf gives the China date of an instant and rejects one without an offset', () => {
    expect(unwrap(localDateOf('2026-09-30T17:30:00Z'))).toBe('2026-10-01');
    expect(unwrap(localDateOf('2026-10-01T07:59:59+08:00'))).toBe('2026-10-01');
    expect(unwrap(localDateOf('2026-09-30T17:30:00Z', 0))).toBe('2026-09-30');
    expect(localDateOf('2026-09-30T17:30:00')).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT' } });
  });
});

describe('calendars are validated data', () => {
  it('chinaCalendar validates and survives a JSON round trip', () => {
    const copy: unknown = JSON.parse(JSON.stringify(cal));
    expect(copy).toEqual(cal);
    expect(safeParse(WorkCalendarSchema, copy)).toEqual({ ok: true, value: cal });
    expect(Object.isFrozen(cal.holidays[0])).toBe(true);
  });

  it('a local closure makes a working day off; the base is untouched', () => {
    const before = JSON.stringify(cal);
    const county = unwrap(
      extendCalendar(cal, { closures: [{ from: '2026-03-16', to: '2026-03-16', reason: { zh: '县庆', en: 'County day' } }] }),
    );
    expect(unwrap(isWorkingDay('2026-03-16', county))).toBe(false);
    expect(unwrap(isWorkingDay('2026-03-16', cal))).toBe(true);
    expect(unwrap(deadlineAfter('2026-03-13', 1, county))).toBe('2026-03-17');
    expect(JSON.stringify(cal)).toBe(before);
  });

  it('extending by a year covers it; a date both off and worked is CALENDAR_CONFLICT with its path', () => {
    const next = unwrap(
      extendCalendar(strict, { lastYear: 2027, holidays: [{ festival: 'newYear', from: '2027-01-01', to: '2027-01-03' }], allowMissingStatutoryDays: true }),
    );
    expect(unwrap(isWorkingDay('2027-01-04', next))).toBe(true);
    const bad = extendCalendar(cal, { adjustedWorkingDays: [{ festival: 'nationalDay', date: '2026-10-05' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'CALENDAR_CONFLICT' } });
    // Part 8 / issue 13: the path names the caller's own list and index, not the merged calendar's
    if (!bad.ok) expect(bad.error.path).toEqual(['additions', 'adjustedWorkingDays', 0, 'date']);
    expect(extendCalendar(cal, { lastYear: 2025 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const outside = extendCalendar(strict, { holidays: [{ festival: 'newYear', from: '2027-01-01', to: '2027-01-01' }] });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.error.issues?.map((i) => i.code)).toEqual(['CALENDAR_YEAR_NOT_COVERED', 'CALENDAR_YEAR_NOT_COVERED']);
  });
});
