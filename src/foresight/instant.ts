/**
 * The epoch milliseconds of a submission, read without the instant pattern's regular expression in
 * the common shapes `YYYY-MM-DDTHH:MM:SS±HH:MM` and `YYYY-MM-DDTHH:MM:SSZ` (a third of the time
 * of a foresight pass over a million issues went to that expression); every other string goes to
 * `instantMs`. It accepts exactly what `instantMs` accepts, with the same value
 * (test/foresight/instant.test-prop.ts checks it). Internal: not in any barrel.
 */
import { daysFromCivil, isLeapYear } from '../internal/days.js';
import { instantMs } from '../internal/instant.js';

const DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** As `instantMs`: the epoch milliseconds of an instant, or NaN when it is not one. */
export function submittedMs(s: string): number {
  const len = s.length;
  if ((len !== 25 && len !== 20) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return instantMs(s);
  const sign = s.charCodeAt(19);
  let offset = 0;
  if (len === 20) {
    if (sign !== 90) return instantMs(s);
  } else {
    if (sign !== 43 && sign !== 45) return instantMs(s);
    const oh = two(s, 20);
    const om = two(s, 23);
    if (s.charCodeAt(22) !== 58 || oh < 0 || om < 0 || om > 59 || oh > 14 || (oh === 14 && om !== 0) || (sign === 45 && oh === 0 && om === 0)) return NaN;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const mo = two(s, 5);
  const da = two(s, 8);
  const h = two(s, 11);
  const mi = two(s, 14);
  const se = two(s, 17);
  if (y1 < 0 || y2 < 0 || mo < 1 || mo > 12 || da < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return NaN;
  const y = y1 * 100 + y2;
  if (da > (mo === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[mo - 1] as number))) return NaN;
  return daysFromCivil(y, mo, da) * DAY + ((h * 60 + mi - offset) * 60 + se) * 1000;
}
