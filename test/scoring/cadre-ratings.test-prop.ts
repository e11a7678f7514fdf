import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { emptyTally, mergeTallyTables, rates, RateName, tallyCadreRatings, type CadreRating, type RateOptions, type Tally } from '../../src/scoring/index.js';
import { tallyArb } from './fixtures.js';

const level = fc.constantFrom('satisfied' as const, 'basicallySatisfied' as const, 'unsatisfied' as const);
const ratingArb: fc.Arbitrary<CadreRating> = fc
  .record({
    enterpriseId: fc.constantFrom('e1', 'e2', 'e3'),
    adviserId: fc.constantFrom('c1', 'c2', 'c3'),
    on: fc.constantFrom('2019-05-31', '2019-06-30', '2019-07-01'),
    service: level,
    professionalFit: fc.option(level, { nil: undefined }),
  })
  .map((r) => (r.professionalFit === undefined ? { enterpriseId: r.enterpriseId, adviserId: r.adviserId, on: r.on, service: r.service } : r));
const ratingsArb = fc.array(ratingArb, { maxLength: 60 });
const options: fc.Arbitrary<RateOptions> = fc.record(
  { basicallySatisfiedCredit: fc.double({ min: 0, max: 1, noNaN: true }), wilsonZ: fc.double({ min: 0, max: 4, noNaN: true }) },
  { requiredKeys: [] },
);
const withoutFit = (r: CadreRating): CadreRating => ({ enterpriseId: r.enterpriseId, adviserId: r.adviserId, on: r.on, service: r.service });
const tally = (ratings: readonly CadreRating[]) => unwrap(tallyCadreRatings(ratings, { by: 'adviser' }));
const firstDimension = RateName.values.filter((r) => r !== 'professionalFitSatisfaction');

describe('laws of the second rating dimension (Part 14, 002 Haining)', () => {
  test.prop([ratingsArb, options])('adding the professional fit to ratings never changes the service counts or the first dimension’s rates', (ratings, o) => {
    const two = tally(ratings);
    const one = tally(ratings.map(withoutFit));
    expect(Object.keys(two)).toEqual(Object.keys(one));
    for (const id of Object.keys(one)) {
      const [a, b] = [one[id] as Tally, two[id] as Tally];
      expect([b.satisfied, b.basicallySatisfied, b.unsatisfied]).toEqual([a.satisfied, a.basicallySatisfied, a.unsatisfied]);
      const [ra, rb] = [unwrap(rates(a, o)), unwrap(rates(b, o))];
      for (const r of firstDimension) expect(rb[r]).toBe(ra[r]);
      expect(ra.professionalFitSatisfaction).toBeNull();
    }
  });

  test.prop([tallyArb(), fc.nat({ max: 500 }), fc.nat({ max: 500 }), fc.nat({ max: 500 }), options])(
    'the professional-fit counts move only professionalFitSatisfaction: every other rate of any tally stays',
    (t, s, b, u, o) => {
      const before = unwrap(rates({ ...t, fitSatisfied: 0, fitBasicallySatisfied: 0, fitUnsatisfied: 0 }, o));
      const after = unwrap(rates({ ...t, fitSatisfied: s, fitBasicallySatisfied: b, fitUnsatisfied: u }, o));
      for (const r of firstDimension) expect(after[r]).toBe(before[r]);
    },
  );

  test.prop([tallyArb(), options])('professional fit is computed as satisfaction is: the same counts give the same rate', (t, o) => {
    const r = unwrap(rates({ ...emptyTally, satisfied: t.fitSatisfied, basicallySatisfied: t.fitBasicallySatisfied, unsatisfied: t.fitUnsatisfied }, o));
    expect(unwrap(rates(t, o)).professionalFitSatisfaction).toBe(r.satisfaction);
  });

  test.prop([ratingsArb, ratingsArb])('tallies of two sets of ratings merge into the tally of both', (a, b) => {
    expect(mergeTallyTables(tally(a), tally(b))).toEqual(tally([...a, ...b]));
  });
});
