import type { DomainError, ErrorPath } from '../core/errors.js';
import { daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from '../internal/days.js';
import { ObjectMemo } from '../internal/memo.js';
import { argumentError, safeParseWith } from '../internal/parse.js';
import { WorkCalendarSchema, type WorkCalendar } from './schema.js';

/** A calendar compiled into per-day arrays over its covered years, for O(1) working-day arithmetic. */
export interface CompiledCalendar {
  /**
   * The calendar as checked: {@link WorkCalendarSchema}'s output (defaults filled in, deeply
   * frozen). Calendar functions read this, never the app's object again, so that what they read is
   * what was checked.
   */
  readonly calendar: WorkCalendar;
  /** Day number of 1 January of the first covered year. */
  readonly start: number;
  /** Number of covered days. */
  readonly length: number;
  /** 1 when the covered day at that offset is a working day. */
  readonly working: Uint8Array;
  /** Working days in [start, start + offset], inclusive. */
  readonly cumulative: Int32Array;
  /** Offsets of the working days, in order: the k-th working day (0-based) is at `workdays[k]`. */
  readonly workdays: Int32Array;
  /** `YYYY-MM-DD` of each covered day, so results need no formatting. */
  readonly dates: readonly string[];
  /** Offset of 1 January of the first provisional year (`length` when every year is published). */
  readonly provisionalStart: number;
}

/**
 * Each calendar seen, compiled, or the problem that keeps it from being compiled (path from the
 * calendar); kept only while the calendar object is unchanged (a mutated one is checked again).
 */
const cache = /* @__PURE__ */ (() => new ObjectMemo<CompiledCalendar | DomainError>())();

/**
 * For each covered day (offset from `start`), how many of the periods cover it: one pass over the
 * periods (a difference array) and one over the days, whatever the periods' lengths and overlaps.
 * The periods lie within the covered years ({@link WorkCalendarSchema} checks it); ends outside are
 * clamped.
 */
export function coverCounts(periods: readonly { readonly from: string; readonly to: string }[], start: number, length: number): Int32Array {
  const diff = new Int32Array(length + 1);
  for (const p of periods) {
    const a = Math.max(0, toDayNumber(p.from) - start);
    const b = Math.min(length - 1, toDayNumber(p.to) - start);
    if (!(a <= b)) continue;
    diff[a] = (diff[a] as number) + 1;
    diff[b + 1] = (diff[b + 1] as number) - 1;
  }
  let run = 0;
  for (let i = 0; i < length; i++) {
    run += diff[i] as number;
    diff[i] = run;
  }
  return diff.subarray(0, length);
}

function compile(cal: WorkCalendar): CompiledCalendar {
  const start = daysFromCivil(cal.firstYear, 1, 1);
  const length = daysFromCivil(cal.lastYear + 1, 1, 1) - start;
  const working = new Uint8Array(length);
  const weekend = new Set(cal.weekendDays);
  const off = coverCounts([...cal.holidays, ...cal.closures], start, length);
  for (let i = 0; i < length; i++) working[i] = off[i] !== 0 || weekend.has(isoWeekday(start + i)) ? 0 : 1;
  for (const w of cal.adjustedWorkingDays) working[toDayNumber(w.date) - start] = 1;
  const cumulative = new Int32Array(length);
  const offsets: number[] = [];
  let count = 0;
  for (let i = 0; i < length; i++) {
    if (working[i] === 1) {
      count++;
      offsets.push(i);
    }
    cumulative[i] = count;
  }
  const dates = Array.from({ length }, (_, i) => fromDayNumber(start + i));
  const provisionalStart = cal.provisionalFrom === null ? length : daysFromCivil(cal.provisionalFrom, 1, 1) - start;
  return { calendar: cal, start, length, working, cumulative, workdays: Int32Array.from(offsets), dates, provisionalStart };
}

/**
 * The compiled form of a calendar, built once per calendar object while it is unchanged (calendars
 * are immutable data; a deeply frozen one is looked up in O(1), any other is compared with what it
 * held when compiled, and compiled again when it changed),
 * or, for a calendar that {@link WorkCalendarSchema} refuses (built by hand with impossible dates,
 * reversed years, a fractional weekday, …), the problem with it as a {@link DomainError} whose
 * path starts at `at`, the caller's name for the calendar (`['calendar']`, `['context', 'calendar']`).
 */
export function compiled(cal: WorkCalendar, at: ErrorPath = ['calendar']): CompiledCalendar | DomainError {
  let c = cache.get(cal);
  if (c === undefined) {
    const checked = safeParseWith(WorkCalendarSchema, cal);
    c = checked.ok ? compile(checked.value) : checked.error;
    cache.set(cal, c);
    if (checked.ok) cache.set(checked.value, c); // the checked calendar is deeply frozen: looked up in O(1) from now on
  }
  return 'code' in c ? argumentError(c, at, { en: 'a valid working-day calendar', zh: '有效的工作日历' }) : c;
}

/** The problem of a calendar an app passed at `at`, or null when it is a valid one (checked once per calendar object while it is unchanged). */
export function calendarProblem(cal: WorkCalendar, at: ErrorPath): DomainError | null {
  const c = compiled(cal, at);
  return 'code' in c ? c : null;
}

/**
 * The calendar as checked — deeply frozen, so that every later call looks it up in O(1) — or the
 * app's own object when it is not valid (the calls then return its error under `calendar`). For a
 * function that calls the calendar functions many times (once per meeting, visit or issue): a
 * mutable calendar the app built by hand is then compared with its compiled form once, not on
 * every call.
 */
export function checkedCalendar(cal: WorkCalendar): WorkCalendar {
  const c = compiled(cal);
  return 'code' in c ? cal : c.calendar;
}
