/** The no-throw registry of `qinqing/issue`, `qinqing/procedure`, `qinqing/escalation` and `qinqing/meeting`. */
import { fc } from '@fast-check/vitest';
import type * as escalationBarrel from '../../../src/escalation/index.js';
import {
  chinaCalendar,
  defaultMeetingSeries,
  defaultRecurrencePolicy,
  defaultSupervisionPolicy,
  defaultLifecyclePolicy,
  IssueState,
  SupervisionColour,
  SupervisionStep,
  xingtaiProcedurePolicy,
  jiaozuoFirstContactRule,
  beijingTimeLimits,
  shandongEnterpriseTimeLimits,
  Urgency,
  type IssueBatch,
  type Matter,
  type SupervisedIssue,
  UNSAFE_SKIP_VERIFICATION,
} from '../everything.js';
import type * as issueBarrel from '../../../src/issue/index.js';
import type { MergeChild, MergeParent } from '../../../src/issue/index.js';
import type * as meetingBarrel from '../../../src/meeting/index.js';
import type * as procedureBarrel from '../../../src/procedure/index.js';
import { arbInvalidIssueCommand, arbInvalidLadder, arbLadder } from '../../../src/testing/index.js';
import { anyInput } from '../hostile.js';
import { arbClocked, designFields } from '../../supervision/fixtures.js';
import { order, rectification } from './campaign.js';
import type { ArgsOf } from '../registry.js';
import { actor, calendar, command, context, date, event, extraFacts, from, history, instant, issue, issues, ladder, ladders, locale, period, routes, someIssues } from '../valid.js';

const step = fc.constantFrom(...SupervisionStep.schema.options);
const supervised: fc.Arbitrary<SupervisedIssue> = fc.oneof(
  issue,
  fc.record({ id: fc.constantFrom('i1', 'i2'), state: fc.constantFrom(...IssueState.schema.options), assignedOn: fc.option(date), deadline: fc.option(date), supervisionStep: step }),
);
/** An issue with clocks (issue 17), or one without. */
const clockedIssue = fc.oneof(
  arbClocked.map((c) => c.issue),
  fc.constant({ ...designFields, id: 'no-clocks' }),
);
const batch: fc.Arbitrary<IssueBatch> = fc.record(
  {
    batchId: fc.constantFrom('b1', 'lishui-1'),
    actor,
    at: instant,
    timeLimit: fc.oneof(fc.record({ workingDays: fc.integer({ min: 1, max: 30 }) }), fc.record({ dueOn: date })),
    departmentOf: fc.constant(Object.fromEntries(issues.map((i) => [i.id, 'd-power']))),
    coHandlersOf: fc.constant(Object.fromEntries(issues.map((i) => [i.id, ['d-land']]))),
    note: fc.constant('第一批'),
  },
  { requiredKeys: ['batchId', 'actor', 'at', 'timeLimit', 'departmentOf'] },
);
/** A party of the first-contact ledger: a department, sometimes with its official. */
const firstContactParty = fc.record({ departmentId: fc.constantFrom('d-ind', 'd-land', 'd-tax'), officialId: fc.constant('o-1') }, { requiredKeys: ['departmentId'] });
const industryOf = fc.constant(Object.fromEntries(issues.map((i) => [i.enterpriseId, 'C34'])));
const route = fc.constantFrom(...routes);
/** The head of a pool issue's chain, at its last event or an earlier one. */
const chainHead = fc.tuple(issue, fc.nat()).map(([i, n]) => {
  const e = i.history[n % i.history.length] as (typeof i.history)[number];
  return { issueId: e.issueId, seq: e.seq, digest: e.digest };
});

const parkOf = fc.oneof(
  fc.constant(Object.fromEntries(issues.map((i) => [i.enterpriseId, 'p1']))),
  fc.constant((enterpriseId: string) => (enterpriseId.length % 2 === 0 ? 'p1' : null)),
);
const duplicateOptions = fc.record(
  {
    threshold: fc.double({ min: 0, max: 1, noNaN: true }),
    titleThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
    windowDays: fc.option(fc.integer({ min: 0, max: 400 })),
    maxComparisonsPerBucket: fc.integer({ min: 1, max: 50 }),
    parkOf,
  },
  { requiredKeys: [] },
);
/** A merged order (the lifecycle's `mergedInto` field is structural here) and its parent. */
const mergedPair = fc.tuple(issue, issue, fc.boolean()).map(([c, p, same]): [MergeChild, MergeParent] => [
  { ...c, state: 'merged', mergedInto: same ? p.id : c.id } as MergeChild,
  { ...p, rating: same ? 'verySatisfied' : null },
]);

export const issueArgs = {
  supervisionStepRank: fc.tuple(step),
  decideIssue: fc.tuple(fc.option(issue), command, context),
  evolveIssue: fc.oneof(fc.tuple(fc.constant(null), event), fc.tuple(issue, event)),
  executeIssueCommand: fc.tuple(fc.option(issue), command, context),
  replayIssue: fc.oneof(fc.tuple(history, fc.oneof(context, fc.constant(UNSAFE_SKIP_VERIFICATION))), fc.tuple(history, fc.constant({ calendar: chinaCalendar }))),
  verifyIssueHistory: fc.tuple(history, context),
  escalationCommand: fc.tuple(fc.constantFrom(...issues.map((i) => i.id)), route, actor, instant),
  issueTransitionTableMarkdown: fc.tuple(locale),
  issueLifecycleMermaid: fc.tuple(locale),
  supervisionColourRank: fc.tuple(fc.constantFrom(...SupervisionColour.schema.options)),
  supervisionStatus: fc.oneof(fc.tuple(supervised, date, calendar), fc.tuple(supervised, date, calendar, fc.constant(defaultSupervisionPolicy))),
  clockStatus: fc.oneof(fc.tuple(clockedIssue, instant, calendar), fc.tuple(clockedIssue, instant, calendar, fc.constant(defaultSupervisionPolicy))),
  clockBoard: fc.oneof(
    fc.tuple(fc.array(clockedIssue, { maxLength: 4 }), instant, calendar),
    fc.tuple(fc.array(clockedIssue, { maxLength: 4 }), instant, calendar, fc.constant(defaultSupervisionPolicy)),
  ),
  assignBatch: fc.tuple(someIssues, batch, context),
  batchSummary: fc.oneof(
    fc.tuple(someIssues, fc.constantFrom('b1', 'lishui-1'), date, calendar),
    fc.tuple(someIssues, fc.constantFrom('b1', 'lishui-1'), date, calendar, fc.constant(defaultSupervisionPolicy)),
  ),
  dailyCloseOut: fc.oneof(fc.tuple(someIssues, date), fc.tuple(someIssues, date, fc.integer({ min: -840, max: 840 }))),
  followUpList: fc.oneof(fc.tuple(someIssues, date, calendar), fc.tuple(someIssues, date, calendar, fc.constant(defaultLifecyclePolicy))),
  problemOrder: fc.oneof(
    fc.tuple(fc.record({ reopenCount: fc.nat({ max: 5 }), redispatchCount: fc.nat({ max: 5 }) })),
    fc.tuple(fc.record({ reopenCount: fc.nat({ max: 5 }) }), fc.constant(defaultLifecyclePolicy)),
  ),
  weeklySupervisionList: fc.oneof(fc.tuple(someIssues, date, calendar), fc.tuple(someIssues, date, calendar, fc.constant(defaultSupervisionPolicy))),
  suggestDuplicates: fc.oneof(fc.tuple(someIssues), fc.tuple(someIssues, duplicateOptions)),
  mergedView: mergedPair,
  mergedChildren: fc.tuple(fc.array(fc.record({ id: fc.constantFrom('i1', 'i2', 'i3'), mergedInto: fc.option(fc.constantFrom('i1', 'i2')) }), { maxLength: 5 })),
  findRecurrences: fc.oneof(fc.tuple(someIssues, industryOf), fc.tuple(someIssues, industryOf, fc.constant(defaultRecurrencePolicy))),
  safeParseIssue: fc.oneof(fc.tuple(anyInput(issue)), fc.tuple(anyInput(issue), context)),
  safeParseIssueCommand: fc.tuple(anyInput(fc.oneof(command, from(arbInvalidIssueCommand())))),
  safeParseIssueEvents: fc.oneof(fc.tuple(anyInput(history)), fc.tuple(anyInput(history), fc.record({ after: chainHead }, { requiredKeys: [] }))),
  // Part 10: the hash chain, canonical equality and the upgrade of version-1 events.
  verifyIssueChain: fc.tuple(history, fc.record({ issueId: fc.constantFrom(...issues.map((i) => i.id)), after: chainHead, head: chainHead }, { requiredKeys: ['issueId'] })),
  issueChainHead: fc.oneof(fc.tuple(issue), fc.tuple(history)),
  issueEventDigest: fc.tuple(event, fc.oneof(fc.constant('0'.repeat(64)), event.map((e) => e.digest))),
  sameIssue: fc.tuple(issue, issue),
  upgradeIssueEventV1: fc.tuple(
    event.map(({ schemaVersion: _v, digest: _d, ...v1 }) => v1),
    fc.option(event),
  ),
  // Part 14: joint supervision steps and rectification orders (限期整改).
  supervisionSteps: fc.tuple(issue),
  rectifyOrder: fc.tuple(order, rectification),
  rectificationDueOn: fc.tuple(order, calendar),
  rectificationStatus: fc.tuple(order, date, calendar),
  // Part 14 (issue 19): first-contact responsibility (首问责任制, 001).
  checkFirstContact: fc.tuple(
    fc.record(
      {
        enterpriseId: fc.constantFrom('e1', 'e2'),
        issueId: fc.constantFrom(...issues.map((i) => i.id)),
        steps: fc.array(
          fc.oneof(
            fc.record({ type: fc.constant('asked' as const), at: instant, party: firstContactParty }),
            fc.record({ type: fc.constant('answered' as const), at: instant, party: firstContactParty }),
            fc.record({ type: fc.constant('handedOver' as const), at: instant, party: firstContactParty, to: firstContactParty, record: fc.constantFrom('', '已转交并告知企业') }),
          ),
          { maxLength: 6 },
        ),
      },
      { requiredKeys: ['enterpriseId', 'steps'] },
    ),
    fc.constantFrom(jiaozuoFirstContactRule, { ...jiaozuoFirstContactRule, id: 'hours', respondWithin: { hours: 4 }, handoverNeedsRecord: false }),
    instant,
    calendar,
  ),
} satisfies ArgsOf<typeof issueBarrel>;

const matter: fc.Arbitrary<Matter> = fc.record({
  enterpriseId: fc.constantFrom('e1', 'e2'),
  industry: fc.constantFrom('C34', 'C3411', 'I65'),
  categoryId: fc.option(fc.constantFrom('financing', 'productionFactors')),
  kind: fc.constantFrom('licensing', 'approval', 'consultation', 'minorViolation', 'other'),
  affectsPublicInterest: fc.boolean(),
  on: date,
});

const timeLimitPolicy = fc.constantFrom(beijingTimeLimits, shandongEnterpriseTimeLimits);
const timeLimitFacts = fc.record({ urgency: fc.constantFrom(null, ...Urgency.values), categoryId: fc.option(fc.constantFrom('financing', 'labour')) }, { requiredKeys: [] });
const clockLimit = fc.oneof(fc.record({ workingDays: fc.integer({ min: 1, max: 250 }) }), fc.record({ hours: fc.integer({ min: 1, max: 720 }) }));

export const procedureArgs = {
  classifyProcedure: fc.oneof(
    fc.tuple(matter, fc.record({ issues: someIssues, industryOf })),
    fc.tuple(matter, fc.record({ issues: someIssues, industryOf }), fc.constant(xingtaiProcedurePolicy)),
  ),
  archiveCheck: fc.tuple(issue),
  approvalRefusal: fc.tuple(fc.constantFrom('simple' as const, 'general' as const, null), fc.boolean()),
  chooseTimeLimit: fc.tuple(timeLimitFacts, timeLimitPolicy),
  validateTimeLimitPolicy: fc.tuple(anyInput(timeLimitPolicy)),
  dueAt: fc.oneof(
    fc.tuple(clockLimit, instant, calendar),
    fc.tuple(clockLimit, instant, calendar, fc.record({ utcOffsetMinutes: fc.integer({ min: -840, max: 840 }) }, { requiredKeys: [] })),
  ),
} satisfies ArgsOf<typeof procedureBarrel>;

const anyLadder = fc.oneof(ladder, from(arbLadder(), 12));
const standing = fc.record({ holder: fc.constantFrom('mayor', 'deputyMayorInCharge', 'efficiencyOffice'), rank: fc.integer({ min: 0, max: 9 }), on: date });

export const escalationArgs = {
  issueFacts: fc.oneof(fc.tuple(issue, date, calendar), fc.tuple(issue, date, calendar, extraFacts)),
  compileLadder: fc.tuple(anyLadder),
  route: fc.oneof(fc.tuple(issue, anyLadder, date, calendar), fc.tuple(issue, anyLadder, date, calendar, extraFacts)),
  targetLabel: fc.tuple(fc.constantFrom(...ladders).chain((l) => fc.tuple(fc.constantFrom(...l.rules.map((r) => r.target)), fc.constant(l))).map(([t]) => t), ladder, locale),
  explainRoute: fc.tuple(route, ladder, locale),
  escalationRefusal: fc.tuple(fc.option(standing), standing),
  timeLadder: fc.oneof(fc.tuple(), fc.tuple(fc.constant(defaultSupervisionPolicy))),
  validateLadder: fc.oneof(
    fc.tuple(anyInput(fc.oneof(fc.constantFrom(...ladders), from(arbLadder(), 12), from(arbInvalidLadder(), 12)))),
    fc.tuple(anyInput(ladder), fc.record({ maxGapExamples: fc.nat({ max: 5 }), maxGapChecks: fc.nat({ max: 10_000 }), maxRuleComparisons: fc.oneof(fc.nat({ max: 20 }), fc.double()) }, { requiredKeys: [] })),
  ),
} satisfies ArgsOf<typeof escalationBarrel>;

const series = fc.constantFrom(...defaultMeetingSeries);

export const meetingArgs = {
  occurrences: fc.tuple(series, period, calendar),
  agenda: fc.oneof(
    fc.tuple(fc.record({ series, on: date }), someIssues, date, ladder, calendar),
    fc.tuple(fc.record({ series, on: date }), someIssues, date, ladder, calendar, fc.constant(Object.fromEntries(issues.map((i) => [i.id, { industry: 'C34' }])))),
  ),
} satisfies ArgsOf<typeof meetingBarrel>;
