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
 * periods (a difference array) and one over the days, whatever the periods' lengths and overlaps —
 * O(P + D) for P periods over D covered days, never their total length. Each period is clamped to
 * the covered days first (an end outside costs nothing; a period wholly outside is skipped), so a
 * closure of 300 years costs what a closure of one day costs.
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

/** A period of days: holidays and closures alike. */
type Period = { readonly from: string; readonly to: string };

/**
 * How {@link extendCalendar} made a calendar from a compiled one: the base, the periods it added,
 * and the periods of the base it dropped (the derived days of a provisional year that a notice
 * replaced). The result is {@link WorkCalendarSchema}'s own frozen output, already checked.
 */
interface Extension {
  readonly base: CompiledCalendar;
  readonly added: readonly Period[];
  readonly removed: readonly Period[];
}

/**
 * Each {@link extendCalendar} result not yet compiled, with its base: compiled from the base's
 * arrays instead of from scratch, then forgotten. Keyed by the result object, so nothing is kept
 * once the app drops it and nothing passes from one calendar to another.
 */
const extensions = /* @__PURE__ */ (() => new WeakMap<WorkCalendar, Extension>())();

/**
 * Records that `result` (the checked, frozen output of {@link WorkCalendarSchema}) extends the
 * compiled `base` by the periods `added`, without the periods `removed`; its first use then
 * compiles it incrementally. Internal: for {@link extendCalendar}.
 */
export function recordExtension(result: WorkCalendar, base: CompiledCalendar, added: readonly Period[], removed: readonly Period[]): void {
  extensions.set(result, { base, added, removed });
}

/** The arrays that follow from the working days: running counts, working-day offsets, dates. */
function finish(cal: WorkCalendar, start: number, length: number, working: Uint8Array, dates: readonly string[]): CompiledCalendar {
  const cumulative = new Int32Array(length);
  const offsets = new Int32Array(length);
  let count = 0;
  for (let i = 0; i < length; i++) {
    if (working[i] === 1) offsets[count++] = i;
    cumulative[i] = count;
  }
  const provisionalStart = cal.provisionalFrom === null ? length : daysFromCivil(cal.provisionalFrom, 1, 1) - start;
  return { calendar: cal, start, length, working, cumulative, workdays: offsets.slice(0, count), dates, provisionalStart };
}

/** The covered range of a calendar: day number of its first day, and its number of days. */
function range(cal: WorkCalendar): { readonly start: number; readonly length: number } {
  const start = daysFromCivil(cal.firstYear, 1, 1);
  return { start, length: daysFromCivil(cal.lastYear + 1, 1, 1) - start };
}

/** 1 for a working day by the weekend rule alone, for the covered days [from, to). */
function weekdays(working: Uint8Array, start: number, from: number, to: number, weekend: ReadonlySet<number>): void {
  for (let i = from; i < to; i++) working[i] = weekend.has(isoWeekday(start + i)) ? 0 : 1;
}

/**
 * Compiles a checked calendar from scratch in O(P + W + D): P holiday and closure periods (each
 * clamped to the covered years, see {@link coverCounts}), W adjusted working days, D covered days
 * (at most 301 years, 110,000 days).
 */
function compile(cal: WorkCalendar): CompiledCalendar {
  const { start, length } = range(cal);
  const working = new Uint8Array(length);
  const weekend = new Set(cal.weekendDays);
  weekdays(working, start, 0, length, weekend);
  const off = coverCounts([...cal.holidays, ...cal.closures], start, length);
  for (let i = 0; i < length; i++) if (off[i] !== 0) working[i] = 0;
  for (const w of cal.adjustedWorkingDays) working[toDayNumber(w.date) - start] = 1;
  return finish(cal, start, length, working, Array.from({ length }, (_, i) => fromDayNumber(start + i)));
}

/**
 * Compiles an {@link extendCalendar} result from its compiled base: the base's working days and
 * dates are copied, the weekend rule is applied to the new years only, the added periods are
 * laid over, and only the days of dropped periods are worked out again. O(A + W + D) for A added
 * periods, plus O(P) when the extension dropped periods (a notice replacing a provisional year);
 * the same result as {@link compile} (adjusted working days never lie in a period off, which the
 * schema checks, so laying periods over the base's days is exact).
 */
function compileExtension(cal: WorkCalendar, ext: Extension): CompiledCalendar {
  const { start, length } = range(cal);
  const { base } = ext;
  const shift = base.start - start; // the base's first day, as an offset of the result (≥ 0)
  const working = new Uint8Array(length);
  const weekend = new Set(cal.weekendDays);
  weekdays(working, start, 0, shift, weekend);
  working.set(base.working, shift);
  weekdays(working, start, shift + base.length, length, weekend);
  if (ext.removed.length > 0) {
    const dirty = coverCounts(ext.removed, start, length);
    const off = coverCounts([...cal.holidays, ...cal.closures], start, length);
    for (let i = 0; i < length; i++) if (dirty[i] !== 0) working[i] = off[i] !== 0 || weekend.has(isoWeekday(start + i)) ? 0 : 1;
  }
  if (ext.added.length > 0) {
    const added = coverCounts(ext.added, start, length);
    for (let i = 0; i < length; i++) if (added[i] !== 0) working[i] = 0;
  }
  for (const w of cal.adjustedWorkingDays) working[toDayNumber(w.date) - start] = 1;
  const dates =
    shift === 0 && length === base.length
      ? base.dates
      : Array.from({ length }, (_, i) => (i >= shift && i < shift + base.length ? (base.dates[i - shift] as string) : fromDayNumber(start + i)));
  return finish(cal, start, length, working, dates);
}

/**
 * The compiled form of a calendar, built once per calendar object while it is unchanged (calendars
 * are immutable data; a deeply frozen one is looked up in O(1), any other is compared with what it
 * held when compiled, and compiled again when it changed),
 * or, for a calendar that {@link WorkCalendarSchema} refuses (built by hand with impossible dates,
 * reversed years, a fractional weekday, …), the problem with it as a {@link DomainError} whose
 * path starts at `at`, the caller's name for the calendar (`['calendar']`, `['context', 'calendar']`).
 *
 * Bounds (Part 11): checking is O(V log V) in the calendar's V values (the conflict check sorts and
 * sweeps); compiling is O(P + W + D) for P holiday and closure periods, W adjusted working days and
 * D covered days — each period clamped to the covered years, never its length. An
 * {@link extendCalendar} result is not checked again and is compiled from its base's arrays.
 */
export function compiled(cal: WorkCalendar, at: ErrorPath = ['calendar']): CompiledCalendar | DomainError {
  let c = cache.get(cal);
  const ext = c === undefined ? extensions.get(cal) : undefined;
  if (ext !== undefined) {
    c = compileExtension(cal, ext); // the schema's own output: checked already
    cache.set(cal, c);
    extensions.delete(cal);
  } else if (c === undefined) {
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
