import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/core/result.js';
import { safeParseWith } from '../../src/internal/parse.js';
import {
  stableMatch,
  StableMatchInputSchema,
  type MatchProposers,
  type StableMatchInput,
  type StableMatching,
} from '../../src/pairing/match.js';

type Table = Record<string, string[]>;
interface Instance {
  readonly cadrePreferences: Table;
  readonly enterprisePreferences: Table;
  readonly capacities: { readonly cadres: Record<string, number>; readonly enterprises: Record<string, number> };
}

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/**
 * A random two-way selection: up to `max` cadres and enterprises (mostly near `max`), each listing
 * (mostly) all of the other side or else a random subset of it, in random order, capacities 1 to `maxCap` (only some of them written down), and
 * tables whose keys are inserted in random order.
 */
const permutation = (xs: string[]) => fc.noBias(fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }));

function instanceArb(max: number, maxCap: number): fc.Arbitrary<Instance> {
  // Mostly near the largest size, where several stable matchings are common; sometimes tiny or empty.
  const size = fc.oneof(
    { weight: 4, arbitrary: fc.constant(max) },
    { weight: 2, arbitrary: fc.noBias(fc.integer({ min: Math.max(0, max - 2), max })) },
    fc.integer({ min: 0, max }),
  );
  return fc.tuple(size, size).chain(([nC, nE]) => {
    const cs = ids('c', nC);
    const es = ids('e', nE);
    const table = (keys: string[], targets: string[]) =>
      fc
        .tuple(permutation(keys), ...keys.map(() => fc.oneof({ weight: 8, arbitrary: permutation(targets) }, fc.shuffledSubarray(targets))))
        .map(([order, ...lists]) => {
          const t: Table = {};
          for (const k of order) t[k] = lists[keys.indexOf(k)] as string[];
          return t;
        });
    const caps = (keys: string[]) =>
      fc.tuple(...keys.map(() => fc.option(fc.integer({ min: 1, max: maxCap }), { nil: undefined }))).map((cs) => {
        const t: Record<string, number> = {};
        cs.forEach((c, i) => {
          if (c !== undefined) t[keys[i] as string] = c;
        });
        return t;
      });
    return fc.record({
      cadrePreferences: table(cs, es),
      enterprisePreferences: table(es, cs),
      capacities: fc.record({ cadres: caps(cs), enterprises: caps(es) }),
    });
  });
}

const proposersArb = fc.constantFrom<MatchProposers>('cadres', 'enterprises');
const small = instanceArb(8, 3);
const tiny = instanceArb(5, 1);

const run = (inst: Instance, proposers: MatchProposers): StableMatching => unwrap(stableMatch({ ...inst, proposers }));

/** An independent view of an instance: ranks, capacities and partners, by plain lookups. */
function view(inst: Instance, m: readonly { readonly cadreId: string; readonly enterpriseId: string }[]) {
  const rank = (t: Table, a: string, b: string): number => {
    const i = t[a]?.indexOf(b) ?? -1;
    return i < 0 ? Infinity : i;
  };
  const cap = (t: Record<string, number>, a: string) => t[a] ?? 1;
  const partnersOfC = new Map<string, string[]>();
  const partnersOfE = new Map<string, string[]>();
  for (const { cadreId: c, enterpriseId: e } of m) {
    partnersOfC.set(c, [...(partnersOfC.get(c) ?? []), e]);
    partnersOfE.set(e, [...(partnersOfE.get(e) ?? []), c]);
  }
  const cRank = (c: string, e: string) => rank(inst.cadrePreferences, c, e);
  const eRank = (e: string, c: string) => rank(inst.enterprisePreferences, e, c);
  /** Whether the agent has a free place or prefers `x` to one of its partners. */
  const wantsC = (c: string, e: string) => {
    const ps = partnersOfC.get(c) ?? [];
    return ps.length < cap(inst.capacities.cadres, c) || ps.some((p) => cRank(c, e) < cRank(c, p));
  };
  const wantsE = (e: string, c: string) => {
    const ps = partnersOfE.get(e) ?? [];
    return ps.length < cap(inst.capacities.enterprises, e) || ps.some((p) => eRank(e, c) < eRank(e, p));
  };
  const blocking: [string, string][] = [];
  for (const c of Object.keys(inst.cadrePreferences)) {
    for (const e of inst.cadrePreferences[c] ?? []) {
      if (eRank(e, c) === Infinity || (partnersOfC.get(c) ?? []).includes(e)) continue;
      if (wantsC(c, e) && wantsE(e, c)) blocking.push([c, e]);
    }
  }
  return { cRank, eRank, cap, partnersOfC, partnersOfE, blocking };
}

/**
 * Every stable one-to-one matching of an instance with capacities 1, by enumerating every matching
 * of mutually acceptable pairs and keeping those without a blocking pair.
 */
function allStableMatchings(inst: Instance): Map<string, string>[] {
  const cs = Object.keys(inst.cadrePreferences).sort();
  const es = Object.keys(inst.enterprisePreferences).sort();
  const rankIn = (list: readonly string[] | undefined, x: string) => {
    const i = list?.indexOf(x) ?? -1;
    return i < 0 ? Infinity : i;
  };
  const cR = cs.map((c) => es.map((e) => rankIn(inst.cadrePreferences[c], e)));
  const eR = es.map((e) => cs.map((c) => rankIn(inst.enterprisePreferences[e], c)));
  const ok = (c: number, e: number) => (cR[c]?.[e] ?? Infinity) < Infinity && (eR[e]?.[c] ?? Infinity) < Infinity;
  const partnerOfC = cs.map(() => -1);
  const partnerOfE = es.map(() => -1);
  const out: Map<string, string>[] = [];
  const isStable = () => {
    for (let c = 0; c < cs.length; c++) {
      for (let e = 0; e < es.length; e++) {
        if (!ok(c, e) || partnerOfC[c] === e) continue;
        const pc = partnerOfC[c] as number;
        const pe = partnerOfE[e] as number;
        const cWants = pc < 0 || (cR[c]?.[e] as number) < (cR[c]?.[pc] as number);
        const eWants = pe < 0 || (eR[e]?.[c] as number) < (eR[e]?.[pe] as number);
        if (cWants && eWants) return false;
      }
    }
    return true;
  };
  const go = (c: number): void => {
    if (c === cs.length) {
      if (isStable()) out.push(new Map(partnerOfC.flatMap((e, i) => (e < 0 ? [] : [[cs[i] as string, es[e] as string] as const]))));
      return;
    }
    go(c + 1);
    for (let e = 0; e < es.length; e++) {
      if (partnerOfE[e] !== -1 || !ok(c, e)) continue;
      partnerOfC[c] = e;
      partnerOfE[e] = c;
      go(c + 1);
      partnerOfC[c] = -1;
      partnerOfE[e] = -1;
    }
  };
  go(0);
  return out;
}

/** The same instance with the sides' roles swapped. */
const swapped = (inst: Instance): Instance => ({
  cadrePreferences: inst.enterprisePreferences,
  enterprisePreferences: inst.cadrePreferences,
  capacities: { cadres: inst.capacities.enterprises, enterprises: inst.capacities.cadres },
});

describe('stableMatch laws', () => {
  test.prop([small, proposersArb], { numRuns: 2000 })('no blocking pair: the matching is stable', (inst, proposers) => {
    expect(view(inst, run(inst, proposers).pairs).blocking).toEqual([]);
  });

  test.prop([small, proposersArb], { numRuns: 2000 })('capacities are respected and places left are reported exactly', (inst, proposers) => {
    const m = run(inst, proposers);
    const v = view(inst, m.pairs);
    const leftC = Object.keys(inst.cadrePreferences)
      .sort()
      .map((c) => ({ cadreId: c, remainingCapacity: v.cap(inst.capacities.cadres, c) - (v.partnersOfC.get(c)?.length ?? 0) }));
    const leftE = Object.keys(inst.enterprisePreferences)
      .sort()
      .map((e) => ({ enterpriseId: e, remainingCapacity: v.cap(inst.capacities.enterprises, e) - (v.partnersOfE.get(e)?.length ?? 0) }));
    for (const l of [...leftC, ...leftE]) expect(l.remainingCapacity).toBeGreaterThanOrEqual(0);
    expect(m.unmatchedCadres).toEqual(leftC.filter((l) => l.remainingCapacity > 0));
    expect(m.unmatchedEnterprises).toEqual(leftE.filter((l) => l.remainingCapacity > 0));
  });

  test.prop([small, proposersArb], { numRuns: 2000 })('only mutually acceptable pairs, each once, sorted by cadre then enterprise', (inst, proposers) => {
    const m = run(inst, proposers);
    const v = view(inst, m.pairs);
    for (const { cadreId, enterpriseId } of m.pairs) {
      expect(v.cRank(cadreId, enterpriseId)).toBeLessThan(Infinity);
      expect(v.eRank(enterpriseId, cadreId)).toBeLessThan(Infinity);
    }
    const keys = m.pairs.map((p) => `${p.cadreId}\u0000${p.enterpriseId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
    expect(m.proposers).toBe(proposers);
    expect(m.proposals).toBeGreaterThanOrEqual(m.pairs.length);
    expect(m.rounds).toBeLessThanOrEqual(m.proposals);
  });

  test.prop([tiny, proposersArb], { numRuns: 2000 })(
    'optimal for the proposing side, pessimal for the other: each gets its best (worst) partner over all stable matchings, by brute force',
    (inst, proposers) => {
      const m = run(inst, proposers);
      const mine = new Map(m.pairs.map((p) => [p.cadreId, p.enterpriseId]));
      const stable = allStableMatchings(inst);
      expect(stable.some((s) => s.size === mine.size && [...s].every(([c, e]) => mine.get(c) === e))).toBe(true);
      const v = view(inst, []);
      const cadreScore = (s: ReadonlyMap<string, string>, c: string) => {
        const e = s.get(c);
        return e === undefined ? Infinity : v.cRank(c, e);
      };
      const enterpriseScore = (s: ReadonlyMap<string, string>, e: string) => {
        const c = [...s].find(([, x]) => x === e)?.[0];
        return c === undefined ? Infinity : v.eRank(e, c);
      };
      const cadresBest = proposers === 'cadres';
      for (const c of Object.keys(inst.cadrePreferences)) {
        const scores = stable.map((s) => cadreScore(s, c));
        expect(cadreScore(mine, c)).toBe(cadresBest ? Math.min(...scores) : Math.max(...scores));
      }
      for (const e of Object.keys(inst.enterprisePreferences)) {
        const scores = stable.map((s) => enterpriseScore(s, e));
        expect(enterpriseScore(mine, e)).toBe(cadresBest ? Math.max(...scores) : Math.min(...scores));
      }
    },
  );

  test.prop([small, proposersArb, fc.nat()], { numRuns: 1000 })('the result does not depend on the order of the tables’ keys', (inst, proposers, seed) => {
    const shuffle = <T>(t: Record<string, T>): Record<string, T> => {
      const keys = Object.keys(t);
      const order = keys.map((k, i) => [((i + 1) * 2654435761 + seed) % 1000003, k] as const).sort((a, b) => a[0] - b[0]);
      return Object.fromEntries(order.map(([, k]) => [k, t[k] as T]));
    };
    const reordered: Instance = {
      cadrePreferences: shuffle(inst.cadrePreferences),
      enterprisePreferences: shuffle(inst.enterprisePreferences),
      capacities: { cadres: shuffle(inst.capacities.cadres), enterprises: shuffle(inst.capacities.enterprises) },
    };
    expect(run(reordered, proposers)).toEqual(run(inst, proposers));
  });

  test.prop([small, proposersArb], { numRuns: 1000 })('swapping the sides’ roles swaps the matching', (inst, proposers) => {
    const m = run(inst, proposers);
    const s = run(swapped(inst), proposers === 'cadres' ? 'enterprises' : 'cadres');
    const flip = s.pairs.map((p) => ({ cadreId: p.enterpriseId, enterpriseId: p.cadreId }));
    flip.sort((a, b) => (a.cadreId < b.cadreId ? -1 : a.cadreId > b.cadreId ? 1 : a.enterpriseId < b.enterpriseId ? -1 : 1));
    expect(flip).toEqual(m.pairs);
    expect([s.rounds, s.proposals]).toEqual([m.rounds, m.proposals]);
  });

  test.prop([small], { numRuns: 1000 })('rural hospitals: every agent fills as many places whichever side proposes', (inst) => {
    const a = run(inst, 'cadres');
    const b = run(inst, 'enterprises');
    expect(b.unmatchedCadres).toEqual(a.unmatchedCadres);
    expect(b.unmatchedEnterprises).toEqual(a.unmatchedEnterprises);
  });

  test.prop([small, proposersArb, fc.integer({ min: 2, max: 50 })], { numRuns: 1000 })(
    'capacities above the length of the list change nothing',
    (inst, proposers, big) => {
      const caps = (t: Table) => Object.fromEntries(Object.keys(t).map((k) => [k, Math.max(big, t[k]?.length ?? 0)]));
      const full: Instance = { ...inst, capacities: { cadres: caps(inst.cadrePreferences), enterprises: caps(inst.enterprisePreferences) } };
      const m = run(full, proposers);
      // Everyone takes every mutually acceptable partner.
      const expected = Object.keys(inst.cadrePreferences)
        .sort()
        .flatMap((c) =>
          [...(inst.cadrePreferences[c] ?? [])]
            .filter((e) => (inst.enterprisePreferences[e] ?? []).includes(c))
            .sort()
            .map((e) => ({ cadreId: c, enterpriseId: e })),
        );
      expect(m.pairs).toEqual(expected);
    },
  );
});

/** Inputs of any shape, near the valid ones: tables of odd values, stray keys, bad capacities. */
const looseArb: fc.Arbitrary<unknown> = (() => {
  const id = fc.oneof(fc.constantFrom('c0', 'c1', 'e0', 'e1', ''), fc.string({ maxLength: 3 }));
  const list = fc.oneof({ weight: 4, arbitrary: fc.array(id, { maxLength: 3 }) }, fc.array(fc.oneof(id, fc.integer()), { maxLength: 3 }), fc.jsonValue());
  const table = fc.oneof({ weight: 4, arbitrary: fc.dictionary(id, list, { maxKeys: 3 }) }, fc.jsonValue());
  const capacity = fc.oneof(fc.integer({ min: -1, max: 3 }), fc.double(), fc.constantFrom('1', null));
  const capTable = fc.oneof({ weight: 3, arbitrary: fc.dictionary(id, capacity, { maxKeys: 2 }) }, fc.jsonValue());
  return fc.oneof(
    { weight: 6, arbitrary: fc.record(
      {
        cadrePreferences: table,
        enterprisePreferences: table,
        capacities: fc.oneof(fc.record({ cadres: capTable, enterprises: capTable }, { requiredKeys: [] }), fc.constant(undefined), fc.jsonValue()),
        proposers: fc.oneof(proposersArb, fc.jsonValue()),
        stray: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ) },
    fc.jsonValue(),
  );
})();

describe('stableMatch validation laws', () => {
  test.prop([looseArb], { numRuns: 2000 })('a shape the schema refuses gives exactly the schema’s error; one it takes gives a matching or a reference error', (input) => {
    const r = stableMatch(input as StableMatchInput);
    const schema = safeParseWith(StableMatchInputSchema, input);
    if (!schema.ok) {
      expect(r).toEqual(schema);
    } else if (!r.ok) {
      const codes = (r.error.issues ?? [r.error]).map((i) => i.code);
      for (const c of codes) expect(['DUPLICATE_ID', 'UNKNOWN_REFERENCE']).toContain(c);
    }
  });

  test.prop([small, proposersArb, fc.nat(), fc.nat()], { numRuns: 1000 })('a listed id with no preference list is UNKNOWN_REFERENCE at its place', (inst, proposers, a, b) => {
    const cs = Object.keys(inst.cadrePreferences).sort();
    if (cs.length === 0) return;
    const c = cs[a % cs.length] as string;
    const list = [...(inst.cadrePreferences[c] ?? [])];
    const at = b % (list.length + 1);
    list.splice(at, 0, 'nobody');
    const r = stableMatch({ ...inst, cadrePreferences: { ...inst.cadrePreferences, [c]: list }, proposers });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'UNKNOWN_REFERENCE', path: ['cadrePreferences', c, at], value: 'nobody' });
  });
});
