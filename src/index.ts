/**
 * qinqing (亲清): pure functions over plain data for government service to enterprises.
 *
 * The root holds what every part shares — results and errors (`Result`, `ok`, `err`, `unwrap`,
 * `DomainError`, `QinqingError`, `errorCodes`), the core schemas and types (`CalendarDate`,
 * `Instant`, `Id`, `Locale`, `BilingualText`), `safeParse` and `parse` over any schema the library
 * exports, the labels of every enum value (`label`, `allLabels`) — and the handful of functions the
 * guides start from: the working-day calendar, the USCC check, the issue lifecycle, routing by a
 * ladder and the access check. Everything else lives in the subpath of its concept
 * (`qinqing/calendar`, `qinqing/issue`, …), which exports the whole room: see the API map
 * (docs/api-map.md).
 *
 * @module qinqing
 */

// Core: results, errors, parsing, shared schemas and types
export { errorCodes, domainError, QinqingError } from './core/errors.js';
export type { ErrorCode, ErrorPath, DomainError } from './core/errors.js';
export { ok, err, unwrap, mapResult, andThen } from './core/result.js';
export type { Result } from './core/result.js';
export { safeParse, parse } from './core/parse.js';
export { canonicalJson } from './core/canonical.js';
export { defaultInputLimits } from './core/limits.js';
export type { InputLimits, ParseOptions } from './core/limits.js';
export type { LabelledEnum, EnumValue } from './core/enum.js';
export { CalendarDateSchema, InstantSchema, IdSchema, LocaleSchema, BilingualTextSchema, inLocale } from './core/schema.js';
export type { CalendarDate, Instant, Id, Locale, BilingualText, DateRange } from './core/schema.js';
export type { DeepReadonly } from './core/readonly.js';
export { label, allLabels } from './labels.js';
export type { LabelledValue } from './labels.js';

// Entry points: where the README and the guides start. Imported from the modules that define them,
// not from the subpath barrels, so that the root's bundle holds only what these functions need.
export { chinaCalendar } from './calendar/china.js';
export { isWorkingDay, addWorkingDays, workingDaysBetween, deadlineAfter } from './calendar/working-days.js';
export type { CalendarResult } from './calendar/working-days.js';
export type { WorkCalendar } from './calendar/schema.js';
export { safeParseUscc, parseUscc } from './enterprise/uscc.js';
export type { Uscc } from './enterprise/uscc.js';
export { safeParseIssueCommand } from './issue/commands.js';
export type { IssueCommand } from './issue/commands.js';
export { executeIssueCommand, decideIssue, evolveIssue } from './issue/machine.js';
export { replayIssue } from './issue/verify.js';
export type { Issue, IssueEvent } from './issue/schema.js';
export { UNSAFE_NO_ACCESS_CHECK } from './issue/policy.js';
export type { IssueContext } from './issue/policy.js';
export type { Actor } from './vocabulary/actor.js';
export { route } from './escalation/route.js';
export type { Route } from './escalation/route.js';
export { validateLadder } from './escalation/validate.js';
export type { EscalationLadder } from './escalation/schema.js';
export { authorize } from './access/authorize.js';
export type { AccessDecision } from './access/authorize.js';
export { defaultAccessPolicy } from './access/defaults.js';
export type { AccessPolicy, AccessSubject } from './access/policy.js';
