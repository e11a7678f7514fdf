/**
 * Volume budgets that used to sit in unit tests, where a shared machine made them flaky: a whole
 * province's pairings checked by `validatePairings` (100,000 enterprises, about 150,000 pairings),
 * against the least any check must do (index the ids and look up each pairing's adviser and
 * enterprise); and a meeting agenda drawn from 100,000 issues. Each prints its time against its
 * budget (1 second) and a verdict.
 */
import { performance } from 'node:perf_hooks';
import { unwrap } from '../src/index.js';
import { chinaCalendar } from '../src/calendar/index.js';
import { type Issue } from '../src/issue/index.js';
import { hainingLadder } from '../src/escalation/index.js';
import { agenda, hainingHalfMonthlyConsultation } from '../src/meeting/index.js';
import {
  defaultPairingPolicy,
  PairingSchema,
  validatePairings,
  type Pairing,
  type PairingAdviser,
  type PairingEnterprise,
} from '../src/pairing/index.js';
import { assigned } from '../test/issue/fixtures.js';
import { compare } from './harness.js';

const BUDGET_MS = 1000;
const verdict = (label: string, ms: number): void => {
  process.stdout.write(`${label}: ${ms.toFixed(0)} ms (budget ${BUDGET_MS} ms): ${ms <= BUDGET_MS ? 'within budget' : 'OVER BUDGET'}\n`);
};
const bestOf = (runs: number, f: () => unknown): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};

// A province's pairings: a contact leader for every two enterprises, a county bureau adviser for every four.
const n = 100_000;
const enterprises: PairingEnterprise[] = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, keyLevel: i % 10 === 0 ? 'city' : i % 4 === 0 ? 'county' : 'none' }));
const advisers: PairingAdviser[] = [];
const pairings: Pairing[] = [];
const pair = (id: string, adviserId: string, enterpriseId: string): Pairing =>
  PairingSchema.parse({ id, adviserId, enterpriseId, parkId: null, since: '2026-01-05', until: null, selection: 'appointed' });
for (let i = 0; i < n; i += 2) {
  advisers.push({ id: `l${i}`, kind: 'contactLeader', level: 'city' });
  pairings.push(pair(`p${i}`, `l${i}`, `e${i}`), pair(`p${i + 1}`, `l${i}`, `e${i + 1}`));
}
for (let i = 0; i < n; i += 4) {
  advisers.push({ id: `b${i}`, kind: 'bureauAdviser', level: 'county' });
  for (let k = 0; k < 4; k++) pairings.push(pair(`q${i + k}`, `b${i}`, `e${i + k}`));
}
const closedIssues = enterprises.flatMap((e) =>
  [0, 1].map(() => ({ enterpriseId: e.id, state: 'closed' as const, answer: { outcome: 'resolved' as const, on: '2026-05-01' }, closedAt: '2026-05-02T10:00:00+08:00' })),
);
const options = { asOf: '2026-06-01', quotaPeriod: { from: '2026-01-05', to: '2026-12-31' }, issues: closedIssues };
if (!unwrap(validatePairings(advisers, enterprises, pairings, defaultPairingPolicy, options)).valid) throw new Error('the province fixture should have no finding');

compare(
  `validatePairings over ${n.toLocaleString('en-US')} enterprises and ${pairings.length.toLocaleString('en-US')} pairings`,
  { label: 'qinqing validatePairings', count: 1, run: () => validatePairings(advisers, enterprises, pairings, defaultPairingPolicy, options) },
  {
    label: 'id index and lookups only (the floor)',
    count: 1,
    run: () => {
      const a = new Map(advisers.map((x, i) => [x.id, i]));
      const e = new Map(enterprises.map((x, i) => [x.id, i]));
      const p = new Map(pairings.map((x, i) => [x.id, i]));
      let s = p.size;
      for (const q of pairings) s += (a.get(q.adviserId) ?? 0) + (e.get(q.enterpriseId ?? '') ?? 0);
      return s;
    },
  },
);
verdict('validatePairings, a province', bestOf(3, () => validatePairings(advisers, enterprises, pairings, defaultPairingPolicy, options)));

// A half-monthly consultation's agenda drawn from 100,000 open issues.
const base = [assigned({ issueId: 'a', date: '2026-09-01', workingDays: 5 }), assigned({ issueId: 'b', date: '2026-10-08', workingDays: 10 })];
const issues: Issue[] = Array.from({ length: 100_000 }, (_, i) => ({ ...(base[i % base.length] as Issue), id: `i${i}`, leadDepartmentId: `d-${i % 97}` }));
const consultation = { series: hainingHalfMonthlyConsultation, on: '2026-10-09' };
const slips = unwrap(agenda(consultation, issues, '2026-10-09', hainingLadder, chinaCalendar));
process.stdout.write(`agenda: ${issues.length.toLocaleString('en-US')} issues routed, ${slips.problemCount.toLocaleString('en-US')} on ${slips.slipCount} slips\n`);
verdict('agenda over 100,000 issues', bestOf(3, () => agenda(consultation, issues, '2026-10-09', hainingLadder, chinaCalendar)));
