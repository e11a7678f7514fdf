import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { CalendarDateSchema, IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * How a pairing was made: appointed by the organisation, or by two-way selection (双向选择, 003).
 *
 * `PairingSelection.values` lists the values in order, `PairingSelection.labels` gives each a zh-CN
 * and an English label, and `PairingSelection.schema` validates one. The type `PairingSelection` is
 * how a pairing was made: `'appointed'` or `'twoWaySelection'`.
 *
 * @example
 * ```ts
 * PairingSelection.labels.twoWaySelection.zh; // '双向选择'
 * PairingSelection.values; // ['appointed', 'twoWaySelection']
 * ```
 * @category Pairing
 */
export const PairingSelection = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    appointed: { zh: '组织指派', en: 'Appointed' },
    twoWaySelection: { zh: '双向选择', en: 'Two-way selection' },
  }),
))();

export type PairingSelection = EnumValue<typeof PairingSelection>;

/**
 * A pairing (包联、结对): one adviser or cadre with one enterprise or one park, from a date and
 * until a date (null while it lasts). Exactly one of `enterpriseId` and `parkId` is set.
 *
 * @example
 * ```ts
 * PairingSchema.parse({ id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-05', until: null, selection: 'appointed' }).enterpriseId; // 'e1'
 * ```
 * @category Pairing
 */
export const PairingSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The app's id of the pairing. */
    id: IdSchema,
    /** The adviser or cadre. */
    adviserId: IdSchema,
    /** The enterprise paired, or null for a park. */
    enterpriseId: IdSchema.nullable(),
    /** The park paired, or null for an enterprise. */
    parkId: IdSchema.nullable(),
    /** The first day of the pairing. */
    since: CalendarDateSchema,
    /** The last day, or null while it lasts. */
    until: CalendarDateSchema.nullable(),
    /** How it was made. */
    selection: PairingSelection.schema,
  })
  .refine((p) => (p.enterpriseId === null) !== (p.parkId === null), {
    message: 'A pairing names exactly one of enterpriseId and parkId.',
    path: ['enterpriseId'],
    params: { messageZh: '包联对象须且只能是一家企业或一个园区。' },
  }))();

/**
 * A pairing; see {@link PairingSchema}.
 *
 * @category Pairing
 */
export type Pairing = DeepReadonly<z.infer<typeof PairingSchema>>;
