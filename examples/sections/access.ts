import {
  authorize,
  chinaCalendar,
  defaultAccessPolicy,
  executeIssueCommand,
  label,
  UNSAFE_NO_ACCESS_CHECK,
  type AccessSubject,
  type Issue,
} from 'qinqing';
import { issueRoleLaw, redactForPublicListing, type AccessAction } from 'qinqing/access';
import { heading, line, subheading, table } from '../report.js';
import { demoIssues } from './issues.js';

/** Where the demo city's enterprises lie (the app knows this; issues do not carry it). */
const countyOf = (enterpriseId: string): string | undefined =>
  ({ 焦作某机械公司: '修武县', 修武某铝业公司: '修武县', 武陟某纺织公司: '武陟县', 博爱某食品公司: '博爱县', 沁阳某造纸公司: '沁阳市' })[enterpriseId];

/** Section 8: who may do what (access), and what the public listing shows. */
export function accessSection(): void {
  heading('8', '权限与公开', 'Access and public listing');
  const q03 = demoIssues().find((i) => i.id === 'Q-03') as Issue;

  subheading('谁可以对 Q-03 做什么（默认策略，拒绝优先）', `Who may do what to Q-03 (${q03.leadDepartmentId}, ${countyOf(q03.enterpriseId)}), deny by default`);
  const subjects: readonly AccessSubject[] = [
    { id: '武陟某纺织公司', role: 'enterprise', level: 'county', countyId: '武陟县', enterpriseId: '武陟某纺织公司' },
    { id: '焦作某机械公司', role: 'enterprise', level: 'county', countyId: '修武县', enterpriseId: '焦作某机械公司' },
    { id: '自然资源局经办人', role: 'departmentHandler', level: 'city', departmentId: '市自然资源局' },
    { id: '税务局经办人', role: 'departmentHandler', level: 'city', departmentId: '市税务局' },
    { id: '武陟县领导小组办公室', role: 'leadingGroupOffice', level: 'county', countyId: '武陟县' },
    { id: '修武县领导小组办公室', role: 'leadingGroupOffice', level: 'county', countyId: '修武县' },
    { id: '市效能办', role: 'efficiencyOffice', level: 'city' },
    { id: '审计人员', role: 'auditor', level: 'city' },
  ];
  const actions: readonly AccessAction[] = ['viewIssue', 'giveFeedback', 'answer', 'supervise', 'close'];
  table(
    ['主体 subject', ...actions],
    subjects.map((s) => [
      `${s.id}（${label(s.role, 'zh-CN')}）`,
      ...actions.map((a) => (authorize(s, a, q03, defaultAccessPolicy, { countyOf }).allowed ? '✓' : '·')),
    ]),
  );

  subheading('越权的命令被拒绝，诉求不变', 'An unauthorised command is refused with FORBIDDEN, and the issue is left as it was');
  const outsider = subjects[3] as AccessSubject;
  const attempt = executeIssueCommand(
    q03,
    { type: 'answer', issueId: 'Q-03', actor: { id: outsider.id, role: outsider.role }, at: '2026-10-09T10:00:00+08:00', outcome: 'resolved', summary: '已办结', mode: 'writtenReply' },
    { calendar: chinaCalendar, access: { policy: defaultAccessPolicy, subject: outsider, countyOf } },
  );
  if (!attempt.ok) line(`${attempt.error.code}: ${attempt.error.messageZh}`, `  ${attempt.error.message}`);
  line(`Q-03 is still ${q03.state} with ${q03.history.length} events.`);

  subheading('法定角色规则：无论权限策略如何都成立', 'The role law holds whatever the policy, even with the access check explicitly off');
  table(
    ['操作 command', '法定可执行角色 roles allowed by law', '依据 source'],
    Object.entries(issueRoleLaw).map(([command, law]) => [command, law.roles.map((r) => label(r, 'zh-CN')).join('、'), law.source]),
  );
  const handler = subjects[2] as AccessSubject;
  const selfClose = executeIssueCommand(
    q03,
    { type: 'close', issueId: 'Q-03', actor: { id: handler.id, role: handler.role }, at: '2026-10-09T11:00:00+08:00' },
    { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK },
  );
  if (!selfClose.ok) line(`${selfClose.error.code} at ${selfClose.error.path?.join('.') ?? ''}: ${selfClose.error.messageZh}`, `  ${selfClose.error.message}`);

  subheading('属性缺失即拒绝（fail closed）', 'A subject with a missing attribute is refused, never taken for a city-level one');
  const lost = { id: '某县办公室', role: 'leadingGroupOffice', level: 'county' } as AccessSubject; // its countyId went missing
  const d = authorize(lost, 'close', q03, defaultAccessPolicy, { countyOf });
  line(d.allowed ? 'allowed ✗' : `refused: ${d.reason.zh}`, d.allowed ? '' : `  ${d.reason.en}`);

  subheading('网上挂牌：公开的只是公众需要的', 'Public listing (网上挂牌): only what the public needs');
  const listing = redactForPublicListing(q03);
  line(JSON.stringify(listing));
  line(`Dropped: the enterprise, the description, the history (actors and notes), the answer and the dossier; phone numbers and e-mail addresses in the title are masked.`);
}

/**
 * Section 9 (Part 9, privacy by design): a title full of personal data, as the public listing
 * shows it — masked by `maskPersonalData`, with the names the app knows passed in.
 */
export function privacySection(): void {
  heading('9', '个人信息保护', 'Personal data in the public listing');
  const q03 = demoIssues().find((i) => i.id === 'Q-03') as Issue;
  const title = '武陟某纺织公司申请厂房产权证，联系李经理 139\u00a00391–2345（备用 0391-3561234 转 8001），li＠wuzhi-textile．cn，信用代码 91410823MA44XXXX1X';
  const names = ['武陟某纺织公司', '李经理'];
  subheading('企业写下的标题', 'The title as the enterprise wrote it');
  line(title);
  subheading('网上挂牌：不传名称', 'Listed without names: numbers, e-mail and the USCC masked, however written');
  line(redactForPublicListing({ ...q03, title }).title);
  subheading('网上挂牌：传入企业与联系人名称', 'Listed with the names the app knows: the enterprise and its contact masked too');
  line(redactForPublicListing({ ...q03, title }, { names }).title);
  line('Not caught: names not passed, numbers in Chinese numerals (一三九…), addresses — see docs/guides/privacy.md.');
}
