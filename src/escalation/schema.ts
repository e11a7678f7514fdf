import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { IssueNature, IssueScope, Procedure, SupervisionStep } from '../vocabulary/issue.js';

/**
 * Who or what a problem can be escalated to: people (an adviser, a cross-section team, bureau
 * leaders, department heads, county leaders, the deputy mayor in charge, the executive deputy
 * mayor, the mayor), offices (the leading group and its office, the efficiency office) and meetings
 * (the executive meeting, the joint meeting, the half-monthly consultation, the quarterly
 * scheduling meeting, the monthly adviser meeting, the half-yearly symposium). A ladder may declare
 * more holders of its own.
 *
 * `EscalationHolder.values` lists the values in order, `EscalationHolder.labels` gives each a zh-CN
 * and an English label, and `EscalationHolder.schema` validates one. The type `EscalationHolder` is
 * a built-in escalation holder, e.g. `'executiveMeeting'`.
 *
 * @example
 * ```ts
 * EscalationHolder.labels.halfMonthlyConsultation.zh; // '半月会商'
 * EscalationHolder.schema.safeParse('mayor').success; // true
 * ```
 * @category Escalation
 */
export const EscalationHolder = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    adviser: { zh: '顾问（联络员）', en: 'Adviser or cadre' },
    team: { zh: '团队帮扶', en: 'Cross-section team' },
    bureauLeader: { zh: '局领导', en: 'Bureau leader' },
    departmentHead: { zh: '部门负责人', en: 'Department head' },
    countyLeader: { zh: '县区领导', en: 'County / district leader' },
    deputyMayorInCharge: { zh: '分管副市长', en: 'Deputy mayor in charge' },
    executiveDeputyMayor: { zh: '常务副市长', en: 'Executive deputy mayor' },
    mayor: { zh: '市长', en: 'Mayor' },
    leadingGroupOffice: { zh: '领导小组办公室', en: 'Leading group office' },
    efficiencyOffice: { zh: '效能办', en: 'Efficiency office' },
    leadingGroup: { zh: '领导小组', en: 'Leading group' },
    executiveMeeting: { zh: '市政府常务会议', en: 'City government executive meeting' },
    jointMeeting: { zh: '联席会议', en: 'Joint meeting of departments' },
    halfMonthlyConsultation: { zh: '半月会商', en: 'Half-monthly consultation' },
    quarterlyScheduling: { zh: '季度调度会', en: 'Quarterly scheduling meeting' },
    monthlyAdviserMeeting: { zh: '工商顾问例会', en: 'Monthly adviser meeting' },
    halfYearlySymposium: { zh: '企业家座谈会', en: 'Half-yearly enterprise symposium' },
  }),
))();

export type EscalationHolder = EnumValue<typeof EscalationHolder>;

const range = /* @__PURE__ */ (() => z
  .strictObject({
    /** The smallest value that holds (inclusive). */
    min: z.number().optional(),
    /** The largest value that holds (inclusive). */
    max: z.number().optional(),
  })
  .describe('An inclusive range; a missing end is open'))();

/**
 * The conditions of a rule over an issue's facts; every condition given must hold (AND), a missing
 * one holds always. Lists hold when the fact is one of them; ranges are inclusive; `industry` holds
 * when the enterprise's industry code starts with one of the codes (GB/T 4754: `'C'` covers
 * `'C3411'`).
 *
 * @example
 * ```ts
 * RuleConditionsSchema.parse({ nature: ['major', 'widespread'], overdueWorkingDays: { min: 5 } });
 * ```
 * @category Escalation
 */
export const RuleConditionsSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The issue's nature is one of these. */
  nature: z.array(IssueNature.schema).optional(),
  /** The issue's scope is one of these. */
  scope: z.array(IssueScope.schema).optional(),
  /** The issue's procedure is one of these. */
  procedure: z.array(Procedure.schema).optional(),
  /** The issue's category is one of these ids. */
  categoryId: z.array(IdSchema).optional(),
  /** The enterprise's industry code starts with one of these. */
  industry: z.array(z.string().min(1).max(32)).optional(),
  /** How many enterprises the problem affects. */
  enterprisesAffected: range.optional(),
  /** The money involved, in yuan. */
  amountInvolved: range.optional(),
  /** Working days overdue at the date of routing. */
  overdueWorkingDays: range.optional(),
  /** The supervision step reached, by rank (unsupervised < urge < supervision < publicListing < accountability). */
  supervisionStep: z
    .strictObject({
      /** The lowest step that holds. */
      min: SupervisionStep.schema.optional(),
      /** The highest step that holds. */
      max: SupervisionStep.schema.optional(),
    })
    .optional(),
  /** How often the issue was reopened. */
  reopenCount: range.optional(),
  /**
   * How often it was reopened or re-dispatched (改派) in all: a problem order (问题工单) at the
   * lifecycle policy's `problemOrderAt` (issue 17).
   */
  reworkCount: range.optional(),
  /** Whether the handler declared it cannot be solved for now. */
  declaredUnsolvable: z.boolean().optional(),
}))();

/**
 * The conditions of a rule; see {@link RuleConditionsSchema}.
 *
 * @category Escalation
 */
export type RuleConditions = DeepReadonly<z.infer<typeof RuleConditionsSchema>>;

/**
 * Where a rule sends a problem: a holder (see {@link EscalationHolder}, or one the ladder
 * declares), for a deputy mayor in charge the portfolio, and for time-based rules the supervision step.
 *
 * @example
 * ```ts
 * EscalationTargetSchema.parse({ holder: 'deputyMayorInCharge', portfolio: '工业经济' }).holder; // 'deputyMayorInCharge'
 * ```
 * @category Escalation
 */
export const EscalationTargetSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The holder's id: built in, or declared by the ladder. */
  holder: z.string().min(1).max(64),
  /** The portfolio (分管领域) of a deputy mayor in charge. */
  portfolio: z.string().min(1).max(200).optional(),
  /** The supervision step the move takes, for time-based rules (催办 → 督办 → 网上挂牌 → 问责). */
  step: SupervisionStep.schema.exclude(['unsupervised']).optional(),
}))();

/**
 * Where a rule sends a problem; see {@link EscalationTargetSchema}.
 *
 * @category Escalation
 */
export type EscalationTarget = DeepReadonly<z.infer<typeof EscalationTargetSchema>>;

/** A reason of a holder choice: Chinese and English, each 1 to 500 characters (qinqing's bound). */
const reasonText = /* @__PURE__ */ (() => z.strictObject({
  zh: z.string().min(1).max(500).describe('Chinese (zh-CN)'),
  en: z.string().min(1).max(500).describe('English'),
}))();

/**
 * One alternative of a holder choice (see {@link HolderChoiceSchema}): an id, its conditions over
 * the same facts as a rule's (every condition given must hold), the target it chooses, and the
 * reason recorded in the route when it is chosen.
 *
 * @example
 * ```ts
 * HolderAlternativeSchema.parse({ id: 'bigMoney', when: { amountInvolved: { min: 100000000 } }, target: { holder: 'mayor' },
 *   reason: { zh: '涉及金额 1 亿元以上，由市长协调', en: 'A hundred million yuan or more: the mayor' } }).target; // { holder: 'mayor' }
 * ```
 * @category Escalation
 */
export const HolderAlternativeSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The alternative's id, unique in its rule's choice. */
  id: IdSchema,
  /** What must hold, besides the rule's own conditions. */
  when: RuleConditionsSchema,
  /** The holder it chooses (with a portfolio or a step, as a rule's target). */
  target: EscalationTargetSchema,
  /** Why this holder, in both languages (each at most 500 characters): recorded in the route. */
  reason: reasonText,
}))();

/**
 * An alternative of a holder choice; see {@link HolderAlternativeSchema}.
 *
 * @category Escalation
 */
export type HolderAlternative = DeepReadonly<z.infer<typeof HolderAlternativeSchema>>;

/**
 * A holder choice (协调主体择定) on a rule whose source names more than one holder — Jiaozuo's
 * "由常务副市长或市长协调解决" (001): the executive deputy mayor *or* the mayor. When the rule applies,
 * its alternatives are tried in order and the first whose conditions hold gives the target; when
 * none holds, the rule's own `target` stands, for the reason `otherwise`. The choice is between
 * holders of one level: the route keeps the rule's rank whichever is chosen, and the decision, its
 * conditions and its reason are recorded in the route (`Route.choice`). At most 10 alternatives
 * (qinqing's bound).
 *
 * @example
 * ```ts
 * HolderChoiceSchema.safeParse({ alternatives: [], otherwise: { zh: '其余', en: 'Otherwise' } }).success; // false: at least one alternative
 * ```
 * @category Escalation
 */
export const HolderChoiceSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The alternatives, tried in order: 1 to 10. */
  alternatives: z.array(HolderAlternativeSchema).min(1).max(10),
  /** Why the rule's own target stands when no alternative holds, in both languages (each at most 500 characters). */
  otherwise: reasonText,
}))();

/**
 * A holder choice; see {@link HolderChoiceSchema}.
 *
 * @category Escalation
 */
export type HolderChoice = DeepReadonly<z.infer<typeof HolderChoiceSchema>>;

/**
 * One rule of a ladder: an id, its conditions, its target and its rank — the height of the target
 * on the ladder (higher is further up), which escalation never goes down — and, optionally, a
 * holder choice: alternatives to the target chosen by the facts, at the same rank (see
 * {@link HolderChoiceSchema}).
 *
 * @example
 * ```ts
 * EscalationRuleSchema.parse({ id: 'policy', when: { nature: ['policy'] }, target: { holder: 'executiveMeeting' }, rank: 40 }).rank; // 40
 * ```
 * @category Escalation
 */
export const EscalationRuleSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The rule's id, unique in its ladder. */
  id: IdSchema,
  /** What must hold. */
  when: RuleConditionsSchema,
  /** Where the problem goes (when the rule has a holder choice: when no alternative holds). */
  target: EscalationTargetSchema,
  /** How high the target stands (higher is further up). */
  rank: z.int().min(0).max(1000),
  /** What the rule says, in both languages. */
  description: BilingualTextSchema.optional(),
  /** Where the rule comes from. */
  source: z.string().min(1).optional(),
  /** Alternatives to `target`, chosen by the facts (Part 14; e.g. the mayor instead of the executive deputy mayor). */
  holderChoice: HolderChoiceSchema.optional(),
}))();

/**
 * One rule of a ladder; see {@link EscalationRuleSchema}.
 *
 * @category Escalation
 */
export type EscalationRule = DeepReadonly<z.infer<typeof EscalationRuleSchema>>;

/**
 * An escalation ladder (协调层级): rules checked in order, the first that holds decides. Plain JSON,
 * so each city keeps its own; holders it needs beyond the built-in ones are declared in `holders`.
 *
 * @category Escalation
 */
export const EscalationLadderSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The ladder's id. */
  id: IdSchema,
  /** Its name in both languages. */
  name: BilingualTextSchema,
  /** Where it comes from. */
  source: z.string().min(1),
  /** Holders of this ladder beyond the built-in ones, with labels. */
  holders: z.array(z.strictObject({ id: z.string().min(1).max(64), label: BilingualTextSchema })).default(() => []),
  /** The rules, in the order they are checked. */
  rules: z.array(EscalationRuleSchema).min(1),
}).overwrite(deepFreeze))();

/**
 * An escalation ladder; see {@link EscalationLadderSchema}.
 *
 * @category Escalation
 */
export type EscalationLadder = DeepReadonly<z.output<typeof EscalationLadderSchema>>;

/**
 * The facts of an issue that ladders look at. Most come from the issue itself; the industry, the
 * number of enterprises affected and the money involved come from the app.
 *
 * @category Escalation
 */
export const IssueFactsSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The issue's nature, null until classified. */
  nature: IssueNature.schema.nullable(),
  /** The issue's scope, null until classified. */
  scope: IssueScope.schema.nullable(),
  /** The issue's procedure, null until classified. */
  procedure: Procedure.schema.nullable(),
  /** The issue's category id. */
  categoryId: IdSchema.nullable(),
  /** The enterprise's industry code. */
  industry: z.string().nullable(),
  /** How many enterprises the problem affects. */
  enterprisesAffected: z.number().min(0),
  /** The money involved, in yuan. */
  amountInvolved: z.number().min(0),
  /** Working days overdue at the date of routing (0 when on time or not assigned). */
  overdueWorkingDays: z.int().min(0),
  /** The supervision step recorded on the issue. */
  supervisionStep: SupervisionStep.schema,
  /** How often it was reopened. */
  reopenCount: z.int().min(0),
  /** How often it was reopened or re-dispatched, in all. */
  reworkCount: z.int().min(0),
  /** Whether the current answer says it cannot be solved for now. */
  declaredUnsolvable: z.boolean(),
}))();

/**
 * The facts of an issue; see {@link IssueFactsSchema}.
 *
 * @category Escalation
 */
export type IssueFacts = DeepReadonly<z.infer<typeof IssueFactsSchema>>;

/**
 * The name of a fact a condition looks at, e.g. `'nature'`.
 *
 * @category Escalation
 */
export type FactName = keyof RuleConditions;

/** The condition names in the order of {@link RuleConditionsSchema} (for the library's own use; not in the barrel). */
export const factNames: readonly FactName[] = /* @__PURE__ */ (() => Object.freeze(Object.keys(RuleConditionsSchema.shape) as FactName[]))();
