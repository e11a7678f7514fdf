import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { IdSchema } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { FeedbackLevel } from '../vocabulary/issue.js';

const name = /* @__PURE__ */ (() => z.string().min(1).max(200))();

/**
 * A coded reason from a configurable list — why an order is paused (挂起原因), disputed (退单理由)
 * or rated badly (不满意原因) — with its name in both languages.
 *
 * @example
 * ```ts
 * ReasonCodeSchema.parse({ id: 'awaitingMaterial', zh: '等待企业补充材料', en: "Waiting for the enterprise's material" }).id; // 'awaitingMaterial'
 * ```
 * @category Issue
 */
export const ReasonCodeSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The code a command gives. */
  id: IdSchema,
  /** Its name in Chinese. */
  zh: name,
  /** Its name in English. */
  en: name,
}))();

/**
 * A coded reason; see {@link ReasonCodeSchema}.
 *
 * @category Issue
 */
export type ReasonCode = DeepReadonly<z.infer<typeof ReasonCodeSchema>>;

/**
 * A list of coded reasons: 1 to 100 of them (qinqing's bound), ids unique.
 *
 * @example
 * ```ts
 * ReasonListSchema.safeParse([{ id: 'a', zh: '甲', en: 'A' }, { id: 'a', zh: '乙', en: 'B' }]).success; // false
 * ```
 * @category Issue
 */
export const ReasonListSchema = /* @__PURE__ */ (() => z
  .array(ReasonCodeSchema)
  .min(1)
  .max(100)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], input: r.id, message: `The reason code "${r.id}" appears twice.`, params: { code: 'DUPLICATE_ID', messageZh: `原因代码“${r.id}”重复出现。` } });
      seen.add(r.id);
    });
  }))();

/**
 * One level of an evaluation scale: its id, its name, and the three-level feedback it counts as
 * (null: 未评价, no feedback).
 *
 * @example
 * ```ts
 * EvaluationLevelSchema.parse({ id: 'verySatisfied', zh: '非常满意', en: 'Very satisfied', counts: 'satisfied' }).counts; // 'satisfied'
 * ```
 * @category Issue
 */
export const EvaluationLevelSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The rating a `giveFeedback` command gives. */
  id: IdSchema,
  /** Its name in Chinese. */
  zh: name,
  /** Its name in English. */
  en: name,
  /** The three-level feedback it counts as in tallies and schemes; null for "not rated". */
  counts: FeedbackLevel.schema.nullable(),
}))();

/**
 * An evaluation scale (评价等级) as data: the levels an enterprise can give, each mapped to the
 * three levels (满意 / 基本满意 / 不满意) that tallies, rates and scoring schemes count, so a city
 * can rate on five levels and keep its existing schemes. Ids unique; exactly one level counts as
 * "not rated" (null), the one a `closeUnrated` command records.
 *
 * @example
 * ```ts
 * EvaluationScaleSchema.safeParse({ id: 's', levels: [{ id: 'good', zh: '好', en: 'Good', counts: 'satisfied' }] }).success; // false: no "not rated" level
 * ```
 * @category Issue
 */
export const EvaluationScaleSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The scale's id. */
    id: IdSchema,
    /** Where it comes from. */
    source: z.string().min(1).max(2000).optional(),
    /** The levels, best first. */
    levels: z.array(EvaluationLevelSchema).min(2).max(20),
  })
  .superRefine((scale, ctx) => {
    const seen = new Set<string>();
    scale.levels.forEach((l, i) => {
      if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], input: l.id, message: `The level "${l.id}" appears twice.`, params: { code: 'DUPLICATE_ID', messageZh: `评价等级“${l.id}”重复出现。` } });
      seen.add(l.id);
    });
    const unrated = scale.levels.filter((l) => l.counts === null).length;
    if (unrated !== 1) ctx.addIssue({ code: 'custom', path: ['levels'], input: scale.levels, message: `A scale has exactly one "not rated" level (counts: null); this one has ${unrated}.`, params: { messageZh: `评价等级中须恰有一个“未评价”等级（counts 为 null），现有 ${unrated} 个。` } });
  }))();

/**
 * An evaluation scale; see {@link EvaluationScaleSchema}.
 *
 * @category Issue
 */
export type EvaluationScale = DeepReadonly<z.infer<typeof EvaluationScaleSchema>>;

/**
 * The default evaluation scale: the five levels of the 好差评 system (非常满意, 满意, 基本满意,
 * 不满意, 非常不满意; 国办发〔2019〕51号) and the hotline's 部分解决 (partly solved) and 未评价
 * (not rated; GB/T 33358-2016, 国办函〔2025〕66号 分档分类评价). 非常满意 and 满意 count as
 * satisfied, 基本满意 and 部分解决 as basically satisfied (qinqing's choice for 部分解决: a city that
 * counts it as unsatisfied changes `counts`), 不满意 and 非常不满意 as unsatisfied. Frozen.
 *
 * @example
 * ```ts
 * defaultEvaluationScale.levels.map((l) => l.id);
 * // ['verySatisfied', 'satisfied', 'basicallySatisfied', 'partlySolved', 'dissatisfied', 'veryDissatisfied', 'unrated']
 * ```
 * @category Issue
 */
export const defaultEvaluationScale: EvaluationScale = /* @__PURE__ */ (() => deepFreeze(EvaluationScaleSchema.parse({
  id: 'haochaping-five-levels',
  source: '国办发〔2019〕51号（政务服务“好差评”：非常满意、满意、基本满意、不满意、非常不满意）；GB/T 33358-2016；国办函〔2025〕66号（分档分类评价）',
  levels: [
    { id: 'verySatisfied', zh: '非常满意', en: 'Very satisfied', counts: 'satisfied' },
    { id: 'satisfied', zh: '满意', en: 'Satisfied', counts: 'satisfied' },
    { id: 'basicallySatisfied', zh: '基本满意', en: 'Basically satisfied', counts: 'basicallySatisfied' },
    { id: 'partlySolved', zh: '部分解决', en: 'Partly solved', counts: 'basicallySatisfied' },
    { id: 'dissatisfied', zh: '不满意', en: 'Dissatisfied', counts: 'unsatisfied' },
    { id: 'veryDissatisfied', zh: '非常不满意', en: 'Very dissatisfied', counts: 'unsatisfied' },
    { id: 'unrated', zh: '未评价', en: 'Not rated', counts: null },
  ],
})))();

/**
 * The default reasons for pausing an order (挂起原因): waiting for the enterprise's material, a
 * third-party inspection or appraisal, court or arbitration proceedings, a higher authority's
 * reply, and force majeure. qinqing's list, drawn from the ITSM practice the issue cites and the
 * hotline rules' 挂起 cases; replace it in the lifecycle policy. Frozen.
 *
 * @example
 * ```ts
 * defaultPauseReasons.map((r) => r.id); // ['awaitingMaterial', 'thirdPartyInspection', 'judicialProceedings', 'awaitingHigherAuthority', 'forceMajeure']
 * ```
 * @category Issue
 */
export const defaultPauseReasons: readonly ReasonCode[] = /* @__PURE__ */ (() => deepFreeze(ReasonListSchema.parse([
  { id: 'awaitingMaterial', zh: '等待企业补充材料', en: "Waiting for the enterprise's material" },
  { id: 'thirdPartyInspection', zh: '第三方检验检测、鉴定', en: 'Third-party inspection or appraisal' },
  { id: 'judicialProceedings', zh: '诉讼、仲裁、复议等法定程序', en: 'Court, arbitration or review proceedings' },
  { id: 'awaitingHigherAuthority', zh: '等待上级部门答复', en: "Waiting for a higher authority's reply" },
  { id: 'forceMajeure', zh: '不可抗力', en: 'Force majeure' },
])))();

/**
 * The default reasons for disputing a dispatch (退单理由): not the department's duty, another
 * level's matter, the order's information incomplete, a duplicate, or already handled under a
 * legal procedure. qinqing's list after the 2025 guideline's dispatch-dispute review (国办函〔2025〕66号);
 * replace it in the lifecycle policy. Frozen.
 *
 * @example
 * ```ts
 * defaultDisputeReasons[0]?.zh; // '不属于本部门职责'
 * ```
 * @category Issue
 */
export const defaultDisputeReasons: readonly ReasonCode[] = /* @__PURE__ */ (() => deepFreeze(ReasonListSchema.parse([
  { id: 'notOurDuty', zh: '不属于本部门职责', en: "Not the department's duty" },
  { id: 'otherLevel', zh: '属其他层级事权', en: "Another level of government's matter" },
  { id: 'incompleteOrder', zh: '工单信息不全无法办理', en: 'The order lacks what is needed to handle it' },
  { id: 'duplicateOrder', zh: '重复工单', en: 'A duplicate order' },
  { id: 'legalProcedure', zh: '应通过法定途径解决', en: 'To be settled through a legal procedure' },
])))();

/**
 * The default reasons an enterprise gives for a bad rating (不满意原因): not solved, slow, poor
 * attitude, the answer not understood or unconvincing, no contact made. qinqing's list after the
 * 好差评 system's 差评 categories; replace it in the lifecycle policy. Frozen.
 *
 * @example
 * ```ts
 * defaultDissatisfactionReasons.length; // 5
 * ```
 * @category Issue
 */
export const defaultDissatisfactionReasons: readonly ReasonCode[] = /* @__PURE__ */ (() => deepFreeze(ReasonListSchema.parse([
  { id: 'notSolved', zh: '问题未解决', en: 'The problem is not solved' },
  { id: 'tooSlow', zh: '办理不及时', en: 'Handled too slowly' },
  { id: 'poorAttitude', zh: '服务态度差', en: 'Poor attitude' },
  { id: 'unconvincingAnswer', zh: '答复不清楚、不认可', en: 'The answer is unclear or unconvincing' },
  { id: 'noContact', zh: '未与企业联系', en: 'No one contacted the enterprise' },
])))();
