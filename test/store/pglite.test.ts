/**
 * The reference PGlite adapter (examples/store/pglite.ts) on a real Postgres, PGlite (WebAssembly:
 * nothing to download beyond `npm ci`, no server), against the IssueStore contract. One database
 * for the file (starting Postgres takes seconds); each test empties its tables.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { loadIssue } from '../../src/store/index.js';
import { pgliteIssueStore } from '../../examples/store/pglite.js';
import { assign, built, classify, context, issueStoreContract, sameValue, submit } from './contract.js';

let database: PGlite;

// Postgres starts once for the file: several seconds on a loaded machine, so outside any test's timeout.
beforeAll(async () => {
  database = await PGlite.create();
}, 120_000);

// The test workers run file after file in one process (vitest.config.ts: isolate: false): give the memory back.
afterAll(async () => {
  await database.close();
});

async function empty(): Promise<PGlite> {
  const db = database;
  await db.exec('drop table if exists issue_events; drop table if exists issue_snapshots;');
  return db;
}

issueStoreContract('PGlite (Postgres)', async (options) => pgliteIssueStore(await empty(), options), true);

describe('Part 10: Postgres jsonb', () => {
  it('reorders keys, so stored issues compare by value, never by JSON.stringify; loadIssue gives the issue back equal by value', async () => {
    const store = await pgliteIssueStore(await empty());
    const issue = built([submit('i1'), classify('i1'), assign('i1', 2, 'd-power')]);
    await store.append('i1', 0, issue.history);
    const back = await store.readStream('i1');
    expect(JSON.stringify(back)).not.toBe(JSON.stringify(issue.history)); // jsonb keeps keys by length, then bytes
    expect(sameValue(back, issue.history)).toBe(true);
    const loaded = unwrap(await loadIssue(store, 'i1', context));
    expect(sameValue(loaded.issue, issue)).toBe(true);
    expect(Object.keys(loaded.issue ?? {})).toEqual(Object.keys(issue)); // the fields in schema order again
  });

  it('refuses a second event with the same (issue_id, seq), whoever writes it: the unique key is the lock', async () => {
    const db = await empty();
    await pgliteIssueStore(db);
    const insert = "insert into issue_events (issue_id, seq, type, at, event) values ('i1', 1, 'submit', '2026-09-30T09:00:00+08:00', '{}')";
    await db.exec(insert);
    await expect(db.exec(insert)).rejects.toMatchObject({ code: '23505' });
  });
});
