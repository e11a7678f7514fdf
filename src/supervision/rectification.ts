import * as z from 'zod';
import { deadlineAfter, workingDaysBetween, type CalendarResult } from '../calendar/working-days.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import type { EnumValue } from '../core/enum.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema, type CalendarDate, type Id } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { argumentError, checkedOnce } from '../internal/parse.js';
import { asOfError } from './status.js';
import { SupervisingBodySchema } from './bodies.js';

/**
 * The grounds on which a department is ordered to rectify within a limit (限期整改). Lishui (003)
 * names three — "个别服务不力、办事拖拉、敷衍塞责的部门，将限期整改" — and a fourth failure of departments
 * that answer assigned problems "only on paper" (仅在文字上做文章); `other` for any else.
 *
 * `RectificationGround.values` lists the values in order, `RectificationGround.labels` gives each
 * a zh-CN and an English label, and `RectificationGround.schema` validates one. The type
 * `RectificationGround` is one ground, e.g. `'dilatory'`.
 *
 * @example
 * ```ts
 * RectificationGround.labels.dilatory.zh; // '办事拖拉'
 * RectificationGround.values; // ['poorService', 'dilatory', 'perfunctory', 'answersOnPaper', 'other']
 * ```
 * @category Issue
 */
export const RectificationGround = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    poorService: { zh: '服务不力', en: 'Poor service' },
    dilatory: { zh: '办事拖拉', en: 'Dilatory handling' },
    perfunctory: { zh: '敷衍塞责', en: 'Perfunctory work' },
    answersOnPaper: { zh: '仅在文字上做文章', en: 'Problems answered on paper only' },
    other: { zh: '其他', en: 'Other' },
  }),
))();

export type RectificationGround = EnumValue<typeof RectificationGround>;

/**
 * Where a rectification order (限期整改) stands at a date: `ordered` — within its limit, not yet
 * rectified (限期整改中); `rectified` — the department reported it rectified (已整改, on time or
 * late); `notRectifiedInTime` — its limit has passed and it is not rectified (逾期未整改).
 *
 * `RectificationState.values` lists the values in order, `RectificationState.labels` gives each a
 * zh-CN and an English label, and `RectificationState.schema` validates one. The type
 * `RectificationState` is one of them, e.g. `'ordered'`.
 *
 * @example
 * ```ts
 * RectificationState.labels.notRectifiedInTime.zh; // '逾期未整改'
 * RectificationState.values; // ['ordered', 'rectified', 'notRectifiedInTime']
 * ```
 * @category Issue
 */
export const RectificationState = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    ordered: { zh: '限期整改中', en: 'Ordered to rectify, within the limit' },
    rectified: { zh: '已整改', en: 'Rectified' },
    notRectifiedInTime: { zh: '逾期未整改', en: 'Not rectified in time' },
  }),
))();

export type RectificationState = EnumValue<typeof RectificationState>;

/**
 * The limit of a rectification order: working days after the order (`{ workingDays: 10 }`: the
 * day of the order does not count, as for `deadlineAfter`), or a fixed last day (`{ dueOn }`).
 *
 * @example
 * ```ts
 * RectificationLimitSchema.safeParse({ workingDays: 10 }).success; // true
 * RectificationLimitSchema.safeParse({ dueOn: '2010-07-30' }).success; // true
 * ```
 * @category Issue
 */
export const RectificationLimitSchema = /* @__PURE__ */ (() => z.union([
  z.strictObject({
    /** Working days after the order, 1 to 250. */
    workingDays: z.int().min(1).max(250),
  }),
  z.strictObject({
    /** The last day on which the rectification is on time. */
    dueOn: CalendarDateSchema,
  }),
]))();

/**
 * The limit of a rectification order; see {@link RectificationLimitSchema}.
 *
 * @category Issue
 */
export type RectificationLimit = DeepReadonly<z.infer<typeof RectificationLimitSchema>>;

const RectifiedSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The local date the department reported the rectification done. */
  on: CalendarDateSchema,
  /** What it did, in its words. */
  summary: z.string().min(1).max(4000),
}))();

/**
 * A rectification order (限期整改, 003): a department that serves badly is ordered, by one or two
 * supervising bodies (the leading-group office "与市效能办联合" — jointly with the efficiency office),
 * to rectify within a limit; the order names its grounds ({@link RectificationGround}), the
 * problems (issue ids) that showed the failure, and, once the department reports it done, the
 * date and what was done. Its lifecycle: `ordered` → `rectified` (by {@link rectifyOrder}), or
 * `notRectifiedInTime` once the limit has passed (a status at a date: {@link rectificationStatus}).
 *
 * Rules checked beyond the shape: two bodies are two different bodies; grounds and issue ids are
 * not repeated; a fixed due date and the reported rectification are not before the order.
 *
 * @example
 * ```ts
 * RectificationOrderSchema.parse({
 *   id: 'r1', departmentId: 'd-land', orderedOn: '2010-06-21',
 *   orderedBy: [{ id: 'office', role: 'leadingGroupOffice' }, { id: 'xiaoneng', role: 'efficiencyOffice' }],
 *   grounds: ['dilatory'], reason: '交办问题逾期未办结', issueIds: ['q-17'], limit: { workingDays: 10 }, rectified: null,
 * }).limit; // { workingDays: 10 }
 * ```
 * @category Issue
 */
export const RectificationOrderSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The app's id of the order. */
    id: IdSchema,
    /** The department ordered to rectify. */
    departmentId: IdSchema,
    /** The local date of the order. */
    orderedOn: CalendarDateSchema,
    /** The body that ordered it, or two bodies ordering it jointly (003: 与市效能办联合). */
    orderedBy: z.array(SupervisingBodySchema).min(1).max(2),
    /** The grounds; at least one, each once. */
    grounds: z.array(RectificationGround.schema).min(1).max(5),
    /** The reason in words (may be empty). */
    reason: z.string().max(2000),
    /** The problems (issue ids) that showed the failure, each once. */
    issueIds: z.array(IdSchema).max(10_000),
    /** The limit: working days after the order, or a fixed last day. */
    limit: RectificationLimitSchema,
    /** The department's report that it rectified, or null. */
    rectified: RectifiedSchema.nullable(),
  })
  .superRefine((o, ctx) => {
    const [a, b] = o.orderedBy;
    if (a !== undefined && b !== undefined && a.id === b.id && a.role === b.role) {
      ctx.addIssue({
        code: 'custom',
        message: 'A joint order names two different bodies: orderedBy[1] is orderedBy[0] again.',
        path: ['orderedBy', 1],
        input: b,
        params: { code: 'DUPLICATE_ID', messageZh: '联合责令整改须为两个不同的单位：orderedBy[1] 与 orderedBy[0] 相同。' },
      });
    }
    const once = (list: readonly string[], key: 'grounds' | 'issueIds', what: { en: string; zh: string }): void => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x)) {
          ctx.addIssue({ code: 'custom', message: `The ${what.en} "${x}" appears twice.`, path: [key, i], input: x, params: { code: 'DUPLICATE_ID', messageZh: `${what.zh}“${x}”重复出现。` } });
        }
        seen.add(x);
      });
    };
    once(o.grounds, 'grounds', { en: 'ground', zh: '整改事由' });
    once(o.issueIds, 'issueIds', { en: 'issue', zh: '诉求' });
    if ('dueOn' in o.limit && o.limit.dueOn < o.orderedOn) {
      ctx.addIssue({
        code: 'custom',
        message: `The rectification is due (${o.limit.dueOn}) before it is ordered (${o.orderedOn}).`,
        path: ['limit', 'dueOn'],
        input: o.limit.dueOn,
        params: { code: 'INVALID_ARGUMENT', messageZh: `整改期限（${o.limit.dueOn}）早于责令整改日期（${o.orderedOn}）。` },
      });
    }
    if (o.rectified !== null && o.rectified.on < o.orderedOn) {
      ctx.addIssue({
        code: 'custom',
        message: `The rectification is reported done (${o.rectified.on}) before it is ordered (${o.orderedOn}).`,
        path: ['rectified', 'on'],
        input: o.rectified.on,
        params: { code: 'INVALID_ARGUMENT', messageZh: `整改完成日期（${o.rectified.on}）早于责令整改日期（${o.orderedOn}）。` },
      });
    }
  }))();

/**
 * A rectification order; see {@link RectificationOrderSchema}.
 *
 * @category Issue
 */
export type RectificationOrder = DeepReadonly<z.infer<typeof RectificationOrderSchema>>;

/**
 * What a department reports when it has rectified (整改情况): the local date and what it did.
 *
 * @category Issue
 */
export interface RectificationReport {
  /** The local date it reports the rectification done. */
  readonly on: CalendarDate;
  /** What it did. */
  readonly summary: string;
}

/** The schema's error under `order` for an order the schema refuses, or null. */
function orderProblem(order: RectificationOrder): DomainError | null {
  const problem = checkedOnce(RectificationOrderSchema, order);
  return problem === null ? null : argumentError(problem, ['order'], { en: 'a valid rectification order', zh: '有效的限期整改通知' });
}

/**
 * Records that the department rectified (ordered → rectified): a new order with `rectified` set;
 * the input is not changed. A rectification reported after the limit is still recorded, and
 * {@link rectificationStatus} shows it as late.
 *
 * @param order - The order.
 * @param report - The date and what was done.
 * @returns The rectified order (frozen), or `RECTIFICATION_ALREADY_REPORTED` for an order rectified
 *   already, `INVALID_ARGUMENT` at `['report', 'on']` for a report dated before the order,
 *   `INVALID_DATE` / `INVALID_INPUT` for a report or an order that is not valid.
 * @example
 * ```ts
 * const r = rectifyOrder(order, { on: '2010-07-02', summary: '已建立交办问题台账，逐件销号' });
 * r.ok && r.value.rectified?.on; // '2010-07-02'
 * ```
 * @category Issue
 */
export function rectifyOrder(order: RectificationOrder, report: RectificationReport): Result<RectificationOrder> {
  const bad = orderProblem(order);
  if (bad !== null) return { ok: false, error: bad };
  const checked = checkedOnce(RectifiedSchema, report);
  if (checked !== null) return err(argumentError(checked, ['report'], { en: 'a rectification report { on, summary }', zh: '整改情况 { on, summary }' }));
  if (order.rectified !== null) {
    return err(
      domainError('RECTIFICATION_ALREADY_REPORTED', {
        en: `The department "${order.departmentId}" reported the rectification of order "${order.id}" on ${order.rectified.on} already.`,
        zh: `部门“${order.departmentId}”已于 ${order.rectified.on} 报告完成限期整改通知“${order.id}”的整改。`,
        path: ['order', 'rectified'],
        value: order.rectified,
      }),
    );
  }
  if (report.on < order.orderedOn) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `report.on (${report.on}) is before the order (${order.orderedOn}).`,
        zh: `report.on（${report.on}）早于责令整改日期（${order.orderedOn}）。`,
        path: ['report', 'on'],
        value: report.on,
      }),
    );
  }
  return ok(deepFreeze({ ...order, rectified: { on: report.on, summary: report.summary } }));
}

/**
 * Where a rectification order stands at a date; see {@link rectificationStatus}.
 *
 * @category Issue
 */
export interface RectificationStatus {
  /** The order. */
  readonly orderId: Id;
  /** The department ordered to rectify. */
  readonly departmentId: Id;
  /** The local date of the order. */
  readonly orderedOn: CalendarDate;
  /** The last day on which the rectification is on time. */
  readonly dueOn: CalendarDate;
  /** The date of the status. */
  readonly asOf: CalendarDate;
  /** Ordered (within the limit), rectified, or not rectified in time. */
  readonly state: RectificationState;
  /** The date it was reported rectified, when that is on or before `asOf`; else null. */
  readonly rectifiedOn: CalendarDate | null;
  /** Whether it was rectified by `dueOn`: null while neither rectified nor overdue. */
  readonly onTime: boolean | null;
  /** Working days left to `dueOn` while `ordered` (0 on the day itself); 0 otherwise. */
  readonly workingDaysLeft: number;
  /** Working days past `dueOn`: at `asOf` when not rectified in time, at the rectification when rectified late; else 0. */
  readonly overdueWorkingDays: number;
  /** Whether a count rests on a provisional year of the calendar (暂定). */
  readonly provisional: boolean;
}

/**
 * The last day of a rectification order: its fixed `dueOn`, or `workingDays` working days after
 * the order (the day of the order does not count).
 *
 * @param order - The order.
 * @param calendar - The working-day calendar.
 * @returns The date, or `INVALID_INPUT` under `order` for an invalid order, or a calendar error
 *   (`CALENDAR_YEAR_NOT_COVERED` at `['order', 'orderedOn']`).
 * @example
 * ```ts
 * rectificationDueOn({ ...order, orderedOn: '2010-06-21', limit: { workingDays: 10 } }, chinaCalendar); // { ok: true, value: '2010-07-05', provisional: false }
 * ```
 * @category Issue
 */
export function rectificationDueOn(order: RectificationOrder, calendar: WorkCalendar): CalendarResult<CalendarDate> {
  const bad = orderProblem(order);
  if (bad !== null) return { ok: false, error: bad };
  return dueOf(order, calendar);
}

/** The due date of a valid order, with calendar errors under `order`. */
function dueOf(order: RectificationOrder, calendar: WorkCalendar): CalendarResult<CalendarDate> {
  if ('dueOn' in order.limit) return { ok: true, value: order.limit.dueOn, provisional: false };
  const due = deadlineAfter(order.orderedOn, order.limit.workingDays, calendar);
  return due.ok ? due : { ok: false, error: under(due.error, ['order', 'orderedOn']) };
}

/** A calendar error renamed to the caller's argument it was read from. */
function under<E extends { readonly path?: ErrorPath }>(e: E, path: ErrorPath): E {
  return { ...e, path };
}

/**
 * Works out where a rectification order (限期整改, 003) stands at a date: its last day (working
 * days counted with the calendar), and whether it is still within its limit (`ordered`, with the
 * working days left), `rectified` (on time, or late by so many working days), or
 * `notRectifiedInTime` (its limit passed, with the working days overdue — 0 on days off right after
 * the limit). A rectification reported after `asOf` does not count yet. An order made after `asOf`
 * has no status: null.
 *
 * @param order - The order.
 * @param asOf - The local date to judge at `YYYY-MM-DD`.
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @returns The status, null for an order made after `asOf`, or `INVALID_INPUT` under `order` for an
 *   invalid order, or a calendar error (`INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`; at `['asOf']`
 *   when it is about `asOf`).
 * @example
 * ```ts
 * const s = rectificationStatus(order, '2010-07-08', chinaCalendar); // ordered 2010-06-21, 10 working days
 * s.ok && [s.value?.state, s.value?.dueOn, s.value?.overdueWorkingDays]; // ['notRectifiedInTime', '2010-07-05', 3]
 * ```
 * @category Issue
 */
export function rectificationStatus(order: RectificationOrder, asOf: CalendarDate, calendar: WorkCalendar): Result<RectificationStatus | null> {
  const badDate = asOfError(asOf, calendar);
  if (badDate !== null) return badDate;
  const bad = orderProblem(order);
  if (bad !== null) return { ok: false, error: bad };
  if (asOf < order.orderedOn) return ok(null);
  const due = dueOf(order, calendar);
  if (!due.ok) return due;
  const dueOn = due.value;
  let provisional = due.provisional;
  const count = (from: CalendarDate, to: CalendarDate, path: ErrorPath): Result<number> => {
    const r = workingDaysBetween(from, to, calendar);
    if (!r.ok) return err(under(r.error, path));
    if (r.provisional) provisional = true;
    return ok(r.value);
  };
  const rectifiedOn = order.rectified !== null && order.rectified.on <= asOf ? order.rectified.on : null;
  const base = { orderId: order.id, departmentId: order.departmentId, orderedOn: order.orderedOn, dueOn, asOf };
  if (rectifiedOn !== null) {
    const late = rectifiedOn > dueOn ? count(dueOn, rectifiedOn, ['order', 'rectified', 'on']) : ok(0);
    if (!late.ok) return late;
    return ok({ ...base, state: 'rectified', rectifiedOn, onTime: rectifiedOn <= dueOn, workingDaysLeft: 0, overdueWorkingDays: Math.max(0, late.value), provisional });
  }
  if (asOf > dueOn) {
    const over = count(dueOn, asOf, ['asOf']);
    if (!over.ok) return over;
    return ok({ ...base, state: 'notRectifiedInTime', rectifiedOn: null, onTime: false, workingDaysLeft: 0, overdueWorkingDays: Math.max(0, over.value), provisional });
  }
  const left = count(asOf, dueOn, ['asOf']);
  if (!left.ok) return left;
  return ok({ ...base, state: 'ordered', rectifiedOn: null, onTime: null, workingDaysLeft: left.value, overdueWorkingDays: 0, provisional });
}
