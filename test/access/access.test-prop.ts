import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  ActorRole,
  executeIssueCommand,
  issueTransitions,
  type Actor,
  type Issue,
  type IssueCommand,
  type IssueCommandType,
  type IssueContext,
  type IssueState,
  UNSAFE_NO_ACCESS_CHECK,
} from '../../src/issue/index.js';
import {
  AccessAction,
  AccessPolicySchema,
  AccessScope,
  authorize,
  defaultAccessPolicy,
  parseAccessPolicy,
  PublicIssueListingSchema,
  redactForPublicListing,
  safeParseAccessPolicy,
  type AccessPolicy,
  type AccessRule,
  type AccessSubject,
} from '../../src/access/index.js';
import { citySubject, countySubject, jurisdictionCases } from './fixtures.js';

// ---------------------------------------------------------------------------------------------
// Policies: a small universe of roles and actions, so that random rules often overlap.
// ---------------------------------------------------------------------------------------------

const ROLES: readonly ActorRole[] = ['enterprise', 'adviser', 'departmentHandler', 'leadingGroupOffice'];
const ACTIONS: readonly AccessAction[] = ['submit', 'assign', 'answer', 'viewIssue', 'close'];
const base = { id: 'p', name: { zh: '测试', en: 'Test' }, source: 'test' };

type RuleInput = Omit<AccessRule, 'id' | 'source'>;
const ruleArb = (effect?: 'allow' | 'deny'): fc.Arbitrary<RuleInput> =>
  fc.record({
    effect: effect === undefined ? fc.constantFrom('allow' as const, 'deny' as const) : fc.constant(effect),
    roles: fc.subarray([...ROLES], { minLength: 1 }),
    actions: fc.subarray([...ACTIONS], { minLength: 1 }),
    levels: fc.subarray(['city', 'county'] as ('city' | 'county')[], { minLength: 1 }),
    scope: fc.constantFrom(...AccessScope.schema.options),
  });
const withIds = (rules: readonly RuleInput[]) => rules.map((r, i) => ({ ...r, id: `r${String(i).padStart(2, '0')}`, source: 'test' }));

/** Every request of the universe: each role at county and city level, each action, each target. */
const requests = ROLES.flatMap((role) =>
  [countySubject(role), citySubject(role)].flatMap((subject) => ACTIONS.flatMap((action) => jurisdictionCases.map((c) => ({ subject, action, target: c.target })))),
);
const decisions = (policy: AccessPolicy) => requests.map((q) => authorize(q.subject, q.action, q.target, policy));

/** The requests one rule matches on its own (a deny rule is tried as an allow), by index into `requests`. */
function matchedBy(rule: AccessRule): readonly boolean[] {
  const alone: AccessPolicy = { ...base, rules: [{ ...rule, effect: 'allow' }] };
  return requests.map((q) => authorize(q.subject, q.action, q.target, alone).allowed);
}

/** A valid policy from random rules: each rule is kept unless it conflicts with those kept before it. */
function validPolicy(rules: readonly RuleInput[]): AccessPolicy {
  const kept: ReturnType<typeof withIds> = [];
  for (const r of withIds(rules)) if (AccessPolicySchema.safeParse({ ...base, rules: [...kept, r] }).success) kept.push(r);
  return parseAccessPolicy({ ...base, rules: kept });
}

describe('access policies', () => {
  test.prop([fc.array(ruleArb(), { maxLength: 10 }), fc.array(fc.nat(), { minLength: 10, maxLength: 10 })], { numRuns: 150 })(
    'permuting the rules of a valid policy never changes any decision (nor the rule it names)',
    (rules, keys) => {
      const policy = validPolicy(rules);
      const order = policy.rules.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || b - a);
      const permuted = parseAccessPolicy({ ...policy, rules: order.map((i) => policy.rules[i]) });
      expect(decisions(permuted)).toEqual(decisions(policy));
    },
  );

  test.prop([fc.array(ruleArb(), { maxLength: 8 })], { numRuns: 100 })(
    'deny by default: a request of a valid policy is allowed exactly when one of its allow rules matches it, and then the one with the smallest id is named',
    (rules) => {
      const policy = validPolicy(rules);
      const allows = policy.rules.filter((r) => r.effect === 'allow').map((r) => ({ id: r.id, matched: matchedBy(r) }));
      requests.forEach((q, i) => {
        const matching = allows.filter((a) => a.matched[i]).map((a) => a.id);
        const d = authorize(q.subject, q.action, q.target, policy);
        expect(d.allowed).toBe(matching.length > 0);
        if (d.allowed) expect(d.rule.id).toBe([...matching].sort()[0]);
        else expect(d.code).toBe('FORBIDDEN');
      });
    },
  );

  test.prop([ruleArb('allow'), ruleArb('deny'), fc.boolean()], { numRuns: 300 })(
    'a pair of an allow and a deny rule is rejected as a conflict exactly when some request matches both',
    (allow, deny, denyFirst) => {
      const [a, d] = withIds([allow, deny]) as [AccessRule, AccessRule];
      const r = safeParseAccessPolicy({ ...base, rules: denyFirst ? [d, a] : [a, d] });
      const [ma, md] = [matchedBy(a), matchedBy(d)];
      const both = ma.some((m, i) => m && md[i]);
      expect(r.ok).toBe(!both);
      if (!r.ok) expect([r.error.code, r.error.path]).toEqual(['ACCESS_POLICY_CONFLICT', ['rules', 1]]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Issues built by random valid command sequences, laden with personal data.
// ---------------------------------------------------------------------------------------------

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const cst = (ms: number): string => `${new Date(ms + 8 * 60 * MINUTE).toISOString().slice(0, 19)}+08:00`;

const mobileArb = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b);
const phoneArb = fc.oneof(
  mobileArb,
  mobileArb.map((m) => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`),
  mobileArb.map((m) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`),
  mobileArb.map((m) => `+86 ${m}`),
  fc.stringMatching(/^0\d{2,3}-\d{7,8}$/),
);
const hexArb = fc.stringMatching(/^[0-9a-f]{8}$/);
const piiArb = fc.record({
  phones: fc.array(phoneArb, { minLength: 1, maxLength: 4 }),
  personId: hexArb.map((h) => `ep-${h}`),
  enterpriseId: hexArb.map((h) => `eo-${h}`),
  marker: hexArb.map((h) => `NOTE${h}`),
  email: hexArb.map((h) => `m${h}@example.com`),
});
type Pii = typeof piiArb extends fc.Arbitrary<infer T> ? T : never;

/** A small deterministic generator of integers below `n` from one seed. */
function dice(seed: number): (n: number) => number {
  let a = seed | 0;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}
const oneOf = <T>(roll: (n: number) => number, items: readonly T[]): T => items[roll(items.length)] as T;

const commandsFrom = new Map<IssueState | null, IssueCommandType[]>();
for (const t of issueTransitions) commandsFrom.set(t.from, [...new Set([...(commandsFrom.get(t.from) ?? []), t.command])]);

const staff: Readonly<Record<Exclude<ActorRole, 'enterprise'>, Actor>> = {
  adviser: { id: 'adviser-1', role: 'adviser' },
  departmentHandler: { id: 'handler-1', role: 'departmentHandler' },
  departmentHead: { id: 'head-1', role: 'departmentHead' },
  leadingGroupOffice: { id: 'office-1', role: 'leadingGroupOffice' },
  efficiencyOffice: { id: 'eff-1', role: 'efficiencyOffice' },
  leadingBody: { id: 'body-1', role: 'leadingBody' },
  cityLeader: { id: 'leader-1', role: 'cityLeader' },
  auditor: { id: 'auditor-1', role: 'auditor' },
  system: { id: 'system', role: 'system' },
};
const roleOf: Readonly<Record<IssueCommandType, ActorRole>> = {
  submit: 'enterprise',
  giveFeedback: 'enterprise',
  complain: 'enterprise',
  withdraw: 'enterprise',
  classify: 'leadingGroupOffice',
  requestApproval: 'leadingGroupOffice',
  assign: 'leadingGroupOffice',
  close: 'leadingGroupOffice',
  escalate: 'leadingGroupOffice',
  addToDossier: 'leadingGroupOffice',
  approve: 'leadingBody',
  refuseApproval: 'leadingBody',
  returnAssignment: 'departmentHandler',
  requestExtension: 'departmentHandler',
  answer: 'departmentHandler',
  decideExtension: 'departmentHead',
  supervise: 'efficiencyOffice',
  serve: 'adviser',
  signFor: 'departmentHandler',
  contact: 'departmentHandler',
  reply: 'departmentHandler',
  requestPause: 'departmentHandler',
  resume: 'departmentHandler',
  disputeAssignment: 'departmentHandler',
  decidePause: 'leadingGroupOffice',
  reviewDispute: 'leadingGroupOffice',
  redispatch: 'leadingGroupOffice',
  merge: 'leadingGroupOffice',
  callBack: 'leadingGroupOffice',
  closeUnrated: 'leadingGroupOffice',
};

/** A schema-valid payload for a command type, its free texts full of the personal data. */
function payload(type: IssueCommandType, roll: (n: number) => number, pii: Pii): Record<string, unknown> {
  const phone = () => oneOf(roll, pii.phones);
  const text = (what: string) => `${what}，联系人电话 ${phone()}，邮箱 ${pii.email}，${pii.marker}`;
  switch (type) {
    case 'submit':
      return {
        enterpriseId: pii.enterpriseId,
        title: `${oneOf(roll, ['用电增容', '融资难', '用地指标'])}（联系 ${phone()}，${pii.email}）`,
        description: text('企业反映'),
        channel: oneOf(roll, ['hotline', 'visit', 'selfReport'] as const),
        origin: 'application',
      };
    case 'classify':
      return { categoryId: oneOf(roll, ['power', 'financing']), scope: 'outsideBureau', nature: 'ordinary', procedure: oneOf(roll, ['simple', 'general'] as const) };
    case 'assign':
      return { departmentId: oneOf(roll, ['d-power', 'd-land']), ...(roll(2) === 0 ? { coHandlerIds: ['d-grid'] } : {}), timeLimit: { workingDays: 3 + roll(8) } };
    case 'returnAssignment':
      return { reason: text('不属于本部门职责') };
    case 'requestExtension':
      return { workingDays: 1 + roll(5), reason: text('需现场核查') };
    case 'decideExtension':
      return { grant: roll(2) === 0 };
    case 'supervise':
      return { step: oneOf(roll, ['urge', 'supervision', 'publicListing', 'accountability'] as const) };
    case 'serve':
      return { mode: 'phone', summary: text('电话告知办理流程'), outcome: 'resolved' };
    case 'answer':
      return { outcome: oneOf(roll, ['resolved', 'explained', 'unsolvable'] as const), summary: text('已协调'), mode: 'writtenReply', measures: text('报市政府研究') };
    case 'giveFeedback':
      return { level: oneOf(roll, ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const) };
    case 'complain':
      return { reason: text('问题仍未解决') };
    case 'addToDossier':
      return { documents: [text('批复')], records: [text('协调会记录')], evidence: [text('现场照片')] };
    case 'escalate':
      return { holder: 'deputyMayorInCharge', rank: 10 * roll(4), portfolio: '工业经济' };
    case 'requestApproval':
    case 'approve':
    case 'refuseApproval':
    case 'close':
    case 'withdraw':
    case 'signFor':
    case 'contact':
    case 'resume':
    case 'closeUnrated':
      return {};
    case 'reply':
      return { note: text('已电话告知') };
    case 'requestPause':
      return { reasonCode: 'awaitingMaterial', reason: text('等待企业补充材料') };
    case 'decidePause':
      return { grant: roll(2) === 0 };
    case 'disputeAssignment':
      return { reasonCode: 'notOurDuty', reason: text('不属于本部门职责') };
    case 'reviewDispute':
      return { uphold: roll(2) === 0, ...(roll(2) === 0 ? { departmentId: 'd-land' } : {}) };
    case 'redispatch':
      return { departmentId: oneOf(roll, ['d-land', 'd-tax']) };
    case 'merge':
      return { parentId: 'i-parent' };
    case 'callBack':
      return { reached: roll(2) === 0 };
  }
}

const allowAll = parseAccessPolicy({
  ...base,
  rules: [{ id: 'all', effect: 'allow', roles: ActorRole.schema.options, actions: AccessAction.schema.options, scope: 'anywhere', source: 'test' }],
});
const seen = { runs: 0, allowed: 0, forbidden: 0, states: new Set<string>() };

describe('access in the lifecycle, and redaction for public listing', () => {
  test.prop(
    [
      piiArb,
      fc.integer({ min: Date.parse('2026-01-05T00:00:00Z') / DAY, max: Date.parse('2026-07-31T00:00:00Z') / DAY }),
      fc.array(fc.tuple(fc.integer(), fc.nat({ max: 3 * 24 * 60 })), { minLength: 1, maxLength: 20 }),
    ],
    { numRuns: 150 },
  )(
    'over issues built by random valid commands: access only ever refuses with FORBIDDEN, leaving the issue unchanged, and otherwise changes nothing; the public listing keeps no enterprise id or actor id, no note, description or answer text, no phone number or e-mail',
    (pii, startDay, steps) => {
      seen.runs++;
      let issue: Issue | null = null;
      let clock = startDay * DAY + 60 * MINUTE;
      const plain: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
      for (const [seed, gap] of steps) {
        const roll = dice(seed);
        const type: IssueCommandType = oneOf<IssueCommandType>(roll, commandsFrom.get(issue === null ? null : issue.state) ?? ['submit']);
        const role = roleOf[type];
        const actor: Actor = role === 'enterprise' ? { id: pii.personId, role } : staff[role];
        clock += gap * MINUTE;
        const command = { type, issueId: 'i1', actor, at: cst(clock), ...(roll(2) === 0 ? { note: `${pii.marker} 请回电 ${oneOf(roll, pii.phones)}` } : {}), ...payload(type, roll, pii) } as IssueCommand;
        const before = issue === null ? '' : JSON.stringify(issue);
        const r = executeIssueCommand(issue, command, plain);

        // With a policy that allows everything, access changes nothing at all.
        const all = executeIssueCommand(issue, command, { calendar: chinaCalendar, access: { policy: allowAll, subject: { ...actor, level: 'city' } } });
        expect(JSON.stringify(all)).toBe(JSON.stringify(r));
        // With the default policy it may only refuse, with FORBIDDEN, and the issue stays as it was.
        const subject: AccessSubject = {
          ...actor,
          level: 'county',
          countyId: roll(4) === 0 ? 'c2' : 'c1',
          enterpriseId: pii.enterpriseId,
          pairedEnterpriseIds: [pii.enterpriseId],
          departmentId: issue?.leadDepartmentId ?? 'd-power',
        };
        const guarded = executeIssueCommand(issue, command, { calendar: chinaCalendar, access: { policy: defaultAccessPolicy, subject, countyOf: { [pii.enterpriseId]: 'c1' } } });
        if (guarded.ok) {
          seen.allowed++;
          expect(JSON.stringify(guarded)).toBe(JSON.stringify(r));
        } else if (guarded.error.code === 'FORBIDDEN') seen.forbidden++;
        else expect(guarded).toEqual(r);
        expect(issue === null ? '' : JSON.stringify(issue)).toBe(before);

        if (r.ok) {
          issue = r.value.issue;
          seen.states.add(issue.state); // every state a run passes through, not only where it ends
        }
      }
      if (issue === null) return;
      const listing = redactForPublicListing(issue);
      expect(PublicIssueListingSchema.safeParse(listing).success).toBe(true);
      expect([listing.id, listing.state, listing.deadline, listing.leadDepartmentId, listing.supervisionStep]).toEqual([issue.id, issue.state, issue.deadline, issue.leadDepartmentId, issue.supervisionStep]);
      const json = JSON.stringify(listing);
      for (const secret of [pii.personId, pii.enterpriseId, pii.marker, pii.email, ...pii.phones, ...pii.phones.map((p) => p.replace(/\D/g, ''))]) {
        expect(json).not.toContain(secret);
      }
      for (const word of ['企业反映', '联系人电话', '已协调', '报市政府研究', '批复', '需现场核查']) expect(json).not.toContain(word);
    },
  );

  it('the runs reach many states and meet both allowed and refused commands (the generator is not degenerate)', (ctx) => {
    if (seen.runs < 150) ctx.skip();
    expect(seen.states.size).toBeGreaterThanOrEqual(8);
    expect(seen.allowed).toBeGreaterThan(100);
    expect(seen.forbidden).toBeGreaterThan(20);
  });
});
