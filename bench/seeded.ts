/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same numbers in [0, 1).
 * Its own file, without imports or side effects, so that tests can share it with the benches
 * without loading the bench harness.
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The draws the benches' seeded workloads are built from, all from one {@link seeded} stream. */
export interface Draws {
  /** A number in [0, 1). */
  readonly rand: () => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** An integer from `lo` to `hi`, both included. */
  readonly int: (lo: number, hi: number) => number;
  /** One item of a non-empty list. */
  readonly pick: <T>(xs: readonly T[]) => T;
  /** A key of `weights` with probability proportional to its weight. */
  readonly weighted: <K extends string>(weights: Readonly<Partial<Record<K, number>>>) => K;
}

/** Seeded draws: the same seed gives the same workload. */
export function draws(seed: number): Draws {
  const rand = seeded(seed);
  return {
    rand,
    chance: (p) => rand() < p,
    int: (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T,
    weighted: <K extends string>(weights: Readonly<Partial<Record<K, number>>>): K => {
      const entries = Object.entries(weights) as [K, number][];
      let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [k, w] of entries) if ((r -= w) < 0) return k;
      return (entries[entries.length - 1] as [K, number])[0];
    },
  };
}

/** A copy of `list` in an order drawn from `seed` (Fisher–Yates over {@link seeded}): the same seed, the same order. */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rand = seeded(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
