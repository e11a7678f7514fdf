/**
 * The no-throw registry of Part 14's visit targets, rounds, work groups, problem lists and help
 * task sheets (004 Xuzhou): `qinqing/visit` (spread into `visitArgs`) and the help task ledger of
 * `qinqing/report` (spread into `reportArgs`).
 */
import { fc } from '@fast-check/vitest';
import { defaultSupervisionPolicy, type GrassrootsTarget, type VisitTargetKind } from '../everything.js';
import { arbHelpTaskCommand, arbHelpTaskSheet, arbVisit } from '../../../src/testing/index.js';
import { calendar, date, from, locale } from '../valid.js';

const visit = from(arbVisit({ visitorIds: ['a1', 'a2', 'a3'], enterpriseIds: ['e1', 'e2'], targetIds: ['hh1', 'vil1', 'org1'], from: '2025-06-01', to: '2026-06-30' }), 40);
const visits = fc.array(visit, { maxLength: 8 });
const sheet = from(arbHelpTaskSheet({ from: '2025-06-01', to: '2026-06-30' }), 40);
const sheets = fc.array(sheet, { maxLength: 6 });
const kind = fc.constantFrom<VisitTargetKind>('household', 'village', 'grassrootsOrganisation', 'enterprise', 'park');
const target = fc.record({ kind, id: fc.constantFrom('hh1', 'vil1', 'org1', 'e1', 'park1') });
const problems = fc.array(
  fc.record(
    {
      id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
      target,
      foundOn: date,
      description: fc.constant('因病致贫'),
      categoryId: fc.constantFrom('livingDifficulties', 'enterpriseBottlenecks'),
      visitId: fc.constant('v1'),
      roundId: fc.constantFrom('r1', 'r2'),
      workGroupId: fc.constantFrom('g1', 'g2'),
    },
    { requiredKeys: ['id', 'target', 'foundOn', 'description'] },
  ),
  { maxLength: 5 },
);
const rounds = fc.constant([
  { id: 'r1', number: 1, from: '2025-06-01', to: '2025-12-31' },
  { id: 'r2', number: 2, from: '2026-01-01', to: '2026-06-30', name: '第二轮' },
]);
const workGroups = fc.constant([
  { id: 'g1', name: '第一小组', leaderId: 'a1', memberIds: ['a1', 'a2'], targets: [{ kind: 'village' as const, id: 'vil1' }, { kind: 'household' as const, id: 'hh1' }] },
  { id: 'g2', name: '第二小组', memberIds: ['a3'] },
]);
const draft = fc.record({
  id: fc.constantFrom('t1', 't2'),
  target,
  title: fc.constantFrom('协调修建村道', '协助办理大病救助'),
  measures: fc.constant('对接相关部门'),
  problemIds: fc.constantFrom(['p1'], ['p1', 'p2']),
  workGroupId: fc.constantFrom('g1', null),
  responsibleIds: fc.constant(['a1']),
  issuedOn: date,
  issuedBy: fc.constant('a1'),
  workingDays: fc.integer({ min: 1, max: 30 }),
});
const directory: fc.Arbitrary<GrassrootsTarget[]> = fc.constant([
  { kind: 'household', id: 'hh1', head: '王建国', villageId: 'vil1' },
  { kind: 'village', id: 'vil1', name: '塔山村', township: '塔山镇' },
  { kind: 'grassrootsOrganisation', id: 'org1', name: '塔山村党支部', villageId: 'vil1' },
]);

/** Entries of `qinqing/visit`. */
export const targetVisitArgs = {
  visitTarget: fc.tuple(visit),
  visitRoundSummary: fc.tuple(fc.record({ rounds, workGroups, visits, problems, taskSheets: sheets }, { requiredKeys: ['rounds', 'visits'] }), date),
  createHelpTaskSheet: fc.oneof(fc.tuple(draft, calendar), fc.tuple(draft, calendar, fc.record({ problems }, { requiredKeys: [] }))),
  transitionHelpTaskSheet: fc.tuple(sheet, arbHelpTaskCommand({ from: '2025-06-01', to: '2026-12-31' })),
  helpTaskStanding: fc.oneof(fc.tuple(sheet, date, calendar), fc.tuple(sheet, date, calendar, fc.constant(defaultSupervisionPolicy))),
  problemLists: fc.oneof(fc.tuple(problems), fc.tuple(problems, sheets)),
} as const;

/** Entries of `qinqing/report`. */
export const targetReportArgs = {
  redactHelpTaskSheet: fc.oneof(fc.tuple(sheet), fc.tuple(sheet, fc.record({ directory, names: fc.constant(['王建国']) }, { requiredKeys: [] }))),
  helpTaskLedger: fc.tuple(
    sheets,
    fc.record(
      {
        locale,
        asOf: date,
        directory,
        names: fc.constant({ enterprises: { e1: '徐州金彭车业有限公司' }, parks: { park1: '工业园区' }, workGroups: { g1: '第一小组' } }),
        maskNames: fc.constant(['李广洋']),
        unsafeShowPersonalData: fc.boolean(),
      },
      { requiredKeys: ['locale'] },
    ),
  ),
} as const;
