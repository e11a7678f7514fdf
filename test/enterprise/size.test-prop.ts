import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  classifyEnterpriseSize,
  EnterpriseSizeFactsSchema,
  nbs2017SizeRules,
  type EnterpriseScale,
  type EnterpriseSizeClassification,
  type EnterpriseSizeFacts,
  type SizeIndicator,
} from '../../src/enterprise/index.js';

const SCALES: readonly EnterpriseScale[] = ['large', 'medium', 'small', 'micro'];
const INDICATORS: readonly SizeIndicator[] = ['employees', 'operatingRevenue', 'totalAssets'];
const rank = (s: EnterpriseScale): number => SCALES.indexOf(s);

/** A code of each row of the default rules (its first listed code with digits added where it has none). */
const codes = nbs2017SizeRules.rows.map((r) => {
  const c = r.industries[0] as string;
  return c.length === 1 ? `${c}${{ A: '0111', B: '0610', C: '3411', D: '4411', E: '4710', L: '7211', M: '7320', N: '7610', O: '8010', R: '8810' }[c] ?? ''}` : c;
});
const rowOf = (industry: string) => nbs2017SizeRules.rows[codes.indexOf(industry)] as (typeof nbs2017SizeRules.rows)[number];

const employees = fc.oneof(fc.nat({ max: 3000 }), fc.constantFrom(0, 4, 5, 9, 10, 19, 20, 49, 50, 99, 100, 199, 200, 299, 300, 999, 1000, 1999, 2000));
const amount = fc.oneof(
  fc.double({ min: 0, max: 250_000, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 49.99, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 6000, 8000, 10000, 20000, 30000, 40000, 80000, 100000, 120000, 200000).chain((v) => fc.constantFrom(v, v - 0.01, v + 0.01).filter((x) => x >= 0)),
);
const full = fc.record({ industry: fc.constantFrom(...codes), employees, operatingRevenue: amount, totalAssets: amount });
const value = (facts: EnterpriseSizeFacts): EnterpriseSizeClassification => {
  const r = classifyEnterpriseSize(facts);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/** The source's words, as a test: large when every listed indicator reaches large, else medium when every one reaches medium, else small when every one reaches small, else micro. */
function reference(facts: { industry: string } & Record<SizeIndicator, number>): EnterpriseScale {
  const t = rowOf(facts.industry).thresholds;
  const listed = INDICATORS.filter((k) => t[k] !== undefined);
  for (const scale of ['large', 'medium', 'small'] as const) {
    if (listed.every((k) => facts[k] >= (t[k] as Record<typeof scale, number>)[scale])) return scale;
  }
  return 'micro';
}

describe('enterprise size laws (统计上大中小微型企业划分办法（2017）)', () => {
  test.prop([full])('the size is the source’s rule: each class needs every lower bound, micro needs one indicator below small', (facts) => {
    expect(value(facts).scale).toBe(reference(facts));
  });

  test.prop([full, fc.constantFrom(...INDICATORS), fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true })])(
    'monotone: more employees, revenue or assets never give a smaller class',
    (facts, key, more) => {
      const bigger = { ...facts, [key]: key === 'employees' ? facts.employees + Math.floor(more) : facts[key] + more };
      expect(rank(value(bigger).scale as EnterpriseScale)).toBeLessThanOrEqual(rank(value(facts).scale as EnterpriseScale));
    },
  );

  test.prop([full, fc.subarray([...INDICATORS])])(
    'with indicators unknown, the size is given exactly when every way of filling them in gives it, and `possible` lists what they can give',
    (facts, unknown) => {
      const partial = { ...facts, ...Object.fromEntries(unknown.map((k) => [k, null])) };
      const r = value(partial);
      const t = rowOf(facts.industry).thresholds;
      // Every class each unknown indicator can reach: a value at each class's lower bound, and 0.
      const options = (k: SizeIndicator): number[] => {
        const b = t[k];
        return b === undefined ? [facts[k]] : [b.large, b.medium, b.small, 0];
      };
      const fillings = unknown.reduce<Record<string, number>[]>((acc, k) => acc.flatMap((f) => options(k).map((v) => ({ ...f, [k]: v }))), [{}]);
      const reached = new Set(fillings.map((f) => value({ ...facts, ...f }).scale as EnterpriseScale));
      const listed = unknown.filter((k) => t[k] !== undefined);
      expect(r.missing).toEqual(INDICATORS.filter((k) => listed.includes(k)));
      expect(r.possible).toEqual(SCALES.filter((s) => reached.has(s)));
      expect(r.scale).toBe(reached.size === 1 ? [...reached][0] : null);
    },
  );

  test.prop([full, fc.func(fc.integer())])('the answer does not depend on the order of the keys of the facts', (facts, order) => {
    const entries = Object.entries(facts).sort((a, b) => order(a[0]) - order(b[0]) || (a[0] < b[0] ? -1 : 1));
    expect(value(Object.fromEntries(entries) as typeof facts)).toEqual(value(facts));
  });

  test.prop([full, fc.subarray([...INDICATORS])])('the explanation names every threshold that decided, and the decided class', (facts, unknown) => {
    const r = value({ ...facts, ...Object.fromEntries(unknown.map((k) => [k, null])) });
    for (const d of r.decidedBy) {
      const x = { employees: 'X', operatingRevenue: 'Y', totalAssets: 'Z' }[d.indicator];
      const range = d.atLeast === null ? `${x} < ${d.below}` : d.below === null ? `${x} ≥ ${d.atLeast}` : `${d.atLeast} ≤ ${x} < ${d.below}`;
      expect(r.explanation.zh).toContain(range);
      expect(r.explanation.en).toContain(range);
      expect(d.scale).toBe(r.scale ?? r.possible[0]);
    }
    if (r.scale !== null) expect(r.explanation.zh).toContain(`划为${{ large: '大型', medium: '中型', small: '小型', micro: '微型' }[r.scale]}`);
  });

  test.prop([
    fc.record(
      {
        industry: fc.oneof(fc.constantFrom(...codes, 'C3411', '3411', 'G59', 'J6620', 'C5123', 'c3411', '', 'C3', '98'), fc.string({ maxLength: 6 })),
        employees: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double(), fc.constant(null)),
        operatingRevenue: fc.oneof(fc.double(), fc.constant(null), fc.constant(undefined)),
        totalAssets: fc.oneof(amount, fc.constant(null)),
      },
      { requiredKeys: ['industry'] },
    ),
  ])('INVALID_ARGUMENT exactly when EnterpriseSizeFactsSchema refuses the facts', (facts) => {
    const r = classifyEnterpriseSize(facts);
    const schema = EnterpriseSizeFactsSchema.safeParse(facts).success;
    expect(!r.ok && r.error.code === 'INVALID_ARGUMENT').toBe(!schema);
  });
});
