import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { QinqingError, unwrap, parse, safeParse } from '../../src/index.js';
import { type Pairing } from '../../src/pairing/index.js';
import {
  cadencePeriod,
  defaultVisitCadence,
  hainingVisitCadence,
  jiaozuoVisitCadence,
  personCadence,
  VisitCadencePolicySchema,
  visitCompliance,
  visitPlan,
  visitReport,
  xingtaiVisitCadence,
  type VisitCadencePolicy,
} from '../../src/visit/index.js';
import { pairing, visit } from './fixtures.js';

const p1 = pairing('p1', 'a1', 'e1', '2026-01-01');

describe('cadence policies as data', () => {
  it('the named defaults cite their sources and are frozen', () => {
    expect(xingtaiVisitCadence.source).toMatch(/^000/);
    expect(jiaozuoVisitCadence.source).toMatch(/^001/);
    expect(hainingVisitCadence.source).toMatch(/^002/);
    expect(defaultVisitCadence.rules.map((r) => r.id)).toEqual([
      ...xingtaiVisitCadence.rules.map((r) => r.id),
      ...jiaozuoVisitCadence.rules.map((r) => r.id),
      ...hainingVisitCadence.rules.map((r) => r.id),
    ]);
    expect(Object.isFrozen(defaultVisitCadence.rules[0])).toBe(true);
    expect(hainingVisitCadence.rules[0]?.source).toMatch(/qinqing/);
  });

  it('the defaults validate against their JSON Schema', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const schema = z.toJSONSchema(VisitCadencePolicySchema, { io: 'input', target: 'draft-2020-12' });
    for (const p of [xingtaiVisitCadence, jiaozuoVisitCadence, hainingVisitCadence, defaultVisitCadence]) {
      expect(ajv.validate(schema, JSON.parse(JSON.stringify(p)))).toBe(true);
    }
  });

  it('refuses two rules with one id, or two rules for one role over one scope', () => {
    const rule = xingtaiVisitCadence.rules[0];
    const twice = safeParse(VisitCadencePolicySchema, { ...xingtaiVisitCadence, rules: [rule, rule] });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.issues?.map((i) => i.code)).toEqual(['DUPLICATE_ID', 'DUPLICATE_ID']);
    const sameSlot = safeParse(VisitCadencePolicySchema, { ...xingtaiVisitCadence, rules: [rule, { ...rule, id: 'other' }] });
    expect(sameSlot.ok ? null : sameSlot.error).toMatchObject({ code: 'DUPLICATE_ID', path: ['rules', 1, 'role'] });
    expect(() => parse(VisitCadencePolicySchema, { ...xingtaiVisitCadence, rules: [{ ...rule, unit: 'week' }] })).toThrow(QinqingError);
  });

  it('periods are calendar months, quarters, half years and years', () => {
    expect(unwrap(cadencePeriod('month', '2024-02-10'))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(unwrap(cadencePeriod('quarter', '2026-05-20'))).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(unwrap(cadencePeriod('quarter', '2026-12-31'))).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(unwrap(cadencePeriod('halfYear', '2026-06-30'))).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(unwrap(cadencePeriod('halfYear', '2026-07-01'))).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(unwrap(cadencePeriod('year', '2026-07-01'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(cadencePeriod('month', '2026-13-01')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['date'], value: '2026-13-01' } });
  });
});

describe('visitPlan: advisers visit each paired enterprise at least monthly (000)', () => {
  it('000: a visit on site this month makes the pairing done; the due date is the end of the month', () => {
    const plan = unwrap(visitPlan([p1], [visit('2026-03-04', 'e1', ['a1'])], '2026-03-20', xingtaiVisitCadence));
    expect(plan).toEqual([
      {
        pairingId: 'p1',
        adviserId: 'a1',
        enterpriseId: 'e1',
        parkId: null,
        ruleId: 'xingtai-adviser-monthly',
        unit: 'month',
        required: 1,
        period: { from: '2026-03-01', to: '2026-03-31' },
        visitsInPeriod: 1,
        lastVisit: '2026-03-04',
        dueDate: '2026-03-31',
        status: 'done',
        previousPeriod: { period: { from: '2026-02-01', to: '2026-02-28' }, visits: 0, met: false },
      },
    ]);
  });

  it('000: with no visit yet this month it is due; with last month missed as well it is overdue', () => {
    const visits = [visit('2026-03-04', 'e1', ['a1'])];
    expect(unwrap(visitPlan([p1], visits, '2026-04-20'))[0]).toMatchObject({ status: 'due', dueDate: '2026-04-30', lastVisit: '2026-03-04' });
    expect(unwrap(visitPlan([p1], visits, '2026-05-02'))[0]).toMatchObject({
      status: 'overdue',
      dueDate: '2026-05-31',
      previousPeriod: { period: { from: '2026-04-01', to: '2026-04-30' }, visits: 0, met: false },
    });
  });

  it('000: a pairing begun this month owes a visit this month but is not overdue', () => {
    const plan = unwrap(visitPlan([pairing('p2', 'a1', 'e1', '2026-03-28')], [], '2026-03-29'));
    expect(plan[0]).toMatchObject({ status: 'due', dueDate: '2026-03-31', previousPeriod: null, lastVisit: null });
  });

  it('000: "到企业" — only on-site visits count under Xingtai, visits after the date are ignored', () => {
    const visits = [
      visit('2026-03-04', 'e1', ['a1'], { mode: 'phone' }),
      visit('2026-03-25', 'e1', ['a1']),
      visit('2026-03-05', 'e2', ['a1']),
      visit('2026-03-06', 'e1', ['a9']),
    ];
    // February was missed too (no visits at all), so March is overdue until an on-site visit is made
    expect(unwrap(visitPlan([p1], visits, '2026-03-20'))[0]).toMatchObject({ status: 'overdue', visitsInPeriod: 0, lastVisit: null });
    const anyMode = parse(VisitCadencePolicySchema, { ...xingtaiVisitCadence, rules: [{ ...xingtaiVisitCadence.rules[0], modes: null }] });
    expect(unwrap(visitPlan([p1], visits, '2026-03-20', anyMode))[0]).toMatchObject({ status: 'done', lastVisit: '2026-03-04' });
  });

  it('a joint visit counts for every paired visitor, and a pairing ending soon is due by its last day', () => {
    const p2 = pairing('p2', 'a2', 'e1', '2026-01-01', '2026-03-15');
    const plan = unwrap(visitPlan([p1, p2], [visit('2026-03-02', 'e1', ['a1', 'a2'])], '2026-03-10'));
    expect(plan.map((l) => l.status)).toEqual(['done', 'done']);
    expect(plan[1]?.dueDate).toBe('2026-03-15');
    expect(unwrap(visitPlan([p1, p2], [], '2026-03-10'))[1]?.dueDate).toBe('2026-03-15');
  });

  it('leaves out pairings not active at the date, and roles without a pairing rule', () => {
    const pairings: Pairing[] = [pairing('old', 'a1', 'e1', '2025-01-01', '2025-12-31'), pairing('new', 'a1', 'e1', '2026-06-01')];
    expect(unwrap(visitPlan(pairings, [], '2026-03-10'))).toEqual([]);
    expect(unwrap(visitPlan([p1], [], '2026-03-10', jiaozuoVisitCadence))).toEqual([]);
    expect(visitPlan([p1], [], '2026-3-10')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'], value: '2026-3-10' } });
  });

  it('a park pairing is served by visits to the park (000: an adviser may pair with an industrial park)', () => {
    const park: Pairing = { id: 'pk', adviserId: 'a1', enterpriseId: null, parkId: 'park-1', since: '2026-01-01', until: null, selection: 'appointed' };
    const v = { ...visit('2026-03-02', 'e1', ['a1']), enterpriseId: null, parkId: 'park-1' };
    expect(unwrap(visitPlan([park], [v], '2026-03-10'))[0]).toMatchObject({ parkId: 'park-1', enterpriseId: null, status: 'done' });
  });

  it('001: an adviser whose role is a member unit head follows the quarterly rule for its pairings', () => {
    const policy = parse(VisitCadencePolicySchema, {
      ...defaultVisitCadence,
      rules: [...defaultVisitCadence.rules, { ...jiaozuoVisitCadence.rules[0], id: 'head-paired', scope: 'pairedEnterprise' }],
    });
    const plan = unwrap(visitPlan([p1], [visit('2026-01-20', 'e1', ['a1'])], '2026-03-10', policy, { roleOf: { a1: 'memberUnitHead' } }));
    expect(plan[0]).toMatchObject({ ruleId: 'head-paired', unit: 'quarter', status: 'done', dueDate: '2026-03-31' });
  });
});

describe('personCadence: leaders research and hold symposiums (001)', () => {
  const people = [
    { id: 'head', role: 'memberUnitHead' as const },
    { id: 'mayor', role: 'mainLeader' as const },
  ];

  it('001: member units\' heads go to enterprises at least once a calendar quarter', () => {
    const visits = [visit('2026-02-10', 'e7', ['head'], { departmentIds: ['d-fgw'] })];
    expect(unwrap(personCadence(people, visits, '2026-03-31'))[0]).toMatchObject({
      ruleId: 'jiaozuo-member-unit-head-quarterly',
      unit: 'quarter',
      period: { from: '2026-01-01', to: '2026-03-31' },
      status: 'done',
    });
    expect(unwrap(personCadence(people, visits, '2026-04-01'))[0]).toMatchObject({ status: 'due', dueDate: '2026-06-30', lastVisit: '2026-02-10' });
    expect(unwrap(personCadence(people, visits, '2026-07-01'))[0]).toMatchObject({ status: 'overdue', dueDate: '2026-09-30' });
  });

  it('001: main leaders hold an enterprise heads\' symposium every calendar half year; other modes do not count', () => {
    const visits = [
      visit('2026-02-10', 'e1', ['mayor'], { mode: 'symposium' }),
      visit('2026-08-10', 'e1', ['mayor'], { mode: 'onSite' }),
    ];
    expect(unwrap(personCadence(people, visits, '2026-06-30'))[1]).toMatchObject({ unit: 'halfYear', status: 'done', dueDate: '2026-06-30' });
    expect(unwrap(personCadence(people, visits, '2026-09-01'))[1]).toMatchObject({ status: 'due', dueDate: '2026-12-31', visitsInPeriod: 0 });
    expect(unwrap(personCadence(people, [], '2027-03-01'))[1]).toMatchObject({ status: 'overdue', lastVisit: null });
  });

  it('a role begun this period is not overdue, and people without a rule are left out', () => {
    const r = unwrap(personCadence([{ id: 'head', role: 'memberUnitHead', since: '2026-04-15' }, { id: 'x', role: 'pairedAdviser' }], [], '2026-05-01'));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ status: 'due', previousPeriod: null });
  });
});

describe('visitCompliance: visits due and done per adviser, department and grid', () => {
  const q1 = { from: '2026-01-01', to: '2026-03-31' };

  it('000: three monthly obligations in a quarter; extra visits in one month make up for no other', () => {
    const visits = [visit('2026-01-05', 'e1', ['a1']), visit('2026-01-25', 'e1', ['a1']), visit('2026-03-03', 'e1', ['a1'])];
    const c = unwrap(visitCompliance([p1], visits, q1, { departmentOf: { a1: 'd1' }, gridOf: { e1: 'g1' } }));
    expect(c.total).toEqual({ due: 3, done: 2, rate: 2 / 3 });
    expect(c.byAdviser).toEqual([{ id: 'a1', due: 3, done: 2, rate: 2 / 3 }]);
    expect(c.byDepartment).toEqual([{ id: 'd1', due: 3, done: 2, rate: 2 / 3 }]);
    expect(c.byGrid).toEqual([{ id: 'g1', due: 3, done: 2, rate: 2 / 3 }]);
  });

  it('an obligation belongs to the window holding its due date; visits earlier in its month still count', () => {
    const visits = [visit('2026-01-05', 'e1', ['a1'])];
    expect(unwrap(visitCompliance([p1], visits, { from: '2026-01-15', to: '2026-01-31' })).total).toEqual({ due: 1, done: 1, rate: 1 });
    expect(unwrap(visitCompliance([p1], visits, { from: '2026-01-01', to: '2026-01-30' })).total).toEqual({ due: 0, done: 0, rate: null });
  });

  it('zero denominators: an adviser who owed nothing in the window has rate null', () => {
    const c = unwrap(visitCompliance([pairing('p9', 'a9', 'e9', '2026-03-10', '2026-03-20')], [], { from: '2026-03-01', to: '2026-03-15' }));
    expect(c.byAdviser).toEqual([{ id: 'a9', due: 0, done: 0, rate: null }]);
    expect(c.total.rate).toBeNull();
  });

  it('a pairing that ends mid-month owes that month by its last day; one begun mid-month owes its first month', () => {
    const ends = pairing('p2', 'a2', 'e2', '2025-06-01', '2026-02-10');
    const begins = pairing('p3', 'a3', 'e3', '2026-02-20');
    const visits = [visit('2026-02-11', 'e2', ['a2']), visit('2026-02-21', 'e3', ['a3'])];
    const c = unwrap(visitCompliance([ends, begins], visits, q1));
    expect(c.byAdviser).toEqual([
      { id: 'a2', due: 2, done: 0, rate: 0 },
      { id: 'a3', due: 2, done: 1, rate: 0.5 },
    ]);
  });

  it('advisers without a department and enterprises without a grid count in the totals only', () => {
    const c = unwrap(visitCompliance([p1, pairing('p2', 'a2', 'e2', '2026-01-01')], [], q1, { departmentOf: { a1: 'd1' }, gridOf: { e2: 'g2' } }));
    expect(c.total.due).toBe(6);
    expect(c.byDepartment.map((l) => l.id)).toEqual(['d1']);
    expect(c.byGrid.map((l) => l.id)).toEqual(['g2']);
    expect(unwrap(visitCompliance([p1], [], q1, { departmentOf: Object.create({ a1: 'inherited' }) as Record<string, string> })).byDepartment).toEqual([]);
  });

  it('counts across many blocks of visits as a naive count does (visitReport, one pass)', () => {
    const pairings = [p1, pairing('p2', 'a2', 'e1', '2026-02-10'), pairing('p3', 'a3', 'e3', '2026-01-01', '2026-05-31')];
    const advisers = ['a1', 'a2', 'a3', 'a4'];
    const enterprises = ['e1', 'e2', 'e3'];
    const modes = ['onSite', 'phone', 'onSite', 'symposium'] as const;
    const visits = Array.from({ length: 1000 }, (_, i) =>
      visit(`2026-${String(1 + (i % 6)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`, enterprises[i % 3] as string, [advisers[i % 4] as string], {
        mode: modes[i % 4] as 'onSite',
      }),
    );
    const r = unwrap(visitReport(pairings, visits, '2026-05-20', q1, { departmentOf: { a1: 'd1', a2: 'd1', a3: 'd3' } }));
    const naive = (p: Pairing, from: string, to: string) =>
      visits.filter((v) => v.enterpriseId === p.enterpriseId && v.visitorIds.includes(p.adviserId) && v.mode === 'onSite' && v.date >= from && v.date <= to && v.date >= p.since).length;
    expect(r.plan.map((l) => l.visitsInPeriod)).toEqual(pairings.map((p) => naive(p, '2026-05-01', '2026-05-20')));
    let done = 0;
    let due = 0;
    for (const p of pairings) {
      for (const [from, to] of [['2026-01-01', '2026-01-31'], ['2026-02-01', '2026-02-28'], ['2026-03-01', '2026-03-31']] as const) {
        if (p.since > to) continue;
        due += 1;
        done += Math.min(1, naive(p, from, to));
      }
    }
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(due);
    expect(r.compliance.total).toMatchObject({ due, done });
    expect(r).toEqual({ plan: unwrap(visitPlan(pairings, visits, '2026-05-20')), compliance: unwrap(visitCompliance(pairings, visits, q1, { departmentOf: { a1: 'd1', a2: 'd1', a3: 'd3' } })) });
  });

  it('rejects a reversed window', () => {
    expect(visitCompliance([p1], [], { from: '2026-03-01', to: '2026-02-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['period'] } });
  });
});

describe('Part 8: the cadence functions read the app\'s dates, pairings and policies into a Result', () => {
  const q1 = { from: '2026-01-01', to: '2026-03-31' };
  /** A policy from JSON whose first rule counts weeks, a unit qinqing does not know. */
  const weekly = { ...xingtaiVisitCadence, rules: [{ ...xingtaiVisitCadence.rules[0], unit: 'week' }] } as unknown as VisitCadencePolicy;

  it('Part 8: cadencePeriod returns INVALID_ARGUMENT for an unknown unit and INVALID_DATE for a bad date instead of throwing', () => {
    expect(cadencePeriod('week' as 'month', '2026-05-20')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['unit'], value: 'week' } });
    const r = cadencePeriod('quarter', '2026-02-30');
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['date'], value: '2026-02-30' } });
    if (!r.ok) expect(r.error.messageZh).toMatch(/date 应为/);
    expect(cadencePeriod('quarter', '2026-05-20')).toEqual({ ok: true, value: { from: '2026-04-01', to: '2026-06-30' } });
  });

  it('Part 8: visitPlan returns INVALID_DATE for a bad asOf or pairing date, INVALID_INPUT for an unknown unit, instead of throwing', () => {
    expect(visitPlan([p1], [], 20260310 as unknown as string)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'] } });
    expect(visitPlan([p1, { ...p1, id: 'p2', since: '2026-1-1' }], [], '2026-03-10')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['pairings', 1, 'since'], value: '2026-1-1' },
    });
    expect(visitPlan([{ ...p1, until: '2026-02-30' }], [], '2026-03-10')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['pairings', 0, 'until'] },
    });
    expect(visitPlan([p1], [], '2026-03-10', weekly)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['policy', 'rules', 0, 'unit'], value: 'week' } });
    expect(visitPlan([p1], [], '2026-03-10', { ...xingtaiVisitCadence, rules: [{ ...xingtaiVisitCadence.rules[0], atLeast: Number.NaN }] } as VisitCadencePolicy)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'rules', 0, 'atLeast'] },
    });
    expect(visitPlan([p1], [], '2026-03-10')).toMatchObject({ ok: true, value: [{ pairingId: 'p1', status: 'overdue' }] });
  });

  it('Part 8: personCadence returns INVALID_DATE at asOf or at the person\'s since, INVALID_INPUT for an unknown unit, instead of throwing', () => {
    const people = [{ id: 'head', role: 'memberUnitHead' as const }, { id: 'mayor', role: 'mainLeader' as const, since: '2026-13-01' }];
    expect(personCadence(people, [], '2026-03-31')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['people', 1, 'since'], value: '2026-13-01' } });
    expect(personCadence([], [], '31/03/2026')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'] } });
    const jiaozuoWeekly = { ...jiaozuoVisitCadence, rules: jiaozuoVisitCadence.rules.map((r, j) => (j === 1 ? { ...r, unit: 'week' } : r)) } as unknown as VisitCadencePolicy;
    expect(personCadence(people.slice(0, 1), [], '2026-03-31', jiaozuoWeekly)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'rules', 1, 'unit'] },
    });
    expect(personCadence(people.slice(0, 1), [], '2026-03-31')).toMatchObject({ ok: true, value: [{ personId: 'head', status: 'overdue' }] });
  });

  it('Part 8: visitCompliance returns INVALID_DATE or INVALID_ARGUMENT for its window, pairings or policy (no RangeError) instead of throwing', () => {
    expect(visitCompliance([p1], [], { from: '2026-01-01', to: '2026-04-31' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['period', 'to'] } });
    // a pairing date that is not a date, or a unit qinqing does not know, used to escape as a RangeError
    expect(visitCompliance([{ ...p1, since: 'soon' }], [], q1)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['pairings', 0, 'since'], value: 'soon' } });
    expect(visitCompliance([p1], [], q1, { policy: weekly })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['options', 'policy', 'rules', 0, 'unit'], value: 'week' },
    });
    expect(visitCompliance([p1], [], q1)).toMatchObject({ ok: true, value: { total: { due: 3, done: 0, rate: 0 } } });
  });

  it('Part 8: visitReport returns the errors of visitPlan and visitCompliance instead of throwing', () => {
    expect(visitReport([p1], [], '2026-02-29', q1)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'], value: '2026-02-29' } });
    expect(visitReport([p1], [], '2026-03-20', { from: '2026-03-31', to: q1.from })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['period'] } });
    expect(visitReport([{ ...p1, until: 'never' }], [], '2026-03-20', q1)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['pairings', 0, 'until'] } });
    expect(visitReport([p1], [], '2026-03-20', q1, { policy: weekly })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['options', 'policy', 'rules', 0, 'unit'] } });
    expect(visitReport([p1], [], '2026-03-20', q1)).toMatchObject({ ok: true, value: { plan: [{ status: 'overdue' }], compliance: { total: { due: 3 } } } });
  });
});
