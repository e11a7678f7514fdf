import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { emptyTally, rates as checkedRates, wilsonLowerBound as checkedWilson, type RateOptions, type Tally } from '../../src/scoring/index.js';

const rates = (t: Tally, o?: RateOptions) => unwrap(checkedRates(t, o));
const wilsonLowerBound = (s: number, n: number, z?: number) => unwrap(checkedWilson(s, n, z));

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
    // The rates of the hotline standards (Part 12) have their own denominators: none here, but received and closed.
    expect(rates(t)).toEqual({ response: 0.7, resolution: 0.75, onTime: 0.8, satisfaction: null, reopen: 0.25, supervisedShare: 0.3, visitCompliance: 1,
      signForInTime: null, contactInTime: null, responseWithinLimits: null, redispatchShare: 0, unratedShare: 0, disputeUpheldShare: null, professionalFitSatisfaction: null });
  });

  it('a zero denominator is null (no data), never 0 or 1', () => {
    expect(Object.values(rates(emptyTally)).every((r) => r === null)).toBe(true);
  });

  it('refuses a credit outside 0…1', () => {
    expect(checkedRates(emptyTally, { basicallySatisfiedCredit: 1.5 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'basicallySatisfiedCredit'] } });
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
    expect(checkedWilson(5, 4)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['successes'] } });
  });
});

describe('Part 8: rates and wilsonLowerBound return a Result instead of throwing', () => {
  it('Part 8: rates returns INVALID_ARGUMENT naming the option or the count instead of throwing', () => {
    for (const [options, path] of [
      [{ basicallySatisfiedCredit: Number.NaN }, ['options', 'basicallySatisfiedCredit']],
      [{ basicallySatisfiedCredit: -0.1 }, ['options', 'basicallySatisfiedCredit']],
      [{ wilsonZ: -1 }, ['options', 'wilsonZ']],
      [{ wilsonZ: Number.POSITIVE_INFINITY }, ['options', 'wilsonZ']],
    ] as const) {
      const r = checkedRates(emptyTally, options);
      expect(r, JSON.stringify(options)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path } });
      expect(r.ok ? '' : r.error.messageZh).not.toBe('');
    }
    // A tally count that is negative, NaN or infinite (e.g. from JSON) would give rates outside 0…1.
    for (const [count, value] of [['unsatisfied', -1], ['satisfied', Number.POSITIVE_INFINITY], ['received', Number.NaN]] as const) {
      expect(checkedRates({ ...emptyTally, [count]: value }, { wilsonZ: 1.96 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['tally', count], value } });
    }
    expect(unwrap(checkedRates({ ...emptyTally, satisfied: 1.5, unsatisfied: 0.5 })).satisfaction).toBe(0.75); // fractions are fine
    expect(checkedRates(emptyTally)).toEqual({ ok: true, value: { response: null, resolution: null, onTime: null, satisfaction: null, reopen: null, supervisedShare: null, visitCompliance: null,
      signForInTime: null, contactInTime: null, responseWithinLimits: null, redispatchShare: null, unratedShare: null, disputeUpheldShare: null, professionalFitSatisfaction: null } });
  });

  it('Part 8: wilsonLowerBound returns INVALID_ARGUMENT naming the argument instead of throwing', () => {
    expect(checkedWilson(1, -1)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['n'], value: { successes: 1, n: -1, z: 1.96 } } });
    expect(checkedWilson(1, 2, -1)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['z'] } });
    expect(checkedWilson(1, 2, Number.NaN)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['z'] } });
    expect(checkedWilson(Number.NaN, 2)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['successes'] } });
    expect(checkedWilson(1, Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['n'] } });
    expect(checkedWilson(0, 0)).toEqual({ ok: true, value: null });
  });
});
