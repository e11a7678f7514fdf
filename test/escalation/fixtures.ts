/**
 * Escalation fixtures: real issues built through the lifecycle (see test/issue/fixtures.ts), and
 * plain facts for routing without an issue.
 */
import type { IssueNature, IssueScope, Issue, Procedure } from '../../src/issue/index.js';
import type { IssueFacts } from '../../src/escalation/index.js';
import { actors, at, run, submitted } from '../issue/fixtures.js';

/** What a classification says. */
export interface Classification {
  readonly nature?: IssueNature;
  readonly scope?: IssueScope;
  readonly procedure?: Procedure;
  readonly categoryId?: string;
}

/**
 * An issue submitted, classified and assigned on `date` (a simple-procedure one by default, a
 * general one approved first) with `workingDays` to a department.
 */
export function assignedAs(c: Classification = {}, options: { issueId?: string; date?: string; workingDays?: number } = {}): Issue {
  const date = options.date ?? '2026-09-28';
  const procedure = c.procedure ?? 'simple';
  return run(
    submitted(options.issueId ?? 'i1', 'e1', at(date)),
    [
      { type: 'classify', categoryId: c.categoryId ?? 'power', scope: c.scope ?? 'ownFunction', nature: c.nature ?? 'ordinary', procedure, actor: actors.office },
      ...(procedure === 'general' ? ([{ type: 'requestApproval', actor: actors.office }, { type: 'approve', actor: actors.body }] as const) : []),
      { type: 'assign', departmentId: 'd-power', timeLimit: { workingDays: options.workingDays ?? 5 }, actor: actors.office },
    ],
    { date },
  );
}

/** The issue answered by its department as not solvable for now, with proposed measures (003). */
export function answeredUnsolvable(issue: Issue, date = '2026-09-29'): Issue {
  return run(issue, [{ type: 'answer', outcome: 'unsolvable', summary: '涉及土地指标，暂不能解决', mode: 'writtenReply', measures: '报市领导研究', actor: actors.handler, at: at(date) }]);
}

/** The issue answered as resolved, then found unsatisfactory by the enterprise: reopened once more (002). */
export function reopenedOnce(issue: Issue, date = '2026-09-29'): Issue {
  return run(issue, [
    { type: 'answer', outcome: 'resolved', summary: '已协调供电公司', mode: 'phone', actor: actors.handler, at: at(date) },
    { type: 'giveFeedback', level: 'unsatisfied', actor: actors.enterprise, at: at(date, 10) },
  ]);
}

/** The issue reassigned after a reopen. */
export function reassigned(issue: Issue, date = '2026-09-30', workingDays = 5): Issue {
  return run(issue, [{ type: 'assign', departmentId: 'd-power', timeLimit: { workingDays }, actor: actors.office, at: at(date, 30) }]);
}

/** Facts of a classified, on-time, unsupervised simple-procedure issue, with overrides. */
export function facts(overrides: Partial<IssueFacts> = {}): IssueFacts {
  return {
    nature: 'ordinary',
    scope: 'ownFunction',
    procedure: 'simple',
    categoryId: 'power',
    industry: null,
    enterprisesAffected: 1,
    amountInvolved: 0,
    overdueWorkingDays: 0,
    supervisionStep: 'unsupervised',
    reopenCount: 0,
    reworkCount: 0,
    declaredUnsolvable: false,
    ...overrides,
  };
}
