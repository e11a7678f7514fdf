import { z } from 'zod';
import { isWorkingDay, workingDaysBetween } from '../calendar/working-days.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { domainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseWith, safeParseWith } from '../internal/parse.js';
import { SupervisionStepSchema, type SupervisionStep } from './enums.js';
import type { Issue } from './schema.js';

const supervisionColour = defineEnum(
  deepFreeze({
    green: { zh: '正常', en: 'On track' },
    blue: { zh: '蓝色预警', en: 'Blue warning: time is running' },
    yellow: { zh: '黄色预警', en: 'Yellow warning: behind schedule' },
    red: { zh: '红色：已逾期', en: 'Red: overdue' },
  }),
);

/**
 * Labels of the colours of the three-colour supervision slip (三色督办单), in rising order: green
 * (on track), blue (a set share of the working-day budget is used), yellow (behind schedule: a
 * larger share is used) and red (overdue, 逾期) — the matters the efficiency office and the
 * leading-group office supervise jointly (003).
 *
 * @example
 * ```ts
 * supervisionColourLabels.yellow.zh; // '黄色预警'
 * ```
 * @category Issue
 */
export const supervisionColourLabels = supervisionColour.labels;

/**
 * Validates a supervision colour; its options are in rising order.
 *
 * @example
 * ```ts
 * SupervisionColourSchema.options; // ['green', 'blue', 'yellow', 'red']
 * ```
 * @category Issue
 */
export const SupervisionColourSchema = supervisionColour.schema;

/**
 * A colour of the supervision slip, e.g. `'red'`; see {@link supervisionColourLabels}.
 *
 * @category Issue
 */
export type SupervisionColour = z.infer<typeof SupervisionColourSchema>;

const stepRank: ReadonlyMap<string, number> = new Map(SupervisionStepSchema.options.map((s, i) => [s, i]));
const colourRank: ReadonlyMap<string, number> = new Map(SupervisionColourSchema.options.map((c, i) => [c, i]));

/**
 * The rank of a supervision step: 0 for `'unsupervised'` up to 4 for `'accountability'`.
 *
 * @param step - The step.
 * @returns Its position in {@link SupervisionStepSchema}'s options.
 * @example
 * ```ts
 * supervisionStepRank('publicListing') > supervisionStepRank('urge'); // true
 * ```
 * @category Issue
 */
export function supervisionStepRank(step: SupervisionStep): number {
  return stepRank.get(step) as number;
}

/**
 * The rank of a supervision colour: 0 for `'green'` up to 3 for `'red'`.
 *
 * @param colour - The colour.
 * @returns Its position in {@link SupervisionColourSchema}'s options.
 * @example
 * ```ts
 * supervisionColourRank('red'); // 3
 * ```
 * @category Issue
 */
export function supervisionColourRank(colour: SupervisionColour): number {
  return colourRank.get(colour) as number;
}

const share = z.number().gt(0).max(1);

const SupervisionLadderStepSchema = z.strictObject({
  /** The step that falls due. */
  step: SupervisionStepSchema.exclude(['unsupervised']),
  /** It falls due once the issue is this many working days overdue. */
  overdueDays: z.int().min(1).max(250),
});

/**
 * The rules of the supervision slip and ladder: when the colours change and after how many working
 * days overdue each supervision step falls due. The sources name the ladder — urge (催办) and
 * administrative accountability (行政问责) in 000, joint supervision (督办) and public listing
 * online (网上挂牌) of overdue matters in 003 — but give no figures, so the numbers are qinqing's
 * defaults (see {@link defaultSupervisionPolicy}). Shares satisfy 0 < blue ≤ yellow ≤ 1; the steps
 * rise strictly in both step and days.
 *
 * @example
 * ```ts
 * SupervisionPolicySchema.parse({}).yellowAtShare; // 0.8
 * ```
 * @category Issue
 */
export const SupervisionPolicySchema = z
  .strictObject({
    /** Where the rules come from. */
    source: z.string().min(1).default('qinqing defaults'),
    /** Blue once this share of the working-day budget is used (0 < share ≤ 1). */
    blueAtShare: share.default(0.5),
    /** Yellow once this share of the working-day budget is used (blueAtShare ≤ share ≤ 1). */
    yellowAtShare: share.default(0.8),
    /** The ladder: each step and the working days overdue at which it falls due, rising strictly. */
    steps: z.array(SupervisionLadderStepSchema).max(4).default(() => [
      { step: 'urge' as const, overdueDays: 1 },
      { step: 'supervision' as const, overdueDays: 3 },
      { step: 'publicListing' as const, overdueDays: 5 },
      { step: 'accountability' as const, overdueDays: 10 },
    ]),
  })
  .check((ctx) => {
    const { blueAtShare, yellowAtShare, steps } = ctx.value;
    if (typeof blueAtShare === 'number' && typeof yellowAtShare === 'number' && blueAtShare > yellowAtShare) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['blueAtShare'],
        message: `The blue warning cannot come after the yellow one: blueAtShare ${blueAtShare} > yellowAtShare ${yellowAtShare}.`,
        params: {
          code: 'INVALID_ARGUMENT',
          messageZh: `蓝色预警不能晚于黄色预警：blueAtShare ${blueAtShare} 大于 yellowAtShare ${yellowAtShare}。`,
        },
      });
    }
    if (!Array.isArray(steps)) return;
    for (let i = 1; i < steps.length; i++) {
      const prev = steps[i - 1];
      const cur = steps[i];
      if (prev === undefined || cur === undefined) continue;
      if ((stepRank.get(cur.step) ?? -1) <= (stepRank.get(prev.step) ?? -1)) {
        ctx.issues.push({
          code: 'custom',
          input: cur.step,
          path: ['steps', i, 'step'],
          message: `The ladder must rise: steps[${i}] "${cur.step}" does not come after steps[${i - 1}] "${prev.step}".`,
          params: { code: 'INVALID_ARGUMENT', messageZh: `督办阶梯须逐级上升：第 ${i + 1} 级“${cur.step}”不高于第 ${i} 级“${prev.step}”。` },
        });
      }
      if (cur.overdueDays <= prev.overdueDays) {
        ctx.issues.push({
          code: 'custom',
          input: cur.overdueDays,
          path: ['steps', i, 'overdueDays'],
          message: `The ladder must rise: steps[${i}] falls due at ${cur.overdueDays} working days overdue, which is not after steps[${i - 1}] (${prev.overdueDays}).`,
          params: {
            code: 'INVALID_ARGUMENT',
            messageZh: `督办阶梯须逐级上升：第 ${i + 1} 级的逾期工作日数 ${cur.overdueDays} 不大于第 ${i} 级的 ${prev.overdueDays}。`,
          },
        });
      }
    }
  });

/**
 * The rules of the supervision slip and ladder; see {@link SupervisionPolicySchema}.
 *
 * @category Issue
 */
export type SupervisionPolicy = DeepReadonly<z.output<typeof SupervisionPolicySchema>>;

/**
 * qinqing's default supervision policy: blue at half the working-day budget, yellow at 80 %, red
 * when overdue; urge after 1 working day overdue, supervision after 3, public listing after 5,
 * accountability after 10. The sources give no figures (000, 003). Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * defaultSupervisionPolicy.steps.map((s) => s.overdueDays); // [1, 3, 5, 10]
 * ```
 * @category Issue
 */
export const defaultSupervisionPolicy: SupervisionPolicy = deepFreeze(SupervisionPolicySchema.parse({}));

/**
 * Validates a supervision policy, filling in the defaults.
 *
 * @param input - The policy, e.g. from the app's configuration.
 * @returns The policy, or `INVALID_INPUT` / `INVALID_ARGUMENT` with the path of the problem.
 * @example
 * ```ts
 * safeParseSupervisionPolicy({ blueAtShare: 0.9, yellowAtShare: 0.8 }).ok; // false: path ['blueAtShare']
 * ```
 * @category Issue
 */
export function safeParseSupervisionPolicy(input: unknown): Result<SupervisionPolicy> {
  return safeParseWith(SupervisionPolicySchema, input);
}

/**
 * Validates a supervision policy, filling in the defaults; throws when it is not valid.
 *
 * @param input - The policy.
 * @returns The policy.
 * @throws {@link index!QinqingError} with `INVALID_INPUT` or `INVALID_ARGUMENT`.
 * @example
 * ```ts
 * parseSupervisionPolicy({ yellowAtShare: 0.9 }).yellowAtShare; // 0.9
 * ```
 * @category Issue
 */
export function parseSupervisionPolicy(input: unknown): SupervisionPolicy {
  return parseWith(SupervisionPolicySchema, input);
}

/**
 * Where an assigned issue stands on the supervision slip at a date: its working-day budget and use,
 * its colour, and the supervision step due and recorded.
 *
 * @category Issue
 */
export interface SupervisionStatus {
  /** The issue. */
  readonly issueId: Id;
  /** The local date of the current assignment. */
  readonly assignedOn: CalendarDate;
  /** The current deadline, extensions included: the last day on which handling is on time. */
  readonly deadline: CalendarDate;
  /** The date the status is for. */
  readonly asOf: CalendarDate;
  /** Working days from the assignment to the deadline (`workingDaysBetween(assignedOn, deadline)`). */
  readonly budgetWorkingDays: number;
  /** Working days used since the assignment, never below 0 (may exceed the budget once overdue). */
  readonly usedWorkingDays: number;
  /** `usedWorkingDays / budgetWorkingDays`, or 1 when the budget is 0. */
  readonly usedShare: number;
  /** Working days left to the deadline (0 on the deadline itself); minus the working days overdue once overdue. */
  readonly daysLeft: number;
  /** Whether `asOf` is after the deadline. */
  readonly overdue: boolean;
  /** Working days overdue (0 when on time, and 0 on days off right after the deadline). */
  readonly overdueWorkingDays: number;
  /** The colour of the slip. */
  readonly colour: SupervisionColour;
  /** The highest step the ladder makes due at `overdueWorkingDays` (`'unsupervised'` if none). */
  readonly dueStep: SupervisionStep;
  /** The highest step recorded on the issue by `supervise` commands. */
  readonly recordedStep: SupervisionStep;
  /** The higher of `dueStep` and `recordedStep`. */
  readonly step: SupervisionStep;
  /**
   * Whether the counts rest on a provisional year of the calendar (暂定: its days off derived from
   * the law, the State Council's notice not yet published): the deadline or `asOf` lies in one.
   */
  readonly provisional: boolean;
}

/**
 * Checks the `asOf` date of a supervision function: a real date that the calendar covers.
 * Internal to the issue module (not exported from its barrel).
 *
 * @param asOf - The date.
 * @param calendar - The working-day calendar.
 * @returns null when it is usable, else `INVALID_DATE` or `CALENDAR_YEAR_NOT_COVERED` at path `['asOf']`.
 * @example
 * ```ts
 * asOfError('2026-02-30', chinaCalendar); // { ok: false, error: { code: 'INVALID_DATE', … } }
 * ```
 * @category Issue
 */
export function asOfError(asOf: CalendarDate, calendar: WorkCalendar): Result<never> | null {
  const r = isWorkingDay(asOf, calendar);
  if (r.ok) return null;
  if (r.error.code === 'INVALID_DATE') {
    return err(
      domainError('INVALID_DATE', {
        en: `asOf must be a real date in the form YYYY-MM-DD; received ${JSON.stringify(asOf)}.`,
        zh: `asOf 应为 YYYY-MM-DD 格式的有效日期，实际为 ${JSON.stringify(asOf)}。`,
        path: ['asOf'],
        value: asOf,
      }),
    );
  }
  return err({ ...r.error, path: ['asOf'] });
}

/** A data error: an assigned issue without its assignment date or deadline. */
function missingAssignment(issue: Issue): Result<never> {
  const field = issue.assignedOn === null ? 'assignedOn' : 'deadline';
  return err(
    domainError('INVALID_ARGUMENT', {
      en: `Issue "${issue.id}" is assigned but has no ${field}.`,
      zh: `诉求“${issue.id}”处于已交办环节，但缺少${field === 'assignedOn' ? '交办日期' : '办理期限'}。`,
      path: [field],
      value: null,
    }),
  );
}

/**
 * Works out an issue's place on the three-colour supervision slip (三色督办单) and the supervision
 * ladder at a date. Only an issue in state `'assigned'` is supervised. Its budget is the working
 * days from assignment to deadline, its use the working days since assignment; it is red once
 * `asOf` is after the deadline (even on a weekend right after it, with 0 working days overdue),
 * else yellow once `yellowAtShare` of the budget is used, else blue once `blueAtShare` is, else
 * green (a budget of 0 counts as all used). The step due is the highest rung of the ladder whose
 * `overdueDays` have passed (000: urge 催办 → accountability 问责; 003: joint supervision 督办 and
 * public listing 网上挂牌 of overdue matters); the step reported is the higher of that and the step
 * already recorded on the issue.
 *
 * @param issue - The issue.
 * @param asOf - The local date to judge at `YYYY-MM-DD`.
 * @param calendar - The working-day calendar, e.g. `chinaCalendar`.
 * @param policy - The supervision rules; {@link defaultSupervisionPolicy} when omitted.
 * @returns The status, null when the issue is not assigned, or a calendar error
 *   (`INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`; at path `['asOf']` when it is about `asOf`).
 * @example
 * ```ts
 * const s = supervisionStatus(issue, '2026-03-17', chinaCalendar);
 * s.ok && s.value?.colour; // 'red' the day after a deadline of 2026-03-16
 * ```
 * @category Issue
 */
export function supervisionStatus(
  issue: Issue,
  asOf: CalendarDate,
  calendar: WorkCalendar,
  policy: SupervisionPolicy = defaultSupervisionPolicy,
): Result<SupervisionStatus | null> {
  const bad = asOfError(asOf, calendar);
  if (bad !== null) return bad;
  if (issue.state !== 'assigned') return ok(null);
  const { assignedOn, deadline } = issue;
  if (assignedOn === null || deadline === null) return missingAssignment(issue);
  const budget = workingDaysBetween(assignedOn, deadline, calendar);
  if (!budget.ok) return budget;
  const used = workingDaysBetween(assignedOn, asOf, calendar);
  if (!used.ok) return used;
  const toDeadline = workingDaysBetween(deadline, asOf, calendar);
  if (!toDeadline.ok) return toDeadline;
  const overdue = asOf > deadline;
  const overdueWorkingDays = overdue ? Math.max(0, toDeadline.value) : 0;
  let daysLeft: number;
  if (overdue) daysLeft = 0 - overdueWorkingDays; // never -0
  else {
    const left = workingDaysBetween(asOf, deadline, calendar);
    if (!left.ok) return left;
    daysLeft = left.value;
  }
  const usedWorkingDays = Math.max(0, used.value);
  const usedShare = budget.value <= 0 ? 1 : usedWorkingDays / budget.value;
  const colour: SupervisionColour = overdue
    ? 'red'
    : usedShare >= policy.yellowAtShare
      ? 'yellow'
      : usedShare >= policy.blueAtShare
        ? 'blue'
        : 'green';
  let dueStep: SupervisionStep = 'unsupervised';
  for (const rung of policy.steps) {
    if (rung.overdueDays <= overdueWorkingDays && supervisionStepRank(rung.step) > supervisionStepRank(dueStep)) dueStep = rung.step;
  }
  const recordedStep = issue.supervisionStep;
  return ok({
    issueId: issue.id,
    assignedOn,
    deadline,
    asOf,
    budgetWorkingDays: budget.value,
    usedWorkingDays,
    usedShare,
    daysLeft,
    overdue,
    overdueWorkingDays,
    colour,
    dueStep,
    recordedStep,
    step: supervisionStepRank(recordedStep) >= supervisionStepRank(dueStep) ? recordedStep : dueStep,
    provisional: budget.provisional || used.provisional || toDeadline.provisional,
  });
}
