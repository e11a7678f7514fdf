import type { z } from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import { ActorRole } from '../vocabulary/actor.js';
import { AccessAction } from './enums.js';
import { AccessPolicySchema, type AccessPolicy } from './policy.js';

const VIEWS: readonly AccessAction[] = ['viewIssue', 'viewLedger', 'viewScores'];

const rules: z.input<typeof AccessPolicySchema>['rules'] = [
  // Enterprises.
  {
    id: 'enterprise-own-issues',
    effect: 'allow',
    roles: ['enterprise'],
    actions: ['submit', 'withdraw', 'giveFeedback', 'complain', 'viewIssue'],
    scope: 'ownEnterprise',
    source: '001: 企业自主反映问题；002: 办结后企业“不满意、不理解”的再梳理、再跟踪、再反馈；000: 自愿不强制（企业可撤回）',
  },
  {
    id: 'enterprise-rates-departments',
    effect: 'allow',
    roles: ['enterprise'],
    actions: ['rateDepartment'],
    scope: 'ownEnterprise',
    source: '000: 企业评部门；001: 以企业对各服务内容完成情况的满意度为唯一标准',
  },
  // Advisers and cadres.
  {
    id: 'adviser-paired-enterprises',
    effect: 'allow',
    roles: ['adviser'],
    actions: ['submit', 'requestApproval', 'serve', 'addToDossier', 'viewIssue', 'recordVisit'],
    scope: 'pairedEnterprises',
    source: '000: 工商顾问对接企业，简易程序直接提供服务，一般程序报领导机构批准并立卷归档；004: 走访记录；001: 政府组织收集问题',
  },
  // Departments.
  {
    id: 'department-leads',
    effect: 'allow',
    roles: ['departmentHandler', 'departmentHead'],
    actions: ['answer', 'returnAssignment', 'requestExtension', 'signFor', 'contact', 'reply', 'requestPause', 'resume', 'disputeAssignment'],
    scope: 'leadDepartment',
    source: '001: 交有关责任部门限期办理及答复；国办发〔2020〕53号: 签收、办理、回复；qinqing: 主办部门签收、联系企业、答复、退单、申请延期或挂起，协办部门不代替主办',
  },
  {
    id: 'department-co-handles',
    effect: 'allow',
    roles: ['departmentHandler', 'departmentHead'],
    actions: ['viewIssue', 'addToDossier'],
    scope: 'assignedDepartment',
    source: 'qinqing: 主办和协办部门均可查看诉求并补充归档材料',
  },
  {
    id: 'head-decides-extensions',
    effect: 'allow',
    roles: ['departmentHead'],
    actions: ['decideExtension'],
    scope: 'leadDepartment',
    source: 'qinqing: 部门负责人审批本部门主办事项的延期申请',
  },
  {
    id: 'head-views-department-scores',
    effect: 'allow',
    roles: ['departmentHead'],
    actions: ['viewScores'],
    scope: 'leadDepartment',
    source: '000: 企业评部门；002: 每季排名（部门负责人查看本部门结果）',
  },
  // The leading group's office, the efficiency office, the leading body, city leaders.
  {
    id: 'office-handles-in-area',
    effect: 'allow',
    roles: ['leadingGroupOffice'],
    actions: ['classify', 'requestApproval', 'assign', 'supervise', 'escalate', 'close', 'addToDossier', 'viewIssue', 'viewLedger', 'editPairings', 'decidePause', 'reviewDispute', 'redispatch', 'merge', 'callBack', 'closeUnrated', 'resume'],
    scope: 'ownArea',
    source: '001, 003: 领导小组办公室汇总、梳理问题，交责任部门限期办理，督办，交办销号；002: 收集、交办、研究、解决、反馈',
  },
  {
    id: 'office-scores-in-area',
    effect: 'allow',
    roles: ['leadingGroupOffice'],
    actions: ['scoreUnits', 'viewScores', 'gradeAppraisal', 'publishRanking'],
    scope: 'ownArea',
    source: '001: 考核工作由市服务企业领导小组负责；002: 每日销结、每周督查、每季排名',
  },
  {
    id: 'efficiency-office-supervises',
    effect: 'allow',
    roles: ['efficiencyOffice'],
    actions: ['supervise', 'escalate', 'viewIssue', 'viewLedger', 'viewScores'],
    scope: 'ownArea',
    source: '003: 由办公室汇总，与市效能办联合交有关责任部门限期办理；未按时办理的网上挂牌、交办销号',
  },
  {
    id: 'leading-body-approves',
    effect: 'allow',
    roles: ['leadingBody'],
    actions: ['approve', 'refuseApproval', 'viewIssue', 'viewLedger', 'viewScores'],
    scope: 'ownArea',
    source: '000: 一般程序经工商顾问工作领导机构批准后实施',
  },
  {
    id: 'city-leader-oversees',
    effect: 'allow',
    roles: ['cityLeader'],
    actions: ['supervise', 'viewIssue', 'viewLedger', 'viewScores'],
    scope: 'ownArea',
    source: '001: 问题报分管副市长、常务副市长或市长协调；003: 一时不能解决的提出措施报政府领导',
  },
  {
    id: 'auditor-reads',
    effect: 'allow',
    roles: ['auditor'],
    actions: [...VIEWS],
    scope: 'ownArea',
    source: 'qinqing: 审计人员只读',
  },
  {
    id: 'system-supervises',
    effect: 'allow',
    roles: ['system'],
    actions: ['supervise', 'escalate'],
    scope: 'anywhere',
    source: 'qinqing: 应用按督办规则和协调层级自动催办、督办、提请协调',
  },
  // Guard rails: no allow rule may contradict these.
  {
    id: 'auditor-read-only',
    effect: 'deny',
    roles: ['auditor'],
    actions: AccessAction.schema.options.filter((a) => !VIEWS.includes(a)),
    scope: 'anywhere',
    source: 'qinqing: 审计人员只读，不得办理任何事项',
  },
  {
    id: 'feedback-is-the-enterprises',
    effect: 'deny',
    roles: ActorRole.schema.options.filter((r) => r !== 'enterprise'),
    actions: ['giveFeedback', 'rateDepartment'],
    scope: 'anywhere',
    source: '001: 以企业对各服务内容完成情况的满意度为唯一标准（满意度只能由企业本身给出）',
  },
  {
    id: 'only-the-leading-body-approves',
    effect: 'deny',
    roles: ActorRole.schema.options.filter((r) => r !== 'leadingBody'),
    actions: ['approve', 'refuseApproval'],
    scope: 'anywhere',
    source: '000: 一般程序经工商顾问工作领导机构批准后实施',
  },
  {
    id: 'no-self-close',
    effect: 'deny',
    roles: ['enterprise', 'departmentHandler', 'departmentHead'],
    actions: ['close'],
    scope: 'anywhere',
    source: '003: 交办销号（由交办方销号，承办部门和企业不自行销号）',
  },
];

/**
 * qinqing's default access policy, drawn from the sources and frozen; deny by default. In short
 * (`test/access/__snapshots__/access-matrix.md` prints the whole matrix):
 *
 * - an **enterprise** submits, withdraws, gives feedback, complains and views on its own issues,
 *   and rates the departments that served it (000, 001, 002);
 * - an **adviser or cadre** submits for, serves directly (simple procedure), requests approval for,
 *   files dossier material for, views and records visits to the enterprises it is paired with;
 *   classifying is not theirs unless a policy adds a rule (000);
 * - a **department handler or head** answers, returns and asks for extensions on issues its
 *   department leads, views and files material on those it leads or co-handles; a **head** decides
 *   its department's extension requests and sees its department's scores;
 * - the **leading-group office** classifies, requests approval, assigns, supervises, escalates,
 *   closes, files, views, keeps the ledger and pairings, and scores, grades and ranks in its
 *   jurisdiction (001, 002, 003); the **efficiency office** supervises, escalates and views (003);
 *   the **leading body** approves or refuses general procedures (000); a **city leader**
 *   supervises and views; an **auditor** only views; the **system** supervises and escalates;
 * - guard rails (deny rules): an auditor changes nothing; only an enterprise gives feedback or
 *   rates a department (001); only the leading body approves (000); neither the enterprise nor the
 *   department strikes off an issue (003: 交办销号).
 *
 * Subjects at level `'county'` act in their county (`countyId`); at level `'city'`, in the whole
 * city. The guard rails restate the role law (`issueRoleLaw`), which the lifecycle holds whatever
 * policy it is given.
 *
 * @example
 * ```ts
 * defaultAccessPolicy.rules.find((r) => r.id === 'leading-body-approves')?.actions; // ['approve', 'refuseApproval', …]
 * ```
 * @category Access
 */
export const defaultAccessPolicy: AccessPolicy = /* @__PURE__ */ (() => deepFreeze(
  AccessPolicySchema.parse({
    id: 'qinqing-default-access',
    name: { zh: 'qinqing 默认权限规则', en: 'qinqing default access policy' },
    source: '000, 001, 002, 003, 004; qinqing',
    rules,
  }),
))();
