/**
 * Text similarity by character bigrams, for Chinese titles (no spaces to split words on): shared by
 * the duplicate suggestions (src/issue/duplicates.ts) and the foresight clusters
 * (src/foresight/hotspots.ts). Internal: not in any barrel.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The code points of a text normalised for comparison: NFKC, lower case, letters and digits only; at most `max`. */
export function normalised(text: string, max: number): number[] {
  const out: number[] = [];
  for (const ch of text.slice(0, 4 * max).normalize('NFKC').toLowerCase()) {
    if (!LETTER_OR_DIGIT.test(ch)) continue;
    out.push(ch.codePointAt(0) as number);
    if (out.length >= max) break;
  }
  return out;
}

/** The sorted distinct character bigrams of normalised code points, each as one number; one character alone is its own "bigram". */
export function bigrams(cps: readonly number[]): number[] {
  if (cps.length <= 1) return [...cps];
  const all: number[] = [];
  for (let i = 1; i < cps.length; i++) all.push((cps[i - 1] as number) * 0x110000 + (cps[i] as number) + 0x110000);
  all.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i] as number;
  all.length = n;
  return all;
}

/** The Sørensen–Dice coefficient of two sorted sets: 2|A∩B| / (|A| + |B|); 0 when both are empty. */
export function dice(a: readonly number[], b: readonly number[]): number {
  const total = a.length + b.length;
  if (total === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / total;
}
