import * as z from 'zod';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { IdSchema, type BilingualText } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { hainingGridStaffShare } from './defaults.js';
import { GovernmentLevel } from './level.js';

/**
 * Haining's tiers of enterprise-related departments (涉企部门, 002): class 1 (e.g. development and
 * reform, economy and information, science and technology) and class 2 (e.g. environmental
 * protection, market regulation, land and resources).
 *
 * `EnterpriseRelatedClass.values` lists the values in order, `EnterpriseRelatedClass.labels` gives
 * each a zh-CN and an English label, and `EnterpriseRelatedClass.schema` validates one. The type
 * `EnterpriseRelatedClass` is the tier of an enterprise-related department: `'class1'` or
 * `'class2'`.
 *
 * @example
 * ```ts
 * EnterpriseRelatedClass.labels.class1.zh; // '一类涉企部门'
 * EnterpriseRelatedClass.schema.safeParse('class3').success; // false
 * ```
 * @category Org
 */
export const EnterpriseRelatedClass = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    class1: { zh: '一类涉企部门', en: 'Class-1 enterprise-related department' },
    class2: { zh: '二类涉企部门', en: 'Class-2 enterprise-related department' },
  }),
))();

export type EnterpriseRelatedClass = EnumValue<typeof EnterpriseRelatedClass>;

/**
 * A government department (部门), e.g. one of the ~21 member departments of Jiaozuo's leading group
 * (001). `enterpriseRelatedClass` is absent for a department that is not enterprise-related;
 * `staffCount` is needed to work out its grid-team share (see {@link gridTeamStaffOwed}).
 *
 * @example
 * ```ts
 * DepartmentSchema.parse({ id: 'd1', name: '市经信局', enterpriseRelatedClass: 'class1', staffCount: 30 }).staffCount; // 30
 * safeParse(DepartmentSchema, { id: 'd1', name: '市环保局', staffCount: -1 }).ok; // false
 * ```
 * @category Org
 */
export const DepartmentSchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the department. */
  id: IdSchema,
  /** The name of the department. */
  name: z.string().min(1).max(200),
  /** The level of government it belongs to. */
  level: GovernmentLevel.schema.optional(),
  /** The county or district of a county-level department. */
  countyId: IdSchema.optional().describe('The county or district of a county-level department'),
  /** Its class as an enterprise-related department; absent when it is not one. */
  enterpriseRelatedClass: EnterpriseRelatedClass.schema.optional(),
  /** How many staff it has. */
  staffCount: z.number().int().nonnegative().optional(),
}))();

/**
 * A government department; see {@link DepartmentSchema}.
 *
 * @category Org
 */
export type Department = z.infer<typeof DepartmentSchema>;

/**
 * A share of a department's staff as an exact fraction (never more than the whole).
 *
 * @example
 * ```ts
 * StaffShareSchema.safeParse({ numerator: 4, denominator: 3 }).success; // false
 * ```
 * @category Org
 */
export const StaffShareSchema = /* @__PURE__ */ (() => z
  .object({
    /** The numerator, e.g. 2 in 2/3. */
    numerator: z.number().int().nonnegative(),
    /** The denominator, e.g. 3 in 2/3. */
    denominator: z.number().int().positive(),
  })
  .check((ctx) => {
    const { numerator, denominator } = ctx.value;
    if (typeof numerator === 'number' && typeof denominator === 'number' && numerator > denominator) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['numerator'],
        message: `A share of staff cannot exceed the whole: ${numerator}/${denominator} > 1.`,
        params: { code: 'INVALID_ARGUMENT', messageZh: `人员比例不能超过全部：${numerator}/${denominator} 大于 1。` },
      });
    }
  }))();

/**
 * A share of staff as a fraction; see {@link StaffShareSchema}.
 *
 * @category Org
 */
export type StaffShare = z.infer<typeof StaffShareSchema>;

/**
 * The ways a share of people is rounded to whole people.
 *
 * `RoundingMode.values` lists the values in order, `RoundingMode.labels` gives each a zh-CN and an
 * English label, and `RoundingMode.schema` validates one. The type `RoundingMode` is how a share of
 * people is rounded to whole people: `'roundUp'`, `'roundDown'` or `'roundHalfUp'`.
 *
 * @example
 * ```ts
 * RoundingMode.labels.roundUp.zh; // '向上取整'
 * RoundingMode.values; // ['roundUp', 'roundDown', 'roundHalfUp']
 * ```
 * @category Org
 */
export const RoundingMode = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    roundUp: { zh: '向上取整', en: 'Round up' },
    roundDown: { zh: '向下取整', en: 'Round down' },
    roundHalfUp: { zh: '四舍五入', en: 'Round half up' },
  }),
))();

export type RoundingMode = EnumValue<typeof RoundingMode>;

/**
 * A policy for how much of its staff each class of enterprise-related department puts into grid
 * visit teams (网格走访小组), with the rounding to whole people. Haining's version is
 * {@link hainingGridStaffShare}.
 *
 * @example
 * ```ts
 * GridStaffShareSchema.safeParse(hainingGridStaffShare).success; // true
 * safeParse(GridStaffShareSchema, { ...hainingGridStaffShare, rounding: 'sideways' }).ok; // false
 * ```
 * @category Org
 */
export const GridStaffShareSchema = /* @__PURE__ */ (() => z.object({
  /** Where the policy comes from. */
  source: z.string().min(1).describe('Where the policy comes from'),
  /** The share of a class-1 department's staff. */
  class1: StaffShareSchema,
  /** The share of a class-2 department's staff. */
  class2: StaffShareSchema,
  /** How a share is rounded to whole people. */
  rounding: RoundingMode.schema,
}))();

/**
 * A grid-team staff share policy; see {@link GridStaffShareSchema}.
 *
 * @category Org
 */
export type GridStaffShare = z.infer<typeof GridStaffShareSchema>;

/**
 * How many staff a department owes to grid teams, and why.
 *
 * @category Org
 */
export interface GridStaffDecision {
  /** The number of staff to put into grid visit teams. */
  readonly owed: number;
  /** The department's staff count the decision was made from. */
  readonly staffCount: number;
  /** The department's class; absent when it is not enterprise-related. */
  readonly enterpriseRelatedClass?: EnterpriseRelatedClass;
  /** The share that applied; absent when the department is not enterprise-related. */
  readonly share?: StaffShare;
  /** The rule that fired, in both languages. */
  readonly reason: BilingualText;
}

function roundShare(staff: number, share: StaffShare, rounding: RoundingMode): number {
  const a = staff * share.numerator;
  const b = share.denominator;
  switch (rounding) {
    case 'roundUp':
      return Math.floor((a + b - 1) / b);
    case 'roundDown':
      return Math.floor(a / b);
    case 'roundHalfUp':
      return Math.floor((2 * a + b) / (2 * b));
    default: {
      const never: never = rounding;
      return never;
    }
  }
}

function formatProduct(staff: number, share: StaffShare): string {
  const exact = (staff * share.numerator) / share.denominator;
  return Number.isInteger(exact) ? `= ${exact}` : `≈ ${exact.toFixed(2)}`;
}

/**
 * Works out how many of a department's staff go into grid visit teams under a share policy: by
 * default Haining's (002), where a class-1 enterprise-related department puts 2/3 of its staff
 * and a class-2 department 1/3, rounded up to whole people; a department that is not
 * enterprise-related owes none.
 *
 * @param department - The department's class (absent when not enterprise-related) and staff count.
 * @param policy - The share policy; defaults to {@link hainingGridStaffShare}.
 * @returns The number owed, the share that applied and the reason in both languages; or
 *   `INVALID_ARGUMENT` (path `['department', 'staffCount']`) when the staff count is not a whole
 *   number ≥ 0, `INVALID_INPUT` for a class that is neither `'class1'` nor `'class2'` (path
 *   `['department', 'enterpriseRelatedClass']`) or a policy whose share or rounding is not one
 *   {@link GridStaffShareSchema} accepts (path `['policy', 'class1', 'denominator']`, `['policy', 'rounding']`, …).
 * @example
 * ```ts
 * unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: 10 })).owed; // 7
 * unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: 'class2', staffCount: 9 })).owed; // 3
 * gridTeamStaffOwed({ enterpriseRelatedClass: 'class1', staffCount: -1 }); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['department', 'staffCount'], … } }
 * ```
 * @category Org
 */
export function gridTeamStaffOwed(
  department: { readonly enterpriseRelatedClass?: EnterpriseRelatedClass | undefined; readonly staffCount: number },
  policy: GridStaffShare = hainingGridStaffShare,
): Result<GridStaffDecision> {
  return gridStaffDecision(department, policy, ['department'], ['policy']);
}

/** A path as the argument's name reads in a message: `['departments', 2, 'staffCount']` → `departments[2].staffCount`. */
const nameOf = (path: ErrorPath): string => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/**
 * {@link gridTeamStaffOwed}, with the paths of the department and of the policy among the caller's
 * arguments (`gridStaffing` reads `departments[i]` and `share`). Internal.
 */
export function gridStaffDecision(
  department: { readonly enterpriseRelatedClass?: EnterpriseRelatedClass | undefined; readonly staffCount: number },
  policy: GridStaffShare,
  departmentPath: ErrorPath,
  policyPath: ErrorPath,
): Result<GridStaffDecision> {
  const { enterpriseRelatedClass: cls, staffCount } = department;
  if (cls !== undefined && !Object.hasOwn(EnterpriseRelatedClass.labels, cls)) {
    const path = [...departmentPath, 'enterpriseRelatedClass'];
    return err(
      domainError('INVALID_INPUT', {
        en: `${nameOf(path)} must be 'class1' or 'class2' (or absent); received ${JSON.stringify(cls)}.`,
        zh: `${nameOf(path)} 应为 'class1' 或 'class2'（或不填），实际为 ${JSON.stringify(cls)}。`,
        path,
        value: cls,
      }),
    );
  }
  if (!Number.isSafeInteger(staffCount) || staffCount < 0) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `A staff count is a whole number ≥ 0, not ${String(staffCount)}.`,
        zh: `人员数应为不小于 0 的整数，而不是 ${String(staffCount)}。`,
        path: [...departmentPath, 'staffCount'],
        value: staffCount,
      }),
    );
  }
  if (cls === undefined) {
    return ok({
      owed: 0,
      staffCount,
      reason: {
        en: 'Not an enterprise-related department: it owes no staff to grid teams.',
        zh: '非涉企部门：无须抽调人员编入网格走访小组。',
      },
    });
  }
  const problem = sharePolicyProblem(policy, cls, policyPath);
  if (problem !== null) return err(problem);
  const share = policy[cls];
  const owed = roundShare(staffCount, share, policy.rounding);
  const fraction = `${share.numerator}/${share.denominator}`;
  const label = EnterpriseRelatedClass.labels[cls];
  const rounding = RoundingMode.labels[policy.rounding];
  return ok({
    owed,
    staffCount,
    enterpriseRelatedClass: cls,
    share,
    reason: {
      en: `${label.en}: ${staffCount} staff × ${fraction} ${formatProduct(staffCount, share)}; ${rounding.en.toLowerCase()}: ${owed} into grid teams (${policy.source}).`,
      zh: `${label.zh}：${staffCount} 人 × ${fraction} ${formatProduct(staffCount, share)}，${rounding.zh}：${owed} 人编入网格走访小组（${policy.source}）。`,
    },
  });
}

/** `INVALID_INPUT` when the policy's share for `cls` or its rounding is not one its schema accepts, else null. */
function sharePolicyProblem(policy: GridStaffShare, cls: EnterpriseRelatedClass, at: ErrorPath): DomainError | null {
  const share: unknown = policy[cls];
  if (typeof share !== 'object' || share === null) {
    const path = [...at, cls];
    return domainError('INVALID_INPUT', {
      en: `${nameOf(path)} must be a share { numerator, denominator }; received ${JSON.stringify(share)}.`,
      zh: `${nameOf(path)} 应为比例 { numerator, denominator }，实际为 ${JSON.stringify(share)}。`,
      path,
      value: share,
    });
  }
  const { numerator, denominator } = share as Partial<StaffShare>;
  for (const [part, value, min] of [['numerator', numerator, 0], ['denominator', denominator, 1]] as const) {
    if (Number.isSafeInteger(value) && (value as number) >= min) continue;
    const path = [...at, cls, part];
    return domainError('INVALID_INPUT', {
      en: `${nameOf(path)} must be a whole number ≥ ${min}; received ${String(value)}.`,
      zh: `${nameOf(path)} 应为不小于 ${min} 的整数，实际为 ${String(value)}。`,
      path,
      value,
    });
  }
  if (typeof policy.rounding !== 'string' || !Object.hasOwn(RoundingMode.labels, policy.rounding)) {
    const path = [...at, 'rounding'];
    return domainError('INVALID_INPUT', {
      en: `${nameOf(path)} must be 'roundUp', 'roundDown' or 'roundHalfUp'; received ${JSON.stringify(policy.rounding)}.`,
      zh: `${nameOf(path)} 应为 'roundUp'、'roundDown' 或 'roundHalfUp'，实际为 ${JSON.stringify(policy.rounding)}。`,
      path,
      value: policy.rounding,
    });
  }
  return null;
}
