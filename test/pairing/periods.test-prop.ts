/**
 * Part 11 (issue 16), "validatePairings … run in (near) linear time": the duplicate check searches
 * the periods of an adviser with a target in a tree (src/pairing/periods.ts) instead of scanning
 * them. Its law: it reports exactly what the plain model reports — a pairing is a duplicate when an
 * earlier counted pairing of the same adviser and target shares a day with it, and the finding names
 * the earliest such pairing in input order — whatever order the periods come in.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';
import { defaultPairingPolicy, validatePairings, type Pairing } from '../../src/pairing/index.js';
import { pairingOf } from './fixtures.js';

const D0 = toDayNumber('2026-01-01');

/** The model: every pairing against every earlier counted one. Pairing id → the id of the pairing its finding names. */
function modelDuplicates(pairings: readonly Pairing[]): Map<string, string> {
  const counted: Pairing[] = [];
  const out = new Map<string, string>();
  for (const p of pairings) {
    const clash = counted.find(
      (c) => c.adviserId === p.adviserId && c.enterpriseId === p.enterpriseId && c.parkId === p.parkId && (c.until === null || c.until >= p.since) && (p.until === null || p.until >= c.since),
    );
    if (clash === undefined) counted.push(p);
    else out.set(p.id, clash.id);
  }
  return out;
}

const arbPairings = fc
  .array(
    fc.record({
      adviser: fc.constantFrom('a1', 'a2'),
      target: fc.constantFrom<{ enterpriseId: string } | { parkId: string }>({ enterpriseId: 'e1' }, { enterpriseId: 'e2' }, { parkId: 'e1' }),
      start: fc.nat({ max: 60 }),
      length: fc.option(fc.nat({ max: 20 }), { freq: 5 }),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map(
      ({ adviser, target, start, length }, i): Pairing =>
        pairingOf(`p${i}`, adviser, target, fromDayNumber(D0 + start), length === null ? null : fromDayNumber(D0 + start + length)),
    ),
  );

describe('Part 11 (issue 16): duplicate pairings found through the period tree', () => {
  test.prop([arbPairings], { numRuns: 2_000 })('the period tree reports exactly the duplicates the pairwise model reports, naming the same earlier pairing', (pairings) => {
    const advisers = [
      { id: 'a1', kind: 'liaison', level: 'county' },
      { id: 'a2', kind: 'liaison', level: 'county' },
    ] as const;
    const enterprises = [
      { id: 'e1', keyLevel: 'none' },
      { id: 'e2', keyLevel: 'none' },
    ] as const;
    const audit = unwrap(validatePairings(advisers, enterprises, pairings, defaultPairingPolicy, { parks: [{ id: 'e1' }] }));
    const found = new Map(audit.violations.filter((v) => v.code === 'PAIRING_DUPLICATE').map((v) => [v.pairingIds[0] as string, v.pairingIds[1] as string]));
    expect(found).toEqual(modelDuplicates(pairings));
  });
});
