/**
 * Visits: a province in one year — 100,000 enterprises, 20,000 advisers each paired with 5 of them,
 * 1,200,000 visit records in 2026 — and `visitPlan` at 15 December plus `visitCompliance` over the
 * year (per adviser, per department, per grid) in one run, median of 3; then `visitReport`, which
 * gives both in a single pass over the visits. Heap: `heapUsed` after the
 * fixture is built (after a forced GC when the runtime allows it) and the highest `heapUsed`
 * sampled right after each run.
 */
import { performance } from 'node:perf_hooks';
import { unwrap } from '../src/index.js';
import { type Pairing } from '../src/pairing/index.js';
import {
  burdenWarnings,
  defaultVisitBurdenPolicy,
  visitCompliance,
  visitPlan,
  visitReport,
  type Visit,
  type VisitMode,
} from '../src/visit/index.js';
import { daysFromCivil, fromDayNumber } from '../src/internal/days.js';
import { gc, mb, seeded } from './harness.js';

const ENTERPRISES = 100_000;
const ADVISERS = 20_000;
const PER_ADVISER = ENTERPRISES / ADVISERS;
const VISITS = 1_200_000;
const DEPARTMENTS = 300;
const GRIDS = 2_000;
const TARGET_MS = 2000;

/** A GC function, when V8 lets us have one without a command-line flag. */

const rand = seeded(20260404);
const year = Array.from({ length: 365 }, (_, i) => fromDayNumber(daysFromCivil(2026, 1, 1) + i));
const enterpriseIds = Array.from({ length: ENTERPRISES }, (_, i) => `e${i}`);
const adviserIds = Array.from({ length: ADVISERS }, (_, i) => `a${i}`);
const departmentIds = Array.from({ length: DEPARTMENTS }, (_, i) => [`d${i}`] as const);

const departmentOf: Record<string, string> = {};
for (let a = 0; a < ADVISERS; a++) departmentOf[adviserIds[a] as string] = `d${a % DEPARTMENTS}`;
const gridOf: Record<string, string> = {};
for (let e = 0; e < ENTERPRISES; e++) gridOf[enterpriseIds[e] as string] = `g${Math.floor(rand() * GRIDS)}`;

// Most pairings run all year; 5% begin during 2026 and 5% end during it.
const pairings: Pairing[] = [];
for (let e = 0; e < ENTERPRISES; e++) {
  const r = rand();
  const a = Math.floor(e / PER_ADVISER);
  const day = year[Math.floor(rand() * 365)] as string;
  pairings.push({
    id: `p${e}`,
    adviserId: adviserIds[a] as string,
    enterpriseId: enterpriseIds[e] as string,
    parkId: null,
    since: r < 0.05 ? day : '2025-01-01',
    until: r > 0.95 ? day : null,
    selection: 'appointed',
  });
}

// 1.2 million visits: mostly the paired adviser on site, some joint visits and other modes.
const soloVisitors = adviserIds.map((a) => [a] as const);
const modes: VisitMode[] = ['onSite', 'onSite', 'onSite', 'onSite', 'onSite', 'onSite', 'phone', 'video', 'symposium', 'questionnaire'];
const noAnswers = {};
const noIssues: readonly string[] = [];
const visits: Visit[] = new Array<Visit>(VISITS);
for (let i = 0; i < VISITS; i++) {
  const e = Math.floor(rand() * ENTERPRISES);
  const a = Math.floor(e / PER_ADVISER);
  const joint = rand() < 0.1;
  visits[i] = {
    id: `v${i}`,
    date: year[Math.floor(rand() * 365)] as string,
    visitorIds: joint ? [adviserIds[a] as string, adviserIds[Math.floor(rand() * ADVISERS)] as string] : (soloVisitors[a] as readonly string[]),
    departmentIds: departmentIds[a % DEPARTMENTS] as readonly string[],
    enterpriseId: enterpriseIds[e] as string,
    parkId: null,
    mode: modes[Math.floor(rand() * modes.length)] as VisitMode,
    purpose: '月度走访',
    findings: '',
    answers: noAnswers,
    issueIds: noIssues,
  };
}

gc?.();
const fixtureHeap = process.memoryUsage().heapUsed;
process.stdout.write(
  `\nvisits: ${ENTERPRISES.toLocaleString('en-US')} enterprises, ${ADVISERS.toLocaleString('en-US')} advisers, ` +
    `${pairings.length.toLocaleString('en-US')} pairings, ${VISITS.toLocaleString('en-US')} visits in 2026; fixture heap ${mb(fixtureHeap)}` +
    `${gc === null ? ' (no forced GC)' : ''}\n`,
);

const times: number[] = [];
const oneTimes: number[] = [];
let peak = fixtureHeap;
let summary = '';
const period = { from: '2026-01-01', to: '2026-12-31' };
for (let r = 0; r < 3; r++) {
  gc?.();
  let start = performance.now();
  const plan = unwrap(visitPlan(pairings, visits, '2026-12-15'));
  const compliance = unwrap(visitCompliance(pairings, visits, period, { departmentOf, gridOf }));
  times.push(performance.now() - start);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc?.();
  start = performance.now();
  const report = unwrap(visitReport(pairings, visits, '2026-12-15', period, { departmentOf, gridOf }));
  oneTimes.push(performance.now() - start);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  if (report.plan.length !== plan.length || report.compliance.total.done !== compliance.total.done) throw new Error('visitReport disagrees');
  const status = { done: 0, due: 0, overdue: 0 };
  for (const line of plan) status[line.status]++;
  summary =
    `plan: ${plan.length.toLocaleString('en-US')} lines (done ${status.done}, due ${status.due}, overdue ${status.overdue}); ` +
    `compliance: due ${compliance.total.due.toLocaleString('en-US')}, done ${compliance.total.done.toLocaleString('en-US')}, ` +
    `rate ${((compliance.total.rate ?? 0) * 100).toFixed(1)}%; ${compliance.byAdviser.length} advisers, ` +
    `${compliance.byDepartment.length} departments, ${compliance.byGrid.length} grids`;
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[1] as number;
const ms = (xs: readonly number[]): string => xs.map((t) => `${t.toFixed(0)} ms`).join(', ');
process.stdout.write(`  ${summary}\n`);
process.stdout.write(`  runs: visitPlan + visitCompliance ${ms(times)}; visitReport (one pass for both) ${ms(oneTimes)}\n`);
process.stdout.write(
  `visitPlan + visitCompliance: ${median(times).toFixed(0)} ms (median of 3) (target < ${TARGET_MS} ms) ${median(times) < TARGET_MS ? 'ok' : 'SLOW'}\n`,
);
process.stdout.write(
  `visitReport, plan and compliance in one pass: ${median(oneTimes).toFixed(0)} ms (median of 3) (target < ${TARGET_MS} ms) ${median(oneTimes) < TARGET_MS ? 'ok' : 'SLOW'}\n`,
);
process.stdout.write(`peak heapUsed sampled after runs: ${mb(peak)} (fixture ${mb(fixtureHeap)}, +${mb(peak - fixtureHeap)})\n`);

const start = performance.now();
const warnings = unwrap(burdenWarnings(visits, defaultVisitBurdenPolicy, '2026-12-31'));
process.stdout.write(
  `burdenWarnings over the same visits: ${(performance.now() - start).toFixed(0)} ms, ${warnings.length.toLocaleString('en-US')} enterprises over the limits\n`,
);
