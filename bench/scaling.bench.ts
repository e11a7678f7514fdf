/**
 * Part 11 (issue 16), "linear everywhere": each function made (near) linear runs at 1×, 10× and
 * 100× its size; the bench prints the best time of each (5, 3 and 2 runs, after a warm-up at the
 * smallest size; inputs built before timing: the best is what the code costs, the rest is the
 * machine's other work), the growth factor per 10× of input (√(t100 / t1) over the whole span, with
 * each step shown: one noisy run moves it less), and a verdict: `ok`, or `SLOW` when
 * time grows more than 15× per 10× of input (quadratic grows 100×). Exits non-zero on `SLOW`.
 * Sizes are chosen so that the smallest run takes milliseconds, not microseconds (timer noise).
 * `npm run bench -- scaling`; `QINQING_SCALING_ONLY=<text>` runs only the cases whose name holds it.
 */
import { performance } from 'node:perf_hooks';
import { chinaCalendar } from '../src/calendar/index.js';
import { unwrap } from '../src/core/result.js';
import { validateLadder } from '../src/escalation/index.js';
import { decideIssue, evolveIssue, executeIssueCommand, LifecyclePolicySchema, UNSAFE_NO_ACCESS_CHECK, type Issue, type IssueEvent } from '../src/issue/index.js';
import { defaultPairingPolicy, validatePairings } from '../src/pairing/index.js';
import { pairedAdvisers } from '../src/scoring/index.js';
import { visitCompliance, type Visit } from '../src/visit/index.js';
import { daysFromCivil, fromDayNumber } from '../src/internal/days.js';
import { pairingOf } from '../test/pairing/fixtures.js';
import { gc } from './harness.js';

const LIMIT = 15;
const only = process.env['QINQING_SCALING_ONLY'];

/** One function at a size: what the size counts, and a thunk over an input built beforehand. */
interface Case {
  readonly name: string;
  readonly unit: string;
  readonly base: number;
  readonly setup: (n: number) => () => unknown;
}

const D0 = daysFromCivil(2026, 1, 1);

const cases: Case[] = [
  {
    name: 'validateLadder, two-condition rules (category, days overdue)',
    unit: 'rules',
    base: 100,
    setup: (n) => {
      const ladder = {
        id: 'big',
        name: { zh: '大', en: 'Big' },
        source: 'app',
        rules: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, when: { categoryId: [`cat${i}`], overdueWorkingDays: { min: i % 7 } }, target: { holder: 'mayor' }, rank: 10 + (i % 3) })),
      };
      // every rule compared (no budget), as before Part 11 only a quadratic number of comparisons could
      return () => {
        const r = validateLadder(ladder, { maxRuleComparisons: Infinity });
        if (!r.ok || r.value.warnings.some((w) => w.code === 'LADDER_RULES_UNCOMPARED')) throw new Error('validateLadder: expected every rule compared');
        return r;
      };
    },
  },
  {
    name: 'validateLadder, range-only rules (one range or step each, some unsolvable flags)',
    unit: 'rules',
    base: 150, // 15,000 rules stay within the input limits (200,000 values)
    setup: (n) => {
      const steps = ['urge', 'supervision', 'publicListing', 'accountability'] as const;
      // Bounds that move with i, and ranks falling down the ladder as in a real one (the highest first),
      // so that few rules are covered or inverted and a pairwise check would compare each with all before it.
      const at = (i: number): number => i;
      const conditions = [
        (i: number) => ({ overdueWorkingDays: { min: at(i), max: at(i) + (i % 5) } }),
        (i: number) => ({ amountInvolved: { min: at(i) * 10_000, max: at(i) * 10_000 + (i % 7) * 50_000 } }),
        (i: number) => ({ enterprisesAffected: { min: 1 + at(i), max: 1 + at(i) + (i % 3) } }),
        (i: number) => ({ reopenCount: { max: i % 4 } }),
        (i: number) => ({ supervisionStep: { min: steps[i % 4] } }),
      ];
      const ladder = {
        id: 'ranges',
        name: { zh: '区间', en: 'Ranges' },
        source: 'app',
        rules: Array.from({ length: n }, (_, i) => ({
          id: `r${i}`,
          when: { ...(conditions[i % 5] as (i: number) => object)(i), ...(i % 3 === 0 ? { declaredUnsolvable: i % 2 === 0 } : {}) },
          target: { holder: 'mayor' },
          rank: 1_000 - Math.floor((i * 990) / n),
        })),
      };
      // every rule checked (no budget; before Part 11 the rules were compared pairwise); gaps not searched, so only the checking of rules is timed
      return () => {
        const r = validateLadder(ladder, { maxRuleComparisons: Infinity, maxGapChecks: 0 });
        if (!r.ok || r.value.warnings.some((w) => w.code === 'LADDER_RULES_UNCOMPARED')) throw new Error(`validateLadder: expected every rule checked: ${r.ok ? 'uncompared' : r.error.message}`);
        return r;
      };
    },
  },
  {
    name: 'pairedAdvisers, advisers of one enterprise',
    unit: 'advisers',
    base: 30_000,
    setup: (n) => {
      const pairings = Array.from({ length: n }, (_, i) => pairingOf(`p${i}`, `a${i}`, { enterpriseId: 'e1' }, '2026-01-01', null));
      return () => pairedAdvisers(pairings, '2026-06-01');
    },
  },
  {
    name: 'validatePairings, one adviser and enterprise over many periods, latest first (the worst order)',
    unit: 'periods',
    base: 5_000,
    setup: (n) => {
      const pairings = Array.from({ length: n }, (_, i) => pairingOf(`p${i}`, 'a1', { enterpriseId: 'e1' }, fromDayNumber(D0 + 2 * (n - i)), fromDayNumber(D0 + 2 * (n - i))));
      const advisers = [{ id: 'a1', kind: 'liaison', level: 'county' } as const];
      const enterprises = [{ id: 'e1', keyLevel: 'none' } as const];
      return () => validatePairings(advisers, enterprises, pairings, defaultPairingPolicy);
    },
  },
  {
    name: 'visitCompliance, advisers on one park (10 visits each)',
    unit: 'advisers',
    base: 1_000,
    setup: (n) => {
      const pairings = Array.from({ length: n }, (_, i) => pairingOf(`p${i}`, `a${i}`, { parkId: 'k1' }, '2026-01-01', null));
      const visits: Visit[] = Array.from({ length: 10 * n }, (_, i) => ({
        id: `v${i}`,
        date: fromDayNumber(D0 + (i % 365)),
        visitorIds: [`a${i % n}`],
        departmentIds: ['d1'],
        enterpriseId: null,
        parkId: 'k1',
        mode: 'onSite',
        purpose: '走访',
        findings: '',
        answers: {},
        issueIds: [],
      }));
      return () => visitCompliance(pairings, visits, { from: '2026-01-01', to: '2026-12-31' });
    },
  },
  {
    name: "evolveIssue on one issue's N events",
    unit: 'events',
    base: 20_000,
    setup: (n) => {
      const actor = { id: 'e1', role: 'enterprise', enterpriseId: 'e1' } as const;
      const at = '2026-03-02T09:00:00+08:00';
      const submit = decideIssue(null, { type: 'submit', issueId: 'i1', enterpriseId: 'e1', title: '用电增容', channel: 'hotline', origin: 'application', actor, at }, { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK });
      if (!submit.ok) throw new Error('evolveIssue: the submission was refused');
      // evolveIssue trusts its events: the rest are supervision events built by hand, not decided
      const events: IssueEvent[] = [submit.value];
      for (let i = 2; i <= n; i++) events.push({ ...submit.value, seq: i, type: 'supervise', from: 'assigned', to: 'assigned', changes: { supervisionStep: 'urge' } });
      return () => {
        let issue: Issue | null = null;
        for (const e of events) issue = evolveIssue(issue, e);
        if (issue?.history.length !== n) throw new Error('evolveIssue: expected every event in the history');
        return issue;
      };
    },
  },
  {
    // Issue 16: each event (2.1) carries only the item it adds, so hashing it costs the same at the 1st addition and the 10,000th.
    name: 'addToDossier, N additions on one issue',
    unit: 'additions',
    base: 100,
    setup: (n) => {
      // the dossier's bound (1,000 items by default) raised to let 10,000 additions through
      const context = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK, policy: LifecyclePolicySchema.parse({ maxDossierItems: 100_000 }) } as const;
      const office = { id: 'office-1', role: 'leadingGroupOffice' } as const;
      const at = '2026-09-28T09:00:00+08:00';
      let start: Issue | null = null;
      const submit = { type: 'submit', issueId: 'i1', enterpriseId: 'e1', title: '用电增容', channel: 'hotline', origin: 'application', actor: { id: 'e1', role: 'enterprise', enterpriseId: 'e1' }, at } as const;
      const classify = { type: 'classify', issueId: 'i1', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'general', actor: office, at } as const;
      for (const c of [submit, classify, { type: 'requestApproval', issueId: 'i1', actor: office, at }] as const) start = unwrap(executeIssueCommand(start, c, context)).issue;
      const commands = Array.from({ length: n }, (_, i) => ({ type: 'addToDossier', issueId: 'i1', documents: [`doc-${String(i).padStart(6, '0')}.pdf`], actor: office, at }) as const);
      return () => {
        let issue = start;
        for (const c of commands) issue = unwrap(executeIssueCommand(issue, c, context)).issue;
        if (issue?.dossier.documents.length !== n) throw new Error('addToDossier: expected every item filed');
        return issue;
      };
    },
  },
];

let slow = 0;
let sink: unknown;
for (const c of cases) {
  if (only !== undefined && !c.name.includes(only)) continue;
  const warm = c.setup(c.base);
  for (let r = 0; r < 3; r++) sink = warm();
  const times = [1, 10, 100].map((k) => {
    const run = c.setup(c.base * k);
    const runs = k === 1 ? 5 : k === 10 ? 3 : 2;
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      gc?.(); // the fixture's garbage is not charged to the run
      const t = performance.now();
      sink = run();
      ms.push(performance.now() - t);
    }
    return Math.min(...ms);
  });
  const [t1, t10, t100] = times as [number, number, number];
  // per 10× over the whole span (the geometric mean of the two steps): one noisy run moves it less
  const growth = Math.sqrt(t100 / t1);
  const verdict = growth > LIMIT ? 'SLOW' : 'ok';
  if (verdict === 'SLOW') slow++;
  const sizes = [1, 10, 100].map((k) => (c.base * k).toLocaleString('en')).join(' / ');
  console.log(`${c.name}: ${sizes} ${c.unit}: ${times.map((t) => `${t.toFixed(1)} ms`).join(' / ')}`);
  console.log(`  growth per 10×: ${growth.toFixed(1)}× (steps ${(t10 / t1).toFixed(1)}× and ${(t100 / t10).toFixed(1)}×; limit ${LIMIT}×) ${verdict}`);
}
if (sink === undefined) console.log('(nothing run)');
process.exit(slow === 0 ? 0 : 1);
