import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { IntakeChannel, ServiceMode } from '../vocabulary/issue.js';
import { periodUnitNames } from '../vocabulary/period.js';

/**
 * The ways a visit is made (001, 002): on site at the enterprise (上门、现场办公), by phone, by video
 * call, at a symposium of enterprise heads (座谈会), or by questionnaire and opinion letter (问卷、征询函).
 * `onSite`, `phone` and `questionnaire` share their labels with the same values of
 * {@link qinqing/issue!ServiceMode} and {@link qinqing/issue!IntakeChannel}.
 *
 * `VisitMode.values` lists the values in order, `VisitMode.labels` gives each a zh-CN and an
 * English label, and `VisitMode.schema` validates one. The type `VisitMode` is how a visit was
 * made, e.g. `'onSite'`.
 *
 * @example
 * ```ts
 * VisitMode.labels.symposium.zh; // '座谈会'
 * VisitMode.schema.safeParse('video').success; // true
 * ```
 * @category Visit
 */
export const VisitMode = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    onSite: ServiceMode.labels.onSite,
    phone: ServiceMode.labels.phone,
    video: { zh: '视频连线', en: 'By video call' },
    symposium: { zh: '座谈会', en: 'Symposium' },
    questionnaire: IntakeChannel.labels.questionnaire,
  }),
))();

export type VisitMode = EnumValue<typeof VisitMode>;

/** The visit modes in schema order; a mode's bit in a mode mask is `1 << index`. */
export const visitModes = VisitMode.values;

/**
 * The roles a visit cadence binds: a paired adviser or cadre, who visits each paired enterprise
 * (000: bureau advisers, monthly); the head of a leading-group member unit, who goes to enterprises
 * to research (001: quarterly); a main leader of the city or county government, who holds the
 * enterprise heads' symposium (001: half-yearly); and a grid visit team, which covers every
 * enterprise of its grid (002).
 *
 * `VisitCadenceRole.values` lists the values in order, `VisitCadenceRole.labels` gives each a zh-CN
 * and an English label, and `VisitCadenceRole.schema` validates one. The type `VisitCadenceRole` is
 * a role a visit cadence binds, e.g. `'pairedAdviser'`.
 *
 * @example
 * ```ts
 * VisitCadenceRole.labels.memberUnitHead.zh; // '领导小组成员单位负责同志'
 * VisitCadenceRole.values.length; // 4
 * ```
 * @category Visit
 */
export const VisitCadenceRole = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    pairedAdviser: { zh: '包联顾问（干部）', en: 'Paired adviser or cadre' },
    memberUnitHead: { zh: '领导小组成员单位负责同志', en: 'Head of a leading-group member unit' },
    mainLeader: { zh: '市、县（区）政府主要领导', en: 'Main leader of the city or county government' },
    gridTeam: { zh: '网格走访小组', en: 'Grid visit team' },
  }),
))();

export type VisitCadenceRole = EnumValue<typeof VisitCadenceRole>;

/**
 * What a cadence rule counts: visits by the adviser to each enterprise it is paired with (see
 * {@link visitPlan}, {@link visitCompliance}); visits by the person to any enterprise (see
 * {@link personCadence}); or visits by a grid's teams to each enterprise of the grid (see
 * {@link gridCoverage}).
 *
 * `VisitCadenceScope.values` lists the values in order, `VisitCadenceScope.labels` gives each a
 * zh-CN and an English label, and `VisitCadenceScope.schema` validates one. The type
 * `VisitCadenceScope` is what a cadence rule counts.
 *
 * @example
 * ```ts
 * VisitCadenceScope.labels.gridEnterprise.zh; // '网格内每家企业'
 * VisitCadenceScope.values; // ['pairedEnterprise', 'anyEnterprise', 'gridEnterprise']
 * ```
 * @category Visit
 */
export const VisitCadenceScope = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    pairedEnterprise: { zh: '每家包联企业', en: 'Each paired enterprise' },
    anyEnterprise: { zh: '任意企业', en: 'Any enterprise' },
    gridEnterprise: { zh: '网格内每家企业', en: 'Each enterprise of the grid' },
  }),
))();

export type VisitCadenceScope = EnumValue<typeof VisitCadenceScope>;

/**
 * The calendar periods a visit cadence counts in: calendar months, calendar quarters
 * (January–March, April–June, …), calendar half years (January–June, July–December) and calendar
 * years. The first three share their labels with the units of a meeting's cadence.
 *
 * `VisitPeriodUnit.values` lists the values in order, `VisitPeriodUnit.labels` gives each a zh-CN
 * and an English label, and `VisitPeriodUnit.schema` validates one. The type `VisitPeriodUnit` is a
 * calendar period unit, e.g. `'quarter'`.
 *
 * @example
 * ```ts
 * VisitPeriodUnit.labels.halfYear.zh; // '半年'
 * VisitPeriodUnit.schema.safeParse('week').success; // false
 * ```
 * @category Visit
 */
export const VisitPeriodUnit = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    month: periodUnitNames.month,
    quarter: periodUnitNames.quarter,
    halfYear: periodUnitNames.halfYear,
    year: periodUnitNames.year,
  }),
))();

export type VisitPeriodUnit = EnumValue<typeof VisitPeriodUnit>;

/** Months in one period of each unit. */
export const unitMonths: Readonly<Record<VisitPeriodUnit, number>> = /* @__PURE__ */ deepFreeze({ month: 1, quarter: 3, halfYear: 6, year: 12 });

/**
 * A cadence status at a date: the current period's visits are done; they are due by the period's
 * end; or they are overdue — the previous period's were missed and the current period has none yet.
 *
 * `VisitStatus.values` lists the values in order, `VisitStatus.labels` gives each a zh-CN and an
 * English label, and `VisitStatus.schema` validates one. The type `VisitStatus` is a cadence
 * status: `'done'`, `'due'` or `'overdue'`.
 *
 * @example
 * ```ts
 * VisitStatus.labels.due.zh; // '本期待走访'
 * VisitStatus.values; // ['done', 'due', 'overdue']
 * ```
 * @category Visit
 */
export const VisitStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    done: { zh: '本期已走访', en: 'Done this period' },
    due: { zh: '本期待走访', en: 'Due this period' },
    overdue: { zh: '上期未走访、本期仍未走访', en: 'Overdue: last period missed, none yet this period' },
  }),
))();

export type VisitStatus = EnumValue<typeof VisitStatus>;

/**
 * Why no grid visit team covers an enterprise (002: every enterprise should sit in a visit grid
 * with a team): it has no grid, its grid is not among the known grids, or its grid has no team.
 *
 * `GridGap.values` lists the values in order, `GridGap.labels` gives each a zh-CN and an English
 * label, and `GridGap.schema` validates one. The type `GridGap` is why no grid team covers an
 * enterprise.
 *
 * @example
 * ```ts
 * GridGap.labels.gridWithoutTeam.zh; // '所属网格无走访小组'
 * GridGap.values.length; // 3
 * ```
 * @category Visit
 */
export const GridGap = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    noGrid: { zh: '未划入网格', en: 'Not in any visit grid' },
    unknownGrid: { zh: '所属网格不存在', en: 'Its grid is not known' },
    gridWithoutTeam: { zh: '所属网格无走访小组', en: 'Its grid has no visit team' },
  }),
))();

export type GridGap = EnumValue<typeof GridGap>;

