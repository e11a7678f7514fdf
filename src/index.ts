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
export type { LabelledEnum, EnumValue } from './core/enum.js';
export { CalendarDateSchema, InstantSchema, IdSchema, LocaleSchema, BilingualTextSchema, inLocale } from './core/schema.js';
export type { CalendarDate, Instant, Id, Locale, BilingualText, DateRange } from './core/schema.js';
export type { DeepReadonly } from './core/readonly.js';
export { label, allLabels } from './labels.js';
export type { LabelledValue } from './labels.js';

// Entry points: where the README and the guides start
export { chinaCalendar, isWorkingDay, addWorkingDays, workingDaysBetween, deadlineAfter } from './calendar/index.js';
export type { WorkCalendar, CalendarResult } from './calendar/index.js';
export { safeParseUscc, parseUscc } from './enterprise/index.js';
export type { Uscc } from './enterprise/index.js';
export { safeParseIssueCommand, executeIssueCommand, decideIssue, evolveIssue, replayIssue } from './issue/index.js';
export type { Issue, IssueCommand, IssueEvent, IssueContext, Actor } from './issue/index.js';
export { route, validateLadder } from './escalation/index.js';
export type { EscalationLadder, Route } from './escalation/index.js';
export { authorize, defaultAccessPolicy } from './access/index.js';
export type { AccessPolicy, AccessSubject, AccessDecision } from './access/index.js';
