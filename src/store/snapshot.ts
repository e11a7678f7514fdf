import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { IssueFieldsSchema, type Issue } from '../issue/schema.js';

/**
 * A snapshot of an issue (快照) as a store keeps it next to the event log: every field of the issue
 * **without its history**, and the version it was taken at (the `seq` of the last event it
 * includes). The events stay the record; a snapshot is a cache that is written in the same
 * transaction as the events it covers and can always be rebuilt from them. It does not duplicate
 * the log: a 6-event issue is about 2.9 KB as JSON, 2.1 KB of it history; its snapshot is the rest.
 *
 * @example
 * ```ts
 * safeParse(IssueSnapshotSchema, snapshotOfIssue(issue)).ok; // true
 * safeParse(IssueSnapshotSchema, { version: 3, issue }).ok; // false: a snapshot holds no history
 * ```
 * @category Store
 */
export const IssueSnapshotSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The version of the issue's stream the snapshot was taken at: the `seq` of the last event it includes. */
  version: z.int().min(1),
  /** The issue's fields at that version, without its history. */
  issue: IssueFieldsSchema,
}))();

/**
 * A snapshot of an issue; see {@link IssueSnapshotSchema}.
 *
 * @category Store
 */
export type IssueSnapshot = DeepReadonly<z.infer<typeof IssueSnapshotSchema>>;

/**
 * The snapshot of an issue: its fields without the history, and its version (the number of events
 * in its history). The issue is not changed; the snapshot shares its field values (all readonly).
 *
 * @param issue - The issue, as the lifecycle returned it.
 * @returns `{ version, issue }`, the issue without `history`.
 * @example
 * ```ts
 * const snapshot = snapshotOfIssue(issue);
 * snapshot.version; // 3
 * 'history' in snapshot.issue; // false
 * JSON.stringify(snapshot).length < JSON.stringify(issue).length / 2; // true
 * ```
 * @category Store
 */
export function snapshotOfIssue(issue: Issue): IssueSnapshot {
  const { history, ...fields } = issue;
  return { version: Array.isArray(history) ? history.length : 0, issue: fields };
}
