import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, DateRange } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { daysFromCivil, fromDayNumber } from '../internal/days.js';
import { isPeriodUnit } from './checks.js';
import { unitMonths, visitModes, type VisitPeriodUnit } from './enums.js';

/**
 * A span of calendar dates, both ends included; the same as {@link qinqing!DateRange}.
 *
 * @category Visit
 */
export type VisitPeriod = DateRange;

/** Month index `year * 12 + month - 1` of a `YYYY-MM-DD` string already known to be valid. */
export function monthIndexOf(date: string): number {
  const y =
    (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  return y * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

/** Day number of the first day of period `p` of `months` months (period p starts at month index p·months). */
export function periodStartDay(p: number, months: number): number {
  const m = p * months;
  const y = Math.floor(m / 12);
  return daysFromCivil(y, m - y * 12 + 1, 1);
}

/** Day number of the last day of period `p` of `months` months. */
export function periodEndDay(p: number, months: number): number {
  return periodStartDay(p + 1, months) - 1;
}

/**
 * The calendar period of a unit that holds a date: its calendar month, its calendar quarter
 * (January–March, April–June, July–September, October–December), its calendar half year
 * (January–June, July–December) or its calendar year. Every visit cadence counts in these periods.
 *
 * @param unit - `'month'`, `'quarter'`, `'halfYear'` or `'year'`.
 * @param date - A date `YYYY-MM-DD`.
 * @returns The first and last day of the period; or `INVALID_ARGUMENT` (path `['unit']`) for a unit
 *   that is none of the four, `INVALID_DATE` (path `['date']`) when `date` is not a real date.
 * @example
 * ```ts
 * cadencePeriod('quarter', '2026-05-20'); // { ok: true, value: { from: '2026-04-01', to: '2026-06-30' } }
 * unwrap(cadencePeriod('halfYear', '2026-07-01')); // { from: '2026-07-01', to: '2026-12-31' }
 * cadencePeriod('month', '2026-13-01'); // { ok: false, error: { code: 'INVALID_DATE', path: ['date'], … } }
 * ```
 * @category Visit
 */
export function cadencePeriod(unit: VisitPeriodUnit, date: CalendarDate): Result<VisitPeriod> {
  if (!isPeriodUnit(unit)) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `unit must be 'month', 'quarter', 'halfYear' or 'year'; received ${JSON.stringify(unit)}.`,
        zh: `unit 应为 'month'、'quarter'、'halfYear' 或 'year'，实际为 ${JSON.stringify(unit)}。`,
        path: ['unit'],
        value: unit,
      }),
    );
  }
  const day = readDay(date, 'date');
  if (!day.ok) return day;
  const months = unitMonths[unit];
  const p = Math.floor(monthIndexOf(date) / months);
  return ok({ from: fromDayNumber(periodStartDay(p, months)), to: fromDayNumber(periodEndDay(p, months)) });
}

/** A bit mask of the counted visit modes; every mode's bit when `counted` is null. */
export function modeMask(counted: readonly string[] | null): number {
  if (counted === null) return (1 << visitModes.length) - 1;
  let mask = 0;
  for (const m of counted) mask |= modeBit(m);
  return mask;
}

const MODE_BITS: ReadonlyMap<string, number> = /* @__PURE__ */ (() => new Map(visitModes.map((m, i) => [m, 1 << i])))();

/** The bit of a visit mode in a mode mask (0 for an unknown mode). */
export function modeBit(mode: string): number {
  return MODE_BITS.get(mode) ?? 0;
}
