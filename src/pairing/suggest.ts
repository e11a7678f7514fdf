import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, CalendarDate, Id } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { deepFreeze } from '../internal/freeze.js';
import type { AdviserKind, ExperienceBasis } from '../org/adviser.js';
import { bestIndustryCode, experienceBasisProblem, experiencePart, experienceText, industryShare, needsMet } from '../org/fit.js';
import type { GovernmentLevel } from '../org/level.js';
import type { KeyEnterpriseLevel } from '../enterprise/schema.js';
import { remainingEnterprises, type PairingPolicy } from './policy.js';
import type { Pairing } from './schema.js';
import { isPairingActive } from './validate.js';
import { byCodeUnit } from '../internal/compare.js';

/**
 * The weights of the parts of a suggestion's score; they need not sum to 1 (the score divides by
 * their sum). See {@link defaultSuggestionWeights}.
 *
 * @category Pairing
 */
export interface SuggestionWeights {
  /** The adviser's expertise against the enterprise's needs. */
  readonly expertise: number;
  /** The adviser's experience (学过、管过、干过) in the enterprise's industry. */
  readonly experience: number;
  /** The adviser's level against the enterprise's key level. */
  readonly level: number;
  /** The adviser's county against the enterprise's. */
  readonly jurisdiction: number;
  /** The share of the adviser's capacity still free. */
  readonly capacity: number;
}

/**
 * qinqing's default weights: experience fit first (002: "experience fits, business relevant" —
 * expertise 0.3, industry experience 0.3), then level 0.15, jurisdiction 0.15 and free capacity 0.1.
 * The sources fix no figures. Frozen.
 *
 * @example
 * ```ts
 * defaultSuggestionWeights.expertise; // 0.3
 * ```
 * @category Pairing
 */
export const defaultSuggestionWeights: SuggestionWeights = /* @__PURE__ */ deepFreeze({
  expertise: 0.3,
  experience: 0.3,
  level: 0.15,
  jurisdiction: 0.15,
  capacity: 0.1,
});

/**
 * What {@link suggestPairings} reads of an adviser (an {@link qinqing/org!Adviser} will do).
 *
 * @category Pairing
 */
export interface SuggestionAdviser {
  /** The app's id of the person. */
  readonly id: Id;
  /** The kind of adviser or cadre. */
  readonly kind: AdviserKind;
  /** The level they serve at. */
  readonly level: GovernmentLevel;
  /** The department they belong to (its county places them when `countyOf` does not). */
  readonly departmentId?: Id | undefined;
  /** Category ids of the service taxonomy they are expert in. */
  readonly expertise?: readonly Id[] | undefined;
  /** Why they fit: the grounds 学过、管过、干过. */
  readonly experience?: { readonly basis?: readonly ExperienceBasis[] | undefined } | undefined;
}

/**
 * What {@link suggestPairings} reads of an enterprise (an {@link qinqing/enterprise!Enterprise} will do).
 *
 * @category Pairing
 */
export interface SuggestionEnterprise {
  /** The app's id of the enterprise. */
  readonly id: Id;
  /** Its key-enterprise level; only key enterprises get suggestions. */
  readonly keyLevel: KeyEnterpriseLevel;
  /** Its county or district. */
  readonly countyId: Id;
  /** Its industry code, e.g. GB/T 4754-2017 `C3411`. */
  readonly industry: string;
}

/**
 * Options of {@link suggestPairings}.
 *
 * @category Pairing
 */
export interface SuggestPairingsOptions {
  /** The date the suggestions are for: pairings active on it count. */
  readonly asOf: CalendarDate;
  /** The adviser kinds to suggest; default the policy's contact kinds (`keyEnterpriseContact.kinds`). */
  readonly kinds?: readonly AdviserKind[];
  /** Per enterprise id, the category ids of its needs (the enterprise schema has no such field). */
  readonly needsOf?: Readonly<Record<Id, readonly Id[]>>;
  /** Per adviser id, industry codes (or code prefixes such as `C34`) they have experience in. */
  readonly industriesOf?: Readonly<Record<Id, readonly string[]>>;
  /** Per adviser id, the county they serve; overrides the county of their department. */
  readonly countyOf?: Readonly<Record<Id, Id>>;
  /** Departments, to place an adviser in the county of their department. */
  readonly departments?: readonly { readonly id: Id; readonly countyId?: Id | undefined }[];
  /** Weights of the parts of the score; missing ones from {@link defaultSuggestionWeights}. */
  readonly weights?: Partial<SuggestionWeights>;
  /**
   * The most work the scoring may take, counted before it starts: each adviser–enterprise pair
   * that shares a county (or has none) counts 1, plus the enterprise's needs and the adviser's
   * industry codes it compares. Default 2,000,000 (qinqing's own figure: about 1,000 key
   * enterprises × 1,000 advisers of one county, one need each), under a second; beyond it
   * `INPUT_TOO_LARGE`.
   */
  readonly maxComparisons?: number;
}

/**
 * The parts of a suggestion's score, each from 0 to 1 (rounded to 4 decimals).
 *
 * @category Pairing
 */
export interface ScoreBreakdown {
  /** Share of the enterprise's needs the adviser is expert in (0 when no needs are known). */
  readonly expertise: number;
  /** Industry fit × grounds: common prefix of industry codes ÷ the longer code, × (1 + grounds) ÷ 4. */
  readonly experience: number;
  /** 1 at the enterprise's key level, 0.5 above it, 0.25 below it. */
  readonly level: number;
  /** 1 in the enterprise's county, 0.5 for an adviser with no county (city-wide). */
  readonly jurisdiction: number;
  /** Share of the adviser's enterprise capacity still free (1 when unlimited). */
  readonly capacity: number;
}

/**
 * One proposed pairing, with its score and why.
 *
 * @category Pairing
 */
export interface PairingSuggestion {
  /** The key enterprise. */
  readonly enterpriseId: Id;
  /** The proposed adviser. */
  readonly adviserId: Id;
  /** The adviser's kind. */
  readonly adviserKind: AdviserKind;
  /** The weighted score, from 0 to 1 (rounded to 4 decimals). */
  readonly score: number;
  /** The parts of the score. */
  readonly breakdown: ScoreBreakdown;
  /** The fit in words. */
  readonly reason: BilingualText;
}

/**
 * What {@link suggestPairings} proposes: the suggestions in the order they were accepted, and the
 * key enterprises still short of contacts, with how many more they need.
 *
 * @category Pairing
 */
export interface PairingSuggestions {
  /** The proposed pairings, best first. */
  readonly suggestions: readonly PairingSuggestion[];
  /** Key enterprises for which no (or not enough) fitting adviser was free, ordered by id. */
  readonly unmatched: readonly { readonly enterpriseId: Id; readonly missing: number }[];
}

const levelRank: Readonly<Record<GovernmentLevel | KeyEnterpriseLevel, number>> = { city: 2, county: 1, grassroots: 0, none: -1 };
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const own = <T>(rec: Readonly<Record<Id, T>> | undefined, key: Id): T | undefined => (rec !== undefined && Object.hasOwn(rec, key) ? rec[key] : undefined);

/** What a candidate adviser brings to every pair: read once, not per pair. */
interface AdviserFacts {
  readonly expertise: ReadonlySet<Id>;
  readonly industries: readonly string[];
  readonly grounds: readonly ExperienceBasis[];
  /** The county they serve, or undefined (city-wide). */
  readonly county: Id | undefined;
  /** Enterprise places left before any suggestion. */
  readonly left: number;
}

/** The default of {@link SuggestPairingsOptions.maxComparisons}. */
const MAX_COMPARISONS = 2_000_000;

/**
 * Proposes advisers for the key enterprises that lack contacts on a date, greedily by score and
 * never beyond any adviser's capacity.
 *
 * **Targets**: each key enterprise (`keyLevel` city or county) with fewer fitting contacts than the
 * policy's `keyEnterpriseContact.min` (at least 1) — a fitting contact being an adviser of one of
 * `options.kinds` at a level `keyEnterpriseContact.levels` allows for the key level, in a pairing
 * active on `asOf`. An unpaired key enterprise is the usual case.
 *
 * **Candidates** for a target: advisers of those kinds at an allowed level, not already paired with
 * it, whose county (from `countyOf`, else their department's) is the enterprise's or unknown, with
 * enterprise capacity left under their kind's rule, and whose kind's `maxPerEnterprise` the
 * enterprise has not reached.
 *
 * **Score**: the weighted mean of the {@link ScoreBreakdown} parts: expertise (adviser expertise ∩
 * enterprise needs from `needsOf`), experience (industry codes from `industriesOf` against the
 * enterprise's industry, weighted by the grounds 学过、管过、干过 recorded, 002), level, jurisdiction
 * and free capacity (scored on the capacity before any suggestion).
 *
 * **Greedy**: all candidate pairs sorted by score (highest first), ties broken by city key
 * enterprises before county ones, then enterprise id, then adviser id (code-unit order), so the
 * result does not depend on the order of the inputs; a pair is accepted while the enterprise still
 * needs a contact, the adviser still has capacity and the enterprise's per-kind limit allows.
 *
 * **Bounded**: only advisers of the enterprise's county or of none are compared with it (an index
 * by county), and the work — pairs, needs and industry codes compared — is counted in linear time
 * before any scoring: over `options.maxComparisons` (2,000,000 by default) the call is refused with
 * `INPUT_TOO_LARGE` rather than run for minutes; split it by county, or raise the figure. Time
 * O(W + P log P) for W comparisons and P pairs.
 *
 * @param advisers - The advisers (id, kind, level, and optionally department, expertise, experience).
 * @param enterprises - The enterprises (id, key level, county, industry).
 * @param pairings - The existing pairings.
 * @param policy - The pairing policy, e.g. {@link defaultPairingPolicy}.
 * @param options - `asOf` and what the schemas do not hold: needs, industries, counties, weights.
 * @returns The accepted suggestions, best first, and the enterprises left short; or
 *   `INVALID_DATE` (path `['options', 'asOf']`) for a bad `asOf`, `INVALID_ARGUMENT` for a weight
 *   that is negative or not finite (path `['options', 'weights', name]`) or weights summing to 0
 *   or overflowing to Infinity (path `['options', 'weights']`), or for an adviser kind the policy has no capacity rule for (path
 *   `['options', 'kinds', j]`), `INVALID_INPUT` for an enterprise's unknown key level (path
 *   `['enterprises', i, 'keyLevel']`) or a candidate adviser's unknown ground of experience (path
 *   `['advisers', i, 'experience', 'basis', j]`); `INPUT_TOO_LARGE` (path `['advisers']`) when
 *   scoring would take more than `options.maxComparisons`.
 * @example
 * ```ts
 * const r = unwrap(suggestPairings(
 *   [{ id: 'a1', kind: 'contactLeader', level: 'city', expertise: ['financing'] }],
 *   [{ id: 'e1', keyLevel: 'city', countyId: 'c1', industry: 'C3411' }],
 *   [], defaultPairingPolicy, { asOf: '2026-03-01', needsOf: { e1: ['financing'] } }));
 * r.suggestions.map((s) => [s.enterpriseId, s.adviserId]); // [['e1', 'a1']]
 * suggestPairings([], [], [], defaultPairingPolicy, { asOf: '2026-03-01', weights: { level: -1 } });
 * // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'weights', 'level'], … } }
 * ```
 * @category Pairing
 */
export function suggestPairings(
  advisers: readonly SuggestionAdviser[],
  enterprises: readonly SuggestionEnterprise[],
  pairings: readonly Pairing[],
  policy: PairingPolicy,
  options: SuggestPairingsOptions,
): Result<PairingSuggestions> {
  const { asOf } = options;
  const day = readDay(asOf, 'options.asOf');
  if (!day.ok) return day;
  const weights: SuggestionWeights = { ...defaultSuggestionWeights, ...options.weights };
  const weightProblem = weightsProblem(weights, options.weights);
  if (weightProblem !== null) return err(weightProblem);
  const weightSum = weights.expertise + weights.experience + weights.level + weights.jurisdiction + weights.capacity;
  const contact = policy.keyEnterpriseContact;
  const kindList = options.kinds ?? contact.kinds;
  const kindsAt: ErrorPath = options.kinds === undefined ? ['policy', 'keyEnterpriseContact', 'kinds'] : ['options', 'kinds'];
  for (let j = 0; j < kindList.length; j++) {
    const kind = kindList[j] as AdviserKind;
    if (typeof kind !== 'string' || !Object.hasOwn(policy.capacity, kind)) {
      const path = [...kindsAt, j];
      const name = `${kindsAt.join('.')}[${j}]`;
      return err(
        domainError('INVALID_ARGUMENT', {
          en: `${name} is ${JSON.stringify(kind)}, a kind of adviser the pairing policy has no capacity rule for.`,
          zh: `${name} 为 ${JSON.stringify(kind)}，包联规则中没有该类人员的联系数量规则。`,
          path,
          value: kind,
        }),
      );
    }
  }
  const kinds = new Set<AdviserKind>(kindList);

  // Indexes (first occurrence of an id counts).
  const adviserAt = new Map<Id, number>();
  advisers.forEach((a, i) => {
    if (!adviserAt.has(a.id)) adviserAt.set(a.id, i);
  });
  const enterpriseAt = new Map<Id, number>();
  enterprises.forEach((e, i) => {
    if (!enterpriseAt.has(e.id)) enterpriseAt.set(e.id, i);
  });
  const departmentCounty = new Map<Id, Id | undefined>();
  for (const d of options.departments ?? []) if (!departmentCounty.has(d.id)) departmentCounty.set(d.id, d.countyId);

  // Active loads.
  const parksOf = new Int32Array(advisers.length);
  const enterprisesOf = new Int32Array(advisers.length);
  const contactsOf = new Map<number, Set<number>>();
  const seen = new Set<string>();
  for (const p of pairings) {
    if ((p.until !== null && p.until < p.since) || !isPairingActive(p, asOf)) continue;
    const ai = adviserAt.get(p.adviserId);
    if (ai === undefined) continue;
    if (p.enterpriseId === null) {
      const key = `${p.adviserId}\u0000p\u0000${p.parkId ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      parksOf[ai] = (parksOf[ai] ?? 0) + 1;
      continue;
    }
    const ei = enterpriseAt.get(p.enterpriseId);
    const key = `${p.adviserId}\u0000e\u0000${p.enterpriseId}`;
    if (ei === undefined || seen.has(key)) continue;
    seen.add(key);
    enterprisesOf[ai] = (enterprisesOf[ai] ?? 0) + 1;
    const set = contactsOf.get(ei);
    if (set === undefined) contactsOf.set(ei, new Set([ai]));
    else set.add(ai);
  }

  // Remaining capacity and placement of candidate advisers.
  const remaining = new Map<number, number>();
  const candidates: number[] = [];
  for (const ai of adviserAt.values()) {
    const a = advisers[ai] as SuggestionAdviser;
    if (!kinds.has(a.kind)) continue;
    const left = remainingEnterprises(policy.capacity[a.kind], { enterprises: enterprisesOf[ai] ?? 0, parks: parksOf[ai] ?? 0 });
    if (left <= 0) continue;
    const basisProblem = experienceProblem(a, ai);
    if (basisProblem !== null) return err(basisProblem);
    remaining.set(ai, left);
    candidates.push(ai);
  }
  const countyOfAdviser = (a: SuggestionAdviser): Id | undefined =>
    own(options.countyOf, a.id) ?? (a.departmentId === undefined ? undefined : departmentCounty.get(a.departmentId));

  // Targets and the fitting contacts they have.
  const needed = new Map<number, number>();
  const perKind = new Map<number, Map<AdviserKind, number>>();
  const want = Math.max(1, contact.min);
  const targets: number[] = [];
  for (const ei of enterpriseAt.values()) {
    const e = enterprises[ei] as SuggestionEnterprise;
    if (e.keyLevel === 'none') continue;
    if (typeof e.keyLevel !== 'string' || !Object.hasOwn(contact.levels, e.keyLevel)) {
      return err(
        domainError('INVALID_INPUT', {
          en: `enterprises[${ei}].keyLevel must be 'city', 'county' or 'none'; received ${JSON.stringify(e.keyLevel)}.`,
          zh: `enterprises[${ei}].keyLevel 应为 'city'、'county' 或 'none'，实际为 ${JSON.stringify(e.keyLevel)}。`,
          path: ['enterprises', ei, 'keyLevel'],
          value: e.keyLevel,
        }),
      );
    }
    const levels = contact.levels[e.keyLevel];
    let fitting = 0;
    const counts = new Map<AdviserKind, number>();
    for (const ai of contactsOf.get(ei) ?? []) {
      const a = advisers[ai] as SuggestionAdviser;
      counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
      if (kinds.has(a.kind) && levels.includes(a.level)) fitting++;
    }
    if (fitting >= want) continue;
    needed.set(ei, want - fitting);
    perKind.set(ei, counts);
    targets.push(ei);
  }

  // What each candidate brings, read once; candidates indexed by county.
  const ctx: ScoreContext = { policy, weights, weightSum };
  const factsOf = new Map<number, AdviserFacts>();
  const byCounty = new Map<Id | undefined, number[]>();
  const industryCodes = new Map<Id | undefined, number>();
  for (const ai of candidates) {
    const a = advisers[ai] as SuggestionAdviser;
    const f = adviserFacts(a, countyOfAdviser(a), remaining.get(ai) ?? 0, options.industriesOf);
    factsOf.set(ai, f);
    const group = byCounty.get(f.county);
    if (group === undefined) byCounty.set(f.county, [ai]);
    else group.push(ai);
    industryCodes.set(f.county, (industryCodes.get(f.county) ?? 0) + f.industries.length);
  }
  /** The counties whose advisers may serve `e`: its own, and none (city-wide). */
  const countiesFor = (e: SuggestionEnterprise): readonly (Id | undefined)[] => (e.countyId === undefined ? [undefined] : [e.countyId, undefined]);

  // The work of the scoring, counted before it starts.
  const needsOf = new Map<number, readonly Id[]>();
  let work = 0;
  for (const ei of targets) {
    const e = enterprises[ei] as SuggestionEnterprise;
    const needs = [...new Set(own(options.needsOf, e.id) ?? [])];
    needsOf.set(ei, needs);
    for (const c of countiesFor(e)) work += (byCounty.get(c)?.length ?? 0) * (1 + needs.length) + (industryCodes.get(c) ?? 0);
  }
  const maxWork = options.maxComparisons ?? MAX_COMPARISONS;
  if (!(work <= maxWork)) {
    const [w, m] = [work.toLocaleString('en-US'), typeof maxWork === 'number' ? maxWork.toLocaleString('en-US') : String(maxWork)];
    return err(
      domainError('INPUT_TOO_LARGE', {
        en: `Scoring ${targets.length} key enterprises against ${candidates.length} advisers would take ${w} comparisons, more than ${m} (options.maxComparisons, qinqing's own figure): suggest county by county, or raise it.`,
        zh: `为 ${targets.length} 家重点服务企业与 ${candidates.length} 名人员逐一评分需比较 ${w} 次，超过 ${m}（options.maxComparisons，qinqing 自定限值）：请按县区分别推荐，或调高该值。`,
        path: ['advisers'],
      }),
    );
  }

  // Score every fitting pair (the number only: the reasons are written for the accepted ones).
  const pairs = new PairOrder(targets, candidates, enterprises, advisers);
  const factsAt: (AdviserFacts | undefined)[] = [];
  for (const [ai, f] of factsOf) factsAt[ai] = f;
  for (const ei of targets) {
    const e = enterprises[ei] as SuggestionEnterprise;
    const levels = contact.levels[e.keyLevel as 'city' | 'county'];
    const needs = needsOf.get(ei) ?? [];
    const already = contactsOf.get(ei);
    for (const c of countiesFor(e)) {
      for (const ai of byCounty.get(c) ?? []) {
        const a = advisers[ai] as SuggestionAdviser;
        if (!levels.includes(a.level) || already?.has(ai) === true) continue;
        const limit = policy.capacity[a.kind].maxPerEnterprise;
        if (limit !== null && (perKind.get(ei)?.get(a.kind) ?? 0) >= limit) continue;
        pairs.add(ei, ai, fitTotal(a, factsAt[ai] as AdviserFacts, e, needs, ctx));
      }
    }
  }
  const order = pairs.sorted();

  // Greedy.
  const suggestions: PairingSuggestion[] = [];
  for (let k = 0; k < order.t.length; k++) {
    const t = order.t[k] as number;
    const ai = order.a[k] as number;
    const need = needed.get(t) ?? 0;
    const left = remaining.get(ai) ?? 0;
    if (need <= 0 || left <= 0) continue;
    const a = advisers[ai] as SuggestionAdviser;
    const counts = perKind.get(t) ?? new Map<AdviserKind, number>();
    const limit = policy.capacity[a.kind].maxPerEnterprise;
    const have = counts.get(a.kind) ?? 0;
    if (limit !== null && have >= limit) continue;
    counts.set(a.kind, have + 1);
    needed.set(t, need - 1);
    remaining.set(ai, left - 1);
    const e = enterprises[t] as SuggestionEnterprise;
    const f = fit(a, factsOf.get(ai) as AdviserFacts, e, needsOf.get(t) ?? [], ctx);
    suggestions.push({
      enterpriseId: e.id,
      adviserId: a.id,
      adviserKind: a.kind,
      score: f.total,
      breakdown: f.breakdown,
      reason: reasonOf(a, e, f),
    });
  }
  const unmatched = targets
    .filter((ei) => (needed.get(ei) ?? 0) > 0)
    .map((ei) => ({ enterpriseId: (enterprises[ei] as SuggestionEnterprise).id, missing: needed.get(ei) ?? 0 }))
    .sort((x, y) => byCodeUnit(x.enterpriseId, y.enterpriseId));
  return ok({ suggestions, unmatched });
}

/**
 * `INVALID_ARGUMENT` for the first weight that is negative or not finite, or for weights summing to
 * 0 or to more than a double holds (finite weights near `Number.MAX_VALUE` add up to Infinity, and
 * the score would be Infinity ÷ Infinity = NaN); else null.
 */
function weightsProblem(weights: SuggestionWeights, given: Partial<SuggestionWeights> | undefined): DomainError | null {
  const bad = (Object.keys(weights) as (keyof SuggestionWeights)[]).find((k) => !(weights[k] >= 0) || !Number.isFinite(weights[k]));
  const sum = weights.expertise + weights.experience + weights.level + weights.jurisdiction + weights.capacity;
  if (bad === undefined && sum > 0 && Number.isFinite(sum)) return null;
  return domainError('INVALID_ARGUMENT', {
    en: 'Suggestion weights must be finite numbers ≥ 0 with a positive, finite sum.',
    zh: '推荐权重须为不小于 0 的有限数，且总和大于 0、为有限数。',
    path: bad === undefined ? ['options', 'weights'] : ['options', 'weights', bad],
    value: bad === undefined ? given : weights[bad],
  });
}

/** `INVALID_INPUT` for the first ground of experience of adviser `a` (at `advisers[ai]`) that is not 学过、管过 or 干过; else null. */
function experienceProblem(a: SuggestionAdviser, ai: number): DomainError | null {
  return experienceBasisProblem(a.experience?.basis, ['advisers', ai, 'experience', 'basis'], `advisers[${ai}]`);
}

interface ScoreContext {
  readonly policy: PairingPolicy;
  readonly weights: SuggestionWeights;
  readonly weightSum: number;
}

/** What adviser `a` brings to every pair, read once. */
function adviserFacts(a: SuggestionAdviser, county: Id | undefined, left: number, industriesOf: Readonly<Record<Id, readonly string[]>> | undefined): AdviserFacts {
  return {
    expertise: new Set(a.expertise ?? []),
    industries: own(industriesOf, a.id) ?? [],
    grounds: [...new Set(a.experience?.basis ?? [])],
    county,
    left,
  };
}

/** How adviser `a` fits target enterprise `e`: the parts of the score, the total, and what the reason quotes. */
interface Fit {
  readonly breakdown: ScoreBreakdown;
  readonly total: number;
  readonly met: number;
  readonly needs: number;
  readonly industryFit: number;
  readonly bestCode: string;
  readonly grounds: readonly ExperienceBasis[];
  readonly county: Id | undefined;
  readonly left: number;
}

/** The parts of a score, and what a reason quotes: filled in by {@link fitTotal} when asked. */
interface FitDetails {
  expertise: number;
  experience: number;
  level: number;
  jurisdiction: number;
  capacity: number;
  met: number;
  industryFit: number;
  bestCode: string;
}

/**
 * The score of adviser `a` for target enterprise `e`, in time O(needs + industry codes of the
 * adviser), allocating nothing unless `details` asks for the parts.
 */
function fitTotal(a: SuggestionAdviser, f: AdviserFacts, e: SuggestionEnterprise, needs: readonly Id[], ctx: ScoreContext, details?: FitDetails): number {
  const { policy, weights: w, weightSum } = ctx;
  const met = needsMet(f.expertise, needs);
  const expertise = needs.length === 0 ? 0 : met / needs.length;
  const industryFit = industryShare(f.industries, e.industry);
  const experience = experiencePart(industryFit, f.grounds.length);
  const diff = levelRank[a.level] - levelRank[e.keyLevel];
  const level = diff === 0 ? 1 : diff > 0 ? 0.5 : 0.25;
  const jurisdiction = f.county === undefined ? 0.5 : 1;
  const max = policy.capacity[a.kind].maxEnterprises;
  const capacity = max === null || max === 0 ? 1 : Math.min(1, f.left / max);
  if (details !== undefined) Object.assign(details, { expertise, experience, level, jurisdiction, capacity, met, industryFit, bestCode: bestIndustryCode(f.industries, e.industry) });
  return round4((w.expertise * expertise + w.experience * experience + w.level * level + w.jurisdiction * jurisdiction + w.capacity * capacity) / weightSum);
}

/** How adviser `a` fits target enterprise `e`: the parts of the score, the total, and what the reason quotes. */
function fit(a: SuggestionAdviser, f: AdviserFacts, e: SuggestionEnterprise, needs: readonly Id[], ctx: ScoreContext): Fit {
  const d: FitDetails = { expertise: 0, experience: 0, level: 0, jurisdiction: 0, capacity: 0, met: 0, industryFit: 0, bestCode: '' };
  const total = fitTotal(a, f, e, needs, ctx, d);
  const breakdown: ScoreBreakdown = {
    expertise: round4(d.expertise),
    experience: round4(d.experience),
    level: d.level,
    jurisdiction: d.jurisdiction,
    capacity: round4(d.capacity),
  };
  return { breakdown, total, met: d.met, needs: needs.length, industryFit: d.industryFit, bestCode: d.bestCode, grounds: f.grounds, county: f.county, left: f.left };
}

/** The fit of an accepted pair in words. */
function reasonOf(a: SuggestionAdviser, e: SuggestionEnterprise, f: Fit): BilingualText {
  const { en: expEn, zh: expZh } = experienceText(f.bestCode, e.industry, f.industryFit, f.grounds);
  const leftEn = Number.isFinite(f.left) ? `${f.left} place${f.left === 1 ? '' : 's'} left` : 'no capacity limit';
  const leftZh = Number.isFinite(f.left) ? `尚可联系 ${f.left} 家` : '不限联系数量';
  return {
    en: `Expertise meets ${f.met} of ${f.needs} needs; ${expEn}; ${a.level} level for a ${e.keyLevel} key enterprise; ${f.county === undefined ? 'no county set' : 'same county'}; ${leftEn}.`,
    zh: `专长满足 ${f.needs} 项需求中的 ${f.met} 项；${expZh}；${levelZh[a.level]}人员联系${levelZh[e.keyLevel]}重点服务企业；${f.county === undefined ? '未指定县区' : '同一县区'}；${leftZh}。`,
  };
}

/**
 * The scored pairs, then sorted in greedy order: score (highest first), then city key enterprises
 * before county ones, then enterprise id, then adviser id (code units). Each target and adviser
 * gets its place in the tie order once; a pair is then one exact whole number — the score's rank
 * (10,000 − the score in units of 10⁻⁴: scores are rounded to 4 decimals), the target's rank and
 * the adviser's — sorted as numbers, or, where the number would not fit a double exactly, the
 * three are sorted with a comparator.
 */
class PairOrder {
  private readonly byE: readonly number[];
  private readonly byA: readonly number[];
  private readonly eRank: Int32Array;
  private readonly aRank: Int32Array;
  private readonly packed: boolean;
  private readonly keys: number[] = [];
  private readonly parts: number[] = [];

  constructor(targets: readonly number[], candidates: readonly number[], enterprises: readonly SuggestionEnterprise[], advisers: readonly SuggestionAdviser[]) {
    this.byE = [...targets].sort((x, y) => {
      const [ex, ey] = [enterprises[x] as SuggestionEnterprise, enterprises[y] as SuggestionEnterprise];
      return ex.keyLevel !== ey.keyLevel ? levelRank[ey.keyLevel] - levelRank[ex.keyLevel] : byCodeUnit(ex.id, ey.id);
    });
    this.byA = [...candidates].sort((x, y) => byCodeUnit((advisers[x] as SuggestionAdviser).id, (advisers[y] as SuggestionAdviser).id));
    this.eRank = new Int32Array(enterprises.length);
    this.byE.forEach((ei, r) => (this.eRank[ei] = r));
    this.aRank = new Int32Array(advisers.length);
    this.byA.forEach((ai, r) => (this.aRank[ai] = r));
    this.packed = 10_001 * Math.max(1, this.byE.length) * Math.max(1, this.byA.length) < Number.MAX_SAFE_INTEGER;
  }

  /** Adds the pair of target `ei` and adviser `ai` with its score (one that is not a number from 0 to 1 sorts last). */
  add(ei: number, ai: number, score: number): void {
    const s = score >= 0 && score <= 1 ? 10_000 - Math.round(score * 10_000) : 10_000;
    const [e, a] = [this.eRank[ei] as number, this.aRank[ai] as number];
    if (this.packed) this.keys.push((s * Math.max(1, this.byE.length) + e) * Math.max(1, this.byA.length) + a);
    else this.parts.push(s, e, a);
  }

  /** The pairs in greedy order: targets and advisers by index. */
  sorted(): { readonly t: Int32Array; readonly a: Int32Array } {
    const [E, A] = [Math.max(1, this.byE.length), Math.max(1, this.byA.length)];
    const n = this.packed ? this.keys.length : this.parts.length / 3;
    const t = new Int32Array(n);
    const a = new Int32Array(n);
    if (this.packed) {
      const keys = Float64Array.from(this.keys).sort();
      for (let k = 0; k < n; k++) {
        const key = keys[k] as number;
        a[k] = this.byA[key % A] as number;
        t[k] = this.byE[Math.floor(key / A) % E] as number;
      }
    } else {
      const p = this.parts;
      const order = Array.from({ length: n }, (_, k) => 3 * k).sort(
        (x, y) => (p[x] as number) - (p[y] as number) || (p[x + 1] as number) - (p[y + 1] as number) || (p[x + 2] as number) - (p[y + 2] as number),
      );
      order.forEach((k, i) => {
        t[i] = this.byE[p[k + 1] as number] as number;
        a[i] = this.byA[p[k + 2] as number] as number;
      });
    }
    return { t, a };
  }
}

const levelZh: Readonly<Record<GovernmentLevel | KeyEnterpriseLevel, string>> = { city: '市级', county: '县级', grassroots: '基层', none: '' };
