import type { z } from 'zod';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { intakeChannelLabels, serviceModeLabels } from '../vocabulary/issue.js';
import { periodUnitNames } from '../vocabulary/period.js';

const visitMode = defineEnum(
  deepFreeze({
    onSite: serviceModeLabels.onSite,
    phone: serviceModeLabels.phone,
    video: { zh: '视频连线', en: 'By video call' },
    symposium: { zh: '座谈会', en: 'Symposium' },
    questionnaire: intakeChannelLabels.questionnaire,
  }),
);

/**
 * Labels of the ways a visit is made (001, 002): on site at the enterprise (上门、现场办公), by
 * phone, by video call, at a symposium of enterprise heads (座谈会), or by questionnaire and opinion
 * letter (问卷、征询函). `onSite`, `phone` and `questionnaire` share their labels with the same values
 * of {@link index!serviceModeLabels} and {@link index!intakeChannelLabels}.
 *
 * @example
 * ```ts
 * visitModeLabels.symposium.zh; // '座谈会'
 * ```
 * @category Visit
 */
export const visitModeLabels = visitMode.labels;

/**
 * Validates a visit mode: `'onSite'`, `'phone'`, `'video'`, `'symposium'` or `'questionnaire'`.
 *
 * @example
 * ```ts
 * VisitModeSchema.safeParse('video').success; // true
 * ```
 * @category Visit
 */
export const VisitModeSchema = visitMode.schema;

/**
 * How a visit was made, e.g. `'onSite'`; see {@link visitModeLabels}.
 *
 * @category Visit
 */
export type VisitMode = z.infer<typeof VisitModeSchema>;

/** The visit modes in schema order; a mode's bit in a mode mask is `1 << index`. */
export const visitModes = visitMode.values;

const visitCadenceRole = defineEnum(
  deepFreeze({
    pairedAdviser: { zh: '包联顾问（干部）', en: 'Paired adviser or cadre' },
    memberUnitHead: { zh: '领导小组成员单位负责同志', en: 'Head of a leading-group member unit' },
    mainLeader: { zh: '市、县（区）政府主要领导', en: 'Main leader of the city or county government' },
    gridTeam: { zh: '网格走访小组', en: 'Grid visit team' },
  }),
);

/**
 * Labels of the roles a visit cadence binds: a paired adviser or cadre, who visits each paired
 * enterprise (000: bureau advisers, monthly); the head of a leading-group member unit, who goes to
 * enterprises to research (001: quarterly); a main leader of the city or county government, who
 * holds the enterprise heads' symposium (001: half-yearly); and a grid visit team, which covers every
 * enterprise of its grid (002).
 *
 * @example
 * ```ts
 * visitCadenceRoleLabels.memberUnitHead.zh; // '领导小组成员单位负责同志'
 * ```
 * @category Visit
 */
export const visitCadenceRoleLabels = visitCadenceRole.labels;

/**
 * Validates a cadence role: `'pairedAdviser'`, `'memberUnitHead'`, `'mainLeader'` or `'gridTeam'`.
 *
 * @example
 * ```ts
 * VisitCadenceRoleSchema.options.length; // 4
 * ```
 * @category Visit
 */
export const VisitCadenceRoleSchema = visitCadenceRole.schema;

/**
 * A role a visit cadence binds, e.g. `'pairedAdviser'`; see {@link visitCadenceRoleLabels}.
 *
 * @category Visit
 */
export type VisitCadenceRole = z.infer<typeof VisitCadenceRoleSchema>;

const visitCadenceScope = defineEnum(
  deepFreeze({
    pairedEnterprise: { zh: '每家包联企业', en: 'Each paired enterprise' },
    anyEnterprise: { zh: '任意企业', en: 'Any enterprise' },
    gridEnterprise: { zh: '网格内每家企业', en: 'Each enterprise of the grid' },
  }),
);

/**
 * Labels of what a cadence rule counts: visits by the adviser to each enterprise it is paired with
 * (see {@link visitPlan}, {@link visitCompliance}); visits by the person to any enterprise (see
 * {@link personCadence}); or visits by a grid's teams to each enterprise of the grid (see
 * {@link gridCoverage}).
 *
 * @example
 * ```ts
 * visitCadenceScopeLabels.gridEnterprise.zh; // '网格内每家企业'
 * ```
 * @category Visit
 */
export const visitCadenceScopeLabels = visitCadenceScope.labels;

/**
 * Validates a cadence scope: `'pairedEnterprise'`, `'anyEnterprise'` or `'gridEnterprise'`.
 *
 * @example
 * ```ts
 * VisitCadenceScopeSchema.options; // ['pairedEnterprise', 'anyEnterprise', 'gridEnterprise']
 * ```
 * @category Visit
 */
export const VisitCadenceScopeSchema = visitCadenceScope.schema;

/**
 * What a cadence rule counts; see {@link visitCadenceScopeLabels}.
 *
 * @category Visit
 */
export type VisitCadenceScope = z.infer<typeof VisitCadenceScopeSchema>;

const visitPeriodUnit = defineEnum(
  deepFreeze({
    month: periodUnitNames.month,
    quarter: periodUnitNames.quarter,
    halfYear: periodUnitNames.halfYear,
    year: periodUnitNames.year,
  }),
);

/**
 * Labels of the calendar periods a visit cadence counts in: calendar months, calendar quarters
 * (January–March, April–June, …), calendar half years (January–June, July–December) and calendar
 * years. The first three share their labels with the units of a meeting's cadence.
 *
 * @example
 * ```ts
 * visitPeriodUnitLabels.halfYear.zh; // '半年'
 * ```
 * @category Visit
 */
export const visitPeriodUnitLabels = visitPeriodUnit.labels;

/**
 * Validates a period unit: `'month'`, `'quarter'`, `'halfYear'` or `'year'`.
 *
 * @example
 * ```ts
 * VisitPeriodUnitSchema.safeParse('week').success; // false
 * ```
 * @category Visit
 */
export const VisitPeriodUnitSchema = visitPeriodUnit.schema;

/**
 * A calendar period unit, e.g. `'quarter'`; see {@link visitPeriodUnitLabels}.
 *
 * @category Visit
 */
export type VisitPeriodUnit = z.infer<typeof VisitPeriodUnitSchema>;

/** Months in one period of each unit. */
export const unitMonths: Readonly<Record<VisitPeriodUnit, number>> = deepFreeze({ month: 1, quarter: 3, halfYear: 6, year: 12 });

const visitStatus = defineEnum(
  deepFreeze({
    done: { zh: '本期已走访', en: 'Done this period' },
    due: { zh: '本期待走访', en: 'Due this period' },
    overdue: { zh: '上期未走访、本期仍未走访', en: 'Overdue: last period missed, none yet this period' },
  }),
);

/**
 * Labels of a cadence status at a date: the current period's visits are done; they are due by the
 * period's end; or they are overdue — the previous period's were missed and the current period
 * has none yet.
 *
 * @example
 * ```ts
 * visitStatusLabels.due.zh; // '本期待走访'
 * ```
 * @category Visit
 */
export const visitStatusLabels = visitStatus.labels;

/**
 * Validates a cadence status: `'done'`, `'due'` or `'overdue'`.
 *
 * @example
 * ```ts
 * VisitStatusSchema.options; // ['done', 'due', 'overdue']
 * ```
 * @category Visit
 */
export const VisitStatusSchema = visitStatus.schema;

/**
 * A cadence status: `'done'`, `'due'` or `'overdue'`; see {@link visitStatusLabels}.
 *
 * @category Visit
 */
export type VisitStatus = z.infer<typeof VisitStatusSchema>;

const gridGap = defineEnum(
  deepFreeze({
    noGrid: { zh: '未划入网格', en: 'Not in any visit grid' },
    unknownGrid: { zh: '所属网格不存在', en: 'Its grid is not known' },
    gridWithoutTeam: { zh: '所属网格无走访小组', en: 'Its grid has no visit team' },
  }),
);

/**
 * Labels of why no grid visit team covers an enterprise (002: every enterprise should sit in a
 * visit grid with a team): it has no grid, its grid is not among the known grids, or its grid has no
 * team.
 *
 * @example
 * ```ts
 * gridGapLabels.gridWithoutTeam.zh; // '所属网格无走访小组'
 * ```
 * @category Visit
 */
export const gridGapLabels = gridGap.labels;

/**
 * Validates a grid gap: `'noGrid'`, `'unknownGrid'` or `'gridWithoutTeam'`.
 *
 * @example
 * ```ts
 * GridGapSchema.options.length; // 3
 * ```
 * @category Visit
 */
export const GridGapSchema = gridGap.schema;

/**
 * Why no grid team covers an enterprise; see {@link gridGapLabels}.
 *
 * @category Visit
 */
export type GridGap = z.infer<typeof GridGapSchema>;
