/**
 * The placeholders of the TSDoc examples: an example in `src/` may use `issue`, `issues`, `office`,
 * … without declaring them, and the docs runner (scripts/docs-examples.ts) takes them from here.
 * Every issue is built through the real lifecycle, so each is one the library could have produced;
 * the values are chosen so that the results the examples state hold.
 */
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  assignBatch,
  executeIssueCommand,
  type Actor,
  type Issue,
  type IssueCommand,
  type IssueEvent,
  UNSAFE_NO_ACCESS_CHECK,
} from '../../src/issue/index.js';
import { type IssueFacts } from '../../src/escalation/index.js';
import { createHelpTaskSheet, type HelpTaskSheet } from '../../src/visit/index.js';
import { campaignReport, lishuiServiceYear, type CampaignData, type CampaignReport } from '../../src/campaign/index.js';
import type { RectificationOrder } from '../../src/issue/index.js';
import { lishuiProblemKinds } from '../../src/taxonomy/index.js';
import { lishuiData as buildLishuiData } from '../campaign/lishui-data.js';

/** Commands without the fields every command has, which {@link run} fills in. */
type Step = IssueCommand extends infer C ? (C extends IssueCommand ? Omit<C, 'issueId' | 'actor' | 'at'> & { readonly actor?: Actor; readonly at?: string } : never) : never;

const enterprise: Actor = { id: 'e1', role: 'enterprise' };
const handler: Actor = { id: 'handler-1', role: 'departmentHandler' };

/** The leading group's office, which classifies, assigns and escalates. */
export const office: Actor = { id: 'office-1', role: 'leadingGroupOffice' };

/** Someone acting on an issue. */
export const actor: Actor = office;

/** An instant after every event of {@link issue}. */
export const at = '2026-03-20T10:00:00+08:00';

/** 09:00 China time on a date, plus `minutes`. */
const nine = (date: string, minutes = 0): string => `${date}T09:${String(minutes).padStart(2, '0')}:00+08:00`;

/** The fixtures are built by many actors, each in its lawful role: no jurisdiction check. */
const trusted = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK } as const;

/** Runs commands on an issue (or from nothing), one minute apart from 09:00 on `date` unless dated. */
function run(issue: Issue | null, issueId: string, date: string, steps: readonly Step[]): Issue {
  let current = issue;
  steps.forEach((s, i) => {
    const command = { actor: office, at: nine(date, i), ...s, issueId } as IssueCommand;
    current = unwrap(executeIssueCommand(current, command, trusted)).issue;
  });
  if (current === null) throw new Error('no steps');
  return current;
}

const submit = (enterpriseId: string, title: string, categoryId?: string): Step => ({
  type: 'submit',
  enterpriseId,
  title,
  channel: 'hotline',
  origin: 'application',
  actor: { id: enterpriseId, role: 'enterprise' },
  ...(categoryId === undefined ? {} : { categoryId }),
});

/**
 * A major problem (重大问题) of enterprise e1, submitted on Monday 2 March 2026, classified for the
 * simple procedure and assigned the same day to the power company within 10 working days: due on
 * 16 March, overdue from the 17th, and still assigned.
 */
export const issue: Issue = run(null, 'i1', '2026-03-02', [
  submit('e1', '用电增容'),
  { type: 'classify', categoryId: 'power', scope: 'multiDepartment', nature: 'major', procedure: 'simple' },
  { type: 'assign', departmentId: 'd-power', timeLimit: { workingDays: 10 } },
]);

/** An issue assigned on 29 September 2026 within 5 working days: due on 12 October, after the National Day holiday. */
export const autumnIssue: Issue = run(null, 'i1', '2026-09-29', [
  submit('e1', '用电增容'),
  { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' },
  { type: 'assign', departmentId: 'd-power', timeLimit: { workingDays: 5 } },
]);

/** The first audit event of {@link issue}: its submission. */
export const submitEvent: IssueEvent = issue.history[0] as IssueEvent;

/** {@link issue}'s audit events as stored JSON text. */
export const stored: string = JSON.stringify(issue.history);

/** Issues of March 2026: {@link issue}, one answered and confirmed (ready to close), one served directly, one just submitted. */
export const issues: readonly Issue[] = [
  issue,
  run(null, 'i2', '2026-03-03', [
    submit('e2', '办理年报咨询'),
    { type: 'classify', categoryId: 'marketEntry', scope: 'ownFunction', nature: 'ordinary', procedure: 'simple' },
    { type: 'assign', departmentId: 'd-amr', timeLimit: { workingDays: 5 } },
    { type: 'answer', outcome: 'resolved', summary: '已电话告知年报流程', mode: 'phone', actor: handler },
    { type: 'giveFeedback', level: 'satisfied', actor: enterprise },
  ]),
  run(null, 'i3', '2026-03-04', [
    submit('e3', '商标注册咨询'),
    { type: 'classify', categoryId: 'brand', scope: 'ownFunction', nature: 'ordinary', procedure: 'simple' },
    { type: 'serve', mode: 'onSite', summary: '现场指导商标注册', outcome: 'resolved', actor: handler },
  ]),
  run(null, 'i4', '2026-03-09', [submit('e4', '融资贷款难')]),
];

/** {@link issues}' i2: answered, the enterprise satisfied, ready to close. */
export const confirmed: Issue = issues[1] as Issue;

/** Two issues classified and waiting for assignment. */
export const [a, b] = ['i11', 'i12'].map((id, i) =>
  run(null, id, '2026-05-29', [submit(`e${i + 1}`, '用地指标'), { type: 'classify', categoryId: 'land', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' }]),
) as [Issue, Issue];

/**
 * Lishui's first batch (003): 30 problems assigned on 1 June 2026 within 10 working days (due 15
 * June); by the 24th, 23 are answered and 7 are overdue, under supervision.
 */
export const lishuiBatchIssues: readonly Issue[] = (() => {
  const sorted = Array.from({ length: 30 }, (_, i) =>
    run(null, `l${String(i + 1).padStart(2, '0')}`, '2026-05-25', [
      submit(`e${i + 1}`, '企业共性问题', 'land'),
      { type: 'classify', categoryId: i % 2 === 0 ? 'land' : 'taxAndFees', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', batchId: 'lishui-1' },
    ]),
  );
  const departmentOf = Object.fromEntries(sorted.map((i, k) => [i.id, k % 2 === 0 ? 'd-land' : 'd-tax']));
  const assigned = assignBatch(sorted, { batchId: 'lishui-1', actor: office, at: nine('2026-06-01'), timeLimit: { workingDays: 10 }, departmentOf }, trusted);
  return assigned.assigned.map(({ issue: i }, k) =>
    k < 23 ? run(i, i.id, '2026-06-10', [{ type: 'answer', outcome: 'resolved', summary: '已办理并答复企业', mode: 'writtenReply', actor: handler }]) : i,
  );
})();

/**
 * For Haining's half-monthly consultation on 9 October 2026: i3 and i7 (land bureau) and i5 (tax
 * bureau) were answered as not solvable for now; i1 (land bureau) is an ordinary open problem.
 */
export const agendaIssues: readonly Issue[] = [
  ['i1', 'd-land', false],
  ['i3', 'd-land', true],
  ['i5', 'd-tax', true],
  ['i7', 'd-land', true],
].map(([id, departmentId, unsolvable]) =>
  run(null, id as string, '2026-09-21', [
    submit('e1', '项目用地'),
    { type: 'classify', categoryId: 'land', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' },
    { type: 'assign', departmentId: departmentId as string, timeLimit: { workingDays: 10 } },
    ...(unsolvable === true
      ? [{ type: 'answer', outcome: 'unsolvable', summary: '涉及用地指标，暂不能解决', mode: 'writtenReply', measures: '报市领导研究', actor: handler } as const]
      : []),
  ]),
);

/**
 * Enterprise e1's power problem i2, closed on 20 June 2025, comes back as i9 on 6 May 2026, 320
 * days later; e2's financing problem has no earlier one.
 */
export const recurrenceIssues: readonly Issue[] = [
  run(null, 'i2', '2025-06-02', [
    submit('e1', '用电增容'),
    { type: 'classify', categoryId: 'power', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' },
    { type: 'serve', mode: 'phone', summary: '已协调供电公司', outcome: 'resolved', actor: handler },
    { type: 'giveFeedback', level: 'satisfied', actor: enterprise, at: nine('2025-06-20') },
    { type: 'close', at: nine('2025-06-20', 1) },
  ]),
  run(null, 'i5', '2026-01-12', [submit('e2', '流动资金贷款', 'financing')]),
  run(null, 'i9', '2026-05-06', [submit('e1', '再次申请用电增容', 'power')]),
];

/** The facts of an ordinary, on-time problem. */
export const facts: IssueFacts = {
  nature: 'ordinary',
  scope: 'outsideBureau',
  procedure: 'simple',
  categoryId: 'power',
  industry: 'C3411',
  enterprisesAffected: 1,
  amountInvolved: 0,
  overdueWorkingDays: 0,
  supervisionStep: 'unsupervised',
  reopenCount: 0,
  reworkCount: 0,
  declaredUnsolvable: false,
};

/** A valid Unified Social Credit Code. */
export const code = '91340600MA2PBP2120';

/**
 * A city's ladder as JSON text: valid, with one warning — its third rule can never apply, because
 * the first takes every policy problem before it.
 */
export const text: string = JSON.stringify({
  id: 'our-city',
  name: { zh: '本市协调层级', en: 'Our escalation ladder' },
  source: 'app',
  rules: [
    { id: 'major', when: { nature: ['major', 'widespread', 'policy'] }, target: { holder: 'executiveDeputyMayor' }, rank: 30 },
    { id: 'ordinary', when: { nature: ['ordinary'] }, target: { holder: 'deputyMayorInCharge', portfolio: '工业经济' }, rank: 20 },
    { id: 'policy', when: { nature: ['policy'] }, target: { holder: 'executiveMeeting' }, rank: 40 },
  ],
});

/** China's working-day calendar as stored JSON. */
export const storedCalendarJson: unknown = JSON.parse(JSON.stringify(chinaCalendar));

/**
 * A help task sheet (帮扶任务书, 004 Xuzhou; Part 14): a household's, issued on Friday 29 September
 * 2017 with 10 working days — due on 19 October (Saturday 30 September is worked, 1–8 October off).
 */
export const taskSheet: HelpTaskSheet = unwrap(
  createHelpTaskSheet(
    {
      id: 't1',
      target: { kind: 'household', id: 'hh-0012' },
      title: '协助办理大病救助',
      measures: '对接民政部门，申请大病救助；协调新农合报销',
      problemIds: ['p1'],
      workGroupId: 'g3',
      responsibleIds: ['pm-07'],
      issuedOn: '2017-09-29',
      issuedBy: 'g3-lead',
      workingDays: 10,
    },
    chinaCalendar,
  ),
);

/**
 * Part 14 (issue 19): an issue assigned on 2 March 2026 whose office urged it on the 17th, and which
 * the efficiency office supervised on the 19th jointly with the leading-group office (联合督办, 003).
 */
export const jointlySupervisedIssue: Issue = run(issue, issue.id, '2026-03-17', [
  { type: 'supervise', step: 'urge' },
  { type: 'supervise', step: 'supervision', actor: { id: 'xiaoneng-1', role: 'efficiencyOffice' }, jointWith: { id: office.id, role: 'leadingGroupOffice' }, at: nine('2026-03-19') },
]);

/** Lishui's campaign data of 30 June 2010 (test/campaign/lishui-data.ts): 90 problems solved on the spot, 120 collected in three batches. */
export const lishuiData: CampaignData = buildLishuiData();

/** The report of Lishui's campaign on 30 June 2010, from {@link lishuiData}. */
export const lishuiReport: CampaignReport = unwrap(campaignReport(lishuiServiceYear, lishuiData, '2010-06-30', chinaCalendar, { taxonomy: lishuiProblemKinds }));

/** A rectification order (限期整改): the land bureau, ordered on 21 June 2010 by two bodies to rectify within 10 working days. */
export const order: RectificationOrder = {
  id: 'r1',
  departmentId: 'd-land',
  orderedOn: '2010-06-21',
  orderedBy: [{ id: 'office', role: 'leadingGroupOffice' }, { id: 'xiaoneng', role: 'efficiencyOffice' }],
  grounds: ['dilatory'],
  reason: '交办问题逾期未办结',
  issueIds: ['q-17'],
  limit: { workingDays: 10 },
  rectified: null,
};
