import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import { domainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { BilingualTextSchema, CalendarDateSchema, IdSchema, type BilingualText, type DateRange, type Id } from '../core/schema.js';
import { readPeriod } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { argumentError, movedPaths, safeParseWith } from '../internal/parse.js';
import { AppraisalGrade, AppraisalPool, type AppraisalResult } from './grades.js';
import type { RankedEntry } from './rank.js';

/**
 * The decisions an appraisal leads to for a person (严格奖惩, 000): a reward (给予适当奖励), a
 * promotion (提拔使用 — 000: 优先提拔重用; 002: 对推动企业发展有突出表现的干部，予以提拔使用), or
 * administrative accountability (行政问责, 000: 办事拖拉造成严重后果的实行行政问责).
 *
 * `PersonnelDecisionKind.values` lists the values in order, `PersonnelDecisionKind.labels` gives
 * each a zh-CN and an English label, and `PersonnelDecisionKind.schema` validates one.
 *
 * @example
 * ```ts
 * PersonnelDecisionKind.labels.promotion.zh; // '提拔使用'
 * PersonnelDecisionKind.values; // ['reward', 'promotion', 'administrativeAccountability']
 * ```
 * @category Scoring
 */
export const PersonnelDecisionKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    reward: { zh: '奖励', en: 'Reward' },
    promotion: { zh: '提拔使用', en: 'Promotion' },
    administrativeAccountability: { zh: '行政问责', en: 'Administrative accountability' },
  }),
))();

export type PersonnelDecisionKind = EnumValue<typeof PersonnelDecisionKind>;

const grades = /* @__PURE__ */ (() => z.array(AppraisalGrade.schema).max(4))();

/**
 * Which appraisal grades lead to which proposals: `rewardGrades` (default excellent) and
 * `promotionGrades` (default excellent, at most `maxPromotions` people, null for no cap) —
 * Xingtai (000) rewards and promotes first those whose service stood out, Haining (002) promoted 15
 * cadres in 2018 —, and `accountabilityGrades` (default incompetent) proposed for an accountability
 * review, which the fault-tolerance list then decides (000: 办事拖拉造成严重后果的实行行政问责). Reading
 * "stood out" as the excellent grade and "dilatory" as incompetent is **qinqing's**; the sources fix
 * no grade.
 *
 * @example
 * ```ts
 * PersonnelProposalPolicySchema.parse({ maxPromotions: 15 }).promotionGrades; // ['excellent']
 * ```
 * @category Scoring
 */
export const PersonnelProposalPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the rules come from. */
  source: z.string().min(1).max(2000).default('000 邢台：服务成绩突出，顾问效果明显的，给予适当奖励，优先提拔重用；办事拖拉造成严重后果的实行行政问责。002 海宁：对推动企业发展有突出表现的干部，予以提拔使用。等次对应为 qinqing 的默认值'),
  /** Grades proposed for a reward. */
  rewardGrades: grades.default(() => ['excellent' as const]).describe('Grades proposed for a reward'),
  /** Grades proposed for promotion. */
  promotionGrades: grades.default(() => ['excellent' as const]).describe('Grades proposed for promotion'),
  /** The most people proposed for promotion, or null for no cap. */
  maxPromotions: z.int().min(0).max(100_000).nullable().default(null).describe('The most people proposed for promotion; null: no cap'),
  /** Grades proposed for an accountability review. */
  accountabilityGrades: grades.default(() => ['incompetent' as const]).describe('Grades proposed for an accountability review'),
}))();

/**
 * Which appraisal grades lead to which proposals; see {@link PersonnelProposalPolicySchema}.
 *
 * @category Scoring
 */
export type PersonnelProposalPolicy = DeepReadonly<z.output<typeof PersonnelProposalPolicySchema>>;

/**
 * The default proposal rules: excellent → reward and promotion (no cap), incompetent → an
 * accountability review. Frozen: parse a copy to change it (e.g. `maxPromotions: 15`).
 *
 * @example
 * ```ts
 * defaultPersonnelProposalPolicy.accountabilityGrades; // ['incompetent']
 * ```
 * @category Scoring
 */
export const defaultPersonnelProposalPolicy: PersonnelProposalPolicy = /* @__PURE__ */ (() => deepFreeze(PersonnelProposalPolicySchema.parse({})))();

/**
 * One proposal of {@link proposePersonnelDecisions}: who, what, from which grade, pool, place and
 * rank, and why.
 *
 * @category Scoring
 */
export interface PersonnelProposal {
  /** The person. */
  readonly personId: Id;
  /** What is proposed; `'administrativeAccountability'` means a review, to be decided by the fault-tolerance list. */
  readonly kind: PersonnelDecisionKind;
  /** The appraisal grade. */
  readonly grade: AppraisalGrade;
  /** The appraisal pool. */
  readonly pool: AppraisalPool;
  /** The place in that pool. */
  readonly place: number;
  /** The rank in `options.ranking`, or null. */
  readonly rank: number | null;
  /** Why, in both languages. */
  readonly reason: BilingualText;
}

/**
 * What {@link proposePersonnelDecisions} proposes.
 *
 * @category Scoring
 */
export interface PersonnelProposals {
  /** Promotions (in order of choice), then rewards, then accountability reviews (each by rank, place, pool, id). */
  readonly proposals: readonly PersonnelProposal[];
  /** People whose grade qualifies for promotion but who are beyond `maxPromotions`, in order. */
  readonly beyondPromotionCap: readonly Id[];
  /** The policy's source. */
  readonly source: string;
}

/**
 * Options of {@link proposePersonnelDecisions}.
 *
 * @category Scoring
 */
export interface ProposePersonnelOptions {
  /** A ranking (from `rankUnits`, e.g. of the enterprises' evaluation) that orders candidates before their place. */
  readonly ranking?: readonly RankedEntry[];
}

const appraisalSchema = /* @__PURE__ */ (() => z.object({
  grades: z.array(z.object({ id: IdSchema, pool: AppraisalPool.schema, grade: AppraisalGrade.schema, place: z.int().min(1) })).max(1_000_000),
}))();
const rankingSchema = /* @__PURE__ */ (() => z.array(z.object({ id: IdSchema, rank: z.int().min(1).nullable() })).max(1_000_000))();

const poolZh = { regular: '常规名额组', seconded: '挂职干部单列组' } as const;
const poolEn = { regular: 'regular pool', seconded: 'seconded pool' } as const;

/**
 * Proposes rewards, promotions and accountability reviews from an appraisal result
 * ({@link appraisalGrades}), by a policy of grades, and says why — the decisions themselves are the
 * leaders' (record them with {@link PersonnelDecisionSchema}). Promotion candidates (grades in
 * `promotionGrades`) are taken in order of `options.ranking` (rank, unranked last), then of place in
 * their pool, then regular before seconded, then id, up to `maxPromotions`; the others are listed
 * in `beyondPromotionCap`. Rewards and accountability reviews go to every person of their grades.
 * An accountability review is not a verdict: decide it with {@link decideFaultTolerance}.
 *
 * @param appraisal - The appraisal result (its `grades`: id, pool, grade, place).
 * @param policy - The grades of each proposal; {@link defaultPersonnelProposalPolicy} by default.
 * @param options - An optional ranking to order promotion candidates.
 * @returns The proposals; or `INVALID_INPUT` under `['appraisal']`, `['options', 'ranking']` or
 *   `['policy']`, `DUPLICATE_ID` at `['appraisal', 'grades', i, 'id']`.
 * @example
 * ```ts
 * const people = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, score: 95 - i * 3 }));
 * const appraisal = unwrap(appraisalGrades(people));
 * const p = unwrap(proposePersonnelDecisions(appraisal, parse(PersonnelProposalPolicySchema, { maxPromotions: 1 })));
 * p.proposals.map((x) => [x.personId, x.kind]); // [['c0', 'promotion'], ['c0', 'reward'], ['c1', 'reward'], ['c2', 'reward'], ['c16', 'administrativeAccountability'], …]
 * p.beyondPromotionCap; // ['c1', 'c2']
 * ```
 * @category Scoring
 */
export function proposePersonnelDecisions(
  appraisal: AppraisalResult,
  policy: PersonnelProposalPolicy = defaultPersonnelProposalPolicy,
  options: ProposePersonnelOptions = {},
): Result<PersonnelProposals> {
  const a = safeParseWith(appraisalSchema, appraisal);
  if (!a.ok) return err(movedPaths(a.error, (path) => ['appraisal', ...path]));
  // Parsed, not only checked: a policy read from JSON may leave out fields the schema defaults.
  const checked = policy === defaultPersonnelProposalPolicy ? { ok: true as const, value: policy } : safeParseWith(PersonnelProposalPolicySchema, policy);
  if (!checked.ok) return err(argumentError(checked.error, ['policy'], { en: 'a valid proposal policy', zh: '有效的奖惩建议规则' }));
  const rules: PersonnelProposalPolicy = checked.value;
  const ranking = options?.ranking === undefined ? { ok: true as const, value: [] } : safeParseWith(rankingSchema, options.ranking);
  if (!ranking.ok) return err(movedPaths(ranking.error, (path) => ['options', 'ranking', ...path]));
  const rankOf = new Map<Id, number | null>();
  for (const r of ranking.value) if (!rankOf.has(r.id)) rankOf.set(r.id, r.rank);
  const seen = new Set<Id>();
  for (let i = 0; i < a.value.grades.length; i++) {
    const id = (a.value.grades[i] as { id: Id }).id;
    if (seen.has(id)) return err(domainError('DUPLICATE_ID', { en: `The person ${id} is graded twice.`, zh: `人员 ${id} 重复出现在考核结果中。`, path: ['appraisal', 'grades', i, 'id'], value: id }));
    seen.add(id);
  }
  type Graded = { readonly id: Id; readonly pool: AppraisalPool; readonly grade: AppraisalGrade; readonly place: number; readonly rank: number | null };
  const people: Graded[] = a.value.grades.map((g) => ({ id: g.id, pool: g.pool, grade: g.grade, place: g.place, rank: rankOf.get(g.id) ?? null }));
  const order = (x: Graded, y: Graded): number =>
    (x.rank ?? Infinity) - (y.rank ?? Infinity) || x.place - y.place || (x.pool === y.pool ? 0 : x.pool === 'regular' ? -1 : 1) || byCodeUnit(x.id, y.id);
  people.sort(order);
  const standing = (g: Graded): BilingualText => ({
    zh: `年度考核${AppraisalGrade.labels[g.grade].zh}（${poolZh[g.pool]}第 ${g.place} 名${g.rank === null ? '' : `，排名第 ${g.rank}`}）`,
    en: `${AppraisalGrade.labels[g.grade].en} (place ${g.place} in the ${poolEn[g.pool]}${g.rank === null ? '' : `, rank ${g.rank}`})`,
  });
  const proposals: PersonnelProposal[] = [];
  const proposal = (g: Graded, kind: PersonnelDecisionKind, reason: BilingualText): PersonnelProposal => ({ personId: g.id, kind, grade: g.grade, pool: g.pool, place: g.place, rank: g.rank, reason });
  const promotable = people.filter((g) => rules.promotionGrades.includes(g.grade));
  const cap = rules.maxPromotions ?? promotable.length;
  promotable.slice(0, cap).forEach((g, k) => {
    const s = standing(g);
    const of = rules.maxPromotions === null ? { zh: '', en: '' } : { zh: `（第 ${k + 1} 名，名额 ${rules.maxPromotions} 名）`, en: ` (${k + 1} of at most ${rules.maxPromotions})` };
    proposals.push(proposal(g, 'promotion', { zh: `${s.zh}：建议优先提拔使用${of.zh}。`, en: `${s.en}: proposed for priority promotion${of.en}.` }));
  });
  for (const g of people.filter((x) => rules.rewardGrades.includes(x.grade))) {
    const s = standing(g);
    proposals.push(proposal(g, 'reward', { zh: `${s.zh}：建议给予奖励。`, en: `${s.en}: proposed for a reward.` }));
  }
  for (const g of people.filter((x) => rules.accountabilityGrades.includes(x.grade))) {
    const s = standing(g);
    proposals.push(
      proposal(g, 'administrativeAccountability', {
        zh: `${s.zh}：建议启动问责审查；是否追责按容错免责清单认定。`,
        en: `${s.en}: proposed for an accountability review; whether to hold to account is decided by the fault-tolerance list.`,
      }),
    );
  }
  return ok({ proposals, beyondPromotionCap: promotable.slice(cap).map((g) => g.id), source: rules.source });
}

/**
 * A personnel decision as recorded (奖励、提拔使用、行政问责): who, what, when and by whom, why, the
 * appraisal it came from (period, grade, place, rank) and, for accountability, the fault-tolerance
 * case that decided it.
 *
 * @example
 * ```ts
 * PersonnelDecisionSchema.parse({ id: 'd1', personId: 'c1', kind: 'promotion', decidedOn: '2018-12-20', decidedBy: '市委',
 *   reason: { zh: '推动企业发展有突出表现', en: 'Outstanding in promoting enterprise development' }, appraisal: { period: '2018', grade: 'excellent', place: 1 } }).kind; // 'promotion'
 * ```
 * @category Scoring
 */
export const PersonnelDecisionSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The app's id of the decision. */
  id: IdSchema,
  /** The person decided on. */
  personId: IdSchema,
  /** Reward, promotion or administrative accountability. */
  kind: PersonnelDecisionKind.schema,
  /** The day of the decision. */
  decidedOn: CalendarDateSchema,
  /** The body or official who decided (e.g. the party committee, 市委审定). */
  decidedBy: IdSchema.describe('The body or official who decided'),
  /** Why, in both languages. */
  reason: BilingualTextSchema,
  /** The appraisal the decision came from. */
  appraisal: z
    .strictObject({
      /** The appraisal period, e.g. `2018`. */
      period: z.string().min(1).max(50),
      /** The grade. */
      grade: AppraisalGrade.schema,
      /** The place in the pool. */
      place: z.int().min(1).optional(),
      /** The rank in a ranking. */
      rank: z.int().min(1).optional(),
    })
    .optional()
    .describe('The appraisal the decision came from'),
  /** The fault-tolerance case that decided an accountability. */
  faultToleranceCaseId: IdSchema.optional().describe('The fault-tolerance case that decided an accountability'),
}))();

/**
 * A personnel decision as recorded; see {@link PersonnelDecisionSchema}.
 *
 * @category Scoring
 */
export type PersonnelDecision = DeepReadonly<z.infer<typeof PersonnelDecisionSchema>>;

/**
 * What {@link personnelDecisionSummary} counts.
 *
 * @category Scoring
 */
export interface PersonnelDecisionSummary {
  /** The period counted. */
  readonly period: DateRange;
  /** Decisions in the period. */
  readonly decisions: number;
  /** Per kind: decisions and distinct people. */
  readonly byKind: Readonly<Record<PersonnelDecisionKind, { readonly decisions: number; readonly people: number }>>;
  /** The counts in one sentence. */
  readonly text: BilingualText;
}

const decisionsSchema = /* @__PURE__ */ (() => z.array(PersonnelDecisionSchema).max(1_000_000))();

/**
 * Counts the personnel decisions taken in a period (both ends included), per kind, with the people
 * they concern — Haining (002): "2018年已提拔使用15人".
 *
 * @param decisions - The decisions (checked with {@link PersonnelDecisionSchema}; ids distinct).
 * @param period - The period, `{ from, to }`.
 * @returns The counts and a sentence; or `INVALID_DATE` / `INVALID_ARGUMENT` at `['period', …]`,
 *   problems under `['decisions']`, `DUPLICATE_ID` at `['decisions', i, 'id']`.
 * @example
 * ```ts
 * const d = (i: number) => ({ id: `d${i}`, personId: `c${i}`, kind: 'promotion', decidedOn: '2018-12-20', decidedBy: '市委', reason: { zh: '表现突出', en: 'Outstanding' } } as const);
 * unwrap(personnelDecisionSummary([d(1), d(2)], { from: '2018-01-01', to: '2018-12-31' })).text.zh; // '2018-01-01 至 2018-12-31：奖励 0 人、提拔使用 2 人、行政问责 0 人。'
 * ```
 * @category Scoring
 */
export function personnelDecisionSummary(decisions: readonly PersonnelDecision[], period: DateRange): Result<PersonnelDecisionSummary> {
  const p = readPeriod(period, 'period');
  if (!p.ok) return p;
  const parsed = safeParseWith(decisionsSchema, decisions);
  if (!parsed.ok) return err(movedPaths(parsed.error, (path) => ['decisions', ...path]));
  const ids = new Set<Id>();
  const byKind = Object.fromEntries(PersonnelDecisionKind.values.map((k) => [k, { decisions: 0, people: new Set<Id>() }])) as Record<PersonnelDecisionKind, { decisions: number; people: Set<Id> }>;
  let n = 0;
  for (let i = 0; i < parsed.value.length; i++) {
    const d = parsed.value[i] as PersonnelDecision;
    if (ids.has(d.id)) return err(domainError('DUPLICATE_ID', { en: `The decision id ${d.id} appears twice.`, zh: `奖惩决定编号 ${d.id} 重复出现。`, path: ['decisions', i, 'id'], value: d.id }));
    ids.add(d.id);
    if (d.decidedOn < period.from || d.decidedOn > period.to) continue;
    n++;
    byKind[d.kind].decisions++;
    byKind[d.kind].people.add(d.personId);
  }
  const counts = Object.fromEntries(PersonnelDecisionKind.values.map((k) => [k, { decisions: byKind[k].decisions, people: byKind[k].people.size }])) as Record<PersonnelDecisionKind, { decisions: number; people: number }>;
  const people = (k: PersonnelDecisionKind): number => counts[k].people;
  return ok({
    period: { from: period.from, to: period.to },
    decisions: n,
    byKind: counts,
    text: {
      zh: `${period.from} 至 ${period.to}：奖励 ${people('reward')} 人、提拔使用 ${people('promotion')} 人、行政问责 ${people('administrativeAccountability')} 人。`,
      en: `${period.from} to ${period.to}: ${people('reward')} rewarded, ${people('promotion')} promoted, ${people('administrativeAccountability')} held to administrative account.`,
    },
  });
}
