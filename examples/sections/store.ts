import { chinaCalendar, UNSAFE_NO_ACCESS_CHECK, type IssueCommand, type IssueContext } from 'qinqing';
import { issueChainHead, safeParseIssueEvents, sameIssue, verifyIssueChain, verifyIssueHistory, type IssueEvent } from 'qinqing/issue';
import { handleIssueCommand, loadIssue, snapshotOfIssue } from 'qinqing/store';
import { memoryIssueStore, resealIssueEvents } from 'qinqing/testing';
import { heading, line, subheading, table } from '../report.js';

const context: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
const office = { id: '市营商办', role: 'leadingGroupOffice' } as const;

/** A command on Q-09 at 09:`minute` on 12 October 2026, by the office unless said. */
const q09 = (minute: number, fields: Record<string, unknown>): IssueCommand =>
  ({ issueId: 'Q-09', actor: office, at: `2026-10-12T09:${String(minute).padStart(2, '0')}:00+08:00`, ...fields }) as IssueCommand;

const bytes = (x: unknown): number => Buffer.byteLength(JSON.stringify(x));

/**
 * Section 10 (Part 10): storing issues through `qinqing/store` — load, decide, append with the
 * version the decision was made on — on the in-memory reference store of the testing kit.
 */
export async function storeSection(): Promise<void> {
  heading('10', '诉求存储', 'Storing issues');
  const store = memoryIssueStore();

  subheading('每条命令：读取、决定、按版本追加', 'Each command: load, decide, append on condition of the version');
  const steps: IssueCommand[] = [
    q09(0, { type: 'submit', enterpriseId: '修武某铝业公司', title: '天然气价格偏高', channel: 'visit', origin: 'proactive', actor: { id: '修武某铝业公司', role: 'enterprise' } }),
    q09(5, { type: 'classify', categoryId: 'productionFactors', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' }),
  ];
  const rows: string[][] = [];
  for (const command of steps) {
    const r = await handleIssueCommand(store, { command }, context);
    rows.push([command.type, r.ok ? `v${r.value.version}` : r.error.code, r.ok ? r.value.issue.state : '']);
  }
  table(['命令 command', '版本 version', '环节 state'], rows);

  subheading('两名工作人员同时交办', 'Two clerks assign at the same moment: one wins, the other is decided again and refused');
  const assign = (departmentId: string): IssueCommand => q09(10, { type: 'assign', departmentId, timeLimit: { workingDays: 5 } });
  const raced = await Promise.all([handleIssueCommand(store, { command: assign('市发展改革委') }, context), handleIssueCommand(store, { command: assign('市城管局') }, context)]);
  for (const [i, r] of raced.entries()) {
    if (r.ok) line(`#${i + 1} ✓ assigned to ${r.value.issue.leadDepartmentId} (attempt ${r.value.attempts})`);
    else line(`#${i + 1} ✗ ${r.error.code}: ${r.error.messageZh}`, `     ${r.error.message}`);
  }

  subheading('客户端带版本号：过期即冲突', 'A client that sends the version it saw gets CONFLICT once the issue has moved on');
  const stale = await handleIssueCommand(store, { command: q09(20, { type: 'supervise', step: 'urge' }), expectedVersion: 2 }, context);
  if (!stale.ok) line(`${stale.error.code}: ${stale.error.messageZh}`, `  ${stale.error.message}`);
  line(`The store holds ${store.size} events for Q-09; the refused command wrote none.`);

  subheading('快照不含历史', 'A snapshot holds the fields and the version, not the history');
  const loaded = await loadIssue(store, 'Q-09', context);
  const fromLog = await loadIssue(store, 'Q-09', context, { useSnapshot: false });
  if (loaded.ok && fromLog.ok && loaded.value.issue !== null) {
    const issue = loaded.value.issue;
    table(
      ['JSON', 'bytes'],
      [
        ['issue 诉求', String(bytes(issue))],
        ['history 历史', String(bytes(issue.history))],
        ['snapshot 快照', String(bytes(snapshotOfIssue(issue)))],
      ],
    );
    const same = fromLog.value.issue !== null && sameIssue(issue, fromLog.value.issue) ? 'the same issue, compared by value (sameIssue)' : 'DIFFERENT issues';
    line(`Loaded from the snapshot at v${loaded.value.snapshotVersion} and replayed from the log: ${same}.`);
    auditTrail(issue.history);
  }
}

/** 留痕可追溯: what an auditor finds when stored events are changed, by hand or by a whole rewrite. */
function auditTrail(history: readonly IssueEvent[]): void {
  subheading('留痕可追溯：改动存储的事件', 'A trace that holds up: stored events changed after the fact');
  const head = issueChainHead(history);
  if (head.ok) line(`链头 chain head (keep it apart, or sign it): seq ${head.value.seq}, ${head.value.digest.slice(0, 16)}…`);
  // Someone edits a row: the assignment now names another department.
  const edited = history.map((e) => (e.type === 'assign' ? { ...e, changes: { ...e.changes, leadDepartmentId: '市城管局' } } : e));
  const byChain = safeParseIssueEvents(JSON.parse(JSON.stringify(edited)));
  if (!byChain.ok) line(`改一行 one row edited → ${byChain.error.code} at events[${String(byChain.error.path?.[0])}]: ${byChain.error.messageZh}`, `  ${byChain.error.message}`);
  // Someone rewrites the whole log and computes every digest again: the chain is whole again.
  const kept = head.ok ? { head: head.value } : {};
  const rewritten = resealIssueEvents(edited);
  const swapped = rewritten.ok ? verifyIssueChain(rewritten.value, { issueId: 'Q-09', ...kept }) : rewritten;
  if (!swapped.ok) line(`整体重写并重算摘要 rewritten, digests recomputed → ${swapped.error.code}: ${swapped.error.messageZh}`, `  ${swapped.error.message}`);
  // The same rewrite of a back-dated assignment: the lifecycle would not have produced it.
  const backDated = resealIssueEvents(history.map((e) => (e.type === 'assign' ? { ...e, changes: { ...e.changes, assignedOn: '2026-09-30' } } : e)));
  const byRules = backDated.ok ? verifyIssueHistory(backDated.value, context) : backDated;
  if (!byRules.ok) line(`倒签交办日期 assignment back-dated → ${byRules.error.code} at ${(byRules.error.path ?? []).join('.')}: ${byRules.error.messageZh}`, `  ${byRules.error.message}`);
}
