import { describe, expect, it } from 'vitest';
import { formatRate, renderCsv, renderMarkdown, ReportCellSchema, ReportTableSchema, type ReportTable } from '../../src/report/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';

const table: ReportTable = deepFreeze({
  id: 'demo',
  title: { zh: '示例报表', en: 'Demo report' },
  columns: [
    { key: 'name', label: { zh: '名称', en: 'Name' }, kind: 'text' },
    { key: 'n', label: { zh: '件数', en: 'Count' }, kind: 'count' },
    { key: 'rate', label: { zh: '满意率', en: 'Satisfaction' }, kind: 'rate' },
    { key: 'on', label: { zh: '日期', en: 'Date' }, kind: 'date' },
  ],
  rows: [
    { name: '用电增容', n: 3, rate: 0.935, on: '2026-07-01' },
    { name: 'a|b\\|c', n: -3, rate: null, on: null },
    { name: '第一行\n第二行\r\n第三行', n: 0, rate: 1 },
    { name: '=HYPERLINK("http://x","点我")', n: 12, rate: 0 },
  ],
  notes: [{ zh: '说明一', en: 'First note' }, { zh: '说明\n二', en: 'Second\nnote' }],
});

describe('formatRate', () => {
  it('writes a share as a percentage with one decimal, rounding half up', () => {
    expect(formatRate(0.935)).toBe('93.5%');
    expect(formatRate(935 / 1000)).toBe('93.5%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(0.00049)).toBe('0.0%');
    expect(formatRate(0.0005)).toBe('0.1%');
    expect(formatRate(-0.0001)).toBe('0.0%');
  });
});

describe('renderMarkdown', () => {
  it('writes the title, a GitHub-flavoured table and the notes, with headers in the locale', () => {
    expect(renderMarkdown(table, 'en')).toBe(
      [
        '### Demo report',
        '',
        '| Name | Count | Satisfaction | Date |',
        '| --- | ---: | ---: | --- |',
        '| 用电增容 | 3 | 93.5% | 2026-07-01 |',
        '| a\\|b\\\\\\|c | -3 | — | — |',
        '| 第一行<br>第二行<br>第三行 | 0 | 100.0% | — |',
        '| =HYPERLINK("http://x","点我") | 12 | 0.0% | — |',
        '',
        '- First note',
        '- Second note',
        '',
      ].join('\n'),
    );
    expect(renderMarkdown(table, 'zh-CN').split('\n').slice(0, 3)).toEqual(['### 示例报表', '', '| 名称 | 件数 | 满意率 | 日期 |']);
  });

  it('escapes every pipe so that each row has as many cells as the header', () => {
    const md = renderMarkdown(table, 'en');
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    // Split on pipes not preceded by an odd number of backslashes.
    const cells = (l: string) => l.split(/(?<!(?:^|[^\\])(?:\\\\)*\\)\|/).length;
    expect(new Set(rows.map(cells))).toEqual(new Set([6]));
  });

  it('shows a missing cell or a non-finite number as —, and leaves out the notes when there are none', () => {
    const t: ReportTable = { ...table, rows: [{ name: 'x', n: Number.NaN, rate: Number.POSITIVE_INFINITY }], notes: [] };
    expect(renderMarkdown(t, 'en')).toBe('### Demo report\n\n| Name | Count | Satisfaction | Date |\n| --- | ---: | ---: | --- |\n| x | — | — | — |\n');
  });

  it('does not change its argument', () => {
    const copy = JSON.parse(JSON.stringify(table)) as unknown;
    renderMarkdown(table, 'zh-CN');
    renderCsv(table, 'zh-CN', { bom: true, rates: 'number' });
    expect(table).toEqual(copy);
  });
});

describe('renderCsv (RFC 4180)', () => {
  it('writes a header row and one record per row, each ending with CRLF, quoting what needs quoting', () => {
    expect(renderCsv(table, 'en')).toBe(
      [
        'Name,Count,Satisfaction,Date',
        '用电增容,3,93.5%,2026-07-01',
        'a|b\\|c,-3,,',
        '"第一行\n第二行\r\n第三行",0,100.0%,',
        '"\'=HYPERLINK(""http://x"",""点我"")",12,0.0%,',
        '',
      ].join('\r\n'),
    );
  });

  it('has headers in the locale, and writes rates as numbers on request', () => {
    const csv = renderCsv(table, 'zh-CN', { rates: 'number' });
    expect(csv.split('\r\n')[0]).toBe('名称,件数,满意率,日期');
    expect(csv.split('\r\n')[1]).toBe('用电增容,3,0.935,2026-07-01');
  });

  it('guards text cells against formula injection, never numbers', () => {
    const t: ReportTable = {
      id: 'x',
      title: { zh: '注入', en: 'Injection' },
      columns: [
        { key: 't', label: { zh: '文本', en: '=Text' }, kind: 'text' },
        { key: 'n', label: { zh: '数', en: 'N' }, kind: 'count' },
      ],
      rows: [
        { t: '=1+1', n: -1 },
        { t: '+86 571', n: -2.5 },
        { t: '-5', n: 0 },
        { t: '@SUM(A1)', n: 1 },
        { t: '\tx', n: 1 },
        { t: '\rx', n: 1 },
        { t: "'quoted", n: 1 },
        { t: '1=1', n: 1 },
        { t: '', n: null },
      ],
      notes: [],
    };
    expect(renderCsv(t, 'en').split('\r\n')).toEqual([
      "'=Text,N",
      "'=1+1,-1",
      "'+86 571,-2.5",
      "'-5,0",
      "'@SUM(A1),1",
      "'\tx,1",
      '"\'\rx",1',
      "'quoted,1",
      '1=1,1',
      ',',
      '',
    ]);
  });

  it('adds a UTF-8 byte order mark only when asked', () => {
    expect(renderCsv(table, 'en').startsWith('Name')).toBe(true);
    expect(renderCsv(table, 'en', { bom: true }).startsWith('\uFEFFName')).toBe(true);
  });
});

describe('ReportTableSchema', () => {
  it('accepts a report table as plain JSON and rejects cells that are not JSON', () => {
    expect(ReportTableSchema.safeParse(JSON.parse(JSON.stringify(table))).success).toBe(true);
    expect(ReportCellSchema.safeParse(Number.NaN).success).toBe(false);
    expect(ReportCellSchema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(ReportTableSchema.safeParse({ ...table, columns: [{ key: 'x', label: { zh: '甲', en: 'A' }, kind: 'percent' }] }).success).toBe(false);
  });
});

describe('Part 9 (issue 14): the renderers cannot be used to inject formulas or HTML, and mask personal data', () => {
  const oneColumn = (cells: readonly string[]): ReportTable => ({
    id: 'x',
    title: { zh: '注入', en: 'Injection' },
    columns: [{ key: 't', label: { zh: '文本', en: 'Text' }, kind: 'text' }],
    rows: cells.map((t) => ({ t })),
    notes: [],
  });

  it('CSV: guards a formula behind a leading space, BOM or zero-width character, and full-width ＝ ＋ － ＠ (OWASP CSV injection)', () => {
    const cells = [' =1+1', '\u3000=1+1', '\uFEFF=1+1', '\u200B=HYPERLINK("http://x")', '\u200D\u2060+1', '＝1+1', '＋86 571', '－5', '＠SUM(A1)', '﹦1', ' \t=1'];
    const lines = renderCsv(oneColumn(cells), 'en').split('\r\n').slice(1, -1);
    expect(lines).toEqual([
      "' =1+1",
      "'\u3000=1+1",
      "'\uFEFF=1+1",
      '"\'\u200B=HYPERLINK(""http://x"")"',
      "'\u200D\u2060+1",
      "'＝1+1",
      "'＋86 571",
      "'－5",
      "'＠SUM(A1)",
      "'﹦1",
      "' \t=1",
    ]);
  });

  it('CSV: leaves a text that only holds a formula character later alone', () => {
    expect(renderCsv(oneColumn(['a=1', '用电 =1', '1＋1']), 'en').split('\r\n').slice(1, -1)).toEqual(['a=1', '用电 =1', '1＋1']);
  });

  it('Markdown: writes <, > and & as entities and escapes [ and ], in cells, headers, the title and the notes, so that no tag, link or image comes through', () => {
    const t: ReportTable = {
      id: 'x',
      title: { zh: '<script>alert(1)</script>', en: '<b>Title</b>' },
      columns: [{ key: 't', label: { zh: '[文本](javascript:x)', en: 'A & B' }, kind: 'text' }],
      rows: [{ t: '<img src=x onerror=alert(1)>' }, { t: '[点我](javascript:alert(1))' }, { t: '![x](http://evil/x.png)' }, { t: '&lt;b&gt;' }, { t: '<http://evil>' }],
      notes: [{ zh: '<i>说明</i>', en: 'See [here](http://x)' }],
    };
    expect(renderMarkdown(t, 'en')).toBe(
      [
        '### &lt;b&gt;Title&lt;/b&gt;',
        '',
        '| A &amp; B |',
        '| --- |',
        '| &lt;img src=x onerror=alert(1)&gt; |',
        '| \\[点我\\](javascript:alert(1)) |',
        '| !\\[x\\](http://evil/x.png) |',
        '| &amp;lt;b&amp;gt; |',
        '| &lt;http://evil&gt; |',
        '',
        '- See \\[here\\](http://x)',
        '',
      ].join('\n'),
    );
    expect(renderMarkdown(t, 'zh-CN').split('\n')[0]).toBe('### &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('masks personal data in text cells (numbers, e-mail, USCC, and the names passed), not in number cells; unsafeShowPersonalData writes them as they are', () => {
    const t: ReportTable = {
      id: 'x',
      title: { zh: '表', en: 'Table' },
      columns: [
        { key: 't', label: { zh: '文本', en: 'Text' }, kind: 'text' },
        { key: 'n', label: { zh: '数', en: 'N' }, kind: 'count' },
      ],
      rows: [{ t: '王经理 138 0013 8000，wang＠example．com', n: 13800138000 }, { t: '91340600MA2PBP2120', n: 1 }],
      notes: [],
    };
    expect(renderCsv(t, 'en', { names: ['王经理'] }).split('\r\n')).toEqual(['Text,N', '＊＊＊ ＊＊＊，＊＊＊,13800138000', '＊＊＊,1', '']);
    expect(renderMarkdown(t, 'en').split('\n')[4]).toBe('| 王经理 ＊＊＊，＊＊＊ | 13800138000 |');
    expect(renderCsv(t, 'en', { unsafeShowPersonalData: true }).split('\r\n')[2]).toBe('91340600MA2PBP2120,1');
    expect(renderMarkdown(t, 'en', { unsafeShowPersonalData: true, names: ['王经理'] }).split('\n')[4]).toBe('| 王经理 138 0013 8000，wang＠example．com | 13800138000 |');
  });
});
