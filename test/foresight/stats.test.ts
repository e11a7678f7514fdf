/**
 * The binomial tail behind the rising-problem test of `foresight` (未诉先办, 国办函〔2025〕66号), against
 * reference values from SciPy 1.17 (`scipy.stats.binom.sf(c - 1, n, p)`) and against the exact sum
 * in rational arithmetic (BigInt) for small n.
 */
import { describe, expect, it } from 'vitest';
import { binomialPmf, binomialUpperTail } from '../../src/foresight/stats.js';

const SEVENTH = 1 / 7;

/** P(X ≥ c) for X ~ Binomial(n, a/b), exactly, as a float at the end. */
function exactTail(c: number, n: number, a: bigint, b: bigint): number {
  let num = 0n;
  let choose = 1n;
  for (let x = 0; x <= n; x++) {
    if (x > 0) choose = (choose * BigInt(n - x + 1)) / BigInt(x);
    if (x >= c) num += choose * a ** BigInt(x) * (b - a) ** BigInt(n - x);
  }
  const den = b ** BigInt(n);
  if (num === 0n) return 0;
  // 20 significant digits of num / den, read back as a decimal.
  const k = 20 + den.toString().length - num.toString().length;
  return Number(`${(num * 10n ** BigInt(k)) / den}e-${k}`);
}

describe('the binomial tail of the rising test (国办函〔2025〕66号 未诉先办)', () => {
  it('matches SciPy to 1e-12 relative, from tiny to a million trials', () => {
    const cases: [number, number, number, number][] = [
      [10, 22, SEVENTH, 0.00043690946679375916],
      [6, 6, SEVENTH, 8.499859752314083e-6],
      [5, 5, SEVENTH, 5.949901826619859e-5],
      [30, 100, SEVENTH, 4.2404141602207007e-5],
      [1200, 7000, SEVENTH, 1.5212246324118977e-11],
      [145_000, 1_000_000, SEVENTH, 4.982571510228637e-10],
      [143_500, 1_000_000, SEVENTH, 0.03326142703319969],
      [25, 40, 0.25, 5.879659358209826e-7],
      [3, 10, 0.5, 0.9453125],
      // The seasonal test: one month of twelve.
      [4, 5, 1 / 12, 0.00022505144032921803],
      [3, 36, 1 / 12, 0.586581548868099],
    ];
    for (const [c, n, p, want] of cases) expect(Math.abs(binomialUpperTail(c, n, p) - want) / want, `${c} of ${n}`).toBeLessThan(1e-12);
  });

  it('is 1 at c ≤ 0, 0 above n, near 1 far below the mean, and underflows to 0 far in the tail', () => {
    expect(binomialUpperTail(3, 1_000_000, 1 / 12)).toBe(1);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(160_000, 1_000_000, SEVENTH)).toBe(0);
  });

  it('equals the exact rational sum for every c of n ≤ 40 at p = 1/7 and 1/4, below the mean and above', () => {
    for (const [a, b] of [[1n, 7n], [1n, 4n]] as const) {
      for (let n = 1; n <= 40; n += 3) {
        for (let c = 1; c <= n; c++) {
          const want = exactTail(c, n, a, b);
          if (want < 1e-280) continue;
          expect(Math.abs(binomialUpperTail(c, n, Number(a) / Number(b)) - want) / want, `${c} of ${n} at ${a}/${b}`).toBeLessThan(1e-12);
        }
      }
    }
  });

  it('has terms that sum to 1', () => {
    let s = 0;
    for (let x = 0; x <= 50; x++) s += binomialPmf(x, 50, 0.3);
    expect(s).toBeCloseTo(1, 13);
  });
});
