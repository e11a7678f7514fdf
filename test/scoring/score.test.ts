import { describe, expect, it } from 'vitest';
import { unwrap, parse, safeParse } from '../../src/index.js';
import {
  deductionScheme,
  emptyTally,
  explainScore,
  hainingScheme,
  hotlineScheme,
  jiaozuoScheme,
  ScoringSchemeSchema,
  scoreTally,
  scoreUnits,
  thresholdScheme,
  unitScoreDetail,
  type Tally,
} from '../../src/scoring/index.js';

const t = (over: Partial<Tally>): Tally => ({ ...emptyTally, ...over });
const base = { id: 'x', name: { zh: '测试', en: 'Test' }, source: 'test' };

describe('001: Jiaozuo — the enterprise’s satisfaction is the only standard', () => {
  it('scores the satisfaction rate out of 100, with basically satisfied counted as satisfied', () => {
    expect(unwrap(scoreTally(t({ satisfied: 850, basicallySatisfied: 85, unsatisfied: 65 }), jiaozuoScheme)).score).toBe(93.5);
  });
  it('a unit with no feedback has no score, and says so', () => {
    const s = unwrap(scoreTally(t({ received: 5, answered: 5 }), jiaozuoScheme));
    expect(s.score).toBeNull();
    expect(explainScore(s, jiaozuoScheme, 'en').at(-1)).toBe('Total: no data, not scored');
    expect(explainScore(s, jiaozuoScheme, 'zh-CN').at(-1)).toBe('合计：无数据，不计分');
  });
});

describe('002: Haining — enterprise evaluation, supervision feedback, party-building quarterly points', () => {
  it('adds the three dimensions: 40 × satisfaction + 30 × (1 − supervised share) + 30 × points/100', () => {
    const s = unwrap(scoreTally(t({ received: 10, supervised: 2, satisfied: 9, unsatisfied: 1 }), hainingScheme, { partyBuilding: 80 }));
    // 40 × 0.9 = 36; 30 × 0.8 = 24; 30 × 0.8 = 24
    expect(s.items.map((i) => i.points)).toEqual([36, 24, 24]);
    expect(s.score).toBe(84);
  });
  it('a missing party-building figure is no data and scores 0 by default', () => {
    expect(unwrap(scoreTally(t({ received: 10, satisfied: 10 }), hainingScheme)).score).toBe(70);
  });
});

describe('weighted sums, thresholds and deductions', () => {
  it('hotline weighting: 30 × response + 30 × resolution + 40 × satisfaction', () => {
    const s = unwrap(scoreTally(t({ received: 10, respondedInTime: 9, answered: 10, resolved: 8, satisfied: 7, basicallySatisfied: 1, unsatisfied: 2 }), hotlineScheme));
    expect(s.score).toBe(27 + 24 + 32);
  });
  it('thresholds: below the floor an item scores 0, above it a line or a step', () => {
    const at = (response: number, resolution: number, satisfaction: number): readonly number[] =>
      unwrap(scoreTally(t({ received: 100, respondedInTime: response, answered: 100, resolved: resolution, satisfied: satisfaction, unsatisfied: 100 - satisfaction }), thresholdScheme)).items.map((i) => i.points);
    expect(at(89, 59, 79)).toEqual([0, 0, 0]);
    expect(at(90, 60, 80)).toEqual([12, 20, 20]);
    expect(at(95, 85, 95)).toEqual([16, 32, 40]);
    expect(at(100, 100, 100)).toEqual([20, 40, 40]);
    expect(at(100, 89, 87.5)).toEqual([20, 32, 30]);
  });
  it('deductions from 100, each up to its cap', () => {
    const s = unwrap(scoreTally(t({ unsatisfied: 20, closed: 5, closedOnTime: 3, supervised: 4, reopened: 1 }), deductionScheme));
    expect(s.deductions.map((d) => [d.points, d.capped])).toEqual([[30, true], [6, false], [4, false], [5, false]]);
    expect(s.score).toBe(55);
  });
  it('the score never goes below 0', () => {
    const harsh = parse(ScoringSchemeSchema, { ...base, base: 10, deductions: [{ id: 'u', name: { zh: '不满意', en: 'Unsatisfied' }, count: 'unsatisfied', points: 5 }] });
    expect(unwrap(scoreTally(t({ unsatisfied: 3 }), harsh)).score).toBe(0);
  });
  it('“skip” shares a no-data item’s weight among the others; “full” gives it full marks', () => {
    const scheme = parse(ScoringSchemeSchema, {
      ...base,
      items: [
        { id: 'sat', name: { zh: '满意率', en: 'Satisfaction' }, input: { rate: 'satisfaction' }, weight: 50 },
        { id: 'visit', name: { zh: '走访', en: 'Visits' }, input: { rate: 'visitCompliance' }, weight: 50, noData: 'skip' },
        { id: 'pb', name: { zh: '党建', en: 'Party' }, input: { external: 'pb', max: 10 }, weight: 20, noData: 'full' },
      ],
    });
    const s = unwrap(scoreTally(t({ satisfied: 3, unsatisfied: 1 }), scheme));
    // kept weight 70 of 120: points scaled by 120/70; 50 × 0.75 × 12/7 + 20 × 1 × 12/7
    expect(s.items.map((i) => i.skipped)).toEqual([false, true, false]);
    expect(s.score).toBeCloseTo(((37.5 + 20) * 120) / 70, 2);
  });
  it('the Wilson adjustment applies when the scheme asks for it', () => {
    const wilson = parse(ScoringSchemeSchema, { ...base, smallSample: { method: 'wilson' }, items: [{ id: 's', name: { zh: '满意率', en: 'Satisfaction' }, input: { rate: 'satisfaction' }, weight: 100 }] });
    expect(unwrap(scoreTally(t({ satisfied: 3 }), wilson)).score).toBe(43.85);
    expect(unwrap(scoreTally(t({ satisfied: 3 }), jiaozuoScheme)).score).toBe(100);
  });
});

describe('schemes are validated data', () => {
  it('refuses duplicate ids, non-rising points, a scheme worth nothing', () => {
    const item = { id: 's', name: { zh: '满意率', en: 'Satisfaction' }, input: { rate: 'satisfaction' }, weight: 10 };
    const dup = safeParse(ScoringSchemeSchema, { ...base, items: [item, item] });
    expect(dup.ok ? null : dup.error.code).toBe('DUPLICATE_ID');
    const bad = safeParse(ScoringSchemeSchema, { ...base, items: [{ ...item, curve: { type: 'piecewise', floor: 0.5, points: [[0.9, 1], [0.8, 0.5]] } }] });
    expect(bad.ok ? null : bad.error.path).toEqual(['items', 0, 'curve', 'points', 1, 0]);
    expect(safeParse(ScoringSchemeSchema, base).ok).toBe(false);
    expect(safeParse(ScoringSchemeSchema, { ...base, items: [{ ...item, input: { rate: 'happiness' } }] }).ok).toBe(false);
  });
  it('the built-in schemes parse to themselves', () => {
    for (const s of [jiaozuoScheme, hainingScheme, hotlineScheme, thresholdScheme, deductionScheme]) expect(parse(ScoringSchemeSchema, JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});

describe('scoreUnits and explainScore', () => {
  it('scores every unit, including listed units without a tally, in id order, with their external figures', () => {
    const scores = unwrap(scoreUnits({ d2: t({ received: 1, satisfied: 1 }), d1: t({ received: 1, unsatisfied: 1 }) }, hainingScheme, {
      units: ['d3'],
      externals: { d1: { partyBuilding: 100 } },
    }));
    expect(scores.map((s) => [s.id, s.score])).toEqual([['d1', 60], ['d2', 70], ['d3', 0]]); // d3: no data scores 0 (noData 'zero')
  });
  it('issue 16: keeps per unit only the score and what it came from (the caller’s own tally and figures), detailed on demand', () => {
    const table = { d2: t({ received: 4, supervised: 1, satisfied: 1 }), d1: t({ received: 1, unsatisfied: 1 }) };
    const externals = { d1: { partyBuilding: 100 } };
    const scores = unwrap(scoreUnits(table, hainingScheme, { units: ['d3', 'd1'], externals }));
    expect(scores).toEqual([
      { id: 'd1', score: 60, max: 100, tally: table.d1, externals: externals.d1 },
      { id: 'd2', score: 62.5, max: 100, tally: table.d2, externals: {} },
      { id: 'd3', score: 0, max: 100, tally: emptyTally, externals: {} },
    ]);
    expect(scores[0]?.tally).toBe(table.d1); // not a copy
    expect(Object.keys(scores[0] ?? {})).not.toContain('items');
    const d2 = scores[1];
    if (d2 === undefined) throw new Error('missing d2');
    expect(unwrap(unitScoreDetail(d2, hainingScheme)).items.map((i) => i.points)).toEqual([40, 22.5, 0]);
    expect(explainScore(d2, hainingScheme, 'en').at(-1)).toBe('Total: 62.5 of 100');
    expect(explainScore({ ...d2, tally: t({ received: -1 }) }, hainingScheme, 'en')[0]).toMatch(/tally\.received/);
    expect(unitScoreDetail({ ...d2, externals: { partyBuilding: -1 } }, hainingScheme)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['score', 'externals', 'partyBuilding'] } });
    expect(unitScoreDetail({ ...d2, tally: t({ received: -1 }) }, hainingScheme)).toMatchObject({ ok: false, error: { path: ['score', 'tally', 'received'] } });
  });
  it('explains item by item in both languages', () => {
    const s = unwrap(scoreTally(t({ unsatisfied: 20, closed: 5, closedOnTime: 3 }), deductionScheme));
    expect(explainScore(s, deductionScheme, 'zh-CN')).toEqual([
      '基础分 100',
      '不满意：20 次 × 2 → 扣 30 分（封顶 30）',
      '超期办结：2 次 × 3 → 扣 6 分',
      '被催办督办：0 次 × 1 → 扣 0 分',
      '重办：0 次 × 5 → 扣 0 分',
      '合计：64 / 100',
    ]);
    const h = unwrap(scoreTally(t({ received: 4, supervised: 1, satisfied: 1 }), hainingScheme));
    expect(explainScore(h, hainingScheme, 'en')).toEqual([
      'Enterprise evaluation (Satisfaction): 100% → 40 of 40 points',
      'Supervision feedback (Share supervised, lower is better): 25% (1 − 25% = 75%) → 22.5 of 30 points',
      'Party-building quarterly points (external figure partyBuilding): no data → 0 of 30 points',
      'Total: 62.5 of 100',
    ]);
  });
});

describe('Part 8: scoreTally and scoreUnits return a Result instead of throwing', () => {
  it('Part 8: scoreTally returns INVALID_ARGUMENT at externals.name or tally.count instead of throwing', () => {
    for (const figure of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(scoreTally(t({ satisfied: 1 }), hainingScheme, { partyBuilding: figure }, 'd1')).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', path: ['externals', 'partyBuilding'], value: figure },
      });
    }
    const r = scoreTally(t({ unsatisfied: -2 }), jiaozuoScheme);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['tally', 'unsatisfied'], value: -2 } });
    expect(r.ok ? '' : r.error.messageZh).toContain('tally.unsatisfied');
    // A figure the scheme does not read is not checked, as before.
    expect(scoreTally(t({ satisfied: 1 }), jiaozuoScheme, { other: Number.NaN })).toMatchObject({ ok: true, value: { score: 100 } });
  });

  it('Part 8: scoreUnits returns the first unit’s problem at table.id or options.externals.id instead of throwing', () => {
    expect(scoreUnits({ d2: t({ satisfied: 1 }), d1: t({ satisfied: Number.NaN }) }, jiaozuoScheme)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['table', 'd1', 'satisfied'], value: Number.NaN },
    });
    expect(scoreUnits({ d1: t({ satisfied: 1 }) }, hainingScheme, { units: ['d2'], externals: { d2: { partyBuilding: -5 } } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['options', 'externals', 'd2', 'partyBuilding'], value: -5 },
    });
    expect(scoreUnits({}, jiaozuoScheme)).toEqual({ ok: true, value: [] });
  });
});
