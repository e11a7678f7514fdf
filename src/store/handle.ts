import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { executeIssueCommand } from '../issue/machine.js';
import type { IssueContext } from '../issue/policy.js';
import type { Issue, IssueEvent } from '../issue/schema.js';
import { clip, movedPaths } from '../internal/parse.js';
import { called, storeFailed, storeProblem } from './calls.js';
import type { IssueCommandEnvelope } from './envelope.js';
import { loadIssue } from './load.js';
import type { AppendOutcome, IssueStore } from './port.js';
import { snapshotOfIssue } from './snapshot.js';

/**
 * Options of {@link handleIssueCommand}.
 *
 * @category Store
 */
export interface HandleIssueCommandOptions {
  /**
   * How many times to load, decide and append before giving up with `CONFLICT` when other writers
   * keep appending first (default 3; a whole number from 1 to 100). Only a lost race is retried:
   * a refused command never is, and neither is a command whose envelope names an `expectedVersion`.
   */
  readonly maxAttempts?: number;
  /**
   * Write a snapshot with every event whose `seq` is a multiple of this (default 1: with every
   * event, so the store's snapshot table is the current state of every issue, for lists); 0 writes
   * none. The snapshot goes into the same `append`, so it is written in the same transaction.
   */
  readonly snapshotEvery?: number;
}

/**
 * What {@link handleIssueCommand} did: the issue after the command, the event it stored, the
 * stream's new version and how many attempts it took.
 *
 * @category Store
 */
export interface HandledIssueCommand {
  /** The issue after the command, with its whole history. */
  readonly issue: Issue;
  /** The audit event that was appended. */
  readonly event: IssueEvent;
  /** The stream's version after the append (the event's `seq`). */
  readonly version: number;
  /** 1, or more when another writer appended first and the command was decided again. */
  readonly attempts: number;
  /** Whether a deadline or count of the decision rests on a provisional year of the calendar. */
  readonly provisional: boolean;
}

const DEFAULT_ATTEMPTS = 3;

const wholeIn = (v: unknown, lo: number, hi: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/** What keeps the arguments from being used (other than the context, which the lifecycle checks), or null. */
function argumentsProblem(store: IssueStore, envelope: IssueCommandEnvelope, options: HandleIssueCommandOptions): DomainError | null {
  const unusable = storeProblem(store);
  if (unusable !== null) return unusable;
  const bad = (path: (string | number)[], en: string, zh: string, value: unknown): DomainError => domainError('INVALID_ARGUMENT', { en, zh, path, value });
  if (envelope === null || typeof envelope !== 'object' || envelope.command === null || typeof envelope.command !== 'object') {
    return bad(['envelope'], 'envelope must be { command, expectedVersion? } (check a request body with safeParseIssueCommandEnvelope).', 'envelope 应为 { command, expectedVersion? }（请求体请先用 safeParseIssueCommandEnvelope 校验）。', undefined);
  }
  if (typeof envelope.command.issueId !== 'string') return bad(['envelope', 'command', 'issueId'], 'envelope.command.issueId must be a string.', 'envelope.command.issueId 应为字符串。', undefined);
  const v = envelope.expectedVersion;
  if (v !== undefined && !wholeIn(v, 0, Number.MAX_SAFE_INTEGER)) {
    return bad(['envelope', 'expectedVersion'], `envelope.expectedVersion must be a whole number of at least 0 (the number of events the client saw); received ${String(v)}.`, `envelope.expectedVersion 应为不小于 0 的整数（客户端所见的事件数），实际为 ${String(v)}。`, v);
  }
  if (options === null || typeof options !== 'object') return bad(['options'], 'options must be an object.', 'options 应为对象。', undefined);
  if (options.maxAttempts !== undefined && !wholeIn(options.maxAttempts, 1, 100)) {
    return bad(['options', 'maxAttempts'], `options.maxAttempts must be a whole number from 1 to 100; received ${String(options.maxAttempts)}.`, `options.maxAttempts 应为 1 至 100 的整数，实际为 ${String(options.maxAttempts)}。`, options.maxAttempts);
  }
  if (options.snapshotEvery !== undefined && !wholeIn(options.snapshotEvery, 0, Number.MAX_SAFE_INTEGER)) {
    return bad(['options', 'snapshotEvery'], `options.snapshotEvery must be a whole number of at least 0; received ${String(options.snapshotEvery)}.`, `options.snapshotEvery 应为不小于 0 的整数，实际为 ${String(options.snapshotEvery)}。`, options.snapshotEvery);
  }
  return null;
}

/** `CONFLICT`: the client's version is stale, or every attempt lost the race. */
function conflict(issueId: string, stale: { readonly expected: number; readonly actual: number } | null, attempts: number): DomainError {
  const id = clip(issueId, 100);
  if (stale !== null) {
    const actual = Number.isSafeInteger(stale.actual) ? String(stale.actual) : 'another';
    return domainError('CONFLICT', {
      en: `The command was decided on version ${stale.expected} of issue "${id}", which is now at version ${actual}: someone else changed it. Reload the issue and decide again.`,
      zh: `该操作基于诉求“${id}”的第 ${stale.expected} 版作出，但诉求现为第 ${actual} 版，已被他人修改。请重新读取后再操作。`,
      path: ['envelope', 'expectedVersion'],
      value: stale.expected,
    });
  }
  return domainError('CONFLICT', {
    en: `Issue "${id}" kept changing: other writers appended first on each of ${attempts} attempts. Try again later.`,
    zh: `诉求“${id}”持续被修改：${attempts} 次尝试均被其他写入抢先。请稍后重试。`,
    path: ['envelope', 'command', 'issueId'],
    value: issueId,
  });
}

/** Whether an adapter's answer to `append` is an {@link AppendOutcome}. */
const isOutcome = (x: unknown): x is AppendOutcome => x !== null && typeof x === 'object' && typeof (x as { ok?: unknown }).ok === 'boolean';

/**
 * Handles one command against a store, as a service does for each request: load the issue
 * ({@link loadIssue}: snapshot and the events after it), decide (`executeIssueCommand`), and
 * append the event (with a snapshot, in the same transaction) on condition that the stream is
 * still at the version the decision was made on. When another writer appended first, the issue is
 * loaded again and the command decided again against what that writer left — at most
 * `maxAttempts` times in all, then `CONFLICT`. A command the lifecycle refuses is never retried,
 * and leaves the store untouched. With `envelope.expectedVersion`, the command is refused with
 * `CONFLICT` as soon as the issue is not at that version, and never retried.
 *
 * Never throws: an adapter that throws or answers garbage gives `STORE_FAILED`.
 *
 * @param store - The store (an {@link IssueStore}).
 * @param envelope - The command, trusted (parse a request body with
 *   {@link safeParseIssueCommandEnvelope}), and optionally the version it was decided on.
 * @param context - The lifecycle context: the calendar, the access check (or `UNSAFE_NO_ACCESS_CHECK`),
 *   and optionally the policy and taxonomy.
 * @param options - `maxAttempts` (default 3) and `snapshotEvery` (default 1).
 * @returns `{ issue, event, version, attempts, provisional }`, or: the lifecycle's refusal
 *   (`FORBIDDEN`, `INVALID_TRANSITION`, a guard's code, …; the command's paths under
 *   `envelope.command`), `CONFLICT`, `STORED_EVENTS_INVALID`, `STORE_FAILED`, or
 *   `INVALID_ARGUMENT` for a store, envelope or options that cannot be used.
 * @example
 * ```ts
 * import { memoryIssueStore } from 'qinqing/testing';
 * const store = memoryIssueStore();
 * const context = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK } as const;
 * const enterprise = { id: 'e1', role: 'enterprise', enterpriseId: 'e1' } as const;
 * const submitted = await handleIssueCommand(store, { command: { type: 'submit', issueId: 'i1', enterpriseId: 'e1',
 *   title: '用电增容', channel: 'hotline', origin: 'application', actor: enterprise, at: '2026-09-28T09:00:00+08:00' } }, context);
 * submitted.ok && submitted.value.version; // 1
 * const stale = await handleIssueCommand(store, { command: { type: 'withdraw', issueId: 'i1', actor: enterprise,
 *   at: '2026-09-28T10:00:00+08:00' }, expectedVersion: 0 }, context);
 * stale.ok || stale.error.code; // 'CONFLICT'
 * const early = await handleIssueCommand(store, { command: { type: 'close', issueId: 'i1', actor: office, at } }, context);
 * early.ok || early.error.code; // 'INVALID_TRANSITION'
 * (await store.readStream('i1')).length; // 1
 * ```
 * @category Store
 */
export async function handleIssueCommand(
  store: IssueStore,
  envelope: IssueCommandEnvelope,
  context: IssueContext,
  options: HandleIssueCommandOptions = {},
): Promise<Result<HandledIssueCommand>> {
  const problem = argumentsProblem(store, envelope, options);
  if (problem !== null) return err(problem);
  const { command, expectedVersion } = envelope;
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  const every = options.snapshotEvery ?? 1;
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadIssue(store, command.issueId, context);
    if (!loaded.ok) return loaded;
    const { issue, version } = loaded.value;
    if (expectedVersion !== undefined && version !== expectedVersion) return err(conflict(command.issueId, { expected: expectedVersion, actual: version }, attempt));
    const decided = executeIssueCommand(issue, command, context);
    if (!decided.ok) return err(movedPaths(decided.error, (p) => (p[0] === 'command' ? ['envelope', ...p] : p)));
    const { issue: next, event } = decided.value;
    const snapshot = every > 0 && event.seq % every === 0 ? snapshotOfIssue(next) : undefined;
    const appended = await called('append', () => (snapshot === undefined ? store.append(command.issueId, version, [event]) : store.append(command.issueId, version, [event], snapshot)));
    if (!appended.ok) return appended;
    const outcome: unknown = appended.value;
    if (!isOutcome(outcome)) return err(storeFailed('append', 'answered something that is not { ok: true, version } or { ok: false, conflict }.', '返回的不是 { ok: true, version } 或 { ok: false, conflict }。', typeof outcome));
    if (outcome.ok) return ok({ issue: next, event, version: event.seq, attempts: attempt, provisional: decided.provisional });
    if (expectedVersion !== undefined) return err(conflict(command.issueId, { expected: expectedVersion, actual: Number(outcome.conflict?.actualVersion) }, attempt));
    if (attempt >= maxAttempts) return err(conflict(command.issueId, null, attempt));
  }
}
