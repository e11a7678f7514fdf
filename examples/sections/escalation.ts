import {
  chinaCalendar,
  executeIssueCommand,
  label,
  route,
  unwrap,
  validateLadder,
  type EscalationLadder,
  type Issue,
} from 'qinqing';
import { escalationCommand } from 'qinqing/issue';
import {
  explainRoute,
  hainingLadder,
  jiaozuoTimeLadder,
  targetLabel,
  xingtaiLadder,
} from 'qinqing/escalation';
import {
  agenda,
  defaultMeetingSeries,
  hainingHalfMonthlyConsultation,
  occurrences,
  xingtaiMonthlyAdviserMeeting,
} from 'qinqing/meeting';
import { heading, line, subheading, table } from '../report.js';
import { contextFor, demoIssues, send, submit, who } from './issues.js';

const asOf = '2026-10-20';

/** Two more problems of the kind that climb: a policy question and a widespread one nobody can solve yet. */
function raiseHardProblems(): void {
  submit('Q-20', '焦作某机械公司', '土地使用税减半征收', '2026-10-12', 'visit');
  send('Q-20', who.office, '2026-10-12', { type: 'classify', categoryId: 'businessEnvironment', scope: 'multiDepartment', nature: 'policy', procedure: 'general' }, 10);
  send('Q-20', who.office, '2026-10-12', { type: 'requestApproval' }, 11);
  send('Q-20', who.body, '2026-10-13', { type: 'approve' });
  send('Q-20', who.office, '2026-10-13', { type: 'assign', departmentId: '市税务局', coHandlerIds: ['市财政局'], timeLimit: { workingDays: 10 } }, 10);
  submit('Q-21', '孟州某汽配公司', '一线技工普遍短缺', '2026-09-21', 'questionnaire');
  send('Q-21', who.office, '2026-09-21', { type: 'classify', categoryId: 'talentTraining', scope: 'otherSections', nature: 'widespread', procedure: 'simple' }, 10);
  send('Q-21', who.office, '2026-09-22', { type: 'assign', departmentId: '市人社局', timeLimit: { workingDays: 5 } });
  send('Q-21', who.handler('市人社局'), '2026-09-28', { type: 'answer', outcome: 'unsolvable', summary: '本地技工供给不足', mode: 'writtenReply', measures: '建议与职业院校订单式培养' });
}

/** Section 5: escalation ladders, a flawed ladder, and next month's meetings. */
export function escalationSection(): void {
  heading('5', '协调层级与会议', 'Escalation ladders and the meetings that take them');
  raiseHardProblems();
  const issues = demoIssues().filter((i) => i.state !== 'closed' && i.state !== 'withdrawn' && i.nature !== null);
  const ladders: readonly EscalationLadder[] = [jiaozuoTimeLadder, xingtaiLadder];

  subheading(`同一批问题，两地的协调层级（${asOf}）`, `The same issues on two cities' ladders on ${asOf}`);
  table(
    ['编号 id', '性质/范围 nature/scope', '逾期 overdue', `焦作+逾期 ${jiaozuoTimeLadder.id}`, `邢台 ${xingtaiLadder.id}`],
    issues.map((i) => {
      const cells = ladders.map((l) => {
        const r = unwrap(route(i, l, asOf, chinaCalendar));
        return r.target === null ? '（空缺 gap）' : `${targetLabel(r.target, l, 'zh-CN')} ← ${r.ruleId}`;
      });
      const overdue = unwrap(route(i, jiaozuoTimeLadder, asOf, chinaCalendar)).held.includes('overdueWorkingDays') ? '是' : '—';
      return [i.id, `${label(i.nature ?? 'ordinary', 'zh-CN')}/${label(i.scope ?? 'ownFunction', 'zh-CN')}`, overdue, ...cells];
    }),
  );
  for (const id of ['Q-07', 'Q-21']) {
    const issue = issues.find((i) => i.id === id) as Issue;
    for (const l of ladders) line(`${id} · ${l.id}: ${explainRoute(unwrap(route(issue, l, asOf, chinaCalendar)), l, 'zh-CN').join(' ')}`);
  }

  subheading('提请协调并记入审计记录', 'Recording the move on the issue (it never moves down)');
  const q20 = issues.find((i) => i.id === 'Q-20') as Issue;
  const up = unwrap(escalationCommand(q20.id, unwrap(route(q20, jiaozuoTimeLadder, asOf, chinaCalendar)), who.office, `${asOf}T10:00:00+08:00`));
  const moved = unwrap(executeIssueCommand(q20, up, contextFor(who.office)));
  line(`Q-20 → ${moved.issue.escalation?.holder} (rank ${moved.issue.escalation?.rank}), event #${moved.event.seq} ${moved.event.type}.`);
  const down = unwrap(escalationCommand(q20.id, unwrap(route(q20, xingtaiLadder, asOf, chinaCalendar)), who.office, `${asOf}T11:00:00+08:00`));
  const refused = executeIssueCommand(moved.issue, down, contextFor(who.office));
  if (!refused.ok) line(`Then ${down.type === 'escalate' ? down.holder : ''} (rank ${down.type === 'escalate' ? down.rank : ''}) is refused: ${refused.error.code} — ${refused.error.messageZh}`);

  subheading('有缺陷的层级：validateLadder 报告', 'validateLadder on a deliberately flawed ladder');
  const flawed = {
    id: 'flawed',
    name: { zh: '某县（有缺陷）', en: 'A flawed county ladder' },
    source: 'demo',
    rules: [
      { id: 'major', when: { nature: ['major', 'widespread'] }, target: { holder: 'executiveDeputyMayor' }, rank: 30 },
      { id: 'majorLate', when: { nature: ['major'], overdueWorkingDays: { min: 5 } }, target: { holder: 'mayor' }, rank: 40 },
      { id: 'province', when: { nature: ['policy'] }, target: { holder: 'viceGovernor' }, rank: 50 },
      { id: 'odd', when: { overdueWorkingDays: { min: 10, max: 3 } }, target: { holder: 'efficiencyOffice' }, rank: 20 },
    ],
  };
  const checked = validateLadder(flawed);
  const report = checked.ok ? checked.value : checked.error.report;
  if (report === null) throw new Error('the flawed ladder should still read as a ladder');
  if (!checked.ok) line(`validateLadder refuses it: ${checked.error.code} — ${checked.error.messageZh}`);
  table(
    ['级别 severity', '代码 code', '规则 rule', '位置 path', '说明 message'],
    [...report.errors, ...report.warnings].map((f) => [f.severity, f.code, f.ruleId ?? '—', f.path.join('.'), f.messageZh]),
  );
  line(`valid: ${report.valid}; built-in ladders: ${[jiaozuoTimeLadder, xingtaiLadder, hainingLadder].map((l) => `${l.id} ${validateLadder(l).ok ? '✓' : '✗'}`).join(', ')}.`);

  subheading('下月会议日程（2026 年 11 月）', 'Next month’s meetings (November 2026), landed on working days');
  const period = { from: '2026-11-01', to: '2026-11-30' };
  table(
    ['日期 date', '会议 meeting', '原定 scheduled', '来源 source'],
    defaultMeetingSeries
      .flatMap((s) => unwrap(occurrences(s, period, chinaCalendar)).map((o) => ({ s, o })))
      .sort((a, b) => (a.o.on < b.o.on ? -1 : a.o.on > b.o.on ? 1 : 0))
      .map(({ s, o }) => [o.on, s.name.zh, o.rolled ? `${o.scheduledOn}（顺延）` : o.scheduledOn, s.source.slice(0, 3)]),
  );
  const all = demoIssues();
  for (const [series, ladder] of [
    [xingtaiMonthlyAdviserMeeting, xingtaiLadder],
    [hainingHalfMonthlyConsultation, hainingLadder],
  ] as const) {
    const first = unwrap(occurrences(series, period, chinaCalendar))[0];
    if (first === undefined) continue;
    const a = unwrap(agenda({ series, on: first.on }, all, asOf, ladder, chinaCalendar));
    line(`${first.on} ${series.name.zh}: ${a.slipCount} 张交办单 / ${a.problemCount} 个问题 — ${a.slips.map((s) => `${s.departmentId ?? '待定'}：${s.issueIds.join('、')}`).join('；') || '无'}`);
  }
}
