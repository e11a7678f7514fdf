/**
 * The two peers of bench/routing.bench.ts, each the Jiaozuo + time ladder (`jiaozuoTimeLadder`,
 * with its holder choice of the mayor since Part 14) written the way its users would write it:
 *
 * - json-rules-engine 7: one rule per ladder rule, `all` of `in` / `greaterThanInclusive`
 *   conditions, the event type the target holder (rule id and step in its params), a priority
 *   that falls down the ladder so that the first rule of the ladder is the highest-priority success,
 *   and `engine.stop()` on the first success (its fair configuration);
 * - hand-written if/else with the thresholds written in, returning shared constant decisions: the
 *   practical limit of routing by these rules.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { type CalendarDate } from '../src/index.js';
import { workingDaysBetween, type WorkCalendar } from '../src/calendar/index.js';
import { type Issue } from '../src/issue/index.js';
import { EscalationLadderSchema, type EscalationLadder, type IssueFacts } from '../src/escalation/index.js';

/** A routing decision, the part of a route that all three contenders must agree on. */
export interface Decision {
  /** The deciding rule, or null when no rule holds. */
  readonly ruleId: string | null;
  /** Its target holder, or null. */
  readonly holder: string | null;
  /** The supervision step of a time-based rule, or null. */
  readonly step: string | null;
}

const decision = (ruleId: string | null, holder: string | null, step: string | null = null): Decision =>
  Object.freeze({ ruleId, holder, step });

// ---------------------------------------------------------------------------------------------
// json-rules-engine
// ---------------------------------------------------------------------------------------------

/** The ladder's rules, in its order (first match wins), in json-rules-engine's format. */
const ladderInOrder: readonly Omit<RuleProperties, 'priority'>[] = [
  {
    name: 'accountability',
    conditions: { all: [{ fact: 'overdueWorkingDays', operator: 'greaterThanInclusive', value: 10 }] },
    event: { type: 'leadingGroup', params: { ruleId: 'accountability', step: 'accountability' } },
  },
  {
    name: 'policy',
    conditions: { all: [{ fact: 'nature', operator: 'in', value: ['policy'] }] },
    event: { type: 'executiveMeeting', params: { ruleId: 'policy' } },
  },
  {
    name: 'publicListing',
    conditions: { all: [{ fact: 'overdueWorkingDays', operator: 'greaterThanInclusive', value: 5 }] },
    event: { type: 'efficiencyOffice', params: { ruleId: 'publicListing', step: 'publicListing' } },
  },
  // The rule's holder choice (Part 14, jiaozuoMayorChoice): one rule per alternative, then the rule itself.
  {
    name: 'majorOrWidespread/declaredUnsolvable',
    conditions: { all: [{ fact: 'nature', operator: 'in', value: ['major', 'widespread'] }, { fact: 'declaredUnsolvable', operator: 'equal', value: true }] },
    event: { type: 'mayor', params: { ruleId: 'majorOrWidespread' } },
  },
  {
    name: 'majorOrWidespread/largeAmount',
    conditions: { all: [{ fact: 'nature', operator: 'in', value: ['major', 'widespread'] }, { fact: 'amountInvolved', operator: 'greaterThanInclusive', value: 100_000_000 }] },
    event: { type: 'mayor', params: { ruleId: 'majorOrWidespread' } },
  },
  {
    name: 'majorOrWidespread/manyEnterprises',
    conditions: { all: [{ fact: 'nature', operator: 'in', value: ['major', 'widespread'] }, { fact: 'enterprisesAffected', operator: 'greaterThanInclusive', value: 10 }] },
    event: { type: 'mayor', params: { ruleId: 'majorOrWidespread' } },
  },
  {
    name: 'majorOrWidespread',
    conditions: { all: [{ fact: 'nature', operator: 'in', value: ['major', 'widespread'] }] },
    event: { type: 'executiveDeputyMayor', params: { ruleId: 'majorOrWidespread' } },
  },
  {
    name: 'supervision',
    conditions: { all: [{ fact: 'overdueWorkingDays', operator: 'greaterThanInclusive', value: 3 }] },
    event: { type: 'efficiencyOffice', params: { ruleId: 'supervision', step: 'supervision' } },
  },
  {
    name: 'urge',
    conditions: { all: [{ fact: 'overdueWorkingDays', operator: 'greaterThanInclusive', value: 1 }] },
    event: { type: 'leadingGroupOffice', params: { ruleId: 'urge', step: 'urge' } },
  },
  {
    name: 'ordinary',
    conditions: { all: [{ fact: 'nature', operator: 'in', value: ['ordinary'] }] },
    event: { type: 'deputyMayorInCharge', params: { ruleId: 'ordinary' } },
  },
];

/** The rules with priorities n … 1 down the ladder (json-rules-engine runs higher priorities first). */
export const jsonRules: readonly RuleProperties[] = ladderInOrder.map((r, i) => ({ ...r, priority: ladderInOrder.length - i }));

/**
 * Builds the engine once, with the ladder's rules, in its fair configuration: the first success
 * stops the run (`engine.stop()` in a `success` handler, as its documentation recommends), so the
 * lower-priority rules are not evaluated.
 */
export function createEngine(): Engine {
  const engine = new Engine([...jsonRules], { allowUndefinedFacts: true });
  engine.on('success', () => engine.stop());
  return engine;
}

const noDecision = decision(null, null);

/**
 * Runs the engine on one issue's facts and takes the highest-priority success as the decision (the
 * engine returns every rule that held).
 */
export async function routeWithEngine(engine: Engine, facts: IssueFacts): Promise<Decision> {
  const { results } = await engine.run(facts as Record<string, unknown>);
  let best = results[0];
  for (const r of results) if ((r.priority ?? 0) > (best?.priority ?? 0)) best = r;
  const event = best?.event;
  if (event === undefined) return noDecision;
  const params = event.params as { ruleId: string; step?: string };
  return decision(params.ruleId, event.type, params.step ?? null);
}

// ---------------------------------------------------------------------------------------------
// Hand-written
// ---------------------------------------------------------------------------------------------

const ACCOUNTABILITY = decision('accountability', 'leadingGroup', 'accountability');
const POLICY = decision('policy', 'executiveMeeting');
const PUBLIC_LISTING = decision('publicListing', 'efficiencyOffice', 'publicListing');
const MAJOR = decision('majorOrWidespread', 'executiveDeputyMayor');
const MAJOR_MAYOR = decision('majorOrWidespread', 'mayor');
const SUPERVISION = decision('supervision', 'efficiencyOffice', 'supervision');
const URGE = decision('urge', 'leadingGroupOffice', 'urge');
const ORDINARY = decision('ordinary', 'deputyMayorInCharge');

/**
 * The ladder as if/else over a nature, working days overdue and, for a major problem, what chooses
 * the mayor (Part 14: declared unsolvable, 100 million yuan, 10 enterprises).
 */
function decide(nature: IssueFacts['nature'], overdue: number, mayor: () => boolean): Decision {
  if (overdue >= 10) return ACCOUNTABILITY;
  if (nature === 'policy') return POLICY;
  if (overdue >= 5) return PUBLIC_LISTING;
  if (nature === 'major' || nature === 'widespread') return mayor() ? MAJOR_MAYOR : MAJOR;
  if (overdue >= 3) return SUPERVISION;
  if (overdue >= 1) return URGE;
  if (nature === 'ordinary') return ORDINARY;
  return noDecision;
}

/** Hand-written routing of pre-computed facts. */
export function routeFactsByHand(facts: IssueFacts): Decision {
  return decide(facts.nature, facts.overdueWorkingDays, () => facts.declaredUnsolvable || facts.amountInvolved >= 100_000_000 || facts.enterprisesAffected >= 10);
}

/**
 * Hand-written routing of an issue, computing the facts it needs itself: working days overdue with
 * qinqing's `workingDaysBetween` (the same calendar arithmetic `issueFacts` uses) when the issue is
 * assigned and past its deadline, and the nature read off the issue. Throws on a calendar error.
 */
export function routeIssueByHand(issue: Issue, asOf: CalendarDate, calendar: WorkCalendar, extra?: { readonly amountInvolved?: number; readonly enterprisesAffected?: number }): Decision {
  let overdue = 0;
  if (issue.state === 'assigned' && issue.deadline !== null && asOf > issue.deadline) {
    const days = workingDaysBetween(issue.deadline, asOf, calendar);
    if (!days.ok) throw new Error(days.error.message);
    overdue = days.value;
  }
  return decide(issue.nature, overdue, () => issue.answer?.outcome === 'unsolvable' || (extra?.amountInvolved ?? 0) >= 100_000_000 || (extra?.enterprisesAffected ?? 1) >= 10);
}

// ---------------------------------------------------------------------------------------------
// Any ladder, for the built-in and generated ladders (issue 16): json-rules-engine rules and
// hand-written code made from a ladder's rules, and a generator of multi-condition ladders.
// ---------------------------------------------------------------------------------------------

const stepRank: Readonly<Record<string, number>> = { unsupervised: 0, urge: 1, supervision: 2, publicListing: 3, accountability: 4 };

/**
 * json-rules-engine in its fair configuration for a ladder: one rule per ladder rule, priorities
 * falling down the ladder, `all` of `in` / `greaterThanInclusive` / `lessThanInclusive` / `equal`
 * conditions (plus two custom operators for what it has no operator for: an industry code starting
 * with one of the prefixes, and a supervision step compared by rank), and a `success` handler that
 * calls `engine.stop()`, so the first rule that holds ends the run — the engine's documented way to
 * stop evaluating lower-priority rules.
 */
export function createStoppingEngine(ladder: EscalationLadder): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('startsWithOneOf', (fact: unknown, prefixes: unknown) =>
    typeof fact === 'string' && (prefixes as string[]).some((p) => fact.startsWith(p)));
  engine.addOperator('stepAtLeast', (fact: unknown, step: unknown) => (stepRank[fact as string] ?? -1) >= (stepRank[step as string] ?? 0));
  engine.addOperator('stepAtMost', (fact: unknown, step: unknown) => (stepRank[fact as string] ?? 99) <= (stepRank[step as string] ?? 0));
  // A rule with a holder choice (Part 14) becomes one engine rule per alternative (its conditions and
  // the rule's), then the rule itself: the first success is the holder chosen.
  const flat = ladder.rules.flatMap((rule) => [
    ...(rule.holderChoice?.alternatives ?? []).map((a) => ({ rule, when: a.when, target: a.target })),
    { rule, when: rule.when, target: rule.target },
  ]);
  flat.forEach(({ rule, when: alternative, target }, i) => {
    const all: { fact: string; operator: string; value: unknown }[] = [];
    const conditions = (w: typeof rule.when): void => {
      for (const k of ['nature', 'scope', 'procedure', 'categoryId'] as const) {
        const xs = w[k];
        if (xs !== undefined) all.push({ fact: k, operator: 'in', value: [...xs] });
      }
      if (w.industry !== undefined) all.push({ fact: 'industry', operator: 'startsWithOneOf', value: [...w.industry] });
      for (const k of ['enterprisesAffected', 'amountInvolved', 'overdueWorkingDays', 'reopenCount'] as const) {
        const r = w[k];
        if (r?.min !== undefined) all.push({ fact: k, operator: 'greaterThanInclusive', value: r.min });
        if (r?.max !== undefined) all.push({ fact: k, operator: 'lessThanInclusive', value: r.max });
      }
      if (w.supervisionStep?.min !== undefined) all.push({ fact: 'supervisionStep', operator: 'stepAtLeast', value: w.supervisionStep.min });
      if (w.supervisionStep?.max !== undefined) all.push({ fact: 'supervisionStep', operator: 'stepAtMost', value: w.supervisionStep.max });
      if (w.declaredUnsolvable !== undefined) all.push({ fact: 'declaredUnsolvable', operator: 'equal', value: w.declaredUnsolvable });
    };
    conditions(rule.when);
    if (alternative !== rule.when) conditions(alternative);
    engine.addRule({
      name: `${rule.id}#${i}`,
      priority: flat.length - i,
      conditions: { all },
      event: { type: target.holder, params: { ruleId: rule.id, ...(target.step === undefined ? {} : { step: target.step }) } },
    });
  });
  engine.on('success', () => engine.stop());
  return engine;
}

/**
 * Hand-written code for a ladder: the if-chain a developer would type for these rules, with the
 * values written in, produced as source text and compiled once by `new Function` (so that generated
 * ladders of any size get their hand-written twin). Returns shared constant decisions.
 */
export function handWritten(ladder: EscalationLadder): (facts: IssueFacts) => Decision {
  // Decision i is rule i's own; a holder choice's alternatives (Part 14) get theirs after the rules'.
  const decisions = ladder.rules.map((r) => decision(r.id, r.target.holder, r.target.step ?? null));
  const lit = (x: unknown): string => JSON.stringify(x);
  const testOf = (w: EscalationLadder['rules'][number]['when']): string => {
    const tests: string[] = [];
    for (const k of ['nature', 'scope', 'procedure', 'categoryId'] as const) {
      const xs = w[k];
      if (xs !== undefined) tests.push(`(${xs.map((x) => `f.${k} === ${lit(x)}`).join(' || ') || 'false'})`);
    }
    if (w.industry !== undefined) tests.push(`(f.industry !== null && (${w.industry.map((p) => `f.industry.startsWith(${lit(p)})`).join(' || ') || 'false'}))`);
    for (const k of ['enterprisesAffected', 'amountInvolved', 'overdueWorkingDays', 'reopenCount'] as const) {
      const r = w[k];
      if (r?.min !== undefined) tests.push(`f.${k} >= ${r.min}`);
      if (r?.max !== undefined) tests.push(`f.${k} <= ${r.max}`);
    }
    if (w.supervisionStep !== undefined) {
      const min = w.supervisionStep.min === undefined ? null : stepRank[w.supervisionStep.min];
      const max = w.supervisionStep.max === undefined ? null : stepRank[w.supervisionStep.max];
      if (min !== null || max !== null) tests.push(`((s) => ${[min === null ? '' : `s >= ${min}`, max === null ? '' : `s <= ${max}`].filter(Boolean).join(' && ')})(R[f.supervisionStep])`);
    }
    if (w.declaredUnsolvable !== undefined) tests.push(`f.declaredUnsolvable === ${w.declaredUnsolvable}`);
    return tests.join(' && ') || 'true';
  };
  const lines = ladder.rules.map((rule, i) => {
    const alternatives = (rule.holderChoice?.alternatives ?? []).map((a) => {
      const k = decisions.push(decision(rule.id, a.target.holder, a.target.step ?? null)) - 1;
      return `if (${testOf(a.when)}) return D[${k}]; `;
    });
    return alternatives.length === 0 ? `if (${testOf(rule.when)}) return D[${i}];` : `if (${testOf(rule.when)}) { ${alternatives.join('')}return D[${i}]; }`;
  });
  const f = new Function('D', 'R', 'NONE', `return (f) => {\n${lines.join('\n')}\nreturn NONE;\n};`) as (
    d: readonly Decision[], r: typeof stepRank, none: Decision) => (facts: IssueFacts) => Decision;
  return f(decisions, stepRank, noDecision);
}

/** The facts' value domains the generator draws conditions from. */
export interface FactDomains {
  readonly nature: readonly string[];
  readonly scope: readonly string[];
  readonly procedure: readonly string[];
  readonly categoryId: readonly string[];
  readonly industry: readonly string[];
}

/**
 * A seeded ladder of `size` rules, each with 2–4 conditions drawn from every kind the schema has
 * (lists, industry prefixes, ranges, supervision steps, the unsolvable flag), the last rule a
 * catch-all on one condition; targets and ranks rise down to up as a real ladder's do.
 */
export function generatedLadder(size: number, rand: () => number, domains: FactDomains): EscalationLadder {
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const some = <T>(xs: readonly T[]): T[] => {
    const out = xs.filter(() => rand() < 0.4);
    return out.length === 0 ? [xs[Math.floor(rand() * xs.length)] as T] : out;
  };
  const steps = ['urge', 'supervision', 'publicListing', 'accountability'] as const;
  const holders = ['leadingGroupOffice', 'efficiencyOffice', 'deputyMayorInCharge', 'executiveDeputyMayor', 'executiveMeeting', 'leadingGroup'];
  const kinds = ['nature', 'scope', 'procedure', 'categoryId', 'industry', 'enterprisesAffected', 'amountInvolved', 'overdueWorkingDays', 'supervisionStep', 'reopenCount', 'declaredUnsolvable'] as const;
  const rules = Array.from({ length: size }, (_, i) => {
    const when: Record<string, unknown> = {};
    const n = i === size - 1 ? 1 : int(2, 4);
    while (Object.keys(when).length < n) {
      const k = kinds[Math.floor(rand() * kinds.length)] as (typeof kinds)[number];
      switch (k) {
        case 'nature':
        case 'scope':
        case 'procedure':
        case 'categoryId':
          when[k] = some(domains[k]);
          break;
        case 'industry':
          when[k] = some(domains.industry).map((c) => c.slice(0, int(1, Math.min(3, c.length))));
          break;
        case 'enterprisesAffected':
          when[k] = rand() < 0.5 ? { min: int(2, 20) } : { min: int(1, 5), max: int(10, 30) };
          break;
        case 'amountInvolved':
          when[k] = { min: int(0, 40) * 100_000 };
          break;
        case 'overdueWorkingDays':
          when[k] = rand() < 0.7 ? { min: int(1, 12) } : { max: int(0, 3) };
          break;
        case 'supervisionStep':
          when[k] = rand() < 0.7 ? { min: steps[int(0, 3)] } : { max: steps[int(0, 2)] };
          break;
        case 'reopenCount':
          when[k] = { min: int(1, 3) };
          break;
        case 'declaredUnsolvable':
          when[k] = rand() < 0.5;
          break;
        default: {
          const never: never = k;
          throw new Error(`unknown condition ${String(never)}`);
        }
      }
    }
    const step = rand() < 0.3 ? steps[int(0, 3)] : undefined;
    return {
      id: `g${i}`,
      when,
      target: { holder: holders[Math.floor(rand() * holders.length)] as string, ...(step === undefined ? {} : { step }) },
      rank: Math.round((1000 * (size - i)) / size),
    };
  });
  return EscalationLadderSchema.parse({ id: `generated-${size}`, name: { zh: '生成的阶梯', en: 'generated ladder' }, source: 'bench', rules });
}

/** Runs a stopping engine on one issue's facts: the first success is the decision. */
export async function routeWithStoppingEngine(engine: Engine, facts: IssueFacts): Promise<Decision> {
  const { events } = await engine.run(facts as Record<string, unknown>);
  const event = events[0];
  if (event === undefined) return noDecision;
  const params = event.params as { ruleId: string; step?: string };
  return decision(params.ruleId, event.type, params.step ?? null);
}
