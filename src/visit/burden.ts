import { compiled } from '../calendar/compiled.js';
import type { WorkCalendar } from '../calendar/schema.js';
import { isWorkingDay } from '../calendar/working-days.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, CalendarDate } from '../core/schema.js';
import { readDay, readPeriod } from '../internal/args.js';
import { civilFromDays, daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from '../internal/days.js';
import { burdenPolicyProblem, dateError, dayOf } from './checks.js';
import { defaultVisitBurdenPolicy } from './defaults.js';
import type { VisitPeriod } from './period.js';
import type { VisitBurdenPolicy } from './policy.js';
import type { Visit } from './schema.js';
import type { GrassrootsTargetRef } from './targets.js';

/**
 * The visit burden on one enterprise in a window.
 *
 * @category Visit
 */
export interface VisitBurden {
  /** The enterprise. */
  readonly enterpriseId: string;
  /** The window. */
  readonly period: VisitPeriod;
  /** Visits to it in the window (every mode counts). */
  readonly visits: number;
  /** Distinct departments those visits were made for. */
  readonly distinctDepartments: number;
  /** Those departments, sorted. */
  readonly departments: readonly string[];
}

/**
 * The visit burden on one enterprise in a window (走访负担; 002: 有求必应、无事不扰; 003: repeated,
 * overlapping activities by many departments burden enterprises): how many visits reached it —
 * every mode counts, a phone call or questionnaire as much as a visit on site — and for how many
 * distinct departments. Visits to a park are not counted against the enterprises in it, nor are
 * visits to a household, village or grassroots organisation (Part 14).
 *
 * @param visits - The visit records (any order).
 * @param enterpriseId - The enterprise.
 * @param window - The window, both ends included.
 * @returns The counts and the departments; or `INVALID_DATE` (path `['window', 'from']` or
 *   `['window', 'to']`) or `INVALID_ARGUMENT` (path `['window']`: not an object, or ends reversed) for a bad window.
 * @example
 * ```ts
 * const v = parse(VisitSchema, { id: 'v1', date: '2026-03-02', visitorIds: ['a1'], departmentIds: ['tax', 'amr'], enterpriseId: 'e1',
 *   parkId: null, mode: 'onSite', purpose: '联合走访', findings: '' });
 * unwrap(visitBurden([v], 'e1', { from: '2026-03-01', to: '2026-03-31' })).distinctDepartments; // 2
 * visitBurden([v], 'e1', { from: '2026-03-31', to: '2026-03-01' }); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['window'], … } }
 * ```
 * @category Visit
 */
export function visitBurden(visits: readonly Visit[], enterpriseId: string, window: VisitPeriod): Result<VisitBurden> {
  const days = readPeriod(window, 'window');
  if (!days.ok) return days;
  const [fromDay, toDay] = days.value;
  let count = 0;
  const departments = new Set<string>();
  for (const v of visits) {
    if (v.enterpriseId !== enterpriseId) continue;
    const day = toDayNumber(v.date);
    if (!(day >= fromDay && day <= toDay)) continue;
    count++;
    for (const d of v.departmentIds) departments.add(d);
  }
  const sorted = [...departments].sort();
  return ok({ enterpriseId, period: { from: window.from, to: window.to }, visits: count, distinctDepartments: sorted.length, departments: sorted });
}

/**
 * An enterprise visited more than the burden policy allows, with the figures.
 *
 * @category Visit
 */
export interface BurdenWarning extends VisitBurden {
  /** Whether the visits exceed `maxVisitsPerWindow`. */
  readonly overVisits: boolean;
  /** Whether the distinct departments exceed `maxDepartmentsPerWindow`. */
  readonly overDepartments: boolean;
  /** The limits exceeded, in both languages. */
  readonly reason: BilingualText;
}

/**
 * The enterprises over the visit burden limits at a date: in the window of the policy's
 * `windowDays` ending on `asOf` (both ends included), more visits than `maxVisitsPerWindow` or more
 * distinct departments than `maxDepartmentsPerWindow` (by default 4 visits and 3 departments in 30
 * days — qinqing's figures; the sources name the problem only: 有求必应、无事不扰, 002; overlapping
 * activities, 003). Every mode counts; visits after `asOf` are ignored, and so are visits to a
 * park, a household, a village or a grassroots organisation (the limits protect enterprises). One
 * pass over the visits.
 *
 * @param visits - The visit records (any order).
 * @param policy - The burden policy, e.g. {@link defaultVisitBurdenPolicy}.
 * @param asOf - The last day of the window, `YYYY-MM-DD`.
 * @returns The warnings, most visits first, then most departments, then by enterprise id; or
 *   `INVALID_DATE` (path `['asOf']`) when `asOf` is not a real date, `INVALID_INPUT` (path
 *   `['policy', 'windowDays']`, …) when a figure of the policy is not a whole number ≥ 1.
 * @example
 * ```ts
 * const visits = ['tax', 'amr', 'env', 'fire'].map((d, i) => parse(VisitSchema, { id: `v${i}`, date: `2026-03-0${i + 2}`,
 *   visitorIds: [`a${i}`], departmentIds: [d], enterpriseId: 'e1', parkId: null, mode: 'onSite', purpose: '检查', findings: '' }));
 * unwrap(burdenWarnings(visits, defaultVisitBurdenPolicy, '2026-03-31'))[0]?.overDepartments; // true: 4 departments > 3
 * burdenWarnings(visits, defaultVisitBurdenPolicy, '2026-03-32').ok; // false
 * ```
 * @category Visit
 */
export function burdenWarnings(
  visits: readonly Visit[],
  policy: VisitBurdenPolicy,
  asOf: CalendarDate,
): Result<readonly BurdenWarning[]> {
  const asOfDay = readDay(asOf, 'asOf');
  if (!asOfDay.ok) return asOfDay;
  const problem = burdenPolicyProblem(policy, ['windowDays', 'maxVisitsPerWindow', 'maxDepartmentsPerWindow']);
  if (problem !== null) return err(problem);
  const toDay = asOfDay.value;
  const fromDay = toDay - policy.windowDays + 1;
  const period = { from: fromDayNumber(fromDay), to: asOf };
  const tally = new Map<string, { visits: number; departments: Set<string> }>();
  for (const v of visits) {
    if (v.enterpriseId === null) continue;
    const day = toDayNumber(v.date);
    if (!(day >= fromDay && day <= toDay)) continue;
    let t = tally.get(v.enterpriseId);
    if (t === undefined) {
      t = { visits: 0, departments: new Set() };
      tally.set(v.enterpriseId, t);
    }
    t.visits++;
    for (const d of v.departmentIds) t.departments.add(d);
  }
  const warnings: BurdenWarning[] = [];
  for (const [enterpriseId, t] of tally) {
    const overVisits = t.visits > policy.maxVisitsPerWindow;
    const overDepartments = t.departments.size > policy.maxDepartmentsPerWindow;
    if (!overVisits && !overDepartments) continue;
    const en: string[] = [];
    const zh: string[] = [];
    if (overVisits) {
      en.push(`${t.visits} visits > ${policy.maxVisitsPerWindow}`);
      zh.push(`走访 ${t.visits} 次，超过 ${policy.maxVisitsPerWindow} 次`);
    }
    if (overDepartments) {
      en.push(`${t.departments.size} departments > ${policy.maxDepartmentsPerWindow}`);
      zh.push(`涉及 ${t.departments.size} 个部门，超过 ${policy.maxDepartmentsPerWindow} 个`);
    }
    const departments = [...t.departments].sort();
    warnings.push({
      enterpriseId,
      period,
      visits: t.visits,
      distinctDepartments: departments.length,
      departments,
      overVisits,
      overDepartments,
      reason: {
        en: `In the ${policy.windowDays} days to ${asOf}: ${en.join('; ')}.`,
        zh: `截至 ${asOf} 的 ${policy.windowDays} 天内：${zh.join('；')}。`,
      },
    });
  }
  return ok(
    warnings.sort(
      (a, b) =>
        b.visits - a.visits ||
        b.distinctDepartments - a.distinctDepartments ||
        (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0),
    ),
  );
}

/**
 * A visit planned by a department, as {@link coordinateVisits} needs it; a {@link Visit} will do.
 *
 * @category Visit
 */
export interface PlannedVisit {
  /** The planned visit's id. */
  readonly id: string;
  /** The planned date, `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** The departments planning it. */
  readonly departmentIds: readonly string[];
  /** The enterprise to visit, or null for a park or another target. */
  readonly enterpriseId: string | null;
  /** The park to visit, when not an enterprise. */
  readonly parkId?: string | null;
  /** The household, village or grassroots organisation to visit (Part 14), when neither an enterprise nor a park. */
  readonly target?: GrassrootsTargetRef | undefined;
  /** The people planned to go, if known. */
  readonly visitorIds?: readonly string[];
}

/**
 * A proposal to merge planned visits into one joint visit (联合走访).
 *
 * @category Visit
 */
export interface JointVisitProposal {
  /** The enterprise, or null for a park or another target. */
  readonly enterpriseId: string | null;
  /** The park, or null for an enterprise or another target. */
  readonly parkId: string | null;
  /** The household, village or grassroots organisation, when the visits go to one (Part 14); absent otherwise. */
  readonly target?: GrassrootsTargetRef;
  /** The ISO week of the visits, e.g. `'2026-W11'`. */
  readonly isoWeek: string;
  /** The planned visits merged, by date then id. */
  readonly visitIds: readonly string[];
  /** The departments taking part, sorted. */
  readonly departmentIds: readonly string[];
  /** The people planned to go, sorted (empty when not given). */
  readonly visitorIds: readonly string[];
  /** The proposed date: the earliest planned date that is a working day, else the earliest planned date. */
  readonly proposedDate: CalendarDate;
  /** Visits the enterprise is spared: the visits merged less one. */
  readonly visitsSaved: number;
  /** Why, in both languages. */
  readonly reason: BilingualText;
}

/** The ISO week label `YYYY-Www` of the week starting on Monday `monday` (a day number). */
function isoWeekLabel(monday: number): string {
  const thursday = monday + 3;
  const [year] = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${week < 10 ? '0' : ''}${week}`;
}

/**
 * Proposes joint visits (003: repeated, overlapping activities by many departments burden
 * enterprises): planned visits to the same enterprise (or park) in the same ISO week (Monday to
 * Sunday) — or to the same household, village or grassroots organisation (`target`, Part 14: many
 * departments at one household's door are a burden too) — by at least the policy's
 * `minDepartmentsToCoordinate` distinct departments (2 by default)
 * become one proposal listing the merged visits, the departments and the people. The proposed date
 * is the earliest planned date that is a working day by `calendar` (a date outside the calendar's
 * years counts as not working), or the earliest planned date when none is or no calendar is given.
 * Deterministic: the result depends on the set of planned visits only, not their order. Visits to
 * different enterprises, or in different ISO weeks, are never merged.
 *
 * @param plannedVisits - The planned visits.
 * @param policy - The burden policy; {@link defaultVisitBurdenPolicy} by default.
 * @param calendar - The working-day calendar for the proposed date (e.g. `chinaCalendar`), if any.
 * @returns The proposals, by proposed date, then enterprise id (then park, then other target); or `INVALID_DATE` (path
 *   `['plannedVisits', i, 'date']`) for the first planned visit whose date is not real,
 *   `INVALID_INPUT` (path `['policy', 'minDepartmentsToCoordinate']`) when that figure is not a whole number ≥ 2,
 *   or the error of a calendar that `WorkCalendarSchema` refuses (path under `['calendar']`).
 * @example
 * ```ts
 * const plan = [
 *   { id: 'tax-1', date: '2026-03-13', departmentIds: ['tax'], enterpriseId: 'e1' },
 *   { id: 'env-1', date: '2026-03-10', departmentIds: ['env'], enterpriseId: 'e1' },
 *   { id: 'amr-1', date: '2026-03-17', departmentIds: ['amr'], enterpriseId: 'e1' },
 * ];
 * unwrap(coordinateVisits(plan, defaultVisitBurdenPolicy, chinaCalendar))[0]?.visitIds; // ['env-1', 'tax-1']
 * coordinateVisits([{ id: 'tax-2', date: '2026-02-30', departmentIds: ['tax'], enterpriseId: 'e1' }]);
 * // { ok: false, error: { code: 'INVALID_DATE', path: ['plannedVisits', 0, 'date'], … } }
 * ```
 * @category Visit
 */
export function coordinateVisits(
  plannedVisits: readonly PlannedVisit[],
  policy: VisitBurdenPolicy = defaultVisitBurdenPolicy,
  calendar?: WorkCalendar,
): Result<readonly JointVisitProposal[]> {
  const problem = burdenPolicyProblem(policy, ['minDepartmentsToCoordinate']);
  if (problem !== null) return err(problem);
  // Checked once here (its error returned, not taken for "no working day"), then looked up in O(1) per proposal.
  const checked = calendar === undefined ? undefined : compiled(calendar);
  if (checked !== undefined && 'code' in checked) return err(checked);
  const cal = checked?.calendar;
  const groups = new Map<string, { visit: PlannedVisit; day: number }[]>();
  for (let i = 0; i < plannedVisits.length; i++) {
    const visit = plannedVisits[i] as PlannedVisit;
    const day = dayOf(visit.date);
    if (Number.isNaN(day)) return err(dateError(visit.date, ['plannedVisits', i, 'date']));
    const monday = day - (isoWeekday(day) - 1);
    const other = visit.enterpriseId === null && (visit.parkId ?? null) === null ? visit.target : undefined;
    const target =
      visit.enterpriseId !== null
        ? `e\u0000${visit.enterpriseId}`
        : other !== undefined && other !== null
          ? `t\u0000${other.kind}\u0000${other.id}`
          : `p\u0000${visit.parkId ?? ''}`;
    const key = `${target}\u0000${monday}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [{ visit, day }]);
    else group.push({ visit, day });
  }
  const proposals: JointVisitProposal[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const departments = new Set<string>();
    const people = new Set<string>();
    for (const { visit } of group) {
      for (const d of visit.departmentIds) departments.add(d);
      for (const p of visit.visitorIds ?? []) people.add(p);
    }
    if (departments.size < policy.minDepartmentsToCoordinate) continue;
    group.sort((a, b) => a.day - b.day || (a.visit.id < b.visit.id ? -1 : a.visit.id > b.visit.id ? 1 : 0));
    const first = group[0] as { visit: PlannedVisit; day: number };
    const working =
      cal === undefined
        ? undefined
        : group.find(({ visit }) => {
            const r = isWorkingDay(visit.date, cal);
            return r.ok && r.value;
          });
    const proposedDate = fromDayNumber((working ?? first).day);
    const isoWeek = isoWeekLabel(first.day - (isoWeekday(first.day) - 1));
    const departmentIds = [...departments].sort();
    const firstOther = first.visit.enterpriseId === null && (first.visit.parkId ?? null) === null ? first.visit.target : undefined;
    proposals.push({
      enterpriseId: first.visit.enterpriseId,
      parkId: first.visit.enterpriseId === null ? (first.visit.parkId ?? null) : null,
      ...(firstOther === undefined || firstOther === null ? {} : { target: { kind: firstOther.kind, id: firstOther.id } }),
      isoWeek,
      visitIds: group.map(({ visit }) => visit.id),
      departmentIds,
      visitorIds: [...people].sort(),
      proposedDate,
      visitsSaved: group.length - 1,
      reason: {
        en: `${departmentIds.length} departments plan ${group.length} visits in ${isoWeek}: one joint visit on ${proposedDate} instead.`,
        zh: `${departmentIds.length} 个部门在 ${isoWeek} 周计划走访 ${group.length} 次：建议于 ${proposedDate} 合并为一次联合走访。`,
      },
    });
  }
  const targetOf = (p: JointVisitProposal): string => p.enterpriseId ?? (p.target === undefined ? `\uffff${p.parkId ?? ''}` : `\uffff\uffff${p.target.kind}\u0000${p.target.id}`);
  return ok(
    proposals.sort((a, b) => {
      if (a.proposedDate !== b.proposedDate) return a.proposedDate < b.proposedDate ? -1 : 1;
      const ta = targetOf(a);
      const tb = targetOf(b);
      return ta < tb ? -1 : ta > tb ? 1 : 0;
    }),
  );
}
