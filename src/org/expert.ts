import * as z from 'zod';
import { IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { ContactSchema } from './contact.js';

/**
 * The kinds of members of an expert service team (专家服务团, 002: professors, accountants, consultants,
 * lawyers and engineers — 15 in Haining).
 *
 * `ExpertKind.values` lists the values in order, `ExpertKind.labels` gives each a zh-CN and an
 * English label, and `ExpertKind.schema` validates one. The type `ExpertKind` is a kind of expert,
 * e.g. `'accountant'`.
 *
 * @example
 * ```ts
 * ExpertKind.labels.lawyer.zh; // '律师'
 * ExpertKind.values; // ['professor', 'accountant', 'consultant', 'lawyer', 'engineer']
 * ```
 * @category Org
 */
export const ExpertKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    professor: { zh: '大学教授', en: 'University professor' },
    accountant: { zh: '会计师', en: 'Accountant' },
    consultant: { zh: '咨询师', en: 'Consultant' },
    lawyer: { zh: '律师', en: 'Lawyer' },
    engineer: { zh: '工程师', en: 'Engineer' },
  }),
))();

export type ExpertKind = EnumValue<typeof ExpertKind>;

/**
 * A member of an expert service team (002): not a civil servant but a professional the government
 * brings to enterprises. `expertise` lists category ids of the app's service taxonomy.
 *
 * @example
 * ```ts
 * ExpertSchema.parse({ id: 'e1', name: '孙七', kind: 'engineer' }).expertise; // []
 * safeParse(ExpertSchema, { id: 'e1', name: '孙七', kind: 'astrologer' }).ok; // false
 * ```
 * @category Org
 */
export const ExpertSchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the expert. */
  id: IdSchema,
  /** The expert's name. */
  name: z.string().min(1).max(100),
  /** The kind of expert. */
  kind: ExpertKind.schema,
  /** Their employer, e.g. a university or a firm. */
  affiliation: z.string().min(1).max(200).optional().describe('Employer, e.g. a university or a firm'),
  /** Category ids of the service taxonomy they are expert in. */
  expertise: z.array(IdSchema).default(() => []).describe('Category ids of a service taxonomy'),
  /** Their contact details: personal data. */
  contact: ContactSchema.optional(),
}))();

/**
 * A member of an expert service team; see {@link ExpertSchema}.
 *
 * @category Org
 */
export type Expert = z.infer<typeof ExpertSchema>;

