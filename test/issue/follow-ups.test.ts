/**
 * Issue 17's follow-ups: the callback (回访) schedule after an answer, the fix-by date of a 差评
 * supervised until the issue is answered again (好差评: every real-name 差评 called back, fixes
 * within 5–15 working days), and problem orders (问题工单: reopened or re-dispatched 3 times, a
 * fact ladders route on).
 */
import { describe, expect, it } from 'vitest';
import { chinaCalendar, deadlineAfter } from '../../src/calendar/index.js';
import { compileLadder, issueFacts, route, EscalationLadderSchema } from '../../src/escalation/index.js';
import { unwrap } from '../../src/index.js';
import { defaultLifecyclePolicy, followUpList, problemOrder, type Issue } from '../../src/issue/index.js';
import { actors, assigned, at, run } from './fixtures.js';

const cal = chinaCalendar;
const answer = (date: string): Parameters<typeof run>[1] => [{ type: 'answer', outcome: 'resolved', summary: '已协调供电公司增容', mode: 'phone', actor: actors.handler, at: at(date) }];

describe('Part 12 (issue 17): callbacks (回访) after the answer', () => {
  it('an answered issue not yet called back is due callbackWorkingDays after the answer, and leaves the list once called back', () => {
    const answered = run(assigned({ date: '2026-10-12' }), answer('2026-10-14'));
    const list = unwrap(followUpList([answered], '2026-10-20', cal));
    const due = unwrap(deadlineAfter('2026-10-14', defaultLifecyclePolicy.callbackWorkingDays, cal));
    expect(list.callbacks).toEqual([{ issueId: 'i1', enterpriseId: 'e1', leadDepartmentId: 'd-power', answeredOn: '2026-10-14', dueOn: due, overdueWorkingDays: 1, unsatisfied: false }]);
    const called = run(answered, [{ type: 'callBack', reached: true, actor: actors.office, at: at('2026-10-15') }]);
    expect(unwrap(followUpList([called], '2026-10-20', cal)).callbacks).toEqual([]);
  });

  it('the callback window is the policy’s: 1 working day makes the same callback due sooner', () => {
    const answered = run(assigned({ date: '2026-10-12' }), answer('2026-10-14'));
    const strict = { ...defaultLifecyclePolicy, callbackWorkingDays: 1 };
    expect(unwrap(followUpList([answered], '2026-10-15', cal, strict)).callbacks[0]?.dueOn).toBe('2026-10-15');
    expect(unwrap(followUpList([answered], '2026-10-15', cal)).callbacks[0]?.overdueWorkingDays).toBe(0);
  });
});

describe('Part 12 (issue 17, 好差评): a 差评 is fixed by its fix-by date', () => {
  const unhappy = (): Issue =>
    run(run(assigned({ date: '2026-10-12' }), answer('2026-10-14')), [
      { type: 'giveFeedback', rating: 'dissatisfied', reasons: ['notSolved'], actor: actors.enterprise, at: at('2026-10-15') },
    ]);

  it('the fix is listed with its working days left until the issue is answered again', () => {
    const issue = unhappy();
    expect(issue.fixBy).toBe(unwrap(deadlineAfter('2026-10-15', defaultLifecyclePolicy.fixWorkingDays, cal)));
    const list = unwrap(followUpList([issue], '2026-10-16', cal));
    expect(list.fixes).toEqual([{ issueId: 'i1', enterpriseId: 'e1', leadDepartmentId: issue.leadDepartmentId, fixBy: issue.fixBy, workingDaysLeft: defaultLifecyclePolicy.fixWorkingDays - 1, reasons: ['notSolved'] }]);
    const late = unwrap(followUpList([issue], '2026-11-20', cal)).fixes[0];
    expect(late?.workingDaysLeft).toBeLessThan(0);
    // 好差评: the 差评 itself is called back, due callbackWorkingDays after the rating, and listed first.
    const other = run(assigned({ issueId: 'i2', date: '2026-10-12' }), answer('2026-10-13'));
    const sheet = unwrap(followUpList([other, issue], '2026-10-16', cal));
    expect(sheet.callbacks.map((c) => [c.issueId, c.unsatisfied, c.dueOn])).toEqual([
      ['i1', true, unwrap(deadlineAfter('2026-10-15', defaultLifecyclePolicy.callbackWorkingDays, cal))],
      ['i2', false, unwrap(deadlineAfter('2026-10-13', defaultLifecyclePolicy.callbackWorkingDays, cal))],
    ]);
    const calledBack = run(issue, [{ type: 'callBack', reached: true, actor: actors.office, at: at('2026-10-16') }]);
    expect(calledBack.state).toBe('reopened');
    expect(unwrap(followUpList([calledBack], '2026-10-16', cal)).callbacks).toEqual([]);
    const fixed = run(issue, [{ type: 'assign', departmentId: 'd-power', timeLimit: { workingDays: 5 }, actor: actors.office, at: at('2026-10-16') }, ...answer('2026-10-20')]);
    expect(unwrap(followUpList([fixed], '2026-10-21', cal)).fixes).toEqual([]);
  });
});

describe('Part 12 (issue 17): problem orders (问题工单)', () => {
  /** Reopened once, then re-dispatched twice. */
  const reworked = (): Issue => {
    const reopened = run(run(assigned({ date: '2026-10-12' }), answer('2026-10-13')), [
      { type: 'giveFeedback', level: 'unsatisfied', actor: actors.enterprise, at: at('2026-10-14') },
      { type: 'assign', departmentId: 'd-power', timeLimit: { workingDays: 5 }, actor: actors.office, at: at('2026-10-14', 30) },
    ]);
    return run(reopened, [
      { type: 'redispatch', departmentId: 'd-land', actor: actors.office, at: at('2026-10-15') },
      { type: 'redispatch', departmentId: 'd-tax', actor: actors.office, at: at('2026-10-16') },
    ]);
  };

  it('reopened plus re-dispatched problemOrderAt times is a problem order, with the reason', () => {
    const issue = reworked();
    expect([issue.reopenCount, issue.redispatchCount]).toEqual([1, 2]);
    const v = unwrap(problemOrder(issue));
    expect(v).toMatchObject({ flagged: true, reworkCount: 3, threshold: 3 });
    expect(v.reason.zh).toContain('列为问题工单');
    expect(unwrap(problemOrder(issue, { ...defaultLifecyclePolicy, problemOrderAt: 4 })).flagged).toBe(false);
    expect(unwrap(followUpList([issue], '2026-10-19', cal)).problemOrders.map((p) => [p.issueId, p.reworkCount, p.leadDepartmentId])).toEqual([['i1', 3, 'd-tax']]);
  });

  it('a ladder routes a problem order on the fact reworkCount', () => {
    const ladder = EscalationLadderSchema.parse({
      id: 'hotline',
      name: { zh: '问题工单', en: 'Problem orders' },
      source: 'test',
      rules: [
        { id: 'problemOrder', when: { reworkCount: { min: 3 } }, target: { holder: 'leadingGroupOffice', step: 'supervision' }, rank: 40 },
        { id: 'rest', when: {}, target: { holder: 'departmentHead' }, rank: 10 },
      ],
    });
    const issue = reworked();
    expect(unwrap(issueFacts(issue, '2026-10-19', cal)).reworkCount).toBe(3);
    expect(unwrap(route(issue, ladder, '2026-10-19', cal)).ruleId).toBe('problemOrder');
    expect(compileLadder(ladder).routeFacts({ ...unwrap(issueFacts(issue, '2026-10-19', cal)), reworkCount: 2 }).ruleId).toBe('rest');
    // An issue stored before issue 17 has no redispatchCount: it reads as 0.
    const { redispatchCount: _r, ...older } = issue;
    expect(unwrap(issueFacts(older, '2026-10-19', cal)).reworkCount).toBe(1);
  });

  it('refuses counts that are not whole numbers and an invalid policy, naming them', () => {
    const r = problemOrder({ reopenCount: -1, redispatchCount: 0 });
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['INVALID_ARGUMENT', ['issue', 'reopenCount']]);
    const p = problemOrder({ reopenCount: 0 }, { ...defaultLifecyclePolicy, problemOrderAt: 0 });
    expect(p.ok || [p.error.code, p.error.path]).toEqual(['INVALID_INPUT', ['policy', 'problemOrderAt']]);
    const l = followUpList([], '2026-02-30', cal);
    expect(l.ok || l.error.code).toBe('INVALID_DATE');
  });
});
