import { GENESIS_DIGEST, issueEventDigest } from '../issue/chain.js';
import type { IssueEvent } from '../issue/schema.js';
import { domainError } from '../core/errors.js';
import { movedPaths } from '../core/parse.js';
import { err, ok, type Result } from '../core/result.js';
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

/**
 * The events with every digest computed again from the first, as someone who can rewrite a whole
 * stored log and knows how the chain is made would leave them: the chain alone no longer shows the
 * change (only a head kept apart does), verification against the decider must. For testing that an
 * app verifies what it reads (`loadIssue`, `replayIssue`), not only its chain. The events are not
 * changed; the copies share everything but `digest`.
 *
 * @param events - Stored events of one issue, in order, edited at will.
 * @returns The events with a consistent chain, or the error of the first event that has no canonical
 *   form (`INVALID_INPUT`, its path from `events`); `INVALID_ARGUMENT` when `events` is not a list.
 * @example
 * ```ts
 * const edited = issue.history.map((e) => (e.seq === 1 ? { ...e, note: '改过的备注' } : e));
 * verifyIssueChain(edited, { issueId: issue.id }).ok; // false: the edited event no longer matches its digest
 * const r = resealIssueEvents(edited);
 * r.ok && verifyIssueChain(r.value, { issueId: issue.id }).ok; // true: only verification against the decider finds it
 * ```
 * @category Testing
 */
export function resealIssueEvents(events: readonly IssueEvent[]): Result<readonly IssueEvent[]> {
  if (!Array.isArray(events)) {
    return err(domainError('INVALID_ARGUMENT', { en: 'events must be a list of audit events.', zh: 'events 应为审计事件列表。', path: ['events'] }));
  }
  let previous = GENESIS_DIGEST;
  const out: IssueEvent[] = [];
  for (const [i, e] of events.entries()) {
    const digest = issueEventDigest(e, previous);
    if (!digest.ok) return err(movedPaths(digest.error, (p) => ['events', i, ...p.slice(1)])); // p starts at 'event'
    previous = digest.value;
    out.push({ ...e, digest: previous });
  }
  return ok(out);
}
