import { deepFreeze } from '../internal/freeze.js';
import { MeetingSeriesSchema, type MeetingSeries } from './schema.js';

const XINGTAI = '000: 邢台市工商局工商顾问制（2014）';
const JIAOZUO = '001: 焦作市服务工业企业长效机制（2009）';
const HAINING = '002: 海宁“亲清互挂”（2019）';
const CHOSEN = '会议日期（首次会议日）来源未载明，为 qinqing 默认值';

const series = (input: unknown): MeetingSeries => deepFreeze(MeetingSeriesSchema.parse(input));

/**
 * Xingtai's monthly adviser meeting (工商顾问例会, 000): the county bureau's leading group meets once
 * a month, hears the advisers' reports and studies the hard matters enterprises raised — the
 * meeting that {@link qinqing/escalation!xingtaiLadder} sends a problem to when its handler cannot solve it. The source
 * gives no day: qinqing chooses the 10th of each month, from September 2014 (after the August 2014
 * report). Frozen.
 *
 * @example
 * ```ts
 * xingtaiMonthlyAdviserMeeting.cadence; // { every: 1, unit: 'month', anchor: '2014-09-10', until: null, roll: 'nextWorkingDay' }
 * ```
 * @category Meeting
 */
export const xingtaiMonthlyAdviserMeeting: MeetingSeries = /* @__PURE__ */ series({
  id: 'xingtai-monthly-adviser-meeting',
  kind: 'monthlyAdviserMeeting',
  name: { zh: '县局工商顾问例会', en: "County bureau's monthly adviser meeting" },
  source: `${XINGTAI}；${CHOSEN}（每月 10 日）`,
  chair: 'leadingGroup',
  holder: 'monthlyAdviserMeeting',
  description: {
    zh: '县局领导小组每月召开一次工商顾问例会，听取工商顾问活动汇报，研究解决顾问活动中企业提出的疑难事项',
    en: "The county bureau's leading group meets monthly, hears the advisers' reports and studies hard matters raised by enterprises",
  },
  cadence: { every: 1, unit: 'month', anchor: '2014-09-10' },
});

/**
 * Xingtai's quarterly scheduling meeting (调度会, 000): the city bureau's leading group meets once a
 * quarter, hears each county bureau's progress and studies the problems that need several
 * departments — where {@link qinqing/escalation!xingtaiLadder} sends cross-department problems. The source gives no
 * day: qinqing chooses the 15th of the first month of each quarter, from October 2014. Frozen.
 *
 * @example
 * ```ts
 * xingtaiQuarterlyScheduling.cadence.unit; // 'quarter'
 * ```
 * @category Meeting
 */
export const xingtaiQuarterlyScheduling: MeetingSeries = /* @__PURE__ */ series({
  id: 'xingtai-quarterly-scheduling',
  kind: 'quarterlyScheduling',
  name: { zh: '市工商局季度调度会', en: "City bureau's quarterly scheduling meeting" },
  source: `${XINGTAI}；${CHOSEN}（每季度首月 15 日）`,
  chair: 'leadingGroup',
  holder: 'quarterlyScheduling',
  description: {
    zh: '市工商局领导小组每季度召开一次调度会，听取各县（市、区）局顾问活动进展汇报，统一研究解决涉及多个部门需要协调解决的矛盾和问题',
    en: "The city bureau's leading group meets quarterly, hears the county bureaus' progress and settles problems that need several departments",
  },
  cadence: { every: 1, unit: 'quarter', anchor: '2014-10-15' },
});

/**
 * Haining's half-monthly consultation (半月会商, 002): a round table every two weeks, led by the
 * mayor with the leaders in charge and the heads of the departments concerned, that diagnoses the
 * especially hard cases and assigns them by slips (交办单) — where {@link qinqing/escalation!hainingLadder} sends
 * problems declared unsolvable or reopened twice. The source gives no day: qinqing chooses every
 * other Friday from Friday 4 January 2019. Frozen.
 *
 * @example
 * ```ts
 * hainingHalfMonthlyConsultation.cadence; // { every: 2, unit: 'week', anchor: '2019-01-04', until: null, roll: 'nextWorkingDay' }
 * ```
 * @category Meeting
 */
export const hainingHalfMonthlyConsultation: MeetingSeries = /* @__PURE__ */ series({
  id: 'haining-half-monthly-consultation',
  kind: 'halfMonthlyConsultation',
  name: { zh: '市领导半月会商（圆桌会议）', en: "Mayor's half-monthly consultation (round table)" },
  source: `${HAINING}；${CHOSEN}（隔周周五）`,
  chair: 'mayor',
  holder: 'halfMonthlyConsultation',
  description: {
    zh: '对特别突出的“疑难杂症”，由市委副书记、市长牵头，分管市领导、相关职能部门负责人参与，每两周举行“圆桌会议”，对收集到的问题进行“会诊”交办',
    en: 'Especially hard cases: a round table every two weeks, led by the mayor, diagnoses the problems and assigns them',
  },
  cadence: { every: 2, unit: 'week', anchor: '2019-01-04' },
});

/**
 * Jiaozuo's half-yearly enterprise symposium (企业负责人座谈会, 001): the main leaders of the city and
 * county governments meet enterprise heads face to face every half year. The source gives no day:
 * qinqing chooses 15 June and 15 December, from December 2009. Frozen.
 *
 * @example
 * ```ts
 * jiaozuoHalfYearlySymposium.cadence.unit; // 'halfYear'
 * ```
 * @category Meeting
 */
export const jiaozuoHalfYearlySymposium: MeetingSeries = /* @__PURE__ */ series({
  id: 'jiaozuo-half-yearly-symposium',
  kind: 'halfYearlySymposium',
  name: { zh: '企业负责人座谈会', en: 'Half-yearly symposium with enterprise heads' },
  source: `${JIAOZUO}；${CHOSEN}（6 月、12 月 15 日）`,
  chair: 'mayor',
  holder: 'halfYearlySymposium',
  description: {
    zh: '市、县（市）区政府主要领导每半年安排一次企业负责人座谈会，与企业负责人面对面交流',
    en: 'The main leaders of the city and county governments meet enterprise heads face to face every half year',
  },
  cadence: { every: 1, unit: 'halfYear', anchor: '2009-12-15' },
});

/**
 * Jiaozuo's joint meeting of departments (联席会议, 001): the office of the leading group for serving
 * enterprises regularly convenes the departments concerned, hears their progress and reports to the
 * leading group. The source says only "regularly" (定期): qinqing chooses every two months, on the
 * 25th of odd months, from November 2009. Frozen.
 *
 * @example
 * ```ts
 * jiaozuoJointMeeting.cadence.every; // 2
 * ```
 * @category Meeting
 */
export const jiaozuoJointMeeting: MeetingSeries = /* @__PURE__ */ series({
  id: 'jiaozuo-joint-meeting',
  kind: 'jointMeeting',
  name: { zh: '市服务工业企业相关部门联席会议', en: 'Joint meeting of the departments serving industrial enterprises' },
  source: `${JIAOZUO}；${CHOSEN}（“定期召开”：每两个月，单月 25 日）`,
  chair: 'leadingGroupOffice',
  holder: 'jointMeeting',
  description: {
    zh: '市服务企业办公室定期召开相关部门联席会议，听取各有关部门阶段性服务企业工作进展情况汇报，并向领导小组报告',
    en: "The leading group's office regularly convenes the departments, hears their progress and reports to the leading group",
  },
  cadence: { every: 2, unit: 'month', anchor: '2009-11-25' },
});

/**
 * The five meeting series of the sources, in the order of §8: Xingtai's monthly adviser meeting
 * and quarterly scheduling meeting (000), Jiaozuo's joint meeting and half-yearly symposium (001),
 * Haining's half-monthly consultation (002). Frozen.
 *
 * @example
 * ```ts
 * defaultMeetingSeries.map((s) => s.kind);
 * // ['monthlyAdviserMeeting', 'quarterlyScheduling', 'jointMeeting', 'halfMonthlyConsultation', 'halfYearlySymposium']
 * ```
 * @category Meeting
 */
export const defaultMeetingSeries: readonly MeetingSeries[] = /* @__PURE__ */ deepFreeze([
  xingtaiMonthlyAdviserMeeting,
  xingtaiQuarterlyScheduling,
  jiaozuoJointMeeting,
  hainingHalfMonthlyConsultation,
  jiaozuoHalfYearlySymposium,
]);
