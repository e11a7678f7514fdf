/**
 * People and organisations that serve enterprises: advisers and cadres, departments, officials,
 * governing bodies, experts and grid teams; the cadre pool and selection from it by experience fit,
 * the expert team's work, and training sessions.
 *
 * @module qinqing/org
 */
export { GovernmentLevel } from './level.js';
export { ContactSchema } from './contact.js';
export type { Contact } from './contact.js';
export { AdviserKind, ExperienceBasis, AdviserSchema } from './adviser.js';
export type { Adviser } from './adviser.js';
export {
  EnterpriseRelatedClass,
  DepartmentSchema,
  StaffShareSchema,
  RoundingMode,
  GridStaffShareSchema,
  gridTeamStaffOwed,
} from './department.js';
export type { Department, StaffShare, GridStaffShare, GridStaffDecision } from './department.js';
export { hainingGridStaffShare } from './defaults.js';
export {
  OfficialRole,
  OfficialSchema,
  GoverningBodyKind,
  GoverningBodySchema,
} from './official.js';
export type { Official, GoverningBody } from './official.js';
export { ExpertKind, ExpertSchema, ExpertAssignmentSchema, expertTeamSummary } from './expert.js';
export type { Expert, ExpertAssignment, ExpertWork, ExpertTeamSummary } from './expert.js';
export { GridTeamSchema } from './grid-team.js';
export type { GridTeam } from './grid-team.js';
export {
  CadreTrack,
  CadrePoolEntrySchema,
  CadreRequestSchema,
  cadrePoolSummary,
  defaultCadrePoolWeights,
  selectFromCadrePool,
} from './pool.js';
export type {
  CadrePoolEntry,
  CadreRequest,
  PoolSecondment,
  PoolAdviser,
  CadrePoolSummary,
  CadrePoolWeights,
  SelectFromCadrePoolOptions,
  CadreFit,
  CadreSelection,
  CadrePoolSelection,
} from './pool.js';
export { TrainingAudience, TrainingSessionSchema, trainingSummary } from './training.js';
export type { TrainingSession, TrainingCount, TrainingSummary } from './training.js';
export { ContactCardRole, ContactChannel, DepartmentContactSchema, contactCards } from './contact-card.js';
export type {
  DepartmentContact,
  ContactCard,
  ContactCardLine,
  ContactCardChannel,
  ContactCardGap,
  ContactCardGapCode,
  ContactCardData,
  ContactCardOptions,
  ContactCardPairing,
} from './contact-card.js';
