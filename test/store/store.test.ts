/**
 * qinqing/store, Part 10 / issue 15 ("every app writes the same store code"): the command envelope,
 * snapshots without history, loading what a store holds (and refusing what does not rebuild the
 * issue), and the handler's typed answers when the adapter misbehaves.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/freeze.js';
import { handleIssueCommand, loadIssue, safeParseIssueCommandEnvelope, snapshotOfIssue, type IssueStore } from '../../src/store/index.js';
import { memoryIssueStore } from '../../src/testing/index.js';
import { assign, built, classify, cmd, context, sameValue, submit } from './contract.js';
import { resealed } from '../issue/tamper.js';

const three = built([submit('i1'), classify('i1'), assign('i1', 2, 'd-power')]);
const six = built([
  submit('i1'),
  classify('i1'),
  assign('i1', 2, 'd-power'),
  cmd('i1', 3, { type: 'supervise', step: 'urge' }),
  cmd('i1', 4, { type: 'answer', outcome: 'resolved', summary: '已协调供电公司完成增容', mode: 'writtenReply', actor: { id: 'h1', role: 'departmentHandler' } }),
  cmd('i1', 5, { type: 'giveFeedback', level: 'satisfied', actor: { id: 'e1', role: 'enterprise' } }),
]);

/** A store that holds `events` (and `snapshot`) for every issue id, whatever they are. */
function holding(events: readonly unknown[], snapshot: unknown = null): IssueStore {
  return {
    append: async (_id, expectedVersion) => ({ ok: false, conflict: { expectedVersion, actualVersion: events.length } }),
    readStream: async () => events,
    readAll: async () => [],
    readSnapshot: async () => snapshot,
  };
}

const code = (r: { ok: boolean; error?: { code: string; path?: readonly unknown[] } }): unknown => (r.ok ? 'ok' : [r.error?.code, r.error?.path]);

describe('Part 10: the command envelope carries expectedVersion; commands stay strict', () => {
  const command = cmd('i1', 9, { type: 'close' });

  it('accepts { command } and { command, expectedVersion }', () => {
    expect(safeParseIssueCommandEnvelope({ command })).toEqual({ ok: true, value: { command } });
    expect(safeParseIssueCommandEnvelope({ command, expectedVersion: 0 })).toEqual({ ok: true, value: { command, expectedVersion: 0 } });
  });

  it('refuses expectedVersion inside the command, an unknown field beside it, a fee anywhere, a bad version', () => {
    expect(code(safeParseIssueCommandEnvelope({ command: { ...command, expectedVersion: 3 } }))).toEqual(['INVALID_INPUT', ['command']]);
    expect(code(safeParseIssueCommandEnvelope({ command, version: 3 }))).toEqual(['INVALID_INPUT', []]);
    expect(code(safeParseIssueCommandEnvelope({ command, fee: 100 }))).toEqual(['FEE_NOT_ALLOWED', ['fee']]);
    expect(code(safeParseIssueCommandEnvelope({ command: { ...command, serviceFee: 100 } }))).toEqual(['FEE_NOT_ALLOWED', ['command', 'serviceFee']]);
    for (const v of [-1, 1.5, '3', null, Number.NaN]) expect(code(safeParseIssueCommandEnvelope({ command, expectedVersion: v })), String(v)).toEqual(['INVALID_INPUT', ['expectedVersion']]);
    expect(code(safeParseIssueCommandEnvelope({ command: { ...command, at: 'tomorrow' } }))).toEqual(['INVALID_INSTANT', ['command', 'at']]);
    expect(code(safeParseIssueCommandEnvelope({}))).toEqual(['INVALID_INPUT', ['command']]);
    for (const bad of [null, 3, 'close', [command]]) expect(safeParseIssueCommandEnvelope(bad).ok).toBe(false);
  });

  it('Part 9 limits hold for the envelope: input 100,000 deep, cyclic or huge is INPUT_TOO_DEEP / INPUT_TOO_LARGE, never a throw', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { command: deep };
    const cyclic: Record<string, unknown> = { command: {} };
    (cyclic['command'] as Record<string, unknown>)['back'] = cyclic;
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const refusal = (input: unknown): string => {
      const r = safeParseIssueCommandEnvelope(input);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(refusal(deep)).toBe('INPUT_TOO_DEEP');
    expect(refusal(cyclic)).toBe('INPUT_TOO_DEEP');
    expect(refusal({ command, ...wide })).toBe('INPUT_TOO_LARGE');
    expect(refusal({ command: { ...command, note: 'x'.repeat(1 << 20) } })).toBe('INPUT_TOO_LARGE');
  });

  it('an envelope straight from JSON goes through the handler', async () => {
    const store = memoryIssueStore();
    const body = JSON.parse(JSON.stringify({ command: submit('i1'), expectedVersion: 0 })) as unknown;
    const envelope = safeParseIssueCommandEnvelope(body);
    if (!envelope.ok) throw new Error(envelope.error.message);
    const r = await handleIssueCommand(store, envelope.value, context);
    expect(r.ok && [r.value.version, r.value.attempts, r.value.issue.state]).toEqual([1, 1, 'submitted']);
  });
});

describe('Part 10: snapshots do not duplicate the event log', () => {
  it('a snapshot is the issue without its history, at the version of its last event; the issue is not changed', () => {
    const frozen = deepFreeze(structuredClone(six));
    const snapshot = snapshotOfIssue(frozen);
    expect(snapshot.version).toBe(6);
    expect('history' in snapshot.issue).toBe(false);
    const { history: _history, ...fields } = six;
    expect(snapshot.issue).toEqual(fields);
    expect(frozen).toEqual(six);
  });

  it('a snapshot is the issue minus its history in size: for 6 events, about a quarter of the issue', () => {
    const issue = JSON.stringify(six).length;
    const history = JSON.stringify(six.history).length;
    const snapshot = JSON.stringify(snapshotOfIssue(six)).length;
    expect(history / issue).toBeGreaterThan(0.6);
    expect(snapshot).toBeLessThan(issue - history + 20); // `{"version":6,"issue":…}` around the fields
  });
});

describe('Part 10: loadIssue reads what a store holds, and refuses what does not rebuild the issue', () => {
  const history = three.history;

  it('nothing stored: no issue, version 0', async () => {
    expect(await loadIssue(memoryIssueStore(), 'nobody', context)).toEqual({ ok: true, value: { issue: null, version: 0, snapshotVersion: null } });
  });

  it('from the snapshot and the events after it, as from the log alone', async () => {
    const two = built([submit('i1'), classify('i1')]);
    const store = holding(history, snapshotOfIssue(two));
    const fromSnapshot = await loadIssue(store, 'i1', context);
    const fromLog = await loadIssue(store, 'i1', context, { useSnapshot: false });
    expect(fromSnapshot.ok && fromSnapshot.value.snapshotVersion).toBe(2);
    expect(fromLog.ok && fromLog.value.snapshotVersion).toBe(null);
    expect(fromSnapshot.ok && sameValue(fromSnapshot.value.issue, three)).toBe(true);
    expect(fromLog.ok && sameValue(fromLog.value.issue, three)).toBe(true);
  });

  it('STORED_EVENTS_INVALID, at the stored event and field, for events that are not events or do not follow each other', async () => {
    const edited = (i: number, patch: Readonly<Record<string, unknown>>): unknown[] => history.map((e, k) => (k === i ? { ...e, ...patch } : e));
    expect(code(await loadIssue(holding(edited(1, { at: 'yesterday' })), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 1, 'at']]);
    expect(code(await loadIssue(holding(edited(2, { seq: 7 })), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 2, 'seq']]);
    expect(code(await loadIssue(holding([history[0], history[2]]), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 1, 'seq']]);
    expect(code(await loadIssue(holding(history), 'i2', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 0, 'issueId']]);
    expect(code(await loadIssue(holding(edited(1, { fee: 3 })), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 1, 'fee']]);
  });

  it('STORED_EVENTS_INVALID for a snapshot that is not one, is of another issue, runs ahead of the log or disagrees with it', async () => {
    const snap = snapshotOfIssue(three);
    const whole = await loadIssue(holding(history, three), 'i1', context); // the issue itself, history and all, where its snapshot should be
    expect(whole.ok || whole.error.code).toBe('STORED_EVENTS_INVALID');
    expect(whole.ok || whole.error.issues?.every((i) => i.path?.[0] === 'store' && i.path[1] === 'readSnapshot')).toBe(true);
    expect(code(await loadIssue(holding(history, { ...snap, issue: { ...snap.issue, id: 'i2' } }), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readSnapshot', 'issue', 'id']]);
    expect(code(await loadIssue(holding(history.slice(0, 2), snap), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readSnapshot', 'version']]);
    expect(code(await loadIssue(holding([], snap), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream']]);
    expect(code(await loadIssue(holding(history, { ...snap, issue: { ...snap.issue, state: 'closed' } }), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readSnapshot', 'issue', 'state']]);
    const early = snapshotOfIssue(built([submit('i1')]));
    const skipped = history.map((e, k) => (k === 1 ? { ...e, from: 'assigned' as const } : e));
    // Edited in storage: the hash chain finds it at that event; rewritten with its digests computed again, the replay does.
    expect(code(await loadIssue(holding(skipped, early), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 1, 'digest']]);
    expect(code(await loadIssue(holding(resealed(skipped), early), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 1, 'from']]);
  });

  it('Part 10 (tamper evidence): an event edited in storage is refused by the hash chain at that event', async () => {
    const edited = history.map((e, k) => (k === 2 ? { ...e, changes: { ...e.changes, assignedOn: '2026-01-05' } } : e));
    expect(code(await loadIssue(holding(edited), 'i1', context))).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 2, 'digest']]);
  });

  it('Part 10 (verified history): a forged event (its digests computed again) is refused whether the issue is loaded from the log or from a snapshot and the events after it', async () => {
    // The assignment's department rewritten in storage: a lawful-looking event the recorded command does not produce.
    const forged = resealed(history.map((e, k) => (k === 2 ? { ...e, changes: { ...e.changes, assignedOn: '2026-01-05' } } : e)));
    const fromLog = await loadIssue(holding(forged), 'i1', context, { useSnapshot: false });
    expect(code(fromLog)).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 2, 'changes', 'assignedOn']]);
    const early = snapshotOfIssue(built([submit('i1'), classify('i1')]));
    const fromSnapshot = await loadIssue(holding(forged, early), 'i1', context);
    expect(code(fromSnapshot)).toEqual(['STORED_EVENTS_INVALID', ['store', 'readStream', 2, 'changes', 'assignedOn']]);
  });

  it('STORE_FAILED when the adapter throws or answers something else than a list; INVALID_ARGUMENT for no store', async () => {
    const throwing: IssueStore = { ...holding(history), readStream: async () => Promise.reject(new Error('connection reset')) };
    const r = await loadIssue(throwing, 'i1', context);
    expect(r.ok || [r.error.code, r.error.path, r.error.value]).toEqual(['STORE_FAILED', ['store', 'readStream'], 'Error: connection reset']);
    const odd: IssueStore = { ...holding(history), readStream: async () => ({ rows: [] }) as unknown as unknown[] };
    expect(code(await loadIssue(odd, 'i1', context))).toEqual(['STORE_FAILED', ['store', 'readStream']]);
    const snapThrows: IssueStore = { ...holding(history), readSnapshot: () => { throw 'disk full'; } };
    expect(code(await loadIssue(snapThrows, 'i1', context))).toEqual(['STORE_FAILED', ['store', 'readSnapshot']]);
    expect(code(await loadIssue(null as unknown as IssueStore, 'i1', context))).toEqual(['INVALID_ARGUMENT', ['store']]);
    expect(code(await loadIssue({ ...holding(history), readStream: 3 } as unknown as IssueStore, 'i1', context))).toEqual(['INVALID_ARGUMENT', ['store', 'readStream']]);
  });
});

describe('Part 10: handleIssueCommand answers with a typed Result, never an exception', () => {
  it('a throwing append is STORE_FAILED and is not retried; a garbage answer too', async () => {
    let appends = 0;
    const store = memoryIssueStore();
    const failing: IssueStore = { ...store, readSnapshot: store.readSnapshot, append: async () => { appends++; throw new Error('deadlock'); } };
    expect(code(await handleIssueCommand(failing, { command: submit('i1') }, context))).toEqual(['STORE_FAILED', ['store', 'append']]);
    expect(appends).toBe(1);
    const garbage: IssueStore = { ...store, readSnapshot: store.readSnapshot, append: async () => 'done' as never };
    expect(code(await handleIssueCommand(garbage, { command: submit('i1') }, context))).toEqual(['STORE_FAILED', ['store', 'append']]);
  });

  it('the lifecycle refusal names the command under envelope; the context under context', async () => {
    const store = memoryIssueStore();
    unwrapOk(await handleIssueCommand(store, { command: submit('i1') }, context));
    const late = await handleIssueCommand(store, { command: cmd('i1', 0, { type: 'classify', categoryId: 'x', scope: 'ownFunction', nature: 'ordinary', procedure: 'simple', at: '2026-09-29T09:00:00+08:00' }) }, context);
    expect(code(late)).toEqual(['TIME_BEFORE_LAST_EVENT', ['envelope', 'command', 'at']]);
    const noAccess = await handleIssueCommand(store, { command: classify('i1') }, { calendar: context.calendar } as typeof context);
    expect(code(noAccess)).toEqual(['INVALID_ARGUMENT', ['context', 'access']]);
  });

  it('INVALID_ARGUMENT for an envelope, version or options that cannot be used; the envelope is not changed', async () => {
    const store = memoryIssueStore();
    const envelope = deepFreeze({ command: submit('i1') });
    expect(code(await handleIssueCommand(store, envelope, context, { maxAttempts: 0 }))).toEqual(['INVALID_ARGUMENT', ['options', 'maxAttempts']]);
    expect(code(await handleIssueCommand(store, envelope, context, { snapshotEvery: -1 }))).toEqual(['INVALID_ARGUMENT', ['options', 'snapshotEvery']]);
    expect(code(await handleIssueCommand(store, { ...envelope, expectedVersion: Number.NaN }, context))).toEqual(['INVALID_ARGUMENT', ['envelope', 'expectedVersion']]);
    expect(code(await handleIssueCommand(store, null as never, context))).toEqual(['INVALID_ARGUMENT', ['envelope']]);
    expect(store.size).toBe(0);
    expect(code(await handleIssueCommand(store, envelope, context))).toBe('ok');
  });

  it('snapshotEvery: 0 writes no snapshot; the default writes one with every event', async () => {
    const none = memoryIssueStore();
    unwrapOk(await handleIssueCommand(none, { command: submit('i1') }, context, { snapshotEvery: 0 }));
    expect(await none.readSnapshot('i1')).toBeNull();
    const every = memoryIssueStore();
    unwrapOk(await handleIssueCommand(every, { command: submit('i1') }, context));
    unwrapOk(await handleIssueCommand(every, { command: classify('i1') }, context));
    expect(await every.readSnapshot('i1')).toMatchObject({ version: 2, issue: { state: 'accepted' } });
  });
});

function unwrapOk<T extends { ok: boolean }>(r: T): T {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}
