import type { WorkCalendar } from '../calendar/schema.js';
import { isWorkingDay, workingDaysBetween, type CalendarResult } from '../calendar/working-days.js';
import { ObjectMemo } from '../internal/memo.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import type { BilingualText, CalendarDate, Id } from '../core/schema.js';
import { dotted } from '../internal/parse.js';
import { supervisionStepRank, type AnswerOutcome, type IssueNature, type IssueScope, type IssueState, type Procedure, type SupervisionStep } from '../vocabulary/issue.js';
import { factNames, type EscalationLadder, type EscalationRule, type EscalationTarget, type FactName, type IssueFacts, type RuleConditions } from './schema.js';
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
  /** How often it was re-dispatched (改派); absent reads as 0 (an issue stored before issue 17). */
  readonly redispatchCount?: number;
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
  const bad = notAmount(enterprisesAffected, ['extra', 'enterprisesAffected']) ?? notAmount(amountInvolved, ['extra', 'amountInvolved']) ?? notAmount(issue.reopenCount, ['issue', 'reopenCount']) ?? notAmount(issue.redispatchCount ?? 0, ['issue', 'redispatchCount']);
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
    reworkCount: issue.reopenCount + (issue.redispatchCount ?? 0),
    declaredUnsolvable: issue.answer?.outcome === 'unsolvable',
  };
  return { ok: true, value, provisional: valid.provisional };
}

/**
 * A calendar answer about one date of the caller's arguments, its error named at `path` (the
 * calendar function names its own parameter, `date` or `from`); a problem of the calendar itself
 * keeps its path under `calendar`.
 * Internal (also used by the issue's follow-up list).
 */
export function renamed<T>(r: CalendarResult<T>, path: ErrorPath): CalendarResult<T> {
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
 * An alternative of a holder choice that was not chosen, and the first of its conditions that failed.
 *
 * @category Escalation
 */
export interface SkippedAlternative {
  /** The alternative. */
  readonly alternativeId: Id;
  /** The first condition, in the order of {@link RuleConditionsSchema}, that did not hold. */
  readonly failedOn: FactName;
}

/**
 * Which holder a rule's holder choice took, and why (Part 14): the alternative chosen (null when
 * none held and the rule's own target stands), the conditions that held, the alternatives tried
 * before it with the condition each failed on, and the reason — the alternative's, or the choice's
 * `otherwise`.
 *
 * @category Escalation
 */
export interface HolderDecision {
  /** The alternative chosen, or null when none held (the rule's own target stands). */
  readonly alternativeId: Id | null;
  /** The conditions of the chosen alternative, all of which held (none when no alternative held). */
  readonly held: readonly FactName[];
  /** The alternatives tried before it (every one when none held), each with the condition it failed on. */
  readonly skipped: readonly SkippedAlternative[];
  /** Why this holder, in both languages. */
  readonly reason: BilingualText;
}

/**
 * Where a ladder sends an issue and why: the deciding rule and its target and rank, the conditions
 * that held, and the earlier rules with the condition each failed on ({@link issueFacts} gives the
 * facts themselves). When no rule holds, `target`, `ruleId` and `rank` are null: the ladder has a
 * gap. When the deciding rule has a holder choice, `target` is the holder chosen and `choice` says
 * which alternative and why; a route by a rule without one has no `choice` field at all, so that
 * ladders without holder choices route exactly as before them. Routes may be shared between calls
 * and are frozen: treat them as values.
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
  /** The holder choice of the deciding rule, when it has one (Part 14): which alternative, and why. */
  readonly choice?: HolderDecision;
}

/**
 * The rules' conditions as one flat program with a fixed shape, so that one small loop tests every
 * rule with plain array reads (no closure per condition, no test for the conditions a rule does not
 * set). Condition c tests the fact at index `fact[c]` of `factNames`: a list of nature, scope or
 * procedure values or a set of category ids (`lists[c]`), industry prefixes (`industries[c]`), or a
 * range `lo[c]`…`hi[c]` (open ends ±Infinity; the supervision step by rank, `declaredUnsolvable`
 * as 0 or 1 in `lo[c]`). The conditions of rule i are `start[i]` to `start[i + 1]` - 1, in the order
 * of `factNames`, so the first that fails is the one to report.
 */
interface Program {
  readonly start: Int32Array;
  readonly fact: Uint8Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly lists: readonly (readonly (string | null)[] | ReadonlySet<string | null> | null)[];
  readonly industries: readonly (Prefixes | null)[];
}

/** Compiles the rules' (or a holder choice's alternatives') conditions; O(total length of the conditions). */
function programOf(rules: readonly { readonly when: RuleConditions }[]): Program {
  const start = new Int32Array(rules.length + 1);
  const fact: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const lists: (readonly (string | null)[] | ReadonlySet<string | null> | null)[] = [];
  const industries: (Prefixes | null)[] = [];
  const push = (k: number, min: number, max: number, list: readonly (string | null)[] | ReadonlySet<string | null> | null = null, prefixes: Prefixes | null = null): void => {
    fact.push(k);
    lo.push(min);
    hi.push(max);
    lists.push(list);
    industries.push(prefixes);
  };
  const rank = (step: SupervisionStep | undefined, open: number): number => (step === undefined ? open : supervisionStepRank(step));
  rules.forEach(({ when }, i) => {
    start[i] = fact.length;
    if (when.nature !== undefined) push(0, 0, 0, [...new Set(when.nature)]);
    if (when.scope !== undefined) push(1, 0, 0, [...new Set(when.scope)]);
    if (when.procedure !== undefined) push(2, 0, 0, [...new Set(when.procedure)]);
    if (when.categoryId !== undefined) push(3, 0, 0, new Set(when.categoryId));
    if (when.industry !== undefined) push(4, 0, 0, null, prefixesOf(when.industry));
    const ranges = [when.enterprisesAffected, when.amountInvolved, when.overdueWorkingDays] as const;
    ranges.forEach((r, k) => {
      if (r !== undefined) push(5 + k, r.min ?? -Infinity, r.max ?? Infinity);
    });
    const step = when.supervisionStep;
    if (step !== undefined) push(8, rank(step.min, -Infinity), rank(step.max, Infinity));
    if (when.reopenCount !== undefined) push(9, when.reopenCount.min ?? -Infinity, when.reopenCount.max ?? Infinity);
    if (when.reworkCount !== undefined) push(10, when.reworkCount.min ?? -Infinity, when.reworkCount.max ?? Infinity);
    if (when.declaredUnsolvable !== undefined) push(11, +when.declaredUnsolvable, 0);
  });
  start[rules.length] = fact.length;
  return { start, fact: Uint8Array.from(fact), lo: Float64Array.from(lo), hi: Float64Array.from(hi), lists, industries };
}

/** Whether `v` lies in `lo`…`hi`: written so that a NaN fact or bound fails (a number that is not one never matches). */
const within = (v: number, lo: number, hi: number): boolean => v >= lo && v <= hi;

/**
 * Runs the program on the facts: the index of the first rule whose conditions all hold, or the
 * number of rules when none does. Each rule i ≥ `from` that fails leaves in `scratch[i]` its record
 * in `skips` for the first condition that failed (the order of the condition schema), when `skips`
 * is given. One loop over the conditions, so that a rule costs only the conditions tested: a list
 * test its (deduplicated) list, a category test O(1), an industry test the code's length. The step's
 * rank is looked up once, when a rule first tests it.
 */
function firstHolding<S>(p: Program, f: IssueFacts, skips: readonly (readonly (S | undefined)[])[] | null, scratch: S[], from: number): number {
  const { start, fact, lo, hi, lists } = p;
  const n = start.length - 1;
  let rank = -1;
  rules: for (let i = 0; i < n; i++) {
    const end = start[i + 1] as number;
    for (let c = start[i] as number; c < end; c++) {
      const k = fact[c] as number;
      let holds: boolean;
      switch (k) {
        case 0:
          holds = (lists[c] as readonly (string | null)[]).includes(f.nature);
          break;
        case 1:
          holds = (lists[c] as readonly (string | null)[]).includes(f.scope);
          break;
        case 2:
          holds = (lists[c] as readonly (string | null)[]).includes(f.procedure);
          break;
        case 3:
          holds = (lists[c] as ReadonlySet<string | null>).has(f.categoryId);
          break;
        case 4:
          holds = f.industry !== null && startsWithOne(p.industries[c] as Prefixes, f.industry);
          break;
        case 5:
          holds = within(f.enterprisesAffected, lo[c] as number, hi[c] as number);
          break;
        case 6:
          holds = within(f.amountInvolved, lo[c] as number, hi[c] as number);
          break;
        case 7:
          holds = within(f.overdueWorkingDays, lo[c] as number, hi[c] as number);
          break;
        case 8:
          if (rank < 0) rank = supervisionStepRank(f.supervisionStep) ?? NaN;
          holds = within(rank, lo[c] as number, hi[c] as number);
          break;
        case 9:
          holds = within(f.reopenCount, lo[c] as number, hi[c] as number);
          break;
        case 10:
          holds = within(f.reworkCount, lo[c] as number, hi[c] as number);
          break;
        default:
          holds = f.declaredUnsolvable === (lo[c] === 1);
      }
      if (!holds) {
        if (skips !== null && i >= from) scratch[i] = (skips[i] as readonly (S | undefined)[])[k] as S;
        continue rules;
      }
    }
    return i;
  }
  return n;
}

/**
 * Whether some of the rules holds for the facts, without building a route: for the search
 * for gaps of `validateLadder`, which tests many facts. Each rule test takes time bounded by its
 * own conditions (an industry test by the length of the code). Internal.
 */
export function holdsSomeRule(rules: readonly EscalationRule[]): (facts: IssueFacts) => boolean {
  const p = programOf(rules);
  return (facts) => firstHolding<SkippedRule>(p, facts, null, [], 0) < rules.length;
}

/** A rule compiled once (its conditions are in the ladder's {@link Program}): the conditions it sets, and a skip record per condition it sets, by index in `factNames`. */
interface CompiledRule {
  readonly id: Id;
  readonly target: EscalationTarget;
  readonly rank: number;
  readonly held: readonly FactName[];
  readonly skips: readonly (SkippedRule | undefined)[];
  /** The rule's holder choice, compiled; undefined for a rule without one. */
  readonly choice: CompiledChoice | undefined;
}

/**
 * A holder choice compiled once, as the ladder's rules are: `pick` runs the alternatives' program
 * on facts the rule holds for and returns the index of the alternative chosen (the number of
 * alternatives when none holds); `decision(j)` and `target(j)` are then what the route records.
 * Decisions whose list of skipped alternatives is shared (every earlier alternative has a single
 * condition) are built once, frozen; the others are built from the scratch list.
 */
interface CompiledChoice {
  readonly pick: (facts: IssueFacts) => number;
  readonly decision: (j: number) => HolderDecision;
  readonly target: (j: number) => EscalationTarget;
  /** Whether decision(j) is the same object for every facts that pick j. */
  readonly sharedAt: (j: number) => boolean;
}

/** Compiles a holder choice (see {@link CompiledChoice}). O(conditions of its alternatives). */
function compileChoice(rule: EscalationRule): CompiledChoice | undefined {
  const choice = rule.holderChoice;
  if (choice === undefined) return undefined;
  const alternatives = choice.alternatives;
  const n = alternatives.length;
  const program = programOf(alternatives);
  const held = alternatives.map((a) => Object.freeze(factNames.filter((name) => a.when[name] !== undefined)));
  // The program records skipped alternatives as rules' skip records ({ ruleId, failedOn }), so that
  // {@link firstHolding} sees one shape of record whatever it runs (and routing by rules without
  // choices stays as fast as before them); a decision turns them into SkippedAlternative records.
  const skips = alternatives.map((a) => factNames.map((failedOn) => (a.when[failedOn] === undefined ? undefined : Object.freeze({ ruleId: a.id, failedOn }))));
  const single: SkippedRule[] = [];
  for (let k = 0; k < n; k++) {
    const h = held[k] as readonly FactName[];
    const only = h.length === 1 ? (skips[k] as readonly (SkippedRule | undefined)[])[factNames.indexOf(h[0] as FactName)] : undefined;
    if (only === undefined) break;
    single.push(only);
  }
  const shared = single.length;
  const scratch: SkippedRule[] = single.slice();
  const none: readonly FactName[] = Object.freeze([]);
  const asAlternatives = (records: readonly SkippedRule[]): SkippedAlternative[] => records.map((r) => ({ alternativeId: r.ruleId, failedOn: r.failedOn }));
  const decisionOf = (j: number, skipped: readonly SkippedAlternative[]): HolderDecision =>
    j < n
      ? { alternativeId: (alternatives[j] as (typeof alternatives)[number]).id, held: held[j] as readonly FactName[], skipped, reason: (alternatives[j] as (typeof alternatives)[number]).reason }
      : { alternativeId: null, held: none, skipped, reason: choice.otherwise };
  const sharedDecisions: (HolderDecision | undefined)[] = [];
  return {
    pick: (facts) => firstHolding(program, facts, skips, scratch, shared),
    sharedAt: (j) => j <= shared,
    decision: (j) =>
      j <= shared
        ? (sharedDecisions[j] ??= Object.freeze(decisionOf(j, Object.freeze(asAlternatives(single.slice(0, j)).map((r) => Object.freeze(r))))))
        : decisionOf(j, asAlternatives(scratch.slice(0, j))),
    target: (j) => (j < n ? (alternatives[j] as (typeof alternatives)[number]).target : rule.target),
  };
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
 * the rules' conditions become one flat program of condition checks (typed arrays of bounds, the
 * lists deduplicated, only the conditions each rule sets) that one loop runs, and the explanation
 * records are built in advance — when every earlier rule has a single condition, the whole list of
 * skipped rules is shared; otherwise it is written into a scratch list and copied out once at its
 * exact length — so routing an issue allocates only its answer. A rule's holder choice (Part 14)
 * is compiled the same way into a program of its own, run only when that rule decides. Compiling
 * takes O(c) for c conditions in all (the alternatives' included); routing takes O(conditions
 * tested), an industry test bounded by the code's length.
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
    const skips = factNames.map((failedOn) => (rule.when[failedOn] === undefined ? undefined : Object.freeze({ ruleId: rule.id, failedOn })));
    return { id: rule.id, target: rule.target, rank: rule.rank, held, skips, choice: compileChoice(rule) };
  });
  // Where every rule before the i-th has one condition, that rule can only fail on it: share the
  // list — the first i of `single`, the skips of the leading single-condition rules. Each shared
  // list and route is built when first taken, so that compiling stays linear in the rules.
  const single: SkippedRule[] = [];
  for (const r of rules) {
    const only = r.held.length === 1 ? r.skips[factNames.indexOf(r.held[0] as FactName)] : undefined;
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
  // The skip records of the route being built, rule i's at i: the shared prefix, then one record per
  // rule failed past it, written in place and copied out once at the exact length, so that routing
  // allocates only its answer (routeFacts calls nothing of the caller's, so one scratch per ladder is safe).
  const scratch: SkippedRule[] = single.slice();
  const program = programOf(ladder.rules);
  const skips = rules.map((r) => r.skips);
  // A rule with a holder choice: the route names the holder chosen and records the decision (Part 14).
  // When both the rule's and the choice's skipped lists are shared, the route is built once per alternative.
  const chosenOf = (r: CompiledRule, c: CompiledChoice, j: number, skipped: readonly SkippedRule[]): Route =>
    ({ ladderId: ladder.id, ruleId: r.id, target: c.target(j), rank: r.rank, held: r.held, skipped, choice: c.decision(j) });
  const sharedChosen: (Route | undefined)[][] = [];
  const chosen = (i: number, facts: IssueFacts): Route => {
    const r = rules[i] as CompiledRule;
    const c = r.choice as CompiledChoice;
    const j = c.pick(facts);
    if (i > shared) return chosenOf(r, c, j, scratch.slice(0, i));
    if (!c.sharedAt(j)) return chosenOf(r, c, j, (sharedRoute(i) as Route).skipped);
    const byAlternative = (sharedChosen[i] ??= []);
    return (byAlternative[j] ??= Object.freeze(chosenOf(r, c, j, (sharedRoute(i) as Route).skipped)));
  };
  const gap = (): Route => (n <= shared ? (gapRoute ??= Object.freeze(gapOf(Object.freeze(single.slice())))) : gapOf(scratch.slice(0, n)));
  // Two routers: a ladder without holder choices gets the one it had before them, a function of its
  // own that V8 optimises for plain ladders alone; only a ladder with choices pays for looking.
  const routeFacts = rules.every((r) => r.choice === undefined)
    ? (facts: IssueFacts): Route => {
        // Rules before `shared` can only fail on their one condition: their records are in scratch already.
        const i = firstHolding(program, facts, skips, scratch, shared);
        if (i < n) return i <= shared ? sharedRoute(i) : routeOf(rules[i] as CompiledRule, scratch.slice(0, i));
        return gap();
      }
    : (facts: IssueFacts): Route => {
        const i = firstHolding(program, facts, skips, scratch, shared);
        if (i >= n) return gap();
        if ((rules[i] as CompiledRule).choice !== undefined) return chosen(i, facts);
        return i <= shared ? sharedRoute(i) : routeOf(rules[i] as CompiledRule, scratch.slice(0, i));
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
