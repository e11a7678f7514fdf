import { chinaCalendar, label, unwrap } from 'qinqing';
import { trainingSummary, type TrainingSession } from 'qinqing/org';
import { helpTaskLedger, renderMarkdown } from 'qinqing/report';
import { compileLadder, explainRoute, jiaozuoLadder, type IssueFacts } from 'qinqing/escalation';
import { decideFaultTolerance, emptyTally, exampleFaultTolerancePolicy, rates, tallyCadreRatings, tallyOutcomes, xingtaiOutcomeMeasures, type CadreRating, type OutcomeRecord } from 'qinqing/scoring';
import { createHelpTaskSheet, helpTaskStanding, transitionHelpTaskSheet, visitRoundSummary, type Visit } from 'qinqing/visit';
import { heading, line, subheading, table } from '../report.js';

/** Xuzhou (004), round 2 of the 百千万 visits: work group g3 visits two households and their village. */
function xuzhouRound(): void {
  subheading('徐州“百千万”走访帮扶：家庭、村与帮扶任务书', 'A Xuzhou visit round to households and a village, with help task sheets (004)');
  const round = { id: 'r2', number: 2, from: '2017-09-01', to: '2017-09-30', name: '第二轮走访帮扶' };
  const group = { id: 'g3', name: '第三帮扶工作小组', leaderId: 'pm-07', memberIds: ['pm-07', 'pm-19'], targets: [{ kind: 'village' as const, id: 'v-tashan' }] };
  const directory = [
    { kind: 'household', id: 'hh-0012', head: '王建国', villageId: 'v-tashan' },
    { kind: 'household', id: 'hh-0031', head: '李秀英', villageId: 'v-tashan' },
    { kind: 'village', id: 'v-tashan', name: '塔山村', township: '塔山镇' },
  ] as const;
  const wang = { kind: 'household', id: 'hh-0012' } as const;
  const li = { kind: 'household', id: 'hh-0031' } as const;
  const tashan = { kind: 'village', id: 'v-tashan' } as const;
  const visit = (id: string, date: string, target: { kind: 'household' | 'village'; id: string }): Visit => ({
    id, date, visitorIds: ['pm-07', 'pm-19'], departmentIds: ['xz-amr'], enterpriseId: null, parkId: null, target, roundId: 'r2', workGroupId: 'g3',
    mode: 'onSite', purpose: '“百千万”走访帮扶', findings: '', answers: {}, issueIds: [],
  });
  const visits = [visit('x1', '2017-09-26', wang), visit('x2', '2017-09-26', li), visit('x3', '2017-09-27', tashan)];
  const problems = [
    { id: 'p1', target: wang, foundOn: '2017-09-26', description: '因病致贫，新农合报销不足', categoryId: 'livingDifficulties', visitId: 'x1' },
    { id: 'p2', target: tashan, foundOn: '2017-09-27', description: '村道破损，盼望修路搭桥', categoryId: 'livingDifficulties', visitId: 'x3' },
  ];
  // A help task sheet (帮扶任务书) per problem, due in working days: 1–8 October 2017 is off, Saturday 30 September is worked.
  const base = { workGroupId: 'g3', issuedOn: '2017-09-29', issuedBy: 'pm-07' } as const;
  const care = unwrap(createHelpTaskSheet({ ...base, id: 't1', target: wang, title: '王建国家大病救助', measures: '对接民政部门申请大病救助；联系王建国 139 1234 5678', problemIds: ['p1'], responsibleIds: ['pm-07'], workingDays: 10 }, chinaCalendar, { problems }));
  const road = unwrap(createHelpTaskSheet({ ...base, id: 't2', target: tashan, title: '协调修建村道', measures: '对接交通部门立项', problemIds: ['p2'], responsibleIds: ['pm-19'], workingDays: 20 }, chinaCalendar, { problems }));
  const roadStarted = unwrap(transitionHelpTaskSheet(road, { type: 'start', on: '2017-09-30', actorId: 'pm-19' })).sheet;

  const asOf = '2017-10-25';
  const summary = unwrap(visitRoundSummary({ rounds: [round], workGroups: [group], visits, problems, taskSheets: [care, roadStarted] }, asOf));
  const r = summary.rounds[0];
  line(
    `${round.name} (${round.from} – ${round.to}), ${group.name}: visited ${Object.entries(r?.targetsVisited ?? {}).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')};`,
    `problems found ${summary.total.problemsFound}, with a help task sheet ${summary.total.problemsWithTaskSheet}, overdue sheets at ${asOf}: ${summary.total.overdueTaskSheets}.`,
  );
  line(`t1: ${unwrap(helpTaskStanding(care, asOf, chinaCalendar)).reason.zh}`);
  line(`t2: ${unwrap(helpTaskStanding(roadStarted, asOf, chinaCalendar)).reason.zh}`);
  line('', '帮扶任务台账（公开前已脱敏：户主姓名与电话不出现） · The task-sheet ledger, household heads and phones masked:');
  const ledger = unwrap(helpTaskLedger([care, roadStarted], { locale: 'zh-CN', directory, asOf, names: { workGroups: { g3: group.name } } }));
  line(...renderMarkdown(ledger, 'zh-CN').trimEnd().split('\n'));
}

/** Haining (002): fault tolerance (容错免责) as data, and the training record. */
function faultTolerance(): void {
  subheading('容错免责', 'Fault tolerance and accountability (002)');
  line('The situations are qinqing\'s example list (8 exempt, 6 accountable, the counts of 002), not Haining\'s text.');
  const ruledOut = { personalGain: false, knowinglyViolated: false, colludedWithEnterprise: false, expresslyProhibited: false, neglectedReform: false, dilatory: false };
  const cases = [
    { who: '干部甲：为解决企业困难主动作为，出现偏差', facts: { ...ruledOut, actedForEnterprise: true, tookInitiative: true } },
    { who: '干部乙：同上，但办事拖拉造成严重后果', facts: { ...ruledOut, actedForEnterprise: true, tookInitiative: true, dilatory: true, seriousConsequences: true } },
    { who: '干部丙：仅知拖拉且后果严重，其他未查明', facts: { dilatory: true, seriousConsequences: true } },
  ];
  for (const c of cases) {
    const d = unwrap(decideFaultTolerance(c.facts, exampleFaultTolerancePolicy));
    line('', `${c.who} → ${label(d.outcome, 'zh-CN')} ${d.outcome}${d.conflict ? ' (conflict)' : ''}`);
    if (d.missingFacts.length > 0) {
      line(`  尚待查明 ${d.missingFacts.length} 项事实 · ${d.missingFacts.length} facts to establish first: ${d.missingFacts.slice(0, 4).join(', ')}, …`);
    } else {
      line(`  ${d.reason.zh}`, `  ${d.reason.en}`);
    }
  }
}

/** Haining's training (002) and Xingtai's outcome counters (000). */
function trainingAndOutcomes(): void {
  subheading('培训与成效计数', 'Training (002) and outcomes as configurable measures (000)');
  const sessions: TrainingSession[] = Array.from({ length: 38 }, (_, i) => ({
    id: `t${i + 1}`, title: i === 0 ? '新制造转型之战' : '宏观经济形势分析与中美贸易摩擦', on: `2018-${String(1 + (i % 12)).padStart(2, '0')}-18`,
    audience: i % 2 === 0 ? 'entrepreneurs' : 'enterpriseStaff', attendance: i === 0 ? 126 : 105,
  }));
  const training = unwrap(trainingSummary(sessions, { from: '2018-01-01', to: '2018-12-31' }));
  line(training.text.zh, training.text.en);
  const records: OutcomeRecord[] = [
    { id: 'o1', measure: 'trademarksRegistered', value: 12, on: '2013-06-30', adviserId: '王顾问' },
    { id: 'o2', measure: 'wellKnownTrademarks', value: 1, on: '2013-11-05', adviserId: '李顾问', enterpriseId: '龙泉剑', note: '市县联合顾问团' },
    { id: 'o3', measure: 'enterprisesFinanced', value: 1, on: '2013-09-20', adviserId: '李顾问', enterpriseId: '邢钢' },
    { id: 'o4', measure: 'financingAmount', value: 5.265, on: '2013-09-20', adviserId: '李顾问', enterpriseId: '邢钢' },
  ];
  const outcomes = unwrap(tallyOutcomes(records, xingtaiOutcomeMeasures, { period: { from: '2013-01-01', to: '2013-12-31' }, by: 'adviser' }));
  line('', outcomes.text.zh, outcomes.text.en);
  const keys = xingtaiOutcomeMeasures.measures.map((m) => m.key);
  table(['顾问 Adviser', ...xingtaiOutcomeMeasures.measures.map((m) => m.label.zh)], outcomes.rows.map((row) => [row.unitId ?? '—', ...keys.map((k) => String(row.values[k] ?? 0))]));
}

/** Haining's two published rates side by side (002), and Jiaozuo's mayor-or-executive-deputy choice (001). */
function ratingsAndMayor(): void {
  subheading('两项满意率与市长协调', "Haining's two rates side by side (002); a major problem to the mayor (001)");
  // 1,000 enterprises rate 200 cadres on service and, 980 of them, on professional fit (专业契合度).
  const level = (i: number, s: number, b: number): 'satisfied' | 'basicallySatisfied' | 'unsatisfied' => (i < s ? 'satisfied' : i < s + b ? 'basicallySatisfied' : 'unsatisfied');
  const ratings: CadreRating[] = Array.from({ length: 1000 }, (_, i) => ({
    enterpriseId: `e${i}`, adviserId: `cadre-${i % 200}`, on: '2019-05-31',
    service: level(i, 850, 85), ...(i < 980 ? { professionalFit: level((i * 3) % 980, 800, 110) } : {}),
  }));
  const r = unwrap(rates(unwrap(tallyCadreRatings(ratings, { by: () => 'haining' }))['haining'] ?? emptyTally));
  const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  table(['服务满意率 Service satisfaction', '专业契合度满意率 Professional-fit satisfaction'], [[pct(r.satisfaction), pct(r.professionalFitSatisfaction)]]);
  const facts: IssueFacts = {
    nature: 'major', scope: 'multiDepartment', procedure: 'general', categoryId: 'land', industry: 'C34', enterprisesAffected: 1, amountInvolved: 0,
    overdueWorkingDays: 0, supervisionStep: 'unsupervised', reopenCount: 0, reworkCount: 0, declaredUnsolvable: true,
  };
  const route = compileLadder(jiaozuoLadder).routeFacts(facts);
  line('', 'A major problem declared unsolvable for now, on the Jiaozuo ladder:', ...explainRoute(route, jiaozuoLadder, 'zh-CN').map((l) => `  ${l}`));
}

/** Part 14 (issue 19): everyone the sources serve, and the people around the work. */
export function peopleSection(): void {
  heading('14', '走访帮扶、容错免责与服务队伍', 'Households and villages, fault tolerance, and the people around the work');
  xuzhouRound();
  faultTolerance();
  ratingsAndMayor();
  trainingAndOutcomes();
}
