import { describe, expect, it } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  executeIssueCommand,
  LifecyclePolicySchema,
  type Actor,
  type Issue,
  type IssueCommand,
  UNSAFE_NO_ACCESS_CHECK,
} from '../../src/issue/index.js';
import { given } from '../../src/testing/index.js';

const office: Actor = { id: 'office-1', role: 'leadingGroupOffice' };
const handler: Actor = { id: 'handler-1', role: 'departmentHandler' };
const enterprise: Actor = { id: 'e1', role: 'enterprise' };
const ctx = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK } as const;

const submit: IssueCommand = {
  type: 'submit',
  issueId: 'i1',
  actor: enterprise,
  at: '2026-09-28T09:00:00+08:00',
  enterpriseId: 'e1',
  title: '用电增容',
  channel: 'hotline',
  origin: 'application',
};
const classify: IssueCommand = {
  type: 'classify',
  issueId: 'i1',
  actor: office,
  at: '2026-09-28T10:00:00+08:00',
  categoryId: 'productionFactors',
  scope: 'outsideBureau',
  nature: 'major',
  procedure: 'simple',
};
const assign: IssueCommand = {
  type: 'assign',
  issueId: 'i1',
  actor: office,
  at: '2026-09-30T09:00:00+08:00',
  departmentId: 'd-power',
  timeLimit: { workingDays: 5 },
};

function run(commands: readonly IssueCommand[]): Issue {
  let issue: Issue | null = null;
  for (const c of commands) issue = unwrap(executeIssueCommand(issue, c, ctx)).issue;
  return issue as Issue;
}

const assigned = run([submit, classify, assign]);

describe('given(events).when(command).then(event)', () => {
  it('passes for a submission given nothing, returning the event', () => {
    const event = given().when(submit).then({ type: 'submit', from: null, to: 'submitted', changes: { enterpriseId: 'e1', title: '用电增容' } });
    expect(event.seq).toBe(1);
    expect(given([]).when(submit).then({ type: 'submit' }).issueId).toBe('i1');
    expect(given(null).when(submit).then([{ type: 'submit', to: 'submitted' }]).to).toBe('submitted');
  });

  it('passes given the past events, or the issue itself, with the deadline over the National Day holiday', () => {
    const expected = { type: 'assign', from: 'accepted', to: 'assigned', changes: { deadline: '2026-10-13', leadDepartmentId: 'd-power' } } as const;
    const past = run([submit, classify]);
    given(past.history).when(assign).then(expected);
    given(past).when(assign).then(expected);
  });

  it('compares only the fields of changes that the expectation lists', () => {
    given(assigned.history)
      .when({ type: 'supervise', issueId: 'i1', actor: office, at: '2026-10-09T09:00:00+08:00', step: 'urge' })
      .then({ type: 'supervise', from: 'assigned', to: 'assigned', changes: { supervisionStep: 'urge' } });
  });

  it('thenError passes for the code that rejects the command, returning the error', () => {
    const error = given(assigned.history)
      .when({ type: 'answer', issueId: 'i1', actor: handler, at: '2026-10-09T09:00:00+08:00', outcome: 'unsolvable', summary: '需政策支持', mode: 'writtenReply' })
      .thenError('MEASURES_REQUIRED');
    expect(error.messageZh).toMatch(/措施建议/);
    given().when(classify).thenError('INVALID_TRANSITION');
  });

  it('parses the command first: a fee is FEE_NOT_ALLOWED, a bad field INVALID_INPUT', () => {
    given(assigned).when({ ...assign, type: 'close', fee: 200 } as unknown as IssueCommand).thenError('FEE_NOT_ALLOWED');
    given(assigned).when({ type: 'close', issueId: 'i1', actor: office } as unknown as IssueCommand).thenError('INVALID_INPUT');
    given(assigned).when({ type: 'close', issueId: 'i1', actor: office, at: '2026-10-09 09:00' }).thenError('INVALID_INSTANT');
  });

  it('decides in the context given', () => {
    const request: IssueCommand = { type: 'requestExtension', issueId: 'i1', actor: handler, at: '2026-10-09T09:00:00+08:00', workingDays: 3, reason: '需现场核查' };
    given(assigned).when(request).then({ type: 'requestExtension', to: 'assigned' });
    given(assigned).when(request, { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK, policy: parse(LifecyclePolicySchema, { extensionNoticeDays: 5 }) }).thenError('EXTENSION_TOO_LATE');
  });
});

describe('failing expectations throw an Error with a diff-style message', () => {
  it('a wrong state or change shows the expected and the actual value line by line', () => {
    expect(() =>
      given(run([submit, classify])).when(assign).then({ type: 'assign', to: 'answered', changes: { deadline: '2026-10-12', batchId: 'b1' } }),
    ).toThrow(
      /given\/when\/then: the event of "assign" on issue "i1" \(accepted\) is not the one expected:\n {2}- expected to: "answered"\n {2}\+ actual {3}to: "assigned"\n {2}- expected changes\.deadline: "2026-10-12"\n {2}\+ actual {3}changes\.deadline: "2026-10-13"\n {2}- expected changes\.batchId: "b1"\n {2}\+ actual {3}changes\.batchId: \(not set\)$/,
    );
  });

  it('a rejection where an event was expected shows the code and the message', () => {
    expect(() => given().when(classify).then({ type: 'classify', to: 'accepted' })).toThrow(
      /"classify" on a new issue was expected to be accepted, but it was rejected:\n {2}INVALID_TRANSITION: "classify" is not allowed before the issue is submitted/,
    );
  });

  it('an accepted command where an error was expected shows the event', () => {
    expect(() => given(assigned).when({ type: 'supervise', issueId: 'i1', actor: office, at: '2026-10-09T09:00:00+08:00', step: 'urge' }).thenError('SUPERVISION_STEP_BACKWARDS')).toThrow(
      /was expected to be rejected with SUPERVISION_STEP_BACKWARDS, but it was accepted:\n {2}\+ event: \{"type":"supervise","from":"assigned","to":"assigned","changes":\{"supervisionStep":"urge"\}\}/,
    );
  });

  it('another error than expected shows both codes', () => {
    expect(() => given().when(classify).thenError('ISSUE_MISMATCH')).toThrow(/- expected code: ISSUE_MISMATCH\n {2}\+ actual {3}code: INVALID_TRANSITION: /);
  });

  it('a wrong command type, or a number of events other than one, fails too', () => {
    expect(() => given().when(submit).then({ type: 'classify' })).toThrow(/- expected type: "classify"\n {2}\+ actual {3}type: "submit"/);
    expect(() => given().when(submit).then([])).toThrow(/records one event, not 0/);
  });

  it('events that do not replay fail at given, naming the replay error', () => {
    const [first, ...rest] = assigned.history;
    expect(() => given([...rest, first as NonNullable<typeof first>])).toThrow(/the given events do not make an issue:\n {2}EVENT_OUT_OF_ORDER/);
  });

  it('throws a plain Error, so that any test runner reports it', () => {
    let caught: unknown;
    try {
      given().when(classify).then({ type: 'classify' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
  });
});
