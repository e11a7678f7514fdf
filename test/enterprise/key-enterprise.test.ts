import { describe, expect, it } from 'vitest';
import { parse, safeParse } from '../../src/index.js';
import {
  checkKeyEnterpriseQuota,
  isKeyEnterprise,
  jiaozuoKeyEnterpriseQuota,
  KeyEnterpriseQuotaSchema,
  EnterpriseSchema,
  type KeyEnterpriseLevel,
} from '../../src/enterprise/index.js';

const keyEnterprises = (n: number, countyId: string, keyLevel: KeyEnterpriseLevel) =>
  Array.from({ length: n }, () => ({ countyId, keyLevel }));

describe('key enterprises (重点服务企业)', () => {
  it('001: a city key enterprise is also a key enterprise of its county', () => {
    const e = parse(EnterpriseSchema, {
      id: 'e1',
      name: '某公司',
      uscc: '91110000600037341L',
      marketEntityType: 'domesticEnterprise',
      industry: 'C',
      countyId: 'c1',
      keyLevel: 'city',
    });
    expect(isKeyEnterprise(e, 'city')).toBe(true);
    expect(isKeyEnterprise(e, 'county')).toBe(true);
  });

  it('001: a county key enterprise is not thereby a city key enterprise', () => {
    expect(isKeyEnterprise({ keyLevel: 'county' }, 'county')).toBe(true);
    expect(isKeyEnterprise({ keyLevel: 'county' }, 'city')).toBe(false);
    expect(isKeyEnterprise({ keyLevel: 'none' }, 'county')).toBe(false);
    expect(isKeyEnterprise({ keyLevel: 'none' }, 'city')).toBe(false);
  });

  it('001: the city names 100 key enterprises and each county about 20', () => {
    expect(jiaozuoKeyEnterpriseQuota).toMatchObject({ city: 100, county: 20 });
    expect(KeyEnterpriseQuotaSchema.safeParse(jiaozuoKeyEnterpriseQuota).success).toBe(true);
    expect(jiaozuoKeyEnterpriseQuota.source).toMatch(/^001/);
  });

  it('001: 100 city key enterprises are within the quota, 101 exceed it by one', () => {
    const at = checkKeyEnterpriseQuota(keyEnterprises(100, 'c1', 'city'));
    expect(at.city).toMatchObject({ count: 100, quota: 100, excess: 0, exceeded: false });
    expect(at.exceeded).toEqual([]);
    const over = checkKeyEnterpriseQuota(keyEnterprises(101, 'c1', 'city'));
    expect(over.city).toMatchObject({ count: 101, excess: 1, exceeded: true });
    expect(over.exceeded).toEqual([over.city]);
    expect(over.city.reason.en).toContain('1 over');
    expect(over.city.reason.zh).toContain('超出 1 户');
  });

  it('001: 20 county key enterprises are within a county quota, 21 exceed it', () => {
    const report = checkKeyEnterpriseQuota([...keyEnterprises(20, 'c1', 'county'), ...keyEnterprises(21, 'c2', 'county')]);
    expect(report.counties.map((l) => [l.countyId, l.count, l.exceeded])).toEqual([
      ['c1', 20, false],
      ['c2', 21, true],
    ]);
    expect(report.exceeded.map((l) => l.countyId)).toEqual(['c2']);
  });

  it('001: city key enterprises count as the county’s key enterprises but, by default, not against its 20', () => {
    const list = [...keyEnterprises(20, 'c1', 'county'), ...keyEnterprises(5, 'c1', 'city')];
    const byDefault = checkKeyEnterpriseQuota(list);
    expect(byDefault.counties[0]).toMatchObject({ countyId: 'c1', keyEnterprises: 25, count: 20, exceeded: false });
    expect(byDefault.counties[0]?.reason.zh).toContain('不计入县级限额');
    const counted = checkKeyEnterpriseQuota(list, { ...jiaozuoKeyEnterpriseQuota, cityKeyCountsTowardCounty: true });
    expect(counted.counties[0]).toMatchObject({ keyEnterprises: 25, count: 25, excess: 5, exceeded: true });
  });

  it('001: a tolerance expresses "about 20"', () => {
    const report = checkKeyEnterpriseQuota(keyEnterprises(23, 'c1', 'county'), { ...jiaozuoKeyEnterpriseQuota, countyTolerance: 3 });
    expect(report.counties[0]).toMatchObject({ count: 23, quota: 20, limit: 23, excess: 0, exceeded: false });
    expect(report.counties[0]?.reason.en).toContain('+3 tolerated');
  });

  it('lists counties in id order, skips enterprises that are not key, and explains each line in both languages', () => {
    const report = checkKeyEnterpriseQuota([
      { countyId: 'b', keyLevel: 'county' },
      { countyId: 'a', keyLevel: 'none' },
      { countyId: 'c', keyLevel: 'city' },
      { countyId: 'a', keyLevel: 'county' },
    ]);
    expect(report.counties.map((l) => l.countyId)).toEqual(['a', 'b', 'c']);
    expect(report.city.count).toBe(1);
    for (const l of [report.city, ...report.counties]) {
      expect(l.reason.en.length).toBeGreaterThan(0);
      expect(l.reason.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('an empty list is within every quota', () => {
    expect(checkKeyEnterpriseQuota([])).toMatchObject({ city: { count: 0, exceeded: false }, counties: [], exceeded: [] });
  });

  it('does not mutate its arguments, and the report survives JSON', () => {
    const list = Object.freeze(keyEnterprises(21, 'c1', 'county').map((e) => Object.freeze(e)));
    const report = checkKeyEnterpriseQuota(list, jiaozuoKeyEnterpriseQuota);
    expect(list).toHaveLength(21);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('the default policy is frozen', () => {
    expect(Object.isFrozen(jiaozuoKeyEnterpriseQuota)).toBe(true);
    expect(() => {
      (jiaozuoKeyEnterpriseQuota as { city: number }).city = 5;
    }).toThrow(TypeError);
  });

  it('a quota policy is validated: negative or fractional quotas are INVALID_INPUT with their path', () => {
    const r = safeParse(KeyEnterpriseQuotaSchema, { ...jiaozuoKeyEnterpriseQuota, county: 2.5 });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['county']]);
    expect(r.ok ? '' : r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(() => parse(KeyEnterpriseQuotaSchema, { ...jiaozuoKeyEnterpriseQuota, city: -1 })).toThrow(/INVALID_INPUT/);
    expect(parse(KeyEnterpriseQuotaSchema, { ...jiaozuoKeyEnterpriseQuota })).toEqual(jiaozuoKeyEnterpriseQuota);
  });
});
