import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { safeParseIssueEvents } from '../issue/commands.js';
import { evolveIssue, replayIssue } from '../issue/machine.js';
import type { IssueContext } from '../issue/policy.js';
import type { Issue, IssueEvent } from '../issue/schema.js';
import { issueTransitions } from '../issue/transitions.js';
import { isBefore } from '../internal/instant.js';
import { safeParseWith } from '../internal/parse.js';
import { called, storedInvalid, storeFailed, storeProblem } from './calls.js';
import type { IssueStore } from './port.js';
import { IssueSnapshotSchema, type IssueSnapshot } from './snapshot.js';

/**
 * An issue as {@link loadIssue} read it from a store.
 *
 * @category Store
 */
export interface LoadedIssue {
  /** The issue with its whole history, or null when the store holds no event for it. */
  readonly issue: Issue | null;
  /** The stream's version: the number of events (0 for an issue that does not exist yet). */
  readonly version: number;
  /** The version of the snapshot the issue was rebuilt from, or null when it was replayed from the first event. */
  readonly snapshotVersion: number | null;
}

/**
 * Options of {@link loadIssue}.
 *
 * @category Store
 */
export interface LoadIssueOptions {
  /** Whether to start from the store's snapshot when it has one (default `true`); `false` replays the whole log, e.g. for an audit. */
  readonly useSnapshot?: boolean;
}

/** `from|command|to` of every row of the lifecycle table. */
const rows = /* @__PURE__ */ (() => new Set(issueTransitions.map((t) => `${t.from ?? ''}|${t.command}|${t.to}`)))();

/** `EVENT_OUT_OF_ORDER` at `events[i].field`, as `replayIssue` words it. */
function outOfOrder(events: readonly IssueEvent[], i: number, field: keyof IssueEvent, en: string, zh: string): DomainError {
  return domainError('EVENT_OUT_OF_ORDER', { en, zh, path: ['events', i, field], value: events[i]?.[field] });
}

/**
 * The issue at `snapshot.version` (its fields, and the events it covers as history) with the events
 * after it applied, each checked to continue the one before: same issue, next `seq`, not dated
 * earlier, starting in the state the issue is in, and a row of the lifecycle table.
 */
function continued(snapshot: IssueSnapshot, events: readonly IssueEvent[]): Result<Issue> {
  const covered = events[snapshot.version - 1];
  if (covered === undefined || covered.to !== snapshot.issue.state || covered.issueId !== snapshot.issue.id) {
    return err(
      covered === undefined
        ? domainError('EVENT_OUT_OF_ORDER', { en: `The snapshot is at version ${snapshot.version}, but the log holds ${events.length} events.`, zh: `快照版本为 ${snapshot.version}，但事件日志只有 ${events.length} 个事件。`, path: ['snapshot', 'version'], value: snapshot.version })
        : domainError('EVENT_OUT_OF_ORDER', { en: `The snapshot says the issue "${snapshot.issue.id}" is "${snapshot.issue.state}" at version ${snapshot.version}; event ${snapshot.version} of the log leaves "${covered.issueId}" "${covered.to}".`, zh: `快照记载诉求“${snapshot.issue.id}”在版本 ${snapshot.version} 处于“${snapshot.issue.state}”，而日志第 ${snapshot.version} 个事件使诉求“${covered.issueId}”处于“${covered.to}”。`, path: ['snapshot', 'issue', 'state'], value: snapshot.issue.state }),
    );
  }
  let issue: Issue = { ...snapshot.issue, history: events.slice(0, snapshot.version) };
  for (let i = snapshot.version; i < events.length; i++) {
    const e = events[i] as IssueEvent;
    const prev = events[i - 1] as IssueEvent;
    if (e.issueId !== issue.id) return err(outOfOrder(events, i, 'issueId', `Event ${i + 1} belongs to issue "${e.issueId}".`, `第 ${i + 1} 个事件属于诉求“${e.issueId}”。`));
    if (e.seq !== i + 1) return err(outOfOrder(events, i, 'seq', `Event ${i + 1} has seq ${e.seq}.`, `第 ${i + 1} 个事件的序号为 ${e.seq}。`));
    if (isBefore(e.at, prev.at)) return err(outOfOrder(events, i, 'at', `Event ${i + 1} is dated ${e.at}, before event ${i} at ${prev.at}.`, `第 ${i + 1} 个事件的时间 ${e.at} 早于第 ${i} 个事件的时间 ${prev.at}。`));
    if (e.from !== issue.state) return err(outOfOrder(events, i, 'from', `Event ${i + 1} starts in "${e.from}", but the issue is "${issue.state}".`, `第 ${i + 1} 个事件的起始环节为“${e.from}”，但诉求处于“${issue.state}”。`));
    if (!rows.has(`${e.from}|${e.type}|${e.to}`)) return err(outOfOrder(events, i, 'type', `Event ${i + 1} ("${e.type}" from "${e.from}" to "${e.to}") is not a transition of the table.`, `第 ${i + 1} 个事件（${e.from} 经“${e.type}”到 ${e.to}）不是状态转换表中的转换。`));
    issue = evolveIssue(issue, e);
  }
  return ok(issue);
}

/**
 * The issue rebuilt from its parsed events, from the snapshot when there is one, else from the first
 * event. The one place where the store replays: the replay that checks each decision (and the
 * digest chain) will take `context` here.
 */
function rebuilt(events: readonly IssueEvent[], snapshot: IssueSnapshot | null, context: IssueContext): Result<Issue> {
  void context; // today's replayIssue(events) needs no context
  return snapshot === null ? replayIssue(events) : continued(snapshot, events);
}

/**
 * Reads an issue from a store: its latest snapshot (when the store keeps snapshots) and its events,
 * parsed as stored data (`safeParseIssueEvents`, `IssueSnapshotSchema`), then rebuilt — from the
 * snapshot, applying only the events after it (each checked to continue the one before), or from
 * the first event with `replayIssue`. The issue comes back with its whole history, so every event
 * of the stream is read; the snapshot saves replaying them. The issue's fields are in schema order
 * whatever order the database kept the keys in (Postgres `jsonb` reorders them).
 *
 * @param store - The store.
 * @param issueId - The issue's id.
 * @param context - The lifecycle context, as for `executeIssueCommand` (the replay will check
 *   decisions against it).
 * @param options - `useSnapshot: false` to replay the whole log.
 * @returns `{ issue, version, snapshotVersion }` (`issue` null and version 0 when the store holds
 *   nothing for it), or `STORED_EVENTS_INVALID` (at `store.readStream[i]…` or
 *   `store.readSnapshot…`) when what the store holds does not rebuild the issue, or `STORE_FAILED`
 *   when the adapter throws or answers something that is not a list of events.
 * @example
 * ```ts
 * import { memoryIssueStore } from 'qinqing/testing';
 * const store = memoryIssueStore();
 * await store.append('i1', 0, issue.history, snapshotOfIssue(issue));
 * const loaded = await loadIssue(store, 'i1', { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK });
 * loaded.ok && [loaded.value.version, loaded.value.snapshotVersion, loaded.value.issue?.state]; // [3, 3, 'assigned']
 * ```
 * @category Store
 */
export async function loadIssue(store: IssueStore, issueId: string, context: IssueContext, options: LoadIssueOptions = {}): Promise<Result<LoadedIssue>> {
  const unusable = storeProblem(store);
  if (unusable !== null) return err(unusable);
  let snapshot: IssueSnapshot | null = null;
  if (options?.useSnapshot !== false && typeof store.readSnapshot === 'function') {
    const read = await called('readSnapshot', () => (store.readSnapshot as NonNullable<IssueStore['readSnapshot']>)(issueId));
    if (!read.ok) return read;
    if (read.value !== null && read.value !== undefined) {
      const parsed = safeParseWith(IssueSnapshotSchema, read.value);
      if (!parsed.ok) return err(storedInvalid(issueId, parsed.error, ['store', 'readSnapshot']));
      if (parsed.value.issue.id !== issueId) {
        return err(storedInvalid(issueId, domainError('ISSUE_MISMATCH', { en: `The snapshot is of issue "${parsed.value.issue.id}".`, zh: `该快照属于诉求“${parsed.value.issue.id}”。`, path: ['issue', 'id'], value: parsed.value.issue.id }), ['store', 'readSnapshot']));
      }
      snapshot = parsed.value as IssueSnapshot;
    }
  }
  const read = await called('readStream', () => store.readStream(issueId));
  if (!read.ok) return read;
  if (!Array.isArray(read.value)) return err(storeFailed('readStream', 'answered something that is not a list of events.', '返回的不是事件列表。', typeof read.value));
  const parsed = safeParseIssueEvents(read.value);
  if (!parsed.ok) return err(storedInvalid(issueId, parsed.error, ['store', 'readStream']));
  const events = parsed.value;
  if (events.length === 0) {
    if (snapshot === null) return ok({ issue: null, version: 0, snapshotVersion: null });
    return err(storedInvalid(issueId, domainError('EVENT_OUT_OF_ORDER', { en: `The snapshot is at version ${snapshot.version}, but the log holds no event.`, zh: `快照版本为 ${snapshot.version}，但事件日志中没有事件。`, path: [] }), ['store', 'readStream']));
  }
  const first = events[0] as IssueEvent;
  if (first.issueId !== issueId) {
    return err(storedInvalid(issueId, domainError('ISSUE_MISMATCH', { en: `The events are of issue "${first.issueId}".`, zh: `这些事件属于诉求“${first.issueId}”。`, path: [0, 'issueId'], value: first.issueId }), ['store', 'readStream']));
  }
  const issue = rebuilt(events, snapshot, context);
  if (!issue.ok) {
    const e = issue.error;
    const inSnapshot = e.path?.[0] === 'snapshot';
    return err(storedInvalid(issueId, { ...e, path: (e.path ?? []).slice(1) }, ['store', inSnapshot ? 'readSnapshot' : 'readStream']));
  }
  return ok({ issue: issue.value, version: events.length, snapshotVersion: snapshot === null ? null : snapshot.version });
}
