/**
 * Part 10 (issue 15), verified history: the laws of `verifyIssueHistory` and `replayIssue`.
 */
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { xingtaiServiceAreas } from '../../src/taxonomy/index.js';
import {
  LifecyclePolicySchema,
  replayIssue,
  safeParseIssue,
  UNSAFE_NO_ACCESS_CHECK,
  UNSAFE_SKIP_VERIFICATION,
  verifyIssueHistory,
  type IssueContext,
  type IssueEvent,
} from '../../src/issue/index.js';
import { arbIssue } from '../../src/testing/index.js';
import { tamperArb } from './tamper.js';

const plain: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
const strict: IssueContext = {
  calendar: chinaCalendar,
  access: UNSAFE_NO_ACCESS_CHECK,
  policy: parse(LifecyclePolicySchema, { returnWindowDays: 1, extensionNoticeDays: 3, maxExtensions: 2 }),
  taxonomy: xingtaiServiceAreas,
};

/** The same data with every object's keys in reverse order (as a store such as Postgres `jsonb` may give it back). */
const reordered = (x: unknown): unknown =>
  Array.isArray(x) ? x.map(reordered) : x !== null && typeof x === 'object' ? Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reordered(v)])) : x;

describe('Part 10: verified history', () => {
  for (const [name, context] of [
    ['the default context', plain],
    ['a stricter policy and a taxonomy', strict],
  ] as const) {
    test.prop([arbIssue({ maxCommands: 25, context })], { numRuns: 300 })(`Part 10: every history produced by commands verifies, and rebuilds the issue (${name})`, (issue) => {
      expect(verifyIssueHistory(issue.history, context)).toMatchObject({ ok: true, value: issue });
      expect(safeParseIssue(JSON.parse(JSON.stringify(issue)), context)).toStrictEqual({ ok: true, value: issue });
    });
  }

  test.prop([arbIssue({ maxCommands: 25 })], { numRuns: 200 })('Part 10: verification = replay on untampered histories, for the history and every prefix of it', (issue) => {
    for (let n = 1; n <= issue.history.length; n++) {
      const events = issue.history.slice(0, n);
      const verified = verifyIssueHistory(events, plain);
      const replayed = replayIssue(events, UNSAFE_SKIP_VERIFICATION);
      expect(verified.ok && replayed.ok).toBe(true);
      expect(verified.ok && verified.value).toStrictEqual(replayed.ok && replayed.value);
    }
  });

  test.prop([tamperArb(arbIssue({ maxCommands: 20 }).map((i) => i.history))], { numRuns: 1_000 })(
    'Part 10: every reported problem names a real index: events[k] with k in the history, one problem per event, in order, the first repeated as the error, at most 20 listed',
    ({ tampered }) => {
      const events = tampered.events;
      const r = verifyIssueHistory(events, plain);
      if (r.ok) return;
      const problems = r.error.issues ?? [];
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.length).toBeLessThanOrEqual(20);
      expect(problems[0]).toMatchObject({ code: r.error.code, path: r.error.path });
      const indexes = problems.map((p) => {
        expect(p.path?.[0]).toBe('events');
        return p.path?.[1] as number;
      });
      for (const k of indexes) {
        expect(Number.isInteger(k)).toBe(true);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThan(Math.max(1, events.length));
      }
      indexes.forEach((k, j) => j === 0 || expect(k).toBeGreaterThan(indexes[j - 1] as number));
      expect(problems.length + (r.error.moreIssues ?? 0)).toBeLessThanOrEqual(Math.max(1, events.length));
    },
  );

  test.prop([tamperArb(arbIssue({ maxCommands: 15 }).map((i) => i.history))], { numRuns: 300 })(
    'Part 10: the verdict does not depend on key order (events read back from a store that reorders keys)',
    ({ history, tampered }) => {
      for (const events of [history, tampered.events]) {
        const a = verifyIssueHistory(events, plain);
        const b = verifyIssueHistory(reordered(events) as readonly IssueEvent[], plain);
        expect(b.ok).toBe(a.ok);
        if (!a.ok && !b.ok) expect(b.error.issues?.map((p) => [p.code, p.path])).toEqual(a.error.issues?.map((p) => [p.code, p.path]));
      }
    },
  );
});
