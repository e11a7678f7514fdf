import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { IssueCommandType } from '../vocabulary/issue.js';

/**
 * The actions an access policy governs: the issue commands (their labels are those of
 * {@link qinqing/issue!IssueCommandType}), then nine actions for what the library offers as functions
 * rather than commands:
 *
 * - `viewIssue`: read an issue with its history (查看诉求);
 * - `viewLedger`: read the work ledger and the reports built from issues (台账、报表);
 * - `editPairings`: change pairings and secondments (包联关系);
 * - `recordVisit`: record a visit (走访记录, 004);
 * - `rateDepartment`: an enterprise rates a department that served it (企业评部门, 000);
 * - `scoreUnits`: score departments and cadres (考核评分);
 * - `viewScores`: read scores and rankings;
 * - `gradeAppraisal`: decide the annual appraisal grades (考核等次, 002);
 * - `publishRanking`: publish the quarterly ranking and its red and black lists (季度排名, 002).
 *
 * `AccessAction.values` lists the values in order, `AccessAction.labels` gives each a zh-CN and an
 * English label, and `AccessAction.schema` validates one. The type `AccessAction` is an action an
 * access policy governs, e.g. `'assign'` or `'viewScores'`.
 *
 * @example
 * ```ts
 * AccessAction.labels.viewLedger.zh; // '查看台账报表'
 * AccessAction.labels.close.zh; // '销号', as for the command
 * AccessAction.schema.safeParse('publishRanking').success; // true
 * ```
 * @category Access
 */
export const AccessAction = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    ...IssueCommandType.labels,
    viewIssue: { zh: '查看诉求', en: 'View an issue' },
    viewLedger: { zh: '查看台账报表', en: 'View ledgers and reports' },
    editPairings: { zh: '调整包联关系', en: 'Edit pairings' },
    recordVisit: { zh: '填报走访记录', en: 'Record a visit' },
    rateDepartment: { zh: '企业评部门', en: 'Rate a department' },
    scoreUnits: { zh: '考核评分', en: 'Score units' },
    viewScores: { zh: '查看考核结果', en: 'View scores and rankings' },
    gradeAppraisal: { zh: '评定考核等次', en: 'Grade the appraisal' },
    publishRanking: { zh: '发布排名', en: 'Publish a ranking' },
  }),
))();

export type AccessAction = EnumValue<typeof AccessAction>;

/**
 * The jurisdictions a rule can be limited to, each a relation between the subject and
 * the target:
 *
 * - `anywhere`: every target;
 * - `ownArea`: a county-level subject reaches targets of its `countyId` only (a target whose
 *   county is unknown is outside); a city-level subject reaches the city;
 * - `ownEnterprise`: the target's enterprise is the subject's `enterpriseId`;
 * - `pairedEnterprises`: the target's enterprise is one of the subject's `pairedEnterpriseIds`;
 * - `leadDepartment`: the target's (lead) department is the subject's `departmentId`;
 * - `assignedDepartment`: as `leadDepartment`, or the subject's department is a co-handler (协办).
 *
 * Jurisdictions never exclude each other: one subject may sit in a county, a department and an
 * enterprise at once, so two rules' jurisdictions can always match the same request.
 *
 * `AccessScope.values` lists the values in order, `AccessScope.labels` gives each a zh-CN and an
 * English label, and `AccessScope.schema` validates one. The type `AccessScope` is the jurisdiction
 * of a rule, e.g. `'ownArea'`.
 *
 * @example
 * ```ts
 * AccessScope.labels.ownArea.zh; // '本辖区'
 * AccessScope.values.length; // 6
 * ```
 * @category Access
 */
export const AccessScope = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    anywhere: { zh: '不限范围', en: 'Anywhere' },
    ownArea: { zh: '本辖区', en: 'Own jurisdiction' },
    ownEnterprise: { zh: '本企业', en: 'Own enterprise' },
    pairedEnterprises: { zh: '包联企业', en: 'Paired enterprises' },
    leadDepartment: { zh: '本部门主办', en: 'Led by own department' },
    assignedDepartment: { zh: '本部门主办或协办', en: 'Led or co-handled by own department' },
  }),
))();

export type AccessScope = EnumValue<typeof AccessScope>;

/**
 * A rule's effect: `allow` grants what it matches; `deny` is a guard rail that no allow rule of the
 * same policy may contradict (see {@link AccessPolicySchema}).
 *
 * `AccessEffect.values` lists the values in order, `AccessEffect.labels` gives each a zh-CN and an
 * English label, and `AccessEffect.schema` validates one. The type `AccessEffect` is a rule's
 * effect: `'allow'` or `'deny'`.
 *
 * @example
 * ```ts
 * AccessEffect.labels.deny.zh; // '禁止'
 * AccessEffect.values; // ['allow', 'deny']
 * ```
 * @category Access
 */
export const AccessEffect = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    allow: { zh: '允许', en: 'Allow' },
    deny: { zh: '禁止', en: 'Deny' },
  }),
))();

export type AccessEffect = EnumValue<typeof AccessEffect>;

