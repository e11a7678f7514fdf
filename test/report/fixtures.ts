/**
 * Issues for the report tests, built through the real lifecycle (see test/issue/fixtures.ts), in
 * July 2026 unless said otherwise.
 */
import type { Issue } from '../../src/issue/index.js';
import { actors, assigned, at, run, submitted } from '../issue/fixtures.js';

const answer = (issue: Issue, outcome: 'resolved' | 'explained', date: string) =>
  run(issue, [{ type: 'answer', outcome, summary: '已办理并答复企业', mode: 'writtenReply', actor: actors.handler }], { date });

/** Answered as resolved on `answerOn`, the enterprise satisfied, closed on `closeOn`. */
export function closedIssue(issueId: string, enterpriseId: string, categoryId: string, date: string, answerOn: string, closeAt: string, level: 'satisfied' | 'basicallySatisfied' = 'satisfied'): Issue {
  const answered = answer(assigned({ issueId, enterpriseId, date, categoryId, departmentId: 'd-power' }), 'resolved', answerOn);
  return run(answered, [
    { type: 'giveFeedback', level, actor: actors.enterprise, at: closeAt },
    { type: 'close', actor: actors.office, at: closeAt },
  ]);
}

/**
 * The issues:
 * - q2 (e1, financing): submitted 2026-07-01 09:00, resolved 07-03, satisfied, closed 07-04;
 * - q1 (e2, productionFactors): submitted at the same instant, explained 07-02, unsatisfied → reopened;
 * - q3 (e3): submitted 2026-06-28, not yet classified;
 * - q4 (e1): submitted 2026-08-10 and withdrawn;
 * - q5 (e1, financing): submitted 07-05, resolved, basically satisfied, closed at 2026-07-10T17:00Z (07-11 in China);
 * - q6 (e4, 'customCategory' — not in the taxonomy): assigned 07-06, not answered.
 */
export function reportIssues(): Issue[] {
  const q2 = closedIssue('q2', 'e1', 'financing', '2026-07-01', '2026-07-03', at('2026-07-04'));
  const q1 = run(answer(assigned({ issueId: 'q1', enterpriseId: 'e2', date: '2026-07-01', categoryId: 'productionFactors', departmentId: 'd-land' }), 'explained', '2026-07-02'), [
    { type: 'giveFeedback', level: 'unsatisfied', actor: actors.enterprise, at: at('2026-07-03') },
  ]);
  const q3 = submitted('q3', 'e3', at('2026-06-28'));
  const q4 = run(submitted('q4', 'e1', at('2026-08-10')), [{ type: 'withdraw', actor: actors.enterprise, at: at('2026-08-11') }]);
  const q5 = closedIssue('q5', 'e1', 'financing', '2026-07-05', '2026-07-08', '2026-07-10T17:00:00Z', 'basicallySatisfied');
  const q6 = assigned({ issueId: 'q6', enterpriseId: 'e4', date: '2026-07-06', categoryId: 'customCategory', departmentId: 'd-tax' });
  return [q6, q5, q4, q3, q2, q1];
}
