import type { WorkCalendar } from '../calendar/schema.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { movedPaths } from '../internal/parse.js';
import { ok, type Result } from '../core/result.js';
import type { CalendarDate, Id, Instant } from '../core/schema.js';
import type { IssueCommand, TimeLimit } from './commands.js';
import { executeIssueCommand } from './machine.js';
import type { IssueContext } from './policy.js';
import type { Actor } from '../vocabulary/actor.js';
import type { Issue, IssueEvent } from './schema.js';
import { asOfError, supervisionStatus } from '../supervision/status.js';
import { defaultSupervisionPolicy, type SupervisionPolicy } from '../supervision/policy.js';

/**
 * An assignment batch (交办批次, 003): issues assigned together by one actor at one instant under
 * one time limit, so that they share a deadline. Each issue goes to its own lead department, since
 * the problems of one batch concern many departments (003: "有关部门").
 *
 * @category Issue
 */
export interface IssueBatch {
  /** The batch id, recorded on each issue. */
  readonly batchId: Id;
  /** Who assigns, usually the leading-group office. */
  readonly actor: Actor;
  /** When, as an instant with an offset; its local date is the assignment date. */
  readonly at: Instant;
  /** The time limit of every assignment, e.g. `{ workingDays: 10 }` or `{ dueOn: '2026-07-15' }`. */
  readonly timeLimit: TimeLimit;
  /** The lead department (主办单位) of each issue, by issue id; an issue missing here is rejected. */
  readonly departmentOf: Readonly<Record<Id, Id>>;
  /** The co-handling departments (协办单位) of issues that have any, by issue id. */
  readonly coHandlersOf?: Readonly<Record<Id, readonly Id[]>>;
  /** A note kept on every audit event. */
  readonly note?: string;
}

/**
 * What {@link assignBatch} did: the issues it assigned with their audit events, and the issues it
 * could not assign with the reason, each in input order.
 *
 * @category Issue
 */
export interface BatchAssignment {
  /** The assigned issues and the events to store. */
  readonly assigned: readonly { readonly issue: Issue; readonly event: IssueEvent }[];
  /** The issues that were not assigned, and why. */
  readonly rejected: readonly { readonly issueId: Id; readonly error: DomainError }[];
}

/**
 * Where a field of the `assign` command built for the issue at `k` of a batch came from, as the
 * caller of {@link assignBatch} reads it: `batch.at`, `batch.departmentOf.<id>`, `issues[k].state`, ….
 */
function batchPath(path: ErrorPath, k: number, issueId: Id): ErrorPath {
  const [head, field, ...rest] = path;
  if (head === 'issue') return ['issues', k, ...path.slice(1)];
  if (head !== 'command') return path;
  switch (field) {
    case 'departmentId':
      return ['batch', 'departmentOf', issueId, ...rest];
    case 'coHandlerIds':
      return ['batch', 'coHandlersOf', issueId, ...rest];
    case 'type': // the issue's state does not allow an assignment
      return ['issues', k, 'state'];
    case 'issueId':
      return ['issues', k, 'id'];
    default:
      return ['batch', ...path.slice(1)];
  }
}

const isRecord = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * What makes a whole batch unusable before any issue is looked at, or null: `issues` not an array,
 * or a batch whose `departmentOf` (or `coHandlersOf`, when given) is not an object.
 */
function batchShapeError(issues: unknown, batch: unknown): DomainError | null {
  const bad = (path: ErrorPath, en: string, zh: string): DomainError => domainError('INVALID_ARGUMENT', { en, zh, path });
  if (!Array.isArray(issues)) return bad(['issues'], 'issues is not an array of issues.', 'issues 不是诉求数组。');
  if (!isRecord(batch)) return bad(['batch'], 'batch is not an assignment batch.', 'batch 不是交办批次。');
  const b = batch as Partial<IssueBatch>;
  if (!isRecord(b.departmentOf)) return bad(['batch', 'departmentOf'], 'batch.departmentOf is not an object of lead departments by issue id.', 'batch.departmentOf 不是按诉求编号列出主办单位的对象。');
  if (b.coHandlersOf !== undefined && !isRecord(b.coHandlersOf)) return bad(['batch', 'coHandlersOf'], 'batch.coHandlersOf is not an object of co-handling departments by issue id.', 'batch.coHandlersOf 不是按诉求编号列出协办单位的对象。');
  return null;
}

/**
 * Assigns a batch of issues (交办, 003): one `assign` command per issue with the batch's id, actor,
 * instant and time limit, each issue to its lead department from `departmentOf`. Every issue is
 * decided on its own by the lifecycle, so one that cannot be assigned (wrong state, an unapproved
 * general-procedure matter, no department given, a repeated id) is rejected without stopping the
 * others. Never throws and never changes its arguments; the batch is trusted like a command.
 *
 * @param issues - The issues to assign.
 * @param batch - The batch: id, actor, instant, time limit and departments.
 * @param context - The calendar, the access check (or `UNSAFE_NO_ACCESS_CHECK`), and optionally
 *   the lifecycle policy and the taxonomy; as for `executeIssueCommand`, the role law and the access
 *   check come first.
 * @returns The assigned issues with their events, and the rejected ones with their errors
 *   (`UNKNOWN_REFERENCE` when `departmentOf` names no department, `DUPLICATE_ID` for a repeated
 *   issue, else the lifecycle's error), each with its path in the caller's arguments:
 *   `batch.at`, `batch.timeLimit.dueOn`, `batch.departmentOf.<id>`, `issues[k].state`, `context.access`, ….
 *   An element of `issues` that is not an issue with an id is rejected (`INVALID_ARGUMENT` at
 *   `issues[k]`, issue id `''`); when `issues` is not an array or the batch's `departmentOf` /
 *   `coHandlersOf` is not an object, nothing is assigned and the one rejection says why.
 * @example
 * ```ts
 * const r = assignBatch([a, b], { batchId: 'lishui-1', actor, at: '2026-06-01T09:00:00+08:00',
 *   timeLimit: { workingDays: 10 }, departmentOf: { [a.id]: 'd-land', [b.id]: 'd-tax' } },
 *   { calendar: chinaCalendar, access: { policy: defaultAccessPolicy, subject: { ...actor, level: 'city' } } });
 * r.assigned.length; // 2
 * ```
 * @category Issue
 */
export function assignBatch(issues: readonly Issue[], batch: IssueBatch, context: IssueContext): BatchAssignment {
  const assigned: { readonly issue: Issue; readonly event: IssueEvent }[] = [];
  const rejected: { readonly issueId: Id; readonly error: DomainError }[] = [];
  const seen = new Set<Id>();
  const shapeError = batchShapeError(issues, batch);
  if (shapeError !== null) return { assigned, rejected: [{ issueId: '', error: shapeError }] };
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k] as Issue;
    if (typeof issue !== 'object' || issue === null || typeof issue.id !== 'string') {
      rejected.push({
        issueId: '',
        error: domainError('INVALID_ARGUMENT', {
          en: `issues[${k}] is not an issue with an id.`,
          zh: `issues[${k}] 不是带编号的诉求。`,
          path: ['issues', k],
        }),
      });
      continue;
    }
    if (seen.has(issue.id)) {
      rejected.push({
        issueId: issue.id,
        error: domainError('DUPLICATE_ID', {
          en: `Issue "${issue.id}" appears more than once in the batch.`,
          zh: `诉求“${issue.id}”在本批次中重复出现。`,
          path: ['issues', k, 'id'],
          value: issue.id,
        }),
      });
      continue;
    }
    seen.add(issue.id);
    const departmentId = Object.hasOwn(batch.departmentOf, issue.id) ? batch.departmentOf[issue.id] : undefined;
    if (departmentId === undefined) {
      rejected.push({
        issueId: issue.id,
        error: domainError('UNKNOWN_REFERENCE', {
          en: `The batch "${batch.batchId}" names no lead department for issue "${issue.id}".`,
          zh: `交办批次“${batch.batchId}”未指定诉求“${issue.id}”的主办单位。`,
          path: ['batch', 'departmentOf', issue.id],
        }),
      });
      continue;
    }
    const coHandlerIds = batch.coHandlersOf !== undefined && Object.hasOwn(batch.coHandlersOf, issue.id) ? batch.coHandlersOf[issue.id] : undefined;
    const command: IssueCommand = {
      type: 'assign',
      issueId: issue.id,
      actor: batch.actor,
      at: batch.at,
      departmentId,
      timeLimit: batch.timeLimit,
      batchId: batch.batchId,
      ...(coHandlerIds === undefined ? {} : { coHandlerIds }),
      ...(batch.note === undefined ? {} : { note: batch.note }),
    };
    const r = executeIssueCommand(issue, command, context);
    if (r.ok) assigned.push(r.value);
    else rejected.push({ issueId: issue.id, error: movedPaths(r.error, (p) => batchPath(p, k, issue.id)) });
  }
  return { assigned, rejected };
}

/**
 * The progress of one batch at a date, as plain counts (003: "30 of batch 1 assigned, 23 handled
 * and answered, 7 under supervision").
 *
 * @category Issue
 */
export interface BatchSummary {
  /** The batch. */
  readonly batchId: Id;
  /** Issues whose `batchId` is the batch. */
  readonly total: number;
  /** Never assigned (no `assign` event in the history) and not withdrawn. */
  readonly notYetAssigned: number;
  /** Assigned at least once, including those since answered, closed, returned or withdrawn. */
  readonly assigned: number;
  /** In state answered, confirmed or closed. */
  readonly answered: number;
  /** In state assigned, and either supervised (a recorded step) or red (overdue) at the date. */
  readonly underSupervision: number;
  /** In state closed (销号). */
  readonly closed: number;
  /** In state withdrawn. */
  readonly withdrawn: number;
}

/** The states in which a problem counts as answered (已办理答复): answered, confirmed or closed. */
export const answeredStates: ReadonlySet<string> = new Set(['answered', 'confirmed', 'closed']);

/**
 * Whether an issue is under supervision at a date (督办中), as `batchSummary` and the campaign report
 * count it: in state assigned with a supervision step recorded, or red (overdue) on the slip at
 * `asOf`; with whether the slip's answer rests on a provisional calendar year. Not public.
 */
export function underSupervisionAt(issue: Issue, asOf: CalendarDate, calendar: WorkCalendar, policy: SupervisionPolicy): Result<{ readonly supervised: boolean; readonly provisional: boolean }> {
  if (issue.state !== 'assigned') return ok({ supervised: false, provisional: false });
  if (issue.supervisionStep !== 'unsupervised') return ok({ supervised: true, provisional: false });
  const status = supervisionStatus(issue, asOf, calendar, policy);
  if (!status.ok) return status;
  return ok({ supervised: status.value?.colour === 'red', provisional: status.value?.provisional === true });
}

/**
 * Counts the progress of a batch (交办批次, 003) at a date, in one pass. Only issues whose current
 * `batchId` is the batch count (an issue re-assigned in another batch moves to it). `notYetAssigned`:
 * never assigned — no `assign` event in the history — and not withdrawn (an issue sorted into the
 * batch by `classify` and waiting, like Lishui's third batch; a simple-procedure matter served
 * directly without assignment also counts here). `assigned`: assigned at least once, whatever
 * happened since. `answered`: in state answered, confirmed or closed. `underSupervision`: in state
 * assigned with a supervision step recorded, or red (overdue) on the slip at `asOf`. `closed`: in
 * state closed. `withdrawn`: in state withdrawn.
 *
 * @param issues - The issues, of any batches.
 * @param batchId - The batch to count.
 * @param asOf - The local date `YYYY-MM-DD` at which overdue issues are judged.
 * @param calendar - The working-day calendar.
 * @param policy - The supervision rules; {@link defaultSupervisionPolicy} when omitted.
 * @returns The counts, or a calendar error (`INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`).
 * @example
 * ```ts
 * const s = batchSummary(issues, 'lishui-1', '2026-07-01', chinaCalendar);
 * s.ok && s.value.answered; // 23 in Lishui's first batch (003)
 * ```
 * @category Issue
 */
export function batchSummary(
  issues: readonly Issue[],
  batchId: Id,
  asOf: CalendarDate,
  calendar: WorkCalendar,
  policy: SupervisionPolicy = defaultSupervisionPolicy,
): Result<BatchSummary> {
  const bad = asOfError(asOf, calendar);
  if (bad !== null) return bad;
  let total = 0;
  let notYetAssigned = 0;
  let assigned = 0;
  let answered = 0;
  let underSupervision = 0;
  let closed = 0;
  let withdrawn = 0;
  for (const issue of issues) {
    if (issue.batchId !== batchId) continue;
    total++;
    const state = issue.state;
    if (issue.history.some((e) => e.type === 'assign')) assigned++;
    else if (state !== 'withdrawn') notYetAssigned++;
    if (answeredStates.has(state)) answered++;
    if (state === 'closed') closed++;
    if (state === 'withdrawn') withdrawn++;
    const supervision = underSupervisionAt(issue, asOf, calendar, policy);
    if (!supervision.ok) return supervision;
    if (supervision.value.supervised) underSupervision++;
  }
  return ok({ batchId, total, notYetAssigned, assigned, answered, underSupervision, closed, withdrawn });
}
