import type { WorkCalendar } from '../calendar/schema.js';
import { isWorkingDay, workingDaysBetween, type CalendarResult } from '../calendar/working-days.js';
import { ObjectMemo } from '../internal/memo.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import type { CalendarDate, Id } from '../core/schema.js';
import { dotted } from '../internal/parse.js';
import { supervisionStepRank, type AnswerOutcome, type IssueNature, type IssueScope, type IssueState, type Procedure, type SupervisionStep } from '../vocabulary/issue.js';
import { factNames, type EscalationLadder, type EscalationRule, type EscalationTarget, type FactName, type IssueFacts } from './schema.js';
import { prefixesOf, startsWithOne, type Prefixes } from './prefixes.js';

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
 * What routing reads of an issue (an `Issue` will do): its classification, state, deadline,
 * supervision step, reopen count and the outcome of its answer.
 *
 * @category Escalation
 */
export interface RoutableIssue {
  /** How big it is; null until classified. */
  readonly nature: IssueNature | null;
  /** Who has to solve it; null until classified. */
  readonly scope: IssueScope | null;
  /** Simple or general; null until classified. */
  readonly procedure: Procedure | null;
  /** Its category, or null. */
  readonly categoryId: Id | null;
  /** Its lifecycle state. */
  readonly state: IssueState;
  /** The current deadline, or null. */
  readonly deadline: CalendarDate | null;
  /** The highest supervision step recorded. */
  readonly supervisionStep: SupervisionStep;
  /** How often it was reopened. */
  readonly reopenCount: number;
  /** The current answer, or null. */
  readonly answer: { readonly outcome: AnswerOutcome } | null;
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
 * @returns The facts, or a calendar error (a bad or uncovered `asOf` at `['asOf']`, a bad deadline
 *   at `['issue', 'deadline']`), or `INVALID_ARGUMENT` at `['extra', 'enterprisesAffected']`,
 *   `['extra', 'amountInvolved']` or `['issue', 'reopenCount']` for a fact that is NaN, infinite or
 *   negative (it would match ranges by accident); `provisional` is true when `asOf` lies in a
 *   provisional year of the calendar (the working days overdue then rest on days off derived from the law).
 * @example
 * ```ts
 * issueFacts(issue, '2026-10-20', chinaCalendar, { industry: 'C3411' });
 * ```
 * @category Escalation
 */
export function issueFacts(issue: RoutableIssue, asOf: CalendarDate, calendar: WorkCalendar, extra?: ExtraFacts): CalendarResult<IssueFacts> {
  const valid = renamed(isWorkingDay(asOf, calendar), ['asOf']); // a bad or uncovered date is an error whatever the issue
  if (!valid.ok) return valid;
  const enterprisesAffected = extra?.enterprisesAffected ?? 1;
  const amountInvolved = extra?.amountInvolved ?? 0;
  const bad = notAmount(enterprisesAffected, ['extra', 'enterprisesAffected']) ?? notAmount(amountInvolved, ['extra', 'amountInvolved']) ?? notAmount(issue.reopenCount, ['issue', 'reopenCount']);
  if (bad !== null) return { ok: false, error: bad };
  let overdue = 0;
  if (issue.state === 'assigned' && issue.deadline !== null && asOf > issue.deadline) {
    const days = renamed(workingDaysBetween(issue.deadline, asOf, calendar), ['issue', 'deadline']);
    if (!days.ok) return days;
    overdue = days.value;
  }
  const value: IssueFacts = {
    nature: issue.nature,
    scope: issue.scope,
    procedure: issue.procedure,
    categoryId: issue.categoryId,
    industry: extra?.industry ?? null,
    enterprisesAffected,
    amountInvolved,
    overdueWorkingDays: overdue,
    supervisionStep: issue.supervisionStep,
    reopenCount: issue.reopenCount,
    declaredUnsolvable: issue.answer?.outcome === 'unsolvable',
  };
  return { ok: true, value, provisional: valid.provisional };
}

/**
 * A calendar answer about one date of the caller's arguments, its error named at `path` (the
 * calendar function names its own parameter, `date` or `from`); a problem of the calendar itself
 * keeps its path under `calendar`.
 */
function renamed<T>(r: CalendarResult<T>, path: ErrorPath): CalendarResult<T> {
  if (r.ok || r.error.path?.[0] === 'calendar') return r;
  const name = dotted(path);
  const own = r.error.path?.[0];
  const reword = (text: string): string => (typeof own === 'string' && text.startsWith(`${own} `) ? `${name}${text.slice(own.length)}` : text);
  return { ok: false, error: { ...r.error, message: reword(r.error.message), messageZh: reword(r.error.messageZh), path } };
}

/**
 * `INVALID_ARGUMENT` naming a fact that is not a finite number ≥ 0 (NaN, ±Infinity, negative),
 * or null: such a fact would hold or fail every range by accident (NaN is neither below `min` nor
 * above `max`), so routing refuses it rather than guess (Part 9, issue 14).
 */
function notAmount(value: unknown, path: ErrorPath): DomainError | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return null;
  const name = dotted(path);
  return domainError('INVALID_ARGUMENT', {
    en: `${name} must be a finite number ≥ 0; received ${String(value)}.`,
    zh: `${name} 应为不小于 0 的有限数，实际为 ${String(value)}。`,
    path,
    value,
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
 * that held, and the earlier rules with the condition each failed on ({@link issueFacts} gives the
 * facts themselves). When no rule holds, `target`, `ruleId` and `rank` are null: the ladder has a
 * gap. Routes may be shared between calls and are frozen: treat them as values.
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
}

/**
 * A rule's conditions as flat data with one fixed shape, so that one small function tests every
 * rule with plain property reads (no closure per condition): lists are null when absent, ranges
 * open ends are ±Infinity.
 */
interface Spec {
  /** Which conditions are set: a sum of the bits below. */
  readonly has: number;
  readonly nature: readonly (string | null)[] | null;
  readonly scope: readonly (string | null)[] | null;
  readonly procedure: readonly (string | null)[] | null;
  readonly categoryId: ReadonlySet<string | null> | null;
  readonly industry: Prefixes | null;
  readonly entMin: number;
  readonly entMax: number;
  readonly amountMin: number;
  readonly amountMax: number;
  readonly overdueMin: number;
  readonly overdueMax: number;
  readonly stepMin: number;
  readonly stepMax: number;
  readonly reopenMin: number;
  readonly reopenMax: number;
  /** 1 when the rule needs a declared-unsolvable answer, 0 when it needs none, -1 when it does not ask. */
  readonly unsolvable: number;
}


/** Bits of {@link Spec.has}: which conditions a rule sets, so that absent ones cost one bit test. */
const NATURE = 1;
const SCOPE = 2;
const PROCEDURE = 4;
const CATEGORY = 8;
const INDUSTRY = 16;
const ENTERPRISES = 32;
const AMOUNT = 64;
const OVERDUE = 128;
const STEP = 256;
const REOPEN = 512;
const UNSOLVABLE = 1024;

function specOf(when: EscalationRule['when']): Spec {
  const step = when.supervisionStep;
  const bits: readonly [unknown, number][] = [
    [when.nature, NATURE],
    [when.scope, SCOPE],
    [when.procedure, PROCEDURE],
    [when.categoryId, CATEGORY],
    [when.industry, INDUSTRY],
    [when.enterprisesAffected, ENTERPRISES],
    [when.amountInvolved, AMOUNT],
    [when.overdueWorkingDays, OVERDUE],
    [step, STEP],
    [when.reopenCount, REOPEN],
    [when.declaredUnsolvable, UNSOLVABLE],
  ];
  return {
    has: bits.reduce((sum, [condition, bit]) => (condition === undefined ? sum : sum + bit), 0),
    nature: when.nature === undefined ? null : [...new Set(when.nature)],
    scope: when.scope === undefined ? null : [...new Set(when.scope)],
    procedure: when.procedure === undefined ? null : [...new Set(when.procedure)],
    categoryId: when.categoryId === undefined ? null : new Set(when.categoryId),
    industry: when.industry === undefined ? null : prefixesOf(when.industry),
    entMin: when.enterprisesAffected?.min ?? -Infinity,
    entMax: when.enterprisesAffected?.max ?? Infinity,
    amountMin: when.amountInvolved?.min ?? -Infinity,
    amountMax: when.amountInvolved?.max ?? Infinity,
    overdueMin: when.overdueWorkingDays?.min ?? -Infinity,
    overdueMax: when.overdueWorkingDays?.max ?? Infinity,
    stepMin: step?.min === undefined ? -Infinity : supervisionStepRank(step.min),
    stepMax: step?.max === undefined ? Infinity : supervisionStepRank(step.max),
    reopenMin: when.reopenCount?.min ?? -Infinity,
    reopenMax: when.reopenCount?.max ?? Infinity,
    unsolvable: when.declaredUnsolvable === undefined ? -1 : when.declaredUnsolvable ? 1 : 0,
  };
}

/** Conditions on lists of strings or on prefixes: tested apart, so that the common test stays small. */
const SETS = CATEGORY | INDUSTRY;

/**
 * The first condition of a spec that the facts fail, in the order of the condition schema, or null.
 * Ranges are written so that a NaN fact or bound fails them (`!(x >= min && x <= max)`): a number
 * that is not one never matches.
 */
function failure(s: Spec, f: IssueFacts): FactName | null {
  const has = s.has;
  if (has & NATURE && !(s.nature as readonly (string | null)[]).includes(f.nature)) return 'nature';
  if (has & SCOPE && !(s.scope as readonly (string | null)[]).includes(f.scope)) return 'scope';
  if (has & PROCEDURE && !(s.procedure as readonly (string | null)[]).includes(f.procedure)) return 'procedure';
  if (has & SETS) {
    const failed = setFailure(s, f);
    if (failed !== null) return failed;
  }
  if (has & ENTERPRISES && !(f.enterprisesAffected >= s.entMin && f.enterprisesAffected <= s.entMax)) return 'enterprisesAffected';
  if (has & AMOUNT && !(f.amountInvolved >= s.amountMin && f.amountInvolved <= s.amountMax)) return 'amountInvolved';
  if (has & OVERDUE && !(f.overdueWorkingDays >= s.overdueMin && f.overdueWorkingDays <= s.overdueMax)) return 'overdueWorkingDays';
  if (has & STEP && stepFails(s, f)) return 'supervisionStep';
  if (has & REOPEN && !(f.reopenCount >= s.reopenMin && f.reopenCount <= s.reopenMax)) return 'reopenCount';
  if (has & UNSOLVABLE && f.declaredUnsolvable !== (s.unsolvable === 1)) return 'declaredUnsolvable';
  return null;
}

/** The category and industry conditions of {@link failure}. */
function setFailure(s: Spec, f: IssueFacts): FactName | null {
  if (s.has & CATEGORY && !(s.categoryId as ReadonlySet<string | null>).has(f.categoryId)) return 'categoryId';
  if (s.has & INDUSTRY) {
    const code = f.industry;
    if (code === null || !startsWithOne(s.industry as Prefixes, code)) return 'industry';
  }
  return null;
}

/** Whether the supervision-step condition of {@link failure} fails. */
function stepFails(s: Spec, f: IssueFacts): boolean {
  const rank = supervisionStepRank(f.supervisionStep);
  return !(rank >= s.stepMin && rank <= s.stepMax);
}


/**
 * Whether some of the rules holds for the facts, without building a route: for the search
 * for gaps of `validateLadder`, which tests many facts. Each rule test takes time bounded by its
 * own lists (deduplicated; an industry test by the length of the code). Internal.
 */
export function holdsSomeRule(rules: readonly EscalationRule[]): (facts: IssueFacts) => boolean {
  const specs = rules.map((r) => specOf(r.when));
  return (facts) => specs.some((s) => failure(s, facts) === null);
}

/** A rule compiled once: its spec, the conditions it sets, and a skip record per condition. */
interface CompiledRule {
  readonly id: Id;
  readonly target: EscalationTarget;
  readonly rank: number;
  readonly spec: Spec;
  readonly held: readonly FactName[];
  readonly skips: Readonly<Partial<Record<FactName, SkippedRule>>>;
}

/**
 * A ladder compiled once: route facts without reading the ladder's JSON again.
 *
 * @category Escalation
 */
export interface CompiledLadder {
  /** The ladder it was compiled from. */
  readonly ladder: EscalationLadder;
  /** Routes facts: the same as {@link route} after {@link issueFacts}. */
  readonly routeFacts: (facts: IssueFacts) => Route;
}

/** Each ladder compiled, kept while the ladder object is unchanged (see {@link ObjectMemo}). */
const cache = /* @__PURE__ */ (() => new ObjectMemo<CompiledLadder>())();
/** The last deeply frozen ladder compiled: routing an issue after another on the same ladder skips even the lookup. */
let last: CompiledLadder | undefined;

/**
 * Compiles a ladder once per ladder object (ladders are immutable data, so the result is cached;
 * a deeply frozen ladder, as {@link validateLadder} and the defaults return, is looked up in O(1),
 * any other is compared with what it held when compiled, and compiled again when it changed):
 * each rule's conditions become flat data that one small function tests, and the explanation
 * records are built in advance — when every earlier rule has a single condition, the whole list of
 * skipped rules is shared — so routing an issue allocates little more than its answer.
 *
 * @param ladder - The ladder (check it first with {@link validateLadder}).
 * @returns The compiled ladder.
 * @example
 * ```ts
 * compileLadder(jiaozuoLadder).routeFacts(facts).target; // { holder: 'deputyMayorInCharge', portfolio: '工业经济' }
 * ```
 * @category Escalation
 */
export function compileLadder(ladder: EscalationLadder): CompiledLadder {
  if (last !== undefined && last.ladder === ladder) return last;
  const cached = cache.get(ladder);
  if (cached !== undefined) {
    if (cache.frozen(ladder)) last = cached;
    return cached;
  }
  const rules: CompiledRule[] = ladder.rules.map((rule) => {
    const held = Object.freeze(factNames.filter((name) => rule.when[name] !== undefined));
    const skips: Partial<Record<FactName, SkippedRule>> = {};
    for (const failedOn of held) skips[failedOn] = Object.freeze({ ruleId: rule.id, failedOn });
    return { id: rule.id, target: rule.target, rank: rule.rank, spec: specOf(rule.when), held, skips };
  });
  // Where every rule before the i-th has one condition, that rule can only fail on it: share the
  // list — the first i of `single`, the skips of the leading single-condition rules. Each shared
  // list and route is built when first taken, so that compiling stays linear in the rules.
  const single: SkippedRule[] = [];
  for (const r of rules) {
    const only = r.held.length === 1 ? r.skips[r.held[0] as FactName] : undefined;
    if (only === undefined) break;
    single.push(only);
  }
  const n = rules.length;
  const shared = single.length; // sharedSkips(i) exists for i <= shared
  const none: readonly FactName[] = Object.freeze([]);
  const routeOf = (r: CompiledRule, skipped: readonly SkippedRule[]): Route =>
    ({ ladderId: ladder.id, ruleId: r.id, target: r.target, rank: r.rank, held: r.held, skipped });
  const gapOf = (skipped: readonly SkippedRule[]): Route => ({ ladderId: ladder.id, ruleId: null, target: null, rank: null, held: none, skipped });
  // A route whose skipped list is shared is the same for every issue that takes it: build it once.
  const sharedRoutes: (Route | undefined)[] = [];
  const sharedRoute = (i: number): Route => (sharedRoutes[i] ??= Object.freeze(routeOf(rules[i] as CompiledRule, Object.freeze(single.slice(0, i)))));
  let gapRoute: Route | undefined;
  const routeFacts = (facts: IssueFacts): Route => {
    let built: SkippedRule[] | null = null;
    for (let i = 0; i < n; i++) {
      const r = rules[i] as CompiledRule;
      const failed = failure(r.spec, facts);
      if (failed === null) return built === null ? sharedRoute(i) : routeOf(r, built);
      if (built !== null || i + 1 > shared) {
        built ??= single.slice(0, i);
        built.push(r.skips[failed] as SkippedRule);
      }
    }
    return built === null ? (gapRoute ??= Object.freeze(gapOf(Object.freeze(single.slice())))) : gapOf(built);
  };
  const result = { ladder, routeFacts };
  cache.set(ladder, result);
  if (cache.frozen(ladder)) last = result;
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
 * @returns The route (with a null target when no rule holds), or the errors of {@link issueFacts}
 *   (a calendar error, or `INVALID_ARGUMENT` for a fact that is NaN, infinite or negative: NaN
 *   enterprises affected never matches `min: 10`); `provisional` is true when `asOf` lies in a
 *   provisional year of the calendar.
 * @example
 * ```ts
 * const r = route(issue, jiaozuoLadder, '2026-10-20', chinaCalendar);
 * r.ok && r.value.target; // { holder: 'executiveDeputyMayor' } for a major problem
 * ```
 * @category Escalation
 */
export function route(
  issue: RoutableIssue,
  ladder: EscalationLadder,
  asOf: CalendarDate,
  calendar: WorkCalendar,
  extra?: ExtraFacts,
): CalendarResult<Route> {
  const facts = issueFacts(issue, asOf, calendar, extra);
  return facts.ok ? { ok: true, value: compileLadder(ladder).routeFacts(facts.value), provisional: facts.provisional } : facts;
}
