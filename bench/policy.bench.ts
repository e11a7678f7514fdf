/**
 * Issue 18, policies to enterprises: 500 seeded policies (惠企政策) matched against 100,000 seeded
 * enterprises (a province's key firms) at one date, by qinqing, by a straightforward filter per
 * policy, and by json-rules-engine 7 (bench/policy-peers.ts), in the same run. Every contender is
 * checked to agree with qinqing before anything is timed: qinqing's `matchPolicies` (every policy
 * for each enterprise, with reasons) and `eligibleEnterprises` (every enterprise for each policy)
 * on every one of the 50,000,000 pairs (eligible, not eligible, unknown), the filter on every pair
 * (its `true` is qinqing's `eligible`), json-rules-engine on every pair of the enterprises it is
 * timed on.
 *
 * Timed, median of 3, order rotated, every contender on the same enterprises × all 500 policies:
 *
 * - the whole province: `matchPolicies` per enterprise, `eligibleEnterprises` per policy, and the
 *   filter per policy, on all 100,000 enterprises;
 * - against json-rules-engine (async, about 100 enterprises a second against 500 rules), on the
 *   first `PEER_N` enterprises for every contender: the ratio `qinqing vs json-rules-engine` and the
 *   verdict against issue 18's target, ≥ 100×.
 *
 * qinqing's `matchPolicies` does more than the peers: it evaluates every condition of every policy
 * (the peers stop at the first that fails), decides three ways (a missing fact gives `unknown`, not
 * a silent no), and returns for each policy the conditions met, failed and missing with reasons in
 * Chinese and English. `npm run bench -- policy`.
 */
import { performance } from 'node:perf_hooks';
import { unwrap } from '../src/index.js';
import { usccCheckCharacter } from '../src/enterprise/index.js';
import { toDayNumber } from '../src/internal/days.js';
import {
  eligibleEnterprises,
  matchPolicies,
  validatePolicies,
  type EnterpriseFacts,
  type Policy,
  type PolicyConditions,
  type PolicySet,
} from '../src/policy/index.js';
import { compareAll, compareAllAsync, draws, scaled, verdict, type Contender } from './harness.js';
import { createPolicyEngine, eligibleByEngine, holds } from './policy-peers.js';
import { compileSet, noDeclarations } from '../src/policy/compile.js';

const POLICIES = 500;
const N = scaled(100_000);
const PEER_N = Math.min(N, scaled(200));
const ASOF = '2026-06-15';
const DAY = toDayNumber(ASOF);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const t0 = performance.now();

// ---------------------------------------------------------------------------------------------
// Workload
// ---------------------------------------------------------------------------------------------

const { rand, chance, int, pick, weighted } = draws(20_261_218);
const someOf = <T>(xs: readonly T[], lo: number, hi: number): T[] => {
  const n = Math.min(xs.length, int(lo, hi));
  const pool = [...xs];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0] as T);
  return out;
};
const date = (from: number, to: number): string => {
  const d = new Date(Date.UTC(2000, 0, 1) + int(from, to) * 86_400_000);
  return d.toISOString().slice(0, 10);
};
const dayOf = (s: string): number => (Date.parse(`${s}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / 86_400_000;

/** Two cities' counties (GB/T 2260): Jiaozuo 4108xx and Xingtai 1305xx. */
const counties = ['410802', '410803', '410804', '410811', '410821', '410822', '410823', '410825', '410882', '410883', '130502', '130503', '130505', '130506', '130522', '130523', '130524', '130525'];
const cities = ['4108', '1305'];
const industries = ['C3411', 'C3412', 'C2614', 'C2631', 'C3130', 'C3360', 'C3581', 'C3990', 'C1391', 'C1713', 'C3042', 'C3824', 'F5191', 'F5261', 'G5430', 'I6510', 'I6420', 'M7320', 'E4710', 'A0111', 'D4411', 'K7010', 'L7212'];
const industryPrefixes = [...new Set(industries.flatMap((c) => [c.slice(0, 1), c.slice(0, 3), c]))];
const parks = Array.from({ length: 30 }, (_, i) => `park-${String(i + 1).padStart(2, '0')}`);
const tagOdds: Readonly<Record<string, number>> = { highTech: 0.1, techSme: 0.15, specialisedInnovative: 0.05, littleGiant: 0.01, exporter: 0.12, dishonest: 0.02, greenFactory: 0.03, gazelle: 0.02 };
const tags = Object.keys(tagOdds);
const positiveTags = tags.filter((t) => t !== 'dishonest');
const figureKeys = ['revenue', 'employees', 'taxPaid', 'rdShare', 'exportShare', 'newHires'] as const;
const figure = (key: (typeof figureKeys)[number]): number => {
  switch (key) {
    case 'revenue':
      return Math.round(10 ** (5 + rand() * 5));
    case 'employees':
      return Math.round(10 ** (rand() * 3.7));
    case 'taxPaid':
      return Math.round(10 ** (3 + rand() * 5));
    case 'rdShare':
      return Math.round(rand() * 150) / 10;
    case 'exportShare':
      return chance(0.7) ? 0 : int(1, 100);
    default:
      return chance(0.6) ? 0 : int(1, 50);
  }
};
/** Thresholds policies set on each figure, as real ones do (round numbers). */
const thresholds: Readonly<Record<(typeof figureKeys)[number], readonly number[]>> = {
  revenue: [1_000_000, 5_000_000, 20_000_000, 50_000_000, 100_000_000, 400_000_000],
  employees: [10, 20, 50, 100, 300, 1000],
  taxPaid: [10_000, 100_000, 500_000, 1_000_000, 5_000_000],
  rdShare: [1, 2, 3, 4, 5, 6],
  exportShare: [10, 20, 30, 50],
  newHires: [1, 5, 10, 20],
};

function uscc(division: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let org = '';
  for (let i = 0; i < 9; i++) org += chars.charAt(int(0, chars.length - 1));
  const first17 = `91${division}${org}`;
  return first17 + unwrap(usccCheckCharacter(first17));
}

type Kind = 'numbers' | 'industry' | 'scale' | 'withoutTags' | 'tags' | 'marketEntityType' | 'yearsSinceRegistration' | 'keyLevel' | 'parkId' | 'aboveDesignatedSize' | 'divisionCode' | 'countyId';
const kindOdds: Readonly<Record<Kind, number>> = {
  numbers: 0.7, industry: 0.45, scale: 0.4, withoutTags: 0.5, tags: 0.35, marketEntityType: 0.3, yearsSinceRegistration: 0.2,
  keyLevel: 0.1, parkId: 0.08, aboveDesignatedSize: 0.15, divisionCode: 0.05, countyId: 0.05,
};
const range = (values: readonly number[]): { min?: number; max?: number } => {
  const r = rand();
  const a = pick(values);
  if (r < 0.45) return { min: a };
  if (r < 0.9) return { max: a };
  const b = pick(values);
  return { min: Math.min(a, b), max: Math.max(a, b) };
};
function conditions(kinds: readonly Kind[], avoidTags: ReadonlySet<string>): PolicyConditions {
  const w: Record<string, unknown> = {};
  for (const kind of kinds) {
    switch (kind) {
      case 'numbers':
        w['numbers'] = Object.fromEntries(someOf(figureKeys, 1, 3).map((k) => [k, range(thresholds[k])]));
        break;
      case 'industry':
        w['industry'] = someOf(industryPrefixes, 1, 4);
        break;
      case 'scale':
        w['scale'] = someOf(['small', 'micro', 'medium', 'large'], 1, 3);
        break;
      case 'withoutTags':
        if (!avoidTags.has('dishonest')) w['withoutTags'] = ['dishonest'];
        break;
      case 'tags':
        w['tags'] = someOf(positiveTags.filter((t) => !avoidTags.has(t)), 1, 2);
        break;
      case 'marketEntityType':
        w['marketEntityType'] = someOf(['privateEnterprise', 'domesticEnterprise', 'foreignInvestedEnterprise', 'individualBusiness', 'farmersCooperative'], 2, 4);
        break;
      case 'yearsSinceRegistration':
        w['yearsSinceRegistration'] = range([1, 2, 3, 5, 10]);
        break;
      case 'keyLevel':
        w['keyLevel'] = chance(0.5) ? ['county', 'city'] : ['city'];
        break;
      case 'parkId':
        w['parkId'] = someOf(parks, 1, 5);
        break;
      case 'aboveDesignatedSize':
        w['aboveDesignatedSize'] = chance(0.8);
        break;
      case 'divisionCode':
        w['divisionCode'] = [chance(0.5) ? pick(cities) : pick(counties)];
        break;
      default:
        w['countyId'] = someOf(counties, 1, 4);
    }
  }
  return w as PolicyConditions;
}
const allKinds = Object.keys(kindOdds) as Kind[];
const policies: Policy[] = Array.from({ length: POLICIES }, (_, i) => {
  const validFrom = date(7300, 9600);
  const ended = chance(0.1);
  const validUntil = ended ? date(dayOf(validFrom), dayOf(ASOF) - 1) : chance(0.6) ? date(dayOf(ASOF), dayOf(ASOF) + 1500) : undefined;
  const notYet = chance(0.05);
  const r = rand();
  const region = r < 0.3 ? undefined : r < 0.8 ? { divisionCodes: [pick(cities)] } : { countyIds: someOf(counties, 1, 3), divisionCodes: chance(0.5) ? [pick(counties)] : [] };
  // County and division conditions only on policies without a region (a region of counties only would make a disjoint one a contradiction).
  const chosen = allKinds.filter((k) => chance(kindOdds[k] as number) && !((k === 'divisionCode' || k === 'countyId') && region !== undefined));
  const when = conditions(chosen, new Set());
  const used = new Set(Object.keys(when));
  const anyOf = chance(0.15)
    ? Array.from({ length: int(2, 3) }, () => conditions(someOf((['tags', 'numbers', 'yearsSinceRegistration'] as Kind[]).filter((k) => !used.has(k)), 1, 2), new Set([...(when.tags ?? []), ...(when.withoutTags ?? [])])))
    : undefined;
  const policy: Record<string, unknown> = {
    id: `policy-${String(i + 1).padStart(3, '0')}`,
    name: { zh: `惠企政策 ${i + 1}`, en: `Policy ${i + 1}` },
    issuer: { zh: '某市人民政府', en: 'A city government' },
    validFrom: notYet ? date(dayOf(ASOF) + 1, dayOf(ASOF) + 200) : validFrom,
    mode: weighted({ noApplication: 30, quickApplication: 50, application: 20 }),
    benefits: [{ text: { zh: '补助', en: 'A subsidy' }, amount: int(1, 100) * 10_000 }],
    source: 'bench/policy.bench.ts (seeded)',
  };
  if (validUntil !== undefined && !notYet) policy['validUntil'] = validUntil;
  if (region !== undefined) policy['region'] = region.countyIds !== undefined && region.divisionCodes?.length === 0 ? { countyIds: region.countyIds } : region;
  if (Object.keys(when).length > 0) policy['when'] = when;
  if (anyOf !== undefined && anyOf.every((alt) => Object.keys(alt).length > 0)) policy['anyOf'] = anyOf;
  return policy as unknown as Policy;
});
// The enterprises, drawn after the policies so that the policies do not depend on BENCH_SCALE.
const enterprises: EnterpriseFacts[] = new Array<EnterpriseFacts>(N);
for (let i = 0; i < N; i++) {
  const countyId = pick(counties);
  const e: Record<string, unknown> = {
    id: `e${i}`,
    uscc: uscc(chance(0.9) ? countyId : `${countyId.slice(0, 4)}00`),
    marketEntityType: weighted({ privateEnterprise: 70, domesticEnterprise: 8, foreignInvestedEnterprise: 4, individualBusiness: 15, farmersCooperative: 3 }),
    industry: pick(industries),
    countyId,
  };
  if (chance(0.4)) e['parkId'] = pick(parks);
  if (chance(0.4)) e['keyLevel'] = weighted({ none: 88, county: 10, city: 2 });
  if (chance(0.9)) e['scale'] = weighted({ large: 2, medium: 8, small: 45, micro: 45 });
  if (chance(0.7)) e['aboveDesignatedSize'] = chance(0.3);
  if (chance(0.95)) e['establishedOn'] = date(-3650, 9600);
  if (chance(0.95)) e['tags'] = tags.filter((t) => chance(tagOdds[t] as number));
  const numbers: Record<string, number> = {};
  for (const key of figureKeys) if (chance(0.85)) numbers[key] = figure(key);
  e['numbers'] = numbers;
  enterprises[i] = e as unknown as EnterpriseFacts;
}

const validated = validatePolicies({
  id: 'bench-province',
  numbers: figureKeys.map((key) => ({ key, label: { zh: key, en: key } })),
  tags: tags.map((key) => ({ key, label: { zh: key, en: key } })),
  policies,
});
if (!validated.ok) throw new Error(`the seeded policy set is invalid: ${validated.error.message}`);
const set: PolicySet = validated.value.set;
const conditionCount = set.policies.reduce((n, p) => {
  const count = (w: PolicyConditions | undefined): number => (w === undefined ? 0 : Object.keys(w).length - (w.numbers === undefined ? 0 : 1) + Object.keys(w.numbers ?? {}).length);
  return n + 1 + (p.region === undefined ? 0 : 1) + count(p.when) + (p.anyOf ?? []).reduce((m, alt) => m + count(alt), 0);
}, 0);
const distinct = compileSet(set.policies, noDeclarations).program.size;
process.stdout.write(
  `policy: ${fmt(set.policies.length)} policies (${fmt(conditionCount)} conditions with validity and region, ${fmt(distinct)} distinct, ${set.policies.filter((p) => p.anyOf !== undefined).length} with anyOf; ${validated.value.warnings.length} warnings) and ${fmt(N)} enterprises built in ${fmt(performance.now() - t0)} ms\n`,
);

// ---------------------------------------------------------------------------------------------
// Agreement, before any timing.
// ---------------------------------------------------------------------------------------------

const STATUS = { eligible: 1, notEligible: 0, unknown: 2 } as const;
const matrix = new Uint8Array(POLICIES * N); // status of policy p for enterprise e at p * N + e
const counts = { eligible: 0, notEligible: 0, unknown: 0 };
const t1 = performance.now();
for (let e = 0; e < N; e++) {
  const r = unwrap(matchPolicies(enterprises[e] as EnterpriseFacts, set, ASOF));
  r.matches.forEach((m, p) => {
    matrix[p * N + e] = STATUS[m.status];
    counts[m.status]++;
  });
}
const indexOf = new Map(enterprises.map((e, i) => [e.id, i]));
set.policies.forEach((policy, p) => {
  const r = unwrap(eligibleEnterprises(policy, enterprises, ASOF));
  for (const [list, s] of [[r.eligible, 1], [r.notEligible, 0], [r.unknown, 2]] as const) {
    for (const id of list) if (matrix[p * N + (indexOf.get(id) as number)] !== s) throw new Error(`eligibleEnterprises disagrees with matchPolicies on ${policy.id} × ${id}`);
  }
  if (r.eligible.length + r.notEligible.length + r.unknown.length !== N) throw new Error(`eligibleEnterprises lost enterprises on ${policy.id}`);
  enterprises.forEach((ent, e) => {
    if (holds(policy, ent, ASOF) !== (matrix[p * N + e] === 1)) throw new Error(`the filter disagrees with qinqing on ${policy.id} × ${ent.id}`);
  });
});
const engine = createPolicyEngine(set.policies);
const stoppingEngine = createPolicyEngine(set.policies, true);
for (let e = 0; e < PEER_N; e++) {
  const ours = set.policies.map((_, p) => p).filter((p) => matrix[p * N + e] === 1);
  for (const [name, eng] of [['json-rules-engine', engine], ['json-rules-engine (short-circuit)', stoppingEngine]] as const) {
    const byEngine = await eligibleByEngine(eng, enterprises[e] as EnterpriseFacts, ASOF, DAY);
    if (byEngine.join() !== ours.join()) throw new Error(`${name} disagrees with qinqing on ${(enterprises[e] as EnterpriseFacts).id}: ${byEngine.join()} vs ${ours.join()}`);
  }
}
const pairs = POLICIES * N;
const pct = (n: number): string => `${((100 * n) / pairs).toFixed(1)}%`;
process.stdout.write(
  `policy: qinqing (matchPolicies and eligibleEnterprises) and the filter agree on all ${fmt(pairs)} pairs, json-rules-engine on the ${fmt(PEER_N * POLICIES)} pairs of its ${fmt(PEER_N)} enterprises (checked in ${fmt(performance.now() - t1)} ms)\n` +
    `policy: eligible ${pct(counts.eligible)}, not eligible ${pct(counts.notEligible)}, unknown (a fact missing) ${pct(counts.unknown)}; the filter and the engine count unknown as not eligible\n`,
);

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

const slices = new Map<number, readonly EnterpriseFacts[]>();
const first = (count: number): readonly EnterpriseFacts[] => {
  let s = slices.get(count);
  if (s === undefined) {
    s = enterprises.slice(0, count);
    slices.set(count, s);
  }
  return s;
};
const ours: Contender = {
  label: 'qinqing matchPolicies per enterprise (500 policies, reasons)',
  count: N,
  run: (count) => {
    let eligible = 0;
    for (let e = 0; e < count; e++) {
      const r = matchPolicies(enterprises[e] as EnterpriseFacts, set, ASOF);
      if (r.ok) eligible += r.value.eligible.length;
    }
    return eligible;
  },
};
const perPolicy: Contender = {
  label: 'qinqing eligibleEnterprises per policy',
  count: N,
  run: (count) => {
    const city = first(count);
    let eligible = 0;
    for (const p of set.policies) {
      const r = eligibleEnterprises(p, city, ASOF);
      if (r.ok) eligible += r.value.eligible.length;
    }
    return eligible;
  },
};
const filter: Contender = {
  label: 'filter per policy (policies.map(p => enterprises.filter(holds)))',
  count: N,
  run: (count) => {
    const city = first(count);
    let eligible = 0;
    for (const p of set.policies) eligible += city.filter((e) => holds(p, e, ASOF)).length;
    return eligible;
  },
};
const province = compareAll(`${fmt(POLICIES)} policies × ${fmt(N)} enterprises`, ours, [perPolicy, filter], 3);
const seconds = (label: string): string => `${(N / (province.opsPerSecond.get(label) as number)).toFixed(2)} s`;
process.stdout.write(
  `policy: 500 × ${fmt(N)} matched in ${seconds(ours.label)} by matchPolicies (${fmt(((province.opsPerSecond.get(ours.label) as number) * POLICIES) / 1e6)} M pairs/s), in ${seconds(perPolicy.label)} by eligibleEnterprises, in ${seconds(filter.label)} by the filter\n`,
);

const byEngine = (label: string, eng: typeof engine): Contender => ({
  label,
  count: PEER_N,
  run: async (count) => {
    let eligible = 0;
    for (let e = 0; e < count; e++) eligible += (await eligibleByEngine(eng, enterprises[e] as EnterpriseFacts, ASOF, DAY)).length;
    return eligible;
  },
});
const engines = [
  byEngine('json-rules-engine (500 rules, conditions evaluated together, await engine.run(facts) per enterprise)', engine),
  byEngine('json-rules-engine (500 rules, a priority per condition: stops at the first failing)', stoppingEngine),
];
const vsEngine = await compareAllAsync(`${fmt(POLICIES)} policies × ${fmt(PEER_N)} enterprises, every contender`, { ...ours, count: PEER_N }, [...engines, { ...filter, count: PEER_N }], 3);
const ratio = Math.min(...engines.map((c) => vsEngine.ratios.get(c.label) as number));
verdict('policy matching >= 100x json-rules-engine', ratio >= 100, `matchPolicies ${ratio.toFixed(0)}x the faster json-rules-engine configuration on the same ${fmt(PEER_N)} enterprises × ${POLICIES} policies; goal 100x`);
process.stdout.write(`\npolicy: whole bench ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
