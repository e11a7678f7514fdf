/**
 * The testing kit (`qinqing/testing`): fast-check arbitraries for qinqing's entities and commands —
 * valid ones (`arbX`, which the library's own parsers accept: `safeParse` with the matching schema,
 * `safeParseUscc`, `safeParseIssueCommand`, …) and deliberately invalid ones (`arbInvalidX`, which
 * they reject) — and `given(events).when(command).then(event)`, a
 * specification helper over the issue decider, so that an app can property-test its own ladders,
 * schemes and policies. `fast-check` is an optional peer dependency needed by this subpath only;
 * the root `qinqing` never imports it.
 *
 * @module qinqing/testing
 */
export { arbCalendarDate, arbInvalidCalendarDate, arbInstant } from './calendar.js';
export type { ArbCalendarDateOptions, ArbInstantOptions } from './calendar.js';
export { arbUscc, arbInvalidUscc, arbEnterprise, arbInvalidEnterprise } from './enterprise.js';
export type { ArbEnterpriseOptions } from './enterprise.js';
export { arbAdviser, arbInvalidAdviser } from './org.js';
export type { ArbAdviserOptions } from './org.js';
export { arbPairing, arbInvalidPairing } from './pairing.js';
export type { ArbPairingOptions } from './pairing.js';
export { arbVisit, arbInvalidVisit, arbHelpTaskSheet, arbInvalidHelpTaskSheet, arbHelpTaskCommand } from './visit.js';
export type { ArbVisitOptions, ArbHelpTaskSheetOptions } from './visit.js';
export { arbIssue, arbValidCommandSequence, arbIssueCommand, arbRejectedIssueCommand, arbInvalidIssueCommand } from './issue.js';
export type { ArbIssueOptions, ArbIssueCommandOptions } from './issue.js';
export { arbLadder, arbInvalidLadder } from './escalation.js';
export type { ArbLadderOptions } from './escalation.js';
export { arbPolicy, arbPolicySet, arbEnterpriseFacts } from './policy.js';
export type { ArbPolicyOptions } from './policy.js';
export { arbScoringScheme, arbInvalidScoringScheme, arbTally, arbInvalidTally } from './scoring.js';
export type { ArbScoringSchemeOptions, ArbTallyOptions } from './scoring.js';
export { given } from './decider.js';
export { memoryIssueStore, resealIssueEvents } from './store.js';
export type { MemoryIssueStore } from './store.js';
export type { ExpectedIssueEvent, IssueWhen, IssueThen } from './decider.js';
