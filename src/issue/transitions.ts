import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import type { IssueCommandType, IssueState } from '../vocabulary/issue.js';

/**
 * The named guards of the lifecycle table, each with what it requires, in Chinese and English. A
 * guard that fails rejects the command with its own error code, except the routing guards, which
 * choose between rows: `feedbackPositive` / `feedbackNegative` (`giveFeedback`), `pauseGranted`
 * (`decidePause`), `disputeUpheld` / `disputeOverruled` / `targetGiven` / `noTarget` (`reviewDispute`).
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
    notSignedFor: { zh: '尚未签收', en: 'Not yet signed for' },
    signedForFirst: { zh: '已签收', en: 'Signed for first' },
    notContacted: { zh: '尚未首次联系', en: 'Not yet contacted' },
    noPendingPause: { zh: '无待审批的挂起申请', en: 'No pause is pending' },
    pausesLeft: { zh: '挂起次数未达上限', en: 'Pauses are left' },
    knownPauseReason: { zh: '挂起原因在规定清单内', en: 'The pause reason is on the list' },
    pausePending: { zh: '有待审批的挂起申请', en: 'A pause is pending' },
    pauseGranted: { zh: '批准挂起', en: 'The pause is approved' },
    knownDisputeReason: { zh: '退单理由在规定清单内', en: 'The dispute reason is on the list' },
    disputeUpheld: { zh: '退单成立', en: 'The dispute is upheld' },
    disputeOverruled: { zh: '退单不成立', en: 'The dispute is overruled' },
    targetGiven: { zh: '指定改派部门', en: 'A department to re-dispatch to is named' },
    noTarget: { zh: '未指定改派部门', en: 'No department to re-dispatch to is named' },
    newDepartment: { zh: '改派至其他部门', en: 'Re-dispatched to another department' },
    notSelf: { zh: '不得并入自身', en: 'Not merged into itself' },
    notMerged: { zh: '未并入其他工单', en: 'Not merged into another order' },
    knownRating: { zh: '评价等级与原因在规定清单内', en: 'The rating and reasons are on the lists' },
    feedbackWindowPassed: { zh: '评价期限已过', en: 'The feedback window has passed' },
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
  'disputed',
  'paused',
  'merged',
];

/** States in which material can be added to a general-procedure dossier. */
const filing: readonly IssueState[] = ['pendingApproval', 'approved', 'assigned', 'returned', 'answered', 'confirmed', 'reopened', 'disputed', 'paused'];

/**
 * States in which the issue is being worked on, from acceptance to the answer, and can be escalated
 * (协调层级): not before it is classified, nor once the enterprise has confirmed the answer.
 */
const working: readonly IssueState[] = ['accepted', 'pendingApproval', 'approved', 'assigned', 'returned', 'answered', 'reopened', 'disputed', 'paused'];

/** States from which the office may merge a repeated complaint into a parent order (并单): before the answer. */
const mergeable: readonly IssueState[] = ['submitted', 'accepted', 'assigned', 'returned', 'reopened'];

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
 * The hotline-grade rows (issue 17: GB/T 33358-2016, 国办发〔2020〕53号, 国办函〔2025〕66号, Beijing's
 * and Shandong's 接诉即办): an assigned order is signed for (签收) and then the enterprise contacted
 * (首次联系); a pause (挂起) is requested with a coded reason and approved by the office (`paused`,
 * the clocks stopped) until `resume`; a dispatch dispute (退单) puts the order in `disputed` until
 * the office upholds it (re-dispatched to the department it names, or returned when it names none)
 * or overrules it (back to the same department, its clocks having run); the office may re-dispatch
 * (改派) to another department, or merge a repeated complaint into a parent order (`merged`, closed
 * with it); after the answer the office calls back (回访) and, once the feedback window has passed,
 * may close the order as not rated (未评价).
 *
 * @example
 * ```ts
 * issueTransitions.filter((t) => t.from === 'assigned').map((t) => t.command);
 * // ['returnAssignment', 'requestExtension', 'decideExtension', 'supervise', 'answer', 'signFor', 'contact', 'reply', 'requestPause',
 * //  'decidePause', 'decidePause', 'disputeAssignment', 'redispatch', 'merge', 'withdraw', 'addToDossier', 'escalate']
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
  row('answered', 'giveFeedback', 'confirmed', 'knownRating', 'feedbackPositive'),
  row('answered', 'giveFeedback', 'reopened', 'knownRating', 'feedbackNegative'),
  row('confirmed', 'close', 'closed', 'archiveComplete'),
  row('closed', 'complain', 'reopened', 'notMerged'),
  // Hotline-grade dispatch (issue 17): sign-for, first contact, interim reply, pause, dispute, re-dispatch, merge, callback.
  row('assigned', 'signFor', 'assigned', 'notSignedFor'),
  row('assigned', 'contact', 'assigned', 'signedForFirst', 'notContacted'),
  row('assigned', 'reply', 'assigned'),
  row('assigned', 'requestPause', 'assigned', 'noPendingPause', 'pausesLeft', 'knownPauseReason'),
  row('assigned', 'decidePause', 'paused', 'pausePending', 'pauseGranted'),
  row('assigned', 'decidePause', 'assigned', 'pausePending'),
  row('paused', 'resume', 'assigned'),
  row('assigned', 'disputeAssignment', 'disputed', 'withinReturnWindow', 'knownDisputeReason'),
  row('disputed', 'reviewDispute', 'assigned', 'disputeUpheld', 'targetGiven', 'newDepartment'),
  row('disputed', 'reviewDispute', 'returned', 'disputeUpheld', 'noTarget'),
  row('disputed', 'reviewDispute', 'assigned', 'disputeOverruled'),
  row('assigned', 'redispatch', 'assigned', 'newDepartment'),
  ...mergeable.map((s) => row(s, 'merge', 'merged', 'notSelf')),
  row('merged', 'close', 'closed'),
  row('answered', 'callBack', 'answered'),
  // 好差评: every 差评 is called back, so a callback is recorded on a reopened order too.
  row('reopened', 'callBack', 'reopened'),
  row('answered', 'closeUnrated', 'closed', 'feedbackWindowPassed', 'archiveComplete'),
  ...open.map((s) => row(s, 'withdraw', 'withdrawn')),
  ...filing.map((s) => row(s, 'addToDossier', s, 'dossierRoom')),
  ...working.map((s) => row(s, 'escalate', s, 'escalationRises')),
]))();
