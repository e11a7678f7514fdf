/**
 * Part 10 (issue 15), verified history: `verifyIssueHistory` re-decides every event from the issue
 * before it; `replayIssue` verifies by default; `safeParseIssue` refuses a snapshot its history does
 * not produce. The cases the issue names come first.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/freeze.js';
import { parse, type DomainError } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  LifecyclePolicySchema,
  replayIssue,
  safeParseIssue,
  UNSAFE_SKIP_VERIFICATION,
  verifyIssueHistory,
  type HistoryContext,
  type Issue,
  type IssueChanges,
  type IssueEvent,
} from '../../src/issue/index.js';
import { given } from '../../src/testing/index.js';
import { actors, assigned, at, ctx, run, submitted } from './fixtures.js';
import { resealed } from './tamper.js';

const history: HistoryContext = { calendar: chinaCalendar };

/** The error of a refused result. */
function failure(r: { readonly ok: boolean }): DomainError {
  if (r.ok) throw new Error('expected a refusal');
  return (r as unknown as { readonly error: DomainError }).error;
}

/** The events with event `i` replaced by `patch` applied to it. */
const edit = (events: readonly IssueEvent[], i: number, patch: (e: IssueEvent) => IssueEvent): IssueEvent[] => events.map((e, k) => (k === i ? patch(e) : e));

/** The events renumbered from 1, each starting where the one before it ended. */
const renumbered = (events: readonly IssueEvent[]): IssueEvent[] => events.map((e, i) => ({ ...e, seq: i + 1, from: i === 0 ? null : (events[i - 1] as IssueEvent).to }));

const changed = (e: IssueEvent, changes: IssueChanges): IssueEvent => ({ ...e, changes: { ...e.changes, ...changes } });

describe('Part 10: the tampered histories the issue names are refused, at the event that breaks the lifecycle', () => {
  it('Part 10: a general-procedure matter assigned straight from "accepted" with no approval (EVENT_NOT_REPRODUCED, the guard GENERAL_PROCEDURE_NOT_APPROVED)', () => {
    const approved = assigned({ procedure: 'general' });
    // submit, classify, requestApproval, approve, assign → drop the approval steps.
    const events = renumbered([...approved.history.slice(0, 2), approved.history[4] as IssueEvent]);
    expect(replayIssue(events, UNSAFE_SKIP_VERIFICATION).ok).toBe(true); // the table allows accepted → assign → assigned
    const e = failure(verifyIssueHistory(events, history));
    expect(e).toMatchObject({ code: 'EVENT_NOT_REPRODUCED', path: ['events', 2], value: { code: 'GENERAL_PROCEDURE_NOT_APPROVED' } });
    expect(e.message).toMatch(/^Event 3 \("assign" from "accepted" to "assigned"\) is not one the lifecycle produces/);
    expect(e.messageZh).toContain('第 3 个事件');
    expect(e.issues).toHaveLength(1);
  });

  it('Part 10: an escalation from rank 50 down to rank 1 (EVENT_NOT_REPRODUCED, the guard ESCALATION_DOWNWARD)', () => {
    const issue = run(
      assigned(),
      [
        { type: 'escalate', holder: 'efficiencyOffice', rank: 50, actor: actors.office },
        { type: 'escalate', holder: 'mayor', rank: 60, actor: actors.office },
      ],
      { date: '2026-09-29' },
    );
    const i = issue.history.length - 1;
    const events = edit(issue.history, i, (e) => changed(e, { escalation: { ...(e.changes.escalation as NonNullable<IssueChanges['escalation']>), holder: 'deputyMayorInCharge', rank: 1 } }));
    expect(replayIssue(events, UNSAFE_SKIP_VERIFICATION).ok).toBe(true);
    expect(failure(verifyIssueHistory(events, history))).toMatchObject({ code: 'EVENT_NOT_REPRODUCED', path: ['events', i], value: { code: 'ESCALATION_DOWNWARD', value: 1 } });
  });

  it('Part 10: unsatisfied feedback leading to "confirmed", then a close with no answer: both events reported, each with its index', () => {
    const closed = run(
      assigned(),
      [
        { type: 'answer', outcome: 'resolved', summary: '已协调供电公司增容', mode: 'writtenReply', actor: actors.handler },
        { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise },
        { type: 'close', actor: actors.office },
      ],
      { date: '2026-09-29' },
    );
    const feedback = closed.history.length - 2;
    const events = edit(closed.history, feedback, (e) => changed(e, { feedback: 'unsatisfied', answer: null }));
    expect(replayIssue(events, UNSAFE_SKIP_VERIFICATION).ok).toBe(true);
    const e = failure(verifyIssueHistory(events, history));
    // The enterprise's "unsatisfied" reopens the issue: the stored target state is forged.
    expect(e).toMatchObject({ code: 'EVENT_CHANGES_FORGED', path: ['events', feedback, 'to'], value: 'confirmed' });
    expect(e.message).toContain('produces "reopened"');
    // Judged against the issue its recorded predecessors make, the close has no answer to archive.
    expect(e.issues?.map((p) => [p.code, p.path])).toEqual([
      ['EVENT_CHANGES_FORGED', ['events', feedback, 'to']],
      ['EVENT_NOT_REPRODUCED', ['events', feedback + 1]],
    ]);
    expect(e.issues?.[1]?.value).toMatchObject({ code: 'ARCHIVE_INCOMPLETE' });
  });

  it('Part 10: safeParseIssue refuses state "closed" with a history of a single submit (ISSUE_HISTORY_MISMATCH at the first differing field)', () => {
    const forged: unknown = JSON.parse(JSON.stringify({ ...submitted(), state: 'closed' }));
    for (const r of [safeParseIssue(forged), safeParseIssue(forged, history)]) {
      expect(r.ok || [r.error.code, r.error.path, r.error.value]).toEqual(['ISSUE_HISTORY_MISMATCH', ['state'], 'closed']);
      expect(r.ok || r.error.message).toBe('The issue\'s state is "closed", but its history produces "submitted".');
    }
  });
});

describe('Part 10: verifyIssueHistory re-decides every event — guards, role law, target state and changes', () => {
  const done = run(
    assigned(),
    [
      { type: 'supervise', step: 'urge', actor: actors.efficiency },
      { type: 'answer', outcome: 'resolved', summary: '已协调供电公司增容', mode: 'writtenReply', actor: actors.handler },
    ],
    { date: '2026-09-29' },
  );

  it('a history the commands produced verifies, and rebuilds the issue exactly (replayIssue is the same check)', () => {
    expect(verifyIssueHistory(done.history, history)).toStrictEqual({ ok: true, value: done, provisional: false });
    expect(replayIssue(done.history, history)).toStrictEqual({ ok: true, value: done, provisional: false });
    expect(verifyIssueHistory(done.history, ctx)).toStrictEqual({ ok: true, value: done, provisional: false }); // an IssueContext will do
  });

  it('a changed field the command would not have written: EVENT_CHANGES_FORGED at that field, with the stored value', () => {
    const i = done.history.findIndex((e) => e.type === 'assign');
    const e = failure(verifyIssueHistory(edit(done.history, i, (x) => changed(x, { assignedOn: '2026-09-01' })), history));
    expect(e).toMatchObject({ code: 'EVENT_CHANGES_FORGED', path: ['events', i, 'changes', 'assignedOn'], value: '2026-09-01' });
    expect(e.message).toContain('produces "2026-09-28"');
  });

  it('a field no command of the type writes at all (an extra key in changes): EVENT_CHANGES_FORGED at that key', () => {
    const i = done.history.findIndex((e) => e.type === 'supervise');
    const e = failure(verifyIssueHistory(edit(done.history, i, (x) => changed(x, { closedAt: '2026-09-29T09:00:00+08:00' })), history));
    expect(e).toMatchObject({ code: 'EVENT_CHANGES_FORGED', path: ['events', i, 'changes', 'closedAt'] });
  });

  it('changes no command of the type can write (a supervision step back to "unsupervised"): EVENT_CHANGES_FORGED at changes', () => {
    const i = done.history.findIndex((e) => e.type === 'supervise');
    const e = failure(verifyIssueHistory(edit(done.history, i, (x) => changed(x, { supervisionStep: 'unsupervised' })), history));
    expect(e).toMatchObject({ code: 'EVENT_CHANGES_FORGED', path: ['events', i, 'changes'] });
    expect(e.message).toContain('its step would be "unsupervised"');
  });

  it('the role law: feedback given in the enterprise\'s name by someone else is refused (FORBIDDEN inside EVENT_NOT_REPRODUCED)', () => {
    const answered = run(done, [{ type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise }], { date: '2026-09-30' });
    const i = answered.history.length - 1;
    const e = failure(verifyIssueHistory(edit(answered.history, i, (x) => ({ ...x, actor: actors.adviser })), history));
    expect(e).toMatchObject({ code: 'EVENT_NOT_REPRODUCED', path: ['events', i], value: { code: 'FORBIDDEN' } });
  });

  it('no access policy: a history whose commands came from many subjects verifies (the subject of each event is not recorded)', () => {
    const roles = new Set(done.history.map((e) => e.actor.role));
    expect(roles.size).toBeGreaterThan(2);
    expect(verifyIssueHistory(done.history, { ...ctx, access: { policy: parse(LifecyclePolicySchema, {}) as never, subject: { id: 'nobody' } as never } }).ok).toBe(true);
  });

  it('the sequence layer comes first: EVENT_OUT_OF_ORDER for a swap, a gap, another issue\'s event, an event dated before the one it follows', () => {
    const h = done.history;
    const swapped = [h[0], h[2], h[1], ...h.slice(3)] as IssueEvent[];
    expect(failure(verifyIssueHistory(swapped, history))).toMatchObject({ code: 'EVENT_OUT_OF_ORDER', path: ['events', 1, 'seq'] });
    expect(failure(verifyIssueHistory([...h.slice(0, 2), ...h.slice(3)], history))).toMatchObject({ code: 'EVENT_OUT_OF_ORDER', path: ['events', 2, 'seq'] });
    expect(failure(verifyIssueHistory(edit(h, 3, (e) => ({ ...e, issueId: 'i2' })), history))).toMatchObject({ code: 'EVENT_OUT_OF_ORDER', path: ['events', 3, 'issueId'] });
    expect(failure(verifyIssueHistory(edit(h, 3, (e) => ({ ...e, at: at('2026-09-27') })), history))).toMatchObject({ code: 'EVENT_OUT_OF_ORDER', path: ['events', 3, 'at'] });
    expect(failure(verifyIssueHistory([], history))).toMatchObject({ code: 'EVENT_OUT_OF_ORDER', path: ['events', 0] });
  });

  it('a deleted event is reported once, not at every later event (each seq counts on from the one before it)', () => {
    const h = done.history;
    const e = failure(verifyIssueHistory([...h.slice(0, 3), ...h.slice(4)], history));
    expect(e.issues?.map((p) => p.path)).toEqual([['events', 3, 'seq']]);
  });

  it('every problem is reported, the first 20 listed and the rest counted', () => {
    const steps = Array.from({ length: 30 }, () => ({ type: 'escalate', holder: 'efficiencyOffice', rank: 30, actor: actors.office }) as const);
    const long = run(assigned(), steps, { date: '2026-09-29' });
    const first = long.history.findIndex((e) => e.type === 'escalate');
    const events = long.history.map((e) => (e.type === 'escalate' ? changed(e, { escalation: { ...(e.changes.escalation as NonNullable<IssueChanges['escalation']>), on: '2026-01-01' } }) : e));
    const e = failure(verifyIssueHistory(events, history));
    expect(e.path).toEqual(['events', first, 'changes', 'escalation']);
    expect(e.issues).toHaveLength(20);
    expect(e.moreIssues).toBe(10);
    expect(e.issues?.map((p) => p.path?.[1])).toEqual(Array.from({ length: 20 }, (_, k) => first + k));
  });

  it('says when a deadline rests on a provisional calendar year, as executeIssueCommand does', () => {
    const late = assigned({ date: '2026-12-24', workingDays: 10 });
    expect(late.deadline).toBe('2027-01-08');
    expect(verifyIssueHistory(late.history, history)).toMatchObject({ ok: true, provisional: true });
  });

  it('judges the events by the context they were decided under: a stricter return window refuses a return made in time', () => {
    const returned = run(assigned(), [{ type: 'returnAssignment', reason: '不属于本部门职责', actor: actors.handler, at: at('2026-09-30') }]);
    expect(verifyIssueHistory(returned.history, history).ok).toBe(true);
    const strict = parse(LifecyclePolicySchema, { returnWindowDays: 0 });
    expect(failure(verifyIssueHistory(returned.history, { calendar: chinaCalendar, policy: strict }))).toMatchObject({
      code: 'EVENT_NOT_REPRODUCED',
      path: ['events', returned.history.length - 1],
      value: { code: 'RETURN_WINDOW_EXPIRED' },
    });
  });

  it('refuses an unusable context once, under context, and never runs unchecked without one (safe by default)', () => {
    expect(failure(verifyIssueHistory(done.history, null as unknown as HistoryContext))).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['context'] });
    expect(failure(replayIssue(done.history, undefined as unknown as HistoryContext))).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['context'] });
    expect(failure(verifyIssueHistory(done.history, { calendar: {} as never }))).toMatchObject({ path: ['context', 'calendar'] });
    expect(failure(verifyIssueHistory(done.history, { calendar: chinaCalendar, policy: { returnWindowDays: -1 } as never }))).toMatchObject({ code: 'INVALID_INPUT', path: ['context', 'policy', 'returnWindowDays'] });
  });

  it('changes nothing it is given: deep-frozen events verify, and a refusal leaves them as they were', () => {
    const frozen = deepFreeze(structuredClone(done.history));
    const copy = structuredClone(frozen);
    expect(verifyIssueHistory(frozen, history).ok).toBe(true);
    const forged = deepFreeze(edit(frozen, 2, (e) => changed(e, { assignedOn: '2026-09-01', history: [] } as never)));
    expect(verifyIssueHistory(forged, history).ok).toBe(false);
    expect(replayIssue(forged, UNSAFE_SKIP_VERIFICATION).ok).toBe(true);
    expect(frozen).toStrictEqual(copy);
  });
});

describe('Part 10: replayIssue verifies by default; only UNSAFE_SKIP_VERIFICATION replays along the table', () => {
  it('a forged history replays unchecked only when asked for in so many words', () => {
    const forged = edit(assigned().history, 2, (e) => changed(e, { assignedOn: '2026-09-01' }));
    expect(failure(replayIssue(forged, history)).code).toBe('EVENT_CHANGES_FORGED');
    expect(replayIssue(forged, UNSAFE_SKIP_VERIFICATION)).toMatchObject({ ok: true, provisional: false, value: { assignedOn: '2026-09-01' } });
  });

  it('the testing kit\'s given(events) verifies the events it starts from', () => {
    const a = assigned();
    const forged = edit(a.history, 2, (e) => changed(e, { assignedOn: '2026-09-01' }));
    const supervise = { type: 'supervise', issueId: a.id, actor: actors.efficiency, at: at('2026-09-29'), step: 'urge' } as const;
    expect(given(a.history).when(supervise).then({ type: 'supervise', to: 'assigned' }).to).toBe('assigned');
    expect(() => given(forged)).toThrow(/the given events do not make an issue:\n {2}EVENT_CHANGES_FORGED/);
  });
});

describe('Part 10: safeParseIssue refuses a snapshot its history does not produce', () => {
  const a = assigned();
  const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

  it('accepts a snapshot the commands produced, with or without a context', () => {
    expect(safeParseIssue(json(a))).toStrictEqual({ ok: true, value: a });
    expect(safeParseIssue(json(a), history)).toStrictEqual({ ok: true, value: a });
  });

  it('a field edited in the snapshot but not in its history: ISSUE_HISTORY_MISMATCH at that field', () => {
    const r = safeParseIssue(json({ ...a, deadline: '2026-12-31' }));
    expect(r.ok || [r.error.code, r.error.path, r.error.value]).toEqual(['ISSUE_HISTORY_MISMATCH', ['deadline'], '2026-12-31']);
  });

  it('a snapshot with no history at all is refused (a history starts with its submission)', () => {
    const r = safeParseIssue(json({ ...a, history: [] }));
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['EVENT_OUT_OF_ORDER', ['history', 0]]);
  });

  it('without a context the history is replayed along the table; with one it is verified, its problems under history[i]', () => {
    // Digests computed again after the forgery (a whole-log rewrite), so the chain holds and only verification can tell.
    const forged = resealed(edit(a.history, 2, (e) => changed(e, { assignedOn: '2026-09-01' })));
    const snapshot = json({ ...a, assignedOn: '2026-09-01', history: forged }) as Issue;
    expect(safeParseIssue(snapshot).ok).toBe(true);
    const r = safeParseIssue(snapshot, history);
    expect(r.ok || [r.error.code, r.error.path, r.error.issues?.[0]?.path]).toEqual(['EVENT_CHANGES_FORGED', ['history', 2, 'changes', 'assignedOn'], ['history', 2, 'changes', 'assignedOn']]);
  });

  it('schema problems still come first', () => {
    expect(failure(safeParseIssue({ id: 'i1' })).code).toBe('INVALID_INPUT');
    expect(failure(safeParseIssue({ ...(json(a) as object), fee: 200 })).code).toBe('FEE_NOT_ALLOWED');
  });
});
