import * as z from 'zod';
import { IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { ContactSchema } from './contact.js';
import { GovernmentLevel } from './level.js';

/**
 * The kinds of government people paired with enterprises: bureau adviser 工商顾问 (000), enterprise
 * liaison 企业联络员 (001, 003), enterprise assistant 企业助理 dispatched to an enterprise (003), cadre
 * seconded full-time to an enterprise 驻企挂职干部 (002), contact leader 联系领导 — a city or county leader
 * or department head (001, 003) — and grid visit team member (002, 004).
 *
 * `AdviserKind.values` lists the values in order, `AdviserKind.labels` gives each a zh-CN and an
 * English label, and `AdviserKind.schema` validates one. The type `AdviserKind` is a kind of
 * adviser or cadre, e.g. `'bureauAdviser'`.
 *
 * @example
 * ```ts
 * AdviserKind.labels.secondedCadre.zh; // '驻企挂职干部'
 * AdviserKind.values.length; // 6
 * ```
 * @category Org
 */
export const AdviserKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    bureauAdviser: { zh: '工商顾问', en: 'Bureau adviser' },
    liaison: { zh: '企业联络员', en: 'Enterprise liaison' },
    enterpriseAssistant: { zh: '企业助理', en: 'Enterprise assistant' },
    secondedCadre: { zh: '驻企挂职干部', en: 'Cadre seconded to an enterprise' },
    contactLeader: { zh: '联系领导', en: 'Contact leader' },
    gridTeamMember: { zh: '网格走访小组成员', en: 'Grid visit team member' },
  }),
))();

export type AdviserKind = EnumValue<typeof AdviserKind>;

/**
 * The grounds on which a cadre's experience fits an enterprise (002: 学过、管过、干过 — "studied it,
 * managed it, done it").
 *
 * `ExperienceBasis.values` lists the values in order, `ExperienceBasis.labels` gives each a zh-CN
 * and an English label, and `ExperienceBasis.schema` validates one. The type `ExperienceBasis` is a
 * ground of experience fit: `'studied'`, `'managed'` or `'practised'`.
 *
 * @example
 * ```ts
 * ExperienceBasis.labels.practised.zh; // '干过'
 * ExperienceBasis.schema.safeParse('managed').success; // true
 * ```
 * @category Org
 */
export const ExperienceBasis = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    studied: { zh: '学过', en: 'Studied it' },
    managed: { zh: '管过', en: 'Managed it' },
    practised: { zh: '干过', en: 'Done it' },
  }),
))();

export type ExperienceBasis = EnumValue<typeof ExperienceBasis>;

/**
 * An adviser or cadre (工商顾问、联络员、企业助理、挂职干部、联系领导、网格走访小组成员): a government person
 * paired with enterprises. `expertise` lists category ids of the service taxonomy the app uses
 * (default none); `experience` optionally records why the person fits (002: "experience fits,
 * business relevant"); `contact` is personal data.
 *
 * @example
 * ```ts
 * AdviserSchema.parse({ id: 'a1', name: '王五', kind: 'bureauAdviser', level: 'county' }).expertise; // []
 * safeParse(AdviserSchema, { id: 'a1', name: '王五', kind: 'advisor', level: 'county' }).ok; // false
 * ```
 * @category Org
 */
export const AdviserSchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the person. */
  id: IdSchema,
  /** The person's name. */
  name: z.string().min(1).max(100),
  /** The kind of adviser or cadre. */
  kind: AdviserKind.schema,
  /** The level they serve at. */
  level: GovernmentLevel.schema,
  /** The department they belong to. */
  departmentId: IdSchema.optional().describe('The department the person belongs to'),
  /** Category ids of the service taxonomy they are expert in. */
  expertise: z.array(IdSchema).default(() => []).describe('Category ids of a service taxonomy'),
  /** Why their experience fits (学过、管过、干过), with free notes. */
  experience: z
    .object({
      /** The grounds of the fit. */
      basis: z.array(ExperienceBasis.schema).optional(),
      /** Free notes, e.g. former posts. */
      notes: z.string().min(1).max(2000).optional(),
    })
    .optional()
    .describe('Why the person fits: 学过、管过、干过, and free notes'),
  /** Their contact details: personal data. */
  contact: ContactSchema.optional(),
}))();

/**
 * An adviser or cadre; see {@link AdviserSchema}.
 *
 * @category Org
 */
export type Adviser = z.infer<typeof AdviserSchema>;

