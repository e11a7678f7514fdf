import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import type { Id } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import type { Issue } from './schema.js';

/**
 * Why an issue counts as recurring (003: "common problems that enterprises raise year after year
 * and that are never solved", 共性问题企业年年提，年年得不到解决): the same kind of problem came back from the same
 * enterprise, or from the same industry.
 *
 * `RecurrenceBasis.values` lists the values in order, `RecurrenceBasis.labels` gives each a zh-CN
 * and an English label, and `RecurrenceBasis.schema` validates one. The type `RecurrenceBasis` is
 * why an issue recurs: `'sameEnterprise'` or `'sameIndustry'`.
 *
 * @example
 * ```ts
 * RecurrenceBasis.labels.sameIndustry.zh; // '同行业企业再次反映'
 * RecurrenceBasis.values; // ['sameEnterprise', 'sameIndustry']
 * ```
 * @category Issue
 */
export const RecurrenceBasis = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    sameEnterprise: { zh: '同一企业再次反映', en: 'Raised again by the same enterprise' },
    sameIndustry: { zh: '同行业企业再次反映', en: 'Raised again in the same industry' },
  }),
))();

export type RecurrenceBasis = EnumValue<typeof RecurrenceBasis>;

/**
 * The rules for spotting recurring problems. The source (003) names the failure but no window, so
 * the defaults are qinqing's (see {@link defaultRecurrencePolicy}).
 *
 * @example
 * ```ts
 * RecurrencePolicySchema.parse({}).windowDays; // 365
 * safeParse(RecurrencePolicySchema, { windowDays: -1 }).ok; // false: path ['windowDays']
 * ```
 * @category Issue
 */
export const RecurrencePolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the rules come from. */
  source: z.string().min(1).default('qinqing defaults'),
  /** An earlier issue counts when it was closed at most this many calendar days before the new submission. */
  windowDays: z.int().min(0).max(3660).default(365),
  /** Look for the same category from the same enterprise (preferred when both match). */
  sameEnterprise: z.boolean().default(true),
  /** Look for the same category from an enterprise of the same industry. */
  sameIndustry: z.boolean().default(true),
  /** The local time zone for counting calendar days, as minutes east of UTC (480: China Standard Time). */
  utcOffsetMinutes: z.int().min(-720).max(840).default(480),
}))();

/**
 * The rules for spotting recurring problems; see {@link RecurrencePolicySchema}.
 *
 * @category Issue
 */
export type RecurrencePolicy = DeepReadonly<z.output<typeof RecurrencePolicySchema>>;

/**
 * qinqing's default recurrence policy: an issue recurs when the same category came from the same
 * enterprise or the same industry and was closed within the previous 365 days (a year: "raised
 * every year", 003), counted in China Standard Time. Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * defaultRecurrencePolicy.sameIndustry; // true
 * ```
 * @category Issue
 */
export const defaultRecurrencePolicy: RecurrencePolicy = /* @__PURE__ */ (() => deepFreeze(RecurrencePolicySchema.parse({})))();

/**
 * A recurring problem: an issue, and the most recent earlier issue of the same category that was
 * closed before it came in.
 *
 * @category Issue
 */
export interface Recurrence {
  /** The issue that recurs. */
  readonly issueId: Id;
  /** The earlier, closed issue it repeats. */
  readonly earlierIssueId: Id;
  /** Same enterprise or same industry. */
  readonly basis: RecurrenceBasis;
  /** The category both share. */
  readonly categoryId: Id;
  /** Local calendar days from the earlier issue's close-out to the later issue's submission. */
  readonly daysAfterClose: number;
}

/** A closed issue, indexed for the search. */
interface Closed {
  readonly id: Id;
  readonly ms: number;
}

const MS_PER_DAY = 86_400_000;

function byTime(a: Closed, b: Closed): number {
  return a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The last entry of a list sorted by time with `ms ≤ t` and another id, or undefined. */
function latestUpTo(list: readonly Closed[], t: number, self: Id): Closed | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Closed).ms <= t) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const c = list[i] as Closed;
    if (c.id !== self) return c;
  }
  return undefined;
}

function push(index: Map<Id, Map<string, Closed[]>>, categoryId: Id, key: string, entry: Closed): void {
  let byKey = index.get(categoryId);
  if (byKey === undefined) index.set(categoryId, (byKey = new Map()));
  const list = byKey.get(key);
  if (list === undefined) byKey.set(key, [entry]);
  else list.push(entry);
}

/**
 * Finds recurring problems (003: "common problems raised every year and never solved"). An issue
 * with a category recurs when an earlier issue of the same category was closed (state closed,
 * `closedAt` set) at or before the new issue's submission, at most `windowDays` local calendar
 * days before it, and came from the same enterprise (basis `'sameEnterprise'`, preferred) or from
 * an enterprise of the same industry (basis `'sameIndustry'`; enterprises missing from
 * `industryOf` have none). The most recent such issue is reported (among equal close-out times,
 * the greatest id). Issue ids are taken to be unique. O(n log n): closed issues are grouped by
 * category and enterprise or industry and sorted by time, and each issue is looked up by binary
 * search. The output is sorted by issue id.
 *
 * @param issues - The issues, of any states.
 * @param industryOf - The industry of each enterprise, by enterprise id (e.g. an industry code).
 * @param policy - The rules; {@link defaultRecurrencePolicy} when omitted.
 * @returns One line per recurring issue, by issue id.
 * @example
 * ```ts
 * findRecurrences(issues, { e1: 'C17', e2: 'C17' });
 * // [{ issueId: 'i9', earlierIssueId: 'i2', basis: 'sameEnterprise', categoryId: 'power', daysAfterClose: 320 }]
 * ```
 * @category Issue
 */
export function findRecurrences(
  issues: readonly Issue[],
  industryOf: Readonly<Record<Id, string>>,
  policy: RecurrencePolicy = defaultRecurrencePolicy,
): readonly Recurrence[] {
  const industry = (enterpriseId: Id): string | undefined => (Object.hasOwn(industryOf, enterpriseId) ? industryOf[enterpriseId] : undefined);
  const byEnterprise = new Map<Id, Map<string, Closed[]>>();
  const byIndustry = new Map<Id, Map<string, Closed[]>>();
  for (const issue of issues) {
    if (issue.state !== 'closed' || issue.closedAt === null || issue.categoryId === null) continue;
    const ms = Date.parse(issue.closedAt);
    if (Number.isNaN(ms)) continue;
    const entry: Closed = { id: issue.id, ms };
    if (policy.sameEnterprise) push(byEnterprise, issue.categoryId, issue.enterpriseId, entry);
    const ind = policy.sameIndustry ? industry(issue.enterpriseId) : undefined;
    if (ind !== undefined) push(byIndustry, issue.categoryId, ind, entry);
  }
  for (const index of [byEnterprise, byIndustry]) for (const byKey of index.values()) for (const list of byKey.values()) list.sort(byTime);

  const offsetMs = policy.utcOffsetMinutes * 60_000;
  const localDayOf = (ms: number): number => Math.floor((ms + offsetMs) / MS_PER_DAY);
  const found: Recurrence[] = [];
  for (const issue of issues) {
    const categoryId = issue.categoryId;
    if (categoryId === null) continue;
    const t = Date.parse(issue.submittedAt);
    if (Number.isNaN(t)) continue;
    const day = localDayOf(t);
    const within = (c: Closed | undefined): c is Closed => c !== undefined && day - localDayOf(c.ms) <= policy.windowDays;
    let basis: Recurrence['basis'] = 'sameEnterprise';
    let earlier = policy.sameEnterprise ? latestUpTo(byEnterprise.get(categoryId)?.get(issue.enterpriseId) ?? [], t, issue.id) : undefined;
    if (!within(earlier)) {
      basis = 'sameIndustry';
      const ind = policy.sameIndustry ? industry(issue.enterpriseId) : undefined;
      earlier = ind === undefined ? undefined : latestUpTo(byIndustry.get(categoryId)?.get(ind) ?? [], t, issue.id);
      if (!within(earlier)) continue;
    }
    found.push({ issueId: issue.id, earlierIssueId: earlier.id, basis, categoryId, daysAfterClose: day - localDayOf(earlier.ms) });
  }
  return found.sort((a, b) => (a.issueId < b.issueId ? -1 : a.issueId > b.issueId ? 1 : 0));
}
