import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap, errorCodes, parse } from '../../src/index.js';
import { type Pairing } from '../../src/pairing/index.js';
import {
  burdenWarnings,
  cadencePeriod,
  coordinateVisits,
  defaultVisitBurdenPolicy,
  defaultVisitCadence,
  VisitBurdenPolicySchema,
  VisitCadencePolicySchema,
  visitBurden,
  visitCompliance,
  VisitMode,
  visitPlan,
  visitReport,
  personCadence,
  type PlannedVisit,
  type Visit,
  type VisitCadencePolicy,
} from '../../src/visit/index.js';
import { daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from '../../src/internal/days.js';

const FIRST = daysFromCivil(2025, 10, 1);
const LAST = daysFromCivil(2026, 9, 30);
const dayArb = fc.integer({ min: FIRST, max: LAST });
const dateArb = dayArb.map(fromDayNumber);
const adviserArb = fc.constantFrom('a0', 'a1', 'a2');
const enterpriseArb = fc.constantFrom('e0', 'e1', 'e2');
const departmentArb = fc.constantFrom('d0', 'd1', 'd2', 'd3');

const pairingArb: fc.Arbitrary<Pairing> = fc
  .record({ adviserId: adviserArb, enterpriseId: enterpriseArb, since: dayArb, length: fc.option(fc.integer({ min: 0, max: 300 })) })
  .map(({ adviserId, enterpriseId, since, length }) => ({
    id: `${adviserId}-${enterpriseId}-${since}`,
    adviserId,
    enterpriseId,
    parkId: null,
    since: fromDayNumber(since),
    until: length === null ? null : fromDayNumber(since + length),
    selection: 'appointed' as const,
  }));

const visitArb: fc.Arbitrary<Visit> = fc
  .record({
    date: dateArb,
    visitorIds: fc.uniqueArray(adviserArb, { minLength: 1, maxLength: 2 }),
    departmentIds: fc.uniqueArray(departmentArb, { minLength: 1, maxLength: 2 }),
    enterpriseId: enterpriseArb,
    mode: fc.constantFrom(...VisitMode.schema.options),
  })
  .map((v) => ({ ...v, id: `v-${v.date}-${v.enterpriseId}`, parkId: null, purpose: '走访', findings: '', answers: {}, issueIds: [] }));

/** A random unit, count and counted modes of a rule. */
const ruleArb = fc.record({
  unit: fc.constantFrom('month', 'quarter', 'halfYear', 'year'),
  atLeast: fc.integer({ min: 1, max: 3 }),
  modes: fc.option(fc.uniqueArray(fc.constantFrom(...VisitMode.schema.options), { minLength: 1 })),
});

/** Adviser a2 is a member unit's head, with a pairing rule of its own; the others are paired advisers. */
const roleOf = { a2: 'memberUnitHead' } as const;

/** A policy with random pairing rules for paired advisers and for member units' heads. */
const policyArb: fc.Arbitrary<VisitCadencePolicy> = fc.tuple(ruleArb, ruleArb).map(([adviserRule, headRule]) =>
  parse(VisitCadencePolicySchema, {
    ...defaultVisitCadence,
    rules: [
      { ...defaultVisitCadence.rules[0], ...adviserRule },
      { ...defaultVisitCadence.rules[0], ...headRule, id: 'head', role: 'memberUnitHead' },
    ],
  }),
);

/** The rule of a pairing, naively. */
const ruleOf = (p: Pairing, policy: VisitCadencePolicy) => policy.rules[p.adviserId === 'a2' ? 1 : 0];

const windowArb = fc.tuple(dayArb, dayArb).map(([a, b]) => ({ from: fromDayNumber(Math.min(a, b)), to: fromDayNumber(Math.max(a, b)) }));

/** Whether a visit counts for a pairing under a policy's pairing rule, naively. */
function counts(v: Visit, p: Pairing, policy: VisitCadencePolicy): boolean {
  const rule = ruleOf(p, policy);
  return (
    rule !== undefined &&
    v.enterpriseId === p.enterpriseId &&
    v.visitorIds.includes(p.adviserId) &&
    (rule.modes === null || rule.modes.includes(v.mode)) &&
    v.date >= p.since &&
    (p.until === null || v.date <= p.until)
  );
}

describe('visit compliance laws', () => {
  test.prop([fc.array(pairingArb, { maxLength: 6 }), fc.array(visitArb, { maxLength: 40 }), windowArb, policyArb])(
    'rates are in [0, 1], done ≤ due, and rate is null exactly when nothing is due',
    (pairings, visits, window, policy) => {
      const c = unwrap(visitCompliance(pairings, visits, window, { policy, roleOf, departmentOf: { a0: 'd0', a1: 'd0' }, gridOf: { e0: 'g0', e1: 'g1' } }));
      for (const line of [c.total, ...c.byAdviser, ...c.byDepartment, ...c.byGrid]) {
        expect(line.done).toBeLessThanOrEqual(line.due);
        expect(line.done).toBeGreaterThanOrEqual(0);
        if (line.due === 0) expect(line.rate).toBeNull();
        else {
          expect(line.rate).toBe(line.done / line.due);
          expect(line.rate).toBeGreaterThanOrEqual(0);
          expect(line.rate).toBeLessThanOrEqual(1);
        }
      }
      const sum = (ls: readonly { due: number; done: number }[]) => ls.reduce((a, l) => ({ due: a.due + l.due, done: a.done + l.done }), { due: 0, done: 0 });
      expect(sum(c.byAdviser)).toEqual({ due: c.total.due, done: c.total.done });
    },
  );

  test.prop([fc.array(pairingArb, { maxLength: 6 }), fc.array(visitArb, { maxLength: 40 }), windowArb, policyArb])(
    'the totals agree with a naive walk over each pairing\'s calendar periods',
    (pairings, visits, window, policy) => {
      let due = 0;
      let done = 0;
      for (const p of pairings) {
        const rule = ruleOf(p, policy);
        if (rule === undefined) continue;
        const end = p.until !== null && p.until < window.to ? p.until : window.to;
        for (let period = unwrap(cadencePeriod(rule.unit, p.since)); period.from <= end; period = unwrap(cadencePeriod(rule.unit, fromDayNumber(toDayNumber(period.to) + 1)))) {
          const dueDate = p.until !== null && p.until < period.to ? p.until : period.to;
          if (dueDate < window.from || dueDate > window.to) continue;
          const made = visits.filter((v) => counts(v, p, policy) && v.date >= period.from && v.date <= period.to).length;
          due += rule.atLeast;
          done += Math.min(made, rule.atLeast);
        }
      }
      const c = unwrap(visitCompliance(pairings, visits, window, { policy, roleOf }));
      expect([c.total.due, c.total.done]).toEqual([due, done]);
    },
  );

  test.prop([fc.array(pairingArb, { maxLength: 6 }), fc.array(visitArb, { maxLength: 40 }), windowArb, fc.double({ min: 0, max: 1, noNaN: true }), policyArb])(
    'splitting a window in two and adding the counts gives the counts of the whole window',
    (pairings, visits, window, at, policy) => {
      const from = toDayNumber(window.from);
      const to = toDayNumber(window.to);
      if (from === to) return;
      const cut = from + Math.min(to - from - 1, Math.floor(at * (to - from)));
      const whole = unwrap(visitCompliance(pairings, visits, window, { policy, roleOf }));
      const a = unwrap(visitCompliance(pairings, visits, { from: window.from, to: fromDayNumber(cut) }, { policy, roleOf }));
      const b = unwrap(visitCompliance(pairings, visits, { from: fromDayNumber(cut + 1), to: window.to }, { policy, roleOf }));
      expect(a.total.due + b.total.due).toBe(whole.total.due);
      expect(a.total.done + b.total.done).toBe(whole.total.done);
      for (const line of whole.byAdviser) {
        const la = a.byAdviser.find((l) => l.id === line.id) ?? { due: 0, done: 0 };
        const lb = b.byAdviser.find((l) => l.id === line.id) ?? { due: 0, done: 0 };
        expect([la.due + lb.due, la.done + lb.done]).toEqual([line.due, line.done]);
      }
    },
  );

  test.prop([fc.array(pairingArb, { maxLength: 6 }), fc.array(visitArb, { maxLength: 40 }), dateArb, policyArb])(
    'visitPlan agrees with a naive count of the visits in the current and previous calendar periods',
    (pairings, visits, asOf, policy) => {
      const plan = unwrap(visitPlan(pairings, visits, asOf, policy, { roleOf }));
      const active = pairings.filter((p) => p.since <= asOf && (p.until === null || asOf <= p.until));
      expect(plan.map((l) => l.pairingId)).toEqual(active.map((p) => p.id));
      plan.forEach((line, i) => {
        const p = active[i] as Pairing;
        const rule = ruleOf(p, policy);
        if (rule === undefined) throw new Error('no rule');
        const cur = unwrap(cadencePeriod(rule.unit, asOf));
        const prev = unwrap(cadencePeriod(rule.unit, fromDayNumber(toDayNumber(cur.from) - 1)));
        const mine = visits.filter((v) => counts(v, p, policy) && v.date <= asOf);
        const inCur = mine.filter((v) => v.date >= cur.from).length;
        const inPrev = mine.filter((v) => v.date >= prev.from && v.date <= prev.to).length;
        const owedPrev = p.since <= prev.to;
        expect(line.ruleId).toBe(rule.id);
        expect(line.visitsInPeriod).toBe(inCur);
        expect(line.lastVisit).toBe(mine.map((v) => v.date).sort().at(-1) ?? null);
        expect(line.status).toBe(inCur >= rule.atLeast ? 'done' : owedPrev && inPrev < rule.atLeast ? 'overdue' : 'due');
        expect(line.dueDate).toBe(p.until !== null && p.until < cur.to ? p.until : cur.to);
      });
    },
  );

  test.prop([fc.array(pairingArb, { maxLength: 6 }), fc.array(visitArb, { maxLength: 40 }), dateArb, windowArb, policyArb])(
    'visitReport gives in one pass what visitPlan and visitCompliance give apart',
    (pairings, visits, asOf, window, policy) => {
      const options = { policy, roleOf, departmentOf: { a0: 'd0' }, gridOf: { e1: 'g1' } };
      expect(unwrap(visitReport(pairings, visits, asOf, window, options))).toEqual({
        plan: unwrap(visitPlan(pairings, visits, asOf, policy, { roleOf })),
        compliance: unwrap(visitCompliance(pairings, visits, window, options)),
      });
    },
  );
});

describe('visit burden laws', () => {
  test.prop([fc.array(visitArb, { maxLength: 40 }), dateArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })])(
    'burdenWarnings flags exactly the enterprises whose visitBurden in the window exceeds a limit',
    (visits, asOf, windowDays, maxVisitsPerWindow, maxDepartmentsPerWindow) => {
      const policy = parse(VisitBurdenPolicySchema, { windowDays, maxVisitsPerWindow, maxDepartmentsPerWindow });
      const window = { from: fromDayNumber(toDayNumber(asOf) - windowDays + 1), to: asOf };
      const warned = new Map(unwrap(burdenWarnings(visits, policy, asOf)).map((w) => [w.enterpriseId, w]));
      for (const e of ['e0', 'e1', 'e2']) {
        const b = unwrap(visitBurden(visits, e, window));
        const over = b.visits > maxVisitsPerWindow || b.distinctDepartments > maxDepartmentsPerWindow;
        expect(warned.has(e)).toBe(over);
        if (over) expect(warned.get(e)).toMatchObject(b);
      }
    },
  );

  const plannedArb: fc.Arbitrary<PlannedVisit[]> = fc
    .array(fc.record({ date: dateArb, departmentIds: fc.uniqueArray(departmentArb, { minLength: 1, maxLength: 2 }), enterpriseId: enterpriseArb }), { maxLength: 30 })
    .map((vs) => vs.map((v, i) => ({ ...v, id: `p${i}` })));

  test.prop([plannedArb, fc.integer({ min: 2, max: 3 })])(
    'coordinateVisits never merges different enterprises or ISO weeks, uses each visit once, and ignores input order',
    (planned, minDepartmentsToCoordinate) => {
      const policy = parse(VisitBurdenPolicySchema, { minDepartmentsToCoordinate });
      const proposals = unwrap(coordinateVisits(planned, policy));
      const byId = new Map(planned.map((v) => [v.id, v]));
      const used = new Set<string>();
      for (const p of proposals) {
        const vs = p.visitIds.map((id) => byId.get(id) as PlannedVisit);
        expect(vs.length).toBeGreaterThanOrEqual(2);
        expect(new Set(vs.map((v) => v.enterpriseId))).toEqual(new Set([p.enterpriseId]));
        const mondays = new Set(vs.map((v) => toDayNumber(v.date) - isoWeekday(toDayNumber(v.date)) + 1));
        expect(mondays.size).toBe(1);
        expect(p.departmentIds.length).toBeGreaterThanOrEqual(minDepartmentsToCoordinate);
        expect(new Set(vs.flatMap((v) => v.departmentIds))).toEqual(new Set(p.departmentIds));
        expect(vs.map((v) => v.date)).toContain(p.proposedDate);
        expect(p.proposedDate).toBe(vs.map((v) => v.date).sort()[0]);
        for (const id of p.visitIds) {
          expect(used.has(id)).toBe(false);
          used.add(id);
        }
      }
      expect(unwrap(coordinateVisits([...planned].reverse(), policy))).toEqual(proposals);
      expect(unwrap(coordinateVisits(planned, defaultVisitBurdenPolicy)).length).toBeGreaterThanOrEqual(
        unwrap(coordinateVisits(planned, parse(VisitBurdenPolicySchema, { minDepartmentsToCoordinate: 3 }))).length,
      );
    },
  );
});

describe('Part 8: the visit functions never throw on what an app can send', () => {
  /** Dates as they may come from JSON: real ones, impossible ones, other shapes and other types. */
  const junkDateArb: fc.Arbitrary<string> = fc.oneof(
    dateArb,
    fc.constantFrom('2026-02-30', '2026-13-01', '2026-3-1', '', 'soon'),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(null, undefined, 20260301, {}) as fc.Arbitrary<unknown> as fc.Arbitrary<string>,
  );
  const junkUnitArb = fc.constantFrom('month', 'quarter', 'halfYear', 'year', 'week', '', 'constructor', 'toString');
  const junkPairingArb: fc.Arbitrary<Pairing> = fc
    .tuple(pairingArb, junkDateArb, fc.option(junkDateArb))
    .map(([p, since, until]) => ({ ...p, since, until }));
  const junkPolicyArb = fc.tuple(junkUnitArb, fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constant(Number.NaN))).map(
    ([unit, atLeast]) => ({ ...defaultVisitCadence, rules: defaultVisitCadence.rules.map((r, j) => (j === 0 ? { ...r, unit, atLeast } : r)) }) as unknown as VisitCadencePolicy,
  );
  const isResult = (r: { ok: boolean; error?: { code: string; path?: readonly unknown[] } }): void => {
    if (r.ok) return;
    expect(Object.keys(errorCodes)).toContain(r.error?.code);
    expect(r.error?.path?.length).toBeGreaterThan(0);
  };

  test.prop([fc.array(junkPairingArb, { maxLength: 4 }), fc.array(visitArb, { maxLength: 10 }), junkDateArb, junkDateArb, junkDateArb, junkPolicyArb, junkUnitArb])(
    'Part 8: cadencePeriod, visitPlan, personCadence, visitCompliance, visitReport, visitBurden, burdenWarnings and coordinateVisits return a Result (ok or a coded error with a path) whatever the dates, units and counts',
    (pairings, visits, asOf, from, to, policy, unit) => {
      const period = { from, to };
      isResult(cadencePeriod(unit as 'month', asOf));
      isResult(visitPlan(pairings, visits, asOf, policy));
      isResult(personCadence([{ id: 'a0', role: 'memberUnitHead', since: from }], visits, asOf, policy));
      isResult(visitCompliance(pairings, visits, period, { policy }));
      isResult(visitReport(pairings, visits, asOf, period, { policy }));
      isResult(visitBurden(visits, 'e0', period));
      isResult(burdenWarnings(visits, defaultVisitBurdenPolicy, asOf));
      isResult(coordinateVisits([{ id: 'x', date: asOf, departmentIds: ['d0'], enterpriseId: 'e0' }]));
    },
  );
});
