/**
 * Reports (报表): plain-data report tables — the work ledger (台账), batch and category summaries,
 * period summaries, the cadres below their problem quota, the policy-awareness rate (政策知晓率), the
 * help task ledger (帮扶任务台账) and the public listing of help task sheets, households masked — and
 * pure renderers to Markdown and CSV; and foresight (未诉先办): high-frequency, seasonal, rising and
 * shared unsolved problems found before the enterprises complain.
 *
 * @module qinqing/report
 */
export {
  ReportColumnKindSchema,
  ReportColumnSchema,
  ReportCellSchema,
  ReportTableSchema,
  formatRate,
  renderMarkdown,
  renderCsv,
} from './table.js';
export type { ReportColumnKind, ReportColumn, ReportCell, ReportRow, ReportTable, RenderOptions, RenderCsvOptions } from './table.js';
export type { ReportNames } from './names.js';
export { ledgerColumns, ledgerReport } from './ledger.js';
export type { LedgerIssue, LedgerReportOptions } from './ledger.js';
export { categoryBreakdown, defaultSummaryCounts, defaultSummaryRates, periodSummary, batchReport } from './summary.js';
export type { BreakdownIssue, CategoryBreakdownOptions, SummaryPeriod, PeriodSummaryOptions } from './summary.js';
export { quotaShortfallReport } from './quota.js';
export type { QuotaShortfallOptions } from './quota.js';
export { open311ClosedStates, Open311OptionsSchema, Open311ServiceRequestSchema, toOpen311ServiceRequest, toOpen311ServiceRequests } from './open311.js';
export type { Open311Options, Open311ServiceRequest, Open311Issue } from './open311.js';
export { helpTaskLedgerColumns, helpTaskLedger, PublicHelpTaskListingSchema, redactHelpTaskSheet } from './help-tasks.js';
export type { HelpTaskLedgerOptions, PublicHelpTaskListing, RedactHelpTaskOptions } from './help-tasks.js';
export { policyAwareness } from './awareness.js';
export type {
  EligiblePair,
  AwarenessVisit,
  AwarenessPairing,
  AwarenessEnterprise,
  AwarenessInput,
  AwarenessOptions,
  AwarenessCounts,
  AwarenessLine,
  UntoldPair,
  PolicyAwareness,
} from './awareness.js';
export { FindingKind, IndustryLevel, PlaceLevel, ForesightPolicySchema, defaultForesightPolicy, foresight } from '../foresight/index.js';
export type {
  ForesightPolicy,
  ForesightIssue,
  ForesightVisit,
  ForesightEnterprise,
  ForesightOptions,
  FindingEvidence,
  FindingOwner,
  FindingBase,
  Hotspot,
  SeasonalYear,
  SeasonalProblem,
  RisingProblem,
  UnsolvedCluster,
  Finding,
  ForesightIssuesRead,
  ForesightReport,
} from '../foresight/index.js';
