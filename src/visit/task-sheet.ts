import * as z from 'zod';
import { deadlineAfter, isWorkingDay, type CalendarResult } from '../calendar/working-days.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema, type BilingualText, type CalendarDate, type Id } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { deepFreeze } from '../internal/freeze.js';
import { argumentError, checkedOnce, dotted, movedPaths, safeParseWith } from '../internal/parse.js';
import { asOfError, supervisionStatus } from '../supervision/status.js';
import { defaultSupervisionPolicy, SupervisionPolicySchema, type SupervisionColour, type SupervisionPolicy } from '../supervision/policy.js';
import { SupervisionStep, supervisionStepRank } from '../vocabulary/issue.js';
import { HelpTaskCommandType, HelpTaskStatus, VisitTargetKind } from './enums.js';
import { uniqueIds } from './schema.js';
import { targetKey, VisitTargetSchema, type VisitTarget } from './targets.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them.

/**
 * One entry of a problem list (问题清单, 004: the problems found on the visits, "逐条定位，逐条分类"
 * — each located and classified — into a list "属性全、定位准"): the target it concerns (a
 * household, village, grassroots organisation, enterprise or park), the local date it was found,
 * what it is, and optionally its category (e.g. one of the six focuses of `xuzhouHelpFocuses` in `qinqing/taxonomy`), the
 * visit it was found on, the visit round and the help work group. The description may hold personal
 * data (a household's circumstances): the listings mask it.
 *
 * @example
 * ```ts
 * ProblemListItemSchema.parse({ id: 'p1', target: { kind: 'household', id: 'hh-0012' }, foundOn: '2017-05-16',
 *   description: '因病致贫，新农合报销不足', categoryId: 'livingDifficulties', visitId: 'v3' }).categoryId; // 'livingDifficulties'
 * ProblemListItemSchema.safeParse({ id: 'p1', target: { kind: 'household', id: 'hh-0012' }, foundOn: '2017-05-16', description: '' }).success; // false
 * ```
 * @category Visit
 */
export const ProblemListItemSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The app's id of the problem. */
  id: IdSchema,
  /** Whom it concerns. */
  target: VisitTargetSchema,
  /** The local date it was found. */
  foundOn: CalendarDateSchema,
  /** What the problem is (may hold personal data: masked in listings). */
  description: z.string().min(1).max(2000),
  /** Its category, e.g. one of the six focuses of `xuzhouHelpFocuses` (`qinqing/taxonomy`). */
  categoryId: IdSchema.optional().describe('Its category, e.g. one of the six focuses of xuzhouHelpFocuses'),
  /** The visit it was found on, if any. */
  visitId: IdSchema.optional(),
  /** The visit round it belongs to; by default the round its date falls in. */
  roundId: IdSchema.optional().describe('The visit round it belongs to; by default the round its date falls in'),
  /** The help work group in charge; by default the group its target is assigned to. */
  workGroupId: IdSchema.optional().describe('The help work group in charge; by default the group its target is assigned to'),
}))();

/**
 * One entry of a problem list; see {@link ProblemListItemSchema}.
 *
 * @category Visit
 */
export type ProblemListItem = DeepReadonly<z.output<typeof ProblemListItemSchema>>;

/** The fields a help task sheet is drawn up with. */
const draftShape = /* @__PURE__ */ (() => ({
  /** The app's id of the sheet. */
  id: IdSchema,
  /** Whom the help is for. */
  target: VisitTargetSchema,
  /** The help in a few words (帮扶事项), e.g. 协调修建村道. */
  title: z.string().min(1).max(200),
  /** The help measures (帮扶措施: 缺什么、帮什么、补什么); may hold personal data, masked in listings. */
  measures: z.string().min(1).max(4000).describe('The help measures (缺什么、帮什么、补什么); may hold personal data'),
  /** The problems of the target's problem list it answers; at least one, each once. */
  problemIds: z.array(IdSchema).min(1).max(1000).describe('The problems of the problem list it answers'),
  /** The help work group in charge (帮扶工作小组), or null. */
  workGroupId: IdSchema.nullable(),
  /** The people responsible (帮扶责任人); at least one, each once. */
  responsibleIds: z.array(IdSchema).min(1).max(100).describe('The people responsible (帮扶责任人)'),
  /** The visit round it was drawn up in; by default the round its date of issue falls in. */
  roundId: IdSchema.optional().describe('The visit round it was drawn up in; by default the round its date of issue falls in'),
  /** The local date it was issued. */
  issuedOn: CalendarDateSchema,
  /** Who issued it. */
  issuedBy: IdSchema,
  /** The time limit in working days from the date of issue (the day of issue does not count). */
  workingDays: z.int().min(1).max(250).describe('Time limit in working days from the date of issue'),
}))();

/** The rules a draft and a sheet share: each problem and each person once. */
function listsUnique(s: { readonly problemIds: readonly string[]; readonly responsibleIds: readonly string[] }, ctx: z.core.$RefinementCtx): void {
  uniqueIds(s.problemIds, 'problemIds', ctx, { en: 'The problem', zh: '问题' });
  uniqueIds(s.responsibleIds, 'responsibleIds', ctx, { en: 'The person responsible', zh: '帮扶责任人' });
}

/**
 * What a help task sheet (帮扶任务书, 004) is drawn up with: whom it helps, the help in a few words
 * and its measures ("缺什么、帮什么、补什么"), the problems of the target's list it answers, the
 * work group and the people responsible, the date and issuer, and the time limit in working days.
 * {@link createHelpTaskSheet} turns it into a sheet with its deadline.
 *
 * @example
 * ```ts
 * HelpTaskDraftSchema.parse({ id: 't1', target: { kind: 'village', id: 'v-1' }, title: '协调修建村道', measures: '对接交通部门立项',
 *   problemIds: ['p2'], workGroupId: 'g1', responsibleIds: ['pm-01'], issuedOn: '2017-05-20', issuedBy: 'g1-lead', workingDays: 20 }).workingDays; // 20
 * ```
 * @category Visit
 */
export const HelpTaskDraftSchema = /* @__PURE__ */ (() => z.strictObject(draftShape).superRefine(listsUnique))();

/**
 * What a help task sheet is drawn up with; see {@link HelpTaskDraftSchema}.
 *
 * @category Visit
 */
export type HelpTaskDraft = DeepReadonly<z.input<typeof HelpTaskDraftSchema>>;

/**
 * A help task sheet (帮扶任务书, 004: "根据查找的问题已全部制定排查问题清单和帮扶任务书" — for every
 * problem found, a problem list and a help task sheet were drawn up; help is one-to-one, by party
 * branch, on the principle "缺什么、帮什么、补什么"): the draft's fields, its deadline (`dueOn`, the
 * `workingDays`-th working day after the date of issue), its status in the lifecycle
 * {@link helpTaskTransitions}, the highest supervision step recorded (督办), how often its help was
 * reopened, the date it was completed (set exactly when `status` is `'completed'`), and the date of
 * its last change (`updatedOn`; commands are not dated before it).
 *
 * @example
 * ```ts
 * const sheet = unwrap(createHelpTaskSheet({ id: 't1', target: { kind: 'village', id: 'v-1' }, title: '协调修建村道', measures: '对接交通部门立项',
 *   problemIds: ['p2'], workGroupId: 'g1', responsibleIds: ['pm-01'], issuedOn: '2017-05-20', issuedBy: 'g1-lead', workingDays: 20 }, chinaCalendar));
 * HelpTaskSheetSchema.safeParse(sheet).success; // true
 * HelpTaskSheetSchema.safeParse({ ...sheet, completedOn: '2017-06-01' }).success; // false: not completed
 * ```
 * @category Visit
 */
export const HelpTaskSheetSchema = /* @__PURE__ */ (() => z
  .strictObject({
    ...draftShape,
    /** The deadline: the last day on which the help is on time. */
    dueOn: CalendarDateSchema.describe('The deadline: the workingDays-th working day after issuedOn'),
    /** Where it stands. */
    status: HelpTaskStatus.schema,
    /** The highest supervision step recorded (督办). */
    supervisionStep: SupervisionStep.schema,
    /** How often its help was reopened. */
    reopenCount: z.int().min(0).max(1000),
    /** The local date it was completed; set exactly when `status` is `'completed'`. */
    completedOn: CalendarDateSchema.nullable().describe("The date it was completed; set exactly when status is 'completed'"),
    /** The local date of its last change (its issue, or the last command applied). */
    updatedOn: CalendarDateSchema.describe('The date of its last change: commands are not dated before it'),
  })
  .superRefine((s, ctx) => {
    listsUnique(s, ctx);
    if (s.dueOn <= s.issuedOn) {
      ctx.addIssue({
        code: 'custom',
        message: `The deadline of a help task sheet (${s.dueOn}) comes after its date of issue (${s.issuedOn}).`,
        path: ['dueOn'],
        input: s.dueOn,
        params: { messageZh: `帮扶任务书的完成期限（${s.dueOn}）须晚于下达日期（${s.issuedOn}）。` },
      });
    }
    if ((s.completedOn !== null) !== (s.status === 'completed')) {
      ctx.addIssue({
        code: 'custom',
        message: `A help task sheet has a completedOn date exactly when it is completed (status "${s.status}").`,
        path: ['completedOn'],
        input: s.completedOn,
        params: { messageZh: `帮扶任务书仅在帮扶完成时填写完成日期 completedOn（当前状态“${s.status}”）。` },
      });
    }
    if (s.updatedOn < s.issuedOn || (s.completedOn !== null && (s.completedOn < s.issuedOn || s.completedOn > s.updatedOn))) {
      ctx.addIssue({
        code: 'custom',
        message: `The dates of a help task sheet are out of order: issuedOn ${s.issuedOn} ≤ completedOn ≤ updatedOn ${s.updatedOn}.`,
        path: ['updatedOn'],
        input: s.updatedOn,
        params: { messageZh: `帮扶任务书的日期顺序有误：须下达日期 ${s.issuedOn} ≤ 完成日期 ≤ 最近变更日期 ${s.updatedOn}。` },
      });
    }
  }))();

/**
 * A help task sheet; see {@link HelpTaskSheetSchema}.
 *
 * @category Visit
 */
export type HelpTaskSheet = DeepReadonly<z.output<typeof HelpTaskSheetSchema>>;

const commandBase = /* @__PURE__ */ (() => ({
  /** The local date of the command. */
  on: CalendarDateSchema,
  /** Who gives it. */
  actorId: IdSchema,
}))();

const note = /* @__PURE__ */ (() => z.string().min(1).max(2000))();

/**
 * A command on a help task sheet (see {@link helpTaskTransitions}): `start`, `complete` (with an
 * optional note of what was done), `cancel` and `reopenHelp` (each with the reason in `note`), and
 * `supervise` with the supervision step taken (催办 urge, 督办 supervision, 网上挂牌 public listing,
 * 问责 accountability). Dated by the local date `on`; given by `actorId`.
 *
 * @example
 * ```ts
 * HelpTaskCommandSchema.parse({ type: 'start', on: '2017-05-22', actorId: 'pm-01' }).type; // 'start'
 * HelpTaskCommandSchema.safeParse({ type: 'cancel', on: '2017-05-22', actorId: 'pm-01' }).success; // false: a reason is required
 * ```
 * @category Visit
 */
export const HelpTaskCommandSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), ...commandBase, note: note.optional() }),
  z.strictObject({ type: z.literal('complete'), ...commandBase, note: note.optional().describe('What was done') }),
  z.strictObject({ type: z.literal('cancel'), ...commandBase, note: note.describe('Why the sheet is cancelled') }),
  z.strictObject({ type: z.literal('reopenHelp'), ...commandBase, note: note.describe('Why the help is reopened') }),
  z.strictObject({ type: z.literal('supervise'), ...commandBase, step: SupervisionStep.schema.exclude(['unsupervised']), note: note.optional() }),
]))();

/**
 * A command on a help task sheet; see {@link HelpTaskCommandSchema}.
 *
 * @category Visit
 */
export type HelpTaskCommand = DeepReadonly<z.output<typeof HelpTaskCommandSchema>>;

/**
 * The audit event of a command applied to a help task sheet (STYLE.md §5: who, when, what, the
 * status before and after): the sheet, the command, its date and actor, the statuses, the note and,
 * for `supervise`, the step.
 *
 * @example
 * ```ts
 * HelpTaskEventSchema.parse({ sheetId: 't1', type: 'start', on: '2017-05-22', actorId: 'pm-01', from: 'open', to: 'inProgress' }).to; // 'inProgress'
 * ```
 * @category Visit
 */
export const HelpTaskEventSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The sheet. */
  sheetId: IdSchema,
  /** The command applied. */
  type: HelpTaskCommandType.schema,
  /** Its local date. */
  on: CalendarDateSchema,
  /** Who gave it. */
  actorId: IdSchema,
  /** The status before. */
  from: HelpTaskStatus.schema,
  /** The status after. */
  to: HelpTaskStatus.schema,
  /** The command's note, if any. */
  note: note.optional(),
  /** The supervision step, for `supervise`. */
  step: SupervisionStep.schema.optional(),
}))();

/**
 * The audit event of a command applied to a help task sheet; see {@link HelpTaskEventSchema}.
 *
 * @category Visit
 */
export type HelpTaskEvent = DeepReadonly<z.output<typeof HelpTaskEventSchema>>;

/**
 * One row of {@link helpTaskTransitions}: in status `from`, the command `command` leads to `to`
 * when its guards hold (`supervisionRises`: the step is higher than the one recorded, as for
 * issues — its labels are `IssueGuard`'s).
 *
 * @category Visit
 */
export interface HelpTaskTransition {
  /** The status the command applies in. */
  readonly from: HelpTaskStatus;
  /** The command. */
  readonly command: HelpTaskCommandType;
  /** The status it leads to. */
  readonly to: HelpTaskStatus;
  /** The guards that must hold. */
  readonly guards: readonly 'supervisionRises'[];
}

/**
 * The lifecycle of a help task sheet as a transition table (STYLE.md §5): open → in progress →
 * completed, as the brief of 004's help tasks reads (a problem list, a task sheet, one-to-one help
 * "随时帮助他们解决实际问题"); an open or in-progress sheet may be cancelled with a reason; a
 * completed one leaves its status only by `reopenHelp`, with a reason (later visits,
 * "定期对帮扶对象进行走访", may find the need back), and a cancelled one never does; an unfinished
 * sheet may be supervised (督办), the step only rising. Anything else is refused with
 * `HELP_TASK_INVALID_TRANSITION`. The table is qinqing's reading of the source, which names the
 * sheets but not their steps.
 *
 * @example
 * ```ts
 * helpTaskTransitions.filter((t) => t.from === 'completed').map((t) => t.command); // ['reopenHelp']
 * helpTaskTransitions.some((t) => t.from === 'cancelled'); // false
 * ```
 * @category Visit
 */
export const helpTaskTransitions: readonly HelpTaskTransition[] = /* @__PURE__ */ deepFreeze([
  { from: 'open', command: 'start', to: 'inProgress', guards: [] },
  { from: 'inProgress', command: 'complete', to: 'completed', guards: [] },
  { from: 'open', command: 'cancel', to: 'cancelled', guards: [] },
  { from: 'inProgress', command: 'cancel', to: 'cancelled', guards: [] },
  { from: 'completed', command: 'reopenHelp', to: 'inProgress', guards: [] },
  { from: 'open', command: 'supervise', to: 'open', guards: ['supervisionRises'] },
  { from: 'inProgress', command: 'supervise', to: 'inProgress', guards: ['supervisionRises'] },
] as const satisfies readonly HelpTaskTransition[]);

/** A calendar error's path moved to the caller's argument. */
function calendarAt<T>(r: CalendarResult<T>, path: ErrorPath): Result<T> {
  if (r.ok) return ok(r.value);
  if (r.error.path?.[0] === 'calendar') return err(r.error);
  return err({ ...r.error, path, message: `${dotted(path)}: ${r.error.message}`, messageZh: `${dotted(path)}：${r.error.messageZh}` });
}

/**
 * Options of {@link createHelpTaskSheet}.
 *
 * @category Visit
 */
export interface CreateHelpTaskOptions {
  /**
   * The problem list to check the sheet against: when given, each of the draft's `problemIds` must
   * be on it (`UNKNOWN_REFERENCE`) and concern the sheet's target (`INVALID_ARGUMENT`).
   */
  readonly problems?: readonly Pick<ProblemListItem, 'id' | 'target'>[];
}

/**
 * Draws up a help task sheet (帮扶任务书, 004) from its draft: open, unsupervised, never reopened, due
 * on the `workingDays`-th working day after the date of issue by the calendar (the day of issue does
 * not count: {@link qinqing/calendar!deadlineAfter}).
 *
 * @param draft - The draft (see {@link HelpTaskDraftSchema}).
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @param options - The problem list to check the draft's problems against.
 * @returns The sheet; or `INVALID_INPUT` under `['draft']`, a calendar error (`INVALID_DATE`,
 *   `CALENDAR_YEAR_NOT_COVERED` at `['draft', 'issuedOn']` or `['draft', 'workingDays']`; a bad
 *   calendar under `['calendar']`), `UNKNOWN_REFERENCE` or `INVALID_ARGUMENT` at
 *   `['draft', 'problemIds', i]`, or `DUPLICATE_ID` under `['options', 'problems']`.
 * @example
 * ```ts
 * const draft = { id: 't1', target: { kind: 'household', id: 'hh-0012' }, title: '协助办理大病救助', measures: '对接民政部门，申请大病救助',
 *   problemIds: ['p1'], workGroupId: 'g3', responsibleIds: ['pm-07'], issuedOn: '2017-09-29', issuedBy: 'g3-lead', workingDays: 10 } as const;
 * const r = createHelpTaskSheet(draft, chinaCalendar);
 * r.ok && [r.value.status, r.value.dueOn]; // ['open', '2017-10-19']: Saturday 30 September is worked, 1–8 October off
 * createHelpTaskSheet(draft, chinaCalendar, { problems: [{ id: 'p1', target: { kind: 'household', id: 'hh-0099' } }] });
 * // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['draft', 'problemIds', 0], … } }
 * ```
 * @category Visit
 */
export function createHelpTaskSheet(draft: HelpTaskDraft, calendar: WorkCalendar, options: CreateHelpTaskOptions = {}): Result<HelpTaskSheet> {
  const parsed = safeParseWith(HelpTaskDraftSchema, draft);
  if (!parsed.ok) return err(movedPaths(parsed.error, (path) => ['draft', ...path]));
  const d = parsed.value;
  const problems = options?.problems;
  if (problems !== undefined) {
    const byId = new Map<string, Pick<ProblemListItem, 'id' | 'target'>>();
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i] as Pick<ProblemListItem, 'id' | 'target'>;
      if (byId.has(p.id)) {
        return err(domainError('DUPLICATE_ID', { en: `The problem "${p.id}" appears twice in options.problems.`, zh: `问题清单 options.problems 中问题“${p.id}”重复出现。`, path: ['options', 'problems', i, 'id'], value: p.id }));
      }
      byId.set(p.id, p);
    }
    for (let i = 0; i < d.problemIds.length; i++) {
      const id = d.problemIds[i] as string;
      const p = byId.get(id);
      if (p === undefined) {
        return err(domainError('UNKNOWN_REFERENCE', { en: `The problem "${id}" is not on the problem list.`, zh: `问题“${id}”不在问题清单中。`, path: ['draft', 'problemIds', i], value: id }));
      }
      if (p.target?.kind !== d.target.kind || p.target?.id !== d.target.id) {
        return err(
          domainError('INVALID_ARGUMENT', {
            en: `The problem "${id}" concerns another target than the sheet's (${d.target.kind} ${d.target.id}).`,
            zh: `问题“${id}”所涉帮扶对象与任务书的帮扶对象（${d.target.kind} ${d.target.id}）不同。`,
            path: ['draft', 'problemIds', i],
            value: id,
          }),
        );
      }
    }
  }
  const due = deadlineAfter(d.issuedOn, d.workingDays, calendar);
  if (!due.ok) return calendarAt(due, due.error.path?.[0] === 'n' ? ['draft', 'workingDays'] : ['draft', 'issuedOn']);
  return ok({
    ...d,
    dueOn: due.value,
    status: 'open',
    supervisionStep: 'unsupervised',
    reopenCount: 0,
    completedOn: null,
    updatedOn: d.issuedOn,
  });
}

const SHEET_WHAT = { en: 'a valid help task sheet', zh: '有效的帮扶任务书' } as const;

/** What is wrong with a sheet argument, worded for `['sheet']`; null when it is valid. */
function sheetProblem(sheet: HelpTaskSheet): DomainError | null {
  const bad = checkedOnce(HelpTaskSheetSchema, sheet);
  return bad === null ? null : argumentError(bad, ['sheet'], SHEET_WHAT);
}

/**
 * The result of a command on a help task sheet: the sheet after it, and the audit event.
 *
 * @category Visit
 */
export interface HelpTaskTransitionResult {
  /** The sheet after the command. */
  readonly sheet: HelpTaskSheet;
  /** The audit event. */
  readonly event: HelpTaskEvent;
}

/**
 * Applies a command to a help task sheet by the table {@link helpTaskTransitions}, as a pure
 * decider: the arguments are not changed; the new sheet and its audit event are returned. `start`
 * and `reopenHelp` lead to in progress, `complete` to completed (dated `completedOn`; completing
 * after `dueOn` is allowed and shows as late in {@link helpTaskStanding}), `cancel` to cancelled,
 * `reopenHelp` counts in `reopenCount` and clears `completedOn`, `supervise` records its step.
 *
 * @param sheet - The sheet.
 * @param command - The command.
 * @returns The sheet after it and the event; or `INVALID_INPUT` under `['sheet']` or `['command']`;
 *   `HELP_TASK_INVALID_TRANSITION` (path `['command', 'type']`) for a command the table does not
 *   allow in the sheet's status; `TIME_BEFORE_LAST_EVENT` (path `['command', 'on']`) for a command
 *   dated before the sheet's `updatedOn`; `SUPERVISION_STEP_BACKWARDS` (path `['command', 'step']`)
 *   for a supervision step not above the one recorded.
 * @example
 * ```ts
 * const started = transitionHelpTaskSheet(taskSheet, { type: 'start', on: '2017-09-30', actorId: 'pm-07' });
 * started.ok && started.value.sheet.status; // 'inProgress'
 * started.ok && transitionHelpTaskSheet(started.value.sheet, { type: 'reopenHelp', on: '2017-10-09', actorId: 'pm-07', note: '复访' });
 * // { ok: false, error: { code: 'HELP_TASK_INVALID_TRANSITION', path: ['command', 'type'], … } }
 * ```
 * @category Visit
 */
export function transitionHelpTaskSheet(sheet: HelpTaskSheet, command: HelpTaskCommand): Result<HelpTaskTransitionResult> {
  const bad = sheetProblem(sheet);
  if (bad !== null) return err(bad);
  const parsed = safeParseWith(HelpTaskCommandSchema, command);
  if (!parsed.ok) return err(movedPaths(parsed.error, (path) => ['command', ...path]));
  const c = parsed.value;
  const row = helpTaskTransitions.find((t) => t.from === sheet.status && t.command === c.type);
  if (row === undefined) {
    const allowed = helpTaskTransitions.filter((t) => t.from === sheet.status).map((t) => t.command);
    const list = allowed.length === 0 ? 'none' : allowed.join(', ');
    return err(
      domainError('HELP_TASK_INVALID_TRANSITION', {
        en: `A help task sheet that is ${HelpTaskStatus.labels[sheet.status].en.toLowerCase()} cannot take "${c.type}" (allowed: ${list}).`,
        zh: `帮扶任务书处于“${HelpTaskStatus.labels[sheet.status].zh}”状态，不能执行“${HelpTaskCommandType.labels[c.type].zh}”（可执行：${allowed.length === 0 ? '无' : allowed.map((a) => HelpTaskCommandType.labels[a].zh).join('、')}）。`,
        path: ['command', 'type'],
        value: c.type,
      }),
    );
  }
  if (c.on < sheet.updatedOn) {
    return err(
      domainError('TIME_BEFORE_LAST_EVENT', {
        en: `The command is dated ${c.on}, before the last change of the help task sheet (${sheet.updatedOn}).`,
        zh: `操作日期 ${c.on} 早于帮扶任务书的最近变更日期（${sheet.updatedOn}）。`,
        path: ['command', 'on'],
        value: c.on,
      }),
    );
  }
  if (c.type === 'supervise' && supervisionStepRank(c.step) <= supervisionStepRank(sheet.supervisionStep)) {
    return err(
      domainError('SUPERVISION_STEP_BACKWARDS', {
        en: `Supervision never steps back: "${c.step}" is not above the step recorded ("${sheet.supervisionStep}").`,
        zh: `督办措施不能降级：“${SupervisionStep.labels[c.step].zh}”不高于已记录的“${SupervisionStep.labels[sheet.supervisionStep].zh}”。`,
        path: ['command', 'step'],
        value: c.step,
      }),
    );
  }
  const next: HelpTaskSheet = {
    ...sheet,
    status: row.to,
    updatedOn: c.on,
    completedOn: row.to === 'completed' ? c.on : null,
    reopenCount: sheet.reopenCount + (c.type === 'reopenHelp' ? 1 : 0),
    supervisionStep: c.type === 'supervise' ? c.step : sheet.supervisionStep,
  };
  const event: HelpTaskEvent = {
    sheetId: sheet.id,
    type: c.type,
    on: c.on,
    actorId: c.actorId,
    from: sheet.status,
    to: row.to,
    ...(c.note === undefined ? {} : { note: c.note }),
    ...(c.type === 'supervise' ? { step: c.step } : {}),
  };
  return ok({ sheet: next, event });
}

/**
 * Where a help task sheet stands at a date: unfinished or not, overdue or not, working days left
 * or overdue, the supervision colour and the step due — as for an assigned issue
 * (`supervisionStatus`: the date of issue as the assignment, `dueOn` as the deadline) — and, once
 * completed, whether it was completed on time.
 *
 * @category Visit
 */
export interface HelpTaskStanding {
  /** The sheet. */
  readonly sheetId: Id;
  /** Whom it helps. */
  readonly target: VisitTarget;
  /** The work group in charge, or null. */
  readonly workGroupId: Id | null;
  /** Its status. */
  readonly status: HelpTaskStatus;
  /** The date of the standing. */
  readonly asOf: CalendarDate;
  /** The deadline. */
  readonly dueOn: CalendarDate;
  /** Whether it is open or in progress. */
  readonly unfinished: boolean;
  /** Whether it is unfinished and `asOf` is after `dueOn`. */
  readonly overdue: boolean;
  /** Working days overdue (0 when on time or finished). */
  readonly overdueWorkingDays: number;
  /** Working days left to `dueOn` while unfinished (negative once overdue); null when finished. */
  readonly workingDaysLeft: number | null;
  /** The supervision slip's colour while unfinished; null when finished. */
  readonly colour: SupervisionColour | null;
  /** The step the supervision ladder makes due (`'unsupervised'` when none, or when finished). */
  readonly dueStep: SupervisionStep;
  /** The highest step recorded on the sheet. */
  readonly recordedStep: SupervisionStep;
  /** The date it was completed, or null. */
  readonly completedOn: CalendarDate | null;
  /** For a completed sheet, whether `completedOn` is on or before `dueOn`; else null. */
  readonly completedOnTime: boolean | null;
  /** Whether the counts rest on a provisional year of the calendar. */
  readonly provisional: boolean;
  /** The standing in words. */
  readonly reason: BilingualText;
}

/**
 * Where a help task sheet stands at a date (its status, overdue detection and supervision): an
 * unfinished sheet is judged like an assigned issue on the three-colour supervision slip and the
 * supervision ladder (`supervisionStatus` of `qinqing/issue`, with the date of issue as the
 * assignment and `dueOn` as the deadline; the ladder's figures are the policy's, qinqing's
 * defaults unless given); a completed one by whether it was completed by `dueOn`; a cancelled one is
 * neither overdue nor late.
 *
 * @param sheet - The sheet.
 * @param asOf - The local date `YYYY-MM-DD`.
 * @param calendar - The working-day calendar.
 * @param policy - The supervision policy; `defaultSupervisionPolicy` when omitted.
 * @returns The standing; or `INVALID_INPUT` under `['sheet']` or `['policy']`, or a calendar error
 *   (`INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED` at `['asOf']`, `['sheet', 'issuedOn']` or
 *   `['sheet', 'dueOn']`).
 * @example
 * ```ts
 * const s = helpTaskStanding(taskSheet, '2017-10-25', chinaCalendar); // due on 2017-10-19
 * s.ok && [s.value.overdue, s.value.overdueWorkingDays, s.value.dueStep]; // [true, 4, 'supervision']
 * ```
 * @category Visit
 */
export function helpTaskStanding(sheet: HelpTaskSheet, asOf: CalendarDate, calendar: WorkCalendar, policy: SupervisionPolicy = defaultSupervisionPolicy): Result<HelpTaskStanding> {
  const bad = sheetProblem(sheet);
  if (bad !== null) return err(bad);
  const badPolicy = checkedOnce(SupervisionPolicySchema, policy);
  if (badPolicy !== null) return err(argumentError(badPolicy, ['policy'], { en: 'a valid supervision policy', zh: '有效的督办规则' }));
  const badAsOf = asOfError(asOf, calendar);
  if (badAsOf !== null) return badAsOf;
  for (const field of ['issuedOn', 'dueOn'] as const) {
    const r = calendarAt(isWorkingDay(sheet[field], calendar), ['sheet', field]);
    if (!r.ok) return r;
  }
  const base = { sheetId: sheet.id, target: sheet.target, workGroupId: sheet.workGroupId, status: sheet.status, asOf, dueOn: sheet.dueOn, recordedStep: sheet.supervisionStep };
  const label = HelpTaskStatus.labels[sheet.status];
  if (sheet.status === 'completed' || sheet.status === 'cancelled') {
    const completedOnTime = sheet.completedOn === null ? null : sheet.completedOn <= sheet.dueOn;
    return ok({
      ...base,
      unfinished: false,
      overdue: false,
      overdueWorkingDays: 0,
      workingDaysLeft: null,
      colour: null,
      dueStep: 'unsupervised',
      completedOn: sheet.completedOn,
      completedOnTime,
      provisional: false,
      reason:
        completedOnTime === null
          ? { zh: `任务书已撤销。`, en: 'The sheet was cancelled.' }
          : completedOnTime
            ? { zh: `${sheet.completedOn ?? ''} 帮扶完成，未超过完成期限 ${sheet.dueOn}。`, en: `Completed on ${sheet.completedOn ?? ''}, by the deadline ${sheet.dueOn}.` }
            : { zh: `${sheet.completedOn ?? ''} 帮扶完成，晚于完成期限 ${sheet.dueOn}。`, en: `Completed on ${sheet.completedOn ?? ''}, after the deadline ${sheet.dueOn}.` },
    });
  }
  const s = supervisionStatus({ id: sheet.id, state: 'assigned', assignedOn: sheet.issuedOn, deadline: sheet.dueOn, supervisionStep: sheet.supervisionStep }, asOf, calendar, policy);
  if (!s.ok) return s;
  const st = s.value;
  if (st === null) return err(domainError('INVALID_ARGUMENT', { path: ['sheet'] })); // not reached: the sheet is read as assigned
  return ok({
    ...base,
    unfinished: true,
    overdue: st.overdue,
    overdueWorkingDays: st.overdueWorkingDays,
    workingDaysLeft: st.daysLeft,
    colour: st.colour,
    dueStep: st.dueStep,
    completedOn: null,
    completedOnTime: null,
    provisional: st.provisional,
    reason: st.overdue
      ? {
          zh: `${label.zh}，已超过完成期限 ${sheet.dueOn} ${st.overdueWorkingDays} 个工作日，应予${SupervisionStep.labels[st.dueStep].zh}。`,
          en: `${label.en}, ${st.overdueWorkingDays} working days past the deadline ${sheet.dueOn}: due step ${SupervisionStep.labels[st.dueStep].en.toLowerCase()}.`,
        }
      : {
          zh: `${label.zh}，距完成期限 ${sheet.dueOn} 还有 ${st.daysLeft} 个工作日。`,
          en: `${label.en}, ${st.daysLeft} working days left to the deadline ${sheet.dueOn}.`,
        },
  });
}

/**
 * The problem list (问题清单) of one target, with the help task sheets drawn up for it.
 *
 * @category Visit
 */
export interface ProblemList {
  /** Whom it concerns. */
  readonly target: VisitTarget;
  /** Its problems, by date found, then id. */
  readonly problemIds: readonly Id[];
  /** The help task sheets for the target, by date of issue, then id (cancelled ones included). */
  readonly taskSheetIds: readonly Id[];
  /** Its problems that no sheet other than a cancelled one answers, in list order. */
  readonly uncoveredProblemIds: readonly Id[];
}

/**
 * The problem lists (问题清单) per target, with the help task sheets of each, and the problems no
 * sheet answers yet (004: "根据查找的问题已全部制定排查问题清单和帮扶任务书" — a sheet for every
 * problem found; `uncoveredProblemIds` empty everywhere says so). A sheet answers the problems it
 * names unless it was cancelled; a sheet naming a problem that is not in `problems` is listed under
 * its own target and answers nothing else.
 *
 * @param problems - The problems (any order).
 * @param taskSheets - The help task sheets (any order).
 * @returns One list per target that has problems or sheets, by target kind (in
 *   {@link VisitTargetKind}'s order), then id; or `DUPLICATE_ID` (path `['problems', i, 'id']` or
 *   `['taskSheets', i, 'id']`), `INVALID_DATE` (path `['problems', i, 'foundOn']`), or
 *   `INVALID_ARGUMENT` (path `['taskSheets', i, 'problemIds', j]`) for a sheet naming a problem of
 *   another target.
 * @example
 * ```ts
 * const hh = { kind: 'household', id: 'hh-0012' } as const;
 * const lists = problemLists(
 *   [{ id: 'p1', target: hh, foundOn: '2017-05-16' }, { id: 'p2', target: hh, foundOn: '2017-05-16' }],
 *   [{ id: 't1', target: hh, problemIds: ['p1'], status: 'inProgress', issuedOn: '2017-05-20' }],
 * );
 * lists.ok && lists.value[0]?.uncoveredProblemIds; // ['p2']
 * ```
 * @category Visit
 */
export function problemLists(
  problems: readonly Pick<ProblemListItem, 'id' | 'target' | 'foundOn'>[],
  taskSheets: readonly Pick<HelpTaskSheet, 'id' | 'target' | 'problemIds' | 'status' | 'issuedOn'>[] = [],
): Result<readonly ProblemList[]> {
  interface Draft {
    readonly target: VisitTarget;
    readonly problems: { id: Id; foundOn: CalendarDate }[];
    readonly sheets: { id: Id; issuedOn: CalendarDate }[];
  }
  const lists = new Map<string, Draft>();
  const listOf = (t: VisitTarget): Draft => {
    const key = targetKey(t.kind, t.id);
    let l = lists.get(key);
    if (l === undefined) {
      l = { target: { kind: t.kind, id: t.id }, problems: [], sheets: [] };
      lists.set(key, l);
    }
    return l;
  };
  const targetOf = new Map<Id, string>();
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i] as Pick<ProblemListItem, 'id' | 'target' | 'foundOn'>;
    if (targetOf.has(p.id)) return err(domainError('DUPLICATE_ID', { en: `The problem "${p.id}" appears twice.`, zh: `问题“${p.id}”重复出现。`, path: ['problems', i, 'id'], value: p.id }));
    const day = readDay(p.foundOn, `problems.${i}.foundOn`);
    if (!day.ok) return err({ ...day.error, path: ['problems', i, 'foundOn'] });
    const kind = targetKindProblem(p.target, ['problems', i, 'target']);
    if (kind !== null) return err(kind);
    targetOf.set(p.id, targetKey(p.target.kind, p.target.id));
    listOf(p.target).problems.push({ id: p.id, foundOn: p.foundOn });
  }
  const covered = new Set<Id>();
  const sheetIds = new Set<Id>();
  for (let i = 0; i < taskSheets.length; i++) {
    const s = taskSheets[i] as Pick<HelpTaskSheet, 'id' | 'target' | 'problemIds' | 'status' | 'issuedOn'>;
    if (sheetIds.has(s.id)) return err(domainError('DUPLICATE_ID', { en: `The help task sheet "${s.id}" appears twice.`, zh: `帮扶任务书“${s.id}”重复出现。`, path: ['taskSheets', i, 'id'], value: s.id }));
    sheetIds.add(s.id);
    const kind = targetKindProblem(s.target, ['taskSheets', i, 'target']);
    if (kind !== null) return err(kind);
    const key = targetKey(s.target.kind, s.target.id);
    for (let j = 0; j < s.problemIds.length; j++) {
      const id = s.problemIds[j] as Id;
      const of = targetOf.get(id);
      if (of === undefined) continue;
      if (of !== key) {
        return err(
          domainError('INVALID_ARGUMENT', {
            en: `The help task sheet "${s.id}" names the problem "${id}", which concerns another target.`,
            zh: `帮扶任务书“${s.id}”所列问题“${id}”属于其他帮扶对象。`,
            path: ['taskSheets', i, 'problemIds', j],
            value: id,
          }),
        );
      }
      if (s.status !== 'cancelled') covered.add(id);
    }
    listOf(s.target).sheets.push({ id: s.id, issuedOn: s.issuedOn });
  }
  const kindRank = new Map<string, number>(VisitTargetKind.values.map((k, i) => [k, i]));
  return ok(
    [...lists.values()]
      .sort((a, b) => (kindRank.get(a.target.kind) as number) - (kindRank.get(b.target.kind) as number) || byCodeUnit(a.target.id, b.target.id))
      .map((l) => {
        const problemIds = l.problems.sort((a, b) => byCodeUnit(a.foundOn, b.foundOn) || byCodeUnit(a.id, b.id)).map((p) => p.id);
        return {
          target: l.target,
          problemIds,
          taskSheetIds: l.sheets.sort((a, b) => byCodeUnit(a.issuedOn, b.issuedOn) || byCodeUnit(a.id, b.id)).map((s) => s.id),
          uncoveredProblemIds: problemIds.filter((id) => !covered.has(id)),
        };
      }),
  );
}

/** An error for a target whose kind is not one qinqing knows (data from another version); null when it is known. Internal. */
export function targetKindProblem(target: VisitTarget | undefined, path: ErrorPath): DomainError | null {
  if (target !== null && typeof target === 'object' && Object.hasOwn(VisitTargetKind.labels, target.kind)) return null;
  return domainError('INVALID_INPUT', {
    en: `${dotted(path)} must be a target { kind, id } whose kind is one of ${VisitTargetKind.values.join(', ')}.`,
    zh: `${dotted(path)} 应为帮扶对象 { kind, id }，kind 取值为 ${VisitTargetKind.values.join('、')} 之一。`,
    path: [...path, 'kind'],
    value: (target as { kind?: unknown } | undefined)?.kind,
  });
}
