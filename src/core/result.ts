import type { DomainError } from './errors.js';
import { QinqingError } from './errors.js';

/**
 * The outcome of anything a user can get wrong: a value, or a {@link DomainError} that says why not.
 *
 * @category Core
 */
export type Result<T, E = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @param value - The value.
 * @returns `{ ok: true, value }`.
 * @example
 * ```ts
 * ok(3); // { ok: true, value: 3 }
 * ```
 * @category Core
 */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @param error - The error.
 * @returns `{ ok: false, error }`.
 * @example
 * ```ts
 * err(domainError('INVALID_ARGUMENT')); // { ok: false, error: { code: 'INVALID_ARGUMENT', … } }
 * ```
 * @category Core
 */
export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}

/**
 * Returns the value of a successful result, or throws its error as a {@link QinqingError}.
 *
 * @param result - The result to open.
 * @returns The value.
 * @throws {@link QinqingError} when the result failed.
 * @example
 * ```ts
 * unwrap(addWorkingDays('2026-09-30', 5, chinaCalendar)); // '2026-10-13'
 * ```
 * @category Core
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new QinqingError(result.error);
}

/**
 * Transforms the value of a successful result and passes a failure through unchanged.
 *
 * @param result - The result.
 * @param f - The transformation of the value.
 * @returns A result holding `f(value)`, or the original failure.
 * @example
 * ```ts
 * mapResult(ok(2), (n) => n * 10); // { ok: true, value: 20 }
 * ```
 * @category Core
 */
export function mapResult<T, U, E>(result: Result<T, E>, f: (value: T) => U): Result<U, E> {
  return result.ok ? ok(f(result.value)) : result;
}

/**
 * Chains a step that can fail onto a successful result; a failure short-circuits.
 *
 * @param result - The result.
 * @param f - The next step, which may fail.
 * @returns The next step's result, or the original failure.
 * @example
 * ```ts
 * andThen(safeParseUscc(code), (u) => ok(u.divisionCode));
 * ```
 * @category Core
 */
export function andThen<T, U, E, F>(result: Result<T, E>, f: (value: T) => Result<U, F>): Result<U, E | F> {
  return result.ok ? f(result.value) : result;
}
