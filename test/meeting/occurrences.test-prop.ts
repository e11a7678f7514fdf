import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { addWorkingDays, chinaCalendar, isWorkingDay } from '../../src/calendar/index.js';
import {
  defaultMeetingSeries,
  MeetingCadenceUnit,
  occurrences,
  MeetingSeriesSchema,
  type MeetingPeriod,
  type MeetingSeries,
  type Occurrence,
} from '../../src/meeting/index.js';
import { daysFromCivil, fromDayNumber } from '../../src/internal/days.js';

const cal = chinaCalendar;
const FIRST = daysFromCivil(2004, 1, 1);
const LAST = daysFromCivil(2026, 12, 31);

/** The working day a nominal date is held on by a roll rule, computed independently. */
function rolled(date: string, roll: MeetingSeries['cadence']['roll']): string {
  if (unwrap(isWorkingDay(date, cal))) return date;
  return unwrap(addWorkingDays(date, roll === 'nextWorkingDay' ? 1 : -1, cal));
}

/** A period within 2004–2026, at most about three years long. */
const periodArb: fc.Arbitrary<MeetingPeriod> = fc
  .tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 1100 }))
  .map(([from, length]) => ({ from: fromDayNumber(from), to: fromDayNumber(Math.min(LAST, from + length)) }));

/** A default series, or a random one anchored in 2004–2026. */
const seriesArb: fc.Arbitrary<MeetingSeries> = fc.oneof(
  fc.constantFrom(...defaultMeetingSeries),
  fc
    .record({
      anchor: fc.integer({ min: FIRST, max: LAST }),
      unit: fc.constantFrom(...MeetingCadenceUnit.schema.options),
      every: fc.integer({ min: 1, max: 4 }),
      roll: fc.constantFrom('nextWorkingDay', 'previousWorkingDay'),
    })
    .map(({ anchor, ...cadence }) =>
      parse(MeetingSeriesSchema, { ...defaultMeetingSeries[0], id: 'random', cadence: { ...cadence, anchor: fromDayNumber(anchor) } }),
    ),
);

/**
 * The occurrences, or null when the answer depends on days beyond the calendar: only for a period
 * that touches the first or last days of 2004–2026 (a meeting rolled across the calendar's edge).
 */
function listOf(series: MeetingSeries, period: MeetingPeriod): readonly Occurrence[] | null {
  const r = occurrences(series, period, cal);
  if (r.ok) return r.value;
  expect(r.error.code).toBe('CALENDAR_YEAR_NOT_COVERED');
  expect(period.from < '2004-01-15' || period.to > '2026-12-15').toBe(true);
  expect(series.id).toBe('random');
  return null;
}

describe('occurrences (§8, §10)', () => {
  test.prop([seriesArb, periodArb])('every meeting is held on a working day', (series, period) => {
    for (const o of listOf(series, period) ?? []) expect(unwrap(isWorkingDay(o.on, cal))).toBe(true);
  });

  test.prop([seriesArb, periodArb])('meetings are strictly increasing, in both their nominal and their actual dates', (series, period) => {
    const list = listOf(series, period) ?? [];
    for (let i = 1; i < list.length; i++) {
      expect((list[i - 1] as Occurrence).on < (list[i] as Occurrence).on).toBe(true);
      expect((list[i - 1] as Occurrence).scheduledOn < (list[i] as Occurrence).scheduledOn).toBe(true);
    }
  });

  test.prop([seriesArb, periodArb])('each meeting is scheduled in the period and held on the working day its roll rule reaches', (series, period) => {
    for (const o of listOf(series, period) ?? []) {
      expect(o.scheduledOn >= period.from && o.scheduledOn <= period.to).toBe(true);
      expect(o.on).toBe(rolled(o.scheduledOn, series.cadence.roll));
      expect(o.rolled).toBe(o.on !== o.scheduledOn);
      if (series.cadence.roll === 'nextWorkingDay') expect(o.on >= o.scheduledOn).toBe(true);
      else expect(o.on <= o.scheduledOn).toBe(true);
      for (const m of o.merged) expect(rolled(m, series.cadence.roll)).toBe(o.on);
    }
  });

  test.prop([seriesArb, periodArb, fc.double({ min: 0, max: 1, noNaN: true })])(
    'splitting a period splits its meetings: none is lost or listed twice',
    (series, period, at) => {
      const from = daysFromCivil(Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7)), Number(period.from.slice(8)));
      const to = daysFromCivil(Number(period.to.slice(0, 4)), Number(period.to.slice(5, 7)), Number(period.to.slice(8)));
      if (from === to) return;
      const cut = from + Math.floor(at * (to - from - 1));
      const whole = listOf(series, period);
      const left = listOf(series, { from: period.from, to: fromDayNumber(cut) });
      const right = listOf(series, { from: fromDayNumber(cut + 1), to: period.to });
      if (whole === null || left === null || right === null) return;
      expect([...left, ...right]).toEqual(whole);
    },
  );

  test.prop([fc.constantFrom(...defaultMeetingSeries), periodArb])('the five default series never need days beyond the calendar', (series, period) => {
    expect(occurrences(series, period, cal).ok).toBe(true);
  });
});
