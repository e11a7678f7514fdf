import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { BilingualTextSchema, CalendarDateSchema, IdSchema } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { safeParseWith } from '../internal/parse.js';
import { AdviserKind } from '../org/adviser.js';
import { GovernmentLevel } from '../org/level.js';

/**
 * The figures a campaign report states (活动数据), each computed from the app's data by
 * `campaignReport`, and the measures a campaign's targets are set on:
 *
 * - `participants`: the cadres of the campaign's participant groups (参与干部);
 * - `enterprisesPaired`: the enterprises they are paired with on the report's date (联系企业);
 * - `visitsMade`, `enterprisesVisited`: visits made in the campaign so far, and the enterprises they reached;
 * - `solvedOnTheSpot`: problems served on the spot and never assigned (当场解决, 003: 90 余件);
 * - `problemsCollected`: the other problems, collected and sorted (征集, 003: 120 件);
 * - `problemsAssigned`, `problemsAnswered`: of those, assigned (交办) and answered (办理及答复);
 * - `underSupervision`, `jointlySupervised`: assigned and supervised or overdue (督办中), and of
 *   those the ones supervised jointly by two bodies (联合督办);
 * - `awaitingAssignment`: sorted into a batch and not yet assigned (已梳理完毕，准备交办);
 * - `unanswered`: collected, neither answered nor withdrawn;
 * - `recurringProblems`: problems raised again (共性问题年年提);
 * - `departmentsOrderedToRectify`, `rectificationsOverdue`: departments under a 限期整改 order, and
 *   orders not rectified in time.
 *
 * `CampaignMeasure.values` lists the values in order, `CampaignMeasure.labels` gives each a zh-CN
 * and an English label, and `CampaignMeasure.schema` validates one. The type `CampaignMeasure` is
 * one measure, e.g. `'solvedOnTheSpot'`.
 *
 * @example
 * ```ts
 * CampaignMeasure.labels.solvedOnTheSpot.zh; // '当场解决问题'
 * CampaignMeasure.values.length; // 15
 * ```
 * @category Campaign
 */
export const CampaignMeasure = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    participants: { zh: '参与干部', en: 'Cadres taking part' },
    enterprisesPaired: { zh: '联系企业', en: 'Enterprises paired' },
    visitsMade: { zh: '走访次数', en: 'Visits made' },
    enterprisesVisited: { zh: '走访企业', en: 'Enterprises visited' },
    solvedOnTheSpot: { zh: '当场解决问题', en: 'Problems solved on the spot' },
    problemsCollected: { zh: '征集问题', en: 'Problems collected' },
    problemsAssigned: { zh: '已交办问题', en: 'Problems assigned' },
    problemsAnswered: { zh: '已办理答复问题', en: 'Problems answered' },
    underSupervision: { zh: '督办中问题', en: 'Problems under supervision' },
    jointlySupervised: { zh: '联合督办问题', en: 'Problems under joint supervision' },
    awaitingAssignment: { zh: '已梳理待交办问题', en: 'Problems sorted, awaiting assignment' },
    unanswered: { zh: '未答复问题', en: 'Problems not yet answered' },
    recurringProblems: { zh: '反复出现的问题', en: 'Recurring problems' },
    departmentsOrderedToRectify: { zh: '限期整改部门', en: 'Departments ordered to rectify' },
    rectificationsOverdue: { zh: '逾期未整改通知', en: 'Rectification orders overdue' },
  }),
))();

export type CampaignMeasure = EnumValue<typeof CampaignMeasure>;

/**
 * Where a phase of a campaign stands on the report's date: `completed` (its last day has passed),
 * `inProgress` (the date lies in it), `upcoming` (it has not begun) — as 003 reports "已经完成组织宣传发动
 * 阶段、调查摸底梳理问题阶段，已进入协调落实阶段".
 *
 * `CampaignPhaseStatus.values` lists the values in order, `CampaignPhaseStatus.labels` gives each
 * a zh-CN and an English label, and `CampaignPhaseStatus.schema` validates one. The type
 * `CampaignPhaseStatus` is one of them, e.g. `'inProgress'`.
 *
 * @example
 * ```ts
 * CampaignPhaseStatus.labels.inProgress.zh; // '进行中'
 * CampaignPhaseStatus.values; // ['completed', 'inProgress', 'upcoming']
 * ```
 * @category Campaign
 */
export const CampaignPhaseStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    completed: { zh: '已完成', en: 'Completed' },
    inProgress: { zh: '进行中', en: 'In progress' },
    upcoming: { zh: '未开始', en: 'Not yet begun' },
  }),
))();

export type CampaignPhaseStatus = EnumValue<typeof CampaignPhaseStatus>;

/**
 * Where a target of a campaign stands on the report's date: `met` (the figure satisfies it),
 * `missed` (its date has passed and the figure does not), `notYetDue` (not met, and its date — if
 * any — not passed).
 *
 * `CampaignTargetStatus.values` lists the values in order, `CampaignTargetStatus.labels` gives each
 * a zh-CN and an English label, and `CampaignTargetStatus.schema` validates one. The type
 * `CampaignTargetStatus` is one of them, e.g. `'met'`.
 *
 * @example
 * ```ts
 * CampaignTargetStatus.labels.missed.zh; // '未按期达成'
 * CampaignTargetStatus.values; // ['met', 'missed', 'notYetDue']
 * ```
 * @category Campaign
 */
export const CampaignTargetStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    met: { zh: '已达成', en: 'Met' },
    missed: { zh: '未按期达成', en: 'Missed' },
    notYetDue: { zh: '推进中', en: 'Not yet due' },
  }),
))();

export type CampaignTargetStatus = EnumValue<typeof CampaignTargetStatus>;

/**
 * Where an assignment batch of a campaign stands on the report's date: `readyToAssign` (sorted,
 * none assigned yet: 003's third batch, "已梳理完毕，准备交办"), `inHand` (assigned, some problems not
 * answered), `allAnswered` (every problem answered or withdrawn).
 *
 * `CampaignBatchStatus.values` lists the values in order, `CampaignBatchStatus.labels` gives each a
 * zh-CN and an English label, and `CampaignBatchStatus.schema` validates one. The type
 * `CampaignBatchStatus` is one of them, e.g. `'inHand'`.
 *
 * @example
 * ```ts
 * CampaignBatchStatus.labels.readyToAssign.zh; // '已梳理完毕，准备交办'
 * CampaignBatchStatus.values; // ['readyToAssign', 'inHand', 'allAnswered']
 * ```
 * @category Campaign
 */
export const CampaignBatchStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    readyToAssign: { zh: '已梳理完毕，准备交办', en: 'Sorted, ready to be assigned' },
    inHand: { zh: '正在办理', en: 'In hand' },
    allAnswered: { zh: '已全部办理答复', en: 'All answered' },
  }),
))();

export type CampaignBatchStatus = EnumValue<typeof CampaignBatchStatus>;

/**
 * A phase of a campaign (活动阶段): an id, its name in both languages and its first and last day.
 * The phases of a campaign follow one another inside its period without overlapping (checked by
 * {@link CampaignSchema}).
 *
 * @example
 * ```ts
 * CampaignPhaseSchema.parse({ id: 'mobilise', name: { zh: '组织宣传发动', en: 'Organisation and mobilisation' }, from: '2010-04-01', to: '2010-04-30' }).id; // 'mobilise'
 * ```
 * @category Campaign
 */
export const CampaignPhaseSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The phase's id. */
  id: IdSchema,
  /** Its name in both languages. */
  name: BilingualTextSchema,
  /** Its first day. */
  from: CalendarDateSchema,
  /** Its last day. */
  to: CalendarDateSchema,
}))();

/**
 * A phase of a campaign; see {@link CampaignPhaseSchema}.
 *
 * @category Campaign
 */
export type CampaignPhase = DeepReadonly<z.infer<typeof CampaignPhaseSchema>>;

const count = /* @__PURE__ */ (() => z.int().min(0).max(10_000_000))();

/**
 * A group of participants of a campaign (参与干部): the cadres of one kind (e.g. contact leaders,
 * enterprise assistants, liaisons) at one level of government, or at any level (`level: null`);
 * the figures the campaign publishes for the group (`expected`: 003's "426 名副县以上干部联系 426 家企业"),
 * and how many enterprises each of them is to be paired with (`enterprisesPerPerson`: 1 to 1 for
 * Lishui's city cadres, 1 to 2 for its county leaders), or null for no rule.
 *
 * @example
 * ```ts
 * CampaignParticipantGroupSchema.parse({ id: 'city', name: { zh: '市直联系领导', en: 'City contact leaders' }, kind: 'contactLeader',
 *   level: 'city', expected: { people: 426, enterprises: 426 }, enterprisesPerPerson: { min: 1, max: 1 } }).kind; // 'contactLeader'
 * ```
 * @category Campaign
 */
export const CampaignParticipantGroupSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The group's id. */
  id: IdSchema,
  /** Its name in both languages. */
  name: BilingualTextSchema,
  /** The kind of cadre (`AdviserKind`): the group holds the app's advisers of this kind. */
  kind: AdviserKind.schema,
  /** The level they serve at, or null for every level. */
  level: GovernmentLevel.schema.nullable(),
  /** The figures the campaign publishes for the group (people, enterprises paired), each or both null when it publishes none. */
  expected: z.strictObject({
    /** The people. */
    people: count.nullable(),
    /** The enterprises they are paired with. */
    enterprises: count.nullable(),
  }),
  /** How many enterprises each is to be paired with (min ≤ max), or null. */
  enterprisesPerPerson: z
    .strictObject({
      /** The fewest. */
      min: z.int().min(0).max(1000),
      /** The most. */
      max: z.int().min(1).max(1000),
    })
    .nullable(),
}))();

/**
 * A group of participants; see {@link CampaignParticipantGroupSchema}.
 *
 * @category Campaign
 */
export type CampaignParticipantGroup = DeepReadonly<z.infer<typeof CampaignParticipantGroupSchema>>;

/**
 * A target of a campaign (活动目标): a measure ({@link CampaignMeasure}) to bring to at least
 * `atLeast` and/or at most `atMost` (one of them, or both with `atLeast ≤ atMost`), by a date inside
 * the campaign's period or by its end (`by: null`), with its wording and where it comes from.
 *
 * @example
 * ```ts
 * CampaignTargetSchema.parse({ id: 'all-answered', label: { zh: '事事有回音', en: 'Every matter answered' },
 *   measure: 'unanswered', atMost: 0, by: null, source: '003' }).atMost; // 0
 * ```
 * @category Campaign
 */
export const CampaignTargetSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The target's id. */
  id: IdSchema,
  /** What it says, in both languages. */
  label: BilingualTextSchema,
  /** The measure it is set on. */
  measure: CampaignMeasure.schema,
  /** The figure must be at least this. */
  atLeast: z.number().min(0).max(1e9).optional(),
  /** The figure must be at most this. */
  atMost: z.number().min(0).max(1e9).optional(),
  /** The last day to meet it, or null for the end of the campaign. */
  by: CalendarDateSchema.nullable(),
  /** Where the target comes from. */
  source: z.string().min(1).max(2000),
}))();

/**
 * A target of a campaign; see {@link CampaignTargetSchema}.
 *
 * @category Campaign
 */
export type CampaignTarget = DeepReadonly<z.infer<typeof CampaignTargetSchema>>;

/** One problem of a campaign found by the schema's checks: path, code, English and Chinese. */
type Problem = readonly [path: (string | number)[], code: string, en: string, zh: string, input: unknown];

/** The problems of a campaign beyond its shape: dates, order, ids and ranges. */
function campaignProblems(c: {
  readonly period: { readonly from: string; readonly to: string };
  readonly phases: readonly { readonly id: string; readonly from: string; readonly to: string }[];
  readonly participants: readonly { readonly id: string; readonly enterprisesPerPerson: { readonly min: number; readonly max: number } | null }[];
  readonly targets: readonly { readonly id: string; readonly atLeast?: number | undefined; readonly atMost?: number | undefined; readonly by: string | null }[];
  readonly figures: readonly string[];
}): Problem[] {
  const out: Problem[] = [];
  const { from, to } = c.period;
  if (to < from) out.push([['period', 'to'], 'INVALID_ARGUMENT', `The campaign ends (${to}) before it begins (${from}).`, `活动结束日期（${to}）早于开始日期（${from}）。`, to]);
  const repeated = (ids: readonly string[], key: string, what: { en: string; zh: string }): void => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) out.push([[key, i, ...(key === 'figures' ? [] : ['id'])], 'DUPLICATE_ID', `The ${what.en} "${id}" appears twice.`, `${what.zh}“${id}”重复出现。`, id]);
      seen.add(id);
    });
  };
  repeated(c.phases.map((p) => p.id), 'phases', { en: 'phase', zh: '活动阶段' });
  repeated(c.participants.map((p) => p.id), 'participants', { en: 'participant group', zh: '参与干部类别' });
  repeated(c.targets.map((t) => t.id), 'targets', { en: 'target', zh: '活动目标' });
  repeated(c.figures, 'figures', { en: 'figure', zh: '活动数据' });
  c.phases.forEach((p, i) => {
    if (p.to < p.from) out.push([['phases', i, 'to'], 'INVALID_ARGUMENT', `The phase "${p.id}" ends (${p.to}) before it begins (${p.from}).`, `活动阶段“${p.id}”的结束日期（${p.to}）早于开始日期（${p.from}）。`, p.to]);
    if (p.from < from || p.from > to) out.push([['phases', i, 'from'], 'CAMPAIGN_OUTSIDE_PERIOD', `The phase "${p.id}" begins (${p.from}) outside the campaign's period ${from} to ${to}.`, `活动阶段“${p.id}”的开始日期（${p.from}）不在活动期间 ${from} 至 ${to} 之内。`, p.from]);
    else if (p.to > to) out.push([['phases', i, 'to'], 'CAMPAIGN_OUTSIDE_PERIOD', `The phase "${p.id}" ends (${p.to}) after the campaign (${to}).`, `活动阶段“${p.id}”的结束日期（${p.to}）晚于活动结束日期（${to}）。`, p.to]);
    const before = c.phases[i - 1];
    if (before !== undefined && p.from <= before.to) {
      out.push([['phases', i, 'from'], 'CAMPAIGN_PHASE_ORDER', `The phase "${p.id}" begins (${p.from}) before the phase before it, "${before.id}", has ended (${before.to}): phases follow one another without overlapping.`, `活动阶段“${p.id}”的开始日期（${p.from}）早于或等于上一阶段“${before.id}”的结束日期（${before.to}）：各阶段应依次衔接、不得重叠。`, p.from]);
    }
  });
  c.participants.forEach((g, i) => {
    const r = g.enterprisesPerPerson;
    if (r !== null && r.min > r.max) out.push([['participants', i, 'enterprisesPerPerson', 'min'], 'INVALID_ARGUMENT', `The participant group "${g.id}" pairs each person with at least ${r.min} and at most ${r.max} enterprises.`, `参与干部类别“${g.id}”每人联系企业数下限 ${r.min} 大于上限 ${r.max}。`, r.min]);
  });
  c.targets.forEach((t, i) => {
    if (t.atLeast === undefined && t.atMost === undefined) out.push([['targets', i], 'INVALID_ARGUMENT', `The target "${t.id}" sets neither atLeast nor atMost.`, `活动目标“${t.id}”未设定下限（atLeast）或上限（atMost）。`, t]);
    else if (t.atLeast !== undefined && t.atMost !== undefined && t.atLeast > t.atMost) out.push([['targets', i, 'atLeast'], 'INVALID_ARGUMENT', `The target "${t.id}" asks for at least ${t.atLeast} and at most ${t.atMost}.`, `活动目标“${t.id}”的下限 ${t.atLeast} 大于上限 ${t.atMost}。`, t.atLeast]);
    if (t.by !== null && (t.by < from || t.by > to)) out.push([['targets', i, 'by'], 'CAMPAIGN_OUTSIDE_PERIOD', `The target "${t.id}" is due (${t.by}) outside the campaign's period ${from} to ${to}.`, `活动目标“${t.id}”的期限（${t.by}）不在活动期间 ${from} 至 ${to} 之内。`, t.by]);
  });
  return out;
}

/**
 * A campaign (专项活动) as data, such as Lishui's "Enterprise Service Year" (企业服务年, 003): its
 * id and name, where it comes from, its period, its phases in order with their dates, its
 * participant groups with their published figures and pairing rule, its targets, and the figures
 * its report states, in order (`campaignReport` computes them from the app's data; see
 * {@link CampaignMeasure}). Bounded: at most 20 phases, 50 participant groups, 100 targets.
 *
 * Checked beyond the shape, each with a code and a message in both languages: the period does not
 * end before it begins (`INVALID_ARGUMENT`); each phase ends on or after its first day
 * (`INVALID_ARGUMENT`), lies inside the period (`CAMPAIGN_OUTSIDE_PERIOD`) and begins after the
 * phase before it has ended (`CAMPAIGN_PHASE_ORDER`: ordered, no overlaps; gaps are allowed);
 * ids of phases, groups and targets, and the figures, are not repeated (`DUPLICATE_ID`); a group's
 * `enterprisesPerPerson` has min ≤ max; a target sets `atLeast` or `atMost` (min ≤ max) and is due
 * inside the period (`CAMPAIGN_OUTSIDE_PERIOD`).
 *
 * @example
 * ```ts
 * CampaignSchema.safeParse(lishuiServiceYear).success; // true
 * const swapped = { ...lishuiServiceYear, phases: [lishuiServiceYear.phases[1]!, lishuiServiceYear.phases[0]!] };
 * validateCampaign(swapped); // { ok: false, error: { code: 'CAMPAIGN_PHASE_ORDER', path: ['phases', 1, 'from'], … } }
 * ```
 * @category Campaign
 */
export const CampaignSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The campaign's id. */
    id: IdSchema,
    /** Its name in both languages. */
    name: BilingualTextSchema,
    /** Where it comes from: the document that set it up. */
    source: z.string().min(1).max(2000),
    /** Its first and last day. */
    period: z.strictObject({
      /** The first day. */
      from: CalendarDateSchema,
      /** The last day. */
      to: CalendarDateSchema,
    }),
    /** Its phases, in order; at least one. */
    phases: z.array(CampaignPhaseSchema).min(1).max(20),
    /** Its participant groups. */
    participants: z.array(CampaignParticipantGroupSchema).max(50),
    /** Its targets. */
    targets: z.array(CampaignTargetSchema).max(100),
    /** The figures its report states, in order. */
    figures: z.array(CampaignMeasure.schema).max(CampaignMeasure.values.length),
  })
  .superRefine((c, ctx) => {
    for (const [path, code, message, messageZh, input] of campaignProblems(c)) ctx.addIssue({ code: 'custom', path, message, input, params: { code, messageZh } });
  }))();

/**
 * A campaign; see {@link CampaignSchema}.
 *
 * @category Campaign
 */
export type Campaign = DeepReadonly<z.infer<typeof CampaignSchema>>;

/**
 * Validates a campaign — e.g. one an office configured as JSON — and returns it frozen: its shape,
 * then its dates, the order of its phases, its ids and ranges (see {@link CampaignSchema}), every
 * problem with a stable code, a message in Chinese and in English and its path.
 *
 * @param input - The campaign, as data.
 * @returns The campaign (frozen), or the error: one problem as its own code (`CAMPAIGN_PHASE_ORDER`,
 *   `CAMPAIGN_OUTSIDE_PERIOD`, `DUPLICATE_ID`, `INVALID_ARGUMENT`, `INVALID_DATE`, …), several as
 *   `INVALID_INPUT` listing them in `issues`.
 * @example
 * ```ts
 * validateCampaign(lishuiServiceYear).ok; // true
 * const late = { ...lishuiServiceYear, phases: [...lishuiServiceYear.phases.slice(0, 2), { ...lishuiServiceYear.phases[2]!, to: '2011-12-31' }] };
 * const r = validateCampaign(late);
 * r.ok || [r.error.code, r.error.path, r.error.messageZh]; // ['CAMPAIGN_OUTSIDE_PERIOD', ['phases', 2, 'to'], '活动阶段“coordination”的结束日期（2011-12-31）晚于活动结束日期（2011-03-31）。']
 * ```
 * @category Campaign
 */
export function validateCampaign(input: unknown): Result<Campaign> {
  const r = safeParseWith(CampaignSchema, input);
  return r.ok ? ok(deepFreeze(r.value)) : err(r.error);
}
