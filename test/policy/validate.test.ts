import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { examplePolicies, validatePolicies, type Policy, type PolicySetReport } from '../../src/policy/index.js';

const base = examplePolicies.policies[1] as Policy; // the R&D subsidy: region 4108, scale, tags, a figure

/** The report of a set holding `policies` (and the example declarations). */
function report(policies: readonly unknown[], extra: Record<string, unknown> = {}): PolicySetReport {
  const r = validatePolicies({ ...examplePolicies, ...extra, policies });
  if (r.ok) return r.value;
  if (r.error.report === null) throw new Error(`unexpected shape error: ${r.error.message}`);
  return r.error.report;
}
const codes = (r: PolicySetReport): string[] => [...r.errors, ...r.warnings].map((f) => `${f.code} ${f.path.join('.')}`);

describe('validatePolicies: policies validated like ladders (issue 18)', () => {
  it('the example set is valid, frozen, without warnings', () => {
    const r = unwrap(validatePolicies(JSON.parse(JSON.stringify(examplePolicies))));
    expect(r.valid).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(Object.isFrozen(r.set.policies[0])).toBe(true);
    expect(r.set).toEqual(examplePolicies);
  });

  it('shape errors come with their path: an unknown fact, a figure key that is not a name, a bad division code or date', () => {
    const shape = (policy: unknown): unknown => {
      const r = validatePolicies({ id: 's', policies: [policy] });
      return r.ok ? null : { code: r.error.code, path: r.error.path, report: r.error.report };
    };
    expect(shape({ ...base, when: { size: ['small'] } })).toMatchObject({ code: 'INVALID_INPUT', path: ['policies', 0, 'when'], report: null });
    expect(shape({ ...base, when: { numbers: { '营业收入': { min: 1 } } } })).toMatchObject({ code: 'INVALID_INPUT', report: null });
    expect(shape({ ...base, region: { divisionCodes: ['410'] } })).toMatchObject({ code: 'INVALID_INPUT', path: ['policies', 0, 'region', 'divisionCodes', 0] });
    expect(shape({ ...base, validFrom: '2026-02-30' })).toMatchObject({ code: 'INVALID_DATE', path: ['policies', 0, 'validFrom'] });
    expect(shape({ ...base, mode: 'automatic' })).toMatchObject({ code: 'INVALID_INPUT', path: ['policies', 0, 'mode'] });
  });

  it('contradictions are errors: empty lists, min above max, negative years, a tag required and excluded, a period ending before it starts', () => {
    const r = report([
      { ...base, id: 'a', when: { scale: [], industry: [] } },
      { ...base, id: 'b', when: { numbers: { rdExpenseShare: { min: 5, max: 3 } }, yearsSinceRegistration: { max: -1 } } },
      { ...base, id: 'c', when: { tags: ['techSme'], withoutTags: ['techSme'] } },
      { ...base, id: 'd', validFrom: '2026-01-01', validUntil: '2025-12-31' },
    ]);
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual([
      'POLICY_CONTRADICTION policies.0.when.industry',
      'POLICY_CONTRADICTION policies.0.when.scale',
      'POLICY_CONTRADICTION policies.1.when.yearsSinceRegistration',
      'POLICY_CONTRADICTION policies.1.when.numbers.rdExpenseShare',
      'POLICY_CONTRADICTION policies.2.when.withoutTags',
      'POLICY_CONTRADICTION policies.3.validUntil',
    ]);
    expect(r.errors[0]?.policyId).toBe('a');
    expect(r.errors[0]?.messageZh).toBe('政策“a”（第 1 项）：when.industry 为空列表，任何企业都不满足。');
  });

  it('a region naming nothing, an empty anyOf, an alternative contradicting when, a county outside a region of counties', () => {
    const r = report([
      { ...base, id: 'a', region: { countyIds: [] } },
      { ...base, id: 'b', anyOf: [] },
      { ...base, id: 'c', anyOf: [{ scale: ['large'] }, { tags: ['highTech'] }, { withoutTags: ['techSme'] }, { numbers: { rdExpenseShare: { max: 1 } } }] },
      { ...base, id: 'd', region: { countyIds: ['410802'] }, when: { countyId: ['410803'] } },
      { ...base, id: 'e', region: { divisionCodes: ['4108'] }, when: { divisionCode: ['4109', '33'] } },
      { ...base, id: 'f', region: { divisionCodes: ['41'] }, when: { divisionCode: ['410811'] }, anyOf: [{ industry: ['C'] }] },
    ]);
    expect(codes(r)).toEqual([
      'POLICY_CONTRADICTION policies.0.region',
      'POLICY_CONTRADICTION policies.1.anyOf',
      'POLICY_CONTRADICTION policies.2.anyOf.0.scale',
      'POLICY_CONTRADICTION policies.2.anyOf.2.withoutTags',
      'POLICY_CONTRADICTION policies.2.anyOf.3.numbers.rdExpenseShare',
      'POLICY_CONTRADICTION policies.3.when.countyId',
      'POLICY_CONTRADICTION policies.4.when.divisionCode',
    ]);
  });

  it('duplicate policy ids and declarations are errors', () => {
    const r = report([base, base], { tags: [...examplePolicies.tags, examplePolicies.tags[0]] });
    expect(codes(r)).toEqual(['DUPLICATE_ID tags.6.key', 'DUPLICATE_ID policies.1.id']);
    const rejected = validatePolicies({ ...examplePolicies, policies: [base, base] });
    expect(rejected.ok || rejected.error).toMatchObject({ code: 'POLICY_SET_INVALID', path: ['policies', 1, 'id'] });
  });

  it('warnings: a figure or tag the set does not declare, an industry code not in GB/T 4754 form; the set stays valid', () => {
    const r = report([{ ...base, when: { industry: ['C34', '3411', 'c'], tags: ['techSME'], numbers: { rdShare: { min: 3 } } } }]);
    expect(r.valid).toBe(true);
    expect(codes(r)).toEqual([
      'POLICY_UNDECLARED_KEY policies.0.when.numbers.rdShare',
      'POLICY_UNDECLARED_KEY policies.0.when.tags.0',
      'POLICY_INDUSTRY_UNUSUAL policies.0.when.industry.1',
      'POLICY_INDUSTRY_UNUSUAL policies.0.when.industry.2',
    ]);
    // Without declarations every tag and figure is undeclared.
    expect(report([base], { numbers: [], tags: [] }).warnings.map((w) => w.code)).toEqual(['POLICY_UNDECLARED_KEY', 'POLICY_UNDECLARED_KEY', 'POLICY_UNDECLARED_KEY']);
  });
});
