import * as z from 'zod';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { DateRange, Id } from '../core/schema.js';
import { CalendarDateSchema, IdSchema } from '../core/schema.js';
import { readDay, readPeriod } from '../internal/args.js';
import { FeedbackLevel } from '../vocabulary/issue.js';
import { Rows, tallyCounts, type TallyTable } from './tally.js';

/**
 * Validates one enterprise's rating of a cadre who serves it (企业对干部的评价, 002 Haining: 企业对干部专业契合度满意率超
 * 90%，对干部服务满意率达到 93.5%): the enterprise, the cadre (an adviser id of `qinqing/org` — a
 * seconded cadre 驻企挂职干部, an enterprise assistant, a liaison), the date, the satisfaction with the
 * cadre's **service** (服务满意度) and, as a second dimension, with the cadre's **professional fit**
 * (专业契合度: does the cadre's experience fit the enterprise's business — 学过、管过、干过, 002). Each is
 * one of the three levels (满意 / 基本满意 / 不满意). The second dimension is optional: a rating without
 * it (absent or null) counts in the service satisfaction only, so ratings collected before it
 * existed read unchanged.
 *
 * @example
 * ```ts
 * CadreRatingSchema.safeParse({ enterpriseId: 'e1', adviserId: 'c1', on: '2019-05-31', service: 'satisfied', professionalFit: 'basicallySatisfied' }).success; // true
 * CadreRatingSchema.safeParse({ enterpriseId: 'e1', adviserId: 'c1', on: '2019-05-31', service: 'satisfied' }).success; // true: one dimension
 * CadreRatingSchema.safeParse({ enterpriseId: 'e1', adviserId: 'c1', on: '2019-05-31', service: 'good' }).success; // false
 * ```
 * @category Scoring
 */
export const CadreRatingSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The enterprise that rates. */
  enterpriseId: IdSchema.describe('The enterprise that rates'),
  /** The cadre rated: an adviser id. */
  adviserId: IdSchema.describe('The cadre rated (an adviser id)'),
  /** The local date of the rating. */
  on: CalendarDateSchema,
  /** The satisfaction with the cadre's service (服务满意度). */
  service: FeedbackLevel.schema.describe('Service satisfaction: satisfied, basicallySatisfied or unsatisfied'),
  /** The satisfaction with the cadre's professional fit (专业契合度); absent or null when not rated. */
  professionalFit: FeedbackLevel.schema.nullable().optional().describe('Professional-fit satisfaction (专业契合度), or null / absent when not rated'),
}))();

/**
 * One enterprise's rating of a cadre; see {@link CadreRatingSchema}.
 *
 * @category Scoring
 */
export type CadreRating = Readonly<z.infer<typeof CadreRatingSchema>>;

/**
 * Who a rating of a cadre is credited to:
 * - `'adviser'`: the cadre rated;
 * - `'enterprise'`: the enterprise that rated;
 * - `{ byAdviser }`: the unit or units the app maps the cadre to — the cadre's department, the
 *   batch of secondment, the whole city; a cadre not in the map is not counted;
 * - a function of the rating giving a unit, several, or null (not counted).
 *
 * @category Scoring
 */
export type CadreRatingGrouping =
  | 'adviser'
  | 'enterprise'
  | { readonly byAdviser: Readonly<Record<Id, Id | readonly Id[]>> }
  | ((rating: CadreRating) => Id | readonly Id[] | null);

/**
 * Options of {@link tallyCadreRatings}.
 *
 * @category Scoring
 */
export interface TallyCadreRatingsOptions {
  /** Who each rating is credited to; see {@link CadreRatingGrouping}. */
  readonly by: CadreRatingGrouping;
  /** The period: only ratings dated on these local dates (both ends included) are counted; all when absent. */
  readonly period?: DateRange;
}

const SERVICE = /* @__PURE__ */ (() => ({
  satisfied: tallyCounts.indexOf('satisfied'),
  basicallySatisfied: tallyCounts.indexOf('basicallySatisfied'),
  unsatisfied: tallyCounts.indexOf('unsatisfied'),
}))();
const FIT = /* @__PURE__ */ (() => ({
  satisfied: tallyCounts.indexOf('fitSatisfied'),
  basicallySatisfied: tallyCounts.indexOf('fitBasicallySatisfied'),
  unsatisfied: tallyCounts.indexOf('fitUnsatisfied'),
}))();

const levelProblem = (value: unknown, i: number, key: 'service' | 'professionalFit') =>
  domainError('INVALID_INPUT', {
    en: `ratings.${i}.${key} must be satisfied, basicallySatisfied or unsatisfied${key === 'professionalFit' ? ' (or null when not rated)' : ''}; received ${JSON.stringify(value)}.`,
    zh: `ratings.${i}.${key} 应为 满意（satisfied）、基本满意（basicallySatisfied）或不满意（unsatisfied）${key === 'professionalFit' ? '（未评价时为 null）' : ''}，实际为 ${JSON.stringify(value)}。`,
    path: ['ratings', i, key],
    value,
  });

/**
 * Tallies enterprises' ratings of cadres on two dimensions (Haining, 002): the service satisfaction
 * goes into `satisfied`, `basicallySatisfied` and `unsatisfied` — the counts of the `satisfaction`
 * rate — and the professional fit into `fitSatisfied`, `fitBasicallySatisfied` and
 * `fitUnsatisfied` — those of `professionalFitSatisfaction`; every other count stays 0. So
 * {@link qinqing/scoring!rates} gives Haining's two published rates side by side, and a scoring
 * scheme scores either (`{ rate: 'professionalFitSatisfaction' }`) or deducts per
 * `'fitUnsatisfied'`.
 *
 * The two dimensions never touch each other: removing the professional fit from every rating
 * leaves the service counts, and the satisfaction rate, as they were. The result is a tally table
 * like {@link tallyIssues}'s: merge it with the issue tallies of the same units
 * ({@link mergeTallyTables}) when the cadres' service satisfaction is to count with the issues'
 * feedback, or keep it apart. Tallies of disjoint sets of ratings merge into the tally of their union.
 *
 * Every rating passed counts: the app decides which to pass (the latest per enterprise and cadre,
 * one campaign, one quarter), or gives a `period`. O(n) for n ratings, plus the sort of the unit ids.
 *
 * @param ratings - The ratings (e.g. validated by {@link CadreRatingSchema}).
 * @param options - The grouping, and optionally the period.
 * @returns The tallies of the units with at least one rating counted, keys in code-unit order; or
 *   `INVALID_DATE` at `['ratings', index, 'on']` for a date that is not real, `INVALID_INPUT` at
 *   `['ratings', index, 'service' | 'professionalFit']` for a level that is not one of the three,
 *   `INVALID_DATE` / `INVALID_ARGUMENT` at `['options', 'period', …]` for a bad period, or
 *   `INVALID_ARGUMENT` at `['options', 'by']` for an unknown grouping.
 * @example
 * ```ts
 * const ratings = [
 *   { enterpriseId: 'e1', adviserId: 'c1', on: '2019-05-31', service: 'satisfied', professionalFit: 'satisfied' },
 *   { enterpriseId: 'e2', adviserId: 'c1', on: '2019-05-31', service: 'satisfied', professionalFit: 'unsatisfied' },
 *   { enterpriseId: 'e3', adviserId: 'c2', on: '2019-06-03', service: 'basicallySatisfied' },
 * ] as const;
 * const t = unwrap(tallyCadreRatings(ratings, { by: 'adviser' }));
 * [t['c1']?.satisfied, t['c1']?.fitSatisfied, t['c1']?.fitUnsatisfied, t['c2']?.fitSatisfied]; // [2, 1, 1, 0]
 * unwrap(rates(t['c1'] ?? emptyTally)).professionalFitSatisfaction; // 0.5
 * tallyCadreRatings([{ ...ratings[0], on: '2019-02-30' }], { by: 'adviser' }); // { ok: false, error: { code: 'INVALID_DATE', path: ['ratings', 0, 'on'], … } }
 * ```
 * @category Scoring
 */
export function tallyCadreRatings(ratings: readonly CadreRating[], options: TallyCadreRatingsOptions): Result<TallyTable> {
  let from = -Infinity;
  let to = Infinity;
  if (options.period !== undefined) {
    const p = readPeriod(options.period, 'options.period');
    if (!p.ok) return p;
    [from, to] = p.value;
  }
  const by = options.by;
  const byFunction = typeof by === 'function';
  const byMap = by !== null && typeof by === 'object' && by.byAdviser !== null && typeof by.byAdviser === 'object' ? by.byAdviser : null;
  if (!byFunction && byMap === null && by !== 'adviser' && by !== 'enterprise') {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `options.by must be 'adviser', 'enterprise', { byAdviser } or a function of the rating; received ${JSON.stringify(by) ?? String(by)}.`,
        zh: `options.by 应为 'adviser'、'enterprise'、{ byAdviser } 或以评价为参数的函数，实际为 ${JSON.stringify(by) ?? String(by)}。`,
        path: ['options', 'by'],
        value: by,
      }),
    );
  }
  const rows = new Rows();
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i] as CadreRating;
    const day = readDay(r.on, `ratings.${i}.on`);
    if (!day.ok) return err({ ...day.error, path: ['ratings', i, 'on'] });
    const service = r.service;
    if (typeof service !== 'string' || !Object.hasOwn(SERVICE, service)) return err(levelProblem(service, i, 'service'));
    const fit = r.professionalFit;
    if (fit !== undefined && fit !== null && (typeof fit !== 'string' || !Object.hasOwn(FIT, fit))) return err(levelProblem(fit, i, 'professionalFit'));
    if (day.value < from || day.value > to) continue;
    let units: Id | readonly Id[] | null | undefined;
    if (byFunction) units = by(r);
    else if (byMap !== null) units = Object.hasOwn(byMap, r.adviserId) ? byMap[r.adviserId] : null;
    else units = by === 'adviser' ? r.adviserId : r.enterpriseId;
    if (units === null || units === undefined) continue;
    const credit = (unit: Id): void => {
      const base = rows.slot(unit);
      rows.add(base + SERVICE[service], 1);
      if (fit !== undefined && fit !== null) rows.add(base + FIT[fit], 1);
    };
    if (typeof units === 'string') credit(units);
    else for (const u of new Set(units)) credit(u);
  }
  return ok(rows.table());
}
