import { describe, expectTypeOf, it } from 'vitest';
import { type Result } from '../../src/index.js';
import { type CalendarResult } from '../../src/calendar/index.js';
import {
  decideIssue,
  executeIssueCommand,
  replayIssue,
  safeParseIssue,
  UNSAFE_SKIP_VERIFICATION,
  verifyIssueHistory,
  type Actor,
  type HistoryContext,
  type IssueContext,
  type Issue,
  type IssueCommand,
  type IssueCommandType,
  type IssueChanges,
  type IssueEscalation,
  type IssueEvent,
  type IssueState,
  type SupervisionStep,
  type TimeLimit,
} from '../../src/issue/index.js';

const actor: Actor = { id: 'o1', role: 'leadingGroupOffice' };
const at = '2026-10-09T09:00:00+08:00';

describe('issue types', () => {
  it('an issue is readonly all the way down', () => {
    const issue = {} as Issue;
    expectTypeOf(issue.state).toEqualTypeOf<IssueState>();
    expectTypeOf(issue.history).toEqualTypeOf<readonly IssueEvent[]>();
    // @ts-expect-error the state cannot be assigned: only a command changes it
    issue.state = 'closed';
    // @ts-expect-error the history cannot be pushed to
    issue.history.push({} as IssueEvent);
    // @ts-expect-error nor can the dossier's lists
    issue.dossier.evidence.push('照片');
    const extension = {} as Issue['extensions'][number];
    // @ts-expect-error nor an extension's status
    extension.status = 'granted';
    const event = {} as Issue['history'][number];
    // @ts-expect-error nor an event's changes
    event.changes.reopenCount = 3;
  });

  it('an issue has no place for a fee (000: free of charge)', () => {
    expectTypeOf<Issue>().not.toHaveProperty('fee');
    // @ts-expect-error a fee field does not compile
    const withFee: Issue = { ...({} as Issue), fee: 100 };
    void withFee;
  });

  it('IssueCommand is a discriminated union on `type`', () => {
    expectTypeOf<IssueCommand['type']>().toEqualTypeOf<IssueCommandType>();
    const c = {} as IssueCommand;
    if (c.type === 'assign') expectTypeOf(c.timeLimit).toEqualTypeOf<TimeLimit>();
    if (c.type === 'supervise') expectTypeOf(c.step).toEqualTypeOf<Exclude<SupervisionStep, 'unsupervised'>>();
    if (c.type === 'answer') expectTypeOf(c.measures).toEqualTypeOf<string | undefined>();
    if (c.type === 'decideExtension') expectTypeOf(c.grant).toEqualTypeOf<boolean>();
    if (c.type === 'escalate') {
      expectTypeOf(c.rank).toEqualTypeOf<number>();
      expectTypeOf(c.step).toEqualTypeOf<Exclude<SupervisionStep, 'unsupervised'> | undefined>();
      expectTypeOf(c.portfolio).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf<Extract<IssueCommand, { type: 'close' }>>().not.toHaveProperty('timeLimit');
  });

  it('a command must carry what its type needs, and nothing else', () => {
    const ok: IssueCommand = { type: 'assign', issueId: 'i1', actor, at, departmentId: 'd', timeLimit: { workingDays: 5 } };
    void ok;
    // @ts-expect-error an assignment needs a time limit
    const noLimit: IssueCommand = { type: 'assign', issueId: 'i1', actor, at, departmentId: 'd' };
    // @ts-expect-error a close carries no fee
    const fee: IssueCommand = { type: 'close', issueId: 'i1', actor, at, fee: 1 };
    // @ts-expect-error 'unsupervised' is not a step one can take
    const down: IssueCommand = { type: 'supervise', issueId: 'i1', actor, at, step: 'unsupervised' };
    // @ts-expect-error not a command type
    const unknown: IssueCommand = { type: 'transfer', issueId: 'i1', actor, at };
    const escalate: IssueCommand = { type: 'escalate', issueId: 'i1', actor, at, holder: 'mayor', rank: 40 };
    // @ts-expect-error an escalation needs its rank on the ladder
    const noRank: IssueCommand = { type: 'escalate', issueId: 'i1', actor, at, holder: 'mayor' };
    // @ts-expect-error an absent portfolio is left out of a command, not null
    const nullPortfolio: IssueCommand = { type: 'escalate', issueId: 'i1', actor, at, holder: 'mayor', rank: 40, portfolio: null };
    void [noLimit, fee, down, unknown, escalate, noRank, nullPortfolio];
  });

  it("an issue's escalation is null or a readonly record with nulls for what is absent", () => {
    expectTypeOf<Issue['escalation']>().toEqualTypeOf<IssueEscalation | null>();
    expectTypeOf<IssueEscalation['portfolio']>().toEqualTypeOf<string | null>();
    expectTypeOf<IssueEscalation['step']>().toEqualTypeOf<Exclude<SupervisionStep, 'unsupervised'> | null>();
    const e = {} as IssueEscalation;
    // @ts-expect-error the rank reached cannot be lowered by assignment
    e.rank = 0;
    expectTypeOf<IssueChanges['escalation']>().toEqualTypeOf<IssueEscalation | null | undefined>();
  });

  it('executeIssueCommand returns a CalendarResult<{ issue, event }> (Part 7: it says whether it rests on a provisional year); decide and replay return results too', () => {
    expectTypeOf(executeIssueCommand).returns.toEqualTypeOf<CalendarResult<{ readonly issue: Issue; readonly event: IssueEvent }>>();
    expectTypeOf(executeIssueCommand).returns.toMatchTypeOf<Result<{ readonly issue: Issue; readonly event: IssueEvent }>>();
    expectTypeOf(executeIssueCommand).parameter(0).toEqualTypeOf<Issue | null>();
    expectTypeOf(executeIssueCommand).parameter(1).toEqualTypeOf<IssueCommand>();
    expectTypeOf(decideIssue).returns.toEqualTypeOf<CalendarResult<IssueEvent>>();
    expectTypeOf(replayIssue).returns.toEqualTypeOf<CalendarResult<Issue>>(); // Part 10: it verifies, so a deadline may rest on a provisional year
    expectTypeOf(replayIssue).returns.toMatchTypeOf<Result<Issue>>();
    const r = executeIssueCommand(null, {} as IssueCommand, {} as Parameters<typeof executeIssueCommand>[2]);
    if (r.ok) {
      expectTypeOf(r.value.issue).toEqualTypeOf<Issue>();
      expectTypeOf(r.value.event.from).toEqualTypeOf<IssueState | null>();
    } else {
      expectTypeOf(r.error.code).toBeString();
    }
  });

  it('Part 10: replayIssue needs a context or UNSAFE_SKIP_VERIFICATION; an IssueContext is a HistoryContext', () => {
    const events = [] as readonly IssueEvent[];
    expectTypeOf(verifyIssueHistory).returns.toEqualTypeOf<CalendarResult<Issue>>();
    expectTypeOf<IssueContext>().toMatchTypeOf<HistoryContext>();
    expectTypeOf(UNSAFE_SKIP_VERIFICATION).toEqualTypeOf<'UNSAFE_SKIP_VERIFICATION'>();
    replayIssue(events, UNSAFE_SKIP_VERIFICATION);
    // @ts-expect-error verification is the default: no context, no replay
    replayIssue(events);
    // @ts-expect-error any other string is not the unsafe option
    replayIssue(events, 'skip');
    expectTypeOf(safeParseIssue).parameter(1).toEqualTypeOf<HistoryContext | undefined>();
  });
});
