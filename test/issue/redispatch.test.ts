/**
 * Issue 17: re-dispatch (改派) restarts the clocks (policy redispatchClock 'restart') with the
 * command's limit or the current one — except an order due on a fixed date, which a restart could
 * not move: without a new limit its clocks continue.
 */
import { describe, expect, it } from 'vitest';
import { actors, at, run, submitted } from './fixtures.js';

const office = actors.office;
const classify = { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', actor: office, at: at('2026-10-12') } as const;

describe('Part 12 (issue 17): re-dispatch and its clocks', () => {
  it('restarts a working-day limit from the day of the re-dispatch', () => {
    const issue = run(submitted('i1', 'e1', at('2026-10-12')), [
      classify,
      { type: 'assign', departmentId: 'd-power', timeLimit: { workingDays: 5 }, actor: office, at: at('2026-10-12', 10) },
      { type: 'redispatch', departmentId: 'd-land', actor: office, at: at('2026-10-15') },
    ]);
    expect([issue.leadDepartmentId, issue.assignedOn, issue.deadline, issue.redispatchCount]).toEqual(['d-land', '2026-10-15', '2026-10-22', 1]);
  });

  it('keeps a fixed due date, even once it has passed, when no new limit is given', () => {
    const issue = run(submitted('i1', 'e1', at('2026-10-12')), [
      classify,
      { type: 'assign', departmentId: 'd-power', timeLimit: { dueOn: '2026-10-14' }, actor: office, at: at('2026-10-12', 10) },
      { type: 'redispatch', departmentId: 'd-land', actor: office, at: at('2026-10-16') },
    ]);
    expect([issue.leadDepartmentId, issue.deadline, issue.clocks?.due.handling, issue.redispatchCount]).toEqual(['d-land', '2026-10-14', '2026-10-14T23:59:59+08:00', 1]);
    const renewed = run(issue, [{ type: 'redispatch', departmentId: 'd-tax', timeLimit: { workingDays: 3 }, actor: office, at: at('2026-10-19') }]);
    expect([renewed.assignedOn, renewed.deadline]).toEqual(['2026-10-19', '2026-10-22']);
  });
});
