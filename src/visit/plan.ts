import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { fromDayNumber, toDayNumber } from '../internal/days.js';
import type { Pairing } from '../pairing/schema.js';
import { defaultVisitCadence } from './defaults.js';
import { periodsAt, ruleFor, runVisitEngine, statusOf, type Periods } from './engine.js';
import type { VisitCadenceRole, VisitPeriodUnit, VisitStatus } from './enums.js';
import { cadencePolicyProblem, pairingDatesProblem, readDayAt } from './checks.js';
import { modeBit, modeMask, type VisitPeriod } from './period.js';
import type { VisitCadencePolicy, VisitCadenceRule } from './policy.js';
import type { Visit } from './schema.js';

/**
 * The previous calendar period of a cadence line: whether its visits were owed and made.
 *
 * @category Visit
 */
export interface PreviousPeriod {
  /** The previous calendar period. */
  readonly period: VisitPeriod;
  /** The counted visits made in it (while the pairing or role lasted). */
  readonly visits: number;
  /** Whether they reached the rule's `atLeast`. */
  readonly met: boolean;
}

/**
 * Where a cadence line stands at a date: the rule that binds it and its current and previous
 * calendar periods. Shared by {@link VisitPlanLine} and {@link PersonCadenceLine}.
 *
 * @category Visit
 */
export interface CadenceStanding {
  /** The cadence rule that applies. */
  readonly ruleId: string;
  /** The rule's period unit. */
  readonly unit: VisitPeriodUnit;
  /** Visits required in each period (the rule's `atLeast`). */
  readonly required: number;
  /** The current calendar period (the one holding the date). */
  readonly period: VisitPeriod;
  /** Counted visits made so far in the current period, up to and including the date. */
  readonly visitsInPeriod: number;
  /** The last counted visit on or before the date since the pairing (or the role) began, or null. */
  readonly lastVisit: CalendarDate | null;
  /** The day by which the current period's visits are due: its last day, or the pairing's end if earlier. */
  readonly dueDate: CalendarDate;
  /** `'done'`, `'due'` or `'overdue'`; see {@link visitPlan}. */
  readonly status: VisitStatus;
  /** The previous calendar period, or null when the pairing (or the role) began after it. */
  readonly previousPeriod: PreviousPeriod | null;
}

/**
 * One line of a visit plan: a pairing active at the date, the rule that binds it, and where it
 * stands in the current calendar period.
 *
 * @category Visit
 */
export interface VisitPlanLine extends CadenceStanding {
  /** The pairing. */
  readonly pairingId: string;
  /** The paired adviser or cadre. */
  readonly adviserId: string;
  /** The paired enterprise, or null for a park. */
  readonly enterpriseId: string | null;
  /** The paired park, or null for an enterprise. */
  readonly parkId: string | null;
}

/**
 * Options of {@link visitPlan} and {@link visitCompliance}.
 *
 * @category Visit
 */
export interface VisitPlanOptions {
  /**
   * The cadence role of each adviser (own keys only); `'pairedAdviser'` for an adviser not listed.
   * A pairing follows the policy's rule for its adviser's role over the `'pairedEnterprise'` scope;
   * a role without such a rule owes nothing.
   */
  readonly roleOf?: Readonly<Record<string, VisitCadenceRole>>;
}

/**
 * The visit plan at a date: for every pairing active on that date (since ≤ date ≤ until), the
 * cadence rule that binds it (by default Xingtai's: each paired enterprise or park at least once a
 * calendar month, on site, 000), and its status in the current period.
 *
 * Periods are calendar periods of the rule's unit: calendar months, quarters (Jan–Mar, Apr–Jun,
 * Jul–Sep, Oct–Dec), half years (Jan–Jun, Jul–Dec) or years. A visit counts for a pairing when the
 * adviser is one of its visitors, it went to the paired enterprise (or park), its mode is one the
 * rule counts, and its date lies between the pairing's start and the plan's date; visits after the
 * date are ignored; visits to a household, village or grassroots organisation (`target`, Part 14)
 * never count, since pairings bind enterprises and parks. A pairing owes `atLeast` counted visits in every period it is active on any day
 * of — also the period in which it begins — due by the period's last day (or the pairing's last
 * day, if earlier). The status is:
 *
 * - `'done'`: the current period's visits are made;
 * - `'overdue'`: they are not, and the previous period's were owed and missed;
 * - `'due'`: they are not, but nothing was missed before (or the pairing began this period).
 *
 * One pass over the visits: they are looked up by enterprise (or park) among the active pairings,
 * with no allocation per visit. {@link visitReport} gives the plan and compliance in the same pass.
 *
 * Time O(p + v·k) for p pairings and v visits of at most k visitors each (plus the lines' sort): a
 * visit looks up its visitors' pairings with its enterprise or park, not every pairing of a target
 * many advisers share (before Part 11: visits × pairings of the target).
 *
 * @param pairings - The pairings; those not active on `asOf` are left out.
 * @param visits - The visit records (any order).
 * @param asOf - The date of the plan, `YYYY-MM-DD`.
 * @param policy - The cadence policy; {@link defaultVisitCadence} by default.
 * @param options - The advisers' cadence roles (default: all `'pairedAdviser'`).
 * @returns One line per active pairing whose role has a rule, in the pairings' order; or
 *   `INVALID_DATE` when `asOf` (path `['asOf']`) or a pairing's `since` or `until` (path
 *   `['pairings', i, 'since']`) is not a real date, `INVALID_INPUT` (path `['policy', 'rules', j, 'unit']`
 *   or `'atLeast'`) for a rule with an unknown unit or a count that is not a whole number ≥ 1.
 * @example
 * ```ts
 * const pairing = { id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-01', until: null, selection: 'appointed' } as const;
 * const visit = parse(VisitSchema, { id: 'v1', date: '2026-03-04', visitorIds: ['a1'], departmentIds: ['d1'], enterpriseId: 'e1',
 *   parkId: null, mode: 'onSite', purpose: '月度走访', findings: '' });
 * unwrap(visitPlan([pairing], [visit], '2026-03-20'))[0]?.status; // 'done'
 * unwrap(visitPlan([pairing], [visit], '2026-04-20'))[0]?.status; // 'due' (dueDate '2026-04-30')
 * unwrap(visitPlan([pairing], [visit], '2026-05-20'))[0]?.status; // 'overdue' (April was missed)
 * visitPlan([pairing], [visit], '2026-5-20'); // { ok: false, error: { code: 'INVALID_DATE', path: ['asOf'], … } }
 * ```
 * @category Visit
 */
export function visitPlan(
  pairings: readonly Pairing[],
  visits: readonly Visit[],
  asOf: CalendarDate,
  policy: VisitCadencePolicy = defaultVisitCadence,
  options: VisitPlanOptions = {},
): Result<readonly VisitPlanLine[]> {
  const day = readDay(asOf, 'asOf');
  if (!day.ok) return day;
  const problem = cadencePolicyProblem(policy, ['policy']) ?? pairingDatesProblem(pairings);
  if (problem !== null) return err(problem);
  return ok(
    runVisitEngine({
      pairings,
      visits,
      policy,
      roleOf: options.roleOf,
      departmentOf: undefined,
      gridOf: undefined,
      plan: { asOf, day: day.value },
      window: null,
    }).plan,
  );
}

/**
 * A person bound by a per-person cadence (001): a leading-group member unit's head or a main leader.
 *
 * @category Visit
 */
export interface CadencePerson {
  /** The person's id, as it appears in visits' `visitorIds`. */
  readonly id: string;
  /** Their cadence role, e.g. `'memberUnitHead'` or `'mainLeader'`. */
  readonly role: VisitCadenceRole;
  /** The first day they held the role, if known; periods before it are not owed. */
  readonly since?: CalendarDate;
}

/**
 * One line of {@link personCadence}: where a person stands in the current period of their rule.
 *
 * @category Visit
 */
export interface PersonCadenceLine extends CadenceStanding {
  /** The person. */
  readonly personId: string;
  /** Their cadence role. */
  readonly role: VisitCadenceRole;
}

/**
 * Where each person bound by a per-person cadence stands at a date (001): by default a leading-group
 * member unit's head owes at least one on-site visit to any enterprise each calendar quarter, and a
 * main leader of the city or a county one enterprise heads' symposium (mode `'symposium'`) each
 * calendar half year. The rule is the policy's rule for the person's role over the
 * `'anyEnterprise'` scope; a visit counts when the person is one of its visitors, its mode is
 * counted, and it falls on or before the date (and on or after `since`); a visit to a household,
 * village or grassroots organisation (`target`, Part 14) does not count, since these rules bind
 * visits to enterprises. Statuses are as in {@link visitPlan}.
 *
 * @param people - The people and their roles; those whose role has no such rule are left out.
 * @param visits - The visit records (any order).
 * @param asOf - The date, `YYYY-MM-DD`.
 * @param policy - The cadence policy; {@link defaultVisitCadence} by default.
 * @returns One line per person with a rule, in the people's order; or `INVALID_DATE` when `asOf`
 *   (path `['asOf']`) or a person's `since` (path `['people', i, 'since']`) is not a real date,
 *   `INVALID_INPUT` (path `['policy', 'rules', j, 'unit']` or `'atLeast'`) for a rule with an unknown
 *   unit or a count that is not a whole number ≥ 1.
 * @example
 * ```ts
 * const v = parse(VisitSchema, { id: 's1', date: '2026-02-10', visitorIds: ['mayor'], departmentIds: ['gov'], enterpriseId: 'e1',
 *   parkId: null, mode: 'symposium', purpose: '企业负责人座谈会', findings: '' });
 * unwrap(personCadence([{ id: 'mayor', role: 'mainLeader' }], [v], '2026-06-30'))[0]?.status; // 'done'
 * unwrap(personCadence([{ id: 'mayor', role: 'mainLeader' }], [v], '2026-07-01'))[0]?.status; // 'due'
 * personCadence([{ id: 'mayor', role: 'mainLeader', since: '2026-02-30' }], [v], '2026-07-01');
 * // { ok: false, error: { code: 'INVALID_DATE', path: ['people', 0, 'since'], … } }
 * ```
 * @category Visit
 */
export function personCadence(
  people: readonly CadencePerson[],
  visits: readonly Visit[],
  asOf: CalendarDate,
  policy: VisitCadencePolicy = defaultVisitCadence,
): Result<readonly PersonCadenceLine[]> {
  const asOfResult = readDay(asOf, 'asOf');
  if (!asOfResult.ok) return asOfResult;
  const asOfDay = asOfResult.value;
  const problem = cadencePolicyProblem(policy, ['policy']);
  if (problem !== null) return err(problem);
  const bound: { person: CadencePerson; rule: VisitCadenceRule; periods: Periods; since: number; mask: number }[] = [];
  for (let i = 0; i < people.length; i++) {
    const person = people[i] as CadencePerson;
    let since = -Infinity;
    if (person.since !== undefined) {
      const day = readDayAt(person.since, ['people', i, 'since']);
      if (!day.ok) return day;
      since = day.value;
    }
    const rule = ruleFor(policy, person.role, 'anyEnterprise');
    if (rule === undefined) continue;
    bound.push({ person, rule, periods: periodsAt(asOf, rule.unit), since, mask: modeMask(rule.modes) });
  }
  const n = bound.length;
  const next = new Int32Array(n).fill(-1);
  const heads = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) {
    const id = (bound[i] as (typeof bound)[number]).person.id;
    next[i] = heads.get(id) ?? -1;
    heads.set(id, i);
  }
  const cur = new Int32Array(n);
  const prev = new Int32Array(n);
  const last = new Float64Array(n).fill(-Infinity);
  for (const v of visits) {
    if (v.target !== undefined) continue; // a household, village or organisation: not an enterprise
    const day = toDayNumber(v.date);
    if (!(day <= asOfDay)) continue;
    const bit = modeBit(v.mode);
    for (const visitor of v.visitorIds) {
      for (let j = heads.get(visitor) ?? -1; j !== -1; j = next[j] as number) {
        const b = bound[j] as (typeof bound)[number];
        if ((b.mask & bit) === 0 || day < b.since) continue;
        if (day > (last[j] as number)) last[j] = day;
        if (day >= b.periods.curStart) cur[j] = (cur[j] as number) + 1;
        else if (day >= b.periods.prevStart && day <= b.periods.prevEnd) prev[j] = (prev[j] as number) + 1;
      }
    }
  }
  const lines = bound.map(({ person, rule, periods, since }, i): PersonCadenceLine => {
    const previousOwed = since <= periods.prevEnd;
    const required = rule.atLeast;
    return {
      personId: person.id,
      role: person.role,
      ruleId: rule.id,
      unit: rule.unit,
      required,
      period: { from: fromDayNumber(periods.curStart), to: fromDayNumber(periods.curEnd) },
      visitsInPeriod: cur[i] as number,
      lastVisit: (last[i] as number) === -Infinity ? null : fromDayNumber(last[i] as number),
      dueDate: fromDayNumber(periods.curEnd),
      status: statusOf(required, cur[i] as number, previousOwed, prev[i] as number),
      previousPeriod: previousOwed
        ? {
            period: { from: fromDayNumber(periods.prevStart), to: fromDayNumber(periods.prevEnd) },
            visits: prev[i] as number,
            met: (prev[i] as number) >= required,
          }
        : null,
    };
  });
  return ok(lines);
}
