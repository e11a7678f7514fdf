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
