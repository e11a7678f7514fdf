import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { unwrap, type ErrorCode, parse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { xingtaiServiceAreas } from '../../src/taxonomy/index.js';
import {
  decideIssue,
  executeIssueCommand,
  IssueState,
  LifecyclePolicySchema,
  replayIssue,
  safeParseIssue,
  safeParseIssueCommand,
  type Issue,
  type IssueContext,
  UNSAFE_NO_ACCESS_CHECK,
} from '../../src/issue/index.js';
import { arbInvalidIssueCommand, arbIssue, arbIssueCommand, arbRejectedIssueCommand, arbValidCommandSequence } from '../../src/testing/index.js';

const ctx: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };

/** Runs commands from nothing; throws at the first the lifecycle rejects. */
function runAll(commands: readonly Parameters<typeof executeIssueCommand>[1][], context: IssueContext): Issue {
  let issue: Issue | null = null;
  for (const c of commands) issue = unwrap(executeIssueCommand(issue, c, context)).issue;
  if (issue === null) throw new Error('no commands');
  return issue;
}

const seenStates = new Set<IssueState>();
const seenCodes = new Set<ErrorCode>();

describe('issue arbitraries', () => {
  test.prop([arbValidCommandSequence()], { numRuns: 300 })(
    'arbValidCommandSequence: a submission first, each command accepted in turn, dated in order, at most 20',
    (commands) => {
      expect(commands[0]?.type).toBe('submit');
      expect(commands.length).toBeLessThanOrEqual(20);
      for (const c of commands) expect(safeParseIssueCommand(c).ok).toBe(true);
      commands.forEach((c, i) => expect(Date.parse(c.at)).toBeGreaterThanOrEqual(Date.parse(commands[i - 1]?.at ?? c.at)));
      const issue = runAll(commands, ctx);
      seenStates.add(issue.state);
      expect(issue.history.length).toBe(commands.length);
    },
  );

  test.prop([arbIssue({ maxCommands: 12 })], { numRuns: 300 })('arbIssue: safeParseIssue accepts the issue, which replayIssue rebuilds from its history', (issue) => {
    expect(unwrap(safeParseIssue(JSON.parse(JSON.stringify(issue))))).toEqual(issue);
    expect(unwrap(replayIssue(issue.history, ctx))).toEqual(issue);
    expect(issue.history.length).toBeLessThanOrEqual(12);
  });

  test.prop([arbIssue({ states: ['assigned'], natures: ['major'], procedures: ['simple'], departmentIds: ['d-power'] })], { numRuns: 100 })(
    'arbIssue: states and classification options give issues in those states, so classified',
    (issue) => {
      expect(issue.state).toBe('assigned');
      expect(issue.nature).toBe('major');
      expect(issue.procedure).toBe('simple');
      expect(issue.leadDepartmentId).toBe('d-power');
      expect(issue.deadline).not.toBeNull();
    },
  );

  test.prop([arbIssue({ states: ['closed'] })], { numRuns: 30 })('arbIssue: even closed issues are reached, with a complete archive', (issue) => {
    expect(issue.state).toBe('closed');
    // Closed when answered, or with the parent it was merged into (issue 17: 并单).
    expect(issue.answer !== null || issue.mergedInto !== null).toBe(true);
  });

  const policy = parse(LifecyclePolicySchema, { returnWindowDays: 0, maxExtensions: 2, utcOffsetMinutes: 0 });
  const custom: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK, policy, taxonomy: xingtaiServiceAreas };
  test.prop([arbValidCommandSequence({ context: custom, from: '2025-03-01', to: '2025-03-31' })], { numRuns: 100 })(
    'arbValidCommandSequence: valid in the context given (policy, taxonomy, offset) and from the dates given',
    (commands) => {
      runAll(commands, custom);
      const submittedAt = commands[0]?.at ?? '';
      expect(submittedAt.endsWith('Z')).toBe(true);
      expect(submittedAt.slice(0, 10) >= '2025-03-01' && submittedAt.slice(0, 10) <= '2025-03-31').toBe(true);
      const categories = xingtaiServiceAreas.categories.map((c) => c.id);
      for (const c of commands) if (c.type === 'classify') expect(categories).toContain(c.categoryId);
    },
  );

  test.prop([arbIssueCommand()], { numRuns: 500 })('arbIssueCommand(): every command passes safeParseIssueCommand unchanged', (command) => {
    expect(unwrap(safeParseIssueCommand(command))).toEqual(command);
  });

  test.prop([arbIssueCommand(null)])('arbIssueCommand(null): submissions, which decideIssue accepts from nothing', (command) => {
    expect(command.type).toBe('submit');
    expect(decideIssue(null, command, ctx).ok).toBe(true);
  });

  test.prop([arbIssue().filter((i) => i.state !== 'withdrawn' && !(i.state === 'closed' && i.mergedInto !== null)).chain((issue) => fc.tuple(fc.constant(issue), arbIssueCommand(issue)))], { numRuns: 300 })(
    'arbIssueCommand(issue): decideIssue accepts the command for that issue',
    ([issue, command]) => {
      const decided = decideIssue(issue, command, ctx);
      expect(decided.ok ? null : decided.error).toBeNull();
    },
  );

  test.prop([fc.option(arbIssue(), { nil: null }).chain((issue) => fc.tuple(fc.constant(issue), arbRejectedIssueCommand(issue)))], { numRuns: 300 })(
    'arbRejectedIssueCommand: the schema accepts the command and decideIssue rejects it',
    ([issue, command]) => {
      expect(safeParseIssueCommand(command).ok).toBe(true);
      const decided = decideIssue(issue, command, ctx);
      expect(decided.ok).toBe(false);
      if (!decided.ok) seenCodes.add(decided.error.code);
    },
  );

  test.prop([arbInvalidIssueCommand()], { numRuns: 500 })('arbInvalidIssueCommand: safeParseIssueCommand rejects it', (x) => {
    expect(safeParseIssueCommand(x).ok).toBe(false);
  });

  it('arbIssueCommand refuses a withdrawn issue, which accepts no command', () => {
    const [withdrawn] = fc.sample(arbIssue({ states: ['withdrawn'] }), { numRuns: 1, seed: 1 });
    expect(() => arbIssueCommand(withdrawn)).toThrow(/withdrawn; no command is accepted/);
  });

  it('the generators are not degenerate: histories reach every state, and rejections meet the main codes', (t) => {
    if (seenStates.size === 0 || seenCodes.size === 0) t.skip();
    const more = fc.sample(arbIssue(), { numRuns: 2000, seed: 42 });
    for (const i of more) seenStates.add(i.state);
    // A pause is decided after its request, among many commands of an assigned order: rarely the last state, but reached.
    for (const i of fc.sample(arbIssue({ states: ['paused'] }), { numRuns: 5, seed: 42 })) seenStates.add(i.state);
    expect([...seenStates].sort()).toEqual([...IssueState.schema.options].sort());
    for (const code of ['INVALID_TRANSITION', 'ISSUE_MISMATCH', 'TIME_BEFORE_LAST_EVENT'] as const) expect(seenCodes).toContain(code);
  });
});

describe('shrinking and replay', () => {
  it('a failing property shrinks to a shortest history, and the seed and path replay the same counterexample', () => {
    const property = fc.property(arbIssue(), (issue) => issue.history.length < 5);
    const first = fc.check(property, { seed: 7 });
    expect(first.failed).toBe(true);
    const [issue] = first.counterexample ?? [];
    expect(issue?.history.length).toBe(5);
    const again = fc.check(property, { seed: 7, path: first.counterexamplePath ?? '' });
    expect(again.counterexample).toEqual(first.counterexample);
  });

  it('a property failing on supervised issues shrinks to a history with a single supervision, its last command', () => {
    const property = fc.property(arbIssue({ states: ['assigned'] }), (issue) => {
      if (issue.supervisionStep !== 'unsupervised') throw new Error('supervised');
    });
    const result = fc.check(property, { seed: 3 });
    expect(result.failed).toBe(true);
    const [issue] = result.counterexample ?? [];
    expect(issue?.history.at(-1)?.type).toBe('supervise');
    expect(issue?.history.filter((e) => e.type === 'supervise')).toHaveLength(1);
  });
});
