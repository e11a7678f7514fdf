import { deepFreeze } from '../internal/freeze.js';
import {
  VisitBurdenPolicySchema,
  VisitCadencePolicySchema,
  type VisitBurdenPolicy,
  type VisitCadencePolicy,
} from './policy.js';
import { VisitChecklistSchema, type VisitChecklist } from './schema.js';

const XINGTAI = '000: 邢台市工商局工商顾问制（2014）';
const JIAOZUO = '001: 焦作市服务工业企业长效机制（2009）';
const HAINING = '002: 海宁“亲清互挂”（2019）';
const XUZHOU = '004: 徐州市工商局“百千万”集中走访';

const item = (id: string, zh: string, en: string, required = true) => ({ id, label: { zh, en }, required });

/**
 * Xuzhou's "10+1" visit record form (“10+1”走访记实表, 004), filled in on every visit together with
 * the visit diary and entered in the work ledger (台账). The source names the form but not its
 * items, so the items are qinqing's, drawn from the same report: the "six focus problems"
 * (六个着力解决: development bottlenecks, project obstacles, social stability, grassroots party
 * building, …), financing (中小企业融资难), trademarks and brands (驰名商标申报, 服务品牌建设年), the
 * policies explained, and the problem list with its help measures (问题清单、帮扶任务书). The ten are
 * required; the "+1" is a free item (自选项) and optional. Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * xuzhouVisitRecordForm.items.filter((i) => i.required).length; // 10
 * ```
 * @category Visit
 */
export const xuzhouVisitRecordForm: VisitChecklist = /* @__PURE__ */ (() => deepFreeze(
  VisitChecklistSchema.parse({
    id: 'xuzhou-10-plus-1',
    name: { zh: '“10+1”走访记实表', en: '"10+1" visit record form' },
    source: `${XUZHOU}；表内事项来源未载明，为 qinqing 拟定`,
    items: [
      item('basicSituation', '企业基本情况', 'Basic situation of the enterprise'),
      item('operations', '生产经营状况', 'Production and operations'),
      item('bottlenecks', '发展瓶颈（堵点、痛点、难点）', 'Bottlenecks to development'),
      item('financing', '融资需求', 'Financing needs'),
      item('projectObstacles', '项目建设障碍', 'Obstacles to project construction'),
      item('trademarkBrand', '商标品牌建设', 'Trademarks and brand building'),
      item('policyPublicity', '政策宣传与落实', 'Policies explained and applied'),
      item('stabilityRisks', '矛盾纠纷与稳定隐患', 'Disputes and risks to stability'),
      item('partyBuilding', '基层党建情况', 'Grassroots party building'),
      item('problemsAndMeasures', '问题清单与帮扶措施', 'Problem list and help measures'),
      item('otherMatters', '其他情况（自选项）', 'Other matters (free item)', false),
    ],
  }),
))();

const policy = (input: unknown): VisitCadencePolicy => deepFreeze(VisitCadencePolicySchema.parse(input));

const xingtaiAdviserRule = {
  id: 'xingtai-adviser-monthly',
  role: 'pairedAdviser',
  scope: 'pairedEnterprise',
  unit: 'month',
  atLeast: 1,
  modes: ['onSite'],
  source: XINGTAI,
  description: {
    zh: '每名工商顾问对接一个产业园区或3至5个重点项目（企业），每月至少一次到企业了解情况、沟通信息',
    en: 'Each bureau adviser goes to each paired enterprise (or park) at least once a calendar month',
  },
};

const jiaozuoHeadRule = {
  id: 'jiaozuo-member-unit-head-quarterly',
  role: 'memberUnitHead',
  scope: 'anyEnterprise',
  unit: 'quarter',
  atLeast: 1,
  modes: ['onSite'],
  source: JIAOZUO,
  description: {
    zh: '市服务企业领导小组各成员单位负责同志至少每季度到企业调研一次，听取意见和建议',
    en: "Each leading-group member unit's head goes to enterprises to research at least once a calendar quarter",
  },
};

const jiaozuoSymposiumRule = {
  id: 'jiaozuo-main-leader-symposium-half-yearly',
  role: 'mainLeader',
  scope: 'anyEnterprise',
  unit: 'halfYear',
  atLeast: 1,
  modes: ['symposium'],
  source: JIAOZUO,
  description: {
    zh: '市、县（市）区政府主要领导每半年安排一次企业负责人座谈会，与企业负责人面对面交流',
    en: "The city's and counties' main leaders hold an enterprise heads' symposium once every calendar half year",
  },
};

const hainingGridRule = {
  id: 'haining-grid-team-yearly',
  role: 'gridTeam',
  scope: 'gridEnterprise',
  unit: 'year',
  atLeast: 1,
  modes: ['onSite'],
  source: `${HAINING}；走访周期来源未载明（仅有 2018 年全年走访 28,707 家次），为 qinqing 默认值（每年）`,
  description: {
    zh: '网格走访小组常态走访本网格全部企业：每家企业每年至少一次',
    en: "A grid's visit teams visit every enterprise of the grid: each at least once a calendar year",
  },
};

/**
 * Xingtai's adviser cadence (000): each bureau adviser goes to each paired enterprise or park at
 * least once a calendar month (每月至少一次到企业); only on-site visits count, since the rule says
 * "to the enterprise". Frozen.
 *
 * @example
 * ```ts
 * xingtaiVisitCadence.rules[0]?.unit; // 'month'
 * ```
 * @category Visit
 */
export const xingtaiVisitCadence: VisitCadencePolicy = /* @__PURE__ */ policy({
  id: 'xingtai-visit-cadence',
  name: { zh: '邢台工商顾问走访频次', en: "Xingtai advisers' visit cadence" },
  source: XINGTAI,
  rules: [xingtaiAdviserRule],
});

/**
 * Jiaozuo's leaders' cadences (001): the heads of the leading group's member units go to
 * enterprises to research at least once a calendar quarter (on site), and the main leaders of the
 * city and counties hold an enterprise heads' symposium once every calendar half year (mode
 * `'symposium'`). Frozen.
 *
 * @example
 * ```ts
 * jiaozuoVisitCadence.rules.map((r) => r.unit); // ['quarter', 'halfYear']
 * ```
 * @category Visit
 */
export const jiaozuoVisitCadence: VisitCadencePolicy = /* @__PURE__ */ policy({
  id: 'jiaozuo-visit-cadence',
  name: { zh: '焦作领导走访与座谈频次', en: "Jiaozuo leaders' visit and symposium cadence" },
  source: JIAOZUO,
  rules: [jiaozuoHeadRule, jiaozuoSymposiumRule],
});

/**
 * Haining's grid cadence (002): the grid visit teams cover every enterprise of their grid (28 grids,
 * 144 teams, 28,707 visits in 2018). The source gives no period, only a year's total, so qinqing's
 * default is each enterprise at least once a calendar year, on site. Frozen.
 *
 * @example
 * ```ts
 * hainingVisitCadence.rules[0]?.scope; // 'gridEnterprise'
 * ```
 * @category Visit
 */
export const hainingVisitCadence: VisitCadencePolicy = /* @__PURE__ */ policy({
  id: 'haining-visit-cadence',
  name: { zh: '海宁网格走访频次', en: "Haining's grid visit cadence" },
  source: HAINING,
  rules: [hainingGridRule],
});

/**
 * All the sources' cadences in one policy: Xingtai's monthly adviser visits (000), Jiaozuo's
 * quarterly visits of member units' heads and half-yearly symposium (001), and Haining's grid
 * coverage (002, yearly by qinqing's choice). Frozen.
 *
 * @example
 * ```ts
 * defaultVisitCadence.rules.map((r) => r.role); // ['pairedAdviser', 'memberUnitHead', 'mainLeader', 'gridTeam']
 * ```
 * @category Visit
 */
export const defaultVisitCadence: VisitCadencePolicy = /* @__PURE__ */ policy({
  id: 'default-visit-cadence',
  name: { zh: '走访频次（默认）', en: 'Visit cadence (default)' },
  source: `${XINGTAI}；${JIAOZUO}；${HAINING}`,
  rules: [xingtaiAdviserRule, jiaozuoHeadRule, jiaozuoSymposiumRule, hainingGridRule],
});

/**
 * qinqing's visit burden limits: at most 4 visits and 3 distinct departments per enterprise in any
 * 30 days, and planned visits of 2 or more departments to one enterprise in one ISO week merged into
 * one joint visit. The sources name the problem (有求必应、无事不扰, 002; repeated, overlapping
 * activities by many departments, 003) but give no figures. Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * defaultVisitBurdenPolicy.maxDepartmentsPerWindow; // 3
 * ```
 * @category Visit
 */
export const defaultVisitBurdenPolicy: VisitBurdenPolicy = /* @__PURE__ */ (() => deepFreeze(VisitBurdenPolicySchema.parse({})))();
