/** Tally-shaped issues for scoring tests: literal objects with only what `tallyIssues` reads. */
import { fc } from '@fast-check/vitest';
import { emptyTally, tallyCounts, type Tally, type TallyIssue } from '../../src/scoring/index.js';

/** A tally issue with sensible defaults: submitted 2026-07-02, closed on time, satisfied. */
export function issue(over: Partial<TallyIssue> = {}): TallyIssue {
  return {
    enterpriseId: 'e1',
    submittedAt: '2026-07-02T09:00:00+08:00',
    state: 'closed',
    leadDepartmentId: 'd1',
    deadline: '2026-07-09',
    answer: { outcome: 'resolved', on: '2026-07-08' },
    feedback: 'satisfied',
    reopenCount: 0,
    supervisionStep: 'unsupervised',
    closedAt: '2026-07-09T16:00:00+08:00',
    ...over,
  };
}

/** The third quarter of 2026. */
export const q3 = { from: '2026-07-01', to: '2026-09-30' } as const;

/** An arbitrary tally with counts up to `max`. */
export const tallyArb = (max = 1000): fc.Arbitrary<Tally> =>
  fc.record(Object.fromEntries(tallyCounts.map((k) => [k, fc.nat({ max })])) as { [K in keyof Tally]: fc.Arbitrary<number> });

/** An instant on 2026-07-02 at an hour from 8 to 20, written at +08:00 or (the same instant) in UTC. */
const hourArb = fc.tuple(fc.integer({ min: 8, max: 20 }), fc.boolean()).map(([h, utc]) =>
  utc ? `2026-07-02T${String(h - 8).padStart(2, '0')}:00:00Z` : `2026-07-02T${String(h).padStart(2, '0')}:00:00+08:00`,
);

/** The fields of Part 12 (issue 17) that `tallyIssues` reads: clocks, sign-for, first contact, disputes, re-dispatches, 未评价. */
export const hotlineFieldsArb = fc.record({
  clocks: fc.option(fc.record({ due: fc.record({ signFor: fc.option(hourArb), firstContact: fc.option(hourArb) }) })),
  signedForAt: fc.option(hourArb),
  contactedAt: fc.option(hourArb),
  disputes: fc.array(fc.record({ departmentId: fc.constantFrom('d1', 'd2', 'd4'), status: fc.constantFrom('pending' as const, 'upheld' as const, 'overruled' as const) }), { maxLength: 3 }),
  redispatchCount: fc.nat({ max: 3 }),
  closedUnrated: fc.boolean(),
  mergedInto: fc.constant(null),
});

/** An arbitrary tally issue in or around the third quarter of 2026, with Part 12's fields or without them. */
export const tallyIssueArb: fc.Arbitrary<TallyIssue> = fc
  .record({
    enterpriseId: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
    day: fc.integer({ min: 25, max: 100 }),
    state: fc.constantFrom('submitted', 'assigned', 'answered', 'confirmed', 'closed', 'reopened', 'withdrawn'),
    leadDepartmentId: fc.constantFrom('d1', 'd2', 'd3', null),
    deadlineDay: fc.option(fc.integer({ min: 30, max: 110 })),
    answer: fc.option(fc.record({ outcome: fc.constantFrom('resolved', 'explained', 'unsolvable'), day: fc.integer({ min: 30, max: 110 }) })),
    feedback: fc.option(fc.constantFrom('satisfied', 'basicallySatisfied', 'unsatisfied')),
    reopenCount: fc.nat({ max: 3 }),
    supervisionStep: fc.constantFrom('unsupervised', 'urge', 'supervision', 'publicListing', 'accountability'),
    closedDay: fc.integer({ min: 30, max: 115 }),
    hotline: fc.option(hotlineFieldsArb, { nil: undefined }),
  })
  .map((r) => {
    const date = (d: number): string => new Date(Date.UTC(2026, 5, 1 + d)).toISOString().slice(0, 10);
    const base = {
      enterpriseId: r.enterpriseId,
      submittedAt: `${date(r.day)}T23:30:00+08:00`,
      state: r.state,
      leadDepartmentId: r.leadDepartmentId,
      deadline: r.deadlineDay === null ? null : date(r.deadlineDay),
      answer: r.answer === null ? null : { outcome: r.answer.outcome, on: date(r.answer.day) },
      feedback: r.feedback,
      reopenCount: r.reopenCount,
      supervisionStep: r.supervisionStep,
      closedAt: r.state === 'closed' ? `${date(r.closedDay)}T18:00:00+08:00` : null,
    } satisfies TallyIssue;
    // Part 12's fields, or none (an issue of before them); `mergedInto` stays null here: the merge laws set it.
    return r.hotline === undefined ? base : { ...base, ...r.hotline };
  });

export { emptyTally };
