import {
  chinaCalendar,
  defaultAccessPolicy,
  executeIssueCommand,
  label,
  unwrap,
  parse,
} from 'qinqing';
import { AdviserKind } from 'qinqing/org';
import {
  defaultPairingPolicy,
  stableMatch,
  suggestPairings,
  validatePairings,
  type Pairing,
  type SuggestionAdviser,
  type SuggestionEnterprise,
} from 'qinqing/pairing';
import {
  burdenWarnings,
  coordinateVisits,
  defaultVisitBurdenPolicy,
  VisitSchema,
  visitIssueCommand,
  visitPlan,
  type PlannedVisit,
  type Visit,
} from 'qinqing/visit';
import { heading, line, subheading, table } from '../report.js';

const asOf = '2026-11-20';

/** A county's people: bureau advisers, contact leaders and a seconded cadre (kinds of 000, 001, 003). */
const advisers: readonly SuggestionAdviser[] = [
  { id: '顾问张华', kind: 'bureauAdviser', level: 'county', departmentId: '县发改委', expertise: ['majorProjects'] },
  { id: '顾问李强', kind: 'bureauAdviser', level: 'county', departmentId: '县工信局', expertise: ['productionFactors'] },
  { id: '顾问赵敏', kind: 'bureauAdviser', level: 'county', departmentId: '县商务局' },
  { id: '副市长刘洋', kind: 'contactLeader', level: 'city', expertise: ['financing'], experience: { basis: ['managed'] } },
  { id: '副县长陈刚', kind: 'contactLeader', level: 'county', departmentId: '县政府', expertise: ['businessEnvironment'] },
  { id: '局长周涛', kind: 'contactLeader', level: 'county', departmentId: '县工信局', expertise: ['productionFactors', 'financing'], experience: { basis: ['studied', 'practised'] } },
  { id: '局长吴静', kind: 'contactLeader', level: 'county', departmentId: '县人社局', expertise: ['talentTraining'], experience: { basis: ['managed'] } },
  { id: '挂职干部孙磊', kind: 'secondedCadre', level: 'county', departmentId: '县工信局' },
];

/** The county's enterprises: three key ones of the city, four of the county, five others. */
const enterprises: readonly SuggestionEnterprise[] = [
  { id: '修武机械', keyLevel: 'city', countyId: '修武县', industry: 'C3411' },
  { id: '修武汽配', keyLevel: 'city', countyId: '修武县', industry: 'C3670' },
  { id: '修武新材', keyLevel: 'city', countyId: '修武县', industry: 'C2661' },
  { id: '修武食品', keyLevel: 'county', countyId: '修武县', industry: 'C1491' },
  { id: '修武纺织', keyLevel: 'county', countyId: '修武县', industry: 'C1711' },
  { id: '修武电子', keyLevel: 'county', countyId: '修武县', industry: 'C3971' },
  { id: '修武物流', keyLevel: 'county', countyId: '修武县', industry: 'G5430' },
  ...['修武包装', '修武建材', '修武印刷', '修武家具', '修武酒店'].map((id, i) => ({
    id,
    keyLevel: 'none' as const,
    countyId: '修武县',
    industry: ['C2231', 'C3021', 'C2319', 'C2110', 'H6110'][i] as string,
  })),
];

let n = 0;
const pair = (adviserId: string, enterpriseId: string, since = '2026-01-05'): Pairing => ({
  id: `P${String(++n).padStart(2, '0')}`,
  adviserId,
  enterpriseId,
  parkId: null,
  since,
  until: null,
  selection: 'appointed',
});

/** The pairings as the county filed them — with mistakes to find. */
const pairings: readonly Pairing[] = [
  ...['修武机械', '修武汽配', '修武食品'].map((e) => pair('顾问张华', e)),
  ...['修武新材', '修武纺织', '修武电子', '修武物流', '修武包装', '修武建材'].map((e) => pair('顾问李强', e)),
  pair('顾问赵敏', '修武印刷'),
  pair('副县长陈刚', '修武食品'),
  pair('副县长陈刚', '修武纺织'),
  pair('副县长陈刚', '修武物流'),
  pair('挂职干部孙磊', '修武电子'),
  pair('挂职干部孙磊', '修武家具'),
  pair('顾问张华', '修武化工'),
];

const kindZh = (id: string): string => {
  const a = advisers.find((x) => x.id === id);
  return a === undefined ? id : `${id}（${AdviserKind.labels[a.kind].zh}）`;
};

/** The visits of October and November, as the app stored them. */
function storedVisits(): readonly Visit[] {
  const v = (id: string, date: string, visitor: string, department: string, enterpriseId: string, mode = 'onSite', purpose = '月度走访'): Visit =>
    parse(VisitSchema, { id, date, visitorIds: [visitor], departmentIds: [department], enterpriseId, parkId: null, mode, purpose, findings: '' });
  return [
    v('V01', '2026-10-09', '顾问张华', '县发改委', '修武机械'),
    v('V02', '2026-11-06', '顾问张华', '县发改委', '修武机械'),
    v('V03', '2026-10-15', '顾问张华', '县发改委', '修武汽配'),
    v('V04', '2026-10-20', '顾问李强', '县工信局', '修武新材', 'phone', '电话回访'),
    v('V05', '2026-11-03', '顾问李强', '县工信局', '修武新材'),
    v('V06', '2026-10-22', '顾问赵敏', '县商务局', '修武印刷'),
    v('V07', '2026-11-02', '县税务局专管员', '县税务局', '修武电子', 'onSite', '税收政策宣讲'),
    v('V08', '2026-11-05', '县市场监管局科员', '县市场监管局', '修武电子', 'onSite', '质量抽检'),
    v('V09', '2026-11-10', '县生态环境局科员', '县生态环境局', '修武电子', 'onSite', '环保检查'),
    v('V10', '2026-11-12', '县应急管理局科员', '县应急管理局', '修武电子', 'onSite', '安全生产检查'),
    v('V11', '2026-11-17', '县消防救援大队', '县消防救援大队', '修武电子', 'onSite', '消防检查'),
  ];
}

/** Section 6: pairing and visits. */
export function pairingSection(): void {
  heading('6', '包联与走访', 'Pairing and visits');

  subheading(`修武县包联名册校验（${asOf}）`, 'A county pairing roster checked against the sources’ policy');
  line(`${advisers.length} people, ${enterprises.length} enterprises (7 key), ${pairings.length} pairings.`);
  const { violations } = unwrap(validatePairings(advisers, enterprises, pairings, defaultPairingPolicy, { asOf }));
  table(
    ['代码 code', '涉及 who/what', '说明 message', '依据 source'],
    violations.map((v) => [v.code, [...v.adviserIds.map(kindZh), ...v.enterpriseIds].join('、'), v.messageZh, v.source ?? '—']),
  );
  line(`All ${violations.length} findings come back at once, each with a stable code and both languages.`);

  subheading('为缺少联系领导的重点企业推荐人选', 'Suggested contacts for key enterprises without one (experience fit, 002)');
  const suggested = unwrap(
    suggestPairings(advisers, enterprises, pairings, defaultPairingPolicy, {
      asOf,
      needsOf: { 修武机械: ['financing'], 修武汽配: ['productionFactors'], 修武新材: ['financing', 'productionFactors'], 修武电子: ['talentTraining'] },
      industriesOf: { 副市长刘洋: ['C34'], 局长周涛: ['C26', 'C36'], 局长吴静: ['C39'] },
    }),
  );
  table(
    ['企业 enterprise', '推荐 adviser', '得分 score', '专长/经历/层级/属地/余量 expertise/experience/level/area/capacity', '理由 reason'],
    suggested.suggestions.map((s) => {
      const b = s.breakdown;
      return [s.enterpriseId, s.adviserId, s.score.toFixed(2), [b.expertise, b.experience, b.level, b.jurisdiction, b.capacity].map((x) => x.toFixed(2)).join(' / '), s.reason.zh];
    }),
  );
  for (const u of suggested.unmatched) line(`No fitting free contact for ${u.enterpriseId} (still ${u.missing} short).`);

  subheading('企业助理双向选择', 'Two-way selection of enterprise assistants (003), deferred acceptance');
  const cadrePreferences = {
    助理甲: ['修武食品', '修武纺织', '修武物流'],
    助理乙: ['修武食品', '修武物流'],
    助理丙: ['修武纺织', '修武食品', '修武物流'],
    助理丁: ['修武食品'],
  };
  const enterprisePreferences = {
    修武食品: ['助理丙', '助理甲', '助理乙', '助理丁'],
    修武纺织: ['助理甲', '助理丙'],
    修武物流: ['助理乙', '助理甲', '助理丙'],
  };
  for (const proposers of ['cadres', 'enterprises'] as const) {
    const m = unwrap(stableMatch({ cadrePreferences, enterprisePreferences, proposers }));
    const pairs = m.pairs.map((p) => `${p.cadreId}→${p.enterpriseId}`).join('，');
    const left = m.unmatchedCadres.map((c) => c.cadreId).join('、') || '无';
    line(`${proposers === 'cadres' ? '干部发起 cadres propose' : '企业发起 enterprises propose'}: ${pairs}; unmatched: ${left} (${m.proposals} proposals, stable).`);
  }
  line('Each side gets its best stable matching when it proposes; no cadre and enterprise would both rather leave their match for each other.');

  subheading(`本月应访与逾期走访（${asOf}，每月至少一次，000）`, 'This month’s due and overdue visits (at least monthly on site, 000)');
  const visits = storedVisits();
  const known = pairings.filter((p) => enterprises.some((e) => e.id === p.enterpriseId));
  const plan = unwrap(visitPlan(known, visits, asOf));
  const mark = { done: '✓ 已访 done', due: '… 应访 due', overdue: '✗ 逾期 overdue' } as const;
  table(
    ['包联人 adviser', '企业 enterprise', '本月 this month', '上次 last visit', '截止 due by', '状态 status'],
    plan
      .filter((p) => p.adviserId.startsWith('顾问'))
      .map((p) => [p.adviserId, p.enterpriseId ?? p.parkId ?? '', String(p.visitsInPeriod), p.lastVisit ?? '—', p.dueDate, mark[p.status]]),
  );
  const counts = { done: 0, due: 0, overdue: 0 };
  for (const p of plan) counts[p.status]++;
  line(`All ${plan.length} active pairings: ${counts.done} done, ${counts.due} due, ${counts.overdue} overdue (nothing in October either). The pairing to the unknown 修武化工 is left out; a phone call does not count as an on-site visit.`);

  subheading('走访中发现的问题转为诉求', 'A problem found on a visit becomes an issue (channel: visit)');
  const found = visits.find((v) => v.id === 'V05') as Visit;
  const cmd = unwrap(visitIssueCommand(found, { issueId: 'Q-30', title: '新厂房配套用电增容', at: '2026-11-03T16:00:00+08:00', categoryId: 'productionFactors' }));
  // The adviser raises it for an enterprise of its own pairings, in the county it works for.
  const subject = {
    ...cmd.actor,
    level: 'county',
    countyId: '修武县',
    pairedEnterpriseIds: pairings.flatMap((p) => (p.adviserId === cmd.actor.id && p.enterpriseId !== null ? [p.enterpriseId] : [])),
  } as const;
  const raised = unwrap(executeIssueCommand(null, cmd, { calendar: chinaCalendar, access: { policy: defaultAccessPolicy, subject, countyOf: () => '修武县' } }));
  line(`Q-30 ${raised.issue.state} · channel ${label(raised.issue.channel, 'zh-CN')} · origin ${label(raised.issue.origin, 'zh-CN')} · ${raised.event.note ?? ''}`);

  subheading('有求必应、无事不扰：走访过多的企业', 'An enterprise visited too often, and a joint visit proposed (002, 003)');
  for (const w of unwrap(burdenWarnings(visits, defaultVisitBurdenPolicy, asOf))) {
    line(`⚠ ${w.enterpriseId} ${w.period.from}…${w.period.to}: ${w.reason.zh}（${w.departments.join('、')}）`, `  ${w.reason.en}`);
  }
  const planned: PlannedVisit[] = [
    { id: '计划-税务', date: '2026-11-26', departmentIds: ['县税务局'], enterpriseId: '修武电子', visitorIds: ['县税务局专管员'] },
    { id: '计划-人社', date: '2026-11-24', departmentIds: ['县人社局'], enterpriseId: '修武电子', visitorIds: ['局长吴静'] },
    { id: '计划-工信', date: '2026-11-27', departmentIds: ['县工信局'], enterpriseId: '修武电子', visitorIds: ['挂职干部孙磊'] },
    { id: '计划-商务', date: '2026-12-02', departmentIds: ['县商务局'], enterpriseId: '修武电子', visitorIds: ['顾问赵敏'] },
  ];
  for (const p of unwrap(coordinateVisits(planned, defaultVisitBurdenPolicy, chinaCalendar))) {
    line(`→ ${p.isoWeek}: one joint visit on ${p.proposedDate} by ${p.departmentIds.join('、')} instead of ${p.visitIds.length} (saves ${p.visitsSaved}).`, `  ${p.reason.zh}`);
  }
  line('The visit planned for the next week (计划-商务) stays on its own: visits are merged only within one ISO week.');
  const typo = visitPlan(known, visits, '2026-11-31');
  if (!typo.ok) line(`A date the app gets wrong comes back as data, never as an exception: ${typo.error.code} at ${typo.error.path?.join('.') ?? '—'} — ${typo.error.messageZh}`);
}
