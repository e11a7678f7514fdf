import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { RateName, explainScore, jiaozuoScheme, ScoringSchemeSchema, scoreTally, scoreUnits, unitScoreDetail, type ScoringScheme } from '../../src/scoring/index.js';
import { tallyArb } from './fixtures.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const name = { zh: '项', en: 'Item' };
const curveArb = fc.oneof(
  fc.constant({ type: 'linear' as const }),
  fc.tuple(unit, fc.uniqueArray(unit, { minLength: 1, maxLength: 4 }), fc.array(unit, { minLength: 4, maxLength: 4 })).map(([floor, xs, ys]) => {
    const sorted = xs.map((x) => floor + (1 - floor) * x).sort((a, b) => a - b).filter((x, i, a) => i === 0 || x > (a[i - 1] as number));
    return { type: 'piecewise' as const, floor, points: sorted.map((x, i) => [x, ys[i] ?? 0] as [number, number]) };
  }),
  fc.uniqueArray(unit, { minLength: 1, maxLength: 4 }).chain((mins) =>
    fc.array(unit, { minLength: mins.length, maxLength: mins.length }).map((shares) => ({ type: 'steps' as const, steps: [...mins].sort((a, b) => a - b).map((min, i) => ({ min, share: shares[i] ?? 0 })) })),
  ),
);
const itemArb = fc.record({
  input: fc.oneof(fc.constantFrom(...RateName.schema.options).map((rate) => ({ rate })), fc.constant({ external: 'pb', max: 100 })),
  weight: fc.double({ min: 0.5, max: 50, noNaN: true }),
  curve: curveArb,
  invert: fc.boolean(),
  noData: fc.constantFrom('zero', 'full', 'skip'),
});
const deductionArb = fc.record({
  count: fc.constantFrom('unsatisfied', 'closedLate', 'answeredLate', 'visitsMissed', 'reopened', 'supervised'),
  points: fc.double({ min: 0.5, max: 10, noNaN: true }),
  cap: fc.option(fc.double({ min: 1, max: 50, noNaN: true })),
});
const schemeArb: fc.Arbitrary<ScoringScheme> = fc
  .record({ base: fc.constantFrom(0, 0, 50, 100), items: fc.array(itemArb, { maxLength: 5 }), deductions: fc.array(deductionArb, { maxLength: 3 }), credit: unit, wilson: fc.boolean() })
  .filter((s) => s.base > 0 || s.items.length > 0)
  .map((s) =>
    parse(ScoringSchemeSchema, {
      id: 'gen',
      name,
      source: 'generated',
      base: s.base,
      items: s.items.map((it, i) => ({ ...it, id: `i${i}`, name })),
      deductions: s.deductions.map((d, i) => ({ ...d, id: `d${i}`, name })),
      basicallySatisfiedCredit: s.credit,
      smallSample: s.wilson ? { method: 'wilson' } : null,
    }),
  );
const consistent = tallyArb(300).map((t) => ({ ...t, answered: Math.min(t.answered, t.received), respondedInTime: Math.min(t.respondedInTime, t.answered, t.received), resolved: Math.min(t.resolved, t.answered), closedOnTime: Math.min(t.closedOnTime, t.closed), reopened: Math.min(t.reopened, t.answered), supervised: Math.min(t.supervised, t.received) }));

describe('laws of scoring', () => {
  test.prop([schemeArb, consistent, fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: undefined })], { numRuns: 500 })(
    'a score is null or stays within 0 and the scheme’s maximum (base + Σ weights)',
    (scheme, tally, pb) => {
      const s = unwrap(scoreTally(tally, scheme, pb === undefined ? {} : { pb }));
      expect(s.max).toBeCloseTo(scheme.base + scheme.items.reduce((a, i) => a + i.weight, 0), 9);
      if (s.score !== null) {
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(s.max + 1e-9);
      }
    },
  );
  test.prop([consistent])('001: under Jiaozuo’s scheme one more satisfied answer never lowers a unit’s score', (t) => {
    const before = unwrap(scoreTally(t, jiaozuoScheme)).score ?? 0;
    expect(unwrap(scoreTally({ ...t, satisfied: t.satisfied + 1 }, jiaozuoScheme)).score ?? 0).toBeGreaterThanOrEqual(before);
  });
  test.prop([fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), consistent, { maxKeys: 8 }), schemeArb])('scoreUnits does not depend on the order of the table’s keys', (table, scheme) => {
    const reversed = Object.fromEntries(Object.entries(table).reverse());
    expect(unwrap(scoreUnits(reversed, scheme))).toEqual(unwrap(scoreUnits(table, scheme)));
  });
  test.prop([fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), consistent, { maxKeys: 8 }), schemeArb, fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: undefined })])(
    'issue 16: a compact unit score from scoreUnits has the score scoreTally gives, and unitScoreDetail and explainScore give the same detail',
    (table, scheme, pb) => {
      const externals = Object.fromEntries(Object.keys(table).map((id) => [id, pb === undefined ? {} : { pb }]));
      for (const s of unwrap(scoreUnits(table, scheme, { externals }))) {
        const full = unwrap(scoreTally(table[s.id] as (typeof table)[string], scheme, externals[s.id], s.id));
        expect([s.score, s.max]).toEqual([full.score, full.max]);
        expect(unwrap(unitScoreDetail(s, scheme))).toEqual(full);
        expect(unwrap(unitScoreDetail(JSON.parse(JSON.stringify(s)), scheme))).toEqual(full);
        expect(explainScore(s, scheme, 'en')).toEqual(explainScore(full, scheme, 'en'));
      }
    },
  );
});
