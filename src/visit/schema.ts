import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, CalendarDateSchema, IdSchema } from '../core/schema.js';
import { VisitMode } from './enums.js';
import { ownKeyRecord } from '../internal/record.js';

/** A check that an id list holds no id twice, reported as `DUPLICATE_ID` at the second one. */
function uniqueIds(ids: readonly string[], path: string, ctx: z.core.$RefinementCtx, what: { en: string; zh: string }): void {
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
 * A visit (走访) record: who went (advisers or cadres, at least one), for which departments (one or
 * several: a joint visit), to which enterprise or park (exactly one of `enterpriseId` and
 * `parkId`), on which local date, how (see {@link VisitMode}), why and what was found; the
 * answers to the record form's items (台账, 004: the "10+1" form, keyed by item id), and the ids of
 * the issues raised on the visit — they enter the issue lifecycle with channel `'visit'` (see
 * {@link visitIssueCommand}). A symposium gathers several enterprises: record one visit per
 * enterprise that attends. Visitor and department ids are unique within a visit.
 *
 * @example
 * ```ts
 * VisitSchema.parse({
 *   id: 'v1', date: '2026-03-10', visitorIds: ['a1'], departmentIds: ['d-amr'],
 *   enterpriseId: 'e1', parkId: null, mode: 'onSite', purpose: '月度走访', findings: '融资需求',
 * }).issueIds; // []
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
    /** The enterprise visited, or null for a park. */
    enterpriseId: IdSchema.nullable(),
    /** The park visited, or null for an enterprise. */
    parkId: IdSchema.nullable(),
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
  })
  .superRefine((v, ctx) => {
    if ((v.enterpriseId === null) === (v.parkId === null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'A visit goes to exactly one of an enterprise (enterpriseId) and a park (parkId).',
        path: ['enterpriseId'],
        input: v.enterpriseId,
        params: { messageZh: '走访对象须且只能是一家企业或一个园区。' },
      });
    }
    uniqueIds(v.visitorIds, 'visitorIds', ctx, { en: 'The visitor', zh: '走访人员' });
    uniqueIds(v.departmentIds, 'departmentIds', ctx, { en: 'The department', zh: '走访部门' });
    uniqueIds(v.issueIds, 'issueIds', ctx, { en: 'The issue', zh: '诉求' });
  }))();

/**
 * A visit record; see {@link VisitSchema}.
 *
 * @category Visit
 */
export type Visit = DeepReadonly<z.output<typeof VisitSchema>>;

