/** Part 12 (issue 17): laws of the tallies of the hotline standards. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { mergeTallyTables, tallyIssues, tallyIssuesBy, type TallyGrouping, type TallyIssue } from '../../src/scoring/index.js';
import { q3, tallyIssueArb } from './fixtures.js';

const groupings: fc.Arbitrary<TallyGrouping> = fc.constantFrom<TallyGrouping>(
  'department',
  'enterprise',
  { byEnterprise: { e1: ['a1', 'a2'], e2: 'a2', e3: [] } },
  (i) => i.state,
);

/** Children merged into a parent: any issue, with `mergedInto` set. */
const childrenArb = fc.array(
  fc.tuple(tallyIssueArb, fc.constantFrom('p1', 'p2')).map(([i, parent]): TallyIssue => ({ ...i, mergedInto: parent })),
  { maxLength: 8 },
);

describe('merged orders (issue 17: 国办函〔2025〕66号 repeated complaints merged into one order)', () => {
  test.prop([fc.array(tallyIssueArb, { maxLength: 20 }), childrenArb, groupings, fc.nat()])(
    'law: merged children never count twice — parents and children tally as the parents alone, whatever the children’s fields and order',
    (parents, children, by, seed) => {
      const mixed = [...parents, ...children];
      // interleave the children anywhere among the parents
      for (let i = mixed.length - 1; i > 0; i--) {
        const j = (seed + i * 7919) % (i + 1);
        [mixed[i], mixed[j]] = [mixed[j] as TallyIssue, mixed[i] as TallyIssue];
      }
      expect(unwrap(tallyIssues(mixed, { period: q3, by }))).toEqual(unwrap(tallyIssues(parents, { period: q3, by })));
    },
  );

  test.prop([fc.array(tallyIssueArb, { maxLength: 20 }), childrenArb, groupings])(
    'law: counting merged children (countMergedChildren) gives the parents’ tally merged with the children’s, each counted once',
    (parents, children, by) => {
      const all = unwrap(tallyIssues([...parents, ...children], { period: q3, by, countMergedChildren: true }));
      const alone = children.map((c) => unwrap(tallyIssues([{ ...c, mergedInto: null }], { period: q3, by })));
      expect(all).toEqual(mergeTallyTables(unwrap(tallyIssues(parents, { period: q3, by })), ...alone));
    },
  );
});

describe('the hotline counts hang together (issue 17: GB/T 33358-2016; 国办发〔2020〕53号)', () => {
  test.prop([fc.array(tallyIssueArb, { maxLength: 60 }), groupings])(
    'law: in time ≤ due ≤ received on every clock, closed unrated ≤ closed, disputes decided ≤ requested',
    (issues, by) => {
      for (const t of Object.values(unwrap(tallyIssues(issues, { period: q3, by })))) {
        expect(t.signedForInTime).toBeLessThanOrEqual(t.signForDue);
        expect(t.contactedInTime).toBeLessThanOrEqual(t.contactDue);
        // an order that missed its sign-for or its first-contact limit did not respond within the limits
        expect(t.respondedWithinLimits).toBeLessThanOrEqual(t.responseDue - Math.max(t.signForDue - t.signedForInTime, t.contactDue - t.contactedInTime));
        expect(Math.max(t.signForDue, t.contactDue)).toBeLessThanOrEqual(t.responseDue);
        expect(t.responseDue).toBeLessThanOrEqual(t.received);
        expect(t.closedUnrated).toBeLessThanOrEqual(t.closed);
        expect(t.redispatched).toBeLessThanOrEqual(t.received);
        expect(t.disputesUpheld + t.disputesOverruled).toBeLessThanOrEqual(t.disputesRequested);
      }
    },
  );

  test.prop([fc.array(tallyIssueArb, { minLength: 250, maxLength: 600 }), groupings, groupings], { numRuns: 10 })(
    'law: tallying block by block, disputes included, gives the merge of each issue tallied alone',
    (issues, g1, g2) => {
      const both = unwrap(tallyIssuesBy(issues, { period: q3, by: { first: g1, second: g2 } }));
      expect(both.first).toEqual(mergeTallyTables(...issues.map((i) => unwrap(tallyIssues([i], { period: q3, by: g1 })))));
      expect(both.second).toEqual(mergeTallyTables(...issues.map((i) => unwrap(tallyIssues([i], { period: q3, by: g2 })))));
    },
  );
});
