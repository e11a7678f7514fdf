/**
 * Part 9 (issue 14), the calendar's smaller defects: a parsed calendar was not frozen while its
 * compiled form was cached per object (mutating it gave stale answers, and a calendar mutated to
 * `lastYear: 1e21` after its check threw RangeError); a holiday period over 400 days skipped the
 * conflict check; a law mutated after its check to a lunar day of 1e21 made `deriveStatutoryDays`
 * loop for ever; `nextWorkingDay` blamed a parameter it does not have (`n`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParse, unwrap } from '../../src/index.js';
import {
  addWorkingDays,
  calendarCoverage,
  chinaCalendar,
  deriveStatutoryDays,
  explainDay,
  extendCalendar,
  holidayLaw2024,
  isWorkingDay,
  nextWorkingDay,
  parseHolidayNotice,
  publishedYearsOnly,
  WorkCalendarSchema,
  type HolidayLaw,
  type WorkCalendar,
} from '../../src/calendar/index.js';

/** Whether every object reachable from `v` is frozen. */
function deeplyFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Object.isFrozen(v) && Object.values(v).every(deeplyFrozen);
}

/** A small calendar built by hand, as plain mutable data. */
function handBuilt(): WorkCalendar {
  return {
    name: { zh: '小日历', en: 'A small calendar' },
    firstYear: 2026,
    lastYear: 2026,
    weekendDays: [6, 7],
    holidays: [{ festival: 'nationalDay', from: '2026-10-01', to: '2026-10-07' }],
    adjustedWorkingDays: [{ festival: 'nationalDay', date: '2026-10-10' }],
    closures: [],
    provisionalFrom: null,
  };
}

/** Mutates a value the types call readonly, as a careless app may. */
const mutable = <T>(v: T): { -readonly [K in keyof T]: T[K] } => v as { -readonly [K in keyof T]: T[K] };

describe('Part 9 (issue 14): what the calendar functions return or parse is deeply frozen', () => {
  it('safeParse(WorkCalendarSchema), extendCalendar, publishedYearsOnly and parseHolidayNotice give deeply frozen data', () => {
    const parsed = unwrap(safeParse(WorkCalendarSchema, JSON.parse(JSON.stringify(chinaCalendar))));
    expect(deeplyFrozen(parsed)).toBe(true);
    const extended = unwrap(extendCalendar(chinaCalendar, { closures: [{ from: '2026-03-16', to: '2026-03-16', reason: { zh: '县庆', en: 'County day' } }] }));
    expect(deeplyFrozen(extended)).toBe(true);
    expect(deeplyFrozen(unwrap(publishedYearsOnly(chinaCalendar)))).toBe(true);
    const notice = unwrap(parseHolidayNotice(readFileSync(new URL('notices/2026.txt', import.meta.url), 'utf8'), 2026));
    expect(deeplyFrozen(notice)).toBe(true);
    expect(() => {
      'use strict';
      mutable(parsed).lastYear = 2300;
    }).toThrow(TypeError);
  });
});

describe('Part 9 (issue 14): a calendar mutated after a call never gives stale answers', () => {
  it('a hand-built calendar given a closure after a first call: the day is off from then on', () => {
    const cal = handBuilt();
    expect(unwrap(isWorkingDay('2026-06-01', cal))).toBe(true);
    mutable(cal.closures).push({ from: '2026-06-01', to: '2026-06-03', reason: { zh: '停电', en: 'Power cut' } });
    expect(unwrap(isWorkingDay('2026-06-01', cal))).toBe(false);
    expect(unwrap(addWorkingDays('2026-05-29', 1, cal))).toBe('2026-06-04');
    expect(unwrap(explainDay('2026-06-02', cal, 'en'))).toContain('local closure, Power cut');
  });

  it('a holiday moved in place (a nested object changed) is seen', () => {
    const cal = handBuilt();
    expect(unwrap(isWorkingDay('2026-10-08', cal))).toBe(true);
    mutable(cal.holidays[0] as WorkCalendar['holidays'][number]).to = '2026-10-08';
    expect(unwrap(isWorkingDay('2026-10-08', cal))).toBe(false);
  });

  it('a calendar mutated to lastYear 1e21 (or to an adjusted working day on a holiday) is refused, not crashed on', () => {
    const cal = handBuilt();
    expect(calendarCoverage(cal).ok).toBe(true);
    mutable(cal).lastYear = 1e21;
    for (const r of [calendarCoverage(cal), isWorkingDay('2026-06-01', cal), extendCalendar(cal, {}), publishedYearsOnly(cal), explainDay('2026-06-01', cal, 'en')]) {
      expect(r.ok ? null : r.error.code).toBe('INVALID_INPUT');
      expect(r.ok ? null : r.error.issues?.[0]?.path?.slice(1)).toEqual(['lastYear']);
    }
    mutable(cal).lastYear = 2026;
    expect(calendarCoverage(cal).ok).toBe(true);
    mutable(cal.adjustedWorkingDays).push({ festival: 'nationalDay', date: '2026-10-02' });
    expect(isWorkingDay('2026-06-01', cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_CONFLICT', path: ['calendar', 'adjustedWorkingDays', 1, 'date'] } });
  });

  it('publishedYearsOnly of a mutated calendar follows it', () => {
    const base = unwrap(extendCalendar(handBuilt(), { provisionalThrough: 2027 }));
    const cal = JSON.parse(JSON.stringify(base)) as WorkCalendar;
    expect(unwrap(publishedYearsOnly(cal)).closures).toEqual([]);
    mutable(cal.closures).push({ from: '2026-06-01', to: '2026-06-01', reason: { zh: '停电', en: 'Power cut' } });
    expect(unwrap(publishedYearsOnly(cal)).closures).toHaveLength(1);
  });

  it('a holiday law mutated after its check to a lunar day of 1e21 is refused at once, not looped on', () => {
    const law = JSON.parse(JSON.stringify(holidayLaw2024)) as HolidayLaw;
    expect(deriveStatutoryDays(2027, law).ok).toBe(true);
    const spring = law.festivals.find((f) => f.festival === 'springFestival');
    mutable(spring?.days ?? [])[1] = { kind: 'lunar', month: 1, day: 1e21 };
    const r = deriveStatutoryDays(2027, law);
    expect(r.ok ? null : r.error.code).toBe('INVALID_INPUT');
    expect(r.ok ? null : r.error.path?.[0]).toBe('law');
  });
});

describe('Part 9 (issue 14): the conflict check is total, whatever the periods’ lengths', () => {
  it('an adjusted working day inside a closure of more than 400 days is a CALENDAR_CONFLICT (it used to pass unchecked)', () => {
    const cal = {
      ...handBuilt(),
      firstYear: 2025,
      lastYear: 2027,
      closures: [{ from: '2025-01-01', to: '2027-06-30', reason: { zh: '长期停休', en: 'Long closure' } }],
    };
    const r = safeParse(WorkCalendarSchema, cal);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CALENDAR_CONFLICT', path: ['adjustedWorkingDays', 0, 'date'] });
    expect(r.ok ? '' : r.error.message).toContain('closures.0');
  });

  it('many long overlapping periods: every conflict found, each adjusted working day once', () => {
    const closures = Array.from({ length: 500 }, (_, i) => ({ from: '2025-01-01', to: `2027-12-${String(1 + (i % 28)).padStart(2, '0')}`, reason: { zh: '停休', en: 'Closed' } }));
    const adjusted = [{ festival: 'newYear', date: '2025-01-04' }, { festival: 'newYear', date: '2027-12-30' }, { festival: 'newYear', date: '2026-05-09' }] as const;
    const r = safeParse(WorkCalendarSchema, { ...handBuilt(), firstYear: 2025, lastYear: 2027, holidays: [], adjustedWorkingDays: adjusted, closures });
    const issues = r.ok ? [] : (r.error.issues ?? [r.error]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['CALENDAR_CONFLICT', ['adjustedWorkingDays', 0, 'date']],
      ['CALENDAR_CONFLICT', ['adjustedWorkingDays', 2, 'date']],
    ]);
  });

  it('a period ending in a year the calendar does not cover is refused with CALENDAR_YEAR_NOT_COVERED (and still checked against the adjusted working days)', () => {
    const r = safeParse(WorkCalendarSchema, { ...handBuilt(), closures: [{ from: '2026-01-01', to: '9999-12-31', reason: { zh: '停休', en: 'Closed' } }] });
    const issues = r.ok ? [] : (r.error.issues ?? [r.error]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['CALENDAR_YEAR_NOT_COVERED', ['closures', 0, 'to']],
      ['CALENDAR_CONFLICT', ['adjustedWorkingDays', 0, 'date']],
    ]);
  });
});

describe('Part 9 (issue 14): calendar errors name the caller’s own parameter', () => {
  it('nextWorkingDay past the last covered day blames date (it has no n)', () => {
    const r = nextWorkingDay('2026-12-31', handBuilt());
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['date'] });
    const a = addWorkingDays('2026-12-30', 5, handBuilt());
    expect(a.ok ? null : a.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['n'] });
  });
});
