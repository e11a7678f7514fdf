import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { ActorRole } from '../vocabulary/actor.js';
import { IntakeChannel, IssueCommandType, ServiceMode } from '../vocabulary/issue.js';
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


/**
 * Whom a visit goes to (走访对象, 004: the bureau's party members "联系镇村、走进企业、深入家庭" —
 * contact towns and villages, go into enterprises, go deep into households): an enterprise, an
 * industrial park, a household (家庭, 农户), a village or urban community (村、社区), or a grassroots
 * organisation (基层组织: a village party branch, a village committee, a cooperative's board).
 * Xuzhou's five rounds visited 164 households, 10 enterprises and 16 grassroots organisations (004).
 * A household is a person's data: see {@link HouseholdSchema}. `enterprise`
 * shares its labels with the same value of `ActorRole`.
 *
 * `VisitTargetKind.values` lists the values in order, `VisitTargetKind.labels` gives each a zh-CN
 * and an English label, and `VisitTargetKind.schema` validates one. The type `VisitTargetKind` is
 * the kind of a visit's target, e.g. `'household'`.
 *
 * @example
 * ```ts
 * VisitTargetKind.labels.household.zh; // '家庭（农户）'
 * VisitTargetKind.values; // ['enterprise', 'park', 'household', 'village', 'grassrootsOrganisation']
 * ```
 * @category Visit
 */
export const VisitTargetKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    enterprise: ActorRole.labels.enterprise,
    park: { zh: '园区', en: 'Park' },
    household: { zh: '家庭（农户）', en: 'Household' },
    village: { zh: '村（社区）', en: 'Village or community' },
    grassrootsOrganisation: { zh: '基层组织', en: 'Grassroots organisation' },
  }),
))();

export type VisitTargetKind = EnumValue<typeof VisitTargetKind>;

/**
 * Where a help task sheet (帮扶任务书, 004) stands: open (issued, help not begun), in progress,
 * completed (帮扶完成), or cancelled (撤销: the need went away, or the sheet was drawn up in
 * error). The lifecycle is the table {@link helpTaskTransitions}.
 *
 * `HelpTaskStatus.values` lists the values in order, `HelpTaskStatus.labels` gives each a zh-CN and
 * an English label, and `HelpTaskStatus.schema` validates one. The type `HelpTaskStatus` is the
 * status of a help task sheet, e.g. `'inProgress'`.
 *
 * @example
 * ```ts
 * HelpTaskStatus.labels.inProgress.zh; // '进行中'
 * HelpTaskStatus.values; // ['open', 'inProgress', 'completed', 'cancelled']
 * ```
 * @category Visit
 */
export const HelpTaskStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    open: { zh: '待帮扶', en: 'Open' },
    inProgress: { zh: '进行中', en: 'In progress' },
    completed: { zh: '已完成', en: 'Completed' },
    cancelled: { zh: '已撤销', en: 'Cancelled' },
  }),
))();

export type HelpTaskStatus = EnumValue<typeof HelpTaskStatus>;

/**
 * The commands of a help task sheet's lifecycle (see {@link helpTaskTransitions}): start the help,
 * complete it, cancel the sheet (with a reason), reopen the help of a completed one (`reopenHelp`,
 * with a reason: a later visit finds the need back, 004 "定期对帮扶对象进行走访"), and supervise an
 * unfinished one (督办, a step of the supervision ladder). `supervise` shares its labels with the same value of `IssueCommandType`.
 *
 * `HelpTaskCommandType.values` lists the values in order, `HelpTaskCommandType.labels` gives each a
 * zh-CN and an English label, and `HelpTaskCommandType.schema` validates one. The type
 * `HelpTaskCommandType` is a command of the lifecycle, e.g. `'start'`.
 *
 * @example
 * ```ts
 * HelpTaskCommandType.labels.reopenHelp.zh; // '重新帮扶'
 * HelpTaskCommandType.values.length; // 5
 * ```
 * @category Visit
 */
export const HelpTaskCommandType = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    start: { zh: '开始帮扶', en: 'Start' },
    complete: { zh: '完成帮扶', en: 'Complete' },
    cancel: { zh: '撤销任务书', en: 'Cancel' },
    reopenHelp: { zh: '重新帮扶', en: 'Reopen the help' },
    supervise: IssueCommandType.labels.supervise,
  }),
))();

export type HelpTaskCommandType = EnumValue<typeof HelpTaskCommandType>;
