import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { emptyTally, mergeTallies, mergeTallyTables, tallyCounts, tallyIssues, tallyIssuesBy, type Tally, type TallyGrouping } from '../../src/scoring/index.js';
import { q3, tallyArb, tallyIssueArb } from './fixtures.js';

const groupings: fc.Arbitrary<TallyGrouping> = fc.constantFrom<TallyGrouping>(
  'department',
  'enterprise',
  { byEnterprise: { e1: ['a1', 'a2'], e2: 'a2', e3: [] } },
  (i) => i.state,
);

describe('a tally is a commutative monoid under merging (so a province can be tallied in shards)', () => {
  test.prop([tallyArb(), tallyArb(), tallyArb()])('mergeTallies is associative', (a, b, c) => {
    expect(mergeTallies(mergeTallies(a, b), c)).toEqual(mergeTallies(a, mergeTallies(b, c)));
  });
  test.prop([tallyArb(), tallyArb()])('mergeTallies is commutative', (a, b) => {
    expect(mergeTallies(a, b)).toEqual(mergeTallies(b, a));
  });
  test.prop([tallyArb()])('emptyTally is the identity', (a) => {
    expect(mergeTallies(a, emptyTally)).toEqual(a);
    expect(mergeTallies(emptyTally, a)).toEqual(a);
  });
  test.prop([fc.array(tallyIssueArb, { maxLength: 60 }), groupings, fc.array(fc.nat({ max: 3 }), { maxLength: 60 })])(
    'tallies of shards merge into the tally of the whole, whatever the sharding and the order',
    (issues, by, shardOf) => {
      const shards: (typeof issues)[] = [[], [], [], []];
      issues.forEach((issue, i) => shards[shardOf[i] ?? 0]?.push(issue));
      const parts = shards.map((s) => unwrap(tallyIssues(s, { period: q3, by })));
      const whole = unwrap(tallyIssues(issues, { period: q3, by }));
      expect(mergeTallyTables(...parts)).toEqual(whole);
      expect(mergeTallyTables(...[...parts].reverse())).toEqual(whole);
      expect(JSON.parse(JSON.stringify(whole))).toEqual(whole);
    },
  );
  test.prop([fc.array(tallyIssueArb, { maxLength: 60 }), groupings, groupings])('tallyIssuesBy gives each grouping the table tallyIssues gives it alone', (issues, g1, g2) => {
    const both = unwrap(tallyIssuesBy(issues, { period: q3, by: { first: g1, second: g2 } }));
    expect(both.first).toEqual(unwrap(tallyIssues(issues, { period: q3, by: g1 })));
    expect(both.second).toEqual(unwrap(tallyIssues(issues, { period: q3, by: g2 })));
  });
  test.prop([fc.array(tallyIssueArb, { minLength: 250, maxLength: 800 }), groupings, groupings], { numRuns: 15 })(
    'issue 16: tallying a province block by block (its rows looked up a block of issues at a time) gives the merge of each issue tallied alone',
    (issues, g1, g2) => {
      const both = unwrap(tallyIssuesBy(issues, { period: q3, by: { first: g1, second: g2 } }));
      expect(both.first).toEqual(mergeTallyTables(...issues.map((i) => unwrap(tallyIssues([i], { period: q3, by: g1 })))));
      expect(both.second).toEqual(mergeTallyTables(...issues.map((i) => unwrap(tallyIssues([i], { period: q3, by: g2 })))));
    },
  );
  // Counts that are fractions (a computed tally may hold them), whole counts past 2³¹ and small ones.
  const countArb = fc.oneof(fc.nat({ max: 1000 }), fc.integer({ min: 2 ** 30 - 2, max: 2 ** 32 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }));
  const anyTallyArb = fc.record(Object.fromEntries(tallyCounts.map((k) => [k, countArb])) as { [K in keyof Tally]: fc.Arbitrary<number> });
  const tableArb = fc.dictionary(fc.constantFrom('a1', 'a2', 'b', 'c10', 'c9'), anyTallyArb, { maxKeys: 5 });
  test.prop([fc.array(tableArb, { maxLength: 4 })])(
    'issue 16: mergeTallyTables (each count read by name, written back as a small integer when it is one) equals mergeTallies unit by unit, fractions and large counts kept',
    (tables) => {
      const expected: Record<string, Tally> = {};
      for (const t of tables) for (const [id, tally] of Object.entries(t)) expected[id] = mergeTallies(expected[id] ?? emptyTally, tally);
      const merged = mergeTallyTables(...tables);
      expect(Object.keys(merged)).toEqual(Object.keys(expected).sort());
      for (const id of Object.keys(expected)) for (const k of tallyCounts) expect(Object.is(merged[id]?.[k], expected[id]?.[k])).toBe(true);
    },
  );
  test.prop([fc.array(tallyIssueArb, { maxLength: 60 })])('the counts stay consistent: in time ≤ answered ≤ received, on time ≤ closed, feedback ≤ received', (issues) => {
    for (const t of Object.values(unwrap(tallyIssues(issues, { period: q3, by: 'department' })))) {
      expect(t.respondedInTime).toBeLessThanOrEqual(t.answered);
      expect(t.answered).toBeLessThanOrEqual(t.received);
      expect(t.resolved).toBeLessThanOrEqual(t.answered);
      expect(t.closedOnTime).toBeLessThanOrEqual(t.closed);
      expect(t.satisfied + t.basicallySatisfied + t.unsatisfied).toBeLessThanOrEqual(t.received);
    }
  });
});
