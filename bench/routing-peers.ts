/**
 * The two peers of bench/routing.bench.ts, each the Jiaozuo + time ladder (`jiaozuoTimeLadder`)
 * written the way its users would write it:
 *
 * - json-rules-engine 7: one rule per ladder rule, `all` of `in` / `greaterThanInclusive`
 *   conditions, the event type the target holder (rule id and step in its params), and a priority
 *   that falls down the ladder so that the first rule of the ladder is the highest-priority success;
 * - hand-written if/else with the thresholds written in, returning shared constant decisions: the
 *   practical limit of routing by these rules.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { type CalendarDate } from '../src/index.js';
import { workingDaysBetween, type WorkCalendar } from '../src/calendar/index.js';
import { type Issue } from '../src/issue/index.js';
import { type IssueFacts } from '../src/escalation/index.js';

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

/** Builds the engine once, with the ladder's rules. */
export function createEngine(): Engine {
  return new Engine([...jsonRules], { allowUndefinedFacts: true });
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
const SUPERVISION = decision('supervision', 'efficiencyOffice', 'supervision');
const URGE = decision('urge', 'leadingGroupOffice', 'urge');
const ORDINARY = decision('ordinary', 'deputyMayorInCharge');

/** The ladder as if/else over a nature and working days overdue. */
function decide(nature: IssueFacts['nature'], overdue: number): Decision {
  if (overdue >= 10) return ACCOUNTABILITY;
  if (nature === 'policy') return POLICY;
  if (overdue >= 5) return PUBLIC_LISTING;
  if (nature === 'major' || nature === 'widespread') return MAJOR;
  if (overdue >= 3) return SUPERVISION;
  if (overdue >= 1) return URGE;
  if (nature === 'ordinary') return ORDINARY;
  return noDecision;
}

/** Hand-written routing of pre-computed facts. */
export function routeFactsByHand(facts: IssueFacts): Decision {
  return decide(facts.nature, facts.overdueWorkingDays);
}

/**
 * Hand-written routing of an issue, computing the facts it needs itself: working days overdue with
 * qinqing's `workingDaysBetween` (the same calendar arithmetic `issueFacts` uses) when the issue is
 * assigned and past its deadline, and the nature read off the issue. Throws on a calendar error.
 */
export function routeIssueByHand(issue: Issue, asOf: CalendarDate, calendar: WorkCalendar): Decision {
  let overdue = 0;
  if (issue.state === 'assigned' && issue.deadline !== null && asOf > issue.deadline) {
    const days = workingDaysBetween(issue.deadline, asOf, calendar);
    if (!days.ok) throw new Error(days.error.message);
    overdue = days.value;
  }
  return decide(issue.nature, overdue);
}
