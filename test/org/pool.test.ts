import { describe, expect, it } from 'vitest';
import { label, safeParse, unwrap } from '../../src/index.js';
import {
  CadrePoolEntrySchema,
  cadrePoolSummary,
  CadreTrack,
  selectFromCadrePool,
  type Adviser,
  type CadrePoolEntry,
  type CadreRequest,
} from '../../src/org/index.js';
import type { Secondment } from '../../src/pairing/index.js';

const tracks = ['formerLeader', 'promisingMidLevel', 'youngCadre'] as const;
/** Industries the cadres have worked in: textiles, chemical fibres, general machinery, electrical, wholesale. */
const industries = ['C17', 'C28', 'C34', 'C38', 'F51'] as const;

/** Haining's pool (002): 205 cadres ("200余人") from the three tracks, each with one industry of experience. */
const pool: CadrePoolEntry[] = Array.from({ length: 205 }, (_, i) => ({
  adviserId: `c${String(i).padStart(3, '0')}`,
  track: tracks[i % 3] as (typeof tracks)[number],
  since: '2019-01-01',
  industries: [industries[i % 5] as string],
}));
const advisers: Adviser[] = pool.map((e, i) => ({
  id: e.adviserId,
  name: `干部${i}`,
  kind: 'secondedCadre',
  level: 'county',
  expertise: i % 7 === 0 ? ['financing'] : i % 7 === 1 ? ['listing'] : [],
  experience: { basis: i % 4 === 0 ? ['studied', 'managed', 'practised'] : i % 4 === 1 ? ['managed'] : [] },
}));
/** 182 of them stationed in enterprises ("累计安排三批180余名干部长期驻企"), in three batches. */
const secondments: Secondment[] = pool.slice(0, 182).map((e, i) => ({
  id: `s${i}`,
  direction: 'cadreToEnterprise',
  personId: e.adviserId,
  enterpriseId: `ent${i}`,
  departmentId: 'd1',
  period: { from: '2019-01-15', to: '2019-12-31' },
  batch: String(1 + (i % 3)),
}));

describe('002 Haining: the service-enterprise cadre pool (服务企业干部库)', () => {
  it('labels the tracks the pool draws on, and label() knows them', () => {
    expect(CadreTrack.values).toEqual(['formerLeader', 'promisingMidLevel', 'youngCadre', 'other']);
    expect(label('promisingMidLevel', 'zh-CN')).toBe('有潜力的中层干部');
  });

  it('002: reproduces a pool of 200-odd cadres, 180-odd of them stationed in enterprises', () => {
    const s = unwrap(cadrePoolSummary(pool, '2019-06-01', secondments));
    expect(s.members).toBeGreaterThan(200);
    expect(s).toEqual({ asOf: '2019-06-01', members: 205, byTrack: { formerLeader: 69, promisingMidLevel: 68, youngCadre: 68, other: 0 }, withIndustryExperience: 205, seconded: 182, available: 23 });
    // Before the first batch left, and before the pool was built.
    expect(unwrap(cadrePoolSummary(pool, '2019-01-10', secondments)).available).toBe(205);
    expect(unwrap(cadrePoolSummary(pool, '2018-12-31')).members).toBe(0);
  });

  it('parses an entry, and refuses one that leaves before it joins, a cadre twice, a bad date', () => {
    expect(CadrePoolEntrySchema.parse({ adviserId: 'a', track: 'other', since: '2019-01-01' })).toEqual({ adviserId: 'a', track: 'other', since: '2019-01-01', until: null, industries: [], countyId: null });
    const r = safeParse(CadrePoolEntrySchema, { adviserId: 'a', track: 'other', since: '2019-02-01', until: '2019-01-01' });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_ARGUMENT', ['until']]);
    const twice = cadrePoolSummary([pool[0] as CadrePoolEntry, pool[0] as CadrePoolEntry], '2019-06-01');
    expect(twice.ok ? null : [twice.error.code, twice.error.path]).toEqual(['DUPLICATE_ID', ['pool', 1, 'adviserId']]);
    const bad = cadrePoolSummary(pool, '2019-02-30');
    expect(bad.ok ? null : [bad.error.code, bad.error.path]).toEqual(['INVALID_DATE', ['asOf']]);
    const badEntry = cadrePoolSummary([{ ...(pool[0] as CadrePoolEntry), track: 'veteran' as 'other' }], '2019-06-01');
    expect(badEntry.ok ? null : [badEntry.error.code, badEntry.error.path]).toEqual(['INVALID_INPUT', ['pool', 0, 'track']]);
  });
});

describe('002 Haining: choosing cadres from the pool by experience fit (经历相适、业务相关)', () => {
  const requests: CadreRequest[] = [
    { enterpriseId: '万凯新材料', industry: 'C2821', needs: ['financing'] },
    { enterpriseId: '正泰新能源', industry: 'C3825', needs: ['listing'] },
    { enterpriseId: '印染企业甲', industry: 'C1713' },
  ];

  it('002: chooses among the free cadres only, and gives each enterprise the best fit it can, with the runner-up', () => {
    const r = unwrap(selectFromCadrePool(pool, advisers, requests, { asOf: '2019-06-01', secondments }));
    expect(r.free).toBe(23);
    expect(r.unfilled).toEqual([]);
    const busy = new Set(secondments.map((s) => s.personId));
    for (const s of r.selections) expect(busy.has(s.adviserId)).toBe(false);
    expect(new Set(r.selections.map((s) => s.adviserId)).size).toBe(3);
    const wankai = r.selections.find((s) => s.enterpriseId === '万凯新材料');
    // c182 … c204 are free; the chemical-fibre (C28) cadres among them: c186, c191, c196, c201; c196 is also expert in financing (196 % 7 = 0).
    expect(wankai?.adviserId).toBe('c196');
    expect(wankai?.fit).toEqual({ expertise: 1, experience: 0.6, jurisdiction: 0.5 });
    expect(wankai?.reason.zh).toMatch(/^从 \d+ 名相适的可选干部中选派：专长满足 1 项需求中的 1 项；行业经历 C28（企业 C2821）：学过、管过、干过；未指定县区；次优人选 c\d+/);
    expect(wankai?.runnerUp).not.toBeNull();
    expect(wankai?.score).toBeGreaterThan(wankai?.runnerUp?.score ?? 1);
    // Best first.
    const scores = r.selections.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('002: a cadre goes to one enterprise; the runner-up says where the better one went', () => {
    const one: CadrePoolEntry[] = [
      { adviserId: 'x', track: 'youngCadre', since: '2019-01-01', industries: ['C28'] },
      { adviserId: 'y', track: 'youngCadre', since: '2019-01-01', industries: ['C2'] },
    ];
    const r = unwrap(selectFromCadrePool(one, [{ id: 'x' }, { id: 'y' }], [{ enterpriseId: 'e1', industry: 'C2821' }, { enterpriseId: 'e2', industry: 'C2811', cadres: 2 }], { asOf: '2019-03-01' }));
    expect(r.selections.map((s) => [s.enterpriseId, s.adviserId])).toEqual([['e1', 'x'], ['e2', 'y']]);
    expect(r.selections[1]?.runnerUp).toEqual({ adviserId: 'x', score: 0.16, chosenFor: 'e1' });
    expect(r.selections[1]?.reason.en).toBe('Chosen from 2 fitting free cadres: no needs named; industry C2 vs C2811; no county set; runner-up x (0.16), chosen for e1.');
    expect(r.unfilled).toEqual([{ enterpriseId: 'e2', missing: 1 }]);
  });

  it('does not choose a cadre who fits nowhere, unless requireFit is false; keeps to the county and the tracks asked for', () => {
    const one: CadrePoolEntry[] = [{ adviserId: 'x', track: 'formerLeader', since: '2019-01-01', industries: ['F51'], countyId: 'haining' }];
    const req: CadreRequest[] = [{ enterpriseId: 'e1', industry: 'C2821' }];
    expect(unwrap(selectFromCadrePool(one, [{ id: 'x' }], req, { asOf: '2019-03-01' })).unfilled).toEqual([{ enterpriseId: 'e1', missing: 1 }]);
    expect(unwrap(selectFromCadrePool(one, [{ id: 'x' }], req, { asOf: '2019-03-01', requireFit: false })).selections[0]?.score).toBe(0.1);
    const near = [{ ...(one[0] as CadrePoolEntry), industries: ['C28'] }];
    expect(unwrap(selectFromCadrePool(near, [{ id: 'x' }], [{ ...req[0], countyId: 'haining' } as CadreRequest], { asOf: '2019-03-01' })).selections[0]?.fit.jurisdiction).toBe(1);
    expect(unwrap(selectFromCadrePool(near, [{ id: 'x' }], [{ ...req[0], countyId: 'tongxiang' } as CadreRequest], { asOf: '2019-03-01' })).selections).toEqual([]);
    expect(unwrap(selectFromCadrePool(near, [{ id: 'x' }], req, { asOf: '2019-03-01', tracks: ['youngCadre'] })).free).toBe(0);
  });

  it('refuses bad options, unknown cadres, repeated requests and too much work, at their paths', () => {
    const r = (o: Parameters<typeof selectFromCadrePool>[3], a: Parameters<typeof selectFromCadrePool>[1] = advisers, q: readonly CadreRequest[] = requests) => {
      const x = selectFromCadrePool(pool, a, q, o);
      return x.ok ? null : [x.error.code, x.error.path];
    };
    expect(r({ asOf: '2019-13-01' })).toEqual(['INVALID_DATE', ['options', 'asOf']]);
    expect(r({ asOf: '2019-06-01', weights: { experience: -1 } })).toEqual(['INVALID_ARGUMENT', ['options', 'weights', 'experience']]);
    expect(r({ asOf: '2019-06-01', weights: { expertise: 0, experience: 0, jurisdiction: 0 } })).toEqual(['INVALID_ARGUMENT', ['options', 'weights']]);
    expect(r({ asOf: '2019-06-01', tracks: ['veteran' as 'other'] })).toEqual(['INVALID_ARGUMENT', ['options', 'tracks', 0]]);
    expect(r({ asOf: '2019-06-01' }, advisers.slice(1))).toEqual(['UNKNOWN_REFERENCE', ['pool', 0, 'adviserId']]);
    expect(r({ asOf: '2019-06-01' }, [{ id: 'c000', experience: { basis: ['dreamt' as 'studied'] } }, ...advisers.slice(1)])).toEqual(['INVALID_INPUT', ['advisers', 0, 'experience', 'basis', 0]]);
    expect(r({ asOf: '2019-06-01' }, advisers, [...requests, requests[0] as CadreRequest])).toEqual(['DUPLICATE_ID', ['requests', 3, 'enterpriseId']]);
    expect(r({ asOf: '2019-06-01' }, advisers, [{ enterpriseId: 'e', industry: '' }])).toEqual(['INVALID_INPUT', ['requests', 0, 'industry']]);
    expect(r({ asOf: '2019-06-01', maxComparisons: 10 })).toEqual(['INPUT_TOO_LARGE', ['requests']]);
  });

  it('does not change its arguments', () => {
    const before = JSON.stringify([pool, advisers, requests, secondments]);
    selectFromCadrePool(pool, advisers, requests, { asOf: '2019-06-01', secondments });
    expect(JSON.stringify([pool, advisers, requests, secondments])).toBe(before);
  });
});
