import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import { clip } from '../core/limits.js';
import { err, ok, type Result } from '../core/result.js';
import { instantProblem, type BilingualText, type CalendarDate, type DateRange, type Id, type Instant } from '../core/schema.js';
import { jiaozuoLadder } from '../escalation/defaults.js';
import { explainRoute } from '../escalation/explain.js';
import { compileLadder, type Route } from '../escalation/route.js';
import { EscalationLadderSchema, type EscalationLadder, type IssueFacts } from '../escalation/schema.js';
import { readDay, readPeriod } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { civilFromDays, daysFromCivil, fromDayNumber } from '../internal/days.js';
import { submittedMs } from './instant.js';
import { argumentError, checkedOnce, safeParseWith } from '../internal/parse.js';
import { bigrams, dice, normalised } from '../internal/similarity.js';
import { IssueNature, IssueScope, Procedure } from '../vocabulary/issue.js';
import { defaultForesightPolicy, FindingKind, ForesightPolicySchema, industryChars, type ForesightPolicy } from './policy.js';
import { binomialUpperTail } from './stats.js';

/**
 * What {@link foresight} reads of an issue (an `Issue` has all of it): its id, enterprise, category,
 * title, submission, state and answer, and, for the facts a finding is routed on, its scope and
 * procedure when classified.
 *
 * @category Report
 */
export interface ForesightIssue {
  readonly id: Id;
  readonly enterpriseId: Id;
  /** Issues without a category are not counted. */
  readonly categoryId: Id | null;
  /** Read when unsolved problems are split by title. */
  readonly title: string;
  readonly submittedAt: Instant;
  /** `'withdrawn'` issues are not counted; `'closed'` and `'merged'` ones are not unsolved. */
  readonly state: string;
  /** An answer with outcome `'unsolvable'` (暂不能解决) leaves the problem unsolved. */
  readonly answer: { readonly outcome: string } | null;
  /** Who has to solve it, when classified. */
  readonly scope?: IssueScope | null;
  /** Simple or general procedure, when classified. */
  readonly procedure?: Procedure | null;
}

/**
 * What {@link foresight} reads of a visit (a `Visit` has all of it): its id and the issues raised on
 * it (走访发现的问题), which become the finding's visit evidence.
 *
 * @category Report
 */
export interface ForesightVisit {
  readonly id: Id;
  readonly issueIds: readonly Id[];
}

/**
 * What {@link foresight} reads of an enterprise (an `Enterprise` has all of it): its industry code
 * (GB/T 4754, e.g. `'C3411'`), county and park.
 *
 * @category Report
 */
export interface ForesightEnterprise {
  readonly id: Id;
  readonly industry: string;
  readonly countyId: Id;
  readonly parkId?: Id | null | undefined;
}

/**
 * The options of {@link foresight}: the period (required), the thresholds, the escalation ladder a
 * finding's owner is suggested by, the kinds of finding to look for, and from when the records are
 * complete.
 *
 * @category Report
 */
export interface ForesightOptions {
  /** The period looked at: China local dates (at the policy's offset), both ends included. Issues submitted after it are not read. */
  readonly period: DateRange;
  /** The thresholds; {@link defaultForesightPolicy} when omitted. */
  readonly policy?: ForesightPolicy;
  /** The ladder that suggests each finding's owner; `jiaozuoLadder` (001) when omitted; null for no owner. */
  readonly ladder?: EscalationLadder | null;
  /** The kinds of finding looked for (default all four). */
  readonly kinds?: readonly FindingKind[];
  /** The first day from which the records are complete: earlier periods are not used as the rising test's baseline, nor earlier months as a seasonal month's year. */
  readonly dataSince?: CalendarDate;
}

/**
 * The evidence of a finding: the issues that make it, the enterprises that raised them and the visits
 * on which any of them was raised, each list cut at the policy's `maxEvidence` with the full count.
 *
 * @category Report
 */
export interface FindingEvidence {
  /** The first issues, by submission (ties by id). */
  readonly issueIds: readonly Id[];
  /** All the issues of the finding. */
  readonly issueCount: number;
  /** The first of their enterprises, by id. */
  readonly enterpriseIds: readonly Id[];
  /** All their distinct enterprises. */
  readonly enterpriseCount: number;
  /** The first of the visits on which any of them was raised, by id. */
  readonly visitIds: readonly Id[];
  /** All those visits. */
  readonly visitCount: number;
}

/**
 * The suggested owner of a finding: the facts it is routed on (built from the finding, see
 * {@link foresight}), the route on the ladder, and why, in both languages.
 *
 * @category Report
 */
export interface FindingOwner {
  /** The facts the ladder looked at. */
  readonly facts: IssueFacts;
  /** Where the ladder sends them (a null target: the ladder has a gap). */
  readonly route: Route;
  /** The nature of the finding and the deciding rule, in words. */
  readonly reason: BilingualText;
}

/**
 * What every finding has: its kind, its cell (category × industry prefix × place), the evidence,
 * the suggested owner and the reason in words.
 *
 * @category Report
 */
export interface FindingBase {
  readonly kind: FindingKind;
  readonly categoryId: Id;
  /** The industry prefix of the cell (e.g. `'C34'`), or null when the policy groups all industries. */
  readonly industry: string | null;
  /** The county or park of the cell, or null when the policy groups the whole area. */
  readonly placeId: Id | null;
  readonly evidence: FindingEvidence;
  /** Null when the options' ladder is null. */
  readonly owner: FindingOwner | null;
  readonly reason: BilingualText;
}

/**
 * A high-frequency problem (高频问题): many issues of one category in one cell in the period.
 *
 * @category Report
 */
export interface Hotspot extends FindingBase {
  readonly kind: 'hotspot';
  /** The cell's issues in the period. */
  readonly count: number;
  /** The category's issues in the period, over all cells. */
  readonly categoryCount: number;
  /** `count / categoryCount`, rounded to 0.001. */
  readonly share: number;
}

/**
 * One earlier year of a seasonal problem: the count of the month, the cell's mean monthly count over
 * the twelve months ending with it, their ratio, the test's p-value, and whether the year counted.
 *
 * @category Report
 */
export interface SeasonalYear {
  readonly year: number;
  readonly count: number;
  /** The months the mean is taken over: the twelve ending with this one, less those that begin before `dataSince`; below 2 the year cannot count. */
  readonly months: number;
  /** The mean count of those months, rounded to 0.001. */
  readonly monthlyMean: number;
  /** `count / monthlyMean`, rounded to 0.001; null when the mean is 0. */
  readonly lift: number | null;
  /** The one-sided p-value of the month against its twelve months, to 4 significant digits. */
  readonly pValue: number;
  readonly counted: boolean;
}

/**
 * A seasonal problem (季节性问题): a month ahead in which the cell's problem came back in earlier years.
 *
 * @category Report
 */
export interface SeasonalProblem extends FindingBase {
  readonly kind: 'seasonal';
  /** The month ahead, `YYYY-MM`. */
  readonly month: string;
  /** The earlier years, most recent first. */
  readonly years: readonly SeasonalYear[];
  /** How many of them counted. */
  readonly yearsCounted: number;
}

/**
 * A rising problem (上升问题): the period's count significantly above the periods before.
 *
 * @category Report
 */
export interface RisingProblem extends FindingBase {
  readonly kind: 'rising';
  /** The cell's issues in the period. */
  readonly count: number;
  /** The cell's issues in each earlier period of the baseline, most recent first. */
  readonly previous: readonly number[];
  /** Their mean, rounded to 0.001. */
  readonly previousMean: number;
  /** `count / previousMean`, rounded to 0.001; null when the mean is 0. */
  readonly ratio: number | null;
  /** The one-sided p-value of the test, to 4 significant digits. */
  readonly pValue: number;
}

/**
 * An unsolved problem shared by enterprises (共性未解决问题, 003: 年年提，年年得不到解决).
 *
 * @category Report
 */
export interface UnsolvedCluster extends FindingBase {
  readonly kind: 'unsolvedCluster';
  /** Issues neither closed, withdrawn nor merged. */
  readonly openCount: number;
  /** Issues answered as unsolvable (暂不能解决), whatever their state. */
  readonly unsolvableCount: number;
  /** The earliest submission among them. */
  readonly firstSubmittedAt: Instant;
  /** The title of the earliest issue (ties by id). */
  readonly title: string;
}

/**
 * A foresight finding: one of the four kinds.
 *
 * @category Report
 */
export type Finding = Hotspot | SeasonalProblem | RisingProblem | UnsolvedCluster;

/**
 * How the issues supplied were used: each is counted in exactly one of these.
 *
 * @category Report
 */
export interface ForesightIssuesRead {
  /** Counted in a cell. */
  readonly counted: number;
  readonly withdrawn: number;
  readonly uncategorised: number;
  /** Their enterprise is not among the enterprises supplied. */
  readonly unknownEnterprise: number;
  /** Their enterprise has no park while the policy places by park. */
  readonly unplaced: number;
  /** Submitted after the period. */
  readonly afterPeriod: number;
}

/**
 * What {@link foresight} found.
 *
 * @category Report
 */
export interface ForesightReport {
  readonly period: DateRange;
  /** The months ahead looked at for seasonal problems, `YYYY-MM`. */
  readonly seasonalMonths: readonly string[];
  /** The earlier periods of the rising test's baseline, most recent first. */
  readonly baselinePeriods: readonly DateRange[];
  /** By count (descending), share (descending), then category, industry and place (code-unit order). */
  readonly hotspots: readonly Hotspot[];
  /** By month, years counted (descending), their issues (descending), then category, industry and place. */
  readonly seasonal: readonly SeasonalProblem[];
  /** By p-value, count (descending), then category, industry and place. */
  readonly rising: readonly RisingProblem[];
  /** By enterprises (descending), issues (descending), category, industry and place, then the first issue's id. */
  readonly unsolvedClusters: readonly UnsolvedCluster[];
  /** The findings of each kind beyond `maxFindings`, left off. */
  readonly leftOff: Readonly<Record<FindingKind, number>>;
  /** Cells whose title comparisons stopped at `maxComparisonsPerCell`. */
  readonly cellsCut: number;
  readonly issuesRead: ForesightIssuesRead;
}

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = /* @__PURE__ */ daysFromCivil(0, 1, 1);
const TITLE_CHARS = 200;
const OPTIONS_WHAT = { en: 'valid foresight options', zh: '有效的未诉先办分析选项' } as const;
const POLICY_WHAT = { en: 'a valid foresight policy', zh: '有效的未诉先办阈值' } as const;
const LADDER_WHAT = { en: 'a valid escalation ladder', zh: '有效的协调层级' } as const;

/** The options' own keys; the period, policy and ladder are read by their own readers. */
const OptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  period: z.unknown(),
  policy: z.unknown().optional(),
  ladder: z.unknown().optional(),
  kinds: z.array(FindingKind.schema).max(16).optional(),
  dataSince: z.unknown().optional(),
}))();

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
/** A supplied value as a message quotes it: JSON, cut short; never throws (a cycle, a BigInt). */
const quote = (v: unknown): string => {
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    text = undefined;
  }
  return clip(text ?? Object.prototype.toString.call(v), 200);
};
const monthText = (t: number): string => `${String(Math.floor(t / 12)).padStart(4, '0')}-${String((t % 12) + 1).padStart(2, '0')}`;
const monthOfDay = (day: number): number => {
  const [y, m] = civilFromDays(day);
  return y * 12 + m - 1;
};

function badIssue(i: number, key: string | null, expected: { en: string; zh: string }, value: unknown): DomainError {
  const where = key === null ? `issues[${i}]` : `issues[${i}].${key}`;
  return domainError('INVALID_ARGUMENT', {
    en: `${where} must be ${expected.en}; received ${quote(value)}.`,
    zh: `${where} 应为${expected.zh}，实际为 ${quote(value)}。`,
    path: key === null ? ['issues', i] : ['issues', i, key],
    value,
  });
}

const NON_EMPTY = { en: 'a non-empty string', zh: '非空字符串' } as const;

/** What is wrong with one supplied issue, or null. */
function issueProblem(c: unknown, i: number): DomainError | null {
  if (c === null || typeof c !== 'object') return badIssue(i, null, { en: 'an issue (an object)', zh: '诉求对象' }, c);
  const o = c as Record<string, unknown>;
  for (const key of ['id', 'enterpriseId', 'state'] as const) if (typeof o[key] !== 'string' || o[key] === '') return badIssue(i, key, NON_EMPTY, o[key]);
  const cat = o['categoryId'];
  if (cat !== null && (typeof cat !== 'string' || cat === '')) return badIssue(i, 'categoryId', { en: 'an id or null', zh: '编号或 null' }, cat);
  if (typeof o['title'] !== 'string') return badIssue(i, 'title', { en: 'a string', zh: '字符串' }, o['title']);
  const a = o['answer'];
  if (a !== null && a !== undefined && (typeof a !== 'object' || typeof (a as { outcome?: unknown }).outcome !== 'string')) {
    return badIssue(i, 'answer', { en: 'null or an answer with an outcome', zh: 'null 或带 outcome 的答复' }, a);
  }
  return null;
}

/** What is wrong with one supplied enterprise, or null. */
function enterpriseProblem(c: unknown, i: number): DomainError | null {
  const bad = (key: string | null, expected: { en: string; zh: string }, value: unknown): DomainError => {
    const where = key === null ? `enterprises[${i}]` : `enterprises[${i}].${key}`;
    return domainError('INVALID_ARGUMENT', { en: `${where} must be ${expected.en}; received ${quote(value)}.`, zh: `${where} 应为${expected.zh}，实际为 ${quote(value)}。`, path: key === null ? ['enterprises', i] : ['enterprises', i, key], value });
  };
  if (c === null || typeof c !== 'object') return bad(null, { en: 'an enterprise (an object)', zh: '企业对象' }, c);
  const o = c as Record<string, unknown>;
  for (const key of ['id', 'industry', 'countyId'] as const) if (typeof o[key] !== 'string' || o[key] === '') return bad(key, NON_EMPTY, o[key]);
  const park = o['parkId'];
  if (park !== undefined && park !== null && (typeof park !== 'string' || park === '')) return bad('parkId', { en: 'an id, null or absent', zh: '编号、null 或不填' }, park);
  return null;
}

/** What is wrong with one supplied visit, or null. */
function visitProblem(c: unknown, i: number): DomainError | null {
  const bad = (key: string | null, expected: { en: string; zh: string }, value: unknown, at: (string | number)[] = []): DomainError => {
    const where = key === null ? `visits[${i}]` : `visits[${i}].${key}${at.map((k) => `[${k}]`).join('')}`;
    return domainError('INVALID_ARGUMENT', { en: `${where} must be ${expected.en}; received ${quote(value)}.`, zh: `${where} 应为${expected.zh}，实际为 ${quote(value)}。`, path: key === null ? ['visits', i] : ['visits', i, key, ...at], value });
  };
  if (c === null || typeof c !== 'object') return bad(null, { en: 'a visit (an object)', zh: '走访记录对象' }, c);
  const o = c as Record<string, unknown>;
  if (typeof o['id'] !== 'string' || o['id'] === '') return bad('id', NON_EMPTY, o['id']);
  const ids = o['issueIds'];
  if (!Array.isArray(ids)) return bad('issueIds', { en: 'an array of issue ids', zh: '诉求编号数组' }, ids);
  for (let k = 0; k < ids.length; k++) if (typeof ids[k] !== 'string') return bad('issueIds', { en: 'an issue id', zh: '诉求编号' }, ids[k], [k]);
  return null;
}

function duplicate(list: string, i: number, id: string): DomainError {
  return domainError('DUPLICATE_ID', { en: `${list}[${i}] repeats the id ${quote(id)}.`, zh: `${list}[${i}] 的编号 ${quote(id)} 重复。`, path: [list, i, 'id'], value: id });
}

/** The issues read once: per position, the cell (or -1), local day, instant, enterprise and flags; the categories and cells met; and the tally of what was not counted. */
interface IssueIndex {
  readonly n: number;
  readonly cellOf: Int32Array;
  readonly dayOf: Int32Array;
  readonly msOf: Float64Array;
  readonly entOf: Int32Array;
  /** Bit 1: unsolved; bit 2: answered as unsolvable. */
  readonly flags: Uint8Array;
  readonly categories: readonly Id[];
  readonly cellCategory: readonly number[];
  readonly cellGroup: readonly number[];
  readonly read: ForesightIssuesRead;
}

/** One pass over the issues (its own function, so that the engine optimises its loop on its own). */
function indexIssues(
  issues: readonly ForesightIssue[],
  enterpriseIndex: ReadonlyMap<Id, number>,
  enterpriseGroup: readonly number[],
  groups: number,
  offsetMs: number,
  toDay: number,
): Result<IssueIndex> {
  const n = issues.length;
  const cellOf = new Int32Array(n).fill(-1);
  const dayOf = new Int32Array(n);
  const msOf = new Float64Array(n);
  const entOf = new Int32Array(n);
  /** Bit 1: unsolved; bit 2: answered as unsolvable. */
  const flags = new Uint8Array(n);
  const categoryIndex = new Map<Id, number>();
  const categories: Id[] = [];
  const cellIndex = new Map<number, number>();
  const cellCategory: number[] = [];
  const cellGroup: number[] = [];
  const read = { counted: 0, withdrawn: 0, uncategorised: 0, unknownEnterprise: 0, unplaced: 0, afterPeriod: 0 };
  for (let i = 0; i < n; i++) {
    const c: unknown = issues[i];
    const problem = issueProblem(c, i);
    if (problem !== null) return err(problem);
    const issue = c as ForesightIssue;
    const ms = submittedMs(issue.submittedAt);
    if (Number.isNaN(ms)) {
      const text = instantProblem(issue.submittedAt, `issues[${i}].submittedAt`);
      return err(domainError('INVALID_INSTANT', { en: clip(text.en, 400), zh: clip(text.zh, 400), path: ['issues', i, 'submittedAt'], value: issue.submittedAt }));
    }
    msOf[i] = ms;
    const day = Math.floor((ms + offsetMs) / MS_PER_DAY);
    dayOf[i] = day;
    const state = issue.state;
    if (state === 'withdrawn') {
      read.withdrawn++;
      continue;
    }
    const unsolvable = issue.answer?.outcome === 'unsolvable';
    flags[i] = (state !== 'merged' && (unsolvable || (state !== 'closed')) ? 1 : 0) | (unsolvable ? 2 : 0);
    const category = issue.categoryId;
    if (category === null) {
      read.uncategorised++;
      continue;
    }
    const e = enterpriseIndex.get(issue.enterpriseId);
    if (e === undefined) {
      read.unknownEnterprise++;
      continue;
    }
    const g = enterpriseGroup[e] as number;
    if (g < 0) {
      read.unplaced++;
      continue;
    }
    if (day > toDay) {
      read.afterPeriod++;
      continue;
    }
    read.counted++;
    entOf[i] = e;
    let k = categoryIndex.get(category);
    if (k === undefined) {
      k = categories.length;
      categoryIndex.set(category, k);
      categories.push(category);
    }
    const key = k * groups + g;
    let cell = cellIndex.get(key);
    if (cell === undefined) {
      cell = cellCategory.length;
      cellIndex.set(key, cell);
      cellCategory.push(k);
      cellGroup.push(g);
    }
    cellOf[i] = cell;
  }
  return ok({ n, cellOf, dayOf, msOf, entOf, flags, categories, cellCategory, cellGroup, read });
}

/** The cell of a finding: its category, industry prefix and place. */
interface Cell {
  readonly category: Id;
  readonly industry: string | null;
  readonly place: Id | null;
}

const byCell = (a: Cell, b: Cell): number => byCodeUnit(a.category, b.category) || byCodeUnit(a.industry ?? '', b.industry ?? '') || byCodeUnit(a.place ?? '', b.place ?? '');

/**
 * Finds problems before the enterprises complain (未诉先办, 国办函〔2025〕66号: high-frequency,
 * seasonal and risky problems; 003 丽水: 共性问题企业年年提，年年得不到解决), from the issues, the
 * visits on which they were raised, and the enterprises. Every finding names its evidence and a
 * suggested owner, and gives its reason in Chinese and English.
 *
 * **Cells.** An issue is counted when it is not withdrawn, has a category, its enterprise is known,
 * the enterprise can be placed, and it was submitted on or before `period.to` (local date at the
 * policy's offset). Its cell is its category × the first characters of its enterprise's industry
 * code at the policy's `industryLevel` (GB/T 4754: 1 for the section, 3 the division, 4 the group,
 * 5 the class; a shorter code is taken whole; none for `'anyIndustry'`) × its enterprise's county
 * (`'byCounty'`), park (`'byPark'`: enterprises outside a park are not placed) or nothing
 * (`'wholeArea'`). Every count below is of one cell; nothing of one category depends on the issues
 * of another.
 *
 * - **hotspot** (高频问题): with c the cell's issues submitted in the period and C the category's
 *   issues in the period over all cells: c ≥ `hotspot.minCount`, c / C ≥ `hotspot.minShare`, and
 *   they come from at least `hotspot.minEnterprises` enterprises. Evidence: those c issues.
 * - **seasonal** (季节性问题): for each month M of the `seasonal.monthsAhead` months after the
 *   period's last month, and each of the `seasonal.years` years before M's year, with n the cell's
 *   issues in that month of that year and T those of the w months ending with it — twelve, less
 *   those that begin before `dataSince` (the first month of the records would otherwise always
 *   stand out against the empty months before it) — the year counts when w ≥ 2,
 *   n ≥ `seasonal.minCount`, n ≥ `seasonal.minLift` × T / w, and
 *   `p = P(X ≥ n) ≤ seasonal.alpha` for X ~ Binomial(T, 1/w): without a season, each of the T
 *   issues falls in that month with probability 1/w, so the test needs no rate (the same exact
 *   conditional test as the rising one, below). The month must stand out against its year: a
 *   problem as frequent every month is a hotspot, not a season, and the test keeps the chance
 *   peaks of a busy cell out (at level 0.05 and 2 years of 3, at most about 0.7% of cells without a
 *   season are flagged). Flagged ahead of M when at least `seasonal.minYears` years count. Evidence: the
 *   issues of the counted months.
 * - **rising** (上升问题): with L the period's length in days, the baseline is the k =
 *   `rising.previousPeriods` periods of L days just before it (fewer when `dataSince` or the year 0
 *   cuts them); with c the period's count and B the baseline's total, the test is the exact
 *   conditional test of two Poisson counts (Przyborowski and Wilenski, 1940): if the cell's issues
 *   arrive at a constant rate, then given n = c + B the period's count is Binomial(n, 1/(k + 1))
 *   whatever the rate, so
 *   `p = P(X ≥ c) = Σ_{x=c}^{n} C(n, x) (1/(k+1))^x (k/(k+1))^(n−x)`,
 *   computed to full precision for any n (Loader's saddle-point form of the binomial terms). Rising
 *   when p ≤ `rising.alpha`, c ≥ `rising.minCount` and c ≥ `rising.minRatio` × B / k. Chosen because
 *   it needs no rate estimated (a Poisson test against the baseline mean treats the mean as known,
 *   and is too eager on short baselines), is exact for the small counts of a cell, still answers
 *   when the baseline is empty (p = (k + 1)^−c), and the count and ratio floors keep a large cell's
 *   small, significant drift out. It does not model seasons: a yearly peak shows as rising too, and
 *   as seasonal. Evidence: the period's issues.
 * - **unsolvedCluster** (共性未解决问题): the cell's issues that are unsolved — neither closed,
 *   withdrawn nor merged (a merged order follows its parent), or answered as unsolvable (暂不能解决)
 *   and not withdrawn or merged — from at least `unsolvedCluster.minEnterprises` enterprises. With
 *   `unsolvedCluster.titleThreshold`, the cell's unsolved issues are first linked when their titles'
 *   character-bigram Dice similarity reaches it (the measure of the duplicate suggestions; issues of
 *   one title are linked at once, and the cell's distinct titles are compared in the order of their
 *   first submission, nearest first, at most `maxComparisonsPerCell` pairs of them; a cell cut short
 *   is counted in `cellsCut`) and each connected group is a candidate. Evidence: those issues.
 *
 * **Owner.** Each finding is routed on `options.ladder` (default `jiaozuoLadder`, 001: 倾向性、
 * 普遍性问题 go to the executive deputy mayor or the mayor) by facts built from the finding, not
 * from one of its issues: nature `'widespread'` (a trend or a problem shared by enterprises) for a
 * rising or seasonal finding and for one whose issues come from two enterprises or more, else
 * `'ordinary'`; scope and procedure the most frequent among its issues' classified values (ties in
 * the enums' order), null when none is classified; its category and industry prefix; enterprises
 * affected its distinct enterprises; declared unsolvable when any of its issues was answered so;
 * no money, nothing overdue, unsupervised, never reopened — a finding is a new matter. Route the
 * facts on another ladder with `compileLadder(other).routeFacts(finding.owner.facts)`.
 *
 * **Order and bounds.** Deterministic and independent of the order of the three lists (the sort
 * keys are listed at {@link ForesightReport}); evidence issues by submission then id, enterprises
 * and visits by id. At most `maxFindings` of each kind (the rest counted in `leftOff`) and
 * `maxEvidence` ids per evidence list. One pass over the issues and a counting sort by cell:
 * O(n + visits + enterprises) plus the sort of the findings' evidence.
 *
 * @param issues - The issues (an `Issue` has every field read). Their ids are taken to be unique and
 *   not checked (as `findRecurrences` takes them): a set of a million ids would cost more than the
 *   rest of the pass; an issue passed twice is counted twice.
 * @param visits - The visits (a `Visit` has every field read); ids must be unique; issue ids they
 *   name that are not among `issues` are ignored.
 * @param enterprises - The enterprises (an `Enterprise` has every field read); ids must be unique.
 * @param options - The period, and optionally the policy, the ladder, the kinds and `dataSince`.
 * @returns The findings, or `INVALID_ARGUMENT` / `INVALID_INSTANT` naming the bad item,
 *   `DUPLICATE_ID` for a visit or an enterprise id given twice, `INVALID_DATE` / `INVALID_ARGUMENT`
 *   at `['options', 'period', …]` or `['options', 'dataSince']`, or `INVALID_INPUT` /
 *   `INVALID_ARGUMENT` under `['options']`, `['options', 'policy']` or `['options', 'ladder']`.
 * @example
 * ```ts
 * const enterprises = ['e1', 'e2', 'e3'].map((id) => ({ id, industry: 'C3411', countyId: 'c1' }));
 * const issue = (id: string, enterpriseId: string, day: string) =>
 *   ({ id, enterpriseId, categoryId: 'power', title: '停电影响生产', submittedAt: `${day}T09:00:00+08:00`, state: 'assigned', answer: null });
 * const issues = ['01', '02', '03', '04', '05', '06'].map((d, i) => issue(`i${i}`, `e${(i % 3) + 1}`, `2026-03-${d}`));
 * const r = foresight(issues, [{ id: 'v1', issueIds: ['i0'] }], enterprises, { period: { from: '2026-03-01', to: '2026-03-31' } });
 * r.ok && r.value.hotspots.map((h) => [h.categoryId, h.industry, h.placeId, h.count]); // [['power', 'C34', 'c1', 6]]
 * r.ok && r.value.hotspots[0]?.evidence.visitIds; // ['v1']
 * r.ok && r.value.hotspots[0]?.owner?.route.target; // { holder: 'executiveDeputyMayor' }
 * r.ok && r.value.unsolvedClusters[0]?.evidence.enterpriseCount; // 3
 * ```
 * @category Report
 */
export function foresight(
  issues: readonly ForesightIssue[],
  visits: readonly ForesightVisit[],
  enterprises: readonly ForesightEnterprise[],
  options: ForesightOptions,
): Result<ForesightReport> {
  // Options.
  const badOptions = checkedOnce(OptionsSchema, options);
  if (badOptions !== null) return err(argumentError(badOptions, ['options'], OPTIONS_WHAT));
  const period = readPeriod(options.period, 'options.period');
  if (!period.ok) return period;
  const [fromDay, toDay] = period.value;
  let policy: ForesightPolicy = defaultForesightPolicy;
  if (options.policy !== undefined && options.policy !== defaultForesightPolicy) {
    const parsed = safeParseWith(ForesightPolicySchema, options.policy);
    if (!parsed.ok) return err(argumentError(parsed.error, ['options', 'policy'], POLICY_WHAT));
    policy = parsed.value;
  }
  const ladder = options.ladder === undefined ? jiaozuoLadder : options.ladder;
  if (ladder !== null && ladder !== jiaozuoLadder) {
    const bad = checkedOnce(EscalationLadderSchema, ladder);
    if (bad !== null) return err(argumentError(bad, ['options', 'ladder'], LADDER_WHAT));
  }
  let sinceDay = FIRST_DAY;
  if (options.dataSince !== undefined) {
    const d = readDay(options.dataSince, 'options.dataSince');
    if (!d.ok) return d;
    sinceDay = Math.max(sinceDay, d.value);
  }
  const kinds = new Set<FindingKind>(options.kinds ?? FindingKind.values);
  for (const [name, list] of [['issues', issues], ['visits', visits], ['enterprises', enterprises]] as const) {
    if (!Array.isArray(list)) return err(domainError('INVALID_ARGUMENT', { en: `${name} must be an array.`, zh: `${name} 应为数组。`, path: [name], value: list }));
  }

  // Enterprises: each to a group (industry prefix × place), or -1 when it cannot be placed.
  const chars = industryChars[policy.industryLevel];
  const groupIndustry: (string | null)[] = [];
  const groupPlace: (Id | null)[] = [];
  const groupIndex = new Map<string, number>();
  const enterpriseIndex = new Map<Id, number>();
  const enterpriseGroup: number[] = [];
  const enterpriseIds: Id[] = [];
  for (let i = 0; i < enterprises.length; i++) {
    const e: unknown = enterprises[i];
    const problem = enterpriseProblem(e, i);
    if (problem !== null) return err(problem);
    const ent = e as ForesightEnterprise;
    if (enterpriseIndex.has(ent.id)) return err(duplicate('enterprises', i, ent.id));
    enterpriseIndex.set(ent.id, enterpriseIds.length);
    enterpriseIds.push(ent.id);
    const industry = chars === null ? null : ent.industry.slice(0, chars);
    const place = policy.placeLevel === 'byCounty' ? ent.countyId : policy.placeLevel === 'byPark' ? (ent.parkId ?? null) : null;
    if (policy.placeLevel === 'byPark' && place === null) {
      enterpriseGroup.push(-1);
      continue;
    }
    const key = `${industry === null ? -1 : industry.length}|${industry ?? ''}|${place ?? ''}`;
    let g = groupIndex.get(key);
    if (g === undefined) {
      g = groupIndustry.length;
      groupIndex.set(key, g);
      groupIndustry.push(industry);
      groupPlace.push(place);
    }
    enterpriseGroup.push(g);
  }
  const groups = Math.max(1, groupIndustry.length);

  // Visits: checked now, linked to the issues of the findings at the end (only to those: a map of
  // every issue id, or of every id the visits name, would cost more than the rest of the pass).
  const visitSeen = new Set<Id>();
  for (let v = 0; v < visits.length; v++) {
    const c: unknown = visits[v];
    const problem = visitProblem(c, v);
    if (problem !== null) return err(problem);
    const visit = c as ForesightVisit;
    if (visitSeen.has(visit.id)) return err(duplicate('visits', v, visit.id));
    visitSeen.add(visit.id);
  }

  // Issues: validated, each counted once in a cell (category × group) or in one of the reasons it is not.
  const indexed = indexIssues(issues, enterpriseIndex, enterpriseGroup, groups, policy.utcOffsetMinutes * 60_000, toDay);
  if (!indexed.ok) return indexed;
  const { n, cellOf, dayOf, msOf, entOf, flags, categories, cellCategory, cellGroup, read } = indexed.value;

  // A counting sort of the counted issues by cell.
  const cells = cellCategory.length;
  const start = new Int32Array(cells + 1);
  for (let i = 0; i < n; i++) if ((cellOf[i] as number) >= 0) (start[(cellOf[i] as number) + 1] as number)++;
  for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const order = new Int32Array(start[cells] as number);
  /** The local day and the flags of each issue in that order, read in sequence by every kind. */
  const dayAt = new Int32Array(order.length);
  const flagAt = new Uint8Array(order.length);
  const fill = start.slice(0, cells);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i] as number;
    if (c < 0) continue;
    const q = (fill[c] as number)++;
    order[q] = i;
    dayAt[q] = dayOf[i] as number;
    flagAt[q] = flags[i] as number;
  }
  const cellOfIndex = (c: number): Cell => ({ category: categories[cellCategory[c] as number] as Id, industry: groupIndustry[cellGroup[c] as number] ?? null, place: groupPlace[cellGroup[c] as number] ?? null });

  // Distinct enterprises, by stamping.
  const stamp = new Int32Array(enterpriseIds.length).fill(-1);
  let stampId = 0;
  const distinct = (list: ArrayLike<number>): number => {
    const s = stampId++;
    let d = 0;
    for (let k = 0; k < list.length; k++) {
      const e = entOf[list[k] as number] as number;
      if (stamp[e] !== s) {
        stamp[e] = s;
        d++;
      }
    }
    return d;
  };

  const inPeriod = (c: number): number[] => {
    const out: number[] = [];
    for (let k = start[c] as number; k < (start[c + 1] as number); k++) if ((dayAt[k] as number) >= fromDay) out.push(order[k] as number);
    return out;
  };

  // Hotspots.
  const p = policy;
  interface HotspotCandidate { readonly cell: number; readonly key: Cell; readonly count: number; readonly total: number; readonly share: number }
  const hotspotCandidates: HotspotCandidate[] = [];
  if (kinds.has('hotspot')) {
    const categoryTotal = new Int32Array(categories.length);
    const cellCount = new Int32Array(cells);
    for (let c = 0; c < cells; c++) {
      let m = 0;
      for (let k = start[c] as number; k < (start[c + 1] as number); k++) if ((dayAt[k] as number) >= fromDay) m++;
      cellCount[c] = m;
      (categoryTotal[cellCategory[c] as number] as number) += m;
    }
    for (let c = 0; c < cells; c++) {
      const m = cellCount[c] as number;
      if (m < p.hotspot.minCount) continue;
      const total = categoryTotal[cellCategory[c] as number] as number;
      if (m / total < p.hotspot.minShare) continue;
      if (distinct(inPeriod(c)) < p.hotspot.minEnterprises) continue;
      hotspotCandidates.push({ cell: c, key: cellOfIndex(c), count: m, total, share: round3(m / total) });
    }
    hotspotCandidates.sort((a, b) => b.count - a.count || b.share - a.share || byCell(a.key, b.key));
  }

  // Rising problems.
  const L = toDay - fromDay + 1;
  let k = p.rising.previousPeriods;
  while (k > 0 && fromDay - k * L < sinceDay) k--;
  const baselinePeriods: DateRange[] = Array.from({ length: k }, (_, j) => ({ from: fromDayNumber(fromDay - (j + 1) * L), to: fromDayNumber(fromDay - j * L - 1) }));
  interface RisingCandidate { readonly cell: number; readonly key: Cell; readonly count: number; readonly previous: readonly number[]; readonly total: number; readonly p: number }
  const risingCandidates: RisingCandidate[] = [];
  if (kinds.has('rising') && k > 0) {
    const b = new Int32Array(k);
    const earliest = fromDay - k * L;
    for (let c = 0; c < cells; c++) {
      b.fill(0);
      let m = 0;
      for (let q = start[c] as number; q < (start[c + 1] as number); q++) {
        const day = dayAt[q] as number;
        if (day >= fromDay) m++;
        else if (day >= earliest) (b[Math.floor((fromDay - 1 - day) / L)] as number)++;
      }
      if (m < p.rising.minCount) continue;
      let total = 0;
      for (let j = 0; j < k; j++) total += b[j] as number;
      if (m < (p.rising.minRatio * total) / k) continue;
      const pv = binomialUpperTail(m, m + total, 1 / (k + 1));
      if (pv > p.rising.alpha) continue;
      risingCandidates.push({ cell: c, key: cellOfIndex(c), count: m, previous: Array.from(b), total, p: pv });
    }
    risingCandidates.sort((a, b2) => a.p - b2.p || b2.count - a.count || byCell(a.key, b2.key));
  }

  // Seasonal problems.
  const lastMonth = monthOfDay(toDay);
  const seasonalMonths = Array.from({ length: p.seasonal.monthsAhead }, (_, j) => lastMonth + 1 + j);
  interface SeasonalCandidate { readonly cell: number; readonly key: Cell; readonly month: number; readonly years: readonly SeasonalYear[]; readonly counted: number; readonly issues: number; readonly months: readonly number[] }
  const seasonalCandidates: SeasonalCandidate[] = [];
  if (kinds.has('seasonal')) {
    const lo = lastMonth + 1 - 12 * p.seasonal.years - 11;
    const hi = lastMonth + p.seasonal.monthsAhead - 12;
    const counts = new Int32Array(hi - lo + 1);
    // The month of each day from the first month read to the period's end, looked up, not computed per issue.
    const firstDay = Math.max(FIRST_DAY, daysFromCivil(Math.floor(lo / 12), (lo % 12) + 1, 1));
    const monthAt = new Int32Array(Math.max(0, toDay - firstDay + 1));
    for (let d = firstDay, t = monthOfDay(firstDay); d <= toDay; d++) {
      if (civilFromDays(d)[2] === 1) t = monthOfDay(d);
      monthAt[d - firstDay] = t;
    }
    const sums = new Int32Array(hi - lo + 2);
    const need = p.seasonal.minCount * p.seasonal.minYears;
    /** The first month that begins on or after dataSince. */
    const sinceMonth = monthOfDay(sinceDay) + (civilFromDays(sinceDay)[2] === 1 ? 0 : 1);
    for (let c = 0; c < cells; c++) {
      if ((start[c + 1] as number) - (start[c] as number) < need) continue;
      counts.fill(0);
      let inRange = 0;
      for (let q = start[c] as number; q < (start[c + 1] as number); q++) {
        const day = dayAt[q] as number;
        if (day < firstDay) continue;
        const t = monthAt[day - firstDay] as number;
        if (t <= hi) {
          (counts[t - lo] as number)++;
          inRange++;
        }
      }
      if (inRange < need) continue;
      for (let t = 0; t < counts.length; t++) sums[t + 1] = (sums[t] as number) + (counts[t] as number);
      for (const month of seasonalMonths) {
        const years: SeasonalYear[] = [];
        const months: number[] = [];
        let counted = 0;
        let issuesCounted = 0;
        for (let y = 1; y <= p.seasonal.years; y++) {
          const t = month - 12 * y - lo;
          const m = counts[t] as number;
          // The twelve months ending with it, less those that begin before dataSince.
          const from = Math.max(t - 11, sinceMonth - lo);
          const w = Math.max(0, t - from + 1);
          const trailing = w === 0 ? 0 : (sums[t + 1] as number) - (sums[from] as number);
          const pv = m === 0 || w < 2 ? 1 : binomialUpperTail(m, trailing, 1 / w);
          const ok2 = w >= 2 && m >= p.seasonal.minCount && m >= (p.seasonal.minLift * trailing) / w && pv <= p.seasonal.alpha;
          if (ok2) {
            counted++;
            issuesCounted += m;
            months.push(month - 12 * y);
          }
          years.push({ year: Math.floor((month - 12 * y) / 12), count: m, months: w, monthlyMean: w === 0 ? 0 : round3(trailing / w), lift: trailing === 0 ? null : round3((m * w) / trailing), pValue: Number(pv.toPrecision(4)), counted: ok2 });
        }
        if (counted >= p.seasonal.minYears) seasonalCandidates.push({ cell: c, key: cellOfIndex(c), month, years, counted, issues: issuesCounted, months });
      }
    }
    seasonalCandidates.sort((a, b) => a.month - b.month || b.counted - a.counted || b.issues - a.issues || byCell(a.key, b.key));
  }

  // Unsolved clusters.
  interface ClusterCandidate { readonly cell: number; readonly key: Cell; readonly members: readonly number[]; readonly enterprises: number; readonly first: number }
  const clusterCandidates: ClusterCandidate[] = [];
  let cellsCut = 0;
  const byTime = (a: number, b: number): number => (msOf[a] as number) - (msOf[b] as number) || byCodeUnit((issues[a] as ForesightIssue).id, (issues[b] as ForesightIssue).id);
  if (kinds.has('unsolvedCluster')) {
    const threshold = p.unsolvedCluster.titleThreshold;
    const cap = p.unsolvedCluster.maxComparisonsPerCell;
    /** Each title's bigrams, once per title (titles repeat: 停电影响生产). */
    const titleSets = new Map<string, number[]>();
    for (let c = 0; c < cells; c++) {
      const open: number[] = [];
      for (let q = start[c] as number; q < (start[c + 1] as number); q++) if (((flagAt[q] as number) & 1) !== 0) open.push(order[q] as number);
      if (open.length < p.unsolvedCluster.minEnterprises || distinct(open) < p.unsolvedCluster.minEnterprises) continue;
      let components: number[][];
      if (threshold === null) components = [open];
      else {
        open.sort(byTime);
        // One node per distinct title, in the order of its first submission: issues of one title
        // are one node (their Dice is 1), so that a cell of repeated titles compares only its titles.
        // A title with nothing to compare (no letter or digit) is a node of its own.
        const nodeOf = new Int32Array(open.length);
        const nodeIndex = new Map<string, number>();
        const sets: number[][] = [];
        for (let j = 0; j < open.length; j++) {
          const title = (issues[open[j] as number] as ForesightIssue).title;
          let set = titleSets.get(title);
          if (set === undefined) titleSets.set(title, (set = bigrams(normalised(title, TITLE_CHARS))));
          let node = set.length === 0 ? undefined : nodeIndex.get(title);
          if (node === undefined) {
            node = sets.length;
            if (set.length > 0) nodeIndex.set(title, node);
            sets.push(set);
          }
          nodeOf[j] = node;
        }
        const m = sets.length;
        const up = new Int32Array(m).map((_, j) => j);
        const find = (j: number): number => {
          let r = j;
          while (up[r] !== r) r = up[r] as number;
          while (up[j] !== r) {
            const nx = up[j] as number;
            up[j] = r;
            j = nx;
          }
          return r;
        };
        let looked = 0;
        let cut = false;
        outer: for (let d = 1; d < m; d++) {
          for (let j = 0; j + d < m; j++) {
            if (looked >= cap) {
              cut = true;
              break outer;
            }
            looked++;
            if (dice(sets[j] as number[], sets[j + d] as number[]) < threshold) continue;
            const a = find(j);
            const z2 = find(j + d);
            if (a !== z2) up[Math.max(a, z2)] = Math.min(a, z2);
          }
        }
        if (cut) cellsCut++;
        const byRoot = new Map<number, number[]>();
        for (let j = 0; j < open.length; j++) {
          const r = find(nodeOf[j] as number);
          let list = byRoot.get(r);
          if (list === undefined) byRoot.set(r, (list = []));
          list.push(open[j] as number);
        }
        components = [...byRoot.values()];
      }
      for (const members of components) {
        const e = distinct(members);
        if (e < p.unsolvedCluster.minEnterprises) continue;
        let first = members[0] as number;
        for (const i of members) if (byTime(i, first) < 0) first = i;
        clusterCandidates.push({ cell: c, key: cellOfIndex(c), members, enterprises: e, first });
      }
    }
    clusterCandidates.sort(
      (a, b) =>
        b.enterprises - a.enterprises ||
        b.members.length - a.members.length ||
        byCell(a.key, b.key) ||
        byCodeUnit((issues[a.first] as ForesightIssue).id, (issues[b.first] as ForesightIssue).id),
    );
  }

  // Building the findings kept: evidence, owner and reasons.
  const compiled = ladder === null ? null : compileLadder(ladder);
  const maxEvidence = p.maxEvidence;
  const evidenceOf = (list: number[]): FindingEvidence => {
    let chosen = list;
    if (list.length > 4 * maxEvidence) {
      const times = Float64Array.from(list, (i) => msOf[i] as number).sort();
      const limit = times[maxEvidence - 1] as number;
      chosen = list.filter((i) => (msOf[i] as number) <= limit);
    }
    const first = chosen.slice().sort(byTime).slice(0, maxEvidence);
    const ents = new Set<number>();
    const vs = new Set<number>();
    for (const i of list) {
      ents.add(entOf[i] as number);
      const named = visitsAt.get(i);
      if (named !== undefined) for (const v of named) vs.add(v);
    }
    const entIds = [...ents].map((e) => enterpriseIds[e] as Id).sort(byCodeUnit);
    const visitIds = [...vs].map((v) => (visits[v] as ForesightVisit).id).sort(byCodeUnit);
    return {
      issueIds: first.map((i) => (issues[i] as ForesightIssue).id),
      issueCount: list.length,
      enterpriseIds: entIds.slice(0, maxEvidence),
      enterpriseCount: entIds.length,
      visitIds: visitIds.slice(0, maxEvidence),
      visitCount: visitIds.length,
    };
  };
  const placeWord = policy.placeLevel === 'byPark' ? { zh: '园区', en: 'park' } : { zh: '县（市、区）', en: 'county' };
  const cellText = (key: Cell): BilingualText => ({
    zh: `类别 ${key.category}${key.industry === null ? '' : `、行业 ${key.industry}`}${key.place === null ? '' : `、${placeWord.zh}${key.place}`}`,
    en: `category ${key.category}${key.industry === null ? '' : `, industry ${key.industry}`}${key.place === null ? '' : `, ${placeWord.en} ${key.place}`}`,
  });
  const ownerOf = (kind: FindingKind, key: Cell, list: readonly number[], enterprisesAffected: number): FindingOwner | null => {
    if (compiled === null || ladder === null) return null;
    const scopes = new Map<string, number>();
    const procedures = new Map<string, number>();
    let unsolvable = false;
    for (const i of list) {
      const issue = issues[i] as ForesightIssue;
      if (typeof issue.scope === 'string') scopes.set(issue.scope, (scopes.get(issue.scope) ?? 0) + 1);
      if (typeof issue.procedure === 'string') procedures.set(issue.procedure, (procedures.get(issue.procedure) ?? 0) + 1);
      if (((flags[i] as number) & 2) !== 0) unsolvable = true;
    }
    const mode = <T extends string>(values: readonly T[], counts: Map<string, number>): T | null => {
      let best: T | null = null;
      let most = 0;
      for (const v of values) {
        const m = counts.get(v) ?? 0;
        if (m > most) {
          best = v;
          most = m;
        }
      }
      return best;
    };
    const nature = kind === 'rising' || kind === 'seasonal' || enterprisesAffected >= 2 ? 'widespread' : 'ordinary';
    const facts: IssueFacts = {
      nature,
      scope: mode(IssueScope.values, scopes),
      procedure: mode(Procedure.values, procedures),
      categoryId: key.category,
      industry: key.industry,
      enterprisesAffected,
      amountInvolved: 0,
      overdueWorkingDays: 0,
      supervisionStep: 'unsupervised',
      reopenCount: 0,
      reworkCount: 0,
      declaredUnsolvable: unsolvable,
    };
    const route = compiled.routeFacts(facts);
    const why = { zh: explainRoute(route, ladder, 'zh-CN').at(-1) ?? '', en: explainRoute(route, ladder, 'en').at(-1) ?? '' };
    return {
      facts,
      route,
      reason: {
        zh: `${IssueNature.labels[nature].zh}（${enterprisesAffected} 家企业）；按“${ladder.name.zh}”：${why.zh}`,
        en: `${IssueNature.labels[nature].en} (${enterprisesAffected} enterprise(s)); on "${ladder.name.en}": ${why.en}`,
      },
    };
  };
  const range = fromDay === toDay ? fromDayNumber(fromDay) : `${fromDayNumber(fromDay)} 至 ${fromDayNumber(toDay)}`;
  const rangeEn = fromDay === toDay ? fromDayNumber(fromDay) : `${fromDayNumber(fromDay)} to ${fromDayNumber(toDay)}`;
  const max = p.maxFindings;

  // The issues of each finding kept, then the visits that name any of them.
  const hotspotLists = hotspotCandidates.slice(0, max).map((h) => inPeriod(h.cell));
  const risingLists = risingCandidates.slice(0, max).map((r) => inPeriod(r.cell));
  const seasonalLists = seasonalCandidates.slice(0, max).map((sc) => {
    const months = new Set(sc.months);
    const list: number[] = [];
    for (let q = start[sc.cell] as number; q < (start[sc.cell + 1] as number); q++) {
      const i = order[q] as number;
      if (months.has(monthOfDay(dayAt[q] as number))) list.push(i);
    }
    return list;
  });
  const clusterLists = clusterCandidates.slice(0, max).map((cl) => cl.members.slice());
  const wanted = new Map<Id, number[]>();
  for (const lists of [hotspotLists, risingLists, seasonalLists, clusterLists]) {
    for (const list of lists) {
      for (const i of list) {
        const id = (issues[i] as ForesightIssue).id;
        const at = wanted.get(id);
        if (at === undefined) wanted.set(id, [i]);
        else if (!at.includes(i)) at.push(i);
      }
    }
  }
  const visitsAt = new Map<number, number[]>();
  if (wanted.size > 0) {
    for (let v = 0; v < visits.length; v++) {
      for (const id of (visits[v] as ForesightVisit).issueIds) {
        const at = wanted.get(id);
        if (at === undefined) continue;
        for (const i of at) {
          const vs = visitsAt.get(i);
          if (vs === undefined) visitsAt.set(i, [v]);
          else if (vs[vs.length - 1] !== v) vs.push(v);
        }
      }
    }
  }

  const hotspots: Hotspot[] = hotspotCandidates.slice(0, max).map((h, x) => {
    const list = hotspotLists[x] as number[];
    const evidence = evidenceOf(list);
    const where = cellText(h.key);
    const pct = round3(h.share * 100);
    return {
      kind: 'hotspot',
      categoryId: h.key.category,
      industry: h.key.industry,
      placeId: h.key.place,
      count: h.count,
      categoryCount: h.total,
      share: h.share,
      evidence,
      owner: ownerOf('hotspot', h.key, list, evidence.enterpriseCount),
      reason: {
        zh: `${range}，${where.zh} 共 ${h.count} 件诉求，占该类别 ${h.total} 件的 ${pct}%，涉及 ${evidence.enterpriseCount} 家企业`,
        en: `${rangeEn}: ${h.count} issue(s) of ${where.en}, ${pct}% of the category's ${h.total}, from ${evidence.enterpriseCount} enterprise(s)`,
      },
    };
  });

  const rising: RisingProblem[] = risingCandidates.slice(0, max).map((r, x) => {
    const list = risingLists[x] as number[];
    const evidence = evidenceOf(list);
    const where = cellText(r.key);
    const mean = round3(r.total / k);
    const ratio = r.total === 0 ? null : round3((r.count * k) / r.total);
    const pValue = Number(r.p.toPrecision(4));
    return {
      kind: 'rising',
      categoryId: r.key.category,
      industry: r.key.industry,
      placeId: r.key.place,
      count: r.count,
      previous: r.previous,
      previousMean: mean,
      ratio,
      pValue,
      evidence,
      owner: ownerOf('rising', r.key, list, evidence.enterpriseCount),
      reason: {
        zh: `${range}，${where.zh} 有 ${r.count} 件诉求，此前 ${k} 个同长时段平均 ${mean} 件${ratio === null ? '' : `（${ratio} 倍）`}；条件检验 p = ${pValue} ≤ ${p.rising.alpha}`,
        en: `${rangeEn}: ${r.count} issue(s) of ${where.en} against a mean of ${mean} over the ${k} periods before${ratio === null ? '' : ` (${ratio}×)`}; conditional test p = ${pValue} ≤ ${p.rising.alpha}`,
      },
    };
  });

  const seasonal: SeasonalProblem[] = seasonalCandidates.slice(0, max).map((s, x) => {
    const list = seasonalLists[x] as number[];
    const evidence = evidenceOf(list);
    const where = cellText(s.key);
    const m = (s.month % 12) + 1;
    const counted = s.years.filter((y) => y.counted);
    return {
      kind: 'seasonal',
      categoryId: s.key.category,
      industry: s.key.industry,
      placeId: s.key.place,
      month: monthText(s.month),
      years: s.years,
      yearsCounted: s.counted,
      evidence,
      owner: ownerOf('seasonal', s.key, list, evidence.enterpriseCount),
      reason: {
        zh: `${where.zh} 在前 ${p.seasonal.years} 年中有 ${s.counted} 年的 ${m} 月集中出现（${counted.map((y) => `${y.year} 年 ${y.count} 件`).join('，')}），宜在 ${monthText(s.month)} 前预先处置`,
        en: `${where.en} came back in month ${m} in ${s.counted} of the last ${p.seasonal.years} years (${counted.map((y) => `${y.year}: ${y.count}`).join(', ')}): act before ${monthText(s.month)}`,
      },
    };
  });

  const unsolvedClusters: UnsolvedCluster[] = clusterCandidates.slice(0, max).map((cl, x) => {
    const list = clusterLists[x] as number[];
    const evidence = evidenceOf(list);
    const where = cellText(cl.key);
    let openCount = 0;
    let unsolvableCount = 0;
    for (const i of list) {
      const state = (issues[i] as ForesightIssue).state;
      if (state !== 'closed' && state !== 'merged') openCount++;
      if (((flags[i] as number) & 2) !== 0) unsolvableCount++;
    }
    const first = issues[cl.first] as ForesightIssue;
    return {
      kind: 'unsolvedCluster',
      categoryId: cl.key.category,
      industry: cl.key.industry,
      placeId: cl.key.place,
      openCount,
      unsolvableCount,
      firstSubmittedAt: first.submittedAt,
      title: first.title,
      evidence,
      owner: ownerOf('unsolvedCluster', cl.key, list, cl.enterprises),
      reason: {
        zh: `${where.zh} 有 ${cl.enterprises} 家企业的 ${list.length} 件诉求尚未解决（${openCount} 件未办结，${unsolvableCount} 件答复暂不能解决），最早一件提交于 ${fromDayNumber(dayOf[cl.first] as number)}`,
        en: `${list.length} unsolved issue(s) of ${where.en} from ${cl.enterprises} enterprises (${openCount} not closed, ${unsolvableCount} answered as unsolvable); the first submitted on ${fromDayNumber(dayOf[cl.first] as number)}`,
      },
    };
  });

  return ok({
    period: { from: fromDayNumber(fromDay), to: fromDayNumber(toDay) },
    seasonalMonths: seasonalMonths.map(monthText),
    baselinePeriods,
    hotspots,
    seasonal,
    rising,
    unsolvedClusters,
    leftOff: {
      hotspot: Math.max(0, hotspotCandidates.length - max),
      seasonal: Math.max(0, seasonalCandidates.length - max),
      rising: Math.max(0, risingCandidates.length - max),
      unsolvedCluster: Math.max(0, clusterCandidates.length - max),
    },
    cellsCut,
    issuesRead: read,
  });
}
