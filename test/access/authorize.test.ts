import { describe, expect, it } from 'vitest';
import {
  authorize,
  defaultAccessPolicy,
  issueAccessTarget,
  parseAccessPolicy,
  type AccessPolicy,
  type AccessSubject,
} from '../../src/access/index.js';
import { actors, assigned, at, run } from '../issue/fixtures.js';
import { countySubject } from './fixtures.js';

const policy = defaultAccessPolicy;
const none: AccessPolicy = parseAccessPolicy({ id: 'none', name: { zh: '无规则', en: 'No rules' }, source: 'test', rules: [] });

describe('authorize: deny by default', () => {
  it('with no rules every role is refused every action, with FORBIDDEN and a bilingual reason', () => {
    const d = authorize(countySubject('leadingGroupOffice'), 'assign', { countyId: 'c1' }, none);
    expect(d).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      rule: null,
      reason: {
        en: 'No rule of the access policy "none" lets a county-level leading group office "Assign" (deny by default).',
        zh: '权限规则“none”中没有允许县级领导小组办公室“交办”的规则（默认拒绝）。',
      },
    });
  });

  it('Part 8: a role or action qinqing does not know (data from the app) is refused with FORBIDDEN, never a TypeError', () => {
    const stranger = { id: 'x', role: 'janitor' } as unknown as AccessSubject;
    const d = authorize(stranger, 'close', { countyId: 'c1' }, policy);
    expect(d).toMatchObject({ allowed: false, code: 'FORBIDDEN', rule: null });
    expect(d.allowed === false && d.reason.en).toContain('"janitor"');
    expect(authorize(countySubject('leadingGroupOffice'), 'fly' as never, {}, policy)).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
  });

  it('a role no rule names is refused: the system never gives feedback', () => {
    const d = authorize({ id: 'sys', role: 'system', level: 'city' }, 'giveFeedback', {}, policy);
    expect(d.allowed).toBe(false);
    expect(d.allowed || d.rule?.id).toBe('feedback-is-the-enterprises');
  });

  it('an allowed request names the rule that allowed it, with its source', () => {
    const d = authorize(countySubject('leadingBody'), 'approve', { countyId: 'c1' }, policy);
    expect(d.allowed).toBe(true);
    expect(d.rule?.id).toBe('leading-body-approves');
    expect(d.rule?.source).toMatch(/^000/);
  });

  it('when several allow rules match, the one with the smallest id is named, whatever their order', () => {
    const rule = (id: string) => ({ id, effect: 'allow', roles: ['auditor'], actions: ['viewIssue'], scope: 'anywhere', source: 'test' });
    const base = { id: 'p', name: { zh: '测试', en: 'Test' }, source: 'test' };
    const ab = parseAccessPolicy({ ...base, rules: [rule('b'), rule('a')] });
    const ba = parseAccessPolicy({ ...base, rules: [rule('a'), rule('b')] });
    expect(authorize({ id: 'x', role: 'auditor', level: 'city' }, 'viewIssue', {}, ab)).toEqual(authorize({ id: 'x', role: 'auditor', level: 'city' }, 'viewIssue', {}, ba));
    expect(authorize({ id: 'x', role: 'auditor', level: 'city' }, 'viewIssue', {}, ab).rule?.id).toBe('a');
  });
});

describe('authorize: jurisdictions', () => {
  it('an enterprise acts on its own issues only (001: the enterprise reports its own problems)', () => {
    const ent: AccessSubject = { id: 'ent-person', role: 'enterprise', level: 'city', enterpriseId: 'e1' };
    expect(authorize(ent, 'submit', { enterpriseId: 'e1' }, policy).allowed).toBe(true);
    expect(authorize(ent, 'viewIssue', { enterpriseId: 'e2' }, policy).allowed).toBe(false);
    expect(authorize({ id: 'ent-person', role: 'enterprise', level: 'city' }, 'viewIssue', {}, policy).allowed).toBe(false);
  });

  it('an adviser submits and serves for the enterprises it is paired with only (000)', () => {
    const adviser: AccessSubject = { id: 'a1', role: 'adviser', level: 'city', pairedEnterpriseIds: ['e1', 'e2'] };
    expect(authorize(adviser, 'submit', { enterpriseId: 'e2' }, policy).allowed).toBe(true);
    const d = authorize(adviser, 'serve', { enterpriseId: 'e3' }, policy);
    expect(d).toMatchObject({ allowed: false, code: 'FORBIDDEN', rule: null });
    expect(d.allowed || d.reason.en).toBe('An adviser or cadre may "Serve directly" only within: paired enterprises; the target is outside.');
    expect(d.allowed || d.reason.zh).toBe('顾问（联络员）仅可在以下范围内“直接服务”：包联企业；该对象不在其范围内。');
    expect(authorize(adviser, 'classify', { enterpriseId: 'e1' }, policy).allowed).toBe(false);
  });

  it('the lead department answers; a co-handling department views and files material but does not answer', () => {
    const handler: AccessSubject = { id: 'h1', role: 'departmentHandler', level: 'city', departmentId: 'd-grid' };
    const lead = { departmentId: 'd-grid', coHandlerIds: [] };
    const co = { departmentId: 'd-power', coHandlerIds: ['d-grid'] };
    expect(authorize(handler, 'answer', lead, policy).allowed).toBe(true);
    expect(authorize(handler, 'answer', co, policy).allowed).toBe(false);
    expect(authorize(handler, 'viewIssue', co, policy).allowed).toBe(true);
    expect(authorize(handler, 'addToDossier', co, policy).allowed).toBe(true);
    expect(authorize(handler, 'decideExtension', lead, policy).allowed).toBe(false);
    expect(authorize({ ...handler, role: 'departmentHead' }, 'decideExtension', lead, policy).allowed).toBe(true);
  });

  it('a county office acts in its county; a city-level office in the whole city; an unknown county is outside (001, 003)', () => {
    const county: AccessSubject = { id: 'o1', role: 'leadingGroupOffice', level: 'county', countyId: 'c-xiuzhou' };
    const city: AccessSubject = { id: 'o0', role: 'leadingGroupOffice', level: 'city' };
    expect(authorize(county, 'assign', { countyId: 'c-xiuzhou' }, policy).allowed).toBe(true);
    expect(authorize(county, 'assign', { countyId: 'c-nanhu' }, policy).allowed).toBe(false);
    expect(authorize(county, 'assign', {}, policy).allowed).toBe(false);
    expect(authorize(city, 'assign', { countyId: 'c-nanhu' }, policy).allowed).toBe(true);
    expect(authorize(city, 'assign', {}, policy).allowed).toBe(true);
  });

  it('the efficiency office supervises overdue matters with the office (003) but does not assign or close', () => {
    const eff: AccessSubject = { id: 'x1', role: 'efficiencyOffice', level: 'county', countyId: 'c1' };
    expect(authorize(eff, 'supervise', { countyId: 'c1' }, policy).allowed).toBe(true);
    expect(authorize(eff, 'escalate', { countyId: 'c1' }, policy).allowed).toBe(true);
    expect(authorize(eff, 'assign', { countyId: 'c1' }, policy).allowed).toBe(false);
    expect(authorize(eff, 'close', { countyId: 'c1' }, policy).allowed).toBe(false);
  });

  it('an auditor only views; a guard rail names itself when it refuses', () => {
    const auditor: AccessSubject = { id: 'au', role: 'auditor', level: 'city' };
    expect(authorize(auditor, 'viewLedger', {}, policy).allowed).toBe(true);
    const d = authorize(auditor, 'close', {}, policy);
    expect(d.allowed || d.rule?.id).toBe('auditor-read-only');
    expect(d.allowed || d.reason.en).toMatch(/^An auditor \(read-only\) may not "Close": the rule "auditor-read-only" denies it/);
    expect(d.allowed || d.reason.zh).toMatch(/^审计（只读）不得“销号”：规则“auditor-read-only”禁止/);
  });
});

describe('issue targets', () => {
  const issue = assigned({ enterpriseId: 'e1', departmentId: 'd-power' });

  it('issueAccessTarget takes the enterprise, the lead department, co-handlers and the county countyOf gives', () => {
    expect(issueAccessTarget(issue, { e1: 'c1' })).toEqual({ enterpriseId: 'e1', countyId: 'c1', departmentId: 'd-power', coHandlerIds: [] });
    expect(issueAccessTarget(issue, (id) => (id === 'e1' ? 'c2' : undefined)).countyId).toBe('c2');
    expect(issueAccessTarget(issue)).toEqual({ enterpriseId: 'e1', departmentId: 'd-power', coHandlerIds: [] });
    const unassigned = run(issue, [{ type: 'returnAssignment', reason: '不属于本部门职责', actor: actors.handler, at: at('2026-09-29') }]);
    expect(issueAccessTarget(unassigned)).toEqual({ enterpriseId: 'e1', coHandlerIds: [] });
  });

  it('authorize takes the issue itself, with countyOf in the options; inherited keys of a map are not counties', () => {
    const office: AccessSubject = { id: 'o1', role: 'leadingGroupOffice', level: 'county', countyId: 'c1' };
    expect(authorize(office, 'supervise', issue, policy, { countyOf: { e1: 'c1' } }).allowed).toBe(true);
    expect(authorize(office, 'supervise', issue, policy, { countyOf: { e1: 'c2' } }).allowed).toBe(false);
    expect(authorize(office, 'supervise', issue, policy).allowed).toBe(false);
    const proto = run(null, [{ type: 'submit', enterpriseId: 'constructor', title: '融资难', channel: 'visit', origin: 'proactive' }]);
    expect(issueAccessTarget(proto, {}).countyId).toBeUndefined();
  });
});
