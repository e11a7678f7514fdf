import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import { domainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema, type BilingualText, type CalendarDate, type Id } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { movedPaths, safeParseWith } from '../internal/parse.js';
import type { ExperienceBasis } from './adviser.js';
import { bestIndustryCode, experienceBasisProblem, experiencePart, experienceText, industryShare, needsMet } from './fit.js';

/**
 * Where the cadres of a service-enterprise cadre pool (服务企业干部库, 002) come from: Haining builds
 * its pool of 200-odd "mainly from leaders who have left their leading posts, promising
 * middle-level cadres and young cadres" (以退出现职领导干部、有潜力的中层干部和年轻干部为主).
 *
 * `CadreTrack.values` lists the values in order, `CadreTrack.labels` gives each a zh-CN and an
 * English label, and `CadreTrack.schema` validates one.
 *
 * @example
 * ```ts
 * CadreTrack.labels.formerLeader.zh; // '退出现职领导干部'
 * CadreTrack.values; // ['formerLeader', 'promisingMidLevel', 'youngCadre', 'other']
 * ```
 * @category Org
 */
export const CadreTrack = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    formerLeader: { zh: '退出现职领导干部', en: 'Leader who has left a leading post' },
    promisingMidLevel: { zh: '有潜力的中层干部', en: 'Promising middle-level cadre' },
    youngCadre: { zh: '年轻干部', en: 'Young cadre' },
    other: { zh: '其他', en: 'Other' },
  }),
))();

export type CadreTrack = EnumValue<typeof CadreTrack>;

/**
 * A cadre's place in a service-enterprise cadre pool (服务企业干部库, 002): who (an adviser id), from
 * which track, since and until when (`until` null: still in it; `until ≥ since`), the industries
 * they have studied, managed or worked in (GB/T 4754 codes or prefixes such as `C34`, at most 50),
 * and the county they serve (null: city-wide). What they are expert in and on which grounds
 * (学过、管过、干过) is on the adviser ({@link AdviserSchema}'s `expertise` and `experience`).
 *
 * @example
 * ```ts
 * CadrePoolEntrySchema.parse({ adviserId: 'a1', track: 'youngCadre', since: '2019-01-01', industries: ['C28'] }).until; // null
 * safeParse(CadrePoolEntrySchema, { adviserId: 'a1', track: 'youngCadre', since: '2019-01-01', until: '2018-12-31' }).ok; // false
 * ```
 * @category Org
 */
export const CadrePoolEntrySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The cadre (an adviser id). */
    adviserId: IdSchema,
    /** The track the cadre comes from. */
    track: CadreTrack.schema,
    /** The day the cadre joined the pool. */
    since: CalendarDateSchema,
    /** The last day in the pool, or null while the cadre is in it. */
    until: CalendarDateSchema.nullable().default(null).describe('The last day in the pool, or null while in it'),
    /** Industry codes or prefixes (GB/T 4754) the cadre has experience in. */
    industries: z.array(z.string().min(1).max(16)).max(50).default(() => []).describe('Industry codes or prefixes (GB/T 4754) the cadre has experience in'),
    /** The county or district the cadre serves, or null for city-wide. */
    countyId: IdSchema.nullable().default(null).describe('The county the cadre serves; null for city-wide'),
  })
  .refine((e) => e.until === null || e.since <= e.until, {
    message: 'A cadre leaves the pool on or after the day they join it.',
    path: ['until'],
    params: { code: 'INVALID_ARGUMENT', messageZh: '干部退出干部库的日期不得早于入库日期。' },
  }))();

/**
 * A cadre's place in a cadre pool; see {@link CadrePoolEntrySchema}.
 *
 * @category Org
 */
export type CadrePoolEntry = DeepReadonly<z.input<typeof CadrePoolEntrySchema>>;

/**
 * An enterprise asking for a cadre from the pool, e.g. to be stationed in it full-time (驻企挂职,
 * 002): its industry code (GB/T 4754), its needs (category ids of the service taxonomy), its county
 * (null: anywhere) and how many cadres (1 by default, at most 50).
 *
 * @example
 * ```ts
 * CadreRequestSchema.parse({ enterpriseId: 'e1', industry: 'C2821' }).cadres; // 1
 * ```
 * @category Org
 */
export const CadreRequestSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The enterprise. */
  enterpriseId: IdSchema,
  /** Its industry code (GB/T 4754), e.g. `C2821`. */
  industry: z.string().min(1).max(16).describe('Industry code (GB/T 4754)'),
  /** Category ids of what it needs help with. */
  needs: z.array(IdSchema).max(200).default(() => []).describe('Category ids of a service taxonomy'),
  /** Its county or district, or null. */
  countyId: IdSchema.nullable().default(null),
  /** How many cadres it asks for. */
  cadres: z.int().min(1).max(50).default(1),
}))();

/**
 * An enterprise asking for cadres from the pool; see {@link CadreRequestSchema}.
 *
 * @category Org
 */
export type CadreRequest = DeepReadonly<z.input<typeof CadreRequestSchema>>;

/**
 * What the pool functions read of a secondment (a `Secondment` of qinqing/pairing will do): a
 * cadre with an active `'cadreToEnterprise'` secondment is stationed in an enterprise already.
 *
 * @category Org
 */
export interface PoolSecondment {
  /** `'cadreToEnterprise'` counts; the other direction is ignored. */
  readonly direction: string;
  /** The cadre. */
  readonly personId: Id;
  /** The first and last day. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
}

/**
 * What the pool functions read of a cadre (an {@link Adviser} will do).
 *
 * @category Org
 */
export interface PoolAdviser {
  /** The adviser's id. */
  readonly id: Id;
  /** Category ids the cadre is expert in. */
  readonly expertise?: readonly Id[] | undefined;
  /** The grounds of the cadre's experience (学过、管过、干过). */
  readonly experience?: { readonly basis?: readonly ExperienceBasis[] | undefined } | undefined;
}

/**
 * What {@link cadrePoolSummary} counts on a date.
 *
 * @category Org
 */
export interface CadrePoolSummary {
  /** The date counted. */
  readonly asOf: CalendarDate;
  /** Cadres in the pool on that day. */
  readonly members: number;
  /** Of them, per track. */
  readonly byTrack: Readonly<Record<CadreTrack, number>>;
  /** Of them, with at least one industry of experience recorded. */
  readonly withIndustryExperience: number;
  /** Of them, stationed in an enterprise that day (an active cadre-to-enterprise secondment). */
  readonly seconded: number;
  /** Of them, free to be chosen: members − seconded. */
  readonly available: number;
}

const entriesSchema = /* @__PURE__ */ (() => z.array(CadrePoolEntrySchema).max(100_000))();
const requestsSchema = /* @__PURE__ */ (() => z.array(CadreRequestSchema).max(10_000))();
type ParsedEntry = z.output<typeof CadrePoolEntrySchema>;
type ParsedRequest = z.output<typeof CadreRequestSchema>;

/** The pool parsed (paths under `['pool']`), with repeated cadres refused. */
function readPool(pool: readonly CadrePoolEntry[]): Result<readonly ParsedEntry[]> {
  const parsed = safeParseWith(entriesSchema, pool);
  if (!parsed.ok) return err(movedPaths(parsed.error, (path) => ['pool', ...path]));
  const seen = new Set<Id>();
  for (let i = 0; i < parsed.value.length; i++) {
    const id = (parsed.value[i] as ParsedEntry).adviserId;
    if (seen.has(id)) {
      return err(domainError('DUPLICATE_ID', { en: `The cadre ${id} is in the pool twice.`, zh: `干部 ${id} 在干部库中重复出现。`, path: ['pool', i, 'adviserId'], value: id }));
    }
    seen.add(id);
  }
  return ok(parsed.value);
}

/** The cadres stationed in an enterprise on `asOf`. */
function secondedOn(secondments: readonly PoolSecondment[] | undefined, asOf: CalendarDate): Set<Id> {
  const out = new Set<Id>();
  for (const s of Array.isArray(secondments) ? secondments : []) {
    if (s === null || typeof s !== 'object' || s.direction !== 'cadreToEnterprise' || s.period === null || typeof s.period !== 'object') continue;
    if (s.period.from <= asOf && asOf <= s.period.to) out.add(s.personId);
  }
  return out;
}

const isMember = (e: ParsedEntry, asOf: CalendarDate): boolean => e.since <= asOf && (e.until === null || asOf <= e.until);

/**
 * Counts a service-enterprise cadre pool (服务企业干部库, 002: "a pool of 200-odd cadres") on a date:
 * its members per track, those with industry experience recorded, and those stationed in an
 * enterprise that day (given the secondments) or free to be chosen.
 *
 * @param pool - The pool's entries (checked with {@link CadrePoolEntrySchema}; a cadre at most once).
 * @param asOf - The date.
 * @param secondments - Secondments, e.g. `Secondment`s of qinqing/pairing (optional).
 * @returns The counts; or `INVALID_DATE` at `['asOf']`, `INVALID_INPUT` / `INVALID_ARGUMENT` under
 *   `['pool']`, `DUPLICATE_ID` at `['pool', i, 'adviserId']`.
 * @example
 * ```ts
 * const pool = [{ adviserId: 'a1', track: 'youngCadre', since: '2019-01-01' }, { adviserId: 'a2', track: 'formerLeader', since: '2019-01-01', industries: ['C'] }] as const;
 * unwrap(cadrePoolSummary(pool, '2019-06-01')); // { asOf: '2019-06-01', members: 2, byTrack: { formerLeader: 1, promisingMidLevel: 0, youngCadre: 1, other: 0 }, withIndustryExperience: 1, seconded: 0, available: 2 }
 * ```
 * @category Org
 */
export function cadrePoolSummary(pool: readonly CadrePoolEntry[], asOf: CalendarDate, secondments?: readonly PoolSecondment[]): Result<CadrePoolSummary> {
  const day = readDay(asOf, 'asOf');
  if (!day.ok) return day;
  const read = readPool(pool);
  if (!read.ok) return read;
  const away = secondedOn(secondments, asOf);
  const byTrack: Record<CadreTrack, number> = { formerLeader: 0, promisingMidLevel: 0, youngCadre: 0, other: 0 };
  let members = 0;
  let withIndustryExperience = 0;
  let seconded = 0;
  for (const e of read.value) {
    if (!isMember(e, asOf)) continue;
    members++;
    byTrack[e.track]++;
    if (e.industries.length > 0) withIndustryExperience++;
    if (away.has(e.adviserId)) seconded++;
  }
  return ok({ asOf, members, byTrack, withIndustryExperience, seconded, available: members - seconded });
}

/**
 * The weights of the parts of a pool selection's score. See {@link defaultCadrePoolWeights}.
 *
 * @category Org
 */
export interface CadrePoolWeights {
  /** The cadre's expertise against the enterprise's needs. */
  readonly expertise: number;
  /** The cadre's industry experience, weighted by the grounds 学过、管过、干过. */
  readonly experience: number;
  /** The cadre's county against the enterprise's. */
  readonly jurisdiction: number;
}

/**
 * qinqing's default weights of a pool selection: expertise 0.4, experience 0.4, jurisdiction 0.2 —
 * the proportions of `suggestPairings`' default weights for the same parts (0.3, 0.3, 0.15), so
 * that a cadre fits an enterprise the same way in both. The sources fix no figures. Frozen.
 *
 * @example
 * ```ts
 * defaultCadrePoolWeights.experience; // 0.4
 * ```
 * @category Org
 */
export const defaultCadrePoolWeights: CadrePoolWeights = /* @__PURE__ */ deepFreeze({ expertise: 0.4, experience: 0.4, jurisdiction: 0.2 });

/**
 * Options of {@link selectFromCadrePool}.
 *
 * @category Org
 */
export interface SelectFromCadrePoolOptions {
  /** The day of the selection: pool members and secondments active on it count. */
  readonly asOf: CalendarDate;
  /** Secondments: a cadre stationed in an enterprise that day is not free (optional). */
  readonly secondments?: readonly PoolSecondment[];
  /** Only cadres of these tracks (default all). */
  readonly tracks?: readonly CadreTrack[];
  /** The weights; missing ones from {@link defaultCadrePoolWeights}. */
  readonly weights?: Partial<CadrePoolWeights>;
  /**
   * Whether a cadre must fit the enterprise at all — meet one of its needs, or have experience in
   * its industry — to be chosen (002: 经历相适、业务相关). Default true.
   */
  readonly requireFit?: boolean;
  /**
   * The most work the scoring may take, counted before it starts: one per request–cadre pair, plus
   * the needs and industry codes it compares. Default 2,000,000 (qinqing's figure, as
   * `suggestPairings`); beyond it `INPUT_TOO_LARGE`.
   */
  readonly maxComparisons?: number;
}

/**
 * The parts of a pool selection's score, each from 0 to 1 (rounded to 4 decimals).
 *
 * @category Org
 */
export interface CadreFit {
  /** Share of the enterprise's needs the cadre is expert in (0 when it names none). */
  readonly expertise: number;
  /** Industry fit × (1 + grounds) ÷ 4, as `suggestPairings` scores it. */
  readonly experience: number;
  /** 1 in the enterprise's county, 0.5 when either has none. */
  readonly jurisdiction: number;
}

/**
 * One cadre chosen for one enterprise, with why: the score and its parts, the reason, how many
 * cadres could have gone, and the best one not chosen for it.
 *
 * @category Org
 */
export interface CadreSelection {
  /** The enterprise. */
  readonly enterpriseId: Id;
  /** The cadre chosen. */
  readonly adviserId: Id;
  /** The cadre's track. */
  readonly track: CadreTrack;
  /** The weighted score, from 0 to 1 (rounded to 4 decimals). */
  readonly score: number;
  /** The parts of the score. */
  readonly fit: CadreFit;
  /** How many free cadres fitted this enterprise at all. */
  readonly candidates: number;
  /** The best fitting cadre not chosen for this enterprise, and where that cadre went (null: nowhere). */
  readonly runnerUp: { readonly adviserId: Id; readonly score: number; readonly chosenFor: Id | null } | null;
  /** The choice in words. */
  readonly reason: BilingualText;
}

/**
 * What {@link selectFromCadrePool} chose: the selections, best first, and the requests left short.
 *
 * @category Org
 */
export interface CadrePoolSelection {
  /** The date of the selection. */
  readonly asOf: CalendarDate;
  /** Pool members free that day (not stationed in an enterprise, of the tracks asked for). */
  readonly free: number;
  /** The cadres chosen, in the order they were chosen (best score first). */
  readonly selections: readonly CadreSelection[];
  /** Requests for which not enough fitting cadres were free, by enterprise id. */
  readonly unfilled: readonly { readonly enterpriseId: Id; readonly missing: number }[];
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const MAX_COMPARISONS = 2_000_000;

interface Candidate {
  readonly entry: ParsedEntry;
  readonly expertise: ReadonlySet<Id>;
  readonly grounds: readonly ExperienceBasis[];
}

interface Pair {
  readonly r: number;
  readonly c: number;
  readonly score: number;
}

/**
 * Chooses cadres from a service-enterprise cadre pool for the enterprises that ask for them, by
 * experience fit (002: 结合企业需求，突出经历相适、业务相关，从干部库中精准选派适岗干部), and explains each choice.
 *
 * **Free cadres**: pool members on `asOf` (of `options.tracks`, if given) who are not stationed in
 * an enterprise that day (an active `'cadreToEnterprise'` secondment). A cadre stationed full time
 * (全脱产驻企) goes to one enterprise, so each is chosen at most once.
 *
 * **Score**: the weighted mean of the {@link CadreFit} parts, computed as `suggestPairings` computes
 * them (shared code): expertise (the cadre's `expertise` ∩ the request's `needs`), experience (the
 * pool entry's `industries` against the request's `industry`, × (1 + the grounds 学过、管过、干过 on the
 * adviser) ÷ 4) and jurisdiction. A cadre of another county than the request's is not a candidate;
 * with `requireFit` (default) neither is one who meets no need and has no experience in the industry.
 *
 * **Greedy**: every candidate pair sorted by score (highest first), then enterprise id, then adviser
 * id (code-unit order), so the result does not depend on the order of the inputs; a pair is taken
 * while the enterprise still asks and the cadre is free. Each selection names the runner-up: the
 * best candidate for that enterprise not chosen for it, and where they went.
 *
 * @param pool - The pool (checked with {@link CadrePoolEntrySchema}; a cadre at most once).
 * @param advisers - The cadres' adviser records (expertise and grounds); every pool member must have one.
 * @param requests - The enterprises asking (checked with {@link CadreRequestSchema}; an enterprise at most once).
 * @param options - `asOf`, secondments, tracks, weights, `requireFit`, `maxComparisons`.
 * @returns The selections and the requests left short; or `INVALID_DATE` at `['options', 'asOf']`,
 *   the pool's or the requests' problems under `['pool']` / `['requests']` (`INVALID_INPUT`,
 *   `INVALID_ARGUMENT`, `DUPLICATE_ID`), `UNKNOWN_REFERENCE` at `['pool', i, 'adviserId']` for a
 *   member without an adviser record, `INVALID_INPUT` for an adviser's unknown ground of experience,
 *   `INVALID_ARGUMENT` for weights (negative, not finite, or summing to 0) or unknown tracks, and
 *   `INPUT_TOO_LARGE` at `['requests']` beyond `maxComparisons`.
 * @example
 * ```ts
 * const pool = [{ adviserId: 'a1', track: 'promisingMidLevel', since: '2019-01-01', industries: ['C28'] },
 *   { adviserId: 'a2', track: 'youngCadre', since: '2019-01-01', industries: ['F51'] }] as const;
 * const advisers = [{ id: 'a1', experience: { basis: ['managed'] } }, { id: 'a2', expertise: ['financing'] }] as const;
 * const r = unwrap(selectFromCadrePool(pool, advisers, [{ enterpriseId: 'e1', industry: 'C2821', needs: ['financing'] }], { asOf: '2019-03-01' }));
 * r.selections.map((s) => [s.enterpriseId, s.adviserId, s.score]); // [['e1', 'a2', 0.5]]
 * r.selections[0]?.reason.en; // 'Chosen from 2 fitting free cadres: expertise meets 1 of 1 need; no industry experience recorded; no county set; runner-up a1 (0.22).'
 * ```
 * @category Org
 */
export function selectFromCadrePool(
  pool: readonly CadrePoolEntry[],
  advisers: readonly PoolAdviser[],
  requests: readonly CadreRequest[],
  options: SelectFromCadrePoolOptions,
): Result<CadrePoolSelection> {
  const asOf = options?.asOf;
  const day = readDay(asOf, 'options.asOf');
  if (!day.ok) return day;
  const read = readPool(pool);
  if (!read.ok) return read;
  const req = safeParseWith(requestsSchema, requests);
  if (!req.ok) return err(movedPaths(req.error, (path) => ['requests', ...path]));
  const reqs: readonly ParsedRequest[] = req.value;
  const seenRequest = new Set<Id>();
  for (let i = 0; i < reqs.length; i++) {
    const id = (reqs[i] as ParsedRequest).enterpriseId;
    if (seenRequest.has(id)) return err(domainError('DUPLICATE_ID', { en: `The enterprise ${id} asks twice.`, zh: `企业 ${id} 重复提出选派需求。`, path: ['requests', i, 'enterpriseId'], value: id }));
    seenRequest.add(id);
  }
  const weights: CadrePoolWeights = { ...defaultCadrePoolWeights, ...options.weights };
  const badWeight = (Object.keys(defaultCadrePoolWeights) as (keyof CadrePoolWeights)[]).find((k) => !(weights[k] >= 0) || !Number.isFinite(weights[k]));
  const weightSum = weights.expertise + weights.experience + weights.jurisdiction;
  if (badWeight !== undefined || !(weightSum > 0) || !Number.isFinite(weightSum)) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: 'Pool selection weights must be finite numbers ≥ 0 with a positive, finite sum.',
        zh: '干部库选派权重须为不小于 0 的有限数，且总和大于 0、为有限数。',
        path: badWeight === undefined ? ['options', 'weights'] : ['options', 'weights', badWeight],
        value: badWeight === undefined ? options.weights : weights[badWeight],
      }),
    );
  }
  const tracks = options.tracks;
  if (tracks !== undefined) {
    const j = Array.isArray(tracks) ? tracks.findIndex((t) => !CadreTrack.schema.safeParse(t).success) : -1;
    if (!Array.isArray(tracks) || j >= 0) {
      return err(
        domainError('INVALID_ARGUMENT', {
          en: `options.tracks must list tracks of the pool (${CadreTrack.values.join(', ')}).`,
          zh: `options.tracks 应列出干部库的来源类别（${CadreTrack.values.join('、')}）。`,
          path: j >= 0 ? ['options', 'tracks', j] : ['options', 'tracks'],
          value: j >= 0 ? tracks[j] : tracks,
        }),
      );
    }
  }
  const trackSet = tracks === undefined ? null : new Set<string>(tracks);

  // The free cadres, with what they bring.
  const byId = new Map<Id, { readonly a: PoolAdviser; readonly ai: number }>();
  (Array.isArray(advisers) ? advisers : []).forEach((a, ai) => {
    if (a !== null && typeof a === 'object' && !byId.has(a.id)) byId.set(a.id, { a, ai });
  });
  const away = secondedOn(options.secondments, asOf);
  const free: Candidate[] = [];
  for (let i = 0; i < read.value.length; i++) {
    const entry = read.value[i] as ParsedEntry;
    const known = byId.get(entry.adviserId);
    if (known === undefined) {
      return err(
        domainError('UNKNOWN_REFERENCE', {
          en: `pool[${i}].adviserId ${entry.adviserId} has no adviser record: pass it in advisers.`,
          zh: `pool[${i}].adviserId ${entry.adviserId} 没有对应的人员记录：请在 advisers 中提供。`,
          path: ['pool', i, 'adviserId'],
          value: entry.adviserId,
        }),
      );
    }
    const { a, ai } = known;
    const basis = a.experience?.basis;
    const problem = basis === undefined || Array.isArray(basis) ? experienceBasisProblem(basis, ['advisers', ai, 'experience', 'basis'], `advisers[${ai}]`) : experienceBasisProblem([basis], ['advisers', ai, 'experience', 'basis'], `advisers[${ai}]`);
    if (problem !== null) return err(problem);
    if (!isMember(entry, asOf) || away.has(entry.adviserId) || (trackSet !== null && !trackSet.has(entry.track))) continue;
    free.push({ entry, expertise: new Set(Array.isArray(a.expertise) ? a.expertise : []), grounds: [...new Set(basis ?? [])] });
  }

  // The work, counted before it starts.
  let work = 0;
  for (const r of reqs) work += free.length * (1 + r.needs.length);
  for (const c of free) work += reqs.length * c.entry.industries.length;
  const maxWork = options.maxComparisons ?? MAX_COMPARISONS;
  if (!(work <= maxWork)) {
    return err(
      domainError('INPUT_TOO_LARGE', {
        en: `Scoring ${reqs.length} requests against ${free.length} free cadres would take ${work} comparisons, more than ${String(maxWork)} (options.maxComparisons, qinqing's own figure).`,
        zh: `对 ${reqs.length} 项选派需求与 ${free.length} 名可选干部逐一评分需比较 ${work} 次，超过 ${String(maxWork)}（options.maxComparisons，qinqing 自定限值）。`,
        path: ['requests'],
      }),
    );
  }

  const requireFit = options.requireFit !== false;
  const fitOf = (r: ParsedRequest, c: Candidate): { fit: CadreFit; score: number; met: number; share: number } | null => {
    if (r.countyId !== null && c.entry.countyId !== null && r.countyId !== c.entry.countyId) return null;
    const needs = [...new Set(r.needs)];
    const met = needsMet(c.expertise, needs);
    const share = industryShare(c.entry.industries, r.industry);
    if (requireFit && met === 0 && share === 0) return null;
    const expertise = needs.length === 0 ? 0 : met / needs.length;
    const experience = experiencePart(share, c.grounds.length);
    const jurisdiction = r.countyId !== null && c.entry.countyId !== null ? 1 : 0.5;
    const score = round4((weights.expertise * expertise + weights.experience * experience + weights.jurisdiction * jurisdiction) / weightSum);
    return { fit: { expertise: round4(expertise), experience: round4(experience), jurisdiction }, score, met, share };
  };

  // Every candidate pair, in greedy order.
  const pairs: Pair[] = [];
  const perRequest: Pair[][] = reqs.map(() => []);
  reqs.forEach((r, ri) => {
    free.forEach((c, ci) => {
      const f = fitOf(r, c);
      if (f === null) return;
      const p = { r: ri, c: ci, score: f.score };
      pairs.push(p);
      (perRequest[ri] as Pair[]).push(p);
    });
  });
  const order = (x: Pair, y: Pair): number =>
    y.score - x.score || byCodeUnit((reqs[x.r] as ParsedRequest).enterpriseId, (reqs[y.r] as ParsedRequest).enterpriseId) || byCodeUnit((free[x.c] as Candidate).entry.adviserId, (free[y.c] as Candidate).entry.adviserId);
  pairs.sort(order);
  for (const list of perRequest) list.sort(order);

  const left = reqs.map((r) => r.cadres);
  const chosenFor = new Map<number, number>();
  const accepted: Pair[] = [];
  for (const p of pairs) {
    if ((left[p.r] as number) <= 0 || chosenFor.has(p.c)) continue;
    left[p.r] = (left[p.r] as number) - 1;
    chosenFor.set(p.c, p.r);
    accepted.push(p);
  }

  const selections = accepted.map((p): CadreSelection => {
    const r = reqs[p.r] as ParsedRequest;
    const c = free[p.c] as Candidate;
    const f = fitOf(r, c) as NonNullable<ReturnType<typeof fitOf>>;
    const list = perRequest[p.r] as Pair[];
    const next = list.find((q) => chosenFor.get(q.c) !== p.r);
    const runnerUp =
      next === undefined
        ? null
        : { adviserId: (free[next.c] as Candidate).entry.adviserId, score: next.score, chosenFor: chosenFor.has(next.c) ? (reqs[chosenFor.get(next.c) as number] as ParsedRequest).enterpriseId : null };
    return { enterpriseId: r.enterpriseId, adviserId: c.entry.adviserId, track: c.entry.track, score: p.score, fit: f.fit, candidates: list.length, runnerUp, reason: reasonOf(r, c, f, list.length, runnerUp) };
  });
  const unfilled = reqs
    .map((r, i) => ({ enterpriseId: r.enterpriseId, missing: left[i] as number }))
    .filter((u) => u.missing > 0)
    .sort((x, y) => byCodeUnit(x.enterpriseId, y.enterpriseId));
  return ok({ asOf, free: free.length, selections, unfilled });
}

/** A selection in words. */
function reasonOf(
  r: ParsedRequest,
  c: Candidate,
  f: { readonly met: number; readonly share: number },
  candidates: number,
  runnerUp: CadreSelection['runnerUp'],
): BilingualText {
  const needs = new Set(r.needs).size;
  const exp = experienceText(bestIndustryCode(c.entry.industries, r.industry), r.industry, f.share, c.grounds);
  const county = r.countyId !== null && c.entry.countyId !== null;
  const nextEn = runnerUp === null ? 'no runner-up' : `runner-up ${runnerUp.adviserId} (${runnerUp.score})${runnerUp.chosenFor === null ? '' : `, chosen for ${runnerUp.chosenFor}`}`;
  const nextZh = runnerUp === null ? '无次优人选' : `次优人选 ${runnerUp.adviserId}（得分 ${runnerUp.score}）${runnerUp.chosenFor === null ? '' : `，已选派至 ${runnerUp.chosenFor}`}`;
  const needsEn = needs === 0 ? 'no needs named' : `expertise meets ${f.met} of ${needs} need${needs === 1 ? '' : 's'}`;
  const needsZh = needs === 0 ? '未列明需求' : `专长满足 ${needs} 项需求中的 ${f.met} 项`;
  return {
    en: `Chosen from ${candidates} fitting free cadre${candidates === 1 ? '' : 's'}: ${needsEn}; ${exp.en}; ${county ? 'same county' : 'no county set'}; ${nextEn}.`,
    zh: `从 ${candidates} 名相适的可选干部中选派：${needsZh}；${exp.zh}；${county ? '同一县区' : '未指定县区'}；${nextZh}。`,
  };
}
