import { describe, expect, it } from 'vitest';
import { QinqingError } from '../../src/index.js';
import {
  AccessPolicySchema,
  defaultAccessPolicy,
  parseAccessPolicy,
  safeParseAccessPolicy,
  type AccessRule,
} from '../../src/access/index.js';

const withRules = (...rules: unknown[]) => ({ ...defaultAccessPolicy, rules: [...defaultAccessPolicy.rules, ...rules] });
const empty = { id: 'p', name: { zh: '测试', en: 'Test' }, source: 'test' };

describe('AccessPolicySchema and safeParseAccessPolicy', () => {
  it('the default policy is valid, frozen, survives JSON, and every rule names a source', () => {
    const r = safeParseAccessPolicy(JSON.parse(JSON.stringify(defaultAccessPolicy)));
    expect(r).toEqual({ ok: true, value: defaultAccessPolicy });
    expect(Object.isFrozen(defaultAccessPolicy.rules[0])).toBe(true);
    for (const rule of defaultAccessPolicy.rules) expect(rule.source).toMatch(/^(00[0-4]|qinqing)/);
  });

  it('rejects an allow rule that contradicts a guard rail with ACCESS_POLICY_CONFLICT at the later rule (003: 交办销号, departments do not strike off)', () => {
    const index = defaultAccessPolicy.rules.length;
    const r = safeParseAccessPolicy(withRules({ id: 'handler-closes', effect: 'allow', roles: ['departmentHandler'], actions: ['close', 'answer'], scope: 'leadDepartment', source: 'app' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('ACCESS_POLICY_CONFLICT');
    expect(r.error.path).toEqual(['rules', index]);
    expect(r.error.message).toContain('"handler-closes" allows and rule "no-self-close" denies');
    expect(r.error.messageZh).toContain('规则“handler-closes”允许而规则“no-self-close”禁止');
  });

  it('the conflict is found whichever of the two rules comes first', () => {
    const allow = { id: 'a', effect: 'allow', roles: ['auditor'], actions: ['close'], scope: 'ownArea', source: 'app' };
    const deny = { id: 'd', effect: 'deny', roles: ['auditor', 'enterprise'], actions: ['close', 'assign'], scope: 'anywhere', source: 'app' };
    for (const rules of [
      [allow, deny],
      [deny, allow],
    ]) {
      const r = safeParseAccessPolicy({ ...empty, rules });
      expect(r.ok || r.error.code).toBe('ACCESS_POLICY_CONFLICT');
      expect(r.ok || r.error.path).toEqual(['rules', 1]);
    }
  });

  it('several conflicts come back as one ACCESS_POLICY_CONFLICT listing each', () => {
    const r = safeParseAccessPolicy(
      withRules(
        { id: 'auditor-closes', effect: 'allow', roles: ['auditor'], actions: ['close'], scope: 'ownArea', source: 'app' },
        { id: 'office-approves', effect: 'allow', roles: ['leadingGroupOffice'], actions: ['approve'], scope: 'ownArea', source: 'app' },
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('ACCESS_POLICY_CONFLICT');
    expect(r.error.issues?.map((i) => /^Rule "(.+?)" allows and rule "(.+?)" denies/.exec(i.message)?.slice(1))).toEqual([
      ['auditor-closes', 'auditor-read-only'],
      ['office-approves', 'only-the-leading-body-approves'],
    ]);
    expect(r.error.issues?.every((i) => i.code === 'ACCESS_POLICY_CONFLICT')).toBe(true);
  });

  it('rules of disjoint levels do not conflict: city-level offices may publish the ranking, county-level ones may not', () => {
    const r = safeParseAccessPolicy({
      ...empty,
      rules: [
        { id: 'city-publishes', effect: 'allow', roles: ['leadingGroupOffice'], actions: ['publishRanking'], levels: ['city'], scope: 'ownArea', source: 'app' },
        { id: 'county-does-not', effect: 'deny', roles: ['leadingGroupOffice'], actions: ['publishRanking'], levels: ['county'], scope: 'anywhere', source: 'app' },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it('two allow rules, or two deny rules, never conflict', () => {
    const rule = (id: string, effect: 'allow' | 'deny') => ({ id, effect, roles: ['adviser'], actions: ['serve'], scope: 'pairedEnterprises', source: 'app' });
    expect(safeParseAccessPolicy({ ...empty, rules: [rule('a', 'allow'), rule('b', 'allow')] }).ok).toBe(true);
    expect(safeParseAccessPolicy({ ...empty, rules: [rule('a', 'deny'), rule('b', 'deny')] }).ok).toBe(true);
  });

  it('advisers classify only if the policy says so (000: the adviser solves what is within its own function)', () => {
    expect(defaultAccessPolicy.rules.some((r) => r.roles.includes('adviser') && r.actions.includes('classify'))).toBe(false);
    const p = parseAccessPolicy(withRules({ id: 'adviser-classifies', effect: 'allow', roles: ['adviser'], actions: ['classify'], scope: 'pairedEnterprises', source: '000' }));
    expect(p.rules.at(-1)?.levels).toEqual(['city', 'county']);
  });

  it('rejects duplicate rule ids with DUPLICATE_ID, and unknown roles or actions with INVALID_INPUT', () => {
    const r = safeParseAccessPolicy(withRules({ ...defaultAccessPolicy.rules[0], scope: 'anywhere' }));
    expect(r.ok || r.error.code).toBe('DUPLICATE_ID');
    expect(r.ok || r.error.path).toEqual(['rules', defaultAccessPolicy.rules.length, 'id']);
    expect(safeParseAccessPolicy(withRules({ id: 'x', effect: 'allow', roles: ['mayor'], actions: ['close'], scope: 'ownArea', source: 'app' })).ok).toBe(false);
    const r2 = safeParseAccessPolicy(withRules({ id: 'x', effect: 'allow', roles: ['auditor'], actions: ['delete'], scope: 'ownArea', source: 'app' }));
    expect(r2.ok || [r2.error.code, r2.error.path]).toEqual(['INVALID_INPUT', ['rules', defaultAccessPolicy.rules.length, 'actions', 0]]);
    expect(safeParseAccessPolicy({ ...empty, rules: [{ id: 'x', effect: 'allow', roles: [], actions: ['close'], scope: 'ownArea', source: 'app' }] }).ok).toBe(false);
  });

  it('parseAccessPolicy throws a QinqingError with the code', () => {
    expect(() => parseAccessPolicy(withRules({ id: 'x', effect: 'allow', roles: ['system'], actions: ['giveFeedback'], scope: 'anywhere', source: 'app' }))).toThrow(QinqingError);
    try {
      parseAccessPolicy(withRules({ id: 'x', effect: 'allow', roles: ['system'], actions: ['giveFeedback'], scope: 'anywhere', source: 'app' }));
    } catch (e) {
      expect((e as QinqingError).code).toBe('ACCESS_POLICY_CONFLICT');
    }
  });

  it('the schema alone rejects conflicts too (for apps that call AccessPolicySchema directly)', () => {
    expect(AccessPolicySchema.safeParse(withRules({ id: 'x', effect: 'allow', roles: ['enterprise'], actions: ['approve'], scope: 'ownEnterprise', source: 'app' })).success).toBe(false);
  });

  it('the default guard rails: auditors change nothing, only enterprises give feedback (001), only the leading body approves (000)', () => {
    const deny = (id: string): AccessRule => defaultAccessPolicy.rules.find((r) => r.id === id) as AccessRule;
    expect(deny('auditor-read-only').actions).not.toContain('viewIssue');
    expect(deny('auditor-read-only').actions).toContain('close');
    expect(deny('feedback-is-the-enterprises').roles).not.toContain('enterprise');
    expect(deny('only-the-leading-body-approves').roles).not.toContain('leadingBody');
  });
});

describe('Part 9 (issue 14): the conflict check is near-linear and its report capped', () => {
  const rule = (id: string, effect: 'allow' | 'deny', roles: readonly string[], actions: readonly string[]) => ({ id, effect, roles, actions, scope: 'anywhere', source: 'app' });

  it('a rule in conflict with several earlier rules is reported once, with the first of them', () => {
    const r = safeParseAccessPolicy({
      ...empty,
      rules: [rule('a1', 'allow', ['auditor'], ['close']), rule('a2', 'allow', ['auditor'], ['close', 'assign']), rule('d', 'deny', ['auditor'], ['close', 'assign'])],
    });
    expect(r.ok || r.error).toMatchObject({ code: 'ACCESS_POLICY_CONFLICT', path: ['rules', 2] });
    expect(r.ok || r.error.issues).toBeUndefined();
    expect(r.ok || r.error.message).toContain('Rule "a1" allows and rule "d" denies');
  });

  it('roles and actions repeated 20,000 times are compared as the few they are', () => {
    const many = (x: string) => new Array(20_000).fill(x);
    const r = safeParseAccessPolicy({ ...empty, rules: [rule('a', 'allow', many('auditor'), many('close')), rule('d', 'deny', many('auditor'), many('close'))] });
    expect(r.ok || r.error.code).toBe('ACCESS_POLICY_CONFLICT');
    expect(r.ok || r.error.message).toContain('denies Auditor (read-only) × Close at city and county level;');
    expect(r.ok || r.error.message.length).toBeLessThan(1_000);
  });

  it('10,000 rules, each in conflict with the one before: the first 20 listed, 9,979 more counted, the code kept', () => {
    const r = safeParseAccessPolicy({ ...empty, rules: Array.from({ length: 10_000 }, (_, i) => rule(`r${i}`, i % 2 === 0 ? 'allow' : 'deny', ['auditor'], ['close'])) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'ACCESS_POLICY_CONFLICT', path: ['rules', 1], moreIssues: 9_979 });
    expect(r.error.issues).toHaveLength(20);
    expect(r.error.message).toContain('…and 9,979 more.');
    expect(Buffer.byteLength(r.error.messageZh)).toBeLessThan(64 * 1024);
  });
});
