/**
 * Part 10 (issue 15), done when: "10,000 tampered histories (edits, deletions, insertions, reorders,
 * forged changes): every one is detected by the chain or by verification, with the first bad index
 * reported; untampered histories all verify."
 *
 * The two layers together, as an auditor runs them on stored events: `safeParseIssueEvents` (the
 * event schema, version upgrade and the hash chain), `verifyIssueChain` with the head kept apart
 * from the log (what an app signs or stores elsewhere), then `verifyIssueHistory`. Two attackers:
 * one who edits stored rows (the digests are left as they were), and one who rewrites the whole log
 * and computes every digest again (`resealed`). A lawful event appended after the kept head is the
 * one rewrite nothing here can see: it is what the app does with every command.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { issueChainHead, safeParseIssueEvents, verifyIssueChain, verifyIssueHistory, type IssueEvent } from '../../src/issue/index.js';
import { arbIssue } from '../../src/testing/index.js';
import { ctx } from './fixtures.js';
import { randFrom, resealed, tamper } from './tamper.js';

/** 400 histories the lifecycle produced (a fixed seed: the same pool every run), up to 25 events long. */
const pool: readonly (readonly IssueEvent[])[] = fc.sample(arbIssue({ maxCommands: 25 }), { numRuns: 400, seed: 20_261_206 }).map((i) => i.history);

/** The first index an audit blames, or null when every layer accepts the events. */
function audit(stored: readonly IssueEvent[], original: readonly IssueEvent[]): { readonly code: string; readonly index: number } | null {
  const issueId = (original[0] as IssueEvent).issueId;
  const parsed = safeParseIssueEvents(JSON.parse(JSON.stringify(stored)));
  if (!parsed.ok) return { code: parsed.error.code, index: parsed.error.path?.[0] as number };
  const chained = verifyIssueChain(parsed.value, { issueId, head: unwrap(issueChainHead(original)) });
  if (!chained.ok) return { code: chained.error.code, index: chained.error.path?.[1] as number };
  const verified = verifyIssueHistory(parsed.value, ctx);
  if (!verified.ok) return { code: verified.error.code, index: verified.error.path?.[1] as number };
  return null;
}

describe('Part 10: the audit — hash chain, kept head and verification together', () => {
  test.prop([fc.nat({ max: pool.length - 1 }), fc.integer()], { numRuns: 10_000 })(
    'Part 10 law: every stored-row tamper (edit, forge, delete, insert, reorder) is detected, at exactly the first changed index',
    (k, seed) => {
      const original = pool[k] as readonly IssueEvent[];
      const t = tamper(original, randFrom(seed));
      const found = audit(t.events, original);
      expect(found, t.what).not.toBeNull();
      // Events deleted from the end leave a valid shorter chain: the kept head finds it, at the index where they are missing.
      expect(found?.index, `${t.what}: ${found?.code}`).toBe(t.firstChangedIndex);
    },
    120_000,
  );

  test.prop([fc.nat({ max: pool.length - 1 }), fc.integer()], { numRuns: 10_000 })(
    'Part 10 law: every whole-log rewrite with digests computed again is detected — by verification or the chain at or after the first changed index, else by the kept head — unless it only appends lawful events after the head',
    (k, seed) => {
      const original = pool[k] as readonly IssueEvent[];
      const t = tamper(original, randFrom(seed));
      const found = audit(resealed(t.events), original);
      // A lawful event appended after the kept head is what the app itself does with every command:
      // no chain can tell it from a real one (the audit-trail guide: authenticate writers, sign heads).
      if (found === null) {
        expect(t.firstChangedIndex, t.what).toBe(original.length);
        return;
      }
      if (found?.code !== 'CHAIN_HEAD_MISMATCH') expect(found?.index, `${t.what}: ${found?.code}`).toBeGreaterThanOrEqual(t.firstChangedIndex);
    },
    120_000,
  );

  test.prop([arbIssue({ maxCommands: 25 })], { numRuns: 300 })('Part 10 law: untampered histories pass every layer', (issue) => {
    expect(audit(issue.history, issue.history)).toBeNull();
  });
});
