/**
 * A small model of the issue lifecycle for the model-based property test, written from DOMAIN.md
 * §5–§6 and the guard descriptions rather than from the transition table: which commands each
 * state allows, what each guard demands, and the few facts about the issue that decide them. It
 * uses the calendar module for working-day arithmetic and nothing of the lifecycle itself.
 */
import { type ErrorCode } from '../../src/index.js';
import {
  addWorkingDays,
  deadlineAfter,
  isWorkingDay,
  localDateOf,
  workingDaysBetween,
  type WorkCalendar,
} from '../../src/calendar/index.js';
import {
  type ActorRole,
  type IssueCommand,
  type IssueCommandType,
  type IssueState,
  type LifecyclePolicy,
  type TimeLimit,
  type Procedure,
  type SupervisionStep,
} from '../../src/issue/index.js';

/** An escalation as recorded: every optional part of the command as null when absent. */
export interface ModelEscalation {
  readonly holder: string;
  readonly portfolio: string | null;
  readonly step: string | null;
  readonly rank: number;
  readonly ruleId: string | null;
  readonly ladderId: string | null;
  readonly on: string;
}

/** What the model remembers about the issue. */
export interface IssueModel {
  readonly id: string | null;
  readonly state: IssueState | null;
  readonly procedure: Procedure | null;
  readonly approved: boolean;
  readonly assignedOn: string | null;
  readonly deadline: string | null;
  /** Extension requests against the current assignment, decided or not. */
  readonly extensions: number;
  /** Working days asked for by the pending extension request, or null. */
  readonly pendingDays: number | null;
  readonly supervision: SupervisionStep;
  readonly reopenCount: number;
  readonly hasAnswer: boolean;
  readonly hasLedger: boolean;
  readonly documents: number;
  readonly records: number;
  readonly evidence: number;
  /**
   * The escalation as the model remembers it: where the issue went up to and at which rank, on
   * which local date; null until escalated. Nothing but a higher or equal escalation replaces it.
   */
  readonly escalation: ModelEscalation | null;
  /** Whether the leading body's last decision on approval was a refusal (不予批准). */
  readonly refusedLast: boolean;
  /** The lead department of the current assignment, or null. */
  readonly lead: string | null;
  /** The handling limit of the current assignment (to restart it on a re-dispatch), or null. */
  readonly limit: TimeLimit | null;
  /** For an hour limit, when handling runs out (ms); null for a working-day or fixed limit. */
  readonly dueMs: number | null;
  /** Whether the department signed for and contacted the enterprise on the current assignment. */
  readonly signed: boolean;
  readonly contacted: boolean;
  /** Pause requests on the current assignment, whether one is pending, and the running pause's start. */
  readonly pauses: number;
  readonly pausePending: boolean;
  readonly pausedAt: number | null;
  /** Working days and seconds of pause credited on the current assignment. */
  readonly creditedDays: number;
  readonly creditedSeconds: number;
  /** The department whose dispute awaits review, or null; disputes raised in all. */
  readonly disputedBy: string | null;
  readonly disputes: number;
  readonly redispatchCount: number;
  readonly mergedInto: string | null;
  /** The local date of the last answer, or null. */
  readonly answerOn: string | null;
  /** A bad rating's fix-by date, or null. */
  readonly fixBy: string | null;
  readonly closedUnrated: boolean;
  /** The instant of the last accepted command, in ms. */
  readonly lastAt: number | null;
  /** How many commands were accepted. */
  readonly accepted: number;
}

export const emptyModel: IssueModel = {
  id: null,
  state: null,
  procedure: null,
  approved: false,
  assignedOn: null,
  deadline: null,
  extensions: 0,
  pendingDays: null,
  supervision: 'unsupervised',
  reopenCount: 0,
  hasAnswer: false,
  hasLedger: false,
  documents: 0,
  records: 0,
  evidence: 0,
  escalation: null,
  refusedLast: false,
  lead: null,
  limit: null,
  dueMs: null,
  signed: false,
  contacted: false,
  pauses: 0,
  pausePending: false,
  pausedAt: null,
  creditedDays: 0,
  creditedSeconds: 0,
  disputedBy: null,
  disputes: 0,
  redispatchCount: 0,
  mergedInto: null,
  answerOn: null,
  fixBy: null,
  closedUnrated: false,
  lastAt: null,
  accepted: 0,
};

/**
 * Whether the sources forbid the role the command, whatever any access policy says: only the
 * enterprise gives feedback and complains (001, 002); only the leading body approves or refuses a
 * general procedure (000); neither the enterprise nor a department strikes an issue off (003:
 * 交办销号).
 */
export function lawForbids(role: ActorRole, type: IssueCommandType): boolean {
  switch (type) {
    case 'giveFeedback':
    case 'complain':
      return role !== 'enterprise';
    case 'approve':
    case 'refuseApproval':
      return role !== 'leadingBody';
    case 'close':
    case 'closeUnrated':
      return role === 'enterprise' || role === 'departmentHandler' || role === 'departmentHead';
    case 'decidePause':
    case 'reviewDispute':
      // 国办函〔2025〕66号: the assigning side reviews disputes; issue 17: the office approves pauses.
      return !['leadingGroupOffice', 'efficiencyOffice', 'leadingBody', 'cityLeader', 'system'].includes(role);
    default:
      return false;
  }
}

/**
 * What each state allows (DOMAIN.md §5, §6); `new` is before the issue exists. An issue is escalated
 * while it is being worked on, from acceptance to the answer: not before it is classified, not once
 * the enterprise has confirmed the answer.
 */
export const allowedCommands: Readonly<Record<IssueState | 'new', readonly IssueCommandType[]>> = {
  new: ['submit'],
  submitted: ['classify', 'withdraw', 'merge'],
  accepted: ['classify', 'requestApproval', 'assign', 'serve', 'withdraw', 'escalate', 'merge'],
  pendingApproval: ['approve', 'refuseApproval', 'withdraw', 'addToDossier', 'escalate'],
  approved: ['assign', 'withdraw', 'addToDossier', 'escalate'],
  // Issue 17: sign for, contact, reply, pause, dispute, re-dispatch and merge an assigned order.
  assigned: ['returnAssignment', 'requestExtension', 'decideExtension', 'supervise', 'answer', 'withdraw', 'addToDossier', 'escalate', 'signFor', 'contact', 'reply', 'requestPause', 'decidePause', 'disputeAssignment', 'redispatch', 'merge'],
  returned: ['assign', 'withdraw', 'addToDossier', 'escalate', 'merge'],
  answered: ['giveFeedback', 'withdraw', 'addToDossier', 'escalate', 'callBack', 'closeUnrated'],
  confirmed: ['close', 'withdraw', 'addToDossier'],
  closed: ['complain'],
  reopened: ['assign', 'serve', 'withdraw', 'addToDossier', 'escalate', 'merge', 'callBack'],
  withdrawn: [],
  disputed: ['reviewDispute', 'withdraw', 'addToDossier', 'escalate'],
  paused: ['resume', 'withdraw', 'addToDossier', 'escalate'],
  merged: ['close', 'withdraw'],
};

/** Supervision steps in rising order. */
export const supervisionOrder: readonly SupervisionStep[] = ['unsupervised', 'urge', 'supervision', 'publicListing', 'accountability'];

export interface ModelRules {
  readonly calendar: WorkCalendar;
  readonly policy: LifecyclePolicy;
  /** The category ids of the taxonomy in the context, or null when there is none. */
  readonly categories: readonly string[] | null;
}

/** What the model expects of a command: the model after it, or the code that rejects it. */
export type Expected = { readonly ok: true; readonly model: IssueModel } | { readonly ok: false; readonly code: ErrorCode };

const no = (code: ErrorCode): Expected => ({ ok: false, code });

/** The model's prediction for a command. */
export function predict(m: IssueModel, c: IssueCommand, rules: ModelRules): Expected {
  if (lawForbids(c.actor.role, c.type)) return no('FORBIDDEN');
  if (m.state !== null && c.issueId !== m.id) return no('ISSUE_MISMATCH');
  if (!allowedCommands[m.state ?? 'new'].includes(c.type)) return no('INVALID_TRANSITION');
  const atMs = Date.parse(c.at);
  if (m.lastAt !== null && atMs < m.lastAt) return no('TIME_BEFORE_LAST_EVENT');
  const localDate = localDateOf(c.at, rules.policy.utcOffsetMinutes);
  if (!localDate.ok) return no(localDate.error.code);
  const today = localDate.value;
  const next: IssueModel = { ...m, lastAt: atMs, accepted: m.accepted + 1 };
  const go = (state: IssueState, changes: Partial<IssueModel> = {}): Expected => ({ ok: true, model: { ...next, ...changes, state } });
  const fresh = { signed: false, contacted: false, pauses: 0, pausePending: false, pausedAt: null, creditedDays: 0, creditedSeconds: 0 } as const;
  const unassigned = { assignedOn: null, deadline: null, extensions: 0, pendingDays: null, supervision: 'unsupervised', lead: null, limit: null, dueMs: null, ...fresh } as const;
  /** The deadline (and hour due) a handling limit gives from now, or the code that refuses it. */
  const handling = (limit: TimeLimit): { deadline: string; dueMs: number | null } | ErrorCode => {
    if ('hours' in limit) {
      const dueMs = atMs + limit.hours * 3_600_000;
      const day = localDateOf(new Date(dueMs).toISOString(), rules.policy.utcOffsetMinutes);
      return day.ok ? { deadline: day.value, dueMs } : day.error.code;
    }
    if ('workingDays' in limit) {
      const d = deadlineAfter(today, limit.workingDays, rules.calendar);
      return d.ok ? { deadline: d.value, dueMs: null } : d.error.code;
    }
    if (limit.dueOn < today) return 'INVALID_ARGUMENT';
    // A fixed due date must be a working day (DOMAIN.md §10: offices count working days).
    const working = isWorkingDay(limit.dueOn, rules.calendar);
    if (!working.ok) return working.error.code;
    return working.value ? { deadline: limit.dueOn, dueMs: null } : 'DUE_DATE_ON_DAY_OFF';
  };
  /** A re-dispatch to `lead`: the clocks restart with the limit given or the current one (policy 'restart'), or continue. */
  const redispatch = (lead: string, limit: TimeLimit | undefined, state: IssueState, extra: Partial<IssueModel> = {}): Expected => {
    const count = { redispatchCount: m.redispatchCount + 1, lead, ...fresh, ...extra };
    // A fixed due date does not restart: without a new limit the clocks continue.
    const restart = limit ?? (m.limit !== null && 'dueOn' in m.limit ? null : m.limit);
    if (rules.policy.redispatchClock === 'continue' || restart === null) return go(state, count);
    const made = handling(restart);
    if (typeof made === 'string') return no(made);
    return go(state, { ...count, ...made, limit: restart, assignedOn: today, extensions: 0, pendingDays: null, supervision: 'unsupervised' });
  };

  switch (c.type) {
    case 'submit':
      return go('submitted', { ...emptyModel, id: c.issueId, lastAt: atMs, accepted: next.accepted });
    case 'classify':
      if (rules.categories !== null && !rules.categories.includes(c.categoryId)) return no('UNKNOWN_REFERENCE');
      // A general matter the leading body refused does not become simple to go ahead without approval (000).
      if (m.refusedLast && c.procedure === 'simple') return no('GENERAL_PROCEDURE_REFUSED');
      return go('accepted', { procedure: c.procedure });
    case 'requestApproval':
      return m.procedure === 'general' ? go('pendingApproval') : no('PROCEDURE_MISMATCH');
    case 'approve':
      return go('approved', { approved: true, refusedLast: false });
    case 'refuseApproval':
      return go('accepted', { refusedLast: true });
    case 'assign': {
      if (m.state === 'accepted' && m.procedure === 'general') return no('GENERAL_PROCEDURE_NOT_APPROVED');
      const made = handling(c.timeLimit);
      if (typeof made === 'string') return no(made);
      return go('assigned', { ...unassigned, ...made, assignedOn: today, hasAnswer: false, lead: c.departmentId, limit: c.timeLimit });
    }
    case 'returnAssignment': {
      const used = workingDaysBetween(m.assignedOn as string, today, rules.calendar);
      if (!used.ok) return no(used.error.code);
      return used.value > rules.policy.returnWindowDays ? no('RETURN_WINDOW_EXPIRED') : go('returned', unassigned);
    }
    case 'requestExtension': {
      if (m.pendingDays !== null) return no('EXTENSION_ALREADY_PENDING');
      if (m.extensions >= rules.policy.maxExtensions) return no('EXTENSION_LIMIT_REACHED');
      const left = workingDaysBetween(today, m.deadline as string, rules.calendar);
      if (!left.ok) return no(left.error.code);
      if (left.value < rules.policy.extensionNoticeDays) return no('EXTENSION_TOO_LATE');
      return go('assigned', { extensions: m.extensions + 1, pendingDays: c.workingDays });
    }
    case 'decideExtension': {
      if (m.pendingDays === null) return no('NO_PENDING_EXTENSION');
      if (!c.grant) return go('assigned', { pendingDays: null });
      const deadline = addWorkingDays(m.deadline as string, m.pendingDays, rules.calendar);
      // An extension ends the handling clock at the end of the new deadline, whatever its unit.
      return deadline.ok ? go('assigned', { pendingDays: null, deadline: deadline.value, dueMs: m.dueMs === null ? null : Date.parse(`${deadline.value}T23:59:59+08:00`) }) : no(deadline.error.code);
    }
    case 'supervise':
      return supervisionOrder.indexOf(c.step) < supervisionOrder.indexOf(m.supervision) ? no('SUPERVISION_STEP_BACKWARDS') : go('assigned', { supervision: c.step });
    case 'serve':
      return m.procedure === 'simple' ? go('answered', { hasAnswer: true, hasLedger: true, answerOn: today }) : no('PROCEDURE_MISMATCH');
    case 'answer':
      if (c.outcome === 'unsolvable' && c.measures === undefined) return no('MEASURES_REQUIRED');
      return go('answered', { hasAnswer: true, hasLedger: m.hasLedger || m.procedure === 'simple', answerOn: today });
    case 'giveFeedback': {
      // The five-level scale and its mapping (国办发〔2019〕51号 好差评; issue 17), with reasons for a bad rating.
      const scale = rules.policy.evaluationScale.levels;
      if (c.level === undefined && c.rating === undefined) return no('INVALID_ARGUMENT');
      const rated = c.rating === undefined ? undefined : scale.find((l) => l.id === c.rating);
      if (c.rating !== undefined && rated === undefined) return no('UNKNOWN_REFERENCE');
      if (rated !== undefined && (rated.counts === null || (c.level !== undefined && c.level !== rated.counts))) return no('INVALID_ARGUMENT');
      const level = c.level ?? rated?.counts;
      if (c.reasons !== undefined) {
        if (level === 'satisfied') return no('INVALID_ARGUMENT');
        if (c.reasons.some((r) => !rules.policy.dissatisfactionReasons.some((x) => x.id === r))) return no('UNKNOWN_REFERENCE');
      }
      if (level !== 'unsatisfied') return go('confirmed', { fixBy: null });
      // Every bad rating gets a fix-by date (好差评: 差评整改).
      const fixBy = deadlineAfter(today, rules.policy.fixWorkingDays, rules.calendar);
      return fixBy.ok ? go('reopened', { reopenCount: m.reopenCount + 1, fixBy: fixBy.value }) : no(fixBy.error.code);
    }
    case 'signFor':
      return m.signed ? no('ALREADY_SIGNED_FOR') : go('assigned', { signed: true });
    case 'contact':
      // Beijing 接诉即办: sign for the order, then contact the enterprise.
      if (!m.signed) return no('NOT_SIGNED_FOR');
      return m.contacted ? no('ALREADY_CONTACTED') : go('assigned', { contacted: true });
    case 'reply':
      return go('assigned');
    case 'requestPause':
      if (m.pausePending) return no('PAUSE_ALREADY_PENDING');
      if (m.pauses >= rules.policy.maxPauses) return no('PAUSE_LIMIT_REACHED');
      if (!rules.policy.pauseReasons.some((r) => r.id === c.reasonCode)) return no('UNKNOWN_REFERENCE');
      return go('assigned', { pauses: m.pauses + 1, pausePending: true });
    case 'decidePause':
      if (!m.pausePending) return no('NO_PENDING_PAUSE');
      return c.grant ? go('paused', { pausePending: false, pausedAt: atMs }) : go('assigned', { pausePending: false });
    case 'resume': {
      // Paused working days (from the approval's day to today) and seconds move the clocks, within the caps.
      const since = m.pausedAt as number;
      const from = localDateOf(new Date(since).toISOString(), rules.policy.utcOffsetMinutes);
      if (!from.ok) return no(from.error.code);
      const days = workingDaysBetween(from.value, today, rules.calendar);
      if (!days.ok) return no(days.error.code);
      const k = Math.max(0, Math.min(days.value, rules.policy.maxPausedWorkingDays - m.creditedDays));
      const seconds = Math.max(0, Math.min(Math.floor((atMs - since) / 1000), rules.policy.maxPausedHours * 3600 - m.creditedSeconds));
      const credited = { pausedAt: null, creditedDays: m.creditedDays + k, creditedSeconds: m.creditedSeconds + seconds };
      if (m.dueMs !== null) {
        const dueMs = m.dueMs + seconds * 1000;
        const day = localDateOf(new Date(dueMs).toISOString(), rules.policy.utcOffsetMinutes);
        return day.ok ? go('assigned', { ...credited, dueMs, deadline: day.value }) : no(day.error.code);
      }
      if (k === 0 || m.deadline === null) return go('assigned', credited);
      const deadline = addWorkingDays(m.deadline, k, rules.calendar);
      return deadline.ok ? go('assigned', { ...credited, deadline: deadline.value }) : no(deadline.error.code);
    }
    case 'disputeAssignment': {
      const used = workingDaysBetween(m.assignedOn as string, today, rules.calendar);
      if (!used.ok) return no(used.error.code);
      if (used.value > rules.policy.returnWindowDays) return no('RETURN_WINDOW_EXPIRED');
      if (!rules.policy.disputeReasons.some((r) => r.id === c.reasonCode)) return no('UNKNOWN_REFERENCE');
      return go('disputed', { disputedBy: m.lead, disputes: m.disputes + 1 });
    }
    case 'reviewDispute':
      // 国办函〔2025〕66号: the office reviews the dispute; upheld → re-dispatched (or returned), overruled → stays.
      if (!c.uphold) return go('assigned', { disputedBy: null });
      if (c.departmentId === undefined) return go('returned', { ...unassigned, disputedBy: null });
      if (c.departmentId === m.disputedBy) return no('SAME_DEPARTMENT');
      return redispatch(c.departmentId, c.timeLimit, 'assigned', { disputedBy: null });
    case 'redispatch':
      return c.departmentId === m.lead ? no('SAME_DEPARTMENT') : redispatch(c.departmentId, c.timeLimit, 'assigned');
    case 'merge':
      return c.parentId === m.id ? no('MERGE_INTO_SELF') : go('merged', { mergedInto: c.parentId });
    case 'callBack':
      return go(m.state as IssueState);
    case 'closeUnrated': {
      const passed = workingDaysBetween(m.answerOn as string, today, rules.calendar);
      if (!passed.ok) return no(passed.error.code);
      if (passed.value <= rules.policy.feedbackWindowWorkingDays) return no('FEEDBACK_WINDOW_OPEN');
      const archived = m.procedure === 'simple' ? m.hasLedger : m.approved && m.documents > 0 && m.records > 0 && m.evidence > 0;
      return m.hasAnswer && archived ? go('closed', { closedUnrated: true }) : no('ARCHIVE_INCOMPLETE');
    }
    case 'close': {
      if (m.state === 'merged') return go('closed'); // a merged order closes with its parent
      const archived = m.procedure === 'simple' ? m.hasLedger : m.approved && m.documents > 0 && m.records > 0 && m.evidence > 0;
      return m.hasAnswer && archived ? go('closed') : no('ARCHIVE_INCOMPLETE');
    }
    case 'complain':
      // A merged order closed with its parent; the complaint goes to the parent (国办函〔2025〕66号 并单).
      if (m.mergedInto !== null) return no('MERGED_ORDER');
      return go('reopened', { reopenCount: m.reopenCount + 1 });
    case 'withdraw':
      return go('withdrawn');
    case 'addToDossier': {
      const adding = (c.documents?.length ?? 0) + (c.records?.length ?? 0) + (c.evidence?.length ?? 0);
      if (m.documents + m.records + m.evidence + adding > rules.policy.maxDossierItems) return no('DOSSIER_FULL');
      return go(m.state as IssueState, {
        documents: m.documents + (c.documents?.length ?? 0),
        records: m.records + (c.records?.length ?? 0),
        evidence: m.evidence + (c.evidence?.length ?? 0),
      });
    }
    case 'escalate':
      // 协调层级只升不降: never below the rank reached; the same rank (another holder at that level) is a move sideways.
      if (m.escalation !== null && c.rank < m.escalation.rank) return no('ESCALATION_DOWNWARD');
      return go(m.state as IssueState, {
        escalation: {
          holder: c.holder,
          portfolio: c.portfolio ?? null,
          step: c.step ?? null,
          rank: c.rank,
          ruleId: c.ruleId ?? null,
          ladderId: c.ladderId ?? null,
          on: today,
        },
      });
  }
}

