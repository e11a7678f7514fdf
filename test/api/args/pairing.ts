/** The no-throw registry of `qinqing/pairing` and `qinqing/visit`. */
import { fc } from '@fast-check/vitest';
import {
  AdviserKind,
  defaultPairingPolicy,
  defaultVisitBurdenPolicy,
  defaultVisitCadence,
  ExperienceBasis,
  hainingGridStaffShare,
  hainingVisitCadence,
  jiaozuoVisitCadence,
  xingtaiVisitCadence,
  xuzhouVisitRecordForm,
  type PairingPolicy,
  type QuotaIssue,
  type Secondment,
  type StableMatchInput,
  type VisitCadencePolicy,
  type VisitCadenceRole,
} from '../everything.js';
import type * as pairingBarrel from '../../../src/pairing/index.js';
import { arbAdviser, arbEnterprise, arbPairing, arbVisit } from '../../../src/testing/index.js';
import type * as visitBarrel from '../../../src/visit/index.js';
import type { ArgsOf } from '../registry.js';
import { actor, calendar, date, from, instant, issues, period } from '../valid.js';
import { targetVisitArgs } from './targets.js';

const adviserIds = ['a1', 'a2', 'a3', 'a4'] as const;
const enterpriseIds = ['e1', 'e2', 'e3', 'e4', 'e5'] as const;
const advisers = fc.array(from(arbAdviser({ ids: [...adviserIds] }), 30), { maxLength: 5 });
const enterprises = fc.array(from(arbEnterprise({ ids: [...enterpriseIds], countyIds: ['c1', 'c2'] }), 30), { maxLength: 6 });
const pairings = fc.array(from(fc.oneof(arbPairing({ adviserIds: [...adviserIds], enterpriseIds: [...enterpriseIds], from: '2025-06-01', to: '2026-06-30' }), arbPairing({ adviserIds: [...adviserIds], parkIds: ['park1'], parks: true })), 40), {
  maxLength: 8,
});
const policy: fc.Arbitrary<PairingPolicy> = fc.constant(defaultPairingPolicy);
const quotaIssues: fc.Arbitrary<QuotaIssue[]> = fc.array(
  fc.oneof(
    fc.constantFrom(...issues),
    fc.record({
      enterpriseId: fc.constantFrom(...enterpriseIds),
      state: fc.constantFrom('answered', 'closed', 'confirmed', 'assigned'),
      answer: fc.option(fc.record({ outcome: fc.constantFrom('resolved', 'explained', 'unsolvable'), on: date })),
      closedAt: fc.option(instant),
    }),
  ),
  { maxLength: 8 },
);
const year = fc.constantFrom({ from: '2026-01-01', to: '2026-12-31' }, { from: '2025-07-01', to: '2026-06-30' });
const preferences = (rows: readonly string[], cols: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...rows), fc.uniqueArray(fc.constantFrom(...cols), { maxLength: cols.length }), { maxKeys: rows.length });
const capacities = (ids: readonly string[]) => fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 1, max: 3 }), { maxKeys: ids.length });
const stableMatchInput: fc.Arbitrary<StableMatchInput> = fc.record(
  {
    cadrePreferences: preferences(adviserIds, enterpriseIds),
    enterprisePreferences: preferences(enterpriseIds, adviserIds),
    capacities: fc.record({ cadres: capacities(adviserIds), enterprises: capacities(enterpriseIds) }, { requiredKeys: [] }),
    proposers: fc.constantFrom('cadres', 'enterprises'),
  },
  { requiredKeys: ['cadrePreferences', 'enterprisePreferences', 'proposers'] },
);
const secondment: fc.Arbitrary<Secondment> = fc.record({
  id: fc.constantFrom('s1', 's2', 's3'),
  direction: fc.constantFrom('cadreToEnterprise', 'enterpriseToDepartment'),
  personId: fc.constantFrom('p1', 'p2'),
  enterpriseId: fc.constantFrom(...enterpriseIds),
  departmentId: fc.constantFrom('d1', 'd2'),
  period,
  batch: fc.constantFrom('1', '2'),
});
const suggestionAdviser = fc.record(
  {
    id: fc.constantFrom(...adviserIds),
    kind: fc.constantFrom(...AdviserKind.schema.options),
    level: fc.constantFrom('city', 'county', 'grassroots'),
    departmentId: fc.constantFrom('d1', 'd2'),
    expertise: fc.subarray(['financing', 'productionFactors', 'talentTraining']),
    experience: fc.record({ basis: fc.subarray([...ExperienceBasis.schema.options]) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['id', 'kind', 'level'] },
);
const suggestionEnterprise = fc.record({
  id: fc.constantFrom(...enterpriseIds),
  keyLevel: fc.constantFrom('none', 'county', 'city'),
  countyId: fc.constantFrom('c1', 'c2'),
  industry: fc.constantFrom('C34', 'C26', 'I65'),
});

export const pairingArgs = {
  problemQuota: fc.tuple(advisers, pairings, quotaIssues, policy, year),
  isPairingActive: fc.tuple(fc.record({ since: date, until: fc.option(date) }), date),
  validatePairings: fc.oneof(
    fc.tuple(advisers, enterprises, pairings, policy),
    fc.tuple(
      advisers,
      enterprises,
      pairings,
      policy,
      fc.record({ asOf: date, parks: fc.constant([{ id: 'park1' }]), quotaPeriod: year, issues: quotaIssues }, { requiredKeys: [] }),
    ),
  ),
  suggestPairings: fc.tuple(
    fc.array(suggestionAdviser, { maxLength: 5 }),
    fc.array(suggestionEnterprise, { maxLength: 6 }),
    pairings,
    policy,
    fc.record(
      {
        asOf: date,
        kinds: fc.subarray([...AdviserKind.schema.options]),
        needsOf: fc.constant({ e1: ['financing'], e2: ['productionFactors'] }),
        industriesOf: fc.constant({ a1: ['C34'], a2: ['C26', 'I65'] }),
        countyOf: fc.constant({ d1: 'c1', d2: 'c2' }),
        departments: fc.constant([{ id: 'd1', countyId: 'c1' }, { id: 'd2' }]),
        weights: fc.record({ expertise: fc.double({ min: 0, max: 10, noNaN: true }), level: fc.double({ min: 0, max: 10, noNaN: true }) }, { requiredKeys: [] }),
        maxComparisons: fc.oneof(fc.nat({ max: 50 }), fc.double()),
      },
      { requiredKeys: ['asOf'] },
    ),
  ),
  secondmentSummary: fc.tuple(fc.array(secondment, { maxLength: 5 }), date),
  stableMatch: fc.tuple(stableMatchInput),
} satisfies ArgsOf<typeof pairingBarrel>;

const visits = fc.array(from(arbVisit({ visitorIds: [...adviserIds], enterpriseIds: [...enterpriseIds], departmentIds: ['d1', 'd2', 'd3'], from: '2025-06-01', to: '2026-06-30' }), 40), { maxLength: 8 });
const visit = from(arbVisit({ visitorIds: [...adviserIds], enterpriseIds: [...enterpriseIds], departmentIds: ['d1', 'd2', 'd3'], from: '2025-06-01', to: '2026-06-30' }), 40);
const cadence: fc.Arbitrary<VisitCadencePolicy> = fc.constantFrom(defaultVisitCadence, hainingVisitCadence, jiaozuoVisitCadence, xingtaiVisitCadence);
const role = fc.constantFrom<VisitCadenceRole>('pairedAdviser', 'memberUnitHead', 'mainLeader', 'gridTeam');
const roleOf = fc.dictionary(fc.constantFrom(...adviserIds), role, { maxKeys: 4 });
const complianceOptions = fc.record(
  {
    policy: cadence,
    roleOf,
    departmentOf: fc.constant({ a1: 'd1', a2: 'd1', a3: 'd2' }),
    gridOf: fc.constant({ e1: 'g1', e2: 'g1', e3: 'g2' }),
  },
  { requiredKeys: [] },
);
const gridEnterprises = fc.array(fc.record({ id: fc.constantFrom(...enterpriseIds), gridId: fc.option(fc.constantFrom('g1', 'g2')) }), { maxLength: 6 });
const teams = fc.array(
  fc.record({ gridId: fc.constantFrom('g1', 'g2'), memberIds: fc.subarray([...adviserIds]), leaderId: fc.constantFrom(...adviserIds) }, { requiredKeys: ['gridId', 'memberIds'] }),
  { maxLength: 3 },
);
const plannedVisits = fc.array(
  fc.record(
    {
      id: fc.constantFrom('v1', 'v2', 'v3', 'v4'),
      date,
      departmentIds: fc.subarray(['d1', 'd2', 'd3']),
      enterpriseId: fc.option(fc.constantFrom(...enterpriseIds)),
      parkId: fc.option(fc.constantFrom('park1')),
      visitorIds: fc.subarray([...adviserIds]),
    },
    { requiredKeys: ['id', 'date', 'departmentIds', 'enterpriseId'] },
  ),
  { maxLength: 6 },
);
const problem = fc.record(
  {
    issueId: fc.constantFrom('i-v1', 'i-v2'),
    title: fc.constantFrom('用电增容', '融资难'),
    at: instant,
    description: fc.constant('企业反映'),
    categoryId: fc.constantFrom('financing'),
    enterpriseId: fc.constantFrom(...enterpriseIds),
    actor,
    note: fc.constant('走访发现'),
  },
  { requiredKeys: ['issueId', 'title', 'at'] },
);
const departments = fc.array(
  fc.record(
    { id: fc.constantFrom('d1', 'd2', 'd3'), enterpriseRelatedClass: fc.constantFrom('class1' as const, 'class2' as const), staffCount: fc.nat({ max: 100 }) },
    { requiredKeys: ['id'] },
  ),
  { maxLength: 4 },
);

export const visitArgs = {
  ...targetVisitArgs,
  cadencePeriod: fc.tuple(fc.constantFrom('month', 'quarter', 'halfYear', 'year'), date),
  checkVisitRecord: fc.oneof(fc.tuple(visit), fc.tuple(visit, fc.constant(xuzhouVisitRecordForm))),
  requireCompleteVisitRecord: fc.oneof(fc.tuple(visit), fc.tuple(visit, fc.constant(xuzhouVisitRecordForm))),
  visitIssueCommand: fc.tuple(visit, problem),
  visitPlan: fc.oneof(fc.tuple(pairings, visits, date), fc.tuple(pairings, visits, date, cadence, fc.record({ roleOf }, { requiredKeys: [] }))),
  personCadence: fc.oneof(
    fc.tuple(fc.array(fc.record({ id: fc.constantFrom(...adviserIds), role, since: date }, { requiredKeys: ['id', 'role'] }), { maxLength: 4 }), visits, date),
    fc.tuple(fc.array(fc.record({ id: fc.constantFrom(...adviserIds), role }), { maxLength: 4 }), visits, date, cadence),
  ),
  visitCompliance: fc.oneof(fc.tuple(pairings, visits, period), fc.tuple(pairings, visits, period, complianceOptions)),
  visitReport: fc.oneof(fc.tuple(pairings, visits, date, period), fc.tuple(pairings, visits, date, period, complianceOptions)),
  visitBurden: fc.tuple(visits, fc.constantFrom(...enterpriseIds), period),
  burdenWarnings: fc.tuple(visits, fc.constant(defaultVisitBurdenPolicy), date),
  coordinateVisits: fc.oneof(fc.tuple(plannedVisits), fc.tuple(plannedVisits, fc.constant(defaultVisitBurdenPolicy), calendar)),
  gridCoverage: fc.oneof(fc.tuple(gridEnterprises, teams, visits, period), fc.tuple(gridEnterprises, teams, visits, period, cadence)),
  gridStaffing: fc.oneof(
    fc.tuple(departments, fc.record({ teams, grids: fc.constant([{ id: 'g1' }, { id: 'g2' }]), advisers: fc.constant([{ id: 'a1', departmentId: 'd1' }]) }, { requiredKeys: ['teams'] }), gridEnterprises),
    fc.tuple(departments, fc.record({ teams }), gridEnterprises, fc.constant(hainingGridStaffShare)),
  ),
} satisfies ArgsOf<typeof visitBarrel>;
