import { describe, expect, it } from 'vitest';
import { parse, safeParse, unwrap } from '../../src/index.js';
import {
  CadreRatingSchema,
  DeductionCountSchema,
  emptyTally,
  explainScore,
  mergeTallyTables,
  RateName,
  rates,
  ScoringSchemeSchema,
  scoreTally,
  TallySchema,
  tallyCadreRatings,
  tallyCounts,
  tallyIssues,
  type CadreRating,
} from '../../src/scoring/index.js';
import type { FeedbackLevel } from '../../src/vocabulary/issue.js';
import { issue, q3 } from './fixtures.js';

/**
 * Haining (002): "截至目前，全市已开展“亲清互挂”超200人，帮助企业解决问题1502个，企业对干部专业契合度满意率超90%，对干部服务满意率达到93.5%".
 * Data built to match: 1,000 ratings of 200 cadres (5 enterprises each). Service: 850 satisfied,
 * 85 basically satisfied, 65 unsatisfied → 93.5%. Professional fit: 800, 110, 70 and 20 not rated
 * on that dimension → 910 of 980 ≈ 92.9% (over 90%).
 */
function hainingRatings(): CadreRating[] {
  const levels = (satisfied: number, basically: number, unsatisfied: number, unrated = 0): (FeedbackLevel | null)[] => [
    ...Array<FeedbackLevel>(satisfied).fill('satisfied'),
    ...Array<FeedbackLevel>(basically).fill('basicallySatisfied'),
    ...Array<FeedbackLevel>(unsatisfied).fill('unsatisfied'),
    ...Array<null>(unrated).fill(null),
  ];
  const service = levels(850, 85, 65);
  const fit = levels(800, 110, 70, 20);
  return service.map((s, i) => {
    const f = fit[(i * 7) % 1000] ?? null; // another order than the service levels: the dimensions are independent
    return {
      enterpriseId: `e${i}`,
      adviserId: `c${i % 200}`,
      on: '2019-05-31',
      service: s as FeedbackLevel,
      ...(f === null ? {} : { professionalFit: f }),
    };
  });
}

describe('002 Haining: two published rates side by side (专业契合度满意率超90%，对干部服务满意率达到93.5%)', () => {
  const city = unwrap(tallyCadreRatings(hainingRatings(), { by: () => 'haining' }))['haining'] ?? emptyTally;

  it('002: service satisfaction 93.5% and professional-fit satisfaction over 90%, from the same 1,000 ratings', () => {
    const r = unwrap(rates(city));
    expect(r.satisfaction).toBeCloseTo(0.935, 12);
    expect(r.professionalFitSatisfaction).toBeGreaterThan(0.9);
    expect(r.professionalFitSatisfaction).toBeCloseTo(910 / 980, 12);
    expect([city.satisfied, city.basicallySatisfied, city.unsatisfied]).toEqual([850, 85, 65]);
    expect([city.fitSatisfied, city.fitBasicallySatisfied, city.fitUnsatisfied]).toEqual([800, 110, 70]);
    // Nothing else is counted from ratings: no issue, no visit.
    expect(tallyCounts.filter((k) => !['satisfied', 'basicallySatisfied', 'unsatisfied', 'fitSatisfied', 'fitBasicallySatisfied', 'fitUnsatisfied'].includes(k)).every((k) => city[k] === 0)).toBe(true);
  });

  it('002: the labels name both rates as Haining does', () => {
    expect(RateName.labels.satisfaction.zh).toBe('满意率');
    expect(RateName.labels.professionalFitSatisfaction.zh).toBe('专业契合度满意率');
  });

  it('002: a scheme scores both dimensions, and explains each', () => {
    const scheme = parse(ScoringSchemeSchema, {
      id: 'haining-secondment',
      name: { zh: '亲清互挂干部专项考察', en: 'Seconded cadres: special review' },
      source: '002 海宁（权重为示例）',
      items: [
        { id: 'service', name: { zh: '服务满意率', en: 'Service satisfaction' }, input: { rate: 'satisfaction' }, weight: 60 },
        { id: 'fit', name: { zh: '专业契合度满意率', en: 'Professional-fit satisfaction' }, input: { rate: 'professionalFitSatisfaction' }, weight: 40 },
      ],
      deductions: [{ id: 'misfit', name: { zh: '专业不契合', en: 'Poor fit' }, count: 'fitUnsatisfied', points: 0.1, cap: 5 }],
    });
    const s = unwrap(scoreTally(city, scheme, {}, 'haining'));
    expect(s.score).toBe(Math.round((60 * 0.935 + (40 * 910) / 980 - 5) * 100) / 100);
    expect(explainScore(s, scheme, 'zh-CN')[1]).toBe('专业契合度满意率：92.9% → 得 37.14 / 40 分');
    expect(DeductionCountSchema.safeParse('fitUnsatisfied').success).toBe(true);
  });

  it('002: per cadre, each of the 200 cadres has its five enterprises’ ratings on both dimensions', () => {
    const byCadre = unwrap(tallyCadreRatings(hainingRatings(), { by: 'adviser' }));
    expect(Object.keys(byCadre)).toHaveLength(200);
    for (const t of Object.values(byCadre)) expect(t.satisfied + t.basicallySatisfied + t.unsatisfied).toBe(5);
  });
});

describe('tallyCadreRatings: groupings, period, merging', () => {
  const r = (over: Partial<CadreRating> = {}): CadreRating => ({ enterpriseId: 'e1', adviserId: 'c1', on: '2026-07-15', service: 'satisfied', ...over });

  it('credits by adviser, by enterprise, by a map of advisers and by a function', () => {
    const ratings = [r(), r({ enterpriseId: 'e2', professionalFit: 'unsatisfied' }), r({ adviserId: 'c2', service: 'unsatisfied', professionalFit: 'satisfied' })];
    expect(Object.keys(unwrap(tallyCadreRatings(ratings, { by: 'adviser' })))).toEqual(['c1', 'c2']);
    expect(Object.keys(unwrap(tallyCadreRatings(ratings, { by: 'enterprise' })))).toEqual(['e1', 'e2']);
    const byDept = unwrap(tallyCadreRatings(ratings, { by: { byAdviser: { c1: 'd-tax', c2: ['d-tax', 'd-land'] } } }));
    expect([byDept['d-tax']?.satisfied, byDept['d-tax']?.unsatisfied, byDept['d-land']?.fitSatisfied]).toEqual([2, 1, 1]);
    expect(unwrap(tallyCadreRatings(ratings, { by: { byAdviser: { c1: 'x' } } }))['x']?.fitUnsatisfied).toBe(1); // c2 is not mapped: not counted
    expect(unwrap(tallyCadreRatings(ratings, { by: (x) => (x.professionalFit == null ? null : 'rated') }))['rated']?.satisfied).toBe(1);
  });

  it('counts only the ratings of the period, and a null professional fit as not rated', () => {
    const ratings = [r({ on: '2026-06-30', professionalFit: 'satisfied' }), r({ on: '2026-07-01', professionalFit: null }), r({ on: '2026-09-30', professionalFit: 'basicallySatisfied' })];
    const t = unwrap(tallyCadreRatings(ratings, { by: 'adviser', period: q3 }))['c1'];
    expect([t?.satisfied, t?.fitSatisfied, t?.fitBasicallySatisfied]).toEqual([2, 0, 1]);
  });

  it('merges with the issue tallies of the same units: the cadres’ ratings add to the service counts, the issues keep theirs', () => {
    const issues = unwrap(tallyIssues([issue({ leadDepartmentId: 'c1', feedback: 'unsatisfied' })], { period: q3, by: 'department' }));
    const ratings = unwrap(tallyCadreRatings([r({ professionalFit: 'satisfied' })], { by: 'adviser', period: q3 }));
    const merged = mergeTallyTables(issues, ratings)['c1'] ?? emptyTally;
    expect([merged.received, merged.satisfied, merged.unsatisfied, merged.fitSatisfied]).toEqual([1, 1, 1, 1]);
    expect(unwrap(tallyIssues([issue()], { period: q3, by: 'department' }))['d1']?.fitSatisfied).toBe(0); // issues carry no professional fit
  });

  it('refuses bad dates, levels, periods and groupings with the path, never throws', () => {
    expect(tallyCadreRatings([r({ on: '2026-02-30' })], { by: 'adviser' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['ratings', 0, 'on'] } });
    expect(tallyCadreRatings([r(), r({ service: 'happy' as FeedbackLevel })], { by: 'adviser' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['ratings', 1, 'service'] } });
    expect(tallyCadreRatings([r({ professionalFit: 'fine' as FeedbackLevel })], { by: 'adviser' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['ratings', 0, 'professionalFit'] } });
    expect(tallyCadreRatings([], { by: 'adviser', period: { from: '2026-09-30', to: '2026-07-01' } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'period'] } });
    expect(tallyCadreRatings([], { by: 'cadre' as 'adviser' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'by'] } });
  });

  it('the schema takes one dimension or two, and refuses an unknown field', () => {
    expect(CadreRatingSchema.safeParse(r()).success).toBe(true);
    expect(CadreRatingSchema.safeParse(r({ professionalFit: null })).success).toBe(true);
    expect(safeParse(CadreRatingSchema, { ...r(), score: 5 }).ok).toBe(false);
  });
});

describe('Part 14: the second dimension is backward compatible', () => {
  it('a tally stored before Part 14 (no professional-fit counts) reads through TallySchema with them 0', () => {
    const stored = Object.fromEntries(tallyCounts.slice(0, 24).map((k, i) => [k, i]));
    const t = parse(TallySchema, stored);
    expect([t.fitSatisfied, t.fitBasicallySatisfied, t.fitUnsatisfied]).toEqual([0, 0, 0]);
    expect(unwrap(rates(t)).professionalFitSatisfaction).toBeNull();
  });

  it('the counts keep their places: the professional-fit counts come last', () => {
    expect(tallyCounts.indexOf('disputesOverruled')).toBe(23);
    expect(tallyCounts.slice(24)).toEqual(['fitSatisfied', 'fitBasicallySatisfied', 'fitUnsatisfied']);
    expect(RateName.values.at(-1)).toBe('professionalFitSatisfaction');
  });
});
