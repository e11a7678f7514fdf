import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unwrap } from '../../src/core/result.js';
import type { FeedbackLevel } from '../../src/vocabulary/issue.js';
import { DepartmentRatingSchema, rateDepartments, type DepartmentRating } from '../../src/scoring/ratings.js';

const rate = (departmentId: string, level: FeedbackLevel, count: number, prefix = departmentId): DepartmentRating[] =>
  Array.from({ length: count }, (_, i) => ({ enterpriseId: `${prefix}-${level}-${i}`, departmentId, level }));

/** 3 of 3 satisfied against 290 of 300. */
const smallAndBig = [...rate('small', 'satisfied', 3), ...rate('big', 'satisfied', 290), ...rate('big', 'unsatisfied', 10)];

describe('rateDepartments: enterprises rate departments (企业评部门, 000)', () => {
  it('000: ranks departments by the plain satisfaction rate, with the counts and distinct enterprises', () => {
    const ratings = [
      ...rate('aic', 'satisfied', 9),
      ...rate('aic', 'basicallySatisfied', 1),
      ...rate('tax', 'satisfied', 7),
      ...rate('tax', 'unsatisfied', 3),
      { enterpriseId: 'aic-satisfied-0', departmentId: 'aic', level: 'unsatisfied' as const },
    ];
    const [aic, tax] = unwrap(rateDepartments(ratings));
    expect(aic).toEqual({
      departmentId: 'aic',
      ratings: 11,
      counts: { satisfied: 9, basicallySatisfied: 1, unsatisfied: 1 },
      enterprises: 10, // one enterprise rated twice: both ratings count
      satisfaction: 10 / 11,
      satisfactionLowerBound: null,
      unrankedReason: null,
      rank: 1,
    });
    expect(tax).toMatchObject({ departmentId: 'tax', ratings: 10, enterprises: 10, satisfaction: 0.7, rank: 2 });
  });

  it('counts "basically satisfied" with the given credit (rates(): 1 by default)', () => {
    const ratings = [...rate('a', 'satisfied', 1), ...rate('a', 'basicallySatisfied', 1), ...rate('b', 'satisfied', 3), ...rate('b', 'unsatisfied', 1)];
    expect(unwrap(rateDepartments(ratings)).map((d) => [d.departmentId, d.satisfaction, d.rank])).toEqual([
      ['a', 1, 1],
      ['b', 0.75, 2],
    ]);
    expect(unwrap(rateDepartments(ratings, { basicallySatisfiedCredit: 0 })).map((d) => [d.departmentId, d.satisfaction, d.rank])).toEqual([
      ['b', 0.75, 1],
      ['a', 0.5, 2],
    ]);
  });

  it('without Wilson, 3 of 3 satisfied (100%) outranks 290 of 300 (96.7%)', () => {
    const [first, second] = unwrap(rateDepartments(smallAndBig));
    expect(first).toMatchObject({ departmentId: 'small', satisfaction: 1, rank: 1 });
    expect(second).toMatchObject({ departmentId: 'big', rank: 2 });
    expect(second?.satisfaction).toBeCloseTo(290 / 300, 12);
  });

  it('with wilsonZ 1.96, 3 of 3 (lower bound ≈ 0.438) ranks below 290 of 300 (≈ 0.94)', () => {
    const [first, second] = unwrap(rateDepartments(smallAndBig, { wilsonZ: 1.96 }));
    expect(first).toMatchObject({ departmentId: 'big', rank: 1 });
    expect(first?.satisfactionLowerBound?.toFixed(3)).toBe('0.940');
    expect(second).toMatchObject({ departmentId: 'small', satisfaction: 1, rank: 2 });
    expect(second?.satisfactionLowerBound?.toFixed(3)).toBe('0.438');
  });

  it('lists a department with fewer than minRatings ratings last, unranked, with a bilingual reason', () => {
    const result = unwrap(rateDepartments(smallAndBig, { minRatings: 5 }));
    expect(result.map((d) => [d.departmentId, d.rank])).toEqual([
      ['big', 1],
      ['small', null],
    ]);
    expect(result[1]?.unrankedReason).toEqual({
      zh: '收到评价 3 条，少于参与排名所需的 5 条，不予排名。',
      en: 'Received 3 ratings, fewer than the 5 needed to be ranked.',
    });
    expect(unwrap(rateDepartments(rate('one', 'satisfied', 1), { minRatings: 2 }))[0]?.unrankedReason?.en).toBe('Received 1 rating, fewer than the 2 needed to be ranked.');
  });

  it('ties share a rank; no ratings give no departments', () => {
    const tied = unwrap(rateDepartments([...rate('b', 'satisfied', 2), ...rate('a', 'satisfied', 1), ...rate('c', 'unsatisfied', 1)]));
    expect(tied.map((d) => [d.departmentId, d.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
    expect(unwrap(rateDepartments([]))).toEqual([]);
  });

  it('returns INVALID_ARGUMENT for a bad credit, z or minRatings, even with no ratings', () => {
    expect(rateDepartments([], { basicallySatisfiedCredit: 2 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'basicallySatisfiedCredit'] } });
    expect(rateDepartments([], { wilsonZ: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'wilsonZ'] } });
    expect(rateDepartments([], { minRatings: 1.5 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'minRatings'] } });
    expect(rateDepartments([], { minRatings: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'minRatings'] } });
  });

  it('Part 8: rateDepartments returns INVALID_ARGUMENT or INVALID_INPUT naming the option or the rating instead of throwing', () => {
    expect(rateDepartments(smallAndBig, { minRatings: Number.NaN })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'minRatings must be a whole number ≥ 0; received NaN.',
        messageZh: '最少评价数 minRatings 应为不小于 0 的整数，实际为 NaN。',
        path: ['options', 'minRatings'],
        value: Number.NaN,
      },
    });
    expect(rateDepartments(smallAndBig, { wilsonZ: Number.NaN })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'wilsonZ'] } });
    // A level from JSON that is not one of the three would count nowhere (or corrupt a count).
    for (const level of ['happy', 'enterprises', 'toString']) {
      const bad = [...rate('a', 'satisfied', 2), { enterpriseId: 'e9', departmentId: 'a', level } as unknown as DepartmentRating];
      expect(rateDepartments(bad), level).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['ratings', 2, 'level'], value: level } });
    }
  });

  it('DepartmentRatingSchema validates a rating at the boundary and converts to JSON Schema', () => {
    expect(DepartmentRatingSchema.safeParse({ enterpriseId: 'e1', departmentId: 'aic', level: 'basicallySatisfied' }).success).toBe(true);
    expect(DepartmentRatingSchema.safeParse({ enterpriseId: 'e1', departmentId: 'aic', level: 'happy' }).success).toBe(false);
    expect(DepartmentRatingSchema.safeParse({ enterpriseId: 'e1', departmentId: 'aic', level: 'satisfied', extra: 1 }).success).toBe(false);
    expect(() => z.toJSONSchema(DepartmentRatingSchema)).not.toThrow();
  });
});
