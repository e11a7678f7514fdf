/**
 * Scoring (评估考核): mergeable tallies of issues and visits, rates, scoring schemes as data,
 * rankings, red and black lists, and appraisal grades with quotas.
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
