import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import {
  eligibleEnterprises,
  examplePolicies,
  explainPolicyMatch,
  matchPolicies,
  PolicySchema,
  type EnterpriseFacts,
  type Policy,
  type PolicyMatch,
} from '../../src/policy/index.js';

/** A small manufacturer in Jiaozuo (USCC division 410800), every fact known. */
const firm: EnterpriseFacts = {
  id: 'e1',
  uscc: '91410800MA44XB1T9E',
  marketEntityType: 'privateEnterprise',
  industry: 'C3411',
  countyId: '410802',
  parkId: 'park-1',
  keyLevel: 'county',
  scale: 'small',
  aboveDesignatedSize: true,
  establishedOn: '2019-05-20',
  tags: ['techSme'],
  numbers: { taxableIncome: 1_200_000, employees: 80, totalAssets: 30_000_000, rdExpenseShare: 5, electricityKwh: 12_000_000, graduatesHired: 3 },
};

const policy = (over: Partial<Policy>): Policy =>
  PolicySchema.parse({
    id: 'p',
    name: { zh: '测试政策', en: 'A test policy' },
    issuer: { zh: '某市', en: 'A city' },
    validFrom: '2025-01-01',
    mode: 'quickApplication',
    benefits: [{ text: { zh: '补助', en: 'A subsidy' } }],
    source: 'test',
    ...over,
  });

const tax = examplePolicies.policies[0] as Policy;
const one = (p: Policy, e: EnterpriseFacts = firm, asOf = '2026-06-01'): PolicyMatch => unwrap(matchPolicies(e, [p], asOf)).matches[0] as PolicyMatch;
const facts = (list: readonly { readonly fact: string; readonly key: string | null }[]): string[] => list.map((c) => (c.key === null ? c.fact : `${c.fact}.${c.key}`));

describe('惠企政策 matched to an enterprise by its attributes (issue 18; DOMAIN.md §11: 免申即享, 快申快享; 001 Jiaozuo 涉企政策查询)', () => {
  it('the five example policies: eligible, not eligible with the failed condition named, unknown with the missing fact named', () => {
    const r = unwrap(matchPolicies(firm, examplePolicies, '2026-06-01'));
    expect(r.matches.map((m) => m.status)).toEqual(['eligible', 'eligible', 'notEligible', 'eligible', 'eligible']);
    expect(r.eligible).toEqual(['example-small-micro-tax', 'example-rd-subsidy', 'example-key-power-price', 'example-hiring-subsidy']);
    const award = r.matches[2] as PolicyMatch;
    expect(facts(award.failed)).toEqual(['tags', 'tags']);
    expect(award.failed.map((c) => c.group)).toEqual([0, 1]);
    expect(award.reason.zh).toBe('不符合条件：（备选条件 1）具有标签：专精特新中小企业；（备选条件 2）具有标签：专精特新“小巨人”企业。');
    const { graduatesHired: _, ...numbers } = firm.numbers ?? {};
    const hiring = unwrap(matchPolicies({ ...firm, numbers }, examplePolicies, '2026-06-01')).matches[4] as PolicyMatch;
    expect(hiring.status).toBe('unknown');
    expect(facts(hiring.missing)).toEqual(['numbers.graduatesHired']);
    expect(hiring.reason.en).toBe('Unknown: facts needed for graduates of the year hired ≥ 1 people.');
  });

  it('003 Lishui: the tax relief enterprises never heard of reaches every small low-profit enterprise without application (免申即享)', () => {
    const tax = examplePolicies.policies[0] as Policy;
    expect(tax.mode).toBe('noApplication');
    const city = [
      firm,
      { ...firm, id: 'e2', numbers: { taxableIncome: 3_000_001, employees: 80, totalAssets: 30_000_000 } },
      { ...firm, id: 'e3', marketEntityType: 'individualBusiness' as const },
      { ...firm, id: 'e4', numbers: { employees: 80 } },
    ];
    expect(unwrap(eligibleEnterprises(tax, city, '2026-06-01'))).toEqual({ policyId: 'example-small-micro-tax', asOf: '2026-06-01', eligible: ['e1'], notEligible: ['e2', 'e3'], unknown: ['e4'] });
  });

  it('a policy outside its validity period is not eligible, with that reason; both ends are included', () => {
    const p = policy({ validFrom: '2025-01-01', validUntil: '2025-12-31' });
    expect(one(p, firm, '2025-01-01').status).toBe('eligible');
    expect(one(p, firm, '2025-12-31').status).toBe('eligible');
    const late = one(p, firm, '2026-01-01');
    expect(late.status).toBe('notEligible');
    expect(facts(late.failed)).toEqual(['validity']);
    expect(late.reason.en).toBe('Not eligible: in force from 2025-01-01 to 2025-12-31.');
    expect(one(p, firm, '2024-12-31').status).toBe('notEligible');
    expect(one(policy({ validFrom: '2025-01-01' }), firm, '2099-12-31').status).toBe('eligible');
  });

  it('a policy outside its region is not eligible: the region holds by county or by the USCC division code prefix', () => {
    expect(one(policy({ region: { countyIds: ['410802'] } })).status).toBe('eligible');
    expect(one(policy({ region: { divisionCodes: ['41'] } })).status).toBe('eligible');
    expect(one(policy({ region: { divisionCodes: ['4108'] } })).status).toBe('eligible');
    expect(one(policy({ region: { divisionCodes: ['410800'] } })).status).toBe('eligible');
    const outside = one(policy({ region: { countyIds: ['330481'], divisionCodes: ['3304'] } }));
    expect(outside.status).toBe('notEligible');
    expect(facts(outside.failed)).toEqual(['region']);
    expect(outside.reason.zh).toBe('不符合条件：适用地区：县（市、区）330481，或登记机关行政区划码以 3304 开头。');
    // Either list suffices.
    expect(one(policy({ region: { countyIds: ['410802'], divisionCodes: ['3304'] } })).status).toBe('eligible');
  });

  it('each condition over the enterprise facts holds, fails, or is missing', () => {
    const cases: [Policy['when'], 'eligible' | 'notEligible'][] = [
      [{ industry: ['C'] }, 'eligible'],
      [{ industry: ['C34', 'F'] }, 'eligible'],
      [{ industry: ['C35'] }, 'notEligible'],
      [{ scale: ['small', 'micro'] }, 'eligible'],
      [{ scale: ['medium'] }, 'notEligible'],
      [{ countyId: ['410802'] }, 'eligible'],
      [{ countyId: ['410803'] }, 'notEligible'],
      [{ divisionCode: ['4108'] }, 'eligible'],
      [{ divisionCode: ['4109'] }, 'notEligible'],
      [{ keyLevel: ['county', 'city'] }, 'eligible'],
      [{ keyLevel: ['city'] }, 'notEligible'],
      [{ parkId: ['park-1'] }, 'eligible'],
      [{ parkId: ['park-2'] }, 'notEligible'],
      [{ yearsSinceRegistration: { min: 7 } }, 'eligible'],
      [{ yearsSinceRegistration: { min: 8 } }, 'notEligible'],
      [{ marketEntityType: ['privateEnterprise'] }, 'eligible'],
      [{ marketEntityType: ['individualBusiness'] }, 'notEligible'],
      [{ aboveDesignatedSize: true }, 'eligible'],
      [{ aboveDesignatedSize: false }, 'notEligible'],
      [{ tags: ['techSme'] }, 'eligible'],
      [{ tags: ['techSme', 'highTech'] }, 'notEligible'],
      [{ withoutTags: ['seriousDishonesty'] }, 'eligible'],
      [{ withoutTags: ['techSme'] }, 'notEligible'],
      [{ numbers: { employees: { max: 80 } } }, 'eligible'],
      [{ numbers: { employees: { min: 81 } } }, 'notEligible'],
      [{ numbers: { rdExpenseShare: { min: 3, max: 100 }, employees: { max: 300 } } }, 'eligible'],
    ];
    for (const [when, status] of cases) expect([when, one(policy({ when })).status]).toEqual([when, status]);
  });

  it('a fact the enterprise does not supply makes its condition missing: unknown, unless another condition fails', () => {
    const bare: EnterpriseFacts = { id: 'e9', uscc: firm.uscc, marketEntityType: 'privateEnterprise', industry: 'C3411', countyId: '410802' };
    const cases: [Policy['when'], string][] = [
      [{ scale: ['small'] }, 'scale'],
      [{ yearsSinceRegistration: { min: 1 } }, 'yearsSinceRegistration'],
      [{ aboveDesignatedSize: true }, 'aboveDesignatedSize'],
      [{ tags: ['techSme'] }, 'tags'],
      [{ withoutTags: ['seriousDishonesty'] }, 'withoutTags'],
      [{ numbers: { employees: { max: 300 } } }, 'numbers.employees'],
    ];
    for (const [when, fact] of cases) {
      const m = one(policy({ when }), bare);
      expect([fact, m.status, facts(m.missing)]).toEqual([fact, 'unknown', [fact]]);
      // A failed condition decides whatever is missing.
      expect(one(policy({ when: { ...when, countyId: ['330481'] } }), bare).status).toBe('notEligible');
    }
    // No park means no park; no key level means 'none', as EnterpriseSchema reads it.
    expect(one(policy({ when: { parkId: ['park-1'] } }), bare).status).toBe('notEligible');
    expect(one(policy({ when: { keyLevel: ['none'] } }), bare).status).toBe('eligible');
    // A list of tags is complete: a tag not in it is not carried.
    expect(one(policy({ when: { tags: ['techSme'] } }), { ...bare, tags: [] }).status).toBe('notEligible');
    expect(one(policy({ when: { withoutTags: ['seriousDishonesty'] } }), { ...bare, tags: [] }).status).toBe('eligible');
  });

  it('anyOf: one alternative holding wholly suffices; a missing fact in one alternative leaves the decision unknown only when no alternative holds', () => {
    const p = policy({ when: { scale: ['small', 'micro'] }, anyOf: [{ tags: ['highTech'] }, { numbers: { rdExpenseShare: { min: 3 } } }] });
    const m = one(p);
    expect(m.status).toBe('eligible');
    expect(m.failed.map((c) => c.group)).toEqual([0]);
    expect(one(p, { ...firm, numbers: { rdExpenseShare: 1 } }).status).toBe('notEligible');
    // An alternative whose figure is missing may still hold: unknown, not "not eligible".
    expect(one(p, { ...firm, numbers: {} }).status).toBe('unknown');
    const unknown = one(p, { ...firm, tags: undefined, numbers: {} });
    expect(unknown.status).toBe('unknown');
    expect(facts(unknown.missing)).toEqual(['tags', 'numbers.rdExpenseShare']);
    // when fails: not eligible whatever the alternatives.
    expect(one(p, { ...firm, scale: 'large' }).status).toBe('notEligible');
    expect(one(p, { ...firm, scale: 'large' }).reason.en).toBe('Not eligible: enterprise size small or micro.');
    // An alternative without conditions always holds.
    expect(one(policy({ anyOf: [{}, { tags: ['x'] }] })).status).toBe('eligible');
  });

  it('years since registration are whole years to the date of matching, anniversaries included (29 February: from 1 March in a common year)', () => {
    const p = policy({ when: { yearsSinceRegistration: { min: 3 } } });
    expect(one(p, { ...firm, establishedOn: '2023-06-01' }, '2026-06-01').status).toBe('eligible');
    expect(one(p, { ...firm, establishedOn: '2023-06-02' }, '2026-06-01').status).toBe('notEligible');
    expect(one(p, { ...firm, establishedOn: '2024-02-29' }, '2027-02-28').status).toBe('notEligible');
    expect(one(p, { ...firm, establishedOn: '2024-02-29' }, '2027-03-01').status).toBe('eligible');
    expect(one(p, { ...firm, establishedOn: '2024-02-29' }, '2028-02-28').status).toBe('eligible');
    // Established after the date of matching: below 0 years.
    expect(one(policy({ when: { yearsSinceRegistration: { max: 1 } } }), { ...firm, establishedOn: '2027-01-01' }, '2026-06-01').status).toBe('eligible');
    expect(one(policy({ when: { yearsSinceRegistration: { min: 0 } } }), { ...firm, establishedOn: '2027-01-01' }, '2026-06-01').status).toBe('notEligible');
  });

  it('a division code that is not six digits matches no division condition and no region by division', () => {
    // Characters 3–8 hold a letter: a valid USCC all the same (its check character is right).
    const odd = { ...firm, uscc: '914108A0MA44XB1T99' };
    expect(one(policy({ when: { divisionCode: ['41'] } }), odd).status).toBe('notEligible');
    expect(one(policy({ region: { divisionCodes: ['41'] } }), odd).status).toBe('notEligible');
    expect(one(policy({ region: { countyIds: ['410802'], divisionCodes: ['41'] } }), odd).status).toBe('eligible');
  });

  it('explains a match line by line in both languages', () => {
    const lines = explainPolicyMatch(unwrap(matchPolicies(firm, examplePolicies, '2026-06-01')).matches[1] as PolicyMatch, 'en');
    expect(lines).toEqual([
      'R&D subsidy for small technology firms (example) — Eligible (6 conditions met).',
      'Met: in force from 2025-01-01 to 2027-12-31',
      'Met: in the region: a USCC division code starting with 4108',
      'Met: enterprise size small or micro',
      'Met: tagged technology-based SME',
      'Met: not tagged on a serious-dishonesty list',
      'Met: R&D expense share of revenue ≥ 3 %',
    ]);
    const zh = explainPolicyMatch(one(policy({ anyOf: [{ tags: ['x'] }] }), { ...firm, tags: undefined }), 'zh-CN');
    expect(zh).toEqual(['测试政策——信息不足，需补充：（备选条件 1）具有标签：x。', '满足：自 2025-01-01 起有效', '缺少信息（备选条件 1）：具有标签：x']);
  });

  it('matches are shared between enterprises with the same outcomes (on the same policies object), frozen, and never touch the policies', () => {
    const a = one(policy({ when: { scale: ['small'] } }));
    const p = policy({ when: { scale: ['small'] } });
    const list = [p];
    const m1 = unwrap(matchPolicies(firm, list, '2026-06-01')).matches[0];
    const m2 = unwrap(matchPolicies({ ...firm, id: 'e2' }, list, '2026-06-01')).matches[0];
    expect(m1).toBe(m2);
    expect(Object.isFrozen(m1)).toBe(true);
    expect(Object.isFrozen(p)).toBe(false);
    expect(a).toEqual(m1);
  });

  it('a changed policy object is compiled again (no stale answer)', () => {
    const p = { ...policy({ when: { scale: ['small'] } }) } as { when: { scale: string[] } } & Policy;
    const list = [p];
    expect(unwrap(matchPolicies(firm, list, '2026-06-01')).matches[0]?.status).toBe('eligible');
    p.when.scale = ['large'];
    expect(unwrap(matchPolicies(firm, list, '2026-06-01')).matches[0]?.status).toBe('notEligible');
    expect(unwrap(eligibleEnterprises(p, [firm], '2026-06-01')).notEligible).toEqual(['e1']);
  });
});

describe('matching refuses bad arguments with bilingual errors at their paths (never throws)', () => {
  const err = (r: { ok: boolean; error?: unknown }): unknown => (r.ok ? null : r.error);
  it('a bad date, policies, or enterprise fact (a fact the policies read)', () => {
    expect(err(matchPolicies(firm, examplePolicies, '2026-02-30'))).toMatchObject({ code: 'INVALID_DATE', path: ['asOf'] });
    expect(err(matchPolicies(firm, [{ ...tax, mode: 'fast' as never }], '2026-06-01'))).toMatchObject({ code: 'INVALID_INPUT', path: ['policies', 0, 'mode'] });
    expect(err(matchPolicies({ ...firm, scale: 'huge' as never }, examplePolicies, '2026-06-01'))).toMatchObject({ code: 'INVALID_INPUT', path: ['enterprise', 'scale'] });
    expect(err(matchPolicies({ ...firm, numbers: { employees: Number.NaN } }, examplePolicies, '2026-06-01'))).toMatchObject({ code: 'INVALID_INPUT', path: ['enterprise', 'numbers', 'employees'] });
    expect(err(matchPolicies({ ...firm, tags: [1 as never] }, examplePolicies, '2026-06-01'))).toMatchObject({ code: 'INVALID_INPUT', path: ['enterprise', 'tags', 0] });
    const young = [policy({ when: { yearsSinceRegistration: { max: 3 } } })];
    expect(err(matchPolicies({ ...firm, establishedOn: '2019-02-30' }, young, '2026-06-01'))).toMatchObject({ code: 'INVALID_DATE', path: ['enterprise', 'establishedOn'] });
    expect(err(matchPolicies({ ...firm, uscc: '91410800MA44XB1T9F' }, examplePolicies, '2026-06-01'))).toMatchObject({ code: 'USCC_CHECK_MISMATCH', path: ['enterprise', 'uscc'] });
    expect(err(matchPolicies(null as never, examplePolicies, '2026-06-01'))).toMatchObject({ code: 'INVALID_INPUT', path: ['enterprise'] });
    const rd = examplePolicies.policies[1] as Policy;
    expect(err(eligibleEnterprises(rd, [firm, { ...firm, countyId: '' }], '2026-06-01'))).toMatchObject({ code: 'INVALID_INPUT', path: ['enterprises', 1, 'countyId'] });
    expect(err(eligibleEnterprises(rd, [firm, { ...firm, id: '' }], '2026-06-01'))).toMatchObject({ code: 'INVALID_INPUT', path: ['enterprises', 1, 'id'] });
    expect(err(eligibleEnterprises(tax, 'e1' as never, '2026-06-01'))).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['enterprises'] });
    // A field no condition reads is not checked: the tax relief reads no county, date or park.
    expect(unwrap(eligibleEnterprises(tax, [{ ...firm, countyId: '', establishedOn: 'someday', parkId: '' }], '2026-06-01')).eligible).toEqual(['e1']);
    expect(err(eligibleEnterprises({ ...tax, benefits: [] }, [firm], '2026-06-01'))).toMatchObject({ code: 'INVALID_INPUT', path: ['policy', 'benefits'] });
  });
});
