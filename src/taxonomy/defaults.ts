import { deepFreeze } from '../internal/freeze.js';
import type { ServiceTaxonomy } from './schema.js';

/**
 * Xingtai's six service areas of the bureau adviser (工商顾问的六个方面): market entry, brand
 * building, financing, laws and regulations, lawful operation, party building in the non-public
 * sector. Source 000 (Xingtai market-regulation bureau, 2014). Frozen: copy it to change it.
 *
 * @example
 * ```ts
 * xingtaiServiceAreas.categories.map((c) => c.label.zh).join('、');
 * // '创业入市、品牌建设、融资兴企、法律法规、合法经营、非公党建'
 * ```
 * @category Taxonomy
 */
export const xingtaiServiceAreas: ServiceTaxonomy = /* @__PURE__ */ deepFreeze({
  id: 'xingtai-service-areas',
  name: { zh: '邢台工商顾问服务内容', en: 'Xingtai bureau adviser service areas' },
  source: '000: 邢台市工商局“工商顾问制”（河北日报，2014-08-06）',
  categories: [
    { id: 'marketEntry', label: { zh: '创业入市', en: 'Starting a business (market entry)' } },
    { id: 'brandBuilding', label: { zh: '品牌建设', en: 'Brand building' } },
    { id: 'financing', label: { zh: '融资兴企', en: 'Financing' } },
    { id: 'lawsAndRegulations', label: { zh: '法律法规', en: 'Laws and regulations' } },
    { id: 'lawfulOperation', label: { zh: '合法经营', en: 'Lawful operation' } },
    { id: 'nonPublicPartyBuilding', label: { zh: '非公党建', en: 'Party building in the non-public sector' } },
  ],
});

/**
 * Jiaozuo's nine service areas for industrial enterprises (服务工业企业的主要内容): production
 * factors, industrial monitoring, financing, technical innovation, major projects, structural
 * upgrading, business environment, talent training, safe and harmonious industry. Source 001
 * (Jiaozuo city government, 2009). Frozen: copy it to change it.
 *
 * @example
 * ```ts
 * jiaozuoServiceAreas.categories[0]?.label.en; // 'Production factors'
 * ```
 * @category Taxonomy
 */
export const jiaozuoServiceAreas: ServiceTaxonomy = /* @__PURE__ */ deepFreeze({
  id: 'jiaozuo-service-areas',
  name: { zh: '焦作服务工业企业主要内容', en: 'Jiaozuo service areas for industrial enterprises' },
  source: '001: 焦作市人民政府关于建立服务工业企业长效机制的意见（2009-09-18）',
  categories: [
    {
      id: 'productionFactors',
      label: { zh: '生产要素协调', en: 'Production factors' },
      description: { zh: '煤、电、油、运、气等生产要素的协调与保障', en: 'Securing coal, power, oil, transport and gas' },
    },
    {
      id: 'industrialMonitoring',
      label: { zh: '工业运行监测', en: 'Industrial operation monitoring' },
      description: { zh: '工业经济运行监测分析与预测预警', en: 'Monitoring, analysis and early warning of industrial performance' },
    },
    { id: 'financing', label: { zh: '融资服务支持', en: 'Financing support' } },
    { id: 'technicalInnovation', label: { zh: '推进技术创新', en: 'Technical innovation' } },
    { id: 'majorProjects', label: { zh: '重大项目协调', en: 'Major project coordination' } },
    { id: 'structuralUpgrading', label: { zh: '产业结构升级', en: 'Industrial structure upgrading' } },
    {
      id: 'businessEnvironment',
      label: { zh: '优化发展环境', en: 'Business environment' },
      description: { zh: '行政效能、企业减负与法律服务、市场秩序', en: 'Administrative efficiency, lighter burdens, legal services, market order' },
    },
    { id: 'talentTraining', label: { zh: '人才培训服务', en: 'Talent training' } },
    {
      id: 'harmoniousIndustry',
      label: { zh: '构建和谐工业', en: 'Safe and harmonious industry' },
      description: { zh: '安全生产责任制落实与隐患排查整改', en: 'Work-safety responsibility, hazard checks and rectification' },
    },
  ],
});

/**
 * Lishui's fourteen kinds of problems that enterprises reported during the "Enterprise Service
 * Year" (企业反映的问题类别), in the order of the report: policy support, taxes and fees, policy
 * publicity, unfair law enforcement, financing, training, land and buildings, property
 * certificates, labour, fire safety, environmental protection, park infrastructure, schooling of
 * workers' children, other. Source 003 (Lishui). Frozen: copy it to change it.
 *
 * @example
 * ```ts
 * lishuiProblemKinds.categories.length; // 14
 * ```
 * @category Taxonomy
 */
export const lishuiProblemKinds: ServiceTaxonomy = /* @__PURE__ */ deepFreeze({
  id: 'lishui-problem-kinds',
  name: { zh: '丽水企业反映问题类别', en: 'Lishui kinds of enterprise problems' },
  source: '003: 丽水市“企业服务年”活动开展情况汇报',
  categories: [
    { id: 'policySupport', label: { zh: '政策扶持', en: 'Policy support' } },
    { id: 'taxesAndFees', label: { zh: '涉企税费', en: 'Taxes and fees' } },
    { id: 'policyPublicity', label: { zh: '政策宣传', en: 'Policy publicity' } },
    { id: 'unfairEnforcement', label: { zh: '部门执法不公', en: 'Unfair law enforcement' } },
    { id: 'financing', label: { zh: '企业融资', en: 'Financing' } },
    { id: 'training', label: { zh: '企业培训', en: 'Training' } },
    { id: 'landAndBuildings', label: { zh: '用地用房', en: 'Land and buildings' } },
    { id: 'propertyCertificates', label: { zh: '土地房产证办理', en: 'Land and property certificates' } },
    { id: 'labour', label: { zh: '企业用工', en: 'Labour' } },
    { id: 'fireSafety', label: { zh: '消防', en: 'Fire safety' } },
    { id: 'environment', label: { zh: '环保', en: 'Environmental protection' } },
    { id: 'parkInfrastructure', label: { zh: '园区配套设施建设', en: 'Park infrastructure' } },
    { id: 'workersChildrenSchooling', label: { zh: '职工子女入学', en: "Schooling of workers' children" } },
    { id: 'other', label: { zh: '其他', en: 'Other' } },
  ],
});

/**
 * Xuzhou's six focuses of the visits and help (六个着力解决, 004: the bureau's six work groups set out
 * to "着力解决" — concentrate on solving — the public's ideological confusions, their living
 * difficulties, obstacles to project construction, bottlenecks to enterprise development, what
 * affects social stability, and weak grassroots party building), as the categories of a problem
 * list (问题清单: `ProblemListItem.categoryId` of `qinqing/visit`). Source 004 (Xuzhou market and
 * industry bureau, "百千万" concentrated visits). Frozen: copy it to change it.
 *
 * @example
 * ```ts
 * xuzhouHelpFocuses.categories.map((c) => c.id).slice(0, 2); // ['ideologicalConcerns', 'livingDifficulties']
 * ```
 * @category Taxonomy
 */
export const xuzhouHelpFocuses: ServiceTaxonomy = /* @__PURE__ */ deepFreeze({
  id: 'xuzhou-help-focuses',
  name: { zh: '徐州“六个着力解决”', en: 'Xuzhou six focuses of help' },
  source: '004: 徐州市工商局“百千万”集中走访活动（徐州日报）',
  categories: [
    { id: 'ideologicalConcerns', label: { zh: '群众思想困惑问题', en: "The public's ideological confusions" } },
    { id: 'livingDifficulties', label: { zh: '群众生活困难问题', en: "The public's living difficulties" } },
    { id: 'projectObstacles', label: { zh: '项目建设障碍问题', en: 'Obstacles to project construction' } },
    { id: 'enterpriseBottlenecks', label: { zh: '企业发展瓶颈问题', en: 'Bottlenecks to enterprise development' } },
    { id: 'socialStability', label: { zh: '影响社会稳定问题', en: 'What affects social stability' } },
    { id: 'partyBuilding', label: { zh: '基层党建薄弱问题', en: 'Weak grassroots party building' } },
  ],
});
