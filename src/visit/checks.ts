/**
 * Checks of the app's data that the visit functions read before they trust it: the dates of the
 * pairings, the units and counts of a cadence policy and the figures of a burden policy — what
 * would otherwise escape as a RangeError or turn into NaN. Each returns the first problem as a
 * {@link DomainError} whose path starts at the caller's argument, or null; the checks of lists
 * allocate nothing unless they find a problem, so they cost one comparison per item on a hot path.
 * Internal: not exported from any barrel.
 */
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { readDay } from '../internal/args.js';
import { toDayNumber } from '../internal/days.js';
import type { Pairing } from '../pairing/schema.js';
import { unitMonths, type VisitPeriodUnit } from './enums.js';
import type { VisitBurdenPolicy, VisitCadencePolicy } from './policy.js';

/** A path as the argument's name reads in a message: `['people', 2, 'since']` → `people[2].since`. */
export function pathName(path: ErrorPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** The day number of a `YYYY-MM-DD` date, or NaN for anything else (also a value that is not a string). */
export function dayOf(date: unknown): number {
  return typeof date === 'string' ? toDayNumber(date) : NaN;
}

/** `INVALID_DATE` for a date at `path` of the caller's arguments (e.g. `['people', 2, 'since']`), worded as {@link readDay} words it. */
export function dateError(date: unknown, path: ErrorPath): DomainError {
  const r = readDay(date, pathName(path));
  return { ...(r.ok ? domainError('INVALID_DATE', { value: date }) : r.error), path };
}

/** The day number of a date at `path` of the caller's arguments, or `INVALID_DATE` with that path. */
export function readDayAt(date: unknown, path: ErrorPath): Result<number> {
  const day = dayOf(date);
  return Number.isNaN(day) ? err(dateError(date, path)) : ok(day);
}

/** Whether a value is a unit of cadence periods: `'month'`, `'quarter'`, `'halfYear'` or `'year'`. */
export function isPeriodUnit(unit: unknown): unit is VisitPeriodUnit {
  return typeof unit === 'string' && Object.hasOwn(unitMonths, unit);
}

/** The first pairing whose `since` or `until` is not a real date: `INVALID_DATE` at `pairings[i].since` / `.until`. */
export function pairingDatesProblem(pairings: readonly Pairing[]): DomainError | null {
  for (let i = 0; i < pairings.length; i++) {
    const p = pairings[i] as Pairing;
    if (Number.isNaN(dayOf(p.since))) return dateError(p.since, ['pairings', i, 'since']);
    if (p.until !== null && Number.isNaN(dayOf(p.until))) return dateError(p.until, ['pairings', i, 'until']);
  }
  return null;
}

/**
 * The first rule of a cadence policy with a unit qinqing does not know or a count that is not a
 * whole number ≥ 1: `INVALID_INPUT` at `<at>.rules[j].unit` / `.atLeast` (what
 * {@link VisitCadencePolicySchema} would refuse, for a policy that did not go through it).
 */
export function cadencePolicyProblem(policy: VisitCadencePolicy, at: ErrorPath): DomainError | null {
  const rules = policy.rules;
  for (let j = 0; j < rules.length; j++) {
    const rule = rules[j] as VisitCadencePolicy['rules'][number];
    if (!isPeriodUnit(rule.unit)) {
      const path = [...at, 'rules', j, 'unit'];
      return domainError('INVALID_INPUT', {
        en: `${pathName(path)} must be 'month', 'quarter', 'halfYear' or 'year'; received ${JSON.stringify(rule.unit)}.`,
        zh: `${pathName(path)} 应为 'month'、'quarter'、'halfYear' 或 'year'，实际为 ${JSON.stringify(rule.unit)}。`,
        path,
        value: rule.unit,
      });
    }
    if (!Number.isSafeInteger(rule.atLeast) || rule.atLeast < 1) return notCount([...at, 'rules', j, 'atLeast'], rule.atLeast, 1);
  }
  return null;
}

/** `INVALID_INPUT`: a figure of a policy that must be a whole number ≥ `min`. */
function notCount(path: ErrorPath, value: unknown, min: number): DomainError {
  return domainError('INVALID_INPUT', {
    en: `${pathName(path)} must be a whole number ≥ ${min}; received ${String(value)}.`,
    zh: `${pathName(path)} 应为不小于 ${min} 的整数，实际为 ${String(value)}。`,
    path,
    value,
  });
}

/**
 * The first of the named figures of a burden policy that is not a whole number ≥ 1
 * (`minDepartmentsToCoordinate` ≥ 2): `INVALID_INPUT` at `policy.<figure>`.
 */
export function burdenPolicyProblem(
  policy: VisitBurdenPolicy,
  figures: readonly ('maxVisitsPerWindow' | 'maxDepartmentsPerWindow' | 'windowDays' | 'minDepartmentsToCoordinate')[],
): DomainError | null {
  for (const figure of figures) {
    const value = policy[figure];
    const min = figure === 'minDepartmentsToCoordinate' ? 2 : 1;
    if (!Number.isSafeInteger(value) || value < min) return notCount(['policy', figure], value, min);
  }
  return null;
}
