import type { DomainError, ErrorPath } from '../core/errors.js';
import { daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from '../internal/days.js';
import { argumentError, safeParseWith } from '../internal/parse.js';
import { WorkCalendarSchema, type WorkCalendar } from './schema.js';

/** A calendar compiled into per-day arrays over its covered years, for O(1) working-day arithmetic. */
export interface CompiledCalendar {
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

/** Each calendar seen, compiled, or the problem that keeps it from being compiled (path from the calendar). */
const cache = /* @__PURE__ */ (() => new WeakMap<WorkCalendar, CompiledCalendar | DomainError>())();

function compile(cal: WorkCalendar): CompiledCalendar {
  const start = daysFromCivil(cal.firstYear, 1, 1);
  const length = daysFromCivil(cal.lastYear + 1, 1, 1) - start;
  const working = new Uint8Array(length);
  const weekend = new Set(cal.weekendDays);
  for (let i = 0; i < length; i++) working[i] = weekend.has(isoWeekday(start + i)) ? 0 : 1;
  for (const p of [...cal.holidays, ...cal.closures]) {
    for (let d = toDayNumber(p.from); d <= toDayNumber(p.to); d++) working[d - start] = 0;
  }
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
  return { start, length, working, cumulative, workdays: Int32Array.from(offsets), dates, provisionalStart };
}

/**
 * The compiled form of a calendar, built once per calendar object (calendars are immutable data),
 * or, for a calendar that {@link WorkCalendarSchema} refuses (built by hand with impossible dates,
 * reversed years, a fractional weekday, …), the problem with it as a {@link DomainError} whose
 * path starts at `at`, the caller's name for the calendar (`['calendar']`, `['context', 'calendar']`).
 * Each calendar object is checked once.
 */
export function compiled(cal: WorkCalendar, at: ErrorPath = ['calendar']): CompiledCalendar | DomainError {
  let c = cache.get(cal);
  if (c === undefined) {
    const checked = safeParseWith(WorkCalendarSchema, cal);
    c = checked.ok ? compile(checked.value) : checked.error;
    cache.set(cal, c);
  }
  return 'code' in c ? argumentError(c, at, { en: 'a valid working-day calendar', zh: '有效的工作日历' }) : c;
}

/** The problem of a calendar an app passed at `at`, or null when it is a valid one (checked once per calendar object). */
export function calendarProblem(cal: WorkCalendar, at: ErrorPath): DomainError | null {
  const c = compiled(cal, at);
  return 'code' in c ? c : null;
}
