/**
 * Enterprise issues (企业诉求): the lifecycle as a transition table stepped by one pure function,
 * with audit events and replay; supervision (joint supervision steps, 限期整改 orders for
 * departments), batches, close-out lists and recurrence.
 *
 * @module qinqing/issue
 */
export { IntakeChannel, IssueScope, IssueNature, IssueOrigin, Procedure, IssueState, IssueCommandType, AnswerOutcome, FeedbackLevel, ServiceMode, SupervisionStep, ExtensionStatus, PauseStatus, DisputeStatus, RedispatchClock } from '../vocabulary/issue.js';
export { ActorRole } from '../vocabulary/actor.js';
export { ActorSchema } from '../vocabulary/actor.js';
export { ExtensionSchema, AnswerSchema, LedgerEntrySchema, DossierSchema, DossierAddedSchema, ReturnRecordSchema, IssueEscalationSchema, IssueClocksSchema, PauseSchema, DisputeSchema, CallbackSchema, IssueFieldsSchema, IssueChangesSchema, IssueEventSchema, IssueEventV1Schema, IssueSchema, issueEventSchemaVersion } from './schema.js';
export type { Actor } from '../vocabulary/actor.js';
export type { Extension, Answer, LedgerEntry, Dossier, DossierAdded, ReturnRecord, IssueEscalation, IssueClocks, Pause, Dispute, Callback, IssueChanges, IssueEvent, IssueEventV1, Issue } from './schema.js';
export { TimeLimitSchema, IssueCommandSchema, safeParseIssueCommand, parseIssueCommand, safeParseIssueEvents } from './commands.js';
export type { TimeLimit, IssueCommand, ParseIssueEventsOptions } from './commands.js';
export { verifyIssueChain, issueChainHead, issueEventDigest, sameIssue } from './chain.js';
export type { IssueChainHead, IssueChainOptions } from './chain.js';
export { upgradeIssueEventV1 } from './upgrade.js';
export { ReasonCodeSchema, ReasonListSchema, EvaluationLevelSchema, EvaluationScaleSchema, defaultEvaluationScale, defaultPauseReasons, defaultDisputeReasons, defaultDissatisfactionReasons } from './evaluation.js';
export type { ReasonCode, EvaluationScale } from './evaluation.js';
export { LifecyclePolicySchema, defaultLifecyclePolicy, UNSAFE_NO_ACCESS_CHECK } from './policy.js';
export type { LifecyclePolicy, IssueContext } from './policy.js';
export { IssueGuard, issueTransitions } from './transitions.js';
export type { IssueTransition } from './transitions.js';
export { decideIssue, evolveIssue, executeIssueCommand } from './machine.js';
export { verifyIssueHistory, replayIssue, safeParseIssue, UNSAFE_SKIP_VERIFICATION } from './verify.js';
export type { HistoryContext } from './verify.js';
export { escalationCommand } from './escalate.js';
export { problemOrder, followUpList } from './follow-ups.js';
export type { ProblemOrderVerdict, CallbackDue, FixDue, FollowUpList } from './follow-ups.js';
export { issueTransitionTableMarkdown, issueLifecycleMermaid } from './diagram.js';
export { SupervisionColour, supervisionColourRank, SupervisionPolicySchema, defaultSupervisionPolicy } from '../supervision/policy.js';
export { supervisionStepRank } from '../vocabulary/issue.js';
export { supervisionStatus } from '../supervision/status.js';
export { clockStatus, clockBoard } from '../supervision/clocks.js';
export type { ClockName, ClockLimitLike, ClockPause, AssignmentClocks, ClockedIssue, ClockState, ClockPauseStatus, ClockStatus, ClockBoardLine, ClockBoard } from '../supervision/clocks.js';
export type { SupervisionPolicy } from '../supervision/policy.js';
export type { SupervisionStatus, SupervisedIssue } from '../supervision/status.js';
export { supervisingRoles, SupervisingBodySchema } from '../supervision/bodies.js';
export type { SupervisingBody } from '../supervision/bodies.js';
export { supervisionSteps } from './supervision-steps.js';
export type { SupervisionRecord } from './supervision-steps.js';
export {
  RectificationGround,
  RectificationState,
  RectificationLimitSchema,
  RectificationOrderSchema,
  rectifyOrder,
  rectificationDueOn,
  rectificationStatus,
} from '../supervision/rectification.js';
export type { RectificationLimit, RectificationOrder, RectificationReport, RectificationStatus } from '../supervision/rectification.js';
export { assignBatch, batchSummary } from './batch.js';
export type { IssueBatch, BatchAssignment, BatchSummary } from './batch.js';
export { dailyCloseOut, weeklySupervisionList } from './lists.js';
export type { DailyCloseOut, SupervisionListEntry, WeeklySupervisionList } from './lists.js';
export {
  RecurrenceBasis,
  RecurrencePolicySchema,
  RecurrenceStatus,
  defaultRecurrencePolicy,
  findRecurrences,
} from './recurrence.js';
export type { RecurrencePolicy, Recurrence } from './recurrence.js';
export { DuplicateBasis, suggestDuplicates, mergedView, mergedChildren } from './duplicates.js';
export type {
  ParkOf,
  DuplicateOptions,
  DuplicateCandidate,
  DuplicatePair,
  DuplicateGroup,
  TruncatedBucket,
  DuplicateSuggestions,
  MergeChild,
  MergeParent,
  MergedView,
} from './duplicates.js';
export {
  FirstContactViolation,
  FirstContactStatus,
  FirstContactRuleSchema,
  jiaozuoFirstContactRule,
  FirstContactPartySchema,
  FirstContactStepSchema,
  FirstContactCaseSchema,
  checkFirstContact,
} from './first-contact.js';
export type {
  FirstContactRule,
  FirstContactParty,
  FirstContactStep,
  FirstContactCase,
  FirstContactOwnership,
  FirstContactBreach,
  FirstContactReport,
} from './first-contact.js';
