import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { DateRange } from '../core/schema.js';
import { toDayNumber } from './days.js';

/** The day number of a date argument, or `INVALID_DATE` naming the argument (its dotted path). */
export function readDay(date: unknown, name: string): Result<number> {
  const d = typeof date === 'string' ? toDayNumber(date) : NaN;
  if (!Number.isNaN(d)) return ok(d);
  return err(
    domainError('INVALID_DATE', {
      en: `${name} must be a real date in the form YYYY-MM-DD; received ${JSON.stringify(date)}.`,
      zh: `${name} 应为 YYYY-MM-DD 格式的有效日期，实际为 ${JSON.stringify(date)}。`,
      path: name.split('.'),
      value: date,
    }),
  );
}

/** The day numbers of a period argument `{ from, to }`, or `INVALID_DATE` / `INVALID_ARGUMENT` (not an object, or ends reversed) naming it. */
export function readPeriod(period: DateRange, name: string): Result<readonly [number, number]> {
  if (period === null || typeof period !== 'object') {
    return err(domainError('INVALID_ARGUMENT', { en: `${name} must be an object { from, to }.`, zh: `${name} 应为 { from, to } 对象。`, path: name.split('.'), value: period }));
  }
  const from = readDay(period.from, `${name}.from`);
  if (!from.ok) return from;
  const to = readDay(period.to, `${name}.to`);
  if (!to.ok) return to;
  if (from.value > to.value) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `${name} must not end (${period.to}) before it starts (${period.from}).`,
        zh: `${name} 的结束日期 ${period.to} 早于开始日期 ${period.from}。`,
        path: name.split('.'),
        value: period,
      }),
    );
  }
  return ok([from.value, to.value]);
}
