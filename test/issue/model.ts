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
      return role === 'enterprise' || role === 'departmentHandler' || role === 'departmentHead';
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
  submitted: ['classify', 'withdraw'],
  accepted: ['classify', 'requestApproval', 'assign', 'serve', 'withdraw', 'escalate'],
  pendingApproval: ['approve', 'refuseApproval', 'withdraw', 'addToDossier', 'escalate'],
  approved: ['assign', 'withdraw', 'addToDossier', 'escalate'],
  assigned: ['returnAssignment', 'requestExtension', 'decideExtension', 'supervise', 'answer', 'withdraw', 'addToDossier', 'escalate'],
  returned: ['assign', 'withdraw', 'addToDossier', 'escalate'],
  answered: ['giveFeedback', 'withdraw', 'addToDossier', 'escalate'],
  confirmed: ['close', 'withdraw', 'addToDossier'],
  closed: ['complain'],
  reopened: ['assign', 'serve', 'withdraw', 'addToDossier', 'escalate'],
  withdrawn: [],
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
  const unassigned = { assignedOn: null, deadline: null, extensions: 0, pendingDays: null, supervision: 'unsupervised' } as const;

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
      let deadline: string;
      if ('workingDays' in c.timeLimit) {
        const d = deadlineAfter(today, c.timeLimit.workingDays, rules.calendar);
        if (!d.ok) return no(d.error.code);
        deadline = d.value;
      } else {
        if (c.timeLimit.dueOn < today) return no('INVALID_ARGUMENT');
        // A fixed due date must be a working day (DOMAIN.md §10: offices count working days).
        const working = isWorkingDay(c.timeLimit.dueOn, rules.calendar);
        if (!working.ok) return no(working.error.code);
        if (!working.value) return no('DUE_DATE_ON_DAY_OFF');
        deadline = c.timeLimit.dueOn;
      }
      return go('assigned', { ...unassigned, assignedOn: today, deadline, hasAnswer: false });
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
      return deadline.ok ? go('assigned', { pendingDays: null, deadline: deadline.value }) : no(deadline.error.code);
    }
    case 'supervise':
      return supervisionOrder.indexOf(c.step) < supervisionOrder.indexOf(m.supervision) ? no('SUPERVISION_STEP_BACKWARDS') : go('assigned', { supervision: c.step });
    case 'serve':
      return m.procedure === 'simple' ? go('answered', { hasAnswer: true, hasLedger: true }) : no('PROCEDURE_MISMATCH');
    case 'answer':
      if (c.outcome === 'unsolvable' && c.measures === undefined) return no('MEASURES_REQUIRED');
      return go('answered', { hasAnswer: true, hasLedger: m.hasLedger || m.procedure === 'simple' });
    case 'giveFeedback':
      return c.level === 'unsatisfied' ? go('reopened', { reopenCount: m.reopenCount + 1 }) : go('confirmed');
    case 'close': {
      const archived = m.procedure === 'simple' ? m.hasLedger : m.approved && m.documents > 0 && m.records > 0 && m.evidence > 0;
      return m.hasAnswer && archived ? go('closed') : no('ARCHIVE_INCOMPLETE');
    }
    case 'complain':
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

