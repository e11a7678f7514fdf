import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { safeParseIssueEvents } from '../issue/commands.js';
import { replayIssue, verifiedFrom } from '../issue/verify.js';
import type { IssueContext } from '../issue/policy.js';
import type { Issue, IssueEvent } from '../issue/schema.js';
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

/**
 * The issue at `snapshot.version` (its fields, and the events it covers as history) with the events
 * after it verified and applied: each checked to continue the one before and re-decided from the
 * issue before it, as `verifyIssueHistory` does from the first event.
 */
function continued(snapshot: IssueSnapshot, events: readonly IssueEvent[], context: IssueContext): Result<Issue> {
  const covered = events[snapshot.version - 1];
  if (covered === undefined || covered.to !== snapshot.issue.state || covered.issueId !== snapshot.issue.id) {
    return err(
      covered === undefined
        ? domainError('EVENT_OUT_OF_ORDER', { en: `The snapshot is at version ${snapshot.version}, but the log holds ${events.length} events.`, zh: `快照版本为 ${snapshot.version}，但事件日志只有 ${events.length} 个事件。`, path: ['snapshot', 'version'], value: snapshot.version })
        : domainError('EVENT_OUT_OF_ORDER', { en: `The snapshot says the issue "${snapshot.issue.id}" is "${snapshot.issue.state}" at version ${snapshot.version}; event ${snapshot.version} of the log leaves "${covered.issueId}" "${covered.to}".`, zh: `快照记载诉求“${snapshot.issue.id}”在版本 ${snapshot.version} 处于“${snapshot.issue.state}”，而日志第 ${snapshot.version} 个事件使诉求“${covered.issueId}”处于“${covered.to}”。`, path: ['snapshot', 'issue', 'state'], value: snapshot.issue.state }),
    );
  }
  return verifiedFrom(events, context, snapshot);
}

/**
 * The issue rebuilt from its parsed events, from the snapshot when there is one, else from the first
 * event, verifying every event it applies (`replayIssue` with `context`): the one place where the
 * store replays.
 */
function rebuilt(events: readonly IssueEvent[], snapshot: IssueSnapshot | null, context: IssueContext): Result<Issue> {
  return snapshot === null ? replayIssue(events, context) : continued(snapshot, events, context);
}

/**
 * Reads an issue from a store: its latest snapshot (when the store keeps snapshots) and its events,
 * parsed as stored data (`safeParseIssueEvents`, `IssueSnapshotSchema`), then rebuilt — from the
 * snapshot, verifying only the events after it (each re-decided from the issue before it), or from
 * the first event with `replayIssue`, which verifies every event. The issue comes back with its whole history, so every event
 * of the stream is read; the snapshot saves replaying them. The issue's fields are in schema order
 * whatever order the database kept the keys in (Postgres `jsonb` reorders them).
 *
 * @param store - The store.
 * @param issueId - The issue's id.
 * @param context - The lifecycle context, as for `executeIssueCommand`: the replay re-decides the
 *   events against its calendar, policy and taxonomy (its access policy is not applied to the past).
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
