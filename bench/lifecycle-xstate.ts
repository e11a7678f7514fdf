/**
 * The peer of the lifecycle bench: the issue lifecycle of `src/issue/transitions.ts` written as an
 * xstate v5 machine, the way an xstate user would write it — `setup({ guards, actions })` then
 * `createMachine`, the same 11 states plus an initial `new`, the command types as events, the same
 * named guards (reading the context with the same calendar and archive functions), and `assign()`
 * actions that set the same fields our effects set. It is stepped purely with
 * `transition(machine, snapshot, event)`: no actor, no clock.
 *
 * Two things differ by necessity: xstate has no audit history, so the context keeps `lastAt` (the
 * instant of the last accepted command) for the `inOrder` guard that stands for our
 * `TIME_BEFORE_LAST_EVENT` check, which every row carries, and `refusedLast` (the leading body's
 * last decision was a refusal) for the `refusalStands` guard; and an xstate action cannot reject, so
 * the bench workload holds no command whose effect would fail (a due date before the assignment or
 * on a day off, a deadline beyond the calendar's years). The role law (`issueRoleLaw`) is not
 * modelled: the workload's actors are always the lawful ones.
 */
import { and, assign, setup } from 'xstate';
import { type Result } from '../src/index.js';
import { addWorkingDays, deadlineAfter, workingDaysBetween } from '../src/calendar/index.js';
import {
  defaultLifecyclePolicy,
  SupervisionStep,
  type Issue,
  type IssueCommand,
  type IssueContext,
  type IssueGuard,
  type IssueState,
} from '../src/issue/index.js';
import { archiveCheck } from '../src/procedure/index.js';
import { isBefore, localDay } from '../src/internal/instant.js';

/** The machine's context: every field of an issue but `state` (the machine's own) and `history`. */
export type IssueMachineContext = Omit<Issue, 'state' | 'history'> & { readonly lastAt: string; readonly refusedLast: boolean };

type Of<T extends IssueCommand['type']> = Extract<IssueCommand, { type: T }>;
type Args = { readonly context: IssueMachineContext; readonly event: IssueCommand };

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
  lastAt: '',
  refusedLast: false,
};

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
  const today = (event: IssueCommand): string => must(localDay(event.at, policy.utcOffsetMinutes));
  const pending = (c: IssueMachineContext): boolean => c.extensions.some((e) => e.status === 'pending');

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
    feedbackPositive: ({ event }) => (event as Of<'giveFeedback'>).level !== 'unsatisfied',
    feedbackNegative: ({ event }) => (event as Of<'giveFeedback'>).level === 'unsatisfied',
    // archiveCheck reads only the fields, which the context has; it never touches `history`.
    archiveComplete: ({ context }) => archiveCheck(context as unknown as Issue).complete,
    escalationRises: ({ context, event }) => context.escalation === null || (event as Of<'escalate'>).rank >= context.escalation.rank,
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
        const on = today(c);
        const limit = c.timeLimit;
        const deadline = 'workingDays' in limit ? must(deadlineAfter(on, limit.workingDays, calendar)) : limit.dueOn;
        if (deadline < on) throw new Error(`the workload holds a due date ${deadline} before ${on}`);
        return {
          leadDepartmentId: c.departmentId,
          coHandlerIds: c.coHandlerIds ?? [],
          assignedOn: on,
          deadline,
          extensions: [],
          supervisionStep: 'unsupervised' as const,
          answer: null,
          feedback: null,
          ...(c.batchId === undefined ? {} : { batchId: c.batchId }),
          lastAt: c.at,
        };
      }),
      returnAssignment: assign(({ context, event }) => {
        const c = event as Of<'returnAssignment'>;
        return {
          returns: [...context.returns, { departmentId: context.leadDepartmentId as string, on: today(c), reason: c.reason }],
          leadDepartmentId: null,
          coHandlerIds: [],
          assignedOn: null,
          deadline: null,
          extensions: [],
          supervisionStep: 'unsupervised' as const,
          lastAt: c.at,
        };
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
        return { extensions, deadline: must(addWorkingDays(context.deadline as string, request.workingDays, calendar)), lastAt: c.at };
      }),
      supervise: assign(({ event }) => ({ supervisionStep: (event as Of<'supervise'>).step, lastAt: event.at })),
      serve: assign(({ event }) => {
        const c = event as Of<'serve'>;
        const on = today(c);
        return {
          answer: { outcome: c.outcome, summary: c.summary, mode: c.mode, measures: null, on },
          ledgerEntry: { on, mode: c.mode, summary: c.summary },
          feedback: null,
          lastAt: c.at,
        };
      }),
      answer: assign(({ context, event }) => {
        const c = event as Of<'answer'>;
        const on = today(c);
        const answer = { outcome: c.outcome, summary: c.summary, mode: c.mode, measures: c.measures ?? null, on };
        return context.procedure === 'simple'
          ? { answer, feedback: null, ledgerEntry: { on, mode: c.mode, summary: c.summary }, lastAt: c.at }
          : { answer, feedback: null, lastAt: c.at };
      }),
      giveFeedback: assign(({ context, event }) => {
        const { level, at } = event as Of<'giveFeedback'>;
        return level === 'unsatisfied' ? { feedback: level, reopenCount: context.reopenCount + 1, lastAt: at } : { feedback: level, lastAt: at };
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
    },
  });

  /** `withdraw` and `addToDossier` rows shared by several states, as in the table. */
  const withdraw = { withdraw: { target: 'withdrawn', guard: 'inOrder', actions: 'stamp' } } as const;
  const addToDossier = { addToDossier: { guard: and(['inOrder', 'dossierRoom']), actions: 'addToDossier' } } as const;
  /** `escalate` rows of the working states: stay, if the rank does not go down. */
  const escalate = { escalate: { guard: and(['inOrder', 'escalationRises']), actions: 'escalate' } } as const;

  return logic.createMachine({
    id: 'issue',
    initial: 'new',
    context: blank,
    states: {
      new: { on: { submit: { target: 'submitted', actions: 'submit' } } },
      submitted: {
        on: { classify: { target: 'accepted', guard: and(['inOrder', 'knownCategory']), actions: 'classify' }, ...withdraw },
      },
      accepted: {
        on: {
          classify: { guard: and(['inOrder', 'knownCategory', 'refusalStands']), actions: 'classify' },
          requestApproval: { target: 'pendingApproval', guard: and(['inOrder', 'procedureIsGeneral']), actions: 'stamp' },
          assign: { target: 'assigned', guard: and(['inOrder', 'approvedIfGeneral']), actions: 'assign' },
          serve: { target: 'answered', guard: and(['inOrder', 'procedureIsSimple']), actions: 'serve' },
          ...withdraw,
          ...escalate,
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
          ...withdraw,
          ...addToDossier,
          ...escalate,
        },
      },
      returned: { on: { assign: { target: 'assigned', guard: 'inOrder', actions: 'assign' }, ...withdraw, ...addToDossier, ...escalate } },
      answered: {
        on: {
          giveFeedback: [
            { target: 'confirmed', guard: and(['inOrder', 'feedbackPositive']), actions: 'giveFeedback' },
            { target: 'reopened', guard: and(['inOrder', 'feedbackNegative']), actions: 'giveFeedback' },
          ],
          ...withdraw,
          ...addToDossier,
          ...escalate,
        },
      },
      confirmed: { on: { close: { target: 'closed', guard: and(['inOrder', 'archiveComplete']), actions: 'close' }, ...withdraw, ...addToDossier } },
      closed: { on: { complain: { target: 'reopened', guard: 'inOrder', actions: 'complain' } } },
      reopened: {
        on: {
          assign: { target: 'assigned', guard: 'inOrder', actions: 'assign' },
          serve: { target: 'answered', guard: and(['inOrder', 'procedureIsSimple']), actions: 'serve' },
          ...withdraw,
          ...addToDossier,
          ...escalate,
        },
      },
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
