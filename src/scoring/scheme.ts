import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { RateName } from './rates.js';
import { tallyCounts } from './tally.js';

const share = /* @__PURE__ */ (() => z.number().min(0).max(1))();

/**
 * The most points a scheme's base, an item's weight, a deduction's points per event or its cap may
 * be: qinqing's own bound (published schemes use 100 points in all), so that no sum of them
 * overflows to Infinity or NaN — with tally counts at most `Number.MAX_SAFE_INTEGER`, every score
 * and every deduction stays a finite number (Part 9, issue 14).
 */
const MAX_POINTS = 1_000_000;

/** A number of points: positive, at most {@link MAX_POINTS}. */
const points = /* @__PURE__ */ (() => z.number().positive().max(MAX_POINTS))();

/**
 * Validates where an item's value comes from: one of the tally's rates (`{ rate: 'satisfaction' }`),
 * or a figure the app supplies per unit (`{ external: 'partyBuilding', max: 100 }`, e.g. Haining's
 * party-building quarterly points, 002), divided by `max` and capped at 1.
 *
 * @example
 * ```ts
 * ScoreInputSchema.safeParse({ external: 'partyBuilding', max: 100 }).success; // true
 * ```
 * @category Scoring
 */
export const ScoreInputSchema = /* @__PURE__ */ (() => z.union([
  z.strictObject({
    /** The tally's rate that is the item's value. */
    rate: RateName.schema,
  }),
  z.strictObject({
    external: IdSchema.describe('The name of a figure the app supplies per unit'),
    max: z.number().positive().finite().describe('The figure that scores full marks'),
  }),
]))();

/**
 * Validates a scoring curve, mapping an item's value (0…1) to the share of its weight it earns (0…1):
 * - `{ type: 'linear' }`: the value itself;
 * - `{ type: 'piecewise', floor, points }`: 0 below `floor`; from it, straight lines through the
 *   `[value, share]` points (values rising), flat before the first and after the last point — the
 *   threshold-then-linear curves some 12345 centres publish;
 * - `{ type: 'steps', steps }`: the share of the highest step whose `min` the value reaches; 0 below all.
 *
 * @example
 * ```ts
 * ScoreCurveSchema.parse({ type: 'piecewise', floor: 0.8, points: [[0.8, 0.5], [0.95, 1]] }).type; // 'piecewise'
 * ```
 * @category Scoring
 */
export const ScoreCurveSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('linear') }),
  z
    .strictObject({
      type: z.literal('piecewise'),
      floor: share.describe('Below this value the item scores 0'),
      points: z.array(z.tuple([share, share])).min(1).describe('[value, share] points, values rising'),
    })
    .superRefine((c, ctx) => {
      c.points.forEach(([x], i) => {
        const prev = i > 0 ? (c.points[i - 1] as [number, number])[0] : -Infinity;
        if (x <= prev) ctx.addIssue({ code: 'custom', path: ['points', i, 0], input: x, message: 'The values of the points must rise.', params: { messageZh: '分段点的取值须递增。' } });
        if (x < c.floor) ctx.addIssue({ code: 'custom', path: ['points', i, 0], input: x, message: 'A point lies below the floor.', params: { messageZh: '分段点低于起评线。' } });
      });
    }),
  z
    .strictObject({
      type: z.literal('steps'),
      steps: z
        .array(
          z.strictObject({
            /** The lowest value that earns this step's share. */
            min: share,
            /** The share of the weight the step earns. */
            share,
          }),
        )
        .min(1)
        .describe('Steps, minimum values rising'),
    })
    .superRefine((c, ctx) => {
      c.steps.forEach((s, i) => {
        if (i > 0 && s.min <= (c.steps[i - 1] as { min: number }).min) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'min'], input: s.min, message: 'The steps’ minimums must rise.', params: { messageZh: '阶梯的下限须递增。' } });
        }
      });
    }),
]))();

/**
 * What an item scores when its value has no data (a rate with a zero denominator, a missing
 * external figure): `zero`, `full`, or `skip` — left out, its weight shared among the other items
 * in proportion to their weights (a unit whose items are all skipped has no score).
 *
 * `NoDataRule.values` lists the values in order, `NoDataRule.labels` gives each a zh-CN and an
 * English label, and `NoDataRule.schema` validates one. The type `NoDataRule` is a no-data rule.
 *
 * @example
 * ```ts
 * NoDataRule.labels.skip.en; // 'No data: left out, weight shared by the other items'
 * NoDataRule.values; // ['zero', 'full', 'skip']
 * ```
 * @category Scoring
 */
export const NoDataRule = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    zero: { zh: '无数据计零分', en: 'No data scores 0' },
    full: { zh: '无数据计满分', en: 'No data scores full marks' },
    skip: { zh: '无数据不计，权重分给其他项', en: 'No data: left out, weight shared by the other items' },
  }),
))();

export type NoDataRule = EnumValue<typeof NoDataRule>;

/**
 * Validates a scored item: an id, a name, where its value comes from, its weight in points, the
 * curve (linear by default), whether lower values are better (`invert`: the value becomes 1 − value,
 * for the reopen or supervised shares), and what no data scores (0 by default).
 *
 * @example
 * ```ts
 * ScoreItemSchema.parse({ id: 's', name: { zh: '满意率', en: 'Satisfaction' }, input: { rate: 'satisfaction' }, weight: 40 }).curve; // { type: 'linear' }
 * ```
 * @category Scoring
 */
export const ScoreItemSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The item's id, unique in the scheme. */
  id: IdSchema,
  /** The item's name. */
  name: BilingualTextSchema,
  /** Where the value comes from. */
  input: ScoreInputSchema,
  /** The points the item is worth at full marks (at most 1,000,000). */
  weight: points,
  /** How the value earns points. */
  curve: ScoreCurveSchema.default({ type: 'linear' }),
  /** Whether lower values are better (the value is replaced by 1 − value before the curve). */
  invert: z.boolean().default(false),
  /** What no data scores. */
  noData: NoDataRule.schema.default('zero'),
}))();

/**
 * Validates what a deduction counts: any count of a tally (`'unsatisfied'`, `'reopened'`,
 * `'supervised'`, …) or a derived one — `'answeredLate'` (answered − respondedInTime),
 * `'closedLate'` (closed − closedOnTime), `'visitsMissed'` (visitsDue − visitsDone), each at least 0.
 *
 * @example
 * ```ts
 * DeductionCountSchema.safeParse('closedLate').success; // true
 * ```
 * @category Scoring
 */
export const DeductionCountSchema = /* @__PURE__ */ (() => z.enum([...tallyCounts, 'answeredLate', 'closedLate', 'visitsMissed']))();

/**
 * What a deduction counts; see {@link DeductionCountSchema}.
 *
 * @category Scoring
 */
export type DeductionCount = z.infer<typeof DeductionCountSchema>;

/**
 * Validates a deduction (扣分项): so many points off per counted event, up to a cap (none when null).
 *
 * @example
 * ```ts
 * ScoreDeductionSchema.parse({ id: 'late', name: { zh: '超期办结', en: 'Closed late' }, count: 'closedLate', points: 2 }).cap; // null
 * ```
 * @category Scoring
 */
export const ScoreDeductionSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The deduction's id, unique in the scheme. */
  id: IdSchema,
  /** The deduction's name. */
  name: BilingualTextSchema,
  /** What is counted. */
  count: DeductionCountSchema,
  /** Points off per counted event (at most 1,000,000). */
  points,
  /** The most points this deduction can take off (at most 1,000,000); null for no cap. */
  cap: points.nullable().default(null),
}))();

/**
 * Validates a scoring scheme (考核办法) as data: a base score, weighted items, deductions, the credit
 * of a "basically satisfied" feedback, an optional small-sample adjustment of satisfaction, and
 * the decimals kept. A unit's score is `base + Σ item points − Σ deductions`, kept between 0 and
 * the scheme's maximum `base + Σ weights`, rounded to `precision` decimals. A weighted sum has
 * `base: 0`; a deduction scheme (扣分制) has a base of full marks and no items; they combine.
 * Ids must be unique; the maximum must be positive. The base, each weight and each deduction's
 * points and cap are at most 1,000,000 (qinqing's own bound), so that scores
 * stay finite. The parsed scheme is deeply frozen, and checked once per object by the scoring
 * functions.
 *
 * @example
 * ```ts
 * const s = ScoringSchemeSchema.parse({ id: 'x', name: { zh: '满意度', en: 'Satisfaction' }, source: 'demo',
 *   items: [{ id: 's', name: { zh: '满意率', en: 'Satisfaction' }, input: { rate: 'satisfaction' }, weight: 100 }] });
 * [s.base, s.basicallySatisfiedCredit, s.precision]; // [0, 1, 2]
 * safeParse(ScoringSchemeSchema, { id: 'x', name: { zh: '空', en: 'Empty' }, source: 'demo' }).ok; // false: no base, no items
 * ```
 * @category Scoring
 */
export const ScoringSchemeSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The scheme's id. */
    id: IdSchema,
    /** The scheme's name. */
    name: BilingualTextSchema,
    /** Where it comes from. */
    source: z.string().min(1),
    /** The score before items and deductions (at most 1,000,000). */
    base: z.number().min(0).max(MAX_POINTS).default(0),
    /** The weighted items. */
    items: z.array(ScoreItemSchema).default(() => []),
    /** The deductions. */
    deductions: z.array(ScoreDeductionSchema).default(() => []),
    /** The credit of a "basically satisfied" feedback in the satisfaction rate. */
    basicallySatisfiedCredit: share.default(1),
    /** The small-sample adjustment of the satisfaction rate: the Wilson lower bound at `z`, or none. */
    smallSample: z
      .strictObject({
        /** The adjustment: the lower bound of the Wilson score interval. */
        method: z.literal('wilson'),
        /** The z value of the interval (1.96 for 95 % confidence). */
        z: z.number().positive().max(10).default(1.96),
      })
      .nullable()
      .default(null),
    /** Decimals kept in the score. */
    precision: z.int().min(0).max(6).default(2),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    const check = (id: string, path: (string | number)[]): void => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, input: id, message: `The id ${id} is used twice.`, params: { code: 'DUPLICATE_ID', messageZh: `编号 ${id} 重复。` } });
      seen.add(id);
    };
    s.items.forEach((it, i) => check(it.id, ['items', i, 'id']));
    s.deductions.forEach((d, i) => check(d.id, ['deductions', i, 'id']));
    if (s.base + s.items.reduce((sum, it) => sum + it.weight, 0) <= 0) {
      ctx.addIssue({ code: 'custom', path: ['items'], input: s.items, message: 'The scheme needs a base score or at least one item.', params: { messageZh: '考核办法须有基础分或至少一个计分项。' } });
    }
  })
  .overwrite(deepFreeze))();

/**
 * A scoring scheme; see {@link ScoringSchemeSchema}.
 *
 * @category Scoring
 */
export type ScoringScheme = DeepReadonly<z.output<typeof ScoringSchemeSchema>>;

