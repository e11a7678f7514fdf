import { chinaCalendar } from '../calendar/china.js';
import type { DomainError, ErrorCode } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { safeParseIssueCommand, type IssueCommand } from '../issue/commands.js';
import type { IssueCommandType, IssueState } from '../vocabulary/issue.js';
import { decideIssue } from '../issue/machine.js';
import { replayIssue, type HistoryContext } from '../issue/verify.js';
import { UNSAFE_NO_ACCESS_CHECK, type IssueContext } from '../issue/policy.js';
import type { Issue, IssueChanges, IssueEvent } from '../issue/schema.js';
import { sameData } from './tape.js';

/**
 * The event a specification expects: its command type and, when given, the state before and after
 * and the fields it sets. `changes` lists the fields that must be set to these values; fields not
 * listed are not compared (an `assign` sets eight). Who, when, `seq` and the note are not compared.
 *
 * @category Testing
 */
export interface ExpectedIssueEvent {
  /** The command type the event records. */
  readonly type: IssueCommandType;
  /** The state before (null for a submission); not compared when absent. */
  readonly from?: IssueState | null;
  /** The state after; not compared when absent. */
  readonly to?: IssueState;
  /** Fields the event must set, with their values; not compared when absent. */
  readonly changes?: IssueChanges;
}

/**
 * The last step of a specification: what the command must have led to. Each method throws an
 * `Error` with a diff-style English message when the expectation fails, so it works under any test
 * runner.
 *
 * @category Testing
 */
export interface IssueThen {
  /**
   * Expects the command to be accepted with this event (or these events: the lifecycle records one
   * per command).
   *
   * @param expected - The expected event, or a list of them.
   * @returns The event the lifecycle recorded, for further checks.
   */
  then(expected: ExpectedIssueEvent | readonly ExpectedIssueEvent[]): IssueEvent;
  /**
   * Expects the command to be rejected with this error code (a schema failure such as
   * `INVALID_INPUT` or `FEE_NOT_ALLOWED` counts, as the command is parsed first).
   *
   * @param code - The expected error code.
   * @returns The error, for further checks of its messages, path or value.
   */
  thenError(code: ErrorCode): DomainError;
}

/**
 * The middle step of a specification: the command to decide.
 *
 * @category Testing
 */
export interface IssueWhen {
  /**
   * Decides a command against the issue of `given`.
   *
   * @param command - The command; it is parsed with `safeParseIssueCommand` first, as an app
   *   parses outside input, so malformed data (cast to `IssueCommand`) can be specified too.
   * @param context - The calendar, access, policy and taxonomy (default
   *   `{ calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK }`: a specification is about the
   *   lifecycle, and the role law holds regardless; pass an access policy and subject to specify
   *   access too).
   * @returns The step that states the expected outcome.
   */
  when(command: IssueCommand, context?: IssueContext): IssueThen;
}

/** A short description of a command for messages: its type, the issue and the issue's state. */
function describeCommand(command: IssueCommand, issue: Issue | null): string {
  const type = typeof command === 'object' && command !== null && typeof command.type === 'string' ? command.type : String(command);
  return `"${type}" on ${issue === null ? 'a new issue' : `issue "${issue.id}" (${issue.state})`}`;
}

const show = (value: unknown): string => (value === undefined ? '(not set)' : JSON.stringify(value));

/** The lines of a diff between an expected and an actual event, empty when they match. */
function diff(expected: ExpectedIssueEvent, actual: IssueEvent): string[] {
  const lines: string[] = [];
  const field = (name: string, want: unknown, got: unknown): void => {
    if (sameData(want, got)) return;
    lines.push(`  - expected ${name}: ${show(want)}`, `  + actual   ${name}: ${show(got)}`);
  };
  field('type', expected.type, actual.type);
  if ('from' in expected && expected.from !== undefined) field('from', expected.from, actual.from);
  if (expected.to !== undefined) field('to', expected.to, actual.to);
  if (expected.changes !== undefined) {
    const got = actual.changes as Readonly<Record<string, unknown>>;
    for (const [key, want] of Object.entries(expected.changes)) field(`changes.${key}`, want, Object.hasOwn(got, key) ? got[key] : undefined);
  }
  return lines;
}

function fail(lines: readonly string[]): never {
  throw new Error(['given/when/then: ' + lines[0], ...lines.slice(1)].join('\n'));
}

function outcome(issue: Issue | null, command: IssueCommand, context: IssueContext): Result<IssueEvent> {
  const parsed = safeParseIssueCommand(command);
  return parsed.ok ? decideIssue(issue, parsed.value, context) : parsed;
}

/**
 * Starts a specification of the issue lifecycle in the style of emmett's decider specification,
 * `given(events).when(command).then(event)`: given the issue's past (its audit events, the issue
 * itself, or nothing before a submission), when a command is decided with `decideIssue` in a
 * context, then it must be accepted with the expected event, or rejected with `thenError(code)`.
 * A failed expectation throws an `Error` whose message shows what was expected and what happened
 * line by line (`- expected …` / `+ actual …`); it depends on no test runner.
 *
 * @param past - The issue's events, oldest first (verified and rebuilt with `replayIssue`), the
 *   issue, or `null` / nothing / `[]` for a command on a new issue.
 * @param historyContext - The calendar, policy and taxonomy the given events were decided under
 *   (default `{ calendar: chinaCalendar }`): events the lifecycle would not have produced are
 *   refused, so a specification cannot start from a history no app could reach.
 * @returns The step that takes the command.
 * @throws Error when the events do not verify and replay into an issue.
 * @example
 * ```ts
 * given(issue.history)
 *   .when({ type: 'supervise', issueId: issue.id, actor, at: '2026-10-12T09:00:00+08:00', step: 'urge' })
 *   .then({ type: 'supervise', from: 'assigned', to: 'assigned', changes: { supervisionStep: 'urge' } });
 * ```
 * @category Testing
 */
export function given(past: readonly IssueEvent[] | Issue | null = null, historyContext: HistoryContext = { calendar: chinaCalendar }): IssueWhen {
  let issue: Issue | null;
  if (past === null || (Array.isArray(past) && past.length === 0)) {
    issue = null;
  } else if (Array.isArray(past)) {
    const replayed = replayIssue(past as readonly IssueEvent[], historyContext);
    if (!replayed.ok) fail([`the given events do not make an issue:`, `  ${replayed.error.code}: ${replayed.error.message}`]);
    issue = replayed.value;
  } else {
    issue = past as Issue;
  }
  return {
    when(command: IssueCommand, context: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK }): IssueThen {
      const decided = outcome(issue, command, context);
      const what = describeCommand(command, issue);
      return {
        then(expected: ExpectedIssueEvent | readonly ExpectedIssueEvent[]): IssueEvent {
          if (!decided.ok) {
            fail([`${what} was expected to be accepted, but it was rejected:`, `  ${decided.error.code}: ${decided.error.message}`]);
          }
          const event = decided.value;
          const list: readonly ExpectedIssueEvent[] = Array.isArray(expected) ? expected : [expected as ExpectedIssueEvent];
          const only = list[0];
          if (list.length !== 1 || only === undefined) {
            fail([`${what} records one event, not ${list.length}:`, `  - expected ${list.length} events`, `  + actual   1 event: ${JSON.stringify(event)}`]);
          }
          const lines = diff(only, event);
          if (lines.length > 0) fail([`the event of ${what} is not the one expected:`, ...lines]);
          return event;
        },
        thenError(code: ErrorCode): DomainError {
          if (decided.ok) {
            const { type, from, to, changes } = decided.value;
            fail([`${what} was expected to be rejected with ${code}, but it was accepted:`, `  + event: ${JSON.stringify({ type, from, to, changes })}`]);
          }
          if (decided.error.code !== code) {
            fail([`${what} was rejected with another error than expected:`, `  - expected code: ${code}`, `  + actual   code: ${decided.error.code}: ${decided.error.message}`]);
          }
          return decided.error;
        },
      };
    },
  };
}
