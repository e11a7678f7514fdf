/**
 * Part 11 (issue 16), "dossier events carry only what they add": from event version 2.1 an
 * `addToDossier` event records the items it adds (`changes.dossierAdded`), not the whole dossier, so
 * that its size — and the time to hash it into the chain — does not grow with the dossier. Stored
 * 2.0 events (the whole dossier in `changes.dossier`) are still read, verified and replayed as
 * stored.
 */
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { executeIssueCommand, IssueEventSchema, LifecyclePolicySchema, replayIssue, safeParseIssueEvents, sameIssue, verifyIssueHistory, type Issue, type IssueEvent } from '../../src/issue/index.js';
import { resealIssueEvents } from '../../src/testing/index.js';
import { actors, asVersion20, assigned, before22Issue, at, ctx, run } from './fixtures.js';

const general = assigned({ procedure: 'general' });
const when = at('2026-09-30');
const filed: Issue = run(general, [
  { type: 'addToDossier', documents: ['申请书'], actor: actors.adviser, at: when },
  { type: 'addToDossier', documents: ['批复.pdf'], evidence: ['现场照片'], actor: actors.adviser, at: when },
  { type: 'addToDossier', records: ['协调会记录'], actor: actors.adviser, at: when },
  { type: 'answer', outcome: 'resolved', summary: '已完成增容', mode: 'phone', actor: actors.handler, at: when },
  { type: 'addToDossier', evidence: ['验收单'], actor: actors.adviser, at: when },
]);
const events = filed.history;
const dossierEvents = (es: readonly IssueEvent[]): number[] => es.flatMap((e, i) => (e.type === 'addToDossier' ? [i] : []));

/** The event at `i` with other changes, sealed again along the chain (as a forger who can hash would). */
const forged = (es: readonly IssueEvent[], i: number, changes: IssueEvent['changes']): readonly IssueEvent[] =>
  unwrap(resealIssueEvents(es.map((e, k) => (k === i ? { ...e, changes } : e))));

describe('issue 16: an addToDossier event of version 2.1 carries only the items it adds', () => {
  it('the event records dossierAdded, not the whole dossier, and the issue gains the items', () => {
    const [, second] = dossierEvents(events);
    const e = events[second as number] as IssueEvent;
    expect(e.schemaVersion).toBe('2.3');
    expect(e.changes).toEqual({ dossierAdded: { documents: ['批复.pdf'], evidence: ['现场照片'] } });
    expect(filed.dossier).toEqual({ documents: ['申请书', '批复.pdf'], records: ['协调会记录'], evidence: ['现场照片', '验收单'] });
  });

  it('issue 16: the 1000th addition’s event is as long as the 1st’s (same-size items): its size does not grow with the dossier', () => {
    let issue = general;
    const lengths: number[] = [];
    for (let i = 0; i < 1000; i++) {
      issue = run(issue, [{ type: 'addToDossier', documents: [`doc-${String(i).padStart(4, '0')}.pdf`], actor: actors.adviser, at: when }]);
      lengths.push(JSON.stringify(issue.history.at(-1)).length - String(issue.history.length).length);
    }
    expect(issue.dossier.documents).toHaveLength(1000);
    expect(lengths.at(-1)).toBe(lengths[0]);
  });

  it('an addition with nothing in it changes nothing', () => {
    const issue = run(general, [{ type: 'addToDossier', documents: [], actor: actors.adviser, at: when }]);
    expect(issue.history.at(-1)?.changes).toEqual({});
    expect(unwrap(verifyIssueHistory(issue.history, ctx)).dossier).toEqual(general.dossier);
    const v20 = asVersion20(issue.history); // 2.0 wrote the unchanged dossier
    expect(v20.at(-1)?.changes).toEqual({ dossier: general.dossier });
    expect(sameIssue(unwrap(verifyIssueHistory(v20, ctx)), before22Issue({ ...issue, history: v20 }))).toBe(true);
  });

  it('a 2.1 history verifies and replays to the same issue, as stored JSON too', () => {
    expect(sameIssue(unwrap(replayIssue(events, ctx)), filed)).toBe(true);
    expect(sameIssue(unwrap(replayIssue(unwrap(safeParseIssueEvents(JSON.parse(JSON.stringify(events)))), ctx)), filed)).toBe(true);
  });
});

describe('issue 16: stored 2.0 events (the whole dossier in changes.dossier) still read, verify and replay', () => {
  const v20 = asVersion20(events);

  it('a 2.0 history verifies and replays to the same issue, with its events as stored', () => {
    expect(v20[dossierEvents(v20)[1] as number]?.changes).toEqual({ dossier: { documents: ['申请书', '批复.pdf'], records: [], evidence: ['现场照片'] } });
    const read = unwrap(safeParseIssueEvents(JSON.parse(JSON.stringify(v20))));
    expect(read).toEqual(v20);
    expect(sameIssue(unwrap(replayIssue(read, ctx)), before22Issue({ ...filed, history: v20 }))).toBe(true);
    expect(sameIssue(unwrap(replayIssue(read, 'UNSAFE_SKIP_VERIFICATION')), before22Issue({ ...filed, history: v20 }))).toBe(true);
  });

  it('a mixed history, 2.0 events then 2.1 events written after them, verifies and replays to the same issue', () => {
    for (const count of dossierEvents(events).map((i) => i + 1)) {
      const mixed = asVersion20(events, count);
      const read = unwrap(safeParseIssueEvents(JSON.parse(JSON.stringify(mixed))));
      expect(sameIssue(before22Issue(unwrap(replayIssue(read, ctx))), before22Issue({ ...filed, history: mixed })), `2.0 up to event ${count}`).toBe(true);
      expect(unwrap(replayIssue(read, 'UNSAFE_SKIP_VERIFICATION')).dossier, `2.0 up to event ${count}`).toEqual(filed.dossier);
    }
  });

  it('this build goes on writing 2.1 after a 2.0 history', () => {
    const issue = unwrap(replayIssue(v20, ctx));
    const next = run(issue, [{ type: 'addToDossier', records: ['回访记录'], actor: actors.adviser, at: when }]);
    expect(next.history.at(-1)?.changes).toEqual({ dossierAdded: { records: ['回访记录'] } });
    expect(next.dossier.records).toEqual(['协调会记录', '回访记录']);
    expect(sameIssue(unwrap(replayIssue(next.history, ctx)), next)).toBe(true);
  });
});

describe('issue 16: the two forms are kept apart', () => {
  const i = dossierEvents(events)[1] as number;

  it('a dossierAdded no command writes is EVENT_CHANGES_FORGED, even with the chain sealed again', () => {
    for (const dossierAdded of [{}, { documents: ['批复.pdf'], evidence: ['现场照片'.repeat(200)] }]) {
      const r = verifyIssueHistory(forged(events, i, { dossierAdded }), ctx);
      expect(r.ok || [r.error.code, r.error.path?.slice(0, 3)], JSON.stringify(dossierAdded).slice(0, 40)).toEqual(['EVENT_CHANGES_FORGED', ['events', i, 'changes']]);
    }
  });

  it('a 2.1 addToDossier event in the 2.0 form (the whole dossier) is EVENT_CHANGES_FORGED', () => {
    const history = forged(events, i, { dossier: { documents: ['申请书', '批复.pdf'], records: [], evidence: ['现场照片'] } });
    const r = verifyIssueHistory(history, ctx);
    expect(r.ok || [r.error.code, r.error.path?.slice(0, 3)]).toEqual(['EVENT_CHANGES_FORGED', ['events', i, 'changes']]);
  });

  it('a forged whole dossier in a 2.0 event is EVENT_CHANGES_FORGED', () => {
    const v20 = asVersion20(events);
    // An item filed earlier rewritten: the whole dossier is not the one before plus what was added.
    const history = forged(v20, i, { dossier: { documents: ['改过的申请书', '批复.pdf'], records: [], evidence: ['现场照片'] } });
    const r = verifyIssueHistory(history, ctx);
    expect(r.ok || [r.error.code, r.error.path?.slice(0, 3)]).toEqual(['EVENT_CHANGES_FORGED', ['events', i, 'changes']]);
  });

  it('the schema refuses dossierAdded in a 2.0 event, both forms in one event, and an empty list', () => {
    const e = events[i] as IssueEvent;
    expect(IssueEventSchema.safeParse(e).success).toBe(true);
    expect(IssueEventSchema.safeParse({ ...e, schemaVersion: '2.0' }).error?.issues[0]?.message).toMatch(/^An event of version 2\.0 cannot carry changes\.dossierAdded/);
    expect(IssueEventSchema.safeParse({ ...e, changes: { ...e.changes, dossier: filed.dossier } }).error?.issues[0]?.message).toMatch(/not both\.$/);
    expect(IssueEventSchema.safeParse({ ...e, changes: { dossierAdded: { documents: [] } } }).success).toBe(false);
    // A reader of 2.0 meets the same: its changes are strict, so it refuses a 2.1 dossier event rather than lose the items.
    const stored = JSON.parse(JSON.stringify(events)) as Record<string, unknown>[];
    (stored[i] as Record<string, unknown>)['schemaVersion'] = '2.0';
    expect(codeAndPath(safeParseIssueEvents(stored))).toEqual(['INVALID_INPUT', [i, 'changes', 'dossierAdded']]);
  });
});

const codeAndPath = (r: { ok: boolean; error?: { code: string; path?: readonly (string | number)[] } }) => (r.ok ? 'ok' : [r.error?.code, r.error?.path]);

describe('issue 16: a dossier is bounded (policy.maxDossierItems, qinqing\'s guard rail, default 1,000)', () => {
  it('refuses the addition that would pass the bound with DOSSIER_FULL, leaving the issue as it was', () => {
    const policy = LifecyclePolicySchema.parse({ maxDossierItems: 3 });
    const context = { ...ctx, policy };
    const two = unwrap(executeIssueCommand(general, { type: 'addToDossier', issueId: general.id, documents: ['a', 'b'], actor: actors.adviser, at: when }, context)).issue;
    const before = JSON.stringify(two);
    const over = executeIssueCommand(two, { type: 'addToDossier', issueId: general.id, documents: ['c'], evidence: ['d'], actor: actors.adviser, at: when }, context);
    expect(over.ok || [over.error.code, over.error.path, over.error.value]).toEqual(['DOSSIER_FULL', ['issue', 'dossier'], 2]);
    expect(JSON.stringify(two)).toBe(before);
    // up to the bound is fine
    expect(executeIssueCommand(two, { type: 'addToDossier', issueId: general.id, records: ['c'], actor: actors.adviser, at: when }, context).ok).toBe(true);
  });

  it('the default bound is 1,000 items, documents, records and evidence together', () => {
    expect(LifecyclePolicySchema.parse({}).maxDossierItems).toBe(1_000);
    const full = { ...general, dossier: { documents: Array.from({ length: 600 }, (_, i) => `d${i}`), records: Array.from({ length: 400 }, (_, i) => `r${i}`), evidence: [] } };
    const r = executeIssueCommand(full, { type: 'addToDossier', issueId: general.id, evidence: ['e'], actor: actors.adviser, at: when }, ctx);
    expect(r.ok || r.error.code).toBe('DOSSIER_FULL');
  });
});
