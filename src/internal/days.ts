/**
 * Calendar dates as day numbers (days since 1970-01-01), by integer arithmetic alone, so that
 * nothing depends on the machine's time zone. Algorithms after H. Hinnant, "chrono-compatible
 * low-level date algorithms".
 */

/** Day number of a proleptic Gregorian date; `m` is 1–12. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The year, month (1–12) and day of a day number. */
export function civilFromDays(z: number): readonly [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `y` is a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Two ASCII digits at `i` as a number, or NaN. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/** The day number of a `YYYY-MM-DD` string, or NaN when it is not a real date in that form. */
export function toDayNumber(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = digits2(s, 0) * 100 + digits2(s, 2);
  const m = digits2(s, 5);
  const d = digits2(s, 8);
  if (!(m >= 1 && m <= 12 && d >= 1)) return NaN; // also false for NaN
  const dim = m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number);
  if (d > dim || Number.isNaN(y)) return NaN;
  return daysFromCivil(y, m, d);
}

/** The `YYYY-MM-DD` string of a day number (years 0–9999). */
export function fromDayNumber(z: number): string {
  const [y, m, d] = civilFromDays(z);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(z: number): number {
  const w = (((z + 3) % 7) + 7) % 7; // 0 = Monday
  return w + 1;
}
