/**
 * People and organisations that serve enterprises: advisers and cadres, departments, officials,
 * governing bodies, experts and grid teams.
 *
 * @module qinqing/org
 */
export { governmentLevelLabels, GovernmentLevelSchema } from './level.js';
export type { GovernmentLevel } from './level.js';
export { ContactSchema } from './contact.js';
export type { Contact } from './contact.js';
export {
  adviserKindLabels,
  AdviserKindSchema,
  experienceBasisLabels,
  ExperienceBasisSchema,
  AdviserSchema,
  safeParseAdviser,
  parseAdviser,
} from './adviser.js';
export type { AdviserKind, ExperienceBasis, Adviser } from './adviser.js';
export {
  enterpriseRelatedClassLabels,
  EnterpriseRelatedClassSchema,
  DepartmentSchema,
  safeParseDepartment,
  parseDepartment,
  StaffShareSchema,
  roundingModeLabels,
  RoundingModeSchema,
  GridStaffShareSchema,
  safeParseGridStaffShare,
  parseGridStaffShare,
  gridTeamStaffOwed,
} from './department.js';
export type {
  EnterpriseRelatedClass,
  Department,
  StaffShare,
  RoundingMode,
  GridStaffShare,
  GridStaffDecision,
} from './department.js';
export { hainingGridStaffShare } from './defaults.js';
export {
  officialRoleLabels,
  OfficialRoleSchema,
  OfficialSchema,
  safeParseOfficial,
  parseOfficial,
  governingBodyKindLabels,
  GoverningBodyKindSchema,
  GoverningBodySchema,
  safeParseGoverningBody,
  parseGoverningBody,
} from './official.js';
export type { OfficialRole, Official, GoverningBodyKind, GoverningBody } from './official.js';
export { expertKindLabels, ExpertKindSchema, ExpertSchema, safeParseExpert, parseExpert } from './expert.js';
export type { ExpertKind, Expert } from './expert.js';
export { GridTeamSchema, safeParseGridTeam, parseGridTeam } from './grid-team.js';
export type { GridTeam } from './grid-team.js';
