import { describe, expect, it } from 'vitest';
import { label, unwrap } from '../../src/index.js';
import { jiaozuoServiceAreas } from '../../src/taxonomy/index.js';
import { safeParseIssue, type Issue } from '../../src/issue/index.js';
import { ledgerColumns, ledgerReport, renderCsv, renderMarkdown } from '../../src/report/index.js';
import { reportIssues } from './fixtures.js';

const issues = reportIssues();
const july = { from: '2026-07-01', to: '2026-07-31' } as const;

describe('ledgerReport: the work ledger (台账)', () => {
  it('is built on issues the lifecycle produced', () => {
    for (const i of issues) expect(safeParseIssue(JSON.parse(JSON.stringify(i))).ok).toBe(true);
  });

  it('lists one row per issue in order of submission, then id, whatever the input order', () => {
    const t = unwrap(ledgerReport(issues, { locale: 'zh-CN' }));
    expect(t.id).toBe('ledger');
    expect(t.columns).toBe(ledgerColumns);
    expect(t.rows.map((r) => r['id'])).toEqual(['q3', 'q1', 'q2', 'q5', 'q6', 'q4']);
    expect(unwrap(ledgerReport([...issues].reverse(), { locale: 'zh-CN' }))).toEqual(t);
  });

  it('shows each field with its label in the locale, the category by the taxonomy, the close-out by its China date', () => {
    const t = unwrap(ledgerReport(issues, { locale: 'zh-CN', taxonomy: jiaozuoServiceAreas }));
    const q2 = t.rows.find((r) => r['id'] === 'q2');
    expect(q2).toEqual({
      id: 'q2',
      enterprise: 'e1',
      title: '用电增容',
      channel: '政企快线',
      category: '融资服务支持',
      procedure: '简易程序',
      leadDepartment: 'd-power',
      assignedOn: '2026-07-01',
      deadline: '2026-07-08',
      state: '已销号',
      outcome: '已解决',
      answeredOn: '2026-07-03',
      feedback: '满意',
      closedOn: '2026-07-04',
      reopenCount: 0,
    });
    const byId = Object.fromEntries(t.rows.map((r) => [r['id'], r]));
    // Closed at 17:00 UTC on 10 July: 01:00 on 11 July in China.
    expect(byId['q5']?.['closedOn']).toBe('2026-07-11');
    expect(byId['q1']).toMatchObject({ state: '重新梳理', outcome: '已解释说明', feedback: '不满意', reopenCount: 1, closedOn: null });
    expect(byId['q3']).toMatchObject({ category: null, procedure: null, leadDepartment: null, assignedOn: null, deadline: null, outcome: null, answeredOn: null, feedback: null });
    expect(byId['q4']?.['state']).toBe(label('withdrawn', 'zh-CN'));
    // A category the taxonomy does not have, and any category without a taxonomy, is shown by id.
    expect(byId['q6']?.['category']).toBe('customCategory');
    expect(unwrap(ledgerReport(issues, { locale: 'zh-CN' })).rows.find((r) => r['id'] === 'q2')?.['category']).toBe('financing');
  });

  it('writes labels in English for the en locale', () => {
    const q2 = unwrap(ledgerReport(issues, { locale: 'en', taxonomy: jiaozuoServiceAreas })).rows.find((r) => r['id'] === 'q2');
    expect(q2).toMatchObject({ channel: 'Government–enterprise hotline', category: 'Financing support', procedure: 'Simple procedure', state: 'Closed', outcome: 'Resolved', feedback: 'Satisfied' });
  });

  it('keeps only the issues submitted in the period (China local dates), and says so in a note', () => {
    const t = unwrap(ledgerReport(issues, { locale: 'en', period: july }));
    expect(t.rows.map((r) => r['id'])).toEqual(['q1', 'q2', 'q5', 'q6']);
    expect(t.notes.at(-1)).toEqual({ zh: '提交日期 2026-07-01 至 2026-07-31。', en: 'Submitted from 2026-07-01 to 2026-07-31.' });
    expect(unwrap(ledgerReport(issues, { locale: 'en', period: { from: '2026-06-28', to: '2026-06-28' } })).rows.map((r) => r['id'])).toEqual(['q3']);
  });

  it('shows enterprise and department names when given', () => {
    const t = unwrap(ledgerReport(issues, { locale: 'zh-CN', period: july, names: { enterprises: { e1: '海宁某纺织公司' }, departments: { 'd-power': '供电公司' } } }));
    expect(t.rows.map((r) => [r['enterprise'], r['leadDepartment']])).toEqual([
      ['e2', 'd-land'],
      ['海宁某纺织公司', '供电公司'],
      ['海宁某纺织公司', '供电公司'],
      ['e4', 'd-tax'],
    ]);
  });

  it('renders to Markdown and CSV, one line per issue', () => {
    const t = unwrap(ledgerReport(issues, { locale: 'zh-CN', taxonomy: jiaozuoServiceAreas, period: july }));
    const md = renderMarkdown(t, 'zh-CN');
    expect(md.startsWith('### 企业诉求办理台账\n\n| 编号 | 企业 | 诉求 | 反映渠道 | 问题类别 |')).toBe(true);
    expect(md).toContain('| q2 | e1 | 用电增容 | 政企快线 | 融资服务支持 | 简易程序 | d-power | 2026-07-01 | 2026-07-08 | 已销号 | 已解决 | 2026-07-03 | 满意 | 2026-07-04 | 0 |');
    const csv = renderCsv(t, 'en').split('\r\n');
    expect(csv[0]).toBe('ID,Enterprise,Issue,Channel,Category,Procedure,Lead department,Assigned on,Deadline,State,Outcome,Answered on,Feedback,Closed on,Times reopened');
    expect(csv[2]).toBe('q2,e1,用电增容,政企快线,融资服务支持,简易程序,d-power,2026-07-01,2026-07-08,已销号,已解决,2026-07-03,满意,2026-07-04,0');
    expect(csv).toHaveLength(t.rows.length + 2);
  });

  it('is plain JSON and leaves its arguments alone', () => {
    const before = JSON.stringify(issues);
    const t = unwrap(ledgerReport(issues, { locale: 'zh-CN', taxonomy: jiaozuoServiceAreas }));
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    expect(JSON.stringify(issues)).toBe(before);
  });

  it('returns INVALID_ARGUMENT or INVALID_DATE for a bad period', () => {
    expect(ledgerReport(issues, { locale: 'en', period: { from: '2026-07-31', to: '2026-07-01' } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'period'] } });
    expect(ledgerReport(issues, { locale: 'en', period: { from: '2026-02-30', to: '2026-07-01' } })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['options', 'period', 'from'] } });
  });

  it('Part 8: ledgerReport returns the period’s error or INVALID_INPUT for an unknown value instead of throwing', () => {
    const r = ledgerReport(issues, { locale: 'zh-CN', period: { from: '2026-07-01', to: '2026-7-31' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['options', 'period', 'to'], value: '2026-7-31' } });
    expect(r.ok ? '' : r.error.messageZh).toContain('options.period.to');
    // A value qinqing does not know (JSON from another version) has no label: an error, never a TypeError.
    const odd = (over: Record<string, unknown>): Issue[] => [issues[0] as Issue, { ...(issues[1] as Issue), ...over } as Issue];
    expect(ledgerReport(odd({ channel: 'pigeon' }), { locale: 'en' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['issues', 1, 'channel'], value: 'pigeon' } });
    expect(ledgerReport(odd({ state: 'lost' }), { locale: 'en' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['issues', 1, 'state'] } });
    expect(ledgerReport(odd({ feedback: 'thrilled' }), { locale: 'en' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['issues', 1, 'feedback'] } });
    expect(ledgerReport(odd({ procedure: 'express' }), { locale: 'en' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['issues', 1, 'procedure'] } });
    expect(ledgerReport(odd({ answer: { outcome: 'maybe', on: '2026-07-03' } }), { locale: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['issues', 1, 'answer', 'outcome'], value: 'maybe' },
    });
    // An issue outside the period is not shown, so its values are not read.
    expect(ledgerReport(odd({ channel: 'pigeon', submittedAt: '2026-01-01T09:00:00+08:00' }), { locale: 'en', period: { from: '2026-06-01', to: '2026-08-31' } }).ok).toBe(true);
  });
});

describe('Part 9 (issue 14): the ledger masks personal data in titles', () => {
  const withTitle = (title: string) => issues.map((i) => (i.id === 'q2' ? { ...i, title } : i));
  const q2Title = (t: ReturnType<typeof ledgerReport>) => unwrap(t).rows.find((r) => r['id'] === 'q2')?.['title'];

  it('masks numbers, e-mail and USCCs by default (titles used to be copied as written)', () => {
    expect(q2Title(ledgerReport(withTitle('用电增容，联系 138 0013 8000，wang@example.com，91340600MA2PBP2120'), { locale: 'zh-CN' }))).toBe('用电增容，联系 ＊＊＊，＊＊＊，＊＊＊');
  });

  it('masks the listed enterprises\' names from names.enterprises, and maskNames', () => {
    const names = { enterprises: { e1: '焦作某机械公司', e9: '不在台账的公司' } };
    const t = ledgerReport(withTitle('焦作某机械公司王经理反映不在台账的公司'), { locale: 'zh-CN', names, maskNames: ['王经理'] });
    expect(q2Title(t)).toBe('＊＊＊反映不在台账的公司');
    expect(unwrap(t).rows.find((r) => r['id'] === 'q2')?.['enterprise']).toBe('焦作某机械公司');
  });

  it('writes titles as they are only with unsafeShowPersonalData', () => {
    const title = '联系 13800138000';
    expect(q2Title(ledgerReport(withTitle(title), { locale: 'zh-CN', unsafeShowPersonalData: true }))).toBe(title);
    expect(renderCsv(unwrap(ledgerReport(withTitle(title), { locale: 'zh-CN', unsafeShowPersonalData: true })), 'zh-CN')).not.toContain('13800138000');
    expect(renderMarkdown(unwrap(ledgerReport(withTitle(title), { locale: 'zh-CN', unsafeShowPersonalData: true })), 'zh-CN', { unsafeShowPersonalData: true })).toContain('13800138000');
  });
});
