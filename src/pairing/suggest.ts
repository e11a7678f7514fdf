import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, CalendarDate, Id } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { deepFreeze } from '../internal/freeze.js';
import type { AdviserKind } from '../org/adviser.js';
import { ExperienceBasis } from '../org/adviser.js';
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

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

interface Candidate {
  readonly t: number;
  readonly a: number;
  readonly score: number;
  readonly breakdown: ScoreBreakdown;
  readonly reason: BilingualText;
}

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
 *   `['advisers', i, 'experience', 'basis', j]`).
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

  // Score every fitting pair.
  const ctx: ScoreContext = { policy, weights, weightSum, industriesOf: options.industriesOf };
  const scored: Candidate[] = [];
  for (const ei of targets) {
    const e = enterprises[ei] as SuggestionEnterprise;
    const levels = contact.levels[e.keyLevel as 'city' | 'county'];
    const needs = [...new Set(own(options.needsOf, e.id) ?? [])];
    const already = contactsOf.get(ei);
    for (const ai of candidates) {
      const a = advisers[ai] as SuggestionAdviser;
      if (!levels.includes(a.level) || already?.has(ai) === true) continue;
      const county = countyOfAdviser(a);
      if (county !== undefined && county !== e.countyId) continue;
      const limit = policy.capacity[a.kind].maxPerEnterprise;
      if (limit !== null && (perKind.get(ei)?.get(a.kind) ?? 0) >= limit) continue;
      scored.push(score(a, e, needs, county, remaining.get(ai) ?? 0, ctx, ei, ai));
    }
  }
  scored.sort((x, y) => {
    if (x.score !== y.score) return y.score - x.score;
    const ex = enterprises[x.t] as SuggestionEnterprise;
    const ey = enterprises[y.t] as SuggestionEnterprise;
    if (ex.keyLevel !== ey.keyLevel) return levelRank[ey.keyLevel] - levelRank[ex.keyLevel];
    return byCodeUnit(ex.id, ey.id) || byCodeUnit((advisers[x.a] as SuggestionAdviser).id, (advisers[y.a] as SuggestionAdviser).id);
  });

  // Greedy.
  const suggestions: PairingSuggestion[] = [];
  for (const c of scored) {
    const need = needed.get(c.t) ?? 0;
    const left = remaining.get(c.a) ?? 0;
    if (need <= 0 || left <= 0) continue;
    const a = advisers[c.a] as SuggestionAdviser;
    const counts = perKind.get(c.t) ?? new Map<AdviserKind, number>();
    const limit = policy.capacity[a.kind].maxPerEnterprise;
    const have = counts.get(a.kind) ?? 0;
    if (limit !== null && have >= limit) continue;
    counts.set(a.kind, have + 1);
    needed.set(c.t, need - 1);
    remaining.set(c.a, left - 1);
    suggestions.push({
      enterpriseId: (enterprises[c.t] as SuggestionEnterprise).id,
      adviserId: a.id,
      adviserKind: a.kind,
      score: c.score,
      breakdown: c.breakdown,
      reason: c.reason,
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
  const basis = a.experience?.basis ?? [];
  for (let j = 0; j < basis.length; j++) {
    const g = basis[j];
    if (typeof g === 'string' && Object.hasOwn(ExperienceBasis.labels, g)) continue;
    return domainError('INVALID_INPUT', {
      en: `advisers[${ai}].experience.basis[${j}] must be 'studied', 'managed' or 'practised'; received ${JSON.stringify(g)}.`,
      zh: `advisers[${ai}].experience.basis[${j}] 应为 'studied'（学过）、'managed'（管过）或 'practised'（干过），实际为 ${JSON.stringify(g)}。`,
      path: ['advisers', ai, 'experience', 'basis', j],
      value: g,
    });
  }
  return null;
}

interface ScoreContext {
  readonly policy: PairingPolicy;
  readonly weights: SuggestionWeights;
  readonly weightSum: number;
  readonly industriesOf: Readonly<Record<Id, readonly string[]>> | undefined;
}

/** Scores adviser `a` (index `ai`) for target enterprise `e` (index `t`), with `left` places free. */
function score(a: SuggestionAdviser, e: SuggestionEnterprise, needs: readonly Id[], county: Id | undefined, left: number, ctx: ScoreContext, t: number, ai: number): Candidate {
  const { policy, weights: w, weightSum } = ctx;
  const expertiseSet = new Set(a.expertise ?? []);
  const met = needs.filter((n) => expertiseSet.has(n));
  const expertise = needs.length === 0 ? 0 : met.length / needs.length;

  let bestCode = '';
  let industryFit = 0;
  for (const code of own(ctx.industriesOf, a.id) ?? []) {
    const n = commonPrefix(code, e.industry);
    const fit = n === 0 ? 0 : n / Math.max(code.length, e.industry.length);
    if (fit > industryFit) {
      industryFit = fit;
      bestCode = code;
    }
  }
  const grounds = [...new Set(a.experience?.basis ?? [])];
  const experience = industryFit * ((1 + grounds.length) / 4);

  const diff = levelRank[a.level] - levelRank[e.keyLevel];
  const level = diff === 0 ? 1 : diff > 0 ? 0.5 : 0.25;
  const jurisdiction = county === undefined ? 0.5 : 1;
  const max = policy.capacity[a.kind].maxEnterprises;
  const capacity = max === null || max === 0 ? 1 : Math.min(1, left / max);

  const breakdown: ScoreBreakdown = {
    expertise: round4(expertise),
    experience: round4(experience),
    level,
    jurisdiction,
    capacity: round4(capacity),
  };
  const total = round4((w.expertise * expertise + w.experience * experience + w.level * level + w.jurisdiction * jurisdiction + w.capacity * capacity) / weightSum);

  const groundsEn = grounds.map((g) => ExperienceBasis.labels[g].en.toLowerCase()).join(', ');
  const groundsZh = grounds.map((g) => ExperienceBasis.labels[g].zh).join('、');
  const expEn = industryFit === 0 ? 'no industry experience recorded' : `industry ${bestCode} vs ${e.industry}${grounds.length === 0 ? '' : ` (${groundsEn})`}`;
  const expZh = industryFit === 0 ? '无相关行业经历记录' : `行业经历 ${bestCode}（企业 ${e.industry}）${grounds.length === 0 ? '' : `：${groundsZh}`}`;
  const leftEn = Number.isFinite(left) ? `${left} place${left === 1 ? '' : 's'} left` : 'no capacity limit';
  const leftZh = Number.isFinite(left) ? `尚可联系 ${left} 家` : '不限联系数量';
  const reason: BilingualText = {
    en: `Expertise meets ${met.length} of ${needs.length} needs; ${expEn}; ${a.level} level for a ${e.keyLevel} key enterprise; ${county === undefined ? 'no county set' : 'same county'}; ${leftEn}.`,
    zh: `专长满足 ${needs.length} 项需求中的 ${met.length} 项；${expZh}；${levelZh[a.level]}人员联系${levelZh[e.keyLevel]}重点服务企业；${county === undefined ? '未指定县区' : '同一县区'}；${leftZh}。`,
  };
  return { t, a: ai, score: total, breakdown, reason };
}

const levelZh: Readonly<Record<GovernmentLevel | KeyEnterpriseLevel, string>> = { city: '市级', county: '县级', grassroots: '基层', none: '' };
