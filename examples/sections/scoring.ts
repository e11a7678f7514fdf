import { label, unwrap } from 'qinqing';
import { jiaozuoServiceAreas } from 'qinqing/taxonomy';
import {
  appraisalGrades,
  blackList,
  emptyTally,
  explainScore,
  hainingScheme,
  jiaozuoScheme,
  mergeTallyTables,
  rankUnits,
  rateDepartments,
  redList,
  scoreUnits,
  tallyIssues,
  type DepartmentRating,
  type Tally,
  type TallyTable,
  type CompactUnitScore,
} from 'qinqing/scoring';
import { ledgerReport, periodSummary, renderMarkdown } from 'qinqing/report';
import { heading, line, subheading, table } from '../report.js';
import { demoIssues } from './issues.js';

const quarter = { from: '2026-07-01', to: '2026-09-30' } as const;

/**
 * A quarter's tallies of eight departments, as the county shards would send them in: received,
 * answered late, not resolved, supervised, and the enterprises' feedback on the answered ones.
 */
const t = (received: number, late: number, unresolved: number, supervised: number, satisfied: number, basicallySatisfied: number, unsatisfied: number): Tally => {
  const answered = satisfied + basicallySatisfied + unsatisfied;
  return {
    ...emptyTally,
    received,
    answered,
    respondedInTime: answered - late,
    resolved: answered - unresolved,
    closed: answered,
    closedOnTime: answered - late,
    supervised,
    satisfied,
    basicallySatisfied,
    unsatisfied,
  };
};
const shards: TallyTable = {
  市发改委: t(40, 1, 3, 2, 33, 4, 1),
  市工信局: t(120, 6, 10, 9, 96, 12, 6),
  市自然资源局: t(35, 7, 8, 8, 20, 6, 6),
  市人社局: t(60, 2, 4, 3, 52, 5, 1),
  市生态环境局: t(28, 5, 6, 6, 16, 5, 5),
  市税务局: t(90, 1, 3, 2, 84, 4, 2),
  市市场监管局: t(75, 3, 5, 4, 62, 8, 3),
  市住建局: t(3, 0, 0, 0, 3, 0, 0),
};
/** Party-building quarterly points (党建季度积分) each department's committee supplies (002). */
const partyBuilding: Record<string, { partyBuilding: number }> = {
  市发改委: { partyBuilding: 92 },
  市工信局: { partyBuilding: 88 },
  市自然资源局: { partyBuilding: 85 },
  市人社局: { partyBuilding: 90 },
  市生态环境局: { partyBuilding: 80 },
  市税务局: { partyBuilding: 95 },
  市市场监管局: { partyBuilding: 86 },
  市住建局: { partyBuilding: 78 },
};

/** Section 7: scoring, rankings, appraisal grades and reports. */
export function scoringSection(): void {
  heading('7', '评估考核与报表', 'Scoring, rankings, appraisal and reports');

  subheading(`第三季度计分：两地办法并列（${quarter.from} 至 ${quarter.to}）`, "A quarter's scoreboard under two cities' schemes");
  const ownIssues = unwrap(tallyIssues(demoIssues(), { period: quarter, by: 'department' }));
  const tallies = mergeTallyTables(shards, ownIssues);
  line(`Tallies: ${Object.keys(shards).length} departments sent in by shards, merged with this demo's own issues (${Object.keys(ownIssues).join('、')}).`);
  // Units with fewer than 5 issues are listed but not ranked: a score needs enough issues behind it.
  const enough = (scores: readonly CompactUnitScore[]): readonly CompactUnitScore[] => scores.map((s) => ((tallies[s.id]?.received ?? 0) >= 5 ? s : { ...s, score: null }));
  const jz = unwrap(rankUnits(enough(unwrap(scoreUnits(tallies, jiaozuoScheme)))));
  const hn = unwrap(rankUnits(enough(unwrap(scoreUnits(tallies, hainingScheme, { externals: partyBuilding })))));
  const rankOf = (list: typeof jz, id: string): string => {
    const r = list.find((x) => x.id === id);
    return r === undefined || r.score === null ? '（不足 5 件，不排名）' : `${r.score} (#${r.rank})`;
  };
  table(
    ['部门 department', '收件 received', '满意/基本/不满意 feedback', `焦作 ${jiaozuoScheme.id}`, `海宁 ${hainingScheme.id}`],
    hn.map((r) => {
      const x = tallies[r.id] as Tally;
      return [r.id, String(x.received), `${x.satisfied}/${x.basicallySatisfied}/${x.unsatisfied}`, rankOf(jz, r.id), rankOf(hn, r.id)];
    }),
  );
  const scored = unwrap(scoreUnits(tallies, hainingScheme, { externals: partyBuilding }));
  for (const id of ['市自然资源局']) {
    const s = scored.find((x) => x.id === id);
    if (s !== undefined) line(`${id} · ${hainingScheme.name.zh}:`, ...explainScore(s, hainingScheme, 'zh-CN').map((l) => `  ${l}`));
  }
  // Data from the app is checked, not trusted: a figure mistyped as NaN comes back as an error naming it.
  const typo = scoreUnits(tallies, hainingScheme, { externals: { ...partyBuilding, 市税务局: { partyBuilding: Number.NaN } } });
  if (!typo.ok) line(`A NaN party-building figure is refused: ${typo.error.code} at ${typo.error.path?.join('.')} — ${typo.error.messageZh}`);

  subheading('红榜与黑榜（每季排名，002）', 'Red and black lists (quarterly ranking, 002)');
  line(`红榜 top 2: ${unwrap(redList(hn, 2)).map((r) => `${r.id} ${r.score}`).join('，')}`);
  line(`黑榜 bottom 2: ${unwrap(blackList(hn, 2)).map((r) => `${r.id} ${r.score}`).join('，')}`);

  subheading('企业评部门：小样本不靠运气', 'Enterprises rate departments (000), with the Wilson lower bound for small samples');
  const ratings: DepartmentRating[] = [
    ...Array.from({ length: 3 }, (_, i) => ({ enterpriseId: `住建-企业${i}`, departmentId: '市住建局', level: 'satisfied' as const })),
    ...Array.from({ length: 60 }, (_, i) => ({ enterpriseId: `税务-企业${i}`, departmentId: '市税务局', level: i < 56 ? ('satisfied' as const) : ('unsatisfied' as const) })),
    ...Array.from({ length: 40 }, (_, i) => ({ enterpriseId: `工信-企业${i}`, departmentId: '市工信局', level: i < 34 ? ('satisfied' as const) : ('basicallySatisfied' as const) })),
  ];
  table(
    ['部门 department', '评价 ratings', '满意率 plain', 'Wilson 下界 lower bound', '名次 rank'],
    unwrap(rateDepartments(ratings, { wilsonZ: 1.96 })).map((d) => [
      d.departmentId,
      String(d.ratings),
      `${(d.satisfaction * 100).toFixed(1)}%`,
      `${((d.satisfactionLowerBound ?? 0) * 100).toFixed(1)}%`,
      String(d.rank ?? '—'),
    ]),
  );
  line('3 of 3 satisfied is 100% plainly, but ranks last on the lower bound: three ratings are not yet evidence.');

  subheading('年度考核等次：挂职干部单列，优秀比例上浮 5 个百分点（002）', 'Appraisal grades: seconded cadres counted separately, their quota raised by 5 points (002)');
  const people = [
    ...Array.from({ length: 20 }, (_, i) => ({ id: `干部${String(i + 1).padStart(2, '0')}`, score: 96 - i * 2 - (i % 3) })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `挂职${String(i + 1).padStart(2, '0')}`, score: 93 - i * 3, seconded: true })),
  ];
  const grades = unwrap(appraisalGrades(people));
  for (const pool of ['regular', 'seconded'] as const) {
    const p = grades.pools[pool];
    const excellent = grades.grades.filter((g) => g.pool === pool && g.grade === 'excellent').map((g) => g.id);
    line(`${label(pool, 'zh-CN')}: ${p.people} 人 × ${(p.share * 100).toFixed(0)}% → 优秀名额 ${p.quota}: ${excellent.join('、')}`);
  }
  const counts = new Map<string, number>();
  for (const g of grades.grades) counts.set(g.grade, (counts.get(g.grade) ?? 0) + 1);
  line(`All grades: ${[...counts].map(([g, c]) => `${label(g as 'excellent', 'zh-CN')} ${c}`).join('，')}`);

  subheading('季度汇总与台账（Markdown）', 'The quarter in one line, and the ledger as a Markdown table');
  const city = mergeTallyTables(...Object.values(tallies).map((x) => ({ city: x })))['city'] as Tally;
  line(renderMarkdown(unwrap(periodSummary([{ label: { zh: '2026 年第三季度', en: '2026 Q3' }, period: quarter, tally: city }], { locale: 'zh-CN' })), 'zh-CN'));
  line(renderMarkdown(unwrap(ledgerReport(demoIssues(), { locale: 'zh-CN', taxonomy: jiaozuoServiceAreas, period: quarter })), 'zh-CN'));
}
