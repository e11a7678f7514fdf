import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { maskPersonalData } from '../../src/privacy/index.js';
import { formatRate, renderCsv, renderMarkdown, type ReportCell, type ReportColumn, type ReportTable } from '../../src/report/index.js';

/**
 * A strict RFC 4180 reader: records end with CRLF (the last one too), fields are separated by
 * commas, a quoted field may hold commas, CR, LF and doubled quotes. A bare CR or LF outside quotes,
 * a quote inside an unquoted field, or text after a closing quote is an error.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return records;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += ch;
        i++;
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote in an unquoted field at ${i}`);
        field += text[i];
        i++;
      }
    }
    fields.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      records.push(fields);
      fields = [];
      if (i === n) return records;
      continue;
    }
    throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 5))}`);
  }
}

/** What the guard does to a text field (Part 9: also behind white space, a BOM or zero-width characters, and full-width). */
const guarded = (s: string): string => (/^(?:[\t\r]|[\s\p{Cf}\p{Default_Ignorable_Code_Point}]*[=+\-@＝＋－＠﹦﹢﹣﹫])/u.test(s) ? `'${s}` : s);

/** Strings rich in what CSV and Markdown must escape, and in CJK. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', '"', '\r', '\n', '\r\n', '|', '\\', '=', '+', '-', '@', '\t', "'", ' ', '中', '诉求', '满意率', '—', '😀', '＝', '\uFEFF', '\u200B', '<', '&', '[', '13800138000'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 12,
});

const kind = fc.constantFrom<ReportColumn['kind']>('text', 'count', 'rate', 'date');
const cell: fc.Arbitrary<ReportCell> = fc.oneof(tricky, fc.integer({ min: -1000, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null));

const tableArb: fc.Arbitrary<ReportTable> = fc
  .array(fc.record({ zh: tricky, en: tricky, kind }), { minLength: 1, maxLength: 5 })
  .chain((cols) =>
    fc.record({
      columns: fc.constant(cols.map((c, i): ReportColumn => ({ key: `c${i}`, label: { zh: c.zh, en: c.en }, kind: c.kind }))),
      rows: fc.array(fc.tuple(...cols.map(() => cell)), { maxLength: 6 }),
      title: fc.record({ zh: tricky, en: tricky }),
      notes: fc.array(fc.record({ zh: tricky, en: tricky }), { maxLength: 2 }),
    }),
  )
  .map(({ columns, rows, title, notes }) => ({
    id: 't',
    title,
    columns,
    rows: rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v]))),
    notes,
  }));

const expectedText = (c: ReportColumn, v: ReportCell | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? guarded(maskPersonalData(v)) : c.kind === 'rate' ? formatRate(v) : String(v);

test.prop([tableArb, fc.constantFrom('zh-CN', 'en' as const)])(
  'renderCsv output parses back (RFC 4180) to exactly the guarded header and cell texts',
  (table, locale) => {
    const csv = renderCsv(table, locale);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parseCsv(csv);
    expect(records).toEqual([
      table.columns.map((c) => guarded(locale === 'en' ? c.label.en : c.label.zh)),
      ...table.rows.map((r) => table.columns.map((c) => expectedText(c, r[c.key]))),
    ]);
  },
);

test.prop([tableArb])('with rates as numbers, every number cell parses back to the same number', (table) => {
  const records = parseCsv(renderCsv(table, 'en', { rates: 'number' })).slice(1);
  table.rows.forEach((r, i) =>
    table.columns.forEach((c, j) => {
      const v = r[c.key];
      if (typeof v === 'number') expect(Number(records[i]?.[j])).toBe(v);
    }),
  );
});

test.prop([tableArb, fc.constantFrom('zh-CN', 'en' as const)])(
  'renderMarkdown writes one line per row, each with as many cells as the header',
  (table, locale) => {
    const lines = renderMarkdown(table, locale).split('\n');
    const tableLines = lines.filter((l) => l.startsWith('| '));
    expect(tableLines).toHaveLength(table.rows.length + 2);
    const unescapedPipes = (l: string) => l.split(/(?<!(?:^|[^\\])(?:\\\\)*\\)\|/).length - 1;
    for (const l of tableLines) expect(unescapedPipes(l)).toBe(table.columns.length + 1);
    expect(lines).toHaveLength(2 + table.rows.length + 2 + (table.notes.length > 0 ? table.notes.length + 1 : 0) + 1);
  },
);

test.prop([tableArb, fc.constantFrom('zh-CN', 'en' as const)])(
  'Part 9 (issue 14): renderMarkdown lets no HTML tag and no link or image through: the only tags are its own <br>, every [ and ] is escaped, every & starts an entity it wrote',
  (table, locale) => {
    const md = renderMarkdown(table, locale);
    expect(md.replace(/<br>/g, '')).not.toMatch(/[<>]/);
    expect(md).not.toMatch(/(?<!(?:^|[^\\])(?:\\\\)*\\)[[\]]/);
    expect(md.replace(/&(?:amp|lt|gt);/g, '')).not.toContain('&');
  },
);
