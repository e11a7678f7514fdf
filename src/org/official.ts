import * as z from 'zod';
import { IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { ContactSchema } from './contact.js';
import { GovernmentLevel } from './level.js';

/**
 * The roles of officials who coordinate enterprise problems: mayor 市长, executive deputy mayor 常务副市长
 * and deputy mayor in charge 分管副市长 (001), bureau leader 局领导 (000), department head 部门负责人 and county
 * leader 县区领导 (001, 003).
 *
 * `OfficialRole.values` lists the values in order, `OfficialRole.labels` gives each a zh-CN and an
 * English label, and `OfficialRole.schema` validates one. The type `OfficialRole` is the role of an
 * official, e.g. `'deputyMayorInCharge'`.
 *
 * @example
 * ```ts
 * OfficialRole.labels.deputyMayorInCharge.en; // 'Deputy mayor in charge'
 * OfficialRole.schema.safeParse('mayor').success; // true
 * ```
 * @category Org
 */
export const OfficialRole = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    mayor: { zh: '市长', en: 'Mayor' },
    executiveDeputyMayor: { zh: '常务副市长', en: 'Executive deputy mayor' },
    deputyMayorInCharge: { zh: '分管副市长', en: 'Deputy mayor in charge' },
    bureauLeader: { zh: '局领导', en: 'Bureau leader' },
    departmentHead: { zh: '部门负责人', en: 'Department head' },
    countyLeader: { zh: '县区领导', en: 'County / district leader' },
  }),
))();

export type OfficialRole = EnumValue<typeof OfficialRole>;

const officialBase = {
  /** The app's id of the official. */
  id: IdSchema,
  /** The official's name. */
  name: z.string().min(1).max(100),
  /** The department the official leads or belongs to. */
  departmentId: IdSchema.optional().describe('The department the official leads or belongs to'),
  /** The county or district of a county official. */
  countyId: IdSchema.optional().describe('The county or district of a county official'),
  /** Their contact details: personal data. */
  contact: ContactSchema.optional(),
};

const portfolio = /* @__PURE__ */ (() => z
  .array(IdSchema)
  .check(
    z.refine((ids) => ids.length > 0, {
      message: 'A deputy mayor in charge needs a portfolio: at least one category id of the areas in their charge.',
      params: { code: 'INVALID_INPUT', messageZh: '分管副市长须列明分管领域：至少一个分类编号。' },
    }),
  )
  .meta({ minItems: 1, description: 'Category ids of the areas the official is in charge of (分管领域)' }))();

/**
 * An official (领导): a mayor, deputy mayor, bureau leader, department head or county leader. A
 * deputy mayor in charge (分管副市长) must have a `portfolio`: the category ids of the areas in
 * their charge, which decides the general problems they coordinate (001); other roles may have one.
 *
 * @example
 * ```ts
 * OfficialSchema.safeParse({ id: 'o1', name: '赵六', role: 'deputyMayorInCharge', portfolio: [] }).success; // false
 * safeParse(OfficialSchema, { id: 'o1', name: '赵六', role: 'deputyMayorInCharge' }).ok; // false
 * ```
 * @category Org
 */
export const OfficialSchema = /* @__PURE__ */ (() => z.discriminatedUnion('role', [
  z.object({
    ...officialBase,
    /** The role: deputy mayor in charge. */
    role: z.literal('deputyMayorInCharge'),
    /** Category ids of the areas in the official's charge (分管领域); at least one. */
    portfolio,
  }),
  z.object({
    ...officialBase,
    /** Any role but deputy mayor in charge. */
    role: OfficialRole.schema.exclude(['deputyMayorInCharge']),
    /** Category ids of the areas in the official's charge. */
    portfolio: z.array(IdSchema).optional().describe('Category ids of the areas the official is in charge of'),
  }),
]))();

/**
 * An official; see {@link OfficialSchema}. The type requires `portfolio` when the role is
 * `'deputyMayorInCharge'`.
 *
 * @category Org
 */
export type Official = z.infer<typeof OfficialSchema>;

/**
 * The bodies that steer the service to enterprises: the leading group 领导小组 and its office 领导小组办公室,
 * which gathers problems (001, 003); the efficiency office 效能办, which co-supervises overdue matters
 * (003); the city government executive meeting 市政府常务会议, which decides policy problems (001); and
 * the joint meeting of departments 联席会议 (001).
 *
 * `GoverningBodyKind.values` lists the values in order, `GoverningBodyKind.labels` gives each a
 * zh-CN and an English label, and `GoverningBodyKind.schema` validates one. The type
 * `GoverningBodyKind` is a kind of governing body, e.g. `'leadingGroup'`.
 *
 * @example
 * ```ts
 * GoverningBodyKind.labels.efficiencyOffice.zh; // '效能办'
 * GoverningBodyKind.values.length; // 5
 * ```
 * @category Org
 */
export const GoverningBodyKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    leadingGroup: { zh: '领导小组', en: 'Leading group' },
    leadingGroupOffice: { zh: '领导小组办公室', en: 'Leading group office' },
    efficiencyOffice: { zh: '效能办', en: 'Efficiency office' },
    executiveMeeting: { zh: '市政府常务会议', en: 'City government executive meeting' },
    jointMeeting: { zh: '联席会议', en: 'Joint meeting of departments' },
  }),
))();

export type GoverningBodyKind = EnumValue<typeof GoverningBodyKind>;

/**
 * A governing body (领导机构): e.g. Jiaozuo's leading group, chaired by the mayor with the
 * executive deputy mayor and the deputy mayor in charge of industry as deputies and ~21 member
 * departments, and its office hosted by the enterprise development service bureau (001).
 * `parentId` links an office to its leading group.
 *
 * @example
 * ```ts
 * GoverningBodySchema.parse({ id: 'g1', name: '市服务企业领导小组', kind: 'leadingGroup' }).memberDepartmentIds; // []
 * safeParse(GoverningBodySchema, { id: 'g1', name: '效能办', kind: 'efficiency' }).ok; // false
 * ```
 * @category Org
 */
export const GoverningBodySchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the body. */
  id: IdSchema,
  /** The name of the body. */
  name: z.string().min(1).max(200),
  /** The kind of body. */
  kind: GoverningBodyKind.schema,
  /** The level of government it belongs to. */
  level: GovernmentLevel.schema.optional(),
  /** The body this one belongs to, e.g. the leading group of an office. */
  parentId: IdSchema.optional().describe('The body this one belongs to, e.g. the leading group of an office'),
  /** The department where it sits, e.g. 市企业发展服务局. */
  hostDepartmentId: IdSchema.optional().describe('The department where the body sits, e.g. 市企业发展服务局'),
  /** The official who chairs it. */
  chairId: IdSchema.optional().describe('The official who chairs it'),
  /** The officials who are deputy chairs. */
  deputyChairIds: z.array(IdSchema).default(() => []).describe('Officials who are deputy chairs'),
  /** The member departments. */
  memberDepartmentIds: z.array(IdSchema).default(() => []).describe('Member departments'),
}))();

/**
 * A governing body; see {@link GoverningBodySchema}.
 *
 * @category Org
 */
export type GoverningBody = z.infer<typeof GoverningBodySchema>;

