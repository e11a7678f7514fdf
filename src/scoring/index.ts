/**
 * Scoring (评估考核): mergeable tallies of issues and visits, rates, scoring schemes as data,
 * rankings, red and black lists, appraisal grades with quotas, outcome counters as configurable
 * measures, reward, promotion and accountability proposals and decisions, and fault tolerance
 * (容错免责) as data.
 *
 * @module qinqing/scoring
 */
export {
  tallyCounts,
  TallySchema,
  emptyTally,
  mergeTallies,
  TallyTableSchema,
  mergeTallyTables,
  tallyIssues,
  tallyIssuesBy,
  tallyVisits,
  pairedAdvisers,
} from './tally.js';
export type { TallyCount, Tally, TallyTable, TallyIssue, TallyGrouping, TallyIssuesOptions, TallyIssuesByOptions } from './tally.js';
export { RateName, wilsonLowerBound, rates } from './rates.js';
export type { Rates, RateOptions } from './rates.js';
export {
  ScoreInputSchema,
  ScoreCurveSchema,
  NoDataRule,
  ScoreItemSchema,
  DeductionCountSchema,
  ScoreDeductionSchema,
  ScoringSchemeSchema,
} from './scheme.js';
export type { DeductionCount, ScoringScheme } from './scheme.js';
export { scoreTally, scoreUnits, unitScoreDetail, explainScore } from './score.js';
export type { ItemScore, DeductionScore, UnitScore, CompactUnitScore, ScoreUnitsOptions } from './score.js';
export { jiaozuoScheme, hainingScheme, hotlineScheme, thresholdScheme, deductionScheme, hotlineStandardScheme } from './defaults.js';
export { rankUnits, redList, blackList, rankChanges } from './rank.js';
export type { RankOrder, RankOptions, RankEntry, RankedEntry, RankChange } from './rank.js';
export { DepartmentRatingSchema, rateDepartments } from './ratings.js';
export type { DepartmentRating, DepartmentRatingOptions, DepartmentStanding } from './ratings.js';
export { CadreRatingSchema, tallyCadreRatings } from './cadre-ratings.js';
export type { CadreRating, CadreRatingGrouping, TallyCadreRatingsOptions } from './cadre-ratings.js';
export {
  AppraisalGrade,
  AppraisalPool,
  AppraisalPolicySchema,
  defaultAppraisalPolicy,
  appraisalGrades,
} from './grades.js';
export type {
  AppraisalPolicy,
  AppraisalCandidate,
  AppraisalOutcome,
  AppraisalPoolSummary,
  AppraisalResult,
} from './grades.js';
export {
  FaultToleranceOutcome,
  SituationStatus,
  FaultToleranceFactSchema,
  FaultToleranceSituationSchema,
  FaultTolerancePolicySchema,
  FaultToleranceFactsSchema,
} from '../accountability/schema.js';
export type { FaultToleranceFact, FaultToleranceSituation, FaultTolerancePolicy, FaultToleranceFacts } from '../accountability/schema.js';
export { exampleFaultTolerancePolicy } from '../accountability/defaults.js';
export { decideFaultTolerance, validateFaultTolerancePolicy } from '../accountability/decide.js';
export type { SituationSide, SituationFinding, FaultToleranceDecision, FaultTolerancePolicyReport } from '../accountability/decide.js';
export {
  OutcomeMeasureKind,
  OutcomeMeasureSchema,
  OutcomeMeasureSetSchema,
  OutcomeRecordSchema,
  xingtaiOutcomeMeasures,
  tallyOutcomes,
} from './outcomes.js';
export type { OutcomeMeasure, OutcomeMeasureSet, OutcomeRecord, TallyOutcomesOptions, OutcomeRow, OutcomeTally } from './outcomes.js';
export {
  PersonnelDecisionKind,
  PersonnelProposalPolicySchema,
  defaultPersonnelProposalPolicy,
  proposePersonnelDecisions,
  PersonnelDecisionSchema,
  personnelDecisionSummary,
} from './rewards.js';
export type {
  PersonnelProposalPolicy,
  PersonnelProposal,
  PersonnelProposals,
  ProposePersonnelOptions,
  PersonnelDecision,
  PersonnelDecisionSummary,
} from './rewards.js';
