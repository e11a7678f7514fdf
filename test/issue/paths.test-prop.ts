/**
 * Part 9 (issue 14): every error of the lifecycle names the caller's argument it is about — its
 * path starts with a parameter name of the function called (`command`, `issue`, `context` for
 * `decideIssue` and `executeIssueCommand`; `issues`, `batch`, `context` for `assignBatch`;
 * `events` for `replayIssue`), never with a name internal to the library (`date`, `from`, `n`, …).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { assignBatch, decideIssue, executeIssueCommand, replayIssue, UNSAFE_NO_ACCESS_CHECK, type IssueContext, type IssueEvent } from '../../src/issue/index.js';
import { arbIssue, arbRejectedIssueCommand } from '../../src/testing/index.js';

const ctx: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
const headOf = (path: readonly (string | number)[] | undefined): string | number | undefined => path?.[0];

describe('Part 9 (issue 14): error paths are named after the caller’s arguments', () => {
  test.prop([arbIssue({ maxCommands: 12 }).chain((issue) => arbRejectedIssueCommand(issue).map((command) => [issue, command] as const))], { numRuns: 300 })(
    'every refusal of decideIssue and executeIssueCommand has a path under command, issue or context',
    ([issue, command]) => {
      for (const r of [decideIssue(issue, command, ctx), executeIssueCommand(issue, command, ctx)]) {
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(['command', 'issue', 'context'], `${r.error.code} at ${JSON.stringify(r.error.path)}`).toContain(headOf(r.error.path));
      }
    },
  );

  test.prop(
    [
      fc.array(arbIssue({ maxCommands: 8 }), { minLength: 1, maxLength: 4 }),
      fc.constantFrom({ workingDays: 5 }, { dueOn: '2026-07-04' }, { dueOn: '2026-01-01' }),
      fc.constantFrom('2026-01-05T09:00:00+08:00', '2026-06-30T17:00:00+08:00'),
    ],
    { numRuns: 100 },
  )('every rejection of assignBatch has a path under batch, issues or context', (issues, timeLimit, at) => {
    const departmentOf = Object.fromEntries(issues.slice(1).map((i) => [i.id, 'd-power']));
    const r = assignBatch(issues, { batchId: 'b', actor: { id: 'o', role: 'leadingGroupOffice' }, at, timeLimit, departmentOf }, ctx);
    for (const { error } of r.rejected) expect(['batch', 'issues', 'context'], `${error.code} at ${JSON.stringify(error.path)}`).toContain(headOf(error.path));
  });

  test.prop([arbIssue({ maxCommands: 12 }), fc.nat(), fc.constantFrom('seq', 'issueId', 'at', 'from', 'to')], { numRuns: 200 })(
    'every refusal of replayIssue has a path under events',
    (issue, k, field) => {
      const i = k % issue.history.length;
      const spoiled: Record<string, unknown> = { seq: 99, issueId: 'other', at: '2000-01-01T00:00:00+08:00', from: 'withdrawn', to: 'withdrawn' };
      const events = issue.history.map((e, j) => (j === i ? ({ ...e, [field]: spoiled[field] } as IssueEvent) : e));
      const r = replayIssue(events, ctx);
      if (r.ok) return;
      expect(headOf(r.error.path)).toBe('events');
      expect(r.error.path?.[1]).toBeTypeOf('number');
    },
  );
});
