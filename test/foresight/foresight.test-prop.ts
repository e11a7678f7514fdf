/**
 * Part 13 (issue 18), the laws of `foresight` (未诉先办, 国办函〔2025〕66号: high-frequency, seasonal
 * and risky problems found before enterprises complain; 003 Lishui: 年年提): its answer does not
 * depend on the order of its three lists; every finding's evidence satisfies the finding's
 * definition, written out the slow way; hotspots are exactly the cells the definition names; and an
 * issue of another category never takes a finding away.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { foresight, ForesightPolicySchema, type ForesightIssue, type ForesightOptions, type ForesightPolicy, type ForesightReport, type ForesightVisit } from '../../src/report/index.js';
import { enterprises } from './fixtures.js';
import { shuffled } from '../../bench/seeded.js';

const SOURCE = '国办函〔2025〕66号 未诉先办; 003 Lishui 年年提';
const ENTERPRISE_IDS = [...enterprises.map((e) => e.id), 'unknown'];
const MONTHS = ['2023-03', '2023-04', '2024-04', '2025-01', '2025-04', '2025-10', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];

const arbIssues: fc.Arbitrary<ForesightIssue[]> = fc
  .array(
    fc.record({
      enterpriseId: fc.constantFrom(...ENTERPRISE_IDS),
      categoryId: fc.constantFrom('power', 'power', 'power', 'land', 'land', null),
      // Weighted towards the periods looked at, so that every kind of finding turns up often.
      month: fc.oneof({ arbitrary: fc.constantFrom('2026-03', '2026-02', '2025-04'), weight: 3 }, { arbitrary: fc.constantFrom(...MONTHS), weight: 2 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.constantFrom(0, 9, 23),
      // Chains at 0.4: 停电影响生产 ~ 厂区停电影响生产 (0.83) ~ 厂区停电 (0.6), while 停电影响生产 and 厂区停电 alone are 0.25 alike.
      title: fc.constantFrom('停电影响生产', '厂区停电', '厂区停电影响生产', '用地审批慢', '融资难'),
      state: fc.constantFrom('submitted', 'assigned', 'answered', 'closed', 'closed', 'withdrawn', 'merged'),
      answer: fc.constantFrom(null, { outcome: 'unsolvable' }, { outcome: 'resolved' }),
      scope: fc.constantFrom(undefined, null, 'ownFunction' as const, 'multiDepartment' as const),
    }),
    { minLength: 20, maxLength: 100 },
  )
  .map((rows) =>
    rows.map(({ month, day, hour, scope, ...r }, k) => ({
      id: `i${k}`,
      ...r,
      submittedAt: `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:30:00+08:00`,
      ...(scope === undefined ? {} : { scope }),
    })),
  );

const arbPolicy: fc.Arbitrary<ForesightPolicy> = fc
  .record({
    industryLevel: fc.constantFrom('section', 'division', 'class', 'anyIndustry'),
    placeLevel: fc.constantFrom('byCounty', 'byPark', 'wholeArea'),
    hotspot: fc.record({ minCount: fc.integer({ min: 1, max: 3 }), minShare: fc.constantFrom(0, 0.2, 0.5), minEnterprises: fc.integer({ min: 1, max: 2 }) }),
    seasonal: fc.record({ monthsAhead: fc.integer({ min: 1, max: 3 }), years: fc.integer({ min: 2, max: 3 }), minYears: fc.constant(1), minCount: fc.integer({ min: 1, max: 2 }), minLift: fc.constantFrom(0, 1.5), alpha: fc.constantFrom(0.05, 0.5, 1) }),
    rising: fc.record({ previousPeriods: fc.integer({ min: 1, max: 4 }), alpha: fc.constantFrom(0.05, 0.3), minCount: fc.integer({ min: 1, max: 3 }), minRatio: fc.constantFrom(1, 1.5) }),
    unsolvedCluster: fc.record({ minEnterprises: fc.integer({ min: 2, max: 3 }), titleThreshold: fc.constantFrom(null, 0.4) }),
  })
  .map((p) => ForesightPolicySchema.parse({ ...p, maxFindings: 10_000, maxEvidence: 10_000 }));

const arbDataSince = fc.constantFrom(undefined, '2023-03-01', '2025-02-15');
const arbPeriod = fc.constantFrom({ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-02-01', to: '2026-03-31' }, { from: '2025-04-10', to: '2025-04-20' });

const arbCase = fc.record({ issues: arbIssues, policy: arbPolicy, period: arbPeriod, dataSince: arbDataSince, seed: fc.integer() }).map(({ issues, policy, period, dataSince, seed }) => {
  const visits: ForesightVisit[] = [
    { id: 'v1', issueIds: issues.filter((_, k) => k % 3 === 0).map((i) => i.id) },
    { id: 'v2', issueIds: [...issues.filter((_, k) => k % 5 === 1).map((i) => i.id), 'nowhere'] },
    { id: 'v3', issueIds: [] },
  ];
  return { issues, visits, options: { period, policy, ...(dataSince === undefined ? {} : { dataSince }) } satisfies ForesightOptions, seed };
});

const run = (issues: readonly ForesightIssue[], visits: readonly ForesightVisit[], options: ForesightOptions, ents = enterprises): ForesightReport => {
  const r = foresight(issues, visits, ents, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** The slow definitions: local day and month of an issue, its cell, whether it is unsolved. */
const DAY = 86_400_000;
const dayOf = (i: ForesightIssue): number => Math.floor((Date.parse(i.submittedAt) + 8 * 3_600_000) / DAY);
const dayOfDate = (d: string): number => Date.parse(`${d}T00:00:00Z`) / DAY;
const monthOf = (i: ForesightIssue): string => new Date(dayOf(i) * DAY).toISOString().slice(0, 7);
const cellOf = (i: ForesightIssue, p: ForesightPolicy): string | null => {
  const e = enterprises.find((x) => x.id === i.enterpriseId);
  if (e === undefined || i.categoryId === null || i.state === 'withdrawn') return null;
  const chars = { section: 1, division: 3, group: 4, class: 5, anyIndustry: null }[p.industryLevel];
  const industry = chars === null ? null : e.industry.slice(0, chars);
  const place = p.placeLevel === 'byCounty' ? e.countyId : p.placeLevel === 'byPark' ? (e.parkId ?? undefined) : null;
  if (place === undefined) return null;
  return JSON.stringify([i.categoryId, industry, place]);
};
/** Character-bigram Dice of normalised titles, written out plainly. */
function diceSlow(a: string, b: string): number {
  const norm = (t: string): string[] => [...t.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const grams = (cs: string[]): Set<string> => (cs.length === 1 ? new Set(cs) : new Set(cs.slice(1).map((c, i) => `${cs[i]}${c}`)));
  const x = grams(norm(a));
  const y = grams(norm(b));
  if (x.size + y.size === 0) return 0;
  return (2 * [...x].filter((g) => y.has(g)).length) / (x.size + y.size);
}

/** The issues linked to `seed` among `pool` by titles at least `threshold` alike, step by step. */
function component(seed: ForesightIssue, pool: readonly ForesightIssue[], threshold: number): Set<string> {
  const found = new Set([seed.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of pool) {
      if (found.has(i.id)) continue;
      if (pool.some((j) => found.has(j.id) && diceSlow(i.title, j.title) >= threshold)) {
        found.add(i.id);
        grew = true;
      }
    }
  }
  return found;
}

const unsolved = (i: ForesightIssue): boolean => i.state !== 'withdrawn' && i.state !== 'merged' && (i.state !== 'closed' || i.answer?.outcome === 'unsolvable');

describe(`foresight (${SOURCE})`, () => {
  test.prop([arbCase])('is stable under input order: shuffling the issues, visits and enterprises changes nothing', ({ issues, visits, options, seed }) => {
    const a = run(issues, visits, options);
    const b = run(shuffled(issues, seed), shuffled(visits, seed + 1), options, shuffled(enterprises, seed + 2));
    expect(b).toEqual(a);
  });

  test.prop([arbCase])("every finding's evidence satisfies its definition, and hotspots are exactly the cells it names", ({ issues, visits, options }) => {
    const p = options.policy;
    const r = run(issues, visits, options);
    const from = dayOfDate(options.period.from);
    const to = dayOfDate(options.period.to);
    const byId = new Map(issues.map((i) => [i.id, i]));
    const counted = issues.filter((i) => cellOf(i, p) !== null && dayOf(i) <= to);
    const inCell = (cell: string) => counted.filter((i) => cellOf(i, p) === cell);
    for (const f of [...r.hotspots, ...r.rising, ...r.seasonal, ...r.unsolvedClusters]) {
      const cell = JSON.stringify([f.categoryId, f.industry, f.placeId]);
      const evidence = f.evidence.issueIds.map((id) => byId.get(id) as ForesightIssue);
      expect(evidence).toHaveLength(f.evidence.issueCount);
      for (const i of evidence) expect(cellOf(i, p)).toBe(cell);
      expect(f.evidence.enterpriseIds).toEqual([...new Set(evidence.map((i) => i.enterpriseId))].sort());
      const visitIds = visits.filter((v) => v.issueIds.some((id) => f.evidence.issueIds.includes(id))).map((v) => v.id);
      expect(f.evidence.visitIds).toEqual(visitIds.sort());
      const times = evidence.map((i) => Date.parse(i.submittedAt));
      expect(times).toEqual([...times].sort((x, y) => x - y));
      switch (f.kind) {
        case 'hotspot':
        case 'rising': {
          const own = inCell(cell).filter((i) => dayOf(i) >= from);
          expect(new Set(f.evidence.issueIds)).toEqual(new Set(own.map((i) => i.id)));
          expect(f.count).toBe(own.length);
          if (f.kind === 'hotspot') {
            expect(f.count).toBeGreaterThanOrEqual(p.hotspot.minCount);
            expect(f.evidence.enterpriseCount).toBeGreaterThanOrEqual(p.hotspot.minEnterprises);
            expect(f.count / f.categoryCount).toBeGreaterThanOrEqual(p.hotspot.minShare);
          } else {
            const L = to - from + 1;
            const previous = f.previous.map((_, j) => inCell(cell).filter((i) => dayOf(i) >= from - (j + 1) * L && dayOf(i) < from - j * L).length);
            expect(f.previous).toEqual(previous);
            expect(f.pValue).toBeLessThanOrEqual(p.rising.alpha);
            expect(f.count).toBeGreaterThanOrEqual(p.rising.minCount);
          }
          break;
        }
        case 'seasonal': {
          const months = f.years.filter((y) => y.counted).map((y) => `${y.year}-${f.month.slice(5)}`);
          expect(f.yearsCounted).toBeGreaterThanOrEqual(p.seasonal.minYears);
          expect(new Set(f.evidence.issueIds)).toEqual(new Set(inCell(cell).filter((i) => months.includes(monthOf(i))).map((i) => i.id)));
          for (const y of f.years) {
            expect(y.count).toBe(inCell(cell).filter((i) => monthOf(i) === `${y.year}-${f.month.slice(5)}`).length);
            if (y.counted) {
              expect(y.count).toBeGreaterThanOrEqual(p.seasonal.minCount);
              expect(y.pValue).toBeLessThanOrEqual(p.seasonal.alpha);
              expect(y.months).toBeGreaterThanOrEqual(2);
            }
          }
          break;
        }
        case 'unsolvedCluster':
          for (const i of evidence) expect(unsolved(i)).toBe(true);
          expect(f.evidence.enterpriseCount).toBeGreaterThanOrEqual(p.unsolvedCluster.minEnterprises);
          if (p.unsolvedCluster.titleThreshold === null) expect(f.evidence.issueCount).toBe(inCell(cell).filter(unsolved).length);
          else if (r.cellsCut === 0) expect(new Set(f.evidence.issueIds)).toEqual(component(evidence[0] as ForesightIssue, inCell(cell).filter(unsolved), p.unsolvedCluster.titleThreshold));
          break;
        default: {
          const never: never = f;
          throw new Error(String(never));
        }
      }
    }
    // Hotspots: exactly the cells the definition names.
    const cells = [...new Set(counted.map((i) => cellOf(i, p) as string))];
    const expected = cells.filter((cell) => {
      const own = inCell(cell).filter((i) => dayOf(i) >= from);
      const category = (JSON.parse(cell) as string[])[0];
      const total = counted.filter((i) => i.categoryId === category && dayOf(i) >= from).length;
      return own.length >= p.hotspot.minCount && own.length / total >= p.hotspot.minShare && new Set(own.map((i) => i.enterpriseId)).size >= p.hotspot.minEnterprises;
    });
    expect(new Set(r.hotspots.map((h) => JSON.stringify([h.categoryId, h.industry, h.placeId])))).toEqual(new Set(expected));
  });

  test.prop([arbCase, fc.constantFrom(...enterprises.map((e) => e.id)), fc.constantFrom(...MONTHS), fc.constantFrom('submitted', 'closed')])(
    'an issue of another category never takes a finding away (nor changes one) of the other categories',
    ({ issues, visits, options }, enterpriseId, month, state) => {
      const before = run(issues, visits, options);
      const added: ForesightIssue = { id: 'added', enterpriseId, categoryId: 'newCategory', title: '停电影响生产', submittedAt: `${month}-15T10:00:00+08:00`, state, answer: null };
      const after = run([...issues, added], [...visits, { id: 'v9', issueIds: ['added'] }], options);
      const others = (rep: ForesightReport) => ({
        hotspots: rep.hotspots.filter((f) => f.categoryId !== 'newCategory'),
        rising: rep.rising.filter((f) => f.categoryId !== 'newCategory'),
        seasonal: rep.seasonal.filter((f) => f.categoryId !== 'newCategory'),
        unsolvedClusters: rep.unsolvedClusters.filter((f) => f.categoryId !== 'newCategory'),
      });
      expect(others(after)).toEqual(others(before));
    },
  );
});
