import { describe, expect, it } from 'vitest';
import { QinqingError, parse, safeParse } from '../../src/index.js';
import { AdviserKind } from '../../src/org/index.js';
import { CapacityRuleSchema, defaultPairingPolicy, PairingPolicySchema } from '../../src/pairing/index.js';

describe('the default pairing policy and its sources', () => {
  it('000: a bureau adviser pairs with one industrial park or 3–5 key enterprises', () => {
    expect(defaultPairingPolicy.capacity.bureauAdviser).toMatchObject({ minEnterprises: 3, maxEnterprises: 5, maxParks: 1, parkOrEnterprises: true });
    expect(defaultPairingPolicy.capacity.bureauAdviser.source).toMatch(/^000: .*3至5个重点项目/);
  });

  it('003: senior and seconded cadres pair 1:1 (426 with 426); county and department leaders contact 1–2 enterprises', () => {
    expect(defaultPairingPolicy.capacity.secondedCadre).toMatchObject({ minEnterprises: 1, maxEnterprises: 1, maxPerEnterprise: 1, maxParks: 0 });
    expect(defaultPairingPolicy.capacity.secondedCadre.source).toMatch(/^003: .*426/);
    expect(defaultPairingPolicy.capacity.contactLeader).toMatchObject({ minEnterprises: 1, maxEnterprises: 2 });
    expect(defaultPairingPolicy.capacity.contactLeader.source).toMatch(/^003: .*1—2家企业/);
    expect(defaultPairingPolicy.capacity.enterpriseAssistant).toMatchObject({ maxEnterprises: 1, maxPerEnterprise: 1 });
  });

  it('001: every key enterprise needs one city leader or department leader as contact', () => {
    expect(defaultPairingPolicy.keyEnterpriseContact).toMatchObject({ kinds: ['contactLeader'], min: 1, levels: { city: ['city'], county: ['city', 'county'] } });
    expect(defaultPairingPolicy.keyEnterpriseContact.source).toMatch(/^001: .*联系人/);
  });

  it('003: each contact cadre solves at least 2 problems a year for its enterprise', () => {
    expect(defaultPairingPolicy.problemQuota).toMatchObject({ perYear: 2, kinds: ['contactLeader', 'secondedCadre', 'enterpriseAssistant'] });
    expect(defaultPairingPolicy.problemQuota.source).toMatch(/^003: .*2件以上/);
  });

  it('has a rule with a source for every adviser kind; kinds without a figure in the sources say so', () => {
    expect(Object.keys(defaultPairingPolicy.capacity)).toEqual(AdviserKind.schema.options);
    for (const kind of ['liaison', 'gridTeamMember'] as const) {
      expect(defaultPairingPolicy.capacity[kind]).toMatchObject({ minEnterprises: 0, maxEnterprises: null, allowIdle: true });
      expect(defaultPairingPolicy.capacity[kind].source).toMatch(/^qinqing/);
    }
  });

  it('is frozen, survives JSON, and is what the schema fills in from nothing', () => {
    expect(Object.isFrozen(defaultPairingPolicy)).toBe(true);
    expect(Object.isFrozen(defaultPairingPolicy.capacity.bureauAdviser)).toBe(true);
    expect(Object.isFrozen(defaultPairingPolicy.keyEnterpriseContact.levels.city)).toBe(true);
    expect(PairingPolicySchema.parse({})).toEqual(defaultPairingPolicy);
    expect(parse(PairingPolicySchema, JSON.parse(JSON.stringify(defaultPairingPolicy)))).toEqual(defaultPairingPolicy);
  });
});

describe('parsing a pairing policy', () => {
  it('fills in what is missing and keeps what is given', () => {
    const p = parse(PairingPolicySchema, { problemQuota: { perYear: 3 }, capacity: { contactLeader: { ...defaultPairingPolicy.capacity.contactLeader, maxEnterprises: 3 } } });
    expect(p.problemQuota).toEqual({ ...defaultPairingPolicy.problemQuota, perYear: 3 });
    expect(p.capacity.contactLeader.maxEnterprises).toBe(3);
    expect(p.capacity.bureauAdviser).toEqual(defaultPairingPolicy.capacity.bureauAdviser);
  });

  it('rejects a minimum above the maximum, unknown keys and unknown kinds, with paths', () => {
    const r = safeParse(PairingPolicySchema, { capacity: { contactLeader: { ...defaultPairingPolicy.capacity.contactLeader, minEnterprises: 3 } } });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_ARGUMENT', ['capacity', 'contactLeader', 'minEnterprises']]);
    expect(CapacityRuleSchema.safeParse({ ...defaultPairingPolicy.capacity.bureauAdviser, maxEnterprises: null, minEnterprises: 9 }).success).toBe(true);
    expect(safeParse(PairingPolicySchema, { capacity: { advisor: {} } }).ok).toBe(false);
    expect(safeParse(PairingPolicySchema, { keyEnterpriseContact: { kinds: ['mayor'] } }).ok).toBe(false);
    expect(safeParse(PairingPolicySchema, { keyEnterpriseContact: { kinds: [] } }).ok).toBe(false);
    expect(() => parse(PairingPolicySchema, { problemQuota: { perYear: -1 } })).toThrow(QinqingError);
  });
});
