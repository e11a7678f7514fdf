import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { rates as checkedRates, wilsonLowerBound as checkedWilson, type RateOptions, type Tally } from '../../src/scoring/index.js';
import { tallyArb } from './fixtures.js';

const rates = (t: Tally, o: RateOptions) => unwrap(checkedRates(t, o));
const wilsonLowerBound = (s: number, n: number, z: number) => unwrap(checkedWilson(s, n, z));

type Drawn = { basicallySatisfiedCredit: number; wilsonZ: number | undefined };
const asOptions = (o: Drawn): RateOptions => (o.wilsonZ === undefined ? { basicallySatisfiedCredit: o.basicallySatisfiedCredit } : { basicallySatisfiedCredit: o.basicallySatisfiedCredit, wilsonZ: o.wilsonZ });
const options = fc.record({ basicallySatisfiedCredit: fc.double({ min: 0, max: 1, noNaN: true }), wilsonZ: fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: undefined }) });

describe('laws of rates', () => {
  test.prop([tallyArb(), options])('every rate is null or between 0 and 1', (t, o) => {
    const consistent = { ...t, respondedInTime: Math.min(t.respondedInTime, t.received), resolved: Math.min(t.resolved, t.answered), closedOnTime: Math.min(t.closedOnTime, t.closed), reopened: Math.min(t.reopened, t.answered), supervised: Math.min(t.supervised, t.received),
      signedForInTime: Math.min(t.signedForInTime, t.signForDue), contactedInTime: Math.min(t.contactedInTime, t.contactDue), respondedWithinLimits: Math.min(t.respondedWithinLimits, t.responseDue),
      redispatched: Math.min(t.redispatched, t.received), closedUnrated: Math.min(t.closedUnrated, t.closed) };
    for (const r of Object.values(rates(consistent, asOptions(o)))) {
      if (r !== null) {
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
      }
    }
  });
  test.prop([tallyArb(), options])('adding a satisfied answer never lowers the satisfaction rate (plain or Wilson)', (t, o) => {
    const opts = asOptions(o);
    const before = rates(t, opts).satisfaction;
    const after = rates({ ...t, satisfied: t.satisfied + 1 }, opts).satisfaction ?? 0;
    expect(after).toBeGreaterThanOrEqual((before ?? 0) - 1e-12);
  });
  test.prop([fc.nat({ max: 500 }), fc.nat({ max: 500 }), fc.double({ min: 0, max: 4, noNaN: true })])('the Wilson lower bound lies below the plain share', (s, extra, z) => {
    const n = s + extra;
    const w = wilsonLowerBound(s, n, z);
    if (n === 0) expect(w).toBeNull();
    else expect(w ?? 2).toBeLessThanOrEqual(s / n + 1e-12);
  });
});
