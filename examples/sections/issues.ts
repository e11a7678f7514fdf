import {
  chinaCalendar,
  defaultAccessPolicy,
  unwrap,
  executeIssueCommand,
  label,
  replayIssue,
  safeParseIssueCommand,
  type AccessSubject,
  type Actor,
  type Issue,
  type IssueCommand,
  type IssueContext,
  type LabelledValue,
} from 'qinqing';
import { sameIssue } from 'qinqing/issue';
import { jiaozuoServiceAreas } from 'qinqing/taxonomy';
import {
  assignBatch,
  batchSummary,
  dailyCloseOut,
  findRecurrences,
  supervisionStatus,
  weeklySupervisionList,
  IssueState,
  issueTransitions,
  type IntakeChannel,
} from 'qinqing/issue';
import { classifyProcedure } from 'qinqing/procedure';
import { heading, line, subheading, table } from '../report.js';

export const who = {
  adviser: { id: '顾问王敏', role: 'adviser' },
  office: { id: '领导小组办公室', role: 'leadingGroupOffice' },
  body: { id: '工商顾问工作领导小组', role: 'leadingBody' },
  efficiency: { id: '市效能办', role: 'efficiencyOffice' },
  /** The contact person of an enterprise, who speaks for it. */
  enterprise: (enterpriseId: string): Actor => ({ id: `${enterpriseId}联系人`, role: 'enterprise', enterpriseId }),
  /** A department's handler (经办人). */
  handler: (departmentId: string): Actor => ({ id: `${departmentId}经办人`, role: 'departmentHandler' }),
  /** A department's head (负责人). */
  head: (departmentId: string): Actor => ({ id: `${departmentId}负责人`, role: 'departmentHead' }),
} as const;

/** The enterprises each adviser is paired with today (包联), as the app's pairing records say. */
const pairedWith: Readonly<Record<string, readonly string[]>> = { 顾问王敏: ['焦作某机械公司', '焦作某新材料公司'] };

/**
 * The subject the app authenticated for a person, from its own records: the demo city's staff act
 * at city level; an enterprise contact speaks for its enterprise; a department's people work in it.
 */
export function subjectOf(actor: Actor): AccessSubject {
  const at = { id: actor.id, role: actor.role, level: 'city' } as const;
  switch (actor.role) {
    case 'enterprise':
      return actor.enterpriseId === undefined ? at : { ...at, enterpriseId: actor.enterpriseId };
    case 'departmentHandler':
    case 'departmentHead':
      return { ...at, departmentId: actor.id.replace(/(经办人|负责人)$/, '') };
    case 'adviser':
      return { ...at, pairedEnterpriseIds: pairedWith[actor.id] ?? [] };
    default:
      return at;
  }
}

/** The lifecycle context for a command sent by `actor`: access is checked against qinqing's default policy. */
export function contextFor(actor: Actor): IssueContext {
  return { calendar: chinaCalendar, taxonomy: jiaozuoServiceAreas, access: { policy: defaultAccessPolicy, subject: subjectOf(actor) } };
}

type Step = { readonly [K in IssueCommand['type']]: Omit<Extract<IssueCommand, { type: K }>, 'issueId' | 'actor' | 'at'> }[IssueCommand['type']];

const zh = (v: LabelledValue): string => label(v, 'zh-CN');
const at = (date: string, hour = 9): string => `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** The issues of the demo city, by id, as the app would store them. */
const store = new Map<string, Issue>();

/** The demo city's issues as they stand now, in the order they were raised. */
export function demoIssues(): readonly Issue[] {
  return [...store.values()];
}
/** Every rejected command, to show the errors. */
const rejections: string[][] = [];

/** Sends one command as an app would: parse the outside data, execute, store the new issue. */
export function send(issueId: string, actor: Actor, date: string, step: Step, hour = 9): boolean {
  const parsed = safeParseIssueCommand({ ...step, issueId, actor, at: at(date, hour) });
  if (!parsed.ok) {
    rejections.push([issueId, step.type, parsed.error.code, parsed.error.messageZh]);
    return false;
  }
  const r = executeIssueCommand(store.get(issueId) ?? null, parsed.value, contextFor(actor));
  if (!r.ok) {
    rejections.push([issueId, step.type, r.error.code, r.error.messageZh]);
    return false;
  }
  store.set(issueId, r.value.issue);
  return true;
}

export function submit(issueId: string, enterpriseId: string, title: string, date: string, channel: IntakeChannel): void {
  send(issueId, who.enterprise(enterpriseId), date, { type: 'submit', enterpriseId, title, channel, origin: 'application' });
}

/** Runs the demo city's batch through both procedures. */
function runBatch(): void {
  // A: a consultation on the annual report — simple procedure, served directly by phone.
  submit('Q-01', '焦作某机械公司', '企业年报填报咨询', '2026-09-21', 'hotline');
  send('Q-01', who.office, '2026-09-21', { type: 'classify', categoryId: 'businessEnvironment', scope: 'ownFunction', nature: 'ordinary', procedure: 'simple' }, 10);
  send('Q-01', who.adviser, '2026-09-21', { type: 'serve', mode: 'phone', summary: '电话讲解年报填报流程并发送操作指南', outcome: 'resolved' }, 11);
  send('Q-01', who.enterprise('焦作某机械公司'), '2026-09-22', { type: 'giveFeedback', level: 'satisfied' });
  send('Q-01', who.office, '2026-09-22', { type: 'close' }, 10);

  // B: power capacity for a new line — general procedure: approval, assignment, an extension.
  submit('Q-02', '修武某铝业公司', '新增生产线用电增容', '2026-09-21', 'visit');
  send('Q-02', who.office, '2026-09-22', { type: 'classify', categoryId: 'productionFactors', scope: 'multiDepartment', nature: 'major', procedure: 'general', batchId: '2026-1' });
  send('Q-02', who.office, '2026-09-22', { type: 'assign', departmentId: '市供电公司', timeLimit: { workingDays: 10 } }, 10); // rejected: not approved yet
  send('Q-02', who.office, '2026-09-22', { type: 'requestApproval' }, 11);
  send('Q-02', who.body, '2026-09-23', { type: 'approve' });
  send('Q-02', who.office, '2026-09-23', { type: 'assign', departmentId: '市供电公司', coHandlerIds: ['市发改委'], timeLimit: { workingDays: 10 }, batchId: '2026-1' }, 10);
  send('Q-02', who.handler('市供电公司'), '2026-10-08', { type: 'requestExtension', workingDays: 5, reason: '变电站扩容需现场勘查' });
  send('Q-02', who.office, '2026-10-09', { type: 'decideExtension', grant: true }); // rejected: the department's head decides (FORBIDDEN)
  send('Q-02', who.head('市供电公司'), '2026-10-09', { type: 'decideExtension', grant: true }, 10);
  send('Q-02', who.handler('市供电公司'), '2026-10-15', { type: 'answer', outcome: 'resolved', summary: '已完成增容方案并安排施工', mode: 'writtenReply' });
  send('Q-02', who.enterprise('修武某铝业公司'), '2026-10-16', { type: 'giveFeedback', level: 'satisfied' });
  send('Q-02', who.office, '2026-10-16', { type: 'close' }, 10); // rejected: dossier incomplete
  send('Q-02', who.office, '2026-10-16', { type: 'addToDossier', documents: ['批复件'], records: ['协调会纪要'], evidence: ['施工合同'] }, 11);
  send('Q-02', who.office, '2026-10-16', { type: 'close' }, 12);

  // C: a wrongly routed assignment, returned (退单) and rerouted.
  submit('Q-03', '武陟某纺织公司', '厂房产权证办理', '2026-09-22', 'onlinePlatform');
  send('Q-03', who.office, '2026-09-22', { type: 'classify', categoryId: 'businessEnvironment', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', batchId: '2026-1' }, 10);
  send('Q-03', who.office, '2026-09-23', { type: 'assign', departmentId: '市税务局', timeLimit: { workingDays: 5 }, batchId: '2026-1' });
  send('Q-03', who.head('市税务局'), '2026-09-24', { type: 'returnAssignment', reason: '产权登记不属于本部门职责' });
  send('Q-03', who.office, '2026-09-24', { type: 'assign', departmentId: '市自然资源局', timeLimit: { workingDays: 5 }, batchId: '2026-1' }, 10);
  send('Q-03', who.handler('市自然资源局'), '2026-09-30', { type: 'answer', outcome: 'resolved', summary: '已受理登记，10 月 12 日可领证', mode: 'onSite' });

  // D: unsatisfied with a paper answer — reopened (再梳理、再跟踪、再反馈), reassigned, then closed.
  submit('Q-04', '博爱某食品公司', '融资担保额度不足', '2026-09-22', 'visit');
  send('Q-04', who.office, '2026-09-22', { type: 'classify', categoryId: 'financing', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', batchId: '2026-1' }, 10);
  send('Q-04', who.office, '2026-09-23', { type: 'assign', departmentId: '市金融局', timeLimit: { workingDays: 5 }, batchId: '2026-1' });
  send('Q-04', who.handler('市金融局'), '2026-09-28', { type: 'answer', outcome: 'explained', summary: '已告知担保政策文件', mode: 'writtenReply' });
  send('Q-04', who.enterprise('博爱某食品公司'), '2026-09-29', { type: 'giveFeedback', level: 'unsatisfied' });
  send('Q-04', who.office, '2026-09-29', { type: 'assign', departmentId: '市金融局', coHandlerIds: ['市融资担保公司'], timeLimit: { workingDays: 5 }, batchId: '2026-1' }, 10);
  send('Q-04', who.handler('市金融局'), '2026-10-09', { type: 'answer', outcome: 'resolved', summary: '担保公司增加授信 500 万元', mode: 'onSite' });
  send('Q-04', who.enterprise('博爱某食品公司'), '2026-10-10', { type: 'giveFeedback', level: 'basicallySatisfied' });
  send('Q-04', who.office, '2026-10-12', { type: 'close' });

  // E, F, G: still in the department's hands — they will show blue, yellow and red.
  const open: [string, string, string, string, number][] = [
    ['Q-05', '温县某制药公司', '环评批复进度', '2026-10-12', 10],
    ['Q-06', '孟州某化工公司', '危化品运输通行证', '2026-10-13', 5],
    ['Q-07', '沁阳某造纸公司', '污水管网接入', '2026-09-24', 5],
  ];
  for (const [id, enterprise, title, date, days] of open) {
    submit(id, enterprise, title, date, 'selfReport');
    send(id, who.office, date, { type: 'classify', categoryId: 'harmoniousIndustry', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', batchId: '2026-1' }, 10);
    send(id, who.office, date, { type: 'assign', departmentId: '市生态环境局', timeLimit: { workingDays: days }, batchId: '2026-1' }, 11);
  }
  send('Q-07', who.efficiency, '2026-10-08', { type: 'supervise', step: 'urge' });
  send('Q-07', who.head('市生态环境局'), '2026-10-13', { type: 'requestExtension', workingDays: 5, reason: '管网施工未完成' }); // rejected: too late
  // Overdue: escalated where Jiaozuo's ladder with lateness sends it (public listing, rank 35); escalation never moves down.
  send('Q-07', who.efficiency, '2026-10-19', { type: 'escalate', holder: 'efficiencyOffice', step: 'publicListing', rank: 35, ruleId: 'publicListing', ladderId: 'jiaozuo-001-time' });
  send('Q-07', who.office, '2026-10-19', { type: 'escalate', holder: 'leadingGroupOffice', step: 'urge', rank: 22, ruleId: 'urge', ladderId: 'jiaozuo-001-time' }, 10); // rejected: downward

  // H: withdrawn by the enterprise (自愿不强制); I: sorted into the batch, not yet assigned.
  submit('Q-08', '修武某建材公司', '招工信息发布', '2026-09-25', 'hotline');
  send('Q-08', who.enterprise('修武某建材公司'), '2026-09-27', { type: 'withdraw' });
  submit('Q-09', '温县某农机公司', '技改项目申报', '2026-10-14', 'visit');
  send('Q-09', who.office, '2026-10-14', { type: 'classify', categoryId: 'technicalInnovation', scope: 'multiDepartment', nature: 'ordinary', procedure: 'simple', batchId: '2026-1' }, 10);

  // Batch 2: three problems sorted together and assigned at once with one due date (as Lishui's batch 2).
  const batch2: [string, string, string, string][] = [
    ['Q-11', '孟州某汽配公司', '职工子女入学', '市教育局'],
    ['Q-12', '沁阳某电子公司', '园区道路配套', '市住建局'],
    ['Q-13', '焦作某新材料公司', '人才公寓申请', '市人社局'],
  ];
  for (const [id, enterprise, title] of batch2) {
    submit(id, enterprise, title, '2026-10-14', 'visit');
    send(id, who.office, '2026-10-15', { type: 'classify', categoryId: 'talentTraining', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple', batchId: '2026-2' });
  }
  const slips = assignBatch(
    batch2.map(([id]) => store.get(id) as Issue),
    { batchId: '2026-2', actor: who.office, at: at('2026-10-16'), timeLimit: { dueOn: '2026-10-30' }, departmentOf: Object.fromEntries(batch2.map(([id, , , d]) => [id, d])) },
    contextFor(who.office),
  );
  for (const { issue } of slips.assigned) store.set(issue.id, issue);
  send('Q-11', who.handler('市教育局'), '2026-10-19', { type: 'answer', outcome: 'resolved', summary: '已安排就近入学', mode: 'phone' });

  // The same enterprise raises financing again a week after Q-04 was struck off.
  submit('Q-10', '博爱某食品公司', '流动资金贷款到期续贷', '2026-10-19', 'hotline');
  send('Q-10', who.office, '2026-10-19', { type: 'classify', categoryId: 'financing', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' }, 10);

  // A fee is never recorded against a service (义务不收费).
  const fee = safeParseIssueCommand({ type: 'close', issueId: 'Q-01', actor: who.office, at: at('2026-09-22'), serviceFee: 200 });
  if (!fee.ok) rejections.push(['Q-01', 'close + serviceFee', fee.error.code, fee.error.messageZh]);
}

/** Section 3: enterprise issues through the simple and general procedures. */
export function issuesSection(): void {
  heading('3', '企业诉求办理', 'Enterprise issues: procedures, deadlines, supervision');

  subheading('办理流程（由状态转换表生成）', 'The lifecycle, generated from the transition table');
  const states = [...new Set(issueTransitions.map((t) => t.from))];
  table(
    ['环节 state', '可执行操作 → 下一环节 commands → next state'],
    states.map((s) => [
      s === null ? '（新建）' : zh(s),
      issueTransitions
        .filter((t) => t.from === s && t.command !== 'withdraw' && t.command !== 'addToDossier' && t.command !== 'escalate')
        .map((t) => `${zh(t.command)}→${zh(t.to)}`)
        .join('，'),
    ]),
  );
  line('Every open state also allows 撤回 withdraw; dossier material (归档材料) can be added from approval to close-out;');
  line('from acceptance to the answer an issue can be escalated (提请协调), never to a lower rank (协调层级只升不降).');

  subheading('简易程序还是一般程序', 'Simple or general procedure (000)');
  const previous = [...Array(3)].map((_, i) => ({ enterpriseId: `铝业${i}`, categoryId: 'productionFactors' }));
  const issuesSoFar = previous.map(({ enterpriseId, categoryId }, i) => ({ ...(store.get('Q-02') as Issue), id: `old-${i}`, enterpriseId, categoryId, state: 'assigned' as IssueState, submittedAt: at('2026-09-10') }));
  const industryOf = Object.fromEntries(previous.map((p) => [p.enterpriseId, 'C3216']));
  const matters = [
    { enterpriseId: '焦作某机械公司', industry: 'C3411', categoryId: 'businessEnvironment', kind: 'consultation', affectsPublicInterest: false, on: '2026-09-21' },
    { enterpriseId: '沁阳某造纸公司', industry: 'C2221', categoryId: 'harmoniousIndustry', kind: 'licensing', affectsPublicInterest: true, on: '2026-09-21' },
    { enterpriseId: '修武某铝业公司', industry: 'C3216', categoryId: 'productionFactors', kind: 'other', affectsPublicInterest: false, on: '2026-09-21' },
  ] as const;
  table(
    ['企业 enterprise', '事项 kind', '程序 procedure', '依据 deciding rule'],
    matters.map((m) => {
      const d = unwrap(classifyProcedure(m, { issues: issuesSoFar, industryOf }));
      const why = d.reasons.find((r) => r.rule === d.decidedBy);
      return [m.enterpriseId, zh(m.kind), zh(d.procedure), `${zh(d.decidedBy)}：${why?.text.zh ?? ''}`];
    }),
  );

  runBatch();

  subheading('本批次诉求', 'The batch, issue by issue');
  table(
    ['编号 id', '企业 enterprise', '诉求 title', '程序 procedure', '环节 state', '主办 lead', '期限 deadline', '重办 reopened'],
    [...store.values()].map((i) => [
      i.id,
      i.enterpriseId,
      i.title,
      i.procedure === null ? '—' : zh(i.procedure),
      IssueState.labels[i.state].zh,
      i.leadDepartmentId ?? '—',
      i.deadline ?? '—',
      String(i.reopenCount),
    ]),
  );

  subheading('被拒绝的操作（输入不变）', 'Rejected commands (the issue is left untouched)');
  table(['编号 id', '操作 command', '代码 code', '原因 reason'], rejections);

  const q7 = (store.get('Q-07') as Issue).escalation;
  if (q7 !== null) {
    line(`Q-07 escalated on ${q7.on}: ${zh(q7.holder as LabelledValue)}${q7.step === null ? '' : ` · ${zh(q7.step)}`}, rank ${q7.rank} (rule ${q7.ruleId ?? '—'} of ${q7.ladderId ?? '—'}); the move down to rank 22 above was refused.`);
  }

  subheading('审计记录：Q-04 不满意后重办', 'Audit trail of Q-04: reopened after an unsatisfied answer');
  const q4 = store.get('Q-04') as Issue;
  table(
    ['#', '时间 at', '角色 role', '操作 command', '环节 from → to', '变更 changed'],
    q4.history.map((e) => [
      String(e.seq),
      e.at.slice(0, 16).replace('T', ' '),
      zh(e.actor.role),
      zh(e.type),
      `${e.from === null ? '—' : zh(e.from)} → ${zh(e.to)}`,
      Object.keys(e.changes).slice(0, 4).join(', ') + (Object.keys(e.changes).length > 4 ? ', …' : ''),
    ]),
  );
  const replayed = replayIssue(q4.history, { calendar: chinaCalendar, taxonomy: jiaozuoServiceAreas });
  line(`replayIssue(history, context) verifies every event and rebuilds the same issue: ${replayed.ok && sameIssue(replayed.value, q4) ? 'yes ✓' : 'NO ✗'}`);
}

/** Section 3, continued: supervision, batches, close-out and recurrence on one date. */
export function supervisionSection(): void {
  const asOf = '2026-10-20';
  const issues = [...store.values()];
  subheading(`三色督办（${asOf}）`, `The three-colour supervision slip on ${asOf}`);
  const colour = { green: '🟢', blue: '🔵', yellow: '🟡', red: '🔴' } as const;
  table(
    ['编号 id', '交办 assigned', '期限 deadline', '已用/时限 used/budget', '颜色 colour', '督办 step'],
    issues.flatMap((i) => {
      const s = unwrap(supervisionStatus(i, asOf, chinaCalendar));
      if (s === null) return [];
      return [[i.id, s.assignedOn, s.deadline, `${s.usedWorkingDays}/${s.budgetWorkingDays}`, `${colour[s.colour]} ${zh(s.colour)}`, `${zh(s.step)}${s.step !== s.recordedStep ? `（已记录：${zh(s.recordedStep)}）` : ''}`]];
    }),
  );
  line('Blue at half the working-day budget, yellow at 80%, red once overdue; the step follows the working days overdue (催办 1, 督办 3, 网上挂牌 5, 问责 10) and never falls below the step recorded.');

  subheading('每周督查清单', 'The weekly supervision list, by department');
  const weekly = unwrap(weeklySupervisionList(issues, asOf, chinaCalendar));
  for (const d of weekly.byDepartment) line(`${d.departmentId}: ${d.entries.map((e) => `${e.issueId} ${zh(e.colour)}${e.overdueWorkingDays > 0 ? `，逾期 ${e.overdueWorkingDays} 个工作日` : ''}`).join('；')}`);

  subheading('交办批次', 'Batches (交办批次)');
  table(
    ['批次 batch', '合计 total', '已交办 assigned', '已答复 answered', '督办中 under supervision', '已销号 closed', '待交办 not yet assigned', '撤回 withdrawn'],
    ['2026-1', '2026-2'].map((b) => {
      const s = unwrap(batchSummary(issues, b, asOf, chinaCalendar));
      return [b, s.total, s.assigned, s.answered, s.underSupervision, s.closed, s.notYetAssigned, s.withdrawn].map(String);
    }),
  );

  subheading('每日销结', `Daily close-out on 2026-10-16`);
  const daily = unwrap(dailyCloseOut(issues, '2026-10-16'));
  line(`Closed that day: ${daily.closed.map((i) => i.id).join(', ') || '—'}; ready to close now: ${daily.readyToClose.map((i) => i.id).join(', ') || '—'}; blocked by the archive: ${daily.blocked.map((b) => `${b.issue.id} (${b.missing.join(', ')})`).join(', ') || '—'}.`);

  subheading('反复出现的问题', 'Recurring problems (003: "raised every year and never solved"): earlier issues answered as unsolvable, still open, or closed within 425 days');
  const recurring = findRecurrences(issues, {});
  table(
    ['编号 id', '此前 earlier', '依据 basis', '此前状况 status', '分类 category', '距前次天数 days after raised', '距销号天数 days after close'],
    recurring.map((r) => [r.issueId, r.earlierIssueId, zh(r.basis), zh(r.status), r.categoryId, String(r.daysAfterRaised), r.daysAfterClose === null ? '—' : String(r.daysAfterClose)]),
  );
}
