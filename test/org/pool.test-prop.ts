import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { selectFromCadrePool, type CadrePoolEntry, type CadreRequest, type PoolAdviser, type PoolSecondment } from '../../src/org/index.js';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
const codes = ['C', 'C2', 'C28', 'C2821', 'C34', 'F51'] as const;
const needs = ['financing', 'listing', 'approval'] as const;

const entry = (id: string): fc.Arbitrary<CadrePoolEntry> =>
  fc.record({
    adviserId: fc.constant(id),
    track: fc.constantFrom('formerLeader', 'promisingMidLevel', 'youngCadre', 'other'),
    since: fc.constantFrom('2019-01-01', '2019-07-01'),
    until: fc.constantFrom(null, '2019-03-31', '2019-12-31'),
    industries: fc.subarray([...codes], { maxLength: 2 }),
    countyId: fc.constantFrom(null, 'k1', 'k2'),
  }).filter((e) => e.until === null || e.since <= e.until);
const pool = fc.uniqueArray(fc.constantFrom(...ids), { maxLength: ids.length }).chain((xs) => fc.tuple(...xs.map(entry)));
const adviser = (id: string): fc.Arbitrary<PoolAdviser> =>
  fc.record({ id: fc.constant(id), expertise: fc.subarray([...needs]), experience: fc.record({ basis: fc.subarray(['studied', 'managed', 'practised'] as const) }) });
const advisers = fc.tuple(...ids.map(adviser));
const requests: fc.Arbitrary<CadreRequest[]> = fc.uniqueArray(
  fc.record({ enterpriseId: fc.constantFrom('e1', 'e2', 'e3', 'e4'), industry: fc.constantFrom('C2821', 'C3411', 'F5123'), needs: fc.subarray([...needs]), countyId: fc.constantFrom(null, 'k1', 'k2'), cadres: fc.integer({ min: 1, max: 3 }) }),
  { selector: (r) => r.enterpriseId, maxLength: 4 },
);
const secondments: fc.Arbitrary<PoolSecondment[]> = fc.array(
  fc.record({ direction: fc.constantFrom('cadreToEnterprise', 'enterpriseToDepartment'), personId: fc.constantFrom(...ids), period: fc.constantFrom({ from: '2019-01-01', to: '2019-06-30' }, { from: '2019-08-01', to: '2019-12-31' }) }),
  { maxLength: 3 },
);
const asOf = fc.constantFrom('2019-03-01', '2019-09-01');
const options = fc.record({ asOf, secondments, requireFit: fc.boolean() });

describe('002 Haining: laws of choosing cadres from the pool', () => {
  test.prop([pool, advisers, requests, options])('the choice does not depend on the order of the pool, the advisers or the requests', (p, a, r, o) => {
    const once = unwrap(selectFromCadrePool(p, a, r, o));
    const again = unwrap(selectFromCadrePool([...p].reverse(), [...a].reverse(), [...r].reverse(), { ...o, secondments: [...o.secondments].reverse() }));
    expect(again).toEqual(once);
  });

  test.prop([pool, advisers, requests, options])('each cadre goes to one enterprise at most, free that day, and no enterprise gets more than it asked for', (p, a, r, o) => {
    const s = unwrap(selectFromCadrePool(p, a, r, o));
    const chosen = s.selections.map((x) => x.adviserId);
    expect(new Set(chosen).size).toBe(chosen.length);
    const busy = new Set(o.secondments.filter((x) => x.direction === 'cadreToEnterprise' && x.period.from <= o.asOf && o.asOf <= x.period.to).map((x) => x.personId));
    for (const x of s.selections) {
      const e = p.find((y) => y.adviserId === x.adviserId) as CadrePoolEntry;
      expect(busy.has(x.adviserId)).toBe(false);
      expect(e.since <= o.asOf && (e.until === null || e.until === undefined || o.asOf <= e.until)).toBe(true);
    }
    for (const q of r) {
      const got = s.selections.filter((x) => x.enterpriseId === q.enterpriseId).length;
      const missing = s.unfilled.find((u) => u.enterpriseId === q.enterpriseId)?.missing ?? 0;
      expect(got + missing).toBe(q.cadres ?? 1);
    }
    expect(s.selections.map((x) => x.score)).toEqual([...s.selections.map((x) => x.score)].sort((x, y) => y - x));
  });
});
