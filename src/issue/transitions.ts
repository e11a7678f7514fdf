import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import type { IssueCommandType, IssueState } from '../vocabulary/issue.js';

/**
 * The named guards of the lifecycle table, each with what it requires, in Chinese and English. A
 * guard that fails rejects the command with its own error code, except the two routing guards
 * `feedbackPositive` / `feedbackNegative`, which choose between the rows of `giveFeedback`.
 *
 * `IssueGuard.values` lists the values in order, `IssueGuard.labels` gives each a zh-CN and an
 * English label, and `IssueGuard.schema` validates one. The type `IssueGuard` is the name of a
 * lifecycle guard.
 *
 * @example
 * ```ts
 * IssueGuard.labels.extensionNoticeGiven.zh; // '在期限届满前规定工作日之前申请'
 * IssueGuard.schema.safeParse('archiveComplete').success; // true
 * ```
 * @category Issue
 */
export const IssueGuard = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    knownCategory: { zh: '分类属于分类体系', en: 'The category is in the taxonomy' },
    refusalStands: { zh: '不予批准后不得改为简易程序', en: 'A refused matter is not reclassified as simple' },
    procedureIsGeneral: { zh: '适用一般程序', en: 'The general procedure applies' },
    procedureIsSimple: { zh: '适用简易程序', en: 'The simple procedure applies' },
    approvedIfGeneral: { zh: '一般程序须先经批准', en: 'A general-procedure matter is approved first' },
    withinReturnWindow: { zh: '在退单期限内', en: 'Within the return window' },
    noPendingExtension: { zh: '无待审批的延期申请', en: 'No extension is pending' },
    extensionsLeft: { zh: '延期次数未达上限', en: 'Extensions are left' },
    extensionNoticeGiven: { zh: '在期限届满前规定工作日之前申请', en: 'Requested early enough before the deadline' },
    extensionPending: { zh: '有待审批的延期申请', en: 'An extension is pending' },
    supervisionRises: { zh: '督办措施不降级', en: 'Supervision does not step back' },
    measuresIfUnsolvable: { zh: '暂不能解决的须提出措施建议', en: 'Measures are proposed if it cannot be solved' },
    feedbackPositive: { zh: '企业满意或基本满意', en: 'The enterprise is satisfied or basically satisfied' },
    feedbackNegative: { zh: '企业不满意', en: 'The enterprise is not satisfied' },
    archiveComplete: { zh: '案卷或台账完整', en: 'The dossier or ledger entry is complete' },
    dossierRoom: { zh: '卷宗材料未超上限', en: 'The dossier has room for the items' },
    escalationRises: { zh: '协调层级只升不降', en: 'Escalation never moves down' },
  }),
))();

export type IssueGuard = EnumValue<typeof IssueGuard>;

/**
 * One row of the lifecycle table: in state `from` (null: before the issue exists), the command
 * `command` leads to `to` when every guard holds.
 *
 * @category Issue
 */
export interface IssueTransition {
  /** The state the command applies in; null for the submission, which creates the issue. */
  readonly from: IssueState | null;
  /** The command. */
  readonly command: IssueCommandType;
  /** The state it leads to. */
  readonly to: IssueState;
  /** Guards that must all hold, in the order they are checked. */
  readonly guards: readonly IssueGuard[];
}

const row = (from: IssueState | null, command: IssueCommandType, to: IssueState, ...guards: IssueGuard[]): IssueTransition => ({
  from,
  command,
  to,
  guards,
});

/** States before close-out, from which the enterprise may withdraw (自愿不强制, 000). */
const open: readonly IssueState[] = [
  'submitted',
  'accepted',
  'pendingApproval',
  'approved',
  'assigned',
  'returned',
  'answered',
  'confirmed',
  'reopened',
];

/** States in which material can be added to a general-procedure dossier. */
const filing: readonly IssueState[] = ['pendingApproval', 'approved', 'assigned', 'returned', 'answered', 'confirmed', 'reopened'];

/**
 * States in which the issue is being worked on, from acceptance to the answer, and can be escalated
 * (协调层级): not before it is classified, nor once the enterprise has confirmed the answer.
 */
const working: readonly IssueState[] = ['accepted', 'pendingApproval', 'approved', 'assigned', 'returned', 'answered', 'reopened'];

/**
 * The issue lifecycle as a transition table (STYLE.md §5): every command that is allowed in a
 * state, where it leads and under which guards. Anything not in the table is rejected with
 * `INVALID_TRANSITION`. When several rows share a state and a command, the first whose guards all
 * hold is taken. Drawn from 000 (simple and general procedures), 001 (collection, assignment with a
 * deadline, escalation by the problem's nature), 002 (reopen after an unsatisfied answer) and 003
 * (answers, supervision, close-out). Besides withdrawal and the dossier, `escalate` is a
 * self-transition of every working state, from acceptance to the answer: it records where the
 * problem went up to (typically the target of an escalation `route`), and its guard
 * `escalationRises` refuses a lower rank than the one reached with `ESCALATION_DOWNWARD`; an equal
 * rank (another holder at the same level) is allowed. A return or reassignment keeps the escalation.
 * A general-procedure matter the leading body refused (不予批准) goes back to `accepted`, where it may
 * be reclassified, but not as simple (`refusalStands`, `GENERAL_PROCEDURE_REFUSED`): that would let
 * it go ahead without the approval the general procedure needs (000); it can be put to the leading
 * body again, escalated or withdrawn.
 *
 * @example
 * ```ts
 * issueTransitions.filter((t) => t.from === 'assigned').map((t) => t.command);
 * // ['returnAssignment', 'requestExtension', 'decideExtension', 'supervise', 'answer', 'withdraw', 'addToDossier', 'escalate']
 * ```
 * @category Issue
 */
export const issueTransitions: readonly IssueTransition[] = /* @__PURE__ */ (() => deepFreeze([
  row(null, 'submit', 'submitted'),
  row('submitted', 'classify', 'accepted', 'knownCategory'),
  row('accepted', 'classify', 'accepted', 'knownCategory', 'refusalStands'),
  row('accepted', 'requestApproval', 'pendingApproval', 'procedureIsGeneral'),
  row('pendingApproval', 'approve', 'approved'),
  row('pendingApproval', 'refuseApproval', 'accepted'),
  row('accepted', 'assign', 'assigned', 'approvedIfGeneral'),
  row('approved', 'assign', 'assigned'),
  row('returned', 'assign', 'assigned'),
  row('reopened', 'assign', 'assigned'),
  row('accepted', 'serve', 'answered', 'procedureIsSimple'),
  row('reopened', 'serve', 'answered', 'procedureIsSimple'),
  row('assigned', 'returnAssignment', 'returned', 'withinReturnWindow'),
  row('assigned', 'requestExtension', 'assigned', 'noPendingExtension', 'extensionsLeft', 'extensionNoticeGiven'),
  row('assigned', 'decideExtension', 'assigned', 'extensionPending'),
  row('assigned', 'supervise', 'assigned', 'supervisionRises'),
  row('assigned', 'answer', 'answered', 'measuresIfUnsolvable'),
  row('answered', 'giveFeedback', 'confirmed', 'feedbackPositive'),
  row('answered', 'giveFeedback', 'reopened', 'feedbackNegative'),
  row('confirmed', 'close', 'closed', 'archiveComplete'),
  row('closed', 'complain', 'reopened'),
  ...open.map((s) => row(s, 'withdraw', 'withdrawn')),
  ...filing.map((s) => row(s, 'addToDossier', s, 'dossierRoom')),
  ...working.map((s) => row(s, 'escalate', s, 'escalationRises')),
]))();
