import { deepFreeze } from '../internal/freeze.js';
import { CampaignSchema, type Campaign } from './schema.js';

/**
 * Lishui's "Enterprise Service Year" (企业服务年, 003) as a campaign: a year from April
 * ("从今年4月份开始开展为期一年") in three phases — organisation and mobilisation (组织宣传发动), survey
 * and sorting of problems (调查摸底梳理问题), coordination and implementation (协调落实) — with the
 * participants the report counts and the target it states.
 *
 * **From the source (003):** the phases and their order; the participant groups and their figures —
 * 426 city cadres at or above deputy county level (市直副县以上干部) each paired with one of 426
 * enterprises (1 to 1); 50 reserve cadres dispatched as enterprise assistants (企业助理); 376 reserve
 * or middle-level cadres as enterprise liaisons (企业联络员); and in the counties 750 leaders at or
 * above section level (科局级以上领导干部, Jinyun not included: "据不完全统计") paired with 1,115
 * enterprises, each with 1 to 2 ("联系1一2家企业"); the target "every matter has an answer, every
 * item is implemented" (事事有回音，件件有落实), here: no collected problem left unanswered by the end.
 *
 * **qinqing's own:** the year. The report names none; its "2010电力助企春风行动" places it in 2010,
 * so the period is 2010-04-01 to 2011-03-31. The phase dates are an illustration: the report says
 * only that by its date the first two phases were over and the third had begun (mobilisation in
 * April, with the leaders' visits of 14–22 April; the survey in May; coordination from June). Copy
 * it with your own dates and groups (`validateCampaign` checks them). Frozen.
 *
 * @example
 * ```ts
 * lishuiServiceYear.phases.map((p) => p.name.zh); // ['组织宣传发动', '调查摸底梳理问题', '协调落实']
 * lishuiServiceYear.participants.map((g) => g.expected.people); // [426, 50, 376, 750]
 * ```
 * @category Campaign
 */
export const lishuiServiceYear: Campaign = /* @__PURE__ */ (() => deepFreeze(CampaignSchema.parse({
  id: 'lishui-enterprise-service-year',
  name: { zh: '丽水市“企业服务年”活动', en: 'Lishui "Enterprise Service Year"' },
  source: '003: 丽水市“企业服务年”活动开展情况汇报大纲（年份与阶段日期为 qinqing 按原文推定的示例）',
  period: { from: '2010-04-01', to: '2011-03-31' },
  phases: [
    { id: 'mobilisation', name: { zh: '组织宣传发动', en: 'Organisation and mobilisation' }, from: '2010-04-01', to: '2010-04-30' },
    { id: 'survey', name: { zh: '调查摸底梳理问题', en: 'Survey and sorting of problems' }, from: '2010-05-01', to: '2010-05-31' },
    { id: 'coordination', name: { zh: '协调落实', en: 'Coordination and implementation' }, from: '2010-06-01', to: '2011-03-31' },
  ],
  participants: [
    {
      id: 'city-cadres',
      name: { zh: '市直副县以上干部', en: 'City cadres at or above deputy county level' },
      kind: 'contactLeader',
      level: 'city',
      expected: { people: 426, enterprises: 426 },
      enterprisesPerPerson: { min: 1, max: 1 },
    },
    {
      id: 'enterprise-assistants',
      name: { zh: '企业助理（市管后备干部）', en: 'Enterprise assistants (reserve cadres)' },
      kind: 'enterpriseAssistant',
      level: 'city',
      expected: { people: 50, enterprises: null },
      enterprisesPerPerson: null,
    },
    {
      id: 'liaisons',
      name: { zh: '企业联络员', en: 'Enterprise liaisons' },
      kind: 'liaison',
      level: 'city',
      expected: { people: 376, enterprises: null },
      enterprisesPerPerson: null,
    },
    {
      id: 'county-leaders',
      name: { zh: '各县（市、区）科局级以上领导干部', en: 'County leaders at or above section level' },
      kind: 'contactLeader',
      level: 'county',
      expected: { people: 750, enterprises: 1115 },
      enterprisesPerPerson: { min: 1, max: 2 },
    },
  ],
  targets: [
    {
      id: 'every-matter-answered',
      label: { zh: '事事有回音，件件有落实', en: 'Every matter answered, every item implemented' },
      measure: 'unanswered',
      atMost: 0,
      by: null,
      source: '003: 努力做到事事有回音，件件有落实',
    },
  ],
  figures: [
    'participants',
    'enterprisesPaired',
    'visitsMade',
    'solvedOnTheSpot',
    'problemsCollected',
    'problemsAssigned',
    'problemsAnswered',
    'underSupervision',
    'jointlySupervised',
    'awaitingAssignment',
    'recurringProblems',
    'departmentsOrderedToRectify',
  ],
})))();
