import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { issueChainHead, verifyIssueChain, verifyIssueHistory, type IssueEvent } from '../../src/issue/index.js';
import { resealIssueEvents } from '../../src/testing/index.js';
import { assigned, ctx } from '../issue/fixtures.js';

describe('resealIssueEvents: a whole-log rewrite for testing verification (Part 10, issue 15; one helper since Part 11, issue 16)', () => {
  const history = assigned().history;
  // The assignment back-dated: a row no command could have written (assignedOn is the command's day).
  const edited: IssueEvent[] = history.map((e) => (e.type === 'assign' ? { ...e, changes: { ...e.changes, assignedOn: '2026-01-05' } } : e));

  it('leaves a chain that verifies alone, which verification against the decider refuses', () => {
    const issueId = (history[0] as IssueEvent).issueId;
    expect(verifyIssueChain(edited, { issueId }).ok).toBe(false);
    const rewritten = unwrap(resealIssueEvents(edited));
    expect(verifyIssueChain(rewritten, { issueId }).ok).toBe(true);
    expect(verifyIssueChain(rewritten, { issueId, head: unwrap(issueChainHead(history)) }).ok).toBe(false);
    const verified = verifyIssueHistory(rewritten, ctx);
    expect(verified.ok || [verified.error.code, verified.error.path?.slice(0, 2)]).toEqual(['EVENT_CHANGES_FORGED', ['events', 2]]);
  });

  it('gives back the same digests for an untouched history, and does not change its argument', () => {
    const before = JSON.stringify(edited);
    expect(unwrap(resealIssueEvents(history))).toEqual(history);
    resealIssueEvents(edited);
    expect(JSON.stringify(edited)).toBe(before);
  });

  it('refuses what it cannot hash with the path of the event, and a non-list argument', () => {
    const bad = history.map((e, i) => (i === 1 ? { ...e, note: 'a\ud800b' } : e));
    const r = resealIssueEvents(bad);
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['events', 1, 'note']]);
    const notList = resealIssueEvents({} as unknown as IssueEvent[]);
    expect(notList.ok || notList.error.code).toBe('INVALID_ARGUMENT');
  });
});
