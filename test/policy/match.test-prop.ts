/**
 * The laws of policy matching (issue 18, "matching properties"), over generated policy sets and
 * enterprises from the testing kit.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import {
  eligibleEnterprises,
  matchPolicies,
  validatePolicies,
  type EnterpriseFacts,
  type Policy,
  type PolicyMatch,
  type PolicySet,
} from '../../src/policy/index.js';
import { arbEnterpriseFacts, arbPolicy, arbPolicySet } from '../../src/testing/index.js';
import { referenceMatch } from './reference.js';

const asOfArb = fc.constantFrom('2022-06-30', '2024-02-29', '2025-01-01', '2026-06-01', '2027-12-31', '2030-03-01');
const match = (e: EnterpriseFacts, set: PolicySet, asOf: string): readonly PolicyMatch[] => unwrap(matchPolicies(e, set, asOf)).matches;
const outcomeOf = (m: PolicyMatch): Map<string, string> =>
  new Map([...m.met.map((c) => [c.path.join('.'), 'met'] as const), ...m.failed.map((c) => [c.path.join('.'), 'failed'] as const), ...m.missing.map((c) => [c.path.join('.'), 'missing'] as const)]);

/** The facts of `e` that may be missing, each left out or kept; a figure at a time. */
const withoutSomeFacts = (e: EnterpriseFacts): fc.Arbitrary<EnterpriseFacts> =>
  fc
    .record({
      scale: fc.boolean(),
      establishedOn: fc.boolean(),
      aboveDesignatedSize: fc.boolean(),
      tags: fc.boolean(),
      numbers: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    })
    .map((drop) => {
      const kept = Object.entries(e).filter(([key]) => !(key === 'scale' || key === 'establishedOn' || key === 'aboveDesignatedSize' || key === 'tags') || !drop[key]);
      const copy = Object.fromEntries(kept) as unknown as EnterpriseFacts;
      return e.numbers === undefined ? copy : { ...copy, numbers: Object.fromEntries(Object.entries(e.numbers).filter((_, i) => !(drop.numbers[i] ?? false))) };
    });

/** A deep copy with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe('policy matching: laws (issue 18)', () => {
  test.prop([arbPolicySet()])('every generated policy set is valid, without warnings (the testing kit)', (set) => {
    const report = unwrap(validatePolicies(set));
    expect(report.valid).toBe(true);
    expect(report.warnings).toEqual([]);
  });

  test.prop([arbPolicySet(), arbEnterpriseFacts(), asOfArb])('the compiled matcher equals a naive reference evaluation, status and every condition', (set, e, asOf) => {
    match(e, set, asOf).forEach((m, i) => {
      const ref = referenceMatch(set.policies[i] as Policy, e, asOf);
      expect(m.status).toBe(ref.status);
      expect(outcomeOf(m)).toEqual(ref.outcomes);
    });
  });

  test.prop([arbPolicySet(), arbEnterpriseFacts().chain((e) => fc.tuple(fc.constant(e), withoutSomeFacts(e))), asOfArb])(
    'supplying missing facts turns unknown into eligible or notEligible, and never changes an eligible or notEligible decision',
    (set, [full, partial], asOf) => {
      const before = match(partial, set, asOf);
      const after = match(full, set, asOf);
      before.forEach((m, i) => {
        if (m.status !== 'unknown') expect(after[i]?.status).toBe(m.status);
        // A condition that held or failed still does.
        const was = outcomeOf(m);
        const now = outcomeOf(after[i] as PolicyMatch);
        for (const [path, o] of was) if (o !== 'missing') expect(now.get(path)).toBe(o);
      });
    },
  );

  test.prop([arbPolicySet(), arbEnterpriseFacts(), fc.constantFrom('highTech', 'specialisedInnovative', 'exporter', 'dishonest'), asOfArb])(
    'adding a tag turns eligible into notEligible only through a withoutTags condition naming that tag',
    (set, e, tag, asOf) => {
      const tagged = { ...e, tags: [...new Set([...(e.tags ?? []), tag])] };
      const before = match({ ...e, tags: e.tags ?? [] }, set, asOf);
      const after = match(tagged, set, asOf);
      before.forEach((m, i) => {
        const a = after[i] as PolicyMatch;
        if (m.status === 'eligible' && a.status === 'notEligible') {
          expect(a.failed.some((c) => c.fact === 'withoutTags')).toBe(true);
          const policy = set.policies[i] as Policy;
          const excluded = [...(policy.when?.withoutTags ?? []), ...(policy.anyOf ?? []).flatMap((alt) => alt.withoutTags ?? [])];
          expect(excluded).toContain(tag);
        }
      });
    },
  );

  test.prop([arbPolicySet(), arbPolicy(), arbEnterpriseFacts(), asOfArb])('an enterprise keeps its decisions (eligible stays eligible) when an unrelated policy is added', (set, extra, e, asOf) => {
    const before = match(e, set, asOf);
    const bigger: PolicySet = { ...set, policies: [...set.policies, { ...extra, id: 'added' }] };
    const after = match(e, bigger, asOf);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(unwrap(matchPolicies(e, bigger, asOf)).eligible.slice(0, before.filter((m) => m.status === 'eligible').length)).toEqual(
      before.filter((m) => m.status === 'eligible').map((m) => m.policyId),
    );
  });

  test.prop([arbPolicySet({ maxPolicies: 4 }), fc.array(arbEnterpriseFacts(), { maxLength: 12 }), asOfArb])('matchPolicies agrees with eligibleEnterprises on every enterprise and policy', (set, city, asOf) => {
    const withIds = city.map((e, i) => ({ ...e, id: `e${i}` }));
    set.policies.forEach((policy, k) => {
      const r = unwrap(eligibleEnterprises(policy, withIds, asOf));
      for (const e of withIds) {
        const status = (match(e, set, asOf)[k] as PolicyMatch).status;
        const list = status === 'eligible' ? r.eligible : status === 'notEligible' ? r.notEligible : r.unknown;
        expect(list).toContain(e.id);
      }
      expect(r.eligible.length + r.notEligible.length + r.unknown.length).toBe(withIds.length);
    });
  });

  test.prop([arbPolicySet(), arbEnterpriseFacts(), asOfArb])('stable under key order: the enterprise’s and the policies’ keys reversed give the same matches', (set, e, asOf) => {
    const plain = match(e, set, asOf).map((m) => ({ status: m.status, outcomes: outcomeOf(m) }));
    const turned = match(reversedKeys(e), reversedKeys(set), asOf).map((m) => ({ status: m.status, outcomes: outcomeOf(m) }));
    expect(turned).toEqual(plain);
  });

  test.prop([arbPolicySet(), arbEnterpriseFacts(), asOfArb])('a list of policies gives the decisions of its set; the reasons name only conditions of the match', (set, e, asOf) => {
    const fromSet = match(e, set, asOf);
    const fromList = unwrap(matchPolicies(e, set.policies, asOf)).matches;
    expect(fromList.map((m) => m.status)).toEqual(fromSet.map((m) => m.status));
    for (const m of fromSet) {
      if (m.status === 'eligible') expect(m.reason.en).toMatch(/^Eligible/);
      if (m.status === 'notEligible') expect(m.failed.length).toBeGreaterThan(0);
      if (m.status === 'unknown') expect(m.missing.length).toBeGreaterThan(0);
    }
  });
});
