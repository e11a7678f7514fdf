/**
 * Plumbing of the testing kit, not exported from its barrel: a tape of choices drawn by fast-check,
 * and date and instant arithmetic on day numbers that does not depend on the machine's time zone.
 */
import * as fc from 'fast-check';
import type { WorkCalendar } from '../calendar/schema.js';
import { fromDayNumber, toDayNumber } from '../internal/days.js';
import { instantAt } from '../internal/instant.js';

/**
 * A tape of whole numbers drawn by fast-check, read one choice at a time. A choice among `n` is the
 * next number modulo `n`, and a spent tape reads 0: when fast-check shrinks the numbers towards 0,
 * every choice shrinks towards the first option, so a failing case shrinks to a simple one.
 */
export class Tape {
  private i = 0;
  constructor(private readonly values: readonly number[]) {}

  /** A whole number from 0 to `n - 1`. */
  pick(n: number): number {
    const v = this.values[this.i++] ?? 0;
    return n <= 1 ? 0 : v % n;
  }

  /** One of the items (which must not be empty). */
  one<T>(items: readonly T[]): T {
    return items[this.pick(items.length)] as T;
  }

  /** True now and then: once in `n` draws on average (false when shrunk). */
  chance(n: number): boolean {
    return this.pick(n) === n - 1;
  }
}

/** How many choices one tape holds: more than any one command or entity needs. */
const TAPE_LENGTH = 24;

/**
 * The arbitrary of the numbers of a tape. It yields plain numbers, not a {@link Tape}: a tape is
 * read once, so each mapping makes its own (fast-check reuses generated values while shrinking).
 */
export const tapeArb: fc.Arbitrary<readonly number[]> = fc.array(fc.nat({ max: 0xffff }), { minLength: TAPE_LENGTH, maxLength: TAPE_LENGTH });

/** Milliseconds in a minute and in a day. */
export const MINUTE = 60_000;
const DAY = 86_400_000;

/** The day number of a date the caller vouches for; throws a plain Error (a programmer error) otherwise. */
export function dayOf(date: string, name: string): number {
  const d = toDayNumber(date);
  if (Number.isNaN(d)) throw new Error(`qinqing/testing: ${name} must be a real date YYYY-MM-DD; received ${JSON.stringify(date)}.`);
  return d;
}

/** The first and last day numbers a calendar covers. */
export function coveredDays(calendar: WorkCalendar): readonly [number, number] {
  return [dayOf(`${String(calendar.firstYear).padStart(4, '0')}-01-01`, 'firstYear'), dayOf(`${String(calendar.lastYear).padStart(4, '0')}-12-31`, 'lastYear')];
}

/**
 * The day numbers from `from` to `to` (dates, both optional) within the calendar's years; throws
 * when the range is empty or leaves the calendar.
 */
export function dayRange(calendar: WorkCalendar, from: string | undefined, to: string | undefined): readonly [number, number] {
  const [first, last] = coveredDays(calendar);
  const a = from === undefined ? first : dayOf(from, 'from');
  const b = to === undefined ? last : dayOf(to, 'to');
  if (a < first || a > last || b < first || b > last) {
    throw new Error(
      `qinqing/testing: the dates ${fromDayNumber(a)}…${fromDayNumber(b)} leave the years ${calendar.firstYear}–${calendar.lastYear} that the calendar "${calendar.name.en}" covers.`,
    );
  }
  if (a > b) throw new Error(`qinqing/testing: the range ends (${fromDayNumber(b)}) before it starts (${fromDayNumber(a)}).`);
  return [a, b];
}

export { fromDayNumber, toDayNumber };

export { instantAt };

/** The instant (ms) of a local time of day (`minutes` after midnight) on a day number, at an offset. */
export function msOfLocal(day: number, minutes: number, offsetMinutes: number): number {
  return day * DAY + (minutes - offsetMinutes) * MINUTE;
}

/** The local day number of an instant (ms) at an offset. */
export function localDayOf(ms: number, offsetMinutes: number): number {
  return Math.floor((ms + offsetMinutes * MINUTE) / DAY);
}

export { sameData } from '../internal/compare.js';
