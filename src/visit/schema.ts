import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, CalendarDateSchema, IdSchema } from '../core/schema.js';
import { VisitMode } from './enums.js';
import { ownKeyRecord } from '../internal/record.js';
import { GrassrootsTargetRefSchema } from './targets.js';

/** A check that an id list holds no id twice, reported as `DUPLICATE_ID` at the second one (shared by the visit folder's schemas; not public). */
export function uniqueIds(ids: readonly string[], path: string, ctx: z.core.$RefinementCtx, what: { en: string; zh: string }): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `${what.en} "${id}" appears twice.`,
        path: [path, i],
        input: id,
        params: { code: 'DUPLICATE_ID', messageZh: `${what.zh}“${id}”重复出现。` },
      });
    }
    seen.add(id);
  });
}

/**
 * One item of a visit record form (走访记实表): its id, its label in both languages, and whether a
 * record must answer it.
 *
 * @example
 * ```ts
 * VisitChecklistItemSchema.parse({ id: 'financing', label: { zh: '融资需求', en: 'Financing needs' }, required: true }).required; // true
 * ```
 * @category Visit
 */
export const VisitChecklistItemSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The item's id: the key of its answer in a visit's `answers`. */
  id: IdSchema,
  /** What the item asks, in both languages. */
  label: BilingualTextSchema,
  /** Whether every record must answer it (default true). */
  required: z.boolean().default(true),
}))();

/**
 * One item of a visit record form; see {@link VisitChecklistItemSchema}.
 *
 * @category Visit
 */
export type VisitChecklistItem = DeepReadonly<z.output<typeof VisitChecklistItemSchema>>;

/**
 * A visit record form (走访记实表) as configurable data: the items a visit record answers, each
 * required or not. Item ids are unique. Xuzhou's "10+1" form is {@link xuzhouVisitRecordForm}.
 *
 * @example
 * ```ts
 * VisitChecklistSchema.parse({
 *   id: 'mini', name: { zh: '简易记录', en: 'Short record' }, source: 'app',
 *   items: [{ id: 'needs', label: { zh: '企业诉求', en: 'Needs' } }],
 * }).items[0]?.required; // true
 * safeParse(VisitChecklistSchema, { id: 'f', name: { zh: '表', en: 'Form' }, source: 'app', items: [] }).ok; // false
 * ```
 * @category Visit
 */
export const VisitChecklistSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The form's id. */
    id: IdSchema,
    /** The form's name in both languages. */
    name: BilingualTextSchema,
    /** Where the form comes from. */
    source: z.string().min(1),
    /** The items, in the order the form lists them; at least one. */
    items: z.array(VisitChecklistItemSchema).min(1),
  })
  .superRefine((c, ctx) =>
    uniqueIds(
      c.items.map((i) => i.id),
      'items',
      ctx,
      { en: 'The checklist item', zh: '记实表事项' },
    ),
  ))();

/**
 * A visit record form; see {@link VisitChecklistSchema}.
 *
 * @category Visit
 */
export type VisitChecklist = DeepReadonly<z.output<typeof VisitChecklistSchema>>;

/**
 * A policy delivered on a visit (送政策, 002: 走企业、送政策; 003: enterprises say they do not know
 * the policies nor how to learn of them): the policy's id, as the app's policy list names it
 * (`qinqing/policy`'s policies, or the app's own), and whether the enterprise acknowledged it
 * (企业确认知晓: it signed or confirmed that it now knows the policy). `acknowledgedOn` is the local
 * date of a confirmation that came after the visit (a receipt signed later, a confirmation
 * online); without it an acknowledgement dates from the visit. It is set only with
 * `acknowledged: true`.
 *
 * @example
 * ```ts
 * DeliveredPolicySchema.parse({ policyId: 'tax-relief-2026', acknowledged: true }).acknowledged; // true
 * safeParse(DeliveredPolicySchema, { policyId: 'p1', acknowledged: false, acknowledgedOn: '2026-03-12' }).ok; // false
 * ```
 * @category Visit
 */
export const DeliveredPolicySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The policy delivered. */
    policyId: IdSchema.describe('The policy delivered (送政策)'),
    /** Whether the enterprise confirmed that it knows the policy (企业确认知晓). */
    acknowledged: z.boolean().describe('Whether the enterprise confirmed that it knows the policy (企业确认知晓)'),
    /** The local date of an acknowledgement given after the visit; the visit's date when absent. */
    acknowledgedOn: CalendarDateSchema.optional().describe("The date of an acknowledgement given after the visit; the visit's date when absent"),
  })
  .refine((d) => d.acknowledgedOn === undefined || d.acknowledged, {
    message: 'A delivered policy has an acknowledgedOn date only when it is acknowledged.',
    path: ['acknowledgedOn'],
    params: { messageZh: '仅在企业已确认知晓（acknowledged 为 true）时才可填写确认日期 acknowledgedOn。' },
  }))();

/**
 * A policy delivered on a visit; see {@link DeliveredPolicySchema}.
 *
 * @category Visit
 */
export type DeliveredPolicy = DeepReadonly<z.output<typeof DeliveredPolicySchema>>;

/**
 * A visit (走访) record: who went (advisers or cadres, at least one), for which departments (one or
 * several: a joint visit), to which enterprise, park or other target (exactly one of
 * `enterpriseId`, `parkId` and `target`), on which local date, how (see {@link VisitMode}), why and what was found; the
 * answers to the record form's items (台账, 004: the "10+1" form, keyed by item id), and the ids of
 * the issues raised on the visit — they enter the issue lifecycle with channel `'visit'` (see
 * {@link visitIssueCommand}). A symposium gathers several enterprises: record one visit per
 * enterprise that attends. Visitor and department ids are unique within a visit.
 *
 * `policiesDelivered` (Part 13, optional: records made before it stay valid) lists the policies
 * presented on the visit (送政策, 002) and whether the enterprise acknowledged each (企业确认知晓),
 * for the policy-awareness rate (`policyAwareness` of `qinqing/report`). A policy appears at most
 * once per visit; an acknowledgement is not dated before the visit; and a visit to a park delivers
 * none, since a park is not an enterprise that could know them — record one visit per enterprise
 * that attends a policy briefing.
 *
 * Part 14 (004 Xuzhou; optional fields, so records made before stay valid): `target` names a
 * household (家庭、农户), a village or community (村、社区) or a grassroots organisation (基层组织)
 * visited, by the app's id — `enterpriseId` and `parkId` are then both null, and no policies are
 * delivered (they are delivered to enterprises). `roundId` names the visit round (走访轮次, see
 * {@link VisitRoundSchema}) and `workGroupId` the help work group (帮扶工作小组, see
 * {@link WorkGroupSchema}) it belongs to. Read any visit's target with {@link visitTarget}. The
 * cadence, plan, compliance, burden and grid functions count visits to enterprises and parks only;
 * they ignore the others (documented on each).
 *
 * @example
 * ```ts
 * VisitSchema.parse({
 *   id: 'v1', date: '2026-03-10', visitorIds: ['a1'], departmentIds: ['d-amr'],
 *   enterpriseId: 'e1', parkId: null, mode: 'onSite', purpose: '月度走访', findings: '融资需求',
 * }).issueIds; // []
 * VisitSchema.parse({
 *   id: 'v2', date: '2026-03-12', visitorIds: ['a1'], departmentIds: ['d-tax'], enterpriseId: 'e1', parkId: null,
 *   mode: 'onSite', purpose: '走企业、送政策', findings: '',
 *   policiesDelivered: [{ policyId: 'tax-relief-2026', acknowledged: true }, { policyId: 'rd-subsidy', acknowledged: false }],
 * }).policiesDelivered?.length; // 2
 * VisitSchema.parse({
 *   id: 'v3', date: '2017-05-16', visitorIds: ['pm-01', 'pm-02'], departmentIds: ['xz-amr'], enterpriseId: null, parkId: null,
 *   target: { kind: 'household', id: 'hh-0012' }, roundId: 'r2', workGroupId: 'g3',
 *   mode: 'onSite', purpose: '“百千万”走访帮扶', findings: '因病致贫',
 * }).target?.kind; // 'household'
 * safeParse(VisitSchema, { id: 'v1', date: '2026-02-30', visitorIds: ['a1'], departmentIds: ['d1'],
 *   enterpriseId: 'e1', parkId: null, mode: 'phone', purpose: '回访', findings: '' }).ok; // false: INVALID_DATE
 * ```
 * @category Visit
 */
export const VisitSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The app's id of the visit. */
    id: IdSchema,
    /** The local date of the visit. */
    date: CalendarDateSchema,
    /** The advisers or cadres who made it; at least one. */
    visitorIds: z.array(IdSchema).min(1).describe('Adviser or cadre ids; at least one'),
    /** The departments the visit was made for; one, or several for a joint visit. */
    departmentIds: z.array(IdSchema).min(1).describe('Department ids; several for a joint visit'),
    /** The enterprise visited, or null for a park or another target. */
    enterpriseId: IdSchema.nullable(),
    /** The park visited, or null for an enterprise or another target. */
    parkId: IdSchema.nullable(),
    /** The household, village or grassroots organisation visited (Part 14), when neither an enterprise nor a park. */
    target: GrassrootsTargetRefSchema.optional().describe('The household, village or grassroots organisation visited, when enterpriseId and parkId are null'),
    /** How the visit was made. */
    mode: VisitMode.schema,
    /** Why the visit was made. */
    purpose: z.string().min(1).max(2000),
    /** What was found (情况、问题); may be empty. */
    findings: z.string().max(8000),
    /** The record form the answers follow, if any. */
    checklistId: IdSchema.optional().describe('The record form the answers follow'),
    /** The answers to the form's items, keyed by item id. */
    answers: ownKeyRecord(IdSchema, z.string().max(4000)).default(() => ({})).describe('Answers keyed by checklist item id (an item id "__proto__" is refused, not dropped)'),
    /** The issues raised on the visit (channel 'visit'). */
    issueIds: z.array(IdSchema).default(() => []).describe('Issues raised on the visit'),
    /** The policies delivered on the visit (送政策) and the enterprise's acknowledgement of each; absent or empty when none. */
    policiesDelivered: z
      .array(DeliveredPolicySchema)
      .optional()
      .describe("Policies delivered on the visit (送政策) and the enterprise's acknowledgement of each (企业确认知晓)"),
    /** The visit round (走访轮次) it belongs to, if the app records it. */
    roundId: IdSchema.optional().describe('The visit round (走访轮次) it belongs to'),
    /** The help work group (帮扶工作小组) that made it, if the app records it. */
    workGroupId: IdSchema.optional().describe('The help work group (帮扶工作小组) that made it'),
  })
  .superRefine((v, ctx) => {
    if ((v.enterpriseId === null ? 0 : 1) + (v.parkId === null ? 0 : 1) + (v.target === undefined ? 0 : 1) !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'A visit goes to exactly one of an enterprise (enterpriseId), a park (parkId) and a household, village or grassroots organisation (target).',
        path: ['enterpriseId'],
        input: v.enterpriseId,
        params: { messageZh: '走访对象须且只能是一家企业、一个园区或一个家庭、村（社区）、基层组织（target）。' },
      });
    }
    uniqueIds(v.visitorIds, 'visitorIds', ctx, { en: 'The visitor', zh: '走访人员' });
    uniqueIds(v.departmentIds, 'departmentIds', ctx, { en: 'The department', zh: '走访部门' });
    uniqueIds(v.issueIds, 'issueIds', ctx, { en: 'The issue', zh: '诉求' });
    deliveriesProblems(v, ctx);
  }))();

/** The rules of a visit's `policiesDelivered`: each policy once, no acknowledgement before the visit, none on a visit to a park or another target. */
function deliveriesProblems(
  v: {
    readonly date: string;
    readonly parkId: string | null;
    readonly target?: { readonly kind: string } | undefined;
    readonly policiesDelivered?: readonly { readonly policyId: string; readonly acknowledgedOn?: string | undefined }[] | undefined;
  },
  ctx: z.core.$RefinementCtx,
): void {
  const delivered = v.policiesDelivered;
  if (delivered === undefined || delivered.length === 0) return;
  if (v.target !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'A visit to a household, a village or a grassroots organisation (target) records no policies delivered: they are delivered to enterprises.',
      path: ['policiesDelivered'],
      input: delivered,
      params: { messageZh: '走访家庭、村（社区）或基层组织（target）不登记送政策：政策送达的对象是企业。' },
    });
  }
  if (v.parkId !== null) {
    ctx.addIssue({
      code: 'custom',
      message: 'Policies are delivered to an enterprise: a visit to a park delivers none (record one visit per enterprise that attends).',
      path: ['policiesDelivered'],
      input: delivered,
      params: { messageZh: '政策送达的对象是企业：走访园区不能登记送政策，请为到场的每家企业各登记一次走访。' },
    });
  }
  const seen = new Set<string>();
  delivered.forEach((d, i) => {
    if (seen.has(d.policyId)) {
      ctx.addIssue({
        code: 'custom',
        message: `The delivered policy "${d.policyId}" appears twice.`,
        path: ['policiesDelivered', i, 'policyId'],
        input: d.policyId,
        params: { code: 'DUPLICATE_ID', messageZh: `送达政策“${d.policyId}”重复出现。` },
      });
    }
    seen.add(d.policyId);
    if (d.acknowledgedOn !== undefined && d.acknowledgedOn < v.date) {
      ctx.addIssue({
        code: 'custom',
        message: `The acknowledgement of the policy "${d.policyId}" (${d.acknowledgedOn}) comes before the visit (${v.date}).`,
        path: ['policiesDelivered', i, 'acknowledgedOn'],
        input: d.acknowledgedOn,
        params: { messageZh: `政策“${d.policyId}”的确认知晓日期（${d.acknowledgedOn}）早于走访日期（${v.date}）。` },
      });
    }
  });
}

/**
 * A visit record; see {@link VisitSchema}.
 *
 * @category Visit
 */
export type Visit = DeepReadonly<z.output<typeof VisitSchema>>;

