import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { inLocale, type BilingualText, type DateRange, type Id, type Locale } from '../core/schema.js';
import { readPeriod } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { deepFreeze } from '../internal/freeze.js';
import { localDay } from '../internal/instant.js';
import { personalDataMasker } from '../privacy/mask.js';
import type { Issue } from '../issue/schema.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { AnswerOutcome, FeedbackLevel, IntakeChannel, IssueState, Procedure } from '../vocabulary/issue.js';
import type { ServiceTaxonomy } from '../taxonomy/schema.js';
import { nameOf, type ReportNames } from './names.js';
import type { ReportColumn, ReportRow, ReportTable } from './table.js';

/**
 * What {@link ledgerReport} reads of an issue (an {@link qinqing!Issue} will do).
 *
 * @category Report
 */
export type LedgerIssue = Pick<
  Issue,
  | 'id'
  | 'enterpriseId'
  | 'title'
  | 'channel'
  | 'categoryId'
  | 'procedure'
  | 'leadDepartmentId'
  | 'assignedOn'
  | 'deadline'
  | 'state'
  | 'answer'
  | 'feedback'
  | 'closedAt'
  | 'reopenCount'
  | 'submittedAt'
>;

/**
 * Options of {@link ledgerReport}.
 *
 * @category Report
 */
export interface LedgerReportOptions {
  /** The language of the labels in the cells (channel, procedure, state, outcome, feedback, category). */
  readonly locale: Locale;
  /** The service taxonomy: categories are shown by its labels; by id when omitted or not found. */
  readonly taxonomy?: ServiceTaxonomy;
  /** Only issues submitted on these China local dates (both ends included); all issues when omitted. */
  readonly period?: DateRange;
  /** Names to show instead of enterprise and department ids. */
  readonly names?: ReportNames;
  /**
   * The working-day calendar the deadlines were counted on: a deadline in one of its provisional
   * years (days off derived from the law, the State Council's notice not yet out) is marked
   * `（暂定）` / ` (provisional)`. Without it deadlines are shown unmarked.
   */
  readonly calendar?: Pick<WorkCalendar, 'provisionalFrom'>;
  /**
   * More names to mask in the titles — contact persons, cadres, other enterprises — on top of the
   * names of the listed issues' enterprises in `names.enterprises`, which are masked in the titles
   * always (the enterprise column shows them). See `maskPersonalData` in `qinqing/privacy`.
   */
  readonly maskNames?: readonly string[];
  /**
   * Unsafe: `true` leaves titles as the enterprises wrote them, telephone numbers, ID-card numbers
   * and e-mail addresses included — for a ledger that never leaves the office that calls them back.
   */
  readonly unsafeShowPersonalData?: boolean;
}

/**
 * The columns of the work ledger, in order; see {@link ledgerReport}.
 *
 * @example
 * ```ts
 * ledgerColumns.map((c) => c.key).slice(0, 3); // ['id', 'enterprise', 'title']
 * ```
 * @category Report
 */
export const ledgerColumns: readonly ReportColumn[] = /* @__PURE__ */ deepFreeze([
  { key: 'id', label: { zh: '编号', en: 'ID' }, kind: 'text' },
  { key: 'enterprise', label: { zh: '企业', en: 'Enterprise' }, kind: 'text' },
  { key: 'title', label: { zh: '诉求', en: 'Issue' }, kind: 'text' },
  { key: 'channel', label: { zh: '反映渠道', en: 'Channel' }, kind: 'text' },
  { key: 'category', label: { zh: '问题类别', en: 'Category' }, kind: 'text' },
  { key: 'procedure', label: { zh: '办理程序', en: 'Procedure' }, kind: 'text' },
  { key: 'leadDepartment', label: { zh: '主办单位', en: 'Lead department' }, kind: 'text' },
  { key: 'assignedOn', label: { zh: '交办日期', en: 'Assigned on' }, kind: 'date' },
  { key: 'deadline', label: { zh: '办理期限', en: 'Deadline' }, kind: 'date' },
  { key: 'state', label: { zh: '办理状态', en: 'State' }, kind: 'text' },
  { key: 'outcome', label: { zh: '办理结果', en: 'Outcome' }, kind: 'text' },
  { key: 'answeredOn', label: { zh: '答复日期', en: 'Answered on' }, kind: 'date' },
  { key: 'feedback', label: { zh: '企业评价', en: 'Feedback' }, kind: 'text' },
  { key: 'closedOn', label: { zh: '销号日期', en: 'Closed on' }, kind: 'date' },
  { key: 'reopenCount', label: { zh: '重办次数', en: 'Times reopened' }, kind: 'count' },
] as const);

/**
 * The work ledger (台账): one row per issue with where it stands — enterprise, title, channel,
 * category, procedure, lead department, assignment date and deadline, state, the answer's outcome
 * and date, the enterprise's feedback, the close-out date (销号) and how often it was reopened.
 *
 * Rows are ordered by the instant of submission, then by id (code-unit order), so the same issues
 * always give the same ledger whatever their order. Enum values are shown by their labels in
 * `locale` (the enums' label tables); a category by its label in `taxonomy` when given and found,
 * else by its id; enterprises and departments by `names` when given, else by id. Withdrawn issues
 * are listed too (state "withdrawn"). `closedOn` is the China local date (UTC+8) of `closedAt`.
 * Empty fields (no category yet, not assigned, not answered) are null. Given the calendar, a
 * deadline that falls in a provisional year is marked 暂定 / provisional, with a note saying why.
 *
 * Titles are masked by `maskPersonalData` (`qinqing/privacy`): telephone, ID-card and bank-card
 * numbers, USCCs, e-mail addresses, the names of the listed enterprises (from `names.enterprises`)
 * and `maskNames` become `＊＊＊`, unless `unsafeShowPersonalData` is `true`.
 *
 * @param issues - The issues (any order); only the fields of {@link LedgerIssue} are read.
 * @param options - The locale, and optionally the taxonomy, the period and names.
 * @returns The ledger table (id `'ledger'`), plain JSON. Or, for a bad period, `INVALID_DATE` at
 *   `['options', 'period', 'from' | 'to']` or `INVALID_ARGUMENT` at `['options', 'period']`; and
 *   `INVALID_INPUT` at `['issues', index, field]` for a listed issue whose channel, procedure, state,
 *   answer outcome or feedback is not a value qinqing knows (e.g. from JSON of another version).
 * @example
 * ```ts
 * const ledger = unwrap(ledgerReport(issues, { locale: 'zh-CN', taxonomy: jiaozuoServiceAreas, period: { from: '2026-07-01', to: '2026-09-30' } }));
 * renderMarkdown(ledger, 'zh-CN'); // '### 企业诉求办理台账\n\n| 编号 | 企业 | …'
 * ledgerReport(issues, { locale: 'en', period: { from: '2026-09-30', to: '2026-07-01' } }); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'period'], … } }
 * ```
 * @category Report
 */
export function ledgerReport(issues: readonly LedgerIssue[], options: LedgerReportOptions): Result<ReportTable> {
  const { locale, taxonomy, period, names, calendar } = options;
  const provisionalFrom = calendar?.provisionalFrom ?? null;
  const provisionalMark = locale === 'en' ? ' (provisional)' : '（暂定）';
  let marked = 0;
  const deadlineCell = (deadline: string | null): string | null => {
    if (deadline === null || provisionalFrom === null || Number(deadline.slice(0, 4)) < provisionalFrom) return deadline;
    marked++;
    return deadline + provisionalMark;
  };
  if (period !== undefined) {
    const checked = readPeriod(period, 'options.period');
    if (!checked.ok) return checked;
  }
  const categories = new Map<Id, string>();
  if (taxonomy !== undefined) for (const c of taxonomy.categories) if (!categories.has(c.id)) categories.set(c.id, locale === 'en' ? c.label.en : c.label.zh);
  const kept: { readonly issue: LedgerIssue; readonly ms: number }[] = [];
  for (let index = 0; index < issues.length; index++) {
    const issue = issues[index] as LedgerIssue;
    if (period !== undefined) {
      const day = localDay(issue.submittedAt, 480);
      if (!day.ok || day.value < period.from || day.value > period.to) continue;
    }
    const unknown = unknownValue(issue, index);
    if (unknown !== null) return err(unknown);
    const ms = Date.parse(issue.submittedAt);
    kept.push({ issue, ms: Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms });
  }
  kept.sort((a, b) => (a.ms !== b.ms ? (a.ms < b.ms ? -1 : 1) : byCodeUnit(a.issue.id, b.issue.id)));
  const enterpriseNames = new Set<string>();
  if (names?.enterprises !== undefined) {
    for (const { issue } of kept) if (Object.hasOwn(names.enterprises, issue.enterpriseId)) enterpriseNames.add(nameOf(names.enterprises, issue.enterpriseId));
  }
  const mask = options.unsafeShowPersonalData === true ? (t: string): string => t : personalDataMasker({ names: [...enterpriseNames, ...(Array.isArray(options.maskNames) ? options.maskNames : [])] });
  const rows = kept.map(({ issue: i }): ReportRow => {
    const closed = i.closedAt === null ? null : localDay(i.closedAt, 480);
    return {
      id: i.id,
      enterprise: nameOf(names?.enterprises, i.enterpriseId),
      title: mask(i.title),
      channel: inLocale(IntakeChannel.labels[i.channel], locale),
      category: i.categoryId === null ? null : (categories.get(i.categoryId) ?? i.categoryId),
      procedure: i.procedure === null ? null : inLocale(Procedure.labels[i.procedure], locale),
      leadDepartment: i.leadDepartmentId === null ? null : nameOf(names?.departments, i.leadDepartmentId),
      assignedOn: i.assignedOn,
      deadline: deadlineCell(i.deadline),
      state: inLocale(IssueState.labels[i.state], locale),
      outcome: i.answer === null ? null : inLocale(AnswerOutcome.labels[i.answer.outcome], locale),
      answeredOn: i.answer === null ? null : i.answer.on,
      feedback: i.feedback === null ? null : inLocale(FeedbackLevel.labels[i.feedback], locale),
      closedOn: closed !== null && closed.ok ? closed.value : null,
      reopenCount: i.reopenCount,
    };
  });
  const notes = [
    {
      zh: '按提交时间排序；日期均为北京时间（UTC+8）的日期；销号日期为销号时刻在北京时间的日期；已撤回的诉求也列入。',
      en: 'In order of submission; dates are China local dates (UTC+8), the close-out date that of the instant of closing; withdrawn issues are listed too.',
    },
  ];
  if (period !== undefined) {
    notes.push({ zh: `提交日期 ${period.from} 至 ${period.to}。`, en: `Submitted from ${period.from} to ${period.to}.` });
  }
  if (marked > 0) {
    notes.push({
      zh: `${marked} 个办理期限标为“暂定”：${provisionalFrom} 年起的节假日尚待国务院办公厅通知，暂按《全国年节及纪念日放假办法》推算，不含调休。`,
      en: `${marked} deadline(s) are marked provisional: from ${provisionalFrom} the days off await the State Council's notice and are derived from the law on national holidays, without adjusted working days.`,
    });
  }
  return ok({
    id: 'ledger',
    title: { zh: '企业诉求办理台账', en: 'Ledger of enterprise issues' },
    columns: ledgerColumns,
    rows,
    notes,
  });
}

/** An empty optional field (no procedure, answer or feedback yet). */
const EMPTY = /* @__PURE__ */ Symbol('empty');

/** The enum fields of a ledger issue that are shown by their labels: path, value ({@link EMPTY} when empty), labels. */
const enumFields: readonly (readonly [readonly string[], (i: LedgerIssue) => unknown, Readonly<Record<string, BilingualText>>])[] = [
  [['channel'], (i) => i.channel, IntakeChannel.labels],
  [['procedure'], (i) => (i.procedure === null ? EMPTY : i.procedure), Procedure.labels],
  [['state'], (i) => i.state, IssueState.labels],
  [['answer', 'outcome'], (i) => (i.answer === null ? EMPTY : i.answer.outcome), AnswerOutcome.labels],
  [['feedback'], (i) => (i.feedback === null ? EMPTY : i.feedback), FeedbackLevel.labels],
];

/**
 * `INVALID_INPUT` at `['issues', index, …field]` for the first enum field of an issue whose value
 * has no label (a value qinqing does not know, e.g. from JSON), or null. Empty optional fields are fine.
 */
function unknownValue(issue: LedgerIssue, index: number): DomainError | null {
  for (const [field, get, labels] of enumFields) {
    const value = get(issue);
    if (value === EMPTY || (typeof value === 'string' && Object.hasOwn(labels, value))) continue;
    const name = ['issues', index, ...field].join('.');
    return domainError('INVALID_INPUT', {
      en: `${name} must be one of ${Object.keys(labels).join(', ')}; received ${JSON.stringify(value)}.`,
      zh: `${name} 应为 ${Object.keys(labels).join('、')} 之一，实际为 ${JSON.stringify(value)}。`,
      path: ['issues', index, ...field],
      value,
    });
  }
  return null;
}
