import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { deepFreeze } from '../internal/freeze.js';
import { CalendarDateSchema, IdSchema, InstantSchema } from '../core/schema.js';
import { ActorSchema } from '../vocabulary/actor.js';
import { AnswerOutcome, DisputeStatus, ExtensionStatus, FeedbackLevel, IntakeChannel, IssueCommandType, IssueNature, IssueOrigin, IssueScope, IssueState, PauseStatus, Procedure, ServiceMode, SupervisionStep } from '../vocabulary/issue.js';
import { ClockLimitSchema } from '../procedure/limits.js';
import { SupervisingBodySchema, type SupervisingBody } from '../supervision/bodies.js';

const text = (max: number) => z.string().min(1).max(max);

/**
 * An extension request (延期申请) against the current assignment: when it was asked for, how many
 * working days, why, and what was decided.
 *
 * @example
 * ```ts
 * ExtensionSchema.parse({ requestedOn: '2026-10-09', workingDays: 5, reason: '需现场核查', status: 'pending', decidedOn: null }).status; // 'pending'
 * ```
 * @category Issue
 */
export const ExtensionSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The local date of the request. */
  requestedOn: CalendarDateSchema,
  /** Working days asked for. */
  workingDays: z.int().min(1).max(250),
  /** Why the extension is needed. */
  reason: text(2000),
  /** Pending, granted or refused. */
  status: ExtensionStatus.schema,
  /** The local date of the decision, or null while pending. */
  decidedOn: CalendarDateSchema.nullable(),
}))();

/**
 * An extension request; see {@link ExtensionSchema}.
 *
 * @category Issue
 */
export type Extension = DeepReadonly<z.infer<typeof ExtensionSchema>>;

/**
 * The answer to an issue (办理及答复): outcome, summary, how it reached the enterprise, and for an
 * issue that cannot be solved for now the measures proposed to the leaders (003).
 *
 * @example
 * ```ts
 * AnswerSchema.parse({ outcome: 'resolved', summary: '已协调供电公司增容', mode: 'writtenReply', measures: null, on: '2026-10-12' }).outcome; // 'resolved'
 * ```
 * @category Issue
 */
export const AnswerSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Resolved, explained, or cannot be solved for now. */
  outcome: AnswerOutcome.schema,
  /** What was done or said. */
  summary: text(4000),
  /** How the answer reached the enterprise. */
  mode: ServiceMode.schema,
  /** Proposed measures for the leaders; required when the outcome is `'unsolvable'`. */
  measures: text(4000).nullable(),
  /** The local date of the answer. */
  on: CalendarDateSchema,
}))();

/**
 * The answer to an issue; see {@link AnswerSchema}.
 *
 * @category Issue
 */
export type Answer = DeepReadonly<z.infer<typeof AnswerSchema>>;

/**
 * The ledger entry (台账) that records a simple-procedure service with its basic facts (000).
 *
 * @example
 * ```ts
 * LedgerEntrySchema.parse({ on: '2026-10-12', mode: 'phone', summary: '电话告知年报流程' }).mode; // 'phone'
 * ```
 * @category Issue
 */
export const LedgerEntrySchema = /* @__PURE__ */ (() => z.strictObject({
  /** The local date of the service. */
  on: CalendarDateSchema,
  /** How it was delivered. */
  mode: ServiceMode.schema,
  /** The basic facts. */
  summary: text(4000),
}))();

/**
 * A ledger entry; see {@link LedgerEntrySchema}.
 *
 * @category Issue
 */
export type LedgerEntry = DeepReadonly<z.infer<typeof LedgerEntrySchema>>;

/**
 * The dossier of a general-procedure matter (立卷归档, 000): references (the app's document ids or
 * titles) to its documents, records and evidence.
 *
 * @example
 * ```ts
 * DossierSchema.parse({ documents: ['批复.pdf'], records: [], evidence: [] }).documents.length; // 1
 * ```
 * @category Issue
 */
export const DossierSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Documents and files (文书、文件). */
  documents: z.array(text(500)),
  /** Records (记录). */
  records: z.array(text(500)),
  /** Evidence and supporting material (证明材料). */
  evidence: z.array(text(500)),
}))();

/**
 * A dossier; see {@link DossierSchema}.
 *
 * @category Issue
 */
export type Dossier = DeepReadonly<z.infer<typeof DossierSchema>>;

/**
 * A returned assignment (退单): which department sent it back, when, and why.
 *
 * @example
 * ```ts
 * ReturnRecordSchema.parse({ departmentId: 'd-tax', on: '2026-10-09', reason: '不属于本部门职责' }).departmentId; // 'd-tax'
 * ```
 * @category Issue
 */
export const ReturnRecordSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The department that returned it. */
  departmentId: IdSchema,
  /** The local date of the return. */
  on: CalendarDateSchema,
  /** Why it was wrongly routed. */
  reason: text(2000),
}))();

/**
 * A returned assignment; see {@link ReturnRecordSchema}.
 *
 * @category Issue
 */
export type ReturnRecord = DeepReadonly<z.infer<typeof ReturnRecordSchema>>;

/**
 * Where an issue was escalated (协调层级), as the last `escalate` command recorded it: the holder
 * (an escalation holder such as `'deputyMayorInCharge'`, or one a ladder declares), the portfolio of
 * a deputy mayor in charge, the supervision step of a time-based move, the rank of the target on its
 * ladder, the deciding rule and ladder when the move came from a route, and the local date.
 *
 * @example
 * ```ts
 * IssueEscalationSchema.parse({ holder: 'efficiencyOffice', portfolio: null, step: 'publicListing', rank: 35,
 *   ruleId: 'publicListing', ladderId: 'jiaozuo-001-time', on: '2026-10-19' }).rank; // 35
 * ```
 * @category Issue
 */
export const IssueEscalationSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Who or what the problem went to: a built-in escalation holder or one the ladder declares. */
  holder: z.string().min(1).max(64),
  /** The portfolio (分管领域) of a deputy mayor in charge, or null. */
  portfolio: z.string().min(1).max(200).nullable(),
  /** The supervision step of a time-based move (催办 → 督办 → 网上挂牌 → 问责), or null. */
  step: SupervisionStep.schema.exclude(['unsupervised']).nullable(),
  /** How high the target stands on its ladder (higher is further up); a later escalation never goes lower. */
  rank: z.int().min(0),
  /** The ladder rule that decided the move, or null when it was decided by hand. */
  ruleId: IdSchema.nullable(),
  /** The ladder the rule belongs to, or null. */
  ladderId: IdSchema.nullable(),
  /** The local date of the escalation. */
  on: CalendarDateSchema,
}))();

/**
 * Where an issue was escalated; see {@link IssueEscalationSchema}.
 *
 * @category Issue
 */
export type IssueEscalation = DeepReadonly<z.infer<typeof IssueEscalationSchema>>;

/**
 * The clocks of the current assignment (签收, 首次联系, 答复, 办结): when they started, the limits
 * the dispatch gave, and when each runs out. A working-day limit runs out at the last second of its
 * last day in local time (`…T23:59:59+08:00`), an hour limit after that many calendar hours; a fixed
 * due date (`{ dueOn }`) at the end of that day. Completed pauses have already moved the due
 * instants of the clocks not yet met.
 *
 * @example
 * ```ts
 * IssueClocksSchema.parse({ startedAt: '2026-10-09T09:00:00+08:00', limits: { handling: { hours: 24 } },
 *   due: { handling: '2026-10-10T09:00:00+08:00', signFor: null, firstContact: null, answer: null } }).due.handling; // '2026-10-10T09:00:00+08:00'
 * ```
 * @category Issue
 */
export const IssueClocksSchema = /* @__PURE__ */ (() => z.strictObject({
  /** When the clocks started: the dispatch, or a re-dispatch that restarted them. */
  startedAt: InstantSchema,
  /** The limits the dispatch gave. */
  limits: z.strictObject({
    /** Handling to the end (办结): working days, hours, or a fixed due date. */
    handling: z.union([ClockLimitSchema, z.strictObject({ dueOn: CalendarDateSchema })]),
    /** Signing for the order (签收). */
    signFor: ClockLimitSchema.optional(),
    /** First contact with the enterprise (首次联系). */
    firstContact: ClockLimitSchema.optional(),
    /** The first reply to the enterprise (答复). */
    answer: ClockLimitSchema.optional(),
  }),
  /** When each clock runs out; null for a clock the dispatch did not set. */
  due: z.strictObject({
    /** Handling (办结). */
    handling: InstantSchema,
    /** Signing for (签收). */
    signFor: InstantSchema.nullable(),
    /** First contact (首次联系). */
    firstContact: InstantSchema.nullable(),
    /** First reply (答复). */
    answer: InstantSchema.nullable(),
  }),
}))();

/**
 * The clocks of an assignment; see {@link IssueClocksSchema}.
 *
 * @category Issue
 */
export type IssueClocks = DeepReadonly<z.infer<typeof IssueClocksSchema>>;

/**
 * A pause (挂起) of the current assignment: the coded reason, the request, the office's decision,
 * and once resumed what it credited to the clocks — working days to the working-day clocks, seconds
 * to the hour clocks, each within the policy's caps.
 *
 * @example
 * ```ts
 * PauseSchema.parse({ reasonCode: 'awaitingMaterial', reason: '等待企业补充环评材料', requestedAt: '2026-10-12T10:00:00+08:00',
 *   status: 'pending', decidedAt: null, resumedAt: null, creditedWorkingDays: null, creditedSeconds: null }).status; // 'pending'
 * ```
 * @category Issue
 */
export const PauseSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The reason's code, from the policy's `pauseReasons`. */
  reasonCode: IdSchema,
  /** The reason in words (may be empty). */
  reason: z.string().max(2000),
  /** When it was requested. */
  requestedAt: InstantSchema,
  /** Pending, approved (the clocks stop from `decidedAt`) or declined. */
  status: PauseStatus.schema,
  /** When the office decided, or null. */
  decidedAt: InstantSchema.nullable(),
  /** When the order was resumed, or null while paused or never approved. */
  resumedAt: InstantSchema.nullable(),
  /** The working days credited to working-day clocks at resumption, or null. */
  creditedWorkingDays: z.int().min(0).nullable(),
  /** The seconds credited to hour clocks at resumption, or null. */
  creditedSeconds: z.int().min(0).nullable(),
}))();

/**
 * A pause; see {@link PauseSchema}.
 *
 * @category Issue
 */
export type Pause = DeepReadonly<z.infer<typeof PauseSchema>>;

/**
 * A dispatch dispute (退单申请): the department that disputed, when and why (a coded reason and
 * words), and the office's review — upheld (re-dispatched to `redispatchedTo`, or returned when
 * null) or overruled (the order stays).
 *
 * @example
 * ```ts
 * DisputeSchema.parse({ departmentId: 'd-tax', requestedAt: '2026-10-09T15:00:00+08:00', reasonCode: 'notOurDuty',
 *   reason: '属市场监管职责', status: 'pending', decidedAt: null, redispatchedTo: null }).status; // 'pending'
 * ```
 * @category Issue
 */
export const DisputeSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The department that disputed the dispatch. */
  departmentId: IdSchema,
  /** When. */
  requestedAt: InstantSchema,
  /** The reason's code, from the policy's `disputeReasons`. */
  reasonCode: IdSchema,
  /** The reason in words (may be empty). */
  reason: z.string().max(2000),
  /** Pending, upheld or overruled. */
  status: DisputeStatus.schema,
  /** When the office reviewed it, or null. */
  decidedAt: InstantSchema.nullable(),
  /** The department an upheld dispute re-dispatched the order to, or null. */
  redispatchedTo: IdSchema.nullable(),
}))();

/**
 * A dispatch dispute; see {@link DisputeSchema}.
 *
 * @category Issue
 */
export type Dispute = DeepReadonly<z.infer<typeof DisputeSchema>>;

/**
 * A callback (回访) to the enterprise after the answer: when, and whether it was reached.
 *
 * @example
 * ```ts
 * CallbackSchema.parse({ at: '2026-10-14T10:00:00+08:00', reached: false }).reached; // false
 * ```
 * @category Issue
 */
export const CallbackSchema = /* @__PURE__ */ (() => z.strictObject({
  /** When the office called. */
  at: InstantSchema,
  /** Whether the enterprise was reached. */
  reached: z.boolean(),
}))();

/**
 * A callback; see {@link CallbackSchema}.
 *
 * @category Issue
 */
export type Callback = DeepReadonly<z.infer<typeof CallbackSchema>>;

/** The fields of an issue, without defaults (an event's changes set any of them). */
const issueFieldShape = /* @__PURE__ */ (() => ({
  /** The app's id of the issue. */
  id: IdSchema,
  /** The enterprise that raised it. */
  enterpriseId: IdSchema,
  /** A short title. */
  title: text(200),
  /** The description in the enterprise's words (may be empty). */
  description: z.string().max(8000),
  /** How it reached the government. */
  channel: IntakeChannel.schema,
  /** Proactive or on the enterprise's application (000). */
  origin: IssueOrigin.schema,
  /** The lifecycle state. */
  state: IssueState.schema,
  /** When it was submitted. */
  submittedAt: InstantSchema,
  /** The category id in the app's service taxonomy; null until classified unless proposed. */
  categoryId: IdSchema.nullable(),
  /** Who has to solve it; null until classified. */
  scope: IssueScope.schema.nullable(),
  /** How big it is; null until classified. */
  nature: IssueNature.schema.nullable(),
  /** Simple or general procedure; null until classified. */
  procedure: Procedure.schema.nullable(),
  /** The approval of a general-procedure matter by the leading body. */
  approval: z
    .strictObject({
      /** Who approved it. */
      by: IdSchema,
      /** The local date of the approval. */
      on: CalendarDateSchema,
    })
    .nullable(),
  /** The assignment batch (交办批次), if any. */
  batchId: IdSchema.nullable(),
  /** The lead department (主办单位) of the current assignment. */
  leadDepartmentId: IdSchema.nullable(),
  /** Co-handling departments (协办单位). */
  coHandlerIds: z.array(IdSchema),
  /** The local date of the current assignment. */
  assignedOn: CalendarDateSchema.nullable(),
  /** The current deadline, extensions included: the last day on which handling is on time. */
  deadline: CalendarDateSchema.nullable(),
  /** Extension requests against the current assignment. */
  extensions: z.array(ExtensionSchema),
  /** Assignments returned as wrongly routed (退单), oldest first. */
  returns: z.array(ReturnRecordSchema),
  /** The highest supervision step taken on the current assignment. */
  supervisionStep: SupervisionStep.schema,
  /**
   * The latest escalation (协调层级), or null until the issue is escalated. It stays with the issue
   * through returns and reassignments, and a later escalation never ranks lower (协调层级只升不降).
   */
  escalation: IssueEscalationSchema.nullable(),
  /** The current answer. */
  answer: AnswerSchema.nullable(),
  /** The enterprise's feedback on the current answer. */
  feedback: FeedbackLevel.schema.nullable(),
  /** The simple procedure's ledger entry (台账). */
  ledgerEntry: LedgerEntrySchema.nullable(),
  /** The general procedure's dossier. */
  dossier: DossierSchema,
  /** How often it was reopened (再梳理、再跟踪、再反馈). */
  reopenCount: z.int().min(0),
  /** When it was closed (销号), or null. */
  closedAt: InstantSchema.nullable(),

  /** The clocks of the current assignment (event 2.2 and later), or null. */
  clocks: IssueClocksSchema.nullable(),
  /** When the department signed for the current assignment (签收), or null. */
  signedForAt: InstantSchema.nullable(),
  /** When it first contacted the enterprise (首次联系), or null. */
  contactedAt: InstantSchema.nullable(),
  /** When it first replied to the enterprise (an interim reply or the answer), or null. */
  repliedAt: InstantSchema.nullable(),
  /** When it answered (办理答复), or null. */
  answeredAt: InstantSchema.nullable(),
  /** Pauses (挂起) of the current assignment, oldest first. */
  pauses: z.array(PauseSchema),
  /** Dispatch disputes (退单申请), oldest first, kept through reassignments. */
  disputes: z.array(DisputeSchema),
  /** How often the order was re-dispatched (改派, and upheld disputes that re-dispatched it). */
  redispatchCount: z.int().min(0),
  /** The parent order it was merged into (并单), or null. */
  mergedInto: IdSchema.nullable(),
  /** The enterprise's rating on the evaluation scale (e.g. `'verySatisfied'`), next to `feedback`, or null. */
  rating: IdSchema.nullable(),
  /** The reasons the enterprise gave for a bad rating (codes from the policy's `dissatisfactionReasons`). */
  dissatisfaction: z.array(IdSchema),
  /** The date by which a bad rating's fix is due (差评整改), or null. */
  fixBy: CalendarDateSchema.nullable(),
  /** Callbacks (回访) after the current answer, oldest first. */
  callbacks: z.array(CallbackSchema),
  /** Whether it was closed as not rated (未评价) after the feedback window. */
  closedUnrated: z.boolean(),
}))();

/**
 * Every field of an issue except its history. Absent values are `null`, never missing, so that an
 * issue survives JSON unchanged and an event's `changes` can clear a field. The fields added with
 * event version 2.2 (`clocks` … `closedUnrated`) may be missing from an issue stored before them:
 * they read as null, empty, 0 or false.
 *
 * @category Issue
 */
export const IssueFieldsSchema = /* @__PURE__ */ (() => z.strictObject({
  ...issueFieldShape,
  // Fields added in event version 2.2: an issue stored before them reads with these values.
  clocks: issueFieldShape.clocks.default(null),
  signedForAt: issueFieldShape.signedForAt.default(null),
  contactedAt: issueFieldShape.contactedAt.default(null),
  repliedAt: issueFieldShape.repliedAt.default(null),
  answeredAt: issueFieldShape.answeredAt.default(null),
  pauses: issueFieldShape.pauses.default(() => []),
  disputes: issueFieldShape.disputes.default(() => []),
  redispatchCount: issueFieldShape.redispatchCount.default(0),
  mergedInto: issueFieldShape.mergedInto.default(null),
  rating: issueFieldShape.rating.default(null),
  dissatisfaction: issueFieldShape.dissatisfaction.default(() => []),
  fixBy: issueFieldShape.fixBy.default(null),
  callbacks: issueFieldShape.callbacks.default(() => []),
  closedUnrated: issueFieldShape.closedUnrated.default(false),
}))();

/** The fields an event of version 2.0 sets on an issue: any subset of the issue's fields but `id` and `state`. */
const changedFields = /* @__PURE__ */ (() => z.strictObject(issueFieldShape).omit({ id: true, state: true }).partial())();

/**
 * What an `addToDossier` event of version 2.1 or later adds to the dossier: only the new items, in
 * the order the command gave them, each list present only when it gained something (issue 16: an
 * event no longer carries the whole dossier, so its size does not grow with the dossier).
 *
 * @example
 * ```ts
 * DossierAddedSchema.parse({ documents: ['批复.pdf'] }).documents; // ['批复.pdf']
 * DossierAddedSchema.safeParse({ documents: [] }).success; // false: a list is present only when it gained items
 * ```
 * @category Issue
 */
export const DossierAddedSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Documents and files added (文书、文件). */
  documents: z.array(text(500)).min(1).optional(),
  /** Records added (记录). */
  records: z.array(text(500)).min(1).optional(),
  /** Evidence and supporting material added (证明材料). */
  evidence: z.array(text(500)).min(1).optional(),
}))();

/**
 * What an `addToDossier` event added; see {@link DossierAddedSchema}.
 *
 * @category Issue
 */
export type DossierAdded = DeepReadonly<{ documents?: string[]; records?: string[]; evidence?: string[] }>;

/**
 * The fields an event sets on an issue: any subset of {@link IssueFieldsSchema} except `id` and
 * `state`; and, from version 2.1, `dossierAdded`: the items an `addToDossier` event appends to the
 * dossier (version 2.0 wrote the whole dossier in `dossier` instead; an event never has both).
 *
 * @category Issue
 */
export const IssueChangesSchema = /* @__PURE__ */ (() => changedFields.extend({
  /** The items appended to the dossier (version 2.1 and later; see {@link DossierAddedSchema}). */
  dossierAdded: DossierAddedSchema.optional(),
}))();

/**
 * What an event changed on an issue; see {@link IssueChangesSchema}.
 *
 * @category Issue
 */
export type IssueChanges = DeepReadonly<Partial<Omit<z.infer<typeof IssueFieldsSchema>, 'id' | 'state'>>> & { readonly dossierAdded?: DossierAdded };

/**
 * The fields event version 2.2 added, at the values an issue starts with (and an issue stored
 * before 2.2 reads with). Frozen. Internal: not exported from the barrel.
 */
export const blankAddedIn22 = /* @__PURE__ */ deepFreeze({ clocks: null, signedForAt: null, contactedAt: null, repliedAt: null, answeredAt: null, pauses: [], disputes: [], redispatchCount: 0, mergedInto: null, rating: null, dissatisfaction: [], fixBy: null, callbacks: [], closedUnrated: false } as const);

/** The fields event version 2.2 added (an older event's changes never carry them). */
export const addedIn22 = /* @__PURE__ */ Object.keys(blankAddedIn22) as readonly (keyof typeof blankAddedIn22)[];

/** A copy of `fields` without the fields event 2.2 added: what a build before 2.2 wrote. Internal. */
export function withoutAddedIn22<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !Object.hasOwn(blankAddedIn22, k))) as T;
}

/** The minor version of the event schema this build writes and knows every field of. */
const KNOWN_MINOR = 3;

/**
 * The version of the audit-event schema this build writes into every event's `schemaVersion`:
 * `MAJOR.MINOR`. A new minor never changes what a field written before means: it adds top-level
 * fields (a reader of an older minor keeps them untouched), or a new kind of change, which an older
 * reader refuses (`INVALID_INPUT`) rather than misapply — 2.1 added `changes.dossierAdded`, 2.2 the
 * hotline clocks, pauses, disputes, merging and five-level evaluation (`changes.clocks`, `pauses`, …),
 * 2.3 the top-level `jointWith` of a joint supervision step (联合督办, 003), which a 2.2 reader keeps
 * untouched; a new major changes what existing fields mean, and older readers refuse it with
 * `EVENT_VERSION_UNSUPPORTED`. Events of version 1 (no `schemaVersion`, no `digest`) are upgraded
 * on reading; see the audit-trail guide (docs/guides/audit-trail.md).
 *
 * @example
 * ```ts
 * issueEventSchemaVersion; // '2.3'
 * ```
 * @category Issue
 */
export const issueEventSchemaVersion = `2.${KNOWN_MINOR}` as const;

/** The fields of an audit event of every version: version 1's whole event, and version 2's without its version and digest. */
const eventFields = /* @__PURE__ */ (() => ({
  /** The issue the event belongs to. */
  issueId: IdSchema,
  /** Position in the issue's history, from 1. */
  seq: z.int().min(1),
  /** The command that was accepted. */
  type: IssueCommandType.schema,
  /** Who issued it. */
  actor: ActorSchema,
  /** When. */
  at: InstantSchema,
  /** The state before (null for the submission). */
  from: IssueState.schema.nullable(),
  /** The state after. */
  to: IssueState.schema,
  /** The fields it set. */
  changes: IssueChangesSchema,
  /** A free note of the actor's, if given. */
  note: z.string().max(4000).nullable(),
}))();

/**
 * An audit event as version 1 of qinqing wrote it: no `schemaVersion`, no `digest`. Kept to read
 * stored events of that version, which `upgradeIssueEventV1` (and `safeParseIssueEvents`) turn into
 * current events.
 *
 * @example
 * ```ts
 * const { schemaVersion, digest, ...v1 } = submitEvent; // what version 1 stored
 * IssueEventV1Schema.safeParse(v1).success; // true
 * IssueEventV1Schema.safeParse(submitEvent).success; // false: version 1 has no schemaVersion or digest
 * ```
 * @category Issue
 */
export const IssueEventV1Schema = /* @__PURE__ */ (() => z.strictObject({ ...eventFields, changes: changedFields }))();

/**
 * An audit event of version 1; see {@link IssueEventV1Schema}.
 *
 * @category Issue
 */
export type IssueEventV1 = DeepReadonly<Omit<z.infer<typeof IssueEventV1Schema>, 'changes'>> & { readonly changes: IssueChanges };

/** The keys of a current event (those of {@link IssueEventSchema}'s shape). */
const knownKeys = /* @__PURE__ */ (() => new Set(['schemaVersion', ...Object.keys(eventFields), 'jointWith', 'digest']))();

/**
 * An audit event: one accepted command, with who, when, the command, the state before and after,
 * the fields it set, the schema version it was written with, and the digest that chains it to the
 * event before (see `verifyIssueChain`). An issue's history is the list of its events;
 * {@link replayIssue} rebuilds the issue from them.
 *
 * A `supervise` event of a joint supervision step (联合督办, 003) names the second supervising body
 * beside the actor in its top-level `jointWith` (from version 2.3; no other event carries it).
 *
 * Events of a newer minor version of the same major (`'2.4'`, …) may carry top-level fields this
 * version does not know: they are accepted and kept as they are (the digest covers them), so that
 * older code can read and store what newer code wrote. An event of a version this build knows
 * (`'2.0'` to `'2.3'`) has no other fields, and nested objects (`actor`, `changes`) never do.
 * `changes.dossierAdded` (from 2.1) is refused in a `'2.0'` event, and never stands beside
 * `changes.dossier` in one event.
 *
 * @category Issue
 */
export const IssueEventSchema = /* @__PURE__ */ (() =>
  z
    .looseObject({
      /** The version of the event schema it was written with: `'2.0'` to `'2.3'`, or a newer minor (`'2.4'`, …). */
      schemaVersion: z.string().regex(/^2\.(?:0|[1-9][0-9]{0,5})$/),
      ...eventFields,
      /** The second body of a joint supervision step (联合督办): only on a `supervise` event, from version 2.3. */
      jointWith: SupervisingBodySchema.optional(),
      /**
       * SHA-256, in lowercase hex, of the digest of the event before (64 zeros for the first) and a
       * line feed, followed by the event's canonical JSON (RFC 8785) without its digest.
       */
      digest: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .superRefine((event, ctx) => {
      const changes = event.changes as Readonly<Record<string, unknown>>;
      if (Object.hasOwn(changes, 'dossierAdded')) {
        if (event.schemaVersion === '2.0') ctx.addIssue({ code: 'custom', path: ['changes', 'dossierAdded'], message: 'An event of version 2.0 cannot carry changes.dossierAdded: version 2.1 added it.', input: changes['dossierAdded'] });
        if (Object.hasOwn(changes, 'dossier')) ctx.addIssue({ code: 'custom', path: ['changes'], message: 'An event carries changes.dossier (the whole dossier) or changes.dossierAdded (the items added), not both.', input: changes });
      }
      if (Object.hasOwn(event, 'jointWith')) {
        if (event.type !== 'supervise') ctx.addIssue({ code: 'custom', path: ['jointWith'], message: `Only a supervise event names a joint supervising body (jointWith); this is a "${String(event.type)}" event.`, input: event.jointWith, params: { messageZh: `只有督办事件才能记录联合督办单位（jointWith）；此事件为“${String(event.type)}”。` } });
        if (event.schemaVersion === '2.0' || event.schemaVersion === '2.1' || event.schemaVersion === '2.2') ctx.addIssue({ code: 'custom', path: ['jointWith'], message: `An event of version ${event.schemaVersion} cannot carry jointWith: version 2.3 added it.`, input: event.jointWith, params: { messageZh: `${event.schemaVersion} 版事件不得有 jointWith：该字段为 2.3 版新增。` } });
      }
      if (event.schemaVersion === '2.0' || event.schemaVersion === '2.1') {
        const newer = addedIn22.filter((k) => Object.hasOwn(changes, k));
        if (newer.length > 0) ctx.addIssue({ code: 'custom', path: ['changes', newer[0] as string], message: `An event of version ${event.schemaVersion} cannot carry changes.${newer[0]}: version 2.2 added it.`, input: changes[newer[0] as string] });
      }
      // Only a newer minor may carry fields this build does not know.
      if (typeof event.schemaVersion === 'string' && Number(event.schemaVersion.slice(2)) > KNOWN_MINOR) return;
      const extra = Object.keys(event).filter((k) => !knownKeys.has(k));
      if (extra.length > 0) ctx.addIssue({ code: 'unrecognized_keys', keys: extra, input: event });
    }))();

/**
 * An audit event; see {@link IssueEventSchema}.
 *
 * @category Issue
 */
export type IssueEvent = IssueEventV1 & {
  /** The event schema's version it was written with: `'2.3'` for this version, `'2.0'` to `'2.2'` before it, `'2.4'` and on for newer minors. */
  readonly schemaVersion: `2.${number}`;
  /** The second body of a joint supervision step (联合督办, 003), on a `supervise` event only (version 2.3 and later). */
  readonly jointWith?: SupervisingBody;
  /** The chain digest: see {@link IssueEventSchema}. */
  readonly digest: string;
};

/**
 * An enterprise issue (企业诉求): plain readonly data with its whole audit history. There is no
 * place for a fee: the service is free of charge (义务不收费, 000), and a fee field is rejected.
 *
 * @category Issue
 */
export const IssueSchema = /* @__PURE__ */ (() => IssueFieldsSchema.extend({
  /** The audit events that made the issue what it is, oldest first. */
  history: z.array(IssueEventSchema),
}))();

/**
 * An enterprise issue; see {@link IssueSchema}.
 *
 * @category Issue
 */
export type Issue = DeepReadonly<z.infer<typeof IssueFieldsSchema>> & { readonly history: readonly IssueEvent[] };
