import * as z from 'zod';
import type { Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { parseWith, safeParseWith } from '../internal/parse.js';
import { ContactSchema } from '../org/contact.js';
import { levelLabelTexts } from '../org/level.js';
import { deepFreeze } from '../internal/freeze.js';
import { sharedLabels } from './uscc-codes.js';
import { UsccSchema } from './uscc.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them (scripts/app-bundles.mjs measures it).

const marketEntityType = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    domesticEnterprise: { zh: '内资企业', en: 'Domestic (non-private) enterprise' },
    privateEnterprise: { zh: '私营企业', en: 'Private enterprise' },
    farmersCooperative: sharedLabels.farmersCooperative,
    individualBusiness: sharedLabels.individualBusiness,
    foreignInvestedEnterprise: { zh: '外商投资企业', en: 'Foreign-invested enterprise' },
  }),
))();

/**
 * Labels of the types of market entity (市场主体) as registration statistics count them (000):
 * domestic enterprise 内资企业 (state-owned, collective and other non-private domestic enterprises),
 * private enterprise 私营企业, farmers' professional cooperative 农民专业合作社, individual business
 * 个体工商户, and foreign-invested enterprise 外商投资企业.
 *
 * @example
 * ```ts
 * marketEntityTypeLabels.individualBusiness.zh; // '个体工商户'
 * ```
 * @category Enterprise
 */
export const marketEntityTypeLabels = /* @__PURE__ */ (() => marketEntityType.labels)();

/**
 * Validates a market-entity type; see {@link marketEntityTypeLabels}.
 *
 * @example
 * ```ts
 * MarketEntityTypeSchema.safeParse('privateEnterprise').success; // true
 * ```
 * @category Enterprise
 */
export const MarketEntityTypeSchema = /* @__PURE__ */ (() => marketEntityType.schema)();

/**
 * A type of market entity, e.g. `'privateEnterprise'`; see {@link marketEntityTypeLabels}.
 *
 * @category Enterprise
 */
export type MarketEntityType = z.infer<typeof MarketEntityTypeSchema>;

const keyEnterpriseLevel = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    none: { zh: '无', en: 'None' },
    county: levelLabelTexts.county,
    city: levelLabelTexts.city,
  }),
))();

/**
 * Labels of the levels of key enterprise (重点服务企业, 001): `none`, `county` (named by the
 * county or district government) and `city` (named by the city government, and thereby also a key
 * enterprise of its county).
 *
 * @example
 * ```ts
 * keyEnterpriseLevelLabels.city.zh; // '市级'
 * ```
 * @category Enterprise
 */
export const keyEnterpriseLevelLabels = /* @__PURE__ */ (() => keyEnterpriseLevel.labels)();

/**
 * Validates a key-enterprise level: `'none'`, `'county'` or `'city'`.
 *
 * @example
 * ```ts
 * KeyEnterpriseLevelSchema.options; // ['none', 'county', 'city']
 * ```
 * @category Enterprise
 */
export const KeyEnterpriseLevelSchema = /* @__PURE__ */ (() => keyEnterpriseLevel.schema)();

/**
 * A key-enterprise level: `'none'`, `'county'` or `'city'`.
 *
 * @category Enterprise
 */
export type KeyEnterpriseLevel = z.infer<typeof KeyEnterpriseLevelSchema>;

const enterpriseScale = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    large: { zh: '大型', en: 'Large' },
    medium: { zh: '中型', en: 'Medium' },
    small: { zh: '小型', en: 'Small' },
    micro: { zh: '微型', en: 'Micro' },
  }),
))();

/**
 * Labels of enterprise sizes (企业规模, as China's statistical classification of large, medium,
 * small and micro enterprises names them).
 *
 * @example
 * ```ts
 * enterpriseScaleLabels.micro.zh; // '微型'
 * ```
 * @category Enterprise
 */
export const enterpriseScaleLabels = /* @__PURE__ */ (() => enterpriseScale.labels)();

/**
 * Validates an enterprise size: `'large'`, `'medium'`, `'small'` or `'micro'`.
 *
 * @example
 * ```ts
 * EnterpriseScaleSchema.safeParse('huge').success; // false
 * ```
 * @category Enterprise
 */
export const EnterpriseScaleSchema = /* @__PURE__ */ (() => enterpriseScale.schema)();

/**
 * An enterprise size: `'large'`, `'medium'`, `'small'` or `'micro'`.
 *
 * @category Enterprise
 */
export type EnterpriseScale = z.infer<typeof EnterpriseScaleSchema>;

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
 * ```
 * @category Enterprise
 */
export const EnterpriseSchema = /* @__PURE__ */ (() => z.object({
  /** The app's id of the enterprise. */
  id: IdSchema,
  /** The registered name (企业名称). */
  name: z.string().min(1).max(200),
  /** The Unified Social Credit Code (统一社会信用代码), already normalized. */
  uscc: UsccSchema,
  /** The type of market entity (市场主体类型). */
  marketEntityType: MarketEntityTypeSchema,
  /** The industry code, e.g. GB/T 4754-2017 `C3011` (行业代码). */
  industry: z.string().min(1).max(32).describe('Industry code, e.g. GB/T 4754-2017 "C3011"'),
  /** The county or district (县、市、区) the enterprise belongs to. */
  countyId: IdSchema.describe('The county or district (县、市、区) the enterprise belongs to'),
  /** The industrial park or cluster it sits in, if any. */
  parkId: IdSchema.optional().describe('The industrial park or cluster it sits in'),
  /** The visit grid it belongs to, if any. */
  gridId: IdSchema.optional().describe('The visit grid it belongs to'),
  /** Its key-enterprise level (重点服务企业); `'none'` by default. */
  keyLevel: KeyEnterpriseLevelSchema.default('none').describe('Key-enterprise level (重点服务企业)'),
  /** Its size (企业规模), if known. */
  scale: EnterpriseScaleSchema.optional(),
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

/**
 * Validates an enterprise and returns it, or the reason it is not valid; a bad code gives the
 * USCC error (e.g. `USCC_CHECK_MISMATCH`) with the path `['uscc']`.
 *
 * @param input - The data to check.
 * @returns The enterprise (with `keyLevel` defaulted to `'none'`), or the error with its path.
 * @example
 * ```ts
 * const r = safeParseEnterprise({ id: 'e1', name: 'X', uscc: '91110000600037341N',
 *   marketEntityType: 'privateEnterprise', industry: 'C', countyId: 'c1' });
 * r.ok ? null : r.error.code; // 'USCC_CHECK_MISMATCH'
 * ```
 * @category Enterprise
 */
export function safeParseEnterprise(input: unknown): Result<Enterprise> {
  return safeParseWith(EnterpriseSchema, input);
}

/**
 * Validates an enterprise and returns it; throws when it is not valid.
 *
 * @param input - The data to check.
 * @returns The enterprise.
 * @throws {@link index!QinqingError} with a `USCC_…` code or `INVALID_INPUT`.
 * @example
 * ```ts
 * parseEnterprise({ id: 'e1', name: 'X', uscc: '91110000600037341L', marketEntityType: 'domesticEnterprise',
 *   industry: 'C', countyId: 'c1', keyLevel: 'city' }).keyLevel; // 'city'
 * ```
 * @category Enterprise
 */
export function parseEnterprise(input: unknown): Enterprise {
  return parseWith(EnterpriseSchema, input);
}
