/**
 * Part 11 (issue 16), calendar compilation: "A calendar with many closures compiles in time
 * proportional to their total length with no clamping, and every `extendCalendar` result compiles
 * again." Compilation is now O(P + W + D) (periods clamped to the covered years) and an extension
 * compiles from its base's arrays. These laws check that neither shortcut changes an answer: the
 * compiled arrays equal a naive day-by-day reference, and an extension's equal a compile from
 * scratch of the same calendar.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { safeParse, unwrap } from '../../src/index.js';
import { chinaCalendar, extendCalendar, WorkCalendarSchema, type WorkCalendar } from '../../src/calendar/index.js';
import { compiled, type CompiledCalendar } from '../../src/calendar/compiled.js';
import { daysFromCivil, fromDayNumber } from '../../src/internal/days.js';

const reason = { zh: '停电', en: 'Power cut' };

/** The compiled calendar's arrays, as plain values to compare. */
function arrays(c: CompiledCalendar | { code: string }) {
  if ('code' in c) throw new Error(`not compiled: ${c.code}`);
  return {
    start: c.start,
    length: c.length,
    working: Array.from(c.working),
    cumulative: Array.from(c.cumulative),
    workdays: Array.from(c.workdays),
    dates: [...c.dates],
    provisionalStart: c.provisionalStart,
  };
}

/** The same calendar as a fresh object (never seen, so compiled from scratch). */
const fresh = (cal: WorkCalendar): WorkCalendar => unwrap(safeParse(WorkCalendarSchema, JSON.parse(JSON.stringify(cal))));

/**
 * The naive reference: each covered day looked at on its own — off when any period covers it
 * (each period walked day by day into a Set), worked when adjusted, else by its weekday (from
 * `Date`, not from qinqing's day arithmetic).
 */
function naive(cal: WorkCalendar): ReturnType<typeof arrays> {
  const start = daysFromCivil(cal.firstYear, 1, 1);
  const length = daysFromCivil(cal.lastYear + 1, 1, 1) - start;
  const off = new Set<string>();
  for (const p of [...cal.holidays, ...cal.closures]) {
    for (let d = new Date(`${p.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= p.to; d.setUTCDate(d.getUTCDate() + 1)) off.add(d.toISOString().slice(0, 10));
  }
  const adjusted = new Set(cal.adjustedWorkingDays.map((w) => w.date));
  const dates: string[] = [];
  const working: number[] = [];
  const cumulative: number[] = [];
  const workdays: number[] = [];
  for (let i = 0; i < length; i++) {
    const d = new Date(Date.UTC(cal.firstYear, 0, 1 + i));
    const date = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    const w = adjusted.has(date) || (!off.has(date) && !cal.weekendDays.includes(weekday)) ? 1 : 0;
    dates.push(date);
    working.push(w);
    if (w === 1) workdays.push(i);
    cumulative.push(workdays.length);
  }
  const provisionalStart = cal.provisionalFrom === null ? length : daysFromCivil(cal.provisionalFrom, 1, 1) - start;
  return { start, length, working, cumulative, workdays, dates, provisionalStart };
}

/** A period within [lo, hi] (day numbers), of any length up to the whole range. */
const period = (lo: number, hi: number) =>
  fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi })).map(([a, b]) => ({ from: fromDayNumber(Math.min(a, b)), to: fromDayNumber(Math.max(a, b)) }));

/** A random valid calendar of 1–3 years: holidays, closures (overlapping, long or short), adjusted days off no period, any weekend. */
const calendar = fc
  .record({
    firstYear: fc.integer({ min: 2018, max: 2024 }),
    years: fc.integer({ min: 1, max: 3 }),
    weekendDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
    seed: fc.infiniteStream(fc.integer({ min: 0, max: 2_000_000 })),
  })
  .chain(({ firstYear, years, weekendDays }) => {
    const lastYear = firstYear + years - 1;
    const lo = daysFromCivil(firstYear, 1, 1);
    const hi = daysFromCivil(lastYear + 1, 1, 1) - 1;
    return fc
      .record({
        holidays: fc.array(period(lo, hi).map((p) => ({ ...p, festival: 'newYear' as const })), { maxLength: 6 }),
        closures: fc.array(period(lo, hi).map((p) => ({ ...p, reason })), { maxLength: 20 }),
        adjusted: fc.uniqueArray(fc.integer({ min: lo, max: hi }), { maxLength: 6 }),
      })
      .map(({ holidays, closures, adjusted }) => {
        const covered = (day: number) => [...holidays, ...closures].some((p) => p.from <= fromDayNumber(day) && fromDayNumber(day) <= p.to);
        return unwrap(
          safeParse(WorkCalendarSchema, {
            name: { zh: '随机', en: 'Random' },
            firstYear,
            lastYear,
            weekendDays,
            holidays,
            closures,
            adjustedWorkingDays: adjusted.filter((d) => !covered(d)).map((d) => ({ festival: 'newYear', date: fromDayNumber(d) })),
          }),
        );
      });
  });

describe('Part 11 (issue 16): calendar compilation laws', () => {
  test.prop([calendar])('the compiled arrays equal a naive day-by-day reference, whatever the periods overlap or span', (cal) => {
    expect(arrays(compiled(fresh(cal)))).toEqual(naive(cal));
  });

  test.prop([calendar, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 400 })), { maxLength: 8 })])(
    'an extendCalendar result compiled from its base equals the same calendar compiled from scratch',
    (base, before, after, spans) => {
      compiled(base); // the base is compiled first, as an app's would be
      const firstYear = base.firstYear - before;
      const lastYear = base.lastYear + after;
      const lo = daysFromCivil(firstYear, 1, 1);
      const hi = daysFromCivil(lastYear + 1, 1, 1) - 1;
      const closures = spans.map(([a, n]) => ({ from: fromDayNumber(Math.min(hi, lo + a)), to: fromDayNumber(Math.min(hi, lo + a + n)), reason }));
      const ext = extendCalendar(base, { firstYear, lastYear, closures, weekendsOnly: true, allowMissingStatutoryDays: true });
      if (!ext.ok) {
        expect(JSON.stringify(ext.error)).toContain('CALENDAR_CONFLICT'); // a closure over one of the base's adjusted working days
        return;
      }
      expect(arrays(compiled(ext.value))).toEqual(arrays(compiled(fresh(ext.value))));
      expect(arrays(compiled(ext.value))).toEqual(naive(ext.value));
    },
  );

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 30 })), { maxLength: 6 })], { numRuns: 15 })(
    'a notice that replaces a provisional year, compiled from the base, equals a compile from scratch',
    (spans) => {
      const lo = daysFromCivil(2027, 1, 1);
      const holidays = spans.map(([a, n]) => ({ festival: 'springFestival' as const, from: fromDayNumber(lo + a), to: fromDayNumber(Math.min(lo + 364, lo + a + n)) }));
      const ext = unwrap(extendCalendar(chinaCalendar, { notices: [{ year: 2027, holidays, adjustedWorkingDays: [] }], allowMissingStatutoryDays: true, weekendsOnly: true }));
      expect(arrays(compiled(ext))).toEqual(arrays(compiled(fresh(ext))));
    },
  );
});

describe('Part 11 (issue 16): an extendCalendar result reuses its compiled base', () => {
  it('an extension that only adds closures shares its base’s dates instead of formatting them again', () => {
    const base = compiled(chinaCalendar);
    const ext = unwrap(extendCalendar(chinaCalendar, { closures: [{ from: '2026-03-16', to: '2026-03-18', reason }] }));
    const c = compiled(ext);
    if ('code' in base || 'code' in c) throw new Error('not compiled');
    expect(c.dates).toBe(base.dates);
    expect(Array.from(c.working.subarray(c.length - 366 * 5))).toEqual(Array.from(base.working.subarray(base.length - 366 * 5)));
    expect(c.calendar).toBe(ext);
  });

  it('a closure spanning every covered year costs one entry, and gives the same answers as the naive reference', () => {
    const ext = unwrap(extendCalendar(chinaCalendar, { closures: [{ from: '2030-01-01', to: '2100-12-31', reason }], allowMissingStatutoryDays: true }));
    expect(arrays(compiled(ext))).toEqual(naive(ext));
  });
});
