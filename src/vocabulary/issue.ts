import type { z } from 'zod';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';

const intakeChannel = defineEnum(
  deepFreeze({
    selfReport: { zh: '企业自主反映', en: 'Reported by the enterprise' },
    visit: { zh: '走访收集', en: 'Collected on a visit' },
    hotline: { zh: '政企快线', en: 'Government–enterprise hotline' },
    onlinePlatform: { zh: '网上投诉平台', en: 'Online complaint platform' },
    questionnaire: { zh: '问卷征询函', en: 'Questionnaire or opinion letter' },
    departmentCollection: { zh: '部门收集', en: 'Collected by a department' },
    governmentCollection: { zh: '政府组织收集', en: 'Collection arranged by the government' },
  }),
);

/**
 * Labels of the intake channels of an enterprise issue (001: the enterprise reports it, the
 * government arranges collection, a department collects it, the hotline 政企快线, the online
 * complaint platform; 002: visits and questionnaires).
 *
 * @example
 * ```ts
 * intakeChannelLabels.hotline.zh; // '政企快线'
 * ```
 * @category Issue
 */
export const intakeChannelLabels = intakeChannel.labels;

/**
 * Validates an intake channel; see {@link intakeChannelLabels}.
 *
 * @example
 * ```ts
 * IntakeChannelSchema.safeParse('visit').success; // true
 * ```
 * @category Issue
 */
export const IntakeChannelSchema = intakeChannel.schema;

/**
 * How an issue reached the government, e.g. `'visit'`; see {@link intakeChannelLabels}.
 *
 * @category Issue
 */
export type IntakeChannel = z.infer<typeof IntakeChannelSchema>;

const issueScope = defineEnum(
  deepFreeze({
    ownFunction: { zh: '本人职能范围内', en: "Within the adviser's own function" },
    otherSections: { zh: '涉及本局其他科室', en: 'Other sections of the same bureau' },
    outsideBureau: { zh: '超出本局职能', en: "Outside the bureau's functions" },
    multiDepartment: { zh: '涉及多个部门', en: 'Several departments' },
  }),
);

/**
 * Labels of an issue's scope, which decides who solves it (000): the adviser's own function → the
 * adviser; other sections → a team; outside the bureau → bureau leaders; several departments → the
 * quarterly scheduling meeting.
 *
 * @example
 * ```ts
 * issueScopeLabels.outsideBureau.en; // "Outside the bureau's functions"
 * ```
 * @category Issue
 */
export const issueScopeLabels = issueScope.labels;

/**
 * Validates an issue scope; see {@link issueScopeLabels}.
 *
 * @example
 * ```ts
 * IssueScopeSchema.options.length; // 4
 * ```
 * @category Issue
 */
export const IssueScopeSchema = issueScope.schema;

/**
 * The scope of an issue, e.g. `'multiDepartment'`; see {@link issueScopeLabels}.
 *
 * @category Issue
 */
export type IssueScope = z.infer<typeof IssueScopeSchema>;

const issueNature = defineEnum(
  deepFreeze({
    ordinary: { zh: '一般性问题', en: 'Ordinary problem' },
    major: { zh: '重大问题', en: 'Major problem' },
    widespread: { zh: '倾向性、普遍性问题', en: 'Trend or widespread problem' },
    policy: { zh: '政策性问题', en: 'Policy problem' },
  }),
);

/**
 * Labels of an issue's nature, which decides whom it goes up to (001): an ordinary problem → the
 * deputy mayor in charge; a major, trend or widespread one → the executive deputy mayor or the
 * mayor; a policy problem → the city government's executive meeting.
 *
 * @example
 * ```ts
 * issueNatureLabels.widespread.zh; // '倾向性、普遍性问题'
 * ```
 * @category Issue
 */
export const issueNatureLabels = issueNature.labels;

/**
 * Validates an issue nature; see {@link issueNatureLabels}.
 *
 * @example
 * ```ts
 * IssueNatureSchema.safeParse('general').success; // false: the value is 'ordinary'
 * ```
 * @category Issue
 */
export const IssueNatureSchema = issueNature.schema;

/**
 * The nature of an issue, e.g. `'major'`; see {@link issueNatureLabels}.
 *
 * @category Issue
 */
export type IssueNature = z.infer<typeof IssueNatureSchema>;

const issueOrigin = defineEnum(
  deepFreeze({
    proactive: { zh: '主动开展', en: 'Started proactively' },
    application: { zh: '依企业申请', en: "On the enterprise's application" },
  }),
);

/**
 * Labels of how the service started (000): proactively by the bureau, or on the enterprise's
 * application.
 *
 * @example
 * ```ts
 * issueOriginLabels.application.zh; // '依企业申请'
 * ```
 * @category Issue
 */
export const issueOriginLabels = issueOrigin.labels;

/**
 * Validates an issue origin: `'proactive'` or `'application'`.
 *
 * @example
 * ```ts
 * IssueOriginSchema.options; // ['proactive', 'application']
 * ```
 * @category Issue
 */
export const IssueOriginSchema = issueOrigin.schema;

/**
 * How the service started: `'proactive'` or `'application'`.
 *
 * @category Issue
 */
export type IssueOrigin = z.infer<typeof IssueOriginSchema>;

const procedure = defineEnum(
  deepFreeze({
    simple: { zh: '简易程序', en: 'Simple procedure' },
    general: { zh: '一般程序', en: 'General procedure' },
  }),
);

/**
 * Labels of the two procedures (000): the simple procedure serves routine matters directly and
 * keeps a ledger entry; the general procedure needs the leading body's approval and ends in an
 * archived dossier.
 *
 * @example
 * ```ts
 * procedureLabels.general.zh; // '一般程序'
 * ```
 * @category Procedure
 */
export const procedureLabels = procedure.labels;

/**
 * Validates a procedure: `'simple'` or `'general'`.
 *
 * @example
 * ```ts
 * ProcedureSchema.options; // ['simple', 'general']
 * ```
 * @category Procedure
 */
export const ProcedureSchema = procedure.schema;

/**
 * A procedure: `'simple'` or `'general'`.
 *
 * @category Procedure
 */
export type Procedure = z.infer<typeof ProcedureSchema>;

const issueState = defineEnum(
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
  }),
);

/**
 * Labels of the states of an issue's lifecycle: collected (提交) → sorted and classified (受理分类)
 * → for the general procedure pending approval and approved → assigned with a deadline (交办) →
 * answered (答复) → confirmed by the enterprise → closed (销号); returned (退单), reopened
 * (再梳理、再跟踪、再反馈) and withdrawn (撤回) on the side.
 *
 * @example
 * ```ts
 * issueStateLabels.closed.zh; // '已销号'
 * ```
 * @category Issue
 */
export const issueStateLabels = issueState.labels;

/**
 * Validates an issue state; see {@link issueStateLabels}.
 *
 * @example
 * ```ts
 * IssueStateSchema.options.length; // 11
 * ```
 * @category Issue
 */
export const IssueStateSchema = issueState.schema;

/**
 * A state of the issue lifecycle, e.g. `'assigned'`; see {@link issueStateLabels}.
 *
 * @category Issue
 */
export type IssueState = z.infer<typeof IssueStateSchema>;

const issueCommandType = defineEnum(
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
  }),
);

/**
 * Labels of the commands that move an issue through its lifecycle.
 *
 * @example
 * ```ts
 * issueCommandTypeLabels.returnAssignment.zh; // '退单'
 * ```
 * @category Issue
 */
export const issueCommandTypeLabels = issueCommandType.labels;

/**
 * Validates a command type; see {@link issueCommandTypeLabels}.
 *
 * @example
 * ```ts
 * IssueCommandTypeSchema.safeParse('assign').success; // true
 * ```
 * @category Issue
 */
export const IssueCommandTypeSchema = issueCommandType.schema;

/**
 * The type of an issue command, e.g. `'assign'`; see {@link issueCommandTypeLabels}.
 *
 * @category Issue
 */
export type IssueCommandType = z.infer<typeof IssueCommandTypeSchema>;

const answerOutcome = defineEnum(
  deepFreeze({
    resolved: { zh: '已解决', en: 'Resolved' },
    explained: { zh: '已解释说明', en: 'Explained' },
    unsolvable: { zh: '暂不能解决', en: 'Cannot be solved for now' },
  }),
);

/**
 * Labels of an answer's outcome (003): solved, explained, or not solvable for now — in which case
 * proposed measures go up to the government's leaders.
 *
 * @example
 * ```ts
 * answerOutcomeLabels.unsolvable.zh; // '暂不能解决'
 * ```
 * @category Issue
 */
export const answerOutcomeLabels = answerOutcome.labels;

/**
 * Validates an answer outcome; see {@link answerOutcomeLabels}.
 *
 * @example
 * ```ts
 * AnswerOutcomeSchema.options; // ['resolved', 'explained', 'unsolvable']
 * ```
 * @category Issue
 */
export const AnswerOutcomeSchema = answerOutcome.schema;

/**
 * The outcome of an answer: `'resolved'`, `'explained'` or `'unsolvable'`.
 *
 * @category Issue
 */
export type AnswerOutcome = z.infer<typeof AnswerOutcomeSchema>;

const feedbackLevel = defineEnum(
  deepFreeze({
    satisfied: { zh: '满意', en: 'Satisfied' },
    basicallySatisfied: { zh: '基本满意', en: 'Basically satisfied' },
    unsatisfied: { zh: '不满意', en: 'Unsatisfied' },
  }),
);

/**
 * Labels of the enterprise's feedback on an answer; "unsatisfied" reopens the issue (002).
 *
 * @example
 * ```ts
 * feedbackLevelLabels.basicallySatisfied.zh; // '基本满意'
 * ```
 * @category Issue
 */
export const feedbackLevelLabels = feedbackLevel.labels;

/**
 * Validates a feedback level; see {@link feedbackLevelLabels}.
 *
 * @example
 * ```ts
 * FeedbackLevelSchema.safeParse('unsatisfied').success; // true
 * ```
 * @category Issue
 */
export const FeedbackLevelSchema = feedbackLevel.schema;

/**
 * The enterprise's feedback: `'satisfied'`, `'basicallySatisfied'` or `'unsatisfied'`.
 *
 * @category Issue
 */
export type FeedbackLevel = z.infer<typeof FeedbackLevelSchema>;

const serviceMode = defineEnum(
  deepFreeze({
    oral: { zh: '口头', en: 'By word of mouth' },
    phone: { zh: '电话', en: 'By phone' },
    sms: { zh: '短信', en: 'By SMS' },
    email: { zh: '电子邮件', en: 'By e-mail' },
    material: { zh: '发放材料', en: 'By handing out material' },
    onSite: { zh: '现场办理', en: 'On site' },
    writtenReply: { zh: '书面答复', en: 'Written reply' },
  }),
);

/**
 * Labels of how a service or an answer reached the enterprise; the first five are the simple
 * procedure's direct modes (000: 口头、电话、短信、电子邮件、发放材料).
 *
 * @example
 * ```ts
 * serviceModeLabels.sms.zh; // '短信'
 * ```
 * @category Issue
 */
export const serviceModeLabels = serviceMode.labels;

/**
 * Validates a service mode; see {@link serviceModeLabels}.
 *
 * @example
 * ```ts
 * ServiceModeSchema.options.length; // 7
 * ```
 * @category Issue
 */
export const ServiceModeSchema = serviceMode.schema;

/**
 * How a service or answer was delivered, e.g. `'phone'`; see {@link serviceModeLabels}.
 *
 * @category Issue
 */
export type ServiceMode = z.infer<typeof ServiceModeSchema>;

const supervisionStep = defineEnum(
  deepFreeze({
    unsupervised: { zh: '未督办', en: 'Not supervised' },
    urge: { zh: '催办', en: 'Urged' },
    supervision: { zh: '督办', en: 'Supervised' },
    publicListing: { zh: '网上挂牌', en: 'Listed publicly online' },
    accountability: { zh: '问责', en: 'Referred for accountability' },
  }),
);

/**
 * Labels of the supervision steps, in rising order: urge (催办, 000) → supervision by the efficiency
 * office and the leading-group office (督办, 003) → public listing online (网上挂牌, 003) → referral
 * for administrative accountability (行政问责, 000).
 *
 * @example
 * ```ts
 * supervisionStepLabels.publicListing.zh; // '网上挂牌'
 * ```
 * @category Issue
 */
export const supervisionStepLabels = supervisionStep.labels;

/**
 * Validates a supervision step; its options are in rising order.
 *
 * @example
 * ```ts
 * SupervisionStepSchema.options[1]; // 'urge'
 * ```
 * @category Issue
 */
export const SupervisionStepSchema = supervisionStep.schema;

/**
 * A supervision step, e.g. `'urge'`; see {@link supervisionStepLabels}.
 *
 * @category Issue
 */
export type SupervisionStep = z.infer<typeof SupervisionStepSchema>;

const extensionStatus = defineEnum(
  deepFreeze({
    pending: { zh: '待审批', en: 'Pending' },
    granted: { zh: '准予延期', en: 'Granted' },
    refused: { zh: '不予延期', en: 'Refused' },
  }),
);

/**
 * Labels of the status of an extension request (延期申请).
 *
 * @example
 * ```ts
 * extensionStatusLabels.granted.zh; // '准予延期'
 * ```
 * @category Issue
 */
export const extensionStatusLabels = extensionStatus.labels;

/**
 * Validates an extension status: `'pending'`, `'granted'` or `'refused'`.
 *
 * @example
 * ```ts
 * ExtensionStatusSchema.options; // ['pending', 'granted', 'refused']
 * ```
 * @category Issue
 */
export const ExtensionStatusSchema = extensionStatus.schema;

/**
 * The status of an extension request.
 *
 * @category Issue
 */
export type ExtensionStatus = z.infer<typeof ExtensionStatusSchema>;

const stepRank: ReadonlyMap<string, number> = new Map(SupervisionStepSchema.options.map((s, i) => [s, i]));

/**
 * The rank of a supervision step: 0 for `'unsupervised'` up to 4 for `'accountability'`.
 *
 * @param step - The step.
 * @returns Its position in {@link SupervisionStepSchema}'s options.
 * @example
 * ```ts
 * supervisionStepRank('publicListing') > supervisionStepRank('urge'); // true
 * ```
 * @category Issue
 */
export function supervisionStepRank(step: SupervisionStep): number {
  return stepRank.get(step) as number;
}
