/**
 * Issue 18, foresight (未诉先办, 国办函〔2025〕66号): `foresight` over a seeded city — 1,000,000 issues
 * over three years (2023-04 to 2026-03; 20,000 enterprises in 10 counties and 200 parks, 40 industry
 * divisions, 30 categories, every state, some answered as unsolvable), 100,000 visits naming
 * issues, with a seasonal April problem, a problem rising in March 2026 and shared unsolved ones
 * planted. The period is March 2026 (records since 2023-04-01), all four kinds, the default policy
 * and ladder. Prints the best of five runs, wall and CPU time (inputs built, and the engine warmed
 * up, before timing), of the same city at a tenth of the size and at full size, the growth between
 * them (verdict `SLOW` above 15× for 10× the issues: linear grows 10×, n log n a little more), the
 * full size against qinqing's budget of 2 s (verdict `SLOW` above it), and the big city once more
 * with unsolved problems split by title (titleThreshold 0.5). No peer: no library finds these.
 * `npm run bench -- foresight`.
 */
import { performance } from 'node:perf_hooks';
import { foresight, ForesightPolicySchema, type ForesightEnterprise, type ForesightIssue, type ForesightOptions, type ForesightVisit } from '../src/report/index.js';
import { scaled, seeded, verdict } from './harness.js';

const STATES = ['submitted', 'accepted', 'assigned', 'answered', 'closed', 'closed', 'closed', 'closed', 'withdrawn', 'merged'];
const TITLES = ['厂区停电影响生产', '用地指标不足', '融资难贷款利率高', '招工难', '排污许可办理慢', '消防验收难', '天然气价格上涨', '税费减免政策不清楚'];
const DAY = 86_400_000;
const START = Date.UTC(2023, 3, 1) - 8 * 3_600_000; // 2023-04-01T00:00+08:00
const DAYS = 1096; // to 2026-03-31

interface City {
  readonly issues: ForesightIssue[];
  readonly visits: ForesightVisit[];
  readonly enterprises: ForesightEnterprise[];
}

function city(n: number, seed: number): City {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const e = Math.max(10, Math.round(n / 50));
  const enterprises: ForesightEnterprise[] = Array.from({ length: e }, (_, k) => ({
    id: `e${k}`,
    industry: `C${String(13 + (k % 40)).padStart(2, '0')}${k % 10}${k % 7}`,
    countyId: `c${k % 10}`,
    ...(k % 4 === 0 ? {} : { parkId: `p${k % 200}` }),
  }));
  const stamp = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
  const issues: ForesightIssue[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    let day = Math.floor(rand() * DAYS);
    let categoryId = `k${Math.floor(rand() * 30)}`;
    let enterprise = Math.floor(rand() * e);
    // Planted: 1% of issues are category k0 in April of a year in county c0 (seasonal); 0.5% are
    // category k1 in March 2026 in county c1 (rising); the rest as drawn.
    if (r < 0.01) {
      categoryId = 'k0';
      day = [0, 365, 731][Math.floor(rand() * 3)] as number + Math.floor(rand() * 30);
      enterprise -= enterprise % 10;
    } else if (r < 0.015) {
      categoryId = 'k1';
      day = DAYS - 1 - Math.floor(rand() * 31);
      enterprise = enterprise - (enterprise % 10) + 1;
    }
    const state = pick(STATES);
    issues.push({
      id: `i${i}`,
      enterpriseId: `e${enterprise}`,
      categoryId: rand() < 0.03 ? null : categoryId,
      title: pick(TITLES),
      submittedAt: stamp(START + day * DAY + Math.floor(rand() * 86_400) * 1000),
      state,
      answer: state === 'closed' || state === 'answered' ? { outcome: rand() < 0.1 ? 'unsolvable' : 'resolved' } : null,
    });
  }
  const visits: ForesightVisit[] = Array.from({ length: Math.round(n / 10) }, (_, v) => ({ id: `v${v}`, issueIds: [`i${Math.floor(rand() * n)}`, `i${Math.floor(rand() * n)}`] }));
  return { issues, visits, enterprises };
}

function best(label: string, c: City, options: ForesightOptions): number {
  let min = Infinity;
  let cpu = Infinity;
  let last = '';
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const out = foresight(c.issues, c.visits, c.enterprises, options);
    const used = process.cpuUsage(c0);
    const ms = performance.now() - t0;
    if (!out.ok) throw new Error(out.error.message);
    min = Math.min(min, ms);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
    const v = out.value;
    last = `${v.issuesRead.counted.toLocaleString('en-US')} counted; ${v.hotspots.length} hotspots, ${v.seasonal.length} seasonal, ${v.rising.length} rising, ${v.unsolvedClusters.length} unsolved clusters (+${Object.values(v.leftOff).reduce((a, b) => a + b, 0)} left off)`;
  }
  process.stdout.write(`foresight: ${label}: ${min.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms; ${last})\n`);
  return min;
}

const N = scaled(1_000_000);
// The records begin on 2023-04-01: said, so that the first April does not stand out against nothing.
const options: ForesightOptions = { period: { from: '2026-03-01', to: '2026-03-31' }, dataSince: '2023-04-01' };
const small = city(Math.max(10, Math.round(N / 10)), 20_260_318);
// Warm the engine up on a city of its own first, so that the small run is not charged for compiling.
const warm = city(Math.max(10, Math.round(N / 20)), 1);
for (let r = 0; r < 5; r++) foresight(warm.issues, warm.visits, warm.enterprises, options);
const t10 = best(`${small.issues.length.toLocaleString('en-US')} issues over 3 years`, small, options);
const large = city(N, 20_260_318);
const t100 = best(`${large.issues.length.toLocaleString('en-US')} issues over 3 years`, large, options);
best(`${large.issues.length.toLocaleString('en-US')} issues, unsolved problems split by title`, large, { ...options, policy: ForesightPolicySchema.parse({ unsolvedCluster: { titleThreshold: 0.5 } }) });
const growth = t100 / t10;
if (!verdict('foresight grows (near) linearly', growth <= 15, `${growth.toFixed(1)}× for 10× the issues`)) process.exitCode = 1;
if (!verdict('foresight reads 1,000,000 issues in under 2 s', N < 1_000_000 || t100 < 2000, `${t100.toFixed(0)} ms`)) process.exitCode = 1;
