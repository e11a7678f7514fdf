/**
 * Instants (ISO 8601 date-times with an offset) read strictly, by integer arithmetic alone, so that
 * nothing depends on the machine's time zone or on what `Date.parse` happens to forgive. The form
 * read is defined once, by `INSTANT_PATTERN` in core/schema.ts, which `InstantSchema` and its JSON
 * Schema use too: a string that pattern refuses is not read here either.
 */
import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { instantProblem, isInstant, type CalendarDate, type Instant } from '../core/schema.js';
import { daysFromCivil, fromDayNumber } from './days.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Day numbers of 0000-01-01 and 9999-12-31: the local dates that `YYYY-MM-DD` can write. */
const FIRST_DAY = /* @__PURE__ */ daysFromCivil(0, 1, 1);
const LAST_DAY = /* @__PURE__ */ daysFromCivil(9999, 12, 31);

/** The ASCII digits of `s` from `i` to `j` (excluded) as a number; `s` is known to hold digits there. */
function num(s: string, i: number, j: number): number {
  let n = 0;
  for (let k = i; k < j; k++) n = n * 10 + s.charCodeAt(k) - 48;
  return n;
}

/**
 * The epoch milliseconds of an instant, or NaN when it is not a real ISO 8601 date-time with an
 * offset (`Z` or `±HH:MM` within ±14:00) in the one form `INSTANT_PATTERN` (core/schema.ts)
 * describes. Fractional seconds are read to the millisecond, truncated.
 */
export function instantMs(s: string): number {
  if (!isInstant(s)) return NaN;
  // `YYYY-MM-DDTHH:MM:SS`, then `.d…`, then `Z` or `±HH:MM`: the pattern has checked every field.
  let i = 19;
  let frac = 0;
  if (s.charCodeAt(i) === 46) {
    const start = ++i;
    let c = s.charCodeAt(i);
    while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
    frac = num(s, start, Math.min(i, start + 3)) * (i - start === 1 ? 100 : i - start === 2 ? 10 : 1);
  }
  const sign = s.charCodeAt(i);
  const offset = sign === 90 ? 0 : (sign === 45 ? -1 : 1) * (num(s, i + 1, i + 3) * 60 + num(s, i + 4, i + 6));
  const day = daysFromCivil(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
  return day * DAY + ((num(s, 11, 13) * 60 + num(s, 14, 16) - offset) * 60 + num(s, 17, 19)) * 1000 + frac;
}

/**
 * The local day number (days since 1970-01-01) of an instant at an offset in minutes east of UTC,
 * or NaN when it is not an instant or that local date cannot be written `YYYY-MM-DD` (years
 * 0000–9999).
 */
export function instantDay(s: string, offsetMinutes: number): number {
  const day = Math.floor((instantMs(s) + offsetMinutes * MINUTE) / DAY);
  return day >= FIRST_DAY && day <= LAST_DAY ? day : NaN;
}

/** An offset in minutes as `±HH:MM`. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An offset in minutes as `UTC±HH:MM`. */
function utcOffset(minutes: number): string {
  return `UTC${offsetText(minutes)}`;
}

/**
 * The instant at epoch milliseconds `ms` written at an offset in minutes east of UTC (`Z` for 0):
 * to the second, with the milliseconds only when there are some. The caller keeps the local date
 * within the years 0000–9999.
 */
export function instantAt(ms: number, offsetMinutes: number): string {
  const iso = new Date(ms + offsetMinutes * MINUTE).toISOString();
  const local = iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
  return offsetMinutes === 0 ? `${local}Z` : `${local}${utcOffset(offsetMinutes).slice(3)}`;
}

/**
 * The `INVALID_INSTANT` error for a value that {@link instantDay} refuses, naming it (`name`, also
 * its path) and quoting it: not an instant (saying so when only the offset is missing), or, when
 * `offsetMinutes` is given, an instant whose local date there lies outside the years 0000–9999.
 */
export function invalidInstant(value: unknown, name = 'instant', offsetMinutes?: number): DomainError {
  const shown = JSON.stringify(value);
  const text =
    offsetMinutes !== undefined && isInstant(value)
      ? {
          en: `${name} ${shown} falls on a local date (${utcOffset(offsetMinutes)}) outside the years 0000–9999.`,
          zh: `${name} ${shown} 的本地日期（${utcOffset(offsetMinutes)}）超出 0000–9999 年。`,
        }
      : instantProblem(value, name);
  return domainError('INVALID_INSTANT', { ...text, path: [name], value });
}

/**
 * The local date of any value at an offset, read strictly: `INVALID_INSTANT` (path `name`) when it
 * is not an instant or its local date cannot be written `YYYY-MM-DD`.
 */
export function readLocalDate(at: unknown, offsetMinutes: number, name = 'instant'): Result<CalendarDate> {
  const day = typeof at === 'string' ? instantDay(at, offsetMinutes) : NaN;
  return Number.isNaN(day) ? err(invalidInstant(at, name, offsetMinutes)) : ok(fromDayNumber(day));
}

/**
 * The local date of an already parsed instant. The common `+08:00` instant in China Standard Time
 * is sliced without reading it (the caller's schema has checked it); any other is read strictly.
 */
export function localDay(at: Instant, offsetMinutes: number): Result<CalendarDate> {
  if (offsetMinutes === 480 && at.length >= 25 && at.endsWith('+08:00')) return ok(at.slice(0, 10));
  return readLocalDate(at, offsetMinutes);
}

/**
 * Whether already parsed instant `a` is strictly before instant `b`. Strings of one length and one
 * offset compare as text (the fields are fixed-width and most significant first); others by their
 * milliseconds. An instant that cannot be read is before nothing and nothing is before it.
 */
export function isBefore(a: Instant, b: Instant): boolean {
  if (a.length === b.length) {
    const utc = a.endsWith('Z');
    if (utc === b.endsWith('Z') && (utc || a.endsWith(b.slice(-6)))) return a < b;
  }
  return instantMs(a) < instantMs(b);
}

/**
 * An instant re-expressed at a fixed offset east of UTC, e.g. `+08:00` for China Standard Time:
 * `YYYY-MM-DDTHH:MM:SS` (with `.mmm` when it has milliseconds) and the offset. An instant already
 * written at that offset is returned as it is. `INVALID_INSTANT` (path `name`) when it cannot be
 * read or its local date cannot be written `YYYY-MM-DD`. Reads no time zone of the machine.
 */
export function instantAtOffset(at: unknown, offsetMinutes: number, name = 'instant'): Result<Instant> {
  const suffix = offsetText(offsetMinutes);
  const ms = typeof at === 'string' ? instantMs(at) : NaN;
  const day = typeof at === 'string' ? instantDay(at, offsetMinutes) : NaN;
  if (Number.isNaN(ms) || Number.isNaN(day)) return err(invalidInstant(at, name, offsetMinutes));
  if ((at as string).endsWith(suffix)) return ok(at as string);
  const local = ms + offsetMinutes * MINUTE - day * DAY;
  const two = (n: number): string => String(n).padStart(2, '0');
  const seconds = Math.floor(local / 1000);
  const millis = local % 1000;
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}${millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`}`;
  return ok(`${fromDayNumber(day)}T${time}${suffix}`);
}
