import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { type Pairing } from '../../src/pairing/index.js';
import { visitReport, VisitMode, type Visit, type VisitComplianceLine } from '../../src/visit/index.js';
import { daysFromCivil, fromDayNumber } from '../../src/internal/days.js';

const FIRST = daysFromCivil(2025, 10, 1);
const LAST = daysFromCivil(2026, 9, 30);
const dayArb = fc.integer({ min: FIRST, max: LAST });
/** Many advisers on few targets: each enterprise and park is shared by many pairings. */
const adviserArb = fc.constantFrom('a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9');
const targetArb = fc.constantFrom<readonly [string | null, string | null]>(['e0', null], ['e1', null], [null, 'k0']);

const pairingArb = fc
  .record({ adviserId: adviserArb, target: targetArb, since: dayArb, length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }) })
  .map(({ adviserId, target, since, length }, i = 0): Pairing => ({
    id: `${adviserId}-${target.join('')}-${since}-${i}`,
    adviserId,
    enterpriseId: target[0],
    parkId: target[1],
    since: fromDayNumber(since),
    until: length === null ? null : fromDayNumber(since + length),
    selection: 'appointed',
  }));

const visitArb = fc
  .record({
    date: dayArb.map(fromDayNumber),
    // a visitor may be named twice: it counts once
    visitorIds: fc.array(adviserArb, { minLength: 1, maxLength: 12 }),
    target: targetArb,
    mode: fc.constantFrom(...VisitMode.schema.options),
  })
  .map(
    (v): Visit => ({
      id: `v-${v.date}`,
      date: v.date,
      visitorIds: v.visitorIds,
      departmentIds: ['d0'],
      enterpriseId: v.target[0],
      parkId: v.target[1],
      mode: v.mode,
      purpose: '走访',
      findings: '',
      answers: {},
      issueIds: [],
    }),
  );

const ASOF = '2026-06-15';
const WINDOW = { from: '2025-10-01', to: '2026-09-30' } as const;
const departmentOf = { a0: 'd0', a1: 'd0', a2: 'd1', a3: 'd1', a4: 'd2' };

describe('Part 11 (issue 16, linear everywhere): a visit to a target shared by many pairings looks up only its visitors’ pairings', () => {
  test.prop([fc.array(pairingArb, { maxLength: 30 }), fc.array(visitArb, { maxLength: 60 })])(
    'the plan and compliance equal those of each pairing alone with its own visits (the reference: one pairing per target), summed',
    (pairings, visits) => agreesWithEachAlone(pairings, visits),
  );
  // The engine walks a target's pairings as a chain up to 8 of them, and files them by adviser past 8.
  test.prop([fc.array(pairingArb, { minLength: 6, maxLength: 11 }), fc.array(visitArb, { maxLength: 60 })])(
    'issue 16: on one target with 6 to 11 pairings (either side of the chained and the by-adviser filing) the same holds',
    (pairings, visits) => agreesWithEachAlone(pairings.map((p) => ({ ...p, enterpriseId: 'e0', parkId: null })), visits),
  );
});

/** The plan and compliance of all pairings equal those of each pairing alone with its own visits, summed. */
function agreesWithEachAlone(pairings: readonly Pairing[], visits: readonly Visit[]): void {
  const all = unwrap(visitReport(pairings, visits, ASOF, WINDOW, { departmentOf }));
  const alone = pairings.map((p) => {
    const own = visits.filter((v) => v.enterpriseId === p.enterpriseId && v.parkId === p.parkId && v.visitorIds.includes(p.adviserId));
    return unwrap(visitReport([p], own.map((v) => ({ ...v, visitorIds: [p.adviserId] })), ASOF, WINDOW, { departmentOf }));
  });
  const sortLines = <T,>(xs: readonly T[]): string[] => xs.map((x) => JSON.stringify(x)).sort();
  expect(sortLines(all.plan)).toEqual(sortLines(alone.flatMap((r) => r.plan)));
  const summed = (lines: (r: (typeof alone)[number]) => readonly VisitComplianceLine[]): Map<string, [number, number]> => {
    const sums = new Map<string, [number, number]>();
    for (const r of alone) for (const l of lines(r)) {
      const s = sums.get(l.id) ?? [0, 0];
      sums.set(l.id, [s[0] + l.due, s[1] + l.done]);
    }
    return sums;
  };
  const sorted = (sums: Map<string, [number, number]>): [string, number, number][] => [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, [due, done]]) => [id, due, done]);
  const sums = summed((r) => r.compliance.byAdviser);
  expect(all.compliance.byAdviser.map((l) => [l.id, l.due, l.done])).toEqual(sorted(sums));
  // issue 16: a department's line is now summed from its advisers' lines
  expect(all.compliance.byDepartment.map((l) => [l.id, l.due, l.done])).toEqual(sorted(summed((r) => r.compliance.byDepartment)));
  expect([all.compliance.total.due, all.compliance.total.done]).toEqual([...sums.values()].reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]));
}
