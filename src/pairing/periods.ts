import type { Pairing } from './schema.js';

/**
 * The periods of one adviser with one target, for {@link validatePairings}' duplicate check: which
 * of the periods counted so far a new one overlaps. Built once over all the group's pairings that can
 * count, sorted by first day; a min-tree over those places holds the input index of each counted
 * one (Infinity while not counted). Counted periods never overlap one another, so the counted ones a
 * period overlaps stand together in this order, and the tree gives the earliest of them in input
 * order: O(k log k) to build for k periods, O(log k) per question or count, whatever order the
 * periods come in.
 */
export interface PeriodIndex {
  /** The input index of the earliest counted period that shares a day with `pairing`, or -1. */
  overlapping(pairing: Pairing): number;
  /** Marks `pairing` (one of the group's) as counted, at input index `at`. */
  count(pairing: Pairing, at: number): void;
}

/** The {@link PeriodIndex} of a group's pairings (each valid: `since ≤ until`). */
export function periodIndex(periods: readonly Pairing[]): PeriodIndex {
  const sorted = [...periods].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
  const n = sorted.length;
  const place = new Map<Pairing, number>(sorted.map((p, i) => [p, i]));
  let size = 1;
  while (size < n) size *= 2;
  const min = new Float64Array(2 * size).fill(Infinity);

  /** The first place whose period begins after `day` (`strict`) or on or after it. */
  const firstBeginning = (day: string, strict: boolean): number => {
    let [lo, hi] = [0, n];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const since = (sorted[mid] as Pairing).since;
      if (since < day || (strict && since === day)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The last counted place before `end` under `node` (covering places lo..hi-1), or -1. */
  const lastCounted = (node: number, lo: number, hi: number, end: number): number => {
    if (lo >= end || min[node] === Infinity) return -1;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >>> 1;
    const right = lastCounted(2 * node + 1, mid, hi, end);
    return right >= 0 ? right : lastCounted(2 * node, lo, mid, end);
  };
  /** The smallest input index counted at places lo..hi-1, or Infinity. */
  const earliest = (lo: number, hi: number): number => {
    let best = Infinity;
    for (lo += size, hi += size; lo < hi; lo >>>= 1, hi >>>= 1) {
      if (lo & 1) best = Math.min(best, min[lo++] as number);
      if (hi & 1) best = Math.min(best, min[--hi] as number);
    }
    return best;
  };

  return {
    overlapping(p) {
      // The counted periods that begin before p and still run on its first day: at most the last of them.
      const before = firstBeginning(p.since, false);
      const last = lastCounted(1, 0, size, before);
      const until = last < 0 ? undefined : (sorted[last] as Pairing).until;
      const from = last >= 0 && (until === null || (until as string) >= p.since) ? last : before;
      const to = p.until === null ? n : firstBeginning(p.until, true);
      const at = earliest(from, to);
      return at === Infinity ? -1 : at;
    },
    count(p, at) {
      let i = (place.get(p) as number) + size;
      min[i] = at;
      for (i >>>= 1; i >= 1; i >>>= 1) min[i] = Math.min(min[2 * i] as number, min[2 * i + 1] as number);
    },
  };
}
