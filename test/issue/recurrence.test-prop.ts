/**
 * Issue 17, "Recurrence of unsolved problems" (after 003: 共性问题企业年年提，年年得不到解决):
 * `findRecurrences` also reports an earlier issue still open at the new submission or answered as
 * unsolvable. The law checks the near-linear search against the definition written out the slow
 * way (every pair of issues), on issues whose states, close-outs, answers and times are drawn at
 * random, with many ties in time.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse } from '../../src/index.js';
import {
  findRecurrences,
  RecurrencePolicySchema,
  type Issue,
  type Recurrence,
  type RecurrencePolicy,
  type RecurrenceStatus,
} from '../../src/issue/index.js';
import { byCodeUnit } from '../../src/internal/compare.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { instantMs } from '../../src/internal/instant.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';
import { assigned, at } from './fixtures.js';

const base = assigned({ issueId: 'base', enterpriseId: 'e1', categoryId: 'power', date: '2024-01-02' });
const day0 = toDayNumber('2024-01-02');
const industryOf = { e1: 'C17', e2: 'C17', e3: 'C26' };

/** An issue with the fields the search reads drawn at random; the rest as `base` has them. */
const arbIssueShape = fc
  .record({
    enterpriseId: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
    categoryId: fc.constantFrom('power', 'tax', null),
    // Mostly closed, so that all three statuses come up often.
    state: fc.constantFrom('closed', 'closed', 'closed', 'closed', 'submitted', 'assigned', 'answered', 'reopened', 'withdrawn'),
    raisedDay: fc.nat({ max: 900 }),
    raisedMinute: fc.nat({ max: 2 }),
    closedAfterDays: fc.nat({ max: 500 }),
    outcome: fc.constantFrom('resolved', 'resolved', 'explained', 'unsolvable', null),
  })
  .map((r): Omit<Issue, 'id'> => ({
    ...base,
    enterpriseId: r.enterpriseId,
    categoryId: r.categoryId,
    state: r.state,
    submittedAt: at(fromDayNumber(day0 + r.raisedDay), r.raisedMinute),
    closedAt: r.state === 'closed' ? at(fromDayNumber(day0 + r.raisedDay + r.closedAfterDays), r.raisedMinute + 1) : null,
    answer: r.outcome === null ? null : { outcome: r.outcome, summary: '答复', mode: 'writtenReply', measures: r.outcome === 'unsolvable' ? '提请协调' : null, on: '2024-01-09' },
  }));

const arbIssues = fc.array(arbIssueShape, { maxLength: 40 }).map((shapes) => shapes.map((s, i): Issue => ({ ...s, id: `i${String(i).padStart(2, '0')}` })));

const arbPolicy = fc
  .record({ windowDays: fc.constantFrom(0, 30, 365, 425), sameEnterprise: fc.boolean(), sameIndustry: fc.boolean() })
  .map((p) => parse(RecurrencePolicySchema, p));

/** The local day number in China time. */
const dayOf = (ms: number): number => Math.floor((ms + 480 * 60_000) / 86_400_000);

/** The latest of `list` by `key`, the greatest id among ties; undefined when empty. */
function latest(list: readonly Issue[], key: (i: Issue) => number): Issue | undefined {
  return [...list].sort((a, b) => key(b) - key(a) || byCodeUnit(b.id, a.id))[0];
}

/** The definition, pair by pair: O(n²). */
function slowRecurrences(issues: readonly Issue[], policy: RecurrencePolicy): Recurrence[] {
  const industry = (e: string): string | undefined => (Object.hasOwn(industryOf, e) ? industryOf[e as keyof typeof industryOf] : undefined);
  const out: Recurrence[] = [];
  for (const x of issues) {
    if (x.categoryId === null) continue;
    const t = instantMs(x.submittedAt);
    const bases = [
      ['sameEnterprise', policy.sameEnterprise, (e: Issue) => e.enterpriseId === x.enterpriseId],
      ['sameIndustry', policy.sameIndustry && industry(x.enterpriseId) !== undefined, (e: Issue) => industry(e.enterpriseId) === industry(x.enterpriseId)],
    ] as const;
    for (const [basis, on, same] of bases) {
      if (!on) continue;
      const earlier = issues.filter((e) => e.id !== x.id && e.categoryId === x.categoryId && same(e) && instantMs(e.submittedAt) <= t);
      const closedMs = (e: Issue): number => (e.closedAt === null ? NaN : instantMs(e.closedAt));
      const byStatus: readonly (readonly [RecurrenceStatus, Issue | undefined])[] = [
        ['answeredUnsolvable', latest(earlier.filter((e) => e.answer?.outcome === 'unsolvable'), (e) => instantMs(e.submittedAt))],
        ['stillOpen', latest(earlier.filter((e) => e.state !== 'withdrawn' && (e.state !== 'closed' || closedMs(e) > t)), (e) => instantMs(e.submittedAt))],
        ['closedRecently', latest(earlier.filter((e) => e.state === 'closed' && closedMs(e) <= t && dayOf(t) - dayOf(closedMs(e)) <= policy.windowDays), closedMs)],
      ];
      const hit = byStatus.find(([, e]) => e !== undefined);
      if (hit === undefined) continue;
      const [status, e] = hit as readonly [RecurrenceStatus, Issue];
      out.push({
        issueId: x.id,
        earlierIssueId: e.id,
        basis,
        status,
        categoryId: x.categoryId,
        daysAfterRaised: dayOf(t) - dayOf(instantMs(e.submittedAt)),
        daysAfterClose: status === 'closedRecently' ? dayOf(t) - dayOf(closedMs(e)) : null,
      });
      break;
    }
  }
  return out.sort((a, b) => byCodeUnit(a.issueId, b.issueId));
}

describe('issue 17: findRecurrences (003: 年年提、年年得不到解决)', () => {
  test.prop([arbIssues, arbPolicy, fc.infiniteStream(fc.boolean())], { numRuns: 300 })(
    'issue 17 law: an issue is reported exactly when an earlier issue of its category and enterprise (else industry) is answered as unsolvable, was open at its submission, or was closed within the window; the one reported is the latest of the first such status, whatever the input order',
    (issues, policy, flips) => {
      const expected = slowRecurrences(issues, policy);
      expect(findRecurrences(deepFreeze(issues), industryOf, policy)).toEqual(expected);
      const shuffled = [...issues].sort(() => (flips.next().value === true ? 1 : -1));
      expect(findRecurrences(shuffled, industryOf, policy)).toEqual(expected);
    },
  );
});
