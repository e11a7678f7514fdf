import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { dailyCloseOut, weeklySupervisionList, type Issue } from '../../src/issue/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { actors, assigned, at, run } from './fixtures.js';

const cal = chinaCalendar;

const answer = { type: 'answer', outcome: 'resolved', summary: '已协调解决', mode: 'writtenReply', actor: actors.handler } as const;
const satisfied = { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise } as const;

/** Assigned on 2 March 2026, answered on 5 March, confirmed by the enterprise on 6 March. */
function confirmed(issueId: string, procedure: 'simple' | 'general' = 'simple'): Issue {
  const a = assigned({ issueId, date: '2026-03-02', procedure });
  return run(run(a, [answer], { date: '2026-03-05' }), [satisfied], { date: '2026-03-06' });
}

const close = (issue: Issue, when: string) => run(issue, [{ type: 'close', actor: actors.office, at: when }]);

describe('dailyCloseOut (每日销结, 002)', () => {
  const closedTenth = close(confirmed('closed-10'), at('2026-03-10', 30));
  const closedEleventh = close(confirmed('closed-11'), at('2026-03-11'));
  // 16:30 UTC on 10 March is 00:30 on 11 March in China.
  const closedLateUtc = close(confirmed('closed-utc'), '2026-03-10T16:30:00Z');
  const ready = confirmed('ready');
  const blocked = confirmed('blocked', 'general');
  const stillAssigned = assigned({ issueId: 'open', date: '2026-03-02' });
  const issues = [stillAssigned, closedTenth, blocked, closedEleventh, ready, closedLateUtc];

  it('002: lists the issues closed on the date, and the confirmed ones ready to close', () => {
    const list = unwrap(dailyCloseOut(issues, '2026-03-10'));
    expect(list.date).toBe('2026-03-10');
    expect(list.closed.map((i) => i.id)).toEqual(['closed-10']);
    expect(list.readyToClose.map((i) => i.id)).toEqual(['ready']);
  });

  it('000/002: lists a confirmed general-procedure issue whose dossier is incomplete as blocked, with what is missing', () => {
    const list = unwrap(dailyCloseOut(issues, '2026-03-10'));
    expect(list.blocked.map((b) => [b.issue.id, b.missing])).toEqual([['blocked', ['documents', 'records', 'evidence']]]);
    const filed = run(
      blocked,
      [{ type: 'addToDossier', documents: ['答复函.pdf'], records: ['走访记录'], evidence: ['照片'], actor: actors.office }],
      { date: '2026-03-09' },
    );
    const after = unwrap(dailyCloseOut([filed], '2026-03-10'));
    expect(after.blocked).toEqual([]);
    expect(after.readyToClose.map((i) => i.id)).toEqual(['blocked']);
  });

  it('judges the close-out date in local time (China by default)', () => {
    expect(unwrap(dailyCloseOut(issues, '2026-03-11')).closed.map((i) => i.id)).toEqual(['closed-11', 'closed-utc']);
    expect(unwrap(dailyCloseOut(issues, '2026-03-10', 0)).closed.map((i) => i.id)).toEqual(['closed-10', 'closed-utc']);
  });

  it('does not list an issue reopened after close-out among the closed', () => {
    const reopened = run(closedTenth, [{ type: 'complain', reason: '问题再次出现', actor: actors.enterprise, at: at('2026-03-10', 60) }]);
    expect(unwrap(dailyCloseOut([reopened], '2026-03-10')).closed).toEqual([]);
  });

  it('rejects a bad date or offset', () => {
    const bad = dailyCloseOut(issues, '2026-3-10');
    expect(bad.ok || bad.error).toMatchObject({ code: 'INVALID_DATE', path: ['date'] });
    const offset = dailyCloseOut(issues, '2026-03-10', 900);
    expect(offset.ok || offset.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['utcOffsetMinutes'] });
  });
});

describe('weeklySupervisionList (每周督查, 002)', () => {
  const asOf = '2026-03-20';
  // Deadline 9 March: 9 working days overdue on 20 March.
  const r1 = assigned({ issueId: 'r1', enterpriseId: 'e1', date: '2026-03-02', workingDays: 5, departmentId: 'd-a' });
  // Deadline 13 March: 5 working days overdue.
  const r2 = assigned({ issueId: 'r2', enterpriseId: 'e2', date: '2026-03-02', workingDays: 9, departmentId: 'd-b' });
  const r0 = assigned({ issueId: 'r0', enterpriseId: 'e3', date: '2026-03-02', workingDays: 9, departmentId: 'd-c' });
  // Deadline 13 March too, but assigned later; same overdue days and deadline: by id.
  const r3 = assigned({ issueId: 'r3', enterpriseId: 'e4', date: '2026-03-09', workingDays: 4, departmentId: 'd-a' });
  // Deadline 20 March, 9 of 9 working days used: yellow; urged by the office already.
  const y1 = run(assigned({ issueId: 'y1', enterpriseId: 'e5', date: '2026-03-09', workingDays: 9, departmentId: 'd-a' }), [
    { type: 'supervise', step: 'urge', actor: actors.office, at: at('2026-03-18') },
  ]);
  // Deadline 26 March, 4 of 8 working days used: blue.
  const b1 = assigned({ issueId: 'b1', enterpriseId: 'e6', date: '2026-03-16', workingDays: 8, departmentId: 'd-b' });
  // 1 of 10 used: green, not listed.
  const g1 = assigned({ issueId: 'g1', enterpriseId: 'e7', date: '2026-03-19', workingDays: 10, departmentId: 'd-b' });
  // Answered: not supervised.
  const done = run(assigned({ issueId: 'done', date: '2026-03-02', workingDays: 5 }), [answer], { date: '2026-03-12' });
  const issues = [g1, b1, done, r2, y1, r3, r1, r0];

  it('002/003: lists every assigned issue that is not green, red first, most overdue first, then deadline, then id', () => {
    const list = unwrap(weeklySupervisionList(issues, asOf, cal));
    expect(list.asOf).toBe(asOf);
    expect(list.entries.map((e) => [e.issueId, e.colour, e.overdueWorkingDays, e.deadline])).toEqual([
      ['r1', 'red', 9, '2026-03-09'],
      ['r0', 'red', 5, '2026-03-13'],
      ['r2', 'red', 5, '2026-03-13'],
      ['r3', 'red', 5, '2026-03-13'],
      ['y1', 'yellow', 0, '2026-03-20'],
      ['b1', 'blue', 0, '2026-03-26'],
    ]);
  });

  it('000/003: shows the supervision step due next to the step recorded', () => {
    const list = unwrap(weeklySupervisionList(issues, asOf, cal));
    const byId = new Map(list.entries.map((e) => [e.issueId, e]));
    expect(byId.get('r1')).toEqual({
      issueId: 'r1',
      enterpriseId: 'e1',
      leadDepartmentId: 'd-a',
      deadline: '2026-03-09',
      colour: 'red',
      step: 'publicListing',
      recordedStep: 'unsupervised',
      overdueWorkingDays: 9,
      provisional: false,
    });
    expect(byId.get('y1')).toMatchObject({ colour: 'yellow', step: 'urge', recordedStep: 'urge' });
    expect(byId.get('b1')).toMatchObject({ step: 'unsupervised' });
  });

  it('002: groups the lines by lead department, departments by id, lines in list order', () => {
    const list = unwrap(weeklySupervisionList(issues, asOf, cal));
    expect(list.byDepartment.map((d) => [d.departmentId, d.entries.map((e) => e.issueId)])).toEqual([
      ['d-a', ['r1', 'r3', 'y1']],
      ['d-b', ['r2', 'b1']],
      ['d-c', ['r0']],
    ]);
  });

  it('gives the same list whatever the input order, and changes nothing it is given', () => {
    const frozen = deepFreeze([...issues].reverse());
    expect(unwrap(weeklySupervisionList(frozen, asOf, cal))).toEqual(unwrap(weeklySupervisionList(issues, asOf, cal)));
  });

  it('returns the calendar errors at the path asOf', () => {
    const r = weeklySupervisionList(issues, '2101-03-20', cal);
    expect(r.ok || r.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['asOf'] });
    const empty = weeklySupervisionList([], 'soon', cal);
    expect(empty.ok || empty.error).toMatchObject({ code: 'INVALID_DATE', path: ['asOf'] });
  });
});
