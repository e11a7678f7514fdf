import { describe, expect, it } from 'vitest';
import { parse, safeParse, unwrap } from '../../src/index.js';
import { policyAwareness, type AwarenessEnterprise, type AwarenessInput, type AwarenessPairing, type AwarenessVisit, type EligiblePair } from '../../src/report/index.js';
import { DeliveredPolicySchema, VisitSchema } from '../../src/visit/index.js';

/** A visit to `enterpriseId` on `date` delivering `delivered` (policy id, or [policy id, acknowledged, acknowledgedOn?]). */
function visit(date: string, enterpriseId: string, ...delivered: (string | [string, boolean, string?])[]): AwarenessVisit {
  return {
    enterpriseId,
    date,
    policiesDelivered: delivered.map((d) =>
      typeof d === 'string' ? { policyId: d, acknowledged: true } : d[2] === undefined ? { policyId: d[0], acknowledged: d[1] } : { policyId: d[0], acknowledged: d[1], acknowledgedOn: d[2] },
    ),
  };
}

const paired = (adviserId: string, enterpriseId: string, since = '2026-01-01', until: string | null = null): AwarenessPairing => ({ adviserId, enterpriseId, parkId: null, since, until });
const pairs = (policyId: string, ...enterpriseIds: string[]): EligiblePair[] => enterpriseIds.map((enterpriseId) => ({ policyId, enterpriseId }));
const q1 = { from: '2026-01-01', to: '2026-03-31' } as const;

/** A county of Haining with two grids, four enterprises, three advisers of two departments. */
const enterprises: AwarenessEnterprise[] = [
  { id: 'e1', countyId: '330481', gridId: 'g1' },
  { id: 'e2', countyId: '330481', gridId: 'g1' },
  { id: 'e3', countyId: '330481', gridId: 'g2', parkId: 'park-jk' },
  { id: 'e4', countyId: '330402', gridId: 'g3' },
];
const pairings: AwarenessPairing[] = [
  paired('a1', 'e1'),
  paired('a2', 'e1'),
  paired('a1', 'e2'),
  { adviserId: 'a3', enterpriseId: null, parkId: 'park-jk', since: '2025-06-01', until: null },
];
const departmentOf = { a1: 'd-econ', a2: 'd-tax', a3: 'd-econ' };
const eligible: EligiblePair[] = [...pairs('tax-relief', 'e1', 'e2', 'e3', 'e4'), ...pairs('rd-subsidy', 'e1', 'e3')];

describe('policyAwareness: 002 Haining 走企业、送政策 — the policy-awareness rate (政策知晓率)', () => {
  const visits = [visit('2026-02-10', 'e1', 'tax-relief', ['rd-subsidy', false]), visit('2026-03-05', 'e3', 'tax-relief', 'rd-subsidy'), visit('2026-03-06', 'e4', ['tax-relief', false])];
  const input: AwarenessInput = { eligible, visits, pairings, enterprises, period: q1 };

  it('002 Haining 政策知晓率: of the eligible enterprise–policy pairs, the share the enterprise acknowledged (企业确认知晓) — counts and rate', () => {
    const a = unwrap(policyAwareness(input, { departmentOf }));
    expect(a.requireAcknowledgement).toBe(true);
    expect(a.total).toEqual({ eligible: 6, delivered: 5, acknowledged: 3, told: 3, rate: 0.5 });
    expect([a.from, a.to]).toEqual(['2026-01-01', '2026-03-31']);
  });

  it('002 Haining 走企业、送政策: per adviser (the enterprise\'s paired advisers, also through its park), department, grid, county and policy', () => {
    const a = unwrap(policyAwareness(input, { departmentOf }));
    expect(a.byAdviser.map((l) => [l.id, l.eligible, l.told])).toEqual([
      ['a1', 3, 1], // e1 (tax told, rd delivered only) and e2 (nothing)
      ['a2', 2, 1], // e1 only
      ['a3', 2, 2], // e3 through the park
    ]);
    // e1 has advisers of both departments: its pairs count once in each; d-econ holds e1, e2 and e3.
    expect(a.byDepartment.map((l) => [l.id, l.eligible, l.told, l.rate])).toEqual([
      ['d-econ', 5, 3, 0.6],
      ['d-tax', 2, 1, 0.5],
    ]);
    expect(a.byGrid.map((l) => [l.id, l.eligible, l.told])).toEqual([
      ['g1', 3, 1],
      ['g2', 2, 2],
      ['g3', 1, 0],
    ]);
    expect(a.byCounty.map((l) => [l.id, l.eligible, l.told])).toEqual([
      ['330402', 1, 0],
      ['330481', 5, 3],
    ]);
    expect(a.byPolicy).toEqual([
      { id: 'rd-subsidy', eligible: 2, delivered: 2, acknowledged: 1, told: 1, rate: 0.5 },
      { id: 'tax-relief', eligible: 4, delivered: 3, acknowledged: 2, told: 2, rate: 0.5 },
    ]);
    expect(a.unpaired).toEqual({ eligible: 1, delivered: 1, acknowledged: 0, told: 0, rate: 0 });
  });

  it('002 Haining: requireAcknowledgement false counts every delivery (送达) as told', () => {
    const a = unwrap(policyAwareness(input, { requireAcknowledgement: false }));
    expect(a.total).toEqual({ eligible: 6, delivered: 5, acknowledged: 3, told: 5, rate: 5 / 6 });
    expect(a.untold.map((u) => [u.enterpriseId, u.policyId, u.delivered])).toEqual([['e2', 'tax-relief', false]]);
  });

  it('003 Lishui (enterprises do not know the policies): the eligible pairs nobody has told, by adviser, enterprise and policy, for the next visit', () => {
    const a = unwrap(policyAwareness(input, { departmentOf }));
    expect(a.untold).toEqual([
      { enterpriseId: 'e1', policyId: 'rd-subsidy', adviserIds: ['a1', 'a2'], gridId: 'g1', countyId: '330481', delivered: true },
      { enterpriseId: 'e2', policyId: 'tax-relief', adviserIds: ['a1'], gridId: 'g1', countyId: '330481', delivered: false },
      // Nobody is paired with e4: last.
      { enterpriseId: 'e4', policyId: 'tax-relief', adviserIds: [], gridId: 'g3', countyId: '330402', delivered: true },
    ]);
    expect(a.untoldCount).toBe(3);
    expect(a.nextOffset).toBeNull();
  });

  it('003 Lishui: one adviser\'s untold pairs (untoldFor), a page at a time', () => {
    const a2 = unwrap(policyAwareness(input, { untoldFor: 'a2' }));
    expect(a2.untold.map((u) => [u.enterpriseId, u.policyId])).toEqual([['e1', 'rd-subsidy']]);
    expect(a2.untoldCount).toBe(1);
    const page1 = unwrap(policyAwareness(input, { limit: 2 }));
    expect([page1.untold.length, page1.untoldCount, page1.nextOffset]).toEqual([2, 3, 2]);
    const page2 = unwrap(policyAwareness(input, { limit: 2, offset: 2 }));
    expect([page2.untold.map((u) => u.enterpriseId), page2.nextOffset, page2.offset]).toEqual([['e4'], null, 2]);
    const none = unwrap(policyAwareness(input, { limit: 0 }));
    expect([none.untold, none.untoldCount, none.nextOffset]).toEqual([[], 3, 0]);
  });
});

describe('policyAwareness: what counts as told', () => {
  it('the same policy delivered twice (two visits), and a pair listed twice, count once', () => {
    const once = unwrap(policyAwareness({ eligible: pairs('tax-relief', 'e1', 'e2'), visits: [visit('2026-02-01', 'e1', 'tax-relief')], pairings: [], enterprises: [], asOf: '2026-03-31' }));
    const twice = unwrap(
      policyAwareness({
        eligible: [...pairs('tax-relief', 'e1', 'e2'), ...pairs('tax-relief', 'e1')],
        visits: [visit('2026-02-01', 'e1', 'tax-relief'), visit('2026-03-01', 'e1', ['tax-relief', true]), visit('2026-03-02', 'e1', ['tax-relief', false])],
        pairings: [],
        enterprises: [],
        asOf: '2026-03-31',
      }),
    );
    expect(twice).toEqual(once);
    expect(once.total).toEqual({ eligible: 2, delivered: 1, acknowledged: 1, told: 1, rate: 0.5 });
  });

  it('002 Haining quarterly ranking: a delivery outside the period does not count; an acknowledgement after its end counts as a delivery only', () => {
    const visits = [visit('2025-12-31', 'e1', 'tax-relief'), visit('2026-04-01', 'e2', 'tax-relief'), visit('2026-03-30', 'e3', ['tax-relief', true, '2026-04-02'])];
    const a = unwrap(policyAwareness({ eligible: pairs('tax-relief', 'e1', 'e2', 'e3'), visits, pairings: [], enterprises: [], period: q1 }));
    expect(a.total).toEqual({ eligible: 3, delivered: 1, acknowledged: 0, told: 0, rate: 0 });
    // As of a date, every delivery up to it counts: an enterprise told last year still knows.
    const asOf = unwrap(policyAwareness({ eligible: pairs('tax-relief', 'e1', 'e2', 'e3'), visits, pairings: [], enterprises: [], asOf: '2026-04-02' }));
    expect(asOf.total).toEqual({ eligible: 3, delivered: 3, acknowledged: 3, told: 3, rate: 1 });
    expect([asOf.from, asOf.to]).toEqual([null, '2026-04-02']);
  });

  it('deliveries of a policy the enterprise is not eligible for, to an enterprise with no eligible pair, or on a park visit count for nothing', () => {
    const a = unwrap(
      policyAwareness({
        eligible: pairs('tax-relief', 'e1'),
        visits: [visit('2026-02-01', 'e1', 'other'), visit('2026-02-01', 'e9', 'tax-relief'), { enterpriseId: null, date: '2026-02-01', policiesDelivered: [{ policyId: 'tax-relief', acknowledged: true }] }, { enterpriseId: 'e1', date: '2026-02-02' }],
        pairings: [],
        enterprises: [],
        asOf: '2026-03-31',
      }),
    );
    expect(a.total.told).toBe(0);
  });

  it('advisers are read on the window\'s last day: a pairing that ended before it, or starts after it, does not make an adviser', () => {
    const a = unwrap(
      policyAwareness({
        eligible: pairs('tax-relief', 'e1'),
        visits: [],
        pairings: [paired('a-old', 'e1', '2025-01-01', '2026-03-30'), paired('a-new', 'e1', '2026-04-01'), paired('a1', 'e1', '2026-03-31', '2026-03-31')],
        enterprises: [],
        period: q1,
      }),
    );
    expect(a.byAdviser.map((l) => l.id)).toEqual(['a1']);
  });

  it('an eligible enterprise missing from input.enterprises counts in the total, its policy and its advisers, in no grid or county', () => {
    const a = unwrap(policyAwareness({ eligible: pairs('tax-relief', 'e1', 'e-unknown'), visits: [], pairings: [paired('a1', 'e-unknown')], enterprises: [{ id: 'e1', gridId: 'g1', countyId: 'c1' }], asOf: '2026-03-31' }));
    expect([a.total.eligible, a.byGrid.map((l) => l.id), a.byCounty.map((l) => [l.id, l.eligible]), a.byAdviser.map((l) => [l.id, l.eligible])]).toEqual([2, ['g1'], [['c1', 1]], [['a1', 1]]]);
  });

  it('rates are null when nothing is eligible, as the library\'s other rates', () => {
    const a = unwrap(policyAwareness({ eligible: [], visits: [visit('2026-02-01', 'e1', 'tax-relief')], pairings, enterprises, asOf: '2026-03-31' }));
    expect(a.total).toEqual({ eligible: 0, delivered: 0, acknowledged: 0, told: 0, rate: null });
    expect([a.byAdviser, a.byPolicy, a.untold, a.untoldCount]).toEqual([[], [], [], 0]);
  });
});

describe('policyAwareness: errors', () => {
  const base = { eligible: pairs('tax-relief', 'e1'), visits: [], pairings: [], enterprises: [] };

  it('exactly one window: a period or an asOf', () => {
    const both = { ...base, period: q1, asOf: '2026-03-31' } as unknown as AwarenessInput;
    expect(policyAwareness(both)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['input'] } });
    expect(policyAwareness(base as unknown as AwarenessInput)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['input'] } });
    expect(policyAwareness({ ...base, period: { from: '2026-03-31', to: '2026-01-01' } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['input', 'period'] } });
    expect(policyAwareness({ ...base, period: { from: '2026-02-30', to: '2026-03-31' } })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['input', 'period', 'from'] } });
  });

  it('names the item that is wrong', () => {
    expect(policyAwareness({ ...base, eligible: [{ policyId: '', enterpriseId: 'e1' }], asOf: '2026-03-31' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['input', 'eligible', 0, 'policyId'] } });
    expect(policyAwareness({ ...base, visits: [visit('2026-02-30', 'e1', 'tax-relief')], asOf: '2026-03-31' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['input', 'visits', 0, 'date'] } });
    expect(policyAwareness({ ...base, visits: [visit('2026-02-01', 'e1', ['tax-relief', true, '2026-13-01'])], asOf: '2026-03-31' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['input', 'visits', 0, 'policiesDelivered', 0, 'acknowledgedOn'] },
    });
    expect(policyAwareness({ ...base, pairings: [paired('a1', 'e1', '2026-01-32')], asOf: '2026-03-31' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['input', 'pairings', 0, 'since'] } });
    expect(policyAwareness({ ...base, enterprises: [{ id: 'e1' }, { id: 'e1' }], asOf: '2026-03-31' })).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['input', 'enterprises', 1, 'id'] } });
  });

  it('refuses options out of range: limit beyond 0…100,000, a negative offset, a department that is not an id', () => {
    const input: AwarenessInput = { ...base, pairings: [paired('a1', 'e1')], asOf: '2026-03-31' };
    expect(policyAwareness(input, { limit: 100_001 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'limit'] } });
    expect(policyAwareness(input, { limit: Number.NaN })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'limit'] } });
    expect(policyAwareness(input, { offset: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'offset'] } });
    expect(policyAwareness(input, { departmentOf: { a1: '' } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'departmentOf', 'a1'] } });
    expect(unwrap(policyAwareness(input, { limit: 100_000 })).untold).toHaveLength(1);
  });
});

describe('visits record the policies delivered (送政策, 002) and the enterprise\'s acknowledgement', () => {
  const base = { id: 'v1', date: '2026-03-10', visitorIds: ['a1'], departmentIds: ['d-tax'], enterpriseId: 'e1', parkId: null, mode: 'onSite', purpose: '走企业、送政策', findings: '' };

  it('a visit recorded before Part 13 (no policiesDelivered) stays valid, unchanged', () => {
    const v = parse(VisitSchema, base);
    expect('policiesDelivered' in v).toBe(false);
  });

  it('002 Haining 走企业、送政策: a visit lists the policies delivered and whether the enterprise acknowledged each, survives JSON', () => {
    const v = parse(VisitSchema, { ...base, policiesDelivered: [{ policyId: 'tax-relief', acknowledged: true, acknowledgedOn: '2026-03-12' }, { policyId: 'rd-subsidy', acknowledged: false }] });
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    expect(v.policiesDelivered?.map((d) => d.policyId)).toEqual(['tax-relief', 'rd-subsidy']);
  });

  it('refuses a policy delivered twice on one visit, an acknowledgement before the visit, and deliveries on a park visit', () => {
    const twice = safeParse(VisitSchema, { ...base, policiesDelivered: [{ policyId: 'p1', acknowledged: true }, { policyId: 'p1', acknowledged: false }] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['policiesDelivered', 1, 'policyId'] } });
    const early = safeParse(VisitSchema, { ...base, policiesDelivered: [{ policyId: 'p1', acknowledged: true, acknowledgedOn: '2026-03-09' }] });
    expect(early).toMatchObject({ ok: false, error: { path: ['policiesDelivered', 0, 'acknowledgedOn'] } });
    const park = safeParse(VisitSchema, { ...base, enterpriseId: null, parkId: 'park-jk', policiesDelivered: [{ policyId: 'p1', acknowledged: false }] });
    expect(park).toMatchObject({ ok: false, error: { path: ['policiesDelivered'] } });
    expect(safeParse(VisitSchema, { ...base, enterpriseId: null, parkId: 'park-jk', policiesDelivered: [] }).ok).toBe(true);
  });

  it('a delivered policy has an acknowledgement date only when acknowledged', () => {
    expect(safeParse(DeliveredPolicySchema, { policyId: 'p1', acknowledged: false, acknowledgedOn: '2026-03-12' })).toMatchObject({ ok: false, error: { path: ['acknowledgedOn'] } });
    expect(safeParse(DeliveredPolicySchema, { policyId: 'p1' }).ok).toBe(false);
  });
});
