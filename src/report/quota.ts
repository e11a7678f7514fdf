import type { Locale } from '../core/schema.js';
import { deepFreeze } from '../internal/freeze.js';
import type { QuotaLine } from '../pairing/quota.js';
import { nameOf, type ReportNames } from './names.js';
import type { ReportColumn, ReportRow, ReportTable } from './table.js';
import { byCodeUnit } from '../internal/compare.js';

/**
 * Options of {@link quotaShortfallReport}.
 *
 * @category Report
 */
export interface QuotaShortfallOptions {
  /** The language of the report (the rows hold names and numbers only). */
  readonly locale: Locale;
  /** Names to show instead of adviser and enterprise ids. */
  readonly names?: ReportNames;
}

const quotaColumns: readonly ReportColumn[] = /* @__PURE__ */ deepFreeze([
  { key: 'adviser', label: { zh: '联系干部', en: 'Cadre' }, kind: 'text' },
  { key: 'enterprise', label: { zh: '联系企业', en: 'Enterprise' }, kind: 'text' },
  { key: 'solved', label: { zh: '已解决问题', en: 'Problems solved' }, kind: 'count' },
  { key: 'required', label: { zh: '应解决问题', en: 'Required' }, kind: 'count' },
  { key: 'shortfall', label: { zh: '差额', en: 'Shortfall' }, kind: 'count' },
]);


/**
 * The cadres below their problem quota (003: each contact cadre solves at least 2 real problems a
 * year for each enterprise it is paired with): one row per line of {@link qinqing/pairing!problemQuota} that is
 * not met, with the cadre, the enterprise, the problems solved, the number required and the
 * shortfall (required − solved). Worst first: by shortfall, largest first, then by adviser id,
 * enterprise id and pairing id (code-unit order). An empty table means every held pairing met
 * its quota.
 *
 * @param lines - The quota lines, e.g. `unwrap(problemQuota(advisers, pairings, issues, policy, year))`.
 * @param options - The locale, and optionally names for advisers and enterprises.
 * @returns The table (id `'quotaShortfall'`), plain JSON.
 * @example
 * ```ts
 * const lines = [{ pairingId: 'p1', adviserId: 'l1', enterpriseId: 'e1', solved: 1, required: 2, met: false }];
 * quotaShortfallReport(lines, { locale: 'en', names: { advisers: { l1: '王敏' } } }).rows;
 * // [{ adviser: '王敏', enterprise: 'e1', solved: 1, required: 2, shortfall: 1 }]
 * ```
 * @category Report
 */
export function quotaShortfallReport(lines: readonly QuotaLine[], options: QuotaShortfallOptions): ReportTable {
  const names = options.names;
  const below = lines
    .filter((l) => !l.met)
    .map((l) => ({ line: l, shortfall: Math.max(0, l.required - l.solved) }))
    .sort(
      (a, b) =>
        b.shortfall - a.shortfall ||
        byCodeUnit(a.line.adviserId, b.line.adviserId) ||
        byCodeUnit(a.line.enterpriseId, b.line.enterpriseId) ||
        byCodeUnit(a.line.pairingId, b.line.pairingId),
    );
  const rows = below.map(
    ({ line, shortfall }): ReportRow => ({
      adviser: nameOf(names?.advisers, line.adviserId),
      enterprise: nameOf(names?.enterprises, line.enterpriseId),
      solved: line.solved,
      required: line.required,
      shortfall,
    }),
  );
  return {
    id: 'quotaShortfall',
    title: { zh: '未完成解决问题任务的联系干部', en: 'Cadres below their problem quota' },
    columns: quotaColumns,
    rows,
    notes: [
      {
        zh: '003：联系干部每年为每家联系企业解决实际问题不少于规定件数；只计整个考核期内在联系的干部；问题以销号日期（北京时间）或答复日期计入。',
        en: '003: each contact cadre solves at least the set number of problems a year for each enterprise it is paired with; only pairings that lasted the whole period are held to it; a problem counts on the China local date it was closed, else answered.',
      },
    ],
  };
}
