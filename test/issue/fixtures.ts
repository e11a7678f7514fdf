/**
 * Test fixtures for issues: build an issue by running commands through the real lifecycle, so that
 * every fixture is an issue the library itself could have produced.
 */
import { chinaCalendar } from '../../src/calendar/index.js';
import { unwrap } from '../../src/index.js';
import { blankAddedIn22, withoutAddedIn22 } from '../../src/issue/schema.js';
import {
  executeIssueCommand,
  issueEventDigest,
  type Actor,
  type Dossier,
  type IssueChanges,
  type IssueEvent,
  type Issue,
  type IssueCommand,
  type IssueContext,
  UNSAFE_NO_ACCESS_CHECK,
} from '../../src/issue/index.js';

/**
 * The default context: China's calendar, default policy, and no jurisdiction check (the fixtures
 * run commands from many actors; the role law still holds). test/access runs them with a policy.
 */
export const ctx: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };

/** Actors in their usual roles. */
export const actors = {
  enterprise: { id: 'e-actor', role: 'enterprise' },
  adviser: { id: 'adviser-1', role: 'adviser' },
  office: { id: 'office-1', role: 'leadingGroupOffice' },
  body: { id: 'body-1', role: 'leadingBody' },
  handler: { id: 'handler-1', role: 'departmentHandler' },
  efficiency: { id: 'eff-1', role: 'efficiencyOffice' },
} as const satisfies Record<string, Actor>;

/** An instant at 09:00 China time on a date, plus `minutes`. */
export function at(date: string, minutes = 0): string {
  const h = 9 + Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+08:00`;
}

/** A command without the fields every command carries; `issueId`, `actor` and `at` are filled in. */
export type Step = { readonly [K in IssueCommand['type']]: Omit<Extract<IssueCommand, { type: K }>, 'issueId' | 'actor' | 'at'> & { actor?: Actor; at?: string } }[IssueCommand['type']];

/**
 * Runs steps against an issue (or from nothing) and returns the final issue; throws with the error
 * when a step is rejected, so a fixture can never silently be something else.
 */
export function run(issue: Issue | null, steps: readonly Step[], options: { issueId?: string; date?: string; context?: IssueContext } = {}): Issue {
  let current = issue;
  const issueId = issue?.id ?? options.issueId ?? 'i1';
  let minute = 0;
  for (const s of steps) {
    const { actor, at: when, ...rest } = s;
    const command = { ...rest, issueId, actor: actor ?? actors.adviser, at: when ?? at(options.date ?? '2026-09-28', minute++) } as IssueCommand;
    const r = executeIssueCommand(current, command, options.context ?? ctx);
    if (!r.ok) throw new Error(`${s.type} rejected: ${r.error.code} ${r.error.message}`);
    current = r.value.issue;
  }
  if (current === null) throw new Error('no steps');
  return current;
}

/** A submitted issue. */
export function submitted(issueId = 'i1', enterpriseId = 'e1', when = at('2026-09-28')): Issue {
  return run(null, [{ type: 'submit', enterpriseId, title: '用电增容', channel: 'hotline', origin: 'application', actor: actors.enterprise, at: when }], { issueId });
}

/**
 * An issue assigned to a department: submitted and classified on `date`, approved first when
 * general, and assigned with `workingDays` to `departmentId`.
 */
export function assigned(
  options: { issueId?: string; enterpriseId?: string; date?: string; procedure?: 'simple' | 'general'; workingDays?: number; departmentId?: string; batchId?: string; categoryId?: string } = {},
): Issue {
  const date = options.date ?? '2026-09-28';
  const procedure = options.procedure ?? 'simple';
  const steps: Step[] = [
    { type: 'classify', categoryId: options.categoryId ?? 'power', scope: 'outsideBureau', nature: 'ordinary', procedure, actor: actors.office },
    ...(procedure === 'general' ? ([{ type: 'requestApproval', actor: actors.office }, { type: 'approve', actor: actors.body }] as const) : []),
    {
      type: 'assign',
      departmentId: options.departmentId ?? 'd-power',
      timeLimit: { workingDays: options.workingDays ?? 5 },
      actor: actors.office,
      ...(options.batchId === undefined ? {} : { batchId: options.batchId }),
    },
  ];
  return run(submitted(options.issueId, options.enterpriseId, at(date)), steps, { date });
}

/**
 * Events as a build of event version 2.0 stored them (issue 16): the first `count` events with
 * `schemaVersion` '2.0' and each `addToDossier` event holding the whole dossier after it (2.1 holds
 * only the items added), the rest as this build writes them; every digest sealed again along the
 * chain, so the history verifies as stored.
 */
/** An event's changes without the fields event version 2.2 added (clocks, sign-for, …), as builds before it wrote them. */
export function before22(changes: IssueChanges): IssueChanges {
  return withoutAddedIn22(changes);
}

/** The issue without what event version 2.2 added (its fields at their blank values), as a history written before 2.2 replays. */
export function before22Issue(issue: Issue): Issue {
  return { ...issue, ...blankAddedIn22, history: issue.history };
}

/** The command types of builds before event 2.2 (issue 17 added the others). */
export const commandTypesBefore22: ReadonlySet<string> = new Set(['submit', 'classify', 'requestApproval', 'approve', 'refuseApproval', 'assign', 'returnAssignment', 'requestExtension', 'decideExtension', 'supervise', 'serve', 'answer', 'giveFeedback', 'close', 'complain', 'withdraw', 'addToDossier', 'escalate']);

export function asVersion20(events: readonly IssueEvent[], count = events.length): IssueEvent[] {
  const out: IssueEvent[] = [];
  let dossier: Dossier = { documents: [], records: [], evidence: [] };
  events.forEach((e, i) => {
    let changes = e.changes;
    if (changes.dossier !== undefined) dossier = changes.dossier;
    const added = changes.dossierAdded;
    if (added !== undefined) dossier = { documents: [...dossier.documents, ...(added.documents ?? [])], records: [...dossier.records, ...(added.records ?? [])], evidence: [...dossier.evidence, ...(added.evidence ?? [])] };
    if (e.type === 'addToDossier' && i < count) changes = { dossier }; // 2.0 wrote the dossier even for an addition with nothing in it
    else if (i < count) changes = before22(changes); // 2.0 wrote none of the fields 2.2 added
    const sealed = { ...e, ...(i < count ? { schemaVersion: '2.0' as const } : {}), changes, digest: '' };
    out.push({ ...sealed, digest: unwrap(issueEventDigest(sealed, out[i - 1]?.digest ?? '0'.repeat(64))) });
  });
  return out;
}
