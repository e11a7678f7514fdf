import { err, ok, type Result } from '../core/result.js';
import type { BilingualText } from '../core/schema.js';
import type { VisitGrid } from '../enterprise/grid.js';
import { toDayNumber } from '../internal/days.js';
import type { Adviser } from '../org/adviser.js';
import { hainingGridStaffShare } from '../org/defaults.js';
import { gridStaffDecision, type Department, type EnterpriseRelatedClass, type GridStaffShare } from '../org/department.js';
import type { GridTeam } from '../org/grid-team.js';
import { defaultVisitCadence } from './defaults.js';
import type { GridGap } from './enums.js';
import { readPeriod } from '../internal/args.js';
import { cadencePolicyProblem } from './checks.js';
import { modeBit, modeMask, type VisitPeriod } from './period.js';
import { ruleFor } from './engine.js';
import type { VisitCadencePolicy } from './policy.js';
import type { Visit } from './schema.js';

/**
 * An enterprise as grid coverage needs it: its id and its visit grid (absent or null when it has none).
 *
 * @category Visit
 */
export interface GridEnterprise {
  /** The enterprise's id. */
  readonly id: string;
  /** Its visit grid, if any. */
  readonly gridId?: string | null | undefined;
}

/**
 * A grid team as grid coverage needs it: its grid, its members and its leader.
 *
 * @category Visit
 */
export type GridTeamRef = Pick<GridTeam, 'gridId' | 'memberIds'> & { readonly leaderId?: string | undefined };

/** The people of each grid's teams (members and leaders), and the number of teams per grid. */
function gridPeople(teams: readonly GridTeamRef[]): { people: Map<string, Set<string>>; teamCount: Map<string, number> } {
  const people = new Map<string, Set<string>>();
  const teamCount = new Map<string, number>();
  for (const t of teams) {
    let set = people.get(t.gridId);
    if (set === undefined) {
      set = new Set();
      people.set(t.gridId, set);
    }
    for (const m of t.memberIds) set.add(m);
    if (t.leaderId !== undefined) set.add(t.leaderId);
    teamCount.set(t.gridId, (teamCount.get(t.gridId) ?? 0) + 1);
  }
  return { people, teamCount };
}

/**
 * How well one grid's teams covered its enterprises in a window.
 *
 * @category Visit
 */
export interface GridCoverageLine {
  /** The grid. */
  readonly gridId: string;
  /** Its visit teams. */
  readonly teams: number;
  /** The distinct people in them (members and leaders). */
  readonly people: number;
  /** Its enterprises. */
  readonly enterprises: number;
  /** Those that had at least the rule's `atLeast` counted visits by the grid's people. */
  readonly covered: number;
  /** Those that did not, sorted by id. */
  readonly uncovered: readonly string[];
  /** `covered / enterprises`; null for a grid with no enterprise. */
  readonly rate: number | null;
}

/**
 * The result of {@link gridCoverage}.
 *
 * @category Visit
 */
export interface GridCoverage {
  /** The window. */
  readonly period: VisitPeriod;
  /** The rule applied, or null when the policy sets none for grid teams. */
  readonly ruleId: string | null;
  /** One line per grid that has enterprises or teams, sorted by grid id. */
  readonly grids: readonly GridCoverageLine[];
  /** Enterprises in no grid, which no team is bound to visit, in the input's order. */
  readonly withoutGrid: readonly string[];
}

/**
 * Grid coverage in a window (002: the grid visit teams visit every enterprise of their grid): for
 * each grid, which of its enterprises had at least the rule's `atLeast` counted visits in the
 * window by the people of the grid's teams (members or leaders, of any team of that grid). The rule
 * is the policy's rule for `'gridTeam'` over `'gridEnterprise'` — by default Haining's, once a
 * calendar year on site (the period is qinqing's choice); for its calendar period use
 * {@link cadencePeriod}. Without such a rule nothing is owed and no grid line is returned.
 *
 * @param enterprises - The enterprises, each with its grid (or none).
 * @param teams - The grid visit teams.
 * @param visits - The visit records (any order); visits to parks, households, villages and
 *   grassroots organisations do not count.
 * @param period - The window, both ends included.
 * @param policy - The cadence policy; {@link defaultVisitCadence} by default.
 * @returns The window, the rule, the lines per grid and the enterprises without a grid; or
 *   `INVALID_DATE` (path `['period', 'from']` or `['period', 'to']`) or `INVALID_ARGUMENT` (path
 *   `['period']`: not an object, or ends reversed) for a bad window, `INVALID_INPUT` (path
 *   `['policy', 'rules', j, 'unit']` or `'atLeast'`) for a rule with an unknown unit or a count that
 *   is not a whole number ≥ 1.
 * @example
 * ```ts
 * const v = parse(VisitSchema, { id: 'v1', date: '2026-05-06', visitorIds: ['m1'], departmentIds: ['d1'], enterpriseId: 'e1',
 *   parkId: null, mode: 'onSite', purpose: '网格走访', findings: '' });
 * const c = gridCoverage([{ id: 'e1', gridId: 'g1' }, { id: 'e2', gridId: 'g1' }], [{ gridId: 'g1', memberIds: ['m1'] }],
 *   [v], unwrap(cadencePeriod('year', '2026-05-06')));
 * c.ok && c.value.grids[0]?.uncovered; // ['e2']
 * gridCoverage([], [], [v], { from: '2026-01-01', to: '2026-02-31' }); // { ok: false, error: { code: 'INVALID_DATE', path: ['period', 'to'], … } }
 * ```
 * @category Visit
 */
export function gridCoverage(
  enterprises: readonly GridEnterprise[],
  teams: readonly GridTeamRef[],
  visits: readonly Visit[],
  period: VisitPeriod,
  policy: VisitCadencePolicy = defaultVisitCadence,
): Result<GridCoverage> {
  const days = readPeriod(period, 'period');
  if (!days.ok) return days;
  const problem = cadencePolicyProblem(policy, ['policy']);
  if (problem !== null) return err(problem);
  const [fromDay, toDay] = days.value;
  const rule = ruleFor(policy, 'gridTeam', 'gridEnterprise');
  const withoutGrid = enterprises.filter((e) => e.gridId === undefined || e.gridId === null).map((e) => e.id);
  if (rule === undefined) return ok({ period: { from: period.from, to: period.to }, ruleId: null, grids: [], withoutGrid });
  const { people, teamCount } = gridPeople(teams);
  const index = new Map<string, number>();
  const gridOf: string[] = [];
  for (const e of enterprises) {
    if (e.gridId === undefined || e.gridId === null || index.has(e.id)) continue;
    index.set(e.id, gridOf.length);
    gridOf.push(e.gridId);
  }
  const made = new Int32Array(gridOf.length);
  const mask = modeMask(rule.modes);
  for (const v of visits) {
    if (v.enterpriseId === null) continue;
    const i = index.get(v.enterpriseId);
    if (i === undefined || (mask & modeBit(v.mode)) === 0) continue;
    const day = toDayNumber(v.date);
    if (!(day >= fromDay && day <= toDay)) continue;
    const members = people.get(gridOf[i] as string);
    if (members !== undefined && v.visitorIds.some((id) => members.has(id))) made[i] = (made[i] as number) + 1;
  }
  const lines = new Map<string, { enterprises: number; uncovered: string[] }>();
  for (const gridId of [...teamCount.keys()]) lines.set(gridId, { enterprises: 0, uncovered: [] });
  for (const [id, i] of index) {
    const gridId = gridOf[i] as string;
    let line = lines.get(gridId);
    if (line === undefined) {
      line = { enterprises: 0, uncovered: [] };
      lines.set(gridId, line);
    }
    line.enterprises++;
    if ((made[i] as number) < rule.atLeast) line.uncovered.push(id);
  }
  const grids = [...lines.keys()].sort().map((gridId) => {
    const l = lines.get(gridId) as { enterprises: number; uncovered: string[] };
    const covered = l.enterprises - l.uncovered.length;
    return {
      gridId,
      teams: teamCount.get(gridId) ?? 0,
      people: people.get(gridId)?.size ?? 0,
      enterprises: l.enterprises,
      covered,
      uncovered: l.uncovered.sort(),
      rate: l.enterprises === 0 ? null : covered / l.enterprises,
    };
  });
  return ok({ period: { from: period.from, to: period.to }, ruleId: rule.id, grids, withoutGrid });
}

/**
 * One department's share of grid-team staff (002).
 *
 * @category Visit
 */
export interface GridStaffingLine {
  /** The department. */
  readonly departmentId: string;
  /** Its class as an enterprise-related department, or null when it is not one. */
  readonly enterpriseRelatedClass: EnterpriseRelatedClass | null;
  /** Its staff count, or null when unknown. */
  readonly staffCount: number | null;
  /** Staff it owes to grid teams ({@link qinqing/org!gridTeamStaffOwed}), or null when the staff count of an enterprise-related department is unknown. */
  readonly owed: number | null;
  /** Its advisers among the grid teams' people (when advisers are given), else null. */
  readonly contributed: number | null;
  /** `owed − contributed` when positive, else 0; null when either is unknown. */
  readonly shortfall: number | null;
  /** Why it owes what it owes, in both languages. */
  readonly reason: BilingualText;
}

/**
 * One grid's teams, people and enterprises.
 *
 * @category Visit
 */
export interface GridStaffingGrid {
  /** The grid. */
  readonly gridId: string;
  /** Its visit teams. */
  readonly teams: number;
  /** The distinct people in them (members and leaders). */
  readonly people: number;
  /** Its enterprises. */
  readonly enterprises: number;
}

/**
 * An enterprise no grid team covers, and why.
 *
 * @category Visit
 */
export interface UncoveredEnterprise {
  /** The enterprise. */
  readonly enterpriseId: string;
  /** Its grid, or null when it has none. */
  readonly gridId: string | null;
  /** Why no team covers it; see {@link GridGap}. */
  readonly gap: GridGap;
}

/**
 * The result of {@link gridStaffing}.
 *
 * @category Visit
 */
export interface GridStaffing {
  /** One line per department, in the input's order. */
  readonly departments: readonly GridStaffingLine[];
  /** Staff owed by the departments whose figure is known. */
  readonly totalOwed: number;
  /** Staff contributed, or null when advisers are not given. */
  readonly totalContributed: number | null;
  /** One line per grid (known grids, grids with teams and grids of enterprises), sorted by id. */
  readonly grids: readonly GridStaffingGrid[];
  /** The enterprises no grid team covers, in the input's order. */
  readonly uncovered: readonly UncoveredEnterprise[];
}

/**
 * The grids and teams of {@link gridStaffing}: the teams, and optionally the known grids (to find
 * enterprises pointing to an unknown grid) and the advisers (to count what each department
 * contributes).
 *
 * @category Visit
 */
export interface GridOrganisation {
  /** The grid visit teams. */
  readonly teams: readonly GridTeamRef[];
  /** The known visit grids; when given, an enterprise in another grid is `'unknownGrid'`. */
  readonly grids?: readonly Pick<VisitGrid, 'id'>[];
  /** The advisers with their departments; when given, each department's contribution is counted. */
  readonly advisers?: readonly Pick<Adviser, 'id' | 'departmentId'>[];
}

/**
 * Grid staffing (002: Haining's 28 grids and 144 grid visit teams, staffed by 2/3 of the staff of
 * class-1 enterprise-related departments and 1/3 of class-2): how many staff each department owes
 * to grid teams — worked out by {@link qinqing/org!gridTeamStaffOwed} under the share policy — how many it
 * contributes when the advisers are known, each grid's teams and enterprises, and the enterprises
 * no grid team covers: no grid, an unknown grid, or a grid without a team.
 *
 * @param departments - The departments with their class and staff count.
 * @param organisation - The teams, and optionally the known grids and the advisers.
 * @param enterprises - The enterprises with their grids.
 * @param share - The share policy; {@link qinqing/org!hainingGridStaffShare} (2/3 and 1/3, rounded up) by default.
 * @returns The lines per department and per grid, the totals and the uncovered enterprises; or the
 *   first department's error from {@link qinqing/org!gridTeamStaffOwed} at its place: `INVALID_ARGUMENT`
 *   (path `['departments', i, 'staffCount']`) for a staff count that is not a whole number ≥ 0,
 *   `INVALID_INPUT` for an unknown class (path `['departments', i, 'enterpriseRelatedClass']`) or a
 *   share policy its schema refuses (path `['share', 'rounding']`, …).
 * @example
 * ```ts
 * const s = unwrap(gridStaffing(
 *   [{ id: 'fgj', enterpriseRelatedClass: 'class1', staffCount: 30 }, { id: 'hbj', enterpriseRelatedClass: 'class2', staffCount: 30 }],
 *   { teams: [{ gridId: 'g1', memberIds: ['a1'] }] },
 *   [{ id: 'e1', gridId: 'g1' }, { id: 'e2', gridId: 'g2' }, { id: 'e3' }],
 * ));
 * s.departments.map((d) => d.owed); // [20, 10]
 * s.uncovered.map((u) => u.gap); // ['gridWithoutTeam', 'noGrid']
 * gridStaffing([{ id: 'x', enterpriseRelatedClass: 'class1', staffCount: -1 }], { teams: [] }, []);
 * // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['departments', 0, 'staffCount'], … } }
 * ```
 * @category Visit
 */
export function gridStaffing(
  departments: readonly Pick<Department, 'id' | 'enterpriseRelatedClass' | 'staffCount'>[],
  organisation: GridOrganisation,
  enterprises: readonly GridEnterprise[],
  share: GridStaffShare = hainingGridStaffShare,
): Result<GridStaffing> {
  const { people, teamCount } = gridPeople(organisation.teams);
  const known = organisation.grids === undefined ? null : new Set(organisation.grids.map((g) => g.id));

  let contributedBy: Map<string, number> | null = null;
  if (organisation.advisers !== undefined) {
    const departmentOf = new Map<string, string>();
    for (const a of organisation.advisers) if (a.departmentId !== undefined) departmentOf.set(a.id, a.departmentId);
    const everyone = new Set<string>();
    for (const set of people.values()) for (const id of set) everyone.add(id);
    contributedBy = new Map();
    for (const id of everyone) {
      const d = departmentOf.get(id);
      if (d !== undefined) contributedBy.set(d, (contributedBy.get(d) ?? 0) + 1);
    }
  }

  let totalOwed = 0;
  let totalContributed: number | null = contributedBy === null ? null : 0;
  const lines: GridStaffingLine[] = [];
  for (let i = 0; i < departments.length; i++) {
    const d = departments[i] as (typeof departments)[number];
    const line = staffingLine(d, contributedBy === null ? null : (contributedBy.get(d.id) ?? 0), share, i);
    if (!line.ok) return line;
    lines.push(line.value);
    if (line.value.owed !== null) totalOwed += line.value.owed;
    if (line.value.contributed !== null && totalContributed !== null) totalContributed += line.value.contributed;
  }

  const enterprisesPerGrid = new Map<string, number>();
  const uncovered: UncoveredEnterprise[] = [];
  for (const e of enterprises) {
    const gridId = e.gridId ?? null;
    if (gridId === null) {
      uncovered.push({ enterpriseId: e.id, gridId: null, gap: 'noGrid' });
      continue;
    }
    enterprisesPerGrid.set(gridId, (enterprisesPerGrid.get(gridId) ?? 0) + 1);
    if (known !== null && !known.has(gridId)) uncovered.push({ enterpriseId: e.id, gridId, gap: 'unknownGrid' });
    else if (!teamCount.has(gridId)) uncovered.push({ enterpriseId: e.id, gridId, gap: 'gridWithoutTeam' });
  }
  const gridIds = new Set<string>([...(known ?? []), ...teamCount.keys(), ...enterprisesPerGrid.keys()]);
  const grids = [...gridIds].sort().map((gridId) => ({
    gridId,
    teams: teamCount.get(gridId) ?? 0,
    people: people.get(gridId)?.size ?? 0,
    enterprises: enterprisesPerGrid.get(gridId) ?? 0,
  }));
  return ok({ departments: lines, totalOwed, totalContributed, grids, uncovered });
}

/** The line of department `d`, at `departments[i]`, which put `contributed` people into the teams (null when unknown). */
function staffingLine(
  d: Pick<Department, 'id' | 'enterpriseRelatedClass' | 'staffCount'>,
  contributed: number | null,
  share: GridStaffShare,
  i: number,
): Result<GridStaffingLine> {
  const cls = d.enterpriseRelatedClass ?? null;
  const decision = gridStaffDecision(
    cls === null ? { staffCount: d.staffCount ?? 0 } : { enterpriseRelatedClass: cls, staffCount: d.staffCount ?? 0 },
    share,
    ['departments', i],
    ['share'],
  );
  if (!decision.ok) return decision;
  if (cls !== null && d.staffCount === undefined) {
    return ok({
      departmentId: d.id,
      enterpriseRelatedClass: cls,
      staffCount: null,
      owed: null,
      contributed,
      shortfall: null,
      reason: {
        en: 'An enterprise-related department with no staff count: its share cannot be worked out.',
        zh: '涉企部门未填人员数，无法计算应编入网格走访小组的人数。',
      },
    });
  }
  const { owed, reason } = decision.value;
  return ok({
    departmentId: d.id,
    enterpriseRelatedClass: cls,
    staffCount: d.staffCount ?? null,
    owed,
    contributed,
    shortfall: contributed === null ? null : Math.max(0, owed - contributed),
    reason,
  });
}
