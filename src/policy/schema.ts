import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, CalendarDateSchema, IdSchema, type CalendarDate, type Id } from '../core/schema.js';
import { EnterpriseScale, KeyEnterpriseLevel, MarketEntityType } from '../enterprise/schema.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { ownKeyRecord } from '../internal/record.js';
import { IssueOrigin } from '../vocabulary/issue.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them.

/**
 * How an enterprise obtains a policy's benefit (惠企政策兑现方式), as the 直达快享 plans name them:
 * `noApplication` 免申即享 (the government finds the eligible from its own data and grants the
 * benefit without an application), `quickApplication` 快申快享 (a short application, redeemed
 * within a limit: 60 working days in Sichuan's plan, see `sichuanPolicyDeadlines`), and
 * `application` (依申请: the ordinary procedure and limits of the policy itself).
 *
 * `PolicyMode.values` lists the values in order, `PolicyMode.labels` gives each a zh-CN and an
 * English label, and `PolicyMode.schema` validates one. The type `PolicyMode` is a mode, e.g.
 * `'noApplication'`.
 *
 * @example
 * ```ts
 * PolicyMode.labels.quickApplication.zh; // '快申快享'
 * PolicyMode.schema.safeParse('noApplication').success; // true
 * ```
 * @category Policy
 */
export const PolicyMode = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    noApplication: { zh: '免申即享', en: 'No application (granted from data)' },
    quickApplication: { zh: '快申快享', en: 'Quick application' },
    application: IssueOrigin.labels.application,
  }),
))();

export type PolicyMode = EnumValue<typeof PolicyMode>;

/**
 * The facts a policy's conditions look at (besides its validity period and region): the
 * enterprise's industry, size, county, the division code of its USCC, key-enterprise level, park,
 * whole years since registration, type of market entity, whether it is above designated size, the
 * tags it carries and lacks, and the figures the app supplies.
 *
 * `PolicyFact.values` lists the values in order, `PolicyFact.labels` gives each a zh-CN and an
 * English label, and `PolicyFact.schema` validates one. The type `PolicyFact` is a fact, e.g.
 * `'scale'`.
 *
 * @example
 * ```ts
 * PolicyFact.labels.yearsSinceRegistration.zh; // '成立年限'
 * PolicyFact.values.includes('validity'); // true
 * ```
 * @category Policy
 */
export const PolicyFact = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    validity: { zh: '政策有效期', en: 'Validity period' },
    region: { zh: '适用地区', en: 'Region' },
    industry: { zh: '所属行业', en: 'Industry' },
    scale: { zh: '企业规模', en: 'Enterprise size' },
    countyId: { zh: '所在县（市、区）', en: 'County' },
    divisionCode: { zh: '登记机关行政区划码', en: 'Division code of the USCC' },
    keyLevel: { zh: '重点服务企业级别', en: 'Key-enterprise level' },
    parkId: { zh: '所在园区', en: 'Industrial park' },
    yearsSinceRegistration: { zh: '成立年限', en: 'Years since registration' },
    marketEntityType: { zh: '市场主体类型', en: 'Type of market entity' },
    aboveDesignatedSize: { zh: '规模以上', en: 'Above designated size' },
    tags: { zh: '企业标签', en: 'Tags' },
    withoutTags: { zh: '排除标签', en: 'Excluded tags' },
    numbers: { zh: '数值指标', en: 'Figures' },
  }),
))();

export type PolicyFact = EnumValue<typeof PolicyFact>;

/**
 * Whether an enterprise qualifies for a policy at a date: `eligible` (every condition holds),
 * `notEligible` (some condition fails: outside the validity period or region, or a fact that does
 * not qualify) or `unknown` (no condition fails, but a fact some condition needs is missing).
 *
 * `PolicyMatchStatus.values` lists the values in order, `PolicyMatchStatus.labels` gives each a
 * zh-CN and an English label, and `PolicyMatchStatus.schema` validates one.
 *
 * @example
 * ```ts
 * PolicyMatchStatus.labels.unknown.zh; // '信息不足'
 * PolicyMatchStatus.values; // ['eligible', 'notEligible', 'unknown']
 * ```
 * @category Policy
 */
export const PolicyMatchStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    eligible: { zh: '符合条件', en: 'Eligible' },
    notEligible: { zh: '不符合条件', en: 'Not eligible' },
    unknown: { zh: '信息不足', en: 'Unknown (facts missing)' },
  }),
))();

export type PolicyMatchStatus = EnumValue<typeof PolicyMatchStatus>;

/**
 * A prefix of a GB/T 2260 administrative division code as the USCC carries it (characters 3–8):
 * 2 digits for a province, 4 for a city, 6 for a county or district, e.g. `'4108'` (焦作市).
 *
 * @example
 * ```ts
 * DivisionPrefixSchema.safeParse('4108').success; // true
 * DivisionPrefixSchema.safeParse('410').success; // false
 * ```
 * @category Policy
 */
export const DivisionPrefixSchema = /* @__PURE__ */ (() =>
  z.string().regex(/^\d{2}(?:\d{2}){0,2}$/, { message: 'A division code prefix has 2, 4 or 6 digits (GB/T 2260: province, city, county).' }).describe('A GB/T 2260 division code prefix: 2, 4 or 6 digits'))();

/**
 * The key of a figure the app supplies (`numbers` of the enterprise's facts), e.g. `'revenue'` or
 * `'rdShare'`: a letter, then letters, digits or `_`, at most 64 characters.
 *
 * @example
 * ```ts
 * NumberKeySchema.safeParse('taxableIncome').success; // true
 * NumberKeySchema.safeParse('营业收入').success; // false
 * ```
 * @category Policy
 */
export const NumberKeySchema = /* @__PURE__ */ (() =>
  z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { message: 'A figure key is a letter followed by letters, digits or _ (at most 64 characters).' }).describe('The key of a figure the app supplies'))();

/**
 * A tag the app gives enterprises (高新技术企业, 专精特新, exporter, …): any text of 1–64 characters,
 * e.g. `'highTech'` or `'专精特新'`.
 *
 * @example
 * ```ts
 * PolicyTagSchema.safeParse('specialisedInnovative').success; // true
 * ```
 * @category Policy
 */
export const PolicyTagSchema = /* @__PURE__ */ (() => z.string().min(1).max(64).describe('A tag the app gives enterprises'))();

const range = /* @__PURE__ */ (() => z
  .strictObject({
    /** The smallest value that holds (inclusive). */
    min: z.number().optional(),
    /** The largest value that holds (inclusive). */
    max: z.number().optional(),
  })
  .describe('An inclusive range; a missing end is open'))();

/**
 * The eligibility conditions of a policy (or of one alternative of its `anyOf`) over an
 * enterprise's facts; every condition given must hold (AND), a missing one holds always. Lists hold
 * when the fact is one of them; ranges are inclusive; `industry` holds when the enterprise's
 * industry code starts with one of the codes (GB/T 4754: `'C'` covers `'C3411'`), `divisionCode`
 * when the USCC's division code starts with one of the prefixes; `tags` when the enterprise carries
 * every one of them, `withoutTags` when it carries none; `numbers` when each named figure lies in
 * its range. An empty list never holds (`validatePolicies` reports it).
 *
 * A fact the enterprise does not supply makes its condition *missing* rather than failed: `scale`,
 * `establishedOn` (for `yearsSinceRegistration`), `aboveDesignatedSize`, the whole `tags` list, or
 * one figure of `numbers`. An enterprise without `parkId` is in no park; without `keyLevel` it is
 * not a key enterprise (`'none'`), as `EnterpriseSchema` reads it.
 *
 * @example
 * ```ts
 * PolicyConditionsSchema.parse({ scale: ['small', 'micro'], numbers: { taxableIncome: { max: 3_000_000 } } }).scale; // ['small', 'micro']
 * PolicyConditionsSchema.safeParse({ size: ['small'] }).success; // false: an unknown fact
 * ```
 * @category Policy
 */
export const PolicyConditionsSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The enterprise's industry code (GB/T 4754) starts with one of these. */
  industry: z.array(z.string().min(1).max(32)).max(1000).optional(),
  /** The enterprise's size is one of these. */
  scale: z.array(EnterpriseScale.schema).max(20).optional(),
  /** The enterprise's county is one of these ids. */
  countyId: z.array(IdSchema).max(5000).optional(),
  /** The division code of the enterprise's USCC (characters 3–8) starts with one of these. */
  divisionCode: z.array(DivisionPrefixSchema).max(5000).optional(),
  /** The enterprise's key-enterprise level is one of these (`['county', 'city']`: any key enterprise). */
  keyLevel: z.array(KeyEnterpriseLevel.schema).max(20).optional(),
  /** The enterprise sits in one of these parks. */
  parkId: z.array(IdSchema).max(5000).optional(),
  /** Whole years from its establishment (`establishedOn`) to the date of matching. */
  yearsSinceRegistration: range.optional(),
  /** The enterprise's type of market entity is one of these. */
  marketEntityType: z.array(MarketEntityType.schema).max(20).optional(),
  /** Whether it is an industrial enterprise above designated size (规模以上). */
  aboveDesignatedSize: z.boolean().optional(),
  /** Tags the enterprise must all carry. */
  tags: z.array(PolicyTagSchema).max(50).optional(),
  /** Tags the enterprise must not carry (e.g. a serious-dishonesty list). */
  withoutTags: z.array(PolicyTagSchema).max(50).optional(),
  /** Ranges the figures the app supplies must lie in, by key. */
  numbers: ownKeyRecord(NumberKeySchema, range).optional(),
}))();

/**
 * Eligibility conditions; see {@link PolicyConditionsSchema}.
 *
 * @category Policy
 */
export type PolicyConditions = DeepReadonly<z.infer<typeof PolicyConditionsSchema>>;

/**
 * Where a policy applies: enterprises whose county is one of `countyIds`, or whose USCC division
 * code starts with one of `divisionCodes` (either suffices). A region that names neither applies
 * everywhere; an empty list names nothing.
 *
 * @example
 * ```ts
 * PolicyRegionSchema.parse({ divisionCodes: ['4108'] }).divisionCodes; // ['4108']
 * ```
 * @category Policy
 */
export const PolicyRegionSchema = /* @__PURE__ */ (() => z.strictObject({
  /** County or district ids (the enterprise's `countyId`). */
  countyIds: z.array(IdSchema).max(5000).optional(),
  /** GB/T 2260 division code prefixes of the enterprise's USCC. */
  divisionCodes: z.array(DivisionPrefixSchema).max(5000).optional(),
}))();

/**
 * Where a policy applies; see {@link PolicyRegionSchema}.
 *
 * @category Policy
 */
export type PolicyRegion = DeepReadonly<z.infer<typeof PolicyRegionSchema>>;

/**
 * One benefit of a policy: what it gives, in both languages, and the amount in yuan where there is
 * one (the amount, or the most one enterprise receives).
 *
 * @example
 * ```ts
 * PolicyBenefitSchema.parse({ text: { zh: '最高补助 50 万元', en: 'Up to 500,000 yuan' }, amount: 500_000 }).amount; // 500000
 * ```
 * @category Policy
 */
export const PolicyBenefitSchema = /* @__PURE__ */ (() => z.strictObject({
  /** What the benefit is. */
  text: BilingualTextSchema,
  /** The amount, or the most an enterprise receives, in yuan. */
  amount: z.number().min(0).max(1e13).optional(),
}))();

/**
 * One benefit of a policy; see {@link PolicyBenefitSchema}.
 *
 * @category Policy
 */
export type PolicyBenefit = DeepReadonly<z.infer<typeof PolicyBenefitSchema>>;

/**
 * A policy for enterprises (惠企政策) as data: who issued it, when it is in force (`validUntil`
 * absent: no end date), where (its region), how its benefit is obtained (its mode), what it gives,
 * and who qualifies — every condition of `when`, and when `anyOf` is given, every condition of at
 * least one of its alternatives. `redemptionWorkingDays` is the policy's own limit for redeeming
 * its benefit, when it sets one; else the mode's limit applies (see `policyDeadlines`). `source`
 * names the document. Plain JSON.
 *
 * @example
 * ```ts
 * const p = PolicySchema.parse({
 *   id: 'p1', name: { zh: '示例政策', en: 'An example policy' }, issuer: { zh: '某市人民政府', en: 'A city government' },
 *   validFrom: '2026-01-01', mode: 'quickApplication',
 *   benefits: [{ text: { zh: '一次性奖励 10 万元', en: 'A one-off award of 100,000 yuan' }, amount: 100_000 }],
 *   when: { tags: ['specialisedInnovative'] }, source: '示例',
 * });
 * p.mode; // 'quickApplication'
 * ```
 * @category Policy
 */
export const PolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** The policy's id, unique in its set. */
  id: IdSchema,
  /** Its name in both languages. */
  name: BilingualTextSchema,
  /** The body that issued it (发布机关). */
  issuer: BilingualTextSchema,
  /** The app's id of the department that carries it out (执行部门), if known. */
  departmentId: IdSchema.optional(),
  /** The first day it is in force. */
  validFrom: CalendarDateSchema,
  /** The last day it is in force; absent when it has no end date. */
  validUntil: CalendarDateSchema.optional(),
  /** Where it applies; absent: everywhere its issuer governs. */
  region: PolicyRegionSchema.optional(),
  /** How its benefit is obtained. */
  mode: PolicyMode.schema,
  /** Its own limit for redeeming the benefit, in working days, when it sets one. */
  redemptionWorkingDays: z.int().min(1).max(250).optional(),
  /** What it gives. */
  benefits: z.array(PolicyBenefitSchema).min(1).max(50),
  /** The conditions every eligible enterprise meets. */
  when: PolicyConditionsSchema.optional(),
  /** Alternatives, at least one of which an eligible enterprise meets wholly. */
  anyOf: z.array(PolicyConditionsSchema).max(50).optional(),
  /** The document it comes from (title, 文号, address). */
  source: z.string().min(1).max(2000),
}))();

/**
 * A policy for enterprises; see {@link PolicySchema}.
 *
 * @category Policy
 */
export type Policy = DeepReadonly<z.infer<typeof PolicySchema>>;

/**
 * A figure the policies of a set may name in `numbers`, declared with its label and unit, so that
 * `validatePolicies` can tell a typo from a figure and explanations can name it.
 *
 * @example
 * ```ts
 * PolicyNumberDeclarationSchema.parse({ key: 'employees', label: { zh: '从业人数', en: 'Employees' }, unit: { zh: '人', en: 'people' } }).unit?.zh; // '人'
 * ```
 * @category Policy
 */
export const PolicyNumberDeclarationSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The key, as the enterprise's `numbers` carry it. */
  key: NumberKeySchema,
  /** Its name in both languages. */
  label: BilingualTextSchema,
  /** Its unit in both languages, e.g. `{ zh: '元', en: 'yuan' }`. */
  unit: BilingualTextSchema.optional(),
}))();

/**
 * A declared tag, with its label.
 *
 * @example
 * ```ts
 * PolicyTagDeclarationSchema.parse({ key: 'highTech', label: { zh: '高新技术企业', en: 'High-tech enterprise' } }).key; // 'highTech'
 * ```
 * @category Policy
 */
export const PolicyTagDeclarationSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The tag, as the enterprise's `tags` carry it. */
  key: PolicyTagSchema,
  /** Its name in both languages. */
  label: BilingualTextSchema,
}))();

/**
 * A set of policies as an app configures it: an id, the policies (at most 10,000), and the
 * figures and tags they may name, declared with labels. Parsing fills in empty declarations and
 * freezes the result. Check a set with `validatePolicies`.
 *
 * @example
 * ```ts
 * PolicySetSchema.parse({ id: 'city', policies: [] }).numbers; // []
 * ```
 * @category Policy
 */
export const PolicySetSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The set's id. */
    id: IdSchema,
    /** Its name in both languages. */
    name: BilingualTextSchema.optional(),
    /** Where it comes from. */
    source: z.string().min(1).max(2000).optional(),
    /** The figures its policies may name. */
    numbers: z.array(PolicyNumberDeclarationSchema).max(1000).default(() => []),
    /** The tags its policies may name. */
    tags: z.array(PolicyTagDeclarationSchema).max(1000).default(() => []),
    /** The policies. */
    policies: z.array(PolicySchema).max(10_000),
  })
  .overwrite(deepFreeze))();

/**
 * A set of policies; see {@link PolicySetSchema}.
 *
 * @category Policy
 */
export type PolicySet = DeepReadonly<z.output<typeof PolicySetSchema>>;

/**
 * What matching reads of an enterprise: an `Enterprise` (from `EnterpriseSchema`) will do, with
 * the tags and figures the app supplies. `tags`, when given, lists every tag the enterprise
 * carries (a tag absent from it is not carried); when absent, tag conditions are *missing*.
 * `numbers` holds figures by key (finite numbers); a key absent from it makes its condition
 * missing. Of the enterprise's own fields, `scale`, `establishedOn` and `aboveDesignatedSize` may
 * be missing; `parkId` absent means no park, `keyLevel` absent means `'none'`. Matching reads,
 * and checks, the id and only the fields some condition of the policies uses.
 *
 * @category Policy
 */
export interface EnterpriseFacts {
  /** The app's id of the enterprise. */
  readonly id: Id;
  /** Its Unified Social Credit Code (its characters 3–8 are the division code). */
  readonly uscc: string;
  /** Its type of market entity. */
  readonly marketEntityType: MarketEntityType;
  /** Its industry code (GB/T 4754). */
  readonly industry: string;
  /** Its county or district. */
  readonly countyId: Id;
  /** Its park, if any. */
  readonly parkId?: Id | undefined;
  /** Its key-enterprise level (absent: `'none'`). */
  readonly keyLevel?: KeyEnterpriseLevel | undefined;
  /** Its size, if known. */
  readonly scale?: EnterpriseScale | undefined;
  /** Whether it is above designated size, if known. */
  readonly aboveDesignatedSize?: boolean | undefined;
  /** The date it was established, if known. */
  readonly establishedOn?: CalendarDate | undefined;
  /** Every tag it carries, if known. */
  readonly tags?: readonly string[] | undefined;
  /** Figures by key, as far as known. */
  readonly numbers?: Readonly<Record<string, number>> | undefined;
}
