import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { defaultPairingPolicy, isPairingActive, validatePairings, type Pairing } from '../../src/pairing/index.js';
import { pairedAdvisers } from '../../src/scoring/index.js';

const day = (n: number): string => `2026-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

/** Few advisers and targets, many periods: the same pair repeated, overlapping or not, some open-ended. */
const arbPairings = fc
  .array(
    fc.record({
      adviser: fc.integer({ min: 0, max: 2 }),
      enterprise: fc.integer({ min: 0, max: 2 }),
      park: fc.boolean(),
      since: fc.nat({ max: 300 }),
      length: fc.option(fc.nat({ max: 60 }), { nil: null }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map(
      (r, i): Pairing => ({
        id: `p${i}`,
        adviserId: `a${r.adviser}`,
        enterpriseId: r.park ? null : `e${r.enterprise}`,
        parkId: r.park ? `k${r.enterprise}` : null,
        since: day(r.since),
        until: r.length === null ? null : day(Math.min(335, r.since + r.length)),
        selection: 'appointed',
      }),
    ),
  );

/** The plain reference: each pairing against every earlier counted one of the same adviser and target, in input order. */
function referenceDuplicates(pairings: readonly Pairing[]): string[][] {
  const counted: Pairing[] = [];
  const found: string[][] = [];
  const overlaps = (a: Pairing, b: Pairing): boolean => (a.until === null || b.since <= a.until) && (b.until === null || a.since <= b.until);
  for (const p of pairings) {
    const clash = counted.find((c) => c.adviserId === p.adviserId && c.enterpriseId === p.enterpriseId && c.parkId === p.parkId && overlaps(c, p));
    if (clash === undefined) counted.push(p);
    else found.push([p.id, clash.id]);
  }
  return found;
}

/** The plain reference of pairedAdvisers: a list per enterprise, searched before each push. */
function referencePaired(pairings: readonly Pairing[], asOf: string): Record<string, string[]> {
  const of: Record<string, string[]> = {};
  for (const p of pairings) {
    if (p.enterpriseId === null || !isPairingActive(p, asOf)) continue;
    const list = (of[p.enterpriseId] ??= []);
    if (!list.includes(p.adviserId)) list.push(p.adviserId);
  }
  for (const list of Object.values(of)) list.sort();
  return of;
}

describe('Part 11 (issue 16, linear everywhere): pairings checked without scanning every earlier period', () => {
  const advisers = [0, 1, 2].map((i) => ({ id: `a${i}`, kind: 'liaison' as const, level: 'county' as const }));
  const enterprises = [0, 1, 2].map((i) => ({ id: `e${i}`, keyLevel: 'none' as const }));
  const parks = [0, 1, 2].map((i) => ({ id: `k${i}` }));

  test.prop([arbPairings])('validatePairings reports the same duplicates, each with the earliest clashing pairing, as the pairwise reference', (pairings) => {
    const audit = unwrap(validatePairings(advisers, enterprises, pairings, defaultPairingPolicy, { parks }));
    const duplicates = audit.violations.filter((v) => v.code === 'PAIRING_DUPLICATE').map((v) => v.pairingIds);
    expect(duplicates).toEqual(referenceDuplicates(pairings));
  });

  test.prop([arbPairings, fc.nat({ max: 335 })])('pairedAdvisers equals the list-per-enterprise reference', (pairings, n) => {
    expect(unwrap(pairedAdvisers(pairings, day(n)))).toEqual(referencePaired(pairings, day(n)));
  });
});
