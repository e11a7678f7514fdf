import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { IdSchema } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { ActorRole } from '../vocabulary/actor.js';

/**
 * The roles that supervise (督办、督查): the leading-group office (领导小组办公室), the efficiency
 * office (效能办), the leading body and city leaders — the bodies that may stand beside the actor of
 * a joint supervision step (联合督办, 003) and that order a department to rectify (限期整改, 003).
 *
 * @example
 * ```ts
 * supervisingRoles; // ['leadingGroupOffice', 'efficiencyOffice', 'leadingBody', 'cityLeader']
 * ```
 * @category Issue
 */
export const supervisingRoles = /* @__PURE__ */ deepFreeze(['leadingGroupOffice', 'efficiencyOffice', 'leadingBody', 'cityLeader'] as const);

/**
 * A supervising body (督办单位): the app's id of the body and the role it acts in, one of
 * {@link supervisingRoles}. An `Actor` of one of those roles fits.
 *
 * @example
 * ```ts
 * SupervisingBodySchema.parse({ id: 'lishui-efficiency', role: 'efficiencyOffice' }).role; // 'efficiencyOffice'
 * SupervisingBodySchema.safeParse({ id: 'd-tax', role: 'departmentHead' }).success; // false: a department does not supervise
 * ```
 * @category Issue
 */
export const SupervisingBodySchema = /* @__PURE__ */ (() => z.strictObject({
  /** The app's id of the body. */
  id: IdSchema,
  /** The role it acts in. */
  role: ActorRole.schema.extract(supervisingRoles),
}))();

/**
 * A supervising body; see {@link SupervisingBodySchema}.
 *
 * @category Issue
 */
export type SupervisingBody = DeepReadonly<z.infer<typeof SupervisingBodySchema>>;
