import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate } from '../core/schema.js';
import { readDay, readPeriod } from '../internal/args.js';
import type { Pairing } from '../pairing/schema.js';
import { cadencePolicyProblem, pairingDatesProblem } from './checks.js';
import { defaultVisitCadence } from './defaults.js';
import { runVisitEngine, type EngineRequest } from './engine.js';
import type { VisitCadenceRole } from './enums.js';
import type { VisitPeriod } from './period.js';
import type { VisitPlanLine } from './plan.js';
import type { VisitCadencePolicy } from './policy.js';
import type { Visit } from './schema.js';

/**
 * Visits owed and made, and the rate.
 *
 * @category Visit
 */
export interface VisitCounts {
  /** Visits owed: the rule's `atLeast` for each period due in the window. */
  readonly due: number;
  /** Owed visits made: for each such period, the counted visits made in it, at most `atLeast`. */
  readonly done: number;
  /** `done / due`, in [0, 1]; null when nothing was due (`due` is 0). */
  readonly rate: number | null;
}

/**
 * Visits owed and made by one adviser, department or grid.
 *
 * @category Visit
 */
export interface VisitComplianceLine extends VisitCounts {
  /** The adviser, department or grid id. */
  readonly id: string;
}

/**
 * The result of {@link visitCompliance}.
 *
 * @category Visit
 */
export interface VisitCompliance {
  /** The window asked about. */
  readonly period: VisitPeriod;
  /** All pairings together. */
  readonly total: VisitCounts;
  /** Per adviser with a pairing in the window, sorted by id (a line with `due` 0 has rate null). */
  readonly byAdviser: readonly VisitComplianceLine[];
  /** Per department of those advisers (by `departmentOf`), sorted by id. */
  readonly byDepartment: readonly VisitComplianceLine[];
  /** Per grid of the paired enterprises (by `gridOf`), sorted by id. */
  readonly byGrid: readonly VisitComplianceLine[];
}

/**
 * Options of {@link visitCompliance}.
 *
 * @category Visit
 */
export interface VisitComplianceOptions {
  /** The cadence policy; {@link defaultVisitCadence} by default. */
  readonly policy?: VisitCadencePolicy;
  /** The cadence role of each adviser; `'pairedAdviser'` when not listed (see {@link VisitPlanOptions}). */
  readonly roleOf?: Readonly<Record<string, VisitCadenceRole>>;
  /** The department of each adviser; advisers not listed count in no department line. */
  readonly departmentOf?: Readonly<Record<string, string>>;
  /** The visit grid of each enterprise; enterprises not listed, and parks, count in no grid line. */
  readonly gridOf?: Readonly<Record<string, string>>;
}

/**
 * Visit compliance over a window, per adviser, per department and per grid: how many visits the
 * pairings owed under the cadence policy and how many of those were made.
 *
 * Each pairing owes its rule's `atLeast` counted visits for every calendar period (month, quarter,
 * half year or year, see {@link visitPlan}) it is active in; that obligation is **due** on the
 * period's last day, or on the pairing's last day if earlier, and it belongs to the window when that
 * due day lies in the window. Its visits are the counted visits of the calendar period while the
 * pairing lasted — also those made before the window starts, when the period begins before it.
 * `done` adds, per obligation, the visits made up to `atLeast` (extra visits in one period make up
 * for no other). So `due` and `done` add up exactly over adjacent windows; `rate = done / due` is in
 * [0, 1], and null when `due` is 0: an adviser, department or grid that owed nothing is not rated.
 * Visits to a household, village or grassroots organisation (`target`, Part 14) are not counted:
 * pairings bind enterprises and parks.
 *
 * One pass over the visits, each looked up once by enterprise (or park) among the pairings, with no
 * allocation per visit of one visitor; the counts of every (pairing, period) share one typed array,
 * and no map or array is made per enterprise. {@link visitReport} gives the plan and compliance in
 * the same pass.
 *
 * Time O(p + v·k) for p pairings and v visits of at most k visitors each (plus the lines' sort): a
 * visit looks up its visitors' pairings with its enterprise or park — among at most 8 pairings there,
 * or by adviser where more share it — not every pairing of a target many advisers share (before
 * Part 11: visits × pairings of the target).
 *
 * @param pairings - The pairings; those not active on any day of the window's periods owe nothing.
 * @param visits - The visit records (any order).
 * @param period - The window, both ends included.
 * @param options - The policy, the advisers' roles, and the department of each adviser and grid of each enterprise.
 * @returns The window, the totals, and the lines per adviser, department and grid; or
 *   `INVALID_DATE` (path `['period', 'from']` or `['period', 'to']`) or `INVALID_ARGUMENT` (path
 *   `['period']`: not an object, or ends reversed) for a bad window, `INVALID_DATE` (path
 *   `['pairings', i, 'since']` or `'until'`) for a pairing date that is not real, `INVALID_INPUT`
 *   (path `['options', 'policy', 'rules', j, 'unit']` or `'atLeast'`) for a rule with an unknown
 *   unit or a count that is not a whole number ≥ 1.
 * @example
 * ```ts
 * const pairing = { id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-01', until: null, selection: 'appointed' } as const;
 * const visit = parse(VisitSchema, { id: 'v1', date: '2026-01-15', visitorIds: ['a1'], departmentIds: ['d1'], enterpriseId: 'e1',
 *   parkId: null, mode: 'onSite', purpose: '月度走访', findings: '' });
 * const c = unwrap(visitCompliance([pairing], [visit], { from: '2026-01-01', to: '2026-03-31' }, { departmentOf: { a1: 'd1' } }));
 * c.byDepartment; // [{ id: 'd1', due: 3, done: 1, rate: 0.3333333333333333 }]
 * visitCompliance([pairing], [visit], { from: '2026-03-31', to: '2026-01-01' }); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['period'], … } }
 * ```
 * @category Visit
 */
export function visitCompliance(
  pairings: readonly Pairing[],
  visits: readonly Visit[],
  period: VisitPeriod,
  options: VisitComplianceOptions = {},
): Result<VisitCompliance> {
  const request = complianceRequest(pairings, visits, period, options, null);
  if (!request.ok) return request;
  return ok(runVisitEngine(request.value).compliance as VisitCompliance);
}

/**
 * The engine's request for the compliance of `period` (and the plan, when `plan` is given), or the
 * first problem with the period, the cadence policy or the pairings' dates.
 */
function complianceRequest(
  pairings: readonly Pairing[],
  visits: readonly Visit[],
  period: VisitPeriod,
  options: VisitComplianceOptions,
  plan: EngineRequest['plan'],
): Result<EngineRequest> {
  const days = readPeriod(period, 'period');
  if (!days.ok) return days;
  const policy = options.policy ?? defaultVisitCadence;
  const problem = cadencePolicyProblem(policy, ['options', 'policy']) ?? pairingDatesProblem(pairings);
  if (problem !== null) return err(problem);
  const [from, to] = days.value;
  return ok({
    pairings,
    visits,
    policy,
    roleOf: options.roleOf,
    departmentOf: options.departmentOf,
    gridOf: options.gridOf,
    plan,
    window: { period, from, to },
  });
}

/**
 * The plan and compliance together; see {@link visitReport}.
 *
 * @category Visit
 */
export interface VisitReport {
  /** The plan at the date; see {@link visitPlan}. */
  readonly plan: readonly VisitPlanLine[];
  /** Compliance over the window; see {@link visitCompliance}. */
  readonly compliance: VisitCompliance;
}

/**
 * The visit plan at a date and visit compliance over a window in one pass over the visits: the
 * same results as {@link visitPlan} and {@link visitCompliance}, at the cost of one lookup per
 * visit instead of two. For a province's year (100,000 enterprises, 1.2 million visits) this is the
 * call to make.
 *
 * Time O(p + v·k) for p pairings and v visits of at most k visitors each (plus the lines' sort): a
 * visit looks up its visitors' pairings with its enterprise or park, not every pairing of a target
 * many advisers share (before Part 11: visits × pairings of the target).
 *
 * @param pairings - The pairings.
 * @param visits - The visit records (any order).
 * @param asOf - The date of the plan, `YYYY-MM-DD`.
 * @param period - The compliance window, both ends included.
 * @param options - The policy, the advisers' roles, departments and the enterprises' grids.
 * @returns The plan and the compliance; or the errors of {@link visitPlan} and
 *   {@link visitCompliance}: `INVALID_DATE` (path `['asOf']`, `['period', 'from']`, `['period', 'to']`
 *   or `['pairings', i, 'since']`), `INVALID_ARGUMENT` (path `['period']`) or `INVALID_INPUT` (path
 *   `['options', 'policy', 'rules', j, …]`).
 * @example
 * ```ts
 * const pairing = { id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-01', until: null, selection: 'appointed' } as const;
 * const r = unwrap(visitReport([pairing], [], '2026-03-20', { from: '2026-01-01', to: '2026-02-28' }));
 * [r.plan[0]?.status, r.compliance.total.due]; // ['overdue', 2]
 * visitReport([pairing], [], '2026-03-20', { from: '2026-01-01', to: '2026-02-30' }).ok; // false: no 30 February
 * ```
 * @category Visit
 */
export function visitReport(
  pairings: readonly Pairing[],
  visits: readonly Visit[],
  asOf: CalendarDate,
  period: VisitPeriod,
  options: VisitComplianceOptions = {},
): Result<VisitReport> {
  const day = readDay(asOf, 'asOf');
  if (!day.ok) return day;
  const request = complianceRequest(pairings, visits, period, options, { asOf, day: day.value });
  if (!request.ok) return request;
  const r = runVisitEngine(request.value);
  return ok({ plan: r.plan, compliance: r.compliance as VisitCompliance });
}
