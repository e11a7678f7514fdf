import type { Instant } from '../core/schema.js';
import type { SupervisingBody } from '../supervision/bodies.js';
import type { Actor } from '../vocabulary/actor.js';
import type { SupervisionStep } from '../vocabulary/issue.js';
import type { IssueEvent } from './schema.js';

/**
 * One supervision step recorded on an issue: when, which step, the body that took it and, for a
 * joint step (联合督办, 003), the second body.
 *
 * @category Issue
 */
export interface SupervisionRecord {
  /** The event's position in the history. */
  readonly seq: number;
  /** When the step was taken. */
  readonly at: Instant;
  /** The step. */
  readonly step: Exclude<SupervisionStep, 'unsupervised'>;
  /** The body that took it (the event's actor). */
  readonly by: Actor;
  /** The second body of a joint step, or null. */
  readonly jointWith: SupervisingBody | null;
}

/**
 * The supervision steps recorded on an issue's current assignment, oldest first: every `supervise`
 * event after the last event that reset supervision (an assignment, a return, a re-dispatch: they
 * set `supervisionStep` back to `'unsupervised'`), with the body that took the step and, for a joint
 * step (联合督办, 003: "当地效能办和领导小组办公室联合进行督办"), the second body (`jointWith`, event
 * version 2.3). Reads the history the issue holds: an issue loaded from a snapshot holds only the
 * events after it.
 *
 * @param issue - The issue (its `history`).
 * @returns The steps, oldest first; empty when none was taken on the current assignment.
 * @example
 * ```ts
 * supervisionSteps(issue).map((r) => [r.step, r.by.role, r.jointWith?.role ?? null]);
 * // [['urge', 'leadingGroupOffice', null], ['supervision', 'efficiencyOffice', 'leadingGroupOffice']]
 * ```
 * @category Issue
 */
export function supervisionSteps(issue: { readonly history: readonly IssueEvent[] }): readonly SupervisionRecord[] {
  const history = issue.history;
  const out: SupervisionRecord[] = [];
  for (let k = history.length - 1; k >= 0; k--) {
    const e = history[k];
    if (e === undefined || e === null) continue;
    const step: unknown = e.changes?.supervisionStep;
    if (e.type === 'supervise' && typeof step === 'string' && step !== 'unsupervised') {
      out.push({ seq: e.seq, at: e.at, step: step as SupervisionRecord['step'], by: e.actor, jointWith: e.jointWith ?? null });
    } else if (step === 'unsupervised') break;
  }
  return out.reverse();
}
