/**
 * A reference `IssueStore` on SQLite, through sql.js (SQLite compiled to WebAssembly). The SQL is
 * plain SQLite: with `better-sqlite3` or `node:sqlite` the statements are the same (their
 * `prepare(…).run/all` replace sql.js's `exec`/`prepare`).
 *
 * Not library code: qinqing does no I/O. Copy this file into your app and adapt it.
 *
 * - `issue_events` is the log: append-only, one row per event, `unique (issue_id, seq)` is the
 *   concurrency control. `position` orders every event of every issue, for projections.
 * - `issue_snapshots` holds each issue's fields at a version, **without the history**, written in
 *   the same transaction as the events.
 * - `append` runs in `begin immediate` (SQLite's write lock), checks the stream's version, and maps
 *   a unique-key violation (another connection to the same file got there first) to a conflict.
 */
import type { Database, SqlValue } from 'sql.js';
import type { IssueEvent } from 'qinqing/issue';
import type { AppendOutcome, IssueSnapshot, IssueStore, PositionedEvent } from 'qinqing/store';

/** The tables (SQLite). Events are kept as JSON text, in the key order qinqing wrote them. */
export const sqliteIssueStoreDdl = `create table if not exists issue_events (
  position  integer primary key autoincrement,      -- every event of every issue, in order
  issue_id  text    not null,
  seq       integer not null check (seq >= 1),      -- 1, 2, 3, … per issue: the event's seq
  type      text    not null,                       -- the command, for queries
  at        text    not null,                       -- the event's at (ISO 8601 with offset)
  event     text    not null check (json_valid(event)), -- the whole event, as JSON
  unique (issue_id, seq)                            -- a second writer of the same seq fails
);

create table if not exists issue_snapshots (
  issue_id  text    primary key,
  version   integer not null check (version >= 1),  -- the seq of the last event it includes
  state     text    not null,                       -- the issue's state, for lists
  issue     text    not null check (json_valid(issue)) -- the issue's fields, without its history
);`;

/** Options of {@link sqliteIssueStore}. */
export interface SqliteIssueStoreOptions {
  /**
   * Called inside `append`'s transaction after the events are inserted and before the snapshot and
   * the commit. For tests: throw from it to simulate a crash half-way, and see nothing written.
   */
  readonly beforeCommit?: () => void;
}

/** A store that also reads snapshots. */
export type SqliteIssueStore = IssueStore & { readSnapshot(issueId: string): Promise<unknown> };

const isUniqueViolation = (e: unknown): boolean => e instanceof Error && /UNIQUE constraint failed/.test(e.message);

/** The rows of a query, as objects. */
function rows(db: Database, sql: string, params: SqlValue[]): Record<string, SqlValue>[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const out: Record<string, SqlValue>[] = [];
    while (statement.step()) out.push(statement.getAsObject());
    return out;
  } finally {
    statement.free();
  }
}

const versionOf = (db: Database, issueId: string): number => Number(rows(db, 'select coalesce(max(seq), 0) as version from issue_events where issue_id = ?', [issueId])[0]?.['version'] ?? 0);

/**
 * The store over a sql.js database: creates the tables if they are missing.
 *
 * @param db - The database (`new SQL.Database()` after `const SQL = await initSqlJs()`).
 * @param options - Test hooks.
 * @returns The store.
 */
export function sqliteIssueStore(db: Database, options: SqliteIssueStoreOptions = {}): SqliteIssueStore {
  db.exec(sqliteIssueStoreDdl);
  return {
    async append(issueId: string, expectedVersion: number, events: readonly IssueEvent[], snapshot?: IssueSnapshot): Promise<AppendOutcome> {
      db.exec('begin immediate');
      try {
        const actualVersion = versionOf(db, issueId);
        if (actualVersion !== expectedVersion) {
          db.exec('rollback');
          return { ok: false, conflict: { expectedVersion, actualVersion } };
        }
        for (const [i, event] of events.entries()) {
          db.run('insert into issue_events (issue_id, seq, type, at, event) values (?, ?, ?, ?, ?)', [issueId, expectedVersion + i + 1, event.type, event.at, JSON.stringify(event)]);
        }
        options.beforeCommit?.();
        if (snapshot !== undefined) {
          db.run(
            `insert into issue_snapshots (issue_id, version, state, issue) values (?, ?, ?, ?)
             on conflict (issue_id) do update set version = excluded.version, state = excluded.state, issue = excluded.issue`,
            [issueId, snapshot.version, snapshot.issue.state, JSON.stringify(snapshot.issue)],
          );
        }
        db.exec('commit');
        return { ok: true, version: expectedVersion + events.length };
      } catch (e) {
        db.exec('rollback');
        if (isUniqueViolation(e)) return { ok: false, conflict: { expectedVersion, actualVersion: versionOf(db, issueId) } };
        throw e;
      }
    },

    async readStream(issueId: string, options: { readonly afterVersion?: number } = {}): Promise<readonly unknown[]> {
      return rows(db, 'select event from issue_events where issue_id = ? and seq > ? order by seq', [issueId, options.afterVersion ?? 0]).map((row): unknown => JSON.parse(String(row['event'])));
    },

    async readAll(options: { readonly after?: number; readonly limit?: number } = {}): Promise<readonly PositionedEvent[]> {
      return rows(db, 'select position, event from issue_events where position > ? order by position limit ?', [options.after ?? 0, options.limit ?? 100]).map((row) => ({
        position: Number(row['position']),
        event: JSON.parse(String(row['event'])) as unknown,
      }));
    },

    async readSnapshot(issueId: string): Promise<unknown> {
      const row = rows(db, 'select version, issue from issue_snapshots where issue_id = ?', [issueId])[0];
      return row === undefined ? null : { version: Number(row['version']), issue: JSON.parse(String(row['issue'])) as unknown };
    },
  };
}
