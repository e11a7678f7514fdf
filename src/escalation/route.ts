import type { WorkCalendar } from '../calendar/schema.js';
import { workingDaysBetween } from '../calendar/working-days.js';
import type { Result } from '../core/result.js';
import { ok } from '../core/result.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { supervisionStepRank } from '../issue/supervision.js';
import type { Issue } from '../issue/schema.js';
import type { EscalationLadder, EscalationRule, EscalationTarget, FactName, IssueFacts } from './schema.js';

/**
 * Facts about an issue that the issue itself does not hold, supplied by the app.
 *
 * @category Escalation
 */
export interface ExtraFacts {
  /** The enterprise's industry code (GB/T 4754). */
  readonly industry?: string;
  /** How many enterprises the problem affects (default 1). */
  readonly enterprisesAffected?: number;
  /** The money involved, in yuan (default 0). */
  readonly amountInvolved?: number;
}

/**
 * The facts a ladder looks at, read off an issue at a date: its classification, working days
 * overdue (0 unless it is assigned and past its deadline), the supervision step recorded, the
 * reopen count, whether its answer says it cannot be solved for now, and the app's extra facts.
 *
 * @param issue - The issue.
 * @param asOf - The local date of routing.
 * @param calendar - The working-day calendar.
 * @param extra - The industry, enterprises affected and money involved, when the app knows them.
 * @returns The facts, or a calendar error.
 * @example
 * ```ts
 * issueFacts(issue, '2026-10-20', chinaCalendar, { industry: 'C3411' });
 * ```
 * @category Escalation
 */
export function issueFacts(issue: Issue, asOf: CalendarDate, calendar: WorkCalendar, extra: ExtraFacts = {}): Result<IssueFacts> {
  let overdue = 0;
  if (issue.state === 'assigned' && issue.deadline !== null && asOf > issue.deadline) {
    const days = workingDaysBetween(issue.deadline, asOf, calendar);
    if (!days.ok) return days;
    overdue = days.value;
  }
  return ok({
    nature: issue.nature,
    scope: issue.scope,
    procedure: issue.procedure,
    categoryId: issue.categoryId,
    industry: extra.industry ?? null,
    enterprisesAffected: extra.enterprisesAffected ?? 1,
    amountInvolved: extra.amountInvolved ?? 0,
    overdueWorkingDays: overdue,
    supervisionStep: issue.supervisionStep,
    reopenCount: issue.reopenCount,
    declaredUnsolvable: issue.answer?.outcome === 'unsolvable',
  });
}

/**
 * An earlier rule that did not apply, and the first of its conditions that failed.
 *
 * @category Escalation
 */
export interface SkippedRule {
  /** The rule. */
  readonly ruleId: Id;
  /** The first condition, in the order of {@link RuleConditionsSchema}, that did not hold. */
  readonly failedOn: FactName;
}

/**
 * Where a ladder sends an issue and why: the deciding rule and its target and rank, the conditions
 * that held, the earlier rules and the condition each failed on, and the facts used. When no rule
 * holds, `target`, `ruleId` and `rank` are null: the ladder has a gap.
 *
 * @category Escalation
 */
export interface Route {
  /** The ladder. */
  readonly ladderId: Id;
  /** The deciding rule, or null. */
  readonly ruleId: Id | null;
  /** Its target, or null. */
  readonly target: EscalationTarget | null;
  /** Its rank, or null. */
  readonly rank: number | null;
  /** The conditions of the deciding rule, all of which held. */
  readonly held: readonly FactName[];
  /** The rules before it, each with the condition it failed on. */
  readonly skipped: readonly SkippedRule[];
  /** The facts the ladder looked at. */
  readonly facts: IssueFacts;
}

/** A compiled condition: its fact's name and a test of the facts. */
type Check = readonly [FactName, (f: IssueFacts) => boolean];

/** A rule compiled once: its checks, and the skip record of each check, shared by every route. */
interface CompiledRule {
  readonly rule: EscalationRule;
  readonly checks: readonly Check[];
  readonly held: readonly FactName[];
  readonly skips: readonly SkippedRule[];
}

const inRange = (r: { readonly min?: number | undefined; readonly max?: number | undefined }, v: number): boolean =>
  (r.min === undefined || v >= r.min) && (r.max === undefined || v <= r.max);

/** The checks of a rule, in the order of the condition schema, each a closure over its own data. */
function compileChecks(when: EscalationRule['when']): Check[] {
  const checks: Check[] = [];
  const oneOf = <K extends 'nature' | 'scope' | 'procedure' | 'categoryId'>(key: K): void => {
    const list = when[key];
    if (list === undefined) return;
    const set = new Set<string | null>(list);
    checks.push([key, (f) => set.has(f[key])]);
  };
  oneOf('nature');
  oneOf('scope');
  oneOf('procedure');
  oneOf('categoryId');
  if (when.industry !== undefined) {
    const prefixes = when.industry;
    checks.push(['industry', (f) => f.industry !== null && prefixes.some((p) => (f.industry as string).startsWith(p))]);
  }
  for (const key of ['enterprisesAffected', 'amountInvolved', 'overdueWorkingDays'] as const) {
    const r = when[key];
    if (r !== undefined) checks.push([key, (f) => inRange(r, f[key])]);
  }
  if (when.supervisionStep !== undefined) {
    const { min, max } = when.supervisionStep;
    const r = {
      ...(min === undefined ? {} : { min: supervisionStepRank(min) }),
      ...(max === undefined ? {} : { max: supervisionStepRank(max) }),
    };
    checks.push(['supervisionStep', (f) => inRange(r, supervisionStepRank(f.supervisionStep))]);
  }
  if (when.reopenCount !== undefined) {
    const r = when.reopenCount;
    checks.push(['reopenCount', (f) => inRange(r, f.reopenCount)]);
  }
  if (when.declaredUnsolvable !== undefined) {
    const v = when.declaredUnsolvable;
    checks.push(['declaredUnsolvable', (f) => f.declaredUnsolvable === v]);
  }
  return checks;
}

/**
 * A ladder compiled once into closures: route facts without reading the ladder's JSON again.
 *
 * @category Escalation
 */
export interface CompiledLadder {
  /** The ladder it was compiled from. */
  readonly ladder: EscalationLadder;
  /** Routes facts: the same as {@link route} after {@link issueFacts}. */
  readonly routeFacts: (facts: IssueFacts) => Route;
}

const cache = new WeakMap<EscalationLadder, CompiledLadder>();

/**
 * Compiles a ladder into closures, once per ladder object (ladders are immutable data, so the
 * result is cached): each condition becomes a small test, and the explanation records of every
 * rule are built in advance, so routing an issue allocates only its answer.
 *
 * @param ladder - The ladder (validate it first with {@link validateLadder}).
 * @returns The compiled ladder.
 * @example
 * ```ts
 * compileLadder(jiaozuoLadder).routeFacts(facts).target; // { holder: 'deputyMayorInCharge' }
 * ```
 * @category Escalation
 */
export function compileLadder(ladder: EscalationLadder): CompiledLadder {
  const cached = cache.get(ladder);
  if (cached !== undefined) return cached;
  const rules: CompiledRule[] = ladder.rules.map((rule) => {
    const checks = compileChecks(rule.when);
    return {
      rule,
      checks,
      held: Object.freeze(checks.map(([name]) => name)),
      skips: checks.map(([failedOn]) => Object.freeze({ ruleId: rule.id, failedOn })),
    };
  });
  const none: readonly FactName[] = Object.freeze([]);
  const routeFacts = (facts: IssueFacts): Route => {
    const skipped: SkippedRule[] = [];
    for (const r of rules) {
      let failed = -1;
      for (let i = 0; i < r.checks.length; i++) {
        if (!(r.checks[i] as Check)[1](facts)) {
          failed = i;
          break;
        }
      }
      if (failed < 0) return { ladderId: ladder.id, ruleId: r.rule.id, target: r.rule.target, rank: r.rule.rank, held: r.held, skipped, facts };
      skipped.push(r.skips[failed] as SkippedRule);
    }
    return { ladderId: ladder.id, ruleId: null, target: null, rank: null, held: none, skipped, facts };
  };
  const result = { ladder, routeFacts };
  cache.set(ladder, result);
  return result;
}

/**
 * Routes an issue on a ladder: the first rule whose conditions all hold decides where the problem
 * goes, and the answer explains it (the deciding rule, the conditions that held, and each earlier
 * rule with the condition that failed). Deterministic: the same issue, date and ladder always give
 * the same route. Record the move with the lifecycle's `escalate` command.
 *
 * @param issue - The issue.
 * @param ladder - The ladder, e.g. {@link jiaozuoLadder}.
 * @param asOf - The local date of routing (for working days overdue).
 * @param calendar - The working-day calendar.
 * @param extra - The industry, enterprises affected and money involved, when the app knows them.
 * @returns The route (with a null target when no rule holds), or a calendar error.
 * @example
 * ```ts
 * const r = route(issue, jiaozuoLadder, '2026-10-20', chinaCalendar);
 * r.ok && r.value.target; // { holder: 'executiveDeputyMayor' } for a major problem
 * ```
 * @category Escalation
 */
export function route(
  issue: Issue,
  ladder: EscalationLadder,
  asOf: CalendarDate,
  calendar: WorkCalendar,
  extra?: ExtraFacts,
): Result<Route> {
  const facts = issueFacts(issue, asOf, calendar, extra);
  return facts.ok ? ok(compileLadder(ladder).routeFacts(facts.value)) : facts;
}
