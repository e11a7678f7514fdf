/**
 * Shadowing and rank inversion for ladders whose rules set only ranges, a supervision step range
 * and the unsolvable flag, each rule bounding at most one fact: found by sorting and sweeping
 * instead of comparing every pair of rules, in O(n log n) for n rules. Internal to `validateLadder`.
 */

/** A rule as the sweep sees it. */
export interface SweepRule {
  /** The index of the one fact the rule bounds (a range or the step), or -1 when it bounds none. */
  readonly dim: number;
  /** That bound's interval of values (nonempty; ignored when `dim` is -1). */
  readonly lo: number;
  readonly hi: number;
  readonly rank: number;
  /** 0 when the rule does not ask for `declaredUnsolvable`, 1 when it needs true, 2 when it needs false. */
  readonly u: number;
}

const NONE = 0x7fffffff;

/** The index of the first element of the ascending `xs` that is ≥ x (`xs.length` when none). */
function lowerBound(xs: readonly number[], x: number): number {
  let low = 0;
  let high = xs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((xs[mid] as number) >= x) high = mid;
    else low = mid + 1;
  }
  return low;
}

const distinctSorted = (xs: readonly number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

/**
 * For each query j, lowers `out[j]` to the first item i with lo_i ≤ lo_j and hi_i ≥ hi_j: a sweep
 * by lo with a Fenwick tree of minima over hi (largest first). O((m + q) log m) for m items, q queries.
 */
function firstContaining(rules: readonly SweepRule[], items: readonly number[], queries: readonly number[], out: Int32Array): void {
  if (items.length === 0 || queries.length === 0) return;
  const his = distinctSorted(items.map((i) => (rules[i] as SweepRule).hi));
  const size = his.length;
  const tree = new Int32Array(size + 1).fill(NONE);
  const lo = (i: number): number => (rules[i] as SweepRule).lo;
  const byLo = [...items].sort((a, b) => lo(a) - lo(b));
  const asked = [...queries].sort((a, b) => lo(a) - lo(b));
  let k = 0;
  for (const j of asked) {
    while (k < byLo.length && lo(byLo[k] as number) <= lo(j)) {
      const i = byLo[k++] as number;
      for (let p = size - lowerBound(his, (rules[i] as SweepRule).hi); p <= size; p += p & -p) tree[p] = Math.min(tree[p] as number, i);
    }
    let best = NONE;
    for (let p = size - lowerBound(his, (rules[j] as SweepRule).hi); p > 0; p -= p & -p) best = Math.min(best, tree[p] as number);
    out[j] = Math.min(out[j] as number, best);
  }
}

/**
 * For each query j, lowers `out[j]` to the first item i of rank below j's whose interval meets
 * j's: items are inserted in ascending rank into a segment tree over the interval ends (each node
 * keeps the first item spanning it whole, and the first in its subtree), and each query, once the
 * items of lower rank are in, reads the first item meeting its interval. O((m + q) log m).
 */
function firstMeetingBelow(rules: readonly SweepRule[], items: readonly number[], queries: readonly number[], out: Int32Array): void {
  if (items.length === 0 || queries.length === 0) return;
  const r = (i: number): SweepRule => rules[i] as SweepRule;
  // The items' ends and the queries': two nonempty intervals meet exactly when they share one of these points.
  const points = distinctSorted([...items, ...queries].flatMap((i) => [r(i).lo, r(i).hi]));
  const size = points.length;
  const whole = new Int32Array(4 * size).fill(NONE); // first item spanning the node whole
  const below = new Int32Array(4 * size).fill(NONE); // first item touching the node's span
  const insert = (node: number, from: number, to: number, a: number, b: number, i: number): void => {
    if (b < from || to < a) return;
    below[node] = Math.min(below[node] as number, i);
    if (a <= from && to <= b) {
      whole[node] = Math.min(whole[node] as number, i);
      return;
    }
    const mid = (from + to) >> 1;
    insert(2 * node, from, mid, a, b, i);
    insert(2 * node + 1, mid + 1, to, a, b, i);
  };
  const query = (node: number, from: number, to: number, a: number, b: number): number => {
    if (b < from || to < a) return NONE;
    if (a <= from && to <= b) return below[node] as number;
    const mid = (from + to) >> 1;
    return Math.min(whole[node] as number, query(2 * node, from, mid, a, b), query(2 * node + 1, mid + 1, to, a, b));
  };
  const byRank = [...items].sort((a, b) => r(a).rank - r(b).rank);
  const asked = [...queries].sort((a, b) => r(a).rank - r(b).rank);
  let k = 0;
  for (const j of asked) {
    while (k < byRank.length && r(byRank[k] as number).rank < r(j).rank) {
      const i = byRank[k++] as number;
      insert(1, 0, size - 1, lowerBound(points, r(i).lo), lowerBound(points, r(i).hi), i);
    }
    out[j] = Math.min(out[j] as number, query(1, 0, size - 1, lowerBound(points, r(j).lo), lowerBound(points, r(j).hi)));
  }
}

/** For each query j, lowers `out[j]` to the first item of rank below j's: items sorted by rank with running minima. O((m + q) log m). */
function firstBelow(rules: readonly SweepRule[], items: readonly number[], queries: readonly number[], out: Int32Array): void {
  if (items.length === 0 || queries.length === 0) return;
  const byRank = [...items].sort((a, b) => (rules[a] as SweepRule).rank - (rules[b] as SweepRule).rank);
  const ranks = byRank.map((i) => (rules[i] as SweepRule).rank);
  const firstUpTo = new Int32Array(byRank.length);
  byRank.forEach((i, k) => (firstUpTo[k] = Math.min(i, k === 0 ? NONE : (firstUpTo[k - 1] as number))));
  for (const j of queries) {
    const count = lowerBound(ranks, (rules[j] as SweepRule).rank); // items of lower rank
    if (count > 0) out[j] = Math.min(out[j] as number, firstUpTo[count - 1] as number);
  }
}

/**
 * For every rule j, the first other rule that covers it (every facts object satisfying j satisfies
 * it) and the first of lower rank that meets it (some facts object satisfies both), -1 for none;
 * the caller keeps those before j. `covers` needs the same or no unsolvable flag and, on the
 * covering rule's one bounded fact, an interval containing j's; `meets` needs compatible flags and
 * intersecting intervals where both bound the same fact. O(n log n) for n rules.
 */
export function sweepLadder(rules: readonly SweepRule[], dims: number): { readonly coveredBy: Int32Array; readonly meetsLower: Int32Array } {
  const n = rules.length;
  const coveredBy = new Int32Array(n).fill(NONE);
  const meetsLower = new Int32Array(n).fill(NONE);
  // Groups by (bounded fact + 1, flag): group g = (dim + 1) * 3 + u.
  const groups: number[][] = Array.from({ length: (dims + 1) * 3 }, () => []);
  rules.forEach((rule, i) => (groups[(rule.dim + 1) * 3 + rule.u] as number[]).push(i));
  const of = (dim: number, u: number): readonly number[] => groups[(dim + 1) * 3 + u] as number[];
  for (let u = 0; u < 3; u++) {
    // Coverers of flag u serve rules of flag u, and unflagged coverers serve every rule.
    const served = (dim: number): number[] => (u === 0 ? [0, 1, 2] : [u]).flatMap((v) => of(dim, v));
    // A rule bounding nothing covers every rule of its flag (or all, unflagged): the first one.
    const plain = of(-1, u);
    if (plain.length > 0) {
      const first = plain[0] as number;
      for (let d = -1; d < dims; d++) for (const j of served(d)) coveredBy[j] = Math.min(coveredBy[j] as number, first);
    }
    for (let d = 0; d < dims; d++) firstContaining(rules, of(d, u), served(d), coveredBy);
  }
  for (let u = 0; u < 3; u++) {
    for (let v = 0; v < 3; v++) {
      if (u !== 0 && v !== 0 && u !== v) continue; // opposite flags never meet
      for (let d = -1; d < dims; d++) {
        const asked = of(d, v);
        if (asked.length === 0) continue;
        // Rules bounding another fact, or none, meet j whatever their interval; the same fact must intersect.
        for (let e = -1; e < dims; e++) {
          if (e === d && d !== -1) firstMeetingBelow(rules, of(e, u), asked, meetsLower);
          else firstBelow(rules, of(e, u), asked, meetsLower);
        }
      }
    }
  }
  const finish = (xs: Int32Array): Int32Array => xs.map((x) => (x === NONE ? -1 : x));
  return { coveredBy: finish(coveredBy), meetsLower: finish(meetsLower) };
}
