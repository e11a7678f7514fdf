import { describe, expect, it } from 'vitest';
import {
  unwrap,
  type DomainError,
  type ErrorCode,
  type Result,
  parse,
} from '../../src/index.js';
import { addWorkingDays, chinaCalendar, deadlineAfter, publishedYearsOnly } from '../../src/calendar/index.js';
import { jiaozuoServiceAreas, xingtaiServiceAreas } from '../../src/taxonomy/index.js';
import {
  decideIssue,
  evolveIssue,
  executeIssueCommand,
  IssueCommandType,
  IssueEscalationSchema,
  IssueSchema,
  IssueState,
  issueTransitions,
  LifecyclePolicySchema,
  replayIssue,
  UNSAFE_NO_ACCESS_CHECK,
  safeParseIssue,
  safeParseIssueEvents,
  type Issue,
  type IssueCommand,
  type IssueContext,
  type IssueEvent,
  type IssueTransition,
  type Procedure,
  issueEventDigest,
} from '../../src/issue/index.js';
import { actors, assigned, at, ctx, submitted, type Step } from './fixtures.js';

const cal = chinaCalendar;
/** Strict mode (Part 7): the published years only. */
const strictCtx: IssueContext = { calendar: unwrap(publishedYearsOnly(chinaCalendar)), access: UNSAFE_NO_ACCESS_CHECK };
const MINUTE = 60_000;

/** An instant in China Standard Time. */
const cst = (ms: number): string => `${new Date(ms + 8 * 60 * MINUTE).toISOString().slice(0, 19)}+08:00`;
/** An instant written with another offset, e.g. +09:00 or -07:00, still 25 characters long. */
const withOffset = (ms: number, hours: number): string => {
  const sign = hours < 0 ? '-' : '+';
  return `${new Date(ms + hours * 60 * MINUTE).toISOString().slice(0, 19)}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
};
/** An instant in UTC, `Z`. */
const utc = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** The instant `minutes` after the issue's last event. */
function after(issue: Issue | null, minutes = 1): string {
  const last = issue?.history[issue.history.length - 1]?.at ?? at('2026-09-28');
  return cst(Date.parse(last) + minutes * MINUTE);
}

/** A full command from a step: the issue's id, the step's actor (adviser by default), a minute after the last event. */
function command(issue: Issue | null, s: Step, issueId = issue?.id ?? 'i1'): IssueCommand {
  const { actor, at: when, ...rest } = s;
  return { ...rest, issueId, actor: actor ?? actors.adviser, at: when ?? after(issue) } as IssueCommand;
}

function exec(issue: Issue | null, s: Step, context: IssueContext = ctx) {
  return executeIssueCommand(issue, command(issue, s), context);
}

/** Runs steps one after the other, each a minute after the last event unless it says when; throws on a rejection. */
function play(issue: Issue | null, steps: readonly Step[], context: IssueContext = ctx): Issue {
  let current = issue;
  for (const s of steps) {
    const r = exec(current, s, context);
    if (!r.ok) throw new Error(`${s.type} rejected: ${r.error.code} ${r.error.message}`);
    current = r.value.issue;
  }
  if (current === null) throw new Error('no steps');
  return current;
}

/** Asserts a rejection with `code` and messages in both languages; returns the error. */
function rejected<T>(r: Result<T>, code: ErrorCode): DomainError {
  if (r.ok) throw new Error(`expected ${code}, but the command was accepted`);
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(/[A-Za-z]/);
  expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  return r.error;
}

/** Executes a step that must be rejected with `code`, and checks that the issue is unchanged. */
function refuses(issue: Issue, s: Step, code: ErrorCode, context: IssueContext = ctx): DomainError {
  const before = structuredClone(issue);
  const error = rejected(exec(issue, s, context), code);
  expect(issue).toStrictEqual(before);
  return error;
}

function accepted(r: Result<{ readonly issue: Issue; readonly event: IssueEvent }>): Issue {
  if (!r.ok) throw new Error(`rejected: ${r.error.code} ${r.error.message}`);
  return r.value.issue;
}

const withPolicy = (policy: Record<string, unknown>): IssueContext => ({ calendar: cal, access: UNSAFE_NO_ACCESS_CHECK, policy: parse(LifecyclePolicySchema, policy) });

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

// --- steps ---------------------------------------------------------------------------------------

const classify = (procedure: Procedure, categoryId = 'financing'): Step => ({
  type: 'classify',
  categoryId,
  scope: 'outsideBureau',
  nature: 'ordinary',
  procedure,
  actor: actors.office,
});

/** A command of each type with a payload that satisfies its guards in the usual case. */
function good(type: IssueCommandType, options: { procedure?: Procedure; to?: IssueState } = {}): Step {
  switch (type) {
    case 'submit':
      return { type, enterpriseId: 'e1', title: '用电增容', channel: 'hotline', origin: 'application', actor: actors.enterprise };
    case 'classify':
      return classify(options.procedure ?? 'simple');
    case 'requestApproval':
      return { type, actor: actors.office };
    case 'approve':
      return { type, actor: actors.body };
    case 'refuseApproval':
      return { type, actor: actors.body };
    case 'assign':
      return { type, departmentId: 'd-power', timeLimit: { workingDays: 5 }, actor: actors.office };
    case 'returnAssignment':
      return { type, reason: '不属于本部门职责', actor: actors.handler };
    case 'requestExtension':
      return { type, workingDays: 3, reason: '需现场核查', actor: actors.handler };
    case 'decideExtension':
      return { type, grant: true, actor: actors.office };
    case 'supervise':
      return { type, step: 'urge', actor: actors.efficiency };
    case 'serve':
      return { type, mode: 'phone', summary: '电话告知年报流程', outcome: 'resolved', actor: actors.adviser };
    case 'answer':
      return { type, outcome: 'resolved', summary: '已协调供电公司增容', mode: 'writtenReply', actor: actors.handler };
    case 'giveFeedback':
      return { type, level: options.to === 'reopened' ? 'unsatisfied' : 'satisfied', actor: actors.enterprise };
    case 'close':
      return { type, actor: actors.office };
    case 'complain':
      return { type, reason: '问题仍未解决', actor: actors.enterprise };
    case 'withdraw':
      return { type, actor: actors.enterprise };
    case 'addToDossier':
      return { type, documents: ['批复.pdf'], records: ['协调会记录'], evidence: ['现场照片'], actor: actors.adviser };
    case 'escalate':
      return escalate('deputyMayorInCharge', 20, { portfolio: '工业经济', ruleId: 'ordinary', ladderId: 'jiaozuo-001' });
    case 'signFor':
    case 'contact':
    case 'reply':
    case 'resume':
      return { type, actor: actors.handler };
    case 'requestPause':
      return { type, reasonCode: 'awaitingMaterial', reason: '等待企业补充环评材料', actor: actors.handler };
    case 'decidePause':
      return { type, grant: true, actor: actors.office };
    case 'disputeAssignment':
      return { type, reasonCode: 'notOurDuty', actor: actors.handler };
    case 'reviewDispute':
      return { type, uphold: true, departmentId: 'd-land', actor: actors.office };
    case 'redispatch':
      return { type, departmentId: 'd-land', actor: actors.office };
    case 'merge':
      return { type, parentId: 'i-parent', actor: actors.office };
    case 'callBack':
      return { type, reached: true, actor: actors.office };
    case 'closeUnrated':
      // Long after the feedback window (5 working days by default) has passed.
      return { type, actor: actors.office, at: '2026-12-21T10:00:00+08:00' };
  }
}

/** An escalation to `holder` at `rank`, by the leading-group office. */
function escalate(holder: string, rank: number, more: { portfolio?: string; step?: 'urge' | 'supervision' | 'publicListing' | 'accountability'; ruleId?: string; ladderId?: string } = {}): Step {
  return { type: 'escalate', holder, rank, ...more, actor: actors.office };
}

const satisfied: Step = { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise };
const unsatisfied: Step = { type: 'giveFeedback', level: 'unsatisfied', actor: actors.enterprise };

// --- an issue in every state, built through real commands ----------------------------------------

const simpleAccepted = play(submitted(), [classify('simple')]);
const generalAccepted = play(submitted(), [classify('general')]);
const pendingApproval = play(generalAccepted, [good('requestApproval')]);
const approved = play(pendingApproval, [good('approve')]);
const assignedSimple = assigned();
const assignedGeneral = assigned({ procedure: 'general' });
const extensionPending = play(assignedSimple, [good('requestExtension')]);
const servedSimple = play(simpleAccepted, [good('serve')]);
const answeredGeneral = play(assignedGeneral, [good('addToDossier'), good('answer')]);
const confirmedSimple = play(servedSimple, [satisfied]);
const confirmedGeneral = play(answeredGeneral, [satisfied]);

const variants: Readonly<Record<IssueState | 'none', readonly { readonly label: string; readonly issue: Issue | null }[]>> = {
  none: [{ label: 'no issue yet', issue: null }],
  submitted: [{ label: 'submitted', issue: submitted() }],
  accepted: [
    { label: 'simple', issue: simpleAccepted },
    { label: 'general', issue: generalAccepted },
  ],
  pendingApproval: [{ label: 'general', issue: pendingApproval }],
  approved: [{ label: 'general', issue: approved }],
  assigned: [
    { label: 'simple', issue: assignedSimple },
    { label: 'general', issue: assignedGeneral },
    { label: 'extension pending', issue: extensionPending },
    { label: 'escalated', issue: play(assignedGeneral, [good('escalate')]) },
    { label: 'signed for', issue: play(assignedSimple, [good('signFor')]) },
    { label: 'pause pending', issue: play(assignedSimple, [good('requestPause')]) },
  ],
  returned: [
    { label: 'simple', issue: play(assignedSimple, [good('returnAssignment')]) },
    { label: 'general', issue: play(assignedGeneral, [good('returnAssignment')]) },
  ],
  answered: [
    { label: 'simple, served', issue: servedSimple },
    { label: 'general', issue: answeredGeneral },
  ],
  confirmed: [
    { label: 'simple', issue: confirmedSimple },
    { label: 'general', issue: confirmedGeneral },
  ],
  closed: [
    { label: 'simple', issue: play(confirmedSimple, [good('close')]) },
    { label: 'general', issue: play(confirmedGeneral, [good('close')]) },
  ],
  reopened: [
    { label: 'simple', issue: play(servedSimple, [unsatisfied]) },
    { label: 'general', issue: play(answeredGeneral, [unsatisfied]) },
  ],
  withdrawn: [{ label: 'withdrawn', issue: play(submitted(), [good('withdraw')]) }],
  disputed: [{ label: 'simple', issue: play(assignedSimple, [good('disputeAssignment')]) }],
  paused: [{ label: 'simple', issue: play(assignedSimple, [good('requestPause'), good('decidePause')]) }],
  merged: [{ label: 'submitted', issue: play(submitted(), [good('merge')]) }],
};

const states = IssueState.schema.options;
const commandTypes = IssueCommandType.schema.options;
const allVariants = Object.values(variants).flat();

describe('the transition table', () => {
  it('covers all 14 states and all 30 commands', () => {
    expect(states).toHaveLength(14);
    expect(commandTypes).toHaveLength(30);
    for (const s of states) expect(variants[s].every((v) => v.issue?.state === s)).toBe(true);
    expect(new Set(issueTransitions.map((t) => t.command))).toEqual(new Set(commandTypes));
    expect(new Set(issueTransitions.map((t) => t.to))).toEqual(new Set(states));
  });

  const pairs = (['none', ...states] as const).flatMap((s) => commandTypes.map((c) => [s, c] as const));

  it.each(pairs)('%s × %s: in the table, or rejected with INVALID_TRANSITION and nothing changed', (key, type) => {
    const from = key === 'none' ? null : key;
    const rows = issueTransitions.filter((t) => t.from === from && t.command === type);
    let anyAccepted = false;
    for (const { label, issue } of variants[key]) {
      const before = structuredClone(issue);
      const r = executeIssueCommand(issue, command(issue, good(type, { procedure: issue?.procedure ?? 'simple' })), ctx);
      expect(issue, label).toStrictEqual(before);
      if (rows.length === 0) {
        const error = rejected(r, 'INVALID_TRANSITION');
        expect(error.message).toContain(`"${type}"`);
        expect(error.messageZh).toContain(IssueCommandType.labels[type].zh);
        expect(error.path).toEqual(['command', 'type']);
      } else if (r.ok) {
        anyAccepted = true;
        expect(r.value.event.from).toBe(from);
        expect(rows.map((t) => t.to)).toContain(r.value.event.to);
        expect(r.value.issue.state).toBe(r.value.event.to);
      } else {
        expect(r.error.code, `${label}: ${r.error.message}`).not.toBe('INVALID_TRANSITION');
      }
    }
    if (rows.length > 0) expect(anyAccepted, 'some issue in this state accepts the command').toBe(true);
  });

  it('reaches every state by a shortest path (BFS over the table from null), executing the path with real commands', () => {
    const paths = new Map<IssueState | null, IssueTransition[]>([[null, []]]);
    const queue: (IssueState | null)[] = [null];
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      for (const t of issueTransitions.filter((row) => row.from === s)) {
        if (paths.has(t.to)) continue;
        paths.set(t.to, [...(paths.get(s) ?? []), t]);
        queue.push(t.to);
      }
    }
    const distance = Object.fromEntries(states.map((s) => [s, paths.get(s)?.length]));
    expect(distance).toEqual({
      submitted: 1,
      accepted: 2,
      withdrawn: 2,
      pendingApproval: 3,
      assigned: 3,
      answered: 3,
      approved: 4,
      returned: 4,
      confirmed: 4,
      reopened: 4,
      closed: 3, // through a merge: a merged order closes with its parent
      merged: 2,
      disputed: 4,
      paused: 4,
    });
    for (const target of states) {
      const path = paths.get(target) as IssueTransition[];
      // A path through the approval needs a general-procedure matter; any other takes the simple one.
      const procedure: Procedure = path.some((t) => t.guards.includes('procedureIsGeneral')) ? 'general' : 'simple';
      let issue: Issue | null = null;
      for (const t of path) {
        // A pause is decided on a request: the request is a self-transition, which adds no distance.
        if (t.command === 'decidePause') issue = accepted(exec(issue, good('requestPause')));
        const r = exec(issue, good(t.command, { procedure, to: t.to }));
        issue = accepted(r);
        expect(issue.state, `${target}: ${t.command}`).toBe(t.to);
      }
      expect(issue?.state).toBe(target);
      expect(issue?.history).toHaveLength(path.length + (target === 'paused' ? 1 : 0));
      // Escalation is a self-transition: it adds no distance, and every working state on the way takes it.
      if (issueTransitions.some((t) => t.from === target && t.command === 'escalate')) {
        const escalated = accepted(exec(issue, good('escalate')));
        expect(escalated.state, `${target}: escalate`).toBe(target);
        expect(escalated.history).toHaveLength((issue?.history.length ?? 0) + 1);
      }
    }
    expect(issueTransitions.filter((t) => t.command === 'escalate').every((t) => t.from === t.to)).toBe(true);
  });

  it('escalate is a self-transition of exactly the working states, from acceptance to the answer, guarded by escalationRises', () => {
    const rows = issueTransitions.filter((t) => t.command === 'escalate');
    expect(rows.map((t) => t.from)).toEqual(['accepted', 'pendingApproval', 'approved', 'assigned', 'returned', 'answered', 'reopened', 'disputed', 'paused']);
    for (const t of rows) expect(t).toEqual({ from: t.from, command: 'escalate', to: t.from, guards: ['escalationRises'] });
  });

  it('withdrawn is final; closed only reopens on a complaint', () => {
    expect(issueTransitions.filter((t) => t.from === 'withdrawn')).toEqual([]);
    expect(issueTransitions.filter((t) => t.from === 'closed').map((t) => [t.command, t.to])).toEqual([['complain', 'reopened']]);
  });
});

describe('guards', () => {
  it('GENERAL_PROCEDURE_NOT_APPROVED: a general-procedure matter is not assigned from "accepted"', () => {
    const error = refuses(generalAccepted, good('assign'), 'GENERAL_PROCEDURE_NOT_APPROVED');
    expect(error.messageZh).toContain('批准');
    expect(exec(simpleAccepted, good('assign')).ok).toBe(true);
  });

  it('PROCEDURE_MISMATCH: a simple-procedure matter is not sent for approval', () => {
    refuses(simpleAccepted, good('requestApproval'), 'PROCEDURE_MISMATCH');
  });

  it('PROCEDURE_MISMATCH: a general-procedure matter is not served directly, neither accepted nor reopened', () => {
    refuses(generalAccepted, good('serve'), 'PROCEDURE_MISMATCH');
    refuses(variants.reopened[1]?.issue as Issue, good('serve'), 'PROCEDURE_MISMATCH');
  });

  describe('RETURN_WINDOW_EXPIRED (退单): within returnWindowDays working days of the assignment', () => {
    // Assigned on Wednesday 30 September 2026; 1–7 October are National Day, Saturday 10 October is worked.
    const onEve = assigned({ date: '2026-09-30' });
    const ret = (date: string, minutes = 0): Step => ({ ...good('returnAssignment'), at: at(date, minutes) });

    it('default 2 days: a return during the holiday and on the 2nd working day works, the 3rd is too late', () => {
      expect(onEve.assignedOn).toBe('2026-09-30');
      expect(accepted(exec(onEve, ret('2026-10-07'))).state).toBe('returned');
      expect(accepted(exec(onEve, ret('2026-10-09'))).state).toBe('returned');
      const error = refuses(onEve, ret('2026-10-10'), 'RETURN_WINDOW_EXPIRED');
      expect(error.value).toBe(3);
    });

    it('a custom policy: returnWindowDays 0 allows only the day of assignment', () => {
      const strict = withPolicy({ returnWindowDays: 0 });
      expect(exec(onEve, ret('2026-09-30', 30), strict).ok).toBe(true);
      expect(exec(onEve, ret('2026-10-07'), strict).ok).toBe(true);
      refuses(onEve, ret('2026-10-08'), 'RETURN_WINDOW_EXPIRED', strict);
    });

    it('a custom policy: returnWindowDays 5 allows the 5th working day, not the 6th', () => {
      const lenient = withPolicy({ returnWindowDays: 5 });
      expect(exec(onEve, ret('2026-10-13'), lenient).ok).toBe(true);
      const error = refuses(onEve, ret('2026-10-14'), 'RETURN_WINDOW_EXPIRED', lenient);
      expect(error.value).toBe(6);
      expect(error.message).toContain('5');
    });

    it('the return is recorded and the assignment cleared; the issue is assigned again elsewhere', () => {
      const returned = accepted(exec(onEve, ret('2026-10-09')));
      expect(returned.returns).toEqual([{ departmentId: 'd-power', on: '2026-10-09', reason: '不属于本部门职责' }]);
      expect(returned).toMatchObject({ leadDepartmentId: null, assignedOn: null, deadline: null, extensions: [], supervisionStep: 'unsupervised' });
      const again = accepted(
        exec(returned, { type: 'assign', departmentId: 'd-grid', coHandlerIds: ['d-land'], timeLimit: { workingDays: 3 }, at: at('2026-10-12'), actor: actors.office }),
      );
      expect(again).toMatchObject({ state: 'assigned', leadDepartmentId: 'd-grid', coHandlerIds: ['d-land'], assignedOn: '2026-10-12', deadline: '2026-10-15' });
      expect(again.returns).toHaveLength(1);
    });
  });

  describe('EXTENSION_TOO_LATE: at least extensionNoticeDays working days before the deadline', () => {
    const ask = (date: string): Step => ({ ...good('requestExtension'), at: at(date) });

    it('National Day: deadline 8 October; asking on 29 September (2 working days left) works, on 30 September (1 left) is too late', () => {
      const issue = assigned({ date: '2026-09-28', workingDays: 3 });
      expect(issue.deadline).toBe('2026-10-08');
      expect(accepted(exec(issue, ask('2026-09-29'))).extensions).toEqual([
        { requestedOn: '2026-09-29', workingDays: 3, reason: '需现场核查', status: 'pending', decidedOn: null },
      ]);
      expect(refuses(issue, ask('2026-09-30'), 'EXTENSION_TOO_LATE').value).toBe(1);
      expect(refuses(issue, ask('2026-10-03'), 'EXTENSION_TOO_LATE').value).toBe(1);
    });

    it('Spring Festival: deadline 24 February; asking on 13 February works, on the worked Saturday 14 February is too late', () => {
      const issue = assigned({ date: '2026-02-12', workingDays: 3 });
      expect(issue.deadline).toBe('2026-02-24');
      expect(exec(issue, ask('2026-02-13')).ok).toBe(true);
      refuses(issue, ask('2026-02-14'), 'EXTENSION_TOO_LATE');
      refuses(issue, ask('2026-02-20'), 'EXTENSION_TOO_LATE');
    });

    it('a custom policy: extensionNoticeDays 0 allows the deadline day itself, not the day after', () => {
      const issue = assigned({ date: '2026-09-28', workingDays: 3 });
      const late = withPolicy({ extensionNoticeDays: 0 });
      expect(exec(issue, ask('2026-10-08'), late).ok).toBe(true);
      expect(refuses(issue, ask('2026-10-09'), 'EXTENSION_TOO_LATE', late).value).toBe(-1);
      refuses(issue, ask('2026-10-08'), 'EXTENSION_TOO_LATE');
    });
  });

  it('EXTENSION_ALREADY_PENDING: a second request waits for the first to be decided', () => {
    const roomy = withPolicy({ maxExtensions: 3 });
    const issue = play(assignedSimple, [good('requestExtension')], roomy);
    refuses(issue, good('requestExtension'), 'EXTENSION_ALREADY_PENDING', roomy);
    const decided = play(issue, [good('decideExtension')], roomy);
    expect(exec(decided, good('requestExtension'), roomy).ok).toBe(true);
  });

  it('EXTENSION_LIMIT_REACHED: one extension per assignment by default, a refused one counting', () => {
    const refused = play(assignedSimple, [good('requestExtension'), { type: 'decideExtension', grant: false, actor: actors.office }]);
    expect(refuses(refused, good('requestExtension'), 'EXTENSION_LIMIT_REACHED').value).toBe(1);
  });

  it('EXTENSION_LIMIT_REACHED: maxExtensions is configurable (2 allowed; 0 allows none)', () => {
    const two = withPolicy({ maxExtensions: 2 });
    const twice = play(assignedSimple, [good('requestExtension'), good('decideExtension'), good('requestExtension'), good('decideExtension')], two);
    expect(twice.extensions.map((e) => e.status)).toEqual(['granted', 'granted']);
    expect(refuses(twice, good('requestExtension'), 'EXTENSION_LIMIT_REACHED', two).value).toBe(2);
    refuses(assignedSimple, good('requestExtension'), 'EXTENSION_LIMIT_REACHED', withPolicy({ maxExtensions: 0 }));
  });

  it('NO_PENDING_EXTENSION: nothing to decide before a request or after its decision', () => {
    refuses(assignedSimple, good('decideExtension'), 'NO_PENDING_EXTENSION');
    refuses(play(extensionPending, [good('decideExtension')]), good('decideExtension'), 'NO_PENDING_EXTENSION');
  });

  it('a granted extension moves the deadline by working days; a refused one leaves it', () => {
    const issue = play(assigned({ date: '2026-09-28', workingDays: 3 }), [{ ...good('requestExtension'), at: at('2026-09-28', 30) }]);
    expect(issue.deadline).toBe('2026-10-08');
    const granted = accepted(exec(issue, { type: 'decideExtension', grant: true, at: at('2026-09-29'), actor: actors.office }));
    expect(granted.deadline).toBe(unwrap(addWorkingDays('2026-10-08', 3, cal)));
    expect(granted.deadline).toBe('2026-10-12'); // 9, 10 (worked Saturday) and 12 October
    expect(granted.extensions[0]).toMatchObject({ status: 'granted', decidedOn: '2026-09-29', workingDays: 3 });
    const refused = accepted(exec(issue, { type: 'decideExtension', grant: false, at: at('2026-09-29'), actor: actors.office }));
    expect(refused.deadline).toBe('2026-10-08');
    expect(refused.extensions[0]).toMatchObject({ status: 'refused', decidedOn: '2026-09-29' });
  });

  it('a reassignment starts with no extensions and no supervision, but keeps its escalation', () => {
    const used = play(extensionPending, [
      good('decideExtension'),
      { type: 'supervise', step: 'publicListing', actor: actors.efficiency },
      escalate('efficiencyOffice', 35, { step: 'publicListing' }),
      good('returnAssignment'),
      good('assign'),
    ]);
    expect(used).toMatchObject({ extensions: [], supervisionStep: 'unsupervised', escalation: { holder: 'efficiencyOffice', step: 'publicListing', rank: 35 } });
    expect(exec(used, good('requestExtension')).ok).toBe(true);
    expect(exec(used, { type: 'supervise', step: 'urge', actor: actors.efficiency }).ok).toBe(true);
  });

  it('SUPERVISION_STEP_BACKWARDS: urge → supervision → public listing → accountability, never back', () => {
    const rising = ['urge', 'supervision', 'publicListing', 'accountability'] as const;
    rising.forEach((first, i) => {
      const issue = play(assignedSimple, [{ type: 'supervise', step: first, actor: actors.efficiency }]);
      expect(issue.supervisionStep).toBe(first);
      rising.forEach((next, j) => {
        const s: Step = { type: 'supervise', step: next, actor: actors.efficiency };
        if (j >= i) expect(accepted(exec(issue, s)).supervisionStep).toBe(next);
        else expect(refuses(issue, s, 'SUPERVISION_STEP_BACKWARDS').value).toBe(next);
      });
    });
  });

  describe('ESCALATION_DOWNWARD (协调层级只升不降): escalation never moves down on its own', () => {
    it('the first escalation may stand at any rank, even 0', () => {
      expect(assignedSimple.escalation).toBeNull();
      expect(accepted(exec(assignedSimple, escalate('adviser', 0))).escalation).toMatchObject({ holder: 'adviser', rank: 0 });
    });

    it('a higher rank is accepted, an equal one too (a move sideways), a lower one is refused and nothing changes', () => {
      const ordinary = play(assignedSimple, [escalate('deputyMayorInCharge', 20, { portfolio: '工业经济', ruleId: 'ordinary', ladderId: 'jiaozuo-001' })]);
      const sideways = accepted(exec(ordinary, escalate('bureauLeader', 20)));
      expect(sideways.escalation).toEqual({ holder: 'bureauLeader', portfolio: null, step: null, rank: 20, ruleId: null, ladderId: null, on: '2026-09-28' });
      const down = refuses(sideways, escalate('team', 10), 'ESCALATION_DOWNWARD');
      expect(down.value).toBe(10);
      expect(down.path).toEqual(['command', 'rank']);
      expect(down.message).toContain('"bureauLeader" at rank 20');
      expect(down.messageZh).toContain('只升不降');
      const up = accepted(exec(sideways, escalate('executiveMeeting', 40, { ruleId: 'policy', ladderId: 'jiaozuo-001' })));
      expect(up.escalation).toMatchObject({ holder: 'executiveMeeting', rank: 40, ruleId: 'policy' });
      // Below the rank reached, even if above an earlier one.
      refuses(up, escalate('executiveDeputyMayor', 30), 'ESCALATION_DOWNWARD');
      refuses(up, escalate('executiveDeputyMayor', 39), 'ESCALATION_DOWNWARD');
      expect(accepted(exec(up, escalate('mayor', 40))).escalation?.holder).toBe('mayor');
    });

    it('the guard holds in every working state, not only in "assigned"', () => {
      for (const s of ['accepted', 'pendingApproval', 'approved', 'assigned', 'returned', 'answered', 'reopened'] as const) {
        for (const { label, issue } of variants[s]) {
          const high = play(issue, [escalate('mayor', 50)]);
          expect(high.state, `${s} (${label})`).toBe(s);
          refuses(high, escalate('bureauLeader', 49), 'ESCALATION_DOWNWARD');
          expect(accepted(exec(high, escalate('executiveMeeting', 50))).state).toBe(s);
        }
      }
    });

    it('not before classification, nor once the enterprise has confirmed, nor when closed or withdrawn', () => {
      for (const s of ['submitted', 'confirmed', 'closed', 'withdrawn'] as const) {
        for (const { issue } of variants[s]) refuses(issue as Issue, good('escalate'), 'INVALID_TRANSITION');
      }
    });
  });

  it('MEASURES_REQUIRED: "cannot be solved for now" needs proposed measures', () => {
    const error = refuses(assignedSimple, { type: 'answer', outcome: 'unsolvable', summary: '用地指标不足', mode: 'writtenReply', actor: actors.handler }, 'MEASURES_REQUIRED');
    expect(error.messageZh).toContain('措施');
  });

  it('ARCHIVE_INCOMPLETE: a general-procedure matter closes only with documents, records and evidence in the dossier', () => {
    const bare = play(assignedGeneral, [good('answer'), satisfied]);
    expect(refuses(bare, good('close'), 'ARCHIVE_INCOMPLETE').value).toEqual(['documents', 'records', 'evidence']);
    const someDocs = play(bare, [{ type: 'addToDossier', documents: ['批复.pdf'], actor: actors.adviser }]);
    expect(refuses(someDocs, good('close'), 'ARCHIVE_INCOMPLETE').value).toEqual(['records', 'evidence']);
    const noEvidence = play(someDocs, [{ type: 'addToDossier', records: ['协调会记录'], actor: actors.adviser }]);
    const error = refuses(noEvidence, good('close'), 'ARCHIVE_INCOMPLETE');
    expect(error.value).toEqual(['evidence']);
    expect(error.messageZh).toContain('证明材料');
    const full = play(noEvidence, [{ type: 'addToDossier', evidence: ['现场照片'], actor: actors.adviser }]);
    expect(full.dossier).toEqual({ documents: ['批复.pdf'], records: ['协调会记录'], evidence: ['现场照片'] });
    expect(accepted(exec(full, good('close'))).state).toBe('closed');
  });

  it('ARCHIVE_INCOMPLETE: a general-procedure matter without its approval on record does not close', () => {
    refuses({ ...confirmedGeneral, approval: null }, good('close'), 'ARCHIVE_INCOMPLETE');
    expect(rejected(exec({ ...confirmedGeneral, approval: null }, good('close')), 'ARCHIVE_INCOMPLETE').value).toEqual(['approvalRecord']);
  });

  it('ARCHIVE_INCOMPLETE: a simple-procedure matter closes only with its ledger entry', () => {
    expect(confirmedSimple.ledgerEntry).not.toBeNull();
    expect(refuses({ ...confirmedSimple, ledgerEntry: null }, good('close'), 'ARCHIVE_INCOMPLETE').value).toEqual(['ledgerEntry']);
    expect(confirmedSimple.dossier.documents).toEqual([]);
    expect(exec(confirmedSimple, good('close')).ok).toBe(true);
  });

  it('UNKNOWN_REFERENCE: with a taxonomy in the context, classify takes only its category ids', () => {
    const xingtai: IssueContext = { ...ctx, taxonomy: xingtaiServiceAreas };
    const jiaozuo: IssueContext = { ...ctx, taxonomy: jiaozuoServiceAreas };
    const issue = submitted();
    const error = refuses(issue, classify('simple', 'productionFactors'), 'UNKNOWN_REFERENCE', xingtai);
    expect(error.path).toEqual(['command', 'categoryId']);
    expect(error.value).toBe('productionFactors');
    expect(error.message).toContain(xingtaiServiceAreas.id);
    expect(accepted(exec(issue, classify('simple', 'productionFactors'), jiaozuo)).categoryId).toBe('productionFactors');
    expect(exec(issue, classify('simple', 'brandBuilding'), xingtai).ok).toBe(true);
    refuses(issue, classify('simple', 'brandBuilding'), 'UNKNOWN_REFERENCE', jiaozuo);
    expect(exec(issue, classify('simple', 'anything'), ctx).ok).toBe(true);
    // Reclassification is checked too.
    refuses(play(issue, [classify('simple', 'financing')], xingtai), classify('simple', 'harmoniousIndustry'), 'UNKNOWN_REFERENCE', xingtai);
  });

  it('ISSUE_MISMATCH: a command for another issue is rejected before anything else', () => {
    for (const { issue } of allVariants) {
      if (issue === null) continue;
      const before = structuredClone(issue);
      for (const type of ['close', 'withdraw', 'submit'] as const) {
        const error = rejected(executeIssueCommand(issue, command(issue, good(type), 'i-other'), ctx), 'ISSUE_MISMATCH');
        expect(error.path).toEqual(['command', 'issueId']);
        expect(error.value).toBe('i-other');
      }
      expect(issue).toStrictEqual(before);
    }
  });

  it('TIME_BEFORE_LAST_EVENT: instants compare as instants, whatever their offsets', () => {
    const issue = assignedSimple;
    const last = Date.parse(issue.history[issue.history.length - 1]?.at as string);
    const answerAt = (when: string): Step => ({ ...good('answer'), at: when });
    // One minute earlier, written in UTC.
    expect(refuses(issue, answerAt(utc(last - MINUTE)), 'TIME_BEFORE_LAST_EVENT').path).toEqual(['command', 'at']);
    // The same instant in UTC is not before it.
    expect(exec(issue, answerAt(utc(last))).ok).toBe(true);
    // Later as text, earlier as an instant: 30 minutes before, written at +09:00.
    const earlier = withOffset(last - 30 * MINUTE, 9);
    expect(earlier > (issue.history.at(-1)?.at as string)).toBe(true);
    refuses(issue, answerAt(earlier), 'TIME_BEFORE_LAST_EVENT');
    // Earlier as text, later as an instant: 30 minutes after, written at -07:00.
    const later = withOffset(last + 30 * MINUTE, -7);
    expect(later < (issue.history.at(-1)?.at as string)).toBe(true);
    expect(exec(issue, answerAt(later)).ok).toBe(true);
    // With fractional seconds.
    refuses(issue, answerAt(new Date(last - 1).toISOString()), 'TIME_BEFORE_LAST_EVENT');
  });

  it('INVALID_ARGUMENT: a fixed due date before the assignment date', () => {
    const error = refuses(simpleAccepted, { type: 'assign', departmentId: 'd-power', timeLimit: { dueOn: '2026-09-27' }, actor: actors.office }, 'INVALID_ARGUMENT');
    expect(error.path).toEqual(['command', 'timeLimit', 'dueOn']);
    expect(error.value).toBe('2026-09-27');
    const sameDay = accepted(exec(simpleAccepted, { type: 'assign', departmentId: 'd-power', timeLimit: { dueOn: '2026-09-28' }, actor: actors.office }));
    expect(sameDay.deadline).toBe('2026-09-28');
  });

  it('CALENDAR_YEAR_NOT_COVERED: a fixed due date the calendar does not cover is refused at assignment', () => {
    refuses(simpleAccepted, { type: 'assign', departmentId: 'd-power', timeLimit: { dueOn: '2101-01-14' }, actor: actors.office }, 'CALENDAR_YEAR_NOT_COVERED');
    refuses(simpleAccepted, { type: 'assign', departmentId: 'd-power', timeLimit: { dueOn: '2027-01-15' }, actor: actors.office }, 'CALENDAR_YEAR_NOT_COVERED', strictCtx);
  });

  it('EXTENSION_TOO_LATE: past the deadline the message says how far overdue, in both languages', () => {
    const late = assigned({ date: '2026-09-28', workingDays: 5 }); // deadline 2026-10-10
    const error = refuses(late, { type: 'requestExtension', workingDays: 3, reason: '材料不全', actor: actors.handler, at: at('2026-10-14') }, 'EXTENSION_TOO_LATE');
    expect(error.value).toBe(-3); // 10-12, 10-13, 10-14
    expect(error.message).toContain('3 working days overdue');
    expect(error.messageZh).toContain('已逾期 3 个工作日');
  });

  it('CALENDAR_YEAR_NOT_COVERED in strict mode (published years only): a deadline past 2026, or an extension past it, is rejected and nothing changes', () => {
    const late = play(submitted('i1', 'e1', at('2026-12-28')), [{ ...classify('simple'), at: at('2026-12-28', 1) }]);
    refuses(late, { ...good('assign'), at: at('2026-12-28', 2) }, 'CALENDAR_YEAR_NOT_COVERED', strictCtx);
    const christmas = assigned({ date: '2026-12-24', workingDays: 3 });
    expect(christmas.deadline).toBe('2026-12-29');
    const asked = play(christmas, [{ type: 'requestExtension', workingDays: 5, reason: '年底集中办理', actor: actors.handler }]);
    refuses(asked, good('decideExtension'), 'CALENDAR_YEAR_NOT_COVERED', strictCtx);
    expect(exec(asked, { type: 'decideExtension', grant: false, actor: actors.office }, strictCtx).ok).toBe(true);
  });

  it('Part 7: with the provisional years, a deadline past 2026 is computed and says it is provisional; one within 2026 does not', () => {
    const late = play(submitted('i1', 'e1', at('2026-12-28')), [{ ...classify('simple'), at: at('2026-12-28', 1) }]);
    const assignedLate = exec(late, { ...good('assign'), at: at('2026-12-28', 2) });
    expect(assignedLate.ok && assignedLate.provisional).toBe(true);
    expect(assignedLate.ok && assignedLate.value.issue.deadline).toBe('2027-01-05'); // 5 working days: 12-29…12-31, 01-04, 01-05 (1 January off)
    const christmas = assigned({ date: '2026-12-24', workingDays: 3 });
    const asked = play(christmas, [{ type: 'requestExtension', workingDays: 5, reason: '年底集中办理', actor: actors.handler }]);
    const granted = exec(asked, good('decideExtension'));
    expect(granted.ok && [granted.value.issue.deadline, granted.provisional]).toEqual(['2027-01-06', true]);
    const refused = exec(asked, { type: 'decideExtension', grant: false, actor: actors.office });
    expect(refused.ok && refused.provisional).toBe(false); // no working day was counted
    const early = exec(simpleAccepted, good('assign'));
    expect(early.ok && early.provisional).toBe(false);
  });
});

describe('domain rules', () => {
  it('000: a general-procedure matter is assigned only after the leading body approves it', () => {
    refuses(generalAccepted, good('assign'), 'GENERAL_PROCEDURE_NOT_APPROVED');
    refuses(pendingApproval, good('assign'), 'INVALID_TRANSITION');
    const refused = play(pendingApproval, [good('refuseApproval')]);
    expect(refused).toMatchObject({ state: 'accepted', approval: null });
    refuses(refused, good('assign'), 'GENERAL_PROCEDURE_NOT_APPROVED');
    const ok = play(refused, [good('requestApproval'), { type: 'approve', actor: actors.body, at: at('2026-09-29') }]);
    expect(ok.approval).toEqual({ by: actors.body.id, on: '2026-09-29' });
    expect(accepted(exec(ok, good('assign'))).state).toBe('assigned');
  });

  it('000: the simple procedure is served directly and recorded as a ledger entry', () => {
    const served = accepted(exec(simpleAccepted, { type: 'serve', mode: 'sms', summary: '短信告知年报流程', outcome: 'explained', at: at('2026-09-29'), actor: actors.adviser }));
    expect(served.state).toBe('answered');
    expect(served.ledgerEntry).toEqual({ on: '2026-09-29', mode: 'sms', summary: '短信告知年报流程' });
    expect(served.answer).toEqual({ outcome: 'explained', summary: '短信告知年报流程', mode: 'sms', measures: null, on: '2026-09-29' });
    expect(served.leadDepartmentId).toBeNull();
    const closed = play(served, [satisfied, good('close')]);
    expect(closed.state).toBe('closed');
    expect(closed.closedAt).toBe(closed.history.at(-1)?.at);
  });

  it('000: a simple-procedure matter assigned to a department also gets its ledger entry from the answer', () => {
    const answered = accepted(exec(assignedSimple, { ...good('answer'), at: at('2026-09-30') }));
    expect(answered.ledgerEntry).toEqual({ on: '2026-09-30', mode: 'writtenReply', summary: '已协调供电公司增容' });
    expect(answeredGeneral.ledgerEntry).toBeNull();
  });

  it('000: voluntary — the enterprise may withdraw at any time before close', () => {
    const open = states.filter((s) => s !== 'closed' && s !== 'withdrawn');
    expect(open).toHaveLength(12);
    for (const s of open) {
      for (const { label, issue } of variants[s]) {
        const r = exec(issue, good('withdraw'));
        expect(accepted(r).state, `${s} (${label})`).toBe('withdrawn');
      }
    }
    for (const s of ['closed', 'withdrawn'] as const) {
      for (const { issue } of variants[s]) refuses(issue as Issue, good('withdraw'), 'INVALID_TRANSITION');
    }
  });

  it('002: unsatisfied feedback reopens the issue and it is reassigned (再梳理、再跟踪、再反馈)', () => {
    const answered = play(assignedSimple, [good('requestExtension'), good('decideExtension'), { type: 'supervise', step: 'urge', actor: actors.efficiency }, good('answer')]);
    expect(answered.extensions).toHaveLength(1);
    const reopened = accepted(exec(answered, unsatisfied));
    expect(reopened).toMatchObject({ state: 'reopened', reopenCount: 1, feedback: 'unsatisfied' });
    const reassigned = accepted(exec(reopened, { type: 'assign', departmentId: 'd-grid', timeLimit: { workingDays: 5 }, at: at('2026-09-30'), actor: actors.office }));
    expect(reassigned).toMatchObject({
      state: 'assigned',
      leadDepartmentId: 'd-grid',
      assignedOn: '2026-09-30',
      deadline: '2026-10-13',
      answer: null,
      feedback: null,
      supervisionStep: 'unsupervised',
      extensions: [],
      reopenCount: 1,
    });
    const closed = play(reassigned, [good('answer'), satisfied, good('close')]);
    expect(closed).toMatchObject({ state: 'closed', reopenCount: 1, feedback: 'satisfied' });
    expect(closed.closedAt).not.toBeNull();
  });

  it('001: an escalation stays with the issue through a return, a reassignment and a reopening; it never falls back on its own', () => {
    const high = play(assignedSimple, [escalate('executiveDeputyMayor', 30, { ruleId: 'majorOrWidespread', ladderId: 'jiaozuo-001' })]);
    const record = high.escalation;
    expect(record).toEqual({ holder: 'executiveDeputyMayor', portfolio: null, step: null, rank: 30, ruleId: 'majorOrWidespread', ladderId: 'jiaozuo-001', on: '2026-09-28' });
    const returned = play(high, [good('returnAssignment')]);
    expect(returned.escalation).toStrictEqual(record);
    const reassigned = play(returned, [{ type: 'assign', departmentId: 'd-grid', timeLimit: { workingDays: 5 }, actor: actors.office }]);
    expect(reassigned).toMatchObject({ state: 'assigned', leadDepartmentId: 'd-grid', supervisionStep: 'unsupervised' });
    expect(reassigned.escalation).toStrictEqual(record);
    refuses(reassigned, escalate('deputyMayorInCharge', 20), 'ESCALATION_DOWNWARD');
    const reopened = play(reassigned, [good('answer'), unsatisfied, good('assign')]);
    expect(reopened.escalation).toStrictEqual(record);
    refuses(reopened, escalate('deputyMayorInCharge', 20), 'ESCALATION_DOWNWARD');
    const closed = play(reopened, [good('answer'), satisfied, good('close')]);
    expect(closed.escalation).toStrictEqual(record);
  });

  it('002: a later complaint on a closed issue reopens it, and it can be served again', () => {
    const closed = variants.closed[0]?.issue as Issue;
    const reopened = accepted(exec(closed, good('complain')));
    expect(reopened).toMatchObject({ state: 'reopened', reopenCount: 1, closedAt: null });
    const again = play(reopened, [good('serve'), unsatisfied]);
    expect(again).toMatchObject({ state: 'reopened', reopenCount: 2 });
    expect(play(again, [good('serve'), satisfied, good('close')]).state).toBe('closed');
  });

  it('002: positive feedback — satisfied or basically satisfied — confirms the answer without reopening', () => {
    for (const level of ['satisfied', 'basicallySatisfied'] as const) {
      const issue = accepted(exec(servedSimple, { type: 'giveFeedback', level, actor: actors.enterprise }));
      expect(issue).toMatchObject({ state: 'confirmed', feedback: level, reopenCount: 0 });
    }
  });

  it('003: an issue that cannot be solved for now carries proposed measures', () => {
    const issue = accepted(
      exec(assignedGeneral, { type: 'answer', outcome: 'unsolvable', summary: '用地指标不足', mode: 'writtenReply', measures: '报市政府常务会议研究调剂指标', actor: actors.handler }),
    );
    expect(issue.state).toBe('answered');
    expect(issue.answer).toMatchObject({ outcome: 'unsolvable', measures: '报市政府常务会议研究调剂指标' });
  });

  it('003: overdue matters are supervised in rising steps, recorded on the issue', () => {
    const issue = play(assignedSimple, [
      { type: 'supervise', step: 'urge', actor: actors.efficiency },
      { type: 'supervise', step: 'supervision', actor: actors.efficiency },
      { type: 'supervise', step: 'publicListing', actor: actors.efficiency },
    ]);
    expect(issue.supervisionStep).toBe('publicListing');
    expect(issue.history.slice(-3).map((e) => e.changes.supervisionStep)).toEqual(['urge', 'supervision', 'publicListing']);
  });

  it('001: assignment with a working-day deadline (assigned 2026-09-30 with 5 working days → 2026-10-13)', () => {
    const issue = assigned({ date: '2026-09-30', workingDays: 5, departmentId: 'd-power', batchId: 'batch-1' });
    expect(issue).toMatchObject({ state: 'assigned', assignedOn: '2026-09-30', deadline: '2026-10-13', leadDepartmentId: 'd-power', batchId: 'batch-1' });
    expect(issue.deadline).toBe(unwrap(deadlineAfter('2026-09-30', 5, cal)));
  });

  it('001: the deadline counts from the local (China) date of the assignment, whatever offset the instant is written in', () => {
    const issue = play(submitted('i1', 'e1', at('2026-09-29')), [{ ...classify('simple'), at: at('2026-09-29', 1) }]);
    // 16:30 UTC on 29 September is 00:30 on 30 September in China.
    const r = accepted(exec(issue, { ...good('assign'), at: '2026-09-29T16:30:00Z' }));
    expect(r).toMatchObject({ assignedOn: '2026-09-30', deadline: '2026-10-13' });
    // With the policy's time zone at UTC it is still the 29th.
    const r0 = accepted(exec(issue, { ...good('assign'), at: '2026-09-29T16:30:00Z' }, withPolicy({ utcOffsetMinutes: 0 })));
    expect(r0).toMatchObject({ assignedOn: '2026-09-29', deadline: unwrap(deadlineAfter('2026-09-29', 5, cal)) });
  });

  it('003: a batch with a fixed due date (Lishui batch 2, due 15 July)', () => {
    const issue = play(submitted('i1', 'e1', at('2026-07-01')), [
      { ...classify('simple'), at: at('2026-07-01', 1) },
      { type: 'assign', departmentId: 'd-land', timeLimit: { dueOn: '2026-07-15' }, batchId: 'lishui-2', at: at('2026-07-01', 2), actor: actors.office },
    ]);
    expect(issue).toMatchObject({ deadline: '2026-07-15', batchId: 'lishui-2', assignedOn: '2026-07-01' });
  });

  it('000: material for the archive is added to the dossier, never replaced', () => {
    const issue = play(pendingApproval, [
      { type: 'addToDossier', documents: ['申请书'], actor: actors.adviser },
      { type: 'addToDossier', documents: ['批复.pdf'], evidence: ['现场照片'], actor: actors.adviser },
    ]);
    expect(issue.state).toBe('pendingApproval');
    expect(issue.dossier).toEqual({ documents: ['申请书', '批复.pdf'], records: [], evidence: ['现场照片'] });
  });
});

describe('audit events', () => {
  it('every accepted command records who, when, what, from, to, seq and the changes', () => {
    const steps: Step[] = [
      good('submit'),
      classify('general'),
      good('requestApproval'),
      good('approve'),
      good('assign'),
      { ...good('supervise'), note: '逾期催办' },
      { ...good('escalate'), note: '报分管副市长协调' },
      good('requestExtension'),
      good('decideExtension'),
      good('addToDossier'),
      good('answer'),
      satisfied,
      good('close'),
      good('complain'),
    ];
    let issue: Issue | null = null;
    for (const s of steps) {
      const c = command(issue, s);
      const r = executeIssueCommand(issue, c, ctx);
      if (!r.ok) throw new Error(r.error.message);
      const { event } = r.value;
      expect(event).toMatchObject({ issueId: 'i1', type: c.type, actor: c.actor, at: c.at, from: issue?.state ?? null, to: r.value.issue.state });
      expect(event.seq).toBe(r.value.issue.history.length);
      expect(event.note).toBe(c.note ?? null);
      expect(typeof event.changes).toBe('object');
      expect(r.value.issue.history.at(-1)).toStrictEqual(event);
      expect(r.value.issue.history.slice(0, -1)).toStrictEqual(issue?.history ?? []);
      for (const [key, value] of Object.entries(event.changes)) if (key !== 'dossierAdded') expect(r.value.issue[key as keyof Issue], key).toStrictEqual(value);
      issue = r.value.issue;
    }
    expect(issue?.history.map((e) => e.seq)).toEqual(steps.map((_, i) => i + 1));
    expect(issue?.history[5]?.note).toBe('逾期催办');
    expect(issue?.history[6]).toMatchObject({ type: 'escalate', from: 'assigned', to: 'assigned', note: '报分管副市长协调' });
  });

  it('escalate records the move as an audit event: only the escalation changes, dated on the local (China) date', () => {
    const before = assignedGeneral;
    // 16:30 UTC on 29 September is 00:30 on 30 September in China.
    const c = command(before, { ...escalate('efficiencyOffice', 35, { step: 'publicListing', ruleId: 'publicListing', ladderId: 'jiaozuo-001-time' }), at: '2026-09-29T16:30:00Z' });
    const r = executeIssueCommand(before, c, ctx);
    if (!r.ok) throw new Error(r.error.message);
    const { issue, event } = r.value;
    const escalation = { holder: 'efficiencyOffice', portfolio: null, step: 'publicListing', rank: 35, ruleId: 'publicListing', ladderId: 'jiaozuo-001-time', on: '2026-09-30' };
    expect(event).toStrictEqual({
      schemaVersion: '2.3',
      issueId: 'i1',
      seq: before.history.length + 1,
      type: 'escalate',
      actor: actors.office,
      at: '2026-09-29T16:30:00Z',
      from: 'assigned',
      to: 'assigned',
      changes: { escalation },
      note: null,
      digest: unwrap(issueEventDigest(event, before.history.at(-1)?.digest ?? '')), // Part 10: chained to the event before
    });
    expect(issue).toStrictEqual({ ...before, escalation, history: [...before.history, event] });
    // One shape: the fields in schema order, the escalation's too, so that JSON compares equal.
    expect(Object.keys(issue)).toEqual(Object.keys(IssueSchema.shape));
    expect(Object.keys(issue.escalation ?? {})).toEqual(Object.keys(IssueEscalationSchema.shape));
    expect(Object.keys(unwrap(replayIssue(issue.history, ctx)))).toEqual(Object.keys(IssueSchema.shape));
  });

  it('decideIssue decides without changing anything, and evolveIssue applies what it decided', () => {
    for (const { issue } of allVariants) {
      for (const type of commandTypes) {
        const c = command(issue, good(type, { procedure: issue?.procedure ?? 'simple' }));
        const decided = decideIssue(issue, c, ctx);
        const executed = executeIssueCommand(issue, c, ctx);
        if (decided.ok) {
          expect(executed).toStrictEqual({ ok: true, value: { issue: evolveIssue(issue, decided.value), event: decided.value }, provisional: decided.provisional });
        }
        else expect(executed).toStrictEqual(decided);
      }
    }
  });

  it('executeIssueCommand never mutates its input: a deep-frozen issue and command go through every command', () => {
    for (const { issue } of allVariants) {
      const frozen = deepFreeze(structuredClone(issue));
      const before = structuredClone(frozen);
      for (const type of commandTypes) {
        const c = deepFreeze(command(frozen, good(type, { procedure: frozen?.procedure ?? 'simple' })));
        expect(() => executeIssueCommand(frozen, c, ctx)).not.toThrow();
        expect(frozen).toStrictEqual(before);
      }
    }
  });

  it('replayIssue(issue.history) equals the issue, in every state', () => {
    for (const { issue } of allVariants) {
      if (issue === null) continue;
      expect(replayIssue(issue.history, ctx)).toStrictEqual({ ok: true, value: issue, provisional: false });
    }
  });

  describe('replayIssue rejects a broken sequence with EVENT_OUT_OF_ORDER', () => {
    const history = (variants.closed[1]?.issue as Issue).history;
    const broken = (events: readonly IssueEvent[], index: number) => {
      const error = rejected(replayIssue(events, ctx), 'EVENT_OUT_OF_ORDER');
      // Part 9 (issue 14): the path names replayIssue's argument, `events[i]` (and the field that breaks it).
      expect(error.path?.slice(0, 2)).toEqual(['events', index]);
    };

    it('an empty list', () => broken([], 0));
    it('a list that does not start with the submission', () => broken(history.slice(1), 0));
    it('two events swapped', () => broken([history[0], history[2], history[1], ...history.slice(3)] as IssueEvent[], 1));
    it('a gap', () => broken([...history.slice(0, 4), ...history.slice(5)], 4));
    it('an event of another issue', () => broken(history.map((e, i) => (i === 3 ? { ...e, issueId: 'i2' } : e)), 3));
    it('a renumbered list with a gap in the states', () => broken([...history.slice(0, 4), ...history.slice(5)].map((e, i) => ({ ...e, seq: i + 1 })), 4));
    it('an event dated before the one it follows', () => {
      const first = Date.parse(history[0]?.at as string);
      broken(history.map((e, i) => (i === 3 ? { ...e, at: cst(first - MINUTE) } : e)), 3);
    });
    it('a duplicated event', () => broken([...history.slice(0, 3), history[2] as IssueEvent, ...history.slice(3)], 3));
    it('a forged event that is no row of the table (submitted → close → closed)', () =>
      broken([history[0] as IssueEvent, { ...(history.at(-1) as IssueEvent), seq: 2, from: 'submitted' }], 1));
    it('a submission that claims to land anywhere but "submitted"', () => broken([{ ...(history[0] as IssueEvent), to: 'closed' }], 0));
  });

  it('events survive JSON: safeParseIssueEvents and replay rebuild the issue', () => {
    for (const { issue } of allVariants) {
      if (issue === null) continue;
      const stored: unknown = JSON.parse(JSON.stringify(issue.history));
      const events = safeParseIssueEvents(stored);
      if (!events.ok) throw new Error(events.error.message);
      expect(replayIssue(events.value, ctx)).toStrictEqual({ ok: true, value: issue, provisional: false });
    }
  });

  it('an issue survives JSON.parse(JSON.stringify()) unchanged and validates against IssueSchema', () => {
    for (const { label, issue } of allVariants) {
      if (issue === null) continue;
      const copy: unknown = JSON.parse(JSON.stringify(issue));
      expect(copy, label).toStrictEqual(issue);
      const parsed = safeParseIssue(copy);
      if (!parsed.ok) throw new Error(`${label}: ${parsed.error.message}`);
      expect(parsed.value).toStrictEqual(issue);
    }
  });
});
