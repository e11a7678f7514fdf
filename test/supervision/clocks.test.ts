import { describe, expect, it } from 'vitest';
import { parse, unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { clockBoard, clockStatus, SupervisionPolicySchema, type ClockedIssue, type ClockState, type ClockStatus } from '../../src/issue/index.js';
import { beijingTimeLimits, shandongEnterpriseTimeLimits } from '../../src/procedure/index.js';
import type { WorkCalendar } from '../../src/calendar/index.js';
import { clocked, designFields, pause } from './fixtures.js';
import { actors, run, submitted } from '../issue/fixtures.js';

const cal = chinaCalendar;

function status(issue: ClockedIssue, at: string): ClockStatus {
  const s = unwrap(clockStatus(issue, at, cal));
  if (s === null) throw new Error('no clocks');
  return s;
}

/** The fields of a clock that say where it stands (not its identity). */
const stand = (c: ClockState | null): Partial<ClockState> | null =>
  c === null ? null : { met: c.met, onTime: c.onTime, overdue: c.overdue, budget: c.budget, used: c.used, left: c.left, colour: c.colour };

/** Beijing 接诉即办: sign for within 2 h, contact within 24 h (the test's figures: the preset gives none), handle a general matter within 7 days (168 h). */
const beijing = clocked('bj-1', '2026-10-09T09:00:00+08:00', { signFor: { hours: 2 }, firstContact: { hours: 24 }, handling: beijingTimeLimits.otherwise.handling }, { signedForAt: '2026-10-09T10:30:00+08:00' });

/** Shandong enterprise 接诉即办 (2020): first contact within 1 working day, answer within 3, solve within 15; received the day before National Day. */
const shandong = clocked('sd-1', '2026-09-30T10:00:00+08:00', shandongEnterpriseTimeLimits.otherwise);

describe('issue 17: the clocks of an order — sign-for, first contact, answer, handling', () => {
  it('Beijing 接诉即办: the order is signed for, then the enterprise contacted; each is a clock in minutes of elapsed time', () => {
    const s = status(beijing, '2026-10-10T12:00:00+08:00');
    expect(s.signFor).toMatchObject({ unit: 'minutes', dueAt: '2026-10-09T11:00:00+08:00', metAt: '2026-10-09T10:30:00+08:00', met: true, onTime: true, overdue: false, left: 30, colour: 'blue' });
    expect(s.firstContact).toMatchObject({ dueAt: '2026-10-10T09:00:00+08:00', met: false, onTime: null, overdue: true, left: -180, colour: 'red' });
    expect(s.handling).toMatchObject({ unit: 'minutes', dueAt: '2026-10-16T09:00:00+08:00', budget: 10_080, used: 1_620, left: 8_460, colour: 'green', overdue: false });
    expect(s.answer).toBeNull();
    expect(s.colour).toBe('red'); // the worst clock not yet met
    const contactedLate = status({ ...beijing, contactedAt: '2026-10-10T15:00:00+08:00' }, '2026-10-11T09:00:00+08:00');
    expect(contactedLate.firstContact).toMatchObject({ met: true, onTime: false, overdue: false, left: -360, colour: 'red' });
    expect(contactedLate.colour).toBe('green');
  });

  it('Shandong enterprise 接诉即办: 1, 3 and 15 working days, counted over National Day and the worked Saturday of the 2026 holiday notice', () => {
    expect(shandong.clocks?.due).toEqual({ signFor: null, firstContact: '2026-10-08T23:59:59+08:00', answer: '2026-10-10T23:59:59+08:00', handling: '2026-10-27T23:59:59+08:00' });
    const s = status(shandong, '2026-10-09T09:00:00+08:00');
    expect(s.signFor).toBeNull();
    expect(stand(s.firstContact)).toEqual({ met: false, onTime: null, overdue: true, budget: 1, used: 2, left: -1, colour: 'red' });
    expect(s.answer).toMatchObject({ unit: 'workingDays', budget: 3, used: 2, left: 1, colour: 'blue' });
    expect(s.handling).toMatchObject({ budget: 15, used: 2, left: 13, colour: 'green' });
    // On the last day the clock is on time to its last second.
    expect(status(shandong, '2026-10-08T23:59:59+08:00').firstContact).toMatchObject({ overdue: false, left: 0, colour: 'yellow' });
    expect(status(shandong, '2026-10-09T00:00:00+08:00').firstContact).toMatchObject({ overdue: true, left: -1 });
  });

  it('GB/T 33358-2016 and 国办发〔2020〕53号 限时办理: the slip turns blue at half the budget, yellow at 80 %, red once overdue', () => {
    const ten = clocked('gb-10', '2026-03-02T09:00:00+08:00', { handling: { workingDays: 10 } });
    expect(ten.clocks?.due.handling).toBe('2026-03-16T23:59:59+08:00');
    const rows = ['2026-03-06T10:00:00+08:00', '2026-03-09T10:00:00+08:00', '2026-03-12T10:00:00+08:00', '2026-03-14T10:00:00+08:00', '2026-03-16T23:59:59+08:00', '2026-03-17T00:00:00+08:00'].map((at) => {
      const h = status(ten, at).handling;
      return [at.slice(0, 10), h.used, h.left, h.colour, h.overdue];
    });
    expect(rows).toEqual([
      ['2026-03-06', 4, 6, 'green', false],
      ['2026-03-09', 5, 5, 'blue', false],
      ['2026-03-12', 8, 2, 'yellow', false],
      ['2026-03-14', 9, 1, 'yellow', false],
      ['2026-03-16', 10, 0, 'yellow', false],
      ['2026-03-17', 11, -1, 'red', true],
    ]);
    // Due on a Friday: red on the Saturday after, with 0 working days overdue (as supervisionStatus counts).
    const nine = clocked('gb-9', '2026-03-02T09:00:00+08:00', { handling: { workingDays: 9 } });
    expect(status(nine, '2026-03-14T10:00:00+08:00').handling).toMatchObject({ overdue: true, left: 0, colour: 'red' });
  });

  it('a handling clock due on a fixed date (the lifecycle’s `dueOn`) counts in working days', () => {
    const ten = clocked('d', '2026-03-02T09:00:00+08:00', { handling: { workingDays: 10 } });
    const fixed = { ...ten, clocks: { ...(ten.clocks as NonNullable<typeof ten.clocks>), limits: { handling: { dueOn: '2026-03-16' } } } };
    expect(status(fixed, '2026-03-12T10:00:00+08:00').handling).toMatchObject({ unit: 'workingDays', budget: 10, used: 8, left: 2, colour: 'yellow' });
  });

  it('the shares are the policy’s', () => {
    const policy = parse(SupervisionPolicySchema, { blueAtShare: 0.3, yellowAtShare: 0.4 });
    const ten = clocked('p', '2026-03-02T09:00:00+08:00', { handling: { workingDays: 10 } });
    const s = unwrap(clockStatus(ten, '2026-03-06T10:00:00+08:00', cal, policy));
    expect(s?.handling.colour).toBe('yellow');
    expect(unwrap(clockStatus(ten, '2026-03-04T10:00:00+08:00', cal, policy))?.handling.colour).toBe('green');
  });

  it('the answer clock is met by the first reply (阶段性答复), else by the answer; handling only by the answer', () => {
    const replied = status({ ...shandong, repliedAt: '2026-10-09T16:00:00+08:00' }, '2026-10-12T09:00:00+08:00');
    expect(replied.answer).toMatchObject({ met: true, onTime: true, metAt: '2026-10-09T16:00:00+08:00' });
    expect(replied.handling.met).toBe(false);
    const answered = status({ ...shandong, answeredAt: '2026-10-13T16:00:00+08:00' }, '2026-10-14T09:00:00+08:00');
    expect(answered.answer).toMatchObject({ met: true, onTime: false, left: -2, metAt: '2026-10-13T16:00:00+08:00' });
    expect(answered.handling).toMatchObject({ met: true, onTime: true, used: 5, left: 10 });
  });
});

describe('issue 17: pauses (挂起) stop every clock and show in supervision', () => {
  it('a running pause freezes every clock at its start: nothing advances, the status says since when', () => {
    const paused = { ...shandong, pauses: [pause('2026-10-09T09:00:00+08:00')] };
    const a = status(paused, '2026-10-20T10:00:00+08:00');
    expect(a.pause).toEqual({ paused: true, since: '2026-10-09T09:00:00+08:00', pausedMinutes: 11 * 24 * 60 + 60, resumed: 0, creditedWorkingDays: 0, creditedSeconds: 0 });
    // The answer clock stands where it stood when the pause began, though its due day has passed.
    expect(stand(a.answer)).toEqual(stand(status(shandong, '2026-10-09T09:00:00+08:00').answer));
    expect(a.answer).toMatchObject({ overdue: false, used: 2, left: 1 });
    // The first contact was already overdue when the pause began: it stays overdue, by as much.
    expect(a.firstContact).toMatchObject({ overdue: true, left: -1 });
    const b = status(paused, '2026-11-30T10:00:00+08:00');
    expect([stand(b.firstContact), stand(b.answer), stand(b.handling)]).toEqual([stand(a.firstContact), stand(a.answer), stand(a.handling)]);
  });

  it('a pending or declined request does not stop the clocks', () => {
    const asked = { ...pause('2026-10-09T09:00:00+08:00'), status: 'pending', decidedAt: null };
    const refused = { ...pause('2026-10-09T09:00:00+08:00'), status: 'declined' };
    for (const p of [asked, refused]) {
      const s = status({ ...shandong, pauses: [p] }, '2026-10-20T10:00:00+08:00');
      expect(s.pause.paused).toBe(false);
      expect(s.answer?.overdue).toBe(true);
    }
  });

  it('a resumed pause has moved the due instants; its credit comes out of both budget and use (hours)', () => {
    const issue = clocked('h', '2026-10-09T09:00:00+08:00', { handling: { hours: 24 } }, { pauses: [pause('2026-10-09T10:00:00+08:00', { at: '2026-10-09T16:00:00+08:00', workingDays: 0, seconds: 21_600 })] });
    expect(issue.clocks?.due.handling).toBe('2026-10-10T15:00:00+08:00');
    const s = status(issue, '2026-10-09T18:00:00+08:00');
    expect(s.handling).toMatchObject({ budget: 1_440, used: 180, left: 1_260, usedShare: 0.125 });
    expect(s.pause).toMatchObject({ paused: false, since: null, resumed: 1, creditedSeconds: 21_600 });
  });

  it('a resumed pause has moved the due instants; its credit comes out of both budget and use (working days)', () => {
    const issue = clocked('w', '2026-03-02T09:00:00+08:00', { handling: { workingDays: 5 } }, { pauses: [pause('2026-03-03T09:00:00+08:00', { at: '2026-03-05T17:00:00+08:00', workingDays: 2, seconds: 0 })] });
    expect(issue.clocks?.due.handling).toBe('2026-03-11T23:59:59+08:00');
    expect(status(issue, '2026-03-10T10:00:00+08:00').handling).toMatchObject({ budget: 5, used: 4, left: 1, colour: 'yellow' });
  });
});

describe('issue 17: the clock board of a supervision screen', () => {
  const overdueSignFor = clocked('a', '2026-10-09T09:00:00+08:00', { signFor: { hours: 2 }, handling: { workingDays: 5 } });
  const signedLate = { ...overdueSignFor, id: 'b', signedForAt: '2026-10-09T11:30:00+08:00' };
  const pausedIssue = { ...overdueSignFor, id: 'c', signedForAt: '2026-10-09T10:00:00+08:00', pauses: [pause('2026-10-09T10:30:00+08:00')] };
  const none = { ...designFields, id: 'd' };
  const all = [overdueSignFor, signedLate, pausedIssue, none, shandong];
  const at = '2026-10-09T12:00:00+08:00';

  it('counts each clock and colour in one pass, lists the overdue and the paused, and agrees with clockStatus', () => {
    const b = unwrap(clockBoard(all, at, cal));
    expect(b).toMatchObject({ issues: 5, withoutClocks: 1, paused: 1, pausedIds: ['c'], allMet: 0 });
    expect(b.clocks.signFor).toMatchObject({ set: 3, metOnTime: 1, metLate: 1, running: 1, overdue: 1, overdueIds: ['a'] });
    expect(b.clocks.firstContact).toMatchObject({ set: 1, overdue: 1, overdueIds: ['sd-1'] });
    expect(b.clocks.handling.set).toBe(4);
    const statuses = all.map((i) => unwrap(clockStatus(i, at, cal))).filter((s): s is ClockStatus => s !== null);
    const colours = { green: 0, blue: 0, yellow: 0, red: 0 };
    for (const s of statuses) if (s.colour !== null) colours[s.colour]++;
    expect(b.colours).toEqual(colours);
    expect(b.clocks.handling.colours).toEqual(
      statuses.reduce((acc, s) => ({ ...acc, [s.handling.colour]: acc[s.handling.colour] + 1 }), { green: 0, blue: 0, yellow: 0, red: 0 }),
    );
  });

  it('an issue whose every clock is met is counted apart', () => {
    const done = { ...overdueSignFor, id: 'e', signedForAt: '2026-10-09T10:00:00+08:00', answeredAt: '2026-10-09T11:00:00+08:00' };
    expect(unwrap(clockBoard([done], at, cal))).toMatchObject({ allMet: 1, colours: { green: 0, blue: 0, yellow: 0, red: 0 } });
    expect(status(done, at).colour).toBeNull();
  });

  it('an issue without clocks has no status', () => {
    expect(clockStatus(none, at, cal)).toEqual({ ok: true, value: null });
  });
});

describe('issue 17: clocks read supplied data without throwing', () => {
  const at = '2026-10-09T12:00:00+08:00';

  it('refuses an `at` that is not an instant, or lies outside the calendar, at path at', () => {
    for (const bad of ['2026-10-09T12:00:00', '2026-02-30T12:00:00+08:00', '']) {
      const r = clockStatus(shandong, bad, cal);
      expect(r.ok || r.error).toMatchObject({ code: 'INVALID_INSTANT', path: ['at'] });
      expect(r.ok || r.error.messageZh).toMatch(/at/);
    }
    const far = clockBoard([shandong], '2201-01-01T00:00:00+08:00', cal);
    expect(far.ok || far.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['at'] });
  });

  it('refuses a bad calendar or policy at their paths', () => {
    const broken = { ...cal, firstYear: 2030, lastYear: 2020 } as WorkCalendar;
    const r = clockStatus(shandong, at, broken);
    expect(r.ok || r.error.path?.[0]).toBe('calendar');
    const p = clockStatus(shandong, at, cal, { ...parse(SupervisionPolicySchema, {}), blueAtShare: 0.9, yellowAtShare: 0.5 });
    expect(p.ok || p.error.path?.slice(0, 2)).toEqual(['policy', 'blueAtShare']);
  });

  it('names the field of the issue it cannot read, under issue or issues[i]', () => {
    const badDue = { ...shandong, clocks: { ...(shandong.clocks as NonNullable<typeof shandong.clocks>), due: { ...(shandong.clocks as NonNullable<typeof shandong.clocks>).due, answer: '2026-10-10' } } };
    const one = clockStatus(badDue, at, cal);
    expect(one.ok || one.error).toMatchObject({ code: 'INVALID_INSTANT', path: ['issue', 'clocks', 'due', 'answer'] });
    const many = clockBoard([shandong, badDue], at, cal);
    expect(many.ok || many.error).toMatchObject({ code: 'INVALID_INSTANT', path: ['issues', 1, 'clocks', 'due', 'answer'] });
    const badCredit = { ...shandong, pauses: [pause('2026-10-01T09:00:00+08:00', { at: '2026-10-02T09:00:00+08:00', workingDays: Number.NaN, seconds: 0 })] };
    const credit = clockStatus(badCredit, at, cal);
    expect(credit.ok || credit.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['issue', 'pauses', 0, 'creditedWorkingDays'] });
    const badMet = clockStatus({ ...shandong, contactedAt: 'soon' }, at, cal);
    expect(badMet.ok || badMet.error).toMatchObject({ code: 'INVALID_INSTANT', path: ['issue', 'contactedAt'] });
    const uncovered = clockStatus(clocked('old', '2026-10-09T09:00:00+08:00', { handling: { workingDays: 1 } }, { signedForAt: null }), at, { ...cal, firstYear: 2027 } as WorkCalendar);
    expect(uncovered.ok).toBe(false);
  });

  it('reads instants at any offset, and days in China time', () => {
    const utc = { ...shandong, clocks: { ...(shandong.clocks as NonNullable<typeof shandong.clocks>), startedAt: '2026-09-30T02:00:00Z' } };
    expect(stand(status(utc, '2026-10-09T01:00:00Z').answer)).toEqual(stand(status(shandong, '2026-10-09T09:00:00+08:00').answer));
  });
});

describe('issue 17: the clocks of an order the lifecycle produced', () => {
  it('an Issue is read as the lifecycle wrote it: signed for on time, frozen while paused, moved by the resumed pause', () => {
    const h = actors.handler;
    const paused = run(submitted('i1', 'e1', '2026-10-09T08:30:00+08:00'), [
      { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', actor: actors.office, at: '2026-10-09T08:40:00+08:00' },
      { type: 'assign', departmentId: 'd-power', timeLimit: { hours: 24 }, clocks: { signFor: { hours: 2 }, firstContact: { hours: 4 } }, actor: actors.office, at: '2026-10-09T09:00:00+08:00' },
      { type: 'signFor', actor: h, at: '2026-10-09T10:00:00+08:00' },
      { type: 'requestPause', reasonCode: 'awaitingMaterial', actor: h, at: '2026-10-09T11:00:00+08:00' },
      { type: 'decidePause', grant: true, actor: actors.office, at: '2026-10-09T12:00:00+08:00' },
    ]);
    const frozen = status(paused, '2026-10-12T12:00:00+08:00');
    expect(frozen.signFor).toMatchObject({ met: true, onTime: true });
    expect(frozen.firstContact).toMatchObject({ met: false, overdue: false, used: 180 });
    expect(frozen.pause.paused).toBe(true);
    const resumed = run(paused, [{ type: 'resume', actor: h, at: '2026-10-09T18:00:00+08:00' }]);
    const after = status(resumed, '2026-10-09T18:30:00+08:00');
    expect(after.firstContact).toMatchObject({ dueAt: '2026-10-09T19:00:00+08:00', overdue: false });
    expect(after.handling.dueAt).toBe('2026-10-10T15:00:00+08:00');
    expect(after.pause).toMatchObject({ paused: false, resumed: 1, creditedSeconds: 6 * 3600 });
    // Signed for before the pause: its due instant did not move, so neither does its budget.
    expect(after.signFor).toMatchObject({ dueAt: '2026-10-09T11:00:00+08:00', budget: 120, used: 60, met: true, onTime: true });
  });
});
