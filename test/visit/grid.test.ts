import { describe, expect, it } from 'vitest';
import {
  cadencePeriod,
  gridCoverage,
  gridGapLabels,
  gridStaffing,
  gridTeamStaffOwed,
  hainingGridStaffShare,
  hainingVisitCadence,
  parseGridStaffShare,
  QinqingError,
  xingtaiVisitCadence,
  type Department,
} from '../../src/index.js';
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
const year = cadencePeriod('year', '2026-06-01');

describe('grid coverage (002: grid teams visit every enterprise of their grid)', () => {
  it('002: an enterprise is covered when a person of its grid\'s teams visited it on site in the period', () => {
    const visits = [
      visit('2026-04-01', 'e1', ['lead1']),
      visit('2026-04-02', 'e2', ['m4']), // m4 is in g2's team, not g1's
      visit('2026-04-03', 'e3', ['x', 'm4']),
      visit('2025-12-31', 'e2', ['m1']), // before the period
    ];
    const c = gridCoverage(enterprises, teams, visits, year, hainingVisitCadence);
    expect(c.ruleId).toBe('haining-grid-team-yearly');
    expect(c.grids).toEqual([
      { gridId: 'g-unknown', teams: 0, people: 0, enterprises: 1, covered: 0, uncovered: ['e6'], rate: 0 },
      { gridId: 'g1', teams: 2, people: 4, enterprises: 2, covered: 1, uncovered: ['e2'], rate: 0.5 },
      { gridId: 'g2', teams: 1, people: 1, enterprises: 1, covered: 1, uncovered: [], rate: 1 },
    ]);
    expect(c.withoutGrid).toEqual(['e4', 'e5']);
  });

  it('002: questionnaires do not count as grid visits under Haining\'s default (on site)', () => {
    const c = gridCoverage(enterprises, teams, [visit('2026-04-01', 'e1', ['m1'], { mode: 'questionnaire' })], year);
    expect(c.grids.find((g) => g.gridId === 'g1')?.covered).toBe(0);
  });

  it('a grid with teams but no enterprise has rate null; a policy without a grid rule owes nothing', () => {
    const c = gridCoverage([], [{ gridId: 'g9', memberIds: [] }], [], year);
    expect(c.grids).toEqual([{ gridId: 'g9', teams: 1, people: 0, enterprises: 0, covered: 0, uncovered: [], rate: null }]);
    expect(gridCoverage(enterprises, teams, [], year, xingtaiVisitCadence)).toMatchObject({ ruleId: null, grids: [] });
    expect(() => gridCoverage(enterprises, teams, [], { from: '2026-01-01', to: '2026-02-31' })).toThrow(QinqingError);
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
    const s = gridStaffing(departments, { teams }, enterprises);
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
      expect(line?.reason).toEqual(gridTeamStaffOwed({ enterpriseRelatedClass: d.enterpriseRelatedClass, staffCount: d.staffCount ?? 0 }).reason);
    }
    expect(s.totalOwed).toBe(41);
    expect(s.departments[5]).toMatchObject({ staffCount: null, owed: null, shortfall: null });
    expect(s.departments[5]?.reason.zh).toMatch(/人员数/);
  });

  it('002: another share policy is data too', () => {
    const half = parseGridStaffShare({ ...hainingGridStaffShare, class1: { numerator: 1, denominator: 2 }, rounding: 'roundDown' });
    expect(gridStaffing(departments.slice(0, 2), { teams }, [], half).departments.map((d) => d.owed)).toEqual([15, 5]);
  });

  it('counts what each department contributes to the teams when the advisers are known', () => {
    const advisers = [
      { id: 'm1', departmentId: 'fgj' },
      { id: 'm2', departmentId: 'fgj' },
      { id: 'm3', departmentId: 'hbj' },
      { id: 'lead1', departmentId: 'fgj' },
      { id: 'm4' },
    ];
    const s = gridStaffing(departments.slice(0, 3), { teams, advisers }, enterprises);
    expect(s.departments.map((d) => [d.departmentId, d.contributed, d.shortfall])).toEqual([
      ['fgj', 3, 17],
      ['jxj', 0, 7],
      ['hbj', 1, 9],
    ]);
    expect(s.totalContributed).toBe(4);
    expect(gridStaffing(departments, { teams }, enterprises).totalContributed).toBeNull();
  });

  it('002: lists the enterprises no grid team covers: no grid, an unknown grid, a grid without a team', () => {
    const s = gridStaffing(departments, { teams, grids: [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }] }, [...enterprises, { id: 'e7', gridId: 'g3' }]);
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
    expect(gridStaffing([], { teams }, enterprises).uncovered.map((u) => u.gap)).toEqual(['noGrid', 'noGrid', 'gridWithoutTeam']);
    expect(gridGapLabels.noGrid.zh).toBe('未划入网格');
  });

  it('002: Haining\'s scale — 28 grids and 144 teams cover all their enterprises', () => {
    const grids = Array.from({ length: 28 }, (_, g) => ({ id: `g${g}` }));
    const hTeams = Array.from({ length: 144 }, (_, t) => ({ gridId: `g${t % 28}`, memberIds: [`p${t}`] }));
    const es = Array.from({ length: 2800 }, (_, i) => ({ id: `e${i}`, gridId: `g${i % 28}` }));
    const s = gridStaffing([], { teams: hTeams, grids }, es);
    expect(s.grids).toHaveLength(28);
    expect(s.grids.reduce((n, g) => n + g.teams, 0)).toBe(144);
    expect(s.uncovered).toEqual([]);
  });

  it('rejects a bad staff count as gridTeamStaffOwed does', () => {
    expect(() => gridStaffing([{ id: 'x', enterpriseRelatedClass: 'class1', staffCount: -1 }], { teams }, [])).toThrow(QinqingError);
  });
});
