import { describe, expect, it } from 'vitest';
import { safeParse, unwrap } from '../../src/index.js';
import { ExpertAssignmentSchema, ExpertKind, expertTeamSummary, type Expert, type ExpertAssignment } from '../../src/org/index.js';

/** Haining's expert service team (002): 15 — professors, accountants, consultants, lawyers, engineers (three of each here). */
const team: Expert[] = Array.from({ length: 15 }, (_, i) => ({ id: `x${String(i + 1).padStart(2, '0')}`, name: `专家${i + 1}`, kind: ExpertKind.values[i % 5] as ExpertKind, expertise: [] }));
const quarter = { from: '2019-04-01', to: '2019-06-30' };

/** The 精准帮扶进企业集中月: each of the first ten experts joins a visit to a printing-and-dyeing firm, two of them per visit; four issues get an expert. */
const work: ExpertAssignment[] = [
  ...Array.from({ length: 10 }, (_, i): ExpertAssignment => ({ id: `v${i}`, expertId: `x${String(i + 1).padStart(2, '0')}`, kind: 'visit', visitId: `visit${Math.floor(i / 2)}`, enterpriseId: `印染${Math.floor(i / 2)}`, on: '2019-05-10' })),
  ...Array.from({ length: 4 }, (_, i): ExpertAssignment => ({ id: `i${i}`, expertId: `x0${1 + i}`, kind: 'issue', issueId: `issue${i}`, enterpriseId: `印染${i}`, on: '2019-05-20' })),
  { id: 'old', expertId: 'x15', kind: 'issue', issueId: 'issue-2018', on: '2018-11-02' },
];

describe('002 Haining: the expert service team put to work on issues and visits', () => {
  it('002: reproduces the 15-expert team and counts its work, each issue and visit once', () => {
    const s = unwrap(expertTeamSummary(team, work, quarter));
    expect(s.experts).toBe(15);
    expect(s.byKind).toEqual({ professor: 3, accountant: 3, consultant: 3, lawyer: 3, engineer: 3 });
    expect([s.active, s.visits, s.issues, s.enterprises]).toEqual([10, 5, 4, 5]);
    expect(s.perExpert[0]).toEqual({ expertId: 'x01', kind: 'professor', issues: 1, visits: 1, enterprises: 1 });
    expect(s.idle).toEqual(['x11', 'x12', 'x13', 'x14', 'x15']);
  });

  it('an assignment names an issue or a visit, not both', () => {
    expect(safeParse(ExpertAssignmentSchema, { id: 'a', expertId: 'x', kind: 'visit', visitId: 'v', issueId: 'i', on: '2019-05-10' }).ok).toBe(false);
    expect(safeParse(ExpertAssignmentSchema, { id: 'a', expertId: 'x', kind: 'meeting', on: '2019-05-10' }).ok).toBe(false);
  });

  it('refuses an expert not in the team, repeated ids and a bad period, at their paths', () => {
    const r = (t: readonly Expert[], w: readonly ExpertAssignment[], p = quarter) => {
      const x = expertTeamSummary(t, w, p);
      return x.ok ? null : [x.error.code, x.error.path];
    };
    expect(r(team, [{ ...(work[0] as ExpertAssignment), expertId: 'x99' }])).toEqual(['UNKNOWN_REFERENCE', ['assignments', 0, 'expertId']]);
    expect(r([...team, team[0] as Expert], [])).toEqual(['DUPLICATE_ID', ['experts', 15, 'id']]);
    expect(r(team, [work[0] as ExpertAssignment, work[0] as ExpertAssignment])).toEqual(['DUPLICATE_ID', ['assignments', 1, 'id']]);
    expect(r(team, work, { from: '2019-04-01', to: '2019-02-30' })).toEqual(['INVALID_DATE', ['period', 'to']]);
  });
});
