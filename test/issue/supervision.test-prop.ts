import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  defaultSupervisionPolicy,
  SupervisionPolicySchema,
  supervisionColourRank,
  supervisionStatus,
  supervisionStepRank,
  SupervisionStep,
  type Issue,
  type SupervisionPolicy,
  type SupervisionStatus,
} from '../../src/issue/index.js';
import { daysFromCivil, fromDayNumber, toDayNumber } from '../../src/internal/days.js';
import { actors, assigned, at, run } from './fixtures.js';

const cal = chinaCalendar;
const plus = (date: string, days: number): string => fromDayNumber(toDayNumber(date) + days);

/** An assigned issue: assignment date in 2024–2025, 1–30 working days, any recorded step. */
const issueArb = fc
  .record({
    day: fc.integer({ min: daysFromCivil(2024, 1, 1), max: daysFromCivil(2025, 12, 31) }),
    workingDays: fc.integer({ min: 1, max: 30 }),
    recorded: fc.constantFrom<SupervisionStep>(...SupervisionStep.schema.options),
  })
  .map(({ day, workingDays, recorded }): Issue => {
    const date = fromDayNumber(day);
    const issue = assigned({ date, workingDays });
    if (recorded === 'unsupervised') return issue;
    return run(issue, [{ type: 'supervise', step: recorded, actor: actors.efficiency, at: at(date, 30) }]);
  });

/** A valid policy: two shares in (0, 1] in order, and a rising ladder of 0–4 steps. */
const policyArb: fc.Arbitrary<SupervisionPolicy> = fc
  .record({
    a: fc.integer({ min: 1, max: 100 }),
    b: fc.integer({ min: 1, max: 100 }),
    rungs: fc.subarray(['urge', 'supervision', 'publicListing', 'accountability'] as const),
    gaps: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ a, b, rungs, gaps }) => {
    let days = 0;
    return parse(SupervisionPolicySchema, {
      blueAtShare: Math.min(a, b) / 100,
      yellowAtShare: Math.max(a, b) / 100,
      steps: rungs.map((step, i) => ({ step, overdueDays: (days += gaps[i] ?? 1) })),
    });
  });

function status(issue: Issue, asOf: string, policy: SupervisionPolicy): SupervisionStatus {
  const s = unwrap(supervisionStatus(issue, asOf, cal, policy));
  if (s === null) throw new Error('not supervised');
  return s;
}

const offset = fc.integer({ min: 0, max: 150 });

describe('supervision slip and ladder laws', () => {
  test.prop([issueArb, fc.integer({ min: 1, max: 150 }), offset, policyArb])(
    'while an issue stays overdue, its step and colour never move backwards',
    (issue, after, later, policy) => {
      const asOf1 = plus(issue.deadline as string, after);
      const asOf2 = plus(asOf1, later);
      const s1 = status(issue, asOf1, policy);
      const s2 = status(issue, asOf2, policy);
      expect([s1.colour, s2.colour]).toEqual(['red', 'red']);
      expect(s2.overdueWorkingDays).toBeGreaterThanOrEqual(s1.overdueWorkingDays);
      expect(supervisionStepRank(s2.dueStep)).toBeGreaterThanOrEqual(supervisionStepRank(s1.dueStep));
      expect(supervisionStepRank(s2.step)).toBeGreaterThanOrEqual(supervisionStepRank(s1.step));
    },
  );

  test.prop([issueArb, fc.integer({ min: -20, max: 200 }), policyArb])('the step is never lower than the recorded step, nor than the step due', (issue, days, policy) => {
    const s = status(issue, plus(issue.assignedOn as string, days), policy);
    expect(s.recordedStep).toBe(issue.supervisionStep);
    expect(supervisionStepRank(s.step)).toBe(Math.max(supervisionStepRank(s.recordedStep), supervisionStepRank(s.dueStep)));
  });

  test.prop([issueArb, fc.integer({ min: -20, max: 150 }), offset, policyArb])(
    'the colour is monotone in asOf: green < blue < yellow < red',
    (issue, start, later, policy) => {
      const asOf1 = plus(issue.assignedOn as string, start);
      const asOf2 = plus(asOf1, later);
      expect(supervisionColourRank(status(issue, asOf2, policy).colour)).toBeGreaterThanOrEqual(supervisionColourRank(status(issue, asOf1, policy).colour));
    },
  );

  test.prop([issueArb, fc.integer({ min: -20, max: 200 })])('red exactly when asOf is after the deadline, and only then is anything due', (issue, days) => {
    const asOf = plus(issue.assignedOn as string, days);
    const s = status(issue, asOf, defaultSupervisionPolicy);
    expect(s.colour === 'red').toBe(asOf > (issue.deadline as string));
    if (!s.overdue) expect([s.dueStep, s.overdueWorkingDays]).toEqual(['unsupervised', 0]);
  });
});
