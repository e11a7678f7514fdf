/**
 * Part 10 (issue 15), "Tamper evidence": each event carries a sequence number and a digest that
 * chains it to the one before (SHA-256), so any edit, deletion, insertion or reordering of stored
 * events is detected and located. The digests are checked here against node's own SHA-256 and an
 * independent canonical form, not against the library's.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import {
  executeIssueCommand,
  issueChainHead,
  issueEventDigest,
  replayIssue,
  safeParseIssueEvents,
  sameIssue,
  verifyIssueChain,
  type Issue,
  type IssueEvent,
} from '../../src/issue/index.js';
import { actors, assigned, at, ctx, run } from './fixtures.js';

const ZEROS = '0'.repeat(64);

/** An independent canonical form for plain event data (strings, whole numbers, booleans, null): keys sorted by code unit. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The digest the issue says an event must carry, computed with node's SHA-256. */
function expectedDigest(previous: string, event: IssueEvent): string {
  const { digest: _digest, ...rest } = event;
  return createHash('sha256').update(`${previous}\n${canonical(rest)}`, 'utf8').digest('hex');
}

/** An issue that went through most of the lifecycle: general procedure, approved, assigned, extended, answered, confirmed, closed. */
const closed: Issue = run(assigned({ procedure: 'general' }), [
  { type: 'addToDossier', documents: ['批复.pdf'], records: ['协调会记录'], evidence: ['现场照片'], actor: actors.office },
  { type: 'answer', outcome: 'resolved', summary: '已协调供电公司增容', mode: 'writtenReply', actor: actors.handler, note: '书面答复' },
  { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise },
  { type: 'close', actor: actors.office },
], { date: '2026-09-29' });
const events = closed.history;
const id = closed.id;

const codeAndPath = (r: { ok: boolean; error?: { code: string; path?: readonly (string | number)[] } }) => (r.ok ? 'ok' : [r.error?.code, r.error?.path]);

describe('Part 10: each event carries a schema version and a digest chained to the event before', () => {
  it('digest = SHA-256(previous digest + "\\n" + canonical JSON of the event without its digest), 64 zeros before the first', () => {
    let previous = ZEROS;
    events.forEach((e, i) => {
      expect(e.schemaVersion, `event ${i}`).toBe('2.3');
      expect(e.seq).toBe(i + 1);
      expect(e.digest, `event ${i}`).toBe(expectedDigest(previous, e));
      previous = e.digest;
    });
  });

  it('issueEventDigest recomputes the digest an event carries, and refuses a malformed previous digest', () => {
    expect(issueEventDigest(events[0] as IssueEvent, ZEROS)).toEqual({ ok: true, value: events[0]?.digest });
    expect(issueEventDigest(events[3] as IssueEvent, events[2]?.digest as string)).toEqual({ ok: true, value: events[3]?.digest });
    expect(codeAndPath(issueEventDigest(events[0] as IssueEvent, 'ABC'))).toEqual(['INVALID_ARGUMENT', ['previousDigest']]);
  });

  it('a refused command writes no digest and leaves the issue untouched; a text that is not Unicode (a lone surrogate) is refused, since its event could not be hashed or stored', () => {
    const before = JSON.stringify(closed);
    const r = executeIssueCommand(null, { type: 'submit', issueId: 'x', enterpriseId: 'e1', title: '半个\ud800字', channel: 'hotline', origin: 'application', actor: actors.enterprise, at: at('2026-09-28') }, ctx);
    expect(codeAndPath(r)).toEqual(['INVALID_INPUT', ['command']]);
    expect(JSON.stringify(closed)).toBe(before);
  });

  it('the decider chains to the last event the issue holds, so an issue rebuilt from a snapshot whose history keeps only its last event decides the same event', () => {
    const last = events[events.length - 1] as IssueEvent;
    const tailOnly: Issue = { ...closed, history: [last] };
    const command = { type: 'complain', issueId: id, actor: actors.enterprise, at: at('2026-10-20'), reason: '问题复发' } as const;
    const full = unwrap(executeIssueCommand(closed, command, ctx)).event;
    const fromTail = unwrap(executeIssueCommand(tailOnly, command, ctx)).event;
    expect(fromTail).toEqual(full);
    expect(full.seq).toBe(events.length + 1);
    expect(full.digest).toBe(expectedDigest(last.digest, full));
  });
});

describe('Part 10: verifyIssueChain detects and locates any edit, deletion, insertion or reordering', () => {
  const head = unwrap(issueChainHead(closed));

  it('an untampered history verifies and returns its head', () => {
    expect(verifyIssueChain(events, { issueId: id })).toEqual({ ok: true, value: { issueId: id, seq: events.length, digest: events[events.length - 1]?.digest } });
    expect(verifyIssueChain(events, { issueId: id, head }).ok).toBe(true);
    // and after a JSON round trip through a store that reorders keys
    const reordered = JSON.parse(JSON.stringify(events.map((e) => Object.fromEntries(Object.entries(e).reverse())))) as IssueEvent[];
    expect(verifyIssueChain(reordered, { issueId: id }).ok).toBe(true);
  });

  it('an edit is found at the edited event', () => {
    const edited = events.map((e, i) => (i === 4 ? { ...e, changes: { ...e.changes, leadDepartmentId: 'd-other' } } : e));
    expect(codeAndPath(verifyIssueChain(edited, { issueId: id }))).toEqual(['CHAIN_BROKEN', ['events', 4, 'digest']]);
  });

  it('an edit whose digest was computed again is found at the next event', () => {
    const forged = { ...(events[2] as IssueEvent), at: '2026-09-28T08:00:00+08:00' };
    const edited = events.map((e, i) => (i === 2 ? { ...forged, digest: unwrap(issueEventDigest(forged, events[1]?.digest as string)) } : e));
    expect(codeAndPath(verifyIssueChain(edited, { issueId: id }))).toEqual(['CHAIN_BROKEN', ['events', 3, 'digest']]);
  });

  it('a deletion is found where the event is missing', () => {
    const deleted = events.filter((_, i) => i !== 3);
    expect(codeAndPath(verifyIssueChain(deleted, { issueId: id }))).toEqual(['CHAIN_BROKEN', ['events', 3, 'seq']]);
  });

  it('an insertion is found at the inserted event', () => {
    const inserted = [...events.slice(0, 5), events[1] as IssueEvent, ...events.slice(5)];
    expect(codeAndPath(verifyIssueChain(inserted, { issueId: id }))).toEqual(['CHAIN_BROKEN', ['events', 5, 'seq']]);
  });

  it('a reordering is found at the first moved event, even with the seqs renumbered', () => {
    const swapped = [...events];
    [swapped[2], swapped[4]] = [swapped[4] as IssueEvent, swapped[2] as IssueEvent];
    expect(codeAndPath(verifyIssueChain(swapped, { issueId: id }))).toEqual(['CHAIN_BROKEN', ['events', 2, 'seq']]);
    const renumbered = swapped.map((e, i) => ({ ...e, seq: i + 1 }));
    expect(codeAndPath(verifyIssueChain(renumbered, { issueId: id }))).toEqual(['CHAIN_BROKEN', ['events', 2, 'digest']]);
  });

  it('events deleted from the end are found only against a head kept apart (CHAIN_HEAD_MISMATCH)', () => {
    const truncated = events.slice(0, -2);
    expect(verifyIssueChain(truncated, { issueId: id }).ok).toBe(true); // the rest is a valid chain: this is what a head is for
    expect(codeAndPath(verifyIssueChain(truncated, { issueId: id, head }))).toEqual(['CHAIN_HEAD_MISMATCH', ['events', truncated.length]]);
  });

  it('a log rewritten whole with every digest computed again verifies on its own, and is found against the head kept apart', () => {
    let previous = ZEROS;
    const rewritten = events.map((e, i) => {
      const changed = i === 1 ? { ...e, note: '改写' } : e;
      const digest = unwrap(issueEventDigest(changed, previous));
      previous = digest;
      return { ...changed, digest };
    });
    expect(verifyIssueChain(rewritten, { issueId: id }).ok).toBe(true);
    expect(codeAndPath(verifyIssueChain(rewritten, { issueId: id, head }))).toEqual(['CHAIN_HEAD_MISMATCH', ['events', events.length - 1, 'digest']]);
  });

  it('a log that grew after the head was kept still holds it', () => {
    const older = unwrap(issueChainHead(events.slice(0, 4)));
    expect(verifyIssueChain(events, { issueId: id, head: older }).ok).toBe(true);
  });

  it('after: the tail that follows a snapshot is checked from the snapshot’s head', () => {
    const snapshotHead = unwrap(issueChainHead(events.slice(0, 3)));
    expect(verifyIssueChain(events.slice(3), { issueId: id, after: snapshotHead })).toEqual(verifyIssueChain(events, { issueId: id }));
    expect(codeAndPath(verifyIssueChain(events.slice(4), { issueId: id, after: snapshotHead }))).toEqual(['CHAIN_BROKEN', ['events', 0, 'seq']]);
    const otherHead = { ...snapshotHead, digest: 'f'.repeat(64) };
    expect(codeAndPath(verifyIssueChain(events.slice(3), { issueId: id, after: otherHead }))).toEqual(['CHAIN_BROKEN', ['events', 0, 'digest']]);
    expect(verifyIssueChain([], { issueId: id, after: snapshotHead })).toEqual({ ok: true, value: snapshotHead });
  });

  it('an event of another issue is ISSUE_MISMATCH; an event without a version is EVENT_VERSION_UNSUPPORTED; malformed options are INVALID_ARGUMENT', () => {
    const other = events.map((e, i) => (i === 2 ? { ...e, issueId: 'i9' } : e));
    expect(codeAndPath(verifyIssueChain(other, { issueId: id }))).toEqual(['ISSUE_MISMATCH', ['events', 2, 'issueId']]);
    const { schemaVersion: _v, digest: _d, ...v1 } = events[1] as IssueEvent;
    expect(codeAndPath(verifyIssueChain([events[0] as IssueEvent, v1 as IssueEvent], { issueId: id }))).toEqual(['EVENT_VERSION_UNSUPPORTED', ['events', 1, 'schemaVersion']]);
    const major3 = { ...(events[0] as IssueEvent), schemaVersion: '3.0' } as unknown as IssueEvent;
    expect(codeAndPath(verifyIssueChain([major3], { issueId: id }))).toEqual(['EVENT_VERSION_UNSUPPORTED', ['events', 0, 'schemaVersion']]);
    expect(codeAndPath(verifyIssueChain(events, { issueId: id, head: { issueId: id, seq: -1, digest: ZEROS } }))).toEqual(['INVALID_ARGUMENT', ['options', 'head']]);
    expect(codeAndPath(verifyIssueChain(events, null as never))).toEqual(['INVALID_ARGUMENT', ['options']]);
  });

  it('issueChainHead reads the last event’s seq and digest, and refuses an empty history', () => {
    expect(issueChainHead(events)).toEqual({ ok: true, value: head });
    expect(head).toEqual({ issueId: id, seq: events.length, digest: events[events.length - 1]?.digest });
    expect(codeAndPath(issueChainHead([]))).toEqual(['INVALID_ARGUMENT', ['issueOrEvents']]);
  });

  it('safeParseIssueEvents verifies the chain of stored events and names the first bad one by its index in the input', () => {
    const stored = JSON.parse(JSON.stringify(events)) as Record<string, unknown>[];
    expect(safeParseIssueEvents(stored).ok).toBe(true);
    (stored[5] as Record<string, unknown>)['note'] = '事后补记';
    expect(codeAndPath(safeParseIssueEvents(stored))).toEqual(['CHAIN_BROKEN', [5, 'digest']]);
    const tail = JSON.parse(JSON.stringify(events.slice(3))) as unknown;
    expect(safeParseIssueEvents(tail).ok).toBe(false); // a tail is not a history from the start
    expect(safeParseIssueEvents(tail, { after: unwrap(issueChainHead(events.slice(0, 3))) }).ok).toBe(true);
    expect(unwrap(replayIssue(unwrap(safeParseIssueEvents(JSON.parse(JSON.stringify(events)))), ctx))).toEqual(closed);
  });
});

describe('Part 10: sameIssue compares issues by canonical form, whatever the key order (Postgres jsonb reorders keys)', () => {
  it('an issue whose keys were reordered at every level is the same issue; JSON.stringify says otherwise', () => {
    const reorder = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reorder) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : v;
    const fromJsonb = reorder(closed) as Issue;
    expect(JSON.stringify(fromJsonb) === JSON.stringify(closed)).toBe(false);
    expect(sameIssue(fromJsonb, closed)).toBe(true);
  });

  it('issues that differ in any value are not the same', () => {
    expect(sameIssue({ ...closed, reopenCount: 1 }, closed)).toBe(false);
    expect(sameIssue({ ...closed, history: closed.history.slice(0, -1) }, closed)).toBe(false);
    expect(sameIssue({ ...closed, title: undefined } as unknown as Issue, closed)).toBe(false);
  });

  it('an issue that is not JSON data is the same as nothing, not even itself', () => {
    const broken = { ...closed, reopenCount: NaN };
    expect(sameIssue(broken, broken)).toBe(false);
  });
});

describe('Part 10: the digest hashes the UTF-8 of the canonical text', () => {
  it('texts with 2-, 3- and 4-byte characters hash as node’s SHA-256 of their UTF-8', () => {
    const note = 'é 亲清 🀄 \u007f "引号" \\ \n';
    const r = executeIssueCommand(closed, { type: 'complain', issueId: id, actor: actors.enterprise, at: at('2026-10-20'), reason: '问题复发', note }, ctx);
    const event = unwrap(r).event;
    expect(event.note).toBe(note);
    expect(event.digest).toBe(expectedDigest((events[events.length - 1] as IssueEvent).digest, event));
  });
});
