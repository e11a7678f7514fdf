import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { type Issue } from '../../src/issue/index.js';
import { EscalationLadderSchema, hainingLadder, route, xingtaiLadder } from '../../src/escalation/index.js';
import {
  agenda,
  hainingHalfMonthlyConsultation,
  jiaozuoJointMeeting,
  occurrences,
  xingtaiMonthlyAdviserMeeting,
  xingtaiQuarterlyScheduling,
  type MeetingAgenda,
} from '../../src/meeting/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { actors, assigned, run } from '../issue/fixtures.js';

const cal = chinaCalendar;
const asOf = '2026-10-09';
const consultation = { series: hainingHalfMonthlyConsultation, on: '2026-10-09' };

const unsolvable = { type: 'answer', outcome: 'unsolvable', summary: '用地指标不足', mode: 'writtenReply', measures: '提交市长半月会商', actor: actors.handler } as const;
const resolved = { type: 'answer', outcome: 'resolved', summary: '已协调', mode: 'writtenReply', actor: actors.handler } as const;
const unsatisfied = { type: 'giveFeedback', level: 'unsatisfied', actor: actors.enterprise } as const;
const satisfied = { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise } as const;

/** Assigned to a department and answered "cannot be solved for now" (暂不能解决). */
function declaredUnsolvable(issueId: string, departmentId: string): Issue {
  return run(assigned({ issueId, departmentId }), [unsolvable], { date: '2026-10-05' });
}

/** Answered twice and twice found unsatisfying by the enterprise (再梳理、再跟踪、再反馈). */
function reopenedTwice(issueId: string, departmentId: string): Issue {
  const again = { type: 'assign', departmentId, timeLimit: { workingDays: 5 }, actor: actors.office } as const;
  return run(assigned({ issueId, departmentId }), [resolved, unsatisfied, again, resolved, unsatisfied], { date: '2026-10-05' });
}

const slipsOf = (a: MeetingAgenda) => a.slips.map((s) => [s.departmentId, s.issueIds]);

describe("agenda: the assignment slips (交办单) of a meeting (002, 000)", () => {
  const hard = [
    declaredUnsolvable('h3', 'd-land'),
    reopenedTwice('h1', 'd-power'),
    declaredUnsolvable('h2', 'd-land'),
    reopenedTwice('h4', 'd-environment'),
  ];
  const routine = assigned({ issueId: 'r1', departmentId: 'd-land' });
  const closed = run(declaredUnsolvable('c1', 'd-land'), [satisfied, { type: 'close', actor: actors.office }], { date: '2026-10-06' });
  const withdrawn = run(declaredUnsolvable('w1', 'd-power'), [{ type: 'withdraw', actor: actors.enterprise }], { date: '2026-10-06' });

  it('the fixtures route as the ladder says: hard cases to the consultation, the rest to the department', () => {
    for (const i of [...hard, closed, withdrawn]) expect(unwrap(route(i, hainingLadder, asOf, cal)).target?.holder, i.id).toBe('halfMonthlyConsultation');
    expect(unwrap(route(routine, hainingLadder, asOf, cal)).target?.holder).toBe('departmentHead');
    expect(hard[1]).toMatchObject({ state: 'reopened', reopenCount: 2, leadDepartmentId: 'd-power' });
    expect(closed.state).toBe('closed');
    expect(withdrawn.state).toBe('withdrawn');
  });

  it('002: groups the open hard cases of the half-monthly consultation into one slip per department, sorted', () => {
    const a = unwrap(agenda(consultation, [routine, ...hard, closed, withdrawn], asOf, hainingLadder, cal));
    expect(a).toEqual({
      seriesId: 'haining-half-monthly-consultation',
      holder: 'halfMonthlyConsultation',
      on: '2026-10-09',
      slips: [
        { departmentId: 'd-environment', issueIds: ['h4'], count: 1 },
        { departmentId: 'd-land', issueIds: ['h2', 'h3'], count: 2 },
        { departmentId: 'd-power', issueIds: ['h1'], count: 1 },
      ],
      problemCount: 4,
      slipCount: 3,
      provisional: false,
    });
  });

  it('Part 7: an agenda drawn up in a provisional year says so (its overdue counts rest on derived days off)', () => {
    const later = unwrap(agenda(consultation, [routine, ...hard], '2027-03-01', hainingLadder, cal));
    expect(later.provisional).toBe(true);
  });

  it('is deterministic: the order of the issues does not matter, and the result survives JSON', () => {
    const issues = [routine, ...hard, closed, withdrawn];
    const a = unwrap(agenda(consultation, issues, asOf, hainingLadder, cal));
    const b = unwrap(agenda(consultation, [...issues].reverse(), asOf, hainingLadder, cal));
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('002: reproduces Haining’s scale — 70 assignment slips carrying 176 problems', () => {
    // 36 departments with 3 problems and 34 with 2: 108 + 68 = 176.
    const issues: Issue[] = [];
    for (let d = 0; d < 70; d++) {
      const department = `d-${String(d).padStart(2, '0')}`;
      for (let k = 0; k < (d < 36 ? 3 : 2); k++) {
        const id = `${department}-p${k}`;
        issues.push(k === 1 ? reopenedTwice(id, department) : declaredUnsolvable(id, department));
      }
      issues.push(assigned({ issueId: `${department}-routine`, departmentId: department }));
    }
    const a = unwrap(agenda(consultation, deepFreeze(issues), asOf, hainingLadder, cal));
    expect(a.slipCount).toBe(70);
    expect(a.problemCount).toBe(176);
    expect(a.slips.reduce((n, s) => n + s.count, 0)).toBe(176);
    expect(a.slips[0]).toEqual({ departmentId: 'd-00', issueIds: ['d-00-p0', 'd-00-p1', 'd-00-p2'], count: 3 });
    expect(a.slips.at(-1)).toEqual({ departmentId: 'd-69', issueIds: ['d-69-p0', 'd-69-p1'], count: 2 });
  });

  it('000: the Xingtai ladder splits problems between the monthly adviser meeting and the quarterly scheduling meeting', () => {
    // The fixture classifies as 'outsideBureau'; a cross-department issue differs only in its scope.
    const multi: Issue = { ...assigned({ issueId: 'x1', departmentId: 'd-tax' }), scope: 'multiDepartment' };
    const hardMatter = declaredUnsolvable('x2', 'd-market');
    const monthly = unwrap(agenda({ series: xingtaiMonthlyAdviserMeeting, on: '2026-10-12' }, [multi, hardMatter], asOf, xingtaiLadder, cal));
    const quarterly = unwrap(agenda({ series: xingtaiQuarterlyScheduling, on: '2026-10-15' }, [multi, hardMatter], asOf, xingtaiLadder, cal));
    expect(slipsOf(monthly)).toEqual([['d-market', ['x2']]]);
    expect(slipsOf(quarterly)).toEqual([['d-tax', ['x1']]]);
  });

  it('puts the problems without a lead department on one last slip, with a null department, for the meeting to assign', () => {
    const ladder = EscalationLadderSchema.parse({
      id: 'major-to-consultation',
      name: { zh: '重大问题提交半月会商', en: 'Major problems to the consultation' },
      source: 'test',
      rules: [
        { id: 'major', when: { nature: ['major'] }, target: { holder: 'halfMonthlyConsultation' }, rank: 30 },
        { id: 'rest', when: {}, target: { holder: 'departmentHead' }, rank: 10 },
      ],
    });
    const major = (id: string, departmentId: string | null): Issue => ({ ...assigned({ issueId: id }), nature: 'major', leadDepartmentId: departmentId });
    const a = unwrap(agenda(consultation, [major('u2', null), major('a1', 'd-a'), major('u1', null), major('z1', 'z')], asOf, ladder, cal));
    expect(slipsOf(a)).toEqual([
      ['d-a', ['a1']],
      ['z', ['z1']],
      [null, ['u1', 'u2']],
    ]);
    expect(a.slipCount).toBe(3);
  });

  it("001: takes the app's extra facts by issue id, e.g. problems affecting many enterprises go to the joint meeting", () => {
    const ladder = EscalationLadderSchema.parse({
      id: 'widespread-to-joint-meeting',
      name: { zh: '多企业问题提交联席会议', en: 'Problems of many enterprises to the joint meeting' },
      source: 'test',
      rules: [
        { id: 'many', when: { enterprisesAffected: { min: 10 } }, target: { holder: 'jointMeeting' }, rank: 30 },
        { id: 'rest', when: {}, target: { holder: 'departmentHead' }, rank: 10 },
      ],
    });
    const issues = ['constructor', 'toString', 'j1', 'j2'].map((id) => assigned({ issueId: id, departmentId: 'd-industry' }));
    const extra = { j1: { enterprisesAffected: 12 }, j2: { enterprisesAffected: 3 } };
    const meeting = { series: jiaozuoJointMeeting, on: '2026-11-25' };
    expect(slipsOf(unwrap(agenda(meeting, issues, asOf, ladder, cal, extra)))).toEqual([['d-industry', ['j1']]]);
    expect(unwrap(agenda(meeting, issues, asOf, ladder, cal)).slips).toEqual([]);
  });

  it('draws up the agenda of a meeting date that occurrences gives', () => {
    const october = unwrap(occurrences(hainingHalfMonthlyConsultation, { from: '2026-10-01', to: '2026-10-31' }, cal));
    expect(october.map((o) => o.on)).toEqual(['2026-10-08', '2026-10-16', '2026-10-30']);
    const first = october[0];
    if (first === undefined) throw new Error('no meeting');
    const a = unwrap(agenda({ series: hainingHalfMonthlyConsultation, on: first.on }, hard, first.on, hainingLadder, cal));
    expect(a).toMatchObject({ on: '2026-10-08', problemCount: 4, slipCount: 3 });
  });

  it('rejects bad dates and duplicate issues, and passes a calendar error through', () => {
    expect(agenda({ ...consultation, on: '2026-10-32' }, hard, asOf, hainingLadder, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['meeting', 'on'] } });
    expect(agenda(consultation, hard, '20261009', hainingLadder, cal)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'] } });
    const dup = agenda(consultation, [...hard, hard[2] as Issue], asOf, hainingLadder, cal);
    expect(dup).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['issues', 4, 'id'], value: 'h2' } });
    // An overdue issue needs the calendar of the routing date to count its working days overdue.
    expect(agenda(consultation, [routine], '2101-03-01', hainingLadder, cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED' } });
  });

  it('takes 100,000 issues at once (its time budget is in npm run bench -- volumes)', () => {
    const base = [hard[0], hard[1], routine, closed] as Issue[];
    const issues = Array.from({ length: 100_000 }, (_, i): Issue => {
      const b = base[i % base.length] as Issue;
      return { ...b, id: `i${i}`, leadDepartmentId: `d-${i % 97}` };
    });
    const a = unwrap(agenda(consultation, issues, asOf, hainingLadder, cal));
    expect(a.problemCount).toBe(50_000);
    expect(a.slipCount).toBe(97);
  });
});
