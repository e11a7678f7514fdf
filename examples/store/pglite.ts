/**
 * A reference `IssueStore` on PGlite (`@electric-sql/pglite`): real Postgres, compiled to
 * WebAssembly, in the same process. The SQL is plain Postgres: the same adapter works over a
 * Postgres server with any driver that offers `query(sql, params)` and transactions (with `pg`,
 * `bigint` comes back as a string: convert `position` with `Number`).
 *
 * Not library code: qinqing does no I/O. Copy this file into your app and adapt it.
 *
 * - `issue_events` is the log: append-only, one row per event, `unique (issue_id, seq)` is the
 *   concurrency control. `position` orders every event of every issue, for projections.
 * - `issue_snapshots` holds each issue's fields at a version, **without the history**, written in
 *   the same transaction as the events: a cache, and a table to list issues from (`state`).
 * - `append` checks the stream's version inside the transaction, and maps a unique-key violation
 *   (SQLSTATE 23505: a concurrent writer on a Postgres server got there first) to a conflict.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { IssueEvent } from 'qinqing/issue';
import type { AppendOutcome, IssueSnapshot, IssueStore, PositionedEvent } from 'qinqing/store';

/** The tables (Postgres). `jsonb` keeps the events as data, queryable; it does not keep key order. */
export const pgliteIssueStoreDdl = `create table if not exists issue_events (
  position  bigint generated always as identity primary key, -- every event of every issue, in order
  issue_id  text        not null,
  seq       integer     not null check (seq >= 1),  -- 1, 2, 3, … per issue: the event's seq
  type      text        not null,                   -- the command, for queries
  at        timestamptz not null,                   -- the event's at
  event     jsonb       not null,                   -- the whole event, as qinqing returned it
  unique (issue_id, seq)                            -- a second writer of the same seq fails
);

create table if not exists issue_snapshots (
  issue_id  text    primary key,
  version   integer not null check (version >= 1),  -- the seq of the last event it includes
  state     text    not null,                       -- the issue's state, for lists
  issue     jsonb   not null                        -- the issue's fields, without its history
);`;

/** Options of {@link pgliteIssueStore}. */
export interface PgliteIssueStoreOptions {
  /**
   * Called inside `append`'s transaction after the events are inserted and before the snapshot and
   * the commit. For tests: throw from it to simulate a crash half-way, and see nothing written.
   */
  readonly beforeCommit?: () => void | Promise<void>;
}

/** A store that also reads snapshots. */
export type PgliteIssueStore = IssueStore & { readSnapshot(issueId: string): Promise<unknown> };

type Queryable = Pick<Transaction, 'query'>;

const isUniqueViolation = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';

async function versionOf(db: Queryable, issueId: string): Promise<number> {
  const r = await db.query<{ version: number }>('select coalesce(max(seq), 0)::integer as version from issue_events where issue_id = $1', [issueId]);
  return r.rows[0]?.version ?? 0;
}

/**
 * The store over a PGlite database: creates the tables if they are missing.
 *
 * @param db - The database (`await PGlite.create()` for one in memory, or with a data directory).
 * @param options - Test hooks.
 * @returns The store.
 */
export async function pgliteIssueStore(db: PGlite, options: PgliteIssueStoreOptions = {}): Promise<PgliteIssueStore> {
  await db.exec(pgliteIssueStoreDdl);
  return {
    async append(issueId: string, expectedVersion: number, events: readonly IssueEvent[], snapshot?: IssueSnapshot): Promise<AppendOutcome> {
      try {
        return await db.transaction(async (tx): Promise<AppendOutcome> => {
          const actualVersion = await versionOf(tx, issueId);
          if (actualVersion !== expectedVersion) return { ok: false, conflict: { expectedVersion, actualVersion } };
          for (const [i, event] of events.entries()) {
            await tx.query('insert into issue_events (issue_id, seq, type, at, event) values ($1, $2, $3, $4, $5)', [
              issueId,
              expectedVersion + i + 1,
              event.type,
              event.at,
              JSON.stringify(event),
            ]);
          }
          await options.beforeCommit?.();
          if (snapshot !== undefined) {
            await tx.query(
              `insert into issue_snapshots (issue_id, version, state, issue) values ($1, $2, $3, $4)
               on conflict (issue_id) do update set version = excluded.version, state = excluded.state, issue = excluded.issue`,
              [issueId, snapshot.version, snapshot.issue.state, JSON.stringify(snapshot.issue)],
            );
          }
          return { ok: true, version: expectedVersion + events.length };
        });
      } catch (e) {
        if (isUniqueViolation(e)) return { ok: false, conflict: { expectedVersion, actualVersion: await versionOf(db, issueId) } };
        throw e;
      }
    },

    async readStream(issueId: string, options: { readonly afterVersion?: number } = {}): Promise<readonly unknown[]> {
      const r = await db.query<{ event: unknown }>('select event from issue_events where issue_id = $1 and seq > $2 order by seq', [issueId, options.afterVersion ?? 0]);
      return r.rows.map((row) => row.event);
    },

    async readAll(options: { readonly after?: number; readonly limit?: number } = {}): Promise<readonly PositionedEvent[]> {
      const r = await db.query<{ position: number | string; event: unknown }>('select position, event from issue_events where position > $1 order by position limit $2', [
        options.after ?? 0,
        options.limit ?? 100,
      ]);
      return r.rows.map((row) => ({ position: Number(row.position), event: row.event }));
    },

    async readSnapshot(issueId: string): Promise<unknown> {
      const r = await db.query<{ version: number; issue: unknown }>('select version, issue from issue_snapshots where issue_id = $1', [issueId]);
      const row = r.rows[0];
      return row === undefined ? null : { version: row.version, issue: row.issue };
    },
  };
}
