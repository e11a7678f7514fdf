/**
 * Industry code prefixes (GB/T 4754: `'C'` covers `'C3411'`) compiled once, so that whether a code
 * starts with one of them costs time bounded by the length of the code (at most 32 lookups, the
 * longest prefix a rule may name), not by how many prefixes a rule lists. Internal.
 */
export interface Prefixes {
  /** The distinct prefixes, in their first order. */
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
  /** The length of the longest. */
  readonly longest: number;
}

/** The distinct prefixes of a list. */
export function prefixesOf(list: readonly string[]): Prefixes {
  const set = new Set(list);
  let longest = 0;
  for (const p of set) longest = Math.max(longest, p.length);
  return { list: [...set], set, longest };
}

/** Whether `code` starts with one of the prefixes. */
export function startsWithOne(p: Prefixes, code: string): boolean {
  if (p.list.length <= 8) return p.list.some((x) => code.startsWith(x));
  const n = Math.min(code.length, p.longest);
  for (let k = 1; k <= n; k++) if (p.set.has(code.slice(0, k))) return true;
  return p.set.has('');
}
