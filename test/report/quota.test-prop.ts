import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { AdviserKind } from '../../src/org/index.js';
import {
  defaultPairingPolicy,
  problemQuota,
  validatePairings,
  type Pairing,
  type PairingAdviser,
  type QuotaIssue,
} from '../../src/pairing/index.js';
import { quotaShortfallReport } from '../../src/report/index.js';

const year = { from: '2026-01-01', to: '2026-12-31' } as const;
const dates = ['2025-06-01', '2026-01-01', '2026-03-15', '2026-12-31', '2027-02-01'] as const;

const city = fc
  .record({
    kinds: fc.array(fc.constantFrom(...AdviserKind.schema.options), { minLength: 1, maxLength: 6 }),
    enterprises: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ kinds, enterprises }) =>
    fc.record({
      advisers: fc.constant(kinds.map((kind, i): PairingAdviser => ({ id: `a${i}`, kind, level: 'county' }))),
      enterprises: fc.constant(Array.from({ length: enterprises }, (_, i) => ({ id: `e${i}`, keyLevel: 'none' as const }))),
      // Distinct (adviser, enterprise) pairs: validatePairings would report repeats as duplicates.
      pairs: fc.uniqueArray(fc.tuple(fc.nat(kinds.length - 1), fc.nat(enterprises - 1)), { selector: ([a, e]) => `${a}/${e}`, maxLength: 12 }),
      spans: fc.array(fc.tuple(fc.constantFrom(...dates.slice(0, 3)), fc.option(fc.constantFrom(...dates.slice(2)))), { minLength: 12, maxLength: 12 }),
      issues: fc.array(
        fc.record({
          enterpriseId: fc.nat(enterprises - 1).map((e) => `e${e}`),
          state: fc.constantFrom('answered', 'confirmed', 'closed', 'reopened', 'assigned' as const),
          answer: fc.option(fc.record({ outcome: fc.constantFrom('resolved', 'explained', 'unsolvable' as const), on: fc.constantFrom('2025-12-31', '2026-05-01', '2026-12-31', '2027-01-01') })),
          closedAt: fc.option(fc.constantFrom('2026-12-31T17:00:00Z', '2026-06-01T10:00:00+08:00', '2025-12-31T15:59:00Z')),
        }),
        { maxLength: 20 },
      ),
    }),
  )
  .map(({ advisers, enterprises, pairs, spans, issues }) => ({
    advisers,
    enterprises,
    pairings: pairs.map(([a, e], i): Pairing => {
      const [since, until] = spans[i] ?? ['2025-06-01', null];
      return { id: `p${i}`, adviserId: `a${a}`, enterpriseId: `e${e}`, parkId: null, since, until: until !== null && until < since ? null : until, selection: 'appointed' };
    }),
    issues: issues as QuotaIssue[],
  }));

test.prop([city])('the PROBLEM_QUOTA_UNMET violations of validatePairings are exactly the unmet lines of problemQuota', (c) => {
  const lines = unwrap(problemQuota(c.advisers, c.pairings, c.issues, defaultPairingPolicy, year));
  const vs = unwrap(validatePairings(c.advisers, c.enterprises, c.pairings, defaultPairingPolicy, { quotaPeriod: year, issues: c.issues })).violations.filter((v) => v.code === 'PROBLEM_QUOTA_UNMET');
  expect(vs.map((v) => [v.pairingIds[0], v.adviserIds[0], v.enterpriseIds[0], v.message.match(/solved (\d+) problem/)?.[1]])).toEqual(
    lines.filter((l) => !l.met).map((l) => [l.pairingId, l.adviserId, l.enterpriseId, String(l.solved)]),
  );
});

test.prop([city])('every line is met exactly when solved reaches required, and the shortfall report lists the others, worst first', (c) => {
  const lines = unwrap(problemQuota(c.advisers, c.pairings, c.issues, defaultPairingPolicy, year));
  for (const l of lines) expect(l.met).toBe(l.solved >= l.required);
  const rows = quotaShortfallReport(lines, { locale: 'en' }).rows;
  expect(rows).toHaveLength(lines.filter((l) => !l.met).length);
  const shortfalls = rows.map((r) => r['shortfall'] as number);
  expect(shortfalls).toEqual([...shortfalls].sort((a, b) => b - a));
  for (const r of rows) expect(r['shortfall']).toBe((r['required'] as number) - (r['solved'] as number));
});
