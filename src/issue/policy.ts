import * as z from 'zod';
import type { IssueAccess } from '../access/authorize.js';
import type { WorkCalendar } from '../calendar/schema.js';
import type { DeepReadonly } from '../core/readonly.js';
import { deepFreeze } from '../internal/freeze.js';
import type { ServiceTaxonomy } from '../taxonomy/schema.js';
import { RedispatchClock } from '../vocabulary/issue.js';
import { defaultDisputeReasons, defaultDissatisfactionReasons, defaultEvaluationScale, defaultPauseReasons, EvaluationScaleSchema, ReasonListSchema } from './evaluation.js';

/**
 * The lifecycle's configurable time rules. The sources require returns, extensions and deadlines
 * but fix no figures, so the defaults are qinqing's (see {@link defaultLifecyclePolicy}).
 *
 * @example
 * ```ts
 * LifecyclePolicySchema.parse({}).returnWindowDays; // 2
 * safeParse(LifecyclePolicySchema, { returnWindowDays: 3 }).ok; // true
 * ```
 * @category Issue
 */
export const LifecyclePolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the rules come from. */
  source: z.string().min(1).default('qinqing defaults'),
  /** A department may return a wrongly routed assignment (退单) within this many working days of it. */
  returnWindowDays: z.int().min(0).max(60).default(2),
  /** An extension (延期) must be requested at least this many working days before the deadline. */
  extensionNoticeDays: z.int().min(0).max(60).default(2),
  /** How many extension requests one assignment may have, refused ones included. */
  maxExtensions: z.int().min(0).max(10).default(1),
  /**
   * The most items a dossier holds, documents, records and evidence together (qinqing's guard rail,
   * not a source figure): an `addToDossier` beyond it is refused with `DOSSIER_FULL`. A matter's
   * archive holds tens of items; the bound keeps each addition's cost (it copies the dossier's lists)
   * and an issue's size bounded whatever a client sends.
   */
  maxDossierItems: z.int().min(1).max(100_000).default(1_000),
  /**
   * How many pauses (挂起) one assignment may have, declined requests included (qinqing's figure:
   * the hotline rules cap how often, not how many).
   */
  maxPauses: z.int().min(0).max(10).default(2),
  /**
   * The most working days of pause credited to one assignment's working-day clocks (qinqing's
   * figure): a pause that runs longer stops moving them, so a clock cannot be stopped for ever.
   */
  maxPausedWorkingDays: z.int().min(0).max(250).default(20),
  /** The most hours of pause credited to one assignment's hour clocks (qinqing's figure). */
  maxPausedHours: z.int().min(0).max(2000).default(72),
  /** The reasons a pause may be requested for (see `defaultPauseReasons`). */
  pauseReasons: ReasonListSchema.default(() => [...defaultPauseReasons]),
  /** The reasons a department may dispute a dispatch for (see `defaultDisputeReasons`). */
  disputeReasons: ReasonListSchema.default(() => [...defaultDisputeReasons]),
  /** Whether a re-dispatch (改派, or an upheld dispute) restarts the clocks or continues them (qinqing's default: restart, the new department gets a full limit). */
  redispatchClock: RedispatchClock.schema.default('restart'),
  /** The evaluation scale an enterprise rates on (see `defaultEvaluationScale`). */
  evaluationScale: EvaluationScaleSchema.default(() => defaultEvaluationScale as z.input<typeof EvaluationScaleSchema>),
  /** The reasons an enterprise may give for a bad rating (see `defaultDissatisfactionReasons`). */
  dissatisfactionReasons: ReasonListSchema.default(() => [...defaultDissatisfactionReasons]),
  /**
   * Working days after the answer within which the office calls the enterprise back (回访; qinqing's
   * figure, for the callback schedule).
   */
  callbackWorkingDays: z.int().min(0).max(60).default(3),
  /**
   * Working days after the answer the enterprise has to give feedback; once they have passed, the
   * office may close the order as not rated (未评价, `closeUnrated`; qinqing's figure).
   */
  feedbackWindowWorkingDays: z.int().min(0).max(60).default(5),
  /**
   * Working days after a bad rating (差评) within which the fix is due (整改): 15, the longer of the
   * 5–15 working days the 好差评 rules give (国办发〔2019〕51号, as issue 17 cites it).
   */
  fixWorkingDays: z.int().min(1).max(60).default(15),
  /** An order reopened or re-dispatched this many times in all is a problem order (疑难工单; issue 17's default). */
  problemOrderAt: z.int().min(1).max(100).default(3),
  /** The local time zone of dates, as minutes east of UTC (480: China Standard Time). */
  utcOffsetMinutes: z.int().min(-720).max(840).default(480),
}))();

/**
 * The lifecycle's time rules; see {@link LifecyclePolicySchema}.
 *
 * @category Issue
 */
export type LifecyclePolicy = DeepReadonly<z.output<typeof LifecyclePolicySchema>>;

/**
 * qinqing's default lifecycle policy: returns and disputes within 2 working days of assignment,
 * extensions asked for at least 2 working days before the deadline, one extension per assignment,
 * at most 1,000 items in a dossier; two pauses per assignment crediting at most 20 working days or
 * 72 hours; re-dispatch restarts the clocks; the five-level scale; callback within 3 working days of
 * the answer, feedback within 5, fixes of a bad rating within 15; a problem order at 3 reopenings
 * or re-dispatches; China Standard Time. Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * defaultLifecyclePolicy.extensionNoticeDays; // 2
 * ```
 * @category Issue
 */
export const defaultLifecyclePolicy: LifecyclePolicy = /* @__PURE__ */ (() => deepFreeze(LifecyclePolicySchema.parse({})))();

/**
 * The value of `IssueContext.access` that turns the access check off: commands are then checked
 * against the role law only (`issueRoleLaw`: who may give feedback, approve, close), not against
 * any jurisdiction. Meant for tests, fixtures and trusted batch jobs that replay decisions already
 * authorised; its name is meant to stand out in code review. The string itself,
 * `'UNSAFE_NO_ACCESS_CHECK'`, works as well (e.g. from configuration; in an object literal not
 * typed `IssueContext`, write the constant, whose type does not widen to `string`).
 *
 * @example
 * ```ts
 * const trusted: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
 * UNSAFE_NO_ACCESS_CHECK; // 'UNSAFE_NO_ACCESS_CHECK'
 * ```
 * @category Issue
 */
export const UNSAFE_NO_ACCESS_CHECK = 'UNSAFE_NO_ACCESS_CHECK' as const; // `as const`: the literal type does not widen to string in an object literal

/**
 * What the lifecycle needs besides the issue and the command: the working-day calendar, the access
 * check (required), and optionally the time rules and the service taxonomy that `classify` checks
 * category ids against.
 *
 * @category Issue
 */
export interface IssueContext {
  /** The working-day calendar for deadlines, e.g. `chinaCalendar`. */
  readonly calendar: WorkCalendar;
  /**
   * The access check, on by default: the policy with the subject the app authenticated (and where
   * enterprises lie). Every command is first checked against it: an actor that is not the subject,
   * or a command the policy does not allow, is refused with `FORBIDDEN` before anything else (see
   * `authorizeIssueCommand`). Only {@link UNSAFE_NO_ACCESS_CHECK} turns it off, explicitly; a
   * context without `access` (from JavaScript) is refused with `INVALID_ARGUMENT` at
   * `context.access`, never run unchecked. Either way the role law (`issueRoleLaw`) holds.
   */
  readonly access: IssueAccess | typeof UNSAFE_NO_ACCESS_CHECK;
  /** The time rules; {@link defaultLifecyclePolicy} when omitted. */
  readonly policy?: LifecyclePolicy;
  /** When given, `classify` rejects a category id it does not hold with `UNKNOWN_REFERENCE`. */
  readonly taxonomy?: ServiceTaxonomy;
}
