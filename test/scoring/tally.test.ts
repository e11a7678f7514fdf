import { describe, expect, it } from 'vitest';
import { unwrap, parse, safeParse } from '../../src/index.js';
import { visitCompliance, VisitSchema } from '../../src/visit/index.js';
import type { Pairing } from '../../src/pairing/index.js';
import {
  emptyTally,
  tallyIssuesBy,
  tallyCounts,
  mergeTallies,
  mergeTallyTables,
  pairedAdvisers,
  TallyTableSchema,
  tallyIssues,
  tallyVisits,
} from '../../src/scoring/index.js';
import { actors, assigned, run } from '../issue/fixtures.js';
import { issue, q3 } from './fixtures.js';

describe('tallyIssues: what happened to a unit’s issues in a period', () => {
  it('counts one issue closed by its deadline, resolved and satisfied', () => {
    const t = unwrap(tallyIssues([issue()], { period: q3, by: 'department' }));
    expect(t).toEqual({
      d1: { ...emptyTally, received: 1, respondedInTime: 1, answered: 1, resolved: 1, closed: 1, closedOnTime: 1, satisfied: 1 },
    });
  });

  it('an answer after the deadline is answered but not in time; closing after it is not on time (China local date)', () => {
    const late = issue({ answer: { outcome: 'explained', on: '2026-07-10' }, closedAt: '2026-07-09T16:30:00Z', feedback: 'unsatisfied', reopenCount: 1, supervisionStep: 'urge' });
    const t = unwrap(tallyIssues([late], { period: q3, by: 'department' }))['d1'];
    expect(t).toMatchObject({ received: 1, respondedInTime: 0, answered: 1, resolved: 0, closed: 1, closedOnTime: 0, reopened: 1, supervised: 1, unsatisfied: 1 });
  });

  it('no deadline (served directly under the simple procedure) counts as in time', () => {
    const t = unwrap(tallyIssues([issue({ deadline: null, leadDepartmentId: null })], { period: q3, by: 'enterprise' }))['e1'];
    expect(t).toMatchObject({ respondedInTime: 1, closedOnTime: 1 });
  });

  it('places an issue in the period by the China local date of submission, and leaves out withdrawn ones', () => {
    const issues = [
      issue({ submittedAt: '2026-06-30T16:30:00Z' }), // 1 July 00:30 in China: in Q3
      issue({ submittedAt: '2026-06-30T15:30:00Z' }), // 30 June 23:30 in China: not
      issue({ submittedAt: '2026-09-30T23:59:00+08:00' }),
      issue({ state: 'withdrawn' }),
    ];
    expect(unwrap(tallyIssues(issues, { period: q3, by: 'department' }))['d1']?.received).toBe(2);
  });
  it('issue 16: reads the China date of a +08:00 instant in place, both ends of the period included, one day either side out', () => {
    const at = (d: string): ReturnType<typeof issue> => issue({ submittedAt: `${d}T12:00:00+08:00` });
    const issues = ['2026-06-30', '2026-07-01', '2026-08-15', '2026-09-30', '2026-10-01', '2025-07-15', '2027-07-15'].map(at);
    expect(unwrap(tallyIssues(issues, { period: q3, by: 'department' }))['d1']?.received).toBe(3);
    expect(unwrap(tallyIssues([at('2026-07-01')], { period: { from: '2026-07-01', to: '2026-07-01' }, by: 'department' }))['d1']?.received).toBe(1);
    expect(tallyIssues([issue({ submittedAt: 'not an instant' })], { period: q3, by: 'department' })).toEqual({ ok: true, value: {} });
  });

  it('groups by department (unassigned issues not counted), by enterprise, by a map of enterprises, or by a function', () => {
    const issues = [issue(), issue({ enterpriseId: 'e2', leadDepartmentId: 'd2' }), issue({ enterpriseId: 'e3', leadDepartmentId: null })];
    expect(Object.keys(unwrap(tallyIssues(issues, { period: q3, by: 'department' })))).toEqual(['d1', 'd2']);
    expect(Object.keys(unwrap(tallyIssues(issues, { period: q3, by: 'enterprise' })))).toEqual(['e1', 'e2', 'e3']);
    const byAdviser = unwrap(tallyIssues(issues, { period: q3, by: { byEnterprise: { e1: ['a1', 'a2'], e2: 'a2' } } }));
    expect([byAdviser['a1']?.received, byAdviser['a2']?.received, byAdviser['a3']]).toEqual([1, 2, undefined]);
    const byOutcome = unwrap(tallyIssues(issues, { period: q3, by: (i) => (i.enterpriseId === 'e3' ? null : i.enterpriseId.toUpperCase()) }));
    expect(Object.keys(byOutcome)).toEqual(['E1', 'E2']);
  });

  it('counts every issue however many units there are (the table grows past its first block)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => issue({ leadDepartmentId: `d${i % 300}` }));
    const t = unwrap(tallyIssues(many, { period: q3, by: 'department' }));
    expect(Object.keys(t)).toHaveLength(300);
    expect(Object.values(t).reduce((n, x) => n + x.received, 0)).toBe(1000);
    expect(t['d0']?.received).toBe(4);
  });

  it('reads a real issue from the lifecycle', () => {
    const a = assigned({ date: '2026-07-06', departmentId: 'd-tax', workingDays: 5 });
    const answered = run(a, [
      { type: 'answer', outcome: 'resolved', summary: '已办理', mode: 'onSite', actor: actors.handler, at: '2026-07-08T10:00:00+08:00' },
      { type: 'giveFeedback', level: 'basicallySatisfied', actor: actors.enterprise, at: '2026-07-09T10:00:00+08:00' },
    ]);
    expect(unwrap(tallyIssues([answered], { period: q3, by: 'department' }))['d-tax']).toMatchObject({ received: 1, respondedInTime: 1, resolved: 1, basicallySatisfied: 1, closed: 0 });
  });

  it('returns INVALID_ARGUMENT for a period that ends before it begins', () => {
    expect(tallyIssues([], { period: { from: '2026-09-30', to: '2026-07-01' }, by: 'department' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'period'] } });
  });
});

describe('merging tallies', () => {
  it('adds count by count and keeps units present in one table only, keys sorted', () => {
    const a = { d2: { ...emptyTally, received: 2 }, d1: { ...emptyTally, satisfied: 1 } };
    const b = { d1: { ...emptyTally, satisfied: 2, received: 1 } };
    const m = mergeTallyTables(a, b);
    expect(Object.keys(m)).toEqual(['d1', 'd2']);
    expect(m['d1']).toEqual(mergeTallies(a['d1'], b['d1']));
    expect(m['d1']).toMatchObject({ satisfied: 3, received: 1 });
  });

  it('safeParse(TallyTableSchema) refuses a tally with a missing or negative count', () => {
    expect(safeParse(TallyTableSchema, { d1: { ...emptyTally, received: -1 } }).ok).toBe(false);
    expect(safeParse(TallyTableSchema, { d1: { received: 1 } }).ok).toBe(false);
    expect(safeParse(TallyTableSchema, { d1: emptyTally }).ok).toBe(true);
  });
});

describe('visits and pairings feed tallies', () => {
  it('000: an adviser’s monthly visits due and done come from visit compliance', () => {
    const pairing = { id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-07-01', until: null, selection: 'appointed' } as const;
    const visit = parse(VisitSchema, { id: 'v1', date: '2026-07-15', visitorIds: ['a1'], departmentIds: ['d1'], enterpriseId: 'e1', parkId: null, mode: 'onSite', purpose: '月度走访', findings: '' });
    const c = unwrap(visitCompliance([pairing], [visit], q3));
    expect(unwrap(tallyVisits(c.byAdviser))['a1']).toEqual({ ...emptyTally, visitsDue: 3, visitsDone: 1 });
    expect(unwrap(pairedAdvisers([pairing, { ...pairing, id: 'p2', adviserId: 'a0' }], '2026-08-01'))).toEqual({ e1: ['a0', 'a1'] });
    expect(unwrap(pairedAdvisers([pairing], '2026-06-30'))).toEqual({});
    // issue 16: one adviser kept as is, a second one (or the first again) as a set, sorted once
    const p = (id: string, adviserId: string, enterpriseId: string): Pairing => ({ ...pairing, id, adviserId, enterpriseId });
    expect(unwrap(pairedAdvisers([p('p1', 'a2', 'e1'), p('p2', 'a2', 'e1'), p('p3', 'a9', 'e2'), p('p4', 'a1', 'e1'), p('p5', 'a2', 'e1')], '2026-08-01'))).toEqual({ e1: ['a1', 'a2'], e2: ['a9'] });
  });
});

describe('the tally’s field order', () => {
  it('every tally lists its counts in the order of tallyCounts', () => {
    const t = unwrap(tallyIssues([issue()], { period: q3, by: 'department' }))['d1'];
    expect(Object.keys(t ?? {})).toEqual([...tallyCounts]);
    expect(Object.keys(mergeTallyTables({ x: emptyTally })['x'] ?? {})).toEqual([...tallyCounts]);
  });
});

describe('Part 8: the tally functions return a Result instead of throwing', () => {
  it('Part 8: tallyIssues returns INVALID_DATE or INVALID_ARGUMENT naming options.period instead of throwing', () => {
    expect(tallyIssues([issue()], { period: { from: '2026-02-30', to: '2026-09-30' }, by: 'department' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['options', 'period', 'from'], value: '2026-02-30' },
    });
    expect(tallyIssues([issue()], { period: { from: '2026-07-01', to: '20260930' }, by: 'department' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['options', 'period', 'to'] } });
    const notAnObject = tallyIssues([issue()], { period: null as unknown as typeof q3, by: 'department' });
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'period'] } });
    expect(notAnObject.ok ? '' : notAnObject.error.messageZh).toContain('options.period');
  });

  it('Part 8: tallyIssuesBy returns the period’s error instead of throwing, and the tables when ok', () => {
    expect(tallyIssuesBy([issue()], { period: { from: '2026-09-30', to: '2026-07-01' }, by: { d: 'department' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['options', 'period'], value: { from: '2026-09-30', to: '2026-07-01' } },
    });
    expect(tallyIssuesBy([issue()], { period: q3, by: { d: 'department', e: 'enterprise' } })).toMatchObject({ ok: true, value: { d: { d1: { received: 1 } }, e: { e1: { received: 1 } } } });
  });

  it('Part 8: tallyVisits returns INVALID_ARGUMENT for a negative, NaN or infinite count instead of a tally that holds it', () => {
    expect(tallyVisits([{ id: 'a1', due: 3, done: 2 }, { id: 'a2', due: -1, done: 0 }])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['lines', 1, 'due'], value: -1 } });
    expect(tallyVisits([{ id: 'a1', due: 3, done: Number.NaN }])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['lines', 0, 'done'] } });
    expect(tallyVisits([{ id: 'a1', due: Number.POSITIVE_INFINITY, done: 0 }])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['lines', 0, 'due'] } });
    expect(tallyVisits([])).toEqual({ ok: true, value: {} });
  });

  it('Part 8: pairedAdvisers returns INVALID_DATE naming asOf instead of throwing', () => {
    const pairing = { id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-07-01', until: null, selection: 'appointed' } as const;
    const r = pairedAdvisers([pairing], '2026-02-30');
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'], value: '2026-02-30' } });
    expect(r.ok ? '' : r.error.message).toContain('asOf');
  });
});
