import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse } from '../../src/index.js';
import { unwrap } from '../../src/core/result.js';
import { AppraisalGrade, appraisalGrades, AppraisalPolicySchema, type AppraisalCandidate, type AppraisalPolicy, type AppraisalResult } from '../../src/scoring/grades.js';

/** People with distinct ids, scores on a coarse grid around the thresholds (ties are frequent), some seconded. */
const peopleArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 40 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            score: fc.integer({ min: 8, max: 20 }).map((n) => n * 5),
            seconded: fc.boolean(),
            tieBreakers: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
          },
          { requiredKeys: ['id', 'score'] },
        ),
      ),
    ),
  )
  .map((ps): AppraisalCandidate[] => ps);

const policyArb: fc.Arbitrary<AppraisalPolicy> = fc
  .record({
    excellentShare: fc.integer({ min: 0, max: 80 }).map((n) => n / 100),
    secondedBonus: fc.integer({ min: 0, max: 20 }).map((n) => n / 100),
    rounding: fc.constantFrom('floor' as const, 'round' as const),
    excellent: fc.option(fc.integer({ min: 60, max: 95 })),
  })
  .map(({ excellent, ...rest }) => parse(AppraisalPolicySchema, { ...rest, minScores: { excellent } }));

const rankOf = (g: string): number => AppraisalGrade.schema.options.indexOf(g as never);

describe('appraisalGrades laws', () => {
  test.prop([peopleArb, policyArb], { numRuns: 200 })('in each pool, no more people are excellent than the quota', (people, policy) => {
    const { grades, pools } = unwrap(appraisalGrades(people, policy));
    for (const pool of ['regular', 'seconded'] as const) {
      const excellent = grades.filter((g) => g.pool === pool && g.grade === 'excellent').length;
      expect(excellent).toBe(pools[pool].excellent);
      expect(excellent).toBeLessThanOrEqual(pools[pool].quota);
      expect(pools[pool].people).toBe(people.filter((p) => (p.seconded === true) === (pool === 'seconded')).length);
    }
  });

  test.prop([peopleArb.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length }))), policyArb], { numRuns: 200 })(
    'the grades do not depend on the input order',
    ([people, shuffled], policy) => {
      const byId = (r: AppraisalResult) => [...r.grades].sort((a, b) => (a.id < b.id ? -1 : 1));
      const a = unwrap(appraisalGrades(people, policy));
      const b = unwrap(appraisalGrades(shuffled, policy));
      expect(byId(b)).toEqual(byId(a));
      expect(b.pools).toEqual(a.pools);
      expect(b.grades.map((g) => g.id)).toEqual(shuffled.map((p) => p.id));
    },
  );

  test.prop([peopleArb, policyArb], { numRuns: 200 })('within a pool, a higher score never gets a lower grade or a later place', (people, policy) => {
    const { grades } = unwrap(appraisalGrades(people, policy));
    const score = new Map(people.map((p) => [p.id, p.score]));
    for (const g of grades) {
      for (const h of grades) {
        if (g.pool !== h.pool || (score.get(g.id) ?? 0) <= (score.get(h.id) ?? 0)) continue;
        expect(rankOf(g.grade)).toBeLessThanOrEqual(rankOf(h.grade));
        expect(g.place).toBeLessThan(h.place);
      }
    }
  });

  test.prop([peopleArb, policyArb], { numRuns: 200 })(
    'the quota is filled as far as people reach the thresholds: excellent = min(quota, people eligible)',
    (people, policy) => {
      const { pools } = unwrap(appraisalGrades(people, policy));
      const { competent, excellent } = policy.minScores;
      for (const pool of ['regular', 'seconded'] as const) {
        const eligible = people.filter((p) => (p.seconded === true) === (pool === 'seconded') && p.score >= competent && (excellent === null || p.score >= excellent)).length;
        expect(pools[pool].excellent).toBe(Math.min(pools[pool].quota, eligible));
      }
    },
  );
});
