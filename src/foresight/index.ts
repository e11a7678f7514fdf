/**
 * Foresight (未诉先办): high-frequency, seasonal, rising and shared unsolved problems found from the
 * issues, visits and enterprises before the enterprises complain. Published through `qinqing/report`
 * (src/report/index.ts re-exports this barrel's names); not a subpath of its own.
 */
export { FindingKind, IndustryLevel, PlaceLevel, ForesightPolicySchema, defaultForesightPolicy } from './policy.js';
export type { ForesightPolicy } from './policy.js';
export { foresight } from './hotspots.js';
export type {
  ForesightIssue,
  ForesightVisit,
  ForesightEnterprise,
  ForesightOptions,
  FindingEvidence,
  FindingOwner,
  FindingBase,
  Hotspot,
  SeasonalYear,
  SeasonalProblem,
  RisingProblem,
  UnsolvedCluster,
  Finding,
  ForesightIssuesRead,
  ForesightReport,
} from './hotspots.js';
