import { describe, expect, it } from 'vitest';
import { parse, safeParse } from '../../src/index.js';
import { QinqingError } from '../../src/core/errors.js';
import {
  addWorkingDays,
  chinaCalendar,
  deadlineAfter,
  extendCalendar,
  isWorkingDay,
  localDateOf,
  WorkCalendarSchema,
  publishedYearsOnly,
  workingDaysBetween,
  type WorkCalendar,
} from '../../src/calendar/index.js';
import { unwrap, type Result } from '../../src/core/result.js';

// Edges that the behaviour tests leave open, found by mutation testing (npm run mutation): the exact
// error each function returns (code, path, value and both messages), the first and last covered
// days, and the sign conventions of working-day counts.

/** The published years only (2004–2026): the coverage edges of strict mode (Part 7). */
const cal = unwrap(publishedYearsOnly(chinaCalendar));

function failure<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.error;
}

/** A bilingual message: the Chinese one has Chinese text, and both name the offending value. */
function mentions(error: { message: string; messageZh: string }, ...parts: string[]) {
  expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  for (const p of parts) {
    expect(error.message).toContain(p);
    expect(error.messageZh).toContain(p);
  }
}

describe('working-day arithmetic: the covered range is exact at both ends', () => {
  it('the last covered day works and the day after it is not covered, for every function', () => {
    expect(isWorkingDay('2026-12-31', cal)).toEqual({ ok: true, value: true, provisional: false });
    const e = failure(isWorkingDay('2027-01-01', cal));
    expect(e).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['date'], value: '2027-01-01' });
    mentions(e, '2027-01-01', '2004', '2026');
    expect(failure(isWorkingDay('2003-12-31', cal))).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['date'] });
    expect(isWorkingDay('2004-01-02', cal)).toEqual({ ok: true, value: true, provisional: false });
  });

  it('stepping past the last covered day names the first uncovered day as the value, and n (the caller\'s argument) as the path (Part 8 / issue 13)', () => {
    const e = failure(addWorkingDays('2026-12-30', 5, cal));
    expect(e).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['n'], value: '2027-01-01' });
    expect(failure(deadlineAfter('2026-12-30', 5, cal))).toMatchObject({ path: ['n'], value: '2027-01-01' });
  });

  it('stepping back before the first covered day names the day before it as the value, and n as the path', () => {
    const e = failure(addWorkingDays('2004-01-05', -3, cal));
    expect(e).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['n'], value: '2003-12-31' });
    // The first working day of 2004 is reachable, one more step back is not.
    expect(addWorkingDays('2004-01-05', -1, cal)).toEqual({ ok: true, value: '2004-01-02', provisional: false });
    expect(failure(addWorkingDays('2004-01-02', -1, cal)).value).toBe('2003-12-31');
  });
});

describe('working-day arithmetic: each argument error names its argument', () => {
  it('an invalid date is INVALID_DATE at the argument it came in', () => {
    const e = failure(addWorkingDays('2026-02-30', 1, cal));
    expect(e).toMatchObject({ code: 'INVALID_DATE', path: ['date'], value: '2026-02-30' });
    mentions(e, 'date', '"2026-02-30"', 'YYYY-MM-DD');
    expect(failure(deadlineAfter('2026-13-01', 1, cal))).toMatchObject({ code: 'INVALID_DATE', path: ['received'] });
    expect(failure(workingDaysBetween('x', '2026-01-05', cal))).toMatchObject({ code: 'INVALID_DATE', path: ['from'], value: 'x' });
    expect(failure(workingDaysBetween('2026-01-05', 'y', cal))).toMatchObject({ code: 'INVALID_DATE', path: ['to'], value: 'y' });
    // Both wrong: the first is reported.
    expect(failure(workingDaysBetween('x', 'y', cal)).path).toEqual(['from']);
  });

  it('a non-string date from JavaScript is INVALID_DATE, not a crash', () => {
    const n = 20260105 as unknown as string;
    expect(failure(isWorkingDay(n, cal))).toMatchObject({ code: 'INVALID_DATE', path: ['date'], value: n });
  });

  it('a date outside the calendar is reported at its argument', () => {
    expect(failure(workingDaysBetween('2003-06-02', '2026-01-05', cal))).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['from'] });
    expect(failure(workingDaysBetween('2026-01-05', '2030-06-03', cal))).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['to'] });
    expect(failure(deadlineAfter('2030-06-03', 1, cal))).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['received'] });
  });

  it('n must be an integer for addWorkingDays, and an integer ≥ 1 for deadlineAfter', () => {
    const add = failure(addWorkingDays('2026-01-05', 1.5, cal));
    expect(add).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['n'], value: 1.5 });
    mentions(add, 'n', '1.5');
    expect(add.message).not.toContain('≥');
    expect(add.messageZh).not.toContain('不小于');

    const due = failure(deadlineAfter('2026-01-05', 0, cal));
    expect(due).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['n'], value: 0 });
    expect(due.message).toContain('integer ≥ 1');
    expect(due.messageZh).toContain('不小于 1 的整数');
    expect(failure(deadlineAfter('2026-01-05', 2.5, cal)).path).toEqual(['n']);
  });
});

describe('workingDaysBetween: `from` excluded, `to` included, in both directions', () => {
  it('going back from a holiday to a working day steps onto that working day only', () => {
    // 2026-10-03 is a National Day holiday, 2026-09-30 a Wednesday worked.
    expect(workingDaysBetween('2026-10-03', '2026-09-30', cal)).toEqual({ ok: true, value: -1, provisional: false });
    expect(workingDaysBetween('2026-09-30', '2026-10-03', cal)).toEqual({ ok: true, value: 0, provisional: false });
    expect(workingDaysBetween('2026-10-13', '2026-09-30', cal)).toEqual({ ok: true, value: -5, provisional: false });
  });

  it('inverts addWorkingDays backwards from a day off as well as from a working day', () => {
    for (const [d, n] of [['2026-10-03', -1], ['2026-10-03', -4], ['2026-10-10', -2], ['2026-10-11', -3]] as const) {
      const back = addWorkingDays(d, n, cal);
      if (!back.ok) throw new Error(back.error.message);
      expect(workingDaysBetween(d, back.value, cal), `${d} ${n}`).toEqual({ ok: true, value: n, provisional: false });
    }
  });
});

describe('localDateOf: only an ISO 8601 instant that ends in its offset', () => {
  it('refuses a local date-time without an offset, naming it', () => {
    const e = failure(localDateOf('2026-01-01T00:00:00'));
    expect(e).toMatchObject({ code: 'INVALID_INSTANT', path: ['instant'], value: '2026-01-01T00:00:00' });
    mentions(e, '"2026-01-01T00:00:00"', 'ISO 8601');
  });

  it('refuses a string that has an offset inside it but not at its end, even one Date.parse reads', () => {
    expect(failure(localDateOf('Thu Jan 01 2026 00:00:00 GMT+08:00 (China)')).code).toBe('INVALID_INSTANT');
    expect(failure(localDateOf('2026-01-01 00:00 Z (x)')).code).toBe('INVALID_INSTANT');
  });

  it('refuses a non-string that would stringify as an instant', () => {
    const sneaky = { toString: () => '2026-01-01T00:00:00Z' } as unknown as string;
    expect(failure(localDateOf(sneaky)).code).toBe('INVALID_INSTANT');
  });
});

describe('WorkCalendarSchema: a calendar is checked as a whole', () => {
  const small = (over: Partial<WorkCalendar> = {}) => ({
    name: { zh: '测试日历', en: 'Test calendar' },
    firstYear: 2025,
    lastYear: 2025,
    holidays: [],
    adjustedWorkingDays: [],
    ...over,
  });

  it('one year (firstYear = lastYear) is a calendar; firstYear after lastYear is not', () => {
    expect(safeParse(WorkCalendarSchema, small()).ok).toBe(true);
    const e = failure(safeParse(WorkCalendarSchema, small({ lastYear: 2024 })));
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['firstYear'], value: 2025 });
    mentions(e, '2025', '2024');
  });

  it('every dated entry outside the covered years is CALENDAR_YEAR_NOT_COVERED at its own path', () => {
    const outside = (over: Partial<WorkCalendar>) => failure(safeParse(WorkCalendarSchema, small(over)));
    const e = outside({ holidays: [{ festival: 'newYear', from: '2024-12-31', to: '2025-01-01' }] });
    expect(e).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['holidays', 0, 'from'], value: '2024-12-31' });
    mentions(e, '2024-12-31', '2025–2025');
    expect(outside({ holidays: [{ festival: 'newYear', from: '2025-12-31', to: '2026-01-01' }] })).toMatchObject({
      path: ['holidays', 0, 'to'],
      value: '2026-01-01',
    });
    expect(
      outside({
        closures: [
          { from: '2025-03-03', to: '2025-03-03', reason: { zh: '停电', en: 'Power cut' } },
          { from: '2025-12-31', to: '2026-01-02', reason: { zh: '停电', en: 'Power cut' } },
        ],
      }),
    ).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['closures', 1, 'to'] });
    expect(outside({ adjustedWorkingDays: [{ festival: 'newYear', date: '2024-12-28' }] })).toMatchObject({
      code: 'CALENDAR_YEAR_NOT_COVERED',
      path: ['adjustedWorkingDays', 0, 'date'],
      value: '2024-12-28',
    });
  });

  it('a period that ends before it starts is refused at its end', () => {
    const e = failure(safeParse(WorkCalendarSchema, small({ holidays: [{ festival: 'newYear', from: '2025-01-03', to: '2025-01-01' }] })));
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['holidays', 0, 'to'], value: '2025-01-01' });
    mentions(e, '2025-01-01', '2025-01-03');
  });

  it('an adjusted working day on the first or the last day off of a period is a conflict naming the period', () => {
    const holidays = [
      { festival: 'newYear', from: '2025-01-01', to: '2025-01-01' },
      { festival: 'labourDay', from: '2025-05-01', to: '2025-05-05' },
    ] as const;
    for (const date of ['2025-05-01', '2025-05-05']) {
      const e = failure(safeParse(WorkCalendarSchema, small({ holidays: [...holidays], adjustedWorkingDays: [{ festival: 'labourDay', date }] })));
      expect(e.path, date).toEqual(['adjustedWorkingDays', 0, 'date']);
      mentions(e, date, 'holidays.1');
    }
    expect(safeParse(WorkCalendarSchema, small({ holidays: [...holidays], adjustedWorkingDays: [{ festival: 'labourDay', date: '2025-05-06' }] })).ok).toBe(true);
  });

  it('parse(WorkCalendarSchema) returns the calendar or throws the same error', () => {
    expect(parse(WorkCalendarSchema, small()).closures).toEqual([]);
    expect(() => parse(WorkCalendarSchema, small({ lastYear: 2024 }))).toThrow(QinqingError);
  });
});

describe('extendCalendar: adds, never drops', () => {
  it('refuses additions that are not additions, with the schema error', () => {
    const e = failure(extendCalendar(cal, { firstYear: 'soon' } as unknown as { firstYear: number }));
    expect(e.code).toBe('INVALID_INPUT');
  });

  it('refuses a later first year or an earlier last year, at that field, naming the covered years', () => {
    const first = failure(extendCalendar(cal, { firstYear: 2005 }));
    expect(first).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['additions', 'firstYear'], value: { firstYear: 2005 } });
    mentions(first, '2004–2026');
    expect(failure(extendCalendar(cal, { lastYear: 2025 }))).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['additions', 'lastYear'] });
    expect(failure(extendCalendar(cal, { firstYear: 2003, lastYear: 2025 })).path).toEqual(['additions', 'lastYear']);
    expect(failure(extendCalendar(cal, { firstYear: 2004, lastYear: 2025 })).path).toEqual(['additions', 'lastYear']);
  });

  it('takes an earlier first year and the same last year', () => {
    const r = extendCalendar(cal, { firstYear: 2003, lastYear: 2026, weekendsOnly: true });
    expect(r.ok && [r.value.firstYear, r.value.lastYear]).toEqual([2003, 2026]);
  });
});
