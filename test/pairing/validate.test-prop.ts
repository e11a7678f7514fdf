import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { type KeyEnterpriseLevel } from '../../src/enterprise/index.js';
import { type GovernmentLevel } from '../../src/org/index.js';
import {
  defaultPairingPolicy,
  validatePairings,
  type Pairing,
  type PairingAdviser,
  type PairingEnterprise,
  type PairingViolation,
  type PairingViolationCode,
  type QuotaIssue,
} from '../../src/pairing/index.js';
import { pairingOf } from './fixtures.js';

/**
 * A city that satisfies the default policy on ASOF, built from fast-check's generator: contact
 * leaders with 1–2 key enterprises each at a fitting level (001, 003), bureau advisers with one
 * park or 3–5 enterprises (000), seconded cadres and enterprise assistants 1:1 (003), liaisons with
 * any load, expired and future pairings that must not count, and two solved problems in the year
 * for every enterprise with a bound contact (003), plus issues that must not count.
 */
const ASOF = '2026-06-01';
const YEAR = { from: '2025-06-01', to: '2026-05-31' } as const;
const COVERING = '2025-01-01'; // a pairing since then lasts the whole YEAR
const PARTIAL = '2025-09-01'; // active on ASOF, not held to the quota
const LATE = '2026-01-01'; // planted pairings: active on ASOF, never quota-checked

type Gen = fc.GeneratorValue;

interface City {
  advisers: PairingAdviser[];
  enterprises: PairingEnterprise[];
  pairings: Pairing[];
  issues: QuotaIssue[];
}

const p = (id: string, adviserId: string, target: { enterpriseId: string } | { parkId: string }, since = COVERING, until: string | null = null): Pairing =>
  pairingOf(id, adviserId, target, since, until);

function validCity(g: Gen): City {
  const int = (min: number, max: number) => g(fc.integer, { min, max });
  const bool = () => g(fc.boolean);
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const advisers: PairingAdviser[] = [];
  const pairings: Pairing[] = [];
  let pid = 0;
  const add = (adviserId: string, target: { enterpriseId: string } | { parkId: string }, since?: string, until?: string | null) =>
    pairings.push(p(`p${pid++}`, adviserId, target, since, until));

  const keyLevels: KeyEnterpriseLevel[] = Array.from({ length: int(0, 12) }, () => (bool() ? 'city' : 'county'));
  const enterprises: PairingEnterprise[] = [
    ...keyLevels.map((keyLevel, i) => ({ id: `k${i}`, keyLevel })),
    ...Array.from({ length: int(5, 20) }, (_, i) => ({ id: `n${i}`, keyLevel: 'none' as const })),
  ];
  const all = enterprises.map((e) => e.id);

  // Contact leaders: key enterprises in chunks of 1–2, a city-level leader for a chunk with a city key enterprise.
  for (let i = 0, l = 0; i < keyLevels.length; l++) {
    const size = Math.min(int(1, 2), keyLevels.length - i);
    const chunk = enterprises.slice(i, i + size);
    const level: GovernmentLevel = chunk.some((e) => e.keyLevel === 'city') || bool() ? 'city' : 'county';
    advisers.push({ id: `L${l}`, kind: 'contactLeader', level });
    for (const e of chunk) add(`L${l}`, { enterpriseId: e.id }, bool() ? COVERING : PARTIAL);
    if (bool()) add(`L${l}`, { enterpriseId: pick(all) }, '2024-01-01', '2025-12-31'); // expired
    if (bool()) add(`L${l}`, { enterpriseId: pick(all) }, '2026-07-01'); // future
    i += size;
  }
  // Bureau advisers: one park, or 3–5 distinct enterprises.
  for (let b = 0, nb = int(0, 4); b < nb; b++) {
    advisers.push({ id: `B${b}`, kind: 'bureauAdviser', level: pick(['city', 'county', 'grassroots'] as const) });
    if (bool()) add(`B${b}`, { parkId: `park${int(0, 3)}` });
    else {
      const n = int(3, 5);
      const chosen = new Set<string>();
      while (chosen.size < n) chosen.add(pick(all));
      for (const e of chosen) add(`B${b}`, { enterpriseId: e });
    }
  }
  // Seconded cadres and enterprise assistants: 1:1 with distinct enterprises.
  for (const [prefix, kind] of [
    ['S', 'secondedCadre'],
    ['A', 'enterpriseAssistant'],
  ] as const) {
    const free = [...all];
    for (let s = 0, ns = int(0, 4); s < ns && free.length > 0; s++) {
      const [e] = free.splice(int(0, free.length - 1), 1) as [string];
      advisers.push({ id: `${prefix}${s}`, kind, level: 'county' });
      add(`${prefix}${s}`, { enterpriseId: e }, bool() ? COVERING : PARTIAL);
    }
  }
  // Liaisons: any load, idle allowed.
  for (let x = 0, nx = int(0, 2); x < nx; x++) {
    advisers.push({ id: `X${x}`, kind: 'liaison', level: 'grassroots' });
    const chosen = new Set<string>();
    for (let j = 0, nj = int(0, 6); j < nj; j++) chosen.add(pick(all));
    for (const e of chosen) add(`X${x}`, { enterpriseId: e });
  }

  // Two or more solved problems in the year for every enterprise with a bound contact lasting the year, and noise.
  const bound = new Set(defaultPairingPolicy.problemQuota.kinds as readonly string[]);
  const kindOf = new Map(advisers.map((a) => [a.id, a.kind]));
  const needing = new Set(pairings.filter((q) => q.enterpriseId !== null && q.until === null && q.since <= YEAR.from && bound.has(kindOf.get(q.adviserId) ?? '')).map((q) => q.enterpriseId as string));
  const issues: QuotaIssue[] = [];
  const solved = (enterpriseId: string, on: string, extra: Partial<QuotaIssue> = {}): QuotaIssue => ({
    enterpriseId,
    state: 'closed',
    answer: { outcome: 'resolved', on },
    closedAt: `${on}T10:00:00+08:00`,
    ...extra,
  });
  for (const e of needing) {
    issues.push(solved(e, '2025-07-01'), solved(e, '2026-05-31', { state: pick(['answered', 'confirmed', 'closed'] as const), closedAt: null }));
    if (bool()) issues.push(solved(e, '2025-06-01'));
  }
  for (let j = 0, nj = int(0, 5); j < nj; j++) {
    const e = pick(all);
    issues.push(
      pick([
        solved(e, '2025-05-31'),
        solved(e, '2026-06-01'),
        solved(e, '2025-10-10', { answer: { outcome: 'explained', on: '2025-10-10' } }),
        solved(e, '2025-10-10', { state: 'reopened', closedAt: null }),
      ]),
    );
  }
  return { advisers, enterprises, pairings, issues };
}

const PLANTABLE = [
  'PAIRING_UNKNOWN_ADVISER',
  'PAIRING_UNKNOWN_ENTERPRISE',
  'PAIRING_DUPLICATE',
  'PAIRING_INVALID_PERIOD',
  'PAIRING_OVER_CAPACITY',
  'PAIRING_UNDER_CAPACITY',
  'PAIRING_ENTERPRISE_OVER_CAPACITY',
  'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER',
  'PROBLEM_QUOTA_UNMET',
] as const satisfies readonly PairingViolationCode[];

/** The subject a violation is about: the pairing, the adviser or the enterprise, by code. */
function subject(v: Pick<PairingViolation, 'code' | 'adviserIds' | 'enterpriseIds' | 'pairingIds'>): string {
  switch (v.code) {
    case 'PAIRING_OVER_CAPACITY':
    case 'PAIRING_UNDER_CAPACITY':
      return `${v.code} ${v.adviserIds[0] ?? ''}`;
    case 'PAIRING_ENTERPRISE_OVER_CAPACITY':
    case 'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER':
      return `${v.code} ${v.enterpriseIds[0] ?? ''}`;
    default:
      return `${v.code} ${v.pairingIds[0] ?? ''}`;
  }
}

/** Plants up to k violations of known kinds into the city and returns the subjects expected. */
function plant(g: Gen, city: City, k: number): string[] {
  const int = (min: number, max: number) => g(fc.integer, { min, max });
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const expected: string[] = [];
  const base = [...city.pairings];
  const active = base.filter((q) => q.since <= ASOF && (q.until === null || ASOF <= q.until));
  const adviser = new Map(city.advisers.map((a) => [a.id, a]));
  const touchedAdvisers = new Set<string>();
  const touchedEnterprises = new Set<string>();
  let n = 0;
  const id = (prefix: string) => `${prefix}-${n++}`;
  const addEnterprise = (keyLevel: KeyEnterpriseLevel = 'none'): string => {
    const e = id('new');
    city.enterprises.push({ id: e, keyLevel });
    return e;
  };
  const enterprisePairing = (q: Pairing): q is Pairing & { enterpriseId: string } => q.enterpriseId !== null;

  for (let i = 0; i < k; i++) {
    const code = pick(PLANTABLE);
    switch (code) {
      case 'PAIRING_UNKNOWN_ADVISER': {
        const q = p(id('ghost-pairing'), id('ghost'), { enterpriseId: pick(city.enterprises).id }, LATE);
        city.pairings.push(q);
        expected.push(`${code} ${q.id}`);
        break;
      }
      case 'PAIRING_UNKNOWN_ENTERPRISE': {
        if (city.advisers.length === 0) break;
        const q = p(id('nowhere-pairing'), pick(city.advisers).id, { enterpriseId: id('nowhere') }, LATE);
        city.pairings.push(q);
        expected.push(`${code} ${q.id}`);
        break;
      }
      case 'PAIRING_DUPLICATE': {
        const open = active.filter((q) => !touchedAdvisers.has(q.adviserId));
        if (open.length === 0) break;
        const orig = pick(open);
        touchedAdvisers.add(orig.adviserId);
        const q = { ...orig, id: id('dup'), selection: 'twoWaySelection' as const };
        city.pairings.push(q);
        expected.push(`${code} ${q.id}`);
        break;
      }
      case 'PAIRING_INVALID_PERIOD': {
        if (city.advisers.length === 0) break;
        const q = p(id('backwards'), pick(city.advisers).id, { enterpriseId: pick(city.enterprises).id }, '2026-03-01', '2026-02-28');
        city.pairings.push(q);
        expected.push(`${code} ${q.id}`);
        break;
      }
      case 'PAIRING_OVER_CAPACITY': {
        const candidates = city.advisers.filter((a) => (a.kind === 'contactLeader' || a.kind === 'bureauAdviser' || a.kind === 'secondedCadre') && !touchedAdvisers.has(a.id));
        if (candidates.length === 0) break;
        const a = pick(candidates);
        touchedAdvisers.add(a.id);
        const mine = active.filter((q) => q.adviserId === a.id);
        const hasPark = mine.some((q) => q.parkId !== null);
        const room = a.kind === 'contactLeader' ? 2 : a.kind === 'secondedCadre' ? 1 : 5;
        const extra = hasPark ? int(1, 2) : room - mine.length + int(1, 2);
        for (let j = 0; j < extra; j++) city.pairings.push(p(id('extra'), a.id, { enterpriseId: addEnterprise() }, LATE));
        expected.push(`${code} ${a.id}`);
        break;
      }
      case 'PAIRING_UNDER_CAPACITY': {
        const candidates = city.advisers.filter((a) => a.kind === 'bureauAdviser' && !touchedAdvisers.has(a.id) && active.some((q) => q.adviserId === a.id && q.enterpriseId !== null));
        if (candidates.length === 0) break;
        const a = pick(candidates);
        touchedAdvisers.add(a.id);
        const mine = city.pairings.filter((q) => base.includes(q) && q.adviserId === a.id && q.until === null);
        // End all but 0–2 of its enterprises the day before ASOF.
        const keep = int(0, 2);
        for (const q of mine.slice(keep)) city.pairings[city.pairings.indexOf(q)] = { ...q, until: '2026-05-31' };
        expected.push(`${code} ${a.id}`);
        break;
      }
      case 'PAIRING_ENTERPRISE_OVER_CAPACITY': {
        const withCadre = active.filter(enterprisePairing).filter((q) => adviser.get(q.adviserId)?.kind === 'secondedCadre' && !touchedEnterprises.has(q.enterpriseId));
        if (withCadre.length === 0) break;
        const q = pick(withCadre);
        touchedEnterprises.add(q.enterpriseId);
        const a = id('S-new');
        city.advisers.push({ id: a, kind: 'secondedCadre', level: 'city' });
        city.pairings.push(p(id('second-cadre'), a, { enterpriseId: q.enterpriseId }, LATE));
        expected.push(`${code} ${q.enterpriseId}`);
        break;
      }
      case 'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER': {
        const e = addEnterprise(pick(['city', 'county'] as const));
        // Paired with someone, but not with a contact leader.
        const others = city.advisers.filter((a) => a.kind === 'liaison');
        if (others.length > 0) city.pairings.push(p(id('liaison'), pick(others).id, { enterpriseId: e }, LATE));
        expected.push(`${code} ${e}`);
        break;
      }
      case 'PROBLEM_QUOTA_UNMET': {
        const bound = new Set(defaultPairingPolicy.problemQuota.kinds as readonly string[]);
        const held = base.filter(enterprisePairing).filter((q) => q.until === null && q.since <= YEAR.from && bound.has(adviser.get(q.adviserId)?.kind ?? ''));
        const open = [...new Set(held.map((q) => q.enterpriseId))].filter((e) => !touchedEnterprises.has(e));
        if (open.length === 0) break;
        const e = pick(open);
        touchedEnterprises.add(e);
        // Leave at most one solved problem in the year.
        let left = int(0, 1);
        city.issues = city.issues.filter((is) => {
          if (is.enterpriseId !== e || is.answer?.outcome !== 'resolved' || is.state === 'reopened') return true;
          const on = is.answer.on;
          if (on < YEAR.from || on > YEAR.to) return true;
          return left-- > 0;
        });
        for (const q of held) if (q.enterpriseId === e) expected.push(`${code} ${q.id}`);
        break;
      }
      default: {
        const never: never = code;
        throw new Error(never);
      }
    }
  }
  return expected;
}

describe('validatePairings finds exactly the violations planted in a valid city', () => {
  const run = (city: City) =>
    unwrap(validatePairings(city.advisers, city.enterprises, city.pairings, defaultPairingPolicy, { asOf: ASOF, quotaPeriod: YEAR, issues: city.issues })).violations;

  test.prop([fc.gen()], { numRuns: 300 })('a generated city that keeps every rule of 000, 001 and 003 has no violation', (g) => {
    expect(run(validCity(g))).toEqual([]);
  });

  test.prop([fc.gen(), fc.integer({ min: 1, max: 8 })], { numRuns: 400 })('k planted violations of known kinds are found, each once, and nothing else', (g, k) => {
    const city = validCity(g);
    const expected = plant(g, city, k);
    const found = run(city);
    expect(found.map(subject).sort()).toEqual([...expected].sort());
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
  });

  test.prop([fc.gen()], { numRuns: 200 })('the report does not depend on where the violations are found: same input, same output', (g) => {
    const city = validCity(g);
    plant(g, city, 4);
    expect(run(city)).toEqual(run(structuredClone(city)));
  });
});
