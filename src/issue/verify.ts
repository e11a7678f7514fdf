import * as z from 'zod';
import type { WorkCalendar } from '../calendar/schema.js';
import { calendarProblem } from '../calendar/compiled.js';
import type { CalendarResult } from '../calendar/working-days.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { sameData } from '../internal/compare.js';
import { isBefore } from '../internal/instant.js';
import { argumentError, checkedOnce, clip, defaultInputLimits } from '../internal/parse.js';
import type { ServiceTaxonomy } from '../taxonomy/schema.js';
import type { IssueState } from '../vocabulary/issue.js';
import { IssueCommandSchema, readIssue, type IssueCommand } from './commands.js';
import { decideIssue, evolveIssue } from './machine.js';
import { LifecyclePolicySchema, UNSAFE_NO_ACCESS_CHECK, type IssueContext, type LifecyclePolicy } from './policy.js';
import { asWholeDossier, dossierLists, writesWholeDossier } from './dossier.js';
import { withoutAddedIn22, IssueChangesSchema, IssueFieldsSchema, type Dossier, type Issue, type IssueEvent } from './schema.js';
import { issueTransitions } from './transitions.js';

/**
 * The value of `replayIssue`'s context that skips verification: the events are then only checked to
 * be one unbroken sequence of one issue along the transition table, and their recorded changes are
 * applied as they stand — no guard, no role law, no check of what each event changed. Meant for a
 * store that replays its own events after verifying them once (e.g. when it wrote them, or under
 * a hash chain it checks); its name is meant to stand out in code review.
 *
 * @example
 * ```ts
 * replayIssue(issue.history, UNSAFE_SKIP_VERIFICATION).ok; // true
 * UNSAFE_SKIP_VERIFICATION; // 'UNSAFE_SKIP_VERIFICATION'
 * ```
 * @category Issue
 */
export const UNSAFE_SKIP_VERIFICATION = 'UNSAFE_SKIP_VERIFICATION' as const; // `as const`: the literal type does not widen to string

/**
 * What verifying an issue's history needs: the calendar, lifecycle policy and taxonomy the events
 * were decided under. An {@link IssueContext} is one; its `access` is not needed and is ignored.
 *
 * Verification re-decides each event with the role law (`issueRoleLaw`: only the enterprise gives
 * feedback or complains, for itself; only the leading body approves; neither the enterprise nor a
 * department closes), but not with an access policy: who was authenticated, and with which
 * jurisdiction, when each event was recorded is not part of the event, so a per-subject check
 * would judge the past by today's subject.
 *
 * Pass the calendar and policy in force when the events were decided: a calendar whose provisional
 * year has since been replaced by the published notice, a changed return window or a category
 * removed from the taxonomy can make a genuine past event fail to reproduce.
 *
 * @category Issue
 */
export interface HistoryContext {
  /** The working-day calendar the events were decided with, e.g. `chinaCalendar`. */
  readonly calendar: WorkCalendar;
  /** Ignored: verification checks the role law, not an access policy (see above). */
  readonly access?: IssueContext['access'];
  /** The lifecycle policy the events were decided under; `defaultLifecyclePolicy` when omitted. */
  readonly policy?: LifecyclePolicy;
  /** The taxonomy `classify` events were checked against, if any. */
  readonly taxonomy?: ServiceTaxonomy;
}

/** An issue being rebuilt in place, one event at a time. */
type Working = { -readonly [K in keyof Issue]: Issue[K] } & { history: IssueEvent[] };

/** The fields an event may set: what `applyEvent` copies from its `changes`, and nothing else (`dossierAdded` is appended). */
const changeKeys: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(Object.keys(IssueChangesSchema.shape).filter((k) => k !== 'dossierAdded')))();

/** The target states of the table by state (`''` for none) and command. */
const rows: ReadonlyMap<string, ReadonlyMap<string, readonly IssueState[]>> = /* @__PURE__ */ (() => {
  const out = new Map<string, Map<string, IssueState[]>>();
  for (const t of issueTransitions) {
    const byCommand = out.get(t.from ?? '') ?? new Map<string, IssueState[]>();
    out.set(t.from ?? '', byCommand);
    byCommand.set(t.command, [...(byCommand.get(t.command) ?? []), t.to]);
  }
  return out;
})();

/**
 * The working issue a history starts from: the blank issue of the first event's id, with no history
 * yet (a plain copy with a plain array, without the log of `evolveIssue`'s issues).
 */
function start(first: IssueEvent): Working {
  return { ...evolveIssue(null, { ...first, changes: {} }), history: [] };
}

/** The dossier a walk over a history made itself, so it may append to it in place (never one an event or the caller holds). */
interface Walk {
  owned: Dossier | null;
}

/**
 * Applies an event to the working issue in place (the Decider's `evolve` without the copy, so a
 * history is rebuilt in linear time): the known fields of its changes, its target state, and the
 * event itself appended to the history. Unknown keys in `changes` are not copied (verification
 * reports them). The items of a 2.1 `dossierAdded` are appended to a dossier the walk owns (copied
 * once from the one before): O(a) in the items added.
 */
function applyEvent(w: Working, e: IssueEvent, walk: Walk): void {
  const changes = e.changes as Readonly<Record<string, unknown>>;
  for (const k of Object.keys(changes)) if (changeKeys.has(k)) (w as Record<string, unknown>)[k] = changes[k];
  const added = e.changes.dossierAdded;
  if (added !== undefined) {
    if (walk.owned !== w.dossier) w.dossier = walk.owned = { documents: [...w.dossier.documents], records: [...w.dossier.records], evidence: [...w.dossier.evidence] };
    for (const k of dossierLists) {
      const items = added[k];
      if (items !== undefined) for (const x of items) (w.dossier[k] as string[]).push(x);
    }
  }
  w.state = e.to;
  w.history.push(e);
}

/** The event's place for messages: "event 3 ("assign" from "accepted" to "assigned")". */
const which = (i: number, e: IssueEvent): { readonly en: string; readonly zh: string } => ({
  en: `Event ${i + 1} ("${clip(String(e.type), 40)}" from "${clip(String(e.from), 40)}" to "${clip(String(e.to), 40)}")`,
  zh: `第 ${i + 1} 个事件（${clip(String(e.from), 40)} 经“${clip(String(e.type), 40)}”到 ${clip(String(e.to), 40)}）`,
});

/** The first event is not the issue's submission (or there is none). */
const noSubmission = (first?: IssueEvent): DomainError =>
  domainError('EVENT_OUT_OF_ORDER', { en: 'The first event must be the submission of the issue, with seq 1.', zh: '第一个事件须为诉求提交，序号为 1。', path: ['events', 0], value: first });

/** A break of the sequence at event `i`, at the event or at one of its fields. */
function broken(events: readonly IssueEvent[], i: number, en: string, zh: string, field?: keyof IssueEvent): DomainError {
  const e = events[i] as IssueEvent;
  return domainError('EVENT_OUT_OF_ORDER', { en, zh, path: field === undefined ? ['events', i] : ['events', i, field], value: field === undefined ? e : e[field] });
}

/**
 * The first layer: what breaks the sequence at event `i`, or null. The first event must be the
 * submission with seq 1; each later one belongs to the same issue, counts on from the one before
 * (`seq` one more than its predecessor's), is not dated before it, starts in the state the issue
 * is in, and is a transition of the table.
 */
function sequenceProblem(events: readonly IssueEvent[], i: number, state: IssueState | null): DomainError | null {
  const e = events[i] as IssueEvent;
  if (i === 0) return e.from !== null || e.type !== 'submit' || e.to !== 'submitted' || e.seq !== 1 ? noSubmission(e) : null;
  const first = events[0] as IssueEvent;
  const prev = events[i - 1] as IssueEvent;
  if (e.issueId !== first.issueId) return broken(events, i, `Event ${i + 1} belongs to issue "${clip(String(e.issueId), 80)}".`, `第 ${i + 1} 个事件属于诉求“${clip(String(e.issueId), 80)}”。`, 'issueId');
  if (e.seq !== prev.seq + 1) {
    const before = prev.seq === i ? { en: '', zh: '' } : { en: `; the event before it has seq ${prev.seq}`, zh: `，其前一个事件的序号为 ${prev.seq}` };
    return broken(events, i, `Event ${i + 1} has seq ${e.seq}${before.en}.`, `第 ${i + 1} 个事件的序号为 ${e.seq}${before.zh}。`, 'seq');
  }
  if (isBefore(e.at, prev.at)) {
    return broken(events, i, `Event ${i + 1} is dated ${clip(String(e.at), 80)}, before event ${i} at ${clip(String(prev.at), 80)}.`, `第 ${i + 1} 个事件的时间 ${clip(String(e.at), 80)} 早于第 ${i} 个事件的时间 ${clip(String(prev.at), 80)}。`, 'at');
  }
  if (e.from !== state) {
    return broken(events, i, `Event ${i + 1} starts in "${clip(String(e.from), 40)}", but the issue is "${state}".`, `第 ${i + 1} 个事件的起始环节为“${clip(String(e.from), 40)}”，但诉求处于“${state}”。`, 'from');
  }
  if (rows.get(e.from ?? '')?.get(e.type)?.includes(e.to) !== true) {
    const w = which(i, e);
    return broken(events, i, `${w.en} is not a transition of the table.`, `${w.zh}不是状态转换表中的转换。`, 'type');
  }
  return null;
}

/** The last item of a list, or undefined (also for a value that is not a list). */
const last = (list: unknown): unknown => (Array.isArray(list) && list.length > 0 ? list[list.length - 1] : undefined);

/** An object's field, or undefined when it is not an object. */
const field = (x: unknown, key: string): unknown => (x !== null && typeof x === 'object' ? (x as Readonly<Record<string, unknown>>)[key] : undefined);

/** A command's payload being rebuilt: plain properties, written one by one (no computed spreads: this runs once per event). */
type Payload = Record<string, unknown>;

/** Sets an optional field of the payload unless the value is null or undefined (the command left it out). */
function optional(p: Payload, key: string, value: unknown): void {
  if (value !== null && value !== undefined) p[key] = value;
}

/** Sets a field of the payload when `changes` holds it (a field the effect sets only when the command had it). */
function ifSet(p: Payload, changes: Readonly<Record<string, unknown>>, key: string): void {
  if (Object.hasOwn(changes, key)) p[key] = changes[key];
}

/** Sets the items a list of the dossier gained, when it gained some (a version 2.0 event: it holds the whole dossier). */
function added(p: Payload, key: 'documents' | 'records' | 'evidence', before: Issue, changes: Readonly<Record<string, unknown>>): void {
  const now = field(changes['dossier'], key);
  const had = before.dossier[key].length;
  if (Array.isArray(now) && now.length > had) p[key] = now.slice(had);
}

/**
 * The payload of the command an event records — what it carries beyond its type, issue, actor,
 * time and note — rebuilt from what the event's `changes` say the command carried (see the effects
 * in machine.ts): the category of a `classify`, the department and deadline of an `assign` (as a
 * fixed due date: a working-day limit produces the same deadline), the step of a `supervise`, the
 * answer's fields, the escalation's, the items a dossier gained (listed in a 2.1 event's
 * `dossierAdded`; the tail of the whole dossier a 2.0 event holds), …. A `complain` records no reason
 * in its changes, so any reason stands for it. Not checked here: see `payloadSchemas`.
 */
export function recordedPayload(before: Issue | null, e: IssueEvent): Payload {
  const c = e.changes as Readonly<Record<string, unknown>>;
  const p: Payload = {};
  switch (e.type) {
    case 'submit':
      p['enterpriseId'] = c['enterpriseId'];
      p['title'] = c['title'];
      if (c['description'] !== '') p['description'] = c['description'];
      p['channel'] = c['channel'];
      p['origin'] = c['origin'];
      optional(p, 'categoryId', c['categoryId']);
      break;
    case 'classify':
      p['categoryId'] = c['categoryId'];
      p['scope'] = c['scope'];
      p['nature'] = c['nature'];
      p['procedure'] = c['procedure'];
      ifSet(p, c, 'batchId');
      break;
    case 'assign': {
      p['departmentId'] = c['leadDepartmentId'];
      p['coHandlerIds'] = c['coHandlerIds'];
      const limits = field(c['clocks'], 'limits');
      // A 2.2 event records the limits it was given; an older one, the deadline they made.
      p['timeLimit'] = limits === undefined ? { dueOn: c['deadline'] } : field(limits, 'handling');
      const others = limits === undefined ? {} : Object.fromEntries(Object.entries(limits as object).filter(([k]) => k !== 'handling'));
      if (Object.keys(others).length > 0) p['clocks'] = others;
      ifSet(p, c, 'batchId');
      break;
    }
    case 'requestPause':
    case 'disputeAssignment': {
      const request = last(c[e.type === 'requestPause' ? 'pauses' : 'disputes']);
      p['reasonCode'] = field(request, 'reasonCode');
      const reason = field(request, 'reason');
      if (reason !== '') p['reason'] = reason;
      break;
    }
    case 'decidePause': {
      const pending = before === null ? -1 : before.pauses.findIndex((x) => x.status === 'pending');
      p['grant'] = Array.isArray(c['pauses']) && field(c['pauses'][pending], 'status') === 'approved';
      break;
    }
    case 'reviewDispute':
    case 'redispatch': {
      const decided = last(c['disputes']);
      const to = e.type === 'redispatch' ? c['leadDepartmentId'] : field(decided, 'redispatchedTo');
      if (e.type === 'reviewDispute') p['uphold'] = field(decided, 'status') === 'upheld';
      if (to !== null && to !== undefined) {
        p['departmentId'] = to;
        p['coHandlerIds'] = c['coHandlerIds'];
        const limit = field(field(c['clocks'], 'limits'), 'handling');
        if (limit !== undefined) p['timeLimit'] = limit;
      }
      break;
    }
    case 'merge':
      p['parentId'] = c['mergedInto'];
      break;
    case 'callBack':
      p['reached'] = field(last(c['callbacks']), 'reached');
      break;
    case 'returnAssignment':
      p['reason'] = field(last(c['returns']), 'reason');
      break;
    case 'requestExtension': {
      const request = last(c['extensions']);
      p['workingDays'] = field(request, 'workingDays');
      p['reason'] = field(request, 'reason');
      break;
    }
    case 'decideExtension': {
      const pending = before === null ? -1 : before.extensions.findIndex((x) => x.status === 'pending');
      p['grant'] = Array.isArray(c['extensions']) && field(c['extensions'][pending], 'status') === 'granted';
      break;
    }
    case 'supervise':
      p['step'] = c['supervisionStep'];
      optional(p, 'jointWith', e.jointWith); // version 2.3: the second body of a joint step
      break;
    case 'serve':
      p['mode'] = field(c['answer'], 'mode');
      p['summary'] = field(c['answer'], 'summary');
      p['outcome'] = field(c['answer'], 'outcome');
      break;
    case 'answer':
      p['outcome'] = field(c['answer'], 'outcome');
      p['summary'] = field(c['answer'], 'summary');
      p['mode'] = field(c['answer'], 'mode');
      optional(p, 'measures', field(c['answer'], 'measures'));
      break;
    case 'giveFeedback': {
      p['level'] = c['feedback'];
      optional(p, 'rating', c['rating']);
      const reasons = c['dissatisfaction'];
      if (Array.isArray(reasons) && reasons.length > 0) p['reasons'] = reasons;
      break;
    }
    case 'complain':
      p['reason'] = '（投诉理由未记入事件）';
      break;
    case 'addToDossier':
      if (!writesWholeDossier(e)) for (const k of dossierLists) optional(p, k, field(c['dossierAdded'], k));
      else if (before !== null) for (const k of dossierLists) added(p, k, before, c);
      break;
    case 'escalate': {
      const x = c['escalation'];
      p['holder'] = field(x, 'holder');
      optional(p, 'portfolio', field(x, 'portfolio'));
      optional(p, 'step', field(x, 'step'));
      p['rank'] = field(x, 'rank');
      optional(p, 'ruleId', field(x, 'ruleId'));
      optional(p, 'ladderId', field(x, 'ladderId'));
      break;
    }
    default:
      // requestApproval, approve, refuseApproval, close, withdraw, signFor, contact, reply, resume, closeUnrated: nothing beyond who and when.
      break;
  }
  return p;
}

/** The whole command an event records: its type, issue, actor, time and note, with the payload. */
export function recordedCommand(e: IssueEvent, payload: Payload): IssueCommand {
  const command: Record<string, unknown> = { type: e.type, issueId: e.issueId, actor: e.actor, at: e.at };
  if (e.note !== null && e.note !== undefined) command['note'] = e.note;
  for (const k of Object.keys(payload)) command[k] = payload[k];
  return command as unknown as IssueCommand;
}

/**
 * A re-decided event in the form an event of `version` was written: an event before 2.2 did not
 * record the fields 2.2 added (the clocks, sign-for, …), which the decider now writes.
 */
function asWritten(event: IssueEvent, version: string): IssueEvent {
  if (version !== '2.0' && version !== '2.1') return event;
  return { ...event, changes: withoutAddedIn22(event.changes) };
}

/** The fields of an event that record a decision, compared with the re-decided event (`seq` is the first layer's). */
const decisionFields = ['issueId', 'type', 'actor', 'at', 'from', 'to', 'changes', 'note', 'jointWith'] as const;

const show = (value: unknown): string => (value === undefined ? '(nothing)' : clip(JSON.stringify(value) ?? String(value), 200));

/**
 * The payload schema of each command type: its schema in `IssueCommandSchema` without the fields
 * every command carries (`type`, `issueId`, `actor`, `at`, `note`), which a rebuilt command takes
 * from its event as they stand (the event's schema holds them to the same rules, and the decider
 * reads `at`). Checking only the payload is about three times faster than the whole union.
 */
const payloadSchemas: ReadonlyMap<string, z.ZodType> = /* @__PURE__ */ (() => {
  const out = new Map<string, z.ZodType>();
  for (const option of IssueCommandSchema.options) {
    const { type, issueId: _issueId, actor: _actor, at: _at, note: _note, ...payload } = option.shape;
    out.set(type.value, z.strictObject(payload));
  }
  return out;
})();

/** The second layer at event `i`: the event re-decided from the issue before it, or the problem with it. */
function decisionProblem(before: Working | null, e: IssueEvent, i: number, context: IssueContext, seen: { provisional: boolean }): DomainError | null {
  const payload = recordedPayload(before, e);
  const valid = payloadSchemas.get(e.type)?.safeParse(payload);
  if (valid !== undefined && !valid.success) {
    const w = which(i, e);
    const name = String(valid.error.issues[0]?.path[0] ?? 'type');
    return domainError('EVENT_CHANGES_FORGED', {
      en: `${w.en} records changes that no "${clip(String(e.type), 40)}" command writes: its ${name} would be ${show(payload[name])}.`,
      zh: `${w.zh}记录的变更不是任何“${clip(String(e.type), 40)}”操作能写入的：其 ${name} 将为 ${show(payload[name])}。`,
      path: ['events', i, 'changes'],
      value: e.changes,
    });
  }
  const decided = decideIssue(before, recordedCommand(e, payload), context);
  if (!decided.ok) {
    const w = which(i, e);
    const r = decided.error;
    return domainError('EVENT_NOT_REPRODUCED', {
      en: `${w.en} is not one the lifecycle produces from the issue before it: ${r.message} (${r.code})`,
      zh: `${w.zh}不是诉求流程在此前状态下能产生的：${r.messageZh}（${r.code}）`,
      path: ['events', i],
      value: r,
    });
  }
  if (decided.provisional) seen.provisional = true;
  // The decider writes the current form; a 2.0 addToDossier event is compared with the form 2.0 wrote.
  const now = asWritten(decided.value, e.schemaVersion);
  const redone = (before !== null && e.type === 'addToDossier' && writesWholeDossier(e) ? { ...now, changes: asWholeDossier(before.dossier, now.changes) } : now) as unknown as Readonly<Record<string, unknown>>;
  const stored = e as unknown as Readonly<Record<string, unknown>>;
  for (const f of decisionFields) {
    if (sameData(redone[f], stored[f])) continue;
    let path: ErrorPath = ['events', i, f];
    let want = redone[f];
    let got = stored[f];
    if (f === 'changes') {
      const a = redone[f] as Readonly<Record<string, unknown>>;
      const b = (stored[f] ?? {}) as Readonly<Record<string, unknown>>;
      // The decider's key order first, then the stored keys it does not write, sorted: a store that
      // reorders keys gets the same path.
      const key = [...Object.keys(a), ...Object.keys(b).sort()].find((k) => !sameData(a[k], b[k]));
      if (key !== undefined) {
        path = ['events', i, 'changes', key];
        want = a[key];
        got = b[key];
      }
    }
    const what = path.slice(2).join('.');
    const w = which(i, e);
    return domainError('EVENT_CHANGES_FORGED', {
      en: `${w.en} records ${what} = ${show(got)}, but the "${clip(String(e.type), 40)}" it records produces ${show(want)}.`,
      zh: `${w.zh}记录的 ${what} 为 ${show(got)}，而其记录的“${clip(String(e.type), 40)}”操作应产生 ${show(want)}。`,
      path,
      value: got,
    });
  }
  return null;
}

/** What keeps a history context from being used, or null: checked once, before any event. */
function historyContextProblem(context: HistoryContext): DomainError | null {
  if (context === null || typeof context !== 'object') {
    return domainError('INVALID_ARGUMENT', {
      en: `context must be an object { calendar, policy?, taxonomy? } (or UNSAFE_SKIP_VERIFICATION for replayIssue); received ${context === null ? 'null' : typeof context}.`,
      zh: `context 应为对象 { calendar, policy?, taxonomy? }（replayIssue 亦可明示 UNSAFE_SKIP_VERIFICATION）；实际为 ${context === null ? 'null' : typeof context}。`,
      path: ['context'],
      value: context,
    });
  }
  if (context.policy !== undefined) {
    const problem = checkedOnce(LifecyclePolicySchema, context.policy);
    if (problem !== null) return argumentError(problem, ['context', 'policy'], { en: 'a valid lifecycle policy', zh: '有效的诉求办理规则' });
  }
  return calendarProblem(context.calendar, ['context', 'calendar']);
}

/** The problems found, the first `defaultInputLimits.maxIssues` of them, as one error: the first, listing them all. */
function reported(problems: readonly DomainError[], total: number): DomainError {
  const first = problems[0] as DomainError;
  return { ...first, issues: problems, ...(total > problems.length ? { moreIssues: total - problems.length } : {}) };
}

/**
 * Verifies an issue's audit history and rebuilds the issue from it: each event is checked to
 * follow the one before (the sequence layer: `EVENT_OUT_OF_ORDER`), then the command it records is
 * rebuilt from its type, actor, time, note and changes and re-decided with the lifecycle's own
 * decider (`decideIssue`) from the issue the events before it make — guards, role law, target state
 * and every changed field. Every event the lifecycle would not have produced is reported with its
 * index, not only the first; each event is judged against the issue its recorded predecessors
 * make, so one forged event does not make the later ones fail (unless its changes are not issue
 * fields at all, `IssueChangesSchema`: the walk ends there). Linear in the number of events.
 *
 * What is compared: `issueId`, `type`, `actor`, `at`, `from`, `to`, `changes` and `note`; `seq`
 * belongs to the sequence layer. Other fields an event may carry (a digest, a schema version,
 * fields of a newer minor version) are not verification's to judge. The access policy is not
 * checked, the role law is (see {@link HistoryContext}).
 *
 * What it cannot see: an edit that some other command would have produced. An event does not
 * record everything its command carried — an assignment's time limit (its deadline may become any
 * working day from the assignment on, as a fixed due date could set), a complaint's reason — and
 * an actor's id, a note or a time within the same local day can be changed to others the rules
 * allow; deleting the last events leaves a shorter history that is just as lawful. A hash chain
 * over the stored events catches those.
 *
 * @param events - The issue's events, oldest first (parse stored data with `safeParseIssueEvents`).
 * @param context - The calendar, policy and taxonomy the events were decided under; an
 *   `IssueContext` will do (its `access` is ignored).
 * @returns The issue the history produces (with `provisional` when a deadline rests on a
 *   provisional calendar year), or the first problem with `issues` listing every problem found (the
 *   first 20; `moreIssues` counts the rest), each with the path `events[i]` (or the field:
 *   `events[i].changes.deadline`, `events[i].seq`, …): `EVENT_OUT_OF_ORDER` (the sequence),
 *   `EVENT_NOT_REPRODUCED` (the decider refuses the command the event records; `value` is its
 *   refusal, e.g. `GENERAL_PROCEDURE_NOT_APPROVED`), `EVENT_CHANGES_FORGED` (the command is
 *   accepted but produces another target state or other changes; `value` is the stored value); or
 *   `INVALID_ARGUMENT` / a calendar error for an unusable context.
 * @example
 * ```ts
 * verifyIssueHistory(issue.history, { calendar: chinaCalendar }).ok; // true
 * // An assignment back-dated by a week in the stored events:
 * const forged = issue.history.map((e) => (e.type === 'assign' ? { ...e, changes: { ...e.changes, assignedOn: '2026-02-23' } } : e));
 * const r = verifyIssueHistory(forged, { calendar: chinaCalendar });
 * r.ok || [r.error.code, r.error.path]; // ['EVENT_CHANGES_FORGED', ['events', 2, 'changes', 'assignedOn']]
 * ```
 * @category Issue
 */
export function verifyIssueHistory(events: readonly IssueEvent[], context: HistoryContext): CalendarResult<Issue> {
  return verifiedFrom(events, context, null);
}

/**
 * An issue known to be right after its first `version` events (a snapshot's fields, which the
 * verification of the events after it starts from).
 */
export interface VerifiedStart {
  /** The issue's fields after event `version` (its history is taken from the events). */
  readonly issue: Omit<Issue, 'history'>;
  /** How many of the events it covers (at least 1). */
  readonly version: number;
}

/**
 * {@link verifyIssueHistory} from a known start: the events up to `start.version` are taken as the
 * start's history, and each event after it is checked and re-decided from there (how a store
 * verifies the tail after a snapshot). With a null start, the whole history is verified. Internal:
 * not exported from the package.
 */
export function verifiedFrom(events: readonly IssueEvent[], context: HistoryContext, from: VerifiedStart | null): CalendarResult<Issue> {
  const unusable = historyContextProblem(context);
  if (unusable !== null) return { ok: false, error: unusable };
  const first = events[0];
  if (first === undefined) return { ok: false, error: reported([noSubmission()], 1) };
  const decideIn: IssueContext = { calendar: context.calendar, access: UNSAFE_NO_ACCESS_CHECK, ...optionalContext(context) };
  const max = defaultInputLimits.maxIssues;
  const problems: DomainError[] = [];
  let total = 0;
  const seen = { provisional: false };
  const w = from === null ? start(first) : ({ ...from.issue, history: events.slice(0, from.version) } as Working);
  const walk: Walk = { owned: null };
  for (let i = from === null ? 0 : from.version; i < events.length; i++) {
    const e = events[i] as IssueEvent;
    const problem = sequenceProblem(events, i, i === 0 ? null : w.state) ?? decisionProblem(i === 0 ? null : w, e, i, decideIn, seen);
    if (problem !== null) {
      total++;
      if (problems.length < max) problems.push(problem);
      // An accepted event's changes are the decider's own; a refused one's are checked before they
      // are applied: changes that are not issue fields at all leave an issue nothing can be judged
      // against, so the walk ends there.
      if (!IssueChangesSchema.safeParse(e.changes).success) break;
    }
    applyEvent(w, e, walk);
  }
  if (total > 0) return { ok: false, error: reported(problems, total) };
  return { ok: true, value: w, provisional: seen.provisional };
}

/** The policy and taxonomy of a context, when it has them. */
const optionalContext = (c: HistoryContext): Pick<IssueContext, 'policy' | 'taxonomy'> => ({
  ...(c.policy === undefined ? {} : { policy: c.policy }),
  ...(c.taxonomy === undefined ? {} : { taxonomy: c.taxonomy }),
});

/**
 * The history replayed along the table only, stopping at the first break of the sequence: what
 * `replayIssue` did before it verified.
 */
function replayUnchecked(events: readonly IssueEvent[]): Result<Issue> {
  const first = events[0];
  if (first === undefined) return err(noSubmission());
  const w = start(first);
  const walk: Walk = { owned: null };
  for (let i = 0; i < events.length; i++) {
    const problem = sequenceProblem(events, i, i === 0 ? null : w.state);
    if (problem !== null) return err(problem);
    applyEvent(w, events[i] as IssueEvent, walk);
  }
  return ok(w);
}

/**
 * Rebuilds an issue from its audit events, and verifies them on the way (safe by default): the
 * same as {@link verifyIssueHistory}, whose checks and errors it shares. The result equals the
 * issue the commands produced. Only {@link UNSAFE_SKIP_VERIFICATION}, explicitly, replays along
 * the table without verifying: the events must then still be one unbroken sequence of one issue
 * (the first is its `submit`, `seq` counts from 1, no event is dated before the one it follows,
 * each starts in the state the previous one left and is a transition of the table), but their
 * guards and changes are taken on trust.
 *
 * @param events - The issue's events, oldest first (parse stored data with `safeParseIssueEvents` first).
 * @param context - The calendar, policy and taxonomy the events were decided under (an
 *   `IssueContext` will do), or {@link UNSAFE_SKIP_VERIFICATION}.
 * @returns The issue, or the first problem (see {@link verifyIssueHistory}); unverified, only
 *   `EVENT_OUT_OF_ORDER` at the first event that breaks the sequence (path `events[i]`, or the field
 *   that breaks it, e.g. `events[3].at`).
 * @example
 * ```ts
 * replayIssue(issue.history, { calendar: chinaCalendar }); // { ok: true, value: issue, provisional: false }
 * ```
 * @category Issue
 */
export function replayIssue(events: readonly IssueEvent[], context: HistoryContext | typeof UNSAFE_SKIP_VERIFICATION): CalendarResult<Issue> {
  if (context === UNSAFE_SKIP_VERIFICATION) {
    const r = replayUnchecked(events);
    return r.ok ? { ok: true, value: r.value, provisional: false } : r;
  }
  return verifyIssueHistory(events, context);
}

/** The fields of an issue, in schema order (not its history). */
const issueFields: readonly string[] = /* @__PURE__ */ (() => Object.keys(IssueFieldsSchema.shape))();

/** The path of `events[i]…` renamed `history[i]…`, for an error about a snapshot's history. */
const inHistory = (e: DomainError): DomainError => {
  const rename = (p: ErrorPath | undefined): ErrorPath | undefined => (p !== undefined && p[0] === 'events' ? ['history', ...p.slice(1)] : p);
  const one = (x: DomainError): DomainError => {
    const path = rename(x.path);
    return path === undefined ? x : { ...x, path };
  };
  return { ...one(e), ...(e.issues === undefined ? {} : { issues: e.issues.map(one) }) };
};

/**
 * Validates an issue read from storage (with its history) and returns it typed, refusing a
 * snapshot that its history does not produce. The history is read as `safeParseIssueEvents` reads
 * stored events (version-1 events upgraded, fields of a newer minor kept, the hash chain verified
 * from the first event: `CHAIN_BROKEN` under `history[i]`). Without a context the history is replayed along the
 * table (as `replayIssue` with `UNSAFE_SKIP_VERIFICATION`) and every field must be the one it
 * produces; with a context the history is verified as well ({@link verifyIssueHistory}).
 *
 * @param input - The data to check.
 * @param context - The calendar, policy and taxonomy the history was decided under, to verify it
 *   fully; without it, only the table-level replay.
 * @returns The issue, or `FEE_NOT_ALLOWED` / `INVALID_INPUT` with the path of the problem;
 *   `INPUT_TOO_DEEP` / `INPUT_TOO_LARGE` beyond the default `InputLimits`, checked first; then the
 *   history's problem under `history[i]` (`EVENT_OUT_OF_ORDER`, and with a context
 *   `EVENT_NOT_REPRODUCED` / `EVENT_CHANGES_FORGED`); then `ISSUE_HISTORY_MISMATCH` at the first
 *   field that differs from what the history produces (e.g. `['state']`).
 * @example
 * ```ts
 * safeParseIssue({ id: 'i1' }).ok; // false
 * safeParseIssue(JSON.parse(JSON.stringify(issue)), { calendar: chinaCalendar }).ok; // true
 * const r = safeParseIssue({ ...issue, state: 'closed' });
 * r.ok || [r.error.code, r.error.path]; // ['ISSUE_HISTORY_MISMATCH', ['state']]
 * ```
 * @category Issue
 */
export function safeParseIssue(input: unknown, context?: HistoryContext): Result<Issue> {
  // Absent optional keys are absent, never `undefined`, in parsed JSON: the cast only drops zod's `| undefined`.
  const parsed = readIssue(input);
  if (!parsed.ok) return parsed;
  const issue = parsed.value;
  const replayed = context === undefined ? replayUnchecked(issue.history) : verifyIssueHistory(issue.history, context);
  if (!replayed.ok) return err(replayed.error.path?.[0] === 'events' ? inHistory(replayed.error) : replayed.error);
  const made = replayed.value as unknown as Readonly<Record<string, unknown>>;
  const held = issue as unknown as Readonly<Record<string, unknown>>;
  for (const f of issueFields) {
    if (sameData(made[f], held[f])) continue;
    return err(
      domainError('ISSUE_HISTORY_MISMATCH', {
        en: `The issue's ${f} is ${show(held[f])}, but its history produces ${show(made[f])}.`,
        zh: `诉求的 ${f} 为 ${show(held[f])}，但其审计历史重建的结果为 ${show(made[f])}。`,
        path: [f],
        value: held[f],
      }),
    );
  }
  return parsed;
}
