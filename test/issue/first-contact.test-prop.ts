import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { unwrap } from '../../src/index.js';
import { checkFirstContact, jiaozuoFirstContactRule, type FirstContactCase, type FirstContactStep } from '../../src/issue/index.js';

const departments = ['d-ind', 'd-land', 'd-tax'] as const;
const party = fc.constantFrom(...departments).map((departmentId) => ({ departmentId }));
/** Distinct instants in March 2026, on the hour, so that steps have one order in time. */
const instants = (n: number) => fc.uniqueArray(fc.integer({ min: 0, max: 24 * 20 - 1 }), { minLength: n, maxLength: n }).map((hs) => hs.map((h) => `2026-03-${String(2 + Math.floor(h / 24)).padStart(2, '0')}T${String(h % 24).padStart(2, '0')}:00:00+08:00`));
const stepArb = (at: string): fc.Arbitrary<FirstContactStep> =>
  fc.oneof(
    party.map((p) => ({ type: 'asked' as const, at, party: p })),
    party.map((p) => ({ type: 'answered' as const, at, party: p })),
    fc.tuple(party, party, fc.constantFrom('', '已转交并告知企业')).map(([p, to, record]) => ({ type: 'handedOver' as const, at, party: p, to, record })),
  );
const matterArb: fc.Arbitrary<FirstContactCase> = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => instants(n))
  .chain((ats) => fc.tuple(...ats.map(stepArb)))
  .map((steps) => ({ enterpriseId: 'e1', steps }));
const asOf = '2026-04-01T09:00:00+08:00';
const check = (m: FirstContactCase) => unwrap(checkFirstContact(m, jiaozuoFirstContactRule, asOf, chinaCalendar));

describe('laws of the first-contact rule (首问责任制, 001)', () => {
  test.prop([matterArb, fc.nat()])('the report does not depend on the order the steps are given in', (m, seed) => {
    const shuffled = [...m.steps].map((s, i) => ({ s, k: (i * 7919 + seed) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.s);
    expect(check({ ...m, steps: shuffled })).toEqual(check(m));
  });

  test.prop([matterArb])('the first contact is the party of the earliest question, and every violation names an owner of the reply, at or after the question', (m) => {
    const r = check(m);
    const asked = m.steps.filter((s) => s.type === 'asked').sort((a, b) => a.at.localeCompare(b.at))[0];
    expect(r.firstContact).toEqual(asked?.party ?? null);
    const owners = new Set(r.owners.map((o) => o.party.departmentId));
    for (const v of r.violations) {
      expect(owners.has(v.party.departmentId)).toBe(true);
      expect(v.at >= (r.askedAt as string)).toBe(true);
    }
    if (r.firstContact === null) expect(r.violations).toEqual([]);
  });

  test.prop([party, fc.integer({ min: 0, max: 8 })])('a first contact that answers within the limit has no violation', (p, hours) => {
    const r = check({ enterpriseId: 'e1', steps: [{ type: 'asked', at: '2026-03-02T09:00:00+08:00', party: p }, { type: 'answered', at: `2026-03-02T${String(9 + hours).padStart(2, '0')}:00:00+08:00`, party: p }] });
    expect(r).toMatchObject({ status: 'settled', violations: [] });
  });

  test.prop([matterArb])('each owner after the first received the matter from the one before it', (m) => {
    const r = check(m);
    r.owners.slice(1).forEach((o, k) => {
      const before = r.owners[k];
      expect(before?.ended).toBe('handedOver');
      expect(before?.handedTo).toEqual(o.party);
      expect(before?.endedAt).toBe(o.since);
    });
  });
});
