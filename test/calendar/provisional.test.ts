/**
 * Part 7: the calendar never ends. Provisional years after the last published notice, answers
 * that say when they rest on one, strict mode, the notice pasted in, and no silent weekend-only year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unwrap, safeParse } from '../../src/index.js';
import {
  calendarCoverage,
  chinaCalendar,
  deadlineAfter,
  deriveStatutoryDays,
  explainDay,
  extendCalendar,
  isWorkingDay,
  parseHolidayNotice,
  publishedYearsOnly,
  WorkCalendarSchema,
  workingDaysBetween,
  type WorkCalendar,
} from '../../src/calendar/index.js';
import { jiaozuoHalfYearlySymposium, occurrences } from '../../src/meeting/index.js';
import { ledgerReport } from '../../src/report/index.js';
import { daysFromCivil, fromDayNumber } from '../../src/internal/days.js';
import { assigned } from '../issue/fixtures.js';

const cal = chinaCalendar;
const strict = unwrap(publishedYearsOnly(chinaCalendar));
const notice2026 = unwrap(parseHolidayNotice(readFileSync(new URL('notices/2026.txt', import.meta.url), 'utf8'), 2026));

/** chinaCalendar as it stood before the 2026 notice: published to 2025, provisional 2026–2030. */
const before2026: WorkCalendar = unwrap(
  extendCalendar(
    unwrap(
      safeParse(WorkCalendarSchema, {
        ...strict,
        lastYear: 2025,
        holidays: strict.holidays.filter((h) => h.from < '2026'),
        adjustedWorkingDays: strict.adjustedWorkingDays.filter((w) => w.date < '2026'),
      }),
    ),
    { provisionalThrough: 2030 },
  ),
);

/** The days off of a year in a calendar. */
const offDays = (c: WorkCalendar, year: number): string[] => {
  const days: string[] = [];
  for (let d = daysFromCivil(year, 1, 1); d < daysFromCivil(year + 1, 1, 1); d++) {
    if (!unwrap(isWorkingDay(fromDayNumber(d), c))) days.push(fromDayNumber(d));
  }
  return days;
};

describe('Part 7: provisional years', () => {
  it('the issue’s case: 10 working days from 2026-12-24 lands on 2027-01-08, and says it is provisional', () => {
    expect(deadlineAfter('2026-12-24', 10, cal)).toEqual({ ok: true, value: '2027-01-08', provisional: true });
    expect(deadlineAfter('2026-12-01', 10, cal)).toEqual({ ok: true, value: '2026-12-15', provisional: false });
    expect(workingDaysBetween('2026-12-24', '2027-01-08', cal)).toEqual({ ok: true, value: 10, provisional: true });
    expect(workingDaysBetween('2027-01-08', '2026-12-24', cal)).toEqual({ ok: true, value: -10, provisional: true });
  });

  it('DOMAIN.md §10 / the 2024 law: New Year’s Day 2027 is off and no adjusted working day is invented', () => {
    expect(isWorkingDay('2027-01-01', cal)).toEqual({ ok: true, value: false, provisional: true });
    expect(cal.adjustedWorkingDays.some((w) => w.date >= '2027')).toBe(false);
    // Spring Festival 2027: New Year's Eve 5 February to 8 February, two make-up days for the weekend.
    expect(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((d) => unwrap(isWorkingDay(d, cal)))).toEqual([false, false, false, false]);
    expect(unwrap(isWorkingDay('2027-02-11', cal))).toBe(true);
  });

  it('the calendar covers at least to 2099 (the issue) and every year after 2026 has the law’s 13 statutory days off', () => {
    expect(cal.lastYear).toBeGreaterThanOrEqual(2099);
    for (let year = 2027; year <= cal.lastYear; year++) {
      const statutory = unwrap(deriveStatutoryDays(year)).days.filter((d) => d.kind === 'statutory');
      expect(statutory.every((d) => !unwrap(isWorkingDay(d.date, cal))), String(year)).toBe(true);
      expect(new Set(statutory.map((d) => `${d.festival} ${d.date}`)).size, String(year)).toBe(13);
    }
  });

  it('calendarCoverage says which years are published and which provisional', () => {
    const coverage = unwrap(calendarCoverage(cal));
    expect(coverage).toMatchObject({ firstYear: 2004, lastYear: 2100, lastPublishedYear: 2026, provisionalFrom: 2027 });
    expect(coverage.years).toHaveLength(97);
    expect(coverage.years.filter((y) => y.status === 'published').map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(coverage.years.find((y) => y.year === 2026)).toEqual({ year: 2026, status: 'published', workingDays: 248, holidaysOnWeekdays: 19, adjustedWorkingDays: 6 });
    expect(coverage.years.find((y) => y.year === 2027)).toEqual({ year: 2027, status: 'provisional', workingDays: 248, holidaysOnWeekdays: 13, adjustedWorkingDays: 0 });
    const bare = unwrap(extendCalendar(strict, { lastYear: 2027, weekendsOnly: true }));
    expect(unwrap(calendarCoverage(bare)).years.at(-1)).toMatchObject({ year: 2027, status: 'weekendsOnly', holidaysOnWeekdays: 0 });
    expect(unwrap(calendarCoverage(strict))).toMatchObject({ lastPublishedYear: 2026, provisionalFrom: null });
  });
});

describe('Part 7: strict mode (published years only)', () => {
  it('gives today’s CALENDAR_YEAR_NOT_COVERED after 2026, and the same calendar object every time', () => {
    expect(strict.lastYear).toBe(2026);
    expect(strict.provisionalFrom).toBeNull();
    expect(deadlineAfter('2026-12-24', 10, strict)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED' } });
    expect(unwrap(publishedYearsOnly(cal))).toBe(strict);
    expect(unwrap(publishedYearsOnly(strict))).toBe(strict);
  });

  it('published years answer the same in both calendars', () => {
    for (const d of ['2004-01-01', '2015-09-03', '2020-10-01', '2026-10-10', '2026-12-31']) {
      expect(isWorkingDay(d, strict)).toEqual(isWorkingDay(d, cal));
    }
  });

  it('refuses a calendar with no published year', () => {
    const all = unwrap(safeParse(WorkCalendarSchema, { ...before2026, firstYear: 2027, lastYear: 2030, provisionalFrom: 2027, holidays: before2026.holidays.filter((h) => h.from >= '2027'), adjustedWorkingDays: [] }));
    expect(publishedYearsOnly(all)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED', path: ['calendar', 'provisionalFrom'] } });
  });
});

describe('Part 7: the notice, pasted, replaces the provisional year', () => {
  it('before the notice 2026 was provisional; with it, every day of 2026 is as the built-in published data says', () => {
    expect(unwrap(calendarCoverage(before2026))).toMatchObject({ lastPublishedYear: 2025, provisionalFrom: 2026 });
    expect(isWorkingDay('2026-10-10', before2026)).toEqual({ ok: true, value: false, provisional: true }); // a plain Saturday until the notice says otherwise
    const after = unwrap(extendCalendar(before2026, { notices: [notice2026] }));
    expect(unwrap(calendarCoverage(after))).toMatchObject({ lastPublishedYear: 2026, provisionalFrom: 2027 });
    expect(offDays(after, 2026)).toEqual(offDays(cal, 2026));
    expect(isWorkingDay('2026-10-10', after)).toEqual({ ok: true, value: true, provisional: false });
    expect(after.holidays.some((h) => h.derived !== undefined && h.from.startsWith('2026'))).toBe(false);
    expect(before2026.holidays.some((h) => h.derived !== undefined && h.from.startsWith('2026'))).toBe(true); // the base is untouched
  });

  it('notices of provisional years come in order: a later year before an earlier one is refused', () => {
    const notice2028 = { ...notice2026, year: 2028, holidays: [], adjustedWorkingDays: [] };
    expect(extendCalendar(before2026, { notices: [notice2028] })).toMatchObject({ ok: false, error: { code: 'CALENDAR_PROVISIONAL_MISMATCH', path: ['additions', 'notices', 0, 'year'] } });
    expect(extendCalendar(strict, { notices: [{ ...notice2026, year: 2029, holidays: [], adjustedWorkingDays: [] }] })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('a notice that leaves out a statutory day (Mid-Autumn 2026) is refused, naming the day, unless said', () => {
    const slip = { ...notice2026, holidays: notice2026.holidays.filter((h) => h.festival !== 'midAutumn') };
    const refused = extendCalendar(before2026, { notices: [slip] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CALENDAR_STATUTORY_DAY_MISSING', value: ['2026-09-25'] } });
    if (!refused.ok) {
      expect(refused.error.message).toContain('2026-09-25 Mid-Autumn Festival');
      expect(refused.error.messageZh).toContain('2026-09-25 中秋节');
    }
    expect(extendCalendar(before2026, { notices: [slip], allowMissingStatutoryDays: true }).ok).toBe(true);
  });
});

describe('Part 7: no silent weekend-only year', () => {
  it('extending with a year that has no holidays is refused unless weekendsOnly is said', () => {
    const silent = extendCalendar(strict, { lastYear: 2027 });
    expect(silent).toMatchObject({ ok: false, error: { code: 'CALENDAR_WEEKEND_ONLY_YEAR', value: 2027 } });
    if (!silent.ok) expect(silent.error.messageZh).toContain('元旦');
    const said = unwrap(extendCalendar(strict, { lastYear: 2027, weekendsOnly: true }));
    expect(unwrap(isWorkingDay('2027-01-01', said))).toBe(true);
    expect(extendCalendar(strict, { notices: [{ year: 2027, holidays: [], adjustedWorkingDays: [] }] })).toMatchObject({ ok: false, error: { code: 'CALENDAR_WEEKEND_ONLY_YEAR' } });
  });

  it('a new year given by hand is checked against the law too', () => {
    const newYearOnly = extendCalendar(strict, { lastYear: 2027, holidays: [{ festival: 'newYear', from: '2027-01-01', to: '2027-01-01' }] });
    expect(newYearOnly).toMatchObject({ ok: false, error: { code: 'CALENDAR_STATUTORY_DAY_MISSING' } });
  });

  it('published years cannot follow provisional ones; provisionalThrough derives more of them instead', () => {
    expect(extendCalendar(before2026, { lastYear: 2031, weekendsOnly: true })).toMatchObject({ ok: false, error: { code: 'CALENDAR_PROVISIONAL_MISMATCH', path: ['additions', 'lastYear'] } });
    const longer = unwrap(extendCalendar(before2026, { provisionalThrough: 2032 }));
    expect(unwrap(calendarCoverage(longer))).toMatchObject({ lastYear: 2032, provisionalFrom: 2026 });
    expect(isWorkingDay('2032-10-01', longer)).toEqual({ ok: true, value: false, provisional: true });
    expect(extendCalendar(before2026, { provisionalThrough: 2030 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['additions', 'provisionalThrough'] } });
    expect(extendCalendar(before2026, { provisionalThrough: 2101 })).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED', path: ['additions', 'provisionalThrough'] } });
    const fromStrict = unwrap(extendCalendar(strict, { provisionalThrough: 2028 }));
    expect(unwrap(calendarCoverage(fromStrict))).toMatchObject({ lastPublishedYear: 2026, provisionalFrom: 2027, lastYear: 2028 });
  });
});

describe('Part 7: published and provisional data never mix (CALENDAR_PROVISIONAL_MISMATCH)', () => {
  const data = JSON.parse(JSON.stringify(cal)) as WorkCalendar;
  it('refuses a derived day in a published year, a published day or an adjusted working day in a provisional year, and provisionalFrom outside the years', () => {
    const codes = (input: unknown) => {
      const r = safeParse(WorkCalendarSchema, input);
      return r.ok ? [] : (r.error.issues ?? [r.error]).map((i) => [i.code, i.path?.join('.')]);
    };
    expect(codes({ ...data, holidays: [...data.holidays, { festival: 'newYear', from: '2026-03-02', to: '2026-03-02', derived: 'makeUp' }] })).toEqual([['CALENDAR_PROVISIONAL_MISMATCH', `holidays.${data.holidays.length}.derived`]]);
    expect(codes({ ...data, holidays: [...data.holidays, { festival: 'newYear', from: '2027-03-02', to: '2027-03-02' }] })).toEqual([['CALENDAR_PROVISIONAL_MISMATCH', `holidays.${data.holidays.length}`]]);
    expect(codes({ ...data, adjustedWorkingDays: [...data.adjustedWorkingDays, { festival: 'springFestival', date: '2027-02-13' }] })).toEqual([['CALENDAR_PROVISIONAL_MISMATCH', `adjustedWorkingDays.${data.adjustedWorkingDays.length}.date`]]);
    expect(codes({ ...data, provisionalFrom: 2101 })[0]).toEqual(['CALENDAR_PROVISIONAL_MISMATCH', 'provisionalFrom']);
    expect(codes(data)).toEqual([]);
  });
});

describe('Part 7: every answer says whether it rests on a guess', () => {
  it('explainDay says why a day is off or worked, and that a provisional year is provisional', () => {
    expect(explainDay('2026-10-10', cal, 'en')).toEqual({
      ok: true,
      value: '2026-10-10 (Saturday) is a working day: adjusted working day (调休上班) for National Day, State Council notice',
      provisional: false,
    });
    const makeUp = explainDay('2027-02-09', cal, 'zh-CN');
    expect(makeUp.ok && makeUp.provisional).toBe(true);
    expect(makeUp.ok && makeUp.value).toContain('第六条补假（推算，暂定）');
    expect(unwrap(explainDay('2027-03-03', cal, 'en'))).toContain('the year is provisional');
    const closed = unwrap(extendCalendar(cal, { closures: [{ from: '2026-03-16', to: '2026-03-16', reason: { zh: '县庆', en: 'County day' } }] }));
    expect(unwrap(explainDay('2026-03-16', closed, 'zh-CN'))).toBe('2026-03-16（星期一）休息：本地停休，县庆');
    expect(explainDay('2101-01-01', cal, 'en')).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED' } });
  });

  it('meetings held in a provisional year say so', () => {
    const meetings = unwrap(occurrences(jiaozuoHalfYearlySymposium, { from: '2026-01-01', to: '2027-12-31' }, cal));
    expect(meetings.map((m) => [m.on, m.provisional])).toEqual([
      ['2026-06-15', false],
      ['2026-12-15', false],
      ['2027-06-15', true],
      ['2027-12-15', true],
    ]);
  });

  it('the ledger marks a deadline in a provisional year 暂定 / provisional, with a note, when given the calendar', () => {
    const late = assigned({ issueId: 'late', date: '2026-12-24', workingDays: 10 });
    const early = assigned({ issueId: 'early', date: '2026-12-01', workingDays: 10 });
    const zh = unwrap(ledgerReport([late, early], { locale: 'zh-CN', calendar: cal }));
    expect(zh.rows.map((r) => r['deadline'])).toEqual(['2026-12-15', '2027-01-08（暂定）']);
    expect(zh.notes.at(-1)?.zh).toContain('1 个办理期限标为“暂定”');
    const en = unwrap(ledgerReport([late], { locale: 'en', calendar: cal }));
    expect(en.rows[0]?.['deadline']).toBe('2027-01-08 (provisional)');
    expect(unwrap(ledgerReport([late], { locale: 'en' })).rows[0]?.['deadline']).toBe('2027-01-08');
    expect(unwrap(ledgerReport([late], { locale: 'en', calendar: strict })).rows[0]?.['deadline']).toBe('2027-01-08');
  });
});
