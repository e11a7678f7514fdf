import { daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from '../internal/days.js';
import type { WorkCalendar } from './schema.js';

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

const cache = /* @__PURE__ */ (() => new WeakMap<WorkCalendar, CompiledCalendar>())();

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

/** The compiled form of a calendar, built once per calendar object (calendars are immutable data). */
export function compiled(cal: WorkCalendar): CompiledCalendar {
  let c = cache.get(cal);
  if (c === undefined) {
    c = compile(cal);
    cache.set(cal, c);
  }
  return c;
}
