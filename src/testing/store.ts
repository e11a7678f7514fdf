import type { IssueEvent } from '../issue/schema.js';
import type { AppendOutcome, IssueStore, PositionedEvent } from '../store/port.js';
import type { IssueSnapshot } from '../store/snapshot.js';

/**
 * The in-memory {@link IssueStore} of {@link memoryIssueStore}: the port with `readSnapshot`, and
 * what it holds, for tests to look at.
 *
 * @category Testing
 */
export interface MemoryIssueStore extends IssueStore {
  /** The issue's latest snapshot as stored, or null. */
  readSnapshot(issueId: string): Promise<unknown>;
  /** How many events the store holds, of all issues. */
  readonly size: number;
}

/**
 * A reference {@link IssueStore} in memory, for tests and examples: what a database adapter does,
 * with nothing to install. Like a database it keeps JSON text, so what it gives back is a fresh
 * copy and nothing a caller does to it reaches the store; `append` writes the events and the
 * snapshot all at once or not at all, and answers a conflict when the stream is not at
 * `expectedVersion`. Every method is `async`, so concurrent handlers interleave as they would over
 * a real database.
 *
 * @returns An empty store.
 * @example
 * ```ts
 * const store = memoryIssueStore();
 * const context = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK } as const;
 * const r = await handleIssueCommand(store, { command: { type: 'submit', issueId: 'i1', enterpriseId: 'e1', title: '用电增容',
 *   channel: 'hotline', origin: 'application', actor: { id: 'e1', role: 'enterprise' }, at: '2026-09-28T09:00:00+08:00' } }, context);
 * r.ok && r.value.version; // 1
 * store.size; // 1
 * (await store.readAll({ after: 0, limit: 10 })).map((e) => e.position); // [1]
 * ```
 * @category Testing
 */
export function memoryIssueStore(): MemoryIssueStore {
  const streams = new Map<string, string[]>();
  const log: { readonly position: number; readonly text: string }[] = [];
  const snapshots = new Map<string, string>();
  return {
    get size() {
      return log.length;
    },
    async append(issueId: string, expectedVersion: number, events: readonly IssueEvent[], snapshot?: IssueSnapshot): Promise<AppendOutcome> {
      const stream = streams.get(issueId) ?? [];
      if (stream.length !== expectedVersion) return { ok: false, conflict: { expectedVersion, actualVersion: stream.length } };
      // Serialise everything first: a value JSON cannot hold fails here, before anything is written.
      const texts = events.map((e) => JSON.stringify(e));
      const snapshotText = snapshot === undefined ? undefined : JSON.stringify(snapshot);
      for (const text of texts) {
        stream.push(text);
        log.push({ position: log.length + 1, text });
      }
      streams.set(issueId, stream);
      if (snapshotText !== undefined) snapshots.set(issueId, snapshotText);
      return { ok: true, version: stream.length };
    },
    async readStream(issueId: string, options: { readonly afterVersion?: number } = {}): Promise<readonly unknown[]> {
      return (streams.get(issueId) ?? []).slice(options.afterVersion ?? 0).map((text): unknown => JSON.parse(text));
    },
    async readAll(options: { readonly after?: number; readonly limit?: number } = {}): Promise<readonly PositionedEvent[]> {
      const after = options.after ?? 0;
      return log.slice(after, after + (options.limit ?? 100)).map((row) => ({ position: row.position, event: JSON.parse(row.text) as unknown }));
    },
    async readSnapshot(issueId: string): Promise<unknown> {
      const text = snapshots.get(issueId);
      return text === undefined ? null : (JSON.parse(text) as unknown);
    },
  };
}
