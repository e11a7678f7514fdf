import { describe, expect, it } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { AdviserSchema } from '../../src/org/index.js';
import {
  defaultPairingPolicy,
  defaultSuggestionWeights,
  PairingPolicySchema,
  suggestPairings,
  validatePairings,
  type Pairing,
  type SuggestionAdviser,
  type SuggestionEnterprise,
  type SuggestPairingsOptions,
} from '../../src/pairing/index.js';

const ASOF = '2026-03-01';
const leader = (id: string, level: 'city' | 'county' | 'grassroots' = 'city', extra: Partial<SuggestionAdviser> = {}): SuggestionAdviser => ({ id, kind: 'contactLeader', level, ...extra });
const ent = (id: string, keyLevel: 'none' | 'county' | 'city' = 'county', extra: Partial<SuggestionEnterprise> = {}): SuggestionEnterprise => ({
  id,
  keyLevel,
  countyId: 'c1',
  industry: 'C3411',
  ...extra,
});
const pair = (id: string, adviserId: string, enterpriseId: string, extra: Partial<Pairing> = {}): Pairing => ({
  id,
  adviserId,
  enterpriseId,
  parkId: null,
  since: '2026-01-05',
  until: null,
  selection: 'appointed',
  ...extra,
});
/** suggestPairings as of {@link ASOF}, its Result as it is. */
const trySuggest = (
  advisers: readonly SuggestionAdviser[],
  enterprises: readonly SuggestionEnterprise[],
  pairings: readonly Pairing[] = [],
  options: Partial<SuggestPairingsOptions> = {},
  policy = defaultPairingPolicy,
) => suggestPairings(advisers, enterprises, pairings, policy, { asOf: ASOF, ...options });
/** suggestPairings as of {@link ASOF}, expected to succeed. */
const suggest = (...args: Parameters<typeof trySuggest>) => unwrap(trySuggest(...args));
const pairs = (r: ReturnType<typeof suggest>) => r.suggestions.map((s) => [s.enterpriseId, s.adviserId]);

describe('suggestPairings: proposals for key enterprises that lack a contact leader (001)', () => {
  it('scores experience fit, level, jurisdiction and free capacity, and explains the score (002: 学过、管过、干过)', () => {
    const a = AdviserSchema.parse({
      id: 'a1',
      name: '张三',
      kind: 'contactLeader',
      level: 'county',
      expertise: ['financing', 'land'],
      experience: { basis: ['studied', 'practised'] },
    });
    const r = suggest([a], [ent('e1')], [], { needsOf: { e1: ['financing', 'power'] }, industriesOf: { a1: ['C34'] }, countyOf: { a1: 'c1' } });
    expect(r).toEqual({
      suggestions: [
        {
          enterpriseId: 'e1',
          adviserId: 'a1',
          adviserKind: 'contactLeader',
          score: 0.685,
          breakdown: { expertise: 0.5, experience: 0.45, level: 1, jurisdiction: 1, capacity: 1 },
          reason: {
            en: 'Expertise meets 1 of 2 needs; industry C34 vs C3411 (studied it, done it); county level for a county key enterprise; same county; 2 places left.',
            zh: '专长满足 2 项需求中的 1 项；行业经历 C34（企业 C3411）：学过、干过；县级人员联系县级重点服务企业；同一县区；尚可联系 2 家。',
          },
        },
      ],
      unmatched: [],
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('002: experience fit decides between otherwise equal advisers', () => {
    const expert = leader('z-expert', 'county', { expertise: ['financing'] });
    const novice = leader('a-novice', 'county');
    expect(pairs(suggest([novice, expert], [ent('e1')], [], { needsOf: { e1: ['financing'] } }))).toEqual([['e1', 'z-expert']]);
    const practised = leader('z-practised', 'county', { experience: { basis: ['studied', 'managed', 'practised'] } });
    const studied = leader('a-studied', 'county', { experience: { basis: ['studied'] } });
    const industriesOf = { 'z-practised': ['C3411'], 'a-studied': ['C3411'] };
    const r = suggest([studied, practised], [ent('e1')], [], { industriesOf });
    expect(pairs(r)).toEqual([['e1', 'z-practised']]);
    expect(r.suggestions[0]?.breakdown.experience).toBe(1);
    // A longer common prefix of industry codes fits better: C3411 vs C34 vs C vs another section.
    const fit = (codes: string[]) => suggest([leader('x', 'county')], [ent('e1')], [], { industriesOf: { x: codes } }).suggestions[0]?.breakdown.experience;
    expect([['C3411'], ['C34'], ['C'], ['A01'], []].map(fit)).toEqual([0.25, 0.15, 0.05, 0, 0]);
  });

  it('001: a city key enterprise is offered only city-level contact leaders; a county one prefers county level', () => {
    const r = suggest([leader('a-county', 'county'), leader('b-city', 'city')], [ent('e1', 'city')]);
    expect(pairs(r)).toEqual([['e1', 'b-city']]);
    expect(r.suggestions[0]?.breakdown.level).toBe(1);
    const r2 = suggest([leader('b-city', 'city'), leader('z-county', 'county')], [ent('e2', 'county')]);
    expect(pairs(r2)).toEqual([['e2', 'z-county']]);
    expect(suggest([leader('b-city', 'city')], [ent('e2', 'county')]).suggestions[0]?.breakdown.level).toBe(0.5);
    expect(suggest([leader('g', 'grassroots')], [ent('e2', 'county')]).unmatched).toEqual([{ enterpriseId: 'e2', missing: 1 }]);
  });

  it('keeps an adviser placed in a county to that county, from countyOf or their department', () => {
    const a = leader('a1', 'county', { departmentId: 'd2' });
    const departments = [{ id: 'd2', countyId: 'c2' }];
    expect(suggest([a], [ent('e1')], [], { departments }).unmatched).toEqual([{ enterpriseId: 'e1', missing: 1 }]);
    expect(pairs(suggest([a], [ent('e1', 'county', { countyId: 'c2' })], [], { departments }))).toEqual([['e1', 'a1']]);
    expect(pairs(suggest([a], [ent('e1')], [], { departments, countyOf: { a1: 'c1' } }))).toEqual([['e1', 'a1']]);
    // Same county beats an adviser with no county.
    expect(pairs(suggest([leader('a-none', 'county'), leader('z-same', 'county')], [ent('e1')], [], { countyOf: { 'z-same': 'c1' } }))).toEqual([['e1', 'z-same']]);
    // Ids like "constructor" are data, not object keys of the prototype.
    expect(pairs(suggest([leader('constructor', 'county')], [ent('toString')], [], { countyOf: {}, needsOf: {} }))).toEqual([['toString', 'constructor']]);
  });

  it('003: never proposes more than a contact leader may take (1–2 enterprises), counting what it already has', () => {
    const es = ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => ent(id));
    const advisers = [leader('l1', 'county'), leader('l2', 'county')];
    const existing = [pair('p1', 'l1', 'n1')];
    const r = suggest(advisers, [...es, ent('n1', 'none')], existing);
    const load = new Map<string, number>([['l1', 1]]);
    for (const s of r.suggestions) load.set(s.adviserId, (load.get(s.adviserId) ?? 0) + 1);
    expect([...load.values()].every((n) => n <= 2)).toBe(true);
    // l2 has more capacity free, so it scores higher and fills first.
    expect(pairs(r)).toEqual([
      ['e1', 'l2'],
      ['e2', 'l2'],
      ['e3', 'l1'],
    ]);
    expect(r.suggestions.map((s) => s.breakdown.capacity)).toEqual([1, 1, 0.5]);
    expect(r.unmatched).toEqual([
      { enterpriseId: 'e4', missing: 1 },
      { enterpriseId: 'e5', missing: 1 },
    ]);
    // Applying the suggestions leaves no capacity or contact violation for the matched enterprises.
    const applied = [...existing, ...r.suggestions.map((s, i) => pair(`s${i}`, s.adviserId, s.enterpriseId))];
    const vs = unwrap(validatePairings(advisers, [...es, ent('n1', 'none')], applied, defaultPairingPolicy, { asOf: ASOF })).violations;
    expect(vs.map((v) => [v.code, v.enterpriseIds])).toEqual(r.unmatched.map((u) => ['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER', [u.enterpriseId]]));
  });

  it('skips enterprises that have a fitting contact on the date, non-key enterprises, and advisers already paired with the target', () => {
    const es = [ent('e1'), ent('e2'), ent('e3', 'none'), ent('e4', 'city')];
    const advisers = [leader('l1', 'county'), leader('l2', 'city')];
    const pairings = [
      pair('p1', 'l1', 'e1'),
      pair('p2', 'l2', 'e2', { until: '2026-02-28' }), // ended: e2 lacks a contact again
      pair('p3', 'l1', 'e4'), // county level: does not fit a city key enterprise
    ];
    const r = suggest(advisers, es, pairings);
    expect(pairs(r)).toEqual([
      ['e4', 'l2'],
      ['e2', 'l2'],
    ]);
  });

  it('breaks ties by city key enterprises first, then enterprise id, then adviser id — whatever the input order', () => {
    const es = [ent('e2'), ent('e1'), ent('e9', 'city', { countyId: 'c1' })];
    const advisers = [leader('l3', 'city'), leader('l1', 'city'), leader('l2', 'city')];
    const r = suggest(advisers, es, [], { weights: { level: 0 } });
    // Every pair scores the same; l1 takes its two places first.
    expect(r.suggestions.map((s) => s.score)).toEqual([0.2059, 0.2059, 0.2059]);
    expect(pairs(r)).toEqual([
      ['e9', 'l1'],
      ['e1', 'l1'],
      ['e2', 'l2'],
    ]);
    expect(suggest([...advisers].reverse(), [...es].reverse(), [], { weights: { level: 0 } })).toEqual(r);
  });

  it('suggests other kinds on request, respecting their per-enterprise limit (003: 1:1)', () => {
    const cadres: SuggestionAdviser[] = [
      { id: 'c1', kind: 'secondedCadre', level: 'county' },
      { id: 'c2', kind: 'secondedCadre', level: 'county' },
    ];
    const policy = parse(PairingPolicySchema, { keyEnterpriseContact: { kinds: ['contactLeader', 'secondedCadre'] } });
    const r = suggest(cadres, [ent('e1'), ent('e2'), ent('e3')], [], { kinds: ['secondedCadre'] }, policy);
    expect(pairs(r)).toEqual([
      ['e1', 'c1'],
      ['e2', 'c2'],
    ]);
    expect(r.unmatched).toEqual([{ enterpriseId: 'e3', missing: 1 }]);
    // Asking for two contacts each: the second can never be another seconded cadre of the same enterprise.
    const two = parse(PairingPolicySchema, { keyEnterpriseContact: { kinds: ['secondedCadre'], min: 2 } });
    const r2 = suggest(cadres, [ent('e1')], [], {}, two);
    expect(pairs(r2)).toEqual([['e1', 'c1']]);
    expect(r2.unmatched).toEqual([{ enterpriseId: 'e1', missing: 1 }]);
  });

  it('rejects a bad date or bad weights', () => {
    expect(trySuggest([], [], [], { asOf: '2026-13-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['options', 'asOf'], value: '2026-13-01' } });
    const negative = trySuggest([], [], [], { weights: { expertise: -1 } });
    expect(negative).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'weights', 'expertise'], value: -1 } });
    if (!negative.ok) expect(negative.error.message).toMatch(/weights/);
    expect(trySuggest([], [], [], { weights: { expertise: 0, experience: 0, level: 0, jurisdiction: 0, capacity: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['options', 'weights'] },
    });
    expect(Object.isFrozen(defaultSuggestionWeights)).toBe(true);
  });

  it('Part 8: suggestPairings returns INVALID_ARGUMENT or INVALID_INPUT for kinds, key levels and grounds qinqing does not know (no TypeError) instead of throwing', () => {
    expect(trySuggest([], [], [], { weights: { level: Number.NaN } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'weights', 'level'] } });
    expect(trySuggest([leader('a1')], [ent('e1')], [], { asOf: 20260301 as unknown as string })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['options', 'asOf'] } });
    // each of these, coming from JSON, used to escape as a TypeError
    expect(trySuggest([leader('a1')], [ent('e1')], [], { kinds: ['contactLeader', 'wizard' as 'contactLeader'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['options', 'kinds', 1], value: 'wizard' },
    });
    expect(trySuggest([leader('a1')], [ent('e0', 'none'), ent('e1', 'province' as 'city')])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['enterprises', 1, 'keyLevel'], value: 'province' },
    });
    const magic = leader('a2', 'city', { experience: { basis: ['managed', 'magic' as 'managed'] } });
    const r = trySuggest([leader('a1'), magic], [ent('e1')]);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['advisers', 1, 'experience', 'basis', 1], value: 'magic' } });
    if (!r.ok) expect(r.error.messageZh).toMatch(/干过/);
    expect(trySuggest([leader('a1')], [ent('e1')])).toMatchObject({ ok: true, value: { suggestions: [{ enterpriseId: 'e1', adviserId: 'a1' }], unmatched: [] } });
  });
});

describe('Part 9 (issue 14): suggestPairings counts its work before scoring', () => {
  const advisers = Array.from({ length: 40 }, (_, i) => leader(`a${i}`));
  const targets = Array.from({ length: 30 }, (_, i) => ent(`e${i}`, 'city'));

  it('over options.maxComparisons (pairs, needs and industry codes compared): INPUT_TOO_LARGE at advisers, naming the figure', () => {
    const r = trySuggest(advisers, targets, [], { maxComparisons: 1_199 }); // 30 × 40 = 1,200 pairs
    expect(r.ok || r.error).toMatchObject({ code: 'INPUT_TOO_LARGE', path: ['advisers'] });
    expect(r.ok || r.error.message).toContain('1,200 comparisons, more than 1,199 (options.maxComparisons');
    expect(trySuggest(advisers, targets, [], { maxComparisons: 1_200 }).ok).toBe(true);
  });

  it('advisers of another county are not compared, nor counted', () => {
    const elsewhere = Array.from({ length: 40 }, (_, i) => leader(`b${i}`, 'city', { departmentId: 'd2' }));
    const r = trySuggest([...elsewhere, leader('a0')], targets, [], { maxComparisons: 30, departments: [{ id: 'd2', countyId: 'c9' }] });
    expect(r.ok).toBe(true);
  });

  it('the default bound, 2,000,000, refuses 10,000 advisers × 10,000 key enterprises at once (before: minutes, then out of memory)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => leader(`a${i}`));
    const firms = Array.from({ length: 10_000 }, (_, i) => ent(`e${i}`, 'city'));
    expect(trySuggest(many, firms).ok || 'refused').toBe('refused');
  });
});
