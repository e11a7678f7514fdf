/** The no-throw registry of `qinqing/policy` (issue 18). */
import { fc } from '@fast-check/vitest';
import { unwrap } from '../../../src/index.js';
import type * as policyBarrel from '../../../src/policy/index.js';
import { examplePolicies, matchPolicies, sichuanPolicyDeadlines, type EnterpriseFacts, type Policy, type PolicyMatch, type PolicySet } from '../../../src/policy/index.js';
import { arbEnterpriseFacts, arbPolicy, arbPolicySet } from '../../../src/testing/index.js';
import { anyInput } from '../hostile.js';
import type { ArgsOf } from '../registry.js';
import { calendar, date, from, locale, pool } from '../valid.js';

const sets: readonly PolicySet[] = [examplePolicies, ...pool(arbPolicySet({ maxPolicies: 5 }), 8)];
const set: fc.Arbitrary<PolicySet> = fc.constantFrom(...sets);
const policies: fc.Arbitrary<PolicySet | readonly Policy[]> = fc.oneof(set, set.map((s) => s.policies));
const policy: fc.Arbitrary<Policy> = fc.oneof(fc.constantFrom(...examplePolicies.policies), from(arbPolicy()));
const enterprise: fc.Arbitrary<EnterpriseFacts> = from(arbEnterpriseFacts(), 40);
const enterprises: fc.Arbitrary<EnterpriseFacts[]> = fc.array(enterprise, { maxLength: 8 });
const matches: readonly PolicyMatch[] = pool(arbEnterpriseFacts(), 6).flatMap((e) => unwrap(matchPolicies(e, examplePolicies, '2026-06-01')).matches);
const match: fc.Arbitrary<PolicyMatch> = fc.constantFrom(...matches);
const rules = fc.constant(sichuanPolicyDeadlines);

export const policyArgs = {
  matchPolicies: fc.tuple(enterprise, policies, date),
  eligibleEnterprises: fc.tuple(policy, enterprises, date),
  explainPolicyMatch: fc.tuple(match, locale),
  validatePolicies: fc.tuple(anyInput(set)),
  policyDeadlines: fc.oneof(fc.tuple(policy, date, calendar), fc.tuple(policy, date, calendar, rules)),
  redemptionDeadline: fc.oneof(fc.tuple(policy, date, calendar), fc.tuple(policy, date, calendar, rules)),
} satisfies ArgsOf<typeof policyBarrel>;
