import { localDateOf } from '../calendar/working-days.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import type { CalendarDate, Instant } from '../core/schema.js';

/** The local date of an instant; the common `+08:00` case without parsing. */
export function localDay(at: Instant, offsetMinutes: number): Result<CalendarDate> {
  if (offsetMinutes === 480 && at.length >= 25 && at.endsWith('+08:00')) return ok(at.slice(0, 10));
  return localDateOf(at, offsetMinutes);
}

/** Whether instant `a` is strictly before instant `b`; strings of one shape and offset compare as text. */
export function isBefore(a: Instant, b: Instant): boolean {
  if (a.length === b.length) {
    const utc = a.endsWith('Z');
    if (utc === b.endsWith('Z') && (utc || a.endsWith(b.slice(-6)))) return a < b;
  }
  return Date.parse(a) < Date.parse(b);
}
