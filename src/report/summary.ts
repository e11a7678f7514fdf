import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, DateRange, Id, Locale } from '../core/schema.js';
import { inLocale } from '../core/schema.js';
import { readPeriod } from '../internal/args.js';
import { deepFreeze } from '../internal/freeze.js';
import type { BatchSummary } from '../issue/batch.js';
import { RateName, rateOptionsProblem, ratesOf, type RateOptions } from '../scoring/rates.js';
import { emptyTally, mergeTallies, tallyCounts, tallyIssues, tallyProblem, type Tally, type TallyCount, type TallyIssue } from '../scoring/tally.js';
import type { ServiceTaxonomy } from '../taxonomy/schema.js';
import type { ReportColumn, ReportRow, ReportTable } from './table.js';

/** Column labels of the counts of a tally; distinct from the rates' labels in both languages. */
const countLabels: { readonly [K in TallyCount]: BilingualText } = /* @__PURE__ */ deepFreeze({
  received: { zh: '受理数', en: 'Received' },
  respondedInTime: { zh: '按时响应数', en: 'Responded in time' },
  answered: { zh: '答复数', en: 'Answered' },
  resolved: { zh: '解决数', en: 'Resolved' },
  closed: { zh: '销号数', en: 'Closed' },
  closedOnTime: { zh: '按时销号数', en: 'Closed by the deadline' },
  reopened: { zh: '重办数', en: 'Reopened issues' },
  supervised: { zh: '督办数', en: 'Supervised issues' },
  satisfied: { zh: '满意数', en: 'Satisfied' },
  basicallySatisfied: { zh: '基本满意数', en: 'Basically satisfied' },
  unsatisfied: { zh: '不满意数', en: 'Unsatisfied' },
  visitsDue: { zh: '应走访数', en: 'Visits due' },
  visitsDone: { zh: '已走访数', en: 'Visits made' },
  signForDue: { zh: '应签收数', en: 'Orders with a sign-for limit' },
  signedForInTime: { zh: '按时签收数', en: 'Orders signed for in time' },
  contactDue: { zh: '应联系数', en: 'Orders with a first-contact limit' },
  contactedInTime: { zh: '按时联系数', en: 'Orders contacted in time' },
  responseDue: { zh: '应限时响应数', en: 'Orders with a response limit' },
  respondedWithinLimits: { zh: '限时内响应数', en: 'Orders responded to within the limits' },
  closedUnrated: { zh: '未评价销号数', en: 'Orders closed unrated' },
  redispatched: { zh: '改派数', en: 'Orders re-dispatched' },
  disputesRequested: { zh: '退单申请数', en: 'Disputes requested' },
  disputesUpheld: { zh: '退单通过数', en: 'Disputes accepted' },
  disputesOverruled: { zh: '退单驳回数', en: 'Disputes refused' },
  fitSatisfied: { zh: '专业契合度满意数', en: 'Satisfied with professional fit' },
  fitBasicallySatisfied: { zh: '专业契合度基本满意数', en: 'Basically satisfied with professional fit' },
  fitUnsatisfied: { zh: '专业契合度不满意数', en: 'Unsatisfied with professional fit' },
});

const countColumn = (k: TallyCount): ReportColumn => ({ key: k, label: countLabels[k], kind: 'count' });
const rateColumn = (r: RateName): ReportColumn => ({ key: r, label: RateName.labels[r], kind: 'rate' });

/** The note saying how the satisfaction rate was computed. */
function satisfactionNote(options: RateOptions): BilingualText {
  const credit = options.basicallySatisfiedCredit ?? 1;
  const wilson =
    options.wilsonZ === undefined
      ? { zh: '', en: '' }
      : { zh: `，取 Wilson 区间下限（z = ${options.wilsonZ}）`, en: `, as the Wilson lower bound at z = ${options.wilsonZ}` };
  return {
    zh: `满意率 =（满意 + ${credit} × 基本满意）÷ 评价数${wilson.zh}；无数据的比率显示为“—”。`,
    en: `Satisfaction = (satisfied + ${credit} × basically satisfied) ÷ feedbacks${wilson.en}; a rate without data is shown as “—”.`,
  };
}

/**
 * What {@link categoryBreakdown} reads of an issue (an {@link qinqing!Issue} will do): what
 * {@link qinqing/scoring!tallyIssues} reads, and the category.
 *
 * @category Report
 */
export interface BreakdownIssue extends TallyIssue {
  /** The category id in the app's taxonomy, or null when not classified. */
  readonly categoryId: Id | null;
}

/**
 * Options of {@link categoryBreakdown}.
 *
 * @category Report
 */
export interface CategoryBreakdownOptions {
  /** The period: issues submitted on these China local dates (both ends included) are counted. */
  readonly period: DateRange;
  /** The language of the category labels. */
  readonly locale: Locale;
  /** The service taxonomy: its categories are listed in its order, by their labels. */
  readonly taxonomy?: ServiceTaxonomy;
  /** How the rates count (the "basically satisfied" credit, the Wilson z); see {@link qinqing/scoring!rates}. */
  readonly rateOptions?: RateOptions;
}

/** The tally key of uncategorised issues: the empty string, which is never an id. */
const UNCATEGORISED = '';

const breakdownColumns: readonly ReportColumn[] = /* @__PURE__ */ (() => deepFreeze([
  { key: 'category', label: { zh: '问题类别', en: 'Category' }, kind: 'text' },
  countColumn('received'),
  countColumn('answered'),
  countColumn('resolved'),
  countColumn('closed'),
  rateColumn('resolution'),
  rateColumn('satisfaction'),
]))();

/**
 * The issues of a period by category (问题类别): per category the issues received, answered,
 * resolved and closed, with the resolution and satisfaction rates, and a total row.
 *
 * Counts and rates are those of {@link qinqing/scoring!tallyIssues} grouped by category and
 * {@link qinqing/scoring!rates}: issues are placed in the period by the China local date of their submission,
 * and withdrawn issues are not counted. Rows: with a taxonomy, every category of the taxonomy in its
 * order (also those without issues, with zero counts and rates of null), then categories the
 * taxonomy does not have, by id; without one, the categories with issues by id (code-unit order),
 * shown by id. Then a row for the issues not yet classified (未分类), when there are any, and the
 * total row (合计).
 *
 * @param issues - The issues (any order); only the fields of {@link BreakdownIssue} are read.
 * @param options - The period, the locale, and optionally the taxonomy and rate options.
 * @returns The table (id `'categoryBreakdown'`), plain JSON; rates are numbers from 0 to 1 or null.
 *   Or, for a bad period, `INVALID_DATE` at `['options', 'period', 'from' | 'to']` or
 *   `INVALID_ARGUMENT` at `['options', 'period']`; for bad rate options, `INVALID_ARGUMENT` at
 *   `['options', 'rateOptions', 'basicallySatisfiedCredit' | 'wilsonZ']`.
 * @example
 * ```ts
 * const t = unwrap(categoryBreakdown(issues, { period: { from: '2026-01-01', to: '2026-12-31' }, locale: 'zh-CN', taxonomy: lishuiProblemKinds }));
 * t.rows.at(-1)?.['category']; // '合计'
 * categoryBreakdown(issues, { period: { from: '2026-12-31', to: '2026-01-01' }, locale: 'zh-CN' }); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'period'], … } }
 * ```
 * @category Report
 */
export function categoryBreakdown(issues: readonly BreakdownIssue[], options: CategoryBreakdownOptions): Result<ReportTable> {
  const { period, locale, taxonomy } = options;
  const rateOptions = options.rateOptions ?? {};
  const problem = rateOptionsProblem(rateOptions, ['options', 'rateOptions']);
  if (problem !== null) return err(problem);
  const credit = rateOptions.basicallySatisfiedCredit ?? 1;
  const tallied = tallyIssues(issues, { period, by: (i) => i.categoryId ?? UNCATEGORISED });
  if (!tallied.ok) return tallied;
  const table = tallied.value;
  const row = (category: string, tally: Tally): ReportRow => {
    const r = ratesOf(tally, credit, rateOptions.wilsonZ);
    return {
      category,
      received: tally.received,
      answered: tally.answered,
      resolved: tally.resolved,
      closed: tally.closed,
      resolution: r.resolution,
      satisfaction: r.satisfaction,
    };
  };
  const tallyOf = (id: Id): Tally => (Object.hasOwn(table, id) ? (table[id] ?? emptyTally) : emptyTally);
  const rows: ReportRow[] = [];
  const listed = new Set<Id>();
  for (const c of taxonomy?.categories ?? []) {
    if (listed.has(c.id)) continue;
    listed.add(c.id);
    rows.push(row(inLocale(c.label, locale), tallyOf(c.id)));
  }
  let total = emptyTally;
  for (const id of Object.keys(table)) {
    const tally = tallyOf(id);
    total = mergeTallies(total, tally);
    if (id !== UNCATEGORISED && !listed.has(id)) rows.push(row(id, tally));
  }
  if (Object.hasOwn(table, UNCATEGORISED)) rows.push(row(inLocale({ zh: '未分类', en: 'Not classified' }, locale), tallyOf(UNCATEGORISED)));
  rows.push(row(inLocale({ zh: '合计', en: 'Total' }, locale), total));
  return ok({
    id: 'categoryBreakdown',
    title: { zh: '诉求分类统计', en: 'Issues by category' },
    columns: breakdownColumns,
    rows,
    notes: [
      {
        zh: `提交日期 ${period.from} 至 ${period.to}（北京时间）；不含已撤回的诉求；解决率 = 解决数 ÷ 答复数。`,
        en: `Submitted from ${period.from} to ${period.to} (China local dates); withdrawn issues are not counted; resolution = resolved ÷ answered.`,
      },
      satisfactionNote(rateOptions),
    ],
  });
}

/**
 * One period of a {@link periodSummary}: an optional label, the period, and its tally (e.g. a
 * quarter's {@link qinqing/scoring!tallyIssues} result merged over units or shards with
 * {@link qinqing/scoring!mergeTallies}, plus {@link qinqing/scoring!tallyVisits}).
 *
 * @category Report
 */
export interface SummaryPeriod {
  /** The label of the row, e.g. `{ zh: '2026年第三季度', en: '2026 Q3' }` or a plain string; `from – to` when omitted. */
  readonly label?: BilingualText | string;
  /** The period the tally covers. */
  readonly period: DateRange;
  /** The tally of the period. */
  readonly tally: Tally;
}

/**
 * The counts {@link periodSummary} shows by default: received, answered, resolved, closed, and the
 * three feedback counts.
 *
 * @example
 * ```ts
 * defaultSummaryCounts.includes('satisfied'); // true
 * ```
 * @category Report
 */
export const defaultSummaryCounts: readonly TallyCount[] = /* @__PURE__ */ deepFreeze([
  'received',
  'answered',
  'resolved',
  'closed',
  'satisfied',
  'basicallySatisfied',
  'unsatisfied',
] as const);

/**
 * The rates {@link periodSummary} shows by default: the seven of Part 8 — response in time,
 * resolution, closed on time, satisfaction, reopened, share supervised and visit compliance. The
 * rates of the hotline standards (sign-for and contact in time, response within the limits, …,
 * Part 12) are shown when asked for by `rates`, so that a summary of tallies without clocks does
 * not fill with empty columns.
 *
 * @example
 * ```ts
 * defaultSummaryRates.length; // 7
 * defaultSummaryRates.includes('signForInTime'); // false
 * ```
 * @category Report
 */
export const defaultSummaryRates: readonly RateName[] = /* @__PURE__ */ deepFreeze([
  'response',
  'resolution',
  'onTime',
  'satisfaction',
  'reopen',
  'supervisedShare',
  'visitCompliance',
] as const);

/**
 * Options of {@link periodSummary}.
 *
 * @category Report
 */
export interface PeriodSummaryOptions {
  /** The language of the period labels. */
  readonly locale: Locale;
  /** How the rates count (the "basically satisfied" credit, the Wilson z); see {@link qinqing/scoring!rates}. */
  readonly rateOptions?: RateOptions;
  /** The counts to show, in order; {@link defaultSummaryCounts} when omitted. */
  readonly counts?: readonly TallyCount[];
  /** The rates to show, in order (any of {@link qinqing/scoring!RateName}); {@link defaultSummaryRates} when omitted. */
  readonly rates?: readonly RateName[];
}

/**
 * One row per period (e.g. per quarter, for Haining's quarterly ranking, 002) with the period's
 * counts and rates: by default received, answered, resolved, closed and the feedback counts, and
 * the rates of {@link defaultSummaryRates} — response in time, resolution, closed on time, satisfaction,
 * reopened, share supervised and visit compliance; any count of a tally and any rate of
 * {@link qinqing/scoring!rates} on request (`counts`, `rates`). Rows are in the given order; periods may
 * overlap (no total row is added).
 *
 * @param periods - The periods with their tallies, in display order.
 * @param options - The locale, and optionally the rate options and which counts and rates to show.
 * @returns The table (id `'periodSummary'`), plain JSON; rates are numbers from 0 to 1 or null.
 *   Or, for a bad period, `INVALID_DATE` at `['periods', index, 'period', 'from' | 'to']` or
 *   `INVALID_ARGUMENT` at `['periods', index, 'period']`; `INVALID_ARGUMENT` at
 *   `['periods', index, 'tally', count]` for a count that is negative, NaN or infinite, or at
 *   `['options', 'rateOptions', 'basicallySatisfiedCredit' | 'wilsonZ']` for bad rate options;
 *   `INVALID_INPUT` at `['options', 'counts' | 'rates', index]` for a name that is not a count or a rate.
 * @example
 * ```ts
 * // Haining (002): service satisfaction 93.5%.
 * const tally = { ...emptyTally, satisfied: 850, basicallySatisfied: 85, unsatisfied: 65 };
 * const t = unwrap(periodSummary([{ label: '2019', period: { from: '2019-01-01', to: '2019-12-31' }, tally }], { locale: 'zh-CN' }));
 * t.rows[0]?.['satisfaction']; // 0.935, rendered as '93.5%'
 * periodSummary([{ period: { from: '2019-02-30', to: '2019-12-31' }, tally }], { locale: 'en' }); // { ok: false, error: { code: 'INVALID_DATE', path: ['periods', 0, 'period', 'from'], … } }
 * ```
 * @category Report
 */
export function periodSummary(periods: readonly SummaryPeriod[], options: PeriodSummaryOptions): Result<ReportTable> {
  const { locale } = options;
  const rateOptions = options.rateOptions ?? {};
  const counts = options.counts ?? defaultSummaryCounts;
  const rateNames = options.rates ?? defaultSummaryRates;
  const problem = rateOptionsProblem(rateOptions, ['options', 'rateOptions']) ?? unknownName(counts, tallyCounts, 'counts') ?? unknownName(rateNames, RateName.schema.options, 'rates');
  if (problem !== null) return err(problem);
  const credit = rateOptions.basicallySatisfiedCredit ?? 1;
  const columns: ReportColumn[] = [{ key: 'period', label: { zh: '期间', en: 'Period' }, kind: 'text' }, ...counts.map(countColumn), ...rateNames.map(rateColumn)];
  const rows: ReportRow[] = [];
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i] as SummaryPeriod;
    const checked = readPeriod(p.period, `periods.${i}.period`);
    // readPeriod names the path from the dotted name, the index as a string: put the number back.
    if (!checked.ok) return err({ ...checked.error, path: ['periods', i, ...(checked.error.path ?? []).slice(2)] });
    const bad = tallyProblem(p.tally, ['periods', i, 'tally']);
    if (bad !== null) return err(bad);
    const name =
      p.label === undefined
        ? inLocale({ zh: `${p.period.from} 至 ${p.period.to}`, en: `${p.period.from} to ${p.period.to}` }, locale)
        : typeof p.label === 'string'
          ? p.label
          : inLocale(p.label, locale);
    const r = ratesOf(p.tally, credit, rateOptions.wilsonZ);
    const row: Record<string, string | number | null> = { period: name };
    for (const k of counts) row[k] = p.tally[k];
    for (const n of rateNames) row[n] = r[n];
    rows.push(row);
  }
  return ok({
    id: 'periodSummary',
    title: { zh: '分期汇总', en: 'Summary by period' },
    columns,
    rows,
    notes: [satisfactionNote(rateOptions)],
  });
}

/** `INVALID_INPUT` at `['options', option, index]` for the first name that is not one of `known`, or null. */
function unknownName(names: readonly string[], known: readonly string[], option: 'counts' | 'rates'): DomainError | null {
  const i = names.findIndex((n) => !known.includes(n));
  if (i < 0) return null;
  const what = option === 'counts' ? { en: 'a count of a tally', zh: '统计数' } : { en: 'a rate', zh: '比率' };
  return domainError('INVALID_INPUT', {
    en: `options.${option}.${i} must be ${what.en} (${known.join(', ')}); received ${JSON.stringify(names[i])}.`,
    zh: `options.${option}.${i} 应为${what.zh}名称（${known.join('、')}），实际为 ${JSON.stringify(names[i])}。`,
    path: ['options', option, i],
    value: names[i],
  });
}

const batchColumns: readonly ReportColumn[] = /* @__PURE__ */ deepFreeze([
  { key: 'batch', label: { zh: '交办批次', en: 'Batch' }, kind: 'text' },
  { key: 'total', label: { zh: '问题数', en: 'Problems' }, kind: 'count' },
  { key: 'notYetAssigned', label: { zh: '待交办', en: 'Not yet assigned' }, kind: 'count' },
  { key: 'assigned', label: { zh: '已交办', en: 'Assigned' }, kind: 'count' },
  { key: 'answered', label: { zh: '已办理答复', en: 'Answered' }, kind: 'count' },
  { key: 'underSupervision', label: { zh: '督办中', en: 'Under supervision' }, kind: 'count' },
  { key: 'closed', label: { zh: '已销号', en: 'Closed' }, kind: 'count' },
  { key: 'withdrawn', label: { zh: '已撤回', en: 'Withdrawn' }, kind: 'count' },
  { key: 'answeredShare', label: { zh: '答复率', en: 'Share answered' }, kind: 'rate' },
]);

/**
 * The progress of assignment batches (交办批次, 003), one row per {@link qinqing/issue!batchSummary} result
 * in the given order, and a total row (合计) summing the counts: problems, not yet assigned,
 * assigned, answered, under supervision, closed, withdrawn, and the share answered
 * (answered ÷ problems not withdrawn; null when there are none). Lishui's first batch — 30 assigned,
 * 23 answered, 7 under supervision — shows a share answered of 76.7%.
 *
 * @param summaries - The batch summaries (e.g. of one date), in display order.
 * @param locale - The language of the total row's label.
 * @returns The table (id `'batches'`), plain JSON.
 * @example
 * ```ts
 * const s = unwrap(batchSummary(issues, 'lishui-1', '2026-06-24', chinaCalendar));
 * renderMarkdown(batchReport([s], 'zh-CN'), 'zh-CN');
 * // '### 交办批次进展\n\n| 交办批次 | 问题数 | … |\n…| lishui-1 | 30 | 0 | 30 | 23 | 7 | 0 | 0 | 76.7% |\n…'
 * ```
 * @category Report
 */
export function batchReport(summaries: readonly BatchSummary[], locale: Locale): ReportTable {
  const row = (batch: string, s: Omit<BatchSummary, 'batchId'>): ReportRow => {
    const open = s.total - s.withdrawn;
    return {
      batch,
      total: s.total,
      notYetAssigned: s.notYetAssigned,
      assigned: s.assigned,
      answered: s.answered,
      underSupervision: s.underSupervision,
      closed: s.closed,
      withdrawn: s.withdrawn,
      answeredShare: open > 0 ? s.answered / open : null,
    };
  };
  const total = { total: 0, notYetAssigned: 0, assigned: 0, answered: 0, underSupervision: 0, closed: 0, withdrawn: 0 };
  const rows: ReportRow[] = [];
  for (const s of summaries) {
    rows.push(row(s.batchId, s));
    total.total += s.total;
    total.notYetAssigned += s.notYetAssigned;
    total.assigned += s.assigned;
    total.answered += s.answered;
    total.underSupervision += s.underSupervision;
    total.closed += s.closed;
    total.withdrawn += s.withdrawn;
  }
  rows.push(row(inLocale({ zh: '合计', en: 'Total' }, locale), total));
  return {
    id: 'batches',
    title: { zh: '交办批次进展', en: 'Progress of assignment batches' },
    columns: batchColumns,
    rows,
    notes: [
      {
        zh: '已办理答复：处于已答复、企业已确认或已销号状态；督办中：已交办且已督办或已逾期；答复率 = 已办理答复 ÷（问题数 − 已撤回）。',
        en: 'Answered: answered, confirmed or closed; under supervision: assigned and supervised or overdue; share answered = answered ÷ (problems − withdrawn).',
      },
    ],
  };
}
