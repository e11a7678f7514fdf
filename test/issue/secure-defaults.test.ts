/**
 * Part 9 (issue 14), the lifecycle slice: access on by default (`context.access` required, the
 * explicit opt-out `UNSAFE_NO_ACCESS_CHECK`), a refused general-procedure matter that cannot be
 * reclassified as simple (000), fixed due dates on days off, and error paths named after the
 * caller's arguments.
 */
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { defaultAccessPolicy } from '../../src/access/index.js';
import {
  assignBatch,
  decideIssue,
  executeIssueCommand,
  replayIssue,
  UNSAFE_NO_ACCESS_CHECK,
  type Issue,
  type IssueCommand,
  type IssueContext,
  type IssueEvent,
} from '../../src/issue/index.js';
import { UNSAFE_NO_ACCESS_CHECK as rootOptOut } from '../../src/index.js';
import { actors, assigned, at, ctx, run, submitted, type Step } from './fixtures.js';

const office = actors.office;
const classify = (procedure: 'simple' | 'general'): Step => ({
  type: 'classify',
  categoryId: 'financing',
  scope: 'multiDepartment',
  nature: 'widespread',
  procedure,
  actor: office,
});
const withdraw = (issue: Issue, when = at('2026-09-30')): IssueCommand => ({ type: 'withdraw', issueId: issue.id, actor: actors.enterprise, at: when });

describe('Part 9 (issue 14): the access check is on by default', () => {
  const issue = submitted();

  it('a context without access (a JavaScript caller) is refused with INVALID_ARGUMENT at context.access, never run unchecked', () => {
    const bare = { calendar: chinaCalendar } as unknown as IssueContext;
    for (const r of [decideIssue(issue, withdraw(issue), bare), executeIssueCommand(issue, withdraw(issue), bare)]) {
      expect(r.ok || [r.error.code, r.error.path]).toEqual(['INVALID_ARGUMENT', ['context', 'access']]);
      expect(r.ok || r.error.message).toMatch(/^context\.access is required: pass \{ policy, subject \}.*UNSAFE_NO_ACCESS_CHECK/);
      expect(r.ok || r.error.messageZh).toContain('context.access 为必填项');
    }
    const batch = assignBatch([run(submitted('b1'), [classify('simple')])], { batchId: 'b', actor: office, at: at('2026-09-29'), timeLimit: { workingDays: 5 }, departmentOf: { b1: 'd-power' } }, bare);
    expect(batch.assigned).toEqual([]);
    expect(batch.rejected.map((x) => [x.error.code, x.error.path])).toEqual([['INVALID_ARGUMENT', ['context', 'access']]]);
  });

  it('only the named opt-out turns it off: another string, null, or an object without a valid policy is refused', () => {
    const cases: readonly [unknown, string, readonly (string | number)[]][] = [
      ['none', 'INVALID_ARGUMENT', ['context', 'access']],
      ['unsafe_no_access_check', 'INVALID_ARGUMENT', ['context', 'access']],
      [null, 'INVALID_ARGUMENT', ['context', 'access']],
      [{}, 'INVALID_INPUT', ['context', 'access', 'policy']],
      [{ policy: { ...defaultAccessPolicy, rules: 'all' }, subject: { id: 'o', role: 'leadingGroupOffice', level: 'city' } }, 'INVALID_INPUT', ['context', 'access', 'policy', 'rules']],
    ];
    for (const [access, code, path] of cases) {
      const r = decideIssue(issue, withdraw(issue), { calendar: chinaCalendar, access } as unknown as IssueContext);
      expect(r.ok || [r.error.code, r.error.path], JSON.stringify(access)).toEqual([code, path]);
    }
    expect(decideIssue(issue, withdraw(issue), null as unknown as IssueContext)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['context'] } });
  });

  it('a policy whose allow and deny rules meet is refused at context.access.policy, as safeParseAccessPolicy refuses it', () => {
    const conflicting = {
      ...defaultAccessPolicy,
      rules: [...defaultAccessPolicy.rules, { id: 'handler-closes', effect: 'allow', roles: ['departmentHandler'], actions: ['close'], levels: ['city', 'county'], scope: 'anywhere', source: 'app' }],
    } as unknown as typeof defaultAccessPolicy;
    const r = decideIssue(issue, withdraw(issue), { calendar: chinaCalendar, access: { policy: conflicting, subject: { id: 'o', role: 'leadingGroupOffice', level: 'city' } } });
    expect(r.ok || r.error.code).toBe('ACCESS_POLICY_CONFLICT');
    expect(r.ok || r.error.path?.slice(0, 4)).toEqual(['context', 'access', 'policy', 'rules']);
  });

  it('UNSAFE_NO_ACCESS_CHECK is the string itself, from the root and qinqing/issue alike; with it any role may act where the role law is silent', () => {
    expect(UNSAFE_NO_ACCESS_CHECK).toBe('UNSAFE_NO_ACCESS_CHECK');
    expect(rootOptOut).toBe(UNSAFE_NO_ACCESS_CHECK);
    const auditorAnswers = executeIssueCommand(assigned(), { type: 'answer', issueId: 'i1', actor: { id: 'au', role: 'auditor' }, at: at('2026-09-29'), outcome: 'resolved', summary: '已办', mode: 'phone' }, { calendar: chinaCalendar, access: 'UNSAFE_NO_ACCESS_CHECK' });
    expect(auditorAnswers.ok).toBe(true);
  });

  it('a hand-built calendar that is not valid is named at context.calendar, before anything is decided', () => {
    const r = decideIssue(issue, withdraw(issue), { ...ctx, calendar: { ...chinaCalendar, firstYear: 3000 } });
    expect(r.ok || r.error.path?.slice(0, 2)).toEqual(['context', 'calendar']);
  });
});

describe('Part 9 (issue 14): a refused general-procedure matter is not reclassified as simple (000: 一般程序经领导机构批准后实施)', () => {
  const refused = run(submitted(), [
    classify('general'),
    { type: 'requestApproval', actor: office },
    { type: 'refuseApproval', actor: actors.body },
  ]);

  it('the refusal sends it back to accepted, where classify as simple is refused with GENERAL_PROCEDURE_REFUSED and nothing changes', () => {
    expect(refused.state).toBe('accepted');
    const json = JSON.stringify(refused);
    const r = executeIssueCommand(refused, { ...classify('simple'), issueId: refused.id, actor: office, at: at('2026-09-29') } as IssueCommand, ctx);
    expect(r.ok || [r.error.code, r.error.path, r.error.value]).toEqual(['GENERAL_PROCEDURE_REFUSED', ['command', 'procedure'], 'simple']);
    expect(r.ok || r.error.messageZh).toContain('不得改按简易程序办理以绕过审批');
    expect(JSON.stringify(refused)).toBe(json);
  });

  it('nor can it be assigned or served around the approval; it can be classified general again, put to the leading body again, or withdrawn', () => {
    const assign = { type: 'assign', issueId: refused.id, departmentId: 'd-power', timeLimit: { workingDays: 5 }, actor: office, at: at('2026-09-29') } as const;
    expect(decideIssue(refused, assign, ctx)).toMatchObject({ ok: false, error: { code: 'GENERAL_PROCEDURE_NOT_APPROVED', path: ['issue', 'approval'] } });
    const serve = { type: 'serve', issueId: refused.id, mode: 'phone', summary: '电话告知', outcome: 'resolved', actor: actors.adviser, at: at('2026-09-29') } as const;
    expect(decideIssue(refused, serve, ctx)).toMatchObject({ ok: false, error: { code: 'PROCEDURE_MISMATCH', path: ['issue', 'procedure'] } });
    const again = run(refused, [classify('general'), { type: 'requestApproval', actor: office }, { type: 'approve', actor: actors.body }], { date: '2026-09-29' });
    expect(again.state).toBe('approved');
    expect(executeIssueCommand(refused, withdraw(refused), ctx).ok).toBe(true);
    // A refusal stands through a reclassification as general: the next classify as simple is still refused.
    const reclassified = run(refused, [classify('general')], { date: '2026-09-29' });
    expect(decideIssue(reclassified, { ...classify('simple'), issueId: refused.id, actor: office, at: at('2026-09-30') } as IssueCommand, ctx)).toMatchObject({ ok: false, error: { code: 'GENERAL_PROCEDURE_REFUSED' } });
  });

  it('without a refusal, a general matter may still be reclassified as simple before it goes to the leading body', () => {
    const general = run(submitted(), [classify('general')]);
    expect(run(general, [classify('simple')], { date: '2026-09-29' }).procedure).toBe('simple');
  });
});

describe('Part 9 (issue 14): a fixed due date must be a working day', () => {
  const accepted = run(submitted(), [classify('simple')]);
  const assign = (dueOn: string): IssueCommand => ({ type: 'assign', issueId: accepted.id, departmentId: 'd-power', timeLimit: { dueOn }, actor: office, at: at('2026-09-29') });

  it('a due date on a holiday or weekend is refused with DUE_DATE_ON_DAY_OFF naming the next working day, not moved silently', () => {
    const json = JSON.stringify(accepted);
    for (const [dueOn, next] of [
      ['2026-10-01', '2026-10-08'], // National Day
      ['2026-10-11', '2026-10-12'], // a Sunday
      ['2026-10-03', '2026-10-08'], // a Saturday inside the holiday
    ] as const) {
      const r = executeIssueCommand(accepted, assign(dueOn), ctx);
      expect(r.ok || [r.error.code, r.error.path, r.error.value], dueOn).toEqual(['DUE_DATE_ON_DAY_OFF', ['command', 'timeLimit', 'dueOn'], dueOn]);
      expect(r.ok || r.error.message).toContain(`e.g. ${next}, the next working day`);
      expect(r.ok || r.error.messageZh).toContain(`如其后第一个工作日 ${next}`);
    }
    expect(JSON.stringify(accepted)).toBe(json);
  });

  it('a working day is kept as given, an adjusted working Saturday (调休上班) included', () => {
    expect(executeIssueCommand(accepted, assign('2026-10-10'), ctx)).toMatchObject({ ok: true, value: { issue: { deadline: '2026-10-10' } } });
    expect(executeIssueCommand(accepted, assign('2026-10-09'), ctx)).toMatchObject({ ok: true, value: { issue: { deadline: '2026-10-09' } } });
  });

  it('a batch with a due date on a day off is refused issue by issue at batch.timeLimit.dueOn (003: batch 2 due 15 July)', () => {
    const b = assignBatch([accepted], { batchId: 'b2', actor: office, at: at('2026-09-29'), timeLimit: { dueOn: '2026-10-04' }, departmentOf: { i1: 'd-power' } }, ctx);
    expect(b.rejected.map((x) => [x.error.code, x.error.path])).toEqual([['DUE_DATE_ON_DAY_OFF', ['batch', 'timeLimit', 'dueOn']]]);
  });
});

describe('Part 9 (issue 14): error paths name the caller’s arguments, not the library’s parameters', () => {
  it('calendar errors read from the issue or the command are named where the caller wrote them, in the path and the message', () => {
    const a = assigned();
    const badDate = { ...a, assignedOn: '2026-02-30' } as Issue;
    const r = decideIssue(badDate, { type: 'returnAssignment', issueId: a.id, reason: '不属于本部门职责', actor: actors.handler, at: at('2026-09-29') }, ctx);
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['INVALID_DATE', ['issue', 'assignedOn']]);
    expect(r.ok || r.error.message).toMatch(/^issue\.assignedOn must be a real date/);

    const far = { ...a, deadline: '2101-01-05' } as Issue;
    const late = decideIssue(far, { type: 'requestExtension', issueId: a.id, workingDays: 2, reason: '需现场核查', actor: actors.handler, at: at('2026-09-29') }, ctx);
    expect(late.ok || [late.error.code, late.error.path]).toEqual(['CALENDAR_YEAR_NOT_COVERED', ['issue', 'deadline']]);

    const accepted = run(submitted('z', 'e1', at('2100-12-20')), [classify('simple')], { date: '2100-12-20' });
    const tooFar = decideIssue(accepted, { type: 'assign', issueId: 'z', departmentId: 'd', timeLimit: { workingDays: 30 }, actor: office, at: at('2100-12-20', 10) }, ctx);
    expect(tooFar.ok || [tooFar.error.code, tooFar.error.path]).toEqual(['CALENDAR_YEAR_NOT_COVERED', ['command', 'timeLimit', 'workingDays']]);
    const dueBeyond = decideIssue(accepted, { type: 'assign', issueId: 'z', departmentId: 'd', timeLimit: { dueOn: '2101-01-04' }, actor: office, at: at('2100-12-20', 10) }, ctx);
    expect(dueBeyond.ok || [dueBeyond.error.code, dueBeyond.error.path]).toEqual(['CALENDAR_YEAR_NOT_COVERED', ['command', 'timeLimit', 'dueOn']]);

    const extending = run(accepted, [
      { type: 'assign', departmentId: 'd', timeLimit: { workingDays: 5 }, actor: office },
      { type: 'requestExtension', workingDays: 10, reason: '需现场核查', actor: actors.handler },
    ], { date: '2100-12-20' });
    const granted = decideIssue(extending, { type: 'decideExtension', issueId: 'z', grant: true, actor: office, at: at('2100-12-21') }, ctx);
    expect(granted.ok || [granted.error.code, granted.error.path]).toEqual(['CALENDAR_YEAR_NOT_COVERED', ['issue', 'extensions', 0, 'workingDays']]);
  });

  it('an instant whose local date cannot be written is named command.at', () => {
    const submit = { type: 'submit', issueId: 'i9', enterpriseId: 'e1', title: '用电增容', channel: 'hotline', origin: 'application', actor: actors.enterprise, at: '9999-12-31T23:00:00-12:00' } as const;
    const r = decideIssue(null, submit, ctx);
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['INVALID_INSTANT', ['command', 'at']]);
    expect(r.ok || r.error.message).toMatch(/^command\.at /);
  });

  it('replayIssue names events[i] and the field that breaks the sequence; assignBatch names batch and issues[k]', () => {
    const a = assigned();
    const history = a.history.map((e, i) => (i === 2 ? { ...e, at: '2020-01-01T09:00:00+08:00' } : e)) as IssueEvent[];
    expect(replayIssue(history, ctx)).toMatchObject({ ok: false, error: { path: ['events', 2, 'at'], value: '2020-01-01T09:00:00+08:00' } });
    const b = assignBatch([run(submitted('c1'), [classify('simple')])], { batchId: 'b', actor: office, at: '2026-09-27T09:00:00+08:00', timeLimit: { workingDays: 5 }, departmentOf: { c1: 'd-power' } }, ctx);
    expect(b.rejected[0]?.error).toMatchObject({ code: 'TIME_BEFORE_LAST_EVENT', path: ['batch', 'at'] });
  });
});
