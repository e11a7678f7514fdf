import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { Id } from '../core/schema.js';
import { byCodeUnit } from '../internal/compare.js';
import { isCount } from './check.js';

/**
 * Which way a score is better: `'desc'` when higher is better (a satisfaction rate), `'asc'` when
 * lower is better (a reopen rate, days to answer).
 *
 * @category Scoring
 */
export type RankOrder = 'desc' | 'asc';

/**
 * How {@link rankUnits} ranks.
 *
 * @category Scoring
 */
export interface RankOptions {
  /** `'desc'` (higher is better, the default) or `'asc'` (lower is better). */
  readonly order?: RankOrder;
}

/**
 * A unit to rank (an adviser, a department, a township): its id and its score, or `null` when it
 * has no data for the period.
 *
 * @category Scoring
 */
export interface RankEntry {
  /** The unit's id. */
  readonly id: Id;
  /** The score, a finite number, or null for no data. */
  readonly score: number | null;
}

/**
 * A ranked unit: a unit with a score has a rank from 1; a unit without data has neither.
 *
 * @category Scoring
 */
export type RankedEntry =
  | { readonly id: Id; readonly score: number; readonly rank: number }
  | { readonly id: Id; readonly score: null; readonly rank: null };

/**
 * A unit of the current ranking with its place in the previous one, for a "up 3 places" column.
 *
 * @category Scoring
 */
export type RankChange = RankedEntry & {
  /** The unit's rank in the previous ranking, or null when it was absent or unranked there. */
  readonly previousRank: number | null;
  /**
   * previousRank − rank: positive when the unit went up (3: up three places), negative when it
   * went down, 0 when it kept its rank; null when either rank is null.
   */
  readonly movement: number | null;
};


function invalid(en: string, zh: string, path: ErrorPath, value: unknown): Result<never> {
  return err(domainError('INVALID_ARGUMENT', { en, zh, path, value }));
}

function countProblem(n: number, fn: string): Result<never> | null {
  return isCount(n) ? null : invalid(`${fn} needs a whole number n ≥ 0; received ${n}.`, `${fn} 的名额 n 应为不小于 0 的整数，实际为 ${n}。`, ['n'], n);
}

function duplicate(id: Id, i: number): DomainError {
  return domainError('DUPLICATE_ID', {
    en: `The id ${id} appears more than once in the ranking.`,
    zh: `排名中编号 ${id} 重复出现。`,
    path: ['entries', i, 'id'],
    value: id,
  });
}

/**
 * Ranks units by score with standard competition ranking ("1-2-2-4"): equal scores (exact equality
 * of numbers) share a rank and the next rank skips, so a unit's rank is 1 + the number of units
 * with a strictly better score. The output lists the ranked units by rank, then by id in code-unit
 * order, then the units without data (`score: null`, `rank: null`) by id. It does not depend on
 * the order of the input. A quarterly ranking (002: 每季排名) is this function on the quarter's
 * scores; see {@link rankChanges} for the movement since the previous quarter.
 *
 * @param entries - The units and their scores; ids must be distinct.
 * @param options - `order`: `'desc'` (higher is better, the default) or `'asc'` (lower is better).
 * @returns The ranked units, a new array; or `DUPLICATE_ID` at `['entries', index, 'id']` for a
 *   repeated id, `INVALID_ARGUMENT` at `['entries', index, 'score']` for a NaN or infinite score or
 *   at `['options', 'order']` for an unknown order.
 * @example
 * ```ts
 * unwrap(rankUnits([{ id: 'a', score: 90 }, { id: 'b', score: 80 }, { id: 'c', score: 80 }, { id: 'd', score: 70 }, { id: 'e', score: null }]))
 *   .map((e) => e.rank); // [1, 2, 2, 4, null]
 * unwrap(rankUnits([{ id: 'a', score: 3 }, { id: 'b', score: 1 }], { order: 'asc' }))[0]?.id; // 'b'
 * rankUnits([{ id: 'a', score: 1 }, { id: 'a', score: 2 }]); // { ok: false, error: { code: 'DUPLICATE_ID', path: ['entries', 1, 'id'], … } }
 * ```
 * @category Scoring
 */
export function rankUnits(entries: readonly RankEntry[], options: RankOptions = {}): Result<RankedEntry[]> {
  const order = options.order ?? 'desc';
  if (order !== 'desc' && order !== 'asc') {
    return invalid(`order must be 'desc' or 'asc'; received ${String(order)}.`, `order 应为 'desc' 或 'asc'，实际为 ${String(order)}。`, ['options', 'order'], order);
  }
  const seen = new Set<Id>();
  const scored: { id: Id; score: number }[] = [];
  const missing: Id[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as RankEntry;
    if (seen.has(e.id)) return err(duplicate(e.id, i));
    seen.add(e.id);
    if (e.score === null) missing.push(e.id);
    else if (Number.isFinite(e.score)) scored.push({ id: e.id, score: e.score });
    else return invalid(`The score of ${e.id} must be a finite number or null; received ${e.score}.`, `${e.id} 的得分应为有限数值或 null，实际为 ${e.score}。`, ['entries', i, 'score'], e.score);
  }
  const sign = order === 'desc' ? -1 : 1;
  scored.sort((a, b) => (a.score === b.score ? byCodeUnit(a.id, b.id) : sign * (a.score - b.score)));
  const out: RankedEntry[] = [];
  let rank = 0;
  scored.forEach((e, i) => {
    if (i === 0 || e.score !== scored[i - 1]?.score) rank = i + 1;
    out.push({ id: e.id, score: e.score, rank });
  });
  for (const id of missing.sort(byCodeUnit)) out.push({ id, score: null, rank: null });
  return ok(out);
}

/** The ranked entries with a rank, each with its rank counted from the bottom. */
function withBottomRanks(ranked: readonly RankedEntry[]): { entry: RankedEntry & { rank: number }; bottom: number }[] {
  const rankedOnly = ranked.filter((e): e is RankedEntry & { rank: number } => e.rank !== null);
  const ranks = rankedOnly.map((e) => e.rank).sort((a, b) => a - b);
  // bottom rank = 1 + the number of entries with a strictly worse (larger) rank.
  const worse = (r: number): number => {
    let lo = 0;
    let hi = ranks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ranks[mid] as number) <= r) lo = mid + 1;
      else hi = mid;
    }
    return ranks.length - lo;
  };
  return rankedOnly.map((entry) => ({ entry, bottom: 1 + worse(entry.rank) }));
}

/**
 * The red list (红榜): the top `n` of a ranking, i.e. every unit whose rank is at most `n`, best
 * first (then by id). Units tied at the boundary are all included, so the list may hold **more
 * than `n`** units (top 2 of 90, 80, 80 holds three). Units without data are never listed.
 *
 * @param ranked - A ranking from {@link rankUnits}.
 * @param n - How many places the list has: a whole number ≥ 0.
 * @returns The listed units, a new array; or `INVALID_ARGUMENT` at `['n']` when `n` is not a
 *   whole number ≥ 0.
 * @example
 * ```ts
 * const ranked = unwrap(rankUnits([{ id: 'a', score: 90 }, { id: 'b', score: 80 }, { id: 'c', score: 80 }, { id: 'd', score: 70 }]));
 * unwrap(redList(ranked, 2)).map((e) => e.id); // ['a', 'b', 'c']: b and c tie for 2nd
 * redList(ranked, -1); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['n'], … } }
 * ```
 * @category Scoring
 */
export function redList(ranked: readonly RankedEntry[], n: number): Result<RankedEntry[]> {
  return (
    countProblem(n, 'redList') ??
    ok(ranked.filter((e): e is RankedEntry & { rank: number } => e.rank !== null && e.rank <= n).sort((a, b) => a.rank - b.rank || byCodeUnit(a.id, b.id)))
  );
}

/**
 * The black list (黑榜): the bottom `n` of a ranking. Places are counted from the bottom with the
 * same competition rule (a unit's bottom place is 1 + the number of units ranked strictly worse),
 * and every unit whose bottom place is at most `n` is listed, worst first (then by id). Units tied
 * at the boundary are all included, so the list may hold more than `n` units; units without data
 * are never listed. On a short ranking or with ties the red and black lists can share units
 * (90, 80, 80, 70 with n = 2: both hold the two 80s).
 *
 * @param ranked - A ranking from {@link rankUnits}.
 * @param n - How many places the list has: a whole number ≥ 0.
 * @returns The listed units (with their ranks from the top), a new array; or `INVALID_ARGUMENT` at
 *   `['n']` when `n` is not a whole number ≥ 0.
 * @example
 * ```ts
 * const ranked = unwrap(rankUnits([{ id: 'a', score: 90 }, { id: 'b', score: 80 }, { id: 'c', score: 70 }, { id: 'd', score: 70 }]));
 * unwrap(blackList(ranked, 1)).map((e) => e.id); // ['c', 'd']: they tie for last
 * blackList(ranked, 1.5).ok; // false
 * ```
 * @category Scoring
 */
export function blackList(ranked: readonly RankedEntry[], n: number): Result<RankedEntry[]> {
  return (
    countProblem(n, 'blackList') ??
    ok(
      withBottomRanks(ranked)
        .filter((x) => x.bottom <= n)
        .map((x) => x.entry)
        .sort((a, b) => b.rank - a.rank || byCodeUnit(a.id, b.id)),
    )
  );
}

/**
 * Each unit of the current ranking with its previous rank and its movement (previous − current:
 * 3 means up three places), e.g. from one quarter's ranking to the next (002: 每季排名). A unit
 * absent or unranked in the previous ranking, or unranked now, has a null movement.
 *
 * @param previous - The previous ranking from {@link rankUnits}.
 * @param current - The current ranking from {@link rankUnits}.
 * @returns The units of `current`, in its order, with `previousRank` and `movement`.
 * @example
 * ```ts
 * const q1 = unwrap(rankUnits([{ id: 'a', score: 90 }, { id: 'b', score: 80 }, { id: 'c', score: 70 }, { id: 'd', score: 60 }]));
 * const q2 = unwrap(rankUnits([{ id: 'a', score: 70 }, { id: 'b', score: 75 }, { id: 'c', score: 80 }, { id: 'd', score: 95 }]));
 * rankChanges(q1, q2)[0]; // { id: 'd', score: 95, rank: 1, previousRank: 4, movement: 3 }
 * ```
 * @category Scoring
 */
export function rankChanges(previous: readonly RankedEntry[], current: readonly RankedEntry[]): RankChange[] {
  const before = new Map<Id, number | null>();
  for (const e of previous) before.set(e.id, e.rank);
  return current.map((e) => {
    const previousRank = before.get(e.id) ?? null;
    const movement = previousRank === null || e.rank === null ? null : previousRank - e.rank;
    return { ...e, previousRank, movement };
  });
}
