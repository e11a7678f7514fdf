import { describe, expect, it } from 'vitest';
import { parse, safeParse } from '../../src/index.js';
import { z } from 'zod';
import { QinqingError } from '../../src/core/errors.js';
import { unwrap } from '../../src/core/result.js';
import {
  AppraisalGrade,
  AppraisalPolicySchema,
  appraisalGrades,
  AppraisalPool,
  defaultAppraisalPolicy,
  type AppraisalCandidate,
  type AppraisalPolicy,
  type AppraisalResult,
} from '../../src/scoring/grades.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof QinqingError) return e.code;
    throw e;
  }
  return undefined;
};

const gradeOf = (result: AppraisalResult, id: string) => result.grades.find((g) => g.id === id)?.grade;

describe('the appraisal grades and the default policy', () => {
  it('has the four civil-servant appraisal grades, best first, with Chinese and English labels', () => {
    expect(AppraisalGrade.schema.options).toEqual(['excellent', 'competent', 'basicallyCompetent', 'incompetent']);
    expect(Object.values(AppraisalGrade.labels).map((l) => l.zh)).toEqual(['优秀', '称职', '基本称职', '不称职']);
    expect(AppraisalPool.labels.seconded.zh).toBe('挂职干部单列');
  });

  it('002: the seconded bonus is 5 percentage points; the base share of 15% and the thresholds are qinqing defaults', () => {
    expect(defaultAppraisalPolicy).toEqual({
      source: expect.stringMatching(/^002: .*优秀比例上浮5%.*qinqing/),
      excellentShare: 0.15,
      secondedBonus: 0.05,
      rounding: 'floor',
      minScores: { excellent: null, competent: 60, basicallyCompetent: 50 },
    });
  });

  it('is frozen, survives JSON, is what the schema fills in from nothing, and converts to JSON Schema', () => {
    expect(Object.isFrozen(defaultAppraisalPolicy)).toBe(true);
    expect(Object.isFrozen(defaultAppraisalPolicy.minScores)).toBe(true);
    expect(AppraisalPolicySchema.parse({})).toEqual(defaultAppraisalPolicy);
    expect(parse(AppraisalPolicySchema, JSON.parse(JSON.stringify(defaultAppraisalPolicy)))).toEqual(defaultAppraisalPolicy);
    expect(parse(AppraisalPolicySchema, { minScores: { competent: 70 } }).minScores).toEqual({ excellent: null, competent: 70, basicallyCompetent: 50 });
    expect(() => z.toJSONSchema(AppraisalPolicySchema, { io: 'input' })).not.toThrow();
  });

  it('rejects shares outside 0…1, a share and bonus above 1 together, and thresholds out of order', () => {
    expect(safeParse(AppraisalPolicySchema, { excellentShare: 1.2 }).ok).toBe(false);
    expect(safeParse(AppraisalPolicySchema, { secondedBonus: -0.1 }).ok).toBe(false);
    expect(safeParse(AppraisalPolicySchema, { excellentShare: 0.95, secondedBonus: 0.05 }).ok).toBe(true);
    const tooMuch = safeParse(AppraisalPolicySchema, { excellentShare: 0.96 });
    expect(tooMuch.ok ? null : [tooMuch.error.code, tooMuch.error.path]).toEqual(['INVALID_ARGUMENT', ['secondedBonus']]);
    const unordered = safeParse(AppraisalPolicySchema, { minScores: { excellent: 55 } });
    expect(unordered.ok ? null : [unordered.error.code, unordered.error.path, unordered.error.messageZh]).toEqual([
      'INVALID_ARGUMENT',
      ['minScores'],
      '各等次分数线应满足 基本称职 ≤ 称职 ≤ 优秀。',
    ]);
    expect(safeParse(AppraisalPolicySchema, { minScores: { basicallyCompetent: 61 } }).ok).toBe(false);
    expect(safeParse(AppraisalPolicySchema, { rounding: 'ceil' }).ok).toBe(false);
    expect(safeParse(AppraisalPolicySchema, { extra: true }).ok).toBe(false);
    expect(codeOf(() => parse(AppraisalPolicySchema, { excellentShare: 2 }))).toBe('INVALID_INPUT');
  });
});

describe('appraisalGrades: an excellent quota per pool', () => {
  /** 100 regular staff scoring 99.5 … 50 and 20 seconded cadres scoring 95 … 85.5. */
  const people: AppraisalCandidate[] = [
    ...Array.from({ length: 100 }, (_, i) => ({ id: `r${String(i).padStart(3, '0')}`, score: 99.5 - i / 2 })),
    ...Array.from({ length: 20 }, (_, i) => ({ id: `s${String(i).padStart(2, '0')}`, score: 95 - i / 2, seconded: true })),
  ];

  it('002: seconded cadres have their own excellent quota, raised by 5 percentage points (100 + 20 at 15%: quotas 15 and 4)', () => {
    const result = unwrap(appraisalGrades(people));
    expect(result.pools).toEqual({
      regular: { people: 100, share: 0.15, quota: 15, excellent: 15 },
      seconded: { people: 20, share: 0.2, quota: 4, excellent: 4 },
    });
    const excellent = result.grades.filter((g) => g.grade === 'excellent').map((g) => g.id);
    expect(excellent).toEqual([...Array.from({ length: 15 }, (_, i) => `r${String(i).padStart(3, '0')}`), 's00', 's01', 's02', 's03']);
    // A seconded cadre scoring 93 is not excellent in its pool, though the regular pool's 15th scores 92.5.
    expect(result.grades.find((g) => g.id === 's04')).toMatchObject({ pool: 'seconded', grade: 'competent', place: 5 });
    expect(result.grades.find((g) => g.id === 'r014')).toMatchObject({ pool: 'regular', grade: 'excellent', place: 15 });
  });

  it('grades the others by the thresholds (competent from 60, basically competent from 50) and lists grades in the input order', () => {
    const result = unwrap(appraisalGrades(people));
    expect(result.grades.map((g) => g.id)).toEqual(people.map((p) => p.id));
    expect(gradeOf(result, 'r015')).toBe('competent'); // 92
    expect(gradeOf(result, 'r079')).toBe('competent'); // 60
    expect(gradeOf(result, 'r080')).toBe('basicallyCompetent'); // 59.5
    expect(gradeOf(result, 'r099')).toBe('basicallyCompetent'); // 50
    const low = unwrap(appraisalGrades([{ id: 'x', score: 49.9 }]));
    expect(low.grades[0]).toMatchObject({ grade: 'incompetent', place: 1 });
    expect(low.grades[0]?.reason.zh).toContain('低于基本称职分数线 50');
  });

  it('the quota is a ceiling: nobody below the competent or the excellent threshold is excellent, even with places left', () => {
    const few = [
      { id: 'a', score: 95 },
      { id: 'b', score: 85 },
      { id: 'c', score: 55 },
    ];
    const all = parse(AppraisalPolicySchema, { excellentShare: 1, secondedBonus: 0 });
    expect(unwrap(appraisalGrades(few, all)).grades.map((g) => g.grade)).toEqual(['excellent', 'excellent', 'basicallyCompetent']);
    const withMin = parse(AppraisalPolicySchema, { excellentShare: 1, secondedBonus: 0, minScores: { excellent: 90 } });
    const result = unwrap(appraisalGrades(few, withMin));
    expect(result.grades.map((g) => g.grade)).toEqual(['excellent', 'competent', 'basicallyCompetent']);
    expect(result.pools.regular).toEqual({ people: 3, share: 1, quota: 3, excellent: 1 });
    expect(result.grades[1]?.reason.en).toContain('below the excellent threshold 90');
  });

  it("rounds the quota down by default and half up with 'round'; 29% of 100 is 29 despite floating point", () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, score: 90 - i }));
    expect(unwrap(appraisalGrades(ten)).pools.regular.quota).toBe(1); // floor(1.5)
    expect(unwrap(appraisalGrades(ten, parse(AppraisalPolicySchema, { rounding: 'round' }))).pools.regular.quota).toBe(2); // round(1.5)
    const hundred = Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, score: 90 }));
    expect(100 * 0.29).toBeLessThan(29);
    expect(unwrap(appraisalGrades(hundred, parse(AppraisalPolicySchema, { excellentShare: 0.29 }))).pools.regular.quota).toBe(29);
  });

  it('places ties by the tie-breakers (higher first, a missing one counts as −∞), then by id, and says so', () => {
    const tied: AppraisalCandidate[] = [
      { id: 'd', score: 90 },
      { id: 'c', score: 90, tieBreakers: [5] },
      { id: 'b', score: 90, tieBreakers: [5, 1] },
      { id: 'a', score: 90, tieBreakers: [5, 1] },
      { id: 'e', score: 95, tieBreakers: [0] },
    ];
    const policy = parse(AppraisalPolicySchema, { excellentShare: 0.6 }); // quota 3
    const result = unwrap(appraisalGrades(tied, policy));
    expect(result.grades.map((g) => [g.id, g.place, g.grade])).toEqual([
      ['d', 5, 'competent'],
      ['c', 4, 'competent'],
      ['b', 3, 'excellent'],
      ['a', 2, 'excellent'],
      ['e', 1, 'excellent'],
    ]);
    expect(result.grades[1]?.reason.en).toContain('tied on score with the last excellent, b, and placed after it by the tie-breakers');
    const byId = unwrap(appraisalGrades(tied, parse(AppraisalPolicySchema, { excellentShare: 0.4 }))); // quota 2
    expect(byId.grades.find((g) => g.id === 'b')?.reason).toEqual({
      zh: '常规名额组第 3 名（共 5 人，优秀名额 2 名），优秀名额已满；与最后一名优秀 a 得分及附加排序项均相同，按编号排在其后；得分不低于称职分数线 60。',
      en: 'Competent: place 3 of 5 in the regular pool (excellent quota 2); the excellent quota is full; tied with the last excellent, a, on score and tie-breakers, and placed after it by id; score at or above the competent threshold 60.',
    });
    expect(byId.grades.find((g) => g.id === 'e')?.reason.zh).toBe('常规名额组第 1 名（共 5 人，优秀名额 2 名），在优秀名额之内。');
  });

  it('a pool with nobody has quota 0; a small seconded pool may have no excellent place (floor(4 × 20%) = 0)', () => {
    const result = unwrap(appraisalGrades(Array.from({ length: 4 }, (_, i) => ({ id: `s${i}`, score: 99, seconded: true }))));
    expect(result.pools).toEqual({
      regular: { people: 0, share: 0.15, quota: 0, excellent: 0 },
      seconded: { people: 4, share: 0.2, quota: 0, excellent: 0 },
    });
    expect(result.grades[0]?.reason.en).toContain('the excellent quota is full');
    expect(unwrap(appraisalGrades([])).grades).toEqual([]);
  });

  it('returns DUPLICATE_ID for a repeated id and INVALID_ARGUMENT for a NaN score or tie-breaker; does not change its argument', () => {
    expect(appraisalGrades([{ id: 'a', score: 1 }, { id: 'a', score: 2, seconded: true }])).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['people', 1, 'id'] } });
    expect(appraisalGrades([{ id: 'a', score: Number.NaN }])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['people', 0, 'score'] } });
    expect(appraisalGrades([{ id: 'a', score: 1, tieBreakers: [Number.NaN] }])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['people', 0, 'tieBreakers'] } });
    const frozen = Object.freeze([Object.freeze({ id: 'b', score: 1 }), Object.freeze({ id: 'a', score: 2 })]);
    expect(unwrap(appraisalGrades(frozen)).grades.map((g) => g.id)).toEqual(['b', 'a']);
  });
});

describe('Part 8: appraisalGrades returns a Result instead of throwing', () => {
  it('Part 8: appraisalGrades returns DUPLICATE_ID or INVALID_ARGUMENT naming the person instead of throwing', () => {
    expect(appraisalGrades([{ id: 'a', score: 90 }, { id: 'b', score: Number.POSITIVE_INFINITY }])).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'The score and tie-breakers of b must be finite numbers.',
        messageZh: 'b 的得分和附加排序项应为有限数值。',
        path: ['people', 1, 'score'],
        value: Number.POSITIVE_INFINITY,
      },
    });
    expect(appraisalGrades([{ id: 'a', score: 1 }, { id: 'a', score: 2 }])).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', value: 'a', messageZh: '考核名单中编号 a 重复出现。' } });
  });

  it('Part 8: appraisalGrades checks a policy the app built by hand and names it at policy.…', () => {
    const tooMuch = { ...defaultAppraisalPolicy, excellentShare: 0.98 };
    expect(appraisalGrades([{ id: 'a', score: 90 }], tooMuch)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['policy', 'secondedBonus'] } });
    const unknownRounding = { ...defaultAppraisalPolicy, rounding: 'ceil' } as unknown as AppraisalPolicy;
    expect(appraisalGrades([{ id: 'a', score: 90 }], unknownRounding)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['policy', 'rounding'] } });
    const notANumber = { ...defaultAppraisalPolicy, minScores: { ...defaultAppraisalPolicy.minScores, competent: Number.NaN } };
    expect(appraisalGrades([{ id: 'a', score: 90 }], notANumber)).toMatchObject({ ok: false, error: { path: ['policy', 'minScores', 'competent'] } });
    // A valid hand-built policy grades as its parsed twin does.
    const hand = { ...defaultAppraisalPolicy, excellentShare: 0.5 };
    expect(appraisalGrades([{ id: 'a', score: 90 }, { id: 'b', score: 80 }], hand)).toEqual(appraisalGrades([{ id: 'a', score: 90 }, { id: 'b', score: 80 }], parse(AppraisalPolicySchema, { excellentShare: 0.5 })));
  });
});
