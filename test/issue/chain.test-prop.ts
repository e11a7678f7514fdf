/**
 * Part 10 (issue 15), laws of the hash chain over histories the testing kit's command generators
 * produce (every history one the lifecycle could have written):
 *
 * - untampered histories all verify, also after a JSON round trip;
 * - the chain finds the first changed index of 10,000 tampered histories (test/issue/tamper.ts:
 *   edits of any field, forged changes, deletions, insertions, reorders), with the head kept apart as the guide recommends; without
 *   it, only events deleted from the end go unseen;
 * - a forger who computes the digest of the edited event again is found at the next event (or by
 *   the head, when it is the last);
 * - version-1 events upgrade and replay to the same issue; events of a newer minor round-trip.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalJson, unwrap } from '../../src/index.js';
import {
  issueChainHead,
  issueEventDigest,
  IssueCommandType,
  IssueState,
  replayIssue,
  safeParseIssueEvents,
  sameIssue,
  verifyIssueChain,
  type IssueEvent,
  type IssueEventV1,
} from '../../src/issue/index.js';
import { arbIssue } from '../../src/testing/index.js';
import { sameData } from '../../src/internal/compare.js';
import { asVersion20, before22Issue, commandTypesBefore22, ctx } from './fixtures.js';
import { tamperArb } from './tamper.js';

const histories = arbIssue({ maxCommands: 12 }).map((i) => i.history);

type Mutable = Record<string, unknown>;

/** Edits of one event that change its content (its digest is left as written). */
const edits: Readonly<Record<string, (e: IssueEvent) => Mutable>> = {
  note: (e) => ({ ...e, note: `${e.note ?? ''}改` }),
  at: (e) => ({ ...e, at: '2020-01-01T00:00:00+08:00' }),
  actor: (e) => ({ ...e, actor: { ...e.actor, id: `${e.actor.id}x` } }),
  to: (e) => ({ ...e, to: IssueState.schema.options.find((s) => s !== e.to) }),
  type: (e) => ({ ...e, type: IssueCommandType.schema.options.find((t) => t !== e.type) }),
  forgedChange: (e) => ({ ...e, changes: { ...e.changes, title: '伪造的标题' } }),
  droppedChange: (e) => {
    const keys = Object.keys(e.changes);
    if (keys.length === 0) return { ...e, changes: { closedAt: null } };
    const { [keys[0] as string]: _dropped, ...rest } = e.changes as Mutable;
    return { ...e, changes: rest };
  },
  seq: (e) => ({ ...e, seq: e.seq + 1 }),
  issueId: (e) => ({ ...e, issueId: `${e.issueId}-other` }),
  digest: (e) => ({ ...e, digest: `${e.digest.slice(0, 63)}${e.digest.endsWith('0') ? '1' : '0'}` }),
  schemaVersion: (e) => ({ ...e, schemaVersion: '2.4' }),
  addedField: (e) => ({ ...e, approvedBy: 'someone' }),
};

describe('Part 10: laws of the hash chain', () => {
  test.prop([histories], { numRuns: 1_000 })('untampered histories all verify, and read back from JSON as they were written', (history) => {
    const issueId = (history[0] as IssueEvent).issueId;
    const head = unwrap(issueChainHead(history));
    expect(verifyIssueChain(history, { issueId, head })).toEqual({ ok: true, value: head });
    expect(unwrap(safeParseIssueEvents(JSON.parse(JSON.stringify(history))))).toEqual(history);
  });

  test.prop([tamperArb(histories)], { numRuns: 10_000 })(
    'the chain finds the first changed index of every tampered history (edits, forged changes, deletions, insertions, reorders)',
    ({ history, tampered }) => {
      const first = tampered.firstChangedIndex;
      const issueId = (history[0] as IssueEvent).issueId;
      const head = unwrap(issueChainHead(history));
      const r = verifyIssueChain(tampered.events, { issueId, head });
      expect(r.ok, tampered.kind).toBe(false);
      if (r.ok) return;
      expect(['CHAIN_BROKEN', 'CHAIN_HEAD_MISMATCH', 'ISSUE_MISMATCH'], tampered.kind).toContain(r.error.code);
      expect(r.error.path?.[1], `${tampered.kind}: ${r.error.message}`).toBe(first);
      // Without the head, only events deleted from the end go unseen: the rest is a valid chain.
      const alone = verifyIssueChain(tampered.events, { issueId });
      const prefix = tampered.events.length < history.length && first === tampered.events.length;
      expect(alone.ok, tampered.kind).toBe(prefix);
      if (!prefix) expect(alone).toEqual(r);
    },
  );

  test.prop([histories.chain((h) => fc.tuple(fc.constant(h), fc.nat({ max: h.length - 1 }), fc.constantFrom(...Object.keys(edits).filter((k) => k !== 'digest' && k !== 'seq' && k !== 'issueId'))))], { numRuns: 1_000 })(
    'an edit whose digest is computed again is found at the next event, or by the head when it is the last',
    ([history, k, kind]) => {
      const e = history[k] as IssueEvent;
      const forged = (edits[kind] as (e: IssueEvent) => Mutable)(e) as unknown as IssueEvent;
      const digest = unwrap(issueEventDigest(forged, k === 0 ? '0'.repeat(64) : (history[k - 1] as IssueEvent).digest));
      const tampered = history.map((x, i) => (i === k ? { ...forged, digest } : x));
      const issueId = e.issueId;
      const r = verifyIssueChain(tampered, { issueId, head: unwrap(issueChainHead(history)) });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      if (k === history.length - 1) expect([r.error.code, r.error.path]).toEqual(['CHAIN_HEAD_MISMATCH', ['events', k, 'digest']]);
      else expect([r.error.code, r.error.path]).toEqual(['CHAIN_BROKEN', ['events', k + 1, 'digest']]);
    },
  );

  test.prop([arbIssue({ maxCommands: 12 })], { numRuns: 300 })('v1 events upgrade and replay to the same issue', (issue) => {
    // Version 1 had none of issue 17's commands, nor hour limits.
    fc.pre(issue.history.every((e) => commandTypesBefore22.has(e.type) && !(e.type === 'assign' && e.changes.clocks !== undefined && e.changes.clocks !== null && 'hours' in e.changes.clocks.limits.handling)));
    const v1: IssueEventV1[] = asVersion20(issue.history).map(({ schemaVersion: _v, digest: _d, ...rest }) => rest); // version 1 held the whole dossier, as 2.0 did
    const read = unwrap(safeParseIssueEvents(JSON.parse(JSON.stringify(v1))));
    expect(read).toEqual(asVersion20(issue.history)); // as 2.0 wrote them: the version of an upgrade
    expect(sameIssue(unwrap(replayIssue(read, ctx)), before22Issue({ ...issue, history: read }))).toBe(true);
  });

  test.prop([histories, fc.nat(), fc.dictionary(fc.constantFrom('receivedVia', 'signature', 'tenantId', 'x-trace'), fc.jsonValue({ maxDepth: 2 }).filter((v) => canonicalJson(v).ok), { minKeys: 1 })], { numRuns: 300 })(
    'events a newer minor (2.4) wrote, with top-level fields this version does not know, round-trip without loss',
    (history, from, extra) => {
      const start = from % history.length;
      const written: IssueEvent[] = [];
      history.forEach((e, i) => {
        if (i < start) return void written.push(e);
        const next = { ...e, ...extra, schemaVersion: '2.4' as const };
        written.push({ ...next, digest: unwrap(issueEventDigest(next, i === 0 ? '0'.repeat(64) : (written[i - 1] as IssueEvent).digest)) });
      });
      const stored = JSON.parse(JSON.stringify(written)) as unknown;
      const read = unwrap(safeParseIssueEvents(stored));
      expect(sameData(read, stored)).toBe(true);
      expect(sameData(JSON.parse(JSON.stringify(read)), stored)).toBe(true);
    },
  );
});
