import * as z from 'zod';
import { domainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema, inLocale, type CalendarDate, type Id, type Locale } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { argumentError, checkedOnce } from '../internal/parse.js';
import { personalDataMasker } from '../privacy/mask.js';
import { SupervisionStep } from '../vocabulary/issue.js';
import { HelpTaskStatus, VisitTargetKind } from '../visit/enums.js';
import { HelpTaskSheetSchema, type HelpTaskSheet } from '../visit/task-sheet.js';
import { MASKED_NAME, readTargetDirectory, targetKey, type GrassrootsTarget } from '../visit/targets.js';
import type { ReportColumn, ReportRow, ReportTable } from './table.js';

/**
 * Options of {@link helpTaskLedger}.
 *
 * @category Report
 */
export interface HelpTaskLedgerOptions {
  /** The language of the labels in the cells (kind, status). */
  readonly locale: Locale;
  /** The date at which to say whether each sheet is overdue; without it the column is empty. */
  readonly asOf?: CalendarDate;
  /**
   * The app's households, villages and grassroots organisations: names are read from it, and every
   * household head's name in it is masked in the text cells (unless `unsafeShowPersonalData`).
   */
  readonly directory?: readonly GrassrootsTarget[];
  /** Names to show instead of ids: enterprises, parks, work groups. */
  readonly names?: {
    readonly enterprises?: Readonly<Record<Id, string>>;
    readonly parks?: Readonly<Record<Id, string>>;
    readonly workGroups?: Readonly<Record<Id, string>>;
  };
  /** More names to mask in the text cells: people responsible, other persons named. */
  readonly maskNames?: readonly string[];
  /**
   * Unsafe: `true` shows household heads' names and leaves the text cells as written — for a sheet
   * that never leaves the work group. Off by default.
   */
  readonly unsafeShowPersonalData?: boolean;
}

/**
 * The columns of the help task ledger, in order; see {@link helpTaskLedger}.
 *
 * @example
 * ```ts
 * helpTaskLedgerColumns.map((c) => c.key).slice(0, 4); // ['id', 'targetKind', 'target', 'village']
 * ```
 * @category Report
 */
export const helpTaskLedgerColumns: readonly ReportColumn[] = /* @__PURE__ */ (() => Object.freeze([
  { key: 'id', label: { zh: '任务书编号', en: 'Sheet' }, kind: 'text' },
  { key: 'targetKind', label: { zh: '帮扶对象类别', en: 'Kind of target' }, kind: 'text' },
  { key: 'target', label: { zh: '帮扶对象', en: 'Target' }, kind: 'text' },
  { key: 'village', label: { zh: '所在村（社区）', en: 'Village or community' }, kind: 'text' },
  { key: 'workGroup', label: { zh: '帮扶工作小组', en: 'Work group' }, kind: 'text' },
  { key: 'title', label: { zh: '帮扶事项', en: 'Help' }, kind: 'text' },
  { key: 'measures', label: { zh: '帮扶措施', en: 'Measures' }, kind: 'text' },
  { key: 'problems', label: { zh: '问题数', en: 'Problems' }, kind: 'count' },
  { key: 'issuedOn', label: { zh: '下达日期', en: 'Issued on' }, kind: 'date' },
  { key: 'dueOn', label: { zh: '完成期限', en: 'Due on' }, kind: 'date' },
  { key: 'status', label: { zh: '状态', en: 'Status' }, kind: 'text' },
  { key: 'overdue', label: { zh: '是否逾期', en: 'Overdue' }, kind: 'text' },
  { key: 'completedOn', label: { zh: '完成日期', en: 'Completed on' }, kind: 'date' },
].map((c) => Object.freeze({ ...c, label: Object.freeze(c.label) })) as readonly ReportColumn[]))();

const nameIn = (names: Readonly<Record<Id, string>> | undefined, id: Id): string => (names !== undefined && Object.hasOwn(names, id) ? (names[id] ?? id) : id);

/**
 * The help task ledger (帮扶任务台账, 004: "建立完善工作台账"): one row per help task sheet — the
 * kind of target and the target, its village, the work group, the help and its measures, the
 * number of problems it answers, the dates of issue and deadline, the status, whether it is
 * overdue at `asOf`, and the date of completion — ordered by date of issue, then id. Render it
 * with `renderMarkdown` or `renderCsv` of `qinqing/report`.
 *
 * **A household is a person's data** (the same rules as for a person): its target cell shows
 * `＊＊＊` instead of the head's name, and the title and measures are masked by `maskPersonalData`
 * (`qinqing/privacy`: telephone, ID-card and bank-card numbers, USCCs, e-mail addresses) with every
 * household head of `directory` and `maskNames` as names — unless `unsafeShowPersonalData` is
 * `true`. Villages, organisations, enterprises and parks are shown by their names (from
 * `directory` and `names`), or by id.
 *
 * @param sheets - The help task sheets (any order).
 * @param options - The locale, and optionally the date, the directory of targets and names.
 * @returns The table (id `'help-tasks'`), plain JSON; or `INVALID_DATE` at `['options', 'asOf']`, or
 *   `INVALID_INPUT` under `['options', 'directory']` (a directory entry that `HouseholdSchema`,
 *   `VillageSchema` or `GrassrootsOrganisationSchema` of `qinqing/visit` refuses) or at `['sheets', i, field]` for a sheet whose target kind or status qinqing does not know.
 * @example
 * ```ts
 * const directory = [{ kind: 'household', id: 'hh-0012', head: '王建国', villageId: 'v-1' }, { kind: 'village', id: 'v-1', name: '塔山村' }] as const;
 * const table = unwrap(helpTaskLedger([taskSheet], { locale: 'zh-CN', directory }));
 * [table.rows[0]?.['target'], table.rows[0]?.['village']]; // ['＊＊＊', '塔山村']
 * renderMarkdown(table, 'zh-CN').includes('王建国'); // false
 * ```
 * @category Report
 */
export function helpTaskLedger(sheets: readonly HelpTaskSheet[], options: HelpTaskLedgerOptions): Result<ReportTable> {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'zh-CN';
  const asOf = options?.asOf;
  if (asOf !== undefined) {
    const d = readDay(asOf, 'options.asOf');
    if (!d.ok) return d;
  }
  const dir = readTargetDirectory(options?.directory, ['options', 'directory']);
  if (!dir.ok) return dir;
  const unsafe = options?.unsafeShowPersonalData === true;
  const maskNames = Array.isArray(options?.maskNames) ? options.maskNames : [];
  const mask = unsafe ? (t: string): string => t : personalDataMasker({ names: [...dir.value.heads, ...maskNames] });
  const names = options?.names;
  const villageName = (id: Id | null | undefined): string | null => {
    if (id === null || id === undefined) return null;
    const v = dir.value.byKey.get(targetKey('village', id));
    return v?.kind === 'village' ? v.name : id;
  };
  const rows: { sheet: HelpTaskSheet; row: ReportRow }[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i] as HelpTaskSheet;
    const kind = s.target?.kind;
    if (!Object.hasOwn(VisitTargetKind.labels, kind)) {
      return err(domainError('INVALID_INPUT', { en: `sheets[${i}].target.kind is not a kind of target qinqing knows.`, zh: `sheets[${i}].target.kind 不是 qinqing 可识别的帮扶对象类别。`, path: ['sheets', i, 'target', 'kind'], value: kind }));
    }
    if (!Object.hasOwn(HelpTaskStatus.labels, s.status)) {
      return err(domainError('INVALID_INPUT', { en: `sheets[${i}].status is not a status qinqing knows.`, zh: `sheets[${i}].status 不是 qinqing 可识别的任务书状态。`, path: ['sheets', i, 'status'], value: s.status }));
    }
    const entry = dir.value.byKey.get(targetKey(kind, s.target.id));
    let target: string;
    let village: string | null = null;
    switch (kind) {
      case 'household':
        target = entry?.kind === 'household' ? (unsafe ? entry.head : MASKED_NAME) : s.target.id;
        village = entry?.kind === 'household' ? villageName(entry.villageId) : null;
        break;
      case 'village':
        target = entry?.kind === 'village' ? entry.name : s.target.id;
        village = target;
        break;
      case 'grassrootsOrganisation':
        target = entry?.kind === 'grassrootsOrganisation' ? entry.name : s.target.id;
        village = entry?.kind === 'grassrootsOrganisation' ? villageName(entry.villageId) : null;
        break;
      case 'enterprise':
        target = nameIn(names?.enterprises, s.target.id);
        break;
      case 'park':
        target = nameIn(names?.parks, s.target.id);
        break;
      default: {
        const never: never = kind;
        target = String(never);
      }
    }
    const overdue = asOf === undefined ? null : (s.status === 'open' || s.status === 'inProgress') && asOf > s.dueOn;
    rows.push({
      sheet: s,
      row: {
        id: s.id,
        targetKind: inLocale(VisitTargetKind.labels[kind], locale),
        target,
        village,
        workGroup: s.workGroupId === null ? null : nameIn(names?.workGroups, s.workGroupId),
        title: mask(String(s.title)),
        measures: mask(String(s.measures)),
        problems: Array.isArray(s.problemIds) ? s.problemIds.length : 0,
        issuedOn: s.issuedOn,
        dueOn: s.dueOn,
        status: inLocale(HelpTaskStatus.labels[s.status], locale),
        overdue: overdue === null ? null : locale === 'en' ? (overdue ? 'yes' : 'no') : overdue ? '是' : '否',
        completedOn: s.completedOn,
      },
    });
  }
  rows.sort((a, b) => byCodeUnit(String(a.sheet.issuedOn), String(b.sheet.issuedOn)) || byCodeUnit(String(a.sheet.id), String(b.sheet.id)));
  return ok({
    id: 'help-tasks',
    title: { zh: '帮扶任务台账', en: 'Help task ledger' },
    columns: helpTaskLedgerColumns,
    rows: rows.map((r) => r.row),
    notes: unsafe
      ? []
      : [
          {
            zh: '家庭（农户）户主姓名及文中的个人信息已屏蔽。',
            en: "Household heads' names and personal data in the text are masked.",
          },
        ],
  });
}

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them.

/**
 * What the public sees of a help task sheet listed online (网上挂牌, the supervision step of 003; the
 * same rules as for an issue's public listing): its id, the kind of target, the target's id only
 * for a village, a grassroots organisation or a park (never for a household, a person, nor for an
 * enterprise, as an issue's listing drops it), the title with personal data masked, the work
 * group, status, dates, supervision step and how often its help was reopened. The measures, the
 * problems, the people responsible and the issuer are dropped.
 *
 * @example
 * ```ts
 * PublicHelpTaskListingSchema.shape.targetId.safeParse(null).success; // true
 * ```
 * @category Report
 */
export const PublicHelpTaskListingSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The sheet's id. */
  id: IdSchema,
  /** The kind of target. */
  targetKind: VisitTargetKind.schema,
  /** The target's id for a village, a grassroots organisation or a park; null for a household or an enterprise. */
  targetId: IdSchema.nullable(),
  /** The title with personal data masked (masking may lengthen it: up to 600 characters). */
  title: z.string().max(600),
  /** The work group in charge, or null. */
  workGroupId: IdSchema.nullable(),
  /** The status. */
  status: HelpTaskStatus.schema,
  /** The date of issue. */
  issuedOn: CalendarDateSchema,
  /** The deadline. */
  dueOn: CalendarDateSchema,
  /** The highest supervision step recorded. */
  supervisionStep: SupervisionStep.schema,
  /** How often its help was reopened. */
  reopenCount: z.int().min(0),
  /** The date of completion, or null. */
  completedOn: CalendarDateSchema.nullable(),
}))();

/**
 * A help task sheet as listed publicly; see {@link PublicHelpTaskListingSchema}.
 *
 * @category Report
 */
export type PublicHelpTaskListing = DeepReadonly<z.output<typeof PublicHelpTaskListingSchema>>;

/**
 * Options of {@link redactHelpTaskSheet}.
 *
 * @category Report
 */
export interface RedactHelpTaskOptions {
  /** The app's households, villages and organisations: every household head in it is masked in the title. */
  readonly directory?: readonly GrassrootsTarget[];
  /** More names to mask in the title (people, enterprises). */
  readonly names?: readonly string[];
}

/**
 * The public listing of a help task sheet (网上挂牌: supervision in public, as for issues — see
 * `redactForPublicListing` of `qinqing/access`): what the public needs to hold the work group to
 * account, without anything personal. A household's id and an enterprise's id are dropped (the
 * listing says only the kind of target); the title is masked by `maskPersonalData`
 * (`qinqing/privacy`) with the household heads of `directory` and `names`; the measures, the
 * problems, the people responsible and the issuer are dropped.
 *
 * @param sheet - The sheet.
 * @param options - The directory of targets and more names to mask in the title.
 * @returns The listing; or `INVALID_INPUT` under `['sheet']` or `['options', 'directory']`.
 * @example
 * ```ts
 * const r = redactHelpTaskSheet({ ...taskSheet, title: '王建国家大病救助' }, { directory: [{ kind: 'household', id: 'hh-0012', head: '王建国' }] });
 * r.ok && [r.value.targetKind, r.value.targetId, r.value.title]; // ['household', null, '＊＊＊家大病救助']
 * ```
 * @category Report
 */
export function redactHelpTaskSheet(sheet: HelpTaskSheet, options: RedactHelpTaskOptions = {}): Result<PublicHelpTaskListing> {
  const bad = checkedOnce(HelpTaskSheetSchema, sheet);
  if (bad !== null) return err(argumentError(bad, ['sheet'], { en: 'a valid help task sheet', zh: '有效的帮扶任务书' }));
  const dir = readTargetDirectory(options?.directory, ['options', 'directory']);
  if (!dir.ok) return dir;
  const names = Array.isArray(options?.names) ? options.names : [];
  const kind = sheet.target.kind;
  return ok({
    id: sheet.id,
    targetKind: kind,
    targetId: kind === 'household' || kind === 'enterprise' ? null : sheet.target.id,
    title: personalDataMasker({ names: [...dir.value.heads, ...names] })(sheet.title),
    workGroupId: sheet.workGroupId,
    status: sheet.status,
    issuedOn: sheet.issuedOn,
    dueOn: sheet.dueOn,
    supervisionStep: sheet.supervisionStep,
    reopenCount: sheet.reopenCount,
    completedOn: sheet.completedOn,
  });
}
