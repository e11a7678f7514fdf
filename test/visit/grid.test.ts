import { describe, expect, it } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import {
  gridTeamStaffOwed,
  hainingGridStaffShare,
  GridStaffShareSchema,
  type Department,
  type GridStaffShare,
} from '../../src/org/index.js';
import {
  cadencePeriod,
  gridCoverage,
  GridGap,
  gridStaffing,
  hainingVisitCadence,
  xingtaiVisitCadence,
  type VisitCadencePolicy,
} from '../../src/visit/index.js';
import { visit } from './fixtures.js';

const enterprises = [
  { id: 'e1', gridId: 'g1' },
  { id: 'e2', gridId: 'g1' },
  { id: 'e3', gridId: 'g2' },
  { id: 'e4' },
  { id: 'e5', gridId: null },
  { id: 'e6', gridId: 'g-unknown' },
];
const teams = [
  { gridId: 'g1', memberIds: ['m1', 'm2'], leaderId: 'lead1' },
  { gridId: 'g1', memberIds: ['m2', 'm3'] },
  { gridId: 'g2', memberIds: ['m4'] },
];
const year = unwrap(cadencePeriod('year', '2026-06-01'));

describe('grid coverage (002: grid teams visit every enterprise of their grid)', () => {
  it('002: an enterprise is covered when a person of its grid\'s teams visited it on site in the period', () => {
    const visits = [
      visit('2026-04-01', 'e1', ['lead1']),
      visit('2026-04-02', 'e2', ['m4']), // m4 is in g2's team, not g1's
      visit('2026-04-03', 'e3', ['x', 'm4']),
      visit('2025-12-31', 'e2', ['m1']), // before the period
    ];
    const c = unwrap(gridCoverage(enterprises, teams, visits, year, hainingVisitCadence));
    expect(c.ruleId).toBe('haining-grid-team-yearly');
    expect(c.grids).toEqual([
      { gridId: 'g-unknown', teams: 0, people: 0, enterprises: 1, covered: 0, uncovered: ['e6'], rate: 0 },
      { gridId: 'g1', teams: 2, people: 4, enterprises: 2, covered: 1, uncovered: ['e2'], rate: 0.5 },
      { gridId: 'g2', teams: 1, people: 1, enterprises: 1, covered: 1, uncovered: [], rate: 1 },
    ]);
    expect(c.withoutGrid).toEqual(['e4', 'e5']);
  });

  it('002: questionnaires do not count as grid visits under Haining\'s default (on site)', () => {
    const c = unwrap(gridCoverage(enterprises, teams, [visit('2026-04-01', 'e1', ['m1'], { mode: 'questionnaire' })], year));
    expect(c.grids.find((g) => g.gridId === 'g1')?.covered).toBe(0);
  });

  it('a grid with teams but no enterprise has rate null; a policy without a grid rule owes nothing', () => {
    const c = unwrap(gridCoverage([], [{ gridId: 'g9', memberIds: [] }], [], year));
    expect(c.grids).toEqual([{ gridId: 'g9', teams: 1, people: 0, enterprises: 0, covered: 0, uncovered: [], rate: null }]);
    expect(unwrap(gridCoverage(enterprises, teams, [], year, xingtaiVisitCadence))).toMatchObject({ ruleId: null, grids: [] });
    expect(gridCoverage(enterprises, teams, [], { from: '2026-01-01', to: '2026-02-31' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['period', 'to'], value: '2026-02-31' },
    });
  });
});

describe('grid staffing (002: class-1 departments 2/3 of staff, class-2 1/3)', () => {
  const departments: Department[] = [
    { id: 'fgj', name: '发改局', enterpriseRelatedClass: 'class1', staffCount: 30 },
    { id: 'jxj', name: '经信局', enterpriseRelatedClass: 'class1', staffCount: 10 },
    { id: 'hbj', name: '环保局', enterpriseRelatedClass: 'class2', staffCount: 30 },
    { id: 'scj', name: '市场监管局', enterpriseRelatedClass: 'class2', staffCount: 10 },
    { id: 'wlj', name: '文旅局', staffCount: 20 },
    { id: 'gtj', name: '国土局', enterpriseRelatedClass: 'class2' },
  ];

  it('002: class-1 departments owe 2/3 of their staff and class-2 departments 1/3, rounded up, as gridTeamStaffOwed says', () => {
    const s = unwrap(gridStaffing(departments, { teams }, enterprises));
    expect(s.departments.map((d) => [d.departmentId, d.owed])).toEqual([
      ['fgj', 20],
      ['jxj', 7],
      ['hbj', 10],
      ['scj', 4],
      ['wlj', 0],
      ['gtj', null],
    ]);
    for (const d of departments.slice(0, 5)) {
      const line = s.departments.find((l) => l.departmentId === d.id);
      expect(line?.reason).toEqual(unwrap(gridTeamStaffOwed({ enterpriseRelatedClass: d.enterpriseRelatedClass, staffCount: d.staffCount ?? 0 })).reason);
    }
    expect(s.totalOwed).toBe(41);
    expect(s.departments[5]).toMatchObject({ staffCount: null, owed: null, shortfall: null });
    expect(s.departments[5]?.reason.zh).toMatch(/人员数/);
  });

  it('002: another share policy is data too', () => {
    const half = parse(GridStaffShareSchema, { ...hainingGridStaffShare, class1: { numerator: 1, denominator: 2 }, rounding: 'roundDown' });
    expect(unwrap(gridStaffing(departments.slice(0, 2), { teams }, [], half)).departments.map((d) => d.owed)).toEqual([15, 5]);
  });

  it('counts what each department contributes to the teams when the advisers are known', () => {
    const advisers = [
      { id: 'm1', departmentId: 'fgj' },
      { id: 'm2', departmentId: 'fgj' },
      { id: 'm3', departmentId: 'hbj' },
      { id: 'lead1', departmentId: 'fgj' },
      { id: 'm4' },
    ];
    const s = unwrap(gridStaffing(departments.slice(0, 3), { teams, advisers }, enterprises));
    expect(s.departments.map((d) => [d.departmentId, d.contributed, d.shortfall])).toEqual([
      ['fgj', 3, 17],
      ['jxj', 0, 7],
      ['hbj', 1, 9],
    ]);
    expect(s.totalContributed).toBe(4);
    expect(unwrap(gridStaffing(departments, { teams }, enterprises)).totalContributed).toBeNull();
  });

  it('002: lists the enterprises no grid team covers: no grid, an unknown grid, a grid without a team', () => {
    const s = unwrap(gridStaffing(departments, { teams, grids: [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }] }, [...enterprises, { id: 'e7', gridId: 'g3' }]));
    expect(s.uncovered).toEqual([
      { enterpriseId: 'e4', gridId: null, gap: 'noGrid' },
      { enterpriseId: 'e5', gridId: null, gap: 'noGrid' },
      { enterpriseId: 'e6', gridId: 'g-unknown', gap: 'unknownGrid' },
      { enterpriseId: 'e7', gridId: 'g3', gap: 'gridWithoutTeam' },
    ]);
    expect(s.grids).toEqual([
      { gridId: 'g-unknown', teams: 0, people: 0, enterprises: 1 },
      { gridId: 'g1', teams: 2, people: 4, enterprises: 2 },
      { gridId: 'g2', teams: 1, people: 1, enterprises: 1 },
      { gridId: 'g3', teams: 0, people: 0, enterprises: 1 },
    ]);
    // without the list of grids, an unknown grid is simply one without a team
    expect(unwrap(gridStaffing([], { teams }, enterprises)).uncovered.map((u) => u.gap)).toEqual(['noGrid', 'noGrid', 'gridWithoutTeam']);
    expect(GridGap.labels.noGrid.zh).toBe('未划入网格');
  });

  it('002: Haining\'s scale — 28 grids and 144 teams cover all their enterprises', () => {
    const grids = Array.from({ length: 28 }, (_, g) => ({ id: `g${g}` }));
    const hTeams = Array.from({ length: 144 }, (_, t) => ({ gridId: `g${t % 28}`, memberIds: [`p${t}`] }));
    const es = Array.from({ length: 2800 }, (_, i) => ({ id: `e${i}`, gridId: `g${i % 28}` }));
    const s = unwrap(gridStaffing([], { teams: hTeams, grids }, es));
    expect(s.grids).toHaveLength(28);
    expect(s.grids.reduce((n, g) => n + g.teams, 0)).toBe(144);
    expect(s.uncovered).toEqual([]);
  });

  it('rejects a bad staff count as gridTeamStaffOwed does', () => {
    expect(gridStaffing([{ id: 'x', enterpriseRelatedClass: 'class1', staffCount: -1 }], { teams }, [])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['departments', 0, 'staffCount'], value: -1 },
    });
  });
});

describe('Part 8: the grid functions read the app\'s windows, departments and policies into a Result', () => {
  it('Part 8: gridCoverage returns INVALID_ARGUMENT or INVALID_DATE for its window, INVALID_INPUT for its policy, instead of throwing', () => {
    expect(gridCoverage(enterprises, teams, [], { from: '2026-12-31', to: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['period'] } });
    expect(gridCoverage(enterprises, teams, [], { from: 'spring', to: '2026-06-30' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['period', 'from'] } });
    const weekly = { ...hainingVisitCadence, rules: [{ ...hainingVisitCadence.rules[0], unit: 'week' }] } as unknown as VisitCadencePolicy;
    expect(gridCoverage(enterprises, teams, [], year, weekly)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['policy', 'rules', 0, 'unit'] } });
    expect(gridCoverage([], [], [], year)).toEqual({ ok: true, value: { period: year, ruleId: 'haining-grid-team-yearly', grids: [], withoutGrid: [] } });
  });

  it('Part 8: gridStaffing returns each department\'s error at its place (no TypeError for an unknown class or rounding) instead of throwing', () => {
    const ok = { id: 'ok', enterpriseRelatedClass: 'class1' as const, staffCount: 3 };
    expect(gridStaffing([ok, { id: 'x', enterpriseRelatedClass: 'class1', staffCount: 2.5 }], { teams }, [])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['departments', 1, 'staffCount'], value: 2.5 },
    });
    // an unknown class from JSON used to escape as a TypeError, with or without a staff count
    for (const staffCount of [3, undefined]) {
      const d = { id: 'x', enterpriseRelatedClass: 'class3' as 'class1', ...(staffCount === undefined ? {} : { staffCount }) };
      expect(gridStaffing([ok, d], { teams }, [])).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', path: ['departments', 1, 'enterpriseRelatedClass'], value: 'class3' },
      });
    }
    const sideways = { ...hainingGridStaffShare, rounding: 'sideways' } as unknown as GridStaffShare;
    expect(gridStaffing([ok], { teams }, [], sideways)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['share', 'rounding'], value: 'sideways' } });
    const byZero = { ...hainingGridStaffShare, class1: { numerator: 1, denominator: 0 } };
    expect(gridStaffing([ok], { teams }, [], byZero)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['share', 'class1', 'denominator'], value: 0 } });
    expect(gridStaffing([ok], { teams }, [])).toMatchObject({ ok: true, value: { totalOwed: 2 } });
  });
});
