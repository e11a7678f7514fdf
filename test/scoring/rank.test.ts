import { describe, expect, it } from 'vitest';
import { QinqingError } from '../../src/core/errors.js';
import { blackList, rankChanges, rankUnits, redList, type RankEntry } from '../../src/scoring/rank.js';

const units = (...scores: (number | null)[]): RankEntry[] => scores.map((score, i) => ({ id: String.fromCharCode(97 + i), score }));

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof QinqingError) return e.code;
    throw e;
  }
  return undefined;
};

describe('rankUnits: standard competition ranking', () => {
  it('002: a quarterly ranking (每季排名) ranks [90, 80, 80, 70] as 1, 2, 2, 4', () => {
    expect(rankUnits(units(90, 80, 80, 70))).toEqual([
      { id: 'a', score: 90, rank: 1 },
      { id: 'b', score: 80, rank: 2 },
      { id: 'c', score: 80, rank: 2 },
      { id: 'd', score: 70, rank: 4 },
    ]);
  });

  it('sorts by rank, then by id in code-unit order, and puts units without data last, unranked', () => {
    const ranked = rankUnits([
      { id: 'z', score: null },
      { id: 'b', score: 5 },
      { id: 'B', score: 5 },
      { id: 'a', score: null },
      { id: 'c', score: 7 },
    ]);
    expect(ranked.map((e) => [e.id, e.rank])).toEqual([
      ['c', 1],
      ['B', 2],
      ['b', 2],
      ['a', null],
      ['z', null],
    ]);
  });

  it("ranks 'asc' for lower-is-better measures (e.g. the reopen rate)", () => {
    expect(rankUnits(units(0.3, 0.1, 0.1, null), { order: 'asc' }).map((e) => [e.id, e.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['d', null],
    ]);
  });

  it('treats 0 and -0 as tied (exact equality of numbers) and handles an empty input', () => {
    expect(rankUnits(units(0, -0)).map((e) => e.rank)).toEqual([1, 1]);
    expect(rankUnits([])).toEqual([]);
  });

  it('does not change its argument', () => {
    const entries = Object.freeze(units(1, 3, 2).map((e) => Object.freeze(e)));
    expect(() => rankUnits(entries)).not.toThrow();
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('throws DUPLICATE_ID for a repeated id and INVALID_ARGUMENT for a NaN or infinite score or an unknown order', () => {
    expect(codeOf(() => rankUnits([{ id: 'a', score: 1 }, { id: 'a', score: null }]))).toBe('DUPLICATE_ID');
    expect(codeOf(() => rankUnits(units(1, Number.NaN)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => rankUnits(units(Number.POSITIVE_INFINITY)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => rankUnits(units(1), { order: 'up' as 'asc' }))).toBe('INVALID_ARGUMENT');
  });
});

describe('red list (红榜) and black list (黑榜)', () => {
  const ranked = rankUnits(units(90, 80, 80, 70, 60, 60, null));

  it('the red list holds every unit ranked within n, so a tie at the boundary makes it longer than n', () => {
    expect(redList(ranked, 1).map((e) => e.id)).toEqual(['a']);
    expect(redList(ranked, 2).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(redList(ranked, 3).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(redList(ranked, 0)).toEqual([]);
  });

  it('the black list counts places from the bottom with the same rule, worst first, ties at the boundary included', () => {
    expect(blackList(ranked, 1).map((e) => e.id)).toEqual(['e', 'f']);
    expect(blackList(ranked, 2).map((e) => e.id)).toEqual(['e', 'f']);
    expect(blackList(ranked, 3).map((e) => e.id)).toEqual(['e', 'f', 'd']);
    expect(blackList(ranked, 4).map((e) => e.id)).toEqual(['e', 'f', 'd', 'b', 'c']);
  });

  it('never lists a unit without data, even when n covers everyone', () => {
    expect(redList(ranked, 100).map((e) => e.id)).not.toContain('g');
    expect(blackList(ranked, 100).map((e) => e.id)).not.toContain('g');
    expect(blackList(ranked, 100)).toHaveLength(6);
  });

  it('on a short ranking with ties the two lists can share units: 90, 80, 80, 70 with n = 2', () => {
    const short = rankUnits(units(90, 80, 80, 70));
    expect(redList(short, 2).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(blackList(short, 2).map((e) => e.id)).toEqual(['d', 'b', 'c']);
  });

  it('rejects an n that is not a whole number ≥ 0', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codeOf(() => redList(ranked, n))).toBe('INVALID_ARGUMENT');
      expect(codeOf(() => blackList(ranked, n))).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('rankChanges: movement between two quarterly rankings (002: 每季排名)', () => {
  it('gives each current unit its previous rank and previous − current (3: up three places)', () => {
    const q1 = rankUnits([
      { id: 'a', score: 90 },
      { id: 'b', score: 80 },
      { id: 'c', score: 70 },
      { id: 'd', score: 60 },
      { id: 'gone', score: 50 },
      { id: 'nodata', score: null },
    ]);
    const q2 = rankUnits([
      { id: 'a', score: 70 },
      { id: 'b', score: 75 },
      { id: 'c', score: 80 },
      { id: 'd', score: 95 },
      { id: 'new', score: 10 },
      { id: 'nodata', score: 40 },
      { id: 'quiet', score: null },
    ]);
    expect(rankChanges(q1, q2)).toEqual([
      { id: 'd', score: 95, rank: 1, previousRank: 4, movement: 3 },
      { id: 'c', score: 80, rank: 2, previousRank: 3, movement: 1 },
      { id: 'b', score: 75, rank: 3, previousRank: 2, movement: -1 },
      { id: 'a', score: 70, rank: 4, previousRank: 1, movement: -3 },
      { id: 'nodata', score: 40, rank: 5, previousRank: null, movement: null },
      { id: 'new', score: 10, rank: 6, previousRank: null, movement: null },
      { id: 'quiet', score: null, rank: null, previousRank: null, movement: null },
    ]);
  });

  it('a unit that kept its place has movement 0; a unit unranked now has a previous rank but no movement', () => {
    const q1 = rankUnits(units(2, 1));
    const q2 = rankUnits(units(5, null));
    expect(rankChanges(q1, q2)).toEqual([
      { id: 'a', score: 5, rank: 1, previousRank: 1, movement: 0 },
      { id: 'b', score: null, rank: null, previousRank: 2, movement: null },
    ]);
  });
});
