import { describe, expect, it } from 'vitest';
import { decideIssue, evolveIssue, executeIssueCommand, replayIssue, safeParseIssue, type Issue, type IssueCommand, type IssueEvent } from '../../src/issue/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { actors, assigned, at, ctx, run, submitted, type Step } from './fixtures.js';

const supervise = (issue: Issue, minutes: number): IssueCommand => ({ type: 'supervise', issueId: issue.id, step: 'urge', actor: actors.efficiency, at: at('2026-09-29', minutes) });
const classify = (procedure: 'simple' | 'general'): Step => ({ type: 'classify', categoryId: 'financing', scope: 'multiDepartment', nature: 'widespread', procedure, actor: actors.office });

/** The issue after each command is executed on the one before. */
function steps(issue: Issue, commands: readonly IssueCommand[]): Issue {
  return commands.reduce((i, c) => {
    const r = executeIssueCommand(i, c, ctx);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.issue;
  }, issue);
}

describe('issue 16 "linear everywhere": evolveIssue appends to a history shared by the versions, readers see a plain array', () => {
  const a = assigned();
  const b = steps(a, [supervise(a, 0)]);

  it('history is a real, own, enumerable array, read before and after an append to a later version', () => {
    const before = a.history;
    expect(Array.isArray(before)).toBe(true);
    expect(Object.keys(a).at(-1)).toBe('history');
    const c = steps(b, [supervise(b, 1)]);
    expect(a.history).toBe(before);
    expect(a.history.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(b.history.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(c.history.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(c.history.slice(0, 4)).toEqual(b.history);
  });

  it('round-trips through JSON unchanged, with the same key order, and equals its spread and structuredClone copies', () => {
    const json = JSON.stringify(b);
    const back = JSON.parse(json) as Issue;
    expect(back).toEqual(b);
    expect(JSON.stringify(back)).toBe(json);
    expect({ ...b }).toEqual(b);
    expect(structuredClone(b)).toEqual(b);
    expect(safeParseIssue(back).ok).toBe(true);
    expect(replayIssue(b.history, ctx)).toEqual({ ok: true, value: b, provisional: false });
  });

  it('a spread or parsed copy (no shared log) decides and evolves as the issue itself does', () => {
    const command = supervise(b, 5);
    const direct = executeIssueCommand(b, command, ctx);
    for (const copy of [{ ...b }, JSON.parse(JSON.stringify(b)) as Issue]) {
      const r = executeIssueCommand(copy, command, ctx);
      expect(r).toEqual(direct);
      expect(r.ok && r.value.issue.history.length).toBe(5);
      expect(copy.history.length).toBe(4);
    }
    // the last event still bounds the time of the next command, log or not
    const early = { ...command, at: at('2026-09-28') };
    expect(decideIssue({ ...b }, early, ctx)).toMatchObject({ ok: false, error: { code: 'TIME_BEFORE_LAST_EVENT' } });
    expect(decideIssue(b, early, ctx)).toMatchObject({ ok: false, error: { code: 'TIME_BEFORE_LAST_EVENT' } });
  });

  it('a frozen issue (Object.freeze, or frozen deeply) still evolves, and keeps its history', () => {
    const frozen = Object.freeze(steps(a, [supervise(a, 2)]));
    const deep = deepFreeze(steps(a, [supervise(a, 3)]));
    for (const f of [frozen, deep]) {
      const next = steps(f, [supervise(f, 10)]);
      expect(next.history.length).toBe(5);
      expect(f.history.length).toBe(4);
    }
  });

  it('a fork from an older version copies its events once and leaves the newer version as it was', () => {
    const fork = evolveIssue(a, b.history[3] as IssueEvent);
    const forkAgain = evolveIssue(fork, b.history[3] as IssueEvent);
    const later = steps(b, [supervise(b, 7)]);
    expect(forkAgain.history.map((e) => e.seq)).toEqual([1, 2, 3, 4, 4]);
    expect(later.history.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(b.history.length).toBe(4);
  });

  it('the last approval answer is kept as events are appended: a refusal stands, read through the log or from a copy (Part 9, 000)', () => {
    const refused = run(submitted(), [classify('general'), { type: 'requestApproval', actor: actors.office }, { type: 'refuseApproval', actor: actors.body }]);
    const simple = { type: 'classify', issueId: refused.id, categoryId: 'financing', scope: 'multiDepartment', nature: 'widespread', procedure: 'simple', actor: actors.office, at: at('2026-09-30') } as const;
    for (const issue of [refused, { ...refused }, run(refused, [classify('general')], { date: '2026-09-29' })]) {
      expect(decideIssue(issue, simple, ctx)).toMatchObject({ ok: false, error: { code: 'GENERAL_PROCEDURE_REFUSED' } });
    }
  });
});
