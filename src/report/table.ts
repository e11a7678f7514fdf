import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, IdSchema, inLocale, type Locale } from '../core/schema.js';
import { personalDataMasker } from '../privacy/mask.js';

/**
 * Validates the kind of a report column, which says how its cells are written:
 * - `'text'`: a string as it is;
 * - `'count'`: a number as it is (no thousands separator);
 * - `'rate'`: a number from 0 to 1 written as a percentage with one decimal (0.935 → `93.5%`);
 * - `'date'`: a `YYYY-MM-DD` string as it is.
 *
 * @example
 * ```ts
 * ReportColumnKindSchema.options; // ['text', 'count', 'rate', 'date']
 * ```
 * @category Report
 */
export const ReportColumnKindSchema = /* @__PURE__ */ (() => z.enum(['text', 'count', 'rate', 'date']))();

/**
 * The kind of a report column; see {@link ReportColumnKindSchema}.
 *
 * @category Report
 */
export type ReportColumnKind = z.infer<typeof ReportColumnKindSchema>;

/**
 * Validates a report column: the key of its cells in each row, its header in Chinese and English,
 * and its kind.
 *
 * @example
 * ```ts
 * ReportColumnSchema.parse({ key: 'received', label: { zh: '受理数', en: 'Received' }, kind: 'count' }).kind; // 'count'
 * ```
 * @category Report
 */
export const ReportColumnSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The key of the column's cells in each row. */
  key: z.string().min(1).max(128),
  /** The header in Chinese and English. */
  label: BilingualTextSchema,
  /** How the cells are written; see {@link ReportColumnKindSchema}. */
  kind: ReportColumnKindSchema,
}))();

/**
 * A report column; see {@link ReportColumnSchema}.
 *
 * @category Report
 */
export type ReportColumn = DeepReadonly<z.infer<typeof ReportColumnSchema>>;

/**
 * Validates one cell of a report: a string, a finite number, or null (no data: a rate with a zero
 * denominator, a date that has not happened).
 *
 * @example
 * ```ts
 * ReportCellSchema.safeParse(Number.NaN).success; // false
 * ```
 * @category Report
 */
export const ReportCellSchema = /* @__PURE__ */ (() => z.union([z.string(), z.number(), z.null()]))();

/**
 * One cell of a report; see {@link ReportCellSchema}.
 *
 * @category Report
 */
export type ReportCell = z.infer<typeof ReportCellSchema>;

/**
 * One row of a report: cells by column key. A key no column names is ignored by the renderers; a
 * column without a cell in the row is rendered as null.
 *
 * @category Report
 */
export type ReportRow = Readonly<Record<string, ReportCell>>;

/**
 * Validates a report table as plain JSON — e.g. one a worker built and sent back — before it is
 * rendered or stored: an id, a bilingual title, the columns, the rows (cells by column key) and
 * bilingual notes. The builders of `qinqing/report` write text cells in one locale; titles, headers
 * and notes stay bilingual so that the renderers can pick the locale.
 *
 * @example
 * ```ts
 * ReportTableSchema.safeParse({ id: 't', title: { zh: '表', en: 'Table' }, columns: [], rows: [], notes: [] }).success; // true
 * ```
 * @category Report
 */
export const ReportTableSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The id of the report, e.g. `'ledger'`. */
  id: IdSchema,
  /** The title in Chinese and English. */
  title: BilingualTextSchema,
  /** The columns, in display order. */
  columns: z.array(ReportColumnSchema),
  /** The rows, in display order: cells by column key. */
  rows: z.array(z.record(z.string(), ReportCellSchema)),
  /** Notes shown below the table (how it was counted, the period, the source). */
  notes: z.array(BilingualTextSchema),
}))();

/**
 * A report table as plain data; see {@link ReportTableSchema}. Render it with
 * {@link renderMarkdown} or {@link renderCsv}.
 *
 * @category Report
 */
export type ReportTable = DeepReadonly<Omit<z.infer<typeof ReportTableSchema>, 'rows'>> & { readonly rows: readonly ReportRow[] };

/**
 * Writes a rate (a share from 0 to 1) as a percentage with one decimal, rounded half up:
 * 0.935 → `'93.5%'`, 1 → `'100.0%'`, 0 → `'0.0%'`.
 *
 * @param rate - The rate, e.g. a value of `rates(...)`.
 * @returns The percentage text.
 * @example
 * ```ts
 * formatRate(935 / 1000); // '93.5%'
 * formatRate(2 / 3); // '66.7%'
 * ```
 * @category Report
 */
export function formatRate(rate: number): string {
  // Tenths of a percent, rounded; dividing an integer by 10 gives the double nearest to x.y.
  const tenths = Math.round(rate * 1000);
  return `${(tenths / 10).toFixed(1)}%`;
}

/** The text of a cell, or null for no data (null, a missing cell, a number that is not finite). */
function cellText(column: ReportColumn, cell: ReportCell | undefined, rates: 'percent' | 'number'): string | null {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string') return cell;
  if (!Number.isFinite(cell)) return null;
  return column.kind === 'rate' && rates === 'percent' ? formatRate(cell) : String(cell);
}

const cellOf = (row: ReportRow, key: string): ReportCell | undefined => (Object.hasOwn(row, key) ? row[key] : undefined);

/**
 * Markdown text that shows as written and cannot inject HTML or links: backslashes, `[`, `]` and
 * (in a table) pipes escaped with a backslash, `&`, `<` and `>` written as entities. A `]` or `[`
 * escaped cannot open a link or an image (`[x](…)`, `![x](…)`), and `<` as `&lt;` opens no tag and
 * no autolink.
 */
const mdText = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** A Markdown table cell: escaped ({@link mdText}), line breaks as `<br>`. */
const mdCell = (s: string): string => mdText(s).replace(/\r\n|\r|\n/g, '<br>');

/** A line of Markdown outside the table: escaped ({@link mdText}), line breaks as spaces. Internal (not in the barrel): also used by the campaign report's renderer. */
export const mdLine = (s: string): string => mdText(s).replace(/\r\n|\r|\n/g, ' ');

/**
 * Options of {@link renderMarkdown} (and, with more, {@link renderCsv}): personal data in the cells.
 *
 * @category Report
 */
export interface RenderOptions {
  /**
   * Names to mask in the text cells (enterprise names, contact persons), on top of the telephone,
   * ID-card and bank-card numbers, USCCs and e-mail addresses masked always; see
   * `maskPersonalData` in `qinqing/privacy`.
   */
  readonly names?: readonly string[];
  /**
   * Unsafe: `true` writes text cells as they are, personal data included — for a file that never
   * leaves the office. Off by default.
   */
  readonly unsafeShowPersonalData?: boolean;
}

/** The masking of text cells that the options ask for. */
const cellMasker = (options: RenderOptions): ((s: string) => string) =>
  options.unsafeShowPersonalData === true ? (s) => s : personalDataMasker({ names: Array.isArray(options.names) ? options.names : [] });

/**
 * Renders a report table as GitHub-flavoured Markdown: the title as a level-3 heading, then the
 * table, then each note as a list item. Headers, title and notes are in `locale`; the cells are
 * written as the builders made them. Count and rate columns are right-aligned. In cells:
 * rates are percentages with one decimal ({@link formatRate}: 0.935 → `93.5%`), null, a missing
 * cell or a number that is not finite is `—`, and line breaks become `<br>`.
 *
 * **Personal data** in text cells is masked (`maskPersonalData` of `qinqing/privacy`: telephone,
 * ID-card and bank-card numbers, USCCs, e-mail addresses, and `options.names`) unless
 * `options.unsafeShowPersonalData` is `true`.
 *
 * **No HTML or links from the data:** in cells, headers, the title and the notes, `&`, `<` and `>`
 * are written as entities and backslashes, `|`, `[` and `]` are escaped, so that a cell such as
 * `<img src=x onerror=…>` or `[点我](javascript:…)` shows as text. Emphasis (`*`, `_`) is left as
 * it is. Lines end with `\n`, the last one too.
 *
 * @param table - The table.
 * @param locale - `'zh-CN'` or `'en'`: the language of the title, headers and notes.
 * @param options - Names to mask in text cells; `unsafeShowPersonalData` to mask nothing.
 * @returns The Markdown text.
 * @example
 * ```ts
 * const table = { id: 't', title: { zh: '满意率', en: 'Satisfaction' }, notes: [],
 *   columns: [{ key: 'unit', label: { zh: '单位', en: 'Unit' }, kind: 'text' }, { key: 'rate', label: { zh: '满意率', en: 'Rate' }, kind: 'rate' }],
 *   rows: [{ unit: 'A|B', rate: 0.935 }, { unit: 'C', rate: null }] } as const;
 * renderMarkdown(table, 'en');
 * // '### Satisfaction\n\n| Unit | Rate |\n| --- | ---: |\n| A\\|B | 93.5% |\n| C | — |\n'
 * ```
 * @category Report
 */
export function renderMarkdown(table: ReportTable, locale: Locale, options: RenderOptions = {}): string {
  const mask = cellMasker(options);
  const lines: string[] = [`### ${mdLine(inLocale(table.title, locale))}`, ''];
  if (table.columns.length > 0) {
    lines.push(`| ${table.columns.map((c) => mdCell(inLocale(c.label, locale))).join(' | ')} |`);
    lines.push(`| ${table.columns.map((c) => (c.kind === 'count' || c.kind === 'rate' ? '---:' : '---')).join(' | ')} |`);
    for (const row of table.rows) {
      lines.push(`| ${table.columns.map((c) => {
        const cell = cellOf(row, c.key);
        const text = cellText(c, cell, 'percent');
        return text === null ? '—' : mdCell(typeof cell === 'string' ? mask(text) : text);
      }).join(' | ')} |`);
    }
  }
  if (table.notes.length > 0) {
    lines.push('');
    for (const note of table.notes) lines.push(`- ${mdLine(inLocale(note, locale))}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Options of {@link renderCsv}.
 *
 * @category Report
 */
export interface RenderCsvOptions extends RenderOptions {
  /**
   * How rate cells are written: `'percent'` (the default) as in Markdown, `93.5%` — which Excel and
   * LibreOffice read back as the number 0.935 formatted as a percentage — or `'number'`, the rate
   * itself (`0.935`, full precision) for programs that read the file.
   */
  readonly rates?: 'percent' | 'number';
  /**
   * Whether to start with a UTF-8 byte order mark (U+FEFF). Off by default: RFC 4180 and most CSV
   * readers (databases, pandas without `utf-8-sig`, `cut`) take it as part of the first header.
   * Turn it on for a file that people open in Excel by double-clicking: without it, Excel reads
   * the file in the system's legacy code page and Chinese text comes out garbled.
   */
  readonly bom?: boolean;
}

/**
 * A text cell that a spreadsheet would run as a formula (OWASP's CSV injection list: `=`, `+`, `-`,
 * `@`, tab, CR), also behind leading white space, a byte order mark or zero-width characters, and
 * in full-width or small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), which spreadsheets may read as their ASCII twins.
 */
const FORMULA_START = /^(?:[\t\r]|[\s\p{Cf}\p{Default_Ignorable_Code_Point}]*[=+\-@＝＋－＠﹦﹢﹣﹫])/u;

/** A CSV field: a text guarded against formula injection, then quoted when needed. */
function csvField(text: string, guard: boolean): string {
  const s = guard && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Renders a report table as CSV (RFC 4180): a header row of the column labels in `locale`, then
 * one record per row, each record ending with CRLF (the last one too). A field containing a comma,
 * a double quote, CR or LF is enclosed in double quotes with its quotes doubled. Null, a missing
 * cell and a number that is not finite give an empty field; rates are written as percentages
 * (`93.5%`, see {@link formatRate}) or, with `rates: 'number'`, as numbers. The title and notes are
 * not written: CSV holds the data only.
 *
 * **Formula injection guard:** a text field (a header or a string cell) that begins with `=`, `+`,
 * `-`, `@`, a tab or CR — also after spaces, a byte order mark or zero-width characters, and in
 * the full-width forms ＝ ＋ － ＠ — gets a leading `'`, so that Excel, LibreOffice and Google Sheets
 * show it as text instead of running it as a formula (a cell such as `=HYPERLINK(...)` from an
 * enterprise's own words). Number cells are never changed, so `-3` stays a number.
 *
 * **Personal data** in string cells is masked as in {@link renderMarkdown}, unless
 * `unsafeShowPersonalData` is `true`.
 *
 * @param table - The table.
 * @param locale - `'zh-CN'` or `'en'`: the language of the header row.
 * @param options - How rates are written (`'percent'` by default), whether to add a UTF-8 BOM for Excel (off by default), names to mask, and `unsafeShowPersonalData`.
 * @returns The CSV text.
 * @example
 * ```ts
 * const table = { id: 't', title: { zh: '表', en: 'Table' }, notes: [],
 *   columns: [{ key: 'title', label: { zh: '标题', en: 'Title' }, kind: 'text' }, { key: 'rate', label: { zh: '满意率', en: 'Rate' }, kind: 'rate' }],
 *   rows: [{ title: '用电, "增容"', rate: 0.935 }, { title: '=1+1', rate: null }] } as const;
 * renderCsv(table, 'en');
 * // 'Title,Rate\r\n"用电, ""增容""",93.5%\r\n\'=1+1,\r\n'
 * ```
 * @category Report
 */
export function renderCsv(table: ReportTable, locale: Locale, options: RenderCsvOptions = {}): string {
  const rates = options.rates ?? 'percent';
  const mask = cellMasker(options);
  const records: string[] = [table.columns.map((c) => csvField(inLocale(c.label, locale), true)).join(',')];
  for (const row of table.rows) {
    records.push(
      table.columns
        .map((c) => {
          const cell = cellOf(row, c.key);
          const text = cellText(c, cell, rates);
          return text === null ? '' : typeof cell === 'string' ? csvField(mask(text), true) : csvField(text, false);
        })
        .join(','),
    );
  }
  return `${options.bom === true ? '\uFEFF' : ''}${records.join('\r\n')}\r\n`;
}
