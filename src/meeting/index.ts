/**
 * Meetings (会议机制): periodic meeting series as validated policy data — the monthly adviser meeting
 * and quarterly scheduling meeting (000), the joint meeting and half-yearly symposium (001), the
 * half-monthly consultation (002) — their dates landed on working days, and each meeting's agenda
 * of assignment slips (交办单) drawn from the problems an escalation ladder sends it.
 *
 * @module qinqing/meeting
 */
export {
  MeetingKind,
  MeetingCadenceUnit,
  MeetingRoll,
  MeetingCadenceSchema,
  MeetingSeriesSchema,
} from './schema.js';
export type { MeetingCadence, MeetingSeries } from './schema.js';
export {
  xingtaiMonthlyAdviserMeeting,
  xingtaiQuarterlyScheduling,
  hainingHalfMonthlyConsultation,
  jiaozuoHalfYearlySymposium,
  jiaozuoJointMeeting,
  defaultMeetingSeries,
} from './defaults.js';
export { occurrences } from './occurrences.js';
export type { MeetingPeriod, Occurrence } from './occurrences.js';
export { agenda } from './agenda.js';
export type { AssignmentSlip, MeetingAgenda, MeetingRef } from './agenda.js';
