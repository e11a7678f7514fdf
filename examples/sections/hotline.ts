import { chinaCalendar, executeIssueCommand, label, safeParseIssueCommand, unwrap, type Actor, type Issue, type IssueCommand } from 'qinqing';
import { addWorkingDays, workingDaysBetween } from 'qinqing/calendar';
import {
  clockBoard,
  clockStatus,
  defaultLifecyclePolicy,
  mergedView,
  suggestDuplicates,
  type ClockName,
  type ClockState,
  type ClockStatus,
} from 'qinqing/issue';
import { beijingTimeLimits, chooseTimeLimit, shandongEnterpriseTimeLimits, type ClockLimit, type ClockLimits } from 'qinqing/procedure';
import { formatRate } from 'qinqing/report';
import { explainScore, hotlineStandardScheme, rankUnits, rates, scoreUnits, tallyIssues, unitScoreDetail, type Tally } from 'qinqing/scoring';
import { heading, line, subheading, table } from '../report.js';
import { contextFor, who } from './issues.js';

type Step = { readonly [K in IssueCommand['type']]: Omit<Extract<IssueCommand, { type: K }>, 'issueId' | 'actor' | 'at'> }[IssueCommand['type']];

const policy = defaultLifecyclePolicy;
const zh = (v: Parameters<typeof label>[0]): string => label(v, 'zh-CN');
/** An instant in China time: `2026-10-12`, `09:05` → `2026-10-12T09:05:00+08:00`. */
const at = (date: string, time: string): string => `${date}T${time}:00+08:00`;
/** `2026-10-12T09:05:00+08:00` → `10-12 09:05`. */
const short = (instant: string | null): string => (instant === null ? '—' : `${instant.slice(5, 10)} ${instant.slice(11, 16)}`);
/** A working day counted from `date` on the demo's calendar. */
const workday = (date: string, n: number): string => unwrap(addWorkingDays(date, n, chinaCalendar));
const reasonZh = (list: typeof policy.pauseReasons, id: string): string => list.find((r) => r.id === id)?.zh ?? id;
const ratingZh = (id: string | null): string => (id === null ? '—' : (policy.evaluationScale.levels.find((l) => l.id === id)?.zh ?? id));

/** The hotline orders of this section, by id (kept apart from the other sections' issues). */
const orders = new Map<string, Issue>();

/**
 * Sends one command as the app would: parse it as outside data, execute it with the actor's access
 * context, store the new order. Every command here is expected to succeed: `unwrap` throws the
 * library's error (code, path, message) if one does not, and the demo stops there.
 */
function send(issueId: string, actor: Actor, instant: string, step: Step): Issue {
  const command = unwrap(safeParseIssueCommand({ ...step, issueId, actor, at: instant }));
  const { issue } = unwrap(executeIssueCommand(orders.get(issueId) ?? null, command, contextFor(actor)));
  orders.set(issueId, issue);
  return issue;
}

const order = (id: string): Issue => {
  const o = orders.get(id);
  if (o === undefined) throw new Error(`no order ${id}`);
  return o;
};

/** The clocks of the Shandong preset for a routine enterprise matter, with the demo city's 2-hour sign-for. */
const SIGN_FOR: ClockLimit = { hours: 2 };
let preset: ClockLimits;
const assignStep = (departmentId: string, extra: { coHandlerIds?: string[]; dueOn?: string } = {}): Step => ({
  type: 'assign',
  departmentId,
  ...(extra.coHandlerIds === undefined ? {} : { coHandlerIds: extra.coHandlerIds }),
  timeLimit: extra.dueOn === undefined ? preset.handling : { dueOn: extra.dueOn },
  clocks: { signFor: SIGN_FOR, ...(preset.firstContact === undefined ? {} : { firstContact: preset.firstContact }), ...(preset.answer === undefined ? {} : { answer: preset.answer }) },
});

const clockNames: Readonly<Record<ClockName, string>> = { signFor: '签收 sign-for', firstContact: '首次联系 first contact', answer: '答复 answer', handling: '办结 handling' };
const colourMark = { green: '🟢', blue: '🔵', yellow: '🟡', red: '🔴' } as const;
const limitText = (l: { readonly hours: number } | { readonly workingDays: number } | { readonly dueOn: string } | undefined): string =>
  l === undefined ? '—' : 'hours' in l ? `${l.hours} 小时 h` : 'workingDays' in l ? `${l.workingDays} 个工作日 wd` : `至 by ${l.dueOn}`;
const amount = (s: ClockState, n: number): string => (s.unit === 'minutes' ? `${n} 分钟 min` : `${n} 工作日 wd`);

/** One row per clock the limits set: limit, due, met, colour, used of budget, left. */
function clockRows(issue: Issue, s: ClockStatus): string[][] {
  const states = [s.signFor, s.firstContact, s.answer, s.handling].filter((c): c is ClockState => c !== null);
  return states.map((c) => [
    clockNames[c.clock],
    limitText(issue.clocks?.limits[c.clock]),
    short(c.dueAt),
    c.met ? `${short(c.metAt)} ${c.onTime === true ? '按时 on time' : '超时 late'}` : c.overdue ? '逾期 overdue' : '计时中 running',
    c.met ? '—' : `${colourMark[c.colour]} ${zh(c.colour)}`,
    `${c.used}/${amount(c, c.budget)}`,
    c.met ? '—' : amount(c, c.left),
  ]);
}
const clockHeader = ['时钟 clock', '时限 limit', '到期 due', '完成 met', '颜色 colour', '已用/时限 used/budget', '剩余 left'];

function showClocks(issue: Issue, instant: string): ClockStatus {
  const s = unwrap(clockStatus(issue, instant, chinaCalendar));
  if (s === null) throw new Error(`${issue.id} has no clocks`);
  table(clockHeader, clockRows(issue, s));
  return s;
}

/** Part 1: one enterprise call through the 12345 enterprise line, from the call to close-out. */
function oneCall(): void {
  subheading('时限从何而来', 'Where the limits come from');
  const choice = unwrap(chooseTimeLimit({ urgency: 'routine', categoryId: 'productionFactors' }, shandongEnterpriseTimeLimits));
  preset = choice.limits;
  line(
    `chooseTimeLimit({ urgency: 'routine', categoryId: 'productionFactors' }, ${shandongEnterpriseTimeLimits.name.zh}) → rule ${choice.decidedBy ?? 'otherwise（默认时限）'}: ` +
      `首次联系 ${limitText(choice.limits.firstContact)}, 答复 ${limitText(choice.limits.answer)}, 办结 ${limitText(choice.limits.handling)}.`,
    `Source: ${choice.source}`,
    `签收 sign-for ${limitText(SIGN_FOR)} is the demo city's own figure: neither preset sets one (the sources give none).`,
  );
  const bj = ['emergency', 'timeSensitive', 'routine', 'complex'] as const;
  line(`For comparison, ${beijingTimeLimits.name.zh} (handling only, calendar hours): ${bj.map((u) => `${zh(u)} ${limitText(unwrap(chooseTimeLimit({ urgency: u }, beijingTimeLimits)).limits.handling)}`).join('；')}.`);

  subheading('H-01：一次企业来电的全过程', 'H-01: one call to the enterprise line, from the call to close-out');
  const enterprise = who.enterprise('焦作某机械公司');
  const handler = who.handler('市供电公司');
  const rows: string[][] = [];
  const step = (instant: string, actor: Actor, s: Step, detail: (i: Issue) => string = () => ''): Issue => {
    const issue = send('H-01', actor, instant, s);
    const d = detail(issue);
    rows.push([short(instant), actor.id, `${zh(s.type)}${d === '' ? '' : `：${d}`}`, zh(issue.state)]);
    return issue;
  };
  step(at('2026-10-12', '09:05'), enterprise, { type: 'submit', enterpriseId: '焦作某机械公司', title: '新厂区临时用电接入迟迟未办', channel: 'hotline', origin: 'application' }, (i) => zh(i.channel));
  step(at('2026-10-12', '09:30'), who.office, { type: 'classify', categoryId: 'productionFactors', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' }, () => '生产要素 · 简易程序');
  const assigned = step(at('2026-10-12', '10:00'), who.office, assignStep('市供电公司'), (i) => `${i.leadDepartmentId}，办结期限 ${i.deadline}`);
  step(at('2026-10-12', '11:20'), handler, { type: 'signFor' });
  step(at('2026-10-12', '15:40'), handler, { type: 'contact' });
  const pauseAsked = step(at('2026-10-13', '10:00'), handler, { type: 'requestPause', reasonCode: 'awaitingMaterial', reason: '待企业补充用电负荷清单和厂房产权证明' }, () => `awaitingMaterial ${reasonZh(policy.pauseReasons, 'awaitingMaterial')}`);
  step(at('2026-10-13', '11:00'), who.office, { type: 'decidePause', grant: true }, (i) => zh(i.pauses.at(-1)?.status ?? 'pending'));
  const paused = order('H-01');
  const resumed = step(at('2026-10-16', '09:00'), handler, { type: 'resume' }, (i) => {
    const p = i.pauses.at(-1);
    return `顺延 ${p?.creditedWorkingDays ?? 0} 个工作日 / ${Math.floor((p?.creditedSeconds ?? 0) / 3600)} 小时`;
  });
  step(at('2026-10-19', '16:00'), handler, { type: 'answer', outcome: 'explained', summary: '需新建 10 千伏线路，已排入年底计划', mode: 'phone' }, (i) => zh(i.answer?.outcome ?? 'explained'));
  step(at('2026-10-20', '10:00'), who.office, { type: 'callBack', reached: true }, () => '已联系上 reached');
  const rated = step(at('2026-10-20', '10:05'), enterprise, { type: 'giveFeedback', rating: 'dissatisfied', reasons: ['notSolved', 'tooSlow'] }, (i) =>
    `${ratingZh(i.rating)}（${i.dissatisfaction.map((r) => reasonZh(policy.dissatisfactionReasons, r)).join('、')}），整改期限 ${i.fixBy}`,
  );
  const fixBy = rated.fixBy;
  if (fixBy === null) throw new Error('a bad rating sets the date its fix is due');
  step(at('2026-10-20', '14:00'), who.office, assignStep('市供电公司', { coHandlerIds: ['市发改委'], dueOn: fixBy }), (i) => `${i.leadDepartmentId} + ${i.coHandlerIds.join('、')}，至 ${i.deadline}`);
  step(at('2026-10-20', '15:00'), handler, { type: 'signFor' });
  step(at('2026-10-21', '09:30'), handler, { type: 'contact' });
  step(at('2026-10-23', '17:00'), handler, { type: 'answer', outcome: 'resolved', summary: '协调临时箱式变压器，已送电', mode: 'onSite' }, (i) => zh(i.answer?.outcome ?? 'resolved'));
  step(at('2026-10-26', '10:00'), who.office, { type: 'callBack', reached: true }, () => '已联系上 reached');
  step(at('2026-10-26', '10:10'), enterprise, { type: 'giveFeedback', rating: 'verySatisfied' }, (i) => `${ratingZh(i.rating)}（计为 ${zh(i.feedback ?? 'satisfied')}），整改期限 ${i.fixBy ?? '已清除 cleared'}`);
  const closed = step(at('2026-10-26', '11:00'), who.office, { type: 'close' });
  table(['时间 when', '谁 who', '做什么 what', '环节 state'], rows);
  const ratedOn = rated.history.at(-1)?.at.slice(0, 10) ?? '';
  const fixedOn = closed.answer?.on ?? '';
  line(
    `不满意 reopens the order (reopenCount ${closed.reopenCount}) with a fix-by date: ${fixBy}, ${policy.fixWorkingDays} working days after the rating (policy fixWorkingDays).`,
    `The fix was answered on ${fixedOn}, ${unwrap(workingDaysBetween(ratedOn, fixedOn, chinaCalendar))} working days after the rating; a satisfied rating clears the fix-by date, and the order is closed at ${short(closed.closedAt)}.`,
    `回访 callbacks: ${closed.history.filter((e) => e.type === 'callBack').map((e) => short(e.at)).join(', ')} (the order keeps the current answer's, ${closed.callbacks.length}; the audit history keeps all).`,
  );

  subheading('挂起前后的时钟', 'The clocks before and after the pause (awaiting material)');
  line(`At 10-13 10:30: the pause requested at ${short(pauseAsked.history.at(-1)?.at ?? null)} and not yet approved, the clocks run:`);
  showClocks(pauseAsked, at('2026-10-13', '10:30'));
  const frozen = unwrap(clockStatus(paused, at('2026-10-15', '17:00'), chinaCalendar));
  if (frozen !== null) {
    line(
      `On 10-15 17:00, paused since ${short(frozen.pause.since)} (${frozen.pause.pausedMinutes} minutes): the clocks are frozen at the pause's start — ` +
        `answer ${frozen.answer?.used ?? '—'}/${frozen.answer?.budget ?? '—'} wd used, colour ${frozen.colour === null ? '—' : zh(frozen.colour)}.`,
    );
  }
  line(`After resuming at ${short(resumed.pauses.at(-1)?.resumedAt ?? null)}: every clock not yet met moved (sign-for was met before the pause, so it stays):`);
  showClocks(resumed, at('2026-10-16', '09:30'));
  const before = assigned.clocks?.due;
  const after = resumed.clocks?.due;
  if (before !== undefined && after !== undefined) {
    line(`Due dates moved: 首次联系 ${short(before.firstContact)} (met) · 答复 ${short(before.answer)} → ${short(after.answer)} · 办结 ${short(before.handling)} → ${short(after.handling)} (deadline ${assigned.deadline} → ${resumed.deadline}).`);
  }
}

/** Part 2: dispatch disputes (退单), one upheld and re-dispatched, one overruled. */
function disputes(): void {
  subheading('派单争议：退单审核', 'Dispatch disputes (退单): one upheld and re-dispatched, one overruled');
  // H-02: a road matter sent to the power company by mistake.
  send('H-02', who.enterprise('孟州某汽配公司'), at('2026-10-14', '09:00'), { type: 'submit', enterpriseId: '孟州某汽配公司', title: '厂区门前市政道路塌陷积水', channel: 'hotline', origin: 'application' });
  send('H-02', who.office, at('2026-10-14', '09:20'), { type: 'classify', categoryId: 'businessEnvironment', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' });
  send('H-02', who.office, at('2026-10-14', '09:30'), assignStep('市供电公司'));
  send('H-02', who.head('市供电公司'), at('2026-10-14', '10:30'), { type: 'disputeAssignment', reasonCode: 'notOurDuty', reason: '道路塌陷属市政设施，应由住建部门处理' });
  send('H-02', who.office, at('2026-10-14', '14:00'), { type: 'reviewDispute', uphold: true, departmentId: '市住建局' });
  send('H-02', who.handler('市住建局'), at('2026-10-14', '14:40'), { type: 'signFor' });
  // H-03: the power company says another level decides; the office disagrees.
  send('H-03', who.enterprise('沁阳某电子公司'), at('2026-10-14', '09:10'), { type: 'submit', enterpriseId: '沁阳某电子公司', title: '园区双回路供电改造进度', channel: 'hotline', origin: 'application' });
  send('H-03', who.office, at('2026-10-14', '09:40'), { type: 'classify', categoryId: 'productionFactors', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' });
  send('H-03', who.office, at('2026-10-14', '10:00'), assignStep('市供电公司'));
  send('H-03', who.head('市供电公司'), at('2026-10-14', '11:00'), { type: 'disputeAssignment', reasonCode: 'otherLevel', reason: '双回路改造由省电力公司立项' });
  send('H-03', who.office, at('2026-10-15', '09:00'), { type: 'reviewDispute', uphold: false });
  send('H-03', who.handler('市供电公司'), at('2026-10-15', '09:20'), { type: 'signFor' });

  table(
    ['编号 id', '退单部门 disputed by', '理由 reason', '审核 decision', '现承办 lead now', '改派 re-dispatched', '时钟起点 clocks from', '签收 sign-for'],
    ['H-02', 'H-03'].map((id) => {
      const o = order(id);
      const d = o.disputes.at(-1);
      const s = unwrap(clockStatus(o, at('2026-10-15', '12:00'), chinaCalendar));
      const sign = s?.signFor;
      return [
        id,
        d?.departmentId ?? '—',
        d === undefined ? '—' : `${d.reasonCode} ${reasonZh(policy.disputeReasons, d.reasonCode)}`,
        d === undefined ? '—' : `${zh(d.status)}${d.redispatchedTo === null ? '' : ` → ${d.redispatchedTo}`}`,
        o.leadDepartmentId ?? '—',
        String(o.redispatchCount),
        short(o.clocks?.startedAt ?? null),
        sign === undefined || sign === null ? '—' : `${short(sign.metAt)} ${sign.onTime === true ? '按时 on time' : '超时 late'}`,
      ];
    }),
  );
  line(
    `Upheld with a department named, the order is re-dispatched and its clocks restart (policy redispatchClock: ${zh(policy.redispatchClock)}); the return is kept (${order('H-02').returns.map((r) => `${r.departmentId} ${r.on}：${r.reason}`).join('; ')}).`,
  );
  const h3 = order('H-03');
  const sign = unwrap(clockStatus(h3, at('2026-10-15', '12:00'), chinaCalendar))?.signFor;
  if (sign !== null && sign !== undefined) {
    line(
      `Overruled, the order goes back to ${h3.leadDepartmentId} with its clocks as they ran: the sign-for clock started at the dispatch (${short(sign.startedAt)}), ` +
        `was due ${short(sign.dueAt)} and was met ${sign.onTime === true ? 'on time' : 'late'} (${short(sign.metAt)}); the dispute did not stop it.`,
    );
  }
}

/** Part 3: two repeated complaints from one park merged (并单). */
function duplicates(): void {
  subheading('重复诉求并单', 'Two repeated complaints merged (并单)');
  send('H-04', who.enterprise('孟州某化工公司'), at('2026-10-15', '09:10'), { type: 'submit', enterpriseId: '孟州某化工公司', title: '产业集聚区污水管网堵塞，厂区返水', channel: 'hotline', origin: 'application' });
  send('H-04', who.office, at('2026-10-15', '09:40'), { type: 'classify', categoryId: 'harmoniousIndustry', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' });
  send('H-05', who.enterprise('孟州某汽配公司'), at('2026-10-16', '08:50'), { type: 'submit', enterpriseId: '孟州某汽配公司', title: '产业集聚区污水管网堵塞返水，厂区积水严重', channel: 'onlinePlatform', origin: 'application' });
  send('H-05', who.office, at('2026-10-16', '09:10'), { type: 'classify', categoryId: 'harmoniousIndustry', scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' });

  const parkOf = { 孟州某化工公司: '孟州产业集聚区', 孟州某汽配公司: '孟州产业集聚区', 沁阳某电子公司: '沁阳产业集聚区' };
  const open = [...orders.values()];
  const found = unwrap(suggestDuplicates(open, { parkOf }));
  line(`suggestDuplicates over the ${open.length} orders above (closed ones skipped), parks from the app's records: ${found.groups.length} group(s), ${found.pairsLookedAt} pair(s) looked at.`);
  for (const g of found.groups) {
    line(`  主单 parent ${g.parentId} ← 子单 ${g.childIds.join('、')}`);
    for (const p of g.pairs) line(`  ${zh(p.basis)}：${p.reason.zh}`, `  ${p.reason.en}`);
  }
  const group = found.groups[0];
  if (group === undefined) throw new Error('the two complaints should be suggested as duplicates');

  for (const child of group.childIds) send(child, who.office, at('2026-10-16', '09:30'), { type: 'merge', parentId: group.parentId });
  const parent = group.parentId;
  send(parent, who.office, at('2026-10-16', '09:40'), assignStep('市住建局'));
  send(parent, who.handler('市住建局'), at('2026-10-16', '10:15'), { type: 'signFor' });
  send(parent, who.handler('市住建局'), at('2026-10-16', '11:00'), { type: 'contact' });
  send(parent, who.handler('市住建局'), at('2026-10-20', '17:00'), { type: 'answer', outcome: 'resolved', summary: '已疏通主管网并加装止回阀', mode: 'onSite' });

  const rows = group.childIds.map((id) => {
    const v = unwrap(mergedView(order(id), order(parent)));
    return [v.id, v.enterpriseId, zh(v.channel), order(id).title, `→ ${v.mergedInto}`, zh(v.state), v.answer?.summary ?? '—'];
  });
  const p = order(parent);
  table(
    ['编号 id', '企业 enterprise', '渠道 channel', '诉求 title', '并入 merged into', '环节 state', '答复 answer'],
    [[p.id, p.enterpriseId, zh(p.channel), p.title, '（主单 parent）', zh(p.state), p.answer?.summary ?? '—'], ...rows],
  );
  line("mergedView shows each child with its own enterprise and channel and the parent's state and answer; its feedback and rating follow the parent's too.");
  const october = { from: '2026-10-01', to: '2026-10-31' };
  const pair = [p, ...group.childIds.map(order)];
  const once = unwrap(tallyIssues(pair, { period: october, by: 'enterprise' }));
  const twice = unwrap(tallyIssues(pair, { period: october, by: 'enterprise', countMergedChildren: true }));
  const received = (t: Readonly<Record<string, Tally>>): number => Object.values(t).reduce((n, x) => n + x.received, 0);
  line(`Counted once in the tallies: ${received(once)} received (${Object.keys(once).join('、')}); ${received(twice)} with countMergedChildren.`);
}

/**
 * One hotline order's story in the month, one letter each: `.` routine and satisfied, `v` very
 * satisfied, `b` basically satisfied, `s` signed for late, `c` contacted late, `p` paused for
 * material, `L` answered after the handling limit, `u` rated 不满意 (reopened, fix due), `n` no
 * rating (closed unrated after the window), `d` disputed and upheld (re-dispatched to the next
 * department), `o` disputed and overruled.
 */
const monthScripts: readonly (readonly [department: string, category: string, script: string])[] = [
  ['市供电公司', 'productionFactors', '..v.sp..bd'],
  ['市住建局', 'businessEnvironment', '.v..v.b.v.'],
  ['市自然资源局', 'businessEnvironment', '.c.n.L.u.o'],
  ['市生态环境局', 'harmoniousIndustry', 's.s.b.u.n.'],
  ['市人社局', 'talentTraining', 'v.b.p..c..'],
];
const monthEnterprises = ['焦作某机械公司', '修武某铝业公司', '武陟某纺织公司', '博爱某食品公司', '温县某制药公司', '孟州某化工公司', '沁阳某造纸公司', '修武某建材公司', '温县某农机公司', '孟州某汽配公司', '沁阳某电子公司', '焦作某新材料公司'];

/** Drives one month of hotline orders through the real commands, as their scripts say. */
function runMonth(): Issue[] {
  const ids: string[] = [];
  monthScripts.forEach(([department, categoryId, script], d) => {
    [...script].forEach((kind, j) => {
      const id = `M-${d + 1}${String(j + 1).padStart(2, '0')}`;
      ids.push(id);
      const day = workday('2026-10-30', 1 + 2 * j); // every other working day of November
      const mm = (n: number): string => String(10 * d + n).padStart(2, '0');
      const enterpriseId = monthEnterprises[(3 * d + j) % monthEnterprises.length] as string;
      const enterprise = who.enterprise(enterpriseId);
      send(id, enterprise, at(day, `08:${mm(0)}`), { type: 'submit', enterpriseId, title: `${categoryId} 热线诉求 ${j + 1}`, channel: 'hotline', origin: 'application' });
      send(id, who.office, at(day, `08:${mm(5)}`), { type: 'classify', categoryId, scope: 'outsideBureau', nature: 'ordinary', procedure: 'simple' });
      send(id, who.office, at(day, '09:30'), assignStep(department));
      let lead = department;
      if (kind === 'd' || kind === 'o') {
        send(id, who.head(department), at(day, '10:30'), { type: 'disputeAssignment', reasonCode: 'notOurDuty' });
        const next = (monthScripts[(d + 1) % monthScripts.length] as (typeof monthScripts)[number])[0];
        send(id, who.office, at(day, '14:00'), kind === 'd' ? { type: 'reviewDispute', uphold: true, departmentId: next } : { type: 'reviewDispute', uphold: false });
        if (kind === 'd') lead = next;
      }
      const handler = who.handler(lead);
      send(id, handler, at(day, kind === 's' ? '13:30' : kind === 'd' || kind === 'o' ? '14:30' : '10:00'), { type: 'signFor' });
      send(id, handler, kind === 'c' ? at(workday(day, 2), '10:00') : at(day, '15:00'), { type: 'contact' });
      let answerDay = workday(day, kind === 'L' ? 16 : 2);
      if (kind === 'p') {
        send(id, handler, at(day, '16:00'), { type: 'requestPause', reasonCode: 'awaitingMaterial' });
        send(id, who.office, at(day, '16:30'), { type: 'decidePause', grant: true });
        send(id, handler, at(workday(day, 2), '09:00'), { type: 'resume' });
        answerDay = workday(day, 3);
      }
      send(id, handler, at(answerDay, '16:00'), { type: 'answer', outcome: kind === 'u' ? 'explained' : 'resolved', summary: '已办理并电话答复', mode: 'phone' });
      const next = workday(answerDay, 1);
      send(id, who.office, at(next, '10:00'), { type: 'callBack', reached: kind !== 'n' });
      if (kind === 'n') {
        send(id, who.office, at(workday(answerDay, policy.feedbackWindowWorkingDays + 1), '10:00'), { type: 'closeUnrated' });
        return;
      }
      const rating = kind === 'u' ? 'dissatisfied' : kind === 'v' ? 'verySatisfied' : kind === 'b' || kind === 'L' ? 'basicallySatisfied' : 'satisfied';
      send(id, enterprise, at(next, '10:10'), { type: 'giveFeedback', rating, ...(kind === 'u' ? { reasons: ['notSolved'] } : {}) });
      if (kind !== 'u') send(id, who.office, at(next, '11:00'), { type: 'close' });
    });
  });
  return ids.map(order);
}

/** Part 4: the hotline scheme's scoreboard over a month of orders. */
function scoreboard(): void {
  const month = { from: '2026-11-01', to: '2026-11-30' } as const;
  subheading(`热线标准计分（${month.from} 至 ${month.to}）`, "The hotline scheme's scoreboard over a month of orders");
  const issues = runMonth();
  line(
    `${issues.length} orders, each driven through the real commands by its department's script (one letter per order: ` +
      `. routine · v 非常满意 · b 基本满意 · s 签收超时 · c 联系超时 · p 挂起 · L 超期答复 · u 不满意 · n 未评价 · d 退单成立 · o 退单不成立):`,
  );
  table(['部门 department', '剧本 script'], monthScripts.map(([department, , script]) => [department, script]));

  const board = unwrap(clockBoard(issues, at('2026-12-31', '18:00'), chinaCalendar));
  line(`clockBoard over the month's ${board.issues} orders, read on ${board.at.slice(0, 10)} (each order's current assignment): ${board.allMet} with every clock met, ${board.paused} paused.`);
  table(
    ['时钟 clock', '设定 set', '按时 on time', '超时 late', '计时中 running', '逾期 overdue'],
    (['signFor', 'firstContact', 'answer', 'handling'] as const).map((c) => {
      const l = board.clocks[c];
      return [clockNames[c], l.set, l.metOnTime, l.metLate, l.running, l.overdue].map(String);
    }),
  );

  const tallies = unwrap(tallyIssues(issues, { period: month, by: 'department' }));
  const pct = (r: number | null, num: number, den: number): string => (r === null ? '—' : `${formatRate(r)} (${num}/${den})`);
  table(
    ['部门 department', '收件 received', '签收及时率 signed in time', '联系及时率 contacted in time', '限时响应率 within limits', '按时办结率 closed on time', '满意率 satisfaction', '未评价率 unrated', '改派率 re-dispatched', '退单 disputes ✓/✗'],
    Object.entries(tallies).map(([id, t]) => {
      const r = unwrap(rates(t));
      const rated = t.satisfied + t.basicallySatisfied + t.unsatisfied;
      return [
        id,
        String(t.received),
        pct(r.signForInTime, t.signedForInTime, t.signForDue),
        pct(r.contactInTime, t.contactedInTime, t.contactDue),
        pct(r.responseWithinLimits, t.respondedWithinLimits, t.responseDue),
        pct(r.onTime, t.closedOnTime, t.closed),
        pct(r.satisfaction, t.satisfied + t.basicallySatisfied, rated),
        pct(r.unratedShare, t.closedUnrated, t.closed),
        pct(r.redispatchShare, t.redispatched, t.received),
        `${t.disputesUpheld}/${t.disputesOverruled}`,
      ];
    }),
  );

  const scores = unwrap(scoreUnits(tallies, hotlineStandardScheme));
  const details = new Map(scores.map((s) => [s.id, unwrap(unitScoreDetail(s, hotlineStandardScheme))]));
  table(
    ['名次 rank', '部门 department', ...hotlineStandardScheme.items.map((i) => `${i.name.zh} ${i.weight}`), `总分 score / ${scores[0]?.max ?? '—'}`],
    unwrap(rankUnits(scores)).map((r) => {
      const items = details.get(r.id)?.items ?? [];
      const points = (id: string): string => {
        const x = items.find((y) => y.id === id);
        return x === undefined ? '—' : x.skipped ? '（无数据）' : String(Math.round(x.points * 100) / 100);
      };
      return [String(r.rank ?? '—'), r.id, ...hotlineStandardScheme.items.map((i) => points(i.id)), String(r.score ?? '—')];
    }),
  );
  line(`${hotlineStandardScheme.name.zh} · ${hotlineStandardScheme.name.en}`);
  // The unit with the most items below their line (0 points), to show the rule.
  const zeros = (id: string): number => details.get(id)?.items.filter((i) => !i.skipped && i.points === 0).length ?? 0;
  const zeroed = [...scores].sort((a, b) => zeros(b.id) - zeros(a.id))[0];
  if (zeroed !== undefined && zeros(zeroed.id) > 0) line(`${zeroed.id}:`, ...explainScore(zeroed, hotlineStandardScheme, 'zh-CN').map((l) => `  ${l}`));
}

/** Section 4 (Part 12, issue 17): the 12345 enterprise line, hotline-grade. */
export function hotlineSection(): void {
  heading('4', '12345 企业热线：签收、联系、挂起、退单、并单、评价', 'The 12345 enterprise line: sign-for, contact, pause, dispute, merge, evaluation');
  oneCall();
  disputes();
  duplicates();
  scoreboard();
}
