import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { assignBatch, batchSummary, type Issue, type IssueBatch } from '../../src/issue/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { actors, at, ctx, run, submitted } from './fixtures.js';

const cal = chinaCalendar;

/** An issue sorted and classified on a date (state accepted), optionally into a batch. */
function classified(issueId: string, date: string, options: { batchId?: string; procedure?: 'simple' | 'general' } = {}): Issue {
  return run(
    submitted(issueId, `e-${issueId}`, at(date)),
    [
      {
        type: 'classify',
        categoryId: 'land',
        scope: 'multiDepartment',
        nature: 'ordinary',
        procedure: options.procedure ?? 'simple',
        actor: actors.office,
        ...(options.batchId === undefined ? {} : { batchId: options.batchId }),
      },
    ],
    { date },
  );
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);
const departments = ['d-land', 'd-finance', 'd-tax', 'd-power', 'd-labour'];
const departmentOf = (issueIds: readonly string[]) => Object.fromEntries(issueIds.map((id, i) => [id, departments[i % departments.length] as string]));

const batch = (batchId: string, issues: readonly Issue[], timeLimit: IssueBatch['timeLimit'], date = '2026-06-01'): IssueBatch => ({
  batchId,
  actor: actors.office,
  at: at(date, 60),
  timeLimit,
  departmentOf: departmentOf(issues.map((i) => i.id)),
});

const answer = (issue: Issue, date: string) =>
  run(issue, [{ type: 'answer', outcome: 'resolved', summary: '已办理并答复企业', mode: 'writtenReply', actor: actors.handler }], { date });

describe("Lishui's three batches (003: 120 problems collected and sorted)", () => {
  // Batch 1: 30 assigned, 23 handled and answered, 7 under supervision.
  const b1 = ids('b1', 30).map((id) => classified(id, '2026-06-01'));
  const first = assignBatch(b1, batch('lishui-1', b1, { workingDays: 10 }), ctx);
  const batch1 = first.assigned.map(({ issue }, i) => {
    if (i < 23) return answer(issue, '2026-06-12');
    // Three of the seven are formally supervised (督办) by the efficiency office; four are simply overdue.
    if (i < 26) return run(issue, [{ type: 'supervise', step: 'supervision', actor: actors.efficiency }], { date: '2026-06-18' });
    return issue;
  });
  // Batch 2: 75 assigned, to be completed by 15 July.
  const b2 = ids('b2', 75).map((id) => classified(id, '2026-06-01'));
  const second = assignBatch(b2, batch('lishui-2', b2, { dueOn: '2026-07-15' }), ctx);
  // Batch 3: 15 sorted into the batch, about to be assigned.
  const batch3 = ids('b3', 15).map((id) => classified(id, '2026-06-20', { batchId: 'lishui-3' }));
  const all = [...batch1, ...second.assigned.map((a) => a.issue), ...batch3];

  it('003: batch 1 — 30 assigned in one batch with one deadline', () => {
    expect(first.rejected).toEqual([]);
    expect(first.assigned).toHaveLength(30);
    expect(new Set(first.assigned.map((a) => a.issue.deadline))).toEqual(new Set(['2026-06-15']));
    expect(first.assigned.every((a) => a.issue.batchId === 'lishui-1' && a.event.type === 'assign' && a.event.changes.batchId === 'lishui-1')).toBe(true);
    expect(first.assigned.map((a) => a.issue.leadDepartmentId).slice(0, 5)).toEqual(departments);
  });

  it('003: batch 1 — 23 handled and answered, 7 under supervision', () => {
    expect(unwrap(batchSummary(all, 'lishui-1', '2026-06-24', cal))).toEqual({
      batchId: 'lishui-1',
      total: 30,
      notYetAssigned: 0,
      assigned: 30,
      answered: 23,
      underSupervision: 7,
      closed: 0,
      withdrawn: 0,
    });
  });

  it('003: an overdue assignment is under supervision from the day after its deadline, a supervised one at once', () => {
    const answeredOnly = first.assigned.map(({ issue }, i) => (i < 23 ? answer(issue, '2026-06-12') : issue));
    expect(unwrap(batchSummary(answeredOnly, 'lishui-1', '2026-06-15', cal)).underSupervision).toBe(0);
    expect(unwrap(batchSummary(answeredOnly, 'lishui-1', '2026-06-16', cal)).underSupervision).toBe(7);
    expect(unwrap(batchSummary(batch1, 'lishui-1', '2026-06-15', cal)).underSupervision).toBe(3);
  });

  it('003: batch 2 — 75 assigned with a fixed due date of 15 July', () => {
    expect(second.rejected).toEqual([]);
    expect(new Set(second.assigned.map((a) => a.issue.deadline))).toEqual(new Set(['2026-07-15']));
    expect(unwrap(batchSummary(all, 'lishui-2', '2026-07-15', cal))).toMatchObject({ total: 75, assigned: 75, answered: 0, underSupervision: 0 });
    expect(unwrap(batchSummary(all, 'lishui-2', '2026-07-16', cal)).underSupervision).toBe(75);
  });

  it('003: batch 3 — 15 sorted and classified, not yet assigned', () => {
    expect(unwrap(batchSummary(all, 'lishui-3', '2026-06-24', cal))).toEqual({
      batchId: 'lishui-3',
      total: 15,
      notYetAssigned: 15,
      assigned: 0,
      answered: 0,
      underSupervision: 0,
      closed: 0,
      withdrawn: 0,
    });
  });

  it('003: the three batches hold the 120 problems collected', () => {
    const totals = ['lishui-1', 'lishui-2', 'lishui-3'].map((b) => unwrap(batchSummary(all, b, '2026-06-24', cal)).total);
    expect(totals).toEqual([30, 75, 15]);
    expect(totals.reduce((a, b) => a + b)).toBe(120);
    expect(unwrap(batchSummary(all, 'no-such-batch', '2026-06-24', cal)).total).toBe(0);
  });
});

describe('assignBatch', () => {
  it('rejects what the lifecycle rejects, issue by issue, and assigns the rest', () => {
    const ok1 = classified('ok-1', '2026-06-01');
    const notClassified = submitted('raw', 'e-raw', at('2026-06-01'));
    const general = classified('gen', '2026-06-01', { procedure: 'general' });
    const noDepartment = classified('no-dept', '2026-06-01');
    const issues = [ok1, notClassified, general, noDepartment, ok1];
    const b: IssueBatch = {
      batchId: 'b',
      actor: actors.office,
      at: at('2026-06-01', 60),
      timeLimit: { workingDays: 5 },
      departmentOf: { 'ok-1': 'd-land', raw: 'd-land', gen: 'd-land' },
    };
    const r = assignBatch(issues, b, ctx);
    expect(r.assigned.map((a) => a.issue.id)).toEqual(['ok-1']);
    expect(r.rejected.map((x) => [x.issueId, x.error.code])).toEqual([
      ['raw', 'INVALID_TRANSITION'],
      ['gen', 'GENERAL_PROCEDURE_NOT_APPROVED'],
      ['no-dept', 'UNKNOWN_REFERENCE'],
      ['ok-1', 'DUPLICATE_ID'],
    ]);
    expect(r.rejected[2]?.error.path).toEqual(['batch', 'departmentOf', 'no-dept']);
    // Part 9 (issue 14): each path names assignBatch's arguments: the issue's place in `issues`, or the batch field.
    expect(r.rejected.map((x) => x.error.path)).toEqual([
      ['issues', 1, 'state'],
      ['issues', 2, 'approval'],
      ['batch', 'departmentOf', 'no-dept'],
      ['issues', 4, 'id'],
    ]);
  });

  it('rejects a hole in issues and a batch without its departments instead of throwing (Part 9, issue 14: no raw TypeError)', () => {
    const a = classified('a', '2026-06-01');
    const holes = assignBatch([undefined, a, null, { title: 'no id' }] as unknown as Issue[], batch('b', [a], { workingDays: 5 }), ctx);
    expect(holes.assigned.map((x) => x.issue.id)).toEqual(['a']);
    expect(holes.rejected.map((x) => [x.issueId, x.error.code, x.error.path])).toEqual([
      ['', 'INVALID_ARGUMENT', ['issues', 0]],
      ['', 'INVALID_ARGUMENT', ['issues', 2]],
      ['', 'INVALID_ARGUMENT', ['issues', 3]],
    ]);
    const noDepartments = { ...batch('b', [a], { workingDays: 5 }), departmentOf: undefined } as unknown as IssueBatch;
    const none = assignBatch([a], noDepartments, ctx);
    expect(none.assigned).toEqual([]);
    expect(none.rejected[0]?.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['batch', 'departmentOf'] });
    expect(none.rejected[0]?.error.messageZh).toContain('batch.departmentOf');
    expect(assignBatch('a' as unknown as Issue[], batch('b', [a], { workingDays: 5 }), ctx).rejected[0]?.error.path).toEqual(['issues']);
    const badCo = { ...batch('b', [a], { workingDays: 5 }), coHandlersOf: 7 } as unknown as IssueBatch;
    expect(assignBatch([a], badCo, ctx).rejected[0]?.error.path).toEqual(['batch', 'coHandlersOf']);
  });

  it('passes co-handlers and the note to each command, and refuses a due date before the assignment', () => {
    const a = classified('a', '2026-06-01');
    const r = assignBatch(
      [a],
      { ...batch('b', [a], { workingDays: 5 }), coHandlersOf: { a: ['d-tax', 'd-finance'] }, note: '第一批交办' },
      ctx,
    );
    expect(r.assigned[0]?.issue.coHandlerIds).toEqual(['d-tax', 'd-finance']);
    expect(r.assigned[0]?.event.note).toBe('第一批交办');
    const late = assignBatch([a], batch('b', [a], { dueOn: '2026-05-29' }), ctx);
    expect(late.rejected[0]?.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['batch', 'timeLimit', 'dueOn'] });
  });

  it('does not look up inherited keys as departments', () => {
    const c = classified('constructor', '2026-06-01');
    const r = assignBatch([c], { ...batch('b', [], { workingDays: 5 }), departmentOf: {} }, ctx);
    expect(r.rejected[0]?.error.code).toBe('UNKNOWN_REFERENCE');
  });

  it('never throws and changes nothing it is given', () => {
    const issues = deepFreeze([classified('x', '2026-06-01'), classified('y', '2026-06-01')]);
    const b = deepFreeze(batch('b', issues, { workingDays: 5 }));
    const before = structuredClone(issues);
    const r = assignBatch(issues, b, ctx);
    expect(r.assigned).toHaveLength(2);
    expect(issues).toEqual(before);
    expect(issues[0]?.state).toBe('accepted');
  });
});

describe('batchSummary', () => {
  it('counts returned, withdrawn, closed and never-assigned issues by its definitions', () => {
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((id) => classified(id, '2026-06-01', { batchId: 'k' })) as [Issue, Issue, Issue, Issue, Issue];
    const r = assignBatch([a, b, c], batch('k', [a, b, c], { workingDays: 5 }), ctx);
    const [aa, bb, cc] = r.assigned.map((x) => x.issue) as [Issue, Issue, Issue];
    const returned = run(aa, [{ type: 'returnAssignment', reason: '不属于本部门职责', actor: actors.handler }], { date: '2026-06-02' });
    const withdrawnAfterAssign = run(bb, [{ type: 'withdraw', actor: actors.enterprise }], { date: '2026-06-02' });
    const closed = run(
      answer(cc, '2026-06-03'),
      [
        { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise },
        { type: 'close', actor: actors.office },
      ],
      { date: '2026-06-04' },
    );
    const withdrawnBefore = run(d, [{ type: 'withdraw', actor: actors.enterprise }], { date: '2026-06-02' });
    expect(unwrap(batchSummary([returned, withdrawnAfterAssign, closed, withdrawnBefore, e], 'k', '2026-06-30', cal))).toEqual({
      batchId: 'k',
      total: 5,
      notYetAssigned: 1,
      assigned: 3,
      answered: 1,
      underSupervision: 0,
      closed: 1,
      withdrawn: 2,
    });
  });

  it('returns the calendar errors at the path asOf', () => {
    const r = batchSummary([], 'k', '2101-01-01', cal);
    expect(r.ok || r.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['asOf'] });
    const bad = batchSummary([], 'k', '1 June', cal);
    expect(bad.ok || bad.error).toMatchObject({ code: 'INVALID_DATE', path: ['asOf'] });
  });
});
