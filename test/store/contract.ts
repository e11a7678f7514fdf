/**
 * The contract every `IssueStore` keeps (Part 10 / issue 15, "a store port and two real adapters"),
 * as one suite run against each adapter: the in-memory reference (`memoryIssueStore`), PGlite
 * (real Postgres) and SQLite (sql.js). Issues are compared by value, whatever the key order: Postgres
 * `jsonb` reorders keys. (A local deep equality, `isDeepStrictEqual`, which ignores key order, until
 * the library's canonical issue equality lands.)
 */
import { isDeepStrictEqual } from 'node:util';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { executeIssueCommand, UNSAFE_NO_ACCESS_CHECK, type Actor, type Issue, type IssueCommand, type IssueContext } from '../../src/issue/index.js';
import { handleIssueCommand, loadIssue, snapshotOfIssue, type IssueStore } from '../../src/store/index.js';
import { arbValidCommandSequence } from '../../src/testing/index.js';

/** Opens an empty store; `beforeCommit` (when the adapter supports it) runs inside `append`'s transaction after the events are written. */
export type OpenStore = (options?: { readonly beforeCommit?: () => void }) => Promise<IssueStore>;

/** Equal as data, whatever the order of keys. */
export const sameValue = (a: unknown, b: unknown): boolean => isDeepStrictEqual(a, b);

export const context: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
const office: Actor = { id: 'office-1', role: 'leadingGroupOffice' };
const enterprise: Actor = { id: 'e1', role: 'enterprise' };

/** A command of `type` on `issueId` at 09:`minute` on 30 September 2026, by the office unless said. */
export function cmd(issueId: string, minute: number, fields: Record<string, unknown>): IssueCommand {
  return { issueId, actor: office, at: `2026-09-30T09:${String(minute).padStart(2, '0')}:00+08:00`, ...fields } as IssueCommand;
}

export const submit = (issueId: string, minute = 0): IssueCommand =>
  cmd(issueId, minute, { type: 'submit', enterpriseId: 'e1', title: '用电增容', channel: 'hotline', origin: 'application', actor: enterprise });
export const classify = (issueId: string, minute = 1): IssueCommand =>
  cmd(issueId, minute, { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' });
export const assign = (issueId: string, minute: number, departmentId: string): IssueCommand =>
  cmd(issueId, minute, { type: 'assign', departmentId, timeLimit: { workingDays: 5 } });
const urge = (issueId: string, minute: number): IssueCommand => cmd(issueId, minute, { type: 'supervise', step: 'urge' });

/** Runs commands through the lifecycle in memory, from nothing: the reference the store must agree with. */
export function built(commands: readonly IssueCommand[]): Issue {
  let issue: Issue | null = null;
  for (const c of commands) issue = unwrap(executeIssueCommand(issue, c, context)).issue;
  return issue as Issue;
}

/** Handles commands one by one through the store; every one must be accepted. */
async function handled(store: IssueStore, commands: readonly IssueCommand[], snapshotEvery = 1): Promise<void> {
  for (const command of commands) {
    const r = await handleIssueCommand(store, { command }, context, { snapshotEvery });
    if (!r.ok) throw new Error(`${command.type}: ${r.error.code} ${r.error.message}`);
  }
}

/** Every event of the store, paged `limit` at a time. */
async function everything(store: IssueStore, limit: number): Promise<{ position: number; event: unknown }[]> {
  const out: { position: number; event: unknown }[] = [];
  for (let after = 0; ; ) {
    const page = await store.readAll({ after, limit });
    if (page.length === 0) return out;
    expect(page.length).toBeLessThanOrEqual(limit);
    out.push(...page);
    after = (page.at(-1) as { position: number }).position;
  }
}

/**
 * The store with each `append` held until `writers` reads of a stream have been made, so that that
 * many concurrent handlers all load the issue before any of them appends: a race, every time.
 */
function racing(store: IssueStore, writers: number): IssueStore {
  let reads = 0;
  let release: () => void = () => undefined;
  const allLoaded = new Promise<void>((resolve) => (release = resolve));
  return {
    append: async (...args) => {
      await allLoaded;
      return store.append(...args);
    },
    readStream: async (...args) => {
      const events = await store.readStream(...args);
      if (++reads === writers) release();
      return events;
    },
    readAll: (...args) => store.readAll(...args),
    ...(store.readSnapshot === undefined ? {} : { readSnapshot: (id: string) => (store.readSnapshot as NonNullable<IssueStore['readSnapshot']>)(id) }),
  };
}

/**
 * The contract, for the adapter `name`.
 *
 * @param name - The adapter, in the tests' names.
 * @param open - Opens an empty store.
 * @param faults - Whether `open` honours `beforeCommit` (the database adapters do).
 */
export function issueStoreContract(name: string, open: OpenStore, faults: boolean): void {
  describe(`Part 10 / issue 15, the IssueStore contract: ${name}`, () => {
    const issue = built([submit('i1'), classify('i1'), assign('i1', 2, 'd-power')]);

    it('Part 10: append with the expected version, read the stream back (all of it, or after a version) as the same data', async () => {
      const store = await open();
      expect(await store.readStream('i1')).toEqual([]);
      expect(await store.append('i1', 0, issue.history)).toEqual({ ok: true, version: 3 });
      const back = await store.readStream('i1');
      expect(back.length).toBe(3);
      expect(sameValue(back, issue.history)).toBe(true);
      expect(sameValue(await store.readStream('i1', { afterVersion: 2 }), issue.history.slice(2))).toBe(true);
      expect(await store.readStream('i2')).toEqual([]);
    });

    it('Part 10: an append on a stream that moved on is a conflict result, not an exception, and writes nothing', async () => {
      const store = await open();
      await store.append('i1', 0, issue.history.slice(0, 2));
      expect(await store.append('i1', 0, issue.history.slice(2))).toEqual({ ok: false, conflict: { expectedVersion: 0, actualVersion: 2 } });
      expect(await store.append('i1', 5, issue.history.slice(2))).toEqual({ ok: false, conflict: { expectedVersion: 5, actualVersion: 2 } });
      expect((await store.readStream('i1')).length).toBe(2);
      expect(await store.append('i1', 2, issue.history.slice(2))).toEqual({ ok: true, version: 3 });
    });

    it('Part 10: readAll pages through every event of every issue in append order, positions growing', async () => {
      const store = await open();
      await handled(store, [submit('a', 0), submit('b', 1), classify('a', 2), classify('b', 3), assign('a', 4, 'd-power')]);
      for (const limit of [1, 2, 3, 100]) {
        const all = await everything(store, limit);
        expect(all.map((e) => [(e.event as Issue['history'][number]).issueId, (e.event as Issue['history'][number]).seq])).toEqual([['a', 1], ['b', 1], ['a', 2], ['b', 2], ['a', 3]]);
        const positions = all.map((e) => e.position);
        expect(positions.every((p, i) => Number.isInteger(p) && p > 0 && (i === 0 || p > (positions[i - 1] as number)))).toBe(true);
      }
      const last = (await everything(store, 100)).at(-1)?.position as number;
      expect(await store.readAll({ after: last, limit: 10 })).toEqual([]);
    });

    it('Part 10: a snapshot is written with the append, holds no history, and is replaced by the next one', async () => {
      const store = await open();
      if (store.readSnapshot === undefined) throw new Error(`${name} keeps no snapshots`);
      expect(await store.readSnapshot('i1')).toBeNull();
      const two = built([submit('i1'), classify('i1')]);
      await store.append('i1', 0, two.history, snapshotOfIssue(two));
      expect(sameValue(await store.readSnapshot('i1'), snapshotOfIssue(two))).toBe(true);
      await store.append('i1', 2, issue.history.slice(2), snapshotOfIssue(issue));
      const stored = await store.readSnapshot('i1');
      expect(sameValue(stored, snapshotOfIssue(issue))).toBe(true);
      expect(JSON.stringify(stored)).not.toContain('history');
    });

    it('Part 10: snapshot + tail = full replay = the issue the commands produced, for sequences of every kind', async () => {
      const sequences = fc.sample(arbValidCommandSequence({ maxCommands: 14 }), { numRuns: 6, seed: 20261001 });
      for (const [n, commands] of sequences.entries()) {
        const store = await open();
        await handled(store, commands, 1 + (n % 4)); // snapshots every 1, 2, 3 or 4 events: tails of 0 to 3 events
        const expected = built(commands);
        const fromSnapshot = unwrap(await loadIssue(store, expected.id, context));
        const fromLog = unwrap(await loadIssue(store, expected.id, context, { useSnapshot: false }));
        expect(fromLog.snapshotVersion).toBeNull();
        expect(fromSnapshot.version).toBe(commands.length);
        expect(fromSnapshot.snapshotVersion).toBe(commands.length - (commands.length % (1 + (n % 4))) || null);
        expect(sameValue(fromSnapshot.issue, expected)).toBe(true);
        expect(sameValue(fromLog.issue, expected)).toBe(true);
      }
    });

    it('Part 10: a refused command is never retried and leaves the store untouched', async () => {
      const store = await open();
      await handled(store, [submit('i1'), classify('i1')]);
      const before = [await everything(store, 100), await store.readSnapshot?.('i1')];
      let appends = 0;
      const counting: IssueStore = { ...racing(store, 1), append: async (...a) => (appends++, store.append(...a)) };
      const r = await handleIssueCommand(counting, { command: cmd('i1', 5, { type: 'close' }) }, context);
      expect(r.ok || r.error.code).toBe('INVALID_TRANSITION');
      expect(appends).toBe(0);
      expect([await everything(store, 100), await store.readSnapshot?.('i1')]).toEqual(before);
    });

    it('Part 10: two handlers racing on one issue: both load the same version, one appends, the other reloads and decides again', async () => {
      const store = await open();
      await handled(store, [submit('i1'), classify('i1'), assign('i1', 2, 'd-power')]);
      const race = racing(store, 2);
      const [a, b] = await Promise.all([handleIssueCommand(race, { command: urge('i1', 10) }, context), handleIssueCommand(race, { command: urge('i1', 11) }, context)]);
      expect(a.ok && b.ok).toBe(true);
      if (!a.ok || !b.ok) return;
      expect([a.value.attempts, b.value.attempts].sort()).toEqual([1, 2]);
      expect([a.value.version, b.value.version].sort()).toEqual([4, 5]);
      const loaded = unwrap(await loadIssue(store, 'i1', context));
      expect(loaded.version).toBe(5);
      expect(loaded.issue?.history.slice(3).map((e) => e.type)).toEqual(['supervise', 'supervise']);
    });

    it('Part 10: two clerks assign at once: exactly one wins; the loser, decided again, is refused (no silent overwrite)', async () => {
      const store = await open();
      await handled(store, [submit('i1'), classify('i1')]);
      const race = racing(store, 2);
      const results = await Promise.all([
        handleIssueCommand(race, { command: assign('i1', 10, 'power-company') }, context),
        handleIssueCommand(race, { command: assign('i1', 10, 'grid-office') }, context),
      ]);
      expect(results.filter((r) => r.ok).length).toBe(1);
      const loser = results.find((r) => !r.ok);
      expect(loser?.ok === false && loser.error.code).toBe('INVALID_TRANSITION');
      expect((await store.readStream('i1')).length).toBe(3);
    });

    it('Part 10: with expectedVersion, the loser of a race gets CONFLICT and is not decided again', async () => {
      const store = await open();
      await handled(store, [submit('i1'), classify('i1'), assign('i1', 2, 'd-power')]);
      const race = racing(store, 2);
      const results = await Promise.all([
        handleIssueCommand(race, { command: urge('i1', 10), expectedVersion: 3 }, context),
        handleIssueCommand(race, { command: urge('i1', 11), expectedVersion: 3 }, context),
      ]);
      expect(results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
      expect((await store.readStream('i1')).length).toBe(4);
      const stale = await handleIssueCommand(store, { command: urge('i1', 12), expectedVersion: 3 }, context);
      expect(stale.ok || [stale.error.code, stale.error.path]).toEqual(['CONFLICT', ['envelope', 'expectedVersion']]);
    });

    it('Part 10: retries are bounded: when another writer always appends first, CONFLICT after maxAttempts', async () => {
      const store = await open();
      await handled(store, [submit('i1'), classify('i1'), assign('i1', 2, 'd-power')]);
      let appends = 0;
      let minute = 20;
      // Before each of our appends, a rival handler gets in first.
      const crowded: IssueStore = {
        ...racing(store, 1),
        append: async (...args) => {
          appends++;
          unwrap(await handleIssueCommand(store, { command: urge('i1', minute++) }, context));
          return store.append(...args);
        },
      };
      for (const maxAttempts of [1, 3]) {
        appends = 0;
        const r = await handleIssueCommand(crowded, { command: urge('i1', 50) }, context, { maxAttempts });
        expect(r.ok || [r.error.code, r.error.path]).toEqual(['CONFLICT', ['envelope', 'command', 'issueId']]);
        expect(appends).toBe(maxAttempts);
      }
    });

    if (faults) {
      it('Part 10: a crash between writing the events and the commit leaves nothing half-written', async () => {
        let armed = false;
        const store = await open({
          beforeCommit: () => {
            if (armed) throw new Error('power cut');
          },
        });
        await handled(store, [submit('i1'), classify('i1')]);
        const before = [await everything(store, 100), await store.readSnapshot?.('i1')];
        armed = true;
        const r = await handleIssueCommand(store, { command: assign('i1', 5, 'd-power') }, context);
        expect(r.ok || [r.error.code, r.error.path, r.error.value]).toEqual(['STORE_FAILED', ['store', 'append'], 'Error: power cut']);
        expect([await everything(store, 100), await store.readSnapshot?.('i1')]).toEqual(before);
        armed = false;
        const again = await handleIssueCommand(store, { command: assign('i1', 5, 'd-power') }, context);
        expect(again.ok && again.value.version).toBe(3);
      });
    }
  });
}
