import { describe, expect, it } from 'vitest';
import { parse, safeParse } from '../../src/index.js';
import { unwrap } from '../../src/core/result.js';
import {
  EnterpriseRelatedClass,
  gridTeamStaffOwed,
  GridStaffShareSchema,
  hainingGridStaffShare,
  DepartmentSchema,
  type Department,
  type GridStaffShare,
} from '../../src/org/index.js';

describe('departments', () => {
  it('002: departments are tiered class-1 and class-2 enterprise-related', () => {
    expect(EnterpriseRelatedClass.labels.class1.zh).toBe('一类涉企部门');
    expect(EnterpriseRelatedClass.labels.class2.zh).toBe('二类涉企部门');
    const d = parse(DepartmentSchema, { id: 'd1', name: '市经信局', level: 'city', enterpriseRelatedClass: 'class1', staffCount: 30 });
    expect(d.enterpriseRelatedClass).toBe('class1');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('rejects a negative or fractional staff count with its path and both messages', () => {
    for (const staffCount of [-1, 2.5]) {
      const r = safeParse(DepartmentSchema, { id: 'd1', name: '市环保局', staffCount });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error).toMatchObject({ code: 'INVALID_INPUT', path: ['staffCount'], value: staffCount });
      expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('grid-team staff share (Haining, 002)', () => {
  it('002: class-1 departments put 2/3 of staff into grid teams', () => {
    expect(hainingGridStaffShare.class1).toEqual({ numerator: 2, denominator: 3 });
    expect(unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 30 })).owed).toBe(20);
    expect(unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 10 })).owed).toBe(7);
  });

  it('002: class-2 departments put 1/3 of staff into grid teams', () => {
    expect(hainingGridStaffShare.class2).toEqual({ numerator: 1, denominator: 3 });
    expect(unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 30 })).owed).toBe(10);
    expect(unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 10 })).owed).toBe(4);
  });

  it('002: 5 class-1 and 9 class-2 departments together owe their shares', () => {
    const departments: (Department & { staffCount: number })[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `c1-${i}`, name: `一类${i}`, enterpriseRelatedClass: 'class1' as const, staffCount: 30 })),
      ...Array.from({ length: 9 }, (_, i) => ({ id: `c2-${i}`, name: `二类${i}`, enterpriseRelatedClass: 'class2' as const, staffCount: 30 })),
    ];
    expect(departments.reduce((sum, d) => sum + unwrap(gridTeamStaffOwed(d)).owed, 0)).toBe(5 * 20 + 9 * 10);
  });

  it('a department that is not enterprise-related owes none', () => {
    const d = unwrap(gridTeamStaffOwed({ staffCount: 40 }));
    expect(d).toMatchObject({ owed: 0, staffCount: 40 });
    expect('share' in d).toBe(false);
    expect(d.reason.zh).toContain('非涉企部门');
  });

  it('explains the decision in both languages, naming the share and the source', () => {
    const d = unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 10 }));
    expect(d).toMatchObject({ owed: 7, staffCount: 10, enterpriseRelatedClass: 'class1', share: { numerator: 2, denominator: 3 } });
    expect(d.reason.en).toContain('10 staff × 2/3 ≈ 6.67');
    expect(d.reason.en).toContain('002');
    expect(d.reason.zh).toContain('一类涉企部门：10 人 × 2/3');
    expect(d.reason.zh).toContain('向上取整：7 人');
  });

  it('rounds as the policy says', () => {
    const policy = (rounding: GridStaffShare['rounding']): GridStaffShare => ({ ...hainingGridStaffShare, rounding });
    const owed = (staffCount: number, rounding: GridStaffShare['rounding']) =>
      unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount }, policy(rounding))).owed;
    expect([owed(10, 'roundUp'), owed(10, 'roundDown'), owed(10, 'roundHalfUp')]).toEqual([7, 6, 7]);
    expect([owed(11, 'roundUp'), owed(11, 'roundDown'), owed(11, 'roundHalfUp')]).toEqual([8, 7, 7]);
    expect([owed(0, 'roundUp'), owed(0, 'roundDown'), owed(0, 'roundHalfUp')]).toEqual([0, 0, 0]);
    const half = { ...hainingGridStaffShare, class2: { numerator: 1, denominator: 2 }, rounding: 'roundHalfUp' as const };
    expect(unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 3 }, half)).owed).toBe(2);
  });

  it('a staff count that is not a whole number ≥ 0 is INVALID_ARGUMENT at the department\'s staff count', () => {
    for (const staffCount of [-1, 1.5, Number.NaN]) {
      const r = gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['department', 'staffCount'], value: staffCount } });
      if (!r.ok) expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('Part 8: gridTeamStaffOwed returns INVALID_ARGUMENT or INVALID_INPUT (no TypeError for an unknown class or rounding) instead of throwing', () => {
    expect(gridTeamStaffOwed({ staffCount: -3 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['department', 'staffCount'] } });
    // each of these, coming from JSON, used to escape as a TypeError
    const r = gridTeamStaffOwed({ enterpriseRelatedClass: 'class3' as 'class1', staffCount: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['department', 'enterpriseRelatedClass'], value: 'class3' } });
    if (!r.ok) expect(r.error.messageZh).toContain('class3');
    const sideways = { ...hainingGridStaffShare, rounding: 'sideways' } as unknown as GridStaffShare;
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 10 }, sideways)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'rounding'], value: 'sideways' },
    });
    const noShare = { ...hainingGridStaffShare, class2: undefined } as unknown as GridStaffShare;
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 10 }, noShare)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['policy', 'class2'] } });
    // a zero denominator used to give owed: null
    const byZero = { ...hainingGridStaffShare, class2: { numerator: 0, denominator: 0 } };
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 10 }, byZero)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'class2', 'denominator'], value: 0 },
    });
    // the policy is not read for a department that is not enterprise-related
    expect(gridTeamStaffOwed({ staffCount: 10 }, sideways)).toMatchObject({ ok: true, value: { owed: 0 } });
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 9 })).toMatchObject({ ok: true, value: { owed: 3 } });
  });

  it('the default policy is valid and frozen; functions do not mutate it', () => {
    expect(GridStaffShareSchema.safeParse(hainingGridStaffShare).success).toBe(true);
    expect(Object.isFrozen(hainingGridStaffShare.class1)).toBe(true);
    const before = structuredClone(hainingGridStaffShare);
    unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 9 }));
    expect(hainingGridStaffShare).toEqual(before);
  });

  it('a share above the whole is INVALID_ARGUMENT at its path, in both languages', () => {
    const r = safeParse(GridStaffShareSchema, { ...hainingGridStaffShare, class1: { numerator: 4, denominator: 3 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['class1', 'numerator'] });
    expect(r.error.message).toContain('4/3');
    expect(r.error.messageZh).toContain('不能超过');
  });

  it('an unknown rounding or a zero denominator is INVALID_INPUT', () => {
    expect(safeParse(GridStaffShareSchema, { ...hainingGridStaffShare, rounding: 'sideways' }).ok).toBe(false);
    const r = safeParse(GridStaffShareSchema, { ...hainingGridStaffShare, class2: { numerator: 0, denominator: 0 } });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['class2', 'denominator']]);
    expect(parse(GridStaffShareSchema, JSON.parse(JSON.stringify(hainingGridStaffShare)))).toEqual(hainingGridStaffShare);
  });
});
