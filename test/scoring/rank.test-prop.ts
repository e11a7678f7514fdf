import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/core/result.js';
import { blackList, rankUnits, redList, type RankEntry, type RankOrder } from '../../src/scoring/rank.js';

/** Units with distinct ids and scores from a small set, so that ties are frequent; some without data. */
const entriesArb = fc
  .uniqueArray(fc.string({ maxLength: 3 }).filter((s) => s.length > 0), { maxLength: 25 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) => fc.record({ id: fc.constant(id), score: fc.option(fc.integer({ min: 0, max: 8 }), { freq: 6 }) })),
    ),
  )
  .map((es): RankEntry[] => es);
const orderArb = fc.constantFrom<RankOrder>('desc', 'asc');

describe('rankUnits laws', () => {
  test.prop([entriesArb, orderArb], { numRuns: 300 })(
    'rank = 1 + the number of strictly better scores; equal scores share a rank; a better score never has a worse rank',
    (entries, order) => {
      const ranked = unwrap(rankUnits(entries, { order }));
      expect(ranked).toHaveLength(entries.length);
      const better = (a: number, b: number): boolean => (order === 'desc' ? a > b : a < b);
      const scored = entries.filter((e): e is { id: string; score: number } => e.score !== null);
      for (const r of ranked) {
        if (r.score === null) {
          expect(r.rank).toBeNull();
          continue;
        }
        const score = r.score;
        expect(r.rank).toBe(1 + scored.filter((e) => better(e.score, score)).length);
        for (const s of ranked) {
          if (s.score === null) continue;
          if (s.score === r.score) expect(s.rank).toBe(r.rank);
          if (better(s.score, r.score)) expect(s.rank).toBeLessThan(r.rank);
        }
      }
    },
  );

  test.prop([entriesArb.chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length }))), orderArb], { numRuns: 200 })(
    'does not depend on the input order',
    ([entries, shuffled], order) => {
      expect(unwrap(rankUnits(shuffled, { order }))).toEqual(unwrap(rankUnits(entries, { order })));
    },
  );
});

describe('red and black list laws', () => {
  const better = (a: number, b: number): boolean => a > b;

  test.prop([entriesArb, fc.nat({ max: 30 })], { numRuns: 300 })(
    'a unit is in both lists exactly when fewer than n units are strictly better and fewer than n strictly worse; never a unit without data',
    (entries, n) => {
      const ranked = unwrap(rankUnits(entries));
      const red = new Set(unwrap(redList(ranked, n)).map((e) => e.id));
      const black = new Set(unwrap(blackList(ranked, n)).map((e) => e.id));
      const scored = ranked.filter((e) => e.score !== null);
      for (const e of ranked) {
        if (e.score === null) {
          expect(red.has(e.id) || black.has(e.id)).toBe(false);
          continue;
        }
        const score = e.score;
        const above = scored.filter((s) => s.score !== null && better(s.score, score)).length;
        const below = scored.filter((s) => s.score !== null && better(score, s.score)).length;
        expect(red.has(e.id)).toBe(above < n);
        expect(black.has(e.id)).toBe(below < n);
      }
    },
  );

  test.prop([entriesArb, fc.nat({ max: 30 })], { numRuns: 300 })(
    'red ∩ black is empty when all scores differ and 2n ≤ the ranked units, and everyone is in both when all scores tie and n ≥ 1',
    (entries, n) => {
      const ranked = unwrap(rankUnits(entries));
      const scores = ranked.flatMap((e) => (e.score === null ? [] : [e.score]));
      const red = unwrap(redList(ranked, n)).map((e) => e.id);
      const both = unwrap(blackList(ranked, n)).filter((e) => red.includes(e.id));
      if (new Set(scores).size === scores.length && 2 * n <= scores.length) expect(both).toEqual([]);
      if (n >= 1 && new Set(scores).size === 1) expect(both).toHaveLength(scores.length);
    },
  );
});
