import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, Id } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { safeParseWith } from '../internal/parse.js';
import { byCodeUnit } from '../internal/compare.js';
import { under } from './check.js';

/**
 * The annual appraisal grades of civil servants (公务员年度考核等次), best first.
 *
 * `AppraisalGrade.values` lists the values in order, `AppraisalGrade.labels` gives each a zh-CN and
 * an English label, and `AppraisalGrade.schema` validates one. The type `AppraisalGrade` is an
 * appraisal grade: `'excellent'`, `'competent'`, `'basicallyCompetent'` or `'incompetent'`.
 *
 * @example
 * ```ts
 * AppraisalGrade.labels.basicallyCompetent.zh; // '基本称职'
 * AppraisalGrade.values; // ['excellent', 'competent', 'basicallyCompetent', 'incompetent']
 * ```
 * @category Scoring
 */
export const AppraisalGrade = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    excellent: { zh: '优秀', en: 'Excellent' },
    competent: { zh: '称职', en: 'Competent' },
    basicallyCompetent: { zh: '基本称职', en: 'Basically competent' },
    incompetent: { zh: '不称职', en: 'Incompetent' },
  }),
))();

export type AppraisalGrade = EnumValue<typeof AppraisalGrade>;

/**
 * The pools an appraisal's excellent quota is counted in: seconded cadres (挂职干部) have their own,
 * raised quota (002: 优秀等次单列，优秀比例上浮5%).
 *
 * `AppraisalPool.values` lists the values in order, `AppraisalPool.labels` gives each a zh-CN and
 * an English label, and `AppraisalPool.schema` validates one. The type `AppraisalPool` is an
 * appraisal pool: `'regular'` or `'seconded'`.
 *
 * @example
 * ```ts
 * AppraisalPool.labels.seconded.zh; // '挂职干部单列'
 * AppraisalPool.values; // ['regular', 'seconded']
 * ```
 * @category Scoring
 */
export const AppraisalPool = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    regular: { zh: '常规名额', en: 'Regular pool' },
    seconded: { zh: '挂职干部单列', en: 'Seconded cadres, counted separately' },
  }),
))();

export type AppraisalPool = EnumValue<typeof AppraisalPool>;

const HAINING_AND_QINQING = '002: 海宁“亲清互挂”：挂职干部年度考核优秀等次单列，优秀比例上浮5%；基础优秀比例和分数线为 qinqing 的默认值';
/** Shares within this of a whole number of people count as that number (0.15 × 100 is 15.000000000000002). */
const EPSILON = 1e-9;

const share = /* @__PURE__ */ (() => z.number().min(0).max(1))();
const score = /* @__PURE__ */ (() => z.number())();

/**
 * The rules of an annual appraisal with an excellent quota:
 *
 * - `excellentShare`: the share of each pool that may be graded excellent; 0.15 by default, which
 *   is **qinqing's** figure — the sources give no base share;
 * - `secondedBonus`: added to the share for seconded cadres, who are counted separately (单列);
 *   0.05 by default (002: 优秀比例上浮5%);
 * - `rounding`: how the quota n × share becomes whole people — `'floor'` by default (a quota is a
 *   ceiling) or `'round'` (half up);
 * - `minScores`: the lowest score for excellent (null: none beyond competent), competent (60) and
 *   basically competent (50), qinqing's defaults; they must not decrease from excellent down.
 *
 * `excellentShare + secondedBonus` must not exceed 1.
 *
 * @example
 * ```ts
 * AppraisalPolicySchema.parse({}).excellentShare; // 0.15
 * AppraisalPolicySchema.safeParse({ excellentShare: 0.98 }).success; // false: 0.98 + 0.05 > 1
 * safeParse(AppraisalPolicySchema, { excellentShare: 0.2 }).ok; // true
 * ```
 * @category Scoring
 */
export const AppraisalPolicySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Where the rules come from. */
    source: z.string().min(1).default(HAINING_AND_QINQING).describe('Where the rules come from'),
    /** The share of each pool that may be graded excellent. */
    excellentShare: share.default(0.15).describe('The share of each pool that may be graded excellent (qinqing default)'),
    /** Added to the share for the seconded pool (002: 5 percentage points). */
    secondedBonus: share.default(0.05).describe('Added to the excellent share of seconded cadres (002: 5 percentage points)'),
    /** How n × share becomes whole people. */
    rounding: z.enum(['floor', 'round']).default('floor').describe('floor (a quota is a ceiling) or round (half up)'),
    /** The lowest scores of the grades. */
    minScores: z
      .strictObject({
        /** The lowest score for excellent, or null for no threshold beyond competent. */
        excellent: score.nullable().default(null).describe('The lowest score for excellent; null: none beyond competent'),
        /** The lowest score for competent. */
        competent: score.default(60).describe('The lowest score for competent'),
        /** The lowest score for basically competent; below it, incompetent. */
        basicallyCompetent: score.default(50).describe('The lowest score for basically competent'),
      })
      .refine((m) => m.basicallyCompetent <= m.competent && (m.excellent === null || m.competent <= m.excellent), {
        message: 'minScores must satisfy basicallyCompetent ≤ competent ≤ excellent.',
        params: { code: 'INVALID_ARGUMENT', messageZh: '各等次分数线应满足 基本称职 ≤ 称职 ≤ 优秀。' },
      })
      .prefault({}),
  })
  .refine((p) => p.excellentShare + p.secondedBonus <= 1 + EPSILON, {
    message: 'excellentShare + secondedBonus must not exceed 1.',
    path: ['secondedBonus'],
    params: { code: 'INVALID_ARGUMENT', messageZh: '优秀比例与挂职干部上浮比例之和不得超过 1。' },
  }))();

/**
 * The rules of an annual appraisal; see {@link AppraisalPolicySchema}.
 *
 * @category Scoring
 */
export type AppraisalPolicy = DeepReadonly<z.output<typeof AppraisalPolicySchema>>;

/**
 * The default appraisal policy: 15% excellent (qinqing's figure), 20% for seconded cadres counted
 * separately (002: +5 percentage points), quotas rounded down, competent from 60 and basically
 * competent from 50 (qinqing's thresholds). Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * defaultAppraisalPolicy.secondedBonus; // 0.05
 * ```
 * @category Scoring
 */
export const defaultAppraisalPolicy: AppraisalPolicy = /* @__PURE__ */ (() => deepFreeze(AppraisalPolicySchema.parse({})))();

/**
 * A person to appraise: a finite score, whether a seconded cadre (counted separately, 002), and
 * optional tie-breakers (e.g. the enterprise head's evaluation, platform feedback), compared in
 * order when scores tie.
 *
 * @category Scoring
 */
export interface AppraisalCandidate {
  /** The person's id. */
  readonly id: Id;
  /** The appraisal score, a finite number. */
  readonly score: number;
  /** Whether the person is a seconded cadre (挂职干部); false by default. */
  readonly seconded?: boolean;
  /** Compared element by element when scores tie, higher first; a missing element counts as −∞. */
  readonly tieBreakers?: readonly number[];
}

/**
 * One person's grade, with the pool it was counted in, the place in that pool and why.
 *
 * @category Scoring
 */
export interface AppraisalOutcome {
  /** The person's id. */
  readonly id: Id;
  /** The pool the person is counted in. */
  readonly pool: AppraisalPool;
  /** The grade. */
  readonly grade: AppraisalGrade;
  /** The 1-based place in the pool (score, then tie-breakers, then id). */
  readonly place: number;
  /** Why this grade, in Chinese and English. */
  readonly reason: BilingualText;
}

/**
 * The size, excellent share, quota and number graded excellent of one pool.
 *
 * @category Scoring
 */
export interface AppraisalPoolSummary {
  /** How many people are in the pool. */
  readonly people: number;
  /** The excellent share of the pool. */
  readonly share: number;
  /** The excellent quota: people × share, rounded as the policy says. */
  readonly quota: number;
  /** How many were graded excellent (at most the quota; fewer when too few reach the thresholds). */
  readonly excellent: number;
}

/**
 * The result of {@link appraisalGrades}.
 *
 * @category Scoring
 */
export interface AppraisalResult {
  /** Each person's grade, in the input order. */
  readonly grades: readonly AppraisalOutcome[];
  /** The two pools. */
  readonly pools: { readonly [P in AppraisalPool]: AppraisalPoolSummary };
}


/** Better first: score desc, tie-breakers desc (missing = −∞), id asc. */
function compareCandidates(a: AppraisalCandidate, b: AppraisalCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  const ta = a.tieBreakers ?? [];
  const tb = b.tieBreakers ?? [];
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i] ?? -Infinity;
    const y = tb[i] ?? -Infinity;
    if (x !== y) return x < y ? 1 : -1;
  }
  return byCodeUnit(a.id, b.id);
}

/** Why someone who reaches the excellent threshold is not excellent: the quota is full, and how a tie was decided. */
function quotaFull(p: AppraisalCandidate, last: AppraisalCandidate | null): BilingualText {
  if (last === null || last.score !== p.score) return { zh: '优秀名额已满', en: 'the excellent quota is full' };
  if (compareCandidates({ ...p, id: '' }, { ...last, id: '' }) !== 0) {
    return { zh: `优秀名额已满；与最后一名优秀 ${last.id} 同分，按附加排序项排在其后`, en: `the excellent quota is full; tied on score with the last excellent, ${last.id}, and placed after it by the tie-breakers` };
  }
  return { zh: `优秀名额已满；与最后一名优秀 ${last.id} 得分及附加排序项均相同，按编号排在其后`, en: `the excellent quota is full; tied with the last excellent, ${last.id}, on score and tie-breakers, and placed after it by id` };
}

function quotaOf(people: number, shareOfPool: number, rounding: 'floor' | 'round'): number {
  const exact = people * shareOfPool;
  const whole = Math.round(exact);
  const x = Math.abs(exact - whole) < EPSILON ? whole : exact;
  return rounding === 'floor' ? Math.floor(x) : Math.round(x);
}

/** The first problem of the people to appraise (a repeated id, a score or tie-breaker not finite), or null. */
function candidatesProblem(people: readonly AppraisalCandidate[]): DomainError | null {
  const seen = new Set<Id>();
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as AppraisalCandidate;
    if (seen.has(p.id)) {
      return domainError('DUPLICATE_ID', { en: `The id ${p.id} appears more than once in the appraisal.`, zh: `考核名单中编号 ${p.id} 重复出现。`, path: ['people', i, 'id'], value: p.id });
    }
    seen.add(p.id);
    const bad = !Number.isFinite(p.score) ? { path: ['people', i, 'score'], value: p.score } : (p.tieBreakers ?? []).some((t) => !Number.isFinite(t)) ? { path: ['people', i, 'tieBreakers'], value: p.tieBreakers } : null;
    if (bad !== null) {
      return domainError('INVALID_ARGUMENT', {
        en: `The score and tie-breakers of ${p.id} must be finite numbers.`,
        zh: `${p.id} 的得分和附加排序项应为有限数值。`,
        ...bad,
      });
    }
  }
  return null;
}

/**
 * The policy checked against {@link AppraisalPolicySchema} (an app may build one by hand or read it
 * from JSON), its problems at `['policy', …]`; the default policy is taken as it is.
 */
function checkedPolicy(policy: AppraisalPolicy): Result<AppraisalPolicy> {
  if (policy === defaultAppraisalPolicy) return ok(policy);
  const parsed = safeParseWith(AppraisalPolicySchema, policy);
  return parsed.ok ? parsed : err(under(['policy'], parsed.error));
}

const poolName = (pool: AppraisalPool): BilingualText => (pool === 'regular' ? { zh: '常规名额组', en: 'regular pool' } : { zh: '挂职干部单列组', en: 'seconded pool' });

/**
 * Grades an annual appraisal with an excellent quota. People are split into two pools, regular
 * and seconded cadres (002: 优秀等次单列, counted separately); each pool's excellent quota is
 * rounding(people × share), the share being `excellentShare`, plus `secondedBonus` for the seconded
 * pool (002: 优秀比例上浮5%). Within a pool people are placed by score (higher first), then by
 * their tie-breakers element by element (higher first, a missing element counts as −∞), then by id
 * (code-unit order) — deterministic, so the result does not depend on the input order. The first
 * `quota` people who reach both the excellent and the competent thresholds are excellent: unlike a
 * red list, a quota is a ceiling, so a tie at its boundary is decided by the tie-breakers and, as
 * a last resort, by id (the reason says so). Everyone else is competent, basically competent or
 * incompetent by the thresholds.
 *
 * @param people - The people to appraise; ids must be distinct.
 * @param policy - The quota and thresholds; {@link defaultAppraisalPolicy} by default. Checked
 *   against {@link AppraisalPolicySchema}.
 * @returns Each person's grade, pool, place and reason (in the input order), and the pools' quotas;
 *   or `DUPLICATE_ID` at `['people', index, 'id']` for a repeated id, `INVALID_ARGUMENT` at
 *   `['people', index, 'score' | 'tieBreakers']` for a score or tie-breaker that is NaN or
 *   infinite, or the policy's problem at `['policy', …]` (`INVALID_INPUT`, or `INVALID_ARGUMENT`
 *   for shares above 1 together or thresholds out of order).
 * @example
 * ```ts
 * // 100 regular staff and 20 seconded cadres at the default 15%: quotas 15 and floor(20 × 20%) = 4.
 * const people = Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, score: 100 - (i % 60) / 2, seconded: i >= 100 }));
 * const { pools } = unwrap(appraisalGrades(people));
 * [pools.regular.quota, pools.seconded.quota]; // [15, 4]
 * appraisalGrades([{ id: 'a', score: Number.NaN }]); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['people', 0, 'score'], … } }
 * ```
 * @category Scoring
 */
export function appraisalGrades(people: readonly AppraisalCandidate[], policy: AppraisalPolicy = defaultAppraisalPolicy): Result<AppraisalResult> {
  const problem = candidatesProblem(people);
  if (problem !== null) return err(problem);
  const checked = checkedPolicy(policy);
  if (!checked.ok) return checked;
  return ok(grade(people, checked.value));
}

/** {@link appraisalGrades} on people and a policy already checked. */
function grade(people: readonly AppraisalCandidate[], policy: AppraisalPolicy): AppraisalResult {
  const { minScores } = policy;
  const outcomes = new Map<Id, AppraisalOutcome>();
  const summary = (pool: AppraisalPool): AppraisalPoolSummary => {
    const members = people.filter((p) => (p.seconded === true ? 'seconded' : 'regular') === pool).sort(compareCandidates);
    const shareOfPool = Math.min(1, pool === 'seconded' ? policy.excellentShare + policy.secondedBonus : policy.excellentShare);
    const quota = quotaOf(members.length, shareOfPool, policy.rounding);
    const name = poolName(pool);
    let excellent = 0;
    let lastExcellent: AppraisalCandidate | null = null;
    members.forEach((p, i) => {
      const place = i + 1;
      const at = { zh: `${name.zh}第 ${place} 名（共 ${members.length} 人，优秀名额 ${quota} 名）`, en: `place ${place} of ${members.length} in the ${name.en} (excellent quota ${quota})` };
      const reachesExcellent = p.score >= minScores.competent && (minScores.excellent === null || p.score >= minScores.excellent);
      let grade: AppraisalGrade;
      let reason: BilingualText;
      if (reachesExcellent && excellent < quota) {
        excellent += 1;
        lastExcellent = p;
        grade = 'excellent';
        reason = { zh: `${at.zh}，在优秀名额之内。`, en: `Excellent: ${at.en}, within the quota.` };
      } else if (p.score >= minScores.competent) {
        grade = 'competent';
        const why = reachesExcellent ? quotaFull(p, lastExcellent) : { zh: `得分 ${p.score} 低于优秀分数线 ${String(minScores.excellent)}`, en: `score ${p.score} below the excellent threshold ${String(minScores.excellent)}` };
        reason = { zh: `${at.zh}，${why.zh}；得分不低于称职分数线 ${minScores.competent}。`, en: `Competent: ${at.en}; ${why.en}; score at or above the competent threshold ${minScores.competent}.` };
      } else if (p.score >= minScores.basicallyCompetent) {
        grade = 'basicallyCompetent';
        reason = {
          zh: `${at.zh}，得分 ${p.score} 低于称职分数线 ${minScores.competent}，不低于基本称职分数线 ${minScores.basicallyCompetent}。`,
          en: `Basically competent: ${at.en}; score ${p.score} below the competent threshold ${minScores.competent}, at or above the basically competent threshold ${minScores.basicallyCompetent}.`,
        };
      } else {
        grade = 'incompetent';
        reason = {
          zh: `${at.zh}，得分 ${p.score} 低于基本称职分数线 ${minScores.basicallyCompetent}。`,
          en: `Incompetent: ${at.en}; score ${p.score} below the basically competent threshold ${minScores.basicallyCompetent}.`,
        };
      }
      outcomes.set(p.id, { id: p.id, pool, grade, place, reason });
    });
    return { people: members.length, share: shareOfPool, quota, excellent };
  };
  const pools = { regular: summary('regular'), seconded: summary('seconded') };
  return { grades: people.map((p) => outcomes.get(p.id) as AppraisalOutcome), pools };
}
