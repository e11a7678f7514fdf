/**
 * Part 9 (issue 14), scoring's smaller defects: weights could overflow to NaN or Infinity; a tally
 * table with a `__proto__` unit silently dropped it; `scoreTally` threw TypeError on a hand-built
 * piecewise curve without points; `wilsonLowerBound` returned NaN for a huge z.
 */
import { describe, expect, it } from 'vitest';
import { safeParse, unwrap } from '../../src/index.js';
import {
  emptyTally,
  jiaozuoScheme,
  mergeTallyTables,
  rates,
  ScoringSchemeSchema,
  scoreTally,
  scoreUnits,
  tallyIssues,
  TallyTableSchema,
  wilsonLowerBound,
  type ScoringScheme,
  type TallyIssue,
} from '../../src/scoring/index.js';

const mutable = <T>(v: T): { -readonly [K in keyof T]: T[K] } => v as { -readonly [K in keyof T]: T[K] };

/** A scheme built by hand (no schema), as plain mutable data. */
function handBuilt(weight: number): ScoringScheme {
  return {
    id: 'hand',
    name: { zh: '手工', en: 'Hand-built' },
    source: 'test',
    base: 0,
    items: [
      { id: 'a', name: { zh: '满意率', en: 'Satisfaction' }, input: { rate: 'satisfaction' }, weight, curve: { type: 'linear' }, invert: false, noData: 'zero' },
      { id: 'b', name: { zh: '解决率', en: 'Resolution' }, input: { rate: 'resolution' }, weight, curve: { type: 'linear' }, invert: false, noData: 'skip' },
    ],
    deductions: [],
    basicallySatisfiedCredit: 1,
    smallSample: null,
    precision: 2,
  };
}

const tally = { ...emptyTally, satisfied: 9, unsatisfied: 1, answered: 0 };

describe('Part 9 (issue 14): a score is a finite number or a typed error', () => {
  it('weights of Number.MAX_VALUE (their sum overflows to Infinity, the score to NaN) are refused at scheme.items.i.weight', () => {
    const r = scoreTally(tally, handBuilt(Number.MAX_VALUE));
    expect(r.ok ? r.value.score : r.error.code).toBe('INVALID_INPUT');
    expect(r.ok ? null : r.error.issues?.[0]?.path).toEqual(['scheme', 'items', 0, 'weight']);
    expect(scoreUnits({ d1: tally }, handBuilt(Number.MAX_VALUE)).ok).toBe(false);
  });

  it('ScoringSchemeSchema bounds the base, the weights and the deductions at 1,000,000 points (qinqing’s own bound)', () => {
    const scheme = { id: 'x', name: { zh: 'x', en: 'x' }, source: 'demo' };
    const item = { id: 'a', name: { zh: 'a', en: 'a' }, input: { rate: 'satisfaction' } };
    expect(safeParse(ScoringSchemeSchema, { ...scheme, items: [{ ...item, weight: 1_000_000 }] }).ok).toBe(true);
    expect(safeParse(ScoringSchemeSchema, { ...scheme, items: [{ ...item, weight: 1_000_001 }] }).ok).toBe(false);
    expect(safeParse(ScoringSchemeSchema, { ...scheme, base: 1e300 }).ok).toBe(false);
    expect(safeParse(ScoringSchemeSchema, { ...scheme, base: 100, deductions: [{ id: 'd', name: { zh: 'd', en: 'd' }, count: 'reopened', points: 1e308 }] }).ok).toBe(false);
  });

  it('at the bounds (largest weights, points and counts) every figure of the score is finite', () => {
    const big = unwrap(
      safeParse(ScoringSchemeSchema, {
        id: 'big',
        name: { zh: '大', en: 'Big' },
        source: 'demo',
        base: 1_000_000,
        items: Array.from({ length: 50 }, (_, i) => ({ id: `i${i}`, name: { zh: 'i', en: 'i' }, input: { rate: 'reopen' }, weight: 1_000_000, invert: true, noData: i % 2 === 0 ? 'skip' : 'full' })),
        deductions: [{ id: 'd', name: { zh: 'd', en: 'd' }, count: 'reopened', points: 1_000_000 }],
      }),
    );
    const max = Number.MAX_SAFE_INTEGER;
    const s = unwrap(scoreTally({ ...emptyTally, received: max, answered: max, reopened: max }, big));
    const figures = [s.score, s.max, ...s.items.flatMap((i) => [i.points, i.earned, i.value]), ...s.deductions.flatMap((d) => [d.points, d.count])];
    expect(figures.every((x) => x === null || Number.isFinite(x))).toBe(true);
  });

  it('a tally count above Number.MAX_SAFE_INTEGER (or Number.MAX_VALUE) is refused at tally.<count>', () => {
    const r = scoreTally({ ...emptyTally, reopened: Number.MAX_VALUE }, jiaozuoScheme);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['tally', 'reopened'] });
    expect(rates({ ...emptyTally, received: 2 ** 60 }).ok).toBe(false);
  });

  it('a hand-built piecewise curve without points is a typed error at scheme.items.0.curve.points, not a TypeError', () => {
    const scheme = handBuilt(50);
    mutable(scheme.items[0] as ScoringScheme['items'][number]).curve = { type: 'piecewise', floor: 0, points: [] };
    const r = scoreTally(tally, scheme);
    expect(r.ok ? null : r.error.path).toEqual(['scheme', 'items', 0, 'curve', 'points']);
  });

  it('a scheme changed after it was checked is checked again', () => {
    const scheme = handBuilt(50);
    expect(scoreTally(tally, scheme).ok).toBe(true);
    mutable(scheme.items[1] as ScoringScheme['items'][number]).weight = Number.MAX_VALUE;
    expect(scoreTally(tally, scheme).ok).toBe(false);
  });

  it('wilsonLowerBound refuses a z above 10 (a huge z gave NaN) and stays finite for a vanishing n', () => {
    const r = wilsonLowerBound(1, 2, 1e200);
    expect(r.ok ? r.value : r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['z'] });
    expect(wilsonLowerBound(1, 2, 10).ok).toBe(true);
    expect(unwrap(wilsonLowerBound(Number.MIN_VALUE, Number.MIN_VALUE, 10))).toBe(0);
    expect(rates(emptyTally, { wilsonZ: 11 })).toMatchObject({ ok: false, error: { path: ['options', 'wilsonZ'] } });
  });
});

describe('Part 9 (issue 14): a unit whose id is "__proto__" is never dropped silently', () => {
  const issue: TallyIssue = {
    enterpriseId: '__proto__',
    submittedAt: '2026-07-02T09:00:00+08:00',
    state: 'submitted',
    leadDepartmentId: null,
    deadline: null,
    answer: null,
    feedback: null,
    reopenCount: 0,
    supervisionStep: 'unsupervised',
    closedAt: null,
  };

  it('tallyIssues, mergeTallyTables and scoreUnits keep it as an own key', () => {
    const t = unwrap(tallyIssues([issue], { period: { from: '2026-07-01', to: '2026-07-31' }, by: 'enterprise' }));
    expect(Object.keys(t)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
    const merged = mergeTallyTables(t, JSON.parse(`{ "__proto__": ${JSON.stringify({ ...emptyTally, received: 2 })}, "d1": ${JSON.stringify(emptyTally)} }`));
    expect(Object.keys(merged)).toEqual(['__proto__', 'd1']);
    expect(Object.getOwnPropertyDescriptor(merged, '__proto__')?.value).toMatchObject({ received: 3 });
    expect(unwrap(scoreUnits(merged, jiaozuoScheme)).map((s) => s.id)).toEqual(['__proto__', 'd1']);
  });

  it('TallyTableSchema refuses it with INVALID_INPUT at ["__proto__"] (zod’s records drop that key)', () => {
    const r = safeParse(TallyTableSchema, JSON.parse(`{ "__proto__": ${JSON.stringify(emptyTally)}, "d1": ${JSON.stringify(emptyTally)} }`));
    expect(r.ok ? Object.keys(r.value) : r.error).toMatchObject({ code: 'INVALID_INPUT', path: ['__proto__'] });
    expect(safeParse(TallyTableSchema, { d1: emptyTally }).ok).toBe(true);
  });
});
