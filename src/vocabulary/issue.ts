import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * The intake channels of an enterprise issue (001: the enterprise reports it, the government
 * arranges collection, a department collects it, the hotline 政企快线, the online complaint platform;
 * 002: visits and questionnaires).
 *
 * `IntakeChannel.values` lists the values in order, `IntakeChannel.labels` gives each a zh-CN and
 * an English label, and `IntakeChannel.schema` validates one. The type `IntakeChannel` is how an
 * issue reached the government, e.g. `'visit'`.
 *
 * @example
 * ```ts
 * IntakeChannel.labels.hotline.zh; // '政企快线'
 * IntakeChannel.schema.safeParse('visit').success; // true
 * ```
 * @category Issue
 */
export const IntakeChannel = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    selfReport: { zh: '企业自主反映', en: 'Reported by the enterprise' },
    visit: { zh: '走访收集', en: 'Collected on a visit' },
    hotline: { zh: '政企快线', en: 'Government–enterprise hotline' },
    onlinePlatform: { zh: '网上投诉平台', en: 'Online complaint platform' },
    questionnaire: { zh: '问卷征询函', en: 'Questionnaire or opinion letter' },
    departmentCollection: { zh: '部门收集', en: 'Collected by a department' },
    governmentCollection: { zh: '政府组织收集', en: 'Collection arranged by the government' },
  }),
))();

export type IntakeChannel = EnumValue<typeof IntakeChannel>;

/**
 * An issue's scope, which decides who solves it (000): the adviser's own function → the adviser;
 * other sections → a team; outside the bureau → bureau leaders; several departments → the quarterly
 * scheduling meeting.
 *
 * `IssueScope.values` lists the values in order, `IssueScope.labels` gives each a zh-CN and an
 * English label, and `IssueScope.schema` validates one. The type `IssueScope` is the scope of an
 * issue, e.g. `'multiDepartment'`.
 *
 * @example
 * ```ts
 * IssueScope.labels.outsideBureau.en; // "Outside the bureau's functions"
 * IssueScope.values.length; // 4
 * ```
 * @category Issue
 */
export const IssueScope = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    ownFunction: { zh: '本人职能范围内', en: "Within the adviser's own function" },
    otherSections: { zh: '涉及本局其他科室', en: 'Other sections of the same bureau' },
    outsideBureau: { zh: '超出本局职能', en: "Outside the bureau's functions" },
    multiDepartment: { zh: '涉及多个部门', en: 'Several departments' },
  }),
))();

export type IssueScope = EnumValue<typeof IssueScope>;

/**
 * An issue's nature, which decides whom it goes up to (001): an ordinary problem → the deputy mayor
 * in charge; a major, trend or widespread one → the executive deputy mayor or the mayor; a policy
 * problem → the city government's executive meeting.
 *
 * `IssueNature.values` lists the values in order, `IssueNature.labels` gives each a zh-CN and an
 * English label, and `IssueNature.schema` validates one. The type `IssueNature` is the nature of an
 * issue, e.g. `'major'`.
 *
 * @example
 * ```ts
 * IssueNature.labels.widespread.zh; // '倾向性、普遍性问题'
 * IssueNature.schema.safeParse('general').success; // false: the value is 'ordinary'
 * ```
 * @category Issue
 */
export const IssueNature = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    ordinary: { zh: '一般性问题', en: 'Ordinary problem' },
    major: { zh: '重大问题', en: 'Major problem' },
    widespread: { zh: '倾向性、普遍性问题', en: 'Trend or widespread problem' },
    policy: { zh: '政策性问题', en: 'Policy problem' },
  }),
))();

export type IssueNature = EnumValue<typeof IssueNature>;

/**
 * How the service started (000): proactively by the bureau, or on the enterprise's application.
 *
 * `IssueOrigin.values` lists the values in order, `IssueOrigin.labels` gives each a zh-CN and an
 * English label, and `IssueOrigin.schema` validates one. The type `IssueOrigin` is how the service
 * started: `'proactive'` or `'application'`.
 *
 * @example
 * ```ts
 * IssueOrigin.labels.application.zh; // '依企业申请'
 * IssueOrigin.values; // ['proactive', 'application']
 * ```
 * @category Issue
 */
export const IssueOrigin = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    proactive: { zh: '主动开展', en: 'Started proactively' },
    application: { zh: '依企业申请', en: "On the enterprise's application" },
  }),
))();

export type IssueOrigin = EnumValue<typeof IssueOrigin>;

/**
 * The two procedures (000): the simple procedure serves routine matters directly and keeps a ledger
 * entry; the general procedure needs the leading body's approval and ends in an archived dossier.
 *
 * `Procedure.values` lists the values in order, `Procedure.labels` gives each a zh-CN and an
 * English label, and `Procedure.schema` validates one. The type `Procedure` is a procedure:
 * `'simple'` or `'general'`.
 *
 * @example
 * ```ts
 * Procedure.labels.general.zh; // '一般程序'
 * Procedure.values; // ['simple', 'general']
 * ```
 * @category Procedure
 */
export const Procedure = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    simple: { zh: '简易程序', en: 'Simple procedure' },
    general: { zh: '一般程序', en: 'General procedure' },
  }),
))();

export type Procedure = EnumValue<typeof Procedure>;

/**
 * The states of an issue's lifecycle: collected (提交) → sorted and classified (受理分类) → for the
 * general procedure pending approval and approved → assigned with a deadline (交办) → answered (答复) →
 * confirmed by the enterprise → closed (销号); returned (退单), reopened (再梳理、再跟踪、再反馈) and withdrawn
 * (撤回) on the side.
 *
 * `IssueState.values` lists the values in order, `IssueState.labels` gives each a zh-CN and an
 * English label, and `IssueState.schema` validates one. The type `IssueState` is a state of the
 * issue lifecycle, e.g. `'assigned'`.
 *
 * @example
 * ```ts
 * IssueState.labels.closed.zh; // '已销号'
 * IssueState.values.length; // 14
 * ```
 * @category Issue
 */
export const IssueState = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    submitted: { zh: '已提交', en: 'Submitted' },
    accepted: { zh: '已受理分类', en: 'Accepted and classified' },
    pendingApproval: { zh: '待领导机构批准', en: 'Pending approval' },
    approved: { zh: '已批准', en: 'Approved' },
    assigned: { zh: '已交办', en: 'Assigned' },
    returned: { zh: '已退单', en: 'Returned by the department' },
    answered: { zh: '已答复', en: 'Answered' },
    confirmed: { zh: '企业已确认', en: 'Confirmed by the enterprise' },
    closed: { zh: '已销号', en: 'Closed' },
    reopened: { zh: '重新梳理', en: 'Reopened' },
    withdrawn: { zh: '企业已撤回', en: 'Withdrawn' },
    disputed: { zh: '退单待审核', en: 'Return disputed, under review' },
    paused: { zh: '已挂起', en: 'Paused' },
    merged: { zh: '已并单', en: 'Merged into another order' },
  }),
))();

export type IssueState = EnumValue<typeof IssueState>;

/**
 * The commands that move an issue through its lifecycle.
 *
 * `IssueCommandType.values` lists the values in order, `IssueCommandType.labels` gives each a zh-CN
 * and an English label, and `IssueCommandType.schema` validates one. The type `IssueCommandType` is
 * the type of an issue command, e.g. `'assign'`.
 *
 * @example
 * ```ts
 * IssueCommandType.labels.returnAssignment.zh; // '退单'
 * IssueCommandType.schema.safeParse('assign').success; // true
 * ```
 * @category Issue
 */
export const IssueCommandType = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    submit: { zh: '提交诉求', en: 'Submit' },
    classify: { zh: '受理分类', en: 'Classify' },
    requestApproval: { zh: '报请批准', en: 'Request approval' },
    approve: { zh: '批准', en: 'Approve' },
    refuseApproval: { zh: '不予批准', en: 'Refuse approval' },
    assign: { zh: '交办', en: 'Assign' },
    returnAssignment: { zh: '退单', en: 'Return the assignment' },
    requestExtension: { zh: '申请延期', en: 'Request an extension' },
    decideExtension: { zh: '审批延期', en: 'Decide on an extension' },
    supervise: { zh: '督办', en: 'Supervise' },
    serve: { zh: '直接服务', en: 'Serve directly' },
    answer: { zh: '办理答复', en: 'Answer' },
    giveFeedback: { zh: '企业反馈', en: 'Give feedback' },
    close: { zh: '销号', en: 'Close' },
    complain: { zh: '再次投诉', en: 'Complain again' },
    withdraw: { zh: '撤回', en: 'Withdraw' },
    addToDossier: { zh: '归档材料', en: 'Add to the dossier' },
    escalate: { zh: '提请协调', en: 'Escalate' },
    signFor: { zh: '签收', en: 'Sign for the order' },
    contact: { zh: '首次联系企业', en: 'First contact with the enterprise' },
    reply: { zh: '阶段性答复', en: 'Interim reply' },
    requestPause: { zh: '申请挂起', en: 'Request a pause' },
    decidePause: { zh: '审批挂起', en: 'Decide on a pause' },
    resume: { zh: '恢复办理', en: 'Resume' },
    disputeAssignment: { zh: '申请退单', en: 'Dispute the assignment' },
    reviewDispute: { zh: '审核退单', en: 'Review the dispute' },
    redispatch: { zh: '改派', en: 'Re-dispatch' },
    merge: { zh: '并单', en: 'Merge into a parent order' },
    callBack: { zh: '回访', en: 'Call back' },
    closeUnrated: { zh: '未评价销号', en: 'Close unrated' },
  }),
))();

export type IssueCommandType = EnumValue<typeof IssueCommandType>;

/**
 * An answer's outcome (003): solved, explained, or not solvable for now — in which case proposed
 * measures go up to the government's leaders.
 *
 * `AnswerOutcome.values` lists the values in order, `AnswerOutcome.labels` gives each a zh-CN and
 * an English label, and `AnswerOutcome.schema` validates one. The type `AnswerOutcome` is the
 * outcome of an answer: `'resolved'`, `'explained'` or `'unsolvable'`.
 *
 * @example
 * ```ts
 * AnswerOutcome.labels.unsolvable.zh; // '暂不能解决'
 * AnswerOutcome.values; // ['resolved', 'explained', 'unsolvable']
 * ```
 * @category Issue
 */
export const AnswerOutcome = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    resolved: { zh: '已解决', en: 'Resolved' },
    explained: { zh: '已解释说明', en: 'Explained' },
    unsolvable: { zh: '暂不能解决', en: 'Cannot be solved for now' },
  }),
))();

export type AnswerOutcome = EnumValue<typeof AnswerOutcome>;

/**
 * The enterprise's feedback on an answer; "unsatisfied" reopens the issue (002).
 *
 * `FeedbackLevel.values` lists the values in order, `FeedbackLevel.labels` gives each a zh-CN and
 * an English label, and `FeedbackLevel.schema` validates one. The type `FeedbackLevel` is the
 * enterprise's feedback: `'satisfied'`, `'basicallySatisfied'` or `'unsatisfied'`.
 *
 * @example
 * ```ts
 * FeedbackLevel.labels.basicallySatisfied.zh; // '基本满意'
 * FeedbackLevel.schema.safeParse('unsatisfied').success; // true
 * ```
 * @category Issue
 */
export const FeedbackLevel = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    satisfied: { zh: '满意', en: 'Satisfied' },
    basicallySatisfied: { zh: '基本满意', en: 'Basically satisfied' },
    unsatisfied: { zh: '不满意', en: 'Unsatisfied' },
  }),
))();

export type FeedbackLevel = EnumValue<typeof FeedbackLevel>;

/**
 * How a service or an answer reached the enterprise; the first five are the simple procedure's
 * direct modes (000: 口头、电话、短信、电子邮件、发放材料).
 *
 * `ServiceMode.values` lists the values in order, `ServiceMode.labels` gives each a zh-CN and an
 * English label, and `ServiceMode.schema` validates one. The type `ServiceMode` is how a service or
 * answer was delivered, e.g. `'phone'`.
 *
 * @example
 * ```ts
 * ServiceMode.labels.sms.zh; // '短信'
 * ServiceMode.values.length; // 7
 * ```
 * @category Issue
 */
export const ServiceMode = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    oral: { zh: '口头', en: 'By word of mouth' },
    phone: { zh: '电话', en: 'By phone' },
    sms: { zh: '短信', en: 'By SMS' },
    email: { zh: '电子邮件', en: 'By e-mail' },
    material: { zh: '发放材料', en: 'By handing out material' },
    onSite: { zh: '现场办理', en: 'On site' },
    writtenReply: { zh: '书面答复', en: 'Written reply' },
  }),
))();

export type ServiceMode = EnumValue<typeof ServiceMode>;

/**
 * The supervision steps, in rising order: urge (催办, 000) → supervision by the efficiency office and
 * the leading-group office (督办, 003) → public listing online (网上挂牌, 003) → referral for
 * administrative accountability (行政问责, 000).
 *
 * `SupervisionStep.values` lists the values in order, `SupervisionStep.labels` gives each a zh-CN
 * and an English label, and `SupervisionStep.schema` validates one. The type `SupervisionStep` is a
 * supervision step, e.g. `'urge'`.
 *
 * @example
 * ```ts
 * SupervisionStep.labels.publicListing.zh; // '网上挂牌'
 * SupervisionStep.values[1]; // 'urge'
 * ```
 * @category Issue
 */
export const SupervisionStep = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    unsupervised: { zh: '未督办', en: 'Not supervised' },
    urge: { zh: '催办', en: 'Urged' },
    supervision: { zh: '督办', en: 'Supervised' },
    publicListing: { zh: '网上挂牌', en: 'Listed publicly online' },
    accountability: { zh: '问责', en: 'Referred for accountability' },
  }),
))();

export type SupervisionStep = EnumValue<typeof SupervisionStep>;

/**
 * The status of an extension request (延期申请).
 *
 * `ExtensionStatus.values` lists the values in order, `ExtensionStatus.labels` gives each a zh-CN
 * and an English label, and `ExtensionStatus.schema` validates one. The type `ExtensionStatus` is
 * the status of an extension request.
 *
 * @example
 * ```ts
 * ExtensionStatus.labels.granted.zh; // '准予延期'
 * ExtensionStatus.values; // ['pending', 'granted', 'refused']
 * ```
 * @category Issue
 */
export const ExtensionStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    pending: { zh: '待审批', en: 'Pending' },
    granted: { zh: '准予延期', en: 'Granted' },
    refused: { zh: '不予延期', en: 'Refused' },
  }),
))();

export type ExtensionStatus = EnumValue<typeof ExtensionStatus>;

/**
 * The status of a pause request (挂起申请): pending, approved by the office (the clocks stop), or
 * declined.
 *
 * `PauseStatus.values` lists the values in order, `PauseStatus.labels` gives each a zh-CN and an
 * English label, and `PauseStatus.schema` validates one.
 *
 * @example
 * ```ts
 * PauseStatus.labels.declined.zh; // '不予挂起'
 * PauseStatus.values; // ['pending', 'approved', 'declined']
 * ```
 * @category Issue
 */
export const PauseStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    pending: { zh: '待审批', en: 'Pending' },
    approved: { zh: '已批准', en: 'Approved' },
    declined: { zh: '不予挂起', en: 'Declined' },
  }),
))();

export type PauseStatus = EnumValue<typeof PauseStatus>;

/**
 * The status of a dispatch dispute (退单申请), as the office's review decides it: pending, upheld
 * (the order was wrongly dispatched: it is re-dispatched or returned) or overruled (it stays with
 * the department).
 *
 * `DisputeStatus.values` lists the values in order, `DisputeStatus.labels` gives each a zh-CN and an
 * English label, and `DisputeStatus.schema` validates one.
 *
 * @example
 * ```ts
 * DisputeStatus.labels.overruled.zh; // '退单不成立'
 * DisputeStatus.values; // ['pending', 'upheld', 'overruled']
 * ```
 * @category Issue
 */
export const DisputeStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    pending: { zh: '待审批', en: 'Pending' },
    upheld: { zh: '退单成立', en: 'Upheld' },
    overruled: { zh: '退单不成立', en: 'Overruled' },
  }),
))();

export type DisputeStatus = EnumValue<typeof DisputeStatus>;

/**
 * What happens to an order's clocks when the office re-dispatches it (改派, or an upheld dispute):
 * they restart from the re-dispatch with a full limit, or continue from the first dispatch.
 *
 * `RedispatchClock.values` lists the values in order, `RedispatchClock.labels` gives each a zh-CN
 * and an English label, and `RedispatchClock.schema` validates one.
 *
 * @example
 * ```ts
 * RedispatchClock.labels.restart.zh; // '重新计时'
 * ```
 * @category Issue
 */
export const RedispatchClock = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    restart: { zh: '重新计时', en: 'Restart the clocks' },
    continue: { zh: '连续计时', en: 'Continue the clocks' },
  }),
))();

export type RedispatchClock = EnumValue<typeof RedispatchClock>;

const stepRank: ReadonlyMap<string, number> = /* @__PURE__ */ (() => new Map(SupervisionStep.schema.options.map((s, i) => [s, i])))();

/**
 * The rank of a supervision step: 0 for `'unsupervised'` up to 4 for `'accountability'`.
 *
 * @param step - The step.
 * @returns Its position in {@link SupervisionStep}'s options.
 * @example
 * ```ts
 * supervisionStepRank('publicListing') > supervisionStepRank('urge'); // true
 * ```
 * @category Issue
 */
export function supervisionStepRank(step: SupervisionStep): number {
  return stepRank.get(step) as number;
}
