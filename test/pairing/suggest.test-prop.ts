import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import {
  defaultPairingPolicy,
  suggestPairings,
  validatePairings,
  type Pairing,
  type SuggestionAdviser,
  type SuggestionEnterprise,
  type SuggestPairingsOptions,
} from '../../src/pairing/index.js';

const ASOF = '2026-03-01';
const counties = ['c1', 'c2'] as const;
const needs = ['financing', 'land', 'power', 'talent'] as const;

interface Instance {
  advisers: SuggestionAdviser[];
  enterprises: SuggestionEnterprise[];
  pairings: Pairing[];
  options: SuggestPairingsOptions;
}

const instanceArb: fc.Arbitrary<Instance> = fc
  .record({
    advisers: fc.array(
      fc.record({
        kind: fc.constantFrom('contactLeader', 'contactLeader', 'secondedCadre', 'bureauAdviser'),
        level: fc.constantFrom('city', 'county', 'grassroots'),
        expertise: fc.subarray([...needs]),
        county: fc.option(fc.constantFrom(...counties), { nil: undefined }),
        industries: fc.subarray(['C', 'C34', 'C3411', 'A01']),
      }),
      { maxLength: 12 },
    ),
    enterprises: fc.array(
      fc.record({
        keyLevel: fc.constantFrom('none', 'county', 'city'),
        countyId: fc.constantFrom(...counties),
        industry: fc.constantFrom('C3411', 'C3412', 'A0111'),
        needs: fc.subarray([...needs]),
      }),
      { minLength: 1, maxLength: 15 },
    ),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 10 }),
    withCadres: fc.boolean(),
  })
  .map(({ advisers, enterprises, links, withCadres }): Instance => {
    const as: SuggestionAdviser[] = advisers.map((a, i) => ({ id: `a${i}`, kind: a.kind, level: a.level, expertise: a.expertise }));
    const es: SuggestionEnterprise[] = enterprises.map((e, i) => ({ id: `e${i}`, keyLevel: e.keyLevel, countyId: e.countyId, industry: e.industry }));
    const pairings: Pairing[] =
      as.length === 0
        ? []
        : links.map(([a, e, ended], i) => ({
            id: `p${i}`,
            adviserId: (as[a % as.length] as SuggestionAdviser).id,
            enterpriseId: (es[e % es.length] as SuggestionEnterprise).id,
            parkId: null,
            since: '2026-01-01',
            until: ended ? '2026-02-01' : null,
            selection: 'appointed',
          }));
    const countyOf: Record<string, string> = {};
    const industriesOf: Record<string, string[]> = {};
    advisers.forEach((a, i) => {
      if (a.county !== undefined) countyOf[`a${i}`] = a.county;
      industriesOf[`a${i}`] = a.industries;
    });
    const needsOf = Object.fromEntries(enterprises.map((e, i) => [`e${i}`, e.needs]));
    const kinds = withCadres ? (['contactLeader', 'secondedCadre'] as const) : (['contactLeader'] as const);
    return { advisers: as, enterprises: es, pairings, options: { asOf: ASOF, countyOf, industriesOf, needsOf, kinds: [...kinds] } };
  });

const policyFor = (inst: Instance) => ({
  ...defaultPairingPolicy,
  keyEnterpriseContact: { ...defaultPairingPolicy.keyEnterpriseContact, kinds: inst.options.kinds ?? ['contactLeader'] },
});

const shuffle = <T>(xs: readonly T[], seed: number): T[] => {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

describe('suggestPairings: laws', () => {
  test.prop([instanceArb], { numRuns: 300 })('applying the suggestions never puts an adviser or an enterprise over capacity', (inst) => {
    const policy = policyFor(inst);
    const r = unwrap(suggestPairings(inst.advisers, inst.enterprises, inst.pairings, policy, inst.options));
    const applied = [...inst.pairings, ...r.suggestions.map((s, i): Pairing => ({ id: `s${i}`, adviserId: s.adviserId, enterpriseId: s.enterpriseId, parkId: null, since: ASOF, until: null, selection: 'appointed' }))];
    const over = (ps: readonly Pairing[]) =>
      unwrap(validatePairings(inst.advisers, inst.enterprises, ps, policy, { asOf: ASOF }))
        .violations
        .filter((v) => v.code === 'PAIRING_OVER_CAPACITY' || v.code === 'PAIRING_ENTERPRISE_OVER_CAPACITY' || v.code === 'PAIRING_DUPLICATE')
        .map((v) => `${v.code} ${v.adviserIds.join()} ${v.enterpriseIds.join()}`);
    expect(over(applied)).toEqual(over(inst.pairings));
  });

  test.prop([instanceArb], { numRuns: 300 })('each suggestion fits (kind, level, county) and each target ends up served or listed as unmatched', (inst) => {
    const policy = policyFor(inst);
    const r = unwrap(suggestPairings(inst.advisers, inst.enterprises, inst.pairings, policy, inst.options));
    const byId = new Map(inst.advisers.map((a) => [a.id, a]));
    const ent = new Map(inst.enterprises.map((e) => [e.id, e]));
    const seen = new Set<string>();
    for (const s of r.suggestions) {
      const a = byId.get(s.adviserId) as SuggestionAdviser;
      const e = ent.get(s.enterpriseId) as SuggestionEnterprise;
      expect(e.keyLevel).not.toBe('none');
      expect(inst.options.kinds).toContain(a.kind);
      expect(policy.keyEnterpriseContact.levels[e.keyLevel as 'city' | 'county']).toContain(a.level);
      const county = inst.options.countyOf?.[a.id];
      if (county !== undefined) expect(county).toBe(e.countyId);
      expect(seen.has(`${a.id} ${e.id}`)).toBe(false);
      seen.add(`${a.id} ${e.id}`);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    // After applying, the only key enterprises without a contact are the unmatched ones.
    const applied = [...inst.pairings, ...r.suggestions.map((s, i): Pairing => ({ id: `s${i}`, adviserId: s.adviserId, enterpriseId: s.enterpriseId, parkId: null, since: ASOF, until: null, selection: 'appointed' }))];
    const missing = unwrap(validatePairings(inst.advisers, inst.enterprises, applied, policy, { asOf: ASOF }))
      .violations
      .filter((v) => v.code === 'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER')
      .map((v) => v.enterpriseIds[0])
      .sort();
    expect(missing).toEqual(r.unmatched.map((u) => u.enterpriseId));
  });

  test.prop([instanceArb], { numRuns: 300 })('greedy leaves no enterprise unmatched while a fitting adviser still has room', (inst) => {
    const policy = policyFor(inst);
    const r = unwrap(suggestPairings(inst.advisers, inst.enterprises, inst.pairings, policy, inst.options));
    const active = [
      ...inst.pairings.filter((q) => q.until === null),
      ...r.suggestions.map((s) => ({ adviserId: s.adviserId, enterpriseId: s.enterpriseId })),
    ];
    const links = new Set(active.map((q) => `${q.adviserId} ${q.enterpriseId}`));
    const load = (id: string) => new Set(active.filter((q) => q.adviserId === id).map((q) => q.enterpriseId)).size;
    const kindCount = (eid: string, kind: string) =>
      new Set(active.filter((q) => q.enterpriseId === eid && inst.advisers.find((a) => a.id === q.adviserId)?.kind === kind).map((q) => q.adviserId)).size;
    for (const { enterpriseId } of r.unmatched) {
      const e = inst.enterprises.find((x) => x.id === enterpriseId) as SuggestionEnterprise;
      for (const a of inst.advisers) {
        if (!(inst.options.kinds ?? []).includes(a.kind)) continue;
        if (!policy.keyEnterpriseContact.levels[e.keyLevel as 'city' | 'county'].includes(a.level)) continue;
        const county = inst.options.countyOf?.[a.id];
        if ((county !== undefined && county !== e.countyId) || links.has(`${a.id} ${e.id}`)) continue;
        const rule = policy.capacity[a.kind];
        const full = rule.maxEnterprises !== null && load(a.id) >= rule.maxEnterprises;
        const kindFull = rule.maxPerEnterprise !== null && kindCount(e.id, a.kind) >= rule.maxPerEnterprise;
        expect(full || kindFull, `${a.id} could serve ${e.id}`).toBe(true);
      }
    }
  });

  test.prop([instanceArb, fc.nat()], { numRuns: 300 })('the suggestions do not depend on the order of advisers, enterprises or pairings', (inst, seed) => {
    const policy = policyFor(inst);
    const r = unwrap(suggestPairings(inst.advisers, inst.enterprises, inst.pairings, policy, inst.options));
    const r2 = unwrap(suggestPairings(shuffle(inst.advisers, seed), shuffle(inst.enterprises, seed + 1), shuffle(inst.pairings, seed + 2), policy, inst.options));
    expect(r2).toEqual(r);
  });
});
