import * as fc from 'fast-check';
import { chinaCalendar } from '../calendar/china.js';
import type { CalendarDate, Id } from '../core/schema.js';
import type { IssueCommand, TimeLimit } from '../issue/commands.js';
import { defaultDisputeReasons, defaultDissatisfactionReasons, defaultEvaluationScale, defaultPauseReasons } from '../issue/evaluation.js';
import { AnswerOutcome, FeedbackLevel, IntakeChannel, IssueCommandType, IssueNature, IssueOrigin, IssueScope, Procedure, ServiceMode, SupervisionStep, type IssueState } from '../vocabulary/issue.js';
import { type ActorRole } from '../vocabulary/actor.js';
import { isWorkingDay } from '../calendar/working-days.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { decideIssue, executeIssueCommand } from '../issue/machine.js';
import { UNSAFE_NO_ACCESS_CHECK, type IssueContext } from '../issue/policy.js';
import type { Actor } from '../vocabulary/actor.js';
import type { Issue } from '../issue/schema.js';
import { supervisionStepRank } from '../vocabulary/issue.js';
import { issueTransitions } from '../issue/transitions.js';
import { arbInstant } from './calendar.js';
import { without } from './pools.js';
import { dayRange, fromDayNumber, instantAt, localDayOf, MINUTE, msOfLocal, Tape, tapeArb } from './tape.js';

/**
 * Options of {@link arbIssueCommand}, {@link arbRejectedIssueCommand} and
 * {@link arbInvalidIssueCommand}; {@link ArbIssueOptions} adds the length of a history.
 *
 * @category Testing
 */
export interface ArbIssueCommandOptions {
  /**
   * The context commands are decided in: calendar, access, lifecycle policy, taxonomy. Default
   * `{ calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK }`: the generated commands come from
   * every role, each in its usual one (the office classifies, the enterprise gives feedback, …), so
   * no single access subject could send them all; the role law still holds. With a taxonomy,
   * `classify` draws its category ids from it.
   */
  readonly context?: IssueContext;
  /** The issue ids to draw from for a new issue (default: short ids such as `'i7'`). */
  readonly issueIds?: readonly Id[];
  /** The enterprise ids to draw from (default `['e1', 'e2', 'e3']`). */
  readonly enterpriseIds?: readonly Id[];
  /** The department ids to assign to (default a few, such as `'d-power'`). */
  readonly departmentIds?: readonly Id[];
  /** The category ids `classify` draws from when the context has no taxonomy (default a few of Xingtai's). */
  readonly categoryIds?: readonly Id[];
  /** The natures `classify` draws from (default all). */
  readonly natures?: readonly IssueNature[];
  /** The scopes `classify` draws from (default all). */
  readonly scopes?: readonly IssueScope[];
  /** The procedures `classify` draws from (default both). */
  readonly procedures?: readonly Procedure[];
  /**
   * The first local date of a submission, or of a command for no particular issue (default:
   * 1 January of the calendar's last year).
   */
  readonly from?: CalendarDate;
  /** The last such date (default: 30 June of the calendar's last year). */
  readonly to?: CalendarDate;
}

/**
 * Options of {@link arbIssue} and {@link arbValidCommandSequence}.
 *
 * @category Testing
 */
export interface ArbIssueOptions extends ArbIssueCommandOptions {
  /** The most commands in a history, the submission included (default 20). */
  readonly maxCommands?: number;
  /**
   * Only issues (histories) that end in one of these states. A history is cut after the last
   * command that left the issue in one of them; histories that never reach one are discarded, so
   * ask for states the lifecycle reaches often enough (rare ones such as `'closed'` cost more runs).
   */
  readonly states?: readonly IssueState[];
}

const types = IssueCommandType.schema.options;
const steps = SupervisionStep.schema.options.filter((s) => s !== 'unsupervised');
const titles = ['用电增容', '融资难', '用地指标', '办证周期长', '招工难', '物流成本高'] as const;
const reasons = ['不属于本部门职责', '需现场核查', '涉及多个部门', '问题仍未解决'] as const;
const summaries = ['已协调供电公司增容', '电话告知办理流程', '已出具书面答复', '协调解决用地指标'] as const;
const holders = ['deputyMayorInCharge', 'executiveDeputyMayor', 'mayor', 'efficiencyOffice', 'halfMonthlyConsultation', 'executiveMeeting'] as const;
const refs = ['批复.pdf', '协调会记录', '现场照片', '办结报告'] as const;
const pauseCodes = /* @__PURE__ */ defaultPauseReasons.map((r) => r.id);
const disputeCodes = /* @__PURE__ */ defaultDisputeReasons.map((r) => r.id);
const dissatisfactionCodes = /* @__PURE__ */ defaultDissatisfactionReasons.map((r) => r.id);
const ratings = /* @__PURE__ */ defaultEvaluationScale.levels.filter((l) => l.counts !== null).map((l) => l.id);

/** Who usually issues each command. */
const roleOf: { readonly [T in IssueCommandType]: ActorRole } = {
  submit: 'enterprise',
  classify: 'leadingGroupOffice',
  requestApproval: 'leadingGroupOffice',
  approve: 'leadingBody',
  refuseApproval: 'leadingBody',
  assign: 'leadingGroupOffice',
  returnAssignment: 'departmentHandler',
  requestExtension: 'departmentHandler',
  decideExtension: 'leadingGroupOffice',
  supervise: 'efficiencyOffice',
  serve: 'adviser',
  answer: 'departmentHandler',
  giveFeedback: 'enterprise',
  close: 'leadingGroupOffice',
  complain: 'enterprise',
  withdraw: 'enterprise',
  addToDossier: 'leadingGroupOffice',
  escalate: 'leadingGroupOffice',
  signFor: 'departmentHandler',
  contact: 'departmentHandler',
  reply: 'departmentHandler',
  requestPause: 'departmentHandler',
  decidePause: 'leadingGroupOffice',
  resume: 'departmentHandler',
  disputeAssignment: 'departmentHandler',
  reviewDispute: 'leadingGroupOffice',
  redispatch: 'leadingGroupOffice',
  merge: 'leadingGroupOffice',
  callBack: 'leadingGroupOffice',
  closeUnrated: 'leadingGroupOffice',
};

/** The commands each state allows (`''`: before submission), in the order of the table. */
const allowedIn = new Map<IssueState | '', readonly IssueCommandType[]>();
for (const t of issueTransitions) {
  const key = t.from ?? '';
  const list = (allowedIn.get(key) ?? []) as IssueCommandType[];
  if (!list.includes(t.command)) list.push(t.command);
  allowedIn.set(key, list);
}

/** The options with their defaults. */
interface Resolved {
  readonly context: IssueContext;
  readonly offset: number;
  readonly issueIds: readonly Id[] | undefined;
  readonly enterpriseIds: readonly Id[];
  readonly departmentIds: readonly Id[];
  readonly categoryIds: readonly Id[];
  readonly natures: readonly IssueNature[];
  readonly scopes: readonly IssueScope[];
  readonly procedures: readonly Procedure[];
  readonly days: readonly [number, number];
}

function nonEmpty<T>(list: readonly T[] | undefined, fallback: readonly T[], name: string): readonly T[] {
  if (list === undefined) return fallback;
  if (list.length === 0) throw new Error(`qinqing/testing: the option ${name} must not be empty.`);
  return list;
}

function resolve(o: ArbIssueCommandOptions): Resolved {
  const context: IssueContext = o.context ?? { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
  const year = String(context.calendar.lastYear).padStart(4, '0');
  return {
    context,
    offset: context.policy?.utcOffsetMinutes ?? 480,
    issueIds: o.issueIds === undefined ? undefined : nonEmpty(o.issueIds, [], 'issueIds'),
    enterpriseIds: nonEmpty(o.enterpriseIds, ['e1', 'e2', 'e3'], 'enterpriseIds'),
    departmentIds: nonEmpty(o.departmentIds, ['d-power', 'd-land', 'd-tax', 'd-amr'], 'departmentIds'),
    categoryIds:
      context.taxonomy === undefined
        ? nonEmpty(o.categoryIds, ['financing', 'marketEntry', 'lawfulOperation', 'innovation'], 'categoryIds')
        : context.taxonomy.categories.map((c) => c.id),
    natures: nonEmpty(o.natures, IssueNature.schema.options, 'natures'),
    scopes: nonEmpty(o.scopes, IssueScope.schema.options, 'scopes'),
    procedures: nonEmpty(o.procedures, Procedure.schema.options, 'procedures'),
    days: dayRange(context.calendar, o.from ?? (o.to === undefined ? `${year}-01-01` : undefined), o.to ?? (o.from === undefined ? `${year}-06-30` : undefined)),
  };
}

const issueIdArb = (r: Resolved): fc.Arbitrary<Id> =>
  r.issueIds === undefined ? fc.nat({ max: 99 }).map((n) => `i${n}`) : fc.constantFrom(...r.issueIds);

/**
 * Builds a command of a type with a payload drawn from the tape. With an issue and `fit`, the
 * payload is chosen so that the guards of the table can hold (a supervision step no lower than the
 * one reached, an escalation no lower, measures for an unsolvable answer, …); without, any payload
 * the schema accepts.
 */
function build(type: IssueCommandType, tape: Tape, issueId: Id, at: string, today: number, issue: Issue | null, fit: boolean, r: Resolved): IssueCommand {
  const role = roleOf[type];
  const enterpriseId = tape.one(r.enterpriseIds);
  const actor: Actor = { id: role === 'enterprise' ? (issue?.enterpriseId ?? enterpriseId) : `${role}-1`, role };
  const note = tape.chance(4) ? { note: '备注' } : {};
  const base = { issueId, actor, at, ...note };
  const opt = <K extends string, V>(key: K, value: () => V): { [P in K]?: V } => (tape.pick(2) === 1 ? ({ [key]: value() } as { [P in K]: V }) : {});
  switch (type) {
    case 'submit':
      return {
        type,
        ...base,
        actor: { id: enterpriseId, role },
        enterpriseId,
        title: tape.one(titles),
        ...opt('description', () => '企业反映的问题'),
        channel: tape.one(IntakeChannel.schema.options),
        origin: tape.one(IssueOrigin.schema.options),
        ...opt('categoryId', () => tape.one(r.categoryIds)),
      };
    case 'classify':
      return {
        type,
        ...base,
        categoryId: tape.one(r.categoryIds),
        scope: tape.one(r.scopes),
        nature: tape.one(r.natures),
        procedure: tape.one(r.procedures),
        ...opt('batchId', () => `batch-${1 + tape.pick(3)}`),
      };
    case 'assign': {
      const departmentId = tape.one(r.departmentIds);
      const others = r.departmentIds.filter((d) => d !== departmentId);
      return {
        type,
        ...base,
        departmentId,
        ...(others.length > 0 ? opt('coHandlerIds', () => others.slice(0, 1 + tape.pick(others.length))) : {}),
        timeLimit: timeLimit(tape, today, fit, r),
        ...opt('clocks', () => ({ signFor: { hours: 1 + tape.pick(24) }, ...(tape.chance(2) ? { firstContact: { workingDays: 1 + tape.pick(2) } } : {}) })),
        ...opt('batchId', () => `batch-${1 + tape.pick(3)}`),
      };
    }
    case 'redispatch':
    case 'reviewDispute': {
      const current = issue?.state === 'disputed' ? issue.disputes[issue.disputes.length - 1]?.departmentId : issue?.leadDepartmentId;
      const others = r.departmentIds.filter((d) => !fit || d !== current);
      const target = others.length > 0 ? { departmentId: tape.one(others) } : {};
      const limit = opt('timeLimit', () => timeLimit(tape, today, fit, r));
      if (type === 'redispatch') return { type, ...base, departmentId: target.departmentId ?? tape.one(r.departmentIds), ...limit };
      const uphold = tape.pick(2) === 1;
      return { type, ...base, uphold, ...(uphold && tape.pick(3) !== 0 ? { ...target, ...limit } : {}) };
    }
    case 'requestPause':
      return { type, ...base, reasonCode: tape.one(pauseCodes), ...opt('reason', () => tape.one(reasons)) };
    case 'disputeAssignment':
      return { type, ...base, reasonCode: tape.one(disputeCodes), ...opt('reason', () => tape.one(reasons)) };
    case 'decidePause':
      return { type, ...base, grant: tape.pick(3) !== 2 };
    case 'merge':
      return { type, ...base, parentId: fit || tape.pick(5) !== 0 ? `${issueId}-parent` : issueId };
    case 'callBack':
      return { type, ...base, reached: tape.pick(2) === 1 };
    case 'returnAssignment':
    case 'complain':
      return { type, ...base, reason: tape.one(reasons) };
    case 'requestExtension':
      return { type, ...base, workingDays: 1 + tape.pick(5), reason: tape.one(reasons) };
    case 'decideExtension':
      return { type, ...base, grant: tape.pick(3) !== 2 };
    case 'supervise': {
      const reached = fit && issue !== null ? supervisionStepRank(issue.supervisionStep) : 0;
      return { type, ...base, step: tape.one(steps.filter((s) => supervisionStepRank(s) >= reached)) };
    }
    case 'serve':
      return { type, ...base, mode: tape.one(ServiceMode.schema.options), summary: tape.one(summaries), outcome: tape.one(['resolved', 'explained'] as const) };
    case 'answer': {
      const outcome = tape.one(AnswerOutcome.schema.options);
      const measures = outcome === 'unsolvable' && fit ? { measures: '报市政府研究' } : opt('measures', () => '报市政府研究');
      return { type, ...base, outcome, summary: tape.one(summaries), mode: tape.one(ServiceMode.schema.options), ...measures };
    }
    case 'giveFeedback': {
      if (tape.pick(2) === 0) return { type, ...base, level: tape.one(FeedbackLevel.schema.options) };
      const rating = tape.one(ratings);
      const bad = rating === 'dissatisfied' || rating === 'veryDissatisfied';
      return { type, ...base, rating, ...(bad && tape.pick(2) === 1 ? { reasons: [tape.one(dissatisfactionCodes)] } : {}) };
    }
    case 'addToDossier': {
      const some = (): string[] => refs.slice(0, 1 + tape.pick(refs.length));
      return {
        type,
        ...base,
        ...(tape.chance(4) ? {} : { documents: some() }),
        ...(tape.chance(4) ? {} : { records: some() }),
        ...(tape.chance(4) ? {} : { evidence: some() }),
      };
    }
    case 'escalate': {
      const holder = tape.one(holders);
      const floor = fit ? (issue?.escalation?.rank ?? 0) : 0;
      const rule = tape.pick(2) === 1 ? { ruleId: 'r1', ladderId: 'ladder-1' } : {};
      return {
        type,
        ...base,
        holder,
        ...(holder === 'deputyMayorInCharge' ? opt('portfolio', () => '工业经济') : {}),
        ...opt('step', () => tape.one(steps)),
        rank: floor + 10 * tape.pick(4),
        ...rule,
      };
    }
    case 'requestApproval':
    case 'approve':
    case 'refuseApproval':
    case 'close':
    case 'withdraw':
    case 'signFor':
    case 'contact':
    case 'resume':
    case 'closeUnrated':
    case 'reply':
      return { type, ...base };
    default: {
      const never: never = type;
      throw new Error(`qinqing/testing: unknown command type ${String(never)}`);
    }
  }
}

/** A handling time limit: working days, hours now and then, or a fixed due date. */
function timeLimit(tape: Tape, today: number, fit: boolean, r: Resolved): TimeLimit {
  const kind = tape.pick(6);
  if (kind === 0) return { dueOn: fromDayNumber(fit ? workingOnOrAfter(today + tape.pick(21), r.context.calendar) : today + tape.pick(21)) };
  if (kind === 1) return { hours: tape.one([2, 24, 72] as const) };
  return { workingDays: 1 + tape.pick(15) };
}

/** The first working day on or after a day number (a fixed due date must be one), or the day itself beyond the calendar. */
function workingOnOrAfter(day: number, calendar: WorkCalendar): number {
  for (let d = day; d < day + 60; d++) {
    const w = isWorkingDay(fromDayNumber(d), calendar);
    if (!w.ok) return day;
    if (w.value) return d;
  }
  return day;
}

/** The instant (ms) of an issue's last event. */
const lastMs = (issue: Issue): number => Date.parse((issue.history[issue.history.length - 1] as Issue['history'][number]).at);

/**
 * A command the lifecycle accepts for the issue at `ms`: the type drawn from the tape among those
 * the state allows (withdrawal only now and then), else the next allowed type that is accepted.
 * Null when none is (a withdrawn issue).
 */
function acceptedCommand(issue: Issue, ms: number, tape: Tape, r: Resolved): IssueCommand | null {
  const allowed = allowedIn.get(issue.state) ?? [];
  if (allowed.length === 0) return null;
  // Withdrawal and merging end a history: they come only now and then, so that histories go deep.
  const staying = allowed.filter((t) => t !== 'withdraw' && t !== 'merge');
  const ending = allowed.filter((t) => t === 'withdraw' || t === 'merge');
  const first: IssueCommandType = ending.length > 0 && (staying.length === 0 || tape.chance(30)) ? tape.one(ending) : tape.one(staying);
  const order = [first, ...staying.filter((t) => t !== first), ...ending.filter((t) => t !== first)];
  const at = instantAt(ms, r.offset);
  const today = localDayOf(ms, r.offset);
  for (const type of order) {
    const command = build(type, tape, issue.id, at, today, issue, true, r);
    if (decideIssue(issue, command, r.context).ok) return command;
  }
  return null;
}

/** The gap between two commands, in minutes: often within the hour, often days. */
const gapArb = fc.oneof(fc.nat({ max: 90 }), fc.nat({ max: 3 * 24 * 60 }));

interface Run {
  readonly commands: readonly IssueCommand[];
  readonly issue: Issue;
}

/** The arbitrary of runs: a submission, then accepted commands, cut to the wanted states. */
function runArb(o: ArbIssueOptions): fc.Arbitrary<Run> {
  const r = resolve(o);
  const max = o.maxCommands ?? 20;
  if (!Number.isInteger(max) || max < 1) throw new Error(`qinqing/testing: maxCommands must be a whole number ≥ 1; received ${max}.`);
  const states = o.states === undefined ? null : new Set(nonEmpty(o.states, [], 'states'));
  const runs = fc
    .record({
      issueId: issueIdArb(r),
      day: fc.integer({ min: r.days[0], max: r.days[1] }),
      minute: fc.integer({ min: 8 * 60, max: 18 * 60 }),
      tape: tapeArb,
      steps: fc.array(fc.record({ gap: gapArb, tape: tapeArb }), { maxLength: max - 1, size: 'max' }),
    })
    .map(({ issueId, day, minute, tape, steps: next }) => {
      let ms = msOfLocal(day, minute, r.offset);
      const submit = build('submit', new Tape(tape), issueId, instantAt(ms, r.offset), day, null, true, r);
      const first = executeIssueCommand(null, submit, r.context);
      if (!first.ok) throw new Error(`qinqing/testing: a generated submission was rejected: ${first.error.code} ${first.error.message}`);
      const commands: IssueCommand[] = [submit];
      let issue = first.value.issue;
      let cut: Run | null = states === null || states.has(issue.state) ? { commands: commands.slice(), issue } : null;
      for (const step of next) {
        ms = Math.max(ms, lastMs(issue)) + step.gap * MINUTE;
        const command = acceptedCommand(issue, ms, new Tape(step.tape), r);
        if (command === null) break;
        const done = executeIssueCommand(issue, command, r.context);
        if (!done.ok) break;
        commands.push(command);
        issue = done.value.issue;
        if (states === null || states.has(issue.state)) cut = { commands: commands.slice(), issue };
      }
      return cut;
    });
  return runs.filter((run): run is Run => run !== null);
}

/**
 * An arbitrary of command sequences that the issue lifecycle accepts from start to end: a
 * `submit`, then up to `maxCommands - 1` commands, each drawn among those the issue's state allows
 * and checked with `decideIssue`, so that every sequence is valid by construction. Commands are
 * dated in order, minutes to days apart, from a submission date in `from`…`to`; withdrawal comes
 * only now and then, so that histories go deep (answers, feedback, reopening, closing).
 *
 * @param options - The context, pools of ids, the classifications to draw from, the dates, the
 *   length, and the states the sequences must end in.
 * @returns An arbitrary of sequences that `executeIssueCommand` accepts one after the other from `null`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbValidCommandSequence({ maxCommands: 10 }), (commands) => {
 *   let issue: Issue | null = null;
 *   for (const c of commands) issue = unwrap(executeIssueCommand(issue, c, { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK })).issue;
 * }));
 * ```
 * @category Testing
 */
export function arbValidCommandSequence(options: ArbIssueOptions = {}): fc.Arbitrary<readonly IssueCommand[]> {
  return runArb(options).map((run) => run.commands);
}

/**
 * An arbitrary of issues reached by running a valid command sequence
 * ({@link arbValidCommandSequence}) through the lifecycle: every issue is one the library itself
 * could have produced, with its whole history, so `replayIssue(issue.history, context)` gives it back.
 * Ask for `states: ['assigned']` and `natures: ['major']` to get assigned major issues, e.g. to
 * route them on a ladder.
 *
 * @param options - The context, pools of ids, the classifications to draw from, the dates, the
 *   length of the history, and the states the issues must be in.
 * @returns An arbitrary of issues that `safeParseIssue` accepts.
 * @example
 * ```ts
 * fc.assert(fc.property(arbIssue({ states: ['assigned'] }), (issue) => issue.deadline !== null));
 * ```
 * @category Testing
 */
export function arbIssue(options: ArbIssueOptions = {}): fc.Arbitrary<Issue> {
  return runArb(options).map((run) => run.issue);
}

/**
 * An arbitrary of issue commands.
 *
 * - Without an issue (`arbIssueCommand()`): commands of every type that the schema accepts
 *   (`safeParseIssueCommand`), for no issue in particular, dated within `from`…`to`.
 * - With `null`: `submit` commands, which create an issue.
 * - With an issue: commands that the lifecycle accepts for it now (`decideIssue` returns an event),
 *   dated at or after its last event. A withdrawn issue accepts nothing, so it is refused.
 *
 * @param issue - The issue the commands are for, `null` for a new one, or nothing for any command.
 * @param options - The context, pools of ids, the classifications to draw from and the dates.
 * @returns An arbitrary of commands.
 * @throws Error when the issue is withdrawn: no command is accepted then.
 * @example
 * ```ts
 * const ctx = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
 * fc.assert(fc.property(arbIssue().filter((i) => i.state !== 'withdrawn').chain((i) => arbIssueCommand(i).map((c) => [i, c] as const)),
 *   ([issue, command]) => decideIssue(issue, command, ctx).ok));
 * ```
 * @category Testing
 */
export function arbIssueCommand(issue?: Issue | null, options: ArbIssueCommandOptions = {}): fc.Arbitrary<IssueCommand> {
  const r = resolve(options);
  if (issue === undefined) {
    return fc
      .record({ type: fc.constantFrom(...types), tape: tapeArb, issueId: issueIdArb(r), at: arbInstant({ calendar: r.context.calendar, from: fromDayNumber(r.days[0]), to: fromDayNumber(r.days[1]), utcOffsetMinutes: r.offset }) })
      .map(({ type, tape, issueId, at }) => build(type, new Tape(tape), issueId, at, localDayOf(Date.parse(at), r.offset), null, false, r));
  }
  if (issue === null) {
    return fc
      .record({ tape: tapeArb, issueId: issueIdArb(r), day: fc.integer({ min: r.days[0], max: r.days[1] }), minute: fc.nat({ max: 24 * 60 - 1 }) })
      .map(({ tape, issueId, day, minute }) => build('submit', new Tape(tape), issueId, instantAt(msOfLocal(day, minute, r.offset), r.offset), day, null, true, r));
  }
  if ((allowedIn.get(issue.state) ?? []).length === 0) {
    throw new Error(`qinqing/testing: arbIssueCommand: the issue "${issue.id}" is ${issue.state}; no command is accepted in that state.`);
  }
  const since = lastMs(issue);
  return fc.record({ gap: gapArb, tape: tapeArb }).map(({ gap, tape }) => {
    const command = acceptedCommand(issue, since + gap * MINUTE, new Tape(tape), r);
    if (command === null) throw new Error(`qinqing/testing: arbIssueCommand found no command (a merged order closed with its parent takes none) the issue "${issue.id}" (${issue.state}) accepts.`);
    return command;
  });
}

/**
 * An arbitrary of commands that the schema accepts but the lifecycle rejects for the issue (or,
 * with `null`, for a new issue): a command the state does not allow (`INVALID_TRANSITION`), one
 * for another issue (`ISSUE_MISMATCH`), one dated before the issue's last event
 * (`TIME_BEFORE_LAST_EVENT`), or an allowed command whose payload a guard refuses (a supervision
 * step backwards, an escalation downwards, an answer "unsolvable" without measures, …). Each is
 * checked with `decideIssue`.
 *
 * @param issue - The issue, or `null` before submission.
 * @param options - The context (which must be the one the test decides in), pools of ids and dates.
 * @returns An arbitrary of commands that `safeParseIssueCommand` accepts and `decideIssue` rejects.
 * @example
 * ```ts
 * const ctx = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
 * fc.assert(fc.property(arbIssue().chain((i) => arbRejectedIssueCommand(i).map((c) => [i, c] as const)),
 *   ([issue, command]) => !decideIssue(issue, command, ctx).ok));
 * ```
 * @category Testing
 */
export function arbRejectedIssueCommand(issue: Issue | null, options: ArbIssueCommandOptions = {}): fc.Arbitrary<IssueCommand> {
  const r = resolve(options);
  const allowed = allowedIn.get(issue?.state ?? '') ?? [];
  const refused = types.filter((t) => !allowed.includes(t));
  const since = issue === null ? msOfLocal(r.days[0], 9 * 60, r.offset) : lastMs(issue);
  const id = issue?.id ?? 'i1';
  const make = (type: IssueCommandType, tape: readonly number[], ms: number, issueId = id, fit = true): IssueCommand =>
    build(type, new Tape(tape), issueId, instantAt(ms, r.offset), localDayOf(ms, r.offset), issue, fit, r);
  const later = fc.record({ gap: gapArb, tape: tapeArb });
  const families: fc.Arbitrary<IssueCommand>[] = [
    fc.tuple(fc.constantFrom(...refused), later).map(([type, { gap, tape }]) => make(type, tape, since + gap * MINUTE)),
  ];
  if (issue !== null && allowed.length > 0) {
    families.push(
      fc.tuple(fc.constantFrom(...allowed), later).map(([type, { gap, tape }]) => make(type, tape, since + gap * MINUTE, `${id}-other`)),
      fc.tuple(fc.constantFrom(...allowed), later).map(([type, { gap, tape }]) => make(type, tape, since - (1 + gap) * MINUTE)),
      fc.tuple(fc.constantFrom(...allowed), later).map(([type, { gap, tape }]) => make(type, tape, since + gap * MINUTE, id, false)),
    );
  }
  return fc.oneof(...families).filter((command) => !decideIssue(issue, command, r.context).ok);
}

/**
 * An arbitrary of data that is almost an issue command but fails the schema: an unknown type, a
 * missing or empty issue id, an instant without an offset or on an impossible date, an unknown
 * actor role, an unknown field (commands are strict), a fee (the service is free of charge:
 * `FEE_NOT_ALLOWED`), an overlong note, out-of-range numbers, or no object at all. For commands
 * that pass the schema but that the lifecycle refuses, see {@link arbRejectedIssueCommand}.
 *
 * @param options - The context and dates of the valid commands the data is made from.
 * @returns An arbitrary of values that `safeParseIssueCommand` rejects.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidIssueCommand(), (x) => !safeParseIssueCommand(x).ok));
 * ```
 * @category Testing
 */
export function arbInvalidIssueCommand(options: ArbIssueCommandOptions = {}): fc.Arbitrary<unknown> {
  const valid = arbIssueCommand(undefined, options);
  return fc.oneof(
    fc.tuple(valid, fc.constantFrom('delete', 'reopen', 'Submit', '')).map(([c, type]) => ({ ...c, type })),
    fc.tuple(valid, fc.constantFrom('type', 'issueId', 'actor', 'at')).map(([c, key]) => without(c, key)),
    valid.map((c) => ({ ...c, issueId: '' })),
    fc.tuple(valid, fc.constantFrom('2026-10-09T09:00:00', '2026-10-09', '2026-02-30T09:00:00+08:00', '2026-10-09 09:00+08:00', 'now')).map(([c, at]) => ({ ...c, at })),
    fc.tuple(valid, fc.constantFrom('mayor', 'citizen', '')).map(([c, role]) => ({ ...c, actor: { ...c.actor, role } })),
    fc.tuple(valid, fc.constantFrom('priority', 'deadline', 'assignee')).map(([c, key]) => ({ ...c, [key]: 'x' })),
    fc.tuple(valid, fc.constantFrom('fee', 'serviceFee', 'charge', '收费')).map(([c, key]) => ({ ...c, [key]: 200 })),
    valid.map((c) => ({ ...c, note: '长'.repeat(4001) })),
    fc.tuple(valid, fc.constantFrom(0, 251, 2.5, -1)).map(([c, workingDays]) => ({ ...c, type: 'requestExtension', reason: '需现场核查', workingDays })),
    fc.tuple(valid, fc.constantFrom(-1, 0.5)).map(([c, rank]) => ({ ...c, type: 'escalate', holder: 'mayor', rank })),
    fc.constantFrom(null, 'submit', 42, [] as unknown[], {}),
  );
}
