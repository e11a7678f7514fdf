import { chinaCalendar } from './src/calendar/index.js';
import { decideIssue, evolveIssue, UNSAFE_NO_ACCESS_CHECK, type Issue, type IssueEvent } from './src/issue/index.js';
const actor = { id: 'e1', role: 'enterprise', enterpriseId: 'e1' } as const;
const at = '2026-03-02T09:00:00+08:00';
const submit = decideIssue(null, { type: 'submit', issueId: 'i1', enterpriseId: 'e1', title: '用电增容', channel: 'hotline', origin: 'application', actor, at }, { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK });
if (!submit.ok) throw 1;
for (const n of [1000, 10000, 100000, 1000000, 100000, 10000]) {
  const events: IssueEvent[] = [submit.value];
  for (let i = 2; i <= n; i++) events.push({ ...submit.value, seq: i, type: 'supervise', from: 'assigned', to: 'assigned', changes: { supervisionStep: 'urge' } });
  const ms: number[] = [];
  for (let r = 0; r < 3; r++) { const t = performance.now(); let issue: Issue | null = null; for (const e of events) issue = evolveIssue(issue, e); ms.push(performance.now() - t); }
  console.log(n, ms.map((x) => (x / n * 1000).toFixed(2) + 'µs').join(' '));
}
