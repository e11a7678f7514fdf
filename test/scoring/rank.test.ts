import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.js';
import { blackList, rankChanges, rankUnits, redList, type RankEntry } from '../../src/scoring/rank.js';

const units = (...scores: (number | null)[]): RankEntry[] => scores.map((score, i) => ({ id: String.fromCharCode(97 + i), score }));

describe('rankUnits: standard competition ranking', () => {
  it('002: a quarterly ranking (每季排名) ranks [90, 80, 80, 70] as 1, 2, 2, 4', () => {
    expect(unwrap(rankUnits(units(90, 80, 80, 70)))).toEqual([
      { id: 'a', score: 90, rank: 1 },
      { id: 'b', score: 80, rank: 2 },
      { id: 'c', score: 80, rank: 2 },
      { id: 'd', score: 70, rank: 4 },
    ]);
  });

  it('sorts by rank, then by id in code-unit order, and puts units without data last, unranked', () => {
    const ranked = unwrap(rankUnits([
      { id: 'z', score: null },
      { id: 'b', score: 5 },
      { id: 'B', score: 5 },
      { id: 'a', score: null },
      { id: 'c', score: 7 },
    ]));
    expect(ranked.map((e) => [e.id, e.rank])).toEqual([
      ['c', 1],
      ['B', 2],
      ['b', 2],
      ['a', null],
      ['z', null],
    ]);
  });

  it("ranks 'asc' for lower-is-better measures (e.g. the reopen rate)", () => {
    expect(unwrap(rankUnits(units(0.3, 0.1, 0.1, null), { order: 'asc' })).map((e) => [e.id, e.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['d', null],
    ]);
  });

  it('treats 0 and -0 as tied (exact equality of numbers) and handles an empty input', () => {
    expect(unwrap(rankUnits(units(0, -0))).map((e) => e.rank)).toEqual([1, 1]);
    expect(unwrap(rankUnits([]))).toEqual([]);
  });

  it('does not change its argument', () => {
    const entries = Object.freeze(units(1, 3, 2).map((e) => Object.freeze(e)));
    expect(rankUnits(entries).ok).toBe(true);
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('returns DUPLICATE_ID for a repeated id and INVALID_ARGUMENT for a NaN or infinite score or an unknown order', () => {
    expect(rankUnits([{ id: 'a', score: 1 }, { id: 'a', score: null }])).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['entries', 1, 'id'] } });
    expect(rankUnits(units(1, Number.NaN))).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['entries', 1, 'score'] } });
    expect(rankUnits(units(Number.POSITIVE_INFINITY))).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['entries', 0, 'score'] } });
    expect(rankUnits(units(1), { order: 'up' as 'asc' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'order'] } });
  });

  it('Part 8: rankUnits returns DUPLICATE_ID or INVALID_ARGUMENT, with both messages and the value, instead of throwing', () => {
    const dup = rankUnits([{ id: 'x', score: 1 }, { id: 'y', score: 2 }, { id: 'x', score: 3 }]);
    expect(dup).toEqual({
      ok: false,
      error: { code: 'DUPLICATE_ID', message: 'The id x appears more than once in the ranking.', messageZh: '排名中编号 x 重复出现。', path: ['entries', 2, 'id'], value: 'x' },
    });
    const nan = rankUnits([{ id: 'x', score: Number.NaN }]);
    expect(nan).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['entries', 0, 'score'], value: Number.NaN } });
    expect(nan.ok ? '' : nan.error.messageZh).toContain('有限数值');
  });
});

describe('red list (红榜) and black list (黑榜)', () => {
  const ranked = unwrap(rankUnits(units(90, 80, 80, 70, 60, 60, null)));

  it('the red list holds every unit ranked within n, so a tie at the boundary makes it longer than n', () => {
    expect(unwrap(redList(ranked, 1)).map((e) => e.id)).toEqual(['a']);
    expect(unwrap(redList(ranked, 2)).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(unwrap(redList(ranked, 3)).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(unwrap(redList(ranked, 0))).toEqual([]);
  });

  it('the black list counts places from the bottom with the same rule, worst first, ties at the boundary included', () => {
    expect(unwrap(blackList(ranked, 1)).map((e) => e.id)).toEqual(['e', 'f']);
    expect(unwrap(blackList(ranked, 2)).map((e) => e.id)).toEqual(['e', 'f']);
    expect(unwrap(blackList(ranked, 3)).map((e) => e.id)).toEqual(['e', 'f', 'd']);
    expect(unwrap(blackList(ranked, 4)).map((e) => e.id)).toEqual(['e', 'f', 'd', 'b', 'c']);
  });

  it('never lists a unit without data, even when n covers everyone', () => {
    expect(unwrap(redList(ranked, 100)).map((e) => e.id)).not.toContain('g');
    expect(unwrap(blackList(ranked, 100)).map((e) => e.id)).not.toContain('g');
    expect(unwrap(blackList(ranked, 100))).toHaveLength(6);
  });

  it('on a short ranking with ties the two lists can share units: 90, 80, 80, 70 with n = 2', () => {
    const short = unwrap(rankUnits(units(90, 80, 80, 70)));
    expect(unwrap(redList(short, 2)).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(unwrap(blackList(short, 2)).map((e) => e.id)).toEqual(['d', 'b', 'c']);
  });

  it('rejects an n that is not a whole number ≥ 0', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(redList(ranked, n)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['n'] } });
      expect(blackList(ranked, n)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['n'] } });
    }
  });

  it('Part 8: redList returns INVALID_ARGUMENT at n instead of throwing', () => {
    const r = redList(ranked, -2);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['n'], value: -2 } });
    expect(r.ok ? [] : [r.error.message, r.error.messageZh]).toEqual(['redList needs a whole number n ≥ 0; received -2.', 'redList 的名额 n 应为不小于 0 的整数，实际为 -2。']);
    expect(redList(ranked, 0)).toEqual({ ok: true, value: [] });
  });

  it('Part 8: blackList returns INVALID_ARGUMENT at n instead of throwing', () => {
    const r = blackList(ranked, 0.5);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['n'], value: 0.5 } });
    expect(r.ok ? '' : r.error.message).toBe('blackList needs a whole number n ≥ 0; received 0.5.');
    expect(blackList([], 3)).toEqual({ ok: true, value: [] });
  });
});

describe('rankChanges: movement between two quarterly rankings (002: 每季排名)', () => {
  it('gives each current unit its previous rank and previous − current (3: up three places)', () => {
    const q1 = unwrap(rankUnits([
      { id: 'a', score: 90 },
      { id: 'b', score: 80 },
      { id: 'c', score: 70 },
      { id: 'd', score: 60 },
      { id: 'gone', score: 50 },
      { id: 'nodata', score: null },
    ]));
    const q2 = unwrap(rankUnits([
      { id: 'a', score: 70 },
      { id: 'b', score: 75 },
      { id: 'c', score: 80 },
      { id: 'd', score: 95 },
      { id: 'new', score: 10 },
      { id: 'nodata', score: 40 },
      { id: 'quiet', score: null },
    ]));
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
    const q1 = unwrap(rankUnits(units(2, 1)));
    const q2 = unwrap(rankUnits(units(5, null)));
    expect(rankChanges(q1, q2)).toEqual([
      { id: 'a', score: 5, rank: 1, previousRank: 1, movement: 0 },
      { id: 'b', score: null, rank: null, previousRank: 2, movement: null },
    ]);
  });
});
