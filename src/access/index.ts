/**
 * Access (权限): who may do what, where, as data — roles × actions × jurisdictions, deny by
 * default, conflicting rules rejected when a policy is loaded — with the check the issue lifecycle
 * runs on the `access` of its context, the role law it holds whatever the policy, and the
 * redaction of an issue for public listing (网上挂牌).
 *
 * @module qinqing/access
 */
export { AccessAction, AccessScope, AccessEffect } from './enums.js';
export {
  AccessSubjectSchema,
  AccessTargetSchema,
  AccessRuleSchema,
  AccessPolicySchema,
  safeParseAccessPolicy,
  parseAccessPolicy,
} from './policy.js';
export type { AccessSubject, AccessTarget, AccessRule, AccessPolicy } from './policy.js';
export { defaultAccessPolicy } from './defaults.js';
export { authorize, authorizeIssueCommand, issueAccessTarget } from './authorize.js';
export type { CountyOf, AccessDecision, IssueAccess, AccessibleIssue, AccessCommand } from './authorize.js';
export { issueRoleLaw, ownEnterpriseLaw, checkRoleLaw } from './law.js';
export type { RoleLaw, RoleLawDecision, LawfulIssue } from './law.js';
export { PublicIssueListingSchema, redactForPublicListing } from './redact.js';
export { maskContactData, maskPersonalData } from '../privacy/mask.js';
export type { PersonalDataOptions } from '../privacy/mask.js';
export type { PublicIssueListing, ListableIssue } from './redact.js';
