/**
 * The one-pass engine behind visitPlan, visitCompliance and visitReport: every pairing that either
 * needs gets one record of STRIDE int32 in one typed array, pairings are chained per enterprise (and
 * per park), and each visit is looked up once and credited to the plan and to compliance together.
 * Internal: not exported from any barrel.
 */
import type { CalendarDate } from '../core/schema.js';
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

/** The role of an adviser under an optional role table (own keys only); `'pairedAdviser'` by default. */
export function roleOfAdviser(roleOf: Readonly<Record<string, VisitCadenceRole>> | undefined, adviserId: string): VisitCadenceRole {
  return roleOf !== undefined && Object.hasOwn(roleOf, adviserId) ? (roleOf[adviserId] as VisitCadenceRole) : 'pairedAdviser';
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

/** Fields of a pairing's record. */
const NEXT = 0;
const SINCE = 1;
const UNTIL = 2;
const MASK = 3;
const FLAGS = 4;
const CUR_START = 5;
const PREV_START = 6;
const LAST = 7;
const CUR = 8;
const PREV = 9;
const MONTHS = 10;
const FIRST = 11;
const SPAN = 12;
const OFFSET = 13;
const STRIDE = 16;
/** FLAGS bits: the pairing is in the plan, in the compliance window. */
const IN_PLAN = 1;
const IN_WINDOW = 2;
/** No day: below every day number; an open end: above every day number. */
const NO_DAY = -0x80000000;
const NO_END = 0x7fffffff;
/** Visits per block of the pass. */
const BLOCK = 256;

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

/** What the engine answers. */
export interface EngineResult {
  readonly plan: readonly VisitPlanLine[];
  readonly compliance: VisitCompliance | null;
}

interface Acc {
  due: number;
  done: number;
}

const rateOf = (due: number, done: number): number | null => (due === 0 ? null : done / due);

function add(map: Map<string, Acc>, id: string, due: number, done: number): void {
  const a = map.get(id);
  if (a === undefined) map.set(id, { due, done });
  else {
    a.due += due;
    a.done += done;
  }
}

function linesOf(map: Map<string, Acc>): VisitComplianceLine[] {
  return [...map.keys()].sort().map((id) => {
    const a = map.get(id) as Acc;
    return { id, due: a.due, done: a.done, rate: rateOf(a.due, a.done) };
  });
}

const lookup = (table: Readonly<Record<string, string>> | undefined, key: string): string | undefined =>
  table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

/** The state of the pass over the visits. */
interface Pass {
  readonly rec: Int32Array;
  readonly adviser: readonly string[];
  readonly byEnterprise: ReadonlyMap<string, number>;
  readonly byPark: ReadonlyMap<string, number>;
  /** Counted visits per (pairing, period) of the window. */
  readonly made: Int32Array;
  /** Per visit of the block: the first pairing of its enterprise (or park), or -1. */
  readonly firstOf: Int32Array;
  /** Per visit of the block: its day number. */
  readonly dayOf: Int32Array;
  readonly lowest: number;
  readonly highest: number;
  readonly planDay: number;
  readonly toDay: number;
  /** Every mode some rule counts. */
  readonly anyMode: number;
}

/**
 * Finds the first pairing of each visit of the block (-1 for none, or when that pairing alone does
 * not count the visit's mode), reading its record now so that it is in the cache for crediting.
 */
function lookUpBlock(p: Pass, visits: readonly Visit[], k0: number, end: number): void {
  const { rec, firstOf, dayOf, byEnterprise, byPark, lowest, highest, anyMode } = p;
  for (let k = k0; k < end; k++) {
    const v = visits[k] as Visit;
    const day = toDayNumber(v.date);
    const bit = modeBit(v.mode);
    let j: number | undefined;
    if (day >= lowest && day <= highest && (bit & anyMode) !== 0) {
      j = v.enterpriseId !== null ? byEnterprise.get(v.enterpriseId) : v.parkId !== null ? byPark.get(v.parkId) : undefined;
    }
    if (j !== undefined && ((rec[j * STRIDE + MASK] as number) & bit) === 0 && rec[j * STRIDE + NEXT] === -1) j = undefined;
    firstOf[k - k0] = j ?? -1;
    dayOf[k - k0] = day;
  }
}

/** Credits each visit of the block to the pairings it counts for, in the plan and in the window. */
function creditBlock(p: Pass, visits: readonly Visit[], k0: number, end: number): void {
  const { rec, adviser, made, firstOf, dayOf, planDay, toDay } = p;
  for (let k = k0; k < end; k++) {
    let j = firstOf[k - k0] as number;
    if (j === -1) continue;
    const v = visits[k] as Visit;
    const day = dayOf[k - k0] as number;
    const bit = modeBit(v.mode);
    const visitors = v.visitorIds;
    let month = -1;
    while (j !== -1) {
      const o = j * STRIDE;
      if (
        ((rec[o + MASK] as number) & bit) !== 0 &&
        day >= (rec[o + SINCE] as number) &&
        day <= (rec[o + UNTIL] as number) &&
        visitors.includes(adviser[j] as string)
      ) {
        const flags = rec[o + FLAGS] as number;
        if ((flags & IN_PLAN) !== 0 && day <= planDay) {
          if (day > (rec[o + LAST] as number)) rec[o + LAST] = day;
          // the previous period ends the day before the current one starts
          if (day >= (rec[o + CUR_START] as number)) rec[o + CUR] = (rec[o + CUR] as number) + 1;
          else if (day >= (rec[o + PREV_START] as number)) rec[o + PREV] = (rec[o + PREV] as number) + 1;
        }
        if ((flags & IN_WINDOW) !== 0 && day <= toDay) {
          if (month === -1) month = monthIndexOf(v.date);
          const slot = Math.floor(month / (rec[o + MONTHS] as number)) - (rec[o + FIRST] as number);
          if (slot >= 0 && slot < (rec[o + SPAN] as number)) {
            const at = (rec[o + OFFSET] as number) + slot;
            made[at] = (made[at] as number) + 1;
          }
        }
      }
      j = rec[o + NEXT] as number;
    }
  }
}

interface Kept {
  readonly pairing: Pairing;
  readonly rule: VisitCadenceRule;
  readonly untilDay: number;
  readonly periods: Periods | null;
}

/** Runs the plan and/or compliance in one pass over the visits. */
export function runVisitEngine(req: EngineRequest): EngineResult {
  const { plan, window } = req;
  const periodsByUnit = new Map<VisitPeriodUnit, Periods>();
  const fromMonth = window === null ? 0 : monthIndexOf(window.period.from);
  const toMonth = window === null ? 0 : monthIndexOf(window.period.to);

  // Which pairings the plan and the window need, and their records.
  const kept: Kept[] = [];
  const rec = new Int32Array(req.pairings.length * STRIDE);
  const adviser: string[] = [];
  const byEnterprise = new Map<string, number>();
  const byPark = new Map<string, number>();
  let total = 0;
  let lowest = NO_END;
  const rules = new Map<VisitCadenceRole, VisitCadenceRule | undefined>();
  for (const pairing of req.pairings) {
    const role = roleOfAdviser(req.roleOf, pairing.adviserId);
    let rule = rules.get(role);
    if (rule === undefined && !rules.has(role)) {
      rule = ruleFor(req.policy, role, 'pairedEnterprise');
      rules.set(role, rule);
    }
    if (rule === undefined) continue;
    const sinceDay = toDayNumber(pairing.since);
    const untilDay = pairing.until === null ? NO_END : toDayNumber(pairing.until);
    const months = unitMonths[rule.unit];
    let flags = 0;
    let periods: Periods | null = null;
    if (plan !== null && sinceDay <= plan.day && plan.day <= untilDay) {
      flags |= IN_PLAN;
      periods = periodsByUnit.get(rule.unit) ?? null;
      if (periods === null) {
        periods = periodsAt(plan.asOf, rule.unit);
        periodsByUnit.set(rule.unit, periods);
      }
      lowest = NO_DAY; // the last visit may lie any time since the pairing began
    }
    let first = 0;
    let span = 0;
    if (window !== null && sinceDay <= window.to && untilDay >= window.from) {
      first = Math.max(Math.floor(fromMonth / months), Math.floor(monthIndexOf(pairing.since) / months));
      const lastP = Math.min(Math.floor(toMonth / months), pairing.until === null ? NO_END : Math.floor(monthIndexOf(pairing.until) / months));
      if (lastP >= first) {
        flags |= IN_WINDOW;
        span = lastP - first + 1;
        lowest = Math.min(lowest, periodStartDay(first, months));
      }
    }
    if (flags === 0) continue;
    const i = kept.length;
    const o = i * STRIDE;
    kept.push({ pairing, rule, untilDay, periods });
    adviser.push(pairing.adviserId);
    rec[o + SINCE] = sinceDay;
    rec[o + UNTIL] = untilDay;
    rec[o + MASK] = modeMask(rule.modes);
    rec[o + FLAGS] = flags;
    rec[o + CUR_START] = periods?.curStart ?? 0;
    rec[o + PREV_START] = periods?.prevStart ?? 0;
    rec[o + LAST] = NO_DAY;
    rec[o + MONTHS] = months;
    rec[o + FIRST] = first;
    rec[o + SPAN] = span;
    rec[o + OFFSET] = total;
    total += span;
    // chain the pairings of one enterprise (or park): the head is in the map, the rest in NEXT
    const heads = pairing.enterpriseId !== null ? byEnterprise : byPark;
    const key = (pairing.enterpriseId ?? pairing.parkId) as string;
    rec[o + NEXT] = heads.get(key) ?? -1;
    heads.set(key, i);
  }

  // The pass: each visit is looked up once and credited to every pairing it counts for. Blocks of
  // visits: first the lookups of a block, which do not depend on one another, so that their cache
  // misses overlap; then the crediting, with the records already in the cache. Each phase is a small
  // function of its own, so that the engine optimises it whole.
  const planDay = plan === null ? NO_DAY : plan.day;
  const toDay = window === null ? NO_DAY : window.to;
  let anyMode = 0;
  for (let i = 0; i < kept.length; i++) anyMode |= rec[i * STRIDE + MASK] as number;
  const pass: Pass = {
    rec,
    adviser,
    byEnterprise,
    byPark,
    made: new Int32Array(total),
    firstOf: new Int32Array(BLOCK),
    dayOf: new Int32Array(BLOCK),
    lowest,
    highest: Math.max(planDay, toDay),
    planDay,
    toDay,
    anyMode,
  };
  const visits = req.visits;
  for (let k0 = 0; k0 < visits.length; k0 += BLOCK) {
    const end = Math.min(visits.length, k0 + BLOCK);
    lookUpBlock(pass, visits, k0, end);
    creditBlock(pass, visits, k0, end);
  }
  const made = pass.made;

  return { plan: plan === null ? [] : planLines(kept, rec, periodsByUnit), compliance: window === null ? null : complianceOf(req, window, kept, rec, made) };
}

function planLines(kept: readonly Kept[], rec: Int32Array, periodsByUnit: ReadonlyMap<VisitPeriodUnit, Periods>): VisitPlanLine[] {
  const periodText = new Map<VisitPeriodUnit, { cur: VisitPeriod; prev: VisitPeriod; curEnd: number }>();
  for (const [unit, p] of periodsByUnit) {
    periodText.set(unit, {
      cur: { from: fromDayNumber(p.curStart), to: fromDayNumber(p.curEnd) },
      prev: { from: fromDayNumber(p.prevStart), to: fromDayNumber(p.prevEnd) },
      curEnd: p.curEnd,
    });
  }
  const lines: VisitPlanLine[] = [];
  for (let i = 0; i < kept.length; i++) {
    const o = i * STRIDE;
    if (((rec[o + FLAGS] as number) & IN_PLAN) === 0) continue;
    const { pairing, rule, untilDay } = kept[i] as Kept;
    const text = periodText.get(rule.unit) as { cur: VisitPeriod; prev: VisitPeriod; curEnd: number };
    const required = rule.atLeast;
    const visitsNow = rec[o + CUR] as number;
    const visitsBefore = rec[o + PREV] as number;
    const lastDay = rec[o + LAST] as number;
    const previousOwed = (rec[o + SINCE] as number) < (rec[o + CUR_START] as number);
    const dueEarly = untilDay < text.curEnd;
    lines.push({
      pairingId: pairing.id,
      adviserId: pairing.adviserId,
      enterpriseId: pairing.enterpriseId,
      parkId: pairing.parkId,
      ruleId: rule.id,
      unit: rule.unit,
      required,
      period: text.cur,
      visitsInPeriod: visitsNow,
      lastVisit: lastDay === NO_DAY ? null : fromDayNumber(lastDay),
      dueDate: dueEarly ? (pairing.until as string) : text.cur.to,
      status: statusOf(required, visitsNow, previousOwed, visitsBefore),
      previousPeriod: previousOwed ? { period: text.prev, visits: visitsBefore, met: visitsBefore >= required } : null,
    });
  }
  return lines;
}

function complianceOf(
  req: EngineRequest,
  window: NonNullable<EngineRequest['window']>,
  kept: readonly Kept[],
  rec: Int32Array,
  made: Int32Array,
): VisitCompliance {
  const fromMonth = monthIndexOf(window.period.from);
  const toMonth = monthIndexOf(window.period.to);
  // The last day of each period of each unit in the window.
  const endsByMonths = new Map<number, { first: number; ends: Int32Array }>();
  const endsOf = (m: number): { first: number; ends: Int32Array } => {
    let e = endsByMonths.get(m);
    if (e === undefined) {
      const first = Math.floor(fromMonth / m);
      const ends = new Int32Array(Math.floor(toMonth / m) - first + 1);
      for (let q = 0; q < ends.length; q++) ends[q] = periodEndDay(first + q, m);
      e = { first, ends };
      endsByMonths.set(m, e);
    }
    return e;
  };
  const byAdviser = new Map<string, Acc>();
  const byDepartment = new Map<string, Acc>();
  const byGrid = new Map<string, Acc>();
  let dueAll = 0;
  let doneAll = 0;
  for (let i = 0; i < kept.length; i++) {
    const o = i * STRIDE;
    if (((rec[o + FLAGS] as number) & IN_WINDOW) === 0) continue;
    const { pairing, rule, untilDay } = kept[i] as Kept;
    const { first: base, ends } = endsOf(rec[o + MONTHS] as number);
    const sinceDay = rec[o + SINCE] as number;
    const first = rec[o + FIRST] as number;
    const span = rec[o + SPAN] as number;
    const at = rec[o + OFFSET] as number;
    const need = rule.atLeast;
    let due = 0;
    let done = 0;
    for (let s = 0; s < span; s++) {
      const dueDay = Math.min(ends[first + s - base] as number, untilDay);
      if (dueDay < window.from || dueDay > window.to || dueDay < sinceDay) continue;
      due += need;
      done += Math.min(made[at + s] as number, need);
    }
    dueAll += due;
    doneAll += done;
    add(byAdviser, pairing.adviserId, due, done);
    const department = lookup(req.departmentOf, pairing.adviserId);
    if (department !== undefined) add(byDepartment, department, due, done);
    const grid = pairing.enterpriseId === null ? undefined : lookup(req.gridOf, pairing.enterpriseId);
    if (grid !== undefined) add(byGrid, grid, due, done);
  }
  return {
    period: { from: window.period.from, to: window.period.to },
    total: { due: dueAll, done: doneAll, rate: rateOf(dueAll, doneAll) },
    byAdviser: linesOf(byAdviser),
    byDepartment: linesOf(byDepartment),
    byGrid: linesOf(byGrid),
  };
}
