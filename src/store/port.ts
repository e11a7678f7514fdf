import type { IssueEvent } from '../issue/schema.js';
import type { IssueSnapshot } from './snapshot.js';

/**
 * What {@link IssueStore.append} answers: the stream's new version, or a conflict when the stream
 * is no longer at the version the caller expected (someone else appended first). A conflict is an
 * answer, not an exception: an adapter maps its database's unique-key violation on
 * `(issue_id, seq)` to it.
 *
 * @category Store
 */
export type AppendOutcome =
  | { readonly ok: true; readonly version: number }
  | { readonly ok: false; readonly conflict: { readonly expectedVersion: number; readonly actualVersion: number } };

/**
 * One stored event as {@link IssueStore.readAll} pages through them: its global position (a
 * positive integer that only grows; gaps allowed) and the event as the store holds it — parsed
 * JSON, not yet trusted.
 *
 * @category Store
 */
export interface PositionedEvent {
  /** The event's place in the whole store: pass the last one seen as `after` to read on. */
  readonly position: number;
  /** The event as stored (parse it with `safeParseIssueEvents` before use). */
  readonly event: unknown;
}

/**
 * The storage port of the issue lifecycle: what {@link handleIssueCommand} and {@link loadIssue}
 * need from a database, and nothing more. qinqing itself does no I/O; an app implements this
 * interface over its database (the package ships reference adapters for PGlite and SQLite in
 * `examples/store/`, and `memoryIssueStore()` in `qinqing/testing`).
 *
 * A stream is the list of one issue's events; its **version** is the number of events in it (the
 * `seq` of the last one; 0 for an issue that does not exist yet). Every method may be `async`.
 *
 * @example
 * ```ts
 * import { memoryIssueStore } from 'qinqing/testing';
 * const store: IssueStore = memoryIssueStore();
 * (await store.append('i1', 0, issue.history)).ok; // true
 * (await store.append('i1', 0, issue.history)).ok; // false: the stream is at version 3, not 0
 * (await store.readStream('i1', { afterVersion: 2 })).length; // 1
 * ```
 * @category Store
 */
export interface IssueStore {
  /**
   * Appends events to an issue's stream, atomically, if the stream is still at `expectedVersion`;
   * the events get `seq` `expectedVersion + 1`, `+ 2`, …. When a snapshot is given it is written in
   * the same transaction (replacing the issue's previous one), so that the snapshot and the log
   * never disagree. When the stream has moved on, nothing is written and the answer is a conflict.
   */
  append(issueId: string, expectedVersion: number, events: readonly IssueEvent[], snapshot?: IssueSnapshot): Promise<AppendOutcome>;
  /** The issue's events after `afterVersion` (default 0: all of them), oldest first, as stored (parsed JSON, not yet trusted). */
  readStream(issueId: string, options?: { readonly afterVersion?: number }): Promise<readonly unknown[]>;
  /** Up to `limit` events of every issue after the global position `after` (default 0), in position order: for projections and read models. */
  readAll(options?: { readonly after?: number; readonly limit?: number }): Promise<readonly PositionedEvent[]>;
  /** The issue's latest snapshot as stored, or null; stores without snapshots leave it out. */
  readSnapshot?(issueId: string): Promise<unknown>;
}
