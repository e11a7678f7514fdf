import { describe, expect, it } from 'vitest';
import { QinqingError } from '../../src/core/errors.js';
import {
  enterpriseRelatedClassLabels,
  gridTeamStaffOwed,
  GridStaffShareSchema,
  hainingGridStaffShare,
  parseDepartment,
  parseGridStaffShare,
  safeParseDepartment,
  safeParseGridStaffShare,
  type Department,
  type GridStaffShare,
} from '../../src/org/index.js';

describe('departments', () => {
  it('002: departments are tiered class-1 and class-2 enterprise-related', () => {
    expect(enterpriseRelatedClassLabels.class1.zh).toBe('一类涉企部门');
    expect(enterpriseRelatedClassLabels.class2.zh).toBe('二类涉企部门');
    const d = parseDepartment({ id: 'd1', name: '市经信局', level: 'city', enterpriseRelatedClass: 'class1', staffCount: 30 });
    expect(d.enterpriseRelatedClass).toBe('class1');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('rejects a negative or fractional staff count with its path and both messages', () => {
    for (const staffCount of [-1, 2.5]) {
      const r = safeParseDepartment({ id: 'd1', name: '市环保局', staffCount });
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
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 30 }).owed).toBe(20);
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 10 }).owed).toBe(7);
  });

  it('002: class-2 departments put 1/3 of staff into grid teams', () => {
    expect(hainingGridStaffShare.class2).toEqual({ numerator: 1, denominator: 3 });
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 30 }).owed).toBe(10);
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 10 }).owed).toBe(4);
  });

  it('002: 5 class-1 and 9 class-2 departments together owe their shares', () => {
    const departments: (Department & { staffCount: number })[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `c1-${i}`, name: `一类${i}`, enterpriseRelatedClass: 'class1' as const, staffCount: 30 })),
      ...Array.from({ length: 9 }, (_, i) => ({ id: `c2-${i}`, name: `二类${i}`, enterpriseRelatedClass: 'class2' as const, staffCount: 30 })),
    ];
    expect(departments.reduce((sum, d) => sum + gridTeamStaffOwed(d).owed, 0)).toBe(5 * 20 + 9 * 10);
  });

  it('a department that is not enterprise-related owes none', () => {
    const d = gridTeamStaffOwed({ staffCount: 40 });
    expect(d).toMatchObject({ owed: 0, staffCount: 40 });
    expect('share' in d).toBe(false);
    expect(d.reason.zh).toContain('非涉企部门');
  });

  it('explains the decision in both languages, naming the share and the source', () => {
    const d = gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 10 });
    expect(d).toMatchObject({ owed: 7, staffCount: 10, enterpriseRelatedClass: 'class1', share: { numerator: 2, denominator: 3 } });
    expect(d.reason.en).toContain('10 staff × 2/3 ≈ 6.67');
    expect(d.reason.en).toContain('002');
    expect(d.reason.zh).toContain('一类涉企部门：10 人 × 2/3');
    expect(d.reason.zh).toContain('向上取整：7 人');
  });

  it('rounds as the policy says', () => {
    const policy = (rounding: GridStaffShare['rounding']): GridStaffShare => ({ ...hainingGridStaffShare, rounding });
    const owed = (staffCount: number, rounding: GridStaffShare['rounding']) =>
      gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount }, policy(rounding)).owed;
    expect([owed(10, 'roundUp'), owed(10, 'roundDown'), owed(10, 'roundHalfUp')]).toEqual([7, 6, 7]);
    expect([owed(11, 'roundUp'), owed(11, 'roundDown'), owed(11, 'roundHalfUp')]).toEqual([8, 7, 7]);
    expect([owed(0, 'roundUp'), owed(0, 'roundDown'), owed(0, 'roundHalfUp')]).toEqual([0, 0, 0]);
    const half = { ...hainingGridStaffShare, class2: { numerator: 1, denominator: 2 }, rounding: 'roundHalfUp' as const };
    expect(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 3 }, half).owed).toBe(2);
  });

  it('a staff count that is not a whole number ≥ 0 is a programmer error: QinqingError INVALID_ARGUMENT', () => {
    for (const staffCount of [-1, 1.5, Number.NaN]) {
      let thrown: unknown;
      try {
        gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount });
      } catch (x) {
        thrown = x;
      }
      expect(thrown).toBeInstanceOf(QinqingError);
      expect((thrown as QinqingError).error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['staffCount'] });
      expect((thrown as QinqingError).error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the default policy is valid and frozen; functions do not mutate it', () => {
    expect(GridStaffShareSchema.safeParse(hainingGridStaffShare).success).toBe(true);
    expect(Object.isFrozen(hainingGridStaffShare.class1)).toBe(true);
    const before = structuredClone(hainingGridStaffShare);
    gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 9 });
    expect(hainingGridStaffShare).toEqual(before);
  });

  it('a share above the whole is INVALID_ARGUMENT at its path, in both languages', () => {
    const r = safeParseGridStaffShare({ ...hainingGridStaffShare, class1: { numerator: 4, denominator: 3 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['class1', 'numerator'] });
    expect(r.error.message).toContain('4/3');
    expect(r.error.messageZh).toContain('不能超过');
  });

  it('an unknown rounding or a zero denominator is INVALID_INPUT', () => {
    expect(safeParseGridStaffShare({ ...hainingGridStaffShare, rounding: 'sideways' }).ok).toBe(false);
    const r = safeParseGridStaffShare({ ...hainingGridStaffShare, class2: { numerator: 0, denominator: 0 } });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['class2', 'denominator']]);
    expect(parseGridStaffShare(JSON.parse(JSON.stringify(hainingGridStaffShare)))).toEqual(hainingGridStaffShare);
  });
});
