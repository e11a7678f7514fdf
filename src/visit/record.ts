import { domainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { Instant } from '../core/schema.js';
import { movedPaths } from '../internal/parse.js';
import { safeParseIssueCommand, type IssueCommand } from '../issue/commands.js';
import type { Actor } from '../vocabulary/actor.js';
import { xuzhouVisitRecordForm } from './defaults.js';
import { VisitTargetKind } from './enums.js';
import type { Visit, VisitChecklist, VisitChecklistItem } from './schema.js';

/**
 * What {@link checkVisitRecord} finds in a visit record.
 *
 * @category Visit
 */
export interface VisitRecordCheck {
  /** Whether every required item has an answer. */
  readonly complete: boolean;
  /** The required items with no answer (missing, empty or blank), in the form's order. */
  readonly missing: readonly VisitChecklistItem[];
  /** Answer keys the form does not hold, sorted: typos or another form's items. */
  readonly unknownItemIds: readonly string[];
}

/**
 * Checks a visit record against its record form (走访记实表, 004): lists the required items left
 * unanswered — an answer that is empty or only white space counts as none — and the answers to
 * items the form does not hold. The form's optional items may stay empty.
 *
 * @param visit - The visit record.
 * @param checklist - The record form; Xuzhou's "10+1" form ({@link xuzhouVisitRecordForm}) by default.
 * @returns Whether the record is complete, the missing required items and the unknown answer keys.
 * @example
 * ```ts
 * const v = parse(VisitSchema, { id: 'v1', date: '2026-03-10', visitorIds: ['a1'], departmentIds: ['d1'], enterpriseId: 'e1',
 *   parkId: null, mode: 'onSite', purpose: '走访', findings: '', answers: { financing: '需贷款 500 万元' } });
 * checkVisitRecord(v).missing.length; // 9
 * ```
 * @category Visit
 */
export function checkVisitRecord(visit: Visit, checklist: VisitChecklist = xuzhouVisitRecordForm): VisitRecordCheck {
  const answers = visit.answers;
  const missing = checklist.items.filter(
    (item) => item.required && !(Object.hasOwn(answers, item.id) && (answers[item.id] ?? '').trim() !== ''),
  );
  const known = new Set(checklist.items.map((i) => i.id));
  const unknownItemIds = Object.keys(answers)
    .filter((k) => !known.has(k))
    .sort();
  return { complete: missing.length === 0, missing, unknownItemIds };
}

/**
 * Accepts a visit record for the work ledger (台账) only when it answers every required item of its
 * record form; see {@link checkVisitRecord}.
 *
 * @param visit - The visit record.
 * @param checklist - The record form; {@link xuzhouVisitRecordForm} by default.
 * @returns The visit, or `VISIT_RECORD_INCOMPLETE` listing each missing item (path `['visit', 'answers', id]`)
 *   in its `issues`.
 * @example
 * ```ts
 * const v = parse(VisitSchema, { id: 'v1', date: '2026-03-10', visitorIds: ['a1'], departmentIds: ['d1'], enterpriseId: 'e1',
 *   parkId: null, mode: 'onSite', purpose: '走访', findings: '' });
 * requireCompleteVisitRecord(v).ok; // false: VISIT_RECORD_INCOMPLETE
 * ```
 * @category Visit
 */
export function requireCompleteVisitRecord(visit: Visit, checklist: VisitChecklist = xuzhouVisitRecordForm): Result<Visit> {
  const check = checkVisitRecord(visit, checklist);
  if (check.complete) return ok(visit);
  const issues = check.missing.map((item) =>
    domainError('VISIT_RECORD_INCOMPLETE', {
      en: `The required item "${item.label.en}" (${item.id}) of the form "${checklist.name.en}" has no answer.`,
      zh: `《${checklist.name.zh}》的必填事项“${item.label.zh}”（${item.id}）未填写。`,
      path: ['visit', 'answers', item.id],
    }),
  );
  return err(
    domainError('VISIT_RECORD_INCOMPLETE', {
      en: `Visit ${visit.id} leaves ${issues.length} required item(s) of "${checklist.name.en}" unanswered: ${check.missing.map((i) => i.id).join(', ')}.`,
      zh: `走访记录 ${visit.id} 有 ${issues.length} 项《${checklist.name.zh}》必填事项未填写：${check.missing.map((i) => i.label.zh).join('、')}。`,
      path: ['visit', 'answers'],
      issues,
    }),
  );
}

/**
 * A problem found on a visit, to be submitted as an enterprise issue.
 *
 * @category Visit
 */
export interface VisitProblem {
  /** The id the app gives the new issue (add it to the visit's `issueIds`). */
  readonly issueId: string;
  /** A short title. */
  readonly title: string;
  /** When the issue is submitted, an instant with an offset. */
  readonly at: Instant;
  /** The description in the enterprise's words. */
  readonly description?: string;
  /** A category proposed at intake. */
  readonly categoryId?: string;
  /** The enterprise that raised it: required for a visit to a park, household, village or organisation; for an enterprise visit, the visited one. */
  readonly enterpriseId?: string;
  /** Who submits it; by default the visit's first visitor acting as `'adviser'`. */
  readonly actor?: Actor;
  /** A note for the audit event; by default one naming the visit and its date. */
  readonly note?: string;
}

/**
 * Builds the `submit` command for a problem found on a visit (走访中发现的问题): channel `'visit'`,
 * origin `'proactive'` (the government went to the enterprise, 000), the visited enterprise, and a
 * note naming the visit — ready for the issue lifecycle (`executeIssueCommand`).
 *
 * An enterprise issue found on a visit to a household, a village or a grassroots organisation
 * (Part 14) needs `problem.enterpriseId`, as on a park visit; the problems of those targets
 * themselves go on their problem list ({@link ProblemListItemSchema}) instead.
 *
 * @param visit - The visit on which the problem was found.
 * @param problem - The new issue's id, title, submission instant and optional details.
 * @returns The validated command; `VISIT_ENTERPRISE_REQUIRED` for a visit to a park (or to a
 *   household, village or grassroots organisation) without `problem.enterpriseId` (path
 *   `['problem', 'enterpriseId']`); `INVALID_ARGUMENT` there when
 *   `problem.enterpriseId` names another enterprise than the one visited; or the command's own
 *   validation error (e.g. an empty title) at the path of the argument it came from (`['problem', 'title']`).
 * @example
 * ```ts
 * const v = parse(VisitSchema, { id: 'v1', date: '2026-03-10', visitorIds: ['a1'], departmentIds: ['d1'], enterpriseId: 'e1',
 *   parkId: null, mode: 'onSite', purpose: '月度走访', findings: '融资难' });
 * const r = visitIssueCommand(v, { issueId: 'i1', title: '流动资金贷款难', at: '2026-03-10T16:00:00+08:00' });
 * r.ok && r.value.type === 'submit' ? r.value.channel : null; // 'visit'
 * ```
 * @category Visit
 */
export function visitIssueCommand(visit: Visit, problem: VisitProblem): Result<IssueCommand> {
  let enterpriseId = visit.enterpriseId;
  if (enterpriseId === null) {
    if (problem.enterpriseId === undefined) {
      const other = visit.parkId === null ? visit.target : undefined;
      const where =
        other === undefined || other === null || !Object.hasOwn(VisitTargetKind.labels, other.kind)
          ? { en: `the park ${visit.parkId ?? ''}`, zh: `园区 ${visit.parkId ?? ''}` }
          : { en: `the ${VisitTargetKind.labels[other.kind].en.toLowerCase()} ${other.id}`, zh: `${VisitTargetKind.labels[other.kind].zh} ${other.id}` };
      return err(
        domainError('VISIT_ENTERPRISE_REQUIRED', {
          en: `Visit ${visit.id} went to ${where.en}: name the enterprise that raised the problem (problem.enterpriseId).`,
          zh: `走访记录 ${visit.id} 的对象是${where.zh}：请注明提出问题的企业（problem.enterpriseId）。`,
          path: ['problem', 'enterpriseId'],
        }),
      );
    }
    enterpriseId = problem.enterpriseId;
  } else if (problem.enterpriseId !== undefined && problem.enterpriseId !== enterpriseId) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `Visit ${visit.id} went to the enterprise ${enterpriseId}, not to ${problem.enterpriseId}.`,
        zh: `走访记录 ${visit.id} 的对象是企业 ${enterpriseId}，而不是 ${problem.enterpriseId}。`,
        path: ['problem', 'enterpriseId'],
        value: problem.enterpriseId,
      }),
    );
  }
  const actor = problem.actor ?? { id: visit.visitorIds[0] as string, role: 'adviser' };
  const command = safeParseIssueCommand({
    type: 'submit',
    issueId: problem.issueId,
    actor: { id: actor.id, role: actor.role },
    at: problem.at,
    note: problem.note ?? `走访记录 ${visit.id}（${visit.date}）发现的问题 / Found on visit ${visit.id} of ${visit.date}`,
    enterpriseId,
    title: problem.title,
    channel: 'visit',
    origin: 'proactive',
    ...(problem.description === undefined ? {} : { description: problem.description }),
    ...(problem.categoryId === undefined ? {} : { categoryId: problem.categoryId }),
  });
  if (command.ok) return command;
  // The command's paths, as the caller's arguments: what came from the visit, or from the problem.
  return err(
    movedPaths(command.error, ([head, ...rest]) => {
      if (head === 'actor' && problem.actor === undefined) return ['visit', 'visitorIds', 0];
      if (head === 'note' && problem.note === undefined) return ['visit', 'id'];
      if (head === 'enterpriseId' && problem.enterpriseId === undefined) return ['visit', 'enterpriseId'];
      return head === undefined || head === 'type' || head === 'channel' || head === 'origin' ? ['problem'] : ['problem', head, ...rest];
    }),
  );
}
