import { unwrap } from 'qinqing';
import { chinaCalendar } from 'qinqing/calendar';
import { campaignReport, lishuiServiceYear, renderCampaignReport } from 'qinqing/campaign';
import { assignBatch, executeIssueCommand, UNSAFE_NO_ACCESS_CHECK, type Issue, type IssueCommand, type RectificationOrder } from 'qinqing/issue';
import { lishuiProblemKinds } from 'qinqing/taxonomy';
import { heading, line, subheading } from '../report.js';

/**
 * Lishui's 企业服务年 (003) on 30 June 2010, built through the lifecycle: 90 problems solved on the
 * spot, 120 collected in three batches (30 / 75 / 15), five of the first batch jointly supervised.
 */
function lishuiData(): Parameters<typeof campaignReport>[1] {
  // The demo replays a campaign's records as an office would have stored them; access is not the point here.
  const ctx = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
  const office = { id: 'office', role: 'leadingGroupOffice' } as const;
  const xiaoneng = { id: 'xiaoneng', role: 'efficiencyOffice' } as const;
  const handler = { id: 'handler', role: 'departmentHandler' } as const;
  const kinds = lishuiProblemKinds.categories.map((c) => c.id);
  const at = (day: string, hour = 9): string => `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
  const exec = (issue: Issue | null, command: IssueCommand): Issue => unwrap(executeIssueCommand(issue, command, ctx)).issue;
  const day = (month: number, k: number): string => `2010-0${month}-${String(3 + (k % 25)).padStart(2, '0')}`;
  const problem = (issueId: string, on: string, categoryId: string, batchId?: string): Issue =>
    exec(exec(null, { type: 'submit', issueId, enterpriseId: `e-${issueId}`, title: '企业反映的问题', channel: 'visit', origin: 'proactive', actor: office, at: at(on) }),
      { type: 'classify', issueId, categoryId, scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', actor: office, at: at(on, 10), ...(batchId === undefined ? {} : { batchId }) });
  const issues: Issue[] = Array.from({ length: 90 }, (_, k) =>
    exec(problem(`s${k}`, day(4 + (k % 3), k), kinds[k % kinds.length] as string), { type: 'serve', issueId: `s${k}`, mode: 'onSite', summary: '现场解决', outcome: 'resolved', actor: handler, at: at(day(4 + (k % 3), k), 11) }));
  const sorted = Array.from({ length: 120 }, (_, k) => problem(`q${k}`, day(5, k), kinds[k % 7] as string, k < 30 ? 'b1' : k < 105 ? 'b2' : 'b3'));
  const assign = (list: Issue[], batchId: string, on: string, timeLimit: { workingDays: number } | { dueOn: string }): Issue[] =>
    assignBatch(list, { batchId, actor: office, at: at(on), timeLimit, departmentOf: Object.fromEntries(list.map((i, k) => [i.id, `d-${k % 5}`])) }, ctx).assigned.map((a) => a.issue);
  issues.push(...assign(sorted.slice(0, 30), 'b1', '2010-06-01', { workingDays: 10 }).map((i, k) =>
    k < 23 ? exec(i, { type: 'answer', issueId: i.id, outcome: 'resolved', summary: '已办理答复', mode: 'writtenReply', actor: handler, at: at('2010-06-10') })
      : k < 28 ? exec(i, { type: 'supervise', issueId: i.id, step: 'supervision', actor: xiaoneng, jointWith: office, at: at('2010-06-22') }) : i));
  issues.push(...assign(sorted.slice(30, 105), 'b2', '2010-06-21', { dueOn: '2010-07-15' }), ...sorted.slice(105));
  // The cadres of the four groups and their pairings (426 ↔ 426 … 750 ↔ 1,115).
  const advisers = lishuiServiceYear.participants.flatMap((g) => Array.from({ length: g.expected.people ?? 0 }, (_, k) => ({ id: `${g.id}-${k}`, kind: g.kind, level: g.level ?? 'city' })));
  const pairings = advisers.flatMap((a, k) => Array.from({ length: a.level === 'county' && k % 750 < 365 ? 2 : 1 }, (_, j) =>
    ({ id: `p-${a.id}-${j}`, adviserId: a.id, enterpriseId: `e-${a.id}-${j}`, parkId: null, since: '2010-04-01', until: null, selection: 'appointed' as const })));
  // One department ordered to rectify within five working days (限期整改), by both offices.
  const rectifications: RectificationOrder[] = [{ id: 'r1', departmentId: 'd-0', orderedOn: '2010-06-07', orderedBy: [office, xiaoneng], grounds: ['dilatory'], reason: '交办问题逾期未办结', issueIds: [], limit: { workingDays: 5 }, rectified: null }];
  return { issues, advisers, pairings, batches: ['b1', 'b2', 'b3'], rectifications };
}

/** Part 14 (issue 19): the campaign progress report an office writes every quarter, from its data. */
export function campaignSection(): void {
  heading('13', '专项活动进展汇报', 'The campaign progress report, written from the data');
  line(
    "Lishui's 企业服务年 (003) is itself a progress report (汇报大纲). qinqing counts it from the office's records —",
    'issues with their histories, pairings, batches and rectification orders — and writes it in Chinese, with an English summary.',
  );
  const report = unwrap(campaignReport(lishuiServiceYear, lishuiData(), '2010-06-30', chinaCalendar, { taxonomy: lishuiProblemKinds }));
  const names = { departments: { 'd-0': '市国土资源局', 'd-1': '市供电局', 'd-2': '市建设局', 'd-3': '市环保局', 'd-4': '市人社局' } };
  subheading('汇报（中文全文）', 'The report, in Chinese');
  line(...renderCampaignReport(report, 'zh-CN', { names }).trimEnd().split('\n'));
  subheading('English summary', 'the same report, in brief');
  line(...renderCampaignReport(report, 'en', { length: 'summary', names }).trimEnd().split('\n'));
}
