/**
 * Policy awareness (Part 13, 政策知晓率): a province's year — 100,000 enterprises eligible for 1 to 5
 * of 40 policies each (about 300,000 eligible pairs), 20,000 advisers each paired with 5 of them,
 * 1,000,000 visit records in 2026, one in five delivering 1 to 3 policies (some of them policies the
 * enterprise is not eligible for), 60% acknowledged — and `policyAwareness` over the year, per
 * adviser, department, grid, county and policy, with the first page of untold pairs; median of 3.
 * The same city at a quarter of the size shows the growth: the verdict **linear** holds when four
 * times the data takes at most six times as long.
 *
 * Then the full city against a straightforward implementation, checked to give the same figures: a
 * `Map` from enterprise to the `Set` of policies it acknowledged in the window, one pass over the
 * pairs (deduplicated by an `enterprise|policy` string key) adding to a `Map` per adviser,
 * department, grid, county and policy, and the untold pairs sorted by adviser, enterprise and policy
 * — what an app would write without qinqing, with no validation. Verdict: no slower than it.
 */
import { performance } from 'node:perf_hooks';
import { unwrap } from '../src/index.js';
import { daysFromCivil, fromDayNumber } from '../src/internal/days.js';
import { policyAwareness, type AwarenessEnterprise, type AwarenessInput, type AwarenessPairing, type AwarenessVisit, type EligiblePair } from '../src/report/index.js';
import type { DeliveredPolicy } from '../src/visit/index.js';
import { compareAll, gc, mb, scaled, seeded, verdict } from './harness.js';

const POLICIES = 40;
const PER_ADVISER = 5;
const DEPARTMENTS = 300;
const GRIDS = 2_000;
const COUNTIES = 90;
const TARGET_MS = 2_000;

/** A city of `enterprises` enterprises and `visitCount` visits in 2026. */
function city(enterprises: number, visitCount: number): { input: AwarenessInput; departmentOf: Record<string, string> } {
  const rand = seeded(20260513 + enterprises);
  const year = Array.from({ length: 365 }, (_, i) => fromDayNumber(daysFromCivil(2026, 1, 1) + i));
  const policyIds = Array.from({ length: POLICIES }, (_, i) => `pol${i}`);
  const es: AwarenessEnterprise[] = [];
  const eligible: EligiblePair[] = [];
  const eligibleOf: string[][] = [];
  for (let e = 0; e < enterprises; e++) {
    es.push({ id: `e${e}`, countyId: `c${e % COUNTIES}`, gridId: `g${Math.floor(rand() * GRIDS)}` });
    const n = 1 + Math.floor(rand() * 5);
    const mine = new Set<string>();
    while (mine.size < n) mine.add(policyIds[Math.floor(rand() * POLICIES)] as string);
    eligibleOf.push([...mine]);
    for (const policyId of mine) eligible.push({ policyId, enterpriseId: `e${e}` });
  }
  const advisers = Math.ceil(enterprises / PER_ADVISER);
  const pairings: AwarenessPairing[] = [];
  for (let e = 0; e < enterprises; e++) pairings.push({ adviserId: `a${Math.floor(e / PER_ADVISER)}`, enterpriseId: `e${e}`, parkId: null, since: '2025-01-01', until: rand() > 0.95 ? '2026-06-30' : null });
  const departmentOf: Record<string, string> = {};
  for (let a = 0; a < advisers; a++) departmentOf[`a${a}`] = `d${a % DEPARTMENTS}`;
  const visits: AwarenessVisit[] = [];
  const none: readonly DeliveredPolicy[] = [];
  for (let i = 0; i < visitCount; i++) {
    const e = Math.floor(rand() * enterprises);
    let policiesDelivered = none;
    if (rand() < 0.2) {
      const mine = eligibleOf[e] as string[];
      const n = 1 + Math.floor(rand() * 3);
      const chosen = new Set<string>();
      for (let k = 0; k < n; k++) chosen.add(rand() < 0.8 ? (mine[Math.floor(rand() * mine.length)] as string) : (policyIds[Math.floor(rand() * POLICIES)] as string));
      policiesDelivered = [...chosen].map((policyId) => ({ policyId, acknowledged: rand() < 0.6 }));
    }
    visits.push({ enterpriseId: `e${e}`, date: year[Math.floor(rand() * 365)] as string, policiesDelivered });
  }
  return { input: { eligible, visits, pairings, enterprises: es, period: { from: '2026-01-01', to: '2026-12-31' } }, departmentOf };
}

type Lines = Map<string, [number, number]>;

/** The straightforward implementation (see the module comment): told = acknowledged in the window. */
function straightforward(input: AwarenessInput, departmentOf: Readonly<Record<string, string>>): { eligible: number; told: number; lines: number; untold: number; first: string } {
  const from = input.period?.from ?? '0000-01-01';
  const to = input.period?.to ?? (input.asOf as string);
  const known = new Map<string, Set<string>>();
  for (const v of input.visits) {
    if (v.enterpriseId === null || v.policiesDelivered === undefined || v.policiesDelivered.length === 0 || v.date < from || v.date > to) continue;
    for (const d of v.policiesDelivered) {
      if (!d.acknowledged || (d.acknowledgedOn ?? v.date) > to) continue;
      let set = known.get(v.enterpriseId);
      if (set === undefined) known.set(v.enterpriseId, (set = new Set()));
      set.add(d.policyId);
    }
  }
  const advisersOf = new Map<string, string[]>();
  for (const p of input.pairings) {
    if (p.enterpriseId === null || p.since > to || (p.until !== null && p.until < to)) continue;
    const list = advisersOf.get(p.enterpriseId);
    if (list === undefined) advisersOf.set(p.enterpriseId, [p.adviserId]);
    else if (!list.includes(p.adviserId)) list.push(p.adviserId);
  }
  const enterprise = new Map(input.enterprises.map((e) => [e.id, e]));
  const byAdviser: Lines = new Map();
  const byDepartment: Lines = new Map();
  const byGrid: Lines = new Map();
  const byCounty: Lines = new Map();
  const byPolicy: Lines = new Map();
  const add = (lines: Lines, id: string, t: number): void => {
    const l = lines.get(id);
    if (l === undefined) lines.set(id, [1, t]);
    else {
      l[0]++;
      l[1] += t;
    }
  };
  const seen = new Set<string>();
  const untold: { adviser: string; enterpriseId: string; policyId: string }[] = [];
  let told = 0;
  for (const { policyId, enterpriseId } of input.eligible) {
    const key = `${enterpriseId}|${policyId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const t = known.get(enterpriseId)?.has(policyId) === true ? 1 : 0;
    told += t;
    const advisers = [...(advisersOf.get(enterpriseId) ?? [])].sort();
    const departments = new Set<string>();
    for (const a of advisers) {
      add(byAdviser, a, t);
      const d = departmentOf[a];
      if (d !== undefined) departments.add(d);
    }
    for (const d of departments) add(byDepartment, d, t);
    const e = enterprise.get(enterpriseId);
    if (e?.gridId != null) add(byGrid, e.gridId, t);
    if (e?.countyId != null) add(byCounty, e.countyId, t);
    add(byPolicy, policyId, t);
    if (t === 0) untold.push({ adviser: advisers[0] ?? '\uffff', enterpriseId, policyId });
  }
  untold.sort((x, y) => (x.adviser < y.adviser ? -1 : x.adviser > y.adviser ? 1 : x.enterpriseId < y.enterpriseId ? -1 : x.enterpriseId > y.enterpriseId ? 1 : x.policyId < y.policyId ? -1 : 1));
  const sorted = (lines: Lines): [string, [number, number]][] => [...lines].sort(([a], [b]) => (a < b ? -1 : 1));
  const lines = [byAdviser, byDepartment, byGrid, byCounty, byPolicy].map(sorted).reduce((n, l) => n + l.length, 0);
  return { eligible: seen.size, told, lines, untold: untold.length, first: untold[0] === undefined ? '' : `${untold[0].enterpriseId}|${untold[0].policyId}` };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The median time of 3 runs over a city, and a summary of its result. */
function timed(enterprises: number, visitCount: number): { ms: number; input: AwarenessInput; departmentOf: Record<string, string> } {
  const { input, departmentOf } = city(enterprises, visitCount);
  gc?.();
  const fixtureHeap = process.memoryUsage().heapUsed;
  let peak = fixtureHeap;
  const times: number[] = [];
  let summary = '';
  for (let r = 0; r < 3; r++) {
    gc?.();
    const start = performance.now();
    const a = unwrap(policyAwareness(input, { departmentOf }));
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    summary =
      `${a.total.eligible.toLocaleString('en-US')} eligible pairs, ${a.total.delivered.toLocaleString('en-US')} delivered, ` +
      `${a.total.told.toLocaleString('en-US')} acknowledged (rate ${((a.total.rate ?? 0) * 100).toFixed(1)}%); ${a.byAdviser.length.toLocaleString('en-US')} advisers, ` +
      `${a.byDepartment.length} departments, ${a.byGrid.length} grids, ${a.byCounty.length} counties, ${a.byPolicy.length} policies; ` +
      `${a.untoldCount.toLocaleString('en-US')} untold (page of ${a.untold.length})`;
  }
  process.stdout.write(`  ${enterprises.toLocaleString('en-US')} enterprises, ${visitCount.toLocaleString('en-US')} visits: ${summary}\n`);
  process.stdout.write(`    runs ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}; fixture heap ${mb(fixtureHeap)}, peak heapUsed after runs ${mb(peak)}\n`);
  return { ms: median(times), input, departmentOf };
}

const ENTERPRISES = scaled(100_000);
const VISITS = scaled(1_000_000);
process.stdout.write(`\nawareness: policyAwareness over a year, per adviser, department, grid, county and policy${gc === null ? ' (no forced GC)' : ''}\n`);
const quarter = timed(Math.max(1, Math.round(ENTERPRISES / 4)), Math.max(1, Math.round(VISITS / 4)));
const full = timed(ENTERPRISES, VISITS);
process.stdout.write(`policyAwareness, ${ENTERPRISES.toLocaleString('en-US')} enterprises and ${VISITS.toLocaleString('en-US')} visits: ${full.ms.toFixed(0)} ms (median of 3)\n`);
process.stdout.write(`ratio full vs quarter size: ${(full.ms / quarter.ms).toFixed(2)}x the time for 4x the data\n`);
verdict(`policyAwareness < ${TARGET_MS} ms`, full.ms < TARGET_MS, `${full.ms.toFixed(0)} ms`);
verdict('policyAwareness linear', full.ms / quarter.ms <= 6, `${(full.ms / quarter.ms).toFixed(2)}x for 4x the data`);

// Against the straightforward implementation, on the full city: the same figures first.
const { input, departmentOf } = full;
const ours = unwrap(policyAwareness(input, { departmentOf }));
const theirs = straightforward(input, departmentOf);
const lines = ours.byAdviser.length + ours.byDepartment.length + ours.byGrid.length + ours.byCounty.length + ours.byPolicy.length;
const first = ours.untold[0] === undefined ? '' : `${ours.untold[0].enterpriseId}|${ours.untold[0].policyId}`;
if (theirs.eligible !== ours.total.eligible || theirs.told !== ours.total.told || theirs.lines !== lines || theirs.untold !== ours.untoldCount || theirs.first !== first) {
  throw new Error(`the straightforward implementation disagrees: ${JSON.stringify(theirs)} vs ${JSON.stringify({ eligible: ours.total.eligible, told: ours.total.told, lines, untold: ours.untoldCount, first })}`);
}
const comparison = compareAll(
  `policyAwareness vs a straightforward Map-and-Set implementation, ${ENTERPRISES.toLocaleString('en-US')} enterprises, ${VISITS.toLocaleString('en-US')} visits (one op = the whole city)`,
  { label: 'policyAwareness', count: 1, run: () => policyAwareness(input, { departmentOf }) },
  [{ label: 'straightforward', count: 1, run: () => straightforward(input, departmentOf) }],
  3,
);
const ratio = comparison.fastest.ratio;
process.stdout.write(`  medians: ${[...comparison.opsPerSecond].map(([label, ops]) => `${label} ${(1000 / ops).toFixed(0)} ms`).join(', ')}\n`);
verdict('policyAwareness no slower than the straightforward implementation', ratio >= 1, `${ratio.toFixed(2)}x`);
