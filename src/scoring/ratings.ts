import * as z from 'zod';
import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, Id } from '../core/schema.js';
import { IdSchema } from '../core/schema.js';
import { FeedbackLevel } from '../vocabulary/issue.js';
import { isCount } from './check.js';
import { rankUnits } from './rank.js';
import { rateOptionsProblem, ratesOf, type RateOptions } from './rates.js';
import { emptyTally } from './tally.js';

/**
 * Validates one enterprise's rating of a department (企业评部门, 000): the enterprise, the
 * department and the level — satisfied, basically satisfied or unsatisfied.
 *
 * @example
 * ```ts
 * DepartmentRatingSchema.safeParse({ enterpriseId: 'e1', departmentId: 'aic', level: 'satisfied' }).success; // true
 * ```
 * @category Scoring
 */
export const DepartmentRatingSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The enterprise that rates. */
  enterpriseId: IdSchema.describe('The enterprise that rates'),
  /** The department rated. */
  departmentId: IdSchema.describe('The department rated'),
  /** The rating. */
  level: FeedbackLevel.schema.describe('satisfied, basicallySatisfied or unsatisfied'),
}))();

/**
 * One enterprise's rating of a department; see {@link DepartmentRatingSchema}.
 *
 * @category Scoring
 */
export type DepartmentRating = Readonly<z.infer<typeof DepartmentRatingSchema>>;

/**
 * How {@link rateDepartments} rates and ranks: the satisfaction-rate options of {@link rates}
 * (the "basically satisfied" credit, 1 by default, and the optional Wilson z) and the fewest
 * ratings a department needs to be ranked (1 by default).
 *
 * @category Scoring
 */
export interface DepartmentRatingOptions extends RateOptions {
  /** A department with fewer ratings is listed but not ranked; a whole number, 1 by default. */
  readonly minRatings?: number;
}

/**
 * A department's standing in the enterprises' rating (企业评部门).
 *
 * @category Scoring
 */
export interface DepartmentStanding {
  /** The department. */
  readonly departmentId: Id;
  /** How many ratings it received (each rating passed counts). */
  readonly ratings: number;
  /** The ratings by level. */
  readonly counts: { readonly satisfied: number; readonly basicallySatisfied: number; readonly unsatisfied: number };
  /** How many distinct enterprises rated it. */
  readonly enterprises: number;
  /** The plain satisfaction rate: (satisfied + credit × basically satisfied) ÷ ratings. */
  readonly satisfaction: number;
  /** The Wilson lower bound of the satisfaction rate when `wilsonZ` is given, else null. */
  readonly satisfactionLowerBound: number | null;
  /** The rank (competition ranking, 1 is best), or null when it has too few ratings. */
  readonly rank: number | null;
  /** Why it is not ranked, or null when it is. */
  readonly unrankedReason: BilingualText | null;
}

/**
 * The enterprises' rating of departments (企业评部门, 000: Xingtai's bureau came first twice in
 * 2013): per department the ratings by level, the distinct enterprises, the satisfaction rate
 * (computed by {@link rates}), its Wilson lower bound when `wilsonZ` is given, and the rank by
 * {@link rankUnits} — by the lower bound when `wilsonZ` is given, else by the plain rate. A
 * department with fewer than `minRatings` ratings is listed, unranked, with the reason.
 *
 * Every rating passed counts: two ratings of one department by the same enterprise count twice.
 * The app decides which ratings to pass (the latest per enterprise, one campaign, one period).
 *
 * The small-sample point: the plain rate puts a department with 3 of 3 satisfied (100%) above one
 * with 290 of 300 (96.7%); with `wilsonZ: 1.96` the first scores about 0.44 and the second about
 * 0.94, so the well-attested department ranks first.
 *
 * @param ratings - The ratings (e.g. validated by {@link DepartmentRatingSchema}).
 * @param options - `basicallySatisfiedCredit` (1), `wilsonZ` (none) and `minRatings` (1).
 * @returns The departments in ranking order (ranked ones by rank then id, then unranked ones by id);
 *   or `INVALID_ARGUMENT` at `['options', 'basicallySatisfiedCredit' | 'wilsonZ' | 'minRatings']`
 *   for a credit outside 0…1, a z outside 0…10, or a `minRatings` that is not a
 *   whole number ≥ 0, or `INVALID_INPUT` at `['ratings', index, 'level']` for a level that is not
 *   satisfied, basically satisfied or unsatisfied.
 * @example
 * ```ts
 * const ratings = [
 *   ...Array.from({ length: 3 }, (_, i) => ({ enterpriseId: `s${i}`, departmentId: 'small', level: 'satisfied' as const })),
 *   ...Array.from({ length: 300 }, (_, i) => ({ enterpriseId: `b${i}`, departmentId: 'big', level: i < 290 ? ('satisfied' as const) : ('unsatisfied' as const) })),
 * ];
 * unwrap(rateDepartments(ratings)).map((d) => d.departmentId); // ['small', 'big']
 * unwrap(rateDepartments(ratings, { wilsonZ: 1.96 })).map((d) => d.departmentId); // ['big', 'small']
 * rateDepartments(ratings, { minRatings: -1 }); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'minRatings'], … } }
 * ```
 * @category Scoring
 */
export function rateDepartments(ratings: readonly DepartmentRating[], options: DepartmentRatingOptions = {}): Result<DepartmentStanding[]> {
  const minRatings = options.minRatings ?? 1;
  if (!isCount(minRatings)) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `minRatings must be a whole number ≥ 0; received ${minRatings}.`,
        zh: `最少评价数 minRatings 应为不小于 0 的整数，实际为 ${minRatings}。`,
        path: ['options', 'minRatings'],
        value: minRatings,
      }),
    );
  }
  const problem = rateOptionsProblem(options, ['options']); // even when there is no rating
  if (problem !== null) return err(problem);
  const credit = options.basicallySatisfiedCredit ?? 1;
  const byDepartment = new Map<Id, { satisfied: number; basicallySatisfied: number; unsatisfied: number; enterprises: Set<Id> }>();
  for (let i = 0; i < ratings.length; i++) {
    const r = ratings[i] as DepartmentRating;
    if (!Object.hasOwn(FeedbackLevel.labels, r.level)) {
      return err(
        domainError('INVALID_INPUT', {
          en: `ratings.${i}.level must be satisfied, basicallySatisfied or unsatisfied; received ${JSON.stringify(r.level)}.`,
          zh: `ratings.${i}.level 应为 满意（satisfied）、基本满意（basicallySatisfied）或不满意（unsatisfied），实际为 ${JSON.stringify(r.level)}。`,
          path: ['ratings', i, 'level'],
          value: r.level,
        }),
      );
    }
    let d = byDepartment.get(r.departmentId);
    if (d === undefined) {
      d = { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, enterprises: new Set() };
      byDepartment.set(r.departmentId, d);
    }
    d[r.level] += 1;
    d.enterprises.add(r.enterpriseId);
  }
  const standings = new Map<Id, Omit<DepartmentStanding, 'rank'>>();
  for (const [departmentId, d] of byDepartment) {
    const counts = { satisfied: d.satisfied, basicallySatisfied: d.basicallySatisfied, unsatisfied: d.unsatisfied };
    const n = d.satisfied + d.basicallySatisfied + d.unsatisfied;
    const tally = { ...emptyTally, ...counts };
    // n ≥ 1 for every department seen, so neither rate is null.
    const satisfaction = ratesOf(tally, credit, undefined).satisfaction as number;
    const satisfactionLowerBound = options.wilsonZ === undefined ? null : ratesOf(tally, credit, options.wilsonZ).satisfaction;
    const unrankedReason =
      n >= minRatings
        ? null
        : {
            zh: `收到评价 ${n} 条，少于参与排名所需的 ${minRatings} 条，不予排名。`,
            en: `Received ${n} rating${n === 1 ? '' : 's'}, fewer than the ${minRatings} needed to be ranked.`,
          };
    standings.set(departmentId, { departmentId, ratings: n, counts, enterprises: d.enterprises.size, satisfaction, satisfactionLowerBound, unrankedReason });
  }
  // Distinct ids and finite scores: the ranking cannot fail.
  const ranked = rankUnits(
    [...standings.values()].map((s) => ({
      id: s.departmentId,
      score: s.unrankedReason !== null ? null : (s.satisfactionLowerBound ?? s.satisfaction),
    })),
  );
  if (!ranked.ok) return ranked;
  return ok(ranked.value.map((e) => ({ ...(standings.get(e.id) as Omit<DepartmentStanding, 'rank'>), rank: e.rank })));
}
