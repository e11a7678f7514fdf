import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { jiaozuoServiceAreas } from '../../src/taxonomy/index.js';
import { assignBatch, batchSummary, type Issue, type IssueBatch } from '../../src/issue/index.js';
import {
  emptyTally,
  mergeTallies,
  mergeTallyTables,
  rates,
  tallyIssues,
} from '../../src/scoring/index.js';
import {
  batchReport,
  categoryBreakdown,
  periodSummary,
  renderCsv,
  renderMarkdown,
  type ReportTable,
} from '../../src/report/index.js';
import { actors, at, ctx, run, submitted } from '../issue/fixtures.js';
import { reportIssues } from './fixtures.js';

const issues = reportIssues();
const july = { from: '2026-07-01', to: '2026-07-31' } as const;
const cell = (t: ReportTable, row: number, key: string) => t.rows.at(row)?.[key];
/** The cells of a Markdown row by its first cell. */
const mdRow = (md: string, first: string) => md.split('\n').find((l) => l.startsWith(`| ${first} |`));

describe('categoryBreakdown', () => {
  it('lists every category of the taxonomy in its order, then unknown categories, then the total', () => {
    const t = unwrap(categoryBreakdown(issues, { period: july, locale: 'zh-CN', taxonomy: jiaozuoServiceAreas }));
    expect(t.rows.map((r) => r['category'])).toEqual([...jiaozuoServiceAreas.categories.map((c) => c.label.zh), 'customCategory', '合计']);
    const row = (category: string) => t.rows.find((r) => r['category'] === category);
    expect(row('融资服务支持')).toEqual({ category: '融资服务支持', received: 2, answered: 2, resolved: 2, closed: 2, resolution: 1, satisfaction: 1 });
    expect(row('生产要素协调')).toEqual({ category: '生产要素协调', received: 1, answered: 1, resolved: 0, closed: 0, resolution: 0, satisfaction: 0 });
    expect(row('customCategory')).toEqual({ category: 'customCategory', received: 1, answered: 0, resolved: 0, closed: 0, resolution: null, satisfaction: null });
    expect(row('推进技术创新')).toEqual({ category: '推进技术创新', received: 0, answered: 0, resolved: 0, closed: 0, resolution: null, satisfaction: null });
    expect(row('合计')).toEqual({ category: '合计', received: 4, answered: 3, resolved: 2, closed: 2, resolution: 2 / 3, satisfaction: 2 / 3 });
  });

  it('agrees with tallyIssues by category and rates, the total with the tally of all issues', () => {
    const t = unwrap(categoryBreakdown(issues, { period: july, locale: 'en' }));
    const byCategory = unwrap(tallyIssues(issues, { period: july, by: (i) => i.categoryId ?? 'none' }));
    expect(t.rows.map((r) => r['category'])).toEqual(['customCategory', 'financing', 'productionFactors', 'Total']);
    for (const r of t.rows.slice(0, -1)) {
      const tally = byCategory[r['category'] as string] ?? emptyTally;
      expect(r).toMatchObject({ received: tally.received, answered: tally.answered, resolution: unwrap(rates(tally)).resolution, satisfaction: unwrap(rates(tally)).satisfaction });
    }
    const all = unwrap(tallyIssues(issues, { period: july, by: () => 'all' }))['all'] ?? emptyTally;
    expect(t.rows.at(-1)).toMatchObject({ received: all.received, closed: all.closed, satisfaction: unwrap(rates(all)).satisfaction });
  });

  it('gives unclassified issues their own row; withdrawn issues are not counted', () => {
    const t = unwrap(categoryBreakdown(issues, { period: { from: '2026-06-01', to: '2026-08-31' }, locale: 'en', taxonomy: jiaozuoServiceAreas }));
    expect(t.rows.slice(-3).map((r) => [r['category'], r['received']])).toEqual([
      ['customCategory', 1],
      ['Not classified', 1],
      ['Total', 5],
    ]);
  });

  it('counts a basically satisfied feedback by the given credit', () => {
    const t = unwrap(categoryBreakdown(issues, { period: july, locale: 'en', rateOptions: { basicallySatisfiedCredit: 0.5 } }));
    expect(t.rows.find((r) => r['category'] === 'financing')?.['satisfaction']).toBe(0.75);
    expect(t.notes.at(-1)?.en).toContain('0.5 × basically satisfied');
  });

  it('renders rates as percentages and missing rates as —', () => {
    const md = renderMarkdown(unwrap(categoryBreakdown(issues, { period: july, locale: 'zh-CN', taxonomy: jiaozuoServiceAreas })), 'zh-CN');
    expect(mdRow(md, '合计')).toBe('| 合计 | 4 | 3 | 2 | 2 | 66.7% | 66.7% |');
    expect(mdRow(md, 'customCategory')).toBe('| customCategory | 1 | 0 | 0 | 0 | — | — |');
  });

  it('returns INVALID_ARGUMENT for a bad period', () => {
    expect(categoryBreakdown(issues, { period: { from: '2026-07-31', to: '2026-07-01' }, locale: 'en' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'period'] } });
  });

  it('Part 8: categoryBreakdown returns the period’s or the rate options’ error, named under options, instead of throwing', () => {
    expect(categoryBreakdown(issues, { period: { from: '2026-07-01', to: '2026-02-30' }, locale: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['options', 'period', 'to'], value: '2026-02-30' },
    });
    expect(categoryBreakdown(issues, { period: july, locale: 'en', rateOptions: { basicallySatisfiedCredit: -1 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['options', 'rateOptions', 'basicallySatisfiedCredit'], value: -1 },
    });
    expect(categoryBreakdown([], { period: july, locale: 'en', rateOptions: { wilsonZ: Number.NaN } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['options', 'rateOptions', 'wilsonZ'] },
    });
  });
});

describe('periodSummary', () => {
  const haining = { ...emptyTally, received: 1000, answered: 1000, resolved: 950, satisfied: 850, basicallySatisfied: 85, unsatisfied: 65 };
  const year2019 = { from: '2019-01-01', to: '2019-12-31' };

  it("002: Haining's service satisfaction rate of 93.5% renders as 93.5% in Markdown and in CSV", () => {
    const t = unwrap(periodSummary([{ label: { zh: '2019年', en: '2019' }, period: year2019, tally: haining }], { locale: 'zh-CN' }));
    expect(cell(t, 0, 'satisfaction')).toBeCloseTo(0.935, 12);
    const md = renderMarkdown(t, 'zh-CN');
    const header = md.split('\n')[2]?.split(' | ') ?? [];
    const row = mdRow(md, '2019年')?.split(' | ') ?? [];
    expect(row[header.indexOf('满意率')]).toBe('93.5%');
    const csv = renderCsv(t, 'zh-CN').split('\r\n').map((l) => l.split(','));
    expect(csv[1]?.[csv[0]?.indexOf('满意率') ?? -1]).toBe('93.5%');
    expect(renderCsv(t, 'en', { rates: 'number' })).toContain(',0.935,');
  });

  it('shows the default counts and every rate, in order, with rows in the given order', () => {
    const q3 = { from: '2026-07-01', to: '2026-09-30' };
    const q4 = { from: '2026-10-01', to: '2026-12-31' };
    const t = unwrap(periodSummary(
      [
        { label: '2026 Q3', period: q3, tally: { ...emptyTally, received: 4, answered: 2, respondedInTime: 3 } },
        { period: q4, tally: emptyTally },
      ],
      { locale: 'en' },
    ));
    expect(t.columns.map((c) => c.key)).toEqual([
      'period',
      'received',
      'answered',
      'resolved',
      'closed',
      'satisfied',
      'basicallySatisfied',
      'unsatisfied',
      'response',
      'resolution',
      'onTime',
      'satisfaction',
      'reopen',
      'supervisedShare',
      'visitCompliance',
    ]);
    expect(t.rows.map((r) => r['period'])).toEqual(['2026 Q3', '2026-10-01 to 2026-12-31']);
    expect(t.rows[0]).toMatchObject({ received: 4, response: 0.75, resolution: 0, satisfaction: null });
    expect(Object.values(t.rows[1] ?? {}).filter((v) => v === null)).toHaveLength(7);
    expect(unwrap(periodSummary([{ period: q4, tally: emptyTally }], { locale: 'zh-CN' })).rows[0]?.['period']).toBe('2026-10-01 至 2026-12-31');
  });

  it('002: a quarterly row from tallies merged over shards equals the row of the whole', () => {
    const q3 = { from: '2026-07-01', to: '2026-09-30' };
    const [a, b] = [issues.slice(0, 3), issues.slice(3)];
    const whole = unwrap(tallyIssues(issues, { period: q3, by: 'enterprise' }));
    const merged = mergeTallyTables(unwrap(tallyIssues(a, { period: q3, by: 'enterprise' })), unwrap(tallyIssues(b, { period: q3, by: 'enterprise' })));
    const sum = (t: typeof whole) => Object.values(t).reduce(mergeTallies, emptyTally);
    const options = { locale: 'en', counts: ['received', 'closed', 'closedOnTime'], rates: ['onTime', 'satisfaction'] } as const;
    const fromShards = unwrap(periodSummary([{ label: 'Q3', period: q3, tally: sum(merged) }], options));
    expect(fromShards).toEqual(unwrap(periodSummary([{ label: 'Q3', period: q3, tally: sum(whole) }], options)));
    expect(fromShards.columns.map((c) => c.key)).toEqual(['period', 'received', 'closed', 'closedOnTime', 'onTime', 'satisfaction']);
    // q2 was closed by its deadline, q5 a day after it (China date).
    expect(fromShards.rows[0]).toEqual({ period: 'Q3', received: 4, closed: 2, closedOnTime: 1, onTime: 0.5, satisfaction: 2 / 3 });
  });

  it('headers of counts and rates differ in both languages', () => {
    const t = unwrap(periodSummary([], { locale: 'en', counts: ['received', 'respondedInTime', 'answered', 'resolved', 'closed', 'closedOnTime', 'reopened', 'supervised', 'satisfied', 'basicallySatisfied', 'unsatisfied', 'visitsDue', 'visitsDone'] }));
    for (const lang of ['zh', 'en'] as const) expect(new Set(t.columns.map((c) => c.label[lang])).size).toBe(t.columns.length);
  });

  it('returns an error for a bad period or rate options', () => {
    const badDate = periodSummary([{ period: { from: '2026-13-01', to: '2026-12-31' }, tally: emptyTally }], { locale: 'en' });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['periods', 0, 'period', 'from'] } });
    expect(badDate.ok ? '' : badDate.error.message).toContain('periods.0.period.from');
    expect(periodSummary([{ period: year2019, tally: haining }], { locale: 'en', rateOptions: { basicallySatisfiedCredit: 2 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['options', 'rateOptions', 'basicallySatisfiedCredit'] },
    });
  });

  it('Part 8: periodSummary returns INVALID_DATE, INVALID_ARGUMENT or INVALID_INPUT naming the period, the count or the option instead of throwing', () => {
    const q4 = { from: '2026-10-01', to: '2026-12-31' };
    expect(periodSummary([{ period: year2019, tally: haining }, { period: { from: '2026-12-31', to: '2026-10-01' }, tally: emptyTally }], { locale: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['periods', 1, 'period'] },
    });
    expect(periodSummary([{ period: q4, tally: { ...emptyTally, unsatisfied: -3 } }], { locale: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', path: ['periods', 0, 'tally', 'unsatisfied'], value: -3 },
    });
    expect(periodSummary([{ period: q4, tally: emptyTally }], { locale: 'en', counts: ['received', 'happy' as 'received'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['options', 'counts', 1], value: 'happy' },
    });
    expect(periodSummary([{ period: q4, tally: emptyTally }], { locale: 'en', rates: ['speed' as 'response'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['options', 'rates', 0], value: 'speed' },
    });
    expect(periodSummary([], { locale: 'en' }).ok).toBe(true);
  });
});

describe("batchReport: Lishui's batches (003)", () => {
  const classified = (issueId: string, date: string, batchId?: string): Issue =>
    run(
      submitted(issueId, `e-${issueId}`, at(date)),
      [{ type: 'classify', categoryId: 'landAndBuildings', scope: 'multiDepartment', nature: 'ordinary', procedure: 'simple', actor: actors.office, ...(batchId === undefined ? {} : { batchId }) }],
      { date },
    );
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);
  const batch = (batchId: string, list: readonly Issue[], timeLimit: IssueBatch['timeLimit']): IssueBatch => ({
    batchId,
    actor: actors.office,
    at: at('2026-06-01', 60),
    timeLimit,
    departmentOf: Object.fromEntries(list.map((i) => [i.id, 'd-land'])),
  });
  const b1 = ids('b1', 30).map((id) => classified(id, '2026-06-01'));
  // Batch 1 is due on 15 June: the 7 not answered by 24 June are overdue, hence under supervision.
  const first = assignBatch(b1, batch('lishui-1', b1, { workingDays: 10 }), ctx);
  const batch1 = first.assigned.map(({ issue }, i) =>
    i < 23 ? run(issue, [{ type: 'answer', outcome: 'resolved', summary: '已办理并答复企业', mode: 'writtenReply', actor: actors.handler }], { date: '2026-06-12' }) : issue,
  );
  const b2 = ids('b2', 75).map((id) => classified(id, '2026-06-01'));
  const second = assignBatch(b2, batch('lishui-2', b2, { dueOn: '2026-07-15' }), ctx);
  const batch3 = ids('b3', 15).map((id) => classified(id, '2026-06-20', 'lishui-3'));
  const all = [...batch1, ...second.assigned.map((a) => a.issue), ...batch3];
  const summaries = ['lishui-1', 'lishui-2', 'lishui-3'].map((id) => unwrap(batchSummary(all, id, '2026-06-24', chinaCalendar)));

  it('003: batch 1 — 30 assigned, 23 handled and answered, 7 under supervision; batch 2 — 75 assigned; batch 3 — 15 about to be assigned', () => {
    expect([first.rejected, second.rejected]).toEqual([[], []]);
    const t = batchReport(summaries, 'zh-CN');
    expect(t.rows).toEqual([
      { batch: 'lishui-1', total: 30, notYetAssigned: 0, assigned: 30, answered: 23, underSupervision: 7, closed: 0, withdrawn: 0, answeredShare: 23 / 30 },
      { batch: 'lishui-2', total: 75, notYetAssigned: 0, assigned: 75, answered: 0, underSupervision: 0, closed: 0, withdrawn: 0, answeredShare: 0 },
      { batch: 'lishui-3', total: 15, notYetAssigned: 15, assigned: 0, answered: 0, underSupervision: 0, closed: 0, withdrawn: 0, answeredShare: 0 },
      { batch: '合计', total: 120, notYetAssigned: 15, assigned: 105, answered: 23, underSupervision: 7, closed: 0, withdrawn: 0, answeredShare: 23 / 120 },
    ]);
    const md = renderMarkdown(t, 'zh-CN');
    expect(md).toContain('| 交办批次 | 问题数 | 待交办 | 已交办 | 已办理答复 | 督办中 | 已销号 | 已撤回 | 答复率 |');
    expect(mdRow(md, 'lishui-1')).toBe('| lishui-1 | 30 | 0 | 30 | 23 | 7 | 0 | 0 | 76.7% |');
  });

  it('gives a share answered of null when every problem was withdrawn or there are none', () => {
    const t = batchReport([{ batchId: 'x', total: 2, notYetAssigned: 0, assigned: 1, answered: 0, underSupervision: 0, closed: 0, withdrawn: 2 }], 'en');
    expect(t.rows.map((r) => r['answeredShare'])).toEqual([null, null]);
    expect(batchReport([], 'en').rows).toEqual([{ batch: 'Total', total: 0, notYetAssigned: 0, assigned: 0, answered: 0, underSupervision: 0, closed: 0, withdrawn: 0, answeredShare: null }]);
  });
});
