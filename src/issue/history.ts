/**
 * An issue's history as a persistent log shared by its successive versions, so that appending an
 * event costs O(1) amortised whatever the history's length (issue 16, "linear everywhere").
 * Internal: not exported from any barrel.
 *
 * Each version built by `evolveIssue` holds, under a non-enumerable symbol, a record of the backing
 * array it shares with the versions before and after it and its own length. Appending to the newest
 * version pushes onto the backing array; the older versions keep their length, so they never see
 * the event. Appending to an older version (a fork) copies its events once. Readers see `history`
 * as an own enumerable getter that returns a real array (`events.slice(0, length)`, made on the
 * first read and kept), so JSON, spread, `structuredClone` and deep equality see plain data. An
 * issue without the symbol (parsed from storage, spread, built by hand) is read through its
 * `history` as before.
 */
import type { Issue, IssueEvent } from './schema.js';

/** The key of an issue's log: non-enumerable, so neither JSON nor a spread copy carries it. */
const LOG: unique symbol = Symbol('qinqing.issueHistory');

/** One version's view of the shared log. */
interface HistoryLog {
  /** The backing array, shared with the versions before and after this one. */
  readonly events: IssueEvent[];
  /** How many of `events` belong to this version. */
  readonly length: number;
  /** Whether the last approval answer in this version's events is a refusal (不予批准). */
  readonly refused: boolean;
  /** This version's history as a real array, made on the first read. */
  view: readonly IssueEvent[] | undefined;
}

const logOf = (issue: Issue): HistoryLog | undefined => (issue as { readonly [LOG]?: HistoryLog })[LOG];

/** Whether the last approval answer is a refusal after `e`, given the answer before it. */
const refusedAfter = (refused: boolean, e: IssueEvent): boolean => (e.type === 'refuseApproval' ? true : e.type === 'approve' ? false : refused);

/**
 * The log of `issue`'s history with `event` appended; `issue` and its log are not changed (the
 * backing array may grow past their length). O(1) amortised when `issue` is the newest version of
 * its log; O(n) in its history once for a fork or an issue without a log.
 */
function appended(issue: Issue | null, event: IssueEvent): HistoryLog {
  if (issue === null) return { events: [event], length: 1, refused: refusedAfter(false, event), view: undefined };
  const log = logOf(issue);
  let events: IssueEvent[];
  let refused: boolean;
  if (log !== undefined) {
    events = log.events.length === log.length ? log.events : log.events.slice(0, log.length);
    refused = log.refused;
  } else {
    events = issue.history.slice();
    refused = events.reduce(refusedAfter, false);
  }
  events.push(event);
  return { events, length: events.length, refused: refusedAfter(refused, event), view: undefined };
}

/** The getter of `history`: this version's events as a real array, made once. */
function history(this: Issue): readonly IssueEvent[] {
  const log = logOf(this) as HistoryLog;
  return (log.view ??= log.events.slice(0, log.length));
}

const HISTORY: PropertyDescriptor = Object.freeze({ get: history, enumerable: true });

/**
 * Gives `out` (an issue without its history, being built) the history of `issue` with `event`
 * appended: the log under its symbol and `history` as the last own key. O(1) amortised (see
 * `appended`).
 */
export function withHistory(out: object, issue: Issue | null, event: IssueEvent): Issue {
  Object.defineProperty(out, LOG, { value: appended(issue, event) });
  return Object.defineProperty(out, 'history', HISTORY) as Issue;
}

/** The issue's last event, read without making its history array. O(1). */
export function lastEvent(issue: Issue): IssueEvent | undefined {
  const log = logOf(issue);
  return log === undefined ? issue.history[issue.history.length - 1] : log.events[log.length - 1];
}

/**
 * Whether the leading body's last decision on the issue's approval was a refusal (不予批准). O(1)
 * for an issue built by `evolveIssue`; O(n) in the history otherwise (scanned back to the last answer).
 */
export function refusedLast(issue: Issue): boolean {
  const log = logOf(issue);
  if (log !== undefined) return log.refused;
  for (let i = issue.history.length - 1; i >= 0; i--) {
    const type = (issue.history[i] as IssueEvent).type;
    if (type === 'refuseApproval') return true;
    if (type === 'approve') return false;
  }
  return false;
}
