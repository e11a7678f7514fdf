/**
 * Issue 17, merging duplicates (并单): `suggestDuplicates` over one city's open orders. A seeded
 * city of 100,000 open orders (2,000 enterprises in 200 parks, 30 categories, titles and
 * descriptions drawn from a pool of phrases so that many look alike, submitted over a year), with
 * every park known; then the worst shape for the cap: 100,000 identical orders of one enterprise
 * and one category on one day (one bucket, cut at `maxComparisonsPerBucket`). Prints the best of
 * three runs of each (inputs built before timing) and the growth from 10,000 to 100,000 orders;
 * verdict `SLOW` when the city run grows more than 15× for 10× the orders (quadratic grows 100×).
 * No peer: no library suggests duplicate orders. `npm run bench -- duplicates`.
 */
import { performance } from 'node:perf_hooks';
import { suggestDuplicates, type DuplicateCandidate, type DuplicateOptions } from '../src/issue/index.js';
import { scaled, seeded, verdict } from './harness.js';

const PHRASES = ['厂区周边道路', '停电', '影响生产', '用地指标', '审批时间长', '融资难', '贷款利率高', '招工难', '物流成本高', '排污许可', '请尽快协调', '消防验收', '供水压力不足', '天然气价格', '税费减免'];
const STATES = ['submitted', 'accepted', 'assigned', 'assigned', 'answered', 'paused', 'closed', 'withdrawn', 'merged'];

function city(n: number, seed: number): { issues: DuplicateCandidate[]; parkOf: Record<string, string> } {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const phrase = (k: number): string => Array.from({ length: k }, () => pick(PHRASES)).join('，');
  const enterprises = Math.max(1, Math.round(n / 50));
  const parkOf: Record<string, string> = {};
  for (let e = 0; e < enterprises; e++) parkOf[`e${e}`] = `p${e % Math.max(1, Math.round(enterprises / 10))}`;
  const start = Date.UTC(2026, 0, 1);
  const issues = Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    enterpriseId: `e${Math.floor(rand() * enterprises)}`,
    categoryId: rand() < 0.05 ? null : `c${Math.floor(rand() * 30)}`,
    title: phrase(2),
    description: phrase(6),
    submittedAt: new Date(start + Math.floor(rand() * 365 * 86_400) * 1000).toISOString().replace('.000Z', 'Z'),
    state: pick(STATES),
  }));
  return { issues, parkOf };
}

function best(label: string, issues: readonly DuplicateCandidate[], options: DuplicateOptions): number {
  let min = Infinity;
  let last = '';
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const s = suggestDuplicates(issues, options);
    const ms = performance.now() - t0;
    if (!s.ok) throw new Error(s.error.message);
    min = Math.min(min, ms);
    last = `${s.value.groups.length.toLocaleString('en-US')} groups, ${s.value.pairsLookedAt.toLocaleString('en-US')} pairs looked at, ${s.value.truncated.length} buckets cut`;
  }
  process.stdout.write(`duplicates: ${label}: ${min.toFixed(0)} ms (${last})\n`);
  return min;
}

const N = scaled(100_000);
const small = city(Math.max(1, Math.round(N / 10)), 20_260_317);
const large = city(N, 20_260_317);
const t10 = best(`${small.issues.length.toLocaleString('en-US')} orders, one city`, small.issues, { parkOf: small.parkOf });
const t100 = best(`${large.issues.length.toLocaleString('en-US')} orders, one city`, large.issues, { parkOf: large.parkOf });
const same = Array.from({ length: N }, (_, i) => ({ id: `s${i}`, enterpriseId: 'e1', categoryId: 'power', title: '停电影响生产', description: '', submittedAt: '2026-03-02T09:00:00+08:00', state: 'assigned' }));
best(`${N.toLocaleString('en-US')} identical orders in one bucket (cap 20,000)`, same, {});
const growth = t100 / t10;
if (!verdict('suggestDuplicates grows (near) linearly', growth <= 15, `${growth.toFixed(1)}× for 10× the orders`)) process.exitCode = 1;
