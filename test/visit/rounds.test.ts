/**
 * Part 14 (issue 19): visit rounds, help work groups and the per-round summary — 004 Xuzhou.
 */
import { describe, expect, it } from 'vitest';
import { safeParse, unwrap } from '../../src/index.js';
import { problemLists, visitRoundSummary, VisitRoundSchema, WorkGroupSchema, type Visit, type VisitRound } from '../../src/visit/index.js';
import { members, problems, rounds, taskSheets, workGroups, xuzhouVisits } from './xuzhou.js';

const asOf = '2017-09-30';
const data = { rounds, workGroups, visits: xuzhouVisits, problems, taskSheets };

describe('visit rounds and work groups (004 Xuzhou)', () => {
  it('004 Xuzhou: 5 rounds, 170-odd party members, 164 households, 10 enterprises, 16 grassroots organisations, 35 problems — each with a help task sheet', () => {
    const s = unwrap(visitRoundSummary(data, asOf));
    expect(s.total.rounds).toBe(5);
    expect(s.total.visitors).toBe(172);
    expect(s.total.members).toBe(members.length);
    expect(s.total.targetsVisited).toEqual({ enterprise: 10, park: 0, household: 164, village: 0, grassrootsOrganisation: 16 });
    expect(s.total.problemsFound).toBe(35);
    expect(s.total.problemsWithTaskSheet).toBe(35); // 根据查找的问题已全部制定排查问题清单和帮扶任务书
    expect(s.total.taskSheets).toBe(35);
    expect(s.outsideRounds.visits).toBe(0);
  });

  it('004 Xuzhou: six work groups, each with its villages; their lines add up to the total', () => {
    const s = unwrap(visitRoundSummary(data, asOf));
    expect(s.workGroups.map((g) => [g.workGroupId, g.targetsAssigned])).toEqual([
      ['g1', 3],
      ['g2', 3],
      ['g3', 3],
      ['g4', 3],
      ['g5', 2],
      ['g6', 2],
    ]);
    expect(s.workGroups.reduce((n, g) => n + g.members, 0)).toBe(172);
    expect(s.workGroups.reduce((n, g) => n + g.visits, 0)).toBe(s.total.visits);
    expect(s.workGroups.reduce((n, g) => n + g.targetsVisited.household, 0)).toBe(164);
    expect(s.workGroups.reduce((n, g) => n + g.problemsFound, 0)).toBe(35);
    expect(s.workGroups.reduce((n, g) => n + g.taskSheets, 0)).toBe(35);
    // The villages were linked up with (对接), not visited as such: none of them counts as visited.
    expect(s.workGroups.every((g) => g.assignedTargetsVisited === 0)).toBe(true);
  });

  it('004 Xuzhou: per round, by number; a household visited again in a later round counts once in the total', () => {
    const s = unwrap(visitRoundSummary(data, asOf));
    expect(s.rounds.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(s.rounds.reduce((n, r) => n + r.visits, 0)).toBe(xuzhouVisits.length);
    expect(s.rounds.reduce((n, r) => n + r.problemsFound, 0)).toBe(35);
    const households = s.rounds.map((r) => r.targetsVisited.household);
    expect(households.reduce((a, b) => a + b, 0)).toBeGreaterThan(164); // revisits in round 5
    expect(s.rounds[0]).toMatchObject({ roundId: 'r1', name: '第一轮走访帮扶', period: { from: '2017-03-01', to: '2017-03-31' }, targetsVisited: { grassrootsOrganisation: 16, enterprise: 0 } });
    expect(s.rounds[1]?.targetsVisited.enterprise).toBe(10);
  });

  it('004: sheets by status and overdue at the date of the summary', () => {
    const s = unwrap(visitRoundSummary(data, asOf));
    expect(s.total.taskSheetsByStatus).toEqual({ open: 12, inProgress: 11, completed: 12, cancelled: 0 });
    const early = unwrap(visitRoundSummary(data, '2017-03-02'));
    expect(early.total.overdueTaskSheets).toBe(0);
    // Every unfinished sheet is past its 20 working days by 30 September.
    expect(s.total.overdueTaskSheets).toBe(23);
  });

  it('004: records outside every round, and records of no group', () => {
    const extra = { id: 'late', date: '2017-12-01', visitorIds: ['pm-999'], enterpriseId: 'e-01', parkId: null };
    const stray = { id: 'stray', date: '2017-03-05', visitorIds: ['pm-999'], enterpriseId: null, parkId: null, target: { kind: 'village' as const, id: 'v-99' } };
    const s = unwrap(visitRoundSummary({ ...data, visits: [...xuzhouVisits, extra, stray] }, asOf));
    expect(s.outsideRounds).toMatchObject({ visits: 1, visitors: 1, targetsVisited: { enterprise: 1 } });
    expect(s.total.visitors).toBe(173);
    expect(s.workGroups.at(-1)).toMatchObject({ workGroupId: null, visits: 1, targetsVisited: { village: 1 } });
  });

  it('004: a problem list per target, and no problem without a help task sheet', () => {
    const lists = unwrap(problemLists(problems, taskSheets));
    expect(lists).toHaveLength(35);
    expect(lists.every((l) => l.uncoveredProblemIds.length === 0)).toBe(true);
    expect(lists.map((l) => l.target.kind).filter((k, i, a) => a.indexOf(k) === i)).toEqual(['enterprise', 'household', 'grassrootsOrganisation']);
  });

  it('rounds and groups are checked: order, overlap, duplicates, unknown references, a leader who is no member', () => {
    expect(safeParse(VisitRoundSchema, { id: 'r', number: 1, from: '2017-04-01', to: '2017-03-01' })).toMatchObject({ ok: false, error: { path: ['to'] } });
    expect(safeParse(WorkGroupSchema, { id: 'g', name: '组', leaderId: 'x', memberIds: ['a'] })).toMatchObject({ ok: false, error: { path: ['leaderId'] } });
    expect(safeParse(WorkGroupSchema, { id: 'g', name: '组', memberIds: ['a'], targets: [{ kind: 'village', id: 'v' }, { kind: 'village', id: 'v' }] })).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['targets', 1] } });
    const overlapping = [...rounds, { id: 'r6', number: 6, from: '2017-09-01', to: '2017-09-30' }];
    expect(visitRoundSummary({ ...data, rounds: overlapping }, asOf)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['data', 'rounds', 5, 'from'] } });
    expect(visitRoundSummary({ ...data, rounds: [...rounds, { ...(rounds[0] as VisitRound), id: 'r9', from: '2018-01-01', to: '2018-01-31' }] }, asOf)).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['data', 'rounds', 5, 'number'] } });
    const first = xuzhouVisits[0] as Visit;
    const unknownRound = [{ ...first, roundId: 'r-x' }];
    expect(visitRoundSummary({ rounds, visits: unknownRound }, asOf)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REFERENCE', path: ['data', 'visits', 0, 'roundId'] } });
    expect(visitRoundSummary({ rounds, visits: [{ ...first, date: '2017-02-30' }] }, asOf)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['data', 'visits', 0, 'date'] } });
    expect(visitRoundSummary(data, '2017-13-01')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'] } });
  });
});
