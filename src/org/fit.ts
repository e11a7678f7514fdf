import { domainError, type DomainError } from '../core/errors.js';
import type { BilingualText, Id } from '../core/schema.js';
import { ExperienceBasis } from './adviser.js';
import { quoted } from '../internal/parse.js';

/**
 * Experience fit (002: 经历相适、业务相关; 学过、管过、干过), shared by `suggestPairings` (qinqing/pairing)
 * and `selectFromCadrePool` (qinqing/org) so that both score and word a cadre's fit the same way.
 * Internal: not exported from any barrel.
 */

/** The length of the common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How far one industry code reaches the enterprise's: common prefix ÷ the longer code (0 to 1). */
function codeShare(code: string, industry: string): number {
  const n = commonPrefix(code, industry);
  return n === 0 ? 0 : n / Math.max(code.length, industry.length);
}

/**
 * The best fit of a cadre's industry codes (or prefixes such as `C34`) to an enterprise's industry
 * code, from 0 to 1, without allocating: the scoring loops call it per pair.
 */
export function industryShare(industries: readonly string[], industry: string): number {
  let best = 0;
  for (const code of industries) {
    const share = codeShare(code, industry);
    if (share > best) best = share;
  }
  return best;
}

/** The cadre's industry code that fits best (the first of equals), or `''` when none fits. */
export function bestIndustryCode(industries: readonly string[], industry: string): string {
  let best = 0;
  let bestCode = '';
  for (const code of industries) {
    const share = codeShare(code, industry);
    if (share > best) {
      best = share;
      bestCode = code;
    }
  }
  return bestCode;
}

/** The number of needs (category ids) the cadre's expertise meets. */
export function needsMet(expertise: ReadonlySet<Id>, needs: readonly Id[]): number {
  let met = 0;
  for (const n of needs) if (expertise.has(n)) met++;
  return met;
}

/** The experience part of a score: industry fit × (1 + the number of grounds 学过、管过、干过) ÷ 4. */
export const experiencePart = (share: number, grounds: number): number => share * ((1 + grounds) / 4);

/** The experience fit in words: the best industry code against the enterprise's, with the grounds. */
export function experienceText(bestCode: string, industry: string, share: number, grounds: readonly ExperienceBasis[]): BilingualText {
  if (share === 0) return { en: 'no industry experience recorded', zh: '无相关行业经历记录' };
  const groundsEn = grounds.map((g) => ExperienceBasis.labels[g].en.toLowerCase()).join(', ');
  const groundsZh = grounds.map((g) => ExperienceBasis.labels[g].zh).join('、');
  return {
    en: `industry ${bestCode} vs ${industry}${grounds.length === 0 ? '' : ` (${groundsEn})`}`,
    zh: `行业经历 ${bestCode}（企业 ${industry}）${grounds.length === 0 ? '' : `：${groundsZh}`}`,
  };
}

/**
 * `INVALID_INPUT` for the first ground of experience that is not 学过、管过 or 干过, at `at` (e.g.
 * `['advisers', 3, 'experience', 'basis']`) and its index, named `name` (e.g. `advisers[3]`) in the
 * messages; null when every ground is one of them.
 */
export function experienceBasisProblem(basis: readonly unknown[] | undefined, at: readonly (string | number)[], name: string): DomainError | null {
  const list = basis ?? [];
  for (let j = 0; j < list.length; j++) {
    const g = list[j];
    if (typeof g === 'string' && Object.hasOwn(ExperienceBasis.labels, g)) continue;
    return domainError('INVALID_INPUT', {
      en: `${name}.experience.basis[${j}] must be 'studied', 'managed' or 'practised'; received ${quoted(g)}.`,
      zh: `${name}.experience.basis[${j}] 应为 'studied'（学过）、'managed'（管过）或 'practised'（干过），实际为 ${quoted(g)}。`,
      path: [...at, j],
      value: g,
    });
  }
  return null;
}
