import { accessRefusal, type IssueAccess } from '../access/authorize.js';
import { checkRoleLaw } from '../access/law.js';
import { AccessPolicySchema } from '../access/policy.js';
import { calendarProblem } from '../calendar/compiled.js';
import { addWorkingDays, deadlineAfter, isWorkingDay, nextWorkingDay, workingDaysBetween, type CalendarResult } from '../calendar/working-days.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import { instantAt, instantMs, isBefore, localDay } from '../internal/instant.js';
import { dueAt } from '../procedure/limits.js';
import { argumentError, checkedOnce, dotted, movedPaths } from '../internal/parse.js';
import { downwardRefusal } from '../escalation/rise.js';
import { approvalRefusal } from '../procedure/approval.js';
import { archiveCheck, ArchiveItem } from '../procedure/archive.js';
import type { IssueCommand, TimeLimit } from './commands.js';
import { FeedbackLevel, IssueCommandType, IssueState, SupervisionStep } from '../vocabulary/issue.js';
import { defaultLifecyclePolicy, UNSAFE_NO_ACCESS_CHECK, type IssueContext, type LifecyclePolicy } from './policy.js';
import { digestAfter, GENESIS_DIGEST } from './chain.js';
import { lastEvent, refusedLast, withHistory } from './history.js';
import { dossierLists, withAdded } from './dossier.js';
import { blankAddedIn22, issueEventSchemaVersion, withoutAddedIn22, type DossierAdded, type Issue, type IssueChanges, type IssueClocks, type IssueEvent } from './schema.js';
import { supervisionStepRank } from '../vocabulary/issue.js';

/** An issue without its history. */
type IssueFields = Omit<Issue, 'history'>;
import { issueTransitions, type IssueGuard } from './transitions.js';

/** A row of the table with its guards looked up once. */
interface CompiledRow {
  readonly to: IssueState;
  readonly guards: readonly ((s: Step) => DomainError | null)[];
}

/** What a guard or an effect sees: the issue (null before submission), the command and the context. */
interface Step<C extends IssueCommand = IssueCommand> {
  readonly issue: Issue | null;
  readonly command: C;
  readonly calendar: IssueContext['calendar'];
  readonly policy: LifecyclePolicy;
  readonly taxonomy: IssueContext['taxonomy'];
  /** The local date of the command. */
  readonly today: CalendarDate;
  /** Set when a working-day count or deadline of the step rests on a provisional year of the calendar. */
  provisional: boolean;
}

/**
 * A failed answer of a calendar or instant function with its error renamed for the caller of
 * `decideIssue`: the function's parameter (`from`, `date`, `n`, `instant`, …) becomes the caller's
 * argument it was read from (`issue.assignedOn`, `command.timeLimit.dueOn`, …), in the path and at
 * the head of the messages.
 */
function renamed<R extends { readonly ok: boolean }>(r: R, names: Readonly<Record<string, ErrorPath>>): R {
  if (r.ok) return r;
  const e = (r as unknown as { readonly error: DomainError }).error;
  const head = e.path?.[0];
  if (typeof head !== 'string' || !Object.hasOwn(names, head)) return r;
  const to = names[head] as ErrorPath;
  const moved = movedPaths(e, (p) => (p[0] === head ? [...to, ...p.slice(1)] : p));
  const lead = (m: string): string => (m.startsWith(`${head} `) ? `${dotted(to)} ${m.slice(head.length + 1)}` : m);
  return { ok: false, error: { ...moved, message: lead(e.message), messageZh: lead(e.messageZh) } } as unknown as R;
}

/** A calendar answer seen by a step, renamed for the caller: a provisional one marks the step provisional. */
function counted<T>(s: Step, r: CalendarResult<T>, names: Readonly<Record<string, ErrorPath>>): CalendarResult<T> {
  if (r.ok && r.provisional) s.provisional = true;
  return renamed(r, names);
}

const AT: ErrorPath = ['command', 'at'];

type Of<T extends IssueCommand['type']> = Extract<IssueCommand, { type: T }>;

/** The issue of a step whose row has a `from` state, so the issue exists. */
const the = (s: Step): Issue => s.issue as Issue;

function refuse(code: DomainError['code'], path: ErrorPath, en: string, zh: string, value?: unknown): DomainError {
  return domainError(code, value === undefined ? { en, zh, path } : { en, zh, path, value });
}

/** The refusal of a reason code that is not on the policy's list, or null. */
function unlisted(list: LifecyclePolicy['pauseReasons'], code: string, path: ErrorPath, what: { en: string; zh: string }): DomainError | null {
  if (list.some((r) => r.id === code)) return null;
  return domainError('UNKNOWN_REFERENCE', {
    en: `"${code}" is not one of the policy's ${what.en}: ${list.map((r) => r.id).join(', ')}.`,
    zh: `“${code}”不在策略规定的${what.zh}清单中：${list.map((r) => `${r.id}（${r.zh}）`).join('、')}。`,
    path,
    value: code,
  });
}

/** The three-level feedback a `giveFeedback` gives: its level, else what its rating counts as on the scale. */
function levelOf(s: Step<Of<'giveFeedback'>>): FeedbackLevel | null {
  const c = s.command;
  if (c.level !== undefined) return c.level;
  return s.policy.evaluationScale.levels.find((l) => l.id === c.rating)?.counts ?? null;
}

/** Why a feedback's level, rating and reasons do not fit the policy's scale and lists, or null. */
function ratingRefusal(s: Step<Of<'giveFeedback'>>): DomainError | null {
  const c = s.command;
  const scale = s.policy.evaluationScale;
  if (c.level === undefined && c.rating === undefined) {
    return refuse('INVALID_ARGUMENT', ['command', 'level'], 'Feedback gives a level (满意/基本满意/不满意), a rating on the evaluation scale, or both.', '企业评价须给出满意程度或评价等级（或两者）。');
  }
  if (c.rating !== undefined) {
    const level = scale.levels.find((l) => l.id === c.rating);
    if (level === undefined) {
      return domainError('UNKNOWN_REFERENCE', {
        en: `"${c.rating}" is not a level of the evaluation scale "${scale.id}": ${scale.levels.map((l) => l.id).join(', ')}.`,
        zh: `“${c.rating}”不是评价等级“${scale.id}”中的等级：${scale.levels.map((l) => `${l.id}（${l.zh}）`).join('、')}。`,
        path: ['command', 'rating'],
        value: c.rating,
      });
    }
    if (level.counts === null) {
      return refuse('INVALID_ARGUMENT', ['command', 'rating'], `"${level.en}" is not feedback: an order the enterprise does not rate is closed as not rated by the office (closeUnrated).`, `“${level.zh}”不是评价：企业未评价的，由办公室按未评价销号。`, c.rating);
    }
    if (c.level !== undefined && c.level !== level.counts) {
      return refuse(
        'INVALID_ARGUMENT',
        ['command', 'rating'],
        `The rating "${level.en}" counts as "${FeedbackLevel.labels[level.counts].en}" on the scale, not "${FeedbackLevel.labels[c.level].en}".`,
        `评价等级“${level.zh}”在评价标准中计为“${FeedbackLevel.labels[level.counts].zh}”，与所给“${FeedbackLevel.labels[c.level].zh}”不一致。`,
        c.rating,
      );
    }
  }
  if (c.reasons === undefined) return null;
  if (levelOf(s) === 'satisfied') {
    return refuse('INVALID_ARGUMENT', ['command', 'reasons'], 'Reasons for dissatisfaction go with a rating below satisfied.', '不满意原因只能随“满意”以下的评价给出。', c.reasons);
  }
  for (const [i, code] of c.reasons.entries()) {
    const refused = unlisted(s.policy.dissatisfactionReasons, code, ['command', 'reasons', i], { en: 'dissatisfaction reasons', zh: '不满意原因' });
    if (refused !== null) return refused;
  }
  return null;
}

/** The pending dispute of a disputed order (the last one). */
const currentDispute = (issue: Issue) => issue.disputes[issue.disputes.length - 1];

/** Each guard: null when it holds, else the error that rejects the command. */
const guards: Readonly<Record<IssueGuard, (s: Step) => DomainError | null>> = {
  knownCategory: (s) => {
    const id = (s.command as Of<'classify'>).categoryId;
    if (s.taxonomy === undefined || s.taxonomy.categories.some((c) => c.id === id)) return null;
    return domainError('UNKNOWN_REFERENCE', {
      en: `The taxonomy "${s.taxonomy.id}" has no category "${id}".`,
      zh: `分类体系“${s.taxonomy.id}”中没有编号为“${id}”的分类。`,
      path: ['command', 'categoryId'],
      value: id,
    });
  },
  refusalStands: (s) =>
    (s.command as Of<'classify'>).procedure === 'simple' && refusedLast(the(s))
      ? refuse(
          'GENERAL_PROCEDURE_REFUSED',
          ['command', 'procedure'],
          'The leading body refused this general-procedure matter; it cannot be reclassified as simple to go ahead without the approval (000). Request approval again, or withdraw it.',
          '领导机构已对该一般程序事项不予批准，不得改按简易程序办理以绕过审批（000）。可重新报请批准，或撤回。',
          'simple',
        )
      : null,
  procedureIsGeneral: (s) =>
    the(s).procedure === 'general'
      ? null
      : refuse('PROCEDURE_MISMATCH', ['issue', 'procedure'], 'Only a general-procedure matter goes to the leading body for approval.', '只有一般程序事项需报领导机构批准。', the(s).procedure),
  procedureIsSimple: (s) =>
    the(s).procedure === 'simple'
      ? null
      : refuse(
          'PROCEDURE_MISMATCH',
          ['issue', 'procedure'],
          'Only a simple-procedure matter is served directly; a general-procedure matter is approved and assigned.',
          '只有简易程序事项可直接服务；一般程序事项须经批准后交办。',
          the(s).procedure,
        ),
  approvedIfGeneral: (s) => {
    const refused = approvalRefusal(the(s).procedure, the(s).approval !== null);
    return refused === null ? null : { ...refused, path: ['issue', 'approval'], value: the(s).approval };
  },
  withinReturnWindow: (s) => {
    const used = counted(s, workingDaysBetween(the(s).assignedOn as string, s.today, s.calendar), { from: ['issue', 'assignedOn'], to: AT });
    if (!used.ok) return used.error;
    if (used.value <= s.policy.returnWindowDays) return null;
    return refuse(
      'RETURN_WINDOW_EXPIRED',
      ['issue', 'assignedOn'],
      `An assignment may be returned within ${s.policy.returnWindowDays} working days; ${used.value} have passed since ${the(s).assignedOn}.`,
      `退单须在交办后 ${s.policy.returnWindowDays} 个工作日内提出，自 ${the(s).assignedOn} 起已过 ${used.value} 个工作日。`,
      used.value,
    );
  },
  noPendingExtension: (s) =>
    the(s).extensions.some((e) => e.status === 'pending')
      ? refuse('EXTENSION_ALREADY_PENDING', ['issue', 'extensions'], 'An extension request is already awaiting a decision.', '已有待审批的延期申请。')
      : null,
  extensionsLeft: (s) =>
    the(s).extensions.length < s.policy.maxExtensions
      ? null
      : refuse(
          'EXTENSION_LIMIT_REACHED',
          ['issue', 'extensions'],
          `An assignment may be extended at most ${s.policy.maxExtensions} time(s).`,
          `每次交办最多延期 ${s.policy.maxExtensions} 次。`,
          the(s).extensions.length,
        ),
  dossierRoom: (s) => {
    const { dossier } = the(s);
    const c = s.command as Of<'addToDossier'>;
    const held = dossier.documents.length + dossier.records.length + dossier.evidence.length;
    const adding = (c.documents?.length ?? 0) + (c.records?.length ?? 0) + (c.evidence?.length ?? 0);
    if (held + adding <= s.policy.maxDossierItems) return null;
    return refuse(
      'DOSSIER_FULL',
      ['issue', 'dossier'],
      `The dossier holds ${held} item(s); adding ${adding} would pass the policy's ${s.policy.maxDossierItems}.`,
      `卷宗已有 ${held} 项材料，再增加 ${adding} 项将超过策略规定的 ${s.policy.maxDossierItems} 项。`,
      held,
    );
  },
  extensionNoticeGiven: (s) => {
    const deadline = the(s).deadline as string;
    const left = counted(s, workingDaysBetween(s.today, deadline, s.calendar), { from: AT, to: ['issue', 'deadline'] });
    if (!left.ok) return left.error;
    if (left.value >= s.policy.extensionNoticeDays) return null;
    const state =
      left.value >= 0
        ? { en: `${left.value} are left`, zh: `现仅剩 ${left.value} 个工作日` }
        : { en: `it is ${-left.value} working days overdue`, zh: `现已逾期 ${-left.value} 个工作日` };
    return refuse(
      'EXTENSION_TOO_LATE',
      ['issue', 'deadline'],
      `An extension must be requested at least ${s.policy.extensionNoticeDays} working days before the deadline ${deadline}; ${state.en}.`,
      `延期须在办理期限 ${deadline} 届满前至少 ${s.policy.extensionNoticeDays} 个工作日提出，${state.zh}。`,
      left.value,
    );
  },
  extensionPending: (s) =>
    the(s).extensions.some((e) => e.status === 'pending')
      ? null
      : refuse('NO_PENDING_EXTENSION', ['issue', 'extensions'], 'There is no extension request to decide.', '没有待审批的延期申请。'),
  supervisionRises: (s) => {
    const step = (s.command as Of<'supervise'>).step;
    const current = the(s).supervisionStep;
    if (supervisionStepRank(step) >= supervisionStepRank(current)) return null;
    return refuse(
      'SUPERVISION_STEP_BACKWARDS',
      ['command', 'step'],
      `Supervision has reached "${SupervisionStep.labels[current].en}" and cannot step back to "${SupervisionStep.labels[step].en}".`,
      `督办已到“${SupervisionStep.labels[current].zh}”环节，不能降为“${SupervisionStep.labels[step].zh}”。`,
      step,
    );
  },
  measuresIfUnsolvable: (s) => {
    const c = s.command as Of<'answer'>;
    return c.outcome !== 'unsolvable' || c.measures !== undefined
      ? null
      : refuse(
          'MEASURES_REQUIRED',
          ['command', 'measures'],
          'A problem that cannot be solved for now needs proposed measures, which go up to the leaders (003).',
          '暂不能解决的问题须提出措施建议，报政府领导研究（003）。',
        );
  },
  feedbackPositive: (s) =>
    levelOf(s as Step<Of<'giveFeedback'>>) === 'unsatisfied'
      ? refuse('INVALID_ARGUMENT', ['command', 'level'], 'The enterprise is unsatisfied.', '企业不满意。')
      : null,
  feedbackNegative: (s) =>
    levelOf(s as Step<Of<'giveFeedback'>>) === 'unsatisfied'
      ? null
      : refuse('INVALID_ARGUMENT', ['command', 'level'], 'The enterprise is satisfied.', '企业满意。'),
  notSignedFor: (s) =>
    the(s).signedForAt === null
      ? null
      : refuse('ALREADY_SIGNED_FOR', ['issue', 'signedForAt'], `The department signed for this assignment at ${the(s).signedForAt}.`, `承办部门已于 ${the(s).signedForAt} 签收本次交办。`, the(s).signedForAt),
  signedForFirst: (s) =>
    the(s).signedForAt !== null
      ? null
      : refuse('NOT_SIGNED_FOR', ['issue', 'signedForAt'], 'The department signs for the order (签收) before it contacts the enterprise (首次联系).', '承办部门须先签收工单，再首次联系企业（先签收、后联系）。', null),
  notContacted: (s) =>
    the(s).contactedAt === null
      ? null
      : refuse('ALREADY_CONTACTED', ['issue', 'contactedAt'], `The enterprise was first contacted at ${the(s).contactedAt}.`, `已于 ${the(s).contactedAt} 首次联系企业。`, the(s).contactedAt),
  noPendingPause: (s) =>
    the(s).pauses.some((p) => p.status === 'pending')
      ? refuse('PAUSE_ALREADY_PENDING', ['issue', 'pauses'], 'A pause request is already awaiting a decision.', '已有待审批的挂起申请。')
      : null,
  pausesLeft: (s) =>
    the(s).pauses.length < s.policy.maxPauses
      ? null
      : refuse(
          'PAUSE_LIMIT_REACHED',
          ['issue', 'pauses'],
          `An assignment may be paused at most ${s.policy.maxPauses} time(s), declined requests included.`,
          `每次交办最多申请挂起 ${s.policy.maxPauses} 次（含未获批准的申请）。`,
          the(s).pauses.length,
        ),
  knownPauseReason: (s) => unlisted(s.policy.pauseReasons, (s.command as Of<'requestPause'>).reasonCode, ['command', 'reasonCode'], { en: 'pause reasons', zh: '挂起原因' }),
  pausePending: (s) =>
    the(s).pauses.some((p) => p.status === 'pending')
      ? null
      : refuse('NO_PENDING_PAUSE', ['issue', 'pauses'], 'There is no pause request to decide.', '没有待审批的挂起申请。'),
  pauseGranted: (s) => ((s.command as Of<'decidePause'>).grant ? null : refuse('INVALID_ARGUMENT', ['command', 'grant'], 'The pause is declined.', '不予挂起。')),
  knownDisputeReason: (s) => unlisted(s.policy.disputeReasons, (s.command as Of<'disputeAssignment'>).reasonCode, ['command', 'reasonCode'], { en: 'dispute reasons', zh: '退单理由' }),
  disputeUpheld: (s) => ((s.command as Of<'reviewDispute'>).uphold ? null : refuse('INVALID_ARGUMENT', ['command', 'uphold'], 'The dispute is overruled.', '退单不成立。')),
  disputeOverruled: (s) => ((s.command as Of<'reviewDispute'>).uphold ? refuse('INVALID_ARGUMENT', ['command', 'uphold'], 'The dispute is upheld.', '退单成立。') : null),
  targetGiven: (s) => ((s.command as Of<'reviewDispute'>).departmentId === undefined ? refuse('INVALID_ARGUMENT', ['command', 'departmentId'], 'No department is named.', '未指定改派部门。') : null),
  noTarget: (s) => ((s.command as Of<'reviewDispute'>).departmentId === undefined ? null : refuse('INVALID_ARGUMENT', ['command', 'departmentId'], 'A department is named.', '已指定改派部门。')),
  newDepartment: (s) => {
    const to = (s.command as Of<'redispatch'>).departmentId;
    const lead = s.issue?.state === 'disputed' ? currentDispute(the(s))?.departmentId : the(s).leadDepartmentId;
    return to !== lead
      ? null
      : refuse('SAME_DEPARTMENT', ['command', 'departmentId'], `The order is with "${to}" already; a re-dispatch goes to another department.`, `工单已由“${to}”承办，改派须派往其他部门。`, to);
  },
  notSelf: (s) =>
    (s.command as Of<'merge'>).parentId !== the(s).id
      ? null
      : refuse('MERGE_INTO_SELF', ['command', 'parentId'], 'An order cannot be merged into itself.', '工单不能并入自身。', the(s).id),
  notMerged: (s) =>
    the(s).mergedInto === null
      ? null
      : refuse('MERGED_ORDER', ['issue', 'mergedInto'], `This order was merged into "${the(s).mergedInto}" and closed with it; a complaint is made on the parent order.`, `该工单已并入“${the(s).mergedInto}”并随之销号，请就主单提出投诉。`, the(s).mergedInto),
  knownRating: (s) => ratingRefusal(s as Step<Of<'giveFeedback'>>),
  feedbackWindowPassed: (s) => {
    const answered = the(s).answer?.on ?? s.today;
    const passed = counted(s, workingDaysBetween(answered, s.today, s.calendar), { from: ['issue', 'answer', 'on'], to: AT });
    if (!passed.ok) return passed.error;
    if (passed.value > s.policy.feedbackWindowWorkingDays) return null;
    return refuse(
      'FEEDBACK_WINDOW_OPEN',
      ['issue', 'answer', 'on'],
      `The enterprise has ${s.policy.feedbackWindowWorkingDays} working days after the answer of ${answered} to give feedback; ${passed.value} have passed.`,
      `企业可在 ${answered} 答复后 ${s.policy.feedbackWindowWorkingDays} 个工作日内评价，现已过 ${passed.value} 个工作日，尚不能按未评价销号。`,
      passed.value,
    );
  },
  escalationRises: (s) => downwardRefusal(the(s).escalation, s.command as Of<'escalate'>, ['command', 'rank']),
  archiveComplete: (s) => {
    const check = archiveCheck(the(s));
    if (check.complete) return null;
    return refuse(
      'ARCHIVE_INCOMPLETE',
      ['issue', the(s).procedure === 'simple' ? 'ledgerEntry' : 'dossier'],
      `Before close-out the archive needs: ${check.missing.map((m) => ArchiveItem.labels[m].en.toLowerCase()).join(', ')} (000).`,
      `销号前须补齐：${check.missing.map((m) => ArchiveItem.labels[m].zh).join('、')}（000：立卷归档／台账）。`,
      check.missing,
    );
  },
};

/** The rows of the table by state (`''` for none) and command, in table order, guards compiled. */
const index = /* @__PURE__ */ (() => new Map<string, Map<string, CompiledRow[]>>())();
for (const t of issueTransitions) {
  const key = t.from ?? '';
  let byCommand = index.get(key);
  if (byCommand === undefined) index.set(key, (byCommand = new Map()));
  const row: CompiledRow = { to: t.to, guards: t.guards.map((g) => guards[g]) };
  const rows = byCommand.get(t.command);
  if (rows === undefined) byCommand.set(t.command, [row]);
  else rows.push(row);
}


/**
 * The deadline of an assignment made today under a time limit. A fixed due date must be a working
 * day of the calendar: one on a weekend, holiday or closure is refused with `DUE_DATE_ON_DAY_OFF`
 * naming the next working day, rather than moved silently (qinqing's choice: the assignment slip
 * and the stored deadline stay the same date). The next working day is what the Civil Code would
 * make of it (《民法典》第二百零三条: a period whose last day is a statutory holiday ends on the day
 * after the holiday).
 */
function deadlineOf(s: Step, limit: Exclude<TimeLimit, { readonly hours: number }>): Result<CalendarDate> {
  if ('workingDays' in limit) return counted(s, deadlineAfter(s.today, limit.workingDays, s.calendar), { received: AT, n: ['command', 'timeLimit', 'workingDays'] });
  const DUE_ON: ErrorPath = ['command', 'timeLimit', 'dueOn'];
  if (limit.dueOn < s.today) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `The due date ${limit.dueOn} is before the assignment date ${s.today}.`,
        zh: `办理期限 ${limit.dueOn} 早于交办日期 ${s.today}。`,
        path: DUE_ON,
        value: limit.dueOn,
      }),
    );
  }
  const working = counted(s, isWorkingDay(limit.dueOn, s.calendar), { date: DUE_ON }); // a due date the calendar cannot count from is refused now, not at the first extension
  if (!working.ok) return working;
  if (working.value) return ok(limit.dueOn);
  const next = nextWorkingDay(limit.dueOn, s.calendar);
  const instead = next.ok ? { en: `, e.g. ${next.value}, the next working day`, zh: `，如其后第一个工作日 ${next.value}` } : { en: '', zh: '' };
  return err(
    domainError('DUE_DATE_ON_DAY_OFF', {
      en: `The due date ${limit.dueOn} is not a working day in the calendar "${s.calendar.name.en}"; choose a working day${instead.en} (《民法典》第二百零三条 ends a period falling on a holiday on the day after it).`,
      zh: `办理期限 ${limit.dueOn} 在工作日历「${s.calendar.name.zh}」中不是工作日，请改定为工作日${instead.zh}（《民法典》第二百零三条：期间最后一日是法定休假日的，以休假日结束的次日为期间最后一日）。`,
      path: DUE_ON,
      value: limit.dueOn,
    }),
  );
}

/** The instant a local date ends (its last second) at the policy's offset. */
const endOf = (s: Step, date: CalendarDate): string => `${date}T23:59:59${instantAt(0, s.policy.utcOffsetMinutes).slice(19)}`;

/** The clock names an assignment may set besides handling. */
const otherClocks = ['signFor', 'firstContact', 'answer'] as const;

/** The limits of the other clocks of an assignment (as a command or a stored dispatch gives them). */
type OtherLimits = { readonly [K in (typeof otherClocks)[number]]?: IssueClocks['limits'][K] };

/**
 * The clocks of an assignment made now under a handling limit and the other clocks' limits, with its
 * deadline (the local date handling runs out). A working-day or fixed limit gives the deadline as
 * before; an hour limit runs out that many hours after the command, its deadline the local date then.
 */
function clocksOf(s: Step, handling: TimeLimit, others: OtherLimits | undefined): Result<{ readonly clocks: IssueClocks; readonly deadline: CalendarDate }> {
  const options = { utcOffsetMinutes: s.policy.utcOffsetMinutes };
  let deadline: CalendarDate;
  let due: string;
  if ('hours' in handling) {
    const at = counted(s, dueAt(handling, s.command.at, s.calendar, options), { limit: ['command', 'timeLimit'], from: AT });
    if (!at.ok) return at;
    due = at.value;
    const day = localDay(due, s.policy.utcOffsetMinutes);
    if (!day.ok) return day;
    deadline = day.value;
  } else {
    const d = deadlineOf(s, handling);
    if (!d.ok) return d;
    deadline = d.value;
    due = endOf(s, deadline);
  }
  const limits: Record<string, unknown> = { handling };
  const dues: Record<string, string | null> = { handling: due, signFor: null, firstContact: null, answer: null };
  for (const k of otherClocks) {
    const limit = others?.[k];
    if (limit === undefined) continue;
    const at = counted(s, dueAt(limit, s.command.at, s.calendar, options), { limit: ['command', 'clocks', k], from: AT });
    if (!at.ok) return at;
    limits[k] = limit;
    dues[k] = at.value;
  }
  return ok({ clocks: { startedAt: s.command.at, limits, due: dues } as unknown as IssueClocks, deadline });
}

/** Whether a clock counts in working days (a working-day limit or a fixed due date) rather than hours. */
const inDays = (limit: TimeLimit | undefined): boolean => limit !== undefined && !('hours' in limit);

/**
 * What resuming a paused order credits and moves: the working days from the day the pause was
 * approved to today (`workingDaysBetween`), and the seconds elapsed, each within what the policy's
 * caps leave; every clock not yet met moves by them — working-day clocks by the working days, hour
 * clocks by the seconds — and the deadline with the handling clock.
 */
function resumed(s: Step): Result<IssueChanges> {
  const issue = the(s);
  const at = issue.pauses.findIndex((p) => p.status === 'approved' && p.resumedAt === null);
  const pause = issue.pauses[at];
  if (pause === undefined || pause.decidedAt === null) return ok({});
  const started = localDay(pause.decidedAt, s.policy.utcOffsetMinutes);
  if (!started.ok) return started;
  const days = counted(s, workingDaysBetween(started.value, s.today, s.calendar), { from: ['issue', 'pauses', at, 'decidedAt'], to: AT });
  if (!days.ok) return days;
  const creditedDays = issue.pauses.reduce((n, p) => n + (p.creditedWorkingDays ?? 0), 0);
  const creditedSeconds = issue.pauses.reduce((n, p) => n + (p.creditedSeconds ?? 0), 0);
  const k = Math.max(0, Math.min(days.value, s.policy.maxPausedWorkingDays - creditedDays));
  const elapsed = Math.max(0, Math.floor((instantMs(s.command.at) - instantMs(pause.decidedAt)) / 1000));
  const seconds = Math.max(0, Math.min(elapsed, s.policy.maxPausedHours * 3600 - creditedSeconds));
  const pauses = issue.pauses.map((p, i) => (i === at ? { ...p, resumedAt: s.command.at, creditedWorkingDays: k, creditedSeconds: seconds } : p));
  const changes: { -readonly [K in keyof IssueChanges]: IssueChanges[K] } = { pauses };
  const moveDate = (date: CalendarDate, path: ErrorPath): Result<CalendarDate> => (k === 0 ? ok(date) : counted(s, addWorkingDays(date, k, s.calendar), { date: path }));
  const clocks = issue.clocks;
  if (clocks === null) {
    if (issue.deadline !== null) {
      const moved = moveDate(issue.deadline, ['issue', 'deadline']);
      if (!moved.ok) return moved;
      changes.deadline = moved.value;
    }
    return ok(changes);
  }
  const met = { handling: issue.answeredAt, signFor: issue.signedForAt, firstContact: issue.contactedAt, answer: issue.repliedAt };
  const due: Record<string, string | null> = { ...clocks.due };
  for (const k2 of ['handling', ...otherClocks] as const) {
    const d = clocks.due[k2];
    if (d === null || met[k2] !== null) continue;
    if (inDays(clocks.limits[k2])) {
      const day = localDay(d, s.policy.utcOffsetMinutes);
      if (!day.ok) return day;
      const moved = moveDate(day.value, ['issue', 'clocks', 'due', k2]);
      if (!moved.ok) return moved;
      due[k2] = endOf(s, moved.value);
    } else {
      due[k2] = instantAt(instantMs(d) + seconds * 1000, s.policy.utcOffsetMinutes);
    }
  }
  changes.clocks = { ...clocks, due } as IssueClocks;
  if (inDays(clocks.limits.handling)) {
    if (issue.deadline !== null) {
      const moved = moveDate(issue.deadline, ['issue', 'deadline']);
      if (!moved.ok) return moved;
      changes.deadline = moved.value;
    }
  } else {
    const day = localDay(due['handling'] as string, s.policy.utcOffsetMinutes);
    if (!day.ok) return day;
    changes.deadline = day.value;
  }
  return ok(changes);
}

/**
 * The fields a new assignment or a re-dispatch resets, those whose value is not already the reset
 * one only (so an event records what changed).
 */
function resetting(issue: Issue): IssueChanges {
  const out: Record<string, unknown> = {};
  if (issue.signedForAt !== null) out['signedForAt'] = null;
  if (issue.contactedAt !== null) out['contactedAt'] = null;
  if (issue.repliedAt !== null) out['repliedAt'] = null;
  if (issue.answeredAt !== null) out['answeredAt'] = null;
  if (issue.pauses.length > 0) out['pauses'] = [];
  if (issue.callbacks.length > 0) out['callbacks'] = [];
  if (issue.rating !== null) out['rating'] = null;
  if (issue.dissatisfaction.length > 0) out['dissatisfaction'] = [];
  return out as IssueChanges;
}

/** The assignment fields after an assignment made now (a dispatch, or a re-dispatch that restarts the clocks). */
function assignment(s: Step, departmentId: string, coHandlerIds: readonly string[], handling: TimeLimit, others: OtherLimits | undefined): Result<IssueChanges> {
  const made = clocksOf(s, handling, others);
  if (!made.ok) return made;
  return ok({
    ...resetting(the(s)),
    leadDepartmentId: departmentId,
    coHandlerIds: [...coHandlerIds],
    assignedOn: s.today,
    deadline: made.value.deadline,
    clocks: made.value.clocks,
    extensions: [],
    supervisionStep: 'unsupervised', // supervision restarts with the assignment; the escalation does not
  });
}

/**
 * A re-dispatch (改派, or an upheld dispute) to another department: the clocks restart from now
 * with the command's handling limit or the current one (policy `redispatchClock: 'restart'`), or
 * continue as they were (`'continue'`, and always without a new limit for an order assigned before
 * event 2.2 or due on a fixed date, which a restart could not move; the pauses credited so far stay in its due instants); sign-for, contact and the pause
 * allowance start again with the new department.
 */
function redispatched(s: Step, departmentId: string, coHandlerIds: readonly string[] | undefined, handling: TimeLimit | undefined): Result<IssueChanges> {
  const issue = the(s);
  const co = coHandlerIds ?? issue.coHandlerIds;
  const limits = issue.clocks?.limits;
  // A fixed due date (`{ dueOn }`) does not restart: without a new limit the clocks continue.
  const limit = handling ?? (limits === undefined || 'dueOn' in limits.handling ? undefined : limits.handling);
  const count = { redispatchCount: issue.redispatchCount + 1 };
  if (s.policy.redispatchClock === 'restart' && limit !== undefined) {
    const made = assignment(s, departmentId, co, limit, limits);
    return made.ok ? ok({ ...made.value, ...count }) : made;
  }
  return ok({ ...resetting(issue), leadDepartmentId: departmentId, coHandlerIds: [...co], ...count });
}

/** What an answer sets besides itself: when it came, the first reply if none came before, and a fresh evaluation. */
function answered(s: Step): IssueChanges {
  const issue = the(s);
  return {
    answeredAt: s.command.at,
    ...(issue.repliedAt === null ? { repliedAt: s.command.at } : {}),
    ...(issue.callbacks.length > 0 ? { callbacks: [] } : {}),
    ...(issue.rating !== null ? { rating: null } : {}),
    ...(issue.dissatisfaction.length > 0 ? { dissatisfaction: [] } : {}),
  };
}

/** The fields a return clears (退单): the assignment and its clocks. */
function returning(s: Step, reason: string): IssueChanges {
  const issue = the(s);
  return {
    ...resetting(issue),
    returns: [...issue.returns, { departmentId: issue.leadDepartmentId as string, on: s.today, reason }],
    leadDepartmentId: null,
    coHandlerIds: [],
    assignedOn: null,
    deadline: null,
    ...(issue.clocks === null ? {} : { clocks: null }),
    extensions: [],
    supervisionStep: 'unsupervised',
  };
}

/** The fields of an issue before its submission event fills them in (frozen: shared by every new issue). */
const blank: IssueFields = /* @__PURE__ */ deepFreeze({
  id: '',
  enterpriseId: '',
  title: '',
  description: '',
  channel: 'selfReport',
  origin: 'application',
  state: 'submitted',
  submittedAt: '',
  categoryId: null,
  scope: null,
  nature: null,
  procedure: null,
  approval: null,
  batchId: null,
  leadDepartmentId: null,
  coHandlerIds: [],
  assignedOn: null,
  deadline: null,
  extensions: [],
  returns: [],
  supervisionStep: 'unsupervised',
  escalation: null,
  answer: null,
  feedback: null,
  ledgerEntry: null,
  dossier: { documents: [], records: [], evidence: [] },
  reopenCount: 0,
  closedAt: null,
  ...blankAddedIn22,
});

/**
 * What a submission sets: every field but the id, the state and the fields event 2.2 added (whose
 * blank values every issue starts from, so a submission need not record them).
 */
const initialFields = /* @__PURE__ */ (() => {
  const { id: _id, state: _state, ...fields } = blank as unknown as Record<string, unknown>;
  return deepFreeze(withoutAddedIn22(fields)) as IssueChanges;
})();

/** Each command's effect: the fields it sets (guards have already held). */
const effects: { readonly [T in IssueCommand['type']]: (s: Step<Of<T>>) => Result<IssueChanges> } = {
  submit: ({ command: c }) =>
    ok({
      ...initialFields,
      enterpriseId: c.enterpriseId,
      title: c.title,
      description: c.description ?? '',
      channel: c.channel,
      origin: c.origin,
      submittedAt: c.at,
      categoryId: c.categoryId ?? null,
    }),
  classify: ({ command: c }) =>
    ok({
      categoryId: c.categoryId,
      scope: c.scope,
      nature: c.nature,
      procedure: c.procedure,
      ...(c.batchId === undefined ? {} : { batchId: c.batchId }),
    }),
  requestApproval: () => ok({}),
  approve: (s) => ok({ approval: { by: s.command.actor.id, on: s.today } }),
  refuseApproval: () => ok({}),
  assign: (s) => {
    const c = s.command;
    const made = assignment(s, c.departmentId, c.coHandlerIds ?? [], c.timeLimit, c.clocks);
    if (!made.ok) return made;
    return ok({ ...made.value, answer: null, feedback: null, ...(c.batchId === undefined ? {} : { batchId: c.batchId }) });
  },
  returnAssignment: (s) => ok(returning(s, s.command.reason)),
  requestExtension: (s) =>
    ok({
      extensions: [
        ...the(s).extensions,
        { requestedOn: s.today, workingDays: s.command.workingDays, reason: s.command.reason, status: 'pending', decidedOn: null },
      ],
    }),
  decideExtension: (s) => {
    const issue = the(s);
    const pending = issue.extensions.findIndex((e) => e.status === 'pending');
    const request = issue.extensions[pending];
    if (request === undefined) return ok({});
    const extensions = issue.extensions.map((e, i) =>
      i === pending ? { ...e, status: s.command.grant ? ('granted' as const) : ('refused' as const), decidedOn: s.today } : e,
    );
    if (!s.command.grant) return ok({ extensions });
    const deadline = counted(s, addWorkingDays(issue.deadline as string, request.workingDays, s.calendar), {
      date: ['issue', 'deadline'],
      n: ['issue', 'extensions', pending, 'workingDays'],
    });
    if (!deadline.ok) return deadline;
    // The handling clock runs out at the end of the extended deadline.
    const clocks = issue.clocks === null ? {} : { clocks: { ...issue.clocks, due: { ...issue.clocks.due, handling: endOf(s, deadline.value) } } };
    return ok({ extensions, deadline: deadline.value, ...clocks });
  },
  supervise: (s) => {
    const { actor, jointWith } = s.command;
    if (jointWith !== undefined && jointWith.id === actor.id) {
      return err(
        refuse(
          'JOINT_SUPERVISION_SAME_BODY',
          ['command', 'jointWith', 'id'],
          `A joint supervision step is taken by two bodies: jointWith names "${jointWith.id}", the actor itself.`,
          `联合督办须由两个不同单位进行：jointWith 所列“${jointWith.id}”即操作人本身。`,
          jointWith.id,
        ),
      );
    }
    return ok({ supervisionStep: s.command.step });
  },
  serve: (s) => {
    const c = s.command;
    return ok({
      answer: { outcome: c.outcome, summary: c.summary, mode: c.mode, measures: null, on: s.today },
      ledgerEntry: { on: s.today, mode: c.mode, summary: c.summary },
      feedback: null,
      ...answered(s),
    });
  },
  answer: (s) => {
    const c = s.command;
    const answer = { outcome: c.outcome, summary: c.summary, mode: c.mode, measures: c.measures ?? null, on: s.today };
    return ok(
      the(s).procedure === 'simple'
        ? { answer, feedback: null, ledgerEntry: { on: s.today, mode: c.mode, summary: c.summary }, ...answered(s) }
        : { answer, feedback: null, ...answered(s) },
    );
  },
  giveFeedback: (s) => {
    const issue = the(s);
    const c = s.command;
    const level = levelOf(s) as FeedbackLevel;
    const changes: { -readonly [K in keyof IssueChanges]: IssueChanges[K] } = { feedback: level };
    if (c.rating !== undefined || issue.rating !== null) changes.rating = c.rating ?? null;
    if (c.reasons !== undefined || issue.dissatisfaction.length > 0) changes.dissatisfaction = c.reasons === undefined ? [] : [...c.reasons];
    if (level !== 'unsatisfied') {
      if (issue.fixBy !== null) changes.fixBy = null;
      return ok(changes);
    }
    // Every bad rating (差评) is reopened with a date its fix is due, and supervised (好差评).
    const fixBy = counted(s, deadlineAfter(s.today, s.policy.fixWorkingDays, s.calendar), { received: AT, n: ['context', 'policy', 'fixWorkingDays'] });
    if (!fixBy.ok) return fixBy;
    changes.fixBy = fixBy.value;
    changes.reopenCount = issue.reopenCount + 1;
    return ok(changes);
  },
  close: (s) => ok({ closedAt: s.command.at }),
  complain: (s) => ok({ reopenCount: the(s).reopenCount + 1, closedAt: null }),
  withdraw: () => ok({}),
  signFor: (s) => ok({ signedForAt: s.command.at }),
  contact: (s) => ok({ contactedAt: s.command.at }),
  reply: (s) => ok(the(s).repliedAt === null ? { repliedAt: s.command.at } : {}),
  requestPause: (s) =>
    ok({
      pauses: [
        ...the(s).pauses,
        { reasonCode: s.command.reasonCode, reason: s.command.reason ?? '', requestedAt: s.command.at, status: 'pending', decidedAt: null, resumedAt: null, creditedWorkingDays: null, creditedSeconds: null },
      ],
    }),
  decidePause: (s) =>
    ok({
      pauses: the(s).pauses.map((p) => (p.status === 'pending' ? { ...p, status: s.command.grant ? ('approved' as const) : ('declined' as const), decidedAt: s.command.at } : p)),
    }),
  resume: (s) => resumed(s),
  disputeAssignment: (s) => {
    const issue = the(s);
    const c = s.command;
    return ok({
      disputes: [
        ...issue.disputes,
        { departmentId: issue.leadDepartmentId as string, requestedAt: c.at, reasonCode: c.reasonCode, reason: c.reason ?? '', status: 'pending', decidedAt: null, redispatchedTo: null },
      ],
    });
  },
  reviewDispute: (s) => {
    const issue = the(s);
    const c = s.command;
    const last = issue.disputes.length - 1;
    const dispute = issue.disputes[last];
    if (dispute === undefined) return ok({});
    const to = c.uphold ? (c.departmentId ?? null) : null;
    const disputes = issue.disputes.map((d, i) => (i === last ? { ...d, status: c.uphold ? ('upheld' as const) : ('overruled' as const), decidedAt: c.at, redispatchedTo: to } : d));
    if (!c.uphold) return ok({ disputes });
    const reason = dispute.reason !== '' ? dispute.reason : (s.policy.disputeReasons.find((r) => r.id === dispute.reasonCode)?.zh ?? dispute.reasonCode);
    if (to === null) return ok({ ...returning(s, reason), disputes });
    const moved = redispatched(s, to, c.coHandlerIds, c.timeLimit);
    if (!moved.ok) return moved;
    return ok({ ...moved.value, disputes, returns: [...issue.returns, { departmentId: dispute.departmentId, on: s.today, reason }] });
  },
  redispatch: (s) => redispatched(s, s.command.departmentId, s.command.coHandlerIds, s.command.timeLimit),
  merge: (s) => ok({ mergedInto: s.command.parentId }),
  callBack: (s) => ok({ callbacks: [...the(s).callbacks, { at: s.command.at, reached: s.command.reached }] }),
  closeUnrated: (s) => ok({ closedAt: s.command.at, closedUnrated: true, rating: s.policy.evaluationScale.levels.find((l) => l.counts === null)?.id ?? null }),
  // Only what the command adds (issue 16; event version 2.1): the event's size does not grow with the dossier.
  addToDossier: ({ command: c }) => {
    const added: { -readonly [K in keyof DossierAdded]: string[] } = {};
    for (const k of dossierLists) {
      const items = c[k];
      if (items !== undefined && items.length > 0) added[k] = [...items];
    }
    return ok(added.documents === undefined && added.records === undefined && added.evidence === undefined ? {} : { dossierAdded: added });
  },
  escalate: (s) => {
    const c = s.command;
    return ok({
      escalation: {
        holder: c.holder,
        portfolio: c.portfolio ?? null,
        step: c.step ?? null,
        rank: c.rank,
        ruleId: c.ruleId ?? null,
        ladderId: c.ladderId ?? null,
        on: s.today,
      },
    });
  },
};

function invalidTransition(state: IssueState | null, type: IssueCommand['type']): DomainError {
  const allowed = [...(index.get(state ?? '')?.keys() ?? [])];
  const zhState = state === null ? '（尚未提交）' : IssueState.labels[state].zh;
  return domainError('INVALID_TRANSITION', {
    en: `"${type}" is not allowed ${state === null ? 'before the issue is submitted' : `in state "${state}"`}; allowed: ${allowed.join(', ') || 'nothing'}.`,
    zh: `诉求${zhState}时不能“${IssueCommandType.labels[type].zh}”；可执行：${allowed.map((a) => IssueCommandType.labels[a as IssueCommand['type']].zh).join('、') || '无'}。`,
    path: ['command', 'type'],
    value: type,
  });
}

/**
 * Decides a command against an issue without changing anything: the audit event it would record,
 * or the typed error that rejects it (the Decider's `decide`). The command is trusted to be valid
 * data; parse outside input first with {@link safeParseIssueCommand}.
 *
 * @param issue - The issue, or null for a `submit` that creates it.
 * @param command - The command.
 * Checked first, whatever the context: the role law (`issueRoleLaw`: only the enterprise gives
 * feedback or complains, and for itself; only the leading body approves; neither the enterprise nor
 * a department closes), then the access check of `context.access`. Errors name the caller's
 * arguments in their paths: `command.at`, `issue.deadline`, `context.access`, ….
 *
 * @param issue - The issue, or null for a `submit` that creates it.
 * @param command - The command.
 * @param context - The calendar, the access check (or {@link UNSAFE_NO_ACCESS_CHECK}), and
 *   optionally the lifecycle policy and the taxonomy.
 * @returns The event, or `FORBIDDEN` (the role law, then the access policy), `INVALID_ARGUMENT`
 *   (a context without `access`, …), `INVALID_TRANSITION`, `ISSUE_MISMATCH`,
 *   `TIME_BEFORE_LAST_EVENT`, a guard's code (`GENERAL_PROCEDURE_NOT_APPROVED`,
 *   `GENERAL_PROCEDURE_REFUSED`, `DUE_DATE_ON_DAY_OFF`, `EXTENSION_TOO_LATE`, …) or a calendar error.
 * @example
 * ```ts
 * const context = { calendar: chinaCalendar, access: { policy: defaultAccessPolicy, subject: { ...office, level: 'city' } } } as const;
 * decideIssue(confirmed, { type: 'close', issueId: confirmed.id, actor: office, at }, context).ok; // true
 * // The handling department may not strike the issue off, whatever the policy (003: 交办销号):
 * const handler = { id: 'h1', role: 'departmentHandler' } as const;
 * const r = decideIssue(confirmed, { type: 'close', issueId: confirmed.id, actor: handler, at }, { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK });
 * r.ok || [r.error.code, r.error.path]; // ['FORBIDDEN', ['command', 'actor', 'role']]
 * ```
 * @category Issue
 */
export function decideIssue(issue: Issue | null, command: IssueCommand, context: IssueContext): CalendarResult<IssueEvent> {
  const seen = { provisional: false };
  const decided = decide(issue, command, context, seen);
  return isError(decided) ? { ok: false, error: decided } : { ok: true, value: decided, provisional: seen.provisional };
}

const ACCESS: ErrorPath = ['context', 'access'];

/**
 * What keeps a context from being used, or null: not an object; no `access` (a JavaScript caller
 * that left it out is refused, never run unchecked); an `access` that is neither
 * {@link UNSAFE_NO_ACCESS_CHECK} nor `{ policy, subject }`; a policy that `AccessPolicySchema`
 * refuses or a calendar that `WorkCalendarSchema` refuses (each object checked once). A malformed
 * subject is left to the access check, which refuses it with `FORBIDDEN` naming the attribute.
 */
function contextProblem(context: IssueContext): DomainError | null {
  if (context === null || typeof context !== 'object') {
    return domainError('INVALID_ARGUMENT', {
      en: `context must be an object { calendar, access, … }; received ${context === null ? 'null' : typeof context}.`,
      zh: `context 应为对象 { calendar, access, … }，实际为 ${context === null ? 'null' : typeof context}。`,
      path: ['context'],
    });
  }
  const access: unknown = context.access;
  if (access !== UNSAFE_NO_ACCESS_CHECK) {
    if (access === null || typeof access !== 'object') {
      const got = access === undefined ? { en: 'it is missing', zh: '缺失' } : { en: `received ${typeof access === 'string' ? JSON.stringify(access.slice(0, 40)) : access === null ? 'null' : typeof access}`, zh: `实际为 ${typeof access === 'string' ? JSON.stringify(access.slice(0, 40)) : access === null ? 'null' : typeof access}` };
      return domainError('INVALID_ARGUMENT', {
        en: `context.access is required: pass { policy, subject } (e.g. defaultAccessPolicy and the subject the app authenticated), or UNSAFE_NO_ACCESS_CHECK to run without the access check; ${got.en}.`,
        zh: `context.access 为必填项：请传入 { policy, subject }（如 defaultAccessPolicy 与应用认证的访问主体），或以 UNSAFE_NO_ACCESS_CHECK 明示不做权限检查；现${got.zh}。`,
        path: ACCESS,
        value: access,
      });
    }
    const problem = checkedOnce(AccessPolicySchema, (access as Partial<IssueAccess>).policy);
    if (problem !== null) return argumentError(problem, [...ACCESS, 'policy'], { en: 'a valid access policy', zh: '有效的访问权限规则' });
  }
  return calendarProblem(context.calendar, ['context', 'calendar']);
}

/**
 * The refusal of the role law (`issueRoleLaw`), checked first whatever the access: the actor's role
 * must be one the law lets issue the command, and an enterprise must act for itself — as its actor
 * says, or else as the enterprise subject of the access says.
 */
function lawRefusal(issue: Issue | null, command: IssueCommand, access: IssueAccess | null): DomainError | null {
  const subject = access?.subject as Partial<IssueAccess['subject']> | null | undefined;
  const speaksFor = subject?.role === 'enterprise' && typeof subject.enterpriseId === 'string' ? subject.enterpriseId : undefined;
  const d = checkRoleLaw(issue, command, speaksFor);
  if (d.allowed) return null;
  const fromSubject = d.path[0] === 'speaksFor';
  return domainError('FORBIDDEN', {
    en: d.reason.en,
    zh: d.reason.zh,
    path: fromSubject ? [...ACCESS, 'subject', 'enterpriseId'] : ['command', ...d.path],
    value: fromSubject ? speaksFor : d.path[1] === 'role' ? command.actor.role : command.actor.enterpriseId,
  });
}

/** Whether a decision is a rejection. */
const isError = (x: IssueEvent | DomainError): x is DomainError => (x as Partial<DomainError>).messageZh !== undefined;

/**
 * {@link decideIssue} without the Result wrapper, so the hot path allocates less; `seen.provisional`
 * is set when a count or deadline rests on a provisional year of the calendar.
 */
function decide(issue: Issue | null, command: IssueCommand, context: IssueContext, seen: { provisional: boolean }): IssueEvent | DomainError {
  const unusable = contextProblem(context);
  if (unusable !== null) return unusable;
  const access = context.access === UNSAFE_NO_ACCESS_CHECK ? null : context.access;
  const lawless = lawRefusal(issue, command, access);
  if (lawless !== null) return lawless;
  if (access !== null) {
    const refused = accessRefusal(issue, command, access);
    if (refused !== null) return refused;
  }
  if (issue !== null && command.issueId !== issue.id) {
    return domainError('ISSUE_MISMATCH', {
      en: `The command is for issue "${command.issueId}", not "${issue.id}".`,
      zh: `该操作针对诉求“${command.issueId}”，而非“${issue.id}”。`,
      path: ['command', 'issueId'],
      value: command.issueId,
    });
  }
  const state = issue === null ? null : issue.state;
  const rows = index.get(state ?? '')?.get(command.type);
  if (rows === undefined) return invalidTransition(state, command.type);
  const last = issue === null ? undefined : lastEvent(issue);
  if (last !== undefined && isBefore(command.at, last.at)) {
    return domainError('TIME_BEFORE_LAST_EVENT', {
      en: `The command is dated ${command.at}, before the issue's last event at ${last.at}.`,
      zh: `操作时间 ${command.at} 早于该诉求最近一次记录的时间 ${last.at}。`,
      path: AT,
      value: command.at,
    });
  }
  const policy = context.policy ?? defaultLifecyclePolicy;
  const today = renamed(localDay(command.at, policy.utcOffsetMinutes), { instant: AT });
  if (!today.ok) return today.error;
  const step: Step = { issue, command, calendar: context.calendar, policy, taxonomy: context.taxonomy, today: today.value, provisional: false };
  let chosen: CompiledRow | undefined;
  let firstError: DomainError | undefined;
  for (const row of rows) {
    let failed: DomainError | null = null;
    for (const guard of row.guards) {
      failed = guard(step);
      if (failed !== null) break;
    }
    if (failed === null) {
      chosen = row;
      break;
    }
    firstError ??= failed;
  }
  if (chosen === undefined) return firstError as DomainError;
  const changes = (effects[command.type] as (s: Step) => Result<IssueChanges>)(step);
  if (!changes.ok) return changes.error;
  seen.provisional = step.provisional;
  // The event chains to the last one the issue holds (its history, or the tail after a snapshot).
  let event: { -readonly [K in keyof IssueEvent]: IssueEvent[K] } = {
    schemaVersion: issueEventSchemaVersion,
    issueId: command.issueId,
    seq: last === undefined ? 1 : last.seq + 1,
    type: command.type,
    actor: command.actor,
    at: command.at,
    from: state,
    to: chosen.to,
    changes: changes.value,
    note: command.note ?? null,
    digest: '',
  };
  // Version 2.3: the second body of a joint supervision step (联合督办, 003), on its own top-level field
  // before the digest; every other event keeps the one shape above.
  if (command.type === 'supervise' && command.jointWith !== undefined) {
    const { digest: _unset, ...fields } = event;
    event = { ...fields, jointWith: { id: command.jointWith.id, role: command.jointWith.role }, digest: '' };
  }
  const digest = digestAfter(last === undefined ? GENESIS_DIGEST : last.digest, event);
  if (typeof digest !== 'string') return unhashable(digest);
  event.digest = digest;
  return event;
}

/** The refusal of a command whose event would not be JSON data (a text with a lone surrogate): it could be neither hashed nor stored. */
function unhashable(problem: DomainError): DomainError {
  const at = problem.path === undefined || problem.path.length === 0 ? '' : dotted(problem.path);
  return domainError('INVALID_INPUT', {
    en: `The event this command would record has no canonical JSON, so it can be neither hashed nor stored: at ${at}, ${problem.message}`,
    zh: `该操作将记录的事件无法生成规范 JSON，既不能计算摘要也不能存储：位置 ${at}，${problem.messageZh}`,
    path: ['command'],
  });
}

/**
 * The issue `i` with event `e` applied: its changes, its target state, and `e` appended to the
 * history of `before` (see `withHistory`). The copy of `i` is written out field by field in schema
 * order, so every issue has one shape and one key order (fast property access, stable JSON); then
 * only the few keys the event changed are written over it, and the history comes last. The items a
 * 2.1 `addToDossier` event adds are appended to a copy of the dossier's lists: O(d + a) in its items
 * and the added.
 */
function patched(i: IssueFields, e: IssueEvent, before: Issue | null): Issue {
  const c = e.changes;
  const out: Record<string, unknown> = {
    id: i.id,
    enterpriseId: i.enterpriseId,
    title: i.title,
    description: i.description,
    channel: i.channel,
    origin: i.origin,
    state: e.to,
    submittedAt: i.submittedAt,
    categoryId: i.categoryId,
    scope: i.scope,
    nature: i.nature,
    procedure: i.procedure,
    approval: i.approval,
    batchId: i.batchId,
    leadDepartmentId: i.leadDepartmentId,
    coHandlerIds: i.coHandlerIds,
    assignedOn: i.assignedOn,
    deadline: i.deadline,
    extensions: i.extensions,
    returns: i.returns,
    supervisionStep: i.supervisionStep,
    escalation: i.escalation,
    answer: i.answer,
    feedback: i.feedback,
    ledgerEntry: i.ledgerEntry,
    dossier: i.dossier,
    reopenCount: i.reopenCount,
    closedAt: i.closedAt,
    clocks: i.clocks,
    signedForAt: i.signedForAt,
    contactedAt: i.contactedAt,
    repliedAt: i.repliedAt,
    answeredAt: i.answeredAt,
    pauses: i.pauses,
    disputes: i.disputes,
    redispatchCount: i.redispatchCount,
    mergedInto: i.mergedInto,
    rating: i.rating,
    dissatisfaction: i.dissatisfaction,
    fixBy: i.fixBy,
    callbacks: i.callbacks,
    closedUnrated: i.closedUnrated,
  };
  for (const k in c) if (k !== 'dossierAdded') out[k] = c[k as keyof IssueChanges];
  // Version 2.1's addToDossier carries the items added (2.0's, the whole dossier under `dossier`).
  if (c.dossierAdded !== undefined) out['dossier'] = withAdded(i.dossier, c.dossierAdded);
  return withHistory(out, before, e);
}


/**
 * Applies an audit event to an issue and returns the new issue (the Decider's `evolve`); the input
 * is not changed, and never sees the event in its history. Trusts the event: use
 * `verifyIssueHistory` / `replayIssue` to check a stored history.
 *
 * O(1) amortised whatever the history's length (issue 16): successive versions share one log, and
 * each version's `history` is a real array made on its first read (O(n) in the history, then kept).
 * Evolving an older version again (a fork), or an issue that `evolveIssue` did not build (parsed
 * from storage, a spread or `structuredClone` copy), copies its history once: O(n) in its length.
 *
 * @param issue - The issue, or null for the `submit` event that creates it.
 * @param event - The event.
 * @returns The issue after the event, with the event appended to its history.
 * @example
 * ```ts
 * evolveIssue(null, submitEvent).state; // 'submitted'
 * ```
 * @category Issue
 */
export function evolveIssue(issue: Issue | null, event: IssueEvent): Issue {
  return issue === null ? patched({ ...blank, id: event.issueId }, event, null) : patched(issue, event, issue);
}

/**
 * Executes a command on an issue: decides it and, when accepted, returns the new issue together with
 * the audit event to store (who, when, command, from-state, to-state, what changed). A rejected
 * command returns the typed error; the input issue is never changed.
 *
 * @param issue - The issue, or null for a `submit`.
 * @param command - The command (trusted; parse outside input with {@link safeParseIssueCommand}).
 * @param context - The calendar, the access check (or {@link UNSAFE_NO_ACCESS_CHECK}), and
 *   optionally the lifecycle policy and the taxonomy.
 * @returns `{ issue, event }`, or the error that rejected the command (`FORBIDDEN` first: the role
 *   law, then the access policy; see {@link decideIssue}).
 * @example
 * ```ts
 * const actor = { id: 'e1', role: 'enterprise', enterpriseId: 'e1' } as const;
 * const access = { policy: defaultAccessPolicy, subject: { ...actor, level: 'city' } } as const;
 * const r = executeIssueCommand(null, { type: 'submit', issueId: 'i1', enterpriseId: 'e1', title: '用电增容',
 *   channel: 'hotline', origin: 'application', actor, at: '2026-09-28T09:00:00+08:00' }, { calendar: chinaCalendar, access });
 * r.ok && r.value.issue.state; // 'submitted'
 * ```
 * @category Issue
 */
export function executeIssueCommand(
  issue: Issue | null,
  command: IssueCommand,
  context: IssueContext,
): CalendarResult<{ readonly issue: Issue; readonly event: IssueEvent }> {
  const seen = { provisional: false };
  const event = decide(issue, command, context, seen);
  return isError(event) ? { ok: false, error: event } : { ok: true, value: { issue: evolveIssue(issue, event), event }, provisional: seen.provisional };
}
