/**
 * Campaigns (专项活动) as data — such as Lishui's "Enterprise Service Year" (企业服务年, 003): the
 * period, phases, participant groups, targets and figures, validated; and the campaign's progress
 * report (活动开展情况汇报) drawn up from the app's data — participation, problems solved on the spot
 * and collected, batches answered and under supervision, joint supervision, departments ordered to
 * rectify (限期整改), categories, problems that recur — and written in Chinese or English.
 *
 * @module qinqing/campaign
 */
export {
  CampaignMeasure,
  CampaignPhaseStatus,
  CampaignTargetStatus,
  CampaignBatchStatus,
  CampaignPhaseSchema,
  CampaignParticipantGroupSchema,
  CampaignTargetSchema,
  CampaignSchema,
  validateCampaign,
} from './schema.js';
export type { CampaignPhase, CampaignParticipantGroup, CampaignTarget, Campaign } from './schema.js';
export { lishuiServiceYear } from './defaults.js';
export { campaignReport } from './report.js';
export type {
  CampaignAdviser,
  CampaignVisit,
  CampaignData,
  CampaignReportOptions,
  CampaignPhaseLine,
  ParticipationLine,
  ProblemProgress,
  CampaignBatchLine,
  CampaignCategoryLine,
  JointBodies,
  CampaignRectificationLine,
  CampaignRectifications,
  CampaignRecurrences,
  CampaignTargetLine,
  CampaignReport,
} from './report.js';
export { renderCampaignReport } from './render.js';
export type { RenderCampaignOptions } from './render.js';
