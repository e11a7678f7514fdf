import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { validateLadderWith } from '../../src/escalation/validate.js';

/** Rules over small pools, so that lists cover and meet one another often; some rules repeat earlier ones' lists. */
const arbWhen = fc.record(
  {
    nature: fc.subarray(['ordinary', 'major', 'widespread', 'policy'] as const, { minLength: 1 }),
    scope: fc.subarray(['ownFunction', 'otherSections', 'outsideBureau'] as const, { minLength: 1 }),
    categoryId: fc.subarray(['c1', 'c2', 'c3', 'c4'], { minLength: 1 }),
    industry: fc.subarray(['C', 'C3', 'C34', 'C3411', 'F', 'F51'], { minLength: 1 }),
    overdueWorkingDays: fc.record({ min: fc.nat({ max: 6 }), max: fc.nat({ max: 12 }) }, { requiredKeys: [] }),
    reopenCount: fc.record({ min: fc.nat({ max: 3 }) }),
  },
  { requiredKeys: [] },
);
const arbRules = fc.array(fc.record({ when: arbWhen, rank: fc.integer({ min: 10, max: 14 }) }), { maxLength: 40 });
const ladderOf = (rules: readonly { readonly when: unknown; readonly rank: number }[]) => ({
  id: 'l',
  name: { zh: '层级', en: 'Ladder' },
  source: 'app',
  rules: rules.map((r, i) => ({ id: `r${i}`, when: r.when, target: { holder: 'mayor' }, rank: r.rank })),
});
const findings = (input: unknown, pairwise: boolean) => {
  const r = validateLadderWith(input, { maxRuleComparisons: Infinity, maxGapChecks: 0, pairwise });
  const report = r.ok ? r.value : r.error.report;
  return report === null ? null : { errors: report.errors, warnings: report.warnings };
};

describe('Part 11 (issue 16, linear everywhere): validateLadder compares each rule only with the earlier rules that can cover or meet it', () => {
  test.prop([arbRules], { numRuns: 300 })('the indexed comparison finds exactly what comparing every pair finds', (rules) => {
    const input = ladderOf(rules);
    expect(findings(input, false)).toEqual(findings(input, true));
  });
});

/** Range-only rules over small bounds, so that they cover and meet one another often: most bound one fact, some none, some two (the comparisons then). */
const arbRange = (max: number) => fc.record({ min: fc.integer({ min: -1, max }), max: fc.integer({ min: 0, max: max + 1 }) }, { requiredKeys: [] });
const arbSteps = fc.constantFrom('unsupervised', 'urge', 'supervision', 'publicListing', 'accountability');
const arbRangeWhen = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(
    fc.record({ overdueWorkingDays: arbRange(6) }),
    fc.record({ enterprisesAffected: arbRange(4) }),
    fc.record({ amountInvolved: fc.record({ min: fc.double({ min: 0, max: 3, noNaN: true }), max: fc.double({ min: 0, max: 3, noNaN: true }) }, { requiredKeys: [] }) }),
    fc.record({ reopenCount: arbRange(3) }),
    fc.record({ supervisionStep: fc.record({ min: arbSteps, max: arbSteps }, { requiredKeys: [] }) }),
    fc.constant({}),
  ) },
  { weight: 1, arbitrary: fc.record({ overdueWorkingDays: arbRange(6), reopenCount: arbRange(3) }) },
).chain((when) => fc.option(fc.boolean(), { nil: undefined }).map((u) => (u === undefined ? when : { ...when, declaredUnsolvable: u })));
const arbRangeRules = fc.array(fc.record({ when: arbRangeWhen, rank: fc.integer({ min: 10, max: 14 }) }), { maxLength: 40 });

describe('Part 11 (issue 16, linear everywhere): validateLadder sweeps range-only ladders instead of comparing every pair', () => {
  test.prop([arbRangeRules], { numRuns: 500 })('the sweep finds exactly the shadowed rules and rank inversions that comparing every pair finds', (rules) => {
    const input = ladderOf(rules);
    expect(findings(input, false)).toEqual(findings(input, true));
  });
});
