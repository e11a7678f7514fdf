/**
 * Part 14 (issue 19): visits to households, villages and grassroots organisations, 004 Xuzhou —
 * "组织全局在职党员干部联系镇村、走进企业、深入家庭开展走访帮扶活动"; 走访家庭164户，企业10家，基层组织16家.
 */
import { describe, expect, it } from 'vitest';
import { allLabels, label, parse, safeParse, unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { ActorRole } from '../../src/issue/index.js';
import {
  burdenWarnings,
  coordinateVisits,
  defaultVisitBurdenPolicy,
  gridCoverage,
  GrassrootsTargetRefSchema,
  HouseholdSchema,
  personCadence,
  visitBurden,
  visitCompliance,
  visitIssueCommand,
  visitPlan,
  VisitSchema,
  visitTarget,
  VisitTargetKind,
  VisitTargetSchema,
  type Visit,
} from '../../src/visit/index.js';
import { pairing, visit } from './fixtures.js';

let seq = 0;
/** A visit by `visitorIds` to a household, village or grassroots organisation on `date`. */
function toTarget(date: string, kind: 'household' | 'village' | 'grassrootsOrganisation', id: string, visitorIds: readonly string[], departmentIds: readonly string[] = ['xz-amr']): Visit {
  seq += 1;
  return parse(VisitSchema, {
    id: `t${seq}`,
    date,
    visitorIds,
    departmentIds,
    enterpriseId: null,
    parkId: null,
    target: { kind, id },
    mode: 'onSite',
    purpose: '“百千万”走访帮扶',
    findings: '',
  });
}

const base = { id: 'v1', date: '2017-05-16', visitorIds: ['pm-01'], departmentIds: ['xz-amr'], mode: 'onSite', purpose: '走访帮扶', findings: '' };

describe('visit targets beyond enterprises (004 Xuzhou)', () => {
  it('004 Xuzhou: the kinds of target, enterprise sharing its labels with ActorRole', () => {
    expect(VisitTargetKind.values).toEqual(['enterprise', 'park', 'household', 'village', 'grassrootsOrganisation']);
    expect(VisitTargetKind.labels.enterprise).toEqual(ActorRole.labels.enterprise);
    expect(label('household', 'zh-CN')).toBe('家庭（农户）');
    expect(label('grassrootsOrganisation', 'zh-CN')).toBe('基层组织');
    expect(allLabels.village).toEqual({ zh: '村（社区）', en: 'Village or community' });
  });

  it('004 Xuzhou: a visit may go to a household, a village or a grassroots organisation — stored visits stay valid', () => {
    const stored = { ...base, enterpriseId: 'e1', parkId: null };
    expect(safeParse(VisitSchema, stored).ok).toBe(true);
    const household = parse(VisitSchema, { ...base, enterpriseId: null, parkId: null, target: { kind: 'household', id: 'hh-0012' }, roundId: 'r2', workGroupId: 'g3' });
    expect(household.target).toEqual({ kind: 'household', id: 'hh-0012' });
    expect([household.roundId, household.workGroupId]).toEqual(['r2', 'g3']);
    // The target names no enterprise or park: those keep their own fields.
    expect(GrassrootsTargetRefSchema.safeParse({ kind: 'park', id: 'p1' }).success).toBe(false);
    expect(VisitTargetSchema.safeParse({ kind: 'park', id: 'p1' }).success).toBe(true);
  });

  it('002/004: a visit to a household records no policies delivered (they are delivered to enterprises)', () => {
    const r = safeParse(VisitSchema, { ...base, enterpriseId: null, parkId: null, target: { kind: 'household', id: 'hh-1' }, policiesDelivered: [{ policyId: 'pol1', acknowledged: false }] });
    expect(r).toMatchObject({ ok: false, error: { path: ['policiesDelivered'] } });
    expect(safeParse(VisitSchema, { ...base, enterpriseId: null, parkId: null, target: { kind: 'household', id: 'hh-1' }, policiesDelivered: [] }).ok).toBe(true);
  });

  it('visitTarget reads any visit as one target, old and new', () => {
    expect(unwrap(visitTarget(visit('2017-05-16', 'e1', ['pm-01'])))).toEqual({ kind: 'enterprise', id: 'e1' });
    expect(unwrap(visitTarget({ id: 'v', enterpriseId: null, parkId: 'park-1' }))).toEqual({ kind: 'park', id: 'park-1' });
    expect(unwrap(visitTarget(toTarget('2017-05-16', 'grassrootsOrganisation', 'o-1', ['pm-01'])))).toEqual({ kind: 'grassrootsOrganisation', id: 'o-1' });
    expect(visitTarget({ id: 'v', enterpriseId: 'e1', parkId: null, target: { kind: 'village', id: 'v-1' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['visit', 'enterpriseId'] } });
  });

  it('a household is personal data: its schema holds the head\'s name, which ids must not carry', () => {
    expect(HouseholdSchema.parse({ kind: 'household', id: 'hh-1', head: '王建国' }).head).toBe('王建国');
    expect(HouseholdSchema.safeParse({ kind: 'household', id: 'hh-1', head: '王建国', phone: '13912345678' }).success).toBe(false);
  });
});

describe('the existing visit functions and visits beyond enterprises (004 Xuzhou; documented on each)', () => {
  const enterpriseVisit = visit('2017-05-10', 'e1', ['a1']);
  const others = [toTarget('2017-05-11', 'household', 'hh-1', ['a1']), toTarget('2017-05-12', 'village', 'v-1', ['a1', 'mayor']), toTarget('2017-05-13', 'grassrootsOrganisation', 'o-1', ['mayor'])];
  const may = { from: '2017-05-01', to: '2017-05-31' };

  it('000: plans and compliance count visits to paired enterprises and parks only', () => {
    const pairings = [pairing('p1', 'a1', 'e1', '2017-01-01')];
    const alone = unwrap(visitPlan(pairings, [enterpriseVisit], '2017-05-31'));
    expect(unwrap(visitPlan(pairings, [enterpriseVisit, ...others], '2017-05-31'))).toEqual(alone);
    expect(unwrap(visitCompliance(pairings, [enterpriseVisit, ...others], may))).toEqual(unwrap(visitCompliance(pairings, [enterpriseVisit], may)));
    expect(unwrap(visitPlan(pairings, others, '2017-05-31'))[0]).toMatchObject({ visitsInPeriod: 0, lastVisit: null });
  });

  it('001: a leader\'s visits to villages and households do not count as research in enterprises', () => {
    expect(unwrap(personCadence([{ id: 'mayor', role: 'memberUnitHead', since: '2017-04-01' }], others, '2017-06-30'))[0]).toMatchObject({ visitsInPeriod: 0, status: 'due', lastVisit: null });
    expect(unwrap(personCadence([{ id: 'a1', role: 'memberUnitHead' }], [enterpriseVisit, ...others], '2017-06-30'))[0]).toMatchObject({ visitsInPeriod: 1, status: 'done' });
  });

  it('002/003: the burden on enterprises ignores visits to households, villages and organisations', () => {
    const many = ['tax', 'amr', 'env', 'fire', 'health'].map((d, i) => toTarget(`2017-05-0${i + 1}`, 'household', 'hh-9', [`a${i}`], [d]));
    expect(unwrap(visitBurden([...many, enterpriseVisit], 'e1', may))).toMatchObject({ visits: 1 });
    expect(unwrap(burdenWarnings(many, defaultVisitBurdenPolicy, '2017-05-31'))).toEqual([]);
  });

  it('002: grid coverage counts enterprise visits only', () => {
    const teams = [{ gridId: 'g1', memberIds: ['a1'] }];
    const c = unwrap(gridCoverage([{ id: 'e1', gridId: 'g1' }], teams, [...others], { from: '2017-01-01', to: '2017-12-31' }));
    expect(c.grids[0]).toMatchObject({ covered: 0 });
  });

  it('003/004: planned visits by several departments to one household in one week are coordinated too, and never merged with another target', () => {
    const hh = { kind: 'household', id: 'hh-1' } as const;
    const plan = [
      { id: 'civil', date: '2017-05-16', departmentIds: ['civil-affairs'], enterpriseId: null, target: hh },
      { id: 'health', date: '2017-05-18', departmentIds: ['health'], enterpriseId: null, target: hh },
      { id: 'village', date: '2017-05-17', departmentIds: ['amr'], enterpriseId: null, target: { kind: 'village', id: 'hh-1' } as const },
      { id: 'park', date: '2017-05-17', departmentIds: ['tax'], enterpriseId: null, parkId: null },
    ];
    const proposals = unwrap(coordinateVisits(plan, defaultVisitBurdenPolicy, chinaCalendar));
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ enterpriseId: null, parkId: null, target: hh, visitIds: ['civil', 'health'], proposedDate: '2017-05-16' });
  });

  it('000/004: an enterprise issue raised on a household visit names its enterprise (VISIT_ENTERPRISE_REQUIRED)', () => {
    const v = toTarget('2017-05-11', 'household', 'hh-1', ['a1']);
    const r = visitIssueCommand(v, { issueId: 'i1', title: '个体户融资难', at: '2017-05-11T16:00:00+08:00' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VISIT_ENTERPRISE_REQUIRED', path: ['problem', 'enterpriseId'] } });
    if (!r.ok) expect(r.error.messageZh).toContain('家庭（农户） hh-1');
    const named = unwrap(visitIssueCommand(v, { issueId: 'i1', title: '个体户融资难', at: '2017-05-11T16:00:00+08:00', enterpriseId: 'e-gt-1' }));
    expect(named).toMatchObject({ type: 'submit', enterpriseId: 'e-gt-1', channel: 'visit' });
  });
});
