/**
 * The reference SQLite adapter (examples/store/sqlite.ts) on a real SQLite, through sql.js
 * (WebAssembly: nothing to download beyond `npm ci`), against the IssueStore contract.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { sqliteIssueStore } from '../../examples/store/sqlite.js';
import { issueStoreContract } from './contract.js';

let engine: Promise<SqlJsStatic> | undefined;

issueStoreContract('SQLite (sql.js)', async (options) => sqliteIssueStore(new (await (engine ??= initSqlJs())).Database(), options), true);

describe('Part 10: the SQLite tables', () => {
  it('refuse a second event with the same (issue_id, seq), whoever writes it: the unique key is the lock', async () => {
    const db = new (await (engine ??= initSqlJs())).Database();
    sqliteIssueStore(db);
    const insert = "insert into issue_events (issue_id, seq, type, at, event) values ('i1', 1, 'submit', '2026-09-30T09:00:00+08:00', '{}')";
    db.run(insert);
    expect(() => db.run(insert)).toThrow(/UNIQUE constraint failed/);
  });
});
