import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import type { DeepReadonly } from '../core/readonly.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

/** The source of the whole exercise: the 2025 hotline guideline's 未诉先办, and Lishui's "raised every year". */
export const FORESIGHT_SOURCE = '国办函〔2025〕66号 未诉先办（高频、季节性、风险性问题未诉先办）；003 丽水：共性问题企业年年提';

/**
 * The kinds of foresight finding (未诉先办, 国办函〔2025〕66号: find the high-frequency, seasonal and
 * risky problems before the enterprises complain): a high-frequency problem of one category in one
 * industry and place (`'hotspot'`), a problem that came back in the same month of earlier years
 * (`'seasonal'`), a problem rising against the periods before (`'rising'`), and one unsolved problem
 * shared by several enterprises (`'unsolvedCluster'`, 003: 共性问题企业年年提，年年得不到解决).
 *
 * `FindingKind.values` lists the values in order, `FindingKind.labels` gives each a zh-CN and an
 * English label, and `FindingKind.schema` validates one.
 *
 * @example
 * ```ts
 * FindingKind.labels.seasonal.zh; // '季节性问题'
 * FindingKind.values; // ['hotspot', 'seasonal', 'rising', 'unsolvedCluster']
 * ```
 * @category Report
 */
export const FindingKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    hotspot: { zh: '高频问题', en: 'High-frequency problem' },
    seasonal: { zh: '季节性问题', en: 'Seasonal problem' },
    rising: { zh: '上升问题', en: 'Rising problem' },
    unsolvedCluster: { zh: '多企业共性未解决问题', en: 'Unsolved problem shared by enterprises' },
  }),
))();

export type FindingKind = EnumValue<typeof FindingKind>;

/**
 * How finely foresight groups enterprises by industry: by the first characters of their industry
 * code, at a level of GB/T 4754-2017 (国民经济行业分类) — the section (门类, the letter: `'C'`), the
 * division (大类, the letter and 2 digits: `'C34'`), the group (中类, 3 digits: `'C341'`), the class
 * (小类, 4 digits: `'C3411'`) — or not at all (`'anyIndustry'`).
 *
 * `IndustryLevel.values` lists the values in order, `IndustryLevel.labels` gives each a zh-CN and an
 * English label, and `IndustryLevel.schema` validates one.
 *
 * @example
 * ```ts
 * IndustryLevel.labels.division.zh; // '行业大类'
 * IndustryLevel.values; // ['section', 'division', 'group', 'class', 'anyIndustry']
 * ```
 * @category Report
 */
export const IndustryLevel = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    section: { zh: '行业门类', en: 'Industry section (the letter)' },
    division: { zh: '行业大类', en: 'Industry division (letter and 2 digits)' },
    group: { zh: '行业中类', en: 'Industry group (letter and 3 digits)' },
    class: { zh: '行业小类', en: 'Industry class (letter and 4 digits)' },
    anyIndustry: { zh: '不分行业', en: 'All industries together' },
  }),
))();

export type IndustryLevel = EnumValue<typeof IndustryLevel>;

/** The characters of an industry code each level reads; null for no industry. Internal. */
export const industryChars: Readonly<Record<IndustryLevel, number | null>> = /* @__PURE__ */ deepFreeze({ section: 1, division: 3, group: 4, class: 5, anyIndustry: null });

/**
 * Where foresight places an enterprise: its county or district (`'byCounty'`, the enterprise's
 * `countyId`), its industrial park (`'byPark'`, its `parkId`: enterprises outside a park are then
 * not placed), or nowhere in particular (`'wholeArea'`).
 *
 * `PlaceLevel.values` lists the values in order, `PlaceLevel.labels` gives each a zh-CN and an
 * English label, and `PlaceLevel.schema` validates one.
 *
 * @example
 * ```ts
 * PlaceLevel.labels.byPark.zh; // '按园区'
 * PlaceLevel.values; // ['byCounty', 'byPark', 'wholeArea']
 * ```
 * @category Report
 */
export const PlaceLevel = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    byCounty: { zh: '按县（市、区）', en: 'By county or district' },
    byPark: { zh: '按园区', en: 'By park' },
    wholeArea: { zh: '不分地域', en: 'The whole area together' },
  }),
))();

export type PlaceLevel = EnumValue<typeof PlaceLevel>;

const count = /* @__PURE__ */ (() => z.int().min(1).max(1_000_000))();

/**
 * The thresholds of foresight (未诉先办) as data. The guideline (国办函〔2025〕66号) asks for
 * high-frequency, seasonal and risky problems to be found before enterprises complain, and Lishui
 * (003) names the common problems "raised every year and never solved", but neither gives a figure:
 * **every default here is qinqing's own**, chosen to be quiet on a city's ordinary noise, and meant
 * to be tuned. `ForesightPolicySchema.parse({})` is {@link defaultForesightPolicy}. How each
 * threshold is applied is explained at {@link foresight}.
 *
 * - `industryLevel` (default `'division'`, GB/T 4754 行业大类) and `placeLevel` (default
 *   `'byCounty'`): the cells every finding is counted in — one category × one industry prefix × one
 *   place.
 * - `utcOffsetMinutes` (default 480, China Standard Time): the local dates and months of submissions.
 * - `maxFindings` (default 100) per kind, `maxEvidence` (default 50) ids per list of a finding: the
 *   bounds of the answer (what is left off is counted).
 * - `hotspot`: at least `minCount` (5) issues of the category in the cell in the period, at least
 *   `minShare` (0.1) of all the category's issues of the period, from at least `minEnterprises` (2)
 *   enterprises.
 * - `seasonal`: for each of the `monthsAhead` (1) months after the period, a cell counts a year when
 *   that month of the year had at least `minCount` (3) issues, at least `minLift` (1.5) times the
 *   cell's mean monthly count over the twelve months ending with it, and more than chance would put
 *   in one month of twelve at level `alpha` (0.05); flagged when at least `minYears` (2) of the last
 *   `years` (3) years count. `minYears` may not exceed `years`.
 * - `rising`: the period's count against the `previousPeriods` (6) periods of the same length just
 *   before it, by the exact conditional test of two Poisson counts, at level `alpha` (0.01), with at
 *   least `minCount` (5) issues and at least `minRatio` (1.5) times the previous periods' mean.
 * - `unsolvedCluster`: issues of one cell still open, or answered as unsolvable, from at least
 *   `minEnterprises` (3) enterprises; with `titleThreshold` (default null: the category alone) they
 *   are further split by title similarity (character-bigram Dice, as the duplicate suggestions
 *   measure it), comparing at most `maxComparisonsPerCell` (20,000) pairs of distinct titles of a cell.
 *
 * @example
 * ```ts
 * ForesightPolicySchema.parse({ hotspot: { minCount: 10 } }).hotspot.minShare; // 0.1
 * ForesightPolicySchema.safeParse({ seasonal: { years: 2, minYears: 3 } }).success; // false
 * ```
 * @category Report
 */
export const ForesightPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the thresholds come from. */
  source: z.string().min(1).max(500).default(`qinqing defaults; ${FORESIGHT_SOURCE}`).describe('Where the thresholds come from'),
  /** The industry prefix of a cell (GB/T 4754 level). */
  industryLevel: IndustryLevel.schema.default('division'),
  /** The place of a cell. */
  placeLevel: PlaceLevel.schema.default('byCounty'),
  /** The local time zone of submissions, in minutes east of UTC (480: China Standard Time). */
  utcOffsetMinutes: z.int().min(-720).max(840).default(480),
  /** The most findings of each kind returned (the strongest first). */
  maxFindings: z.int().min(1).max(10_000).default(100),
  /** The most ids in each evidence list of a finding. */
  maxEvidence: z.int().min(1).max(10_000).default(50),
  /** High-frequency problems (高频问题). */
  hotspot: z
    .strictObject({
      /** The fewest issues of the cell in the period. */
      minCount: count.default(5),
      /** The least share of the category's issues of the period that the cell holds, 0–1. */
      minShare: z.number().min(0).max(1).default(0.1),
      /** The fewest distinct enterprises among them. */
      minEnterprises: count.default(2),
    })
    .prefault({}),
  /** Seasonal problems (季节性问题). */
  seasonal: z
    .strictObject({
      /** How many calendar months after the period's last month are looked at. */
      monthsAhead: z.int().min(1).max(12).default(1),
      /** How many earlier years of the same month are looked at. */
      years: z.int().min(1).max(10).default(3),
      /** In how many of them the month must count. */
      minYears: z.int().min(1).max(10).default(2),
      /** The fewest issues of the cell in that month for the year to count. */
      minCount: count.default(3),
      /** The least ratio of that month's count to the cell's mean monthly count over the twelve months ending with it. */
      minLift: z.number().min(0).max(12).default(1.5),
      /** The significance level of the one-sided test of the month against its twelve months (1: no test). */
      alpha: z.number().gt(0).max(1).default(0.05),
    })
    .prefault({})
    .refine((s) => s.minYears <= s.years, {
      message: 'minYears must not exceed years: no cell could ever be seasonal.',
      path: ['minYears'],
      params: { code: 'INVALID_ARGUMENT', messageZh: 'minYears 不得大于 years：否则不会有任何季节性问题。' },
    }),
  /** Rising problems (上升问题). */
  rising: z
    .strictObject({
      /** How many periods of the same length before the period make the baseline. */
      previousPeriods: z.int().min(1).max(36).default(6),
      /** The significance level of the one-sided test (1: no test). */
      alpha: z.number().gt(0).max(1).default(0.01),
      /** The fewest issues of the cell in the period. */
      minCount: count.default(5),
      /** The least ratio of the period's count to the previous periods' mean. */
      minRatio: z.number().min(1).max(1000).default(1.5),
    })
    .prefault({}),
  /** Unsolved problems shared by several enterprises (共性未解决问题). */
  unsolvedCluster: z
    .strictObject({
      /** The fewest distinct enterprises. */
      minEnterprises: z.int().min(2).max(1_000_000).default(3),
      /** The least title similarity (0–1) that links two issues of a cell, or null to take the category alone. */
      titleThreshold: z.number().min(0).max(1).nullable().default(null),
      /** The most pairs of distinct titles of one cell compared. */
      maxComparisonsPerCell: z.int().min(1).max(100_000_000).default(20_000),
    })
    .prefault({}),
}))();

/**
 * The thresholds of foresight; see {@link ForesightPolicySchema}.
 *
 * @category Report
 */
export type ForesightPolicy = DeepReadonly<z.output<typeof ForesightPolicySchema>>;

/**
 * qinqing's default foresight thresholds (all qinqing's own: the sources give no figure): cells of
 * one category × GB/T 4754 division × county; hotspots of at least 5 issues, 10% of the category and
 * 2 enterprises in the period; seasonal problems in the next month when it counted in at least 2 of
 * the last 3 years (3 issues, 1.5× the mean month, p ≤ 0.05); rising problems against the 6 periods before at
 * level 0.01, with at least 5 issues and 1.5× the mean; unsolved problems shared by at least 3
 * enterprises; 100 findings per kind and 50 ids per evidence list. Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * defaultForesightPolicy.rising.alpha; // 0.01
 * defaultForesightPolicy.industryLevel; // 'division'
 * ```
 * @category Report
 */
export const defaultForesightPolicy: ForesightPolicy = /* @__PURE__ */ (() => deepFreeze(ForesightPolicySchema.parse({})))();
