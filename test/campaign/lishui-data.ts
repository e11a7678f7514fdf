/**
 * Data built to match Lishui's progress report (003, "企业服务年"活动开展情况汇报大纲), every issue
 * through the real lifecycle: on 30 June 2010 the campaign has 426 city cadres paired 1 to 1 with
 * 426 enterprises, 50 enterprise assistants, 376 liaisons, and 750 county leaders paired with
 * 1,115 enterprises; 90 problems were solved on the spot and 120 collected — batch 1, 30 problems
 * assigned on 1 June within 10 working days, 23 answered and 7 under supervision (5 of them jointly
 * by the efficiency office and the leading-group office, 2 overdue); batch 2, 75 assigned on 21
 * June due 15 July; batch 3, 15 sorted, ready to assign. Beside them: problems of 2009 that come
 * back (6 from the same enterprises, 2 in the same industries), three rectification orders (限期整改)
 * and the visits.
 */
import { chinaCalendar } from '../../src/calendar/index.js';
import type { CampaignAdviser, CampaignData, CampaignVisit } from '../../src/campaign/index.js';
import { unwrap } from '../../src/index.js';
import { assignBatch, executeIssueCommand, UNSAFE_NO_ACCESS_CHECK, type Actor, type Issue, type IssueCommand, type RectificationOrder } from '../../src/issue/index.js';
import type { Pairing } from '../../src/pairing/index.js';

type Step = IssueCommand extends infer C ? (C extends IssueCommand ? Omit<C, 'issueId' | 'actor' | 'at'> & { readonly actor?: Actor } : never) : never;

const trusted = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK } as const;
export const office: Actor = { id: 'lishui-office', role: 'leadingGroupOffice' };
export const efficiencyOffice: Actor = { id: 'lishui-efficiency', role: 'efficiencyOffice' };
const handler: Actor = { id: 'handler', role: 'departmentHandler' };
const pad = (n: number, w = 3): string => String(n).padStart(w, '0');

/** Runs commands on an issue, one minute apart from 09:00 on `date`. */
export function run(issue: Issue | null, issueId: string, date: string, steps: readonly Step[]): Issue {
  let current = issue;
  steps.forEach((s, i) => {
    const command = { actor: office, at: `${date}T09:${pad(i, 2)}:00+08:00`, ...s, issueId } as IssueCommand;
    current = unwrap(executeIssueCommand(current, command, trusted)).issue;
  });
  return current as Issue;
}

const repeat = (counts: readonly [string, number][]): string[] => counts.flatMap(([id, n]) => Array.from({ length: n }, () => id));

/** The categories (lishuiProblemKinds) of the 120 collected problems and of the 90 solved on the spot. */
export const collectedKinds = repeat([['landAndBuildings', 25], ['financing', 20], ['policySupport', 18], ['taxesAndFees', 15], ['parkInfrastructure', 12], ['unfairEnforcement', 10], ['policyPublicity', 8], ['training', 6], ['other', 6]]);
export const onTheSpotKinds = repeat([['training', 20], ['propertyCertificates', 15], ['policyPublicity', 15], ['financing', 12], ['workersChildrenSchooling', 10], ['other', 18]]);

/** The collected problems (0-based) that repeat their own enterprise's problem of 2009. */
export const recurring = [0, 25, 45, 63, 64, 78];

/** A day of 2010 between two dates, spread by `k` of `n`. */
const spread = (from: string, days: number, k: number, n: number): string => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.floor((k * days) / n));
  return d.toISOString().slice(0, 10);
};

const submit = (enterpriseId: string, title: string, channel: 'visit' | 'selfReport', actor: Actor): Step => ({ type: 'submit', enterpriseId, title, channel, origin: channel === 'visit' ? 'proactive' : 'application', actor });

/** The whole data set of 30 June 2010. */
export function lishuiData(): CampaignData {
  // Cadres and pairings.
  const advisers: CampaignAdviser[] = [];
  const pairings: Pairing[] = [];
  const pair = (adviserId: string, enterpriseId: string): void => {
    pairings.push({ id: `p-${pairings.length + 1}`, adviserId, enterpriseId, parkId: null, since: '2010-04-01', until: null, selection: 'appointed' });
  };
  for (let i = 1; i <= 426; i++) {
    advisers.push({ id: `city-${pad(i)}`, kind: 'contactLeader', level: 'city' });
    pair(`city-${pad(i)}`, `e-c-${pad(i)}`);
  }
  for (let i = 1; i <= 376; i++) {
    advisers.push({ id: `liaison-${pad(i)}`, kind: 'liaison', level: 'city' });
    pair(`liaison-${pad(i)}`, `e-c-${pad(i)}`);
  }
  for (let i = 1; i <= 50; i++) {
    advisers.push({ id: `assistant-${pad(i)}`, kind: 'enterpriseAssistant', level: 'city' });
    pair(`assistant-${pad(i)}`, `e-c-${pad(376 + i)}`);
  }
  // 750 county leaders, 365 with two enterprises and 385 with one: 1,115 enterprises.
  let enterprise = 0;
  for (let i = 1; i <= 750; i++) {
    advisers.push({ id: `county-${pad(i)}`, kind: 'contactLeader', level: 'county' });
    pair(`county-${pad(i)}`, `e-k-${pad(++enterprise, 4)}`);
    if (i <= 365) pair(`county-${pad(i)}`, `e-k-${pad(++enterprise, 4)}`);
  }

  // 90 problems solved on the spot, on the liaisons' visits (April to June).
  const visits: CampaignVisit[] = [];
  const issues: Issue[] = [];
  onTheSpotKinds.forEach((kind, k) => {
    const day = spread('2010-04-12', 75, k, 90);
    const liaison: Actor = { id: `liaison-${pad(201 + k)}`, role: 'adviser' };
    const enterpriseId = `e-c-${pad(201 + k)}`;
    visits.push({ date: day, visitorIds: [liaison.id], enterpriseId });
    issues.push(
      run(null, `spot-${pad(k + 1)}`, day, [
        submit(enterpriseId, '现场反映的问题', 'visit', liaison),
        { type: 'classify', categoryId: kind, scope: 'ownFunction', nature: 'ordinary', procedure: 'simple' },
        { type: 'serve', mode: 'onSite', summary: '现场协调解决', outcome: 'resolved', actor: liaison },
      ]),
    );
  });
  // The city leaders' visits of April (003: 4月14日, 17日, 20日 six enterprises, 21日, 22日).
  for (const [date, n] of [['2010-04-14', 1], ['2010-04-17', 1], ['2010-04-20', 6], ['2010-04-21', 2], ['2010-04-22', 4]] as const) {
    for (let i = 0; i < n; i++) visits.push({ date, visitorIds: [`city-${pad(visits.length + 1)}`], enterpriseId: `e-c-${pad(visits.length + 1)}` });
  }

  // 120 problems collected in the survey (May), sorted into three batches.
  const batchOf = (k: number): string => (k < 30 ? 'lishui-2010-1' : k < 105 ? 'lishui-2010-2' : 'lishui-2010-3');
  const sorted = collectedKinds.map((kind, k) =>
    run(null, `q-${pad(k + 1)}`, spread('2010-05-04', 24, k, 120), [
      submit(`e-c-${pad(k + 1)}`, '企业反映的问题', 'selfReport', { id: `e-c-${pad(k + 1)}`, role: 'enterprise' }),
      { type: 'classify', categoryId: kind, scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', batchId: batchOf(k) },
    ]),
  );
  const departments = ['d-land', 'd-finance', 'd-tax', 'd-construction', 'd-power'];
  const departmentOf = Object.fromEntries(sorted.map((i, k) => [i.id, departments[k % departments.length] as string]));
  const first = assignBatch(sorted.slice(0, 30), { batchId: 'lishui-2010-1', actor: office, at: '2010-06-01T09:00:00+08:00', timeLimit: { workingDays: 10 }, departmentOf }, trusted);
  const second = assignBatch(sorted.slice(30, 105), { batchId: 'lishui-2010-2', actor: office, at: '2010-06-21T09:00:00+08:00', timeLimit: { dueOn: '2010-07-15' }, departmentOf }, trusted);
  if (first.rejected.length + second.rejected.length > 0) throw new Error('lishui fixture: a batch was rejected');
  first.assigned.forEach(({ issue }, k) => {
    if (k < 23) issues.push(run(issue, issue.id, '2010-06-10', [{ type: 'answer', outcome: 'resolved', summary: '已办理并答复企业', mode: 'writtenReply', actor: handler }]));
    else if (k < 28) issues.push(run(issue, issue.id, '2010-06-22', [{ type: 'supervise', step: 'supervision', actor: efficiencyOffice, jointWith: { id: office.id, role: 'leadingGroupOffice' } }]));
    else issues.push(issue); // overdue since 14 June: red on the slip, so under supervision
  });
  for (const { issue } of second.assigned) issues.push(issue);
  issues.push(...sorted.slice(105));

  // Problems of 2009 that come back: six from the same enterprises, two in the same industries.
  const earlier = (id: string, enterpriseId: string, kind: string): Issue =>
    run(null, id, '2009-05-11', [
      submit(enterpriseId, '往年反映的问题', 'selfReport', { id: enterpriseId, role: 'enterprise' }),
      { type: 'classify', categoryId: kind, scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' },
      { type: 'assign', departmentId: 'd-tax', timeLimit: { workingDays: 10 } },
      { type: 'answer', outcome: 'unsolvable', summary: '涉及政策调整，暂不能解决', mode: 'writtenReply', measures: '提请市政府研究', actor: handler },
    ]);
  // Collected problems 1, 26, 46, 64, 65 and 79 (land, financing, policy support, taxes twice, park infrastructure) repeat their
  // enterprise's own problem of 2009; 27 and 47 (financing, policy support) one of another enterprise of their industry.
  recurring.forEach((k, i) => issues.push(earlier(`old-${i + 1}`, `e-c-${pad(k + 1)}`, collectedKinds[k] as string)));
  issues.push(earlier('old-7', 'e-k-0001', collectedKinds[26] as string), earlier('old-8', 'e-k-0002', collectedKinds[46] as string));

  const rectifications: RectificationOrder[] = [
    {
      id: 'r-land',
      departmentId: 'd-land',
      orderedOn: '2010-06-07',
      orderedBy: [{ id: office.id, role: 'leadingGroupOffice' }, { id: efficiencyOffice.id, role: 'efficiencyOffice' }],
      grounds: ['dilatory'],
      reason: '交办问题逾期未办结',
      issueIds: ['q-024', 'q-029'],
      limit: { workingDays: 5 },
      rectified: null,
    },
    {
      id: 'r-construction',
      departmentId: 'd-construction',
      orderedOn: '2010-06-07',
      orderedBy: [{ id: office.id, role: 'leadingGroupOffice' }],
      grounds: ['poorService', 'answersOnPaper'],
      reason: '答复仅在文字上做文章',
      issueIds: ['q-004'],
      limit: { dueOn: '2010-06-25' },
      rectified: { on: '2010-06-24', summary: '重新办理并逐件答复' },
    },
    {
      id: 'r-tax',
      departmentId: 'd-tax',
      orderedOn: '2010-06-25',
      orderedBy: [{ id: efficiencyOffice.id, role: 'efficiencyOffice' }],
      grounds: ['perfunctory'],
      reason: '',
      issueIds: [],
      limit: { workingDays: 10 },
      rectified: null,
    },
  ];

  return {
    issues,
    advisers,
    pairings,
    visits,
    batches: ['lishui-2010-1', 'lishui-2010-2', 'lishui-2010-3'],
    rectifications,
    industryOf: { 'e-k-0001': 'C1781', 'e-c-027': 'C1781', 'e-k-0002': 'C2438', 'e-c-047': 'C2438' },
  };
}
