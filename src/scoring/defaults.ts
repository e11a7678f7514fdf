import type { BilingualText } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { ScoringSchemeSchema, type ScoringScheme } from './scheme.js';
import { RateName } from './rates.js';

const JIAOZUO = '001: 焦作市服务工业企业长效机制（2009）：企业对每项服务的满意度是唯一标准';
const HAINING = '002: 海宁“亲清互挂”：企业评价、督查反馈、党建季度积分考核三个维度，每季排名';

const scheme = (input: unknown): ScoringScheme => deepFreeze(ScoringSchemeSchema.parse(input));
const rateItem = (rate: RateName, weight: number, extra: object = {}): object => ({
  id: rate,
  name: RateName.labels[rate] satisfies BilingualText,
  input: { rate },
  weight,
  ...extra,
});

/**
 * Jiaozuo's scheme (001): the enterprise's satisfaction is the only standard — one item, the
 * satisfaction rate, worth 100 points; "basically satisfied" counts as satisfied; a unit with no
 * feedback has no score (it is not ranked). Frozen.
 *
 * @example
 * ```ts
 * jiaozuoScheme.items.map((i) => i.id); // ['satisfaction']
 * ```
 * @category Scoring
 */
export const jiaozuoScheme: ScoringScheme = /* @__PURE__ */ (() => scheme({
  id: 'jiaozuo-satisfaction',
  name: { zh: '焦作：企业满意度为唯一标准', en: 'Jiaozuo: satisfaction is the only standard' },
  source: JIAOZUO,
  items: [rateItem('satisfaction', 100, { noData: 'skip' })],
}))();

/**
 * Haining's three dimensions (002): enterprise evaluation (the satisfaction rate, 40 points),
 * supervision feedback (the share of issues never urged or supervised, 30 points) and the
 * party-building quarterly points (an external figure out of 100 that the app supplies per unit,
 * 30 points). The source names the dimensions; the weights are qinqing's. No data scores 0 on
 * every dimension, so rank only units that received issues (or give the items another `noData`). Frozen.
 *
 * @example
 * ```ts
 * hainingScheme.items.map((i) => i.weight); // [40, 30, 30]
 * ```
 * @category Scoring
 */
export const hainingScheme: ScoringScheme = /* @__PURE__ */ scheme({
  id: 'haining-three-dimensions',
  name: { zh: '海宁：企业评价、督查反馈、党建积分', en: 'Haining: enterprise evaluation, supervision feedback, party building' },
  source: HAINING,
  items: [
    { id: 'enterpriseEvaluation', name: { zh: '企业评价', en: 'Enterprise evaluation' }, input: { rate: 'satisfaction' }, weight: 40 },
    { id: 'supervisionFeedback', name: { zh: '督查反馈', en: 'Supervision feedback' }, input: { rate: 'supervisedShare' }, invert: true, weight: 30 },
    { id: 'partyBuilding', name: { zh: '党建季度积分', en: 'Party-building quarterly points' }, input: { external: 'partyBuilding', max: 100 }, weight: 30 },
  ],
});

/**
 * A hotline-style weighted sum: response in time 30, resolution 30, satisfaction 40 (the three
 * measures 12345 hotlines publish; the weights are qinqing's). Frozen.
 *
 * @example
 * ```ts
 * hotlineScheme.items.map((i) => i.id); // ['response', 'resolution', 'satisfaction']
 * ```
 * @category Scoring
 */
export const hotlineScheme: ScoringScheme = /* @__PURE__ */ (() => scheme({
  id: 'hotline-weighted',
  name: { zh: '热线式加权：响应、解决、满意', en: 'Hotline-style: response, resolution, satisfaction' },
  source: 'qinqing (12345 hotline practice)',
  items: [rateItem('response', 30), rateItem('resolution', 30), rateItem('satisfaction', 40)],
}))();

/**
 * A threshold scheme in the manner some 12345 centres publish: response in time scores nothing
 * below 90% and rises linearly from 60% to full marks at 100%; resolution scores in steps (60% →
 * half, 80% → 80%, 90% → full); satisfaction scores nothing below 80%, half at 80% and full at
 * 95%. Weights 20 / 40 / 40. The figures are qinqing's. Frozen.
 *
 * @example
 * ```ts
 * thresholdScheme.items[2]?.curve.type; // 'piecewise'
 * ```
 * @category Scoring
 */
export const thresholdScheme: ScoringScheme = /* @__PURE__ */ (() => scheme({
  id: 'hotline-thresholds',
  name: { zh: '热线式分段计分', en: 'Hotline-style thresholds' },
  source: 'qinqing (12345 hotline practice)',
  items: [
    rateItem('response', 20, { curve: { type: 'piecewise', floor: 0.9, points: [[0.9, 0.6], [1, 1]] } }),
    rateItem('resolution', 40, { curve: { type: 'steps', steps: [{ min: 0.6, share: 0.5 }, { min: 0.8, share: 0.8 }, { min: 0.9, share: 1 }] } }),
    rateItem('satisfaction', 40, { curve: { type: 'piecewise', floor: 0.8, points: [[0.8, 0.5], [0.95, 1]] } }),
  ],
}))();

/**
 * A deduction scheme (扣分制) from 100: 2 points off per unsatisfied feedback (at most 30), 3 per
 * issue closed late (at most 30), 1 per issue urged or supervised (at most 20), 5 per reopened
 * issue (at most 20). The figures are qinqing's. Frozen.
 *
 * @example
 * ```ts
 * deductionScheme.base; // 100
 * ```
 * @category Scoring
 */
export const deductionScheme: ScoringScheme = /* @__PURE__ */ scheme({
  id: 'deductions-from-100',
  name: { zh: '百分扣分制', en: 'Deductions from 100' },
  source: 'qinqing',
  base: 100,
  deductions: [
    { id: 'unsatisfied', name: { zh: '不满意', en: 'Unsatisfied' }, count: 'unsatisfied', points: 2, cap: 30 },
    { id: 'closedLate', name: { zh: '超期办结', en: 'Closed late' }, count: 'closedLate', points: 3, cap: 30 },
    { id: 'supervised', name: { zh: '被催办督办', en: 'Urged or supervised' }, count: 'supervised', points: 1, cap: 20 },
    { id: 'reopened', name: { zh: '重办', en: 'Reopened' }, count: 'reopened', points: 5, cap: 20 },
  ],
});

const HOTLINE_STANDARDS =
  'GB/T 33358-2016 政府热线服务规范; 国办发〔2020〕53号 (签收, 限时办理, 满意度测评); 国办函〔2025〕66号 (分档分类评价); ' +
  'thresholds as in the monthly 通报 of 连云港市12345政府公共服务中心 (a 及时签收率 or 按时办结率 below the line scores 0); the figures are qinqing’s';

/**
 * A scheme for the hotline standards (Part 12, issue 17), with thresholds below which an item
 * scores nothing, as some 12345 centres publish (Lianyungang's monthly reports score a unit's
 * 及时签收率 of 80% and its 按时办结率 of 66.67% at 0 points, 2022):
 * - signed for in time (签收及时率, `signForInTime`), 20 points: 0 below 95%, then from half the
 *   weight at 95% straight up to full marks at 100%;
 * - closed on time (按时办结率, `onTime`), 30 points: 0 below 90%, then from half at 90% to full at 100%;
 * - satisfaction (满意率), 50 points, linear. Issues closed as 未评价 (`closedUnrated`) are not in
 *   the satisfaction rate's denominator: only feedback given counts (国办发〔2020〕53号: the
 *   enterprise's evaluation), so closing unrated neither lowers nor raises it.
 *
 * The response is measured as the standards define it, sign-for within the limit, instead of
 * Part 8's `response` (answered by the deadline). An item without data (no sign-for clocks, nothing
 * closed, no feedback) is left out and its weight shared by the others. The thresholds, weights
 * and curves are qinqing's own: the sources give the measures and the zero-below-a-line rule, not
 * these figures. Frozen.
 *
 * @example
 * ```ts
 * hotlineStandardScheme.items.map((i) => i.id); // ['signForInTime', 'onTime', 'satisfaction']
 * const t = { ...emptyTally, signForDue: 100, signedForInTime: 94, closed: 100, closedOnTime: 100, satisfied: 10 };
 * unwrap(scoreTally(t, hotlineStandardScheme)).items[0]?.points; // 0: 94% is below 95%
 * ```
 * @category Scoring
 */
export const hotlineStandardScheme: ScoringScheme = /* @__PURE__ */ (() => scheme({
  id: 'hotline-standards',
  name: { zh: '热线标准：按时签收、按时办结、满意度', en: 'Hotline standards: signed for in time, closed on time, satisfaction' },
  source: HOTLINE_STANDARDS,
  items: [
    rateItem('signForInTime', 20, { noData: 'skip', curve: { type: 'piecewise', floor: 0.95, points: [[0.95, 0.5], [1, 1]] } }),
    rateItem('onTime', 30, { noData: 'skip', curve: { type: 'piecewise', floor: 0.9, points: [[0.9, 0.5], [1, 1]] } }),
    rateItem('satisfaction', 50, { noData: 'skip' }),
  ],
}))();
