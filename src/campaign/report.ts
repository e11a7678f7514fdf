import type { WorkCalendar } from '../calendar/schema.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, CalendarDate, DateRange, Id } from '../core/schema.js';
import { byCodeUnit } from '../internal/compare.js';
import { readDay } from '../internal/args.js';
import { localDay } from '../internal/instant.js';
import { argumentError, checkedOnce, movedPaths } from '../internal/parse.js';
import { answeredStates, batchSummary, underSupervisionAt, type BatchSummary } from '../issue/batch.js';
import { defaultRecurrencePolicy, findRecurrences, RecurrencePolicySchema, type Recurrence, type RecurrencePolicy } from '../issue/recurrence.js';
import type { Issue } from '../issue/schema.js';
import { supervisionSteps } from '../issue/supervision-steps.js';
import type { AdviserKind } from '../org/adviser.js';
import type { GovernmentLevel } from '../org/level.js';
import { isPairingActive } from '../pairing/validate.js';
import type { Pairing } from '../pairing/schema.js';
import { defaultSupervisionPolicy, SupervisionPolicySchema, type SupervisionPolicy } from '../supervision/policy.js';
import { rectificationStatus, type RectificationOrder, type RectificationStatus } from '../supervision/rectification.js';
import { asOfError } from '../supervision/status.js';
import { ServiceTaxonomySchema, type ServiceTaxonomy } from '../taxonomy/schema.js';
import type { ActorRole } from '../vocabulary/actor.js';
import { CampaignSchema, type Campaign, type CampaignBatchStatus, type CampaignMeasure, type CampaignPhaseStatus, type CampaignTargetStatus } from './schema.js';

/**
 * A cadre as {@link campaignReport} reads it (an `Adviser` of `qinqing/org`, or a `PairingAdviser`,
 * will do): id, kind and level, which place it in the campaign's participant groups.
 *
 * @category Campaign
 */
export interface CampaignAdviser {
  /** The app's id of the person. */
  readonly id: Id;
  /** The kind of cadre. */
  readonly kind: AdviserKind;
  /** The level they serve at. */
  readonly level: GovernmentLevel;
}

/**
 * A visit as {@link campaignReport} reads it (a `Visit` of `qinqing/visit` will do): its date, who
 * went and the enterprise visited (null for a park).
 *
 * @category Campaign
 */
export interface CampaignVisit {
  /** The local date of the visit. */
  readonly date: CalendarDate;
  /** The cadres who made it. */
  readonly visitorIds: readonly Id[];
  /** The enterprise visited, or null for a park. */
  readonly enterpriseId: Id | null;
}

/**
 * The data a campaign report is drawn from, as the app stores it: the problems (issues, with their
 * histories: the report reads their assignments and supervision steps from them), and optionally
 * the cadres, their pairings, the visits, the campaign's batches in order, the rectification orders
 * (限期整改) and the industry of each enterprise (for recurring problems).
 *
 * @category Campaign
 */
export interface CampaignData {
  /** The issues: those submitted in the campaign (China local date of `submittedAt`) are its problems; earlier ones count only as the problems that recur. */
  readonly issues: readonly Issue[];
  /** The cadres, placed in the participant groups by kind and level. */
  readonly advisers?: readonly CampaignAdviser[];
  /** The pairings (包联): those active on the report's date count. */
  readonly pairings?: readonly Pairing[];
  /** The visits: those made in the campaign up to the report's date count. */
  readonly visits?: readonly CampaignVisit[];
  /** The campaign's assignment batches, in order (第一批, 第二批, …); other batches found on the problems follow, by first assignment. */
  readonly batches?: readonly Id[];
  /** The rectification orders (限期整改): those made in the campaign up to the report's date count. */
  readonly rectifications?: readonly RectificationOrder[];
  /** The industry of each enterprise (e.g. a GB/T 4754 code), for problems recurring in one industry. */
  readonly industryOf?: Readonly<Record<Id, string>>;
}

/**
 * Options of {@link campaignReport}.
 *
 * @category Campaign
 */
export interface CampaignReportOptions {
  /** The service taxonomy, for the categories' labels and order (e.g. `lishuiProblemKinds`). */
  readonly taxonomy?: ServiceTaxonomy;
  /** The supervision rules (when an overdue problem counts as supervised); `defaultSupervisionPolicy` when omitted. */
  readonly supervisionPolicy?: SupervisionPolicy;
  /** The rules for recurring problems; `defaultRecurrencePolicy` when omitted. */
  readonly recurrencePolicy?: RecurrencePolicy;
}

/**
 * A phase of the campaign and where it stands on the report's date.
 *
 * @category Campaign
 */
export interface CampaignPhaseLine {
  /** The phase. */
  readonly id: Id;
  /** Its name. */
  readonly name: BilingualText;
  /** Its first day. */
  readonly from: CalendarDate;
  /** Its last day. */
  readonly to: CalendarDate;
  /** Completed, in progress or not yet begun. */
  readonly status: CampaignPhaseStatus;
}

/**
 * The participation of one participant group on the report's date: its people, their active
 * pairings and their visits, next to the figures the campaign published for it.
 *
 * @category Campaign
 */
export interface ParticipationLine {
  /** The group. */
  readonly groupId: Id;
  /** Its name. */
  readonly name: BilingualText;
  /** The cadres of the group's kind and level among the data's advisers. */
  readonly people: number;
  /** Those with at least one active pairing. */
  readonly pairedPeople: number;
  /** The distinct enterprises they are paired with. */
  readonly enterprises: number;
  /** The people whose number of paired enterprises lies outside the group's `enterprisesPerPerson` (0 without a rule). */
  readonly outsideRule: number;
  /** The visits in the campaign made by at least one of them. */
  readonly visitsMade: number;
  /** The figures the campaign published for the group. */
  readonly expected: { readonly people: number | null; readonly enterprises: number | null };
  /** The group's pairing rule, or null. */
  readonly enterprisesPerPerson: { readonly min: number; readonly max: number } | null;
}

/**
 * The progress of a set of collected problems (all of them, a batch, or those in no batch): what
 * `batchSummary` counts, plus the problems supervised jointly and those in hand.
 *
 * @category Campaign
 */
export interface ProblemProgress {
  /** The problems. */
  readonly total: number;
  /** Never assigned and not withdrawn (sorted into a batch: 已梳理完毕，准备交办). */
  readonly notYetAssigned: number;
  /** Assigned at least once. */
  readonly assigned: number;
  /** Answered, confirmed or closed (办理及答复). */
  readonly answered: number;
  /** Assigned, and supervised or overdue (督办中). */
  readonly underSupervision: number;
  /** Of those, supervised jointly by two bodies on the current assignment (联合督办). */
  readonly jointlySupervised: number;
  /** Assigned, neither answered, withdrawn nor under supervision (正在办理). */
  readonly inHand: number;
  /** Closed (销号). */
  readonly closed: number;
  /** Withdrawn. */
  readonly withdrawn: number;
}

/**
 * One assignment batch of the campaign (交办批次, 003: 30 / 75 / 15): `batchSummary`'s counts, the
 * problems supervised jointly and in hand, its ordinal, its due date and where it stands.
 *
 * @category Campaign
 */
export interface CampaignBatchLine extends ProblemProgress {
  /** The batch. */
  readonly batchId: Id;
  /** Its place in the campaign: 1 for the first batch (第一批). */
  readonly ordinal: number;
  /** The earliest assignment date among its problems, or null before any is assigned. */
  readonly assignedOn: CalendarDate | null;
  /** The latest deadline among its problems (its due date: 003's "要求7月15日前完成"), or null before assignment. */
  readonly dueOn: CalendarDate | null;
  /** Whether every problem with a deadline has that same deadline. */
  readonly sameDeadline: boolean;
  /** Whether the due date has passed with problems still open. */
  readonly overdue: boolean;
  /** Ready to assign, in hand, or all answered. */
  readonly status: CampaignBatchStatus;
  /** The batch's counts as `batchSummary` (of `qinqing/issue`) gives them, for `batchReport`. */
  readonly summary: BatchSummary;
}

/**
 * The problems of one category: solved on the spot and collected, with the collected ones answered.
 *
 * @category Campaign
 */
export interface CampaignCategoryLine {
  /** The category, or null for problems not classified. */
  readonly categoryId: Id | null;
  /** Its label (from the taxonomy; the id when the taxonomy has none; 未分类 when null). */
  readonly label: BilingualText;
  /** Problems solved on the spot. */
  readonly solvedOnTheSpot: number;
  /** Problems collected. */
  readonly collected: number;
  /** Collected problems answered. */
  readonly answered: number;
}

/**
 * A pair of bodies that supervised problems jointly, and how many problems now under supervision
 * they supervised together.
 *
 * @category Campaign
 */
export interface JointBodies {
  /** The roles of the two bodies (the actor's first). */
  readonly roles: readonly [ActorRole, ActorRole];
  /** The problems. */
  readonly problems: number;
}

/**
 * A rectification order of the campaign and its status on the report's date.
 *
 * @category Campaign
 */
export interface CampaignRectificationLine extends RectificationStatus {
  /** The order's grounds. */
  readonly grounds: RectificationOrder['grounds'];
  /** The problems that showed the failure. */
  readonly issueIds: readonly Id[];
}

/**
 * The rectification orders (限期整改) of the campaign on the report's date.
 *
 * @category Campaign
 */
export interface CampaignRectifications {
  /** The orders made in the campaign up to the report's date. */
  readonly orders: number;
  /** The distinct departments ordered to rectify. */
  readonly departments: number;
  /** Orders still within their limit. */
  readonly ordered: number;
  /** Orders rectified (on time or late). */
  readonly rectified: number;
  /** Of those, rectified after the limit. */
  readonly rectifiedLate: number;
  /** Orders past their limit and not rectified. */
  readonly notRectifiedInTime: number;
  /** Each order: not rectified in time first (most overdue first), then within the limit (earliest due first), then rectified; then by id. */
  readonly lines: readonly CampaignRectificationLine[];
}

/**
 * The problems of the campaign that repeat an earlier one (共性问题年年提, 003).
 *
 * @category Campaign
 */
export interface CampaignRecurrences {
  /** The recurring problems. */
  readonly count: number;
  /** Raised again by the same enterprise. */
  readonly sameEnterprise: number;
  /** Raised again in the same industry. */
  readonly sameIndustry: number;
  /** By category, most first (then by id). */
  readonly byCategory: readonly { readonly categoryId: Id; readonly label: BilingualText; readonly count: number }[];
  /** Each recurrence (`findRecurrences` of `qinqing/issue`), by issue id. */
  readonly lines: readonly Recurrence[];
}

/**
 * A target of the campaign and where it stands.
 *
 * @category Campaign
 */
export interface CampaignTargetLine {
  /** The target. */
  readonly id: Id;
  /** What it says. */
  readonly label: BilingualText;
  /** The measure. */
  readonly measure: CampaignMeasure;
  /** The figure on the report's date. */
  readonly value: number;
  /** The least it asks for, or null. */
  readonly atLeast: number | null;
  /** The most it allows, or null. */
  readonly atMost: number | null;
  /** Its last day (the campaign's last day when it names none). */
  readonly by: CalendarDate;
  /** Met, missed or not yet due. */
  readonly status: CampaignTargetStatus;
}

/**
 * The report of a campaign on a date (活动开展情况汇报), in the order of Lishui's outline (003):
 * the phases, participation, the problems solved on the spot and collected, the batches answered
 * and under supervision, joint supervision, the departments ordered to rectify, the categories of
 * problems, the problems that recur, the targets and the campaign's figures. Plain JSON, in no
 * language: {@link renderCampaignReport} writes it in Chinese or English.
 *
 * @category Campaign
 */
export interface CampaignReport {
  /** The campaign's id. */
  readonly campaignId: Id;
  /** Its name. */
  readonly name: BilingualText;
  /** Where it comes from. */
  readonly source: string;
  /** Its period. */
  readonly period: DateRange;
  /** The date of the report. */
  readonly asOf: CalendarDate;
  /** The days counted: from the campaign's first day to the report's date (or the campaign's last day, when earlier). */
  readonly counted: DateRange;
  /** The phases, in order. */
  readonly phases: readonly CampaignPhaseLine[];
  /** Participation, by participant group in the campaign's order. */
  readonly participation: readonly ParticipationLine[];
  /** Visits made in the campaign, and the enterprises they reached. */
  readonly visits: { readonly visitsMade: number; readonly enterprisesVisited: number };
  /** The problems: solved on the spot, collected, merged into another (counted once, in their parent), and the progress of the collected ones. */
  readonly problems: ProblemProgress & { readonly solvedOnTheSpot: number; readonly collected: number; readonly merged: number; readonly outsideBatches: number };
  /** The batches, in order. */
  readonly batches: readonly CampaignBatchLine[];
  /** The pairs of bodies that supervise problems jointly, most problems first. */
  readonly jointBodies: readonly JointBodies[];
  /** The rectification orders. */
  readonly rectifications: CampaignRectifications;
  /** The categories, most collected first (then most solved on the spot, then the taxonomy's order, then id). */
  readonly categories: readonly CampaignCategoryLine[];
  /** The problems that recur. */
  readonly recurrences: CampaignRecurrences;
  /** The targets, in the campaign's order. */
  readonly targets: readonly CampaignTargetLine[];
  /** The figures the campaign states, in its order. */
  readonly figures: readonly { readonly measure: CampaignMeasure; readonly value: number }[];
  /** Whether a working-day count rests on a provisional year of the calendar (暂定). */
  readonly provisional: boolean;
}

const PARAMS = ['campaign', 'data', 'asOf', 'calendar', 'options'];

/** An error whose path starts at one of the function's parameters, or the same error put under `at`. */
function under(e: DomainError, at: ErrorPath): DomainError {
  const head = e.path?.[0];
  return typeof head === 'string' && PARAMS.includes(head) ? e : movedPaths(e, (p) => [...at, ...p]);
}

const bad = (path: ErrorPath, en: string, zh: string, value?: unknown): Result<never> => err(domainError('INVALID_ARGUMENT', value === undefined ? { en, zh, path } : { en, zh, path, value }));

/** What keeps the arguments from being used, or null. */
function argumentsProblem(campaign: Campaign, data: CampaignData, options: CampaignReportOptions): Result<never> | null {
  const c = checkedOnce(CampaignSchema, campaign);
  if (c !== null) return err(argumentError(c, ['campaign'], { en: 'a valid campaign', zh: '有效的活动' }));
  if (data === null || typeof data !== 'object') return bad(['data'], 'data must be an object { issues, … }.', 'data 应为对象 { issues, … }。');
  if (!Array.isArray(data.issues)) return bad(['data', 'issues'], 'data.issues must be an array of issues.', 'data.issues 应为诉求数组。');
  for (const key of ['advisers', 'pairings', 'visits', 'batches', 'rectifications'] as const) {
    if (data[key] !== undefined && !Array.isArray(data[key])) return bad(['data', key], `data.${key} must be an array when given.`, `data.${key} 如提供，应为数组。`);
  }
  if (data.industryOf !== undefined && (data.industryOf === null || typeof data.industryOf !== 'object')) return bad(['data', 'industryOf'], 'data.industryOf must be an object of industries by enterprise id.', 'data.industryOf 应为按企业编号列出行业的对象。');
  if (options === null || typeof options !== 'object') return bad(['options'], 'options must be an object.', 'options 应为对象。');
  const checks: readonly [keyof CampaignReportOptions, Parameters<typeof checkedOnce>[0], { en: string; zh: string }][] = [
    ['taxonomy', ServiceTaxonomySchema, { en: 'a valid service taxonomy', zh: '有效的问题分类' }],
    ['supervisionPolicy', SupervisionPolicySchema, { en: 'a valid supervision policy', zh: '有效的督办规则' }],
    ['recurrencePolicy', RecurrencePolicySchema, { en: 'a valid recurrence policy', zh: '有效的反复问题规则' }],
  ];
  for (const [key, schema, what] of checks) {
    if (options[key] === undefined) continue;
    const p = checkedOnce(schema, options[key]);
    if (p !== null) return err(argumentError(p, ['options', key], what));
  }
  return null;
}

/** Whether an issue was ever assigned: its history holds an `assign`, or it has an assignment date. */
const everAssigned = (issue: Issue): boolean => issue.assignedOn !== null || issue.history.some((e) => e?.type === 'assign');

/** One collected problem as the counts see it. */
interface Collected {
  readonly issue: Issue;
  readonly assigned: boolean;
  readonly supervised: boolean;
  readonly joint: readonly [ActorRole, ActorRole] | null;
}

/** The counts of a set of collected problems. */
function progressOf(list: readonly Collected[]): ProblemProgress {
  let notYetAssigned = 0;
  let assigned = 0;
  let answered = 0;
  let underSupervision = 0;
  let jointlySupervised = 0;
  let inHand = 0;
  let closed = 0;
  let withdrawn = 0;
  for (const c of list) {
    const state = c.issue.state;
    const isAnswered = answeredStates.has(state);
    if (c.assigned) assigned++;
    else if (state !== 'withdrawn') notYetAssigned++;
    if (isAnswered) answered++;
    if (state === 'closed') closed++;
    if (state === 'withdrawn') withdrawn++;
    if (c.supervised) {
      underSupervision++;
      if (c.joint !== null) jointlySupervised++;
    } else if (c.assigned && !isAnswered && state !== 'withdrawn') inHand++;
  }
  return { total: list.length, notYetAssigned, assigned, answered, underSupervision, jointlySupervised, inHand, closed, withdrawn };
}

const UNCLASSIFIED: BilingualText = { zh: '未分类', en: 'Not classified' };

/**
 * Draws up the report of a campaign on a date from the app's data (活动开展情况汇报), in the order of
 * Lishui's outline (003), so that an office gets its quarterly report from its records:
 *
 * - **phases**: each completed, in progress or not yet begun;
 * - **participation**: per participant group, the app's cadres of its kind and level, those with an
 *   active pairing on `asOf` (包联, `isPairingActive`), the enterprises they are paired with, the
 *   people whose number of enterprises breaks the group's rule, their visits — next to the
 *   figures the campaign published (426 ↔ 426; 750 ↔ 1,115);
 * - **problems**: the issues submitted from the campaign's first day to `asOf` (China local date).
 *   A problem **solved on the spot** (当场解决, 003: 90) was served directly (`serve`: it has a ledger
 *   entry) and never assigned; every other is **collected** (征集, 003: 120) — an issue merged into
 *   another counts once, in its parent. Of the collected: assigned, answered (answered, confirmed or
 *   closed), **under supervision** (assigned and supervised, or red on the slip at `asOf`: as
 *   `batchSummary`), **jointly supervised** (联合督办: of those, a `supervise` step with a second
 *   body on the current assignment, see `supervisionSteps`), in hand, not yet assigned, closed,
 *   withdrawn;
 * - **batches** (交办批次): `data.batches` in order, then other batches found on the collected
 *   problems by first assignment date; per batch `batchSummary`'s counts (003: 30 assigned, 23
 *   answered, 7 under supervision), the jointly supervised and in hand, its due date (the latest
 *   deadline: "75 due 15 July") and status (ready to assign: "15 sorted, ready"; in hand; all answered);
 * - **joint bodies**: the pairs of roles that supervise jointly (效能办 + 领导小组办公室);
 * - **rectification** (限期整改): the orders made from the campaign's first day to `asOf`, each with
 *   `rectificationStatus`; the departments; ordered, rectified (late), not rectified in time;
 * - **categories**: per category (taxonomy labels), solved on the spot, collected and answered;
 * - **recurrences**: the campaign's problems that repeat an earlier problem, found with
 *   `findRecurrences` over **all** the data's issues (earlier years included: "年年提");
 * - **targets** and **figures**: the campaign's measures ({@link CampaignMeasure}) on `asOf`.
 *
 * Never throws and never changes its arguments. O(n log n) in the data.
 *
 * @param campaign - The campaign (e.g. {@link lishuiServiceYear}).
 * @param data - The app's data: issues, and optionally advisers, pairings, visits, batches, rectification orders, industries.
 * @param asOf - The local date of the report `YYYY-MM-DD`.
 * @param calendar - The working-day calendar (supervision and rectification limits), e.g. `chinaCalendar`.
 * @param options - The taxonomy, the supervision and recurrence policies.
 * @returns The report, or: `INVALID_INPUT` / `INVALID_ARGUMENT` under `campaign`, `data` or `options`
 *   for arguments that cannot be used; `DUPLICATE_ID` at `['data', 'issues', k, 'id']` for an issue
 *   given twice; `INVALID_INSTANT` / `INVALID_DATE` for an unreadable date in the data (its path);
 *   a calendar error (`INVALID_DATE`, `CALENDAR_YEAR_NOT_COVERED`) at `asOf` or at the data it was read from.
 * @example
 * ```ts
 * const r = campaignReport(lishuiServiceYear, lishuiData, '2010-06-30', chinaCalendar, { taxonomy: lishuiProblemKinds });
 * r.ok && [r.value.problems.solvedOnTheSpot, r.value.problems.collected]; // [90, 120]
 * r.ok && r.value.batches.map((b) => [b.total, b.answered, b.underSupervision, b.dueOn, b.status]);
 * // [[30, 23, 7, '2010-06-13', 'inHand'], [75, 0, 0, '2010-07-15', 'inHand'], [15, 0, 0, null, 'readyToAssign']]
 * ```
 * @category Campaign
 */
export function campaignReport(campaign: Campaign, data: CampaignData, asOf: CalendarDate, calendar: WorkCalendar, options: CampaignReportOptions = {}): Result<CampaignReport> {
  const badDate = asOfError(asOf, calendar);
  if (badDate !== null) return badDate;
  const problem = argumentsProblem(campaign, data, options);
  if (problem !== null) return problem;
  const supervisionPolicy = options.supervisionPolicy ?? defaultSupervisionPolicy;
  const recurrencePolicy = options.recurrencePolicy ?? defaultRecurrencePolicy;
  const taxonomy = options.taxonomy;
  const start = campaign.period.from;
  const end = asOf < campaign.period.to ? asOf : campaign.period.to;
  const inCampaign = (day: CalendarDate): boolean => start <= day && day <= end;
  let provisional = false;

  // Phases.
  const phases: CampaignPhaseLine[] = campaign.phases.map((p) => ({
    id: p.id,
    name: p.name,
    from: p.from,
    to: p.to,
    status: asOf > p.to ? 'completed' : asOf >= p.from ? 'inProgress' : 'upcoming',
  }));

  // Problems.
  const seen = new Set<Id>();
  const inScope = new Set<Id>();
  const collected: Collected[] = [];
  let solvedOnTheSpot = 0;
  let merged = 0;
  const categoryCounts = new Map<Id | null, { spot: number; collected: number; answered: number }>();
  const countCategory = (id: Id | null): { spot: number; collected: number; answered: number } => {
    let c = categoryCounts.get(id);
    if (c === undefined) categoryCounts.set(id, (c = { spot: 0, collected: 0, answered: 0 }));
    return c;
  };
  for (let k = 0; k < data.issues.length; k++) {
    const issue = data.issues[k] as Issue;
    if (issue === null || typeof issue !== 'object' || typeof issue.id !== 'string') {
      return bad(['data', 'issues', k], `data.issues[${k}] is not an issue with an id.`, `data.issues[${k}] 不是带编号的诉求。`);
    }
    if (seen.has(issue.id)) {
      return err(domainError('DUPLICATE_ID', { en: `The issue "${issue.id}" appears twice in data.issues.`, zh: `诉求“${issue.id}”在 data.issues 中重复出现。`, path: ['data', 'issues', k, 'id'], value: issue.id }));
    }
    seen.add(issue.id);
    const day = localDay(issue.submittedAt, 480);
    if (!day.ok) return err({ ...day.error, path: ['data', 'issues', k, 'submittedAt'] });
    if (!inCampaign(day.value)) continue;
    inScope.add(issue.id);
    if (issue.state === 'merged' || (issue.mergedInto !== null && issue.mergedInto !== undefined)) {
      merged++;
      continue;
    }
    const assigned = everAssigned(issue);
    if (issue.ledgerEntry !== null && !assigned) {
      solvedOnTheSpot++;
      countCategory(issue.categoryId).spot++;
      continue;
    }
    const supervision = underSupervisionAt(issue, asOf, calendar, supervisionPolicy);
    if (!supervision.ok) return err(under(supervision.error, ['data', 'issues', k]));
    if (supervision.value.provisional) provisional = true;
    const supervised = supervision.value.supervised;
    let joint: readonly [ActorRole, ActorRole] | null = null;
    if (supervised) {
      const steps = supervisionSteps(issue);
      for (let s = steps.length - 1; s >= 0 && joint === null; s--) {
        const step = steps[s];
        if (step?.jointWith != null) joint = [step.by.role, step.jointWith.role];
      }
    }
    collected.push({ issue, assigned, supervised, joint });
    const cat = countCategory(issue.categoryId);
    cat.collected++;
    if (answeredStates.has(issue.state)) cat.answered++;
  }
  const overall = progressOf(collected);

  // Batches: grouped once, each counted by batchSummary.
  const byBatch = new Map<Id, Collected[]>();
  let outsideBatches = 0;
  for (const c of collected) {
    const b = c.issue.batchId;
    if (typeof b !== 'string') {
      outsideBatches++;
      continue;
    }
    let list = byBatch.get(b);
    if (list === undefined) byBatch.set(b, (list = []));
    list.push(c);
  }
  const firstAssigned = (list: readonly Collected[]): CalendarDate | null => {
    let first: CalendarDate | null = null;
    for (const c of list) {
      const on = c.issue.assignedOn ?? assignedOnFromHistory(c.issue);
      if (on !== null && (first === null || on < first)) first = on;
    }
    return first;
  };
  const listed = (data.batches ?? []).filter((b, i, all) => typeof b === 'string' && all.indexOf(b) === i);
  const others = [...byBatch.keys()].filter((b) => !listed.includes(b)).map((b) => ({ b, on: firstAssigned(byBatch.get(b) ?? []) }));
  others.sort((x, y) => (x.on === y.on ? 0 : x.on === null ? 1 : y.on === null ? -1 : byCodeUnit(x.on, y.on)) || byCodeUnit(x.b, y.b));
  const order = [...listed, ...others.map((o) => o.b)];
  const batches: CampaignBatchLine[] = [];
  for (const batchId of order) {
    const list = byBatch.get(batchId) ?? [];
    const summary = batchSummary(list.map((c) => c.issue), batchId, asOf, calendar, supervisionPolicy);
    if (!summary.ok) return err(under(summary.error, ['data', 'issues']));
    const p = progressOf(list);
    let dueOn: CalendarDate | null = null;
    const deadlines = new Set<CalendarDate>();
    for (const c of list) {
      const d = c.issue.deadline;
      if (typeof d !== 'string') continue;
      deadlines.add(d);
      if (dueOn === null || d > dueOn) dueOn = d;
    }
    const open = p.inHand + p.underSupervision;
    const status: CampaignBatchStatus = summary.value.assigned === 0 && (p.total === 0 || p.total > p.withdrawn) ? 'readyToAssign' : p.total - p.answered - p.withdrawn <= 0 ? 'allAnswered' : 'inHand';
    batches.push({
      batchId,
      ordinal: batches.length + 1,
      ...p,
      // batchSummary's counts, as the issue module defines them.
      total: summary.value.total,
      notYetAssigned: summary.value.notYetAssigned,
      assigned: summary.value.assigned,
      answered: summary.value.answered,
      underSupervision: summary.value.underSupervision,
      closed: summary.value.closed,
      withdrawn: summary.value.withdrawn,
      assignedOn: firstAssigned(list),
      dueOn,
      sameDeadline: deadlines.size <= 1,
      overdue: dueOn !== null && asOf > dueOn && open > 0,
      status,
      summary: summary.value,
    });
  }

  // Joint bodies.
  const pairs = new Map<string, { roles: readonly [ActorRole, ActorRole]; problems: number }>();
  for (const c of collected) {
    if (c.joint === null) continue;
    const key = c.joint.join('+');
    const entry = pairs.get(key);
    if (entry === undefined) pairs.set(key, { roles: c.joint, problems: 1 });
    else entry.problems++;
  }
  const jointBodies = [...pairs.values()].sort((a, b) => b.problems - a.problems || byCodeUnit(a.roles.join('+'), b.roles.join('+')));

  // Participation.
  const advisers = data.advisers ?? [];
  const pairings = (data.pairings ?? []).filter((p) => p !== null && typeof p === 'object' && isPairingActive(p, asOf));
  const visits: CampaignVisit[] = [];
  const visitsIn = data.visits ?? [];
  for (let k = 0; k < visitsIn.length; k++) {
    const v = visitsIn[k] as CampaignVisit;
    const d = readDay(v?.date, `data.visits.${k}.date`);
    if (!d.ok) return err({ ...d.error, path: ['data', 'visits', k, 'date'] });
    if (inCampaign(v.date)) visits.push(v);
  }
  const enterprisesOf = new Map<Id, Set<Id>>();
  for (const p of pairings) {
    if (typeof p.enterpriseId !== 'string') continue;
    let set = enterprisesOf.get(p.adviserId);
    if (set === undefined) enterprisesOf.set(p.adviserId, (set = new Set()));
    set.add(p.enterpriseId);
  }
  const everyone = new Set<Id>();
  const everyEnterprise = new Set<Id>();
  const participation: ParticipationLine[] = campaign.participants.map((g) => {
    const members = new Set<Id>();
    for (const a of advisers) if (a !== null && typeof a === 'object' && a.kind === g.kind && (g.level === null || a.level === g.level)) members.add(a.id);
    let pairedPeople = 0;
    let outsideRule = 0;
    const enterprises = new Set<Id>();
    for (const id of members) {
      everyone.add(id);
      const mine = enterprisesOf.get(id);
      const n = mine?.size ?? 0;
      if (n > 0) pairedPeople++;
      if (g.enterprisesPerPerson !== null && (n < g.enterprisesPerPerson.min || n > g.enterprisesPerPerson.max)) outsideRule++;
      for (const e of mine ?? []) {
        enterprises.add(e);
        everyEnterprise.add(e);
      }
    }
    const visitsMade = visits.filter((v) => Array.isArray(v.visitorIds) && v.visitorIds.some((id) => members.has(id))).length;
    return { groupId: g.id, name: g.name, people: members.size, pairedPeople, enterprises: enterprises.size, outsideRule, visitsMade, expected: g.expected, enterprisesPerPerson: g.enterprisesPerPerson };
  });
  const enterprisesVisited = new Set(visits.map((v) => v.enterpriseId).filter((e): e is Id => typeof e === 'string')).size;

  // Rectification orders.
  const lines: CampaignRectificationLine[] = [];
  const orders = data.rectifications ?? [];
  for (let k = 0; k < orders.length; k++) {
    const order = orders[k] as RectificationOrder;
    const s = rectificationStatus(order, asOf, calendar);
    if (!s.ok) return err(movedPaths(s.error, (p) => (p[0] === 'order' ? ['data', 'rectifications', k, ...p.slice(1)] : p)));
    if (s.value === null || s.value.orderedOn < start) continue;
    if (s.value.provisional) provisional = true;
    lines.push({ ...s.value, grounds: order.grounds, issueIds: order.issueIds });
  }
  const rank = { notRectifiedInTime: 0, ordered: 1, rectified: 2 } as const;
  lines.sort((a, b) => rank[a.state] - rank[b.state] || (a.state === 'notRectifiedInTime' ? b.overdueWorkingDays - a.overdueWorkingDays : 0) || byCodeUnit(a.dueOn, b.dueOn) || byCodeUnit(a.orderId, b.orderId));
  const rectifications: CampaignRectifications = {
    orders: lines.length,
    departments: new Set(lines.map((l) => l.departmentId)).size,
    ordered: lines.filter((l) => l.state === 'ordered').length,
    rectified: lines.filter((l) => l.state === 'rectified').length,
    rectifiedLate: lines.filter((l) => l.state === 'rectified' && l.onTime === false).length,
    notRectifiedInTime: lines.filter((l) => l.state === 'notRectifiedInTime').length,
    lines,
  };

  // Categories.
  const labelOf = (id: Id | null): BilingualText => {
    if (id === null) return UNCLASSIFIED;
    return taxonomy?.categories.find((c) => c.id === id)?.label ?? { zh: id, en: id };
  };
  const taxonomyOrder = new Map((taxonomy?.categories ?? []).map((c, i) => [c.id, i]));
  const place = (id: Id | null): number => (id === null ? Infinity : taxonomyOrder.get(id) ?? taxonomyOrder.size);
  const categories: CampaignCategoryLine[] = [...categoryCounts.entries()]
    .map(([categoryId, c]) => ({ categoryId, label: labelOf(categoryId), solvedOnTheSpot: c.spot, collected: c.collected, answered: c.answered }))
    .sort((a, b) => b.collected - a.collected || b.solvedOnTheSpot - a.solvedOnTheSpot || place(a.categoryId) - place(b.categoryId) || byCodeUnit(a.categoryId ?? '', b.categoryId ?? ''));

  // Recurring problems: the campaign's, against all the data's issues.
  const found = findRecurrences(data.issues, data.industryOf ?? {}, recurrencePolicy).filter((r) => inScope.has(r.issueId));
  const byCategory = new Map<Id, number>();
  for (const r of found) byCategory.set(r.categoryId, (byCategory.get(r.categoryId) ?? 0) + 1);
  const recurrences: CampaignRecurrences = {
    count: found.length,
    sameEnterprise: found.filter((r) => r.basis === 'sameEnterprise').length,
    sameIndustry: found.filter((r) => r.basis === 'sameIndustry').length,
    byCategory: [...byCategory.entries()].map(([categoryId, count]) => ({ categoryId, label: labelOf(categoryId), count })).sort((a, b) => b.count - a.count || byCodeUnit(a.categoryId, b.categoryId)),
    lines: found,
  };

  // Figures and targets.
  const values: { readonly [M in CampaignMeasure]: number } = {
    participants: everyone.size,
    enterprisesPaired: everyEnterprise.size,
    visitsMade: visits.length,
    enterprisesVisited,
    solvedOnTheSpot,
    problemsCollected: collected.length,
    problemsAssigned: overall.assigned,
    problemsAnswered: overall.answered,
    underSupervision: overall.underSupervision,
    jointlySupervised: overall.jointlySupervised,
    awaitingAssignment: collected.filter((c) => !c.assigned && typeof c.issue.batchId === 'string' && c.issue.state !== 'withdrawn' && !answeredStates.has(c.issue.state)).length,
    unanswered: collected.length - overall.answered - overall.withdrawn,
    recurringProblems: found.length,
    departmentsOrderedToRectify: rectifications.departments,
    rectificationsOverdue: rectifications.notRectifiedInTime,
  };
  const targets: CampaignTargetLine[] = campaign.targets.map((t) => {
    const value = values[t.measure];
    const met = (t.atLeast === undefined || value >= t.atLeast) && (t.atMost === undefined || value <= t.atMost);
    const by = t.by ?? campaign.period.to;
    return { id: t.id, label: t.label, measure: t.measure, value, atLeast: t.atLeast ?? null, atMost: t.atMost ?? null, by, status: met ? 'met' : asOf > by ? 'missed' : 'notYetDue' };
  });

  return ok({
    campaignId: campaign.id,
    name: campaign.name,
    source: campaign.source,
    period: { from: campaign.period.from, to: campaign.period.to },
    asOf,
    counted: { from: start, to: end },
    phases,
    participation,
    visits: { visitsMade: visits.length, enterprisesVisited },
    problems: { ...overall, solvedOnTheSpot, collected: collected.length, merged, outsideBatches },
    batches,
    jointBodies,
    rectifications,
    categories,
    recurrences,
    targets,
    figures: campaign.figures.map((measure) => ({ measure, value: values[measure] })),
    provisional,
  });
}

/** The local date of an issue's last `assign` event, when its assignment date was cleared since (a return). */
function assignedOnFromHistory(issue: Issue): CalendarDate | null {
  for (let k = issue.history.length - 1; k >= 0; k--) {
    const e = issue.history[k];
    if (e?.type !== 'assign') continue;
    const day = localDay(e.at, 480);
    return day.ok ? day.value : null;
  }
  return null;
}
