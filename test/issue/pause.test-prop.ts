/**
 * Issue 17's pause law (挂起): the working days an approved pause lasted move every clock that is
 * not yet met, and the deadline, by exactly that many working days; hour clocks move by the
 * seconds it lasted; met clocks do not move. Within the policy's caps (maxPausedWorkingDays,
 * maxPausedHours: qinqing's own figures), which the law's generator stays inside.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addWorkingDays, chinaCalendar, isWorkingDay } from '../../src/calendar/index.js';
import { unwrap } from '../../src/index.js';
import type { Issue } from '../../src/issue/index.js';
import { instantMs } from '../../src/internal/instant.js';
import { actors, run, submitted, type Step } from './fixtures.js';

const DAY = 86_400_000;

/** The working days of 2026 and the first half of 2027, in order. */
const workingDays: readonly string[] = (() => {
  const out: string[] = [];
  for (let t = Date.UTC(2026, 0, 5); t < Date.UTC(2027, 6, 1); t += DAY) {
    const d = new Date(t).toISOString().slice(0, 10);
    if (unwrap(isWorkingDay(d, chinaCalendar))) out.push(d);
  }
  return out;
})();

/** The local date of an instant written in China time. */
const dayOf = (instant: string): string => instant.slice(0, 10);

/** The clocks' due dates and the deadline, for the clocks not yet met. */
function dueDays(issue: Issue): Record<string, string | null> {
  const c = issue.clocks;
  if (c === null) throw new Error('no clocks');
  return {
    deadline: issue.deadline,
    handling: dayOf(c.due.handling),
    signFor: issue.signedForAt === null && c.due.signFor !== null ? dayOf(c.due.signFor) : null,
    firstContact: issue.contactedAt === null && c.due.firstContact !== null ? dayOf(c.due.firstContact) : null,
    answer: c.due.answer === null ? null : dayOf(c.due.answer),
  };
}

const scenario = fc.record({
  start: fc.nat({ max: workingDays.length - 80 }),
  handling: fc.integer({ min: 3, max: 30 }),
  signFor: fc.integer({ min: 1, max: 3 }),
  firstContact: fc.integer({ min: 1, max: 3 }),
  answer: fc.integer({ min: 1, max: 3 }),
  signedFirst: fc.boolean(),
  pauseAfter: fc.nat({ max: 2 }),
  k: fc.nat({ max: 20 }),
});

describe('Part 12 (issue 17): pausing the clocks (挂起)', () => {
  test.prop([scenario], { numRuns: 300 })(
    'pausing for k working days moves every deadline by exactly k working days (issue 17: "paused working days or hours extend every clock exactly"; met clocks stay)',
    ({ start, handling, signFor, firstContact, answer, signedFirst, pauseAfter, k }) => {
      const day0 = workingDays[start] as string;
      const pausedOn = workingDays[start + pauseAfter] as string;
      const resumedOn = workingDays[start + pauseAfter + k] as string;
      const office = { actor: actors.office };
      const steps: Step[] = [
        { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', ...office, at: `${day0}T09:00:00+08:00` },
        {
          type: 'assign',
          departmentId: 'd-power',
          timeLimit: { workingDays: handling },
          clocks: { signFor: { workingDays: signFor }, firstContact: { workingDays: firstContact }, answer: { workingDays: answer } },
          ...office,
          at: `${day0}T09:30:00+08:00`,
        },
        ...(signedFirst ? ([{ type: 'signFor', actor: actors.handler, at: `${day0}T10:00:00+08:00` }] as const) : []),
        { type: 'requestPause', reasonCode: 'awaitingMaterial', reason: '等待企业补充环评材料', actor: actors.handler, at: `${pausedOn}T11:00:00+08:00` },
        { type: 'decidePause', grant: true, ...office, at: `${pausedOn}T11:30:00+08:00` },
      ];
      const paused = run(submitted('i1', 'e1', `${day0}T08:00:00+08:00`), steps);
      const before = dueDays(paused);
      const after = run(paused, [{ type: 'resume', actor: actors.handler, at: `${resumedOn}T11:30:00+08:00` }]);
      expect(after.state).toBe('assigned');
      expect(after.pauses.at(-1)?.creditedWorkingDays).toBe(k);
      for (const [name, due] of Object.entries(dueDays(after))) {
        const was = before[name] ?? null;
        expect(due === null ? null : due, name).toBe(was === null ? null : unwrap(addWorkingDays(was, k, chinaCalendar)));
      }
      // A met clock keeps its due instant.
      if (signedFirst) expect(after.clocks?.due.signFor).toBe(paused.clocks?.due.signFor);
    },
  );

  test.prop([fc.integer({ min: 0, max: 72 * 60 }), fc.integer({ min: 1, max: 48 })], { numRuns: 200 })(
    'pausing for s seconds moves every hour clock by exactly s seconds, within the cap of maxPausedHours (issue 17; hour limits as Beijing 接诉即办 sets them)',
    (minutes, hours) => {
      const t0 = Date.parse('2026-10-09T09:00:00+08:00');
      const instant = (ms: number): string => {
        const local = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
        return `${local}+08:00`;
      };
      const office = { actor: actors.office };
      const paused = run(submitted('i1', 'e1', instant(t0 - 3_600_000)), [
        { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', ...office, at: instant(t0 - 1_800_000) },
        { type: 'assign', departmentId: 'd-power', timeLimit: { hours }, clocks: { signFor: { hours: 1 } }, ...office, at: instant(t0) },
        { type: 'requestPause', reasonCode: 'thirdPartyInspection', reason: '', actor: actors.handler, at: instant(t0 + 60_000) },
        { type: 'decidePause', grant: true, ...office, at: instant(t0 + 120_000) },
      ]);
      const after = run(paused, [{ type: 'resume', actor: actors.handler, at: instant(t0 + 120_000 + minutes * 60_000) }]);
      const seconds = minutes * 60;
      expect(after.pauses.at(-1)?.creditedSeconds).toBe(seconds);
      for (const clock of ['handling', 'signFor'] as const) {
        const was = paused.clocks?.due[clock];
        const now = after.clocks?.due[clock];
        if (was === null || was === undefined || now === null || now === undefined) throw new Error(`${clock} clock missing`);
        expect(instantMs(now) - instantMs(was), clock).toBe(seconds * 1000);
      }
    },
  );
});
