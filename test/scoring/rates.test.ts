import { describe, expect, it } from 'vitest';
import { QinqingError, emptyTally, rates, wilsonLowerBound } from '../../src/index.js';

describe('rates from a tally', () => {
  it('002: Haining-like counts give a service satisfaction rate of 93.5%', () => {
    const t = { ...emptyTally, satisfied: 850, basicallySatisfied: 85, unsatisfied: 65 };
    expect(rates(t).satisfaction).toBeCloseTo(0.935, 12);
  });

  it('the credit of “basically satisfied” is configurable', () => {
    const t = { ...emptyTally, satisfied: 6, basicallySatisfied: 2, unsatisfied: 2 };
    expect([rates(t).satisfaction, rates(t, { basicallySatisfiedCredit: 0.5 }).satisfaction, rates(t, { basicallySatisfiedCredit: 0 }).satisfaction]).toEqual([0.8, 0.7, 0.6]);
  });

  it('defines each rate on its own denominator', () => {
    const t = { ...emptyTally, received: 10, respondedInTime: 7, answered: 8, resolved: 6, closed: 5, closedOnTime: 4, reopened: 2, supervised: 3, visitsDue: 4, visitsDone: 5 };
    expect(rates(t)).toEqual({ response: 0.7, resolution: 0.75, onTime: 0.8, satisfaction: null, reopen: 0.25, supervisedShare: 0.3, visitCompliance: 1 });
  });

  it('a zero denominator is null (no data), never 0 or 1', () => {
    expect(Object.values(rates(emptyTally)).every((r) => r === null)).toBe(true);
  });

  it('refuses a credit outside 0…1', () => {
    expect(() => rates(emptyTally, { basicallySatisfiedCredit: 1.5 })).toThrow(QinqingError);
  });
});

describe('small samples: the Wilson lower bound', () => {
  it('3 of 3 satisfied does not outrank 290 of 300', () => {
    expect(wilsonLowerBound(3, 3)).toBeCloseTo(0.4385, 4);
    expect(wilsonLowerBound(290, 300)).toBeCloseTo(0.9395, 3);
    const few = rates({ ...emptyTally, satisfied: 3 }, { wilsonZ: 1.96 }).satisfaction ?? 1;
    const many = rates({ ...emptyTally, satisfied: 290, unsatisfied: 10 }, { wilsonZ: 1.96 }).satisfaction ?? 0;
    expect(few).toBeLessThan(many);
  });

  it('is null with no observations, the plain share at z = 0, and refuses impossible counts', () => {
    expect(wilsonLowerBound(0, 0)).toBeNull();
    expect(wilsonLowerBound(3, 4, 0)).toBeCloseTo(0.75, 12);
    expect(() => wilsonLowerBound(5, 4)).toThrow(QinqingError);
  });
});
