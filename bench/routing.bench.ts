/**
 * Escalation routing: 1,000,000 seeded issues routed on the Jiaozuo + time ladder
 * (`jiaozuoTimeLadder`) by qinqing, by json-rules-engine 7 with the same rules in its own format,
 * and by hand-written if/else of the same rules (bench/routing-peers.ts), in the same run. All
 * three are checked to agree (deciding rule, target holder, step) before anything is timed.
 *
 * Fairness. Every contender routes the same facts, computed once per issue by qinqing's
 * `issueFacts` with China's calendar (working days overdue included):
 *
 * - main comparison, "routing pre-computed facts" (the two required ratio lines): qinqing's
 *   `compileLadder(ladder).routeFacts(facts)` (the ladder compiled once, outside the loop, as the
 *   engine is built once) against `await engine.run(facts)` plus picking the highest-priority
 *   success, and against hand-written if/else over the same facts object;
 * - secondary comparison, "routing issues, facts included": qinqing's full
 *   `route(issue, ladder, asOf, calendar, extra)` against hand-written code that computes the facts
 *   it needs itself (working days overdue with qinqing's `workingDaysBetween`, the nature read off
 *   the issue) and then runs the same if/else; and against `issueFacts` + `engine.run`.
 *
 * qinqing returns a full explained route (deciding rule, conditions held, each earlier rule with
 * the condition it failed on, the facts); the hand-written code returns a shared constant decision,
 * so it is the practical limit rather than equal work. json-rules-engine is async; it runs in its
 * fair configuration (`engine.stop()` on the first success, so lower-priority rules are skipped), and
 * each comparison with it runs every contender on the same first 50,000 issues.
 *
 * Then every built-in ladder and generated ladders of 8, 32 and 128 rules with 2–4 conditions each,
 * against hand-written code for each (an if-chain with the values written in) and the stopping
 * engine, with verdicts for issue 16's goals (≥ 300× json-rules-engine, within 3× of hand-written).
 */
import { performance } from 'node:perf_hooks';
import { chinaCalendar } from '../src/calendar/index.js';
import { jiaozuoServiceAreas } from '../src/taxonomy/index.js';
import {
  type Answer,
  type Issue,
  type IssueNature,
  type IssueScope,
  type IssueState,
  type SupervisionStep,
} from '../src/issue/index.js';
import {
  compileLadder,
  hainingLadder,
  issueFacts,
  jiaozuoLadder,
  jiaozuoTimeLadder,
  xingtaiLadder,
  type EscalationLadder,
  route,
  type ExtraFacts,
  type IssueFacts,
} from '../src/escalation/index.js';
import { daysFromCivil, fromDayNumber, toDayNumber } from '../src/internal/days.js';
import { assigned } from '../test/issue/fixtures.js';
import { compare, compareAllAsync, draws, scaled, seeded, verdict, type Contender } from './harness.js';
import {
  createEngine,
  createStoppingEngine,
  generatedLadder,
  handWritten,
  jsonRules,
  routeFactsByHand,
  routeIssueByHand,
  routeWithEngine,
  routeWithStoppingEngine,
  type Decision,
} from './routing-peers.js';

const N = scaled(1_000_000);
const PEER_N = Math.min(N, scaled(50_000)); // json-rules-engine runs through promises, ~25,000 issues/s: its comparisons run on 50,000 for every contender
const SAMPLE_EVERY = 25; // issues checked against a real engine run, besides the memo below
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const pct = (n: number): string => `${((100 * n) / N).toFixed(1)}%`;
const ladder = jiaozuoTimeLadder;
const calendar = chinaCalendar;

// ---------------------------------------------------------------------------------------------
// Workload: plain issue objects of the real shape (a real assigned issue from the test fixtures,
// its fields varied), consistent with the lifecycle: unclassified issues have no nature, only
// assigned issues count as overdue, deadlines fall in 2024–2026 (a fifth of them just before a
// statutory holiday) and the routing date lies up to 10 days before to 27 days after the deadline,
// so that working days overdue range over 0–20 across weekends, holidays and adjusted working days.
// ---------------------------------------------------------------------------------------------

const t0 = performance.now();
const { rand, chance, int, pick, weighted } = draws(20261124);

const template = assigned({ issueId: 'template', procedure: 'general' });
const firstDay = daysFromCivil(2024, 1, 2);
const lastDeadline = daysFromCivil(2026, 11, 30);
const lastAsOf = daysFromCivil(2026, 12, 31); // the calendar covers 2004–2026
const holidayStarts = calendar.holidays.map((h) => toDayNumber(h.from)).filter((d) => d >= firstDay + 10 && d <= lastDeadline);
const categories = jiaozuoServiceAreas.categories.map((c) => c.id);
const scopes: readonly IssueScope[] = ['ownFunction', 'otherSections', 'outsideBureau', 'multiDepartment'];
const industries = ['C3411', 'C2614', 'C39', 'F5191', 'I6510', 'E4710'];
const extras: readonly (ExtraFacts | undefined)[] = [
  ...Array.from({ length: 64 }, () => ({ industry: pick(industries), enterprisesAffected: int(1, 30), amountInvolved: int(0, 50) * 100_000 })),
  ...Array.from({ length: 64 }, () => undefined),
];
const answers: Readonly<Record<Answer['outcome'], Answer>> = {
  resolved: { outcome: 'resolved', summary: '已协调供电公司增容', mode: 'writtenReply', measures: null, on: '2026-10-12' },
  explained: { outcome: 'explained', summary: '已解释政策口径', mode: 'phone', measures: null, on: '2026-10-12' },
  unsolvable: { outcome: 'unsolvable', summary: '受用地指标限制暂不能解决', mode: 'writtenReply', measures: '建议纳入下年度用地计划', on: '2026-10-12' },
};

const issues: Issue[] = new Array<Issue>(N);
const asOfs: string[] = new Array<string>(N);
const extraOf: (ExtraFacts | undefined)[] = new Array<ExtraFacts | undefined>(N);
for (let i = 0; i < N; i++) {
  const state = weighted<IssueState>({
    assigned: 55, answered: 12, reopened: 5, returned: 4, confirmed: 4, closed: 5,
    accepted: 6, approved: 3, pendingApproval: 2, submitted: 3, withdrawn: 1,
    paused: 2, disputed: 1, merged: 1, // Part 12 (issue 17): assigned orders paused or disputed, repeated complaints merged
  });
  const classified = state !== 'submitted' && !(state === 'withdrawn' && chance(0.5));
  const hasDeadline = ['assigned', 'paused', 'disputed', 'answered', 'reopened', 'returned', 'confirmed', 'closed'].includes(state);
  let deadline: number | null = null;
  let asOf: number;
  if (hasDeadline) {
    deadline = chance(0.2) ? pick(holidayStarts) - int(0, 7) : int(firstDay, lastDeadline);
    asOf = Math.min(lastAsOf, deadline + (chance(0.25) ? -int(0, 10) : int(1, 27)));
  } else {
    asOf = int(firstDay, lastAsOf);
  }
  const r = rand();
  const reopenCount = state === 'reopened' ? int(1, 3) : r < 0.8 ? 0 : r < 0.92 ? 1 : r < 0.98 ? 2 : 3;
  const answered = ['answered', 'confirmed', 'closed', 'reopened'].includes(state);
  issues[i] = {
    ...template,
    id: `iss-${i}`,
    state,
    nature: classified ? weighted<IssueNature>({ ordinary: 60, major: 15, widespread: 10, policy: 15 }) : null,
    scope: classified ? pick(scopes) : null,
    procedure: classified ? (chance(0.45) ? 'general' : 'simple') : null,
    categoryId: classified || chance(0.3) ? pick(categories) : null,
    assignedOn: deadline === null ? null : fromDayNumber(deadline - int(5, 30)),
    deadline: deadline === null ? null : fromDayNumber(deadline),
    supervisionStep: state === 'assigned' ? weighted<SupervisionStep>({ unsupervised: 60, urge: 15, supervision: 10, publicListing: 10, accountability: 5 }) : 'unsupervised',
    answer: answered ? answers[weighted<Answer['outcome']>({ resolved: 60, explained: 25, unsolvable: 15 })] : null,
    reopenCount,
  } as Issue;
  asOfs[i] = fromDayNumber(asOf);
  extraOf[i] = pick(extras);
}

// The facts every contender of the main comparison routes, computed once by qinqing. They are kept
// as copies: keeping a million objects straight from issueFacts' object literal makes V8 pretenure
// that allocation site (allocate it in the old generation), and every later route() would then
// allocate its facts there and pay for it in mark-compacts (route() measured 1.7M/s instead of
// 5M/s). The copy is a literal with the same properties in the same order, so it has the same hidden
// class as the facts route() makes (a spread copy would not, and routeFacts would turn polymorphic).
const copyFacts = (v: IssueFacts): IssueFacts => ({
  nature: v.nature,
  scope: v.scope,
  procedure: v.procedure,
  categoryId: v.categoryId,
  industry: v.industry,
  enterprisesAffected: v.enterprisesAffected,
  amountInvolved: v.amountInvolved,
  overdueWorkingDays: v.overdueWorkingDays,
  supervisionStep: v.supervisionStep,
  reopenCount: v.reopenCount,
  reworkCount: v.reworkCount,
  declaredUnsolvable: v.declaredUnsolvable,
});
const facts: IssueFacts[] = new Array<IssueFacts>(N);
for (let i = 0; i < N; i++) {
  const f = issueFacts(issues[i] as Issue, asOfs[i] as string, calendar, extraOf[i]);
  if (!f.ok) throw new Error(`issueFacts failed on issue ${i}: ${f.error.message}`);
  facts[i] = copyFacts(f.value);
  if (i === 0 && Object.keys(f.value).join() !== Object.keys(facts[0] as IssueFacts).join()) throw new Error('copyFacts misses a fact');
}
{
  const overdue = new Map<string, number>();
  for (const f of facts) {
    const d = f.overdueWorkingDays;
    const bucket = d === 0 ? '0' : d <= 2 ? '1–2' : d <= 4 ? '3–4' : d <= 9 ? '5–9' : d <= 20 ? '10–20' : '>20';
    overdue.set(bucket, (overdue.get(bucket) ?? 0) + 1);
  }
  const max = facts.reduce((m, f) => Math.max(m, f.overdueWorkingDays), 0);
  const nulls = facts.reduce((n, f) => n + (f.nature === null ? 1 : 0), 0);
  process.stdout.write(
    `routing: ${fmt(N)} issues built in ${fmt(performance.now() - t0)} ms; working days overdue ${['0', '1–2', '3–4', '5–9', '10–20', '>20']
      .map((b) => `${b}: ${pct(overdue.get(b) ?? 0)}`)
      .join(', ')} (max ${max}); nature null: ${pct(nulls)}\n`,
  );
}

// ---------------------------------------------------------------------------------------------
// Agreement, before any timing: qinqing (routeFacts and the full route), the hand-written code
// (on the facts and computing them itself) and json-rules-engine must take the same decision —
// rule id, target holder and supervision step — on every issue.
//
// json-rules-engine checks ~25,000 issues a second, too slow for 1,000,000 within the bench's
// minute; its verdict depends only on the facts its rules' conditions name (the event params are
// constants), so it is run for real on every distinct combination of those facts among the
// 1,000,000 issues and every issue is checked against the verdict on its own values; besides, every
// 25th issue and the whole timed slice are run through the engine directly.
// ---------------------------------------------------------------------------------------------

const compiled = compileLadder(ladder);
const routeFacts = compiled.routeFacts;
const engine = createEngine();

const same = (a: Decision, b: Decision): boolean => a.ruleId === b.ruleId && a.holder === b.holder && a.step === b.step;
const show = (d: Decision): string => `${d.ruleId ?? '∅'} → ${d.holder ?? '∅'}${d.step === null ? '' : ` (${d.step})`}`;
const ofRoute = (r: ReturnType<typeof routeFacts>): Decision => ({ ruleId: r.ruleId, holder: r.target?.holder ?? null, step: r.target?.step ?? null });
function disagree(i: number, what: string, a: Decision, b: Decision): never {
  throw new Error(`routing disagrees on issue ${i} (${what}): ${show(a)} vs ${show(b)}\n  facts: ${JSON.stringify(facts[i])}`);
}

const engineFacts = [...new Set(jsonRules.flatMap((r) => ('all' in r.conditions ? r.conditions.all : []).map((c) => ('fact' in c ? c.fact : ''))))];
if (engineFacts.some((f) => f === '') || jsonRules.some((r) => !('all' in r.conditions))) throw new Error('the engine rules are not flat `all` conditions');
const keyOf = (f: IssueFacts): string => engineFacts.map((k) => String((f as unknown as Record<string, unknown>)[k])).join('|');
const engineVerdict = new Map<string, Decision>();

const counts = new Map<string, number>();
for (let i = 0; i < N; i++) {
  const f = facts[i] as IssueFacts;
  const ours = ofRoute(routeFacts(f));
  const full = route(issues[i] as Issue, ladder, asOfs[i] as string, calendar, extraOf[i]);
  if (!full.ok) throw new Error(`route failed on issue ${i}: ${full.error.message}`);
  if (!same(ours, ofRoute(full.value))) disagree(i, 'routeFacts vs route', ours, ofRoute(full.value));
  const hand = routeFactsByHand(f);
  if (!same(ours, hand)) disagree(i, 'qinqing vs hand-written on facts', ours, hand);
  const handFull = routeIssueByHand(issues[i] as Issue, asOfs[i] as string, calendar, extraOf[i]);
  if (!same(ours, handFull)) disagree(i, 'qinqing vs hand-written on the issue', ours, handFull);
  const key = keyOf(f);
  let verdict = engineVerdict.get(key);
  if (verdict === undefined) {
    verdict = await routeWithEngine(engine, f);
    engineVerdict.set(key, verdict);
  }
  if (!same(ours, verdict)) disagree(i, 'qinqing vs json-rules-engine', ours, verdict);
  if (i < PEER_N || i % SAMPLE_EVERY === 0) {
    const direct = await routeWithEngine(engine, f);
    if (!same(ours, direct)) disagree(i, 'qinqing vs json-rules-engine (direct run)', ours, direct);
  }
  const label = show(ours);
  counts.set(label, (counts.get(label) ?? 0) + 1);
}
const direct = PEER_N + Math.floor((N - PEER_N) / SAMPLE_EVERY) + 1;
process.stdout.write(
  `routing: qinqing, hand-written and json-rules-engine agree on all ${fmt(N)} issues (engine run directly on ${fmt(direct)}, on ${engineVerdict.size} distinct (${engineFacts.join(', ')}) for the rest)\n`,
);
process.stdout.write(
  `routing: decisions ${[...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${pct(n)}`).join('; ')}\n`,
);

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

// Each run counts the issues routed to a rule, so that no result can be dropped as unused. Every
// comparison runs its contenders on the same issues (json-rules-engine, ~25,000 issues/s through
// promises, sets the count of the comparisons it is in), order rotated on each repeat.

const oursOnFacts: Contender = {
  label: 'qinqing compileLadder(jiaozuoTimeLadder).routeFacts(facts)',
  count: N,
  run: (count) => {
    let routed = 0;
    for (let i = 0; i < count; i++) if (routeFacts(facts[i] as IssueFacts).ruleId !== null) routed++;
    return routed;
  },
};

const title = 'routing issues on jiaozuoTimeLadder, pre-computed facts (issueFacts, outside the timing)';
compare(`${title}, ${fmt(N)} issues`, oursOnFacts, {
  label: 'hand-written if/else over the facts',
  count: N,
  run: (count) => {
    let routed = 0;
    for (let i = 0; i < count; i++) if (routeFactsByHand(facts[i] as IssueFacts).ruleId !== null) routed++;
    return routed;
  },
});
await compareAllAsync(`${title}, ${fmt(PEER_N)} issues`, { ...oursOnFacts, count: PEER_N }, [
  {
    label: 'json-rules-engine await engine.run(facts), stops at the first success',
    count: PEER_N,
    run: async (count) => {
      let routed = 0;
      for (let i = 0; i < count; i++) if ((await routeWithEngine(engine, facts[i] as IssueFacts)).ruleId !== null) routed++;
      return routed;
    },
  },
]);

const oursOnIssues: Contender = {
  label: 'qinqing-route route(issue, jiaozuoTimeLadder, asOf, chinaCalendar, extra)',
  count: N,
  run: (count) => {
    let routed = 0;
    for (let i = 0; i < count; i++) {
      const r = route(issues[i] as Issue, ladder, asOfs[i] as string, calendar, extraOf[i]);
      if (r.ok && r.value.ruleId !== null) routed++;
    }
    return routed;
  },
};
const titleFull = 'routing issues on jiaozuoTimeLadder, facts included (working days overdue computed per issue)';
compare(`${titleFull}, ${fmt(N)} issues`, oursOnIssues, {
  label: 'hand-written-facts workingDaysBetween + if/else',
  count: N,
  run: (count) => {
    let routed = 0;
    for (let i = 0; i < count; i++) if (routeIssueByHand(issues[i] as Issue, asOfs[i] as string, calendar, extraOf[i]).ruleId !== null) routed++;
    return routed;
  },
});
await compareAllAsync(`${titleFull}, ${fmt(PEER_N)} issues`, { ...oursOnIssues, count: PEER_N }, [
  {
    label: 'json-rules-engine-facts issueFacts + await engine.run(facts), stops at the first success',
    count: PEER_N,
    run: async (count) => {
      let routed = 0;
      for (let i = 0; i < count; i++) {
        const f = issueFacts(issues[i] as Issue, asOfs[i] as string, calendar, extraOf[i]);
        if (f.ok && (await routeWithEngine(engine, f.value)).ruleId !== null) routed++;
      }
      return routed;
    },
  },
]);

// ---------------------------------------------------------------------------------------------
// Every built-in ladder, and generated ladders of 8, 32 and 128 rules with 2–4 conditions each
// (lists, industry prefixes, ranges, supervision steps, the unsolvable flag): qinqing's compiled
// ladder against hand-written code for that ladder (an if-chain with the values written in) on all
// the facts, and against json-rules-engine in its fair configuration (stops at the first success)
// on the first LADDER_N, after checking all three agree on every one of those.
// ---------------------------------------------------------------------------------------------

const LADDER_N = Math.min(N, scaled(20_000));
const domains = {
  nature: ['ordinary', 'major', 'widespread', 'policy'],
  scope: scopes,
  procedure: ['general', 'simple'],
  categoryId: categories,
  industry: industries,
};
const ladderRand = seeded(20261206);
const ladders: { readonly ladder: EscalationLadder; readonly generated: boolean }[] = [
  ...[jiaozuoLadder, xingtaiLadder, hainingLadder, jiaozuoTimeLadder].map((l) => ({ ladder: l, generated: false })),
  ...[8, 32, 128].map((size) => ({ ladder: generatedLadder(size, ladderRand, domains), generated: true })),
];
const generatedRatios = { engine: Infinity, hand: Infinity };
for (const { ladder: l, generated } of ladders) {
  const conditions = l.rules.reduce((n, r) => n + Object.keys(r.when).length, 0);
  const routeL = compileLadder(l).routeFacts;
  const hand = handWritten(l);
  const stopping = createStoppingEngine(l);
  const fired = new Set<string>();
  for (let i = 0; i < N; i++) {
    const f = facts[i] as IssueFacts;
    const ours = ofRoute(routeL(f));
    const h = hand(f);
    if (!same(ours, h)) disagree(i, `${l.id}: qinqing vs hand-written`, ours, h);
    if (i < LADDER_N) {
      const e = await routeWithStoppingEngine(stopping, f);
      if (!same(ours, e)) disagree(i, `${l.id}: qinqing vs json-rules-engine`, ours, e);
    }
    fired.add(ours.ruleId ?? '∅');
  }
  const name = `${l.id} (${l.rules.length} rules, ${conditions} conditions; ${fired.size} distinct decisions)`;
  const oursL: Contender = {
    label: `qinqing compileLadder(${l.id}).routeFacts`,
    count: N,
    run: (count) => {
      let routed = 0;
      for (let i = 0; i < count; i++) if (routeL(facts[i] as IssueFacts).ruleId !== null) routed++;
      return routed;
    },
  };
  const vsHand = compare(`ladder ${name}, ${fmt(N)} facts, agreeing with the hand-written code on all`, oursL, {
    label: 'hand-written if-chain',
    count: N,
    run: (count) => {
      let routed = 0;
      for (let i = 0; i < count; i++) if (hand(facts[i] as IssueFacts).ruleId !== null) routed++;
      return routed;
    },
  });
  const vsEngine = (
    await compareAllAsync(`ladder ${name}, ${fmt(LADDER_N)} facts, agreeing with json-rules-engine on all`, { ...oursL, count: LADDER_N }, [
      {
        label: 'json-rules-engine, stops at the first success',
        count: LADDER_N,
        run: async (count) => {
          let routed = 0;
          for (let i = 0; i < count; i++) if ((await routeWithStoppingEngine(stopping, facts[i] as IssueFacts)).ruleId !== null) routed++;
          return routed;
        },
      },
    ], 3)
  ).fastest.ratio;
  if (generated) {
    generatedRatios.engine = Math.min(generatedRatios.engine, vsEngine);
    generatedRatios.hand = Math.min(generatedRatios.hand, vsHand);
  }
}
verdict(
  'routing >= 300x json-rules-engine (fair) on multi-condition ladders',
  generatedRatios.engine >= 300,
  `worst over the generated ladders ${generatedRatios.engine.toFixed(0)}x; goal 300x`,
);
verdict(
  'routing within 3x of hand-written code on multi-condition ladders',
  generatedRatios.hand >= 1 / 3,
  `worst over the generated ladders: qinqing takes ${(1 / generatedRatios.hand).toFixed(2)}x the hand-written time; goal at most 3x`,
);
process.stdout.write(`\nrouting: whole bench ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
