/**
 * The peer of the lifecycle bench: the issue lifecycle of `src/issue/transitions.ts` written as an
 * xstate v5 machine, the way an xstate user would write it — `setup({ guards, actions })` then
 * `createMachine`, the same 14 states plus an initial `new`, the command types as events, the same
 * named guards (reading the context with the same calendar, clock and archive functions), and
 * `assign()` actions that set the same fields our effects set: since Part 12 (issue 17) also the
 * hotline clocks of an assignment (sign-for, first contact, answer and handling, in working days,
 * hours or a fixed date, through `dueAt`), sign-for, contact and replies, pauses and the clocks a
 * resumption moves, dispatch disputes and their review, re-dispatch with its restarted clocks,
 * merging, callbacks, the five-level rating with its reasons and fix-by date, and the unrated close.
 *
 * Two things differ by necessity: xstate has no audit history, so the context keeps `lastAt` (the
 * instant of the last accepted command) for the `inOrder` guard that stands for our
 * `TIME_BEFORE_LAST_EVENT` check, which every row carries, and `refusedLast` (the leading body's
 * last decision was a refusal) for the `refusalStands` guard; and an xstate action cannot reject, so
 * the bench workload holds no command whose effect would fail (a due date before the assignment or
 * on a day off, a deadline beyond the calendar's years): the actions throw if one does. The role law
 * (`issueRoleLaw`) is not modelled: the workload's actors are always the lawful ones.
 *
 * Where our effects write a field only when it changes (so that an event records what changed), the
 * actions write it unconditionally, as an xstate `assign` naturally does: the context ends the same.
 */
import { and, assign, setup } from 'xstate';
import { type Result } from '../src/index.js';
import { addWorkingDays, deadlineAfter, isWorkingDay, workingDaysBetween } from '../src/calendar/index.js';
import {
  defaultLifecyclePolicy,
  SupervisionStep,
  type FeedbackLevel,
  type Issue,
  type IssueCommand,
  type IssueContext,
  type IssueGuard,
  type IssueState,
  type TimeLimit,
} from '../src/issue/index.js';
import { archiveCheck, dueAt } from '../src/procedure/index.js';
import { instantAt, instantMs, isBefore, localDay } from '../src/internal/instant.js';
import { blankAddedIn22 } from '../src/issue/schema.js';

/** The machine's context: every field of an issue but `state` (the machine's own) and `history`. */
export type IssueMachineContext = Omit<Issue, 'state' | 'history'> & { readonly lastAt: string; readonly refusedLast: boolean };

type Of<T extends IssueCommand['type']> = Extract<IssueCommand, { type: T }>;
type Args = { readonly context: IssueMachineContext; readonly event: IssueCommand };
/** What an action assigns: some fields of the context. */
type Changes = Partial<IssueMachineContext>;
type Clocks = NonNullable<IssueMachineContext['clocks']>;
type Pause = IssueMachineContext['pauses'][number];
type Dispute = IssueMachineContext['disputes'][number];

const stepRank = new Map(SupervisionStep.schema.options.map((s, i) => [s, i]));

/** The context of the `new` state, before the submission fills it in. */
const blank: IssueMachineContext = {
  id: '',
  enterpriseId: '',
  title: '',
  description: '',
  channel: 'selfReport',
  origin: 'application',
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
  lastAt: '',
  refusedLast: false,
};

/** What a new assignment or a re-dispatch starts afresh: sign-for, contact, replies, pauses, callbacks, the rating. */
const fresh = {
  signedForAt: null,
  contactedAt: null,
  repliedAt: null,
  answeredAt: null,
  pauses: [],
  callbacks: [],
  rating: null,
  dissatisfaction: [],
} as const satisfies Changes;

/** The clocks an assignment may set besides handling. */
const otherClocks = ['signFor', 'firstContact', 'answer'] as const;
type OtherLimits = { readonly [K in (typeof otherClocks)[number]]?: Clocks['limits'][K] };

/** A calendar result the workload guarantees to be ok (an xstate action cannot reject). */
function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`the workload left the calendar: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/**
 * Builds the xstate machine for one lifecycle context (calendar, policy, taxonomy), as our
 * `executeIssueCommand` takes it.
 *
 * @param ctx - The calendar, policy and taxonomy.
 * @returns The machine.
 */
export function createIssueMachine(ctx: IssueContext) {
  const { calendar, taxonomy } = ctx;
  const policy = ctx.policy ?? defaultLifecyclePolicy;
  const offset = policy.utcOffsetMinutes;
  const options = { utcOffsetMinutes: offset };
  const scale = policy.evaluationScale;
  /** The rating `closeUnrated` records: the scale's "not rated" level. */
  const unrated = scale.levels.find((l) => l.counts === null)?.id ?? null;
  /** The instant a local date ends (its last second) at the policy's offset. */
  const zone = instantAt(0, offset).slice(19);
  const endOf = (date: string): string => `${date}T23:59:59${zone}`;
  const today = (event: IssueCommand): string => must(localDay(event.at, offset));
  const pending = (c: IssueMachineContext): boolean => c.extensions.some((e) => e.status === 'pending');
  const pausePending = (c: IssueMachineContext): boolean => c.pauses.some((p) => p.status === 'pending');
  /** The three-level feedback a `giveFeedback` gives: its level, else what its rating counts as on the scale. */
  const levelOf = (c: Of<'giveFeedback'>): FeedbackLevel | null => c.level ?? scale.levels.find((l) => l.id === c.rating)?.counts ?? null;
  const inDays = (limit: Clocks['limits'][keyof Clocks['limits']]): boolean => limit !== undefined && !('hours' in limit);

  /** The clocks of an assignment made at `at` (local date `on`) under a handling limit and the other clocks' limits, with its deadline. */
  const clocksOf = (at: string, on: string, handling: TimeLimit, others: OtherLimits | undefined): { clocks: Clocks; deadline: string } => {
    let deadline: string;
    let due: string;
    if ('hours' in handling) {
      due = must(dueAt(handling, at, calendar, options));
      deadline = must(localDay(due, offset));
    } else {
      if ('workingDays' in handling) deadline = must(deadlineAfter(on, handling.workingDays, calendar));
      else {
        deadline = handling.dueOn;
        if (deadline < on || !must(isWorkingDay(deadline, calendar))) throw new Error(`the workload holds a due date ${deadline} before ${on} or on a day off`);
      }
      due = endOf(deadline);
    }
    const limits: { -readonly [K in keyof Clocks['limits']]: Clocks['limits'][K] } = { handling };
    const dues: { -readonly [K in keyof Clocks['due']]: Clocks['due'][K] } = { handling: due, signFor: null, firstContact: null, answer: null };
    for (const k of otherClocks) {
      const limit = others?.[k];
      if (limit === undefined) continue;
      limits[k] = limit;
      dues[k] = must(dueAt(limit, at, calendar, options));
    }
    return { clocks: { startedAt: at, limits, due: dues }, deadline };
  };

  /** The assignment fields after an assignment made now (a dispatch, or a re-dispatch that restarts the clocks). */
  const assignment = (at: string, on: string, departmentId: string, coHandlerIds: readonly string[], handling: TimeLimit, others: OtherLimits | undefined): Changes => {
    const { clocks, deadline } = clocksOf(at, on, handling, others);
    return {
      ...fresh,
      leadDepartmentId: departmentId,
      coHandlerIds: [...coHandlerIds],
      assignedOn: on,
      deadline,
      clocks,
      extensions: [],
      supervisionStep: 'unsupervised',
    };
  };

  /** A re-dispatch to another department: the clocks restart (policy `'restart'`) with the limit given or the current one, or continue. */
  const redispatched = (context: IssueMachineContext, at: string, on: string, departmentId: string, coHandlerIds: readonly string[] | undefined, handling: TimeLimit | undefined): Changes => {
    const co = coHandlerIds ?? context.coHandlerIds;
    const limits = context.clocks?.limits;
    // A fixed due date does not restart: without a new limit the clocks continue.
    const limit = handling ?? (limits === undefined || 'dueOn' in limits.handling ? undefined : limits.handling);
    const redispatchCount = context.redispatchCount + 1;
    if (policy.redispatchClock === 'restart' && limit !== undefined) return { ...assignment(at, on, departmentId, co, limit, limits), redispatchCount };
    return { ...fresh, leadDepartmentId: departmentId, coHandlerIds: [...co], redispatchCount };
  };

  /** A return (退单): the assignment and its clocks cleared, the return recorded. */
  const returning = (context: IssueMachineContext, on: string, reason: string): Changes => ({
    ...fresh,
    returns: [...context.returns, { departmentId: context.leadDepartmentId as string, on, reason }],
    leadDepartmentId: null,
    coHandlerIds: [],
    assignedOn: null,
    deadline: null,
    clocks: null,
    extensions: [],
    supervisionStep: 'unsupervised',
  });

  /** What an answer sets besides itself: when it came, the first reply if none came before, and a fresh evaluation. */
  const answered = (context: IssueMachineContext, at: string): Changes => ({
    answeredAt: at,
    repliedAt: context.repliedAt ?? at,
    callbacks: [],
    rating: null,
    dissatisfaction: [],
  });

  const guards: Record<IssueGuard | 'inOrder', (a: Args) => boolean> = {
    inOrder: ({ context, event }) => context.lastAt === '' || !isBefore(event.at, context.lastAt),
    knownCategory: ({ event }) => {
      const id = (event as Of<'classify'>).categoryId;
      return taxonomy === undefined || taxonomy.categories.some((c) => c.id === id);
    },
    refusalStands: ({ context, event }) => !(context.refusedLast && (event as Of<'classify'>).procedure === 'simple'),
    procedureIsGeneral: ({ context }) => context.procedure === 'general',
    procedureIsSimple: ({ context }) => context.procedure === 'simple',
    approvedIfGeneral: ({ context }) => context.procedure === 'simple',
    withinReturnWindow: ({ context, event }) =>
      must(workingDaysBetween(context.assignedOn as string, today(event), calendar)) <= policy.returnWindowDays,
    noPendingExtension: ({ context }) => !pending(context),
    extensionsLeft: ({ context }) => context.extensions.length < policy.maxExtensions,
    dossierRoom: ({ context, event }) => {
      const c = event as Of<'addToDossier'>;
      const { documents, records, evidence } = context.dossier;
      return documents.length + records.length + evidence.length + (c.documents?.length ?? 0) + (c.records?.length ?? 0) + (c.evidence?.length ?? 0) <= policy.maxDossierItems;
    },
    extensionNoticeGiven: ({ context, event }) =>
      must(workingDaysBetween(today(event), context.deadline as string, calendar)) >= policy.extensionNoticeDays,
    extensionPending: ({ context }) => pending(context),
    supervisionRises: ({ context, event }) =>
      (stepRank.get((event as Of<'supervise'>).step) as number) >= (stepRank.get(context.supervisionStep) as number),
    measuresIfUnsolvable: ({ event }) => {
      const c = event as Of<'answer'>;
      return c.outcome !== 'unsolvable' || c.measures !== undefined;
    },
    knownRating: ({ event }) => {
      const c = event as Of<'giveFeedback'>;
      if (c.level === undefined && c.rating === undefined) return false;
      if (c.rating !== undefined) {
        const rated = scale.levels.find((l) => l.id === c.rating);
        if (rated === undefined || rated.counts === null || (c.level !== undefined && c.level !== rated.counts)) return false;
      }
      if (c.reasons === undefined) return true;
      return levelOf(c) !== 'satisfied' && c.reasons.every((code) => policy.dissatisfactionReasons.some((r) => r.id === code));
    },
    feedbackPositive: ({ event }) => levelOf(event as Of<'giveFeedback'>) !== 'unsatisfied',
    feedbackNegative: ({ event }) => levelOf(event as Of<'giveFeedback'>) === 'unsatisfied',
    // archiveCheck reads only the fields, which the context has; it never touches `history`.
    archiveComplete: ({ context }) => archiveCheck(context as unknown as Issue).complete,
    escalationRises: ({ context, event }) => context.escalation === null || (event as Of<'escalate'>).rank >= context.escalation.rank,
    notSignedFor: ({ context }) => context.signedForAt === null,
    signedForFirst: ({ context }) => context.signedForAt !== null,
    notContacted: ({ context }) => context.contactedAt === null,
    noPendingPause: ({ context }) => !pausePending(context),
    pausesLeft: ({ context }) => context.pauses.length < policy.maxPauses,
    knownPauseReason: ({ event }) => policy.pauseReasons.some((r) => r.id === (event as Of<'requestPause'>).reasonCode),
    pausePending: ({ context }) => pausePending(context),
    pauseGranted: ({ event }) => (event as Of<'decidePause'>).grant,
    knownDisputeReason: ({ event }) => policy.disputeReasons.some((r) => r.id === (event as Of<'disputeAssignment'>).reasonCode),
    disputeUpheld: ({ event }) => (event as Of<'reviewDispute'>).uphold,
    disputeOverruled: ({ event }) => !(event as Of<'reviewDispute'>).uphold,
    targetGiven: ({ event }) => (event as Of<'reviewDispute'>).departmentId !== undefined,
    noTarget: ({ event }) => (event as Of<'reviewDispute'>).departmentId === undefined,
    // A disputed order's lead is the department that disputed it (a dispute leaves the lead as it is).
    newDepartment: ({ context, event }) => (event as Of<'redispatch' | 'reviewDispute'>).departmentId !== context.leadDepartmentId,
    notSelf: ({ context, event }) => (event as Of<'merge'>).parentId !== context.id,
    notMerged: ({ context }) => context.mergedInto === null,
    feedbackWindowPassed: ({ context, event }) => {
      const on = today(event);
      return must(workingDaysBetween(context.answer?.on ?? on, on, calendar)) > policy.feedbackWindowWorkingDays;
    },
  };

  const logic = setup({
    types: { context: {} as IssueMachineContext, events: {} as IssueCommand },
    guards,
    actions: {
      stamp: assign(({ event }) => ({ lastAt: event.at })),
      submit: assign(({ event }) => {
        const c = event as Of<'submit'>;
        return {
          ...blank,
          id: c.issueId,
          enterpriseId: c.enterpriseId,
          title: c.title,
          description: c.description ?? '',
          channel: c.channel,
          origin: c.origin,
          submittedAt: c.at,
          categoryId: c.categoryId ?? null,
          lastAt: c.at,
        };
      }),
      classify: assign(({ event }) => {
        const c = event as Of<'classify'>;
        return {
          categoryId: c.categoryId,
          scope: c.scope,
          nature: c.nature,
          procedure: c.procedure,
          ...(c.batchId === undefined ? {} : { batchId: c.batchId }),
          lastAt: c.at,
        };
      }),
      approve: assign(({ event }) => ({ approval: { by: event.actor.id, on: today(event) }, lastAt: event.at, refusedLast: false })),
      refuseApproval: assign(({ event }) => ({ lastAt: event.at, refusedLast: true })),
      assign: assign(({ event }) => {
        const c = event as Of<'assign'>;
        return {
          ...assignment(c.at, today(c), c.departmentId, c.coHandlerIds ?? [], c.timeLimit, c.clocks),
          answer: null,
          feedback: null,
          ...(c.batchId === undefined ? {} : { batchId: c.batchId }),
          lastAt: c.at,
        };
      }),
      returnAssignment: assign(({ context, event }) => {
        const c = event as Of<'returnAssignment'>;
        return { ...returning(context, today(c), c.reason), lastAt: c.at };
      }),
      requestExtension: assign(({ context, event }) => {
        const c = event as Of<'requestExtension'>;
        return {
          extensions: [
            ...context.extensions,
            { requestedOn: today(c), workingDays: c.workingDays, reason: c.reason, status: 'pending' as const, decidedOn: null },
          ],
          lastAt: c.at,
        };
      }),
      decideExtension: assign(({ context, event }) => {
        const c = event as Of<'decideExtension'>;
        const at = context.extensions.findIndex((e) => e.status === 'pending');
        const request = context.extensions[at];
        if (request === undefined) return { lastAt: c.at };
        const on = today(c);
        const extensions = context.extensions.map((e, i) =>
          i === at ? { ...e, status: c.grant ? ('granted' as const) : ('refused' as const), decidedOn: on } : e,
        );
        if (!c.grant) return { extensions, lastAt: c.at };
        const deadline = must(addWorkingDays(context.deadline as string, request.workingDays, calendar));
        // The handling clock runs out at the end of the extended deadline.
        const clocks = context.clocks === null ? null : { ...context.clocks, due: { ...context.clocks.due, handling: endOf(deadline) } };
        return { extensions, deadline, clocks, lastAt: c.at };
      }),
      supervise: assign(({ event }) => ({ supervisionStep: (event as Of<'supervise'>).step, lastAt: event.at })),
      serve: assign(({ context, event }) => {
        const c = event as Of<'serve'>;
        const on = today(c);
        return {
          answer: { outcome: c.outcome, summary: c.summary, mode: c.mode, measures: null, on },
          ledgerEntry: { on, mode: c.mode, summary: c.summary },
          feedback: null,
          ...answered(context, c.at),
          lastAt: c.at,
        };
      }),
      answer: assign(({ context, event }) => {
        const c = event as Of<'answer'>;
        const on = today(c);
        const answer = { outcome: c.outcome, summary: c.summary, mode: c.mode, measures: c.measures ?? null, on };
        return context.procedure === 'simple'
          ? { answer, feedback: null, ledgerEntry: { on, mode: c.mode, summary: c.summary }, ...answered(context, c.at), lastAt: c.at }
          : { answer, feedback: null, ...answered(context, c.at), lastAt: c.at };
      }),
      giveFeedback: assign(({ context, event }) => {
        const c = event as Of<'giveFeedback'>;
        const level = levelOf(c) as FeedbackLevel;
        const rated = { feedback: level, rating: c.rating ?? null, dissatisfaction: c.reasons ?? [], lastAt: c.at };
        if (level !== 'unsatisfied') return { ...rated, fixBy: null };
        // Every bad rating (差评) is reopened with a date its fix is due (好差评).
        return { ...rated, fixBy: must(deadlineAfter(today(c), policy.fixWorkingDays, calendar)), reopenCount: context.reopenCount + 1 };
      }),
      close: assign(({ event }) => ({ closedAt: event.at, lastAt: event.at })),
      complain: assign(({ context, event }) => ({ reopenCount: context.reopenCount + 1, closedAt: null, lastAt: event.at })),
      addToDossier: assign(({ context, event }) => {
        const c = event as Of<'addToDossier'>;
        const { dossier } = context;
        return {
          dossier: {
            documents: c.documents === undefined ? dossier.documents : dossier.documents.concat(c.documents),
            records: c.records === undefined ? dossier.records : dossier.records.concat(c.records),
            evidence: c.evidence === undefined ? dossier.evidence : dossier.evidence.concat(c.evidence),
          },
          lastAt: c.at,
        };
      }),
      escalate: assign(({ event }) => {
        const c = event as Of<'escalate'>;
        return {
          escalation: {
            holder: c.holder,
            portfolio: c.portfolio ?? null,
            step: c.step ?? null,
            rank: c.rank,
            ruleId: c.ruleId ?? null,
            ladderId: c.ladderId ?? null,
            on: today(c),
          },
          lastAt: c.at,
        };
      }),
      signFor: assign(({ event }) => ({ signedForAt: event.at, lastAt: event.at })),
      contact: assign(({ event }) => ({ contactedAt: event.at, lastAt: event.at })),
      reply: assign(({ context, event }) => ({ repliedAt: context.repliedAt ?? event.at, lastAt: event.at })),
      requestPause: assign(({ context, event }) => {
        const c = event as Of<'requestPause'>;
        const pause: Pause = { reasonCode: c.reasonCode, reason: c.reason ?? '', requestedAt: c.at, status: 'pending', decidedAt: null, resumedAt: null, creditedWorkingDays: null, creditedSeconds: null };
        return { pauses: [...context.pauses, pause], lastAt: c.at };
      }),
      decidePause: assign(({ context, event }) => {
        const c = event as Of<'decidePause'>;
        const status = c.grant ? ('approved' as const) : ('declined' as const);
        return { pauses: context.pauses.map((p) => (p.status === 'pending' ? { ...p, status, decidedAt: c.at } : p)), lastAt: c.at };
      }),
      // Resuming credits the working days from the approval's day to today and the seconds elapsed,
      // each within what the policy's caps leave, and moves every clock not yet met by them.
      resume: assign(({ context, event }) => {
        const at = context.pauses.findIndex((p) => p.status === 'approved' && p.resumedAt === null);
        const pause = context.pauses[at];
        if (pause === undefined || pause.decidedAt === null) return { lastAt: event.at };
        const days = must(workingDaysBetween(must(localDay(pause.decidedAt, offset)), today(event), calendar));
        let creditedDays = 0;
        let creditedSeconds = 0;
        for (const p of context.pauses) {
          creditedDays += p.creditedWorkingDays ?? 0;
          creditedSeconds += p.creditedSeconds ?? 0;
        }
        const k = Math.max(0, Math.min(days, policy.maxPausedWorkingDays - creditedDays));
        const elapsed = Math.max(0, Math.floor((instantMs(event.at) - instantMs(pause.decidedAt)) / 1000));
        const seconds = Math.max(0, Math.min(elapsed, policy.maxPausedHours * 3600 - creditedSeconds));
        const pauses = context.pauses.map((p, i) => (i === at ? { ...p, resumedAt: event.at, creditedWorkingDays: k, creditedSeconds: seconds } : p));
        const moved = (date: string): string => (k === 0 ? date : must(addWorkingDays(date, k, calendar)));
        const { clocks, deadline } = context;
        if (clocks === null) return { pauses, deadline: deadline === null ? null : moved(deadline), lastAt: event.at };
        const met = { handling: context.answeredAt, signFor: context.signedForAt, firstContact: context.contactedAt, answer: context.repliedAt };
        const due: { -readonly [K in keyof Clocks['due']]: Clocks['due'][K] } = { ...clocks.due };
        for (const name of ['handling', ...otherClocks] as const) {
          const d = clocks.due[name];
          if (d === null || met[name] !== null) continue;
          due[name] = inDays(clocks.limits[name]) ? endOf(moved(must(localDay(d, offset)))) : instantAt(instantMs(d) + seconds * 1000, offset);
        }
        return {
          pauses,
          clocks: { ...clocks, due },
          deadline: inDays(clocks.limits.handling) ? (deadline === null ? null : moved(deadline)) : must(localDay(due.handling, offset)),
          lastAt: event.at,
        };
      }),
      disputeAssignment: assign(({ context, event }) => {
        const c = event as Of<'disputeAssignment'>;
        const dispute: Dispute = { departmentId: context.leadDepartmentId as string, requestedAt: c.at, reasonCode: c.reasonCode, reason: c.reason ?? '', status: 'pending', decidedAt: null, redispatchedTo: null };
        return { disputes: [...context.disputes, dispute], lastAt: c.at };
      }),
      // The review of a dispute, one action per outcome: upheld and re-dispatched, upheld and returned, overruled.
      redispatchDisputed: assign(({ context, event }) => {
        const c = event as Of<'reviewDispute'>;
        const to = c.departmentId as string;
        const dispute = context.disputes[context.disputes.length - 1] as Dispute;
        const on = today(c);
        return {
          ...redispatched(context, c.at, on, to, c.coHandlerIds, c.timeLimit),
          disputes: [...context.disputes.slice(0, -1), { ...dispute, status: 'upheld' as const, decidedAt: c.at, redispatchedTo: to }],
          returns: [...context.returns, { departmentId: dispute.departmentId, on, reason: disputeReason(dispute) }],
          lastAt: c.at,
        };
      }),
      returnDisputed: assign(({ context, event }) => {
        const c = event as Of<'reviewDispute'>;
        const dispute = context.disputes[context.disputes.length - 1] as Dispute;
        return {
          ...returning(context, today(c), disputeReason(dispute)),
          disputes: [...context.disputes.slice(0, -1), { ...dispute, status: 'upheld' as const, decidedAt: c.at, redispatchedTo: null }],
          lastAt: c.at,
        };
      }),
      overruleDispute: assign(({ context, event }) => {
        const dispute = context.disputes[context.disputes.length - 1] as Dispute;
        return {
          disputes: [...context.disputes.slice(0, -1), { ...dispute, status: 'overruled' as const, decidedAt: event.at, redispatchedTo: null }],
          lastAt: event.at,
        };
      }),
      redispatch: assign(({ context, event }) => {
        const c = event as Of<'redispatch'>;
        return { ...redispatched(context, c.at, today(c), c.departmentId, c.coHandlerIds, c.timeLimit), lastAt: c.at };
      }),
      merge: assign(({ event }) => ({ mergedInto: (event as Of<'merge'>).parentId, lastAt: event.at })),
      callBack: assign(({ context, event }) => ({ callbacks: [...context.callbacks, { at: event.at, reached: (event as Of<'callBack'>).reached }], lastAt: event.at })),
      closeUnrated: assign(({ event }) => ({ closedAt: event.at, closedUnrated: true, rating: unrated, lastAt: event.at })),
    },
  });

  /** The reason a return records for an upheld dispute: its words, else the reason code's name. */
  function disputeReason(d: Dispute): string {
    return d.reason !== '' ? d.reason : (policy.disputeReasons.find((r) => r.id === d.reasonCode)?.zh ?? d.reasonCode);
  }

  /** `withdraw` and `addToDossier` rows shared by several states, as in the table. */
  const withdraw = { withdraw: { target: 'withdrawn', guard: 'inOrder', actions: 'stamp' } } as const;
  const addToDossier = { addToDossier: { guard: and(['inOrder', 'dossierRoom']), actions: 'addToDossier' } } as const;
  /** `escalate` rows of the working states: stay, if the rank does not go down. */
  const escalate = { escalate: { guard: and(['inOrder', 'escalationRises']), actions: 'escalate' } } as const;
  /** `merge` rows of the states before the answer (并单). */
  const merge = { merge: { target: 'merged', guard: and(['inOrder', 'notSelf']), actions: 'merge' } } as const;

  return logic.createMachine({
    id: 'issue',
    initial: 'new',
    context: blank,
    states: {
      new: { on: { submit: { target: 'submitted', actions: 'submit' } } },
      submitted: {
        on: { classify: { target: 'accepted', guard: and(['inOrder', 'knownCategory']), actions: 'classify' }, ...withdraw, ...merge },
      },
      accepted: {
        on: {
          classify: { guard: and(['inOrder', 'knownCategory', 'refusalStands']), actions: 'classify' },
          requestApproval: { target: 'pendingApproval', guard: and(['inOrder', 'procedureIsGeneral']), actions: 'stamp' },
          assign: { target: 'assigned', guard: and(['inOrder', 'approvedIfGeneral']), actions: 'assign' },
          serve: { target: 'answered', guard: and(['inOrder', 'procedureIsSimple']), actions: 'serve' },
          ...withdraw,
          ...escalate,
          ...merge,
        },
      },
      pendingApproval: {
        on: {
          approve: { target: 'approved', guard: 'inOrder', actions: 'approve' },
          refuseApproval: { target: 'accepted', guard: 'inOrder', actions: 'refuseApproval' },
          ...withdraw,
          ...addToDossier,
          ...escalate,
        },
      },
      approved: { on: { assign: { target: 'assigned', guard: 'inOrder', actions: 'assign' }, ...withdraw, ...addToDossier, ...escalate } },
      assigned: {
        on: {
          returnAssignment: { target: 'returned', guard: and(['inOrder', 'withinReturnWindow']), actions: 'returnAssignment' },
          requestExtension: {
            guard: and(['inOrder', 'noPendingExtension', 'extensionsLeft', 'extensionNoticeGiven']),
            actions: 'requestExtension',
          },
          decideExtension: { guard: and(['inOrder', 'extensionPending']), actions: 'decideExtension' },
          supervise: { guard: and(['inOrder', 'supervisionRises']), actions: 'supervise' },
          answer: { target: 'answered', guard: and(['inOrder', 'measuresIfUnsolvable']), actions: 'answer' },
          signFor: { guard: and(['inOrder', 'notSignedFor']), actions: 'signFor' },
          contact: { guard: and(['inOrder', 'signedForFirst', 'notContacted']), actions: 'contact' },
          reply: { guard: 'inOrder', actions: 'reply' },
          requestPause: { guard: and(['inOrder', 'noPendingPause', 'pausesLeft', 'knownPauseReason']), actions: 'requestPause' },
          decidePause: [
            { target: 'paused', guard: and(['inOrder', 'pausePending', 'pauseGranted']), actions: 'decidePause' },
            { guard: and(['inOrder', 'pausePending']), actions: 'decidePause' },
          ],
          disputeAssignment: { target: 'disputed', guard: and(['inOrder', 'withinReturnWindow', 'knownDisputeReason']), actions: 'disputeAssignment' },
          redispatch: { guard: and(['inOrder', 'newDepartment']), actions: 'redispatch' },
          ...merge,
          ...withdraw,
          ...addToDossier,
          ...escalate,
        },
      },
      paused: { on: { resume: { target: 'assigned', guard: 'inOrder', actions: 'resume' }, ...withdraw, ...addToDossier, ...escalate } },
      disputed: {
        on: {
          reviewDispute: [
            { target: 'assigned', guard: and(['inOrder', 'disputeUpheld', 'targetGiven', 'newDepartment']), actions: 'redispatchDisputed' },
            { target: 'returned', guard: and(['inOrder', 'disputeUpheld', 'noTarget']), actions: 'returnDisputed' },
            { target: 'assigned', guard: and(['inOrder', 'disputeOverruled']), actions: 'overruleDispute' },
          ],
          ...withdraw,
          ...addToDossier,
          ...escalate,
        },
      },
      returned: { on: { assign: { target: 'assigned', guard: 'inOrder', actions: 'assign' }, ...withdraw, ...addToDossier, ...escalate, ...merge } },
      answered: {
        on: {
          giveFeedback: [
            { target: 'confirmed', guard: and(['inOrder', 'knownRating', 'feedbackPositive']), actions: 'giveFeedback' },
            { target: 'reopened', guard: and(['inOrder', 'knownRating', 'feedbackNegative']), actions: 'giveFeedback' },
          ],
          callBack: { guard: 'inOrder', actions: 'callBack' },
          closeUnrated: { target: 'closed', guard: and(['inOrder', 'feedbackWindowPassed', 'archiveComplete']), actions: 'closeUnrated' },
          ...withdraw,
          ...addToDossier,
          ...escalate,
        },
      },
      confirmed: { on: { close: { target: 'closed', guard: and(['inOrder', 'archiveComplete']), actions: 'close' }, ...withdraw, ...addToDossier } },
      closed: { on: { complain: { target: 'reopened', guard: and(['inOrder', 'notMerged']), actions: 'complain' } } },
      reopened: {
        on: {
          assign: { target: 'assigned', guard: 'inOrder', actions: 'assign' },
          serve: { target: 'answered', guard: and(['inOrder', 'procedureIsSimple']), actions: 'serve' },
          ...withdraw,
          ...addToDossier,
          ...escalate,
          ...merge,
          callBack: { guard: 'inOrder', actions: 'callBack' },
        },
      },
      merged: { on: { close: { target: 'closed', guard: 'inOrder', actions: 'close' }, ...withdraw } },
      withdrawn: {},
    },
  });
}

/** One row of the machine, read back from xstate's own state nodes, in the table's terms. */
export interface MachineRow {
  readonly from: IssueState | null;
  readonly command: string;
  readonly to: IssueState;
  readonly guards: readonly string[];
}

/**
 * Reads the machine's transitions back as table rows (`new` as null; a targetless transition stays
 * in its state; `inOrder` left out), so the bench can check they are exactly `issueTransitions`.
 *
 * @param machine - The machine.
 * @returns Its rows, state by state in document order.
 */
export function machineRows(machine: ReturnType<typeof createIssueMachine>): MachineRow[] {
  const rows: MachineRow[] = [];
  const names = (g: unknown): string[] =>
    typeof g === 'string' ? [g] : typeof g === 'function' && 'guards' in g ? (g.guards as unknown[]).flatMap(names) : [];
  for (const [key, node] of Object.entries(machine.root.states)) {
    const from = key === 'new' ? null : (key as IssueState);
    for (const [command, ts] of Object.entries(node.on)) {
      for (const t of ts) {
        const to = (t.target?.[0]?.key ?? key) as IssueState;
        rows.push({ from, command, to, guards: names(t.guard).filter((g) => g !== 'inOrder') });
      }
    }
  }
  return rows;
}
