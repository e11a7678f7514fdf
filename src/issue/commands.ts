import * as z from 'zod';
import { domainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, unwrap, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema, InstantSchema } from '../core/schema.js';
import { clip, defaultInputLimits, measureInput, movedPaths, parseChecked } from '../internal/parse.js';
import { AnswerOutcome, FeedbackLevel, IntakeChannel, IssueNature, IssueOrigin, IssueScope, Procedure, ServiceMode, SupervisionStep } from '../vocabulary/issue.js';
import { ActorSchema } from '../vocabulary/actor.js';
import type { IssueChainHead } from './chain.js';
import { ClockLimitSchema } from '../procedure/limits.js';
import { SupervisingBodySchema } from '../supervision/bodies.js';
import { type Issue, type IssueEvent, IssueFieldsSchema } from './schema.js';
import { readEvents } from './upgrade.js';

const text = (max: number) => z.string().min(1).max(max);
const refs = /* @__PURE__ */ (() => z.array(z.string().min(1).max(500)))();

/** Fields every command carries: which issue, who, when, and an optional note. */
const base = {
  /** The issue the command is for. */
  issueId: IdSchema,
  /** Who issues the command. */
  actor: ActorSchema,
  /** When, as an instant with an offset; the local date (UTC+8 by default) counts for deadlines. */
  at: InstantSchema,
  /** A free note, kept on the audit event. */
  note: z.string().max(4000).optional(),
};

/** The limits of an assignment's clocks besides handling: sign-for, first contact, first reply. */
const otherClocks = /* @__PURE__ */ (() => z.strictObject({
  /** Signing for the order (签收), from the dispatch. */
  signFor: ClockLimitSchema.optional(),
  /** First contact with the enterprise (首次联系), from the dispatch. */
  firstContact: ClockLimitSchema.optional(),
  /** The first reply to the enterprise (答复), from the dispatch. */
  answer: ClockLimitSchema.optional(),
}))();

const command = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });

/**
 * The handling time limit of an assignment: working days (`{ workingDays: 5 }`: "within 5 working
 * days of assignment"), calendar hours (`{ hours: 24 }`, as the hotline classes set), or a fixed due
 * date (`{ dueOn: '2026-07-15' }`, as for Lishui's second batch).
 *
 * @example
 * ```ts
 * TimeLimitSchema.safeParse({ workingDays: 5 }).success; // true
 * TimeLimitSchema.safeParse({ hours: 2 }).success; // true
 * ```
 * @category Issue
 */
export const TimeLimitSchema = /* @__PURE__ */ (() => z.union([
  ...ClockLimitSchema.options,
  z.strictObject({
    /** The fixed due date: the last day on which handling is on time. */
    dueOn: CalendarDateSchema,
  }),
]))();

/**
 * A time limit; see {@link TimeLimitSchema}.
 *
 * @category Issue
 */
export type TimeLimit = DeepReadonly<z.infer<typeof TimeLimitSchema>>;

/**
 * A command on an issue, discriminated by `type`; each carries `issueId`, `actor`, `at` and an
 * optional `note`. Commands are strict: an unknown field, and above all a fee, is rejected.
 *
 * - `submit`: the enterprise's problem is collected (提交); creates the issue.
 * - `classify`: sorted and classified (梳理、归纳、分类): category, scope, nature and procedure.
 * - `requestApproval` / `approve` / `refuseApproval`: the general procedure's approval by the leading body.
 * - `assign`: to a lead department with co-handlers and a time limit (交办、限期办理), optionally in a batch.
 * - `returnAssignment`: the department sends back a wrongly routed assignment (退单).
 * - `requestExtension` / `decideExtension`: an extension of the deadline (延期).
 * - `supervise`: a supervision step is taken (催办 → 督办 → 网上挂牌 → 问责), by the actor alone or jointly
 *   with a second supervising body (`jointWith`, 联合督办: 003's efficiency office and leading-group office).
 * - `serve`: a simple-procedure matter served directly and entered in the ledger (台账).
 * - `answer`: the department answers with an outcome (办理及答复).
 * - `giveFeedback`: the enterprise's satisfaction, as a level and/or a rating on the policy's scale, with
 *   reasons for a bad one; "unsatisfied" reopens the issue and sets the date its fix is due.
 * - `close`: struck off (销号); `complain`: a later complaint reopens a closed issue.
 * - `withdraw`: the enterprise withdraws (自愿不强制); `addToDossier`: material for the archive (its event
 *   records only the items added, `changes.dossierAdded`: O(a) in them, whatever the dossier holds).
 * - `signFor` (签收), `contact` (首次联系), `reply` (阶段性答复, what was said in its `note`, kept on the
 *   audit event): the clocks of the assignment are met.
 * - `requestPause` / `decidePause` / `resume`: a pause (挂起) with a coded reason, approved by the office;
 *   resuming moves the clocks not yet met by the paused working days or hours.
 * - `disputeAssignment` / `reviewDispute`: a dispatch dispute (退单) with a coded reason, reviewed by the
 *   office: upheld (re-dispatched, or returned) or overruled; `redispatch`: the office re-dispatches (改派).
 * - `merge`: the office merges a repeated complaint into a parent order (并单).
 * - `callBack` (回访) and `closeUnrated` (未评价销号, once the feedback window has passed).
 * - `escalate`: the problem goes up to a holder on an escalation ladder (提请协调), typically where
 *   `route` sent it; recorded on the issue as its `escalation`, never lower than the rank already
 *   reached (an equal rank moves sideways), and kept through returns and reassignments.
 *
 * @category Issue
 */
export const IssueCommandSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [
  command('submit', {
    /** The enterprise raising it. */
    enterpriseId: IdSchema,
    /** A short title. */
    title: text(200),
    /** The description in the enterprise's words. */
    description: z.string().max(8000).optional(),
    /** How it reached the government. */
    channel: IntakeChannel.schema,
    /** Proactive or on application. */
    origin: IssueOrigin.schema,
    /** A category proposed at intake, if any. */
    categoryId: IdSchema.optional(),
  }),
  command('classify', {
    /** The category id in the app's service taxonomy. */
    categoryId: IdSchema,
    /** Who has to solve it. */
    scope: IssueScope.schema,
    /** How big it is. */
    nature: IssueNature.schema,
    /** Simple or general procedure (see `classifyProcedure`). */
    procedure: Procedure.schema,
    /** The batch it is sorted into, if any. */
    batchId: IdSchema.optional(),
  }),
  command('requestApproval', {}),
  command('approve', {}),
  command('refuseApproval', {}),
  command('assign', {
    /** The lead department (主办). */
    departmentId: IdSchema,
    /** Co-handling departments (协办). */
    coHandlerIds: z.array(IdSchema).optional(),
    /** The handling time limit (办结). */
    timeLimit: TimeLimitSchema,
    /** The limits of the other clocks, where the rules set them (e.g. from `chooseTimeLimit`). */
    clocks: otherClocks.optional(),
    /** The assignment batch, if any. */
    batchId: IdSchema.optional(),
  }),
  command('returnAssignment', {
    /** Why the assignment is wrongly routed. */
    reason: text(2000),
  }),
  command('requestExtension', {
    /** Working days asked for. */
    workingDays: z.int().min(1).max(250),
    /** Why. */
    reason: text(2000),
  }),
  command('decideExtension', {
    /** Whether the extension is granted. */
    grant: z.boolean(),
  }),
  command('supervise', {
    /** The step taken; never lower than the step already taken. */
    step: SupervisionStep.schema.exclude(['unsupervised']),
    /**
     * The second body of a joint supervision step (联合督办, 003: the efficiency office and the
     * leading-group office supervise together), beside the actor; another body than the actor.
     * Recorded on the event as its `jointWith` (event version 2.3).
     */
    jointWith: SupervisingBodySchema.optional(),
  }),
  command('serve', {
    /** How the service was delivered. */
    mode: ServiceMode.schema,
    /** The basic facts for the ledger. */
    summary: text(4000),
    /** Resolved or explained. */
    outcome: AnswerOutcome.schema.exclude(['unsolvable']),
  }),
  command('answer', {
    /** Resolved, explained, or cannot be solved for now. */
    outcome: AnswerOutcome.schema,
    /** What was done or said. */
    summary: text(4000),
    /** How the answer reached the enterprise. */
    mode: ServiceMode.schema,
    /** Proposed measures for the leaders; required for `'unsolvable'`. */
    measures: text(4000).optional(),
  }),
  command('giveFeedback', {
    /** The enterprise's satisfaction on three levels; may be left out when `rating` is given. */
    level: FeedbackLevel.schema.optional(),
    /** The rating on the policy's evaluation scale (e.g. `'veryDissatisfied'`); counts as the level the scale maps it to. */
    rating: IdSchema.optional(),
    /** Reasons for a bad rating (codes from the policy's `dissatisfactionReasons`). */
    reasons: z.array(IdSchema).min(1).max(20).optional(),
  }),
  command('close', {}),
  command('complain', {
    /** What the enterprise complains of. */
    reason: text(2000),
  }),
  command('withdraw', {}),
  command('addToDossier', {
    /** Documents to add. */
    documents: refs.optional(),
    /** Records to add. */
    records: refs.optional(),
    /** Evidence to add. */
    evidence: refs.optional(),
  }),
  command('escalate', {
    /** Who or what the problem goes to: a built-in escalation holder or one the ladder declares. */
    holder: z.string().min(1).max(64),
    /** The portfolio (分管领域) of a deputy mayor in charge. */
    portfolio: z.string().min(1).max(200).optional(),
    /** The supervision step of a time-based move. */
    step: SupervisionStep.schema.exclude(['unsupervised']).optional(),
    /** The target's rank on its ladder; never lower than the rank the issue has reached. */
    rank: z.int().min(0),
    /** The ladder rule that decided the move, if it came from a route. */
    ruleId: IdSchema.optional(),
    /** The ladder of that rule. */
    ladderId: IdSchema.optional(),
  }),
  command('signFor', {}),
  command('contact', {}),
  command('reply', {}),
  command('requestPause', {
    /** The reason's code, from the policy's `pauseReasons`. */
    reasonCode: IdSchema,
    /** The reason in words. */
    reason: z.string().max(2000).optional(),
  }),
  command('decidePause', {
    /** Whether the pause is approved. */
    grant: z.boolean(),
  }),
  command('resume', {}),
  command('disputeAssignment', {
    /** The reason's code, from the policy's `disputeReasons`. */
    reasonCode: IdSchema,
    /** The reason in words. */
    reason: z.string().max(2000).optional(),
  }),
  command('reviewDispute', {
    /** Whether the dispute is upheld (the order was wrongly dispatched). */
    uphold: z.boolean(),
    /** For an upheld dispute, the department the order is re-dispatched to; left out, the order is returned to the office. */
    departmentId: IdSchema.optional(),
    /** Co-handlers of the re-dispatch (the current ones when left out). */
    coHandlerIds: z.array(IdSchema).optional(),
    /** The handling limit of a re-dispatch that restarts the clocks (the current limits when left out). */
    timeLimit: TimeLimitSchema.optional(),
  }),
  command('redispatch', {
    /** The department the order goes to (改派). */
    departmentId: IdSchema,
    /** Co-handlers (the current ones when left out). */
    coHandlerIds: z.array(IdSchema).optional(),
    /** The handling limit when the clocks restart (the current limits when left out). */
    timeLimit: TimeLimitSchema.optional(),
  }),
  command('merge', {
    /** The parent order this one is merged into (并单). */
    parentId: IdSchema,
  }),
  command('callBack', {
    /** Whether the enterprise was reached. */
    reached: z.boolean(),
  }),
  command('closeUnrated', {}),
]))();

/**
 * A command on an issue; see {@link IssueCommandSchema}.
 *
 * @category Issue
 */
export type IssueCommand = DeepReadonly<z.infer<typeof IssueCommandSchema>>;

/** Key names that would record a fee; the service is free of charge (义务不收费, 000). */
const FEE_KEY = /^(service)?(fees?|charges?|price|cost|payment)(amount)?$|^(收费|费用|服务费)/i;

/**
 * The path of the first fee-like key anywhere in `input`, or null. Recursive, but only over input
 * already held to the input limits (64 levels deep by default: see {@link checkedInput}).
 */
function feePath(input: unknown): (string | number)[] | null {
  if (input === null || typeof input !== 'object') return null;
  const array = Array.isArray(input);
  for (const [key, value] of Object.entries(input)) {
    if (!array && FEE_KEY.test(key)) return [key];
    const inner = feePath(value);
    if (inner !== null) {
      inner.unshift(array ? Number(key) : key);
      return inner;
    }
  }
  return null;
}

/** Rejects fee-like fields with `FEE_NOT_ALLOWED` before the schema sees the input. */
function refuseFees(input: unknown): Result<never> | null {
  const path = feePath(input);
  if (path === null) return null;
  const at = clip(path.join('.'), 200);
  return err(
    domainError('FEE_NOT_ALLOWED', {
      en: `Service to enterprises is free of charge (000: 义务不收费); the field "${at}" would record a fee.`,
      zh: `服务企业义务不收费（000），字段“${at}”不得记录费用。`,
      path,
    }),
  );
}

/**
 * `input` checked at the boundary, in order: the input limits (`INPUT_TOO_DEEP`,
 * `INPUT_TOO_LARGE`: see `InputLimits`), then fee-like fields, then `schema`.
 */
export function checkedInput<T>(schema: z.ZodType<T>, input: unknown): Result<T> {
  const { problem, values } = measureInput(input, defaultInputLimits);
  if (problem !== null) return err(problem);
  return refuseFees(input) ?? parseChecked(schema, input, defaultInputLimits.maxIssues, values);
}

/**
 * Validates a command from outside (a request body, a queue message) and returns it typed.
 *
 * @param input - The data to check.
 * @returns The command, or `FEE_NOT_ALLOWED` for any fee-like field, or `INVALID_INPUT` /
 *   `INVALID_DATE` / `INVALID_INSTANT` with the path of the problem; `INPUT_TOO_DEEP` /
 *   `INPUT_TOO_LARGE` for input beyond the default `InputLimits` (64 levels, strings of 65,536
 *   characters, lists of 100,000 items), checked first, without recursion.
 * @example
 * ```ts
 * safeParseIssueCommand({ type: 'close', issueId: 'i1', actor: { id: 'o1', role: 'leadingGroupOffice' },
 *   at: '2026-10-20T10:00:00+08:00', fee: 200 }).ok; // false: FEE_NOT_ALLOWED
 * ```
 * @category Issue
 */
export function safeParseIssueCommand(input: unknown): Result<IssueCommand> {
  return checkedInput(IssueCommandSchema, input);
}

/**
 * Validates a command from outside and returns it typed; throws when it is not valid.
 *
 * @param input - The data to check.
 * @returns The command.
 * @throws {@link qinqing!QinqingError} with `FEE_NOT_ALLOWED`, `INVALID_INPUT`, `INVALID_DATE` or `INVALID_INSTANT`.
 * @example
 * ```ts
 * parseIssueCommand({ type: 'withdraw', issueId: 'i1', actor: { id: 'e1', role: 'enterprise' }, at: '2026-10-09T09:00:00+08:00' }).type; // 'withdraw'
 * ```
 * @category Issue
 */
export function parseIssueCommand(input: unknown): IssueCommand {
  return unwrap(safeParseIssueCommand(input));
}

/**
 * Options of {@link safeParseIssueEvents}.
 *
 * @category Issue
 */
export interface ParseIssueEventsOptions {
  /**
   * The head of the snapshot the events follow (its issue, last `seq` and digest): the first event
   * must come right after it and chain from its digest. Default: the events start the issue.
   */
  readonly after?: IssueChainHead;
}

/**
 * Validates audit events read from storage, before {@link replayIssue} rebuilds the issue from them:
 * each event is parsed by the schema version it was written with, events of version 1 (no
 * `schemaVersion`, no digest) are upgraded (`upgradeIssueEventV1`: the chain starts at the
 * upgrade), fields of a newer minor version (`'2.1'`, …) are kept as they are, and the hash chain
 * is verified (`verifyIssueChain`), so an edited, deleted, inserted or moved event is refused with
 * the index of the first one that is not as written.
 *
 * @param input - The stored events, oldest first: a whole history, or the tail after `options.after`.
 * @param options - `after`: the head of the snapshot the events follow.
 * @returns The current events, or `FEE_NOT_ALLOWED` / `INVALID_INPUT` with the path of the problem;
 *   `EVENT_VERSION_UNSUPPORTED` for an event of an unknown major version; `CHAIN_BROKEN` (path
 *   `[i, 'seq' | 'digest']`) or `ISSUE_MISMATCH` at the first event that breaks the chain;
 *   `INPUT_TOO_DEEP` / `INPUT_TOO_LARGE` beyond the default `InputLimits`, checked first.
 * @example
 * ```ts
 * andThen(safeParseIssueEvents(JSON.parse(stored)), (events) => replayIssue(events, { calendar: chinaCalendar }));
 * const edited = JSON.parse(stored);
 * edited[1].note = '事后补记';
 * const r = safeParseIssueEvents(edited);
 * r.ok || [r.error.code, r.error.path]; // ['CHAIN_BROKEN', [1, 'digest']]
 * ```
 * @category Issue
 */
export function safeParseIssueEvents(input: unknown, options?: ParseIssueEventsOptions): Result<readonly IssueEvent[]> {
  const { problem, values } = measureInput(input, defaultInputLimits);
  if (problem !== null) return err(problem);
  const fee = refuseFees(input);
  if (fee !== null) return fee;
  const after: unknown = options === null || typeof options !== 'object' ? undefined : options.after;
  return readEvents(input, values, after === undefined ? {} : { after: after as IssueChainHead });
}

/** An issue record whose history is read by {@link readEvents}, event by event. */
const IssueRecordSchema = /* @__PURE__ */ (() => IssueFieldsSchema.extend({ history: z.array(z.unknown()) }))();

/**
 * An issue read from storage with its history checked as {@link safeParseIssueEvents} checks
 * events: the fields by `IssueFieldsSchema`, the history parsed event by event by version
 * (version 1 upgraded), every event of the issue's id, and the hash chain verified from the first
 * event. Paths from the input (`['history', 3, 'digest']`). For `safeParseIssue` (internal).
 */
export function readIssue(input: unknown): Result<Issue> {
  const { problem, values } = measureInput(input, defaultInputLimits);
  if (problem !== null) return err(problem);
  const fee = refuseFees(input);
  if (fee !== null) return fee;
  const record = parseChecked(IssueRecordSchema, input, defaultInputLimits.maxIssues, values);
  if (!record.ok) return record;
  const history = readEvents(record.value.history, values, { issueId: record.value.id });
  if (!history.ok) return err(movedPaths(history.error, (p) => ['history', ...p]));
  return ok({ ...record.value, history: history.value } as unknown as Issue);
}
