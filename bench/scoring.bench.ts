/**
 * Scoring: a province's year — 2,000,000 issues of 100,000 enterprises, 20,000 advisers paired with
 * 5 enterprises each, 400 departments, 1,200,000 visits — tallied per department and per adviser,
 * merged with the visit compliance tallies, scored under Haining's and the hotline scheme, and
 * ranked, in one run (median of 3); time and real peak memory (resident set size sampled by a
 * worker during each run, see `peakDuring` in bench/harness.ts) reported, with verdicts.
 *
 * Then the issue part (tally + score + rank, both groupings) is compared in the same run, on the
 * same 2,000,000 issues, order rotated, against two baselines checked to agree with qinqing first:
 *
 * - a competent one-pass `Map` implementation: one pass over the issues, a `Map` from unit id to a
 *   small counter object, the local day read off the ISO text when it carries `+08:00` (parsed
 *   otherwise), then the rates, the weighted sum, one sort and 1-2-2-4 ranks;
 * - a hand-written typed-array pass (the limit): unit ids interned once to indexes, the six counters
 *   in one `Int32Array`, the issue's six increments computed once for all its units.
 *
 * Visit compliance is computed by qinqing on both sides (its cadence rules have no baseline twin
 * here) and timed apart.
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
  emptyTally,
  type Tally,
  type TallyIssue,
} from '../src/scoring/index.js';
import { daysFromCivil, fromDayNumber } from '../src/internal/days.js';
import { compareAll, gc, mb, peakDuring, scaled, seeded, verdict } from './harness.js';

const ISSUES = scaled(2_000_000);
const ENTERPRISES = 100_000;
const ADVISERS = 20_000;
const PER_ADVISER = ENTERPRISES / ADVISERS;
const DEPARTMENTS = 400;
const VISITS = scaled(1_200_000);
const TARGET_MS = 2000;
const HEAP_TARGET = 1024 * 1024 * 1024;
const UNITS = scaled(1_000_000);
const UNIT_SCORES_TARGET = 300 * 1024 * 1024;

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
let peak = 0;
let summary = '';
for (let r = 0; r < 3; r++) {
  gc?.();
  const t0 = performance.now();
  const p = await peakDuring(pipeline);
  times.push(performance.now() - t0);
  peak = Math.max(peak, p.peakRss);
  const out = p.value;
  summary = `ranked ${n(out.departments)} departments (Haining's three dimensions; first ${out.top}) and ${n(out.advisers)} advisers (hotline weighting)\n  last run, ms: ${out.laps}\n  RSS at the start of the last run ${mb(p.startRss)}, kernel high-water mark so far ${mb(p.maxRss)} (${p.samples} samples)`;
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
process.stdout.write(`  ${summary}\n  runs: ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}\n`);
process.stdout.write(`tally + score + rank, issues and visits: ${median(times).toFixed(0)} ms (median of 3)\n`);
verdict('province pipeline < 2 s', median(times) < TARGET_MS, `${median(times).toFixed(0)} ms, median of 3; target ${TARGET_MS} ms`);
verdict('province pipeline peak < 1 GiB', peak < HEAP_TARGET, `peak RSS ${mb(peak)} during the runs (fixtures included, sampled every ms); target ${mb(HEAP_TARGET)}`);

// --- The issue part against a straightforward implementation -------------------------------------

const byAdviserMap = unwrap(pairedAdvisers(pairings, '2026-12-31'));

/** qinqing: tally by department and by adviser in one pass, score (hotline weighting), rank. */
function ours(): readonly { id: string; score: number | null; rank: number | null }[] {
  const t = unwrap(tallyIssuesBy(issues, { period: year, by: { department: 'department', adviser: { byEnterprise: byAdviserMap } } }));
  return [...unwrap(rankUnits(unwrap(scoreUnits(t.department, hotlineScheme)))), ...unwrap(rankUnits(unwrap(scoreUnits(t.adviser, hotlineScheme))))];
}

type Ranked = { id: string; score: number; rank: number };
const rate = (a: number, b: number): number => (b === 0 ? 0 : a / b);
/** The hotline weighting, rounded as qinqing rounds. */
const hotline = (received: number, answered: number, inTime: number, resolved: number, rated: number, pleased: number): number =>
  Math.round((30 * rate(inTime, received) + 30 * rate(resolved, answered) + 40 * rate(pleased, rated)) * 100) / 100;
/** Sorts by score then id and gives 1-2-2-4 ranks. */
function ranked(scored: { id: string; score: number }[]): Ranked[] {
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let rank = 0;
  return scored.map((s, i) => {
    if (i === 0 || s.score !== scored[i - 1]?.score) rank = i + 1;
    return { id: s.id, score: s.score, rank };
  });
}
/** The local (+08:00) calendar day of an instant: read off the text when it is in +08:00, parsed otherwise. */
const localDay8 = (at: string): string =>
  at.endsWith('+08:00') ? at.slice(0, 10) : new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);

/** Competent one pass: a Map from unit id to six counters, filled in one pass; rates, sum, sort, ranks. */
function onePassMap(): readonly Ranked[] {
  type C = { received: number; answered: number; inTime: number; resolved: number; rated: number; pleased: number };
  const dept = new Map<string, C>();
  const adv = new Map<string, C>();
  const add = (m: Map<string, C>, id: string, i: TallyIssue): void => {
    let c = m.get(id);
    if (c === undefined) m.set(id, (c = { received: 0, answered: 0, inTime: 0, resolved: 0, rated: 0, pleased: 0 }));
    c.received++;
    if (i.answer !== null) {
      c.answered++;
      if (i.deadline === null || i.answer.on <= i.deadline) c.inTime++;
      if (i.answer.outcome === 'resolved') c.resolved++;
    }
    if (i.feedback !== null) {
      c.rated++;
      if (i.feedback !== 'unsatisfied') c.pleased++;
    }
  };
  for (const i of issues) {
    if (i.state === 'withdrawn') continue;
    const day = localDay8(i.submittedAt);
    if (day < year.from || day > year.to) continue;
    if (i.leadDepartmentId !== null) add(dept, i.leadDepartmentId, i);
    const as = byAdviserMap[i.enterpriseId];
    if (as !== undefined) for (const a of as) add(adv, a, i);
  }
  const rankOf = (m: Map<string, C>): Ranked[] =>
    ranked([...m].map(([id, c]) => ({ id, score: hotline(c.received, c.answered, c.inTime, c.resolved, c.rated, c.pleased) })));
  return [...rankOf(dept), ...rankOf(adv)];
}

/** The limit: ids interned to indexes, six Int32 counters per unit in one typed array, the issue's six increments computed once for all its units. */
function typedArrays(): readonly Ranked[] {
  const K = 6;
  const deptIndex = new Map<string, number>();
  const deptIds: string[] = [];
  const advIndex = new Map<string, number>();
  const advIds: string[] = [];
  let dc: Int32Array = new Int32Array(K * 1024);
  let ac: Int32Array = new Int32Array(K * 1024);
  const bump = (c: Int32Array, o: number, answered: number, inTime: number, resolved: number, rated: number, pleased: number): void => {
    c[o] = (c[o] as number) + 1;
    c[o + 1] = (c[o + 1] as number) + answered;
    c[o + 2] = (c[o + 2] as number) + inTime;
    c[o + 3] = (c[o + 3] as number) + resolved;
    c[o + 4] = (c[o + 4] as number) + rated;
    c[o + 5] = (c[o + 5] as number) + pleased;
  };
  const grow = (a: Int32Array, n: number): Int32Array => {
    if (n * K <= a.length) return a;
    const b = new Int32Array(Math.max(a.length * 2, n * K));
    b.set(a);
    return b;
  };
  for (let k = 0; k < issues.length; k++) {
    const i = issues[k] as TallyIssue;
    if (i.state === 'withdrawn') continue;
    const day = localDay8(i.submittedAt);
    if (day < year.from || day > year.to) continue;
    // The issue's six increments, as 0/1.
    const ans = i.answer;
    const answered = ans === null ? 0 : 1;
    const inTime = ans !== null && (i.deadline === null || ans.on <= i.deadline) ? 1 : 0;
    const resolved = ans !== null && ans.outcome === 'resolved' ? 1 : 0;
    const rated = i.feedback === null ? 0 : 1;
    const pleased = i.feedback !== null && i.feedback !== 'unsatisfied' ? 1 : 0;
    if (i.leadDepartmentId !== null) {
      let d = deptIndex.get(i.leadDepartmentId);
      if (d === undefined) {
        deptIndex.set(i.leadDepartmentId, (d = deptIds.length));
        deptIds.push(i.leadDepartmentId);
        dc = grow(dc, deptIds.length);
      }
      const o = d * K;
      bump(dc, o, answered, inTime, resolved, rated, pleased);
    }
    const as = byAdviserMap[i.enterpriseId];
    if (as !== undefined) {
      for (let j = 0; j < as.length; j++) {
        const id = as[j] as string;
        let x = advIndex.get(id);
        if (x === undefined) {
          advIndex.set(id, (x = advIds.length));
          advIds.push(id);
          ac = grow(ac, advIds.length);
        }
        bump(ac, x * K, answered, inTime, resolved, rated, pleased);
      }
    }
  }
  const rankOf = (ids: readonly string[], c: Int32Array): Ranked[] =>
    ranked(ids.map((id, u) => ({ id, score: hotline(c[u * K] as number, c[u * K + 1] as number, c[u * K + 2] as number, c[u * K + 3] as number, c[u * K + 4] as number, c[u * K + 5] as number) })));
  return [...rankOf(deptIds, dc), ...rankOf(advIds, ac)];
}

const a = ours();
for (const [name, f] of [['one-pass Map', onePassMap], ['typed-array pass', typedArrays]] as const) {
  const b = f();
  if (a.length !== b.length || a.some((x, i) => x.id !== b[i]?.id || x.score !== b[i]?.score || x.rank !== b[i]?.rank)) {
    const i = a.findIndex((x, j) => x.id !== b[j]?.id || x.score !== b[j]?.score || x.rank !== b[j]?.rank);
    throw new Error(`qinqing and the ${name} disagree at ${i}: ${JSON.stringify(a[i])} vs ${JSON.stringify(b[i])} (${a.length} vs ${b.length})`);
  }
}
process.stdout.write(`\nissue part: qinqing, the one-pass Map and the typed-array pass agree on all ${n(a.length)} ranked units\n`);
const mapLabel = 'competent one-pass Map';
const typedLabel = 'typed-array pass (limit)';
const scoring = compareAll(
  `tally + score + rank of ${n(ISSUES)} issues by department and by adviser (ops = issues)`,
  { label: 'qinqing tallyIssuesBy/scoreUnits/rankUnits', run: () => ours(), count: ISSUES },
  [
    { label: mapLabel, run: () => onePassMap(), count: ISSUES },
    { label: typedLabel, run: () => typedArrays(), count: ISSUES },
  ],
  5,
);
const vsMap = scoring.ratios.get(mapLabel) as number;
const vsTyped = scoring.ratios.get(typedLabel) as number;
verdict('scoring >= 2x competent one-pass Map', vsMap >= 2, `${vsMap.toFixed(2)}x; goal 2x`);
verdict('scoring within 1.5x of typed-array limit', vsTyped >= 1 / 1.5, `qinqing takes ${(1 / vsTyped).toFixed(2)}x the limit's time; goal at most 1.5x`);

// --- A million unit scores ------------------------------------------------------------------------

/**
 * scoreUnits on a table of a million units (the hotline weighting): its time, and the bytes its
 * result keeps (heap after a forced GC, less the heap before; the table itself not counted) and
 * the RSS it adds at its peak, scaled to a million units when BENCH_SCALE shrinks the table.
 */
const unitEntries: [string, Tally][] = [];
for (let i = 0; i < UNITS; i++) {
  const received = 20 + (i % 37);
  unitEntries.push([
    `u${String(i).padStart(7, '0')}`,
    { ...emptyTally, received, respondedInTime: received - (i % 5), answered: received - (i % 3), resolved: received - 3 - (i % 7), closed: received - 4, closedOnTime: received - 6, satisfied: received - 8 - (i % 4), basicallySatisfied: 3, unsatisfied: i % 4, supervised: i % 3 },
  ]);
}
const unitTable: Record<string, Tally> = Object.fromEntries(unitEntries);
unitEntries.length = 0;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const unitsStart = performance.now();
const unitRun = await peakDuring(() => unwrap(scoreUnits(unitTable, hotlineScheme)));
const unitsMs = performance.now() - unitsStart;
gc?.();
const kept = process.memoryUsage().heapUsed - heapBefore;
const perMillion = (kept / unitRun.value.length) * 1_000_000;
process.stdout.write(
  `\nscoreUnits on ${n(unitRun.value.length)} units: ${unitsMs.toFixed(0)} ms; the scores keep ${mb(kept)} (${(kept / unitRun.value.length).toFixed(0)} bytes a unit${gc === null ? ', no forced GC: an upper bound' : ''}), ` +
    `peak RSS +${mb(unitRun.peakRss - unitRun.startRss)} during the run\n`,
);
verdict('1M unit scores < 300 MB', perMillion < UNIT_SCORES_TARGET, `${mb(perMillion)} for 1,000,000 unit scores; target ${mb(UNIT_SCORES_TARGET)}`);
