/**
 * The one pass behind visitPlan, visitCompliance and visitReport. Each pairing the plan or the
 * compliance window needs gets a {@link PairingTally}: its cadence rule and the visits that count
 * for it. The tallies are filed by enterprise (or park), so that each visit is looked up once and
 * credited to the plan and to compliance together.
 * Internal: not exported from any barrel.
 */
import type { CalendarDate } from '../core/schema.js';
import { byCodeUnit } from '../internal/compare.js';
import { fromDayNumber, toDayNumber } from '../internal/days.js';
import type { Pairing } from '../pairing/schema.js';
import type { VisitCompliance, VisitComplianceLine } from './compliance.js';
import { unitMonths, type VisitCadenceRole, type VisitCadenceScope, type VisitPeriodUnit, type VisitStatus } from './enums.js';
import { modeBit, modeMask, monthIndexOf, periodEndDay, periodStartDay, type VisitPeriod } from './period.js';
import type { VisitPlanLine } from './plan.js';
import type { VisitCadencePolicy, VisitCadenceRule } from './policy.js';
import type { Visit } from './schema.js';

/** The rule a policy sets for a role over a scope, if any. */
export function ruleFor(policy: VisitCadencePolicy, role: VisitCadenceRole, scope: VisitCadenceScope): VisitCadenceRule | undefined {
  return policy.rules.find((r) => r.role === role && r.scope === scope);
}

/** The value of a table's own key, if it has one (so that `'constructor'` is an ordinary id). */
function ownEntry<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The role of an adviser under an optional role table (own keys only); `'pairedAdviser'` by default. */
export function roleOfAdviser(roleOf: Readonly<Record<string, VisitCadenceRole>> | undefined, adviserId: string): VisitCadenceRole {
  return ownEntry(roleOf, adviserId) ?? 'pairedAdviser';
}

/** The current and previous calendar periods of a unit at a day, as day numbers. */
export interface Periods {
  readonly curStart: number;
  readonly curEnd: number;
  readonly prevStart: number;
  readonly prevEnd: number;
}

/** The current and previous calendar periods of a unit at a date. */
export function periodsAt(asOf: CalendarDate, unit: VisitPeriodUnit): Periods {
  const months = unitMonths[unit];
  const p = Math.floor(monthIndexOf(asOf) / months);
  return {
    curStart: periodStartDay(p, months),
    curEnd: periodEndDay(p, months),
    prevStart: periodStartDay(p - 1, months),
    prevEnd: periodEndDay(p - 1, months),
  };
}

/**
 * The status of a cadence at a date, from the visits counted in the current period, whether the
 * previous period was owed, and the visits counted in it.
 */
export function statusOf(required: number, current: number, previousOwed: boolean, previous: number): VisitStatus {
  if (current >= required) return 'done';
  return previousOwed && previous < required ? 'overdue' : 'due';
}

/** What the engine is asked: the plan at a date, compliance over a window, or both. */
export interface EngineRequest {
  readonly pairings: readonly Pairing[];
  readonly visits: readonly Visit[];
  readonly policy: VisitCadencePolicy;
  readonly roleOf: Readonly<Record<string, VisitCadenceRole>> | undefined;
  readonly departmentOf: Readonly<Record<string, string>> | undefined;
  readonly gridOf: Readonly<Record<string, string>> | undefined;
  /** The plan's date and its day number, or null for no plan. */
  readonly plan: { readonly asOf: CalendarDate; readonly day: number } | null;
  /** The compliance window and its day numbers, or null for no compliance. */
  readonly window: { readonly period: VisitPeriod; readonly from: number; readonly to: number } | null;
}

type PlanRequest = NonNullable<EngineRequest['plan']>;
type WindowRequest = NonNullable<EngineRequest['window']>;

/** What the engine answers. */
export interface EngineResult {
  readonly plan: readonly VisitPlanLine[];
  readonly compliance: VisitCompliance | null;
}

/**
 * A pairing the plan or the window needs: its cadence rule, and the counted visits — up to the
 * plan's date in its current and previous periods, and in each of its periods in the window. The
 * fields each visit reads come first, and every number is a small integer: V8 would box
 * `Infinity`, and each visit would pay for reading it.
 */
interface PairingTally {
  /** The modes its rule counts, as a mask of {@link modeBit}s. */
  readonly modes: number;
  readonly sinceDay: number;
  /** Its last day, or {@link NO_END} while it lasts. */
  readonly untilDay: number;
  readonly adviserId: string;
  /** The current and previous periods of the rule's unit at the plan's date, or null when the pairing is not active then. */
  readonly planPeriods: Periods | null;
  /** Counted visits in the plan's current period. */
  inPeriod: number;
  /** Counted visits in the plan's previous period. */
  inPreviousPeriod: number;
  /** The day of the last counted visit up to the plan's date, or {@link NO_DAY}. */
  lastVisit: number;
  /** The rule's period in months: period `p` is months `p × months` to `(p + 1) × months - 1` (month index `year × 12 + month - 1`). */
  readonly months: number;
  /** The first period it owes visits for in the window. */
  readonly firstPeriod: number;
  /** How many of its periods lie in the window (0 when it owes none there). */
  readonly periods: number;
  /** Where its counts start in {@link Tallies.made}: counted visits in period `firstPeriod + s` at `madeAt + s`. */
  readonly madeAt: number;
  /** The next tally at the same enterprise or park (any adviser), or null. */
  next: PairingTally | null;
  /** On the first tally of a crowded enterprise or park (more than {@link CROWD} tallies), its tallies by adviser; otherwise null. */
  byAdviser: ByAdviser | null;
  readonly pairing: Pairing;
  readonly rule: VisitCadenceRule;
}

/** No day: below every day number (of the years 0000–9999); an open end: above every day number. */
const NO_DAY = -(2 ** 30);
const NO_END = 2 ** 30 - 1;
const NONE: readonly PairingTally[] = [];

/**
 * The tallies an enterprise or park may have and still be walked as a list by each visit (comparing
 * the visitors with each tally's adviser); beyond, they are filed by adviser, so that a visit to a
 * target many advisers share costs its visitors, not every pairing of the target.
 */
const CROWD = 8;

/**
 * Visits looked up at a time before they are credited. The lookups of a block do not depend on one
 * another, so their cache misses overlap: visitReport on a province's year (bench/visits.bench.ts)
 * takes 10–20% less time than with each visit looked up and credited in turn.
 */
const BLOCK = 256;

/** The tallies of one crowded enterprise or park, by adviser. */
type ByAdviser = Map<string, PairingTally[]>;

/**
 * The tallies the request needs, filed by the enterprise or park they pair with: each target's
 * first tally, the others chained by {@link PairingTally.next}, and on a crowded target (more than
 * {@link CROWD}) filed by adviser too. A visit then looks up one map entry, and only its visitors'
 * tallies on a crowded target. No map or array per target: a province has 100,000 of them.
 */
interface Tallies {
  /** Every tally, in the pairings' order. */
  readonly all: readonly PairingTally[];
  readonly ofEnterprise: ReadonlyMap<string, PairingTally>;
  readonly ofPark: ReadonlyMap<string, PairingTally>;
  /** The modes some tally counts: a visit of another mode counts for none. */
  readonly countedModes: number;
  /** The counted visits of every tally's periods in the window, from each tally's `madeAt`. */
  readonly made: Int32Array;
}

/**
 * Runs the plan and/or compliance in one pass over the visits: O(p + v·k) for p pairings and v
 * visits of at most k visitors each, with no allocation per visit of one visitor.
 */
export function runVisitEngine(req: EngineRequest): EngineResult {
  const tallies = talliesOf(req);
  const planDay = req.plan === null ? NO_DAY : req.plan.day;
  const windowEnd = req.window === null ? NO_DAY : req.window.to;
  const visits = req.visits;
  const firsts: (PairingTally | undefined)[] = new Array<PairingTally | undefined>(BLOCK).fill(undefined);
  // one record for every visit in turn, so that crediting allocates nothing
  const credit: Credit = { day: 0, month: 0, mode: 0, planDay, windowEnd, made: tallies.made };
  for (let start = 0; start < visits.length; start += BLOCK) {
    const n = Math.min(BLOCK, visits.length - start);
    for (let k = 0; k < n; k++) firsts[k] = firstTallyVisited(tallies, visits[start + k] as Visit);
    for (let k = 0; k < n; k++) {
      const first = firsts[k];
      if (first === undefined) continue;
      const visit = visits[start + k] as Visit;
      credit.day = toDayNumber(visit.date);
      credit.month = monthIndexOf(visit.date);
      credit.mode = modeBit(visit.mode);
      const visitors = visit.visitorIds;
      if (visitors.length === 1) creditVisitor(first, visitors[0] as string, credit);
      // A visitor named twice counts once.
      else for (const id of visitors.length > 8 ? new Set(visitors) : visitors.filter((v, j) => visitors.indexOf(v) === j)) creditVisitor(first, id, credit);
    }
  }
  return {
    plan: req.plan === null ? [] : planLines(tallies.all),
    compliance: req.window === null ? null : complianceOf(tallies, req.window, req),
  };
}

/** The first tally at the enterprise or park a visit went to; undefined when there is none or no rule counts its mode. */
function firstTallyVisited(tallies: Tallies, visit: Visit): PairingTally | undefined {
  if ((modeBit(visit.mode) & tallies.countedModes) === 0) return undefined;
  return visit.enterpriseId !== null ? tallies.ofEnterprise.get(visit.enterpriseId) : visit.parkId !== null ? tallies.ofPark.get(visit.parkId) : undefined;
}

/** A visit as the tallies read it: its day, month index and mode bit, and where it may be credited. */
interface Credit {
  day: number;
  month: number;
  mode: number;
  readonly planDay: number;
  readonly windowEnd: number;
  readonly made: Int32Array;
}

/**
 * Credits a visit to one visitor's tallies at its target, given the target's first tally: O(1 + the
 * visitor's tallies there) on a crowded target, O(at most {@link CROWD}) otherwise.
 */
function creditVisitor(first: PairingTally, adviserId: string, credit: Credit): void {
  if (first.byAdviser === null) {
    for (let tally: PairingTally | null = first; tally !== null; tally = tally.next) if (tally.adviserId === adviserId) creditTally(tally, credit);
  } else {
    for (const tally of first.byAdviser.get(adviserId) ?? NONE) creditTally(tally, credit);
  }
}

/** Credits a visit to a tally of one of its visitors if it counts there: to the plan's periods and to its period in the window. */
function creditTally(tally: PairingTally, credit: Credit): void {
  const day = credit.day;
  if (!countsFor(tally, day, credit.mode)) return;
  if (tally.planPeriods !== null && day <= credit.planDay) creditPlan(tally, tally.planPeriods, day);
  if (day <= credit.windowEnd) {
    // its period in the window, if the pairing owes visits for that period there
    const slot = Math.floor(credit.month / tally.months) - tally.firstPeriod;
    if (slot >= 0 && slot < tally.periods) {
      const at = tally.madeAt + slot;
      credit.made[at] = (credit.made[at] as number) + 1;
    }
  }
}

/** Whether a visit counts for a pairing of one of its visitors: its mode is counted and it falls while the pairing lasts. */
function countsFor(tally: PairingTally, day: number, mode: number): boolean {
  return (tally.modes & mode) !== 0 && day >= tally.sinceDay && day <= tally.untilDay;
}

/** Credits a counted visit on or before the plan's date to the plan's current or previous period. */
function creditPlan(tally: PairingTally, periods: Periods, day: number): void {
  if (day > tally.lastVisit) tally.lastVisit = day;
  // the previous period ends the day before the current one starts
  if (day >= periods.curStart) tally.inPeriod++;
  else if (day >= periods.prevStart) tally.inPreviousPeriod++;
}

/** A role's rule, with the mask of its modes ({@link modeMask}) and its period in months. */
interface RoleRule {
  readonly rule: VisitCadenceRule;
  readonly modes: number;
  readonly months: number;
}

/** The tallies of the pairings whose role has a rule and that the plan or the window needs. */
function talliesOf(req: EngineRequest): Tallies {
  // each role's rule, with its modes' mask and period length worked out once, not per pairing
  const rules = new Map<VisitCadenceRole, RoleRule | undefined>();
  const ruleOfRole = (role: VisitCadenceRole): RoleRule | undefined => {
    if (!rules.has(role)) {
      const rule = ruleFor(req.policy, role, 'pairedEnterprise');
      rules.set(role, rule === undefined ? undefined : { rule, modes: modeMask(rule.modes), months: unitMonths[rule.unit] });
    }
    return rules.get(role);
  };
  const periodsByUnit = new Map<VisitPeriodUnit, Periods>();
  const periodsOf = (plan: PlanRequest, unit: VisitPeriodUnit): Periods => {
    let periods = periodsByUnit.get(unit);
    if (periods === undefined) {
      periods = periodsAt(plan.asOf, unit);
      periodsByUnit.set(unit, periods);
    }
    return periods;
  };
  const all: PairingTally[] = [];
  const ofEnterprise = new Map<string, PairingTally>();
  const ofPark = new Map<string, PairingTally>();
  let countedModes = 0;
  let madeSize = 0;
  for (const pairing of req.pairings) {
    const use = ruleOfRole(roleOfAdviser(req.roleOf, pairing.adviserId));
    if (use === undefined) continue;
    const { rule, modes, months } = use;
    const sinceDay = toDayNumber(pairing.since);
    const untilDay = pairing.until === null ? NO_END : toDayNumber(pairing.until);
    const { plan, window } = req;
    // A pairing that ends before it starts (built by hand: PairingSchema does not order the ends) lasts no day.
    const inWindow = window !== null && sinceDay <= untilDay && sinceDay <= window.to && untilDay >= window.from;
    const firstPeriod = inWindow ? firstPeriodIn(window, pairing, months) : 0;
    const periodsInWindow = inWindow ? lastPeriodIn(window, pairing, months) - firstPeriod + 1 : 0;
    const planPeriods = plan !== null && sinceDay <= plan.day && plan.day <= untilDay ? periodsOf(plan, rule.unit) : null;
    if (planPeriods === null && periodsInWindow === 0) continue;
    const tally: PairingTally = {
      modes,
      sinceDay,
      untilDay,
      adviserId: pairing.adviserId,
      planPeriods,
      inPeriod: 0,
      inPreviousPeriod: 0,
      lastVisit: NO_DAY,
      months,
      firstPeriod,
      periods: periodsInWindow,
      madeAt: madeSize,
      next: null,
      byAdviser: null,
      pairing,
      rule,
    };
    all.push(tally);
    madeSize += periodsInWindow;
    countedModes |= modes;
    const filed = pairing.enterpriseId !== null ? ofEnterprise : ofPark;
    const targetId = pairing.enterpriseId ?? pairing.parkId ?? '';
    // filed first at its target, before the target's earlier tallies (the order of a target's tallies does not matter)
    tally.next = filed.get(targetId) ?? null;
    filed.set(targetId, tally);
  }
  fileCrowded(ofEnterprise);
  fileCrowded(ofPark);
  return { all, ofEnterprise, ofPark, countedModes, made: new Int32Array(madeSize) };
}

/** Files the tallies of each crowded target (more than {@link CROWD}) by adviser, on its first tally. O(tallies). */
function fileCrowded(targets: ReadonlyMap<string, PairingTally>): void {
  for (const first of targets.values()) {
    let count = 0;
    for (let t: PairingTally | null = first; t !== null && count <= CROWD; t = t.next) count++;
    if (count <= CROWD) continue;
    const byAdviser: ByAdviser = new Map();
    for (let t: PairingTally | null = first; t !== null; t = t.next) {
      const theirs = byAdviser.get(t.adviserId);
      if (theirs === undefined) byAdviser.set(t.adviserId, [t]);
      else theirs.push(t);
    }
    first.byAdviser = byAdviser;
  }
}

/** The period of `months` months that holds a date: period `p` is months `p × months` to `(p + 1) × months - 1`. */
const periodOf = (date: CalendarDate, months: number): number => Math.floor(monthIndexOf(date) / months);

/** The first period of the window that a pairing lasts into. */
function firstPeriodIn(window: WindowRequest, pairing: Pairing, months: number): number {
  return Math.max(periodOf(window.period.from, months), periodOf(pairing.since, months));
}

/** The last period of the window that a pairing lasts into (before the first when there is none). */
function lastPeriodIn(window: WindowRequest, pairing: Pairing, months: number): number {
  const last = periodOf(window.period.to, months);
  return pairing.until === null ? last : Math.min(last, periodOf(pairing.until, months));
}

/** The plan's lines: where each pairing active at its date stands. */
function planLines(tallies: readonly PairingTally[]): VisitPlanLine[] {
  const lines: VisitPlanLine[] = [];
  const texts = new Map<Periods, { readonly current: VisitPeriod; readonly previous: VisitPeriod }>();
  for (const { pairing, rule, sinceDay, untilDay, planPeriods: periods, inPeriod, inPreviousPeriod, lastVisit } of tallies) {
    if (periods === null) continue;
    let text = texts.get(periods);
    if (text === undefined) {
      text = {
        current: { from: fromDayNumber(periods.curStart), to: fromDayNumber(periods.curEnd) },
        previous: { from: fromDayNumber(periods.prevStart), to: fromDayNumber(periods.prevEnd) },
      };
      texts.set(periods, text);
    }
    const required = rule.atLeast;
    const previousOwed = sinceDay < periods.curStart;
    lines.push({
      pairingId: pairing.id,
      adviserId: pairing.adviserId,
      enterpriseId: pairing.enterpriseId,
      parkId: pairing.parkId,
      ruleId: rule.id,
      unit: rule.unit,
      required,
      period: text.current,
      visitsInPeriod: inPeriod,
      lastVisit: lastVisit === NO_DAY ? null : fromDayNumber(lastVisit),
      dueDate: pairing.until !== null && untilDay < periods.curEnd ? pairing.until : text.current.to,
      status: statusOf(required, inPeriod, previousOwed, inPreviousPeriod),
      previousPeriod: previousOwed ? { period: text.previous, visits: inPreviousPeriod, met: inPreviousPeriod >= required } : null,
    });
  }
  return lines;
}

/** Visits owed and made. */
interface Counts {
  due: number;
  done: number;
}

/** The last day of period `p` of `months` months. */
type PeriodEnds = (p: number, months: number) => number;

/**
 * {@link periodEndDay}, remembered: every obligation falls due at the end of its period, and all
 * the pairings share the window's few periods (the calendar arithmetic for each of a province's
 * 1.2 million obligations took about 20 ms, a quarter of compliance's time after the pass).
 */
function rememberedPeriodEnds(): PeriodEnds {
  const ends = new Map<number, number>();
  return (p, months) => {
    const key = p * months * 16 + months; // the period's first month and its length (1–12 months)
    let end = ends.get(key);
    if (end === undefined) {
      end = periodEndDay(p, months);
      ends.set(key, end);
    }
    return end;
  };
}

/**
 * Adds a pairing's obligations due in the window, and the visits made towards them, to `owed`:
 * `atLeast` for each period, due on its last day (or the pairing's, if earlier), and the counted
 * visits of that period, up to `atLeast`.
 */
function owedInWindow(tally: PairingTally, made: Int32Array, window: WindowRequest, lastDayOf: PeriodEnds, owed: Counts): void {
  const atLeast = tally.rule.atLeast;
  owed.due = 0;
  owed.done = 0;
  for (let s = 0; s < tally.periods; s++) {
    const dueDay = Math.min(lastDayOf(tally.firstPeriod + s, tally.months), tally.untilDay);
    if (dueDay < window.from || dueDay > window.to || dueDay < tally.sinceDay) continue;
    owed.due += atLeast;
    owed.done += Math.min(made[tally.madeAt + s] as number, atLeast);
  }
}

/** Adds a pairing's obligations to the line of an adviser, department or grid (none when `id` is undefined). */
function addTo(counts: Map<string, Counts>, id: string | undefined, owed: Counts): void {
  if (id === undefined) return;
  const sum = counts.get(id);
  if (sum === undefined) counts.set(id, { due: owed.due, done: owed.done });
  else {
    sum.due += owed.due;
    sum.done += owed.done;
  }
}

const rateOf = ({ due, done }: Counts): number | null => (due === 0 ? null : done / due);

function linesOf(counts: ReadonlyMap<string, Counts>): VisitComplianceLine[] {
  return [...counts].sort(([a], [b]) => byCodeUnit(a, b)).map(([id, c]) => ({ id, due: c.due, done: c.done, rate: rateOf(c) }));
}

/** Compliance over the window: the obligations due in it and the visits made, in all and per adviser, department and grid. */
function complianceOf({ all, made }: Tallies, window: WindowRequest, req: EngineRequest): VisitCompliance {
  const total: Counts = { due: 0, done: 0 };
  const owed: Counts = { due: 0, done: 0 };
  const byAdviser = new Map<string, Counts>();
  const byDepartment = new Map<string, Counts>();
  const byGrid = new Map<string, Counts>();
  const lastDayOf = rememberedPeriodEnds();
  for (const tally of all) {
    if (tally.periods === 0) continue;
    owedInWindow(tally, made, window, lastDayOf, owed);
    const enterpriseId = tally.pairing.enterpriseId;
    total.due += owed.due;
    total.done += owed.done;
    addTo(byAdviser, tally.adviserId, owed);
    addTo(byGrid, enterpriseId === null ? undefined : ownEntry(req.gridOf, enterpriseId), owed);
  }
  // a department's line is the sum of its advisers' lines: one lookup per adviser, not per pairing
  for (const [adviserId, counts] of byAdviser) addTo(byDepartment, ownEntry(req.departmentOf, adviserId), counts);
  return {
    period: { from: window.period.from, to: window.period.to },
    total: { ...total, rate: rateOf(total) },
    byAdviser: linesOf(byAdviser),
    byDepartment: linesOf(byDepartment),
    byGrid: linesOf(byGrid),
  };
}
