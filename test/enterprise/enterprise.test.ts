import { describe, expect, it } from 'vitest';
import { parse, safeParse } from '../../src/index.js';
import { QinqingError } from '../../src/core/errors.js';
import {
  EnterpriseScale,
  EnterpriseSchema,
  IndustrialParkSchema,
  KeyEnterpriseLevel,
  MarketEntityType,
  ParkKind,
  VisitGridSchema,
  UsccEntityKind,
  type Enterprise,
} from '../../src/enterprise/index.js';
import { GovernmentLevel } from '../../src/org/index.js';

const minimal = {
  id: 'e1',
  name: '焦作市某机械有限公司',
  uscc: '91340600MA2PBP2120',
  marketEntityType: 'privateEnterprise',
  industry: 'C3411',
  countyId: '410802',
};

const full = {
  ...minimal,
  parkId: 'p1',
  gridId: 'g1',
  keyLevel: 'city',
  scale: 'medium',
  aboveDesignatedSize: true,
  establishedOn: '2015-07-01',
  contact: { person: '张三', role: '法定代表人', phone: '0391-1234567', email: 'zhang@example.com', address: '焦作市解放区' },
};

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFrozen(v);
  }
  return value;
}

describe('Enterprise', () => {
  it('000: market entities are domestic and private enterprises, farmers’ cooperatives and individual businesses', () => {
    expect(MarketEntityType.schema.options).toEqual(
      expect.arrayContaining(['domesticEnterprise', 'privateEnterprise', 'farmersCooperative', 'individualBusiness']),
    );
    expect(MarketEntityType.labels.domesticEnterprise.zh).toBe('内资企业');
    expect(MarketEntityType.labels.privateEnterprise.zh).toBe('私营企业');
    expect(MarketEntityType.labels.farmersCooperative.zh).toBe('农民专业合作社');
    expect(MarketEntityType.labels.individualBusiness.zh).toBe('个体工商户');
    expect(MarketEntityType.labels.foreignInvestedEnterprise.zh).toBe('外商投资企业');
  });

  it('parses a minimal enterprise, defaulting the key-enterprise level to none', () => {
    expect(parse(EnterpriseSchema, minimal)).toEqual({ ...minimal, keyLevel: 'none' });
  });

  it('keeps every optional field, contact details in their own object', () => {
    const e = parse(EnterpriseSchema, full);
    expect(e).toEqual(full);
    expect(Object.keys(e.contact ?? {})).toEqual(['person', 'role', 'phone', 'email', 'address']);
  });

  it('survives a JSON round trip', () => {
    const e: Enterprise = parse(EnterpriseSchema, full);
    const back = JSON.parse(JSON.stringify(e)) as unknown;
    expect(back).toEqual(e);
    expect(parse(EnterpriseSchema, back)).toEqual(e);
  });

  it('does not mutate its input (a frozen input parses)', () => {
    const input = deepFrozen(structuredClone(full));
    const before = structuredClone(input);
    parse(EnterpriseSchema, input);
    expect(input).toEqual(before);
  });

  it('a bad USCC fails with its own code, both messages and the path ["uscc"]', () => {
    const r = safeParse(EnterpriseSchema, { ...minimal, uscc: '91110000600037341N' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'USCC_CHECK_MISMATCH', path: ['uscc'], value: '91110000600037341N' });
    expect(r.error.message).toContain('expected L, found N');
    expect(r.error.messageZh).toContain('应为 L');
  });

  it('a lower-case USCC is rejected with USCC_INVALID_CHARACTER (normalize first)', () => {
    const r = safeParse(EnterpriseSchema, { ...minimal, uscc: '91340600ma2pbp2120' });
    expect(r.ok ? null : r.error.code).toBe('USCC_INVALID_CHARACTER');
  });

  it('several problems become INVALID_INPUT listing each with its path', () => {
    const r = safeParse(EnterpriseSchema, { ...minimal, marketEntityType: 'company', uscc: '123', countyId: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.issues?.map((i) => [i.code, i.path])).toEqual([
      ['USCC_INVALID_LENGTH', ['uscc']],
      ['INVALID_INPUT', ['marketEntityType']],
      ['INVALID_INPUT', ['countyId']],
    ]);
    expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an unknown key-enterprise level or a bad date is rejected', () => {
    expect(safeParse(EnterpriseSchema, { ...minimal, keyLevel: 'province' }).ok).toBe(false);
    const r = safeParse(EnterpriseSchema, { ...minimal, establishedOn: '2023-02-29' });
    expect(r.ok ? null : r.error.code).toBe('INVALID_DATE');
  });

  it('parse(EnterpriseSchema) throws a QinqingError', () => {
    expect(() => parse(EnterpriseSchema, { ...minimal, uscc: '91110000600037341N' })).toThrow(QinqingError);
  });

  it('labels: every enterprise enum value has a Chinese and an English label', () => {
    for (const table of [MarketEntityType.labels, KeyEnterpriseLevel.labels, EnterpriseScale.labels, ParkKind.labels]) {
      for (const label of Object.values(table)) {
        expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(label.en).toMatch(/[A-Za-z]/);
      }
    }
  });

  it('values shared between enums carry the same labels', () => {
    expect(MarketEntityType.labels.individualBusiness).toEqual(UsccEntityKind.labels.individualBusiness);
    expect(MarketEntityType.labels.farmersCooperative).toEqual(UsccEntityKind.labels.farmersCooperative);
    expect(KeyEnterpriseLevel.labels.city).toEqual(GovernmentLevel.labels.city);
    expect(KeyEnterpriseLevel.labels.county).toEqual(GovernmentLevel.labels.county);
  });
});

describe('Industrial parks and visit grids', () => {
  it('000: enterprises sit in industrial parks and industrial clusters', () => {
    expect(ParkKind.labels.industrialPark.zh).toBe('产业园区');
    expect(ParkKind.labels.industrialCluster.zh).toBe('工业聚集区');
    const park = parse(IndustrialParkSchema, { id: 'p1', name: '邢台经济开发区', kind: 'industrialCluster', countyId: '130500' });
    const e = parse(EnterpriseSchema, { ...minimal, parkId: park.id });
    expect(e.parkId).toBe('p1');
    expect(JSON.parse(JSON.stringify(park))).toEqual(park);
  });

  it('a park of an unknown kind is INVALID_INPUT with the path ["kind"] and both messages', () => {
    const r = safeParse(IndustrialParkSchema, { id: 'p1', name: '园区', kind: 'mall' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT', path: ['kind'], value: 'mall' });
    expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(IndustrialParkSchema.safeParse({ id: 'p1', name: '园区', kind: 'industrialPark' }).success).toBe(true);
  });

  it('002: Haining draws 28 visit grids, and an enterprise points to its grid', () => {
    const grids = Array.from({ length: 28 }, (_, i) => parse(VisitGridSchema, { id: `g${i + 1}`, name: `网格${i + 1}`, countyId: '330481' }));
    expect(new Set(grids.map((g) => g.id)).size).toBe(28);
    expect(parse(EnterpriseSchema, { ...minimal, gridId: 'g28' }).gridId).toBe('g28');
    expect(JSON.parse(JSON.stringify(grids))).toEqual(grids);
  });

  it('a grid needs a non-empty id', () => {
    const r = safeParse(VisitGridSchema, { id: '', name: '网格' });
    expect(r.ok ? null : r.error.path).toEqual(['id']);
  });

  it('EnterpriseSchema is the same schema parse(EnterpriseSchema) uses', () => {
    expect(EnterpriseSchema.parse(minimal)).toEqual(parse(EnterpriseSchema, minimal));
  });
});
