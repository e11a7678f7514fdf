/**
 * The binomial tail for the rising-problem test (src/foresight/hotspots.ts), by C. Loader's
 * saddle-point form of the binomial probability ("Fast and accurate computation of binomial
 * probabilities", 2000; R's `dbinom`), accurate to about 1e-15 relative at any n, so that a test of
 * a million issues is as exact as one of ten. Internal: not in any barrel.
 */

const LN_2PI = 1.8378770664093453;
const LN_SQRT_2PI = 0.9189385332046728;

/** δ(n) = ln n! − ((n + ½) ln n − n + ln √(2π)) for the integers 1…15, from the sum of logarithms. */
const SMALL_STIRLERR: readonly number[] = /* @__PURE__ */ (() => {
  const out = [NaN];
  let lnFact = 0;
  for (let n = 1; n <= 15; n++) {
    lnFact += Math.log(n);
    out.push(lnFact - ((n + 0.5) * Math.log(n) - n + LN_SQRT_2PI));
  }
  return out;
})();

/** The error of Stirling's formula for ln n!, δ(n), for an integer n ≥ 1. */
function stirlerr(n: number): number {
  if (n <= 15) return SMALL_STIRLERR[n] as number;
  const nn = n * n;
  const s0 = 1 / 12;
  const s1 = 1 / 360;
  const s2 = 1 / 1260;
  const s3 = 1 / 1680;
  const s4 = 1 / 1188;
  if (n > 500) return (s0 - s1 / nn) / n;
  if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
  if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

/** The deviance term x ln(x / m) + m − x, summed as a series where x is close to m (no cancellation). */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
  }
  return x * Math.log(x / m) + m - x;
}

/** P(Y = x) for Y ~ Binomial(n, p), integers 0 ≤ x ≤ n, 0 < p < 1. */
export function binomialPmf(x: number, n: number, p: number): number {
  const q = 1 - p;
  if (x === 0) return Math.exp(n * Math.log1p(-p));
  if (x === n) return Math.exp(n * Math.log(p));
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}

/**
 * P(Y ≥ c) for Y ~ Binomial(n, p), integers 0 ≤ c, n ≥ 0, 0 < p < 1. Above the mean np, the terms
 * from c upwards, each from the one before (P(y + 1) = P(y) · (n − y)/(y + 1) · p/q), until they no
 * longer change the sum: they only fall there, so a small tail keeps its full relative precision.
 * At or below the mean, 1 − P(Y ≤ c − 1), the terms from c − 1 downwards the same way.
 */
export function binomialUpperTail(c: number, n: number, p: number): number {
  if (c <= 0) return 1;
  if (c > n) return 0;
  const odds = p / (1 - p);
  if (c > n * p) {
    let term = binomialPmf(c, n, p);
    let sum = term;
    for (let y = c; y < n && term > sum * 1e-17; y++) {
      term *= ((n - y) / (y + 1)) * odds;
      sum += term;
    }
    return Math.min(1, sum);
  }
  let term = binomialPmf(c - 1, n, p);
  let sum = term;
  for (let y = c - 1; y > 0 && term > sum * 1e-17; y--) {
    term *= (y / (n - y + 1)) / odds;
    sum += term;
  }
  return Math.max(0, 1 - sum);
}
