import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import type { BilingualText } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { AdviserKind } from '../org/adviser.js';
import { GovernmentLevel } from '../org/level.js';

const XINGTAI = '000: 邢台市工商局工商顾问制（2014）：每名工商顾问对接一个产业园区或3至5个重点项目（企业）';
const LISHUI_ONE_TO_ONE = '003: 丽水“企业服务年”：426名副县以上干部联系426家企业，一对一';
const LISHUI_LEADERS = '003: 丽水“企业服务年”：县（市、区）领导、部门领导联系1—2家企业';
const LISHUI_ASSISTANT = '003: 丽水“企业服务年”：企业助理派驻企业（双向选择）；每人派驻一家企业为 qinqing 的理解';
const NO_FIGURE = 'qinqing: 来源文件未规定联系企业数量，不设上下限';
const JIAOZUO_CONTACT = '001: 焦作市服务工业企业长效机制（2009）：每个重点服务企业都要有一名市领导或职能部门领导作为联系人';
const LISHUI_QUOTA = '003: 丽水“企业服务年”：联系干部每年为企业解决实际问题2件以上';

const count = /* @__PURE__ */ (() => z.int().min(0).max(100_000))();

/**
 * How many enterprises and parks one adviser of a kind may be paired with at a time, and how many
 * advisers of that kind one enterprise may have:
 *
 * - `minEnterprises`–`maxEnterprises` enterprises (`maxEnterprises` null: no upper limit);
 * - at most `maxParks` parks (0: a park may not be paired; null: no limit);
 * - when `parkOrEnterprises` is true, a park stands in for the enterprises: an adviser with a park
 *   has no enterprise minimum and may have no enterprise (000: "one park **or** 3–5 key enterprises");
 * - `maxPerEnterprise`: how many advisers of this kind one enterprise may have (1 for 1:1, 003;
 *   null: no limit);
 * - `allowIdle`: whether an adviser with no pairing at all is acceptable (else it is under capacity).
 *
 * @example
 * ```ts
 * CapacityRuleSchema.safeParse({ ...defaultPairingPolicy.capacity.contactLeader, minEnterprises: 3 }).success; // false: min above max
 * ```
 * @category Pairing
 */
export const CapacityRuleSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** Where the rule comes from. */
    source: z.string().min(1).describe('Where the rule comes from'),
    /** The fewest enterprises an adviser without a park (when parks stand in) must be paired with. */
    minEnterprises: count.describe('The fewest enterprises one adviser is paired with'),
    /** The most enterprises, or null for no limit. */
    maxEnterprises: count.nullable().describe('The most enterprises one adviser is paired with; null: no limit'),
    /** The most parks, 0 when parks may not be paired, or null for no limit. */
    maxParks: count.nullable().describe('The most parks one adviser is paired with; 0: none; null: no limit'),
    /** Whether one park stands in for the enterprises (000: one park or 3–5 enterprises). */
    parkOrEnterprises: z.boolean().describe('Whether a park stands in for the enterprises (one park OR n enterprises)'),
    /** How many advisers of this kind one enterprise may have, or null for no limit. */
    maxPerEnterprise: z.int().min(1).max(100_000).nullable().describe('How many advisers of this kind one enterprise may have'),
    /** Whether an adviser with no pairing at all is acceptable. */
    allowIdle: z.boolean().describe('Whether an adviser with no pairing at all is acceptable'),
  })
  .refine((r) => r.maxEnterprises === null || r.minEnterprises <= r.maxEnterprises, {
    message: 'minEnterprises must not exceed maxEnterprises.',
    path: ['minEnterprises'],
    params: { code: 'INVALID_ARGUMENT', messageZh: '最少联系企业数不得大于最多联系企业数。' },
  }))();

/**
 * A capacity rule; see {@link CapacityRuleSchema}.
 *
 * @category Pairing
 */
export type CapacityRule = DeepReadonly<z.output<typeof CapacityRuleSchema>>;

const xingtaiBureauAdviser = (): z.input<typeof CapacityRuleSchema> => ({
  source: XINGTAI,
  minEnterprises: 3,
  maxEnterprises: 5,
  maxParks: 1,
  parkOrEnterprises: true,
  maxPerEnterprise: null,
  allowIdle: false,
});
const noFigure = (): z.input<typeof CapacityRuleSchema> => ({
  source: NO_FIGURE,
  minEnterprises: 0,
  maxEnterprises: null,
  maxParks: null,
  parkOrEnterprises: false,
  maxPerEnterprise: null,
  allowIdle: true,
});
const oneToOne = (source: string) => (): z.input<typeof CapacityRuleSchema> => ({
  source,
  minEnterprises: 1,
  maxEnterprises: 1,
  maxParks: 0,
  parkOrEnterprises: false,
  maxPerEnterprise: 1,
  allowIdle: false,
});
const lishuiContactLeader = (): z.input<typeof CapacityRuleSchema> => ({
  source: LISHUI_LEADERS,
  minEnterprises: 1,
  maxEnterprises: 2,
  maxParks: 0,
  parkOrEnterprises: false,
  maxPerEnterprise: null,
  allowIdle: false,
});

/**
 * The capacity rule of each adviser kind; a kind's rule defaults to the sources' figure (see
 * {@link defaultPairingPolicy}).
 *
 * @example
 * ```ts
 * CapacityRulesSchema.parse({}).bureauAdviser.maxEnterprises; // 5
 * ```
 * @category Pairing
 */
export const CapacityRulesSchema = /* @__PURE__ */ (() => z.strictObject({
  /** 工商顾问: one park or 3–5 key enterprises (000). */
  bureauAdviser: CapacityRuleSchema.default(xingtaiBureauAdviser),
  /** 企业联络员: no figure in the sources. */
  liaison: CapacityRuleSchema.default(noFigure),
  /** 企业助理: dispatched to one enterprise (003). */
  enterpriseAssistant: CapacityRuleSchema.default(oneToOne(LISHUI_ASSISTANT)),
  /** 驻企挂职干部 / senior cadre: one to one (003). */
  secondedCadre: CapacityRuleSchema.default(oneToOne(LISHUI_ONE_TO_ONE)),
  /** 联系领导: county leaders and department leaders contact 1–2 enterprises (003). */
  contactLeader: CapacityRuleSchema.default(lishuiContactLeader),
  /** 网格走访小组成员: no figure in the sources. */
  gridTeamMember: CapacityRuleSchema.default(noFigure),
} satisfies Record<AdviserKind, unknown>))();

/**
 * The capacity rules of every adviser kind; see {@link CapacityRulesSchema}.
 *
 * @category Pairing
 */
export type CapacityRules = DeepReadonly<z.output<typeof CapacityRulesSchema>>;

/**
 * The rule that every key enterprise (重点服务企业) has contacts of the right kind and level (001):
 * at least `min` distinct advisers whose kind is one of `kinds` and whose level is allowed for the
 * enterprise's key level by `levels`. A city key enterprise is a key enterprise of its county too
 * (001), so the rule applies to both key levels; `levels.city` says which levels may contact a city
 * key enterprise and `levels.county` a county-only one.
 *
 * @example
 * ```ts
 * KeyEnterpriseContactRuleSchema.parse({}).levels.city; // ['city']
 * ```
 * @category Pairing
 */
export const KeyEnterpriseContactRuleSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the rule comes from. */
  source: z.string().min(1).default(JIAOZUO_CONTACT).describe('Where the rule comes from'),
  /** The adviser kinds that count as contact leaders. */
  kinds: z.array(AdviserKind.schema).min(1).default((): AdviserKind[] => ['contactLeader']).describe('Adviser kinds that count as contact leaders'),
  /** How many such contacts each key enterprise needs (0 turns the rule off). */
  min: count.default(1).describe('How many contact leaders each key enterprise needs'),
  /** The adviser levels that may contact a key enterprise of each key level. */
  levels: z
    .strictObject({
      /** Levels that may contact a city key enterprise (001: a city leader or a city department's leader). */
      city: z.array(GovernmentLevel.schema).min(1).default((): GovernmentLevel[] => ['city']),
      /** Levels that may contact a county key enterprise. */
      county: z.array(GovernmentLevel.schema).min(1).default((): GovernmentLevel[] => ['city', 'county']),
    })
    .prefault({})
    .describe('Adviser levels that may contact a key enterprise of each key level'),
}))();

/**
 * The key-enterprise contact rule; see {@link KeyEnterpriseContactRuleSchema}.
 *
 * @category Pairing
 */
export type KeyEnterpriseContactRule = DeepReadonly<z.output<typeof KeyEnterpriseContactRuleSchema>>;

/**
 * The rule that each contact cadre solves at least `perYear` real problems a year for the
 * enterprise it is paired with (003: 每年为企业解决实际问题2件以上); it binds advisers whose kind is
 * one of `kinds`. How problems are attributed is explained at {@link validatePairings}.
 *
 * @example
 * ```ts
 * ProblemQuotaRuleSchema.parse({}).perYear; // 2
 * ```
 * @category Pairing
 */
export const ProblemQuotaRuleSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the rule comes from. */
  source: z.string().min(1).default(LISHUI_QUOTA).describe('Where the rule comes from'),
  /** The adviser kinds bound by the quota. */
  kinds: z
    .array(AdviserKind.schema)
    .default((): AdviserKind[] => ['contactLeader', 'secondedCadre', 'enterpriseAssistant'])
    .describe('Adviser kinds bound by the quota'),
  /** The fewest problems solved per enterprise per year. */
  perYear: count.default(2).describe('The fewest problems solved for each paired enterprise a year'),
}))();

/**
 * The problem quota rule; see {@link ProblemQuotaRuleSchema}.
 *
 * @category Pairing
 */
export type ProblemQuotaRule = DeepReadonly<z.output<typeof ProblemQuotaRuleSchema>>;

/**
 * A pairing policy (包联规则) as data: a capacity rule per adviser kind, the key-enterprise contact
 * rule and the yearly problem quota, each with its source. Every part has a default from the
 * sources, so `PairingPolicySchema.parse({})` is {@link defaultPairingPolicy}.
 *
 * @example
 * ```ts
 * PairingPolicySchema.parse({ problemQuota: { perYear: 3 } }).problemQuota.perYear; // 3
 * safeParse(PairingPolicySchema, { capacity: { contactLeader: { ...defaultPairingPolicy.capacity.contactLeader, maxEnterprises: 3 } } }).ok; // true
 * ```
 * @category Pairing
 */
export const PairingPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the policy as a whole comes from. */
  source: z.string().min(1).default('000, 001, 003').describe('Where the policy comes from'),
  /** The capacity rule of each adviser kind. */
  capacity: CapacityRulesSchema.prefault({}),
  /** Every key enterprise has a contact leader (001). */
  keyEnterpriseContact: KeyEnterpriseContactRuleSchema.prefault({}),
  /** Each contact cadre solves at least 2 problems a year for its enterprise (003). */
  problemQuota: ProblemQuotaRuleSchema.prefault({}),
}))();

/**
 * A pairing policy; see {@link PairingPolicySchema}.
 *
 * @category Pairing
 */
export type PairingPolicy = DeepReadonly<z.output<typeof PairingPolicySchema>>;

/**
 * The pairing policy of the sources, frozen: a bureau adviser pairs with one park or 3–5 key
 * enterprises (000); a seconded or senior cadre pairs 1:1 with one enterprise (003: 426 cadres, 426
 * enterprises), as does an enterprise assistant (003, qinqing's reading); a contact leader (county
 * or department leader) contacts 1–2 enterprises (003); liaisons and grid-team members have no
 * figure; every key enterprise needs a contact leader — for a city key enterprise a city-level one
 * (001); contact leaders, seconded cadres and enterprise assistants solve at least 2 problems a year
 * for each enterprise (003). Each rule carries its `source`.
 *
 * @example
 * ```ts
 * defaultPairingPolicy.capacity.bureauAdviser.source.slice(0, 3); // '000'
 * defaultPairingPolicy.problemQuota.perYear; // 2
 * ```
 * @category Pairing
 */
export const defaultPairingPolicy: PairingPolicy = /* @__PURE__ */ (() => deepFreeze(PairingPolicySchema.parse({})))();

/** An adviser's load: distinct enterprises and parks among the pairings that count. */
export interface Load {
  readonly enterprises: number;
  readonly parks: number;
}

/** How a load stands against a capacity rule. Internal: shared by validation and suggestions. */
export function capacityVerdict(rule: CapacityRule, load: Load): 'over' | 'under' | 'ok' {
  const { enterprises: e, parks: p } = load;
  const parkMode = rule.parkOrEnterprises && p > 0;
  if ((rule.maxParks !== null && p > rule.maxParks) || (parkMode && e > 0)) return 'over';
  if (!parkMode && rule.maxEnterprises !== null && e > rule.maxEnterprises) return 'over';
  if (!parkMode && e < rule.minEnterprises && !(rule.allowIdle && e + p === 0)) return 'under';
  return 'ok';
}

/** How many more enterprises an adviser may take under a rule (Infinity when unlimited). Internal. */
export function remainingEnterprises(rule: CapacityRule, load: Load): number {
  if (rule.maxParks !== null && load.parks > rule.maxParks) return 0;
  if (rule.parkOrEnterprises && load.parks > 0) return 0;
  if (rule.maxEnterprises === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, rule.maxEnterprises - load.enterprises);
}

/** The rule's allowance in words, e.g. "one park or 3–5 enterprises". Internal. */
export function allowanceText(rule: CapacityRule): BilingualText {
  const { minEnterprises: min, maxEnterprises: max } = rule;
  const rangeEn = max === null ? `at least ${min}` : min === max ? `${min}` : `${min}–${max}`;
  const rangeZh = max === null ? `至少${min}` : min === max ? `${min}` : `${min}—${max}`;
  const noun = max === 1 ? 'enterprise' : 'enterprises';
  const parks = rule.maxParks;
  const parkEn = parks === null ? '' : parks === 0 ? ', no park' : `, at most ${parks} park${parks === 1 ? '' : 's'}`;
  const parkZh = parks === null ? '' : parks === 0 ? '，不联系园区' : `，至多${parks}个园区`;
  if (rule.parkOrEnterprises && parks !== 0) {
    const p = parks === null ? 'parks' : parks === 1 ? 'one park' : `up to ${parks} parks`;
    const pZh = parks === null ? '园区' : parks === 1 ? '一个园区' : `至多${parks}个园区`;
    return { en: `${p} or ${rangeEn} ${noun}`, zh: `${pZh}或${rangeZh}家企业` };
  }
  return { en: `${rangeEn} ${noun}${parkEn}`, zh: `${rangeZh}家企业${parkZh}` };
}
