/**
 * Part 14 (issue 19): the campaign report reproduces Lishui's progress report (003,
 * "企业服务年"活动开展情况汇报大纲) from data built to match it (test/campaign/lishui-data.ts).
 */
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { campaignReport, lishuiServiceYear, renderCampaignReport, type CampaignData, type CampaignReport } from '../../src/campaign/index.js';
import { unwrap } from '../../src/index.js';
import type { Issue, RectificationOrder } from '../../src/issue/index.js';
import { lishuiProblemKinds } from '../../src/taxonomy/index.js';
import { lishuiData, run } from './lishui-data.js';

const data = lishuiData();
const asOf = '2010-06-30';
const report: CampaignReport = unwrap(campaignReport(lishuiServiceYear, data, asOf, chinaCalendar, { taxonomy: lishuiProblemKinds }));
const figure = (r: CampaignReport, m: string): number | undefined => r.figures.find((f) => f.measure === m)?.value;

describe('003 Lishui: the campaign report reproduces the figures of the progress report', () => {
  it('003 Lishui: the first two phases are completed and coordination is in progress (已经完成组织宣传发动阶段、调查摸底梳理问题阶段，已进入协调落实阶段)', () => {
    expect(report.phases.map((p) => [p.id, p.status])).toEqual([
      ['mobilisation', 'completed'],
      ['survey', 'completed'],
      ['coordination', 'inProgress'],
    ]);
  });

  it('003 Lishui: 426 cadres paired 1 to 1 with 426 enterprises, 50 enterprise assistants, 376 liaisons; 750 county leaders with 1,115 enterprises', () => {
    expect(report.participation.map((g) => [g.groupId, g.people, g.enterprises, g.outsideRule])).toEqual([
      ['city-cadres', 426, 426, 0],
      ['enterprise-assistants', 50, 50, 0],
      ['liaisons', 376, 376, 0],
      ['county-leaders', 750, 1115, 0],
    ]);
    expect(report.participation.map((g) => g.expected)).toEqual(lishuiServiceYear.participants.map((g) => g.expected));
    expect(figure(report, 'participants')).toBe(426 + 50 + 376 + 750);
  });

  it('003 Lishui: 90 problems solved on the spot (帮助企业解决问题90余件), 120 collected (征集到各类问题120件)', () => {
    expect(report.problems.solvedOnTheSpot).toBe(90);
    expect(report.problems.collected).toBe(120);
    expect(figure(report, 'solvedOnTheSpot')).toBe(90);
    expect(figure(report, 'problemsCollected')).toBe(120);
  });

  it('003 Lishui: batch 1 — 30 assigned, 23 answered, 7 under supervision (30/23/7); batch 2 — 75 assigned, due 15 July; batch 3 — 15 sorted, ready to assign', () => {
    expect(report.batches.map((b) => [b.ordinal, b.batchId, b.total, b.assigned, b.answered, b.underSupervision, b.dueOn, b.status])).toEqual([
      [1, 'lishui-2010-1', 30, 30, 23, 7, '2010-06-13', 'inHand'],
      [2, 'lishui-2010-2', 75, 75, 0, 0, '2010-07-15', 'inHand'],
      [3, 'lishui-2010-3', 15, 0, 0, 0, null, 'readyToAssign'],
    ]);
    expect(report.batches.map((b) => b.notYetAssigned)).toEqual([0, 0, 15]);
    // The batch lines are batchSummary's counts.
    for (const b of report.batches) expect([b.summary.total, b.summary.answered, b.summary.underSupervision]).toEqual([b.total, b.answered, b.underSupervision]);
  });

  it('003 Lishui: joint supervision by the efficiency office and the leading-group office (当地效能办和领导小组办公室联合进行督办): 5 of the 7', () => {
    expect(report.batches[0]?.jointlySupervised).toBe(5);
    expect(report.problems.jointlySupervised).toBe(5);
    expect(report.jointBodies).toEqual([{ roles: ['efficiencyOffice', 'leadingGroupOffice'], problems: 5 }]);
  });

  it('003 Lishui: departments ordered to rectify within a limit (限期整改): one overdue, one within its limit, one rectified', () => {
    const r = report.rectifications;
    expect([r.orders, r.departments, r.ordered, r.rectified, r.notRectifiedInTime]).toEqual([3, 3, 1, 1, 1]);
    expect(r.lines.map((l) => [l.departmentId, l.state, l.dueOn])).toEqual([
      ['d-land', 'notRectifiedInTime', '2010-06-12'],
      ['d-tax', 'ordered', '2010-07-09'],
      ['d-construction', 'rectified', '2010-06-25'],
    ]);
  });

  it('003 Lishui: the problems that come back year after year (共性问题企业年年提): 6 from the same enterprise, 2 in the same industry', () => {
    expect([report.recurrences.count, report.recurrences.sameEnterprise, report.recurrences.sameIndustry]).toEqual([8, 6, 2]);
    expect(report.recurrences.lines.every((r) => r.status === 'answeredUnsolvable')).toBe(true);
  });

  it('003 Lishui: the categories of the collected problems (用地用房、企业融资、政策扶持…), from the taxonomy, most first', () => {
    expect(report.categories.slice(0, 3).map((c) => [c.label.zh, c.collected])).toEqual([
      ['用地用房', 25],
      ['企业融资', 20],
      ['政策扶持', 18],
    ]);
    expect(report.categories.reduce((n, c) => n + c.collected, 0)).toBe(120);
    expect(report.categories.reduce((n, c) => n + c.solvedOnTheSpot, 0)).toBe(90);
  });

  it('003 Lishui: the target 事事有回音，件件有落实 is not yet due with 97 problems unanswered', () => {
    expect(report.targets).toEqual([
      { id: 'every-matter-answered', label: lishuiServiceYear.targets[0]?.label, measure: 'unanswered', value: 97, atLeast: null, atMost: 0, by: '2011-03-31', status: 'notYetDue' },
    ]);
  });

  it('003 Lishui: the figures the campaign states, in its order', () => {
    expect(report.figures.map((f) => f.measure)).toEqual(lishuiServiceYear.figures);
    expect(Object.fromEntries(report.figures.map((f) => [f.measure, f.value]))).toEqual({
      participants: 1602,
      enterprisesPaired: 1541,
      visitsMade: 104,
      solvedOnTheSpot: 90,
      problemsCollected: 120,
      problemsAssigned: 105,
      problemsAnswered: 23,
      underSupervision: 7,
      jointlySupervised: 5,
      awaitingAssignment: 15,
      recurringProblems: 8,
      departmentsOrderedToRectify: 3,
    });
  });

  it('003 Lishui: the Chinese report says it in the words of the outline, with headings 一、二、三…', () => {
    const md = renderCampaignReport(report, 'zh-CN');
    expect(md).toContain('目前，活动已经完成组织宣传发动、调查摸底梳理问题阶段，已进入协调落实阶段。');
    expect(md).toContain('各单位领导及联络员已帮助企业当场解决问题90件。对当场不能解决的问题，经梳理共征集到各类问题120件。');
    expect(md).toContain('其中，第一批交办的30件问题目前已经办理及答复的有23件，还有7件正在督办中；第二批75件问题已交办，要求7月15日前完成；第三批15件问题已梳理完毕，准备交办。');
    expect(md).toContain('其中5件由效能办和领导小组办公室联合督办');
    expect(md).toContain('市直副县以上干部426名，联系企业426家');
    expect(md).toContain('各县（市、区）科局级以上领导干部750名，联系企业1115家');
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 一、活动开展基本情况',
      '## 二、帮助企业解决问题情况',
      '## 三、督办和限期整改情况',
      '## 四、问题分类情况',
      '## 五、反复出现的问题',
      '## 六、目标完成情况',
      '## 七、主要数据',
    ]);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('003 Lishui: the English summary is one paragraph with the same figures', () => {
    const md = renderCampaignReport(report, 'en', { length: 'summary' });
    expect(md.split('\n').slice(0, 5)).toEqual(['# Lishui "Enterprise Service Year": progress report', '', 'As of 30 June 2010.', '', '## Summary']);
    expect(md).toContain('Cadres have helped enterprises solve 90 problems on the spot.');
    expect(md).toContain('120 problems were collected.');
    expect(md).toContain('of the 30 problems assigned in batch 1, 23 have been handled and answered and 7 are under supervision; the 75 problems of batch 2 have been assigned, to be completed by 15 July; the 15 problems of batch 3 have been sorted and are ready to be assigned.');
    expect(md).toContain('5 jointly by the efficiency office and the leading group office');
    expect(md).not.toContain('|');
  });
});

describe('campaignReport: how problems are counted', () => {
  it('counts only the problems submitted from the campaign\'s first day to the report\'s date (China local date)', () => {
    const early = unwrap(campaignReport(lishuiServiceYear, data, '2010-05-15', chinaCalendar));
    expect(early.problems.collected).toBeLessThan(120);
    expect(early.counted).toEqual({ from: '2010-04-01', to: '2010-05-15' });
    const before = unwrap(campaignReport(lishuiServiceYear, data, '2010-03-31', chinaCalendar));
    expect([before.problems.solvedOnTheSpot, before.problems.collected, before.phases[0]?.status]).toEqual([0, 0, 'upcoming']);
  });

  it('counts a problem merged into another once, in its parent', () => {
    const [parent, child] = data.issues.filter((i) => i.batchId === 'lishui-2010-2').slice(0, 2) as [Issue, Issue];
    const merged = run(child, child.id, '2010-06-28', [{ type: 'merge', parentId: parent.id }]);
    const withMerge: CampaignData = { ...data, issues: data.issues.map((i) => (i.id === child.id ? merged : i)) };
    const r = unwrap(campaignReport(lishuiServiceYear, withMerge, asOf, chinaCalendar));
    expect([r.problems.collected, r.problems.merged, r.batches[1]?.total]).toEqual([119, 1, 74]);
  });

  it('answered and closed problems leave supervision; a withdrawn one is neither answered nor unanswered', () => {
    const first = data.issues.filter((i) => i.batchId === 'lishui-2010-1' && i.state === 'assigned') as Issue[];
    const [a, b] = first as [Issue, Issue];
    const answered = run(a, a.id, '2010-06-29', [{ type: 'answer', outcome: 'resolved', summary: '已办结', mode: 'writtenReply', actor: { id: 'h', role: 'departmentHandler' } }]);
    const withdrawn = run(b, b.id, '2010-06-29', [{ type: 'withdraw', actor: { id: b.enterpriseId, role: 'enterprise' } }]);
    const swap = new Map([[a.id, answered], [b.id, withdrawn]]);
    const r = unwrap(campaignReport(lishuiServiceYear, { ...data, issues: data.issues.map((i) => swap.get(i.id) ?? i) }, asOf, chinaCalendar));
    expect([r.batches[0]?.answered, r.batches[0]?.underSupervision, r.batches[0]?.withdrawn]).toEqual([24, 5, 1]);
    expect(r.targets[0]?.value).toBe(120 - 24 - 1);
  });

  it('batches not listed in data.batches follow the listed ones, by first assignment date', () => {
    const r = unwrap(campaignReport(lishuiServiceYear, { ...data, batches: ['lishui-2010-3'] }, asOf, chinaCalendar));
    expect(r.batches.map((b) => [b.ordinal, b.batchId])).toEqual([
      [1, 'lishui-2010-3'],
      [2, 'lishui-2010-1'],
      [3, 'lishui-2010-2'],
    ]);
  });

  it('a pairing rule the data breaks is counted per group (003: 1 to 1 in the city, 1 to 2 in the counties)', () => {
    const pairings = [...(data.pairings ?? []), { id: 'extra', adviserId: 'city-001', enterpriseId: 'e-x', parkId: null, since: '2010-04-01', until: null, selection: 'appointed' } as const];
    const r = unwrap(campaignReport(lishuiServiceYear, { ...data, pairings }, asOf, chinaCalendar));
    expect(r.participation[0]?.outsideRule).toBe(1);
    expect(renderCampaignReport(r, 'zh-CN')).toContain('其中1名联系企业数不符合每人联系1家的要求');
  });

  it('the report is plain JSON and does not depend on the order of the data', () => {
    const reversed: CampaignData = { ...data, issues: [...data.issues].reverse(), pairings: [...(data.pairings ?? [])].reverse(), rectifications: [...(data.rectifications ?? [])].reverse() };
    const r = unwrap(campaignReport(lishuiServiceYear, reversed, asOf, chinaCalendar, { taxonomy: lishuiProblemKinds }));
    expect(r).toEqual(report);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('campaignReport: bad arguments are errors, never exceptions', () => {
  it('refuses an invalid campaign, a bad date, a repeated issue and a bad visit date, each under the argument it came from', () => {
    const code = (r: { ok: boolean; error?: { code: string; path?: readonly (string | number)[] } }) => (r.ok ? 'ok' : [r.error?.code, r.error?.path]);
    expect(code(campaignReport({ ...lishuiServiceYear, period: { from: '2011-01-01', to: '2010-01-01' } }, data, asOf, chinaCalendar))).toEqual(['INVALID_INPUT', ['campaign']]);
    expect(code(campaignReport(lishuiServiceYear, data, '2010-02-30', chinaCalendar))).toEqual(['INVALID_DATE', ['asOf']]);
    const twice = { ...data, issues: [...data.issues, data.issues[0] as Issue] };
    expect(code(campaignReport(lishuiServiceYear, twice, asOf, chinaCalendar))).toEqual(['DUPLICATE_ID', ['data', 'issues', data.issues.length, 'id']]);
    expect(code(campaignReport(lishuiServiceYear, { ...data, visits: [{ date: '2010-13-01', visitorIds: [], enterpriseId: null }] }, asOf, chinaCalendar))).toEqual(['INVALID_DATE', ['data', 'visits', 0, 'date']]);
    expect(code(campaignReport(lishuiServiceYear, { issues: 'x' } as unknown as CampaignData, asOf, chinaCalendar))).toEqual(['INVALID_ARGUMENT', ['data', 'issues']]);
    const badOrder = { ...data, rectifications: [{ ...(data.rectifications?.[0] as RectificationOrder), limit: { workingDays: 0 } }] };
    expect(code(campaignReport(lishuiServiceYear, badOrder, asOf, chinaCalendar))).toEqual(['INVALID_INPUT', ['data', 'rectifications', 0, 'limit', 'workingDays']]);
  });
});
