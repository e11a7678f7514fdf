import { describe, expect, it } from 'vitest';
import { unwrap, parse, safeParse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  burdenWarnings,
  coordinateVisits,
  defaultVisitBurdenPolicy,
  VisitBurdenPolicySchema,
  visitBurden,
  type PlannedVisit,
} from '../../src/visit/index.js';
import { visit } from './fixtures.js';

const march = { from: '2026-03-01', to: '2026-03-31' };

describe('visit burden (002: 有求必应、无事不扰; 003: overlapping visits by many departments)', () => {
  it('002/003: the default limits are qinqing\'s, since the sources give no figures', () => {
    expect(defaultVisitBurdenPolicy).toMatchObject({ maxVisitsPerWindow: 4, maxDepartmentsPerWindow: 3, windowDays: 30, minDepartmentsToCoordinate: 2 });
    expect(defaultVisitBurdenPolicy.source).toMatch(/qinqing/);
    expect(defaultVisitBurdenPolicy.source).toMatch(/002/);
    expect(defaultVisitBurdenPolicy.source).toMatch(/003/);
    expect(Object.isFrozen(defaultVisitBurdenPolicy)).toBe(true);
    expect(safeParse(VisitBurdenPolicySchema, { windowDays: 0 }).ok).toBe(false);
    expect(safeParse(VisitBurdenPolicySchema, { minDepartmentsToCoordinate: 1 }).ok).toBe(false);
  });

  it('003: visitBurden counts every visit to the enterprise in the window and its distinct departments', () => {
    const visits = [
      visit('2026-03-02', 'e1', ['a1'], { departmentIds: ['tax', 'amr'] }),
      visit('2026-03-09', 'e1', ['a2'], { departmentIds: ['amr'], mode: 'phone' }),
      visit('2026-03-31', 'e1', ['a3'], { departmentIds: ['env'], mode: 'questionnaire' }),
      visit('2026-04-01', 'e1', ['a3'], { departmentIds: ['fire'] }),
      visit('2026-03-03', 'e2', ['a1'], { departmentIds: ['fire'] }),
    ];
    expect(unwrap(visitBurden(visits, 'e1', march))).toEqual({
      enterpriseId: 'e1',
      period: march,
      visits: 3,
      distinctDepartments: 3,
      departments: ['amr', 'env', 'tax'],
    });
    expect(unwrap(visitBurden(visits, 'e9', march))).toMatchObject({ visits: 0, distinctDepartments: 0, departments: [] });
    expect(visitBurden(visits, 'e1', { from: '2026-03-31', to: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['window'] } });
  });

  it('002/003: burdenWarnings flags enterprises over 4 visits or 3 departments in the 30 days to the date', () => {
    const visits = [
      // e1: five visits by one department — too many visits
      ...['03-02', '03-05', '03-09', '03-12', '03-16'].map((d) => visit(`2026-${d}`, 'e1', ['a1'], { departmentIds: ['amr'] })),
      // e2: four departments in four visits — too many departments
      ...['tax', 'amr', 'env', 'fire'].map((dep, i) => visit(`2026-03-1${i}`, 'e2', ['a2'], { departmentIds: [dep] })),
      // e3: four visits by three departments — within the limits
      ...['tax', 'amr', 'env', 'env'].map((dep, i) => visit(`2026-03-2${i}`, 'e3', ['a3'], { departmentIds: [dep] })),
      // e4: many visits, but before the window (30 days to 31 March start on 2 March)
      ...['02-10', '02-12', '02-14', '02-16', '03-01'].map((d) => visit(`2026-${d}`, 'e4', ['a4'])),
    ];
    const w = unwrap(burdenWarnings(visits, defaultVisitBurdenPolicy, '2026-03-31'));
    expect(w.map((x) => [x.enterpriseId, x.visits, x.distinctDepartments, x.overVisits, x.overDepartments])).toEqual([
      ['e1', 5, 1, true, false],
      ['e2', 4, 4, false, true],
    ]);
    expect(w[0]?.period).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(w[0]?.reason.zh).toBe('截至 2026-03-31 的 30 天内：走访 5 次，超过 4 次。');
    expect(w[1]?.reason.en).toBe('In the 30 days to 2026-03-31: 4 departments > 3.');
    expect(unwrap(burdenWarnings(visits, parse(VisitBurdenPolicySchema, { windowDays: 60 }), '2026-03-31')).map((x) => x.enterpriseId)).toEqual(['e1', 'e4', 'e2']);
    expect(unwrap(burdenWarnings(visits, defaultVisitBurdenPolicy, '2026-03-01')).map((x) => x.enterpriseId)).toEqual(['e4']);
    expect(unwrap(burdenWarnings(visits, defaultVisitBurdenPolicy, '2026-02-09'))).toEqual([]);
  });
});

describe('coordinateVisits: merge departments\' planned visits into joint visits (003)', () => {
  const plan: PlannedVisit[] = [
    { id: 'tax-1', date: '2026-03-13', departmentIds: ['tax'], enterpriseId: 'e1', visitorIds: ['t1'] },
    { id: 'env-1', date: '2026-03-14', departmentIds: ['env'], enterpriseId: 'e1', visitorIds: ['n1'] }, // Saturday
    { id: 'amr-1', date: '2026-03-10', departmentIds: ['amr'], enterpriseId: 'e1' },
    { id: 'amr-2', date: '2026-03-17', departmentIds: ['amr'], enterpriseId: 'e1' }, // next ISO week
    { id: 'fire-1', date: '2026-03-11', departmentIds: ['fire'], enterpriseId: 'e2' }, // another enterprise
    { id: 'tax-2', date: '2026-03-16', departmentIds: ['tax'], enterpriseId: 'e3' },
    { id: 'tax-3', date: '2026-03-18', departmentIds: ['tax'], enterpriseId: 'e3' }, // one department only
  ];

  it('003: visits of several departments to one enterprise in one ISO week become one joint visit', () => {
    const proposals = unwrap(coordinateVisits(plan, defaultVisitBurdenPolicy, chinaCalendar));
    expect(proposals).toEqual([
      {
        enterpriseId: 'e1',
        parkId: null,
        isoWeek: '2026-W11',
        visitIds: ['amr-1', 'tax-1', 'env-1'],
        departmentIds: ['amr', 'env', 'tax'],
        visitorIds: ['n1', 't1'],
        proposedDate: '2026-03-10',
        visitsSaved: 2,
        reason: {
          en: '3 departments plan 3 visits in 2026-W11: one joint visit on 2026-03-10 instead.',
          zh: '3 个部门在 2026-W11 周计划走访 3 次：建议于 2026-03-10 合并为一次联合走访。',
        },
      },
    ]);
  });

  it('proposes the earliest working day among the dates, or the earliest date when none is one', () => {
    const weekend: PlannedVisit[] = [
      { id: 'a', date: '2026-03-14', departmentIds: ['tax'], enterpriseId: 'e1' }, // Saturday
      { id: 'b', date: '2026-03-15', departmentIds: ['env'], enterpriseId: 'e1' }, // Sunday
    ];
    expect(unwrap(coordinateVisits(weekend, defaultVisitBurdenPolicy, chinaCalendar))[0]?.proposedDate).toBe('2026-03-14');
    const holiday: PlannedVisit[] = [
      { id: 'a', date: '2026-10-01', departmentIds: ['tax'], enterpriseId: 'e1' }, // National Day
      { id: 'b', date: '2026-10-02', departmentIds: ['env'], enterpriseId: 'e1' },
      { id: 'c', date: '2026-09-28', departmentIds: ['amr'], enterpriseId: 'e1' },
    ];
    expect(unwrap(coordinateVisits(holiday, defaultVisitBurdenPolicy, chinaCalendar))[0]).toMatchObject({ proposedDate: '2026-09-28', isoWeek: '2026-W40' });
    expect(unwrap(coordinateVisits(weekend))[0]?.proposedDate).toBe('2026-03-14');
  });

  it('respects the policy\'s minimum of departments, and works on parks too', () => {
    expect(unwrap(coordinateVisits(plan, parse(VisitBurdenPolicySchema, { minDepartmentsToCoordinate: 4 })))).toEqual([]);
    const parks: PlannedVisit[] = [
      { id: 'a', date: '2026-03-10', departmentIds: ['tax'], enterpriseId: null, parkId: 'p1' },
      { id: 'b', date: '2026-03-11', departmentIds: ['env'], enterpriseId: null, parkId: 'p1' },
      { id: 'c', date: '2026-03-11', departmentIds: ['amr'], enterpriseId: null, parkId: 'p2' },
    ];
    expect(unwrap(coordinateVisits(parks))).toMatchObject([{ parkId: 'p1', enterpriseId: null, visitIds: ['a', 'b'] }]);
  });

  it('is deterministic: the order of the planned visits does not matter; ISO weeks cross years', () => {
    const a = unwrap(coordinateVisits(plan, defaultVisitBurdenPolicy, chinaCalendar));
    expect(unwrap(coordinateVisits([...plan].reverse(), defaultVisitBurdenPolicy, chinaCalendar))).toEqual(a);
    const newYear: PlannedVisit[] = [
      { id: 'a', date: '2026-12-31', departmentIds: ['tax'], enterpriseId: 'e1' },
      { id: 'b', date: '2027-01-03', departmentIds: ['env'], enterpriseId: 'e1' },
    ];
    expect(unwrap(coordinateVisits(newYear))[0]?.isoWeek).toBe('2026-W53');
    expect(coordinateVisits([newYear[0] as PlannedVisit, { ...newYear[0], date: '2026-13-01' } as PlannedVisit])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['plannedVisits', 1, 'date'], value: '2026-13-01' },
    });
  });
});

describe('Part 8: the burden functions read the app\'s dates, windows and policies into a Result', () => {
  const visits = [visit('2026-03-02', 'e1', ['a1'])];

  it('Part 8: visitBurden returns INVALID_DATE or INVALID_ARGUMENT at the window instead of throwing', () => {
    expect(visitBurden(visits, 'e1', { from: '2026-03-01', to: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['window', 'to'], value: '2026-02-30' },
    });
    const notAWindow = visitBurden(visits, 'e1', null as unknown as typeof march);
    expect(notAWindow).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['window'] } });
    if (!notAWindow.ok) {
      expect(notAWindow.error.message).toMatch(/window/);
      expect(notAWindow.error.messageZh).toMatch(/window/);
    }
    expect(visitBurden(visits, 'e1', march)).toMatchObject({ ok: true, value: { visits: 1 } });
  });

  it('Part 8: burdenWarnings returns INVALID_DATE at asOf, or INVALID_INPUT for a policy figure that is not a whole number, instead of throwing', () => {
    expect(burdenWarnings(visits, defaultVisitBurdenPolicy, '2026-03-32')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['asOf'], value: '2026-03-32' },
    });
    expect(burdenWarnings(visits, { ...defaultVisitBurdenPolicy, windowDays: Number.NaN }, '2026-03-31')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'windowDays'] },
    });
    expect(burdenWarnings(visits, { ...defaultVisitBurdenPolicy, maxVisitsPerWindow: -1 }, '2026-03-31')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'maxVisitsPerWindow'], value: -1 },
    });
    expect(burdenWarnings(visits, defaultVisitBurdenPolicy, '2026-03-31')).toEqual({ ok: true, value: [] });
  });

  it('Part 8: coordinateVisits returns INVALID_DATE at the planned visit, or INVALID_INPUT for its policy, instead of throwing', () => {
    const planned: PlannedVisit[] = [{ id: 'a', date: 20260310 as unknown as string, departmentIds: ['tax'], enterpriseId: 'e1' }];
    const r = coordinateVisits(planned);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['plannedVisits', 0, 'date'], value: 20260310 } });
    if (!r.ok) expect(r.error.message).toMatch(/^plannedVisits\[0\]\.date /);
    expect(coordinateVisits([], { ...defaultVisitBurdenPolicy, minDepartmentsToCoordinate: 1.5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'minDepartmentsToCoordinate'] },
    });
    expect(coordinateVisits([])).toEqual({ ok: true, value: [] });
  });
});
