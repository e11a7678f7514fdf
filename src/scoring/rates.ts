import type { z } from 'zod';
import { QinqingError, domainError } from '../core/errors.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import type { Tally } from './tally.js';

const rateName = defineEnum(
  deepFreeze({
    response: { zh: '按时响应率', en: 'Response in time' },
    resolution: { zh: '解决率', en: 'Resolution' },
    onTime: { zh: '按时办结率', en: 'Closed on time' },
    satisfaction: { zh: '满意率', en: 'Satisfaction' },
    reopen: { zh: '重办率', en: 'Reopened' },
    supervisedShare: { zh: '被督办率', en: 'Share supervised' },
    visitCompliance: { zh: '走访完成率', en: 'Visit compliance' },
  }),
);

/**
 * Labels of the rates computed from a tally; see {@link rates} for their definitions.
 *
 * @example
 * ```ts
 * rateNameLabels.satisfaction.zh; // '满意率'
 * ```
 * @category Scoring
 */
export const rateNameLabels = rateName.labels;

/**
 * Validates a rate name: `'response'`, `'resolution'`, `'onTime'`, `'satisfaction'`, `'reopen'`,
 * `'supervisedShare'` or `'visitCompliance'`.
 *
 * @example
 * ```ts
 * RateNameSchema.options.length; // 7
 * ```
 * @category Scoring
 */
export const RateNameSchema = rateName.schema;

/**
 * A rate name; see {@link rateNameLabels}.
 *
 * @category Scoring
 */
export type RateName = z.infer<typeof RateNameSchema>;

/**
 * The rates of a tally, each from 0 to 1, or `null` when its denominator is 0 (no data: neither
 * 0 nor 1 — a scoring scheme says what no data scores, see `noData`).
 *
 * @category Scoring
 */
export type Rates = { readonly [K in RateName]: number | null };

/**
 * How rates count: the credit of a "basically satisfied" feedback (1 counts it as satisfied, 0 as
 * not, 0.5 as half) and, optionally, the small-sample adjustment of the satisfaction rate.
 *
 * @category Scoring
 */
export interface RateOptions {
  /** The credit of a "basically satisfied" feedback, from 0 to 1; 1 by default (满意 + 基本满意). */
  readonly basicallySatisfiedCredit?: number;
  /**
   * When set, the satisfaction rate is the Wilson score lower bound at this z (e.g. 1.96 for 95%)
   * instead of the plain share; see {@link wilsonLowerBound}.
   */
  readonly wilsonZ?: number;
}

/**
 * The lower bound of the Wilson score interval of a proportion: a share of `successes` out of
 * `n` that is pulled towards 0 the fewer the observations, so that 3 of 3 (≈ 0.44 at z = 1.96)
 * does not outrank 290 of 300 (≈ 0.94). `successes` may be fractional (a "basically satisfied"
 * credit). Wilson (1927), the usual choice for ranking by ratings.
 *
 * @param successes - The successes, from 0 to `n`.
 * @param n - The observations; 0 gives `null`.
 * @param z - The normal quantile; 1.96 (95%) by default.
 * @returns The lower bound, from 0 to 1, or null when `n` is 0.
 * @throws {@link index!QinqingError} `INVALID_ARGUMENT` when `n` or `z` is negative or `successes` is outside 0…n.
 * @example
 * ```ts
 * wilsonLowerBound(3, 3)?.toFixed(3); // '0.438'
 * wilsonLowerBound(290, 300)?.toFixed(3); // '0.940'
 * ```
 * @category Scoring
 */
export function wilsonLowerBound(successes: number, n: number, z = 1.96): number | null {
  if (!(n >= 0 && z >= 0 && successes >= 0 && successes <= n)) {
    throw new QinqingError(
      domainError('INVALID_ARGUMENT', {
        en: `wilsonLowerBound needs 0 ≤ successes ≤ n and z ≥ 0; received successes ${successes}, n ${n}, z ${z}.`,
        zh: `wilsonLowerBound 要求 0 ≤ successes ≤ n 且 z ≥ 0，实际 successes ${successes}、n ${n}、z ${z}。`,
        path: ['successes'],
        value: { successes, n, z },
      }),
    );
  }
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - margin) / (1 + z2 / n));
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/**
 * The rates of a tally (each null when its denominator is 0):
 * - `response` = respondedInTime ÷ received;
 * - `resolution` = resolved ÷ answered;
 * - `onTime` = closedOnTime ÷ closed;
 * - `satisfaction` = (satisfied + credit × basicallySatisfied) ÷ (satisfied + basicallySatisfied + unsatisfied),
 *   or its Wilson lower bound when `wilsonZ` is given;
 * - `reopen` = reopened ÷ answered (lower is better);
 * - `supervisedShare` = supervised ÷ received (lower is better);
 * - `visitCompliance` = min(visitsDone, visitsDue) ÷ visitsDue.
 *
 * @param tally - The tally.
 * @param options - The "basically satisfied" credit (1 by default) and the optional Wilson z.
 * @returns The seven rates.
 * @throws {@link index!QinqingError} `INVALID_ARGUMENT` for a credit outside 0…1 or a negative z.
 * @example
 * ```ts
 * // Haining-like counts (002): 850 satisfied, 85 basically satisfied, 65 unsatisfied.
 * rates({ ...emptyTally, satisfied: 850, basicallySatisfied: 85, unsatisfied: 65 }).satisfaction; // 0.935
 * rates(emptyTally).response; // null: nothing received
 * ```
 * @category Scoring
 */
export function rates(tally: Tally, options: RateOptions = {}): Rates {
  const credit = options.basicallySatisfiedCredit ?? 1;
  if (!(credit >= 0 && credit <= 1)) {
    throw new QinqingError(
      domainError('INVALID_ARGUMENT', {
        en: `basicallySatisfiedCredit must lie between 0 and 1; received ${credit}.`,
        zh: `“基本满意”的计分系数应在 0 到 1 之间，实际为 ${credit}。`,
        path: ['options', 'basicallySatisfiedCredit'],
        value: credit,
      }),
    );
  }
  const rated = tally.satisfied + tally.basicallySatisfied + tally.unsatisfied;
  const pleased = tally.satisfied + credit * tally.basicallySatisfied;
  const satisfaction = options.wilsonZ === undefined ? ratio(pleased, rated) : wilsonLowerBound(pleased, rated, options.wilsonZ);
  return {
    response: ratio(tally.respondedInTime, tally.received),
    resolution: ratio(tally.resolved, tally.answered),
    onTime: ratio(tally.closedOnTime, tally.closed),
    satisfaction,
    reopen: ratio(tally.reopened, tally.answered),
    supervisedShare: ratio(tally.supervised, tally.received),
    visitCompliance: ratio(Math.min(tally.visitsDone, tally.visitsDue), tally.visitsDue),
  };
}
