import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { clockBoard, clockStatus, supervisionColourRank, type ClockName, type ClockState, type ClockStatus } from '../../src/issue/index.js';
import { clockInstantMs } from '../../src/supervision/clocks.js';
import { instantMs } from '../../src/internal/instant.js';
import { arbInstant } from '../../src/testing/index.js';
import { arbClocked, laterThan, type ClockedCase } from './fixtures.js';

const cal = chinaCalendar;
const names: readonly ClockName[] = ['signFor', 'firstContact', 'answer', 'handling'];

function status(c: ClockedCase, at: string): ClockStatus {
  const s = unwrap(clockStatus(c.issue, at, cal));
  if (s === null) throw new Error('no clocks');
  return s;
}

/** Where a clock stands, without `at`. */
const stand = (c: ClockState | null): unknown =>
  c === null ? null : [c.met, c.onTime, c.overdue, c.budget, c.used, c.usedShare, c.left, c.colour];

/** A case and two instants after everything it records, in either order. */
const twoLater = arbClocked.chain((c) => fc.tuple(fc.constant(c), laterThan(c), laterThan(c)));

describe('issue 17: the laws of the clocks', () => {
  test.prop([twoLater.filter(([c]) => c.pausedMs !== null)])('law: a running pause freezes every clock', ([c, a, b]) => {
    const x = status(c, a);
    const y = status(c, b);
    expect(x.pause.paused && y.pause.paused).toBe(true);
    for (const n of names) expect(stand(y[n])).toEqual(stand(x[n]));
    expect(y.colour).toBe(x.colour);
  });

  test.prop([twoLater])("law: a met clock's status does not change with `at`", ([c, a, b]) => {
    const x = status(c, a);
    const y = status(c, b);
    for (const n of names) {
      const clock = x[n];
      if (clock?.met === true) expect(stand(y[n])).toEqual(stand(clock));
    }
  });

  test.prop([twoLater.filter(([c]) => c.pausedMs === null)])('law: without a running pause, no clock’s colour falls as time passes', ([c, a, b]) => {
    const [early, late] = instantMs(a) <= instantMs(b) ? [a, b] : [b, a];
    const x = status(c, early);
    const y = status(c, late);
    for (const n of names) {
      const before = x[n];
      const after = y[n];
      if (before === null || after === null) continue;
      expect(supervisionColourRank(after.colour)).toBeGreaterThanOrEqual(supervisionColourRank(before.colour));
      if (before.overdue) expect(after.overdue || after.met).toBe(true);
    }
  });

  test.prop([twoLater.filter(([c]) => c.issue.pauses.length === 0)])('law: a clock on time has used what it has not left (working days exactly, minutes to one)', ([c, a]) => {
    const s = status(c, a);
    for (const n of names) {
      const clock = s[n];
      if (clock === null || clock.left < 0 || (clock.met ? clock.onTime === false : clock.overdue)) continue;
      if (clock.unit === 'workingDays') expect(clock.used + clock.left).toBe(clock.budget);
      else expect(clock.budget - (clock.used + clock.left)).toBeGreaterThanOrEqual(0);
      if (clock.unit === 'minutes') expect(clock.budget - (clock.used + clock.left)).toBeLessThanOrEqual(1);
    }
  });

  test.prop([fc.array(arbClocked, { maxLength: 12 }), arbInstant({ from: '2026-03-01', to: '2027-03-01' })])(
    'law: the board counts exactly what clockStatus says of each issue',
    (cases, at) => {
      const b = unwrap(clockBoard(cases.map((c) => c.issue), at, cal));
      const statuses = cases.map((c) => status(c, at));
      expect(b.paused).toBe(statuses.filter((s) => s.pause.paused).length);
      expect(b.pausedIds).toEqual(statuses.filter((s) => s.pause.paused).map((s) => s.issueId));
      expect(b.allMet).toBe(statuses.filter((s) => s.colour === null).length);
      for (const colour of ['green', 'blue', 'yellow', 'red'] as const) expect(b.colours[colour]).toBe(statuses.filter((s) => s.colour === colour).length);
      for (const n of names) {
        const clocks = statuses.map((s) => s[n]).filter((x): x is ClockState => x !== null);
        const line = b.clocks[n];
        expect(line.set).toBe(clocks.length);
        expect(line.metOnTime).toBe(clocks.filter((x) => x.onTime === true).length);
        expect(line.metLate).toBe(clocks.filter((x) => x.onTime === false).length);
        expect(line.overdueIds).toEqual(statuses.filter((s) => s[n]?.overdue === true).map((s) => s.issueId));
        for (const colour of ['green', 'blue', 'yellow', 'red'] as const) expect(line.colours[colour]).toBe(clocks.filter((x) => !x.met && x.colour === colour).length);
      }
    },
  );

  /** Instants at +08:00 and strings one character away from one. */
  const nearInstant = fc.oneof(
    arbInstant({ from: '2004-01-01', to: '2100-12-31' }),
    fc.tuple(arbInstant({ from: '2024-01-01', to: '2028-12-31' }), fc.nat({ max: 24 }), fc.constantFrom(...'0123456789-:T+Z.x ')).map(([s, i, ch]) => s.slice(0, i) + ch + s.slice(i + 1)),
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 })).map(
      ([y, m, d, h]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:59:59+08:00`,
    ),
  );
  test.prop([nearInstant])('law: the fast reading of instants agrees with instantMs, refusals included', (s) => {
    expect(clockInstantMs(s)).toBe(instantMs(s));
  });
});
