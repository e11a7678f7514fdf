/** The no-throw registry of `qinqing/scoring`, `qinqing/report`, `qinqing/access` and `qinqing/privacy`. */
import { fc } from '@fast-check/vitest';
import * as accessBarrel from '../../../src/access/index.js';
import {
  batchSummary,
  chinaCalendar,
  deductionScheme,
  defaultAccessPolicy,
  appraisalGrades,
  defaultAppraisalPolicy,
  defaultPairingPolicy,
  defaultPersonnelProposalPolicy,
  exampleFaultTolerancePolicy,
  xingtaiOutcomeMeasures,
  defaultSummaryCounts,
  emptyTally,
  tallyCounts,
  hainingScheme,
  hotlineScheme,
  hotlineStandardScheme,
  IssueCommandType,
  jiaozuoScheme,
  jiaozuoServiceAreas,
  ledgerReport,
  problemQuota,
  rankUnits,
  RateName,
  scoreTally,
  thresholdScheme,
  unwrap,
  type AccessAction,
  type RankedEntry,
  type AwarenessInput,
  type ReportTable,
  type ScoringScheme,
  type TallyGrouping,
  type TallyIssue,
  type UnitScore,
} from '../everything.js';
import type * as privacyBarrel from '../../../src/privacy/index.js';
import type * as reportBarrel from '../../../src/report/index.js';
import type * as scoringBarrel from '../../../src/scoring/index.js';
import { arbPairing, arbScoringScheme, arbTally, arbVisit } from '../../../src/testing/index.js';
import { anyInput, anyText } from '../hostile.js';
import type { ArgsOf } from '../registry.js';
import { foresightArgs } from './foresight.js';
import { targetReportArgs } from './targets.js';
import { actor, context, date, from, issue, issues, locale, period, pool, someIssues } from '../valid.js';

const tally = fc.oneof(fc.constant(emptyTally), from(arbTally(), 30));
const unitIds = ['d1', 'd2', 'd3', 'd-power', 'e1'] as const;
const table = fc.dictionary(fc.constantFrom(...unitIds), tally, { maxKeys: 5 });
const builtInSchemes: readonly ScoringScheme[] = [jiaozuoScheme, hainingScheme, hotlineScheme, thresholdScheme, deductionScheme, hotlineStandardScheme];
const scheme = fc.oneof(fc.constantFrom(...builtInSchemes), from(arbScoringScheme(), 20));
const grouping: fc.Arbitrary<TallyGrouping<TallyIssue>> = fc.oneof(
  fc.constantFrom('department' as const, 'enterprise' as const),
  fc.constant({ byEnterprise: Object.fromEntries(issues.map((i, k) => [i.enterpriseId, k % 2 === 0 ? 'a1' : ['a1', 'a2']])) }),
  fc.constant((i: TallyIssue) => i.leadDepartmentId),
);
const rankEntries = fc.array(fc.record({ id: fc.constantFrom(...unitIds), score: fc.option(fc.integer({ min: 0, max: 100 })) }), { maxLength: 6 });
const ranked: fc.Arbitrary<RankedEntry[]> = rankEntries.map((es) => {
  const r = rankUnits(es);
  return r.ok ? r.value : [];
});
const unitScores: readonly UnitScore[] = pool(fc.tuple(tally, fc.constantFrom(...builtInSchemes)), 20).flatMap(([t, s]) => {
  const r = scoreTally(t, s, {}, 'd1');
  return r.ok ? [r.value] : [];
});
const rateOptions = fc.record({ basicallySatisfiedCredit: fc.double({ min: 0, max: 1, noNaN: true }), wilsonZ: fc.double({ min: 0, max: 5, noNaN: true }) }, { requiredKeys: [] });

/** Issue 19: facts of a fault-tolerance case (true, false, null or absent), a small list of one's own. */
const faultFacts = fc.dictionary(fc.constantFrom(...exampleFaultTolerancePolicy.facts.map((f) => f.key)), fc.constantFrom(true, false, null), { maxKeys: 8 });
const smallFaultList = {
  ...exampleFaultTolerancePolicy,
  id: 'small',
  exemptions: exampleFaultTolerancePolicy.exemptions.slice(0, 2),
  accountabilities: exampleFaultTolerancePolicy.accountabilities.slice(4),
};
const outcomeRecords = fc
  .array(
    fc.record(
      { measure: fc.constantFrom('trademarksRegistered', 'enterprisesFinanced', 'financingAmount'), value: fc.nat({ max: 20 }), on: date, adviserId: fc.constantFrom('a1', 'a2'), departmentId: fc.constant('d1'), enterpriseId: fc.constantFrom('e1', 'e2') },
      { requiredKeys: ['measure', 'value', 'on'] },
    ),
    { maxLength: 8 },
  )
  .map((rs) => rs.map((r, i) => ({ ...r, id: `o${i}` })));
const appraisal = fc
  .uniqueArray(fc.record({ id: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'), score: fc.integer({ min: 30, max: 100 }), seconded: fc.boolean() }), { selector: (p) => p.id, maxLength: 7 })
  .map((people) => unwrap(appraisalGrades(people)));
const personnelDecisions = fc
  .array(fc.record({ personId: fc.constantFrom('p1', 'p2'), kind: fc.constantFrom('reward', 'promotion', 'administrativeAccountability'), decidedOn: date, decidedBy: fc.constant('市委'), reason: fc.constant({ zh: '表现突出', en: 'Outstanding' }) }), { maxLength: 5 })
  .map((ds) => ds.map((d, i) => ({ ...d, id: `d${i}` })));

export const scoringArgs = {
  mergeTallies: fc.tuple(tally, tally),
  mergeTallyTables: fc.array(table, { maxLength: 4 }),
  tallyIssues: fc.tuple(someIssues, fc.record({ period, by: grouping, countMergedChildren: fc.boolean() }, { requiredKeys: ['period', 'by'] })),
  tallyIssuesBy: fc.tuple(
    someIssues,
    fc.record({ period, by: fc.record({ department: grouping, adviser: grouping }, { requiredKeys: [] }), countMergedChildren: fc.boolean() }, { requiredKeys: ['period', 'by'] }),
  ),
  tallyVisits: fc.tuple(fc.array(fc.record({ id: fc.constantFrom(...unitIds), due: fc.nat({ max: 12 }), done: fc.nat({ max: 12 }) }), { maxLength: 5 })),
  pairedAdvisers: fc.tuple(fc.constant([]), fc.constant('2026-06-01')),
  wilsonLowerBound: fc.oneof(
    fc.tuple(fc.nat({ max: 300 }), fc.nat({ max: 300 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
    fc.tuple(fc.nat({ max: 300 }), fc.nat({ max: 300 }), fc.double({ min: 0, max: 5, noNaN: true })).map(([a, b, z]) => [Math.min(a, b), Math.max(a, b), z] as [number, number, number]),
  ),
  rates: fc.oneof(fc.tuple(tally), fc.tuple(tally, rateOptions)),
  scoreTally: fc.oneof(
    fc.tuple(tally, scheme),
    fc.tuple(tally, scheme, fc.dictionary(fc.constantFrom('hotlineScore', 'inspection', 'x'), fc.integer({ min: 0, max: 100 })), fc.constantFrom(...unitIds)),
  ),
  scoreUnits: fc.oneof(
    fc.tuple(table, scheme),
    fc.tuple(table, scheme, fc.record({ externals: fc.constant({ d1: { hotlineScore: 90 } }), units: fc.subarray([...unitIds]) }, { requiredKeys: [] })),
  ),
  explainScore: fc.tuple(fc.constantFrom(...unitScores), fc.constantFrom(...builtInSchemes), locale),
  unitScoreDetail: fc.tuple(fc.record({ id: fc.constantFrom(...unitIds), score: fc.constant(null), max: fc.constant(100), tally, externals: fc.constant({ hotlineScore: 90 }) }), scheme),
  rankUnits: fc.oneof(fc.tuple(rankEntries), fc.tuple(rankEntries, fc.record({ order: fc.constantFrom('asc' as const, 'desc' as const) }, { requiredKeys: [] }))),
  redList: fc.tuple(ranked, fc.nat({ max: 6 })),
  blackList: fc.tuple(ranked, fc.nat({ max: 6 })),
  rankChanges: fc.tuple(ranked, ranked),
  rateDepartments: fc.oneof(
    fc.tuple(fc.array(fc.record({ enterpriseId: fc.constantFrom('e1', 'e2', 'e3'), departmentId: fc.constantFrom('d1', 'd2'), level: fc.constantFrom('satisfied', 'basicallySatisfied', 'unsatisfied') }), { maxLength: 10 })),
    fc.tuple(
      fc.array(fc.record({ enterpriseId: fc.constantFrom('e1', 'e2', 'e3'), departmentId: fc.constantFrom('d1', 'd2'), level: fc.constantFrom('satisfied', 'basicallySatisfied', 'unsatisfied') }), { maxLength: 10 }),
      fc.record({ minRatings: fc.nat({ max: 5 }), basicallySatisfiedCredit: fc.constant(0.8), wilsonZ: fc.constant(1.96) }, { requiredKeys: [] }),
    ),
  ),
  appraisalGrades: fc.oneof(
    fc.tuple(fc.array(fc.record({ id: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'), score: fc.integer({ min: 0, max: 100 }), seconded: fc.boolean(), tieBreakers: fc.array(fc.nat({ max: 10 }), { maxLength: 2 }) }, { requiredKeys: ['id', 'score'] }), { maxLength: 8 })),
    fc.tuple(fc.array(fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), score: fc.integer({ min: 0, max: 100 }) }), { maxLength: 8 }), fc.constant(defaultAppraisalPolicy)),
  ),
  decideFaultTolerance: fc.tuple(faultFacts, fc.constantFrom(exampleFaultTolerancePolicy, smallFaultList)),
  validateFaultTolerancePolicy: fc.tuple(anyInput(fc.constantFrom(exampleFaultTolerancePolicy, smallFaultList))),
  tallyOutcomes: fc.tuple(outcomeRecords, fc.constant(xingtaiOutcomeMeasures), fc.record({ period, by: fc.constantFrom('adviser', 'department', 'enterprise', 'none'), per: fc.constantFrom('month', 'quarter', 'year', 'period') }, { requiredKeys: ['period'] })),
  proposePersonnelDecisions: fc.oneof(
    fc.tuple(appraisal),
    fc.tuple(appraisal, fc.constant(defaultPersonnelProposalPolicy), fc.record({ ranking: ranked }, { requiredKeys: [] })),
  ),
  personnelDecisionSummary: fc.tuple(personnelDecisions, period),
  // Part 14 (issue 19): ratings of cadres on two dimensions, service and professional fit (002).
  tallyCadreRatings: fc.tuple(
    fc.array(
      fc.record(
        {
          enterpriseId: fc.constantFrom('e1', 'e2', 'e3'),
          adviserId: fc.constantFrom('a1', 'a2'),
          on: date,
          service: fc.constantFrom('satisfied' as const, 'basicallySatisfied' as const, 'unsatisfied' as const),
          professionalFit: fc.constantFrom('satisfied' as const, 'basicallySatisfied' as const, 'unsatisfied' as const, null),
        },
        { requiredKeys: ['enterpriseId', 'adviserId', 'on', 'service'] },
      ),
      { maxLength: 8 },
    ),
    fc.record(
      { by: fc.constantFrom('adviser' as const, 'enterprise' as const, { byAdviser: { a1: 'd1', a2: ['d1', 'd2'] } }, () => 'city'), period },
      { requiredKeys: ['by'] },
    ),
  ),
} satisfies ArgsOf<typeof scoringBarrel>;

const ledger: ReportTable = unwrap(ledgerReport(issues, { locale: 'zh-CN', taxonomy: jiaozuoServiceAreas }));
const batch = unwrap(batchSummary(issues, 'b1', '2026-07-01', chinaCalendar));
const quotaLines = unwrap(problemQuota([{ id: 'a1', kind: 'contactLeader' }], [{ id: 'p1', adviserId: 'a1', enterpriseId: issues[0]?.enterpriseId ?? 'e1', parkId: null, since: '2025-01-01', until: null, selection: 'appointed' }], issues, defaultPairingPolicy, { from: '2026-01-01', to: '2026-12-31' }));
const names = fc.record(
  { enterprises: fc.constant({ e1: '恒信机械' }), departments: fc.constant({ 'd-power': '供电公司' }), advisers: fc.constant({ a1: '王伟' }) },
  { requiredKeys: [] },
);

/** Names to mask (Part 9): a contact person, an enterprise, hostile texts, a one-character name. */
const maskNames = fc.array(anyText(fc.constantFrom('王伟', '恒信机械', '张', 'Acme Ltd')), { maxLength: 4 });
const maskOptions = fc.record({ names: maskNames, unsafeShowPersonalData: fc.boolean() }, { requiredKeys: [] });

/** Options of the Open311 export (issue 17): every field, any subset. */
const open311Options = fc.record(
  {
    locale,
    taxonomy: fc.constant(jiaozuoServiceAreas),
    departments: fc.constant({ 'd-power': '供电公司' }),
    maskNames,
    closedStates: fc.subarray(['closed', 'withdrawn', 'confirmed', 'answered'] as const),
  },
  { requiredKeys: [] },
);

/** The input of policyAwareness (Part 13): eligible pairs, visits with policies delivered, pairings, enterprises, a period or an asOf. */
const awarenessEnterpriseIds = ['e1', 'e2', 'e3'] as const;
const awarenessData = fc.record({
  eligible: fc.array(fc.record({ policyId: fc.constantFrom('pol1', 'pol2', 'tax-relief'), enterpriseId: fc.constantFrom(...awarenessEnterpriseIds) }), { maxLength: 6 }),
  visits: fc.array(from(arbVisit({ visitorIds: ['a1', 'a2'], enterpriseIds: [...awarenessEnterpriseIds], policyIds: ['pol1', 'pol2', 'tax-relief'], from: '2025-06-01', to: '2026-06-30' }), 40), { maxLength: 6 }),
  pairings: fc.array(from(arbPairing({ adviserIds: ['a1', 'a2', 'a3'], enterpriseIds: [...awarenessEnterpriseIds], parkIds: ['park1'], from: '2025-01-01', to: '2026-12-31' }), 30), { maxLength: 4 }),
  enterprises: fc.uniqueArray(fc.record({ id: fc.constantFrom(...awarenessEnterpriseIds), countyId: fc.constantFrom('c1', 'c2'), gridId: fc.constantFrom('g1', 'g2'), parkId: fc.constant('park1') }, { requiredKeys: ['id'] }), { selector: (e) => e.id, maxLength: 3 }),
});
const awarenessInput: fc.Arbitrary<AwarenessInput> = fc.oneof(
  fc.tuple(awarenessData, period).map(([d, p]): AwarenessInput => ({ ...d, period: p })),
  fc.tuple(awarenessData, date).map(([d, asOf]): AwarenessInput => ({ ...d, asOf })),
);
const awarenessOptions = fc.record(
  {
    requireAcknowledgement: fc.boolean(),
    departmentOf: fc.constant({ a1: 'd1', a2: 'd2' }),
    untoldFor: fc.constantFrom('a1', 'a2', 'a9'),
    limit: fc.nat({ max: 10 }),
    offset: fc.nat({ max: 5 }),
  },
  { requiredKeys: [] },
);

export const reportArgs = {
  ...foresightArgs,
  ...targetReportArgs,
  formatRate: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true })),
  renderMarkdown: fc.oneof(fc.tuple(fc.constant(ledger), locale), fc.tuple(fc.constant(ledger), locale, maskOptions)),
  renderCsv: fc.oneof(
    fc.tuple(fc.constant(ledger), locale),
    fc.tuple(fc.constant(ledger), locale, fc.record({ rates: fc.constantFrom('percent' as const, 'number' as const), bom: fc.boolean(), names: maskNames, unsafeShowPersonalData: fc.boolean() }, { requiredKeys: [] })),
  ),
  ledgerReport: fc.tuple(
    someIssues,
    fc.record(
      { locale, taxonomy: fc.constant(jiaozuoServiceAreas), period, names, calendar: fc.constant({ provisionalFrom: 2027 }), maskNames, unsafeShowPersonalData: fc.boolean() },
      { requiredKeys: ['locale'] },
    ),
  ),
  categoryBreakdown: fc.tuple(someIssues, fc.record({ period, locale, taxonomy: fc.constant(jiaozuoServiceAreas), rateOptions }, { requiredKeys: ['period', 'locale'] })),
  periodSummary: fc.tuple(
    fc.array(fc.record({ label: fc.oneof(fc.constant('2026'), fc.constant({ zh: '上半年', en: 'H1' })), period, tally }, { requiredKeys: ['period', 'tally'] }), { maxLength: 4 }),
    fc.record({ locale, rateOptions, counts: fc.oneof(fc.subarray([...defaultSummaryCounts]), fc.subarray([...tallyCounts])), rates: fc.subarray([...RateName.schema.options]) }, { requiredKeys: ['locale'] }),
  ),
  batchReport: fc.tuple(fc.array(fc.constant(batch), { maxLength: 3 }), locale),
  quotaShortfallReport: fc.tuple(fc.constant(quotaLines), fc.record({ locale, names }, { requiredKeys: ['locale'] })),
  toOpen311ServiceRequest: fc.oneof(fc.tuple(issue), fc.tuple(issue, open311Options)),
  toOpen311ServiceRequests: fc.oneof(fc.tuple(someIssues), fc.tuple(someIssues, open311Options)),
  policyAwareness: fc.oneof(fc.tuple(awarenessInput), fc.tuple(awarenessInput, awarenessOptions)),
} satisfies ArgsOf<typeof reportBarrel>;

const actions: readonly AccessAction[] = [...IssueCommandType.schema.options, 'read', 'list', 'export'].filter((a): a is AccessAction => accessBarrel.AccessAction.schema.safeParse(a).success);
const subject = context.chain((c) => (c.access === 'UNSAFE_NO_ACCESS_CHECK' ? fc.constant({ id: 'office', role: 'leadingGroupOffice' as const, level: 'city' as const }) : fc.constant(c.access.subject)));
const countyOf = fc.oneof(fc.constant({ e1: 'c1', e2: 'c2' }), fc.constant((id: string) => (id === 'e1' ? 'c1' : undefined)));

const personalText = anyText(fc.constantFrom('电话 0391-1234567，邮箱 wang@example.com', '手机13912345678', '无', '91340600MA2PBP2120 王伟 1,234,567.89 元'));

export const accessArgs = {
  issueAccessTarget: fc.oneof(fc.tuple(issue), fc.tuple(issue, countyOf)),
  authorize: fc.oneof(
    fc.tuple(subject, fc.constantFrom(...actions), issue, fc.constant(defaultAccessPolicy)),
    fc.tuple(
      subject,
      fc.constantFrom(...actions),
      fc.record({ countyId: fc.constant('c1'), enterpriseId: fc.constant('e1'), departmentId: fc.constant('d-power'), coHandlerIds: fc.constant(['d-land']) }, { requiredKeys: [] }),
      fc.constant(defaultAccessPolicy),
      fc.record({ countyOf }, { requiredKeys: [] }),
    ),
  ),
  authorizeIssueCommand: fc.tuple(
    fc.option(issue),
    fc.record({ type: fc.constantFrom(...IssueCommandType.schema.options), actor, enterpriseId: fc.constantFrom('e1', 'e2') }, { requiredKeys: ['type', 'actor'] }),
    fc.record({ policy: fc.constant(defaultAccessPolicy), subject, countyOf }, { requiredKeys: ['policy', 'subject'] }),
  ),
  checkRoleLaw: fc.oneof(
    fc.tuple(
      fc.option(issue),
      fc.record({ type: fc.constantFrom(...IssueCommandType.schema.options), actor, enterpriseId: fc.constantFrom('e1', 'e2') }, { requiredKeys: ['type', 'actor'] }),
    ),
    fc.tuple(fc.option(issue), fc.record({ type: fc.constantFrom(...IssueCommandType.schema.options), actor }), fc.constantFrom('e1', 'e2')),
  ),
  maskContactData: fc.oneof(fc.tuple(personalText), fc.tuple(personalText, fc.record({ names: maskNames }, { requiredKeys: [] }))),
  maskPersonalData: fc.oneof(fc.tuple(personalText), fc.tuple(personalText, fc.record({ names: maskNames }, { requiredKeys: [] }))),
  redactForPublicListing: fc.oneof(fc.tuple(issue), fc.tuple(issue, fc.record({ names: maskNames }, { requiredKeys: [] }))),
  safeParseAccessPolicy: fc.tuple(anyInput(fc.constant(defaultAccessPolicy))),
} satisfies ArgsOf<typeof accessBarrel>;

/** The no-throw registry of `qinqing/privacy` (Part 9). */
export const privacyArgs = {
  maskContactData: accessArgs.maskContactData,
  maskPersonalData: accessArgs.maskPersonalData,
} satisfies ArgsOf<typeof privacyBarrel>;
