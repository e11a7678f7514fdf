/**
 * Part 10 (issue 15), done when: "10,000 tampered histories (edits, deletions, insertions, reorders,
 * forged changes): every one is detected by the chain or by verification, with the first bad index
 * reported; untampered histories all verify." This file holds verification's half: each tamper of
 * test/issue/tamper.ts, resealed (every digest computed again, as someone who rewrites the whole log
 * would: the chain alone cannot see it, test/issue/audit.test-prop.ts has the chain's half), is refused by the event schema or by `verifyIssueHistory` at the first index
 * whose prefix no longer verifies — or, when verification accepts it, it is a history that some
 * sequence of commands produces (executed one by one through `executeIssueCommand`): only the hash
 * chain can tell those from the original. The split is printed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { executeIssueCommand, safeParseIssueEvents, UNSAFE_NO_ACCESS_CHECK, verifyIssueHistory, type Issue, type IssueContext, type IssueEvent } from '../../src/issue/index.js';
import { recordedCommand, recordedPayload } from '../../src/issue/verify.js';
import { sameData } from '../../src/internal/compare.js';
import { arbIssue } from '../../src/testing/index.js';
import { randFrom, resealed, tamper, tamperKinds, type TamperKind } from './tamper.js';

const context: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };

/** 400 histories the lifecycle produced (a fixed seed: the same pool every run), up to 25 events long. */
const pool: readonly (readonly IssueEvent[])[] = fc.sample(arbIssue({ maxCommands: 25 }), { numRuns: 400, seed: 20_261_015 }).map((i) => i.history);

type Outcome = 'schema' | 'EVENT_OUT_OF_ORDER' | 'EVENT_NOT_REPRODUCED' | 'EVENT_CHANGES_FORGED' | 'accepted';
const outcomes: readonly Outcome[] = ['schema', 'EVENT_OUT_OF_ORDER', 'EVENT_NOT_REPRODUCED', 'EVENT_CHANGES_FORGED', 'accepted'];
const split = new Map<TamperKind, Map<Outcome, number>>(tamperKinds.map((k) => [k, new Map(outcomes.map((o) => [o, 0]))]));
let runs = 0;
const count = (kind: TamperKind, outcome: Outcome): void => {
  const row = split.get(kind) as Map<Outcome, number>;
  row.set(outcome, (row.get(outcome) ?? 0) + 1);
};

/** The issue a sequence of commands makes: each event's command rebuilt and executed in turn. */
function executed(events: readonly IssueEvent[]): Issue {
  let issue: Issue | null = null;
  for (const e of events) {
    const r = executeIssueCommand(issue, recordedCommand(e, recordedPayload(issue, e)), context);
    if (!r.ok) throw new Error(`the command of ${e.type} (seq ${e.seq}) is refused: ${r.error.code} ${r.error.message}`);
    issue = r.value.issue;
  }
  return issue as Issue;
}

const decisionFields = ['issueId', 'seq', 'type', 'actor', 'at', 'from', 'to', 'changes', 'note'] as const;

describe('Part 10: tampered histories', () => {
  test.prop([fc.nat({ max: pool.length - 1 }), fc.integer()], { numRuns: 10_000 })(
    'Part 10: every tampered history is refused at the first index whose prefix does not verify, at or after the tamper — or is a history some command sequence produces',
    (k, seed) => {
      runs++;
      const t = tamper(pool[k] as readonly IssueEvent[], randFrom(seed));
      const parsed = safeParseIssueEvents(JSON.parse(JSON.stringify(resealed(t.events))));
      if (!parsed.ok) {
        // Refused before verification, by the event schema, inside the tampered event.
        expect(parsed.error.path?.[0]).toBeGreaterThanOrEqual(t.firstChangedIndex);
        count(t.kind, 'schema');
        return;
      }
      const events = parsed.value;
      const r = verifyIssueHistory(events, context);
      if (r.ok) {
        // Accepted: the same events come out of executing their commands one by one.
        const issue = executed(events);
        expect(issue.history.length).toBe(events.length);
        issue.history.forEach((e, i) => {
          for (const f of decisionFields) expect(sameData(e[f], (events[i] as IssueEvent)[f]), `${t.what}: events[${i}].${f}`).toBe(true);
        });
        expect(sameData(issue, r.value)).toBe(true);
        count(t.kind, 'accepted');
        return;
      }
      const [head, i] = r.error.path ?? [];
      expect(head).toBe('events');
      expect(typeof i).toBe('number');
      const bad = i as number;
      // Nothing before the tamper is blamed, and the index is the first whose prefix stops verifying.
      expect(bad, t.what).toBeGreaterThanOrEqual(t.firstChangedIndex);
      if (bad > 0) expect(verifyIssueHistory(events.slice(0, bad), context).ok, t.what).toBe(true);
      expect(verifyIssueHistory(events.slice(0, bad + 1), context).ok, t.what).toBe(false);
      count(t.kind, r.error.code as Outcome);
    },
    120_000,
  );

  it('the split: every kind of tamper is drawn, and each layer catches some (printed)', (ctx) => {
    if (runs < 10_000) ctx.skip();
    const rows = [...split].map(([kind, row]) => `  ${kind.padEnd(8)} ${outcomes.map((o) => `${o} ${row.get(o) ?? 0}`).join(', ')}`);
    const total = (o: Outcome): number => [...split.values()].reduce((n, row) => n + (row.get(o) ?? 0), 0);
    process.stdout.write(`\nPart 10 tampers (${runs}): refused by the schema ${total('schema')}, by verification ${runs - total('schema') - total('accepted')}, accepted as producible (left to the hash chain) ${total('accepted')}\n${rows.join('\n')}\n`);
    for (const kind of tamperKinds) expect([...(split.get(kind)?.values() ?? [])].reduce((a, b) => a + b, 0), kind).toBeGreaterThan(1_000);
    for (const o of outcomes) expect(total(o), o).toBeGreaterThan(0);
  });
});
