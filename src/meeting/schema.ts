import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, CalendarDateSchema, IdSchema } from '../core/schema.js';
import { EscalationHolder } from '../escalation/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { periodUnitNames } from '../vocabulary/period.js';

/**
 * The kinds of periodic meeting the sources name (§8): the county's monthly adviser meeting (例会)
 * and the city bureau's quarterly scheduling meeting (调度会) (000), the mayor's half-monthly
 * consultation (半月会商) (002), the half-yearly enterprise symposium (座谈会) and the joint meeting of
 * departments (联席会议) (001). Each value is also an escalation holder with the same labels, so a
 * ladder can send problems to the meeting.
 *
 * `MeetingKind.values` lists the values in order, `MeetingKind.labels` gives each a zh-CN and an
 * English label, and `MeetingKind.schema` validates one. The type `MeetingKind` is a kind of
 * periodic meeting, e.g. `'halfMonthlyConsultation'`.
 *
 * @example
 * ```ts
 * MeetingKind.labels.halfMonthlyConsultation.zh; // '半月会商'
 * MeetingKind.schema.safeParse('quarterlyScheduling').success; // true
 * ```
 * @category Meeting
 */
export const MeetingKind = /* @__PURE__ */ defineEnum({
  monthlyAdviserMeeting: EscalationHolder.labels.monthlyAdviserMeeting,
  quarterlyScheduling: EscalationHolder.labels.quarterlyScheduling,
  halfMonthlyConsultation: EscalationHolder.labels.halfMonthlyConsultation,
  halfYearlySymposium: EscalationHolder.labels.halfYearlySymposium,
  jointMeeting: EscalationHolder.labels.jointMeeting,
});

export type MeetingKind = EnumValue<typeof MeetingKind>;

/**
 * The units a meeting's cadence counts in: weeks, months, quarters (3 months) and half years (6
 * months).
 *
 * `MeetingCadenceUnit.values` lists the values in order, `MeetingCadenceUnit.labels` gives each a
 * zh-CN and an English label, and `MeetingCadenceUnit.schema` validates one. The type
 * `MeetingCadenceUnit` is the unit of a cadence: `'week'`, `'month'`, `'quarter'` or `'halfYear'`.
 *
 * @example
 * ```ts
 * MeetingCadenceUnit.labels.quarter.zh; // '季度'
 * MeetingCadenceUnit.values; // ['week', 'month', 'quarter', 'halfYear']
 * ```
 * @category Meeting
 */
export const MeetingCadenceUnit = /* @__PURE__ */ defineEnum({
  week: periodUnitNames.week,
  month: periodUnitNames.month,
  quarter: periodUnitNames.quarter,
  halfYear: periodUnitNames.halfYear,
});

export type MeetingCadenceUnit = EnumValue<typeof MeetingCadenceUnit>;

/**
 * What happens to a meeting whose date falls on a day off: it moves to the next working day (顺延,
 * the default) or to the previous one (提前).
 *
 * `MeetingRoll.values` lists the values in order, `MeetingRoll.labels` gives each a zh-CN and an
 * English label, and `MeetingRoll.schema` validates one. The type `MeetingRoll` is a roll rule:
 * `'nextWorkingDay'` or `'previousWorkingDay'`.
 *
 * @example
 * ```ts
 * MeetingRoll.labels.nextWorkingDay.zh; // '顺延至下一个工作日'
 * MeetingRoll.schema.safeParse('previousWorkingDay').success; // true
 * ```
 * @category Meeting
 */
export const MeetingRoll = /* @__PURE__ */ defineEnum({
  nextWorkingDay: { zh: '顺延至下一个工作日', en: 'Move to the next working day' },
  previousWorkingDay: { zh: '提前至上一个工作日', en: 'Move to the previous working day' },
});

export type MeetingRoll = EnumValue<typeof MeetingRoll>;

/**
 * When a series meets: every `every` units from the `anchor`, its first meeting. By weeks, the
 * meetings keep the anchor's weekday (`{ every: 2, unit: 'week' }` is a fortnightly meeting); by
 * months, quarters or half years they keep the anchor's day of the month, or the month's last day
 * when the month is shorter (an anchor on the 31st meets on the last day of every month). A meeting
 * whose date is a day off moves by `roll` to a working day. The series ends with `until`, if given
 * (inclusive, on nominal dates).
 *
 * @example
 * ```ts
 * // The 15th of the first month of each quarter, from October 2014:
 * MeetingCadenceSchema.parse({ unit: 'quarter', anchor: '2014-10-15' }).roll; // 'nextWorkingDay'
 * ```
 * @category Meeting
 */
export const MeetingCadenceSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** How many units lie between two meetings (default 1). */
    every: z.int().min(1).max(120).default(1),
    /** The unit: week, month, quarter (3 months) or half year (6 months). */
    unit: MeetingCadenceUnit.schema,
    /** The date of the first meeting; it gives the weekday or the day of the month of the others. */
    anchor: CalendarDateSchema,
    /** The last date on which a meeting can be scheduled, or null while the series runs on. */
    until: CalendarDateSchema.nullable().default(null),
    /** Where a meeting on a day off moves: the next working day (default) or the previous one. */
    roll: MeetingRoll.schema.default('nextWorkingDay'),
  })
  .superRefine((c, ctx) => {
    if (c.until !== null && c.until < c.anchor) {
      ctx.addIssue({
        code: 'custom',
        message: `until ${c.until} is before the anchor ${c.anchor}.`,
        path: ['until'],
        params: { code: 'INVALID_ARGUMENT', messageZh: `截止日期 ${c.until} 早于首次会议日期 ${c.anchor}。` },
      });
    }
  }))();

/**
 * When a series meets; see {@link MeetingCadenceSchema}.
 *
 * @category Meeting
 */
export type MeetingCadence = DeepReadonly<z.output<typeof MeetingCadenceSchema>>;

/**
 * A meeting series (会议机制) as policy data: which meeting it is, who chairs it, whose problems it
 * takes (the escalation holder a ladder sends them to) and when it meets. Plain JSON, so each city
 * keeps its own; the sources' series are the named defaults (see {@link defaultMeetingSeries}).
 *
 * @example
 * ```ts
 * MeetingSeriesSchema.parse({
 *   id: 'county-adviser', kind: 'monthlyAdviserMeeting', name: { zh: '县局工商顾问例会', en: 'County adviser meeting' },
 *   source: '000', chair: 'leadingGroup', holder: 'monthlyAdviserMeeting', cadence: { unit: 'month', anchor: '2026-01-10' },
 * }).cadence.every; // 1
 * safeParse(MeetingSeriesSchema, { ...hainingHalfMonthlyConsultation, id: 'haining-2027' }).ok; // true
 * ```
 * @category Meeting
 */
export const MeetingSeriesSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The series' id. */
  id: IdSchema,
  /** The kind of meeting. */
  kind: MeetingKind.schema,
  /** Its name in both languages. */
  name: BilingualTextSchema,
  /** Where it comes from. */
  source: z.string().min(1),
  /** Who chairs it: an escalation holder id such as `'mayor'` or `'leadingGroup'`, or free text. */
  chair: z.string().min(1).max(200),
  /** The escalation holder whose problems it takes (usually the same as `kind`). */
  holder: z.string().min(1).max(64),
  /** What the meeting does, in both languages. */
  description: BilingualTextSchema.optional(),
  /** When it meets. */
  cadence: MeetingCadenceSchema,
}))();

/**
 * A meeting series; see {@link MeetingSeriesSchema}.
 *
 * @category Meeting
 */
export type MeetingSeries = DeepReadonly<z.output<typeof MeetingSeriesSchema>>;

