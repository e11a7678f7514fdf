/**
 * The peers of bench/policy.bench.ts, each matching a policy set the way its users would:
 *
 * - json-rules-engine 7: one rule per policy, `all` of `in` / `greaterThanInclusive` /
 *   `lessThanInclusive` / `equal` conditions, `any` for the region and for `anyOf`, custom operators
 *   for what it has no operator for (an industry or division code starting with one of the prefixes,
 *   a tag list containing all or none of some tags); the engine built once, `allowUndefinedFacts`
 *   so that a missing fact fails its condition, every rule evaluated on every run (an enterprise
 *   wants every policy it qualifies for: there is no "first success" to stop at); in two
 *   configurations, each condition of a rule at its own priority (so that the engine stops at the
 *   first that fails, its documented short-circuit) or all at one (evaluated together);
 * - a straightforward filter per policy: for each policy, `enterprises.filter(e => holds(policy, e))`
 *   with `holds` reading the policy's JSON and the enterprise's fields directly, nothing compiled —
 *   what a developer writes first.
 *
 * Both answer two-valued (a missing fact fails), so they are compared with qinqing's `eligible`.
 */
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { toDayNumber } from '../src/internal/days.js';
import type { EnterpriseFacts, Policy, PolicyConditions } from '../src/policy/index.js';

// ---------------------------------------------------------------------------------------------
// The straightforward filter
// ---------------------------------------------------------------------------------------------

const years = (from: string, to: string): number => Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);
const inRange = (x: number | undefined, r: { readonly min?: number | undefined; readonly max?: number | undefined }): boolean =>
  x !== undefined && (r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max);

function conditionsHold(w: PolicyConditions, e: EnterpriseFacts, asOf: string): boolean {
  const division = e.uscc.slice(2, 8);
  if (w.industry !== undefined && !w.industry.some((p) => e.industry.startsWith(p))) return false;
  if (w.scale !== undefined && (e.scale === undefined || !w.scale.includes(e.scale))) return false;
  if (w.countyId !== undefined && !w.countyId.includes(e.countyId)) return false;
  if (w.divisionCode !== undefined && !w.divisionCode.some((p) => division.startsWith(p))) return false;
  if (w.keyLevel !== undefined && !w.keyLevel.includes(e.keyLevel ?? 'none')) return false;
  if (w.parkId !== undefined && (e.parkId === undefined || !w.parkId.includes(e.parkId))) return false;
  if (w.yearsSinceRegistration !== undefined && (e.establishedOn === undefined || !inRange(years(e.establishedOn, asOf), w.yearsSinceRegistration))) return false;
  if (w.marketEntityType !== undefined && !w.marketEntityType.includes(e.marketEntityType)) return false;
  if (w.aboveDesignatedSize !== undefined && e.aboveDesignatedSize !== w.aboveDesignatedSize) return false;
  if (w.tags !== undefined && (e.tags === undefined || !w.tags.every((t) => e.tags?.includes(t)))) return false;
  if (w.withoutTags !== undefined && (e.tags === undefined || w.withoutTags.some((t) => e.tags?.includes(t)))) return false;
  if (w.numbers !== undefined) {
    for (const [key, r] of Object.entries(w.numbers)) if (!inRange(e.numbers?.[key], r)) return false;
  }
  return true;
}

/** Whether an enterprise qualifies for a policy at `asOf`, a missing fact failing its condition. */
export function holds(policy: Policy, e: EnterpriseFacts, asOf: string): boolean {
  if (asOf < policy.validFrom || (policy.validUntil !== undefined && asOf > policy.validUntil)) return false;
  const region = policy.region;
  if (region !== undefined && (region.countyIds !== undefined || region.divisionCodes !== undefined)) {
    const division = e.uscc.slice(2, 8);
    if (!(region.countyIds ?? []).includes(e.countyId) && !(region.divisionCodes ?? []).some((p) => division.startsWith(p))) return false;
  }
  if (policy.when !== undefined && !conditionsHold(policy.when, e, asOf)) return false;
  return policy.anyOf === undefined || policy.anyOf.some((alt) => conditionsHold(alt, e, asOf));
}

// ---------------------------------------------------------------------------------------------
// json-rules-engine
// ---------------------------------------------------------------------------------------------

/** One condition of an `all` (json-rules-engine does not export the type). */
type Condition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

function engineConditions(w: PolicyConditions): Condition[] {
  const all: Condition[] = [];
  if (w.industry !== undefined) all.push({ fact: 'industry', operator: 'startsWithOneOf', value: [...w.industry] });
  if (w.scale !== undefined) all.push({ fact: 'scale', operator: 'in', value: [...w.scale] });
  if (w.countyId !== undefined) all.push({ fact: 'countyId', operator: 'in', value: [...w.countyId] });
  if (w.divisionCode !== undefined) all.push({ fact: 'division', operator: 'startsWithOneOf', value: [...w.divisionCode] });
  if (w.keyLevel !== undefined) all.push({ fact: 'keyLevel', operator: 'in', value: [...w.keyLevel] });
  if (w.parkId !== undefined) all.push({ fact: 'parkId', operator: 'in', value: [...w.parkId] });
  const y = w.yearsSinceRegistration;
  if (y !== undefined) {
    // A condition that holds for any known value still needs the fact: `greaterThanInclusive -Infinity`.
    all.push({ fact: 'years', operator: 'greaterThanInclusive', value: y.min ?? -Number.MAX_VALUE });
    if (y.max !== undefined) all.push({ fact: 'years', operator: 'lessThanInclusive', value: y.max });
  }
  if (w.marketEntityType !== undefined) all.push({ fact: 'marketEntityType', operator: 'in', value: [...w.marketEntityType] });
  if (w.aboveDesignatedSize !== undefined) all.push({ fact: 'aboveDesignatedSize', operator: 'equal', value: w.aboveDesignatedSize });
  if (w.tags !== undefined) all.push({ fact: 'tags', operator: 'containsAll', value: [...w.tags] });
  if (w.withoutTags !== undefined) all.push({ fact: 'tags', operator: 'containsNone', value: [...w.withoutTags] });
  for (const [key, r] of Object.entries(w.numbers ?? {})) {
    all.push({ fact: `n_${key}`, operator: 'greaterThanInclusive', value: r.min ?? -Number.MAX_VALUE });
    if (r.max !== undefined) all.push({ fact: `n_${key}`, operator: 'lessThanInclusive', value: r.max });
  }
  return all;
}

/**
 * The policies as json-rules-engine rules, one per policy (its index as the event type). With
 * `shortCircuit`, each top-level condition gets its own priority, falling in the order written
 * (validity first): the engine then evaluates them one priority at a time and stops at the first
 * that fails (its documented short-circuit); without, it evaluates the conditions of a rule together.
 */
export function engineRules(policies: readonly Policy[], shortCircuit = false): RuleProperties[] {
  return policies.map((p, i) => {
    const all: Condition[] = [{ fact: 'day', operator: 'greaterThanInclusive', value: toDayNumber(p.validFrom) }];
    if (p.validUntil !== undefined) all.push({ fact: 'day', operator: 'lessThanInclusive', value: toDayNumber(p.validUntil) });
    const r = p.region;
    if (r !== undefined && (r.countyIds !== undefined || r.divisionCodes !== undefined)) {
      all.push({ any: [{ fact: 'countyId', operator: 'in', value: [...(r.countyIds ?? [])] }, { fact: 'division', operator: 'startsWithOneOf', value: [...(r.divisionCodes ?? [])] }] });
    }
    all.push(...engineConditions(p.when ?? {}));
    if (p.anyOf !== undefined) all.push({ any: p.anyOf.map((alt) => ({ all: engineConditions(alt) })) });
    const conditions: TopLevelCondition = { all: shortCircuit ? all.map((c, k) => ({ ...c, priority: all.length - k })) : all };
    return { name: p.id, conditions, event: { type: String(i) } };
  });
}

/** The engine, built once with every policy's rule and the custom operators; see {@link engineRules} for `shortCircuit`. */
export function createPolicyEngine(policies: readonly Policy[], shortCircuit = false): Engine {
  const engine = new Engine(engineRules(policies, shortCircuit), { allowUndefinedFacts: true });
  engine.addOperator('startsWithOneOf', (fact: unknown, prefixes: unknown) => typeof fact === 'string' && (prefixes as string[]).some((p) => fact.startsWith(p)));
  engine.addOperator('containsAll', (fact: unknown, tags: unknown) => Array.isArray(fact) && (tags as string[]).every((t) => fact.includes(t)));
  engine.addOperator('containsNone', (fact: unknown, tags: unknown) => Array.isArray(fact) && !(tags as string[]).some((t) => fact.includes(t)));
  return engine;
}

/** The facts of one enterprise in the engine's shape: flat, the division code and whole years computed, figures as `n_<key>`. */
export function engineFacts(e: EnterpriseFacts, asOf: string, day: number): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    day,
    industry: e.industry,
    scale: e.scale,
    countyId: e.countyId,
    division: e.uscc.slice(2, 8),
    keyLevel: e.keyLevel ?? 'none',
    parkId: e.parkId,
    years: e.establishedOn === undefined ? undefined : years(e.establishedOn, asOf),
    marketEntityType: e.marketEntityType,
    aboveDesignatedSize: e.aboveDesignatedSize,
    tags: e.tags,
  };
  for (const [key, x] of Object.entries(e.numbers ?? {})) facts[`n_${key}`] = x;
  return facts;
}

/** The indexes of the policies an enterprise qualifies for, by the engine, ascending. */
export async function eligibleByEngine(engine: Engine, e: EnterpriseFacts, asOf: string, day: number): Promise<number[]> {
  const { results } = await engine.run(engineFacts(e, asOf, day));
  return results.map((r) => Number(r.event?.type)).sort((a, b) => a - b);
}
