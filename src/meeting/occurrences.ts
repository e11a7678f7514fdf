import type { WorkCalendar } from '../calendar/schema.js';
import { checkedCalendar } from '../calendar/compiled.js';
import { addWorkingDays, isWorkingDay, type CalendarResult } from '../calendar/working-days.js';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { civilFromDays, daysFromCivil, fromDayNumber, toDayNumber } from '../internal/days.js';
import type { MeetingCadence, MeetingKind, MeetingSeries } from './schema.js';

/**
 * A period of local dates, both ends included.
 *
 * @category Meeting
 */
export interface MeetingPeriod {
  /** The first day of the period, `YYYY-MM-DD`. */
  readonly from: CalendarDate;
  /** The last day of the period, `YYYY-MM-DD`. */
  readonly to: CalendarDate;
}

/**
 * One meeting of a series: its nominal date by the cadence and the working day it is held on.
 *
 * @category Meeting
 */
export interface Occurrence {
  /** The series. */
  readonly seriesId: Id;
  /** The kind of meeting. */
  readonly kind: MeetingKind;
  /** The nominal date by the cadence. */
  readonly scheduledOn: CalendarDate;
  /** The working day it is held on: `scheduledOn`, or where the roll rule moved it. */
  readonly on: CalendarDate;
  /** Whether it was moved off a day off (`on !== scheduledOn`). */
  readonly rolled: boolean;
  /**
   * The nominal dates of other meetings of the series that a long break rolled onto the same working
   * day, held together with this one; usually empty. With `'nextWorkingDay'` they are earlier than
   * `scheduledOn` (a meeting is held with the next one), with `'previousWorkingDay'` later.
   */
  readonly merged: readonly CalendarDate[];
  /**
   * Whether the day it is held on rests on a provisional year of the calendar (暂定: days off
   * derived from the law while the State Council's notice is awaited); the date may still move.
   */
  readonly provisional: boolean;
}

const MONTHS = { month: 1, quarter: 3, halfYear: 6 } as const;

function badArgument(en: string, zh: string, path: readonly (string | number)[], value: unknown): Result<never> {
  return err(domainError('INVALID_ARGUMENT', { en, zh, path, value }));
}

function badDate(value: unknown, path: readonly (string | number)[]): Result<never> {
  const name = path.join('.');
  return err(
    domainError('INVALID_DATE', {
      en: `${name} must be a real date in the form YYYY-MM-DD; received ${JSON.stringify(value)}.`,
      zh: `${name} 应为 YYYY-MM-DD 格式的有效日期，实际为 ${JSON.stringify(value)}。`,
      path,
      value,
    }),
  );
}

/** The day number of a date string, or NaN. */
const dayOf = (value: unknown): number => (typeof value === 'string' ? toDayNumber(value) : NaN);

/** The nominal dates of a cadence as a function of the meeting's index (0: the anchor). */
function nominal(c: MeetingCadence, anchor: number): (k: number) => number {
  if (c.unit === 'week') {
    const stride = 7 * c.every;
    return (k) => anchor + stride * k;
  }
  const [ay, am, ad] = civilFromDays(anchor);
  const base = ay * 12 + am - 1;
  const stride = c.every * MONTHS[c.unit];
  return (k) => {
    const t = base + stride * k;
    const y = Math.floor(t / 12);
    const m = t - 12 * y + 1;
    const first = daysFromCivil(y, m, 1);
    const length = (m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1)) - first;
    return first + Math.min(ad, length) - 1;
  };
}

/** The index of the first nominal date on or after `from` (0 when the series starts later). */
function firstIndex(c: MeetingCadence, anchor: number, at: (k: number) => number, from: number): number {
  if (from <= anchor) return 0;
  if (c.unit === 'week') return Math.ceil((from - anchor) / (7 * c.every));
  const [fy, fm] = civilFromDays(from);
  const [ay, am] = civilFromDays(anchor);
  let k = Math.floor((fy * 12 + fm - (ay * 12 + am)) / (c.every * MONTHS[c.unit]));
  while (at(k) < from) k++;
  return k;
}

/**
 * A calendar answer about a day the series and the period ask for: a day the calendar does not
 * cover is blamed on `period` (the calendar functions name their own `date`); a problem of the
 * calendar itself stays under `calendar`.
 */
function inPeriod<T>(r: CalendarResult<T>): CalendarResult<T> {
  return r.ok || r.error.path?.[0] === 'calendar' ? r : { ok: false, error: { ...r.error, path: ['period'] } };
}

/** Whether the day is a working day, or the calendar's error. */
function working(day: number, calendar: WorkCalendar): CalendarResult<boolean> {
  return inPeriod(isWorkingDay(fromDayNumber(day), calendar));
}

/** The working day a nominal date is held on by the roll rule, or the calendar's error. */
function roll(day: number, c: MeetingCadence, calendar: WorkCalendar): CalendarResult<number> {
  const date = fromDayNumber(day);
  const w = inPeriod(isWorkingDay(date, calendar));
  if (!w.ok) return w;
  if (w.value) return { ok: true, value: day, provisional: w.provisional };
  const moved = inPeriod(addWorkingDays(date, c.roll === 'nextWorkingDay' ? 1 : -1, calendar));
  return moved.ok ? { ok: true, value: toDayNumber(moved.value), provisional: moved.provisional } : moved;
}

/** Meetings rolled onto one working day: their nominal dates, ascending, that day, and whether a roll rested on a provisional year. */
interface Group {
  readonly members: number[];
  readonly on: number;
  provisional: boolean;
}

/**
 * Every meeting of a series scheduled in a period, each moved onto a working day by the series'
 * roll rule (a meeting on a day off is held on the next working day, or with `'previousWorkingDay'`
 * on the previous one). A meeting belongs to the period of its nominal date. When a long break rolls
 * two meetings onto the same working day they are held as one, listed once with the other's date in
 * `merged` — under the period of the nominal date it is kept under (the later one for
 * `'nextWorkingDay'`, the earlier one for `'previousWorkingDay'`), so that consecutive periods never
 * list a meeting twice. The `on` dates are strictly increasing. Pure integer day arithmetic: the same
 * in every time zone.
 *
 * Bounded for any input: a series meets at most weekly, and every meeting must fall in a year the
 * calendar covers (at most 1900–2200), so a call lists at most about 15,700 meetings and stops at
 * the first day the calendar does not cover (`npm run bench -- hostile`).
 *
 * @param series - The series (validated: see {@link MeetingSeriesSchema}).
 * @param period - The period, both ends included.
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @returns The meetings in date order, or `INVALID_DATE` / `INVALID_ARGUMENT` (with the path of the
 *   bad date or period), or `CALENDAR_YEAR_NOT_COVERED` (path `['period']`) when a meeting's day
 *   depends on days the calendar does not cover.
 * @example
 * ```ts
 * const r = occurrences(jiaozuoHalfYearlySymposium, { from: '2026-01-01', to: '2026-12-31' }, chinaCalendar);
 * r.ok && r.value.map((o) => o.on); // ['2026-06-15', '2026-12-15']
 * ```
 * @category Meeting
 */
export function occurrences(series: MeetingSeries, period: MeetingPeriod, calendar: WorkCalendar): Result<readonly Occurrence[]> {
  if (period === null || typeof period !== 'object') {
    return badArgument('period must be an object { from, to }.', 'period 应为 { from, to } 对象。', ['period'], period);
  }
  const from = dayOf(period.from);
  if (Number.isNaN(from)) return badDate(period.from, ['period', 'from']);
  const to = dayOf(period.to);
  if (Number.isNaN(to)) return badDate(period.to, ['period', 'to']);
  if (from > to) {
    return badArgument(
      `The period must not end (${period.to}) before it starts (${period.from}).`,
      `期间的结束日期 ${period.to} 早于开始日期 ${period.from}。`,
      ['period'],
      period,
    );
  }
  const c = series.cadence;
  // A series built by hand (not through MeetingSeriesSchema) with `every` 0, negative, fractional
  // or NaN would never step forward: refuse it as the schema does.
  if (!Number.isInteger(c.every) || c.every < 1 || c.every > 120) {
    return badArgument(
      `series.cadence.every must be a whole number from 1 to 120, not ${String(c.every)}.`,
      `series.cadence.every 应为 1 至 120 的整数，实际为 ${String(c.every)}。`,
      ['series', 'cadence', 'every'],
      c.every,
    );
  }
  const anchor = dayOf(c.anchor);
  if (Number.isNaN(anchor)) return badDate(c.anchor, ['series', 'cadence', 'anchor']);
  const until = c.until === null ? Infinity : dayOf(c.until);
  if (Number.isNaN(until)) return badDate(c.until, ['series', 'cadence', 'until']);

  const cal = checkedCalendar(calendar); // checked once here, then looked up in O(1) per meeting
  const at = nominal(c, anchor);
  const exists = (k: number): boolean => k >= 0 && at(k) <= until;
  const last = Math.min(to, until);
  const kFirst = firstIndex(c, anchor, at, from);
  const groups: Group[] = [];
  let k = kFirst;
  for (let s = at(k); s <= last; s = at(++k)) {
    const r = roll(s, c, cal);
    if (!r.ok) return r;
    const g = groups[groups.length - 1];
    if (g !== undefined && g.on === r.value) {
      g.members.push(s);
      g.provisional ||= r.provisional;
    } else groups.push({ members: [s], on: r.value, provisional: r.provisional });
  }
  const next = c.roll === 'nextWorkingDay';

  // The edges: meetings outside the period rolled onto the same day as one inside it.
  if (next) {
    // The last group is held with the next meeting when it rolled onto or past that meeting's date.
    const g = groups[groups.length - 1];
    if (g !== undefined && exists(k) && g.on >= at(k)) groups.pop();
    // Earlier meetings roll onto the first group's day when no working day lies between.
    const first = groups[0];
    if (first !== undefined) {
      const absorbed: number[] = [];
      let d = (first.members[0] as number) - 1;
      scan: for (let j = kFirst - 1; j >= 0; j--) {
        const p = at(j);
        for (; d >= p; d--) {
          const w = working(d, cal);
          if (!w.ok) return w;
          first.provisional ||= w.provisional;
          if (w.value) break scan;
        }
        absorbed.push(p);
      }
      first.members.unshift(...absorbed.reverse());
    }
  } else {
    // The first group is held with the previous meeting when it rolled back onto or before its date.
    const g = groups[0];
    if (g !== undefined && kFirst > 0 && g.on <= at(kFirst - 1)) groups.shift();
    // Later meetings roll back onto the last group's day when no working day lies between.
    const lastGroup = groups[groups.length - 1];
    if (lastGroup !== undefined) {
      let d = (lastGroup.members[lastGroup.members.length - 1] as number) + 1;
      scan: for (let j = k; exists(j); j++) {
        const n = at(j);
        for (; d <= n; d++) {
          const w = working(d, cal);
          if (!w.ok) return w;
          lastGroup.provisional ||= w.provisional;
          if (w.value) break scan;
        }
        lastGroup.members.push(n);
      }
    }
  }

  return ok(
    groups.map((g) => {
      const kept = next ? (g.members[g.members.length - 1] as number) : (g.members[0] as number);
      const merged = (next ? g.members.slice(0, -1) : g.members.slice(1)).map(fromDayNumber);
      return { seriesId: series.id, kind: series.kind, scheduledOn: fromDayNumber(kept), on: fromDayNumber(g.on), rolled: g.on !== kept, merged, provisional: g.provisional };
    }),
  );
}
