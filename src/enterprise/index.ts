/**
 * Enterprise identity: the Unified Social Credit Code (统一社会信用代码), enterprises, parks, visit
 * grids, key enterprises (重点服务企业) and enterprise size (企业规模, by the NBS 2017 rules).
 *
 * @module qinqing/enterprise
 */
export {
  safeParseUscc,
  parseUscc,
  isValidUscc,
  usccCheckCharacter,
  normalizeUscc,
  UsccSchema,
} from './uscc.js';
export type { Uscc } from './uscc.js';
export {
  UsccAuthority,
  UsccEntityKind,
  usccAuthorityCodes,
  usccEntityKindCodes,
} from './uscc-codes.js';
export {
  MarketEntityType,
  KeyEnterpriseLevel,
  EnterpriseScale,
  SizeIndicator,
  EnterpriseSchema,
} from './schema.js';
export type { Enterprise } from './schema.js';
export { ParkKind, IndustrialParkSchema } from './park.js';
export type { IndustrialPark } from './park.js';
export { VisitGridSchema } from './grid.js';
export type { VisitGrid } from './grid.js';
export {
  isKeyEnterprise,
  KeyEnterpriseQuotaSchema,
  checkKeyEnterpriseQuota,
} from './key-enterprise.js';
export type { KeyEnterpriseQuota, KeyEnterpriseQuotaLine, KeyEnterpriseQuotaReport } from './key-enterprise.js';
export { jiaozuoKeyEnterpriseQuota } from './defaults.js';
export {
  classifyEnterpriseSize,
  validateEnterpriseSizeRules,
  nbs2017SizeRules,
  EnterpriseSizeRulesSchema,
  EnterpriseSizeRowSchema,
  EnterpriseSizeFactsSchema,
} from './size.js';
export type {
  EnterpriseSizeRules,
  EnterpriseSizeRow,
  EnterpriseSizeFacts,
  EnterpriseSizeClassification,
  SizeIndicatorReading,
} from './size.js';
