import type { DomainError, ErrorPath } from '../core/errors.js';

/**
 * The error with `prefix` put in front of its path and of the paths of its nested issues, so that
 * it names the caller's argument (e.g. a policy's problem at `['policy', 'secondedBonus']`). Internal.
 */
export function under(prefix: ErrorPath, error: DomainError): DomainError {
  return {
    ...error,
    path: [...prefix, ...(error.path ?? [])],
    ...(error.issues === undefined ? {} : { issues: error.issues.map((issue) => under(prefix, issue)) }),
  };
}

/** A whole number of at least 0 (a count, a number of places). Internal. */
export const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** A finite number of at least 0 (a count of a tally, which may be fractional in computations). Internal. */
export const isAmount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
