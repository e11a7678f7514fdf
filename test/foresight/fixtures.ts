/**
 * Hand-made data for the foresight tests (未诉先办, 国办函〔2025〕66号): a few enterprises in two
 * counties and two parks, and a helper that writes an issue on a local date.
 */
import { foresight, type ForesightEnterprise, type ForesightIssue, type ForesightOptions, type ForesightReport, type ForesightVisit } from '../../src/report/index.js';

export const SOURCE = '国办函〔2025〕66号 未诉先办';
export const LISHUI = '003 Lishui 年年提';

/** e1–e4 in county c1 (e1, e2 in park p1), e5–e6 in county c2 (park p2); C34 and C17 industries. */
export const enterprises: readonly ForesightEnterprise[] = [
  { id: 'e1', industry: 'C3411', countyId: 'c1', parkId: 'p1' },
  { id: 'e2', industry: 'C3420', countyId: 'c1', parkId: 'p1' },
  { id: 'e3', industry: 'C3411', countyId: 'c1' },
  { id: 'e4', industry: 'C1711', countyId: 'c1', parkId: null },
  { id: 'e5', industry: 'C3411', countyId: 'c2', parkId: 'p2' },
  { id: 'e6', industry: 'C3411', countyId: 'c2', parkId: 'p2' },
];

let serial = 0;

/** An issue of `categoryId` from `enterpriseId` submitted at 09:00 China time on `day`. */
export function issue(enterpriseId: string, categoryId: string | null, day: string, more: Partial<ForesightIssue> = {}): ForesightIssue {
  serial++;
  return { id: `i${String(serial).padStart(5, '0')}`, enterpriseId, categoryId, title: '停电影响生产', submittedAt: `${day}T09:00:00+08:00`, state: 'assigned', answer: null, ...more };
}

/** `count` issues of one category, the enterprises taken in turn, on days 1, 2, … of `month` (`YYYY-MM`). */
export function many(count: number, categoryId: string, month: string, enterpriseIds: readonly string[], more: Partial<ForesightIssue> = {}): ForesightIssue[] {
  return Array.from({ length: count }, (_, k) => issue(enterpriseIds[k % enterpriseIds.length] as string, categoryId, `${month}-${String((k % 28) + 1).padStart(2, '0')}`, more));
}

export const march2026 = { from: '2026-03-01', to: '2026-03-31' } as const;

/** The report, or the test fails with the error's message. */
export function run(issues: readonly ForesightIssue[], options: ForesightOptions = { period: march2026 }, visits: readonly ForesightVisit[] = [], ents: readonly ForesightEnterprise[] = enterprises): ForesightReport {
  const r = foresight(issues, visits, ents, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
