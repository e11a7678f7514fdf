import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The roles in which people act on issues; recorded on every audit event.
 *
 * `ActorRole.values` lists the values in order, `ActorRole.labels` gives each a zh-CN and an
 * English label, and `ActorRole.schema` validates one. The type `ActorRole` is the role someone
 * acts in, e.g. `'departmentHandler'`.
 *
 * @example
 * ```ts
 * ActorRole.labels.efficiencyOffice.zh; // '效能办'
 * ActorRole.schema.safeParse('enterprise').success; // true
 * ```
 * @category Issue
 */
export const ActorRole = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    enterprise: { zh: '企业', en: 'Enterprise' },
    adviser: { zh: '顾问（联络员）', en: 'Adviser or cadre' },
    departmentHandler: { zh: '部门经办人', en: 'Department handler' },
    departmentHead: { zh: '部门负责人', en: 'Department head' },
    leadingGroupOffice: { zh: '领导小组办公室', en: 'Leading group office' },
    efficiencyOffice: { zh: '效能办', en: 'Efficiency office' },
    leadingBody: { zh: '领导机构', en: 'Leading body' },
    cityLeader: { zh: '市领导', en: 'City leader' },
    auditor: { zh: '审计（只读）', en: 'Auditor (read-only)' },
    system: { zh: '系统', en: 'System' },
  }),
))();

export type ActorRole = EnumValue<typeof ActorRole>;

/**
 * Who acted: the app's id of the person or body, the role they acted in and, for an enterprise,
 * optionally the enterprise they speak for. When an enterprise actor carries its `enterpriseId`,
 * the lifecycle refuses it any command on another enterprise's issue (`FORBIDDEN`): an enterprise
 * gives feedback and complains about its own problems only (001, 002).
 *
 * @example
 * ```ts
 * ActorSchema.parse({ id: 'u7', role: 'departmentHandler' }).role; // 'departmentHandler'
 * ActorSchema.parse({ id: 'zhang-san', role: 'enterprise', enterpriseId: 'e1' }).enterpriseId; // 'e1'
 * ```
 * @category Issue
 */
export const ActorSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The app's id of the person or body. */
  id: IdSchema,
  /** The role they acted in. */
  role: ActorRole.schema,
  /** The enterprise an enterprise actor speaks for, when the app knows it (recorded on the audit event). */
  enterpriseId: IdSchema.optional(),
}))();

/**
 * Who acted; see {@link ActorSchema}.
 *
 * @category Issue
 */
export type Actor = DeepReadonly<z.infer<typeof ActorSchema>>;
