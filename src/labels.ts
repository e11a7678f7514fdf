import type { BilingualText, Locale } from './core/schema.js';
import { inLocale } from './core/schema.js';
import { deepFreeze } from './internal/freeze.js';
import { ActorRole } from './vocabulary/actor.js';
import { AnswerOutcome, DisputeStatus, ExtensionStatus, FeedbackLevel, IntakeChannel, IssueCommandType, IssueNature, IssueOrigin, IssueScope, IssueState, PauseStatus, Procedure, RedispatchClock, ServiceMode, SupervisionStep } from './vocabulary/issue.js';
import { YearStatus } from './calendar/coverage.js';
import { DerivedDayKind, Festival } from './calendar/schema.js';
import { AdviserKind, ExperienceBasis } from './org/adviser.js';
import { EnterpriseRelatedClass, RoundingMode } from './org/department.js';
import { ExpertKind } from './org/expert.js';
import { CadreTrack } from './org/pool.js';
import { TrainingAudience } from './org/training.js';
import { GovernmentLevel } from './org/level.js';
import { GoverningBodyKind, OfficialRole } from './org/official.js';
import { ParkKind } from './enterprise/park.js';
import { EnterpriseScale, KeyEnterpriseLevel, MarketEntityType, SizeIndicator } from './enterprise/schema.js';
import { UsccAuthority, UsccEntityKind } from './enterprise/uscc-codes.js';
import { ArchiveItem } from './procedure/archive.js';
import { MatterKind, ProcedureRule } from './procedure/classify.js';
import { Urgency } from './procedure/limits.js';
import { PolicyFact, PolicyMatchStatus, PolicyMode } from './policy/schema.js';
import { AccessAction, AccessEffect, AccessScope } from './access/enums.js';
import { SupervisionColour } from './supervision/policy.js';
import { EscalationHolder } from './escalation/schema.js';
import { RecurrenceBasis, RecurrenceStatus } from './issue/recurrence.js';
import { DuplicateBasis } from './issue/duplicates.js';
import { IssueGuard } from './issue/transitions.js';
import { MeetingCadenceUnit, MeetingKind, MeetingRoll } from './meeting/schema.js';
import { MatchProposers } from './pairing/match.js';
import { PairingSelection } from './pairing/schema.js';
import { SecondmentDirection } from './pairing/secondment.js';
import { GridGap, HelpTaskCommandType, HelpTaskStatus, VisitCadenceRole, VisitCadenceScope, VisitMode, VisitPeriodUnit, VisitStatus, VisitTargetKind } from './visit/enums.js';
import { AppraisalGrade, AppraisalPool } from './scoring/grades.js';
import { RateName } from './scoring/rates.js';
import { NoDataRule } from './scoring/scheme.js';
import { FindingKind, IndustryLevel, PlaceLevel } from './foresight/policy.js';
import { FaultToleranceOutcome, SituationStatus } from './accountability/schema.js';
import { OutcomeMeasureKind } from './scoring/outcomes.js';
import { PersonnelDecisionKind } from './scoring/rewards.js';
import { RectificationGround, RectificationState } from './supervision/rectification.js';
import { CampaignBatchStatus, CampaignMeasure, CampaignPhaseStatus, CampaignTargetStatus } from './campaign/schema.js';
import { ContactCardRole, ContactChannel } from './org/contact-card.js';
import { FirstContactStatus, FirstContactViolation } from './issue/first-contact.js';

/**
 * Every enum value qinqing defines with its zh-CN and English labels, in one table; a value shared
 * by two enums has the same labels in both.
 *
 * @example
 * ```ts
 * allLabels.springFestival; // { zh: '春节', en: 'Spring Festival' }
 * ```
 * @category Core
 */
export const allLabels = /* @__PURE__ */ deepFreeze({
  ...Festival.labels,
  ...DerivedDayKind.labels,
  ...YearStatus.labels,
  ...MarketEntityType.labels,
  ...KeyEnterpriseLevel.labels,
  ...EnterpriseScale.labels,
  ...SizeIndicator.labels,
  ...ParkKind.labels,
  ...UsccAuthority.labels,
  ...UsccEntityKind.labels,
  ...GovernmentLevel.labels,
  ...AdviserKind.labels,
  ...ExperienceBasis.labels,
  ...EnterpriseRelatedClass.labels,
  ...OfficialRole.labels,
  ...GoverningBodyKind.labels,
  ...ExpertKind.labels,
  ...RoundingMode.labels,
  ...IntakeChannel.labels,
  ...IssueScope.labels,
  ...IssueNature.labels,
  ...IssueOrigin.labels,
  ...Procedure.labels,
  ...IssueState.labels,
  ...IssueCommandType.labels,
  ...IssueGuard.labels,
  ...AnswerOutcome.labels,
  ...FeedbackLevel.labels,
  ...ServiceMode.labels,
  ...SupervisionStep.labels,
  ...ExtensionStatus.labels,
  ...PauseStatus.labels,
  ...DisputeStatus.labels,
  ...RedispatchClock.labels,
  ...ActorRole.labels,
  ...SupervisionColour.labels,
  ...RecurrenceBasis.labels,
  ...RecurrenceStatus.labels,
  ...DuplicateBasis.labels,
  ...ArchiveItem.labels,
  ...MatterKind.labels,
  ...ProcedureRule.labels,
  ...Urgency.labels,
  ...PolicyMode.labels,
  ...PolicyFact.labels,
  ...PolicyMatchStatus.labels,
  ...EscalationHolder.labels,
  ...PairingSelection.labels,
  ...SecondmentDirection.labels,
  ...MatchProposers.labels,
  ...MeetingKind.labels,
  ...MeetingCadenceUnit.labels,
  ...MeetingRoll.labels,
  ...VisitMode.labels,
  ...VisitCadenceRole.labels,
  ...VisitCadenceScope.labels,
  ...VisitPeriodUnit.labels,
  ...VisitStatus.labels,
  ...GridGap.labels,
  ...VisitTargetKind.labels,
  ...HelpTaskStatus.labels,
  ...HelpTaskCommandType.labels,
  ...RateName.labels,
  ...NoDataRule.labels,
  ...AppraisalGrade.labels,
  ...AppraisalPool.labels,
  ...AccessAction.labels,
  ...AccessScope.labels,
  ...AccessEffect.labels,
  ...FindingKind.labels,
  ...IndustryLevel.labels,
  ...PlaceLevel.labels,
  ...FaultToleranceOutcome.labels,
  ...SituationStatus.labels,
  ...CadreTrack.labels,
  ...TrainingAudience.labels,
  ...OutcomeMeasureKind.labels,
  ...PersonnelDecisionKind.labels,
  ...RectificationGround.labels,
  ...RectificationState.labels,
  ...CampaignMeasure.labels,
  ...CampaignPhaseStatus.labels,
  ...CampaignTargetStatus.labels,
  ...CampaignBatchStatus.labels,
  ...ContactCardRole.labels,
  ...ContactChannel.labels,
  ...FirstContactViolation.labels,
  ...FirstContactStatus.labels,
} as const satisfies Record<string, BilingualText>);

/**
 * Any enum value that qinqing defines (festivals, market-entity types, adviser kinds, roles, …).
 *
 * @category Core
 */
export type LabelledValue = keyof typeof allLabels;

/**
 * The display label of an enum value qinqing defines, in Chinese or English. A value qinqing does
 * not know (data from a newer version, a typo in stored data) is shown as it is, never thrown on.
 *
 * @param value - The enum value, e.g. `'springFestival'` or `'executiveDeputyMayor'`.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The label, or the value itself when it has none.
 * @example
 * ```ts
 * label('executiveDeputyMayor', 'zh-CN'); // '常务副市长'
 * label('springFestival', 'en'); // 'Spring Festival'
 * label('notAValue' as LabelledValue, 'en'); // 'notAValue'
 * ```
 * @category Core
 */
export function label(value: LabelledValue, locale: Locale): string {
  return Object.hasOwn(allLabels, value) ? inLocale(allLabels[value], locale) : String(value);
}
