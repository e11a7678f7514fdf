/**
 * Part 10 (issue 15), storing issues: `handleIssueCommand` (load, decide, append with the expected
 * version, a snapshot in the same transaction) through the in-memory reference store, SQLite
 * (sql.js) and Postgres (PGlite), both in WebAssembly and in memory, as commands per second; then
 * `loadIssue` of a 6-event and a 60-event issue from the log alone against from its snapshot and
 * the events after it; and the sizes, as JSON, of an issue, its history and its snapshot.
 *
 * Loading from a snapshot still reads every event (an `Issue` carries its whole history); what the
 * snapshot saves is replaying them — today a check of the transition table per event, and once
 * replay re-decides every event, the guards as well.
 */
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import initSqlJs from 'sql.js';
import { unwrap } from '../src/index.js';
import { chinaCalendar } from '../src/calendar/index.js';
import { UNSAFE_NO_ACCESS_CHECK, type Actor, type IssueCommand, type IssueContext } from '../src/issue/index.js';
import { handleIssueCommand, loadIssue, snapshotOfIssue, type IssueStore } from '../src/store/index.js';
import { memoryIssueStore } from '../src/testing/index.js';
import { pgliteIssueStore } from '../examples/store/pglite.js';
import { sqliteIssueStore } from '../examples/store/sqlite.js';

const context: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
const office: Actor = { id: 'office-1', role: 'leadingGroupOffice' };
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const out = (line: string): boolean => process.stdout.write(`${line}\n`);

/** 09:00 on 30 September 2026 plus `minutes`. */
const at = (minutes: number): string => new Date(Date.UTC(2026, 8, 30, 1, minutes)).toISOString().replace('Z', '+00:00');

/** The commands of one issue: its life to confirmation (6 events), or the same with supervision and dossier work in between (`events` in all). */
function life(issueId: string, events: number): IssueCommand[] {
  let minute = 0;
  const c = (fields: Record<string, unknown>): IssueCommand => ({ issueId, actor: office, at: at(minute++), ...fields }) as IssueCommand;
  const head = [
    c({ type: 'submit', enterpriseId: 'e1', title: '用电增容', description: '新建车间需增加用电容量', channel: 'hotline', origin: 'application', actor: { id: 'e1', role: 'enterprise' } }),
    c({ type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'general' }),
    c({ type: 'requestApproval' }),
    c({ type: 'approve', actor: { id: 'body-1', role: 'leadingBody' } }),
    c({ type: 'assign', departmentId: 'd-power', coHandlerIds: ['d-land'], timeLimit: { workingDays: 10 } }),
  ];
  const middle = Array.from({ length: Math.max(0, events - 6) }, (_, i) =>
    i % 2 === 0 ? c({ type: 'supervise', step: 'urge', note: `第 ${i / 2 + 1} 次催办` }) : c({ type: 'addToDossier', documents: [`doc-${i}.pdf`], records: [`会议纪要 ${i}`] }),
  );
  const tail = c({ type: 'answer', outcome: 'resolved', summary: '已协调供电公司完成增容', mode: 'writtenReply', actor: { id: 'h1', role: 'departmentHandler' } });
  return [...head, ...middle, tail];
}

interface Adapter {
  readonly name: string;
  readonly open: () => Promise<IssueStore>;
  /** Issues of 6 events handled for the throughput figure. */
  readonly issues: number;
}

const SQL = await initSqlJs();
let pg: PGlite | null = null;
const adapters: readonly Adapter[] = [
  { name: 'memory', open: async () => memoryIssueStore(), issues: 2_000 },
  { name: 'sqlite', open: async () => sqliteIssueStore(new SQL.Database()), issues: 500 },
  {
    name: 'pglite',
    open: async () => {
      pg ??= await PGlite.create();
      await pg.exec('drop table if exists issue_events; drop table if exists issue_snapshots;');
      return pgliteIssueStore(pg);
    },
    issues: 150,
  },
];

async function handleAll(store: IssueStore, commands: readonly IssueCommand[], snapshotEvery = 1): Promise<void> {
  for (const command of commands) unwrap(await handleIssueCommand(store, { command }, context, { snapshotEvery }));
}

/** The median of `repeats` timings of `f`, in milliseconds. */
async function median(repeats: number, f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

// ---------------------------------------------------------------------------------------------
out('\nhandleIssueCommand: commands per second (load, decide, append with a snapshot), issues of 6 events, one after another');
const throughput = new Map<string, number>();
for (const a of adapters) {
  const store = await a.open();
  await handleAll(store, life('warm-up', 6));
  const commands = Array.from({ length: a.issues }, (_, i) => life(`i-${i}`, 6)).flat();
  const t0 = performance.now();
  await handleAll(store, commands);
  const perSecond = commands.length / ((performance.now() - t0) / 1000);
  throughput.set(a.name, perSecond);
  out(`  ${a.name}: ${fmt(perSecond)} commands/s (${fmt(commands.length)} commands)`);
}
out(`ratio memory vs sqlite: ${fmt((throughput.get('memory') as number) / (throughput.get('sqlite') as number), 2)}x`);
out(`ratio memory vs pglite: ${fmt((throughput.get('memory') as number) / (throughput.get('pglite') as number), 2)}x`);
out(`ratio sqlite vs pglite: ${fmt((throughput.get('sqlite') as number) / (throughput.get('pglite') as number), 2)}x`);

// ---------------------------------------------------------------------------------------------
out('\nloadIssue: from the log alone vs from the snapshot and the events after it (median of 21 loads)');
for (const a of adapters) {
  for (const [events, snapshotEvery] of [[6, 1], [60, 1], [60, 25]] as const) {
    const store = await a.open();
    const commands = life('i-load', events);
    await handleAll(store, commands, snapshotEvery);
    const tail = events % snapshotEvery;
    const fromLog = await median(21, () => loadIssue(store, 'i-load', context, { useSnapshot: false }));
    const fromSnapshot = await median(21, () => loadIssue(store, 'i-load', context));
    out(`  ${a.name}, ${events} events: log ${fmt(fromLog, 3)} ms, snapshot + ${tail} events ${fmt(fromSnapshot, 3)} ms`);
    out(`ratio snapshot vs log (${a.name}, ${events} events, tail ${tail}): ${fmt(fromLog / fromSnapshot, 2)}x`);
  }
}

// ---------------------------------------------------------------------------------------------
out('\nSizes as JSON (UTF-8 bytes): the issue, its history, its snapshot');
{
  const store = memoryIssueStore();
  for (const events of [6, 60]) {
    await handleAll(store, life(`i-size-${events}`, events));
    const issue = unwrap(await loadIssue(store, `i-size-${events}`, context)).issue;
    if (issue === null) throw new Error('no issue');
    const bytes = (x: unknown): number => Buffer.byteLength(JSON.stringify(x));
    const [whole, history, snapshot] = [bytes(issue), bytes(issue.history), bytes(snapshotOfIssue(issue))];
    out(`  ${events} events: issue ${fmt(whole)} B, history ${fmt(history)} B (${fmt((100 * history) / whole)}%), snapshot ${fmt(snapshot)} B`);
    out(`ratio issue vs snapshot (${events} events): ${fmt(whole / snapshot, 2)}x`);
  }
}
await (pg as PGlite | null)?.close(); // assigned inside open(), which TypeScript does not follow
