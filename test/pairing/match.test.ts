import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorCodes } from '../../src/core/errors.js';
import { unwrap } from '../../src/core/result.js';
import {
  MatchProposers,
  stableMatch,
  StableMatchInputSchema,
  type StableMatchInput,
  type StableMatching,
} from '../../src/pairing/match.js';

/** The matching of a valid input. */
const match = (input: StableMatchInput): StableMatching => unwrap(stableMatch(input));
/** Pairs as `cadre–enterprise` strings, for short expectations. */
const pairsOf = (m: StableMatching): string[] => m.pairs.map((p) => `${p.cadreId}–${p.enterpriseId}`);

/**
 * The classic 3 × 3 instance with cyclic preferences: each cadre's first choice is a different
 * enterprise, and each enterprise's first choice is a different cadre, so the two sides' optimal
 * stable matchings differ (a third stable matching gives everyone their second choice).
 */
const cyclic = {
  cadrePreferences: { c1: ['e1', 'e2', 'e3'], c2: ['e2', 'e3', 'e1'], c3: ['e3', 'e1', 'e2'] },
  enterprisePreferences: { e1: ['c2', 'c3', 'c1'], e2: ['c3', 'c1', 'c2'], e3: ['c1', 'c2', 'c3'] },
} as const;

/** A 3 × 3 instance that needs several rounds of proposals and has one stable matching. */
const rounds = {
  cadrePreferences: { c1: ['e1', 'e2', 'e3'], c2: ['e1', 'e3', 'e2'], c3: ['e2', 'e1', 'e3'] },
  enterprisePreferences: { e1: ['c3', 'c2', 'c1'], e2: ['c1', 'c3', 'c2'], e3: ['c2', 'c1', 'c3'] },
} as const;

describe('stableMatch: the classic examples', () => {
  it('cyclic 3 × 3: cadres proposing each get their first choice', () => {
    const m = match({ ...cyclic, proposers: 'cadres' });
    expect(pairsOf(m)).toEqual(['c1–e1', 'c2–e2', 'c3–e3']);
    expect(m).toMatchObject({ proposers: 'cadres', rounds: 1, proposals: 3, unmatchedCadres: [], unmatchedEnterprises: [] });
  });

  it('cyclic 3 × 3: enterprises proposing each get their first choice', () => {
    const m = match({ ...cyclic, proposers: 'enterprises' });
    expect(pairsOf(m)).toEqual(['c1–e3', 'c2–e1', 'c3–e2']);
    expect(m).toMatchObject({ proposers: 'enterprises', rounds: 1, proposals: 3 });
  });

  it('rejections pass down the lists round by round until everyone holds a partner', () => {
    // Round 1: c1, c2 → e1 (keeps c2), c3 → e2. Round 2: c1 → e2 (keeps c1, lets c3 go).
    // Round 3: c3 → e1 (keeps c3, lets c2 go). Round 4: c2 → e3.
    const m = match({ ...rounds, proposers: 'cadres' });
    expect(pairsOf(m)).toEqual(['c1–e2', 'c2–e3', 'c3–e1']);
    expect(m.rounds).toBe(4);
    expect(m.proposals).toBe(6);
    // The only stable matching, so the enterprises reach it too, each with its first choice.
    const byEnterprises = match({ ...rounds, proposers: 'enterprises' });
    expect(pairsOf(byEnterprises)).toEqual(pairsOf(m));
    expect(byEnterprises.rounds).toBe(1);
  });

  it('pairs are sorted by cadre id, then enterprise id, whatever the order of the keys', () => {
    const m = match({
      cadrePreferences: { z: ['b', 'a'], y: ['a', 'b'] },
      enterprisePreferences: { b: ['y', 'z'], a: ['z', 'y'] },
      capacities: { cadres: { z: 2 } },
      proposers: 'enterprises',
    });
    expect(m.pairs).toEqual([
      { cadreId: 'y', enterpriseId: 'b' },
      { cadreId: 'z', enterpriseId: 'a' },
    ]);
    expect(m.unmatchedCadres).toEqual([{ cadreId: 'z', remainingCapacity: 1 }]);
  });

  it('the empty selection matches no one', () => {
    expect(match({ cadrePreferences: {}, enterprisePreferences: {}, proposers: 'cadres' })).toEqual({
      pairs: [],
      unmatchedCadres: [],
      unmatchedEnterprises: [],
      proposers: 'cadres',
      rounds: 0,
      proposals: 0,
    });
  });
});

describe('stableMatch: acceptability', () => {
  it('a pair is made only when each lists the other, even when both stay alone', () => {
    const m = match({
      cadrePreferences: { c1: ['e1'], c2: [] },
      enterprisePreferences: { e1: ['c2'], e2: ['c1'] },
      proposers: 'cadres',
    });
    expect(m.pairs).toEqual([]);
    expect(m.proposals).toBe(0);
    expect(m.unmatchedCadres).toEqual([
      { cadreId: 'c1', remainingCapacity: 1 },
      { cadreId: 'c2', remainingCapacity: 1 },
    ]);
    expect(m.unmatchedEnterprises.map((u) => u.enterpriseId)).toEqual(['e1', 'e2']);
  });

  it('an agent prefers staying alone to anyone it does not list', () => {
    // e1 is everyone's first choice but accepts only c2; c1 then takes e2, its second choice.
    const m = match({
      cadrePreferences: { c1: ['e1', 'e2'], c2: ['e1', 'e2'] },
      enterprisePreferences: { e1: ['c2'], e2: ['c2', 'c1'] },
      proposers: 'cadres',
    });
    expect(pairsOf(m)).toEqual(['c1–e2', 'c2–e1']);
    expect(m.proposals).toBe(2); // c1 → e1 is not a proposal: e1 does not list c1
  });
});

describe('stableMatch: capacities', () => {
  it('an enterprise with two places keeps its two best cadres', () => {
    const m = match({
      cadrePreferences: { c1: ['e1', 'e2'], c2: ['e1', 'e2'], c3: ['e1', 'e2'] },
      enterprisePreferences: { e1: ['c3', 'c1', 'c2'], e2: ['c1', 'c2', 'c3'] },
      capacities: { enterprises: { e1: 2 } },
      proposers: 'cadres',
    });
    expect(pairsOf(m)).toEqual(['c1–e1', 'c2–e2', 'c3–e1']);
    expect(m.unmatchedEnterprises).toEqual([]);
  });

  it('a cadre with two places serves two enterprises; places left are reported', () => {
    const m = match({
      cadrePreferences: { c1: ['e1', 'e2', 'e3'], c2: ['e3'] },
      enterprisePreferences: { e1: ['c1'], e2: ['c1', 'c2'], e3: ['c2', 'c1'] },
      capacities: { cadres: { c1: 2, c2: 3 }, enterprises: { e3: 2 } },
      proposers: 'cadres',
    });
    expect(pairsOf(m)).toEqual(['c1–e1', 'c1–e2', 'c2–e3']);
    expect(m.unmatchedCadres).toEqual([{ cadreId: 'c2', remainingCapacity: 2 }]);
    expect(m.unmatchedEnterprises).toEqual([{ enterpriseId: 'e3', remainingCapacity: 1 }]);
  });

  it('many-to-many from the enterprises’ side: each proposes to as many cadres as it has places', () => {
    const m = match({
      cadrePreferences: { c1: ['e2', 'e1'], c2: ['e1', 'e2'], c3: ['e1'] },
      enterprisePreferences: { e1: ['c1', 'c2', 'c3'], e2: ['c1', 'c2'] },
      capacities: { enterprises: { e1: 2, e2: 2 } },
      proposers: 'enterprises',
    });
    // Round 1: e1 → c1, c2; e2 → c1, c2. c1 keeps e2, c2 keeps e1. Round 2: e1 → c3; e2 has no one left.
    expect(pairsOf(m)).toEqual(['c1–e2', 'c2–e1', 'c3–e1']);
    expect(m.unmatchedEnterprises).toEqual([{ enterpriseId: 'e2', remainingCapacity: 1 }]);
    expect(m.rounds).toBe(2);
    expect(m.proposals).toBe(5);
  });

  it('a capacity above the list’s length is allowed and simply never filled', () => {
    const m = match({
      cadrePreferences: { c1: ['e1'] },
      enterprisePreferences: { e1: ['c1'] },
      capacities: { enterprises: { e1: 1000 } },
      proposers: 'cadres',
    });
    expect(m.unmatchedEnterprises).toEqual([{ enterpriseId: 'e1', remainingCapacity: 999 }]);
  });
});

describe('stableMatch: 003 two-way selection of enterprise assistants', () => {
  it('003: enterprise assistants (企业助理) are chosen by two-way selection (双向选择)', () => {
    // Three cadres volunteer as enterprise assistants and rank the enterprises they would serve;
    // the enterprises rank the volunteers; the valve maker, a key enterprise, takes two.
    const selection = {
      cadrePreferences: {
        'cadre-wang': ['ent-valve', 'ent-textile'],
        'cadre-li': ['ent-textile', 'ent-valve', 'ent-tea'],
        'cadre-zhao': ['ent-tea', 'ent-valve'],
      },
      enterprisePreferences: {
        'ent-valve': ['cadre-li', 'cadre-zhao', 'cadre-wang'],
        'ent-textile': ['cadre-wang', 'cadre-li'],
        'ent-tea': ['cadre-li'],
      },
      capacities: { enterprises: { 'ent-valve': 2 } },
    } as const;
    // The cadres choosing first each get the best they can: zhao's first choice does not list him.
    const byCadres = match({ ...selection, proposers: 'cadres' });
    expect(pairsOf(byCadres)).toEqual(['cadre-li–ent-textile', 'cadre-wang–ent-valve', 'cadre-zhao–ent-valve']);
    expect(byCadres).toMatchObject({ rounds: 1, proposals: 3, unmatchedCadres: [] });
    // The enterprises choosing first: the valve maker gets its two favourites, li turns the tea maker down.
    const byEnterprises = match({ ...selection, proposers: 'enterprises' });
    expect(pairsOf(byEnterprises)).toEqual(['cadre-li–ent-valve', 'cadre-wang–ent-textile', 'cadre-zhao–ent-valve']);
    expect(byEnterprises).toMatchObject({ rounds: 1, proposals: 4, unmatchedCadres: [] });
    for (const m of [byCadres, byEnterprises]) {
      expect(m.unmatchedEnterprises).toEqual([{ enterpriseId: 'ent-tea', remainingCapacity: 1 }]);
    }
  });

  it('labels the proposing side in Chinese and English', () => {
    expect(MatchProposers.schema.options).toEqual(['cadres', 'enterprises']);
    expect(MatchProposers.labels.cadres).toEqual({ zh: '干部发起选择', en: 'Cadres propose' });
    expect(MatchProposers.labels.enterprises.zh).toBe('企业发起选择');
  });
});

describe('stableMatch: plain data', () => {
  it('survives JSON and leaves a frozen input untouched', () => {
    const input = Object.freeze({ ...cyclic, capacities: Object.freeze({ cadres: Object.freeze({ c1: 2 }) }), proposers: 'cadres' as const });
    const before = JSON.stringify(input);
    const m = match(input);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(JSON.stringify(input)).toBe(before);
    expect(match(JSON.parse(before) as StableMatchInput)).toEqual(m);
  });

  it('accepts tables without a prototype', () => {
    const cadrePreferences = Object.assign(Object.create(null) as Record<string, string[]>, cyclic.cadrePreferences);
    expect(pairsOf(match({ ...cyclic, cadrePreferences, proposers: 'cadres' }))).toEqual(['c1–e1', 'c2–e2', 'c3–e3']);
  });

  it('the input schema exports as JSON Schema with whole-number capacities of at least 1', () => {
    const json = z.toJSONSchema(StableMatchInputSchema) as { required?: string[]; properties: Record<string, unknown> };
    expect(json.required).toEqual(['cadrePreferences', 'enterprisePreferences', 'proposers']);
    expect(JSON.stringify(json.properties['capacities'])).toContain('"minimum":1');
  });
});

describe('stableMatch: validation', () => {
  const valid = { ...cyclic, proposers: 'cadres' } as const;
  const fail = (input: unknown) => {
    const r = stableMatch(input as StableMatchInput);
    if (r.ok) throw new Error('expected a failure');
    return r.error;
  };

  it('an id listed twice by one agent is DUPLICATE_ID at its place in the list', () => {
    const e = fail({ ...valid, cadrePreferences: { ...cyclic.cadrePreferences, c2: ['e2', 'e3', 'e2'] } });
    expect(e).toMatchObject({ code: 'DUPLICATE_ID', path: ['cadrePreferences', 'c2', 2], value: 'e2' });
    expect(e.message).toBe('The cadre c2 lists the enterprise e2 more than once.');
    expect(e.messageZh).toBe('干部「c2」的意向名单重复列出企业「e2」。');
  });

  it('an id without a preference list of its own is UNKNOWN_REFERENCE, on either side', () => {
    const e = fail({ ...valid, enterprisePreferences: { ...cyclic.enterprisePreferences, e3: ['c1', 'c9'] } });
    expect(e).toMatchObject({ code: 'UNKNOWN_REFERENCE', path: ['enterprisePreferences', 'e3', 1], value: 'c9' });
    expect(e.messageZh).toBe('企业「e3」的意向名单中的干部「c9」不在干部意向表中。');
    const c = fail({ ...valid, cadrePreferences: { ...cyclic.cadrePreferences, c1: ['e4'] } });
    expect(c).toMatchObject({ code: 'UNKNOWN_REFERENCE', path: ['cadrePreferences', 'c1', 0], value: 'e4' });
  });

  it('a capacity for an id without a preference list is UNKNOWN_REFERENCE', () => {
    const e = fail({ ...valid, capacities: { enterprises: { e7: 2 } } });
    expect(e).toMatchObject({ code: 'UNKNOWN_REFERENCE', path: ['capacities', 'enterprises', 'e7'], value: 'e7' });
    expect(e.messageZh).toContain('名额');
  });

  it('a capacity below 1 or not whole is INVALID_INPUT at its path', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '2', null]) {
      const e = fail({ ...valid, capacities: { cadres: { c1: bad } } });
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.path).toEqual(['capacities', 'cadres', 'c1']);
      expect(e.messageZh.length).toBeGreaterThan(0);
    }
  });

  it('a shape the schema refuses is INVALID_INPUT with the schema’s path', () => {
    expect(fail(null).code).toBe('INVALID_INPUT');
    expect(fail({ ...valid, proposers: 'both' }).path).toEqual(['proposers']);
    expect(fail({ ...valid, extra: 1 }).code).toBe('INVALID_INPUT');
    expect(fail({ ...valid, cadrePreferences: { c1: 'e1' } }).path).toEqual(['cadrePreferences', 'c1']);
    expect(fail({ ...valid, cadrePreferences: { c1: ['e1', ''] } }).path).toEqual(['cadrePreferences', 'c1', 1]);
    expect(fail({ ...valid, capacities: { parks: {} } }).code).toBe('INVALID_INPUT');
  });

  it('a list entry that is not an id is INVALID_INPUT, even when its string form is one', () => {
    const e = fail({ cadrePreferences: { c1: [5] }, enterprisePreferences: { '5': [] }, proposers: 'cadres' });
    expect(e).toMatchObject({ code: 'INVALID_INPUT', path: ['cadrePreferences', 'c1', 0], value: 5 });
    // A shape problem wins over reference problems found before it.
    const later = fail({ cadrePreferences: { a: ['nobody'], b: [null] }, enterprisePreferences: {}, proposers: 'cadres' });
    expect(later).toMatchObject({ code: 'INVALID_INPUT', path: ['cadrePreferences', 'b', 0] });
  });

  it('ids that are also names of object properties are ordinary ids', () => {
    const input = JSON.parse(
      '{"cadrePreferences":{"__proto__":["constructor"],"toString":["constructor"]},"enterprisePreferences":{"constructor":["toString","__proto__"]},"proposers":"cadres"}',
    ) as StableMatchInput;
    expect(pairsOf(match(input))).toEqual(['toString–constructor']);
    expect(match(input).unmatchedCadres).toEqual([{ cadreId: '__proto__', remainingCapacity: 1 }]);
    expect(fail({ cadrePreferences: { c1: ['toString'] }, enterprisePreferences: {}, proposers: 'cadres' }).code).toBe('UNKNOWN_REFERENCE');
  });

  it('several problems come as one INVALID_INPUT listing each, in id order', () => {
    const e = fail({
      cadrePreferences: { c2: ['e1', 'e1'], c1: ['x'] },
      enterprisePreferences: { e1: ['y'] },
      capacities: { cadres: { z: 2 } },
      proposers: 'enterprises',
    });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues?.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_REFERENCE', ['cadrePreferences', 'c1', 0]],
      ['DUPLICATE_ID', ['cadrePreferences', 'c2', 1]],
      ['UNKNOWN_REFERENCE', ['enterprisePreferences', 'e1', 0]],
      ['UNKNOWN_REFERENCE', ['capacities', 'cadres', 'z']],
    ]);
    expect(e.message).toContain('4 problems');
    expect(e.messageZh).toContain('4 处问题');
    for (const i of e.issues ?? []) expect(Object.keys(errorCodes)).toContain(i.code);
  });

  it('lists at most 20 problems (Part 9, issue 14: error reports capped) and says how many there were', () => {
    const many = Array.from({ length: 150 }, (_, i) => `x${i}`);
    const e = fail({ cadrePreferences: { c1: many }, enterprisePreferences: {}, proposers: 'cadres' });
    expect(e.issues).toHaveLength(20);
    expect(e.moreIssues).toBe(130);
    expect(e.message).toContain('150 problems (the first 20 listed)');
  });
});
