import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { policyAwareness, type AwarenessEnterprise, type AwarenessInput, type AwarenessOptions, type EligiblePair, type PolicyAwareness } from '../../src/report/index.js';
import { arbPairing, arbVisit } from '../../src/testing/index.js';
import type { Pairing } from '../../src/pairing/index.js';
import type { Visit } from '../../src/visit/index.js';

const enterpriseIds = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5'] as const;
const policyIds = ['pol0', 'pol1', 'pol2', 'pol3'] as const;
const adviserIds = ['a0', 'a1', 'a2', 'a3'] as const;
const parkIds = ['park0', 'park1'] as const;
const departmentOf = { a0: 'd1', a1: 'd1', a2: 'd2' }; // a3 in no department
const windows = [
  { period: { from: '2026-01-01', to: '2026-03-31' } },
  { period: { from: '2026-02-15', to: '2026-02-15' } },
  { asOf: '2026-03-31' },
  { asOf: '2025-12-31' },
] as const;

const enterpriseArb: fc.Arbitrary<AwarenessEnterprise> = fc.record(
  {
    id: fc.constantFrom(...enterpriseIds),
    countyId: fc.constantFrom('c1', 'c2'),
    gridId: fc.constantFrom('g1', 'g2', 'g3'),
    parkId: fc.constantFrom(...parkIds),
  },
  { requiredKeys: ['id'] },
);

/** A city's eligible pairs (repeats allowed), visits with policies delivered, pairings, enterprises and a window. */
const city = fc.record({
  eligible: fc.array(fc.record({ policyId: fc.constantFrom(...policyIds), enterpriseId: fc.constantFrom(...enterpriseIds, 'e-unlisted') }), { maxLength: 20 }),
  visits: fc.array(arbVisit({ enterpriseIds: [...enterpriseIds, 'e-unlisted'], policyIds: [...policyIds, 'pol-other'], visitorIds: [...adviserIds], parkIds: [...parkIds], from: '2025-11-01', to: '2026-04-30' }), { maxLength: 25 }),
  pairings: fc.array(arbPairing({ adviserIds: [...adviserIds], enterpriseIds: [...enterpriseIds, 'e-unlisted'], parkIds: [...parkIds], from: '2025-06-01', to: '2026-06-30' }), { maxLength: 10 }),
  enterprises: fc.uniqueArray(enterpriseArb, { selector: (e) => e.id, maxLength: enterpriseIds.length }),
  window: fc.constantFrom(...windows),
  requireAcknowledgement: fc.boolean(),
});

type City = typeof city extends fc.Arbitrary<infer C> ? C : never;

const inputOf = (c: City): AwarenessInput => ({ eligible: c.eligible, visits: c.visits, pairings: c.pairings, enterprises: c.enterprises, ...c.window }) as AwarenessInput;
const optionsOf = (c: City): AwarenessOptions => ({ requireAcknowledgement: c.requireAcknowledgement, departmentOf, limit: 100_000 });

/** The awareness counted pair by pair, visit by visit, with no index: what policyAwareness must equal. */
function bruteForce(c: City): { total: [number, number]; byAdviser: [string, number, number][]; byDepartment: [string, number, number][]; byGrid: [string, number, number][]; byPolicy: [string, number, number][]; untold: string[] } {
  const from = 'period' in c.window ? c.window.period.from : '0000-01-01';
  const to = 'period' in c.window ? c.window.period.to : c.window.asOf;
  const distinct = [...new Map(c.eligible.map((p) => [`${p.enterpriseId}|${p.policyId}`, p])).values()];
  const enterprise = (id: string): AwarenessEnterprise | undefined => c.enterprises.find((e) => e.id === id);
  const advisersOf = (id: string): string[] => {
    const park = enterprise(id)?.parkId;
    const active = c.pairings.filter((p: Pairing) => p.since <= to && (p.until === null || p.until >= to) && (p.enterpriseId === id || (p.parkId !== null && p.parkId === park)));
    return [...new Set(active.map((p) => p.adviserId))].sort();
  };
  const isTold = (pair: EligiblePair): boolean =>
    c.visits.some(
      (v: Visit) =>
        v.enterpriseId === pair.enterpriseId &&
        v.date >= from &&
        v.date <= to &&
        (v.policiesDelivered ?? []).some((d) => d.policyId === pair.policyId && (!c.requireAcknowledgement || (d.acknowledged && (d.acknowledgedOn ?? v.date) <= to))),
    );
  const lines = (keysOf: (p: EligiblePair) => string[]): [string, number, number][] => {
    const m = new Map<string, [number, number]>();
    for (const p of distinct) {
      for (const k of new Set(keysOf(p))) {
        const acc = m.get(k) ?? [0, 0];
        m.set(k, [acc[0] + 1, acc[1] + (isTold(p) ? 1 : 0)]);
      }
    }
    return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, [n, t]]) => [k, n, t]);
  };
  const untold = distinct
    .filter((p) => !isTold(p))
    .map((p) => ({ p, first: advisersOf(p.enterpriseId)[0] ?? '\uffff\uffff' }))
    .sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : x.p.enterpriseId < y.p.enterpriseId ? -1 : x.p.enterpriseId > y.p.enterpriseId ? 1 : x.p.policyId < y.p.policyId ? -1 : 1))
    .map(({ p }) => `${p.enterpriseId}|${p.policyId}`);
  return {
    total: [distinct.length, distinct.filter(isTold).length],
    byAdviser: lines((p) => advisersOf(p.enterpriseId)),
    byDepartment: lines((p) => advisersOf(p.enterpriseId).flatMap((a) => (Object.hasOwn(departmentOf, a) ? [departmentOf[a as keyof typeof departmentOf]] : []))),
    byGrid: lines((p) => {
      const g = enterprise(p.enterpriseId)?.gridId;
      return g === undefined || g === null ? [] : [g];
    }),
    byPolicy: lines((p) => [p.policyId]),
    untold,
  };
}

const shape = (a: PolicyAwareness): ReturnType<typeof bruteForce> => ({
  total: [a.total.eligible, a.total.told],
  byAdviser: a.byAdviser.map((l) => [l.id, l.eligible, l.told]),
  byDepartment: a.byDepartment.map((l) => [l.id, l.eligible, l.told]),
  byGrid: a.byGrid.map((l) => [l.id, l.eligible, l.told]),
  byPolicy: a.byPolicy.map((l) => [l.id, l.eligible, l.told]),
  untold: a.untold.map((u) => `${u.enterpriseId}|${u.policyId}`),
});

test.prop([city])('awareness equals a brute-force count of the eligible pairs told, overall and per adviser, department, grid and policy, and lists the others in plan order', (c) => {
  const a = unwrap(policyAwareness(inputOf(c), optionsOf(c)));
  expect(shape(a)).toEqual(bruteForce(c));
});

test.prop([city])('every rate lies between 0 and 1 (null only with nothing eligible); acknowledged ≤ delivered ≤ eligible; the untold are the eligible not told', (c) => {
  const a = unwrap(policyAwareness(inputOf(c), optionsOf(c)));
  for (const l of [a.total, a.unpaired, ...a.byAdviser, ...a.byDepartment, ...a.byGrid, ...a.byCounty, ...a.byPolicy]) {
    expect(l.acknowledged).toBeLessThanOrEqual(l.delivered);
    expect(l.delivered).toBeLessThanOrEqual(l.eligible);
    expect(l.told).toBe(c.requireAcknowledgement ? l.acknowledged : l.delivered);
    if (l.eligible === 0) expect(l.rate).toBeNull();
    else expect(l.rate).toBe(l.told / l.eligible);
    if (l.rate !== null) expect(l.rate >= 0 && l.rate <= 1).toBe(true);
  }
  expect(a.untoldCount).toBe(a.total.eligible - a.total.told);
  expect(a.untold).toHaveLength(a.untoldCount);
  expect(a.untold.every((u) => !u.delivered || c.requireAcknowledgement)).toBe(true);
});

const permuted = <T,>(xs: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

test.prop([city.chain((c) => fc.tuple(fc.constant(c), fc.record({ eligible: permuted(c.eligible), visits: permuted(c.visits), pairings: permuted(c.pairings), enterprises: permuted(c.enterprises) })))])(
  'the result is the same whatever the order of the eligible pairs, visits, pairings and enterprises',
  ([c, shuffled]) => {
    expect(policyAwareness(inputOf({ ...c, ...shuffled }), optionsOf(c))).toEqual(policyAwareness(inputOf(c), optionsOf(c)));
  },
);

test.prop([city])('duplicates count once: every visit recorded twice and every pair listed twice change nothing', (c) => {
  const doubled = { ...c, eligible: [...c.eligible, ...c.eligible], visits: [...c.visits, ...c.visits.map((v) => ({ ...v, id: `${v.id}-again` }))] };
  expect(policyAwareness(inputOf(doubled), optionsOf(c))).toEqual(policyAwareness(inputOf(c), optionsOf(c)));
});

test.prop([
  city.filter((c) => 'period' in c.window),
  fc.array(arbVisit({ enterpriseIds: [...enterpriseIds], policyIds: [...policyIds], parks: false, from: '2025-01-01', to: '2025-10-31' }), { minLength: 1, maxLength: 5 }),
])('a delivery on a visit outside the period does not count', (c, before) => {
  const to = 'period' in c.window ? c.window.period.to : '';
  const after = before.map((v, i) => ({ ...v, id: `late${i}`, date: `2026-${to < '2026-03-31' ? '04' : '05'}-${v.date.slice(8, 10) > '28' ? '28' : v.date.slice(8, 10)}`, policiesDelivered: (v.policiesDelivered ?? []).map((d) => ({ policyId: d.policyId, acknowledged: d.acknowledged })) }));
  expect(policyAwareness(inputOf({ ...c, visits: [...before, ...c.visits, ...after] }), optionsOf(c))).toEqual(policyAwareness(inputOf(c), optionsOf(c)));
});

test.prop([city, fc.integer({ min: 1, max: 4 })])('the pages of the untold list, one after another, are the whole list', (c, limit) => {
  const whole = unwrap(policyAwareness(inputOf(c), optionsOf(c)));
  const pages: PolicyAwareness['untold'][number][] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page: PolicyAwareness = unwrap(policyAwareness(inputOf(c), { ...optionsOf(c), limit, offset }));
    expect(page.untold.length).toBeLessThanOrEqual(limit);
    pages.push(...page.untold);
    offset = page.nextOffset;
  }
  expect(pages).toEqual(whole.untold);
});

test.prop([city, fc.constantFrom(...adviserIds)])('untoldFor lists exactly the untold pairs of the enterprises the adviser is paired with, in the same order', (c, adviserId) => {
  const whole = unwrap(policyAwareness(inputOf(c), optionsOf(c)));
  const mine = unwrap(policyAwareness(inputOf(c), { ...optionsOf(c), untoldFor: adviserId }));
  expect(mine.untold).toEqual(whole.untold.filter((u) => u.adviserIds.includes(adviserId)));
});
