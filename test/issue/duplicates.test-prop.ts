/**
 * Issue 17, "Merge duplicates (并单)" (国办函〔2025〕66号: 重复诉求合并办理): the laws of
 * `suggestDuplicates`. Its bucketed search is checked against the definition written out the slow
 * way (every two open orders), and its answer must not depend on the order of its input.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { suggestDuplicates, type DuplicateCandidate, type DuplicateOptions, type DuplicateSuggestions } from '../../src/issue/index.js';

const SOURCE = '国办函〔2025〕66号: 重复诉求合并办理 / 并单';

/** Titles from a few words, so that many pairs are similar and many are not. */
const word = fc.constantFrom('停电', '厂区', '道路', '影响生产', '用地', '审批', '融资', '贷款', '，', ' ', '请尽快');
const text = fc.array(word, { maxLength: 6 }).map((w) => w.join(''));
const ENTERPRISES = ['e1', 'e2', 'e3', 'e4'];
const parkOf = { e1: 'p1', e2: 'p1', e3: 'p2' };

const arbOrders: fc.Arbitrary<DuplicateCandidate[]> = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `i${i}`)),
      enterpriseId: fc.constantFrom(...ENTERPRISES),
      categoryId: fc.constantFrom('power', 'land', null),
      title: text,
      description: text,
      // Many ties in time; a window of 30 days cuts some pairs.
      day: fc.nat({ max: 60 }),
      hour: fc.constantFrom(9, 9, 15),
      state: fc.constantFrom('submitted', 'assigned', 'answered', 'paused', 'closed', 'withdrawn', 'merged'),
    }),
    { selector: (o) => o.id, maxLength: 24 },
  )
  .map((os) =>
    os.map(({ day, hour, ...o }) => ({
      ...o,
      submittedAt: new Date(Date.UTC(2026, 2, 1 + day, hour - 8)).toISOString().replace('.000Z', 'Z'),
    })),
  );

const arbOptions: fc.Arbitrary<DuplicateOptions> = fc.record(
  {
    threshold: fc.constantFrom(0.3, 0.5, 0.7),
    titleThreshold: fc.constantFrom(0.6, 0.8),
    windowDays: fc.constantFrom(null, 0, 30),
    parkOf: fc.constant(parkOf),
  },
  { requiredKeys: [] },
);

const run = (issues: readonly DuplicateCandidate[], options?: DuplicateOptions): DuplicateSuggestions => {
  const r = suggestDuplicates(issues, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Character-bigram Dice of normalised texts, written out plainly. */
function diceSlow(a: string, b: string): number {
  const norm = (s: string): string[] => [...s.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const grams = (cs: string[]): Set<string> => (cs.length === 1 ? new Set(cs) : new Set(cs.slice(1).map((c, i) => `${cs[i]}${c}`)));
  const x = grams(norm(a));
  const y = grams(norm(b));
  if (x.size + y.size === 0) return 0;
  return (2 * [...x].filter((g) => y.has(g)).length) / (x.size + y.size);
}

/** The pairs by the definition: every two open orders. */
function slowPairs(issues: readonly DuplicateCandidate[], options: DuplicateOptions): string[] {
  const threshold = options.threshold ?? 0.5;
  const titleThreshold = options.titleThreshold ?? 0.8;
  const windowMs = options.windowDays === undefined ? 30 * 86_400_000 : options.windowDays === null ? Infinity : options.windowDays * 86_400_000;
  const parks = (options.parkOf ?? {}) as Record<string, string>;
  const open = issues.filter((i) => !['closed', 'withdrawn', 'merged'].includes(i.state));
  const out: string[] = [];
  for (const a of open) {
    for (const b of open) {
      const ta = Date.parse(a.submittedAt);
      const tb = Date.parse(b.submittedAt);
      if (!(ta < tb || (ta === tb && a.id < b.id)) || tb - ta > windowMs) continue;
      const sameEnterprise = a.enterpriseId === b.enterpriseId;
      if (a.categoryId === null || b.categoryId === null) {
        if (sameEnterprise && diceSlow(a.title, b.title) >= titleThreshold) out.push(`${a.id}>${b.id}:enterpriseAndTitle`);
        continue;
      }
      if (a.categoryId !== b.categoryId) continue;
      const sim = Math.max(diceSlow(a.title, b.title), diceSlow(a.title + a.description, b.title + b.description));
      if (sim < threshold) continue;
      if (sameEnterprise) out.push(`${a.id}>${b.id}:enterpriseAndCategory`);
      else if (parks[a.enterpriseId] !== undefined && parks[a.enterpriseId] === parks[b.enterpriseId]) out.push(`${a.id}>${b.id}:parkAndCategory`);
    }
  }
  return out.sort();
}

const pairsOf = (s: DuplicateSuggestions): string[] => s.groups.flatMap((g) => g.pairs.map((p) => `${p.earlierId}>${p.laterId}:${p.basis}`)).sort();

describe(`suggestDuplicates laws (issue 17: ${SOURCE})`, () => {
  test.prop([arbOrders, arbOptions, fc.infiniteStream(fc.nat())])('law: shuffling the input gives the same suggestions', (issues, options, seeds) => {
    const shuffled = [...issues];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = (seeds.next().value as number) % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as DuplicateCandidate, shuffled[i] as DuplicateCandidate];
    }
    expect(run(shuffled, options)).toEqual(run(issues, options));
  });

  test.prop([arbOrders, arbOptions])('law: without the cap, the pairs are exactly those of the definition (every two open orders)', (issues, options) => {
    expect(pairsOf(run(issues, options))).toEqual(slowPairs(issues, options));
  });

  test.prop([arbOrders, arbOptions, fc.integer({ min: 1, max: 6 })])('law: with a cap, the pairs found are among those of the definition, and the cut buckets are listed', (issues, options, cap) => {
    const s = run(issues, { ...options, maxComparisonsPerBucket: cap });
    const all = new Set(slowPairs(issues, options));
    for (const p of pairsOf(s)) expect(all.has(p)).toBe(true);
    for (const t of s.truncated) expect(t.pairsLookedAt).toBe(cap);
    if (s.truncated.length === 0) expect(pairsOf(s)).toEqual([...all].sort());
  });

  test.prop([arbOrders, arbOptions])('law: each open order is in at most one group, never a closed, withdrawn or merged one, and the parent is submitted first', (issues, options) => {
    const s = run(issues, options);
    const byId = new Map(issues.map((i) => [i.id, i]));
    const seen = new Set<string>();
    for (const g of s.groups) {
      expect(g.childIds.length).toBeGreaterThan(0);
      for (const id of [g.parentId, ...g.childIds]) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        expect(['closed', 'withdrawn', 'merged']).not.toContain(byId.get(id)?.state);
        expect(Date.parse(byId.get(g.parentId)?.submittedAt ?? '')).toBeLessThanOrEqual(Date.parse(byId.get(id)?.submittedAt ?? ''));
      }
      for (const p of g.pairs) {
        expect(p.reason.zh.length).toBeGreaterThan(0);
        expect(p.reason.en.length).toBeGreaterThan(0);
      }
    }
  });
});
