/**
 * Scoring: a province's year — 2,000,000 issues of 100,000 enterprises, 20,000 advisers paired with
 * 5 enterprises each, 400 departments, 1,200,000 visits — tallied per department and per adviser,
 * merged with the visit compliance tallies, scored under Haining's and the hotline scheme, and
 * ranked, in one run (median of 3); time and peak heap reported.
 *
 * Then the issue part (tally + score + rank, both groupings) is compared in the same run with a
 * straightforward implementation — group the issues with `Map`s of arrays, then count with
 * `filter`, compute the rates and the weighted sum, sort — checked to agree with qinqing first.
 * Visit compliance is computed by qinqing on both sides (its cadence rules have no
 * straightforward twin here) and timed apart.
 */
import { performance } from 'node:perf_hooks';
import { unwrap } from '../src/index.js';
import { type FeedbackLevel, type IssueState, type SupervisionStep } from '../src/issue/index.js';
import { type Pairing } from '../src/pairing/index.js';
import { visitCompliance, type Visit, type VisitMode } from '../src/visit/index.js';
import {
  hainingScheme,
  hotlineScheme,
  mergeTallyTables,
  pairedAdvisers,
  rankUnits,
  scoreUnits,
  tallyIssuesBy,
  tallyVisits,
  type TallyIssue,
} from '../src/scoring/index.js';
import { daysFromCivil, fromDayNumber } from '../src/internal/days.js';
import { compare, gc, mb, seeded } from './harness.js';

const ISSUES = 2_000_000;
const ENTERPRISES = 100_000;
const ADVISERS = 20_000;
const PER_ADVISER = ENTERPRISES / ADVISERS;
const DEPARTMENTS = 400;
const VISITS = 1_200_000;
const TARGET_MS = 2000;
const HEAP_TARGET = 1024 * 1024 * 1024;

const n = (x: number): string => x.toLocaleString('en-US');

const rand = seeded(20261124);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const start2026 = daysFromCivil(2026, 1, 1);
const dates = Array.from({ length: 400 }, (_, i) => fromDayNumber(start2026 + i));
const instants = dates.map((d) => `${d}T10:00:00+08:00`);
const enterpriseIds = Array.from({ length: ENTERPRISES }, (_, i) => `e${i}`);
const departmentIds = Array.from({ length: DEPARTMENTS }, (_, i) => `d${i}`);
const adviserIds = Array.from({ length: ADVISERS }, (_, i) => `a${i}`);

// 2 million issues in 2026: most closed, some late, some reopened or supervised, feedback on most.
const states: IssueState[] = ['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'confirmed', 'answered', 'assigned', 'reopened', 'withdrawn'];
const steps: SupervisionStep[] = ['unsupervised', 'unsupervised', 'unsupervised', 'unsupervised', 'unsupervised', 'unsupervised', 'urge', 'supervision', 'publicListing', 'accountability'];
const levels: (FeedbackLevel | null)[] = ['satisfied', 'satisfied', 'satisfied', 'satisfied', 'satisfied', 'satisfied', 'basicallySatisfied', 'unsatisfied', null];
const outcomes = [
  { outcome: 'resolved', late: 0 },
  { outcome: 'resolved', late: 0 },
  { outcome: 'resolved', late: 0 },
  { outcome: 'explained', late: 0 },
  { outcome: 'resolved', late: 3 },
  { outcome: 'unsolvable', late: 0 },
] as const;
const issues: TallyIssue[] = new Array<TallyIssue>(ISSUES);
for (let i = 0; i < ISSUES; i++) {
  const day = Math.floor(rand() * 365);
  const state = pick(states);
  const answered = state === 'closed' || state === 'confirmed' || state === 'answered' || state === 'reopened';
  const o = pick(outcomes);
  issues[i] = {
    enterpriseId: enterpriseIds[Math.floor(rand() * ENTERPRISES)] as string,
    submittedAt: instants[day] as string,
    state,
    leadDepartmentId: departmentIds[Math.floor(rand() * DEPARTMENTS)] as string,
    deadline: dates[day + 7] as string,
    answer: answered ? { outcome: o.outcome, on: dates[day + 5 + o.late] as string } : null,
    feedback: answered ? pick(levels) : null,
    reopenCount: state === 'reopened' ? 1 : 0,
    supervisionStep: pick(steps),
    closedAt: state === 'closed' ? (instants[day + 6 + o.late] as string) : null,
  };
}

const pairings: Pairing[] = enterpriseIds.map((e, i) => ({
  id: `p${i}`,
  adviserId: adviserIds[Math.floor(i / PER_ADVISER)] as string,
  enterpriseId: e,
  parkId: null,
  since: '2025-01-01',
  until: null,
  selection: 'appointed',
}));
const departmentOf: Record<string, string> = {};
adviserIds.forEach((a, i) => (departmentOf[a] = departmentIds[i % DEPARTMENTS] as string));
const modes: VisitMode[] = ['onSite', 'onSite', 'onSite', 'onSite', 'phone', 'video'];
const visits: Visit[] = new Array<Visit>(VISITS);
const noAnswers = {};
const noIssues: readonly string[] = [];
for (let i = 0; i < VISITS; i++) {
  const e = Math.floor(rand() * ENTERPRISES);
  const a = Math.floor(e / PER_ADVISER);
  visits[i] = {
    id: `v${i}`,
    date: dates[Math.floor(rand() * 365)] as string,
    visitorIds: [adviserIds[a] as string],
    departmentIds: [departmentOf[adviserIds[a] as string] as string],
    enterpriseId: enterpriseIds[e] as string,
    parkId: null,
    mode: pick(modes),
    purpose: '月度走访',
    findings: '',
    answers: noAnswers,
    issueIds: noIssues,
  };
}

gc?.();
const fixtureHeap = process.memoryUsage().heapUsed;
process.stdout.write(
  `\nscoring: ${n(ISSUES)} issues, ${n(ENTERPRISES)} enterprises, ${n(ADVISERS)} advisers, ${n(DEPARTMENTS)} departments, ` +
    `${n(VISITS)} visits in 2026; fixture heap ${mb(fixtureHeap)}${gc === null ? ' (no forced GC)' : ''}\n`,
);

const year = { from: '2026-01-01', to: '2026-12-31' };
const partyBuilding: Record<string, Record<string, number>> = {};
for (const d of departmentIds) partyBuilding[d] = { partyBuilding: 60 + Math.floor(rand() * 41) };

/** The whole pipeline: tallies (issues + visits) per department and adviser, two schemes, rankings. */
function pipeline(): { departments: number; advisers: number; top: string; laps: string } {
  const T: [string, number][] = [];
  let t = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    T.push([name, Math.round(now - t)]);
    t = now;
  };
  const byAdviser = unwrap(pairedAdvisers(pairings, '2026-12-31'));
  lap('paired');
  const compliance = unwrap(visitCompliance(pairings, visits, year, { departmentOf }));
  lap('compliance');
  const tallies = unwrap(tallyIssuesBy(issues, { period: year, by: { department: 'department', adviser: { byEnterprise: byAdviser } } }));
  lap('tallyIssuesBy');
  const departments = mergeTallyTables(tallies.department, unwrap(tallyVisits(compliance.byDepartment)));
  const advisers = mergeTallyTables(tallies.adviser, unwrap(tallyVisits(compliance.byAdviser)));
  lap('merge');
  const sd = unwrap(scoreUnits(departments, hainingScheme, { externals: partyBuilding }));
  lap('scoreDept');
  const deptRanking = unwrap(rankUnits(sd));
  lap('rankDept');
  const sa = unwrap(scoreUnits(advisers, hotlineScheme));
  lap('scoreAdv');
  const adviserRanking = unwrap(rankUnits(sa));
  lap('rankAdv');
  const laps = T.map(([name, ms]) => `${name} ${ms}`).join(', ');
  return { departments: deptRanking.length, advisers: adviserRanking.length, top: `${deptRanking[0]?.id} ${deptRanking[0]?.score}`, laps };
}

const times: number[] = [];
let peak = fixtureHeap;
let summary = '';
for (let r = 0; r < 3; r++) {
  gc?.();
  const t0 = performance.now();
  const out = pipeline();
  times.push(performance.now() - t0);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  summary = `ranked ${n(out.departments)} departments (Haining's three dimensions; first ${out.top}) and ${n(out.advisers)} advisers (hotline weighting)\n  last run, ms: ${out.laps}`;
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
process.stdout.write(`  ${summary}\n  runs: ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}\n`);
process.stdout.write(
  `tally + score + rank, issues and visits: ${median(times).toFixed(0)} ms (median of 3) (target < ${TARGET_MS} ms) ${median(times) < TARGET_MS ? 'ok' : 'SLOW'}\n`,
);
process.stdout.write(`peak heapUsed sampled after runs: ${mb(peak)} (target < ${mb(HEAP_TARGET)}) ${peak < HEAP_TARGET ? 'ok' : 'OVER'}\n`);

// --- The issue part against a straightforward implementation -------------------------------------

const byAdviserMap = unwrap(pairedAdvisers(pairings, '2026-12-31'));

/** qinqing: tally by department and by adviser in one pass, score (hotline weighting), rank. */
function ours(): readonly { id: string; score: number | null; rank: number | null }[] {
  const t = unwrap(tallyIssuesBy(issues, { period: year, by: { department: 'department', adviser: { byEnterprise: byAdviserMap } } }));
  return [...unwrap(rankUnits(unwrap(scoreUnits(t.department, hotlineScheme)))), ...unwrap(rankUnits(unwrap(scoreUnits(t.adviser, hotlineScheme))))];
}

/** Straightforward: Maps of arrays, then count with filter, rates, weighted sum, sort, 1-2-2-4 ranks. */
function straightforward(): readonly { id: string; score: number | null; rank: number | null }[] {
  const inYear = (i: TallyIssue): boolean => {
    const day = new Date(Date.parse(i.submittedAt) + 8 * 3600_000).toISOString().slice(0, 10);
    return i.state !== 'withdrawn' && day >= year.from && day <= year.to;
  };
  const groupBy = (keysOf: (i: TallyIssue) => readonly string[]): Map<string, TallyIssue[]> => {
    const groups = new Map<string, TallyIssue[]>();
    for (const i of issues) {
      if (!inYear(i)) continue;
      for (const k of keysOf(i)) {
        const g = groups.get(k);
        if (g === undefined) groups.set(k, [i]);
        else g.push(i);
      }
    }
    return groups;
  };
  const score = (list: readonly TallyIssue[]): number => {
    const received = list.length;
    const answered = list.filter((i) => i.answer !== null);
    const inTime = answered.filter((i) => i.deadline === null || (i.answer?.on ?? '') <= i.deadline).length;
    const resolved = answered.filter((i) => i.answer?.outcome === 'resolved').length;
    const rated = list.filter((i) => i.feedback !== null);
    const pleased = rated.filter((i) => i.feedback !== 'unsatisfied').length;
    const rate = (a: number, b: number): number => (b === 0 ? 0 : a / b);
    const s = 30 * rate(inTime, received) + 30 * rate(resolved, answered.length) + 40 * rate(pleased, rated.length);
    return Math.round(s * 100) / 100;
  };
  const rank = (groups: Map<string, TallyIssue[]>): { id: string; score: number; rank: number }[] => {
    const scored = [...groups].map(([id, list]) => ({ id, score: score(list) }));
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let rank = 0;
    return scored.map((s, i) => {
      if (i === 0 || s.score !== scored[i - 1]?.score) rank = i + 1;
      return { ...s, rank };
    });
  };
  const d = rank(groupBy((i) => (i.leadDepartmentId === null ? [] : [i.leadDepartmentId])));
  const a = rank(groupBy((i) => byAdviserMap[i.enterpriseId] ?? []));
  return [...d, ...a];
}

const a = ours();
const b = straightforward();
if (a.length !== b.length || a.some((x, i) => x.id !== b[i]?.id || x.score !== b[i]?.score || x.rank !== b[i]?.rank)) {
  const i = a.findIndex((x, j) => x.id !== b[j]?.id || x.score !== b[j]?.score || x.rank !== b[j]?.rank);
  throw new Error(`qinqing and the straightforward implementation disagree at ${i}: ${JSON.stringify(a[i])} vs ${JSON.stringify(b[i])} (${a.length} vs ${b.length})`);
}
process.stdout.write(`\nissue part: qinqing and the straightforward implementation agree on all ${n(a.length)} ranked units\n`);
compare(
  `tally + score + rank of ${n(ISSUES)} issues by department and by adviser (ops = issues)`,
  { label: 'qinqing tallyIssuesBy/scoreUnits/rankUnits', run: () => ours(), count: ISSUES },
  { label: 'straightforward Maps of arrays', run: () => straightforward(), count: ISSUES },
  3,
);
