import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { tallyProblem, type Tally } from './tally.js';

/**
 * The rates computed from a tally; see {@link rates} for their definitions. The first seven are
 * Part 8's; the next six, of the hotline standards, came with Part 12 (issue 17); the last,
 * `professionalFitSatisfaction` (专业契合度满意率, 002), with Part 14 (issue 19).
 *
 * `RateName.values` lists the values in order, `RateName.labels` gives each a zh-CN and an English
 * label, and `RateName.schema` validates one. The type `RateName` is a rate name.
 *
 * @example
 * ```ts
 * RateName.labels.satisfaction.zh; // '满意率'
 * RateName.values.length; // 14
 * RateName.labels.signForInTime.zh; // '签收及时率'
 * RateName.labels.professionalFitSatisfaction.zh; // '专业契合度满意率'
 * ```
 * @category Scoring
 */
export const RateName = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    response: { zh: '按时响应率', en: 'Response in time' },
    resolution: { zh: '解决率', en: 'Resolution' },
    onTime: { zh: '按时办结率', en: 'Closed on time' },
    satisfaction: { zh: '满意率', en: 'Satisfaction' },
    reopen: { zh: '重办率', en: 'Reopened' },
    supervisedShare: { zh: '被督办率', en: 'Share supervised' },
    visitCompliance: { zh: '走访完成率', en: 'Visit compliance' },
    signForInTime: { zh: '签收及时率', en: 'Signed for in time' },
    contactInTime: { zh: '联系及时率', en: 'Contacted in time' },
    responseWithinLimits: { zh: '限时响应率', en: 'Response within the limits' },
    redispatchShare: { zh: '改派率', en: 'Share re-dispatched' },
    unratedShare: { zh: '未评价率', en: 'Share closed unrated' },
    disputeUpheldShare: { zh: '退单通过率', en: 'Share of disputes upheld' },
    professionalFitSatisfaction: { zh: '专业契合度满意率', en: 'Satisfaction with professional fit' },
  }),
))();

export type RateName = EnumValue<typeof RateName>;

/**
 * The rates of a tally, each from 0 to 1, or `null` when its denominator is 0 (no data: neither
 * 0 nor 1 — a scoring scheme says what no data scores, see `noData`).
 *
 * @category Scoring
 */
export type Rates = { readonly [K in RateName]: number | null };

/**
 * How rates count: the credit of a "basically satisfied" feedback (1 counts it as satisfied, 0 as
 * not, 0.5 as half) and, optionally, the small-sample adjustment of the satisfaction rate. Both
 * apply alike to the two satisfaction rates, service (`satisfaction`) and professional fit
 * (`professionalFitSatisfaction`).
 *
 * @category Scoring
 */
export interface RateOptions {
  /** The credit of a "basically satisfied" feedback, from 0 to 1; 1 by default (满意 + 基本满意). */
  readonly basicallySatisfiedCredit?: number;
  /**
   * When set, the satisfaction rate is the Wilson score lower bound at this z (e.g. 1.96 for 95%; from 0 to 10)
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
 * @param z - The normal quantile, from 0 to 10; 1.96 (95%) by default. (10 is qinqing's own bound,
 *   as in `ScoringSchemeSchema`: far beyond any confidence level in use, and a huge z would make
 *   the bound Infinity − Infinity = NaN.)
 * @returns The lower bound, from 0 to 1, or null when `n` is 0; or `INVALID_ARGUMENT` at `['n']`,
 *   `['z']` or `['successes']` when `n` is negative or not finite, `z` lies outside 0…10 or
 *   `successes` outside 0…n.
 * @example
 * ```ts
 * unwrap(wilsonLowerBound(3, 3))?.toFixed(3); // '0.438'
 * unwrap(wilsonLowerBound(290, 300))?.toFixed(3); // '0.940'
 * wilsonLowerBound(5, 4); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['successes'], … } }
 * ```
 * @category Scoring
 */
export function wilsonLowerBound(successes: number, n: number, z = 1.96): Result<number | null> {
  const bad = !(n >= 0 && Number.isFinite(n)) ? 'n' : !(z >= 0 && z <= MAX_Z) ? 'z' : !(successes >= 0 && successes <= n) ? 'successes' : null;
  if (bad !== null) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `wilsonLowerBound needs 0 ≤ successes ≤ n, n finite and 0 ≤ z ≤ ${MAX_Z}; received successes ${successes}, n ${n}, z ${z}.`,
        zh: `wilsonLowerBound 要求 0 ≤ successes ≤ n、n 为有限数且 0 ≤ z ≤ ${MAX_Z}，实际 successes ${successes}、n ${n}、z ${z}。`,
        path: [bad],
        value: { successes, n, z },
      }),
    );
  }
  return ok(wilson(successes, n, z));
}

/** The largest z accepted (qinqing's own bound, as `ScoringSchemeSchema`'s `smallSample.z`). */
const MAX_Z = 10;

/** {@link wilsonLowerBound} on arguments already checked. Internal. */
function wilson(successes: number, n: number, z: number): number | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const bound = (centre - margin) / (1 + z2 / n);
  // For a vanishing n (a fraction of one observation, 5e-324) the terms overflow to Infinity and
  // the bound to NaN; its limit as n → 0 is 0.
  return Number.isNaN(bound) ? 0 : Math.min(1, Math.max(0, bound));
}

/**
 * The problem of rate options, named at `path` (the caller's argument), or null: a credit outside
 * 0…1 or a z outside 0…10. Internal.
 */
export function rateOptionsProblem(options: RateOptions, path: ErrorPath): DomainError | null {
  const credit = options.basicallySatisfiedCredit ?? 1;
  if (!(credit >= 0 && credit <= 1)) {
    return domainError('INVALID_ARGUMENT', {
      en: `basicallySatisfiedCredit must lie between 0 and 1; received ${credit}.`,
      zh: `“基本满意”的计分系数应在 0 到 1 之间，实际为 ${credit}。`,
      path: [...path, 'basicallySatisfiedCredit'],
      value: credit,
    });
  }
  const z = options.wilsonZ;
  if (z !== undefined && !(z >= 0 && z <= MAX_Z)) {
    return domainError('INVALID_ARGUMENT', {
      en: `wilsonZ must be a number from 0 to ${MAX_Z}; received ${z}.`,
      zh: `Wilson 区间的 z 值 wilsonZ 应在 0 到 ${MAX_Z} 之间，实际为 ${z}。`,
      path: [...path, 'wilsonZ'],
      value: z,
    });
  }
  return null;
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
 * - `visitCompliance` = min(visitsDone, visitsDue) ÷ visitsDue;
 *
 * and those of the hotline standards (Part 12; GB/T 33358-2016, 国办发〔2020〕53号, 国办函〔2025〕66号),
 * next to the ones above, whose meaning does not change:
 * - `signForInTime` (签收及时率) = signedForInTime ÷ signForDue;
 * - `contactInTime` (联系及时率) = contactedInTime ÷ contactDue;
 * - `responseWithinLimits` (限时响应率) = respondedWithinLimits ÷ responseDue: the response rate as the
 *   standards define it, signed for and contacted within the limits — `response` stays Part 8's
 *   "answered by the deadline"; a scoring scheme chooses one by its item's `rate`;
 * - `redispatchShare` = redispatched ÷ received (lower is better);
 * - `unratedShare` = closedUnrated ÷ closed (lower is better); issues closed unrated are in neither
 *   the numerator nor the denominator of `satisfaction`;
 * - `disputeUpheldShare` = disputesUpheld ÷ (disputesUpheld + disputesOverruled): the share of the
 *   decided dispatch disputes (退单) the office upheld;
 *
 * and the second rating dimension (Part 14; Haining, 002: 专业契合度满意率 beside 服务满意率), computed
 * from its own counts exactly as `satisfaction` is from its, so that neither touches the other:
 * - `professionalFitSatisfaction` (专业契合度满意率) = (fitSatisfied + credit × fitBasicallySatisfied) ÷
 *   (fitSatisfied + fitBasicallySatisfied + fitUnsatisfied), or its Wilson lower bound when `wilsonZ` is given.
 *
 * @param tally - The tally; every count a finite number ≥ 0.
 * @param options - The "basically satisfied" credit (1 by default) and the optional Wilson z.
 * @returns The 14 rates; or `INVALID_ARGUMENT` at `['options', 'basicallySatisfiedCredit']`
 *   for a credit outside 0…1, at `['options', 'wilsonZ']` for a z outside 0…10,
 *   or at `['tally', count]` for a count that is negative, NaN or infinite.
 * @example
 * ```ts
 * // Haining-like counts (002): 850 satisfied, 85 basically satisfied, 65 unsatisfied.
 * unwrap(rates({ ...emptyTally, satisfied: 850, basicallySatisfied: 85, unsatisfied: 65 })).satisfaction; // 0.935
 * unwrap(rates(emptyTally)).response; // null: nothing received
 * unwrap(rates({ ...emptyTally, signForDue: 20, signedForInTime: 19 })).signForInTime; // 0.95
 * // Haining's second dimension (002), professional fit, beside service satisfaction:
 * unwrap(rates({ ...emptyTally, fitSatisfied: 800, fitBasicallySatisfied: 110, fitUnsatisfied: 90 })).professionalFitSatisfaction; // 0.91
 * rates(emptyTally, { basicallySatisfiedCredit: 1.5 }); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'basicallySatisfiedCredit'], … } }
 * ```
 * @category Scoring
 */
export function rates(tally: Tally, options: RateOptions = {}): Result<Rates> {
  const problem = rateOptionsProblem(options, ['options']) ?? tallyProblem(tally, ['tally']);
  if (problem !== null) return err(problem);
  return ok(ratesOf(tally, options.basicallySatisfiedCredit ?? 1, options.wilsonZ));
}

/**
 * The rates of a tally whose counts and options are already checked ({@link rates} without the
 * checks): `credit` from 0 to 1, `wilsonZ` from 0 to 10 or undefined. Internal.
 */
export function ratesOf(tally: Tally, credit: number, wilsonZ: number | undefined): Rates {
  const satisfaction = satisfactionOf(tally.satisfied, tally.basicallySatisfied, tally.unsatisfied, credit, wilsonZ);
  return {
    response: ratio(tally.respondedInTime, tally.received),
    resolution: ratio(tally.resolved, tally.answered),
    onTime: ratio(tally.closedOnTime, tally.closed),
    satisfaction,
    reopen: ratio(tally.reopened, tally.answered),
    supervisedShare: ratio(tally.supervised, tally.received),
    visitCompliance: ratio(Math.min(tally.visitsDone, tally.visitsDue), tally.visitsDue),
    signForInTime: ratio(tally.signedForInTime, tally.signForDue),
    contactInTime: ratio(tally.contactedInTime, tally.contactDue),
    responseWithinLimits: ratio(tally.respondedWithinLimits, tally.responseDue),
    redispatchShare: ratio(tally.redispatched, tally.received),
    unratedShare: ratio(tally.closedUnrated, tally.closed),
    disputeUpheldShare: ratio(tally.disputesUpheld, tally.disputesUpheld + tally.disputesOverruled),
    professionalFitSatisfaction: satisfactionOf(tally.fitSatisfied, tally.fitBasicallySatisfied, tally.fitUnsatisfied, credit, wilsonZ),
  };
}

/** A satisfaction rate from its three counts: the plain share, or its Wilson lower bound at `wilsonZ`. */
function satisfactionOf(satisfied: number, basicallySatisfied: number, unsatisfied: number, credit: number, wilsonZ: number | undefined): number | null {
  const rated = satisfied + basicallySatisfied + unsatisfied;
  const pleased = satisfied + credit * basicallySatisfied;
  return wilsonZ === undefined ? ratio(pleased, rated) : wilson(pleased, rated, wilsonZ);
}
