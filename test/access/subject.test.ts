/**
 * Part 9 (issue 14): missing or malformed subject attributes fail closed. Before, a subject whose
 * `countyId` was missing or `undefined` was taken for a city-level one and reached the whole city:
 * a county office that lost its county got city-wide `close`. Now every subject states its `level`,
 * a county level needs its `countyId`, and `authorize` refuses a malformed subject with a reason
 * naming the attribute; the lifecycle refuses it with `FORBIDDEN` at `context.access.subject.<attribute>`.
 */
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { executeIssueCommand, type IssueCommand } from '../../src/issue/index.js';
import { AccessSubjectSchema, authorize, authorizeIssueCommand, defaultAccessPolicy, type AccessSubject } from '../../src/access/index.js';
import { safeParse } from '../../src/index.js';
import { assigned, at } from '../issue/fixtures.js';

const policy = defaultAccessPolicy;
const target = { countyId: 'c2', enterpriseId: 'e9', departmentId: 'd9', coHandlerIds: [] };
const cast = (x: unknown): AccessSubject => x as AccessSubject;

describe('Part 9 (issue 14): a subject states its level, and a malformed one fails closed', () => {
  it('a county office that lost its county is not a city office: no level, or level county without countyId, is refused (was: city-wide close)', () => {
    const cases: readonly [unknown, string][] = [
      [{ id: 'o1', role: 'leadingGroupOffice' }, 'level'],
      [{ id: 'o1', role: 'leadingGroupOffice', countyId: undefined }, 'level'],
      [{ id: 'o1', role: 'leadingGroupOffice', level: 'county' }, 'countyId'],
      [{ id: 'o1', role: 'leadingGroupOffice', level: 'county', countyId: undefined }, 'countyId'],
      [{ id: 'o1', role: 'leadingGroupOffice', level: 'county', countyId: '' }, 'countyId'],
      [{ id: 'o1', role: 'leadingGroupOffice', level: 'county', countyId: 7 }, 'countyId'],
      [{ id: 'o1', role: 'leadingGroupOffice', level: 'province' }, 'level'],
      [{ id: 'o1', role: 'leadingGroupOffice', level: 'city', countyId: 'c1' }, 'countyId'],
    ];
    for (const [subject, attribute] of cases) {
      const d = authorize(cast(subject), 'close', target, policy);
      expect(d, JSON.stringify(subject)).toMatchObject({ allowed: false, code: 'FORBIDDEN', rule: null });
      expect(d.allowed || d.reason.en, JSON.stringify(subject)).toContain(attribute);
      expect(d.allowed || d.reason.zh, JSON.stringify(subject)).toContain(attribute);
    }
    // The well-formed city office does reach the far county; the county office does not.
    expect(authorize({ id: 'o0', role: 'leadingGroupOffice', level: 'city' }, 'close', target, policy).allowed).toBe(true);
    expect(authorize({ id: 'o1', role: 'leadingGroupOffice', level: 'county', countyId: 'c1' }, 'close', target, policy).allowed).toBe(false);
  });

  it('the refusal says what is missing, in both languages', () => {
    const d = authorize(cast({ id: 'o1', role: 'leadingGroupOffice', level: 'county' }), 'assign', target, policy);
    expect(d.allowed || d.reason.en).toBe("The subject is at level 'county' but its countyId is missing; access fails closed (it is never taken for a city-level subject).");
    expect(d.allowed || d.reason.zh).toBe('访问主体为县级，但缺少 countyId，按默认拒绝处理（不会视为市级主体）。');
    const noLevel = authorize(cast({ id: 'o1', role: 'leadingGroupOffice' }), 'assign', target, policy);
    expect(noLevel.allowed || noLevel.reason.en).toBe("The subject's level is missing; access fails closed.");
  });

  it('malformed optional attributes fail closed too: a string where the paired enterprises should be a list never matches by substring', () => {
    const adviser = { id: 'a1', role: 'adviser', level: 'city' };
    const paired = authorize(cast({ ...adviser, pairedEnterpriseIds: 'e12' }), 'serve', { enterpriseId: 'e1' }, policy);
    expect(paired.allowed || paired.reason.en).toContain('pairedEnterpriseIds');
    expect(authorize(cast({ ...adviser, pairedEnterpriseIds: ['e1', 3] }), 'serve', { enterpriseId: 'e1' }, policy).allowed).toBe(false);
    expect(authorize(cast({ id: 'h1', role: 'departmentHandler', level: 'city', departmentId: 5 }), 'answer', { departmentId: 5 } as never, policy).allowed).toBe(false);
    expect(authorize(cast({ id: '', role: 'auditor', level: 'city' }), 'viewIssue', {}, policy).allowed).toBe(false);
    expect(authorize(cast(null), 'viewIssue', {}, policy).allowed).toBe(false);
    const big = authorize(cast({ id: 'x', role: 'auditor', level: 'city', enterpriseId: 10n }), 'viewIssue', {}, policy);
    expect(big.allowed || big.reason.en).toContain('enterpriseId');
  });

  it('AccessSubjectSchema states the same rule: county needs countyId, city has none, the level is required', () => {
    expect(safeParse(AccessSubjectSchema, { id: 'o1', role: 'leadingGroupOffice', level: 'county', countyId: 'c1' }).ok).toBe(true);
    expect(safeParse(AccessSubjectSchema, { id: 'o0', role: 'leadingGroupOffice', level: 'city' }).ok).toBe(true);
    for (const [bad, path] of [
      [{ id: 'o1', role: 'leadingGroupOffice', level: 'county' }, ['countyId']],
      [{ id: 'o1', role: 'leadingGroupOffice', level: 'city', countyId: 'c1' }, ['countyId']],
      [{ id: 'o1', role: 'leadingGroupOffice', countyId: 'c1' }, ['level']],
    ] as const) {
      const r = safeParse(AccessSubjectSchema, bad);
      expect(r.ok || r.error.path, JSON.stringify(bad)).toEqual(path);
    }
  });

  it('the lifecycle refuses a command from a malformed subject with FORBIDDEN at context.access.subject.<attribute>, the issue unchanged', () => {
    const issue = assigned({ enterpriseId: 'e1' });
    const json = JSON.stringify(issue);
    const actor = { id: 'o1', role: 'leadingGroupOffice' } as const;
    const command: IssueCommand = { type: 'supervise', issueId: issue.id, actor, at: at('2026-09-30'), step: 'urge' };
    const r = executeIssueCommand(issue, command, { calendar: chinaCalendar, access: { policy, subject: cast({ ...actor, level: 'county' }), countyOf: { e1: 'c1' } } });
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['FORBIDDEN', ['context', 'access', 'subject', 'countyId']]);
    const missing = executeIssueCommand(issue, command, { calendar: chinaCalendar, access: cast({ policy }) as never });
    expect(missing.ok || [missing.error.code, missing.error.path]).toEqual(['FORBIDDEN', ['context', 'access', 'subject']]);
    expect(JSON.stringify(issue)).toBe(json);
  });

  it('an actor that carries its enterprise must be the subject of that enterprise', () => {
    const issue = assigned({ enterpriseId: 'e1' });
    const subject: AccessSubject = { id: 'p1', role: 'enterprise', level: 'city', enterpriseId: 'e1' };
    const access = { policy, subject };
    const withdraw = { type: 'withdraw', issueId: issue.id, at: at('2026-09-30') } as const;
    expect(authorizeIssueCommand(issue, { ...withdraw, actor: { id: 'p1', role: 'enterprise', enterpriseId: 'e1' } }, access).allowed).toBe(true);
    const other = authorizeIssueCommand(issue, { ...withdraw, actor: { id: 'p1', role: 'enterprise', enterpriseId: 'e2' } }, access);
    expect(other.allowed || other.reason.en).toContain('for enterprise "e2"');
  });
});
