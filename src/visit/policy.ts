import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, IdSchema } from '../core/schema.js';
import { VisitCadenceRole, VisitCadenceScope, VisitMode, VisitPeriodUnit } from './enums.js';

/**
 * One visit cadence rule (走访频次): who (`role`) must make at least `atLeast` visits of the counted
 * `modes` (null: any mode) in every calendar period of `unit`, counted over `scope` — to each paired
 * enterprise, to any enterprise, or by a grid's teams to each enterprise of the grid. E.g. Xingtai's
 * advisers visit each paired enterprise at least once a calendar month on site (000).
 *
 * @example
 * ```ts
 * VisitCadenceRuleSchema.parse({
 *   id: 'monthly', role: 'pairedAdviser', scope: 'pairedEnterprise', unit: 'month', source: '000',
 *   description: { zh: '每月至少一次', en: 'At least monthly' },
 * }).atLeast; // 1
 * ```
 * @category Visit
 */
export const VisitCadenceRuleSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The rule's id. */
  id: IdSchema,
  /** Who the rule binds. */
  role: VisitCadenceRole.schema,
  /** What the rule counts visits over. */
  scope: VisitCadenceScope.schema,
  /** The calendar period the count starts afresh in. */
  unit: VisitPeriodUnit.schema,
  /** Visits required in each period (default 1). */
  atLeast: z.int().min(1).max(100).default(1),
  /** The visit modes that count, or null for any mode (default). */
  modes: z.array(VisitMode.schema).min(1).nullable().default(null).describe('Visit modes that count; null for any'),
  /** Where the rule comes from. */
  source: z.string().min(1),
  /** The rule in words, in both languages. */
  description: BilingualTextSchema,
}))();

/**
 * A visit cadence rule; see {@link VisitCadenceRuleSchema}.
 *
 * @category Visit
 */
export type VisitCadenceRule = DeepReadonly<z.output<typeof VisitCadenceRuleSchema>>;

/**
 * A visit cadence policy as data: the rules per role. Rule ids are unique, and a role has at most
 * one rule per scope; a role without a rule owes nothing. The sources' versions are
 * {@link xingtaiVisitCadence} (000), {@link jiaozuoVisitCadence} (001), {@link hainingVisitCadence}
 * (002) and all of them together, {@link defaultVisitCadence}.
 *
 * @example
 * ```ts
 * VisitCadencePolicySchema.safeParse(defaultVisitCadence).success; // true
 * safeParse(VisitCadencePolicySchema, { ...defaultVisitCadence, rules: [] }).ok; // true: nobody owes visits
 * ```
 * @category Visit
 */
export const VisitCadencePolicySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The policy's id. */
    id: IdSchema,
    /** Its name in both languages. */
    name: BilingualTextSchema,
    /** Where it comes from. */
    source: z.string().min(1),
    /** The rules. */
    rules: z.array(VisitCadenceRuleSchema),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    const slots = new Set<string>();
    p.rules.forEach((r, i) => {
      if (ids.has(r.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `The rule id "${r.id}" appears twice.`,
          path: ['rules', i, 'id'],
          input: r.id,
          params: { code: 'DUPLICATE_ID', messageZh: `规则编号“${r.id}”重复出现。` },
        });
      }
      const slot = `${r.role}/${r.scope}`;
      if (slots.has(slot)) {
        ctx.addIssue({
          code: 'custom',
          message: `Two rules bind the role "${r.role}" over the scope "${r.scope}"; keep one.`,
          path: ['rules', i, 'role'],
          input: r.role,
          params: { code: 'DUPLICATE_ID', messageZh: `角色“${r.role}”在范围“${r.scope}”上有两条规则，只能保留一条。` },
        });
      }
      ids.add(r.id);
      slots.add(slot);
    });
  }))();

/**
 * A visit cadence policy; see {@link VisitCadencePolicySchema}.
 *
 * @category Visit
 */
export type VisitCadencePolicy = DeepReadonly<z.output<typeof VisitCadencePolicySchema>>;

/**
 * Limits on visit burden per enterprise (走访负担): "respond to every request, never disturb without
 * cause" (有求必应、无事不扰, 002), and Lishui's complaint that repeated, overlapping activities by many
 * departments burden enterprises (003). The sources name the problem but give no figures, so the
 * defaults are qinqing's (see {@link defaultVisitBurdenPolicy}): at most 4 visits and 3 distinct
 * departments per enterprise in any 30 days; planned visits of 2 or more departments to one
 * enterprise in one ISO week are proposed as one joint visit (see {@link coordinateVisits}).
 *
 * @example
 * ```ts
 * VisitBurdenPolicySchema.parse({}).maxVisitsPerWindow; // 4
 * safeParse(VisitBurdenPolicySchema, { windowDays: 0 }).ok; // false
 * ```
 * @category Visit
 */
export const VisitBurdenPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the limits come from. */
  source: z.string().min(1).default('qinqing defaults (002: 有求必应、无事不扰; 003: overlapping visits burden enterprises; no figures given)'),
  /** More visits than this to one enterprise within the window is a burden. */
  maxVisitsPerWindow: z.int().min(1).max(1000).default(4),
  /** More distinct departments than this visiting one enterprise within the window is a burden. */
  maxDepartmentsPerWindow: z.int().min(1).max(1000).default(3),
  /** The window's length in calendar days, ending on (and including) the day of reckoning. */
  windowDays: z.int().min(1).max(366).default(30),
  /** Planned visits of at least this many distinct departments to one enterprise in one ISO week are merged. */
  minDepartmentsToCoordinate: z.int().min(2).max(100).default(2),
}))();

/**
 * Limits on visit burden; see {@link VisitBurdenPolicySchema}.
 *
 * @category Visit
 */
export type VisitBurdenPolicy = DeepReadonly<z.output<typeof VisitBurdenPolicySchema>>;

