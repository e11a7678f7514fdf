import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  assignBatch,
  decideIssue,
  executeIssueCommand,
  type Actor,
  type Issue,
  type IssueCommand,
  type IssueContext,
} from '../../src/issue/index.js';
import { authorizeIssueCommand, defaultAccessPolicy, type AccessSubject } from '../../src/access/index.js';
import { actors, assigned, at, ctx, run, type Step } from '../issue/fixtures.js';

const countyOf = { e1: 'c1', e2: 'c2' };
const subjects = {
  enterprise: { id: 'ent-person', role: 'enterprise', enterpriseId: 'e1', level: 'county', countyId: 'c1' },
  office: { id: 'office-c1', role: 'leadingGroupOffice', level: 'county', countyId: 'c1' },
  otherOffice: { id: 'office-c2', role: 'leadingGroupOffice', level: 'county', countyId: 'c2' },
  handler: { id: 'handler-power', role: 'departmentHandler', departmentId: 'd-power', level: 'county', countyId: 'c1' },
  taxHandler: { id: 'handler-tax', role: 'departmentHandler', departmentId: 'd-tax', level: 'county', countyId: 'c1' },
  auditor: { id: 'auditor-1', role: 'auditor', level: 'city' },
} as const satisfies Record<string, AccessSubject>;

const actorOf = (s: AccessSubject): Actor => ({ id: s.id, role: s.role });
const as = (subject: AccessSubject): IssueContext => ({ calendar: chinaCalendar, access: { policy: defaultAccessPolicy, subject, countyOf } });

/** Runs commands, each by its subject, with the access check on; throws on a refusal. */
function runAs(issue: Issue | null, steps: readonly (readonly [AccessSubject, Step])[]): Issue {
  let current = issue;
  steps.forEach(([subject, step], i) => {
    const command = { ...step, issueId: 'i1', actor: actorOf(subject), at: at('2026-09-28', 10 + i) } as IssueCommand;
    const r = executeIssueCommand(current, command, as(subject));
    if (!r.ok) throw new Error(`${step.type}: ${r.error.code} ${r.error.message}`);
    current = r.value.issue;
  });
  return current as Issue;
}

describe('the issue lifecycle with access', () => {
  it('each party does its own part from submission to close-out (001: collected → assigned → answered → feedback → struck off)', () => {
    const issue = runAs(null, [
      [subjects.enterprise, { type: 'submit', enterpriseId: 'e1', title: '用电增容', channel: 'selfReport', origin: 'application' }],
      [subjects.office, { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' }],
      [subjects.office, { type: 'assign', departmentId: 'd-power', timeLimit: { workingDays: 5 } }],
      [subjects.handler, { type: 'answer', outcome: 'resolved', summary: '已协调供电公司增容', mode: 'writtenReply' }],
      [subjects.enterprise, { type: 'giveFeedback', level: 'satisfied' }],
      [subjects.office, { type: 'close' }],
    ] as const);
    expect(issue.state).toBe('closed');
    expect(issue.history.map((e) => e.actor.id)).toEqual(['ent-person', 'office-c1', 'office-c1', 'handler-power', 'ent-person', 'office-c1']);
  });

  it('refuses an unauthorised actor with FORBIDDEN before anything else, leaving the issue unchanged', () => {
    const issue = assigned({ enterpriseId: 'e1', departmentId: 'd-power' });
    const json = JSON.stringify(issue);
    const answer = { type: 'answer', issueId: issue.id, actor: actorOf(subjects.taxHandler), at: at('2026-09-29'), outcome: 'resolved', summary: '已办', mode: 'phone' } as const;
    const r = executeIssueCommand(issue, answer, as(subjects.taxHandler));
    expect(r.ok || r.error.code).toBe('FORBIDDEN');
    expect(r.ok || r.error.path).toEqual(['command', 'actor']);
    expect(r.ok || r.error.messageZh).toContain('仅可在以下范围内“办理答复”');
    expect(JSON.stringify(issue)).toBe(json);
    // Before the state, the time and the issue id are looked at: an outsider learns nothing of the issue.
    for (const command of [
      { ...answer, type: 'close' } as IssueCommand,
      { ...answer, at: '2020-01-01T09:00:00+08:00' },
      { ...answer, issueId: 'another' },
    ]) {
      const d = decideIssue(issue, command, as(subjects.taxHandler));
      expect(d.ok || d.error.code).toBe('FORBIDDEN');
    }
  });

  it("refuses a command whose actor is not the authenticated subject, even in a role that could do it", () => {
    const issue = assigned({ enterpriseId: 'e1', departmentId: 'd-power' });
    const command = { type: 'supervise', issueId: issue.id, actor: actorOf(subjects.otherOffice), at: at('2026-09-30'), step: 'urge' } as const;
    const r = executeIssueCommand(issue, command, as(subjects.office));
    expect(r.ok || r.error.code).toBe('FORBIDDEN');
    expect(r.ok || r.error.message).toMatch(/^The command's actor \("office-c2", leading group office\) is not the subject the app authenticated \("office-c1"/);
    expect(executeIssueCommand(issue, { ...command, actor: actorOf(subjects.office) }, as(subjects.office)).ok).toBe(true);
    const wrongRole = { ...command, actor: { id: 'office-c1', role: 'efficiencyOffice' } } as const;
    expect(authorizeIssueCommand(issue, wrongRole, { policy: defaultAccessPolicy, subject: subjects.office }).allowed).toBe(false);
  });

  it('a county office cannot act on another county’s enterprise; the submit is judged on the enterprise it names', () => {
    const issue = assigned({ enterpriseId: 'e1', departmentId: 'd-power' });
    const command = { type: 'supervise', issueId: issue.id, actor: actorOf(subjects.otherOffice), at: at('2026-09-30'), step: 'urge' } as const;
    expect(executeIssueCommand(issue, command, as(subjects.otherOffice)).ok).toBe(false);
    const submit = { type: 'submit', issueId: 'i9', enterpriseId: 'e2', title: '融资难', channel: 'hotline', origin: 'application', actor: actorOf(subjects.enterprise), at: at('2026-09-28') } as const;
    expect(executeIssueCommand(null, submit, as(subjects.enterprise)).ok).toBe(false);
    expect(executeIssueCommand(null, { ...submit, enterpriseId: 'e1' }, as(subjects.enterprise)).ok).toBe(true);
  });

  it('an auditor changes nothing; a non-submit command without an issue is refused by access first', () => {
    const issue = assigned({ enterpriseId: 'e1' });
    const r = executeIssueCommand(issue, { type: 'supervise', issueId: issue.id, actor: actorOf(subjects.auditor), at: at('2026-09-30'), step: 'urge' }, as(subjects.auditor));
    expect(r.ok || r.error.code).toBe('FORBIDDEN');
    const none = executeIssueCommand(null, { type: 'close', issueId: 'i1', actor: actorOf(subjects.office), at: at('2026-09-30') }, as(subjects.office));
    expect(none.ok || none.error.code).toBe('FORBIDDEN');
    // A city-level office passes the check (the whole city is its area), so the lifecycle decides.
    const city: AccessSubject = { id: 'office-city', role: 'leadingGroupOffice', level: 'city' };
    const after = executeIssueCommand(null, { type: 'close', issueId: 'i1', actor: actorOf(city), at: at('2026-09-30') }, as(city));
    expect(after.ok || after.error.code).toBe('INVALID_TRANSITION');
  });

  it('Part 9 (issue 14): without access in the context nothing runs; only the explicit opt-out skips jurisdictions', () => {
    const issue = assigned({ enterpriseId: 'e1', departmentId: 'd-power' });
    const answer = { type: 'answer', issueId: issue.id, actor: actorOf(subjects.auditor), at: at('2026-09-29'), outcome: 'resolved', summary: '已办', mode: 'phone' } as const;
    const bare = executeIssueCommand(issue, answer, { calendar: chinaCalendar } as unknown as IssueContext);
    expect(bare.ok || [bare.error.code, bare.error.path]).toEqual(['INVALID_ARGUMENT', ['context', 'access']]);
    expect(executeIssueCommand(issue, answer, ctx).ok).toBe(true); // ctx: access: UNSAFE_NO_ACCESS_CHECK
  });

  it('Part 9 (issue 14): the role law comes before the policy — a department handler that the policy lets close is still refused (003: 交办销号)', () => {
    const confirmed = run(assigned({ enterpriseId: 'e1', departmentId: 'd-power' }), [
      { type: 'answer', outcome: 'resolved', summary: '已办', mode: 'phone', actor: actorOf(subjects.handler) },
      { type: 'giveFeedback', level: 'satisfied', actor: actorOf(subjects.enterprise) },
    ], { date: '2026-09-29' });
    const close = { type: 'close', issueId: confirmed.id, actor: actorOf(subjects.handler), at: at('2026-09-30') } as const;
    const r = executeIssueCommand(confirmed, close, as(subjects.handler));
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['FORBIDDEN', ['command', 'actor', 'role']]);
    expect(r.ok || r.error.message).toMatch(/^A department handler may not "Close", whatever the access policy says/);
    // The enterprise of another county cannot give the feedback of e1, even as an enterprise.
    const feedback = { type: 'giveFeedback', issueId: 'i1', level: 'satisfied', actor: { id: 'p2', role: 'enterprise', enterpriseId: 'e2' }, at: at('2026-09-30') } as const;
    const answered = run(assigned({ enterpriseId: 'e1' }), [{ type: 'answer', outcome: 'resolved', summary: '已办', mode: 'phone', actor: actors.handler }], { date: '2026-09-29' });
    const other = executeIssueCommand(answered, feedback, ctx);
    expect(other.ok || [other.error.code, other.error.path]).toEqual(['FORBIDDEN', ['command', 'actor', 'enterpriseId']]);
  });

  it('assignBatch runs the same check for every issue (003: batches assigned by the office)', () => {
    const a = assigned({ issueId: 'a', enterpriseId: 'e1' });
    const b = assigned({ issueId: 'b', enterpriseId: 'e2' });
    const returned = [a, b].map((i) => {
      const r = executeIssueCommand(i, { type: 'returnAssignment', issueId: i.id, actor: { id: 'h', role: 'departmentHandler' }, at: at('2026-09-29'), reason: '不属于本部门职责' }, ctx);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.issue;
    });
    const batch = { batchId: 'b1', actor: actorOf(subjects.office), at: at('2026-09-30'), timeLimit: { workingDays: 5 }, departmentOf: { a: 'd-power', b: 'd-power' } };
    const r = assignBatch(returned, batch, as(subjects.office));
    expect(r.assigned.map((x) => x.issue.id)).toEqual(['a']);
    expect(r.rejected.map((x) => [x.issueId, x.error.code])).toEqual([['b', 'FORBIDDEN']]);
  });
});
