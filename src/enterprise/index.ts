/**
 * Enterprise identity: the Unified Social Credit Code (统一社会信用代码), enterprises, parks, visit
 * grids and key enterprises (重点服务企业).
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
  usccAuthorityLabels,
  UsccAuthoritySchema,
  usccEntityKindLabels,
  UsccEntityKindSchema,
  usccAuthorityCodes,
  usccEntityKindCodes,
} from './uscc-codes.js';
export type { UsccAuthority, UsccEntityKind } from './uscc-codes.js';
export {
  marketEntityTypeLabels,
  MarketEntityTypeSchema,
  keyEnterpriseLevelLabels,
  KeyEnterpriseLevelSchema,
  enterpriseScaleLabels,
  EnterpriseScaleSchema,
  EnterpriseSchema,
  safeParseEnterprise,
  parseEnterprise,
} from './schema.js';
export type { MarketEntityType, KeyEnterpriseLevel, EnterpriseScale, Enterprise } from './schema.js';
export {
  parkKindLabels,
  ParkKindSchema,
  IndustrialParkSchema,
  safeParseIndustrialPark,
  parseIndustrialPark,
} from './park.js';
export type { ParkKind, IndustrialPark } from './park.js';
export { VisitGridSchema, safeParseVisitGrid, parseVisitGrid } from './grid.js';
export type { VisitGrid } from './grid.js';
export {
  isKeyEnterprise,
  KeyEnterpriseQuotaSchema,
  safeParseKeyEnterpriseQuota,
  parseKeyEnterpriseQuota,
  checkKeyEnterpriseQuota,
} from './key-enterprise.js';
export type { KeyEnterpriseQuota, KeyEnterpriseQuotaLine, KeyEnterpriseQuotaReport } from './key-enterprise.js';
export { jiaozuoKeyEnterpriseQuota } from './defaults.js';
