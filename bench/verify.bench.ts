/**
 * Verified history (Part 10, issue 15): `verifyIssueHistory`, which re-decides every event, against
 * the table-level replay (`replayIssue(events, UNSAFE_SKIP_VERIFICATION)`), in µs per event, on
 * histories of 100 and of 4,000 events. Verification must stay linear in the number of events: the
 * `growth` line compares the cost per event of the long histories with that of the short ones
 * (1.0x is linear; a copy of the history per event would make it about 40x).
 *
 * The histories are one cycle repeated — assign, supervise, escalate, request and grant an
 * extension, answer, unsatisfied feedback (which reopens the issue) — so that every event goes
 * through guards, the calendar and the comparison of its changes.
 */
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { chinaCalendar } from '../src/calendar/index.js';
import {
  executeIssueCommand,
  replayIssue,
  UNSAFE_NO_ACCESS_CHECK,
  UNSAFE_SKIP_VERIFICATION,
  verifyIssueHistory,
  type Actor,
  type Issue,
  type IssueCommand,
  type IssueContext,
  type IssueEvent,
} from '../src/issue/index.js';
import { sink } from './harness.js';

const context: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
const office: Actor = { id: 'office-1', role: 'leadingGroupOffice' };
const handler: Actor = { id: 'handler-1', role: 'departmentHandler' };
const enterprise: Actor = { id: 'e1', role: 'enterprise' };
const efficiency: Actor = { id: 'eff-1', role: 'efficiencyOffice' };

/** A history of `n` events for issue `id`, one minute apart from Monday 2 March 2026, 09:00. */
function history(id: string, n: number): readonly IssueEvent[] {
  let minute = 0;
  const at = (): string => new Date(Date.parse('2026-03-02T09:00:00+08:00') + minute++ * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
  const base = (actor: Actor) => ({ issueId: id, actor, at: at() });
  let issue: Issue | null = null;
  const step = (c: IssueCommand): void => {
    const r = executeIssueCommand(issue, c, context);
    if (!r.ok) throw new Error(`${c.type} refused: ${r.error.code} ${r.error.message}`);
    issue = r.value.issue;
  };
  step({ type: 'submit', ...base(enterprise), enterpriseId: 'e1', title: '用电增容', channel: 'hotline', origin: 'application' });
  step({ type: 'classify', ...base(office), categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' });
  const cycle: ((k: number) => IssueCommand)[] = [
    () => ({ type: 'assign', ...base(office), departmentId: 'd-power', timeLimit: { workingDays: 10 } }),
    () => ({ type: 'supervise', ...base(efficiency), step: 'urge' }),
    (k) => ({ type: 'escalate', ...base(office), holder: 'efficiencyOffice', rank: k }),
    () => ({ type: 'requestExtension', ...base(handler), workingDays: 2, reason: '需现场核查' }),
    () => ({ type: 'decideExtension', ...base(office), grant: true }),
    () => ({ type: 'answer', ...base(handler), outcome: 'resolved', summary: '已协调供电公司增容', mode: 'writtenReply' }),
    () => ({ type: 'giveFeedback', ...base(enterprise), level: 'unsatisfied' }),
  ];
  for (let k = 0; (issue as Issue | null)?.history.length !== n; k++) step((cycle[k % cycle.length] as (k: number) => IssueCommand)(k));
  return (issue as unknown as Issue).history;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** µs per event of `f` over the histories, median of 7 runs after a warm-up. */
function perEvent(histories: readonly (readonly IssueEvent[])[], f: (events: readonly IssueEvent[]) => { readonly ok: boolean }): number {
  const events = histories.reduce((n, h) => n + h.length, 0);
  const run = (): number => {
    const start = performance.now();
    let ok = 0;
    for (const h of histories) if (f(h).ok) ok++;
    if (ok !== histories.length) throw new Error('a history was refused');
    return performance.now() - start;
  };
  run();
  const times = Array.from({ length: 7 }, run);
  return (median(times) * 1000) / events;
}

const verify = (events: readonly IssueEvent[]) => verifyIssueHistory(events, context);
const unverified = (events: readonly IssueEvent[]) => replayIssue(events, UNSAFE_SKIP_VERIFICATION);

// 100 histories of 100 events and 3 of 4,000: about 10,000 events per run either way.
const short = Array.from({ length: 100 }, (_, i) => history(`s${i}`, 100));
const long = Array.from({ length: 3 }, (_, i) => history(`l${i}`, 4_000));
for (const h of [short[0], long[0]] as (readonly IssueEvent[])[]) {
  const a = verify(h);
  const b = unverified(h);
  if (!a.ok || !b.ok || !isDeepStrictEqual(a.value, b.value)) throw new Error('verification and replay disagree on an untampered history');
}

const fmt = (x: number): string => x.toFixed(2);
const rows: [string, number, number][] = [];
for (const [label, hs] of [['100 events', short], ['4,000 events', long]] as const) {
  const v = perEvent(hs, verify);
  const u = perEvent(hs, unverified);
  rows.push([label, v, u]);
  process.stdout.write(`\nhistories of ${label}: verifyIssueHistory ${fmt(v)} µs/event, unverified replay ${fmt(u)} µs/event\n`);
  process.stdout.write(`ratio unverified vs verifyIssueHistory (${label}): ${fmt(v / u)}x\n`);
}
const [, v100] = rows[0] as [string, number, number];
const [, v4000] = rows[1] as [string, number, number];
process.stdout.write(`\ngrowth of verifyIssueHistory per event, 4,000 vs 100 events: ${fmt(v4000 / v100)}x (1.0x is linear)\n`);
void sink;
