import * as z from 'zod';
import { CalendarDateSchema, IdSchema } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { ContactSchema } from '../org/contact.js';
import { levelLabelTexts } from '../org/level.js';
import { deepFreeze } from '../internal/freeze.js';
import { sharedLabels } from './uscc-codes.js';
import { UsccSchema } from './uscc.js';

/**
 * The types of market entity (市场主体) as registration statistics count them (000): domestic
 * enterprise 内资企业 (state-owned, collective and other non-private domestic enterprises), private
 * enterprise 私营企业, farmers' professional cooperative 农民专业合作社, individual business 个体工商户, and
 * foreign-invested enterprise 外商投资企业.
 *
 * `MarketEntityType.values` lists the values in order, `MarketEntityType.labels` gives each a zh-CN
 * and an English label, and `MarketEntityType.schema` validates one. The type `MarketEntityType` is
 * a type of market entity, e.g. `'privateEnterprise'`.
 *
 * @example
 * ```ts
 * MarketEntityType.labels.individualBusiness.zh; // '个体工商户'
 * MarketEntityType.schema.safeParse('privateEnterprise').success; // true
 * ```
 * @category Enterprise
 */
export const MarketEntityType = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    domesticEnterprise: { zh: '内资企业', en: 'Domestic (non-private) enterprise' },
    privateEnterprise: { zh: '私营企业', en: 'Private enterprise' },
    farmersCooperative: sharedLabels.farmersCooperative,
    individualBusiness: sharedLabels.individualBusiness,
    foreignInvestedEnterprise: { zh: '外商投资企业', en: 'Foreign-invested enterprise' },
  }),
))();

export type MarketEntityType = EnumValue<typeof MarketEntityType>;

/**
 * The levels of key enterprise (重点服务企业, 001): `none`, `county` (named by the county or district
 * government) and `city` (named by the city government, and thereby also a key enterprise of its
 * county).
 *
 * `KeyEnterpriseLevel.values` lists the values in order, `KeyEnterpriseLevel.labels` gives each a
 * zh-CN and an English label, and `KeyEnterpriseLevel.schema` validates one. The type
 * `KeyEnterpriseLevel` is a key-enterprise level: `'none'`, `'county'` or `'city'`.
 *
 * @example
 * ```ts
 * KeyEnterpriseLevel.labels.city.zh; // '市级'
 * KeyEnterpriseLevel.values; // ['none', 'county', 'city']
 * ```
 * @category Enterprise
 */
export const KeyEnterpriseLevel = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    none: { zh: '无', en: 'None' },
    county: levelLabelTexts.county,
    city: levelLabelTexts.city,
  }),
))();

export type KeyEnterpriseLevel = EnumValue<typeof KeyEnterpriseLevel>;

/**
 * Enterprise sizes (企业规模, as China's statistical classification of large, medium, small and micro
 * enterprises names them).
 *
 * `EnterpriseScale.values` lists the values in order, `EnterpriseScale.labels` gives each a zh-CN
 * and an English label, and `EnterpriseScale.schema` validates one. The type `EnterpriseScale` is
 * an enterprise size: `'large'`, `'medium'`, `'small'` or `'micro'`.
 *
 * @example
 * ```ts
 * EnterpriseScale.labels.micro.zh; // '微型'
 * EnterpriseScale.schema.safeParse('huge').success; // false
 * ```
 * @category Enterprise
 */
export const EnterpriseScale = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    large: { zh: '大型', en: 'Large' },
    medium: { zh: '中型', en: 'Medium' },
    small: { zh: '小型', en: 'Small' },
    micro: { zh: '微型', en: 'Micro' },
  }),
))();

export type EnterpriseScale = EnumValue<typeof EnterpriseScale>;

/**
 * The indicators of enterprise size (企业划型指标) in the statistical rules: employees (从业人员,
 * persons), operating revenue (营业收入, 万元) and total assets (资产总额, 万元).
 *
 * `SizeIndicator.values` lists the values in order, `SizeIndicator.labels` gives each a zh-CN and
 * an English label, and `SizeIndicator.schema` validates one.
 *
 * @example
 * ```ts
 * SizeIndicator.labels.operatingRevenue.zh; // '营业收入'
 * SizeIndicator.values; // ['employees', 'operatingRevenue', 'totalAssets']
 * ```
 * @category Enterprise
 */
export const SizeIndicator = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    employees: { zh: '从业人员', en: 'Employees' },
    operatingRevenue: { zh: '营业收入', en: 'Operating revenue' },
    totalAssets: { zh: '资产总额', en: 'Total assets' },
  }),
))();

export type SizeIndicator = EnumValue<typeof SizeIndicator>;

/**
 * An enterprise or other market entity (市场主体) served by the government: identified by its
 * Unified Social Credit Code, placed in a county and optionally in an industrial park and a visit
 * grid, with its key-enterprise level (default `'none'`). `industry` is a code such as GB/T
 * 4754-2017's `'C3011'`. `contact` holds personal data, kept apart so it can be redacted.
 *
 * @example
 * ```ts
 * EnterpriseSchema.parse({
 *   id: 'e1', name: '焦作某机械有限公司', uscc: '91340600MA2PBP2120',
 *   marketEntityType: 'privateEnterprise', industry: 'C3411', countyId: '410802',
 * }).keyLevel; // 'none'
 * const r = safeParse(EnterpriseSchema, { id: 'e1', name: 'X', uscc: '91110000600037341N',
 *   marketEntityType: 'privateEnterprise', industry: 'C', countyId: 'c1' });
 * r.ok ? null : r.error.code; // 'USCC_CHECK_MISMATCH'
 * ```
 * @category Enterprise
 */
// Built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop it, and zod with it, from an app
// that only checks codes (scripts/app-bundles.mjs measures it).
export const EnterpriseSchema = /* @__PURE__ */ (() =>
  z.object({
  /** The app's id of the enterprise. */
  id: IdSchema,
  /** The registered name (企业名称). */
  name: z.string().min(1).max(200),
  /** The Unified Social Credit Code (统一社会信用代码), already normalized. */
  uscc: UsccSchema,
  /** The type of market entity (市场主体类型). */
  marketEntityType: MarketEntityType.schema,
  /** The industry code, e.g. GB/T 4754-2017 `C3011` (行业代码). */
  industry: z.string().min(1).max(32).describe('Industry code, e.g. GB/T 4754-2017 "C3011"'),
  /** The county or district (县、市、区) the enterprise belongs to. */
  countyId: IdSchema.describe('The county or district (县、市、区) the enterprise belongs to'),
  /** The industrial park or cluster it sits in, if any. */
  parkId: IdSchema.optional().describe('The industrial park or cluster it sits in'),
  /** The visit grid it belongs to, if any. */
  gridId: IdSchema.optional().describe('The visit grid it belongs to'),
  /** Its key-enterprise level (重点服务企业); `'none'` by default. */
  keyLevel: KeyEnterpriseLevel.schema.default('none').describe('Key-enterprise level (重点服务企业)'),
  /** Its size (企业规模), if known. */
  scale: EnterpriseScale.schema.optional(),
  /** Whether it is an industrial enterprise above designated size (规模以上工业企业). */
  aboveDesignatedSize: z.boolean().optional().describe('Industrial enterprise above designated size (规模以上)'),
  /** The date it was established (成立日期). */
  establishedOn: CalendarDateSchema.optional(),
  /** Its contact person: personal data, to be redacted where not needed. */
  contact: ContactSchema.optional().describe('Contact person: personal data'),
  }))();

/**
 * An enterprise; see {@link EnterpriseSchema}.
 *
 * @category Enterprise
 */
export type Enterprise = z.infer<typeof EnterpriseSchema>;

