/**
 * Part 10 (issue 15), "Versioned events": every event records the schema version it was written
 * with; readers accept events from older versions through documented upgrade functions, and
 * tolerate (and preserve) fields from newer minor versions; commands stay strict.
 */
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import {
  executeIssueCommand,
  IssueEventSchema,
  IssueEventV1Schema,
  issueEventDigest,
  issueEventSchemaVersion,
  replayIssue,
  safeParseIssueCommand,
  safeParseIssueEvents,
  sameIssue,
  upgradeIssueEventV1,
  verifyIssueChain,
  type Issue,
  type IssueEvent,
  type IssueEventV1,
} from '../../src/issue/index.js';
import { readIssue } from '../../src/issue/commands.js';
import { actors, assigned, asVersion20, at, before22Issue, ctx, run } from './fixtures.js';

const issue: Issue = run(assigned(), [{ type: 'answer', outcome: 'resolved', summary: '已完成增容', mode: 'phone', actor: actors.handler }], { date: '2026-09-30' });
const events = issue.history;

/** The events as version 1 stored them: no schemaVersion, no digest. */
const asV1 = (es: readonly IssueEvent[]): IssueEventV1[] => asVersion20(es).map(({ schemaVersion: _v, digest: _d, ...rest }) => rest);

/** What a build of a newer minor version (2.4) would write: a new top-level field, and the digest over it (same algorithm). */
function writtenBy22(es: readonly IssueEvent[], from: number): IssueEvent[] {
  const out: IssueEvent[] = es.slice(0, from) as IssueEvent[];
  for (let i = from; i < es.length; i++) {
    const e = { ...(es[i] as IssueEvent), schemaVersion: '2.4' as const, receivedVia: { channel: 'gov-app', requestId: `r-${i}` } };
    out.push({ ...e, digest: unwrap(issueEventDigest(e, (out[i - 1]?.digest ?? '0'.repeat(64)) as string)) });
  }
  return out;
}

const codeAndPath = (r: { ok: boolean; error?: { code: string; path?: readonly (string | number)[] } }) => (r.ok ? 'ok' : [r.error?.code, r.error?.path]);

describe('Part 10: events record the schema version they were written with', () => {
  it('this version writes "2.3" (MAJOR.MINOR; issue 16: 2.1 records only what an addToDossier adds; issue 17: 2.2 the hotline fields; issue 19: 2.3 the joint body of a supervision step)', () => {
    expect(issueEventSchemaVersion).toBe('2.3');
    for (const e of events) expect(e.schemaVersion).toBe(issueEventSchemaVersion);
  });
});

describe('Part 10: events of a newer minor version are tolerated and preserved; commands stay strict', () => {
  const newer = writtenBy22(events, 2);

  it('events written now and read by a build that adds a field (simulated: a top-level field with schemaVersion "2.4") round-trip without loss', () => {
    const stored = JSON.parse(JSON.stringify(newer)) as unknown;
    const read = unwrap(safeParseIssueEvents(stored));
    expect(read).toEqual(newer); // nothing dropped: the new field is kept
    expect((read[3] as unknown as { receivedVia: unknown }).receivedVia).toEqual({ channel: 'gov-app', requestId: 'r-3' });
    expect(JSON.parse(JSON.stringify(read))).toEqual(stored); // written back as it came
    expect(verifyIssueChain(read, { issueId: issue.id }).ok).toBe(true); // the digest covers the new field
  });

  it('this version goes on writing after events of a newer minor: its event chains after theirs, and everything reads back', () => {
    const rebuilt = unwrap(replayIssue(unwrap(safeParseIssueEvents(JSON.parse(JSON.stringify(newer)))), ctx));
    const next = unwrap(executeIssueCommand(rebuilt, { type: 'giveFeedback', issueId: issue.id, level: 'satisfied', actor: actors.enterprise, at: at('2026-10-09') }, ctx));
    const log = JSON.parse(JSON.stringify(next.issue.history)) as unknown;
    const read = unwrap(safeParseIssueEvents(log));
    expect(read).toEqual(next.issue.history);
    expect(read.at(-1)?.schemaVersion).toBe('2.3');
  });

  it('a newer minor’s field is still covered by the chain: dropping or changing it is CHAIN_BROKEN', () => {
    const stored = JSON.parse(JSON.stringify(newer)) as Record<string, unknown>[];
    delete (stored[3] as Record<string, unknown>)['receivedVia'];
    expect(codeAndPath(safeParseIssueEvents(stored))).toEqual(['CHAIN_BROKEN', [3, 'digest']]);
  });

  it('an event of a version this build knows (2.0, 2.1) with a field it does not know is refused: only a newer minor may add fields', () => {
    const stored = JSON.parse(JSON.stringify(events)) as Record<string, unknown>[];
    (stored[1] as Record<string, unknown>)['receivedVia'] = 'x';
    expect(codeAndPath(safeParseIssueEvents(stored))).toEqual(['INVALID_INPUT', [1]]);
    expect(IssueEventSchema.safeParse({ ...events[0], extra: 1 }).success).toBe(false);
    expect(IssueEventSchema.safeParse({ ...events[0], schemaVersion: '2.0', extra: 1 }).success).toBe(false);
    expect(IssueEventSchema.safeParse({ ...events[0], schemaVersion: '2.7', extra: 1 }).success).toBe(true);
  });

  it('a newer minor adds only top-level fields: nested objects stay strict', () => {
    const e = { ...(events[0] as IssueEvent), schemaVersion: '2.4', actor: { ...(events[0] as IssueEvent).actor, badge: 7 } };
    expect(IssueEventSchema.safeParse(e).success).toBe(false);
  });

  it('commands stay strict: an unknown field is refused', () => {
    const r = safeParseIssueCommand({ type: 'withdraw', issueId: 'i1', actor: actors.enterprise, at: at('2026-09-30'), schemaVersion: '2.2', receivedVia: 'x' });
    expect(r.ok || r.error.code).toBe('INVALID_INPUT');
  });

  it('an unknown major version is EVENT_VERSION_UNSUPPORTED, with the path of its version', () => {
    for (const v of ['3.0', '1.0', '2', 'v2.0', 2]) {
      const stored = JSON.parse(JSON.stringify(events)) as Record<string, unknown>[];
      (stored[2] as Record<string, unknown>)['schemaVersion'] = v;
      expect(codeAndPath(safeParseIssueEvents(stored)), String(v)).toEqual(['EVENT_VERSION_UNSUPPORTED', [2, 'schemaVersion']]);
    }
  });
});

describe('Part 10: events of the previous version (1.x: no schemaVersion, no digest) are upgraded', () => {
  it('v1 events upgrade and replay to the same issue', () => {
    const stored = JSON.parse(JSON.stringify(asV1(events))) as unknown;
    const read = unwrap(safeParseIssueEvents(stored));
    expect(read).toEqual(asVersion20(events)); // the digests a 2.0 writer would have given the same content
    expect(sameIssue(unwrap(replayIssue(read, ctx)), before22Issue({ ...issue, history: read }))).toBe(true);
  });

  it('the chain starts at the upgrade: a log of v1 events followed by events written now verifies, and a v1 event edited before them is found at the first event with a digest', () => {
    const written = asVersion20(events, 3); // upgraded to 2.0, then this build's events chained after them
    const log = [...asV1(events.slice(0, 3)), ...written.slice(3)];
    expect(unwrap(safeParseIssueEvents(JSON.parse(JSON.stringify(log))))).toEqual(written);
    const edited = JSON.parse(JSON.stringify(log)) as Record<string, unknown>[];
    (edited[1] as Record<string, unknown>)['note'] = '事后补记';
    expect(codeAndPath(safeParseIssueEvents(edited))).toEqual(['CHAIN_BROKEN', [3, 'digest']]);
  });

  it('a v1 event after one with a digest is refused: this version never writes one there, so its digest was stripped', () => {
    const log = [...events.slice(0, 2), ...asV1(events.slice(2, 3)), ...events.slice(3)];
    expect(codeAndPath(safeParseIssueEvents(JSON.parse(JSON.stringify(log))))).toEqual(['CHAIN_BROKEN', [2]]);
  });

  it('upgradeIssueEventV1 upgrades one event after the previous one, and refuses one that does not follow it', () => {
    const v1 = asV1(events);
    const first = unwrap(upgradeIssueEventV1(v1[0] as IssueEventV1, null));
    expect(first).toEqual(asVersion20(events)[0]);
    expect(unwrap(upgradeIssueEventV1(v1[1] as IssueEventV1, first))).toEqual(asVersion20(events)[1]);
    expect(codeAndPath(upgradeIssueEventV1(v1[2] as IssueEventV1, first))).toEqual(['CHAIN_BROKEN', ['event', 'seq']]);
    expect(codeAndPath(upgradeIssueEventV1({ ...(v1[1] as IssueEventV1), issueId: 'i9' }, first))).toEqual(['ISSUE_MISMATCH', ['event', 'issueId']]);
    expect(codeAndPath(upgradeIssueEventV1({ ...(v1[0] as IssueEventV1), seq: 0 }, null))).toEqual(['INVALID_INPUT', ['event', 'seq']]);
    expect(codeAndPath(upgradeIssueEventV1(events[0] as IssueEvent, null))).toEqual(['INVALID_INPUT', ['event']]);
  });

  it('IssueEventV1Schema is version 1’s strict schema', () => {
    expect(IssueEventV1Schema.safeParse(asV1(events)[0]).success).toBe(true);
    expect(IssueEventV1Schema.safeParse(events[0]).success).toBe(false);
  });

  it('readIssue (for safeParseIssue): a stored issue with a v1 history is upgraded; a tampered history is refused with its path under history', () => {
    const v1Issue = JSON.parse(JSON.stringify({ ...issue, history: asV1(events) })) as unknown;
    const read = unwrap(readIssue(v1Issue));
    expect(sameIssue(read, { ...issue, history: asVersion20(events) })).toBe(true);
    const tampered = JSON.parse(JSON.stringify(issue)) as { history: Record<string, unknown>[] };
    (tampered.history[2] as Record<string, unknown>)['at'] = '2026-09-28T08:00:00+08:00';
    expect(codeAndPath(readIssue(tampered))).toEqual(['CHAIN_BROKEN', ['history', 2, 'digest']]);
    const other = JSON.parse(JSON.stringify(issue)) as { id: string };
    other.id = 'i9';
    expect(codeAndPath(readIssue(other))).toEqual(['ISSUE_MISMATCH', ['history', 0, 'issueId']]);
  });
});
