import * as fc from 'fast-check';
import type { Id } from '../core/schema.js';
import { unwrap } from '../core/result.js';
import { EnterpriseScale, KeyEnterpriseLevel, MarketEntityType } from '../enterprise/schema.js';
import { usccCheckCharacter } from '../enterprise/uscc.js';
import { PolicyMode, type EnterpriseFacts, type Policy, type PolicyConditions, type PolicySet } from '../policy/schema.js';
import { fromDayNumber, toDayNumber } from '../internal/days.js';
import { plainDateArb } from './pools.js';

/**
 * Options of {@link arbPolicy}, {@link arbPolicySet} and {@link arbEnterpriseFacts}: the pools the
 * policies' conditions and the enterprises' facts draw from, so that they meet.
 *
 * @category Testing
 */
export interface ArbPolicyOptions {
  /** The figure keys (default `['revenue', 'employees', 'rdShare']`). */
  readonly numberKeys?: readonly string[];
  /** The tags (default `['highTech', 'specialisedInnovative', 'exporter', 'dishonest']`). */
  readonly tags?: readonly string[];
  /** The county ids (default three of Jiaozuo's). */
  readonly countyIds?: readonly Id[];
  /** The park ids (default `['park1', 'park2', 'park3']`). */
  readonly parkIds?: readonly Id[];
  /** Six-digit division codes the enterprises' USCCs carry (default three: two in Jiaozuo, one in Zhejiang). */
  readonly divisionCodes?: readonly string[];
  /** The industry codes of enterprises (default a few GB/T 4754 classes); policies name prefixes of them. */
  readonly industries?: readonly string[];
  /** The most policies of a set (default 8). */
  readonly maxPolicies?: number;
}

interface Pools {
  readonly numberKeys: readonly string[];
  readonly tags: readonly string[];
  readonly countyIds: readonly Id[];
  readonly parkIds: readonly Id[];
  readonly divisionCodes: readonly string[];
  readonly industries: readonly string[];
}

function poolsOf(options: ArbPolicyOptions): Pools {
  const pools: Pools = {
    numberKeys: options.numberKeys ?? ['revenue', 'employees', 'rdShare'],
    tags: options.tags ?? ['highTech', 'specialisedInnovative', 'exporter', 'dishonest'],
    countyIds: options.countyIds ?? ['410802', '410803', '410811'],
    parkIds: options.parkIds ?? ['park1', 'park2', 'park3'],
    divisionCodes: options.divisionCodes ?? ['410802', '410811', '330481'],
    industries: options.industries ?? ['C3411', 'C2614', 'C3990', 'F5191', 'I6510'],
  };
  for (const [name, pool] of Object.entries(pools)) {
    if ((pool as readonly unknown[]).length === 0) throw new Error(`qinqing/testing: the pool ${name} is empty.`);
  }
  if (pools.divisionCodes.some((d) => !/^\d{6}$/.test(d))) throw new Error('qinqing/testing: divisionCodes are six-digit codes.');
  return pools;
}

/** Values figures and ranges are drawn from, so that conditions and facts meet at their bounds. */
const figures = [-1, 0, 1, 2, 3, 5, 10, 100, 1_000_000] as const;
const yearsValues = [0, 1, 2, 3, 5, 10] as const;

const some = <T>(items: readonly T[], max: number): fc.Arbitrary<T[]> => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: Math.min(max, items.length) });

/** An inclusive range over `values`, each end present or open, never empty. */
const rangeArb = (values: readonly number[]): fc.Arbitrary<{ min?: number; max?: number }> =>
  fc.tuple(fc.option(fc.constantFrom(...values), { nil: undefined }), fc.option(fc.constantFrom(...values), { nil: undefined })).map(([a, b]) => {
    if (a === undefined && b === undefined) return {};
    if (a === undefined) return { max: b as number };
    if (b === undefined) return { min: a };
    return { min: Math.min(a, b), max: Math.max(a, b) };
  });

/** The prefixes policies name: sections, divisions and whole classes of the pool. */
const industryPrefixes = (industries: readonly string[]): string[] => [...new Set(industries.flatMap((c) => [c.slice(0, 1), c.slice(0, 3), c]))];
const divisionPrefixes = (codes: readonly string[]): string[] => [...new Set(codes.flatMap((c) => [c.slice(0, 2), c.slice(0, 4), c]))];

type Key = Exclude<keyof PolicyConditions, 'tags' | 'withoutTags'> | 'tagged';
const keys: readonly Key[] = ['industry', 'scale', 'countyId', 'divisionCode', 'keyLevel', 'parkId', 'yearsSinceRegistration', 'marketEntityType', 'aboveDesignatedSize', 'tagged', 'numbers'];

/** Conditions on some of `allowed` keys (at most `max`), none contradictory; `tagged` sets tags and/or withoutTags, disjoint. */
function conditionsArb(p: Pools, allowed: readonly Key[], max: number): fc.Arbitrary<PolicyConditions> {
  const each: Readonly<Record<Key, fc.Arbitrary<Partial<Record<keyof PolicyConditions, unknown>>>>> = {
    industry: some(industryPrefixes(p.industries), 3).map((industry) => ({ industry })),
    scale: some(EnterpriseScale.values, 4).map((scale) => ({ scale })),
    countyId: some(p.countyIds, 3).map((countyId) => ({ countyId })),
    divisionCode: some(divisionPrefixes(p.divisionCodes), 2).map((divisionCode) => ({ divisionCode })),
    keyLevel: some(KeyEnterpriseLevel.values, 3).map((keyLevel) => ({ keyLevel })),
    parkId: some(p.parkIds, 3).map((parkId) => ({ parkId })),
    yearsSinceRegistration: rangeArb(yearsValues).map((yearsSinceRegistration) => ({ yearsSinceRegistration })),
    marketEntityType: some(MarketEntityType.values, 5).map((marketEntityType) => ({ marketEntityType })),
    aboveDesignatedSize: fc.boolean().map((aboveDesignatedSize) => ({ aboveDesignatedSize })),
    tagged: fc
      .uniqueArray(fc.tuple(fc.constantFrom(...p.tags), fc.boolean()), { minLength: 1, maxLength: Math.min(3, p.tags.length), selector: ([t]) => t })
      .map((pairs) => {
        const tags = pairs.filter(([, on]) => on).map(([t]) => t);
        const withoutTags = pairs.filter(([, on]) => !on).map(([t]) => t);
        return { ...(tags.length > 0 ? { tags } : {}), ...(withoutTags.length > 0 ? { withoutTags } : {}) };
      }),
    numbers: fc
      .uniqueArray(fc.tuple(fc.constantFrom(...p.numberKeys), rangeArb(figures)), { minLength: 1, maxLength: Math.min(2, p.numberKeys.length), selector: ([k]) => k })
      .map((entries) => ({ numbers: Object.fromEntries(entries) })),
  };
  return fc
    .uniqueArray(fc.constantFrom(...allowed), { maxLength: Math.min(max, allowed.length) })
    .chain((chosen) => (chosen.length === 0 ? fc.constant([] as Partial<Record<keyof PolicyConditions, unknown>>[]) : fc.tuple(...chosen.map((k) => each[k]))))
    .map((parts) => Object.assign({}, ...parts) as PolicyConditions);
}

/** The keys a set of conditions uses, as {@link Key}s. */
const usedKeys = (c: PolicyConditions): Key[] => (Object.keys(c) as (keyof PolicyConditions)[]).map((k) => (k === 'tags' || k === 'withoutTags' ? 'tagged' : k));

function policyArb(p: Pools, id: fc.Arbitrary<Id>): fc.Arbitrary<Policy> {
  const region = fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.record({ countyIds: some(p.countyIds, 2), divisionCodes: some(divisionPrefixes(p.divisionCodes), 2) }) },
  );
  const validity = fc
    .tuple(plainDateArb('2018-01-01', '2026-12-31'), fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }))
    .map(([from, days]) => {
      if (days === undefined) return { validFrom: from };
      return { validFrom: from, validUntil: fromDayNumber(toDayNumber(from) + days) };
    });
  const when = conditionsArb(p, keys, 3);
  const body = fc.tuple(id, validity, region, fc.constantFrom(...PolicyMode.values), when).chain(([policyId, valid, where, mode, w]) => {
    // Alternatives use only facts `when` leaves alone (so that none contradicts it).
    const used = new Set(usedKeys(w));
    const free = keys.filter((k) => !used.has(k));
    const alternatives = free.length === 0 ? fc.constant(undefined) : fc.option(fc.array(conditionsArb(p, free, 2), { minLength: 1, maxLength: 3 }), { nil: undefined, freq: 2 });
    return alternatives.map((anyOf): Policy => ({
      id: policyId,
      name: { zh: `政策${policyId}`, en: `Policy ${policyId}` },
      issuer: { zh: '某市人民政府', en: 'A city government' },
      ...valid,
      ...(where === undefined ? {} : { region: where }),
      mode,
      benefits: [{ text: { zh: '补助', en: 'A subsidy' }, amount: 100_000 }],
      ...(Object.keys(w).length === 0 ? {} : { when: w }),
      ...(anyOf === undefined ? {} : { anyOf }),
      source: 'qinqing/testing',
    }));
  });
  return body;
}

/**
 * An arbitrary of policies for enterprises (惠企政策) that `validatePolicies` finds valid in a set
 * declaring the pools' figures and tags: a validity period starting in 2018–2026 (sometimes without end),
 * sometimes a region (counties and division prefixes), a mode, one benefit, up to three conditions of
 * `when` drawn from every kind (industry prefixes, sizes, counties, division prefixes, key levels,
 * parks, years since registration, entity types, above designated size, tags required and
 * excluded, figure ranges), and sometimes one to three alternatives (`anyOf`) on facts `when`
 * leaves alone. Lists are never empty and ranges never reversed, so no condition contradicts.
 *
 * @param options - The pools conditions draw from (see {@link ArbPolicyOptions}).
 * @returns An arbitrary of policies.
 * @example
 * ```ts
 * fc.assert(fc.property(arbPolicy(), (p) => safeParse(PolicySchema, p).ok));
 * ```
 * @category Testing
 */
export function arbPolicy(options: ArbPolicyOptions = {}): fc.Arbitrary<Policy> {
  return policyArb(poolsOf(options), fc.nat({ max: 999 }).map((n) => `policy-${n}`));
}

/**
 * An arbitrary of policy sets: the pools' figures and tags declared, and one to `maxPolicies`
 * policies of {@link arbPolicy} with distinct ids; `validatePolicies` finds every one valid, and
 * with the default pools without warnings.
 *
 * @param options - The pools and the most policies (default 8).
 * @returns An arbitrary of policy sets.
 * @example
 * ```ts
 * fc.assert(fc.property(arbPolicySet(), (set) => unwrap(validatePolicies(set)).warnings.length === 0));
 * ```
 * @category Testing
 */
export function arbPolicySet(options: ArbPolicyOptions = {}): fc.Arbitrary<PolicySet> {
  const p = poolsOf(options);
  const max = options.maxPolicies ?? 8;
  if (!Number.isInteger(max) || max < 1) throw new Error(`qinqing/testing: maxPolicies must be a whole number ≥ 1; received ${max}.`);
  return fc.integer({ min: 1, max }).chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => policyArb(p, fc.constant(`p${i + 1}`)))).map((policies): PolicySet => ({
      id: 'generated-policies',
      numbers: p.numberKeys.map((key) => ({ key, label: { zh: `指标${key}`, en: `figure ${key}` } })),
      tags: p.tags.map((key) => ({ key, label: { zh: `标签${key}`, en: `tag ${key}` } })),
      policies,
    })),
  );
}

/** A valid USCC with the given six-digit division code. */
const usccArb = (divisions: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...divisions), fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), { minLength: 9, maxLength: 9 }))
    .map(([division, org]) => {
      const first17 = `91${division}${org.join('')}`;
      return first17 + unwrap(usccCheckCharacter(first17));
    });

/**
 * An arbitrary of enterprises with the tags and figures an app supplies, as matching reads them
 * ({@link qinqing/policy!EnterpriseFacts}): facts drawn from the same pools as {@link arbPolicy}'s
 * conditions (industries, counties, parks, USCC division codes, tags, figures at the bounds
 * conditions use), and any of the facts that may be missing — size, registration date, above
 * designated size, the tag list, each figure, the park, the key level — now and then left out.
 *
 * @param options - The pools (see {@link ArbPolicyOptions}).
 * @returns An arbitrary of enterprise facts that `matchPolicies` accepts.
 * @example
 * ```ts
 * fc.assert(fc.property(arbEnterpriseFacts(), arbPolicySet(), (e, set) => matchPolicies(e, set, '2026-06-01').ok));
 * ```
 * @category Testing
 */
export function arbEnterpriseFacts(options: ArbPolicyOptions = {}): fc.Arbitrary<EnterpriseFacts> {
  const p = poolsOf(options);
  return fc.record(
    {
      id: fc.nat({ max: 9999 }).map((n) => `e${n}`),
      uscc: usccArb(p.divisionCodes),
      marketEntityType: fc.constantFrom(...MarketEntityType.values),
      industry: fc.constantFrom(...p.industries),
      countyId: fc.constantFrom(...p.countyIds),
      parkId: fc.constantFrom(...p.parkIds),
      keyLevel: fc.constantFrom(...KeyEnterpriseLevel.values),
      scale: fc.constantFrom(...EnterpriseScale.values),
      aboveDesignatedSize: fc.boolean(),
      establishedOn: plainDateArb('2010-01-01', '2026-12-31'),
      tags: fc.uniqueArray(fc.constantFrom(...p.tags), { maxLength: p.tags.length }),
      numbers: fc.uniqueArray(fc.tuple(fc.constantFrom(...p.numberKeys), fc.constantFrom(...figures)), { maxLength: p.numberKeys.length, selector: ([k]) => k }).map((entries) => Object.fromEntries(entries)),
    },
    { requiredKeys: ['id', 'uscc', 'marketEntityType', 'industry', 'countyId'] },
  );
}
