import { describe, expect, it } from 'vitest';
import { type Result, parse } from '../../src/index.js';
import {
  executeIssueCommand,
  LifecyclePolicySchema,
  replayIssue,
  type Issue,
  type IssueCommand,
  type IssueContext,
  type IssueEvent,
} from '../../src/issue/index.js';
import { actors, assigned, at, ctx, run, submitted } from './fixtures.js';

// Edges of the lifecycle that the behaviour tests leave open, found by mutation testing (npm run
// mutation): what INVALID_TRANSITION and EXTENSION_TOO_LATE say, the defaults a command leaves, which
// extension a decision updates, and every way replayIssue refuses a broken history.

function failure<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

/** A command without its issueId, which `exec` fills in. */
type Command = IssueCommand extends infer C ? (C extends IssueCommand ? Omit<C, 'issueId'> : never) : never;

const exec = (issue: Issue | null, command: Command, context: IssueContext = ctx) =>
  executeIssueCommand(issue, { issueId: issue?.id ?? 'i1', ...command } as IssueCommand, context);

describe('INVALID_TRANSITION lists what the state allows', () => {
  it('before submission: only submit, in both languages', () => {
    const e = failure(exec(null, { type: 'close', actor: actors.office, at: at('2026-09-28') }));
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.message).toBe('"close" is not allowed before the issue is submitted; allowed: submit.');
    expect(e.messageZh).toContain('（尚未提交）');
    expect(e.messageZh).toMatch(/可执行：提交/);
  });

  it('in a state: names the state and every allowed command, in table order', () => {
    const issue = submitted();
    const e = failure(exec(issue, { type: 'close', actor: actors.office, at: at('2026-09-29') }));
    expect(e.message).toBe('"close" is not allowed in state "submitted"; allowed: classify, merge, withdraw.');
    expect(e.messageZh).toContain('可执行：');
    expect(e.messageZh).toContain('、');
    expect(e.messageZh).not.toContain('（尚未提交）');
  });

  it('in a final state: nothing is allowed', () => {
    const withdrawn = run(submitted(), [{ type: 'withdraw', actor: actors.enterprise }], { date: '2026-09-29' });
    const e = failure(exec(withdrawn, { type: 'close', actor: actors.office, at: at('2026-09-30') }));
    expect(e.message).toContain('in state "withdrawn"; allowed: nothing.');
    expect(e.messageZh).toMatch(/可执行：无/);
  });
});

describe('EXTENSION_TOO_LATE says how many working days are left, or how many overdue', () => {
  const issue = assigned({ date: '2026-09-28', workingDays: 3 }); // deadline 2026-10-08
  const ask = (date: string) =>
    exec(issue, { type: 'requestExtension', workingDays: 3, reason: '需现场核查', actor: actors.handler, at: at(date) });

  it('on the deadline day: 0 are left', () => {
    const e = failure(ask('2026-10-08'));
    expect(e).toMatchObject({ code: 'EXTENSION_TOO_LATE', value: 0 });
    expect(e.message).toContain('; 0 are left.');
    expect(e.messageZh).toContain('现仅剩 0 个工作日');
  });

  it('after the deadline: the working days overdue, as a positive number', () => {
    const e = failure(ask('2026-10-12'));
    expect(e.value).toBe(-3); // 9 October, the worked Saturday 10 October and 12 October
    expect(e.message).toContain('it is 3 working days overdue.');
    expect(e.messageZh).toContain('现已逾期 3 个工作日');
  });
});

describe('what a command leaves on the issue', () => {
  it('a submission without a description has an empty one; an assignment without co-handlers has none', () => {
    const issue = assigned();
    expect(issue.description).toBe('');
    expect(issue.coHandlerIds).toEqual([]);
  });

  it('a return clears the co-handlers', () => {
    const withCo = run(
      submitted(),
      [
        { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', actor: actors.office },
        { type: 'assign', departmentId: 'd-power', coHandlerIds: ['d-land'], timeLimit: { workingDays: 5 }, actor: actors.office },
        { type: 'returnAssignment', reason: '不属于本部门职责', actor: actors.handler },
      ],
      { date: '2026-09-29' },
    );
    expect(withCo.state).toBe('returned');
    expect(withCo.coHandlerIds).toEqual([]);
  });

  it('a decision updates the pending extension only, and a refusal keeps the deadline', () => {
    const two: IssueContext = { ...ctx, policy: parse(LifecyclePolicySchema, { maxExtensions: 2 }) };
    const issue = run(
      assigned({ date: '2026-09-28', workingDays: 10 }),
      [
        { type: 'requestExtension', workingDays: 3, reason: '第一次', actor: actors.handler },
        { type: 'decideExtension', grant: false, actor: actors.office },
        { type: 'requestExtension', workingDays: 2, reason: '第二次', actor: actors.handler },
        { type: 'decideExtension', grant: true, actor: actors.office },
      ],
      { date: '2026-09-29', context: two },
    );
    expect(issue.extensions.map((e) => [e.reason, e.status])).toEqual([
      ['第一次', 'refused'],
      ['第二次', 'granted'],
    ]);
  });

  it('an answer in the general procedure makes no ledger entry; in the simple one it does', () => {
    const answer = { type: 'answer', outcome: 'resolved', summary: '已协调', mode: 'writtenReply', actor: actors.handler } as const;
    const general = run(assigned({ procedure: 'general' }), [answer], { date: '2026-09-29' });
    const simple = run(assigned({ procedure: 'simple' }), [answer], { date: '2026-09-29' });
    expect(simple.ledgerEntry).not.toBeNull();
    expect(general.ledgerEntry ?? null).toBeNull();
  });
});

describe('ARCHIVE_INCOMPLETE lists what the dossier lacks', () => {
  it('in lower case, comma-separated in English; with 、 in Chinese', () => {
    const answered = run(
      assigned({ procedure: 'general' }),
      [
        { type: 'answer', outcome: 'resolved', summary: '已协调', mode: 'writtenReply', actor: actors.handler },
        { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise },
      ],
      { date: '2026-09-29' },
    );
    const e = failure(exec(answered, { type: 'close', actor: actors.office, at: at('2026-09-30') }));
    expect(e.code).toBe('ARCHIVE_INCOMPLETE');
    expect(e.message).toBe('Before close-out the archive needs: documents, records, evidence (000).');
    expect(e.messageZh).toContain('销号前须补齐：文书、文件、活动记录、证明材料（000');
  });
});

describe('replayIssue refuses a broken history at the first broken event, counting from 1', () => {
  const issue = run(
    submitted(),
    [
      { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', actor: actors.office },
      { type: 'assign', departmentId: 'd-power', timeLimit: { workingDays: 5 }, actor: actors.office },
    ],
    { date: '2026-09-29' },
  );
  const history = issue.history;
  const change = (i: number, patch: Partial<IssueEvent>): IssueEvent[] => history.map((e, k) => (k === i ? ({ ...e, ...patch } as IssueEvent) : e));

  it('replays a whole history to the issue, with a copy of the events', () => {
    const r = replayIssue(history, ctx);
    expect(r).toEqual({ ok: true, value: issue, provisional: false });
    expect(r.ok && r.value.history).not.toBe(history);
  });

  it('an event of another issue', () => {
    const e = failure(replayIssue(change(2, { issueId: 'other' }), ctx));
    expect(e).toMatchObject({ code: 'EVENT_OUT_OF_ORDER', path: ['events', 2, 'issueId'] });
    expect(e.message).toBe('Event 3 belongs to issue "other".');
    expect(e.messageZh).toBe('第 3 个事件属于诉求“other”。');
  });

  it('a wrong sequence number', () => {
    const e = failure(replayIssue(change(1, { seq: 5 }), ctx));
    expect(e).toMatchObject({ path: ['events', 1, 'seq'] });
    expect(e.message).toBe('Event 2 has seq 5.');
    expect(e.messageZh).toBe('第 2 个事件的序号为 5。');
  });

  it('an event dated before the one before it', () => {
    const e = failure(replayIssue(change(2, { at: '2026-09-27T09:00:00+08:00' }), ctx));
    expect(e.message).toBe(`Event 3 is dated 2026-09-27T09:00:00+08:00, before event 2 at ${history[1]?.at}.`);
    expect(e.messageZh).toContain('第 3 个事件的时间');
    expect(e.messageZh).toContain('早于第 2 个事件');
  });

  it('an event that starts in another state than the issue is in', () => {
    const e = failure(replayIssue(change(2, { from: 'approved' }), ctx));
    expect(e.message).toBe('Event 3 starts in "approved", but the issue is "accepted".');
    expect(e.messageZh).toContain('第 3 个事件的起始环节为“approved”');
  });

  it('an event that is not a transition of the table, even from a state the table knows', () => {
    const wrongTo = failure(replayIssue(change(2, { to: 'closed' }), ctx));
    expect(wrongTo.message).toBe('Event 3 ("assign" from "accepted" to "closed") is not a transition of the table.');
    expect(wrongTo.messageZh).toContain('第 3 个事件');
    const wrongType = failure(replayIssue(change(2, { type: 'close' }), ctx));
    expect(wrongType.path).toEqual(['events', 2, 'type']);
  });

  it('a history that does not start with the submission', () => {
    expect(failure(replayIssue([], ctx)).path).toEqual(['events', 0]);
    expect(failure(replayIssue(history.slice(1), ctx)).code).toBe('EVENT_OUT_OF_ORDER');
    expect(failure(replayIssue(change(0, { seq: 2 }), ctx)).path).toEqual(['events', 0]);
    expect(failure(replayIssue(change(0, { to: 'accepted' }), ctx)).path).toEqual(['events', 0]);
  });
});
