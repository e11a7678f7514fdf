import { performance } from 'node:perf_hooks';
import { chinaCalendar, UNSAFE_NO_ACCESS_CHECK, unwrap, type Issue, type IssueCommand, type IssueContext } from 'qinqing';
import { executeIssueCommand } from 'qinqing/issue';
import { defaultPairingPolicy, validatePairings, type Pairing } from 'qinqing/pairing';
import { hainingScheme, mergeTallyTables, pairedAdvisers, rankUnits, scoreUnits, tallyIssuesBy, tallyVisits, type TallyIssue } from 'qinqing/scoring';
import { visitCompliance, type Visit } from 'qinqing/visit';
import { heading, line, subheading, table } from '../report.js';

const context: IssueContext = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
const office = { id: '市营商办', role: 'leadingGroupOffice' } as const;
const n = (x: number): string => x.toLocaleString('en-US');

/** A seeded source of numbers in [0, 1) (mulberry32): the same city every run, nothing from the clock. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The milliseconds `run` takes, and what it returns. */
function timed<T>(run: () => T): { readonly value: T; readonly ms: number } {
  const t = performance.now();
  const value = run();
  return { value, ms: performance.now() - t };
}

/** The date `day` days after 1 January 2026. */
const dayOf2026 = (day: number): string => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);

/**
 * Section 11 (Part 11): at scale. A generated city's year scored end to end, and the paths that
 * once grew faster than their input, each at two sizes. The times are this machine's, now: the
 * figures to rely on are `npm run bench`'s (issue 16's targets, with verdicts).
 */
export function scaleSection(): void {
  heading('11', '规模', 'At scale');
  cityYear();
  linearGrowth();
}

/** A city's year: 20,000 enterprises, 2,000 advisers, 40 departments, 300,000 issues, 120,000 visits. */
function cityYear(): void {
  subheading('一个市的一年：统计、评分、排名', "A city's year: tally, score, rank");
  const rand = seeded(20_261_206);
  const [ENTERPRISES, ADVISERS, DEPARTMENTS, ISSUES, VISITS] = [20_000, 2_000, 40, 300_000, 120_000];
  const days = Array.from({ length: 380 }, (_, d) => dayOf2026(d));
  const pairings: Pairing[] = Array.from({ length: ENTERPRISES }, (_, e) => ({
    id: `包联${e}`,
    adviserId: `顾问${e % ADVISERS}`,
    enterpriseId: `企业${e}`,
    parkId: null,
    since: '2025-06-01',
    until: null,
    selection: 'appointed',
  }));
  const departmentOf: Record<string, string> = {};
  for (let a = 0; a < ADVISERS; a++) departmentOf[`顾问${a}`] = `部门${a % DEPARTMENTS}`;
  const issues: TallyIssue[] = Array.from({ length: ISSUES }, () => {
    const day = Math.floor(rand() * 360);
    const answered = rand() < 0.9;
    const late = rand() < 0.08 ? 4 : 0;
    return {
      enterpriseId: `企业${Math.floor(rand() * ENTERPRISES)}`,
      submittedAt: `${days[day]}T09:30:00+08:00`,
      state: answered ? 'closed' : 'assigned',
      leadDepartmentId: `部门${Math.floor(rand() * DEPARTMENTS)}`,
      deadline: days[day + 10] as string,
      answer: answered ? { outcome: rand() < 0.9 ? 'resolved' : 'explained', on: days[day + 7 + late] as string } : null,
      feedback: answered ? (rand() < 0.92 ? 'satisfied' : rand() < 0.5 ? 'basicallySatisfied' : 'unsatisfied') : null,
      reopenCount: 0,
      supervisionStep: late > 0 ? 'urge' : 'unsupervised',
      closedAt: answered ? `${days[day + 8 + late]}T16:00:00+08:00` : null,
    };
  });
  const visits: Visit[] = Array.from({ length: VISITS }, (_, v) => {
    const e = Math.floor(rand() * ENTERPRISES);
    const adviserId = `顾问${e % ADVISERS}`;
    return {
      id: `走访${v}`,
      date: days[Math.floor(rand() * 365)] as string,
      visitorIds: [adviserId],
      departmentIds: [departmentOf[adviserId] as string],
      enterpriseId: `企业${e}`,
      parkId: null,
      mode: 'onSite',
      purpose: '月度走访',
      findings: '',
      answers: {},
      issueIds: [],
    };
  });
  const year = { from: '2026-01-01', to: '2026-12-31' };
  const run = timed(() => {
    const byAdviser = unwrap(pairedAdvisers(pairings, '2026-12-31'));
    const compliance = unwrap(visitCompliance(pairings, visits, year, { departmentOf }));
    const tallies = unwrap(tallyIssuesBy(issues, { period: year, by: { department: 'department', adviser: { byEnterprise: byAdviser } } }));
    const departments = mergeTallyTables(tallies.department, unwrap(tallyVisits(compliance.byDepartment)));
    return unwrap(rankUnits(unwrap(scoreUnits(departments, hainingScheme))));
  });
  const ranked = run.value;
  line(
    `${n(ENTERPRISES)} 家企业、${n(ADVISERS)} 名顾问、${DEPARTMENTS} 个部门、${n(ISSUES)} 件诉求、${n(VISITS)} 次走访：统计、评分、排名共 ${run.ms.toFixed(0)} 毫秒（本机此刻）。`,
    `${n(ENTERPRISES)} enterprises, ${n(ADVISERS)} advisers, ${DEPARTMENTS} departments, ${n(ISSUES)} issues, ${n(VISITS)} visits: tallied, scored and ranked in ${run.ms.toFixed(0)} ms (this machine, now).`,
  );
  table(
    ['名次 rank', '部门 department', '得分 score (Haining)'],
    [...ranked.slice(0, 3), ...ranked.slice(-1)].map((u) => [String(u.rank ?? '—'), u.id, u.score === null ? '—' : u.score.toFixed(2)]),
  );
  line('省级规模（200 万件诉求、120 万次走访、2 万名顾问）的计时与目标判定见 `npm run bench -- scoring`。', 'A province (2M issues, 1.2M visits, 20k advisers) is timed against its targets by `npm run bench -- scoring`.');
}

/** Paths that once grew faster than their input (issue 16), each at 1× and 10×. */
function linearGrowth(): void {
  subheading('输入增长十倍，耗时约增长十倍', 'Ten times the input, about ten times the time');
  const rows: string[][] = [];
  const row = (what: string, unit: string, sizes: readonly [number, number], run: (size: number) => () => unknown): void => {
    const [small, large] = sizes.map((size) => {
      const go = run(size);
      go(); // warm up
      return timed(go).ms;
    }) as [number, number];
    rows.push([what, `${n(sizes[0])} → ${n(sizes[1])} ${unit}`, `${small.toFixed(1)} → ${large.toFixed(1)} ms`, `${(large / small).toFixed(1)}×`]);
  };
  row('一件诉求反复催办 one issue urged again and again (executeIssueCommand: decision, audit digest, history)', 'commands', [2_000, 20_000], (size) => () => urgedAgain(size));
  row('同一顾问与企业的多段包联，倒序给出 one adviser and enterprise, periods latest first (validatePairings)', 'periods', [20_000, 200_000], (size) => {
    const pairings: Pairing[] = Array.from({ length: size }, (_, i) => {
      const day = dayOf2026(2 * (size - i));
      return { id: `p${i}`, adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: day, until: day, selection: 'appointed' };
    });
    return () => validatePairings([{ id: 'a1', kind: 'liaison', level: 'county' }], [{ id: 'e1', keyLevel: 'none' }], pairings, defaultPairingPolicy);
  });
  table(['路径 path', '规模 size', '耗时 time', '增长 growth'], rows);
  line('二次方的路径会增长约 100 倍。`npm run bench -- scaling` 以 1×、10×、100× 检验每条路径。', 'A quadratic path would grow about 100×. `npm run bench -- scaling` checks each path at 1×, 10× and 100×.');
  line(
    '卷宗材料另有上限（生命周期策略 maxDossierItems，默认 1,000 项，qinqing 自定）：超出即以 DOSSIER_FULL 拒绝，无论客户端发来多少。',
    "A dossier is bounded too (the lifecycle policy's maxDossierItems, 1,000 items by default, qinqing's own figure): past it an addition is refused with DOSSIER_FULL, whatever a client sends.",
  );
}

/** An issue assigned to a department, then `urges` commands of the efficiency office that urge it (督办催办) again. */
function urgedAgain(urges: number): Issue {
  const at = (minute: number): string => `2026-10-12T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+08:00`;
  const steps: IssueCommand[] = [
    { type: 'submit', issueId: 'S-1', enterpriseId: '修武某铝业公司', title: '厂区道路积水', channel: 'hotline', origin: 'application', actor: { id: '修武某铝业公司', role: 'enterprise' }, at: at(0) },
    { type: 'classify', issueId: 'S-1', categoryId: 'businessEnvironment', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', actor: office, at: at(1) },
    { type: 'assign', issueId: 'S-1', departmentId: '市城管局', timeLimit: { workingDays: 5 }, actor: office, at: at(2) },
  ];
  let issue: Issue | null = null;
  for (const command of steps) issue = unwrap(executeIssueCommand(issue, command, context)).issue;
  const urge: IssueCommand = { type: 'supervise', issueId: 'S-1', step: 'urge', actor: { id: '市效能办', role: 'efficiencyOffice' }, at: at(3) };
  for (let k = 0; k < urges; k++) issue = unwrap(executeIssueCommand(issue, urge, context)).issue;
  return issue as Issue;
}
