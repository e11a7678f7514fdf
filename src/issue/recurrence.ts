import * as z from 'zod';
import type { DeepReadonly } from '../core/readonly.js';
import type { Id } from '../core/schema.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { byCodeUnit } from '../internal/compare.js';
import { deepFreeze } from '../internal/freeze.js';
import { instantMs } from '../internal/instant.js';
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
 * What became of the earlier issue that a problem repeats (issue 17, after 003: "common problems
 * that enterprises raise year after year and that are never solved", 共性问题企业年年提，年年得不到解决):
 * it was answered as unsolvable (暂不能解决, even if closed since), it was still open when the problem
 * was raised again, or it was closed within the policy's window before. The values are listed in the
 * order {@link findRecurrences} prefers them.
 *
 * `RecurrenceStatus.values` lists the values in order, `RecurrenceStatus.labels` gives each a zh-CN
 * and an English label, and `RecurrenceStatus.schema` validates one. The type `RecurrenceStatus` is
 * the earlier issue's status: `'answeredUnsolvable'`, `'stillOpen'` or `'closedRecently'`.
 *
 * @example
 * ```ts
 * RecurrenceStatus.labels.stillOpen.zh; // '前次诉求尚未办结'
 * RecurrenceStatus.values; // ['answeredUnsolvable', 'stillOpen', 'closedRecently']
 * ```
 * @category Issue
 */
export const RecurrenceStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    answeredUnsolvable: { zh: '前次诉求答复暂不能解决', en: 'Earlier issue answered as unsolvable' },
    stillOpen: { zh: '前次诉求尚未办结', en: 'Earlier issue still open' },
    closedRecently: { zh: '前次诉求销号后再次反映', en: 'Raised again after a recent close-out' },
  }),
))();

export type RecurrenceStatus = EnumValue<typeof RecurrenceStatus>;

/**
 * The rules for spotting recurring problems. The source (003) names the failure ("raised every
 * year") but no window, so the defaults are qinqing's (see {@link defaultRecurrencePolicy}).
 *
 * @example
 * ```ts
 * RecurrencePolicySchema.parse({}).windowDays; // 425
 * safeParse(RecurrencePolicySchema, { windowDays: -1 }).ok; // false: path ['windowDays']
 * ```
 * @category Issue
 */
export const RecurrencePolicySchema = /* @__PURE__ */ (() => z.strictObject({
  /** Where the rules come from. */
  source: z.string().min(1).default('qinqing defaults'),
  /**
   * A closed earlier issue counts when it was closed at most this many local calendar days before
   * the new submission. Open and unsolvable earlier issues count however old they are. Default 425
   * (qinqing's figure): a year and two months, so that next year's survey, held some weeks later
   * than this year's, still finds this year's problems (issue 17).
   */
  windowDays: z.int().min(0).max(3660).default(425),
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
 * enterprise or the same industry and the earlier issue was answered as unsolvable, was still open,
 * or was closed within the previous 425 days (qinqing's figure: "the next year" of 003's "raised
 * every year", with two months' slack for a survey held some weeks later, issue 17), counted in
 * China Standard Time. Frozen: parse a copy to change it.
 *
 * @example
 * ```ts
 * defaultRecurrencePolicy.windowDays; // 425
 * defaultRecurrencePolicy.sameIndustry; // true
 * ```
 * @category Issue
 */
export const defaultRecurrencePolicy: RecurrencePolicy = /* @__PURE__ */ (() => deepFreeze(RecurrencePolicySchema.parse({})))();

/**
 * A recurring problem: an issue, and the earlier issue of the same category it repeats.
 *
 * @category Issue
 */
export interface Recurrence {
  /** The issue that recurs. */
  readonly issueId: Id;
  /** The earlier issue it repeats. */
  readonly earlierIssueId: Id;
  /** Same enterprise or same industry. */
  readonly basis: RecurrenceBasis;
  /** What became of the earlier issue: answered as unsolvable, still open, or closed recently. */
  readonly status: RecurrenceStatus;
  /** The category both share. */
  readonly categoryId: Id;
  /** Local calendar days from the earlier issue's submission to the later issue's submission. */
  readonly daysAfterRaised: number;
  /** Local calendar days from the earlier issue's close-out to the later issue's submission; null unless `'closedRecently'`. */
  readonly daysAfterClose: number | null;
}

/** An earlier issue, indexed for the search: `ms` is the time the list is sorted by. */
interface Entry {
  readonly id: Id;
  readonly ms: number;
  /** Its submission, epoch ms. */
  readonly raised: number;
  /** When it stopped being open: its close-out, or Infinity while it is not closed. */
  readonly until: number;
}

/** The earlier issues of one category from one enterprise or one industry. */
interface Group {
  /** Answered as unsolvable, by submission. */
  readonly unsolvable: Entry[];
  /** Closed, by close-out. */
  readonly closed: Entry[];
  /** Not withdrawn, by submission; consumed by the sweep. */
  readonly open: Entry[];
  /** How many of `open` the sweep has pushed onto `stack`. */
  next: number;
  /** The pushed entries, by submission, with those closed by the sweep's time popped from the top. */
  readonly stack: Entry[];
}

const MS_PER_DAY = 86_400_000;

function byTime(a: Entry, b: Entry): number {
  return a.ms - b.ms || byCodeUnit(a.id, b.id);
}

/** The last entry of a list sorted by time with `ms ≤ t` and another id, or undefined. */
function latestUpTo(list: readonly Entry[], t: number, self: Id): Entry | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Entry).ms <= t) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const c = list[i] as Entry;
    if (c.id !== self) return c;
  }
  return undefined;
}

/** The top of the stack once the entries closed at or before `t` are popped from it (they stay closed for every later `t`). */
function openTop(stack: Entry[], t: number): Entry | undefined {
  while (stack.length > 0 && (stack[stack.length - 1] as Entry).until <= t) stack.pop();
  return stack[stack.length - 1];
}

/**
 * The latest-submitted entry of the group open at `t` (submitted at or before it, not closed by
 * it) with another id than `self`. Calls must come in ascending `t`: each entry is pushed and
 * popped at most once over all calls.
 */
function latestOpenAt(g: Group, t: number, self: Id): Entry | undefined {
  while (g.next < g.open.length && (g.open[g.next] as Entry).ms <= t) g.stack.push(g.open[g.next++] as Entry);
  const top = openTop(g.stack, t);
  if (top === undefined || top.id !== self) return top;
  g.stack.pop();
  const below = openTop(g.stack, t);
  g.stack.push(top);
  return below;
}

function groupOf(index: Map<Id, Map<string, Group>>, categoryId: Id, key: string): Group {
  let byKey = index.get(categoryId);
  if (byKey === undefined) index.set(categoryId, (byKey = new Map()));
  let g = byKey.get(key);
  if (g === undefined) byKey.set(key, (g = { unsolvable: [], closed: [], open: [], next: 0, stack: [] }));
  return g;
}

/**
 * Finds recurring problems (issue 17, after 003: "common problems raised every year and never
 * solved"). An issue with a category recurs when an earlier issue of the same category, from the
 * same enterprise (basis `'sameEnterprise'`, preferred) or from an enterprise of the same industry
 * (basis `'sameIndustry'`; enterprises missing from `industryOf` have none), was submitted at or
 * before it (another id) and
 *
 * - its answer is `'unsolvable'` (暂不能解决), whatever its state now: status `'answeredUnsolvable'`;
 * - or it was open at the new submission (neither withdrawn nor closed at or before it): `'stillOpen'`;
 * - or it was closed (state closed) at or before the new submission, at most `windowDays` local
 *   calendar days before it: `'closedRecently'`.
 *
 * One earlier issue is reported per recurring issue: the first status of that list that any has,
 * and of those the latest (by submission for the first two, by close-out for the third; among
 * equal times the greatest id). Issue ids are taken to be unique. O(n log n): the issues are
 * grouped by category and enterprise or industry and sorted by time; closed and unsolvable ones
 * are found by binary search, open ones by one sweep in submission order. The output is sorted by
 * issue id.
 *
 * @param issues - The issues, of any states.
 * @param industryOf - The industry of each enterprise, by enterprise id (e.g. an industry code).
 * @param policy - The rules; {@link defaultRecurrencePolicy} when omitted.
 * @returns One line per recurring issue, by issue id.
 * @example
 * ```ts
 * findRecurrences(issues, { e1: 'C17', e2: 'C17' });
 * // [{ issueId: 'i9', earlierIssueId: 'i2', basis: 'sameEnterprise', status: 'closedRecently', categoryId: 'power', daysAfterRaised: 338, daysAfterClose: 320 }]
 * ```
 * @category Issue
 */
export function findRecurrences(
  issues: readonly Issue[],
  industryOf: Readonly<Record<Id, string>>,
  policy: RecurrencePolicy = defaultRecurrencePolicy,
): readonly Recurrence[] {
  const industry = (enterpriseId: Id): string | undefined => (Object.hasOwn(industryOf, enterpriseId) ? industryOf[enterpriseId] : undefined);
  const byEnterprise = new Map<Id, Map<string, Group>>();
  const byIndustry = new Map<Id, Map<string, Group>>();
  /** The issues that may recur, with their submission. */
  const asking: { readonly issue: Issue; readonly categoryId: Id; readonly t: number }[] = [];
  for (const issue of issues) {
    const categoryId = issue.categoryId;
    const raised = instantMs(issue.submittedAt);
    if (categoryId === null || Number.isNaN(raised)) continue;
    asking.push({ issue, categoryId, t: raised });
    const closed = issue.state === 'closed';
    const until = closed ? (issue.closedAt === null ? NaN : instantMs(issue.closedAt)) : Infinity;
    const groups: Group[] = [];
    if (policy.sameEnterprise) groups.push(groupOf(byEnterprise, categoryId, issue.enterpriseId));
    const ind = policy.sameIndustry ? industry(issue.enterpriseId) : undefined;
    if (ind !== undefined) groups.push(groupOf(byIndustry, categoryId, ind));
    for (const g of groups) {
      if (issue.answer?.outcome === 'unsolvable') g.unsolvable.push({ id: issue.id, ms: raised, raised, until });
      if (closed && !Number.isNaN(until)) g.closed.push({ id: issue.id, ms: until, raised, until });
      if (issue.state !== 'withdrawn' && !Number.isNaN(until)) g.open.push({ id: issue.id, ms: raised, raised, until });
    }
  }
  for (const index of [byEnterprise, byIndustry]) {
    for (const byKey of index.values()) {
      for (const g of byKey.values()) for (const list of [g.unsolvable, g.closed, g.open]) list.sort(byTime);
    }
  }

  const offsetMs = policy.utcOffsetMinutes * 60_000;
  const localDayOf = (ms: number): number => Math.floor((ms + offsetMs) / MS_PER_DAY);
  /** The earlier issue that `issue`, submitted at `t`, repeats within one group, and its status. */
  const earlierIn = (g: Group | undefined, t: number, self: Id): readonly [Entry, RecurrenceStatus] | undefined => {
    if (g === undefined) return undefined;
    const unsolvable = latestUpTo(g.unsolvable, t, self);
    if (unsolvable !== undefined) return [unsolvable, 'answeredUnsolvable'];
    const open = latestOpenAt(g, t, self);
    if (open !== undefined) return [open, 'stillOpen'];
    const closed = latestUpTo(g.closed, t, self);
    return closed !== undefined && localDayOf(t) - localDayOf(closed.ms) <= policy.windowDays ? [closed, 'closedRecently'] : undefined;
  };
  const found: Recurrence[] = [];
  // Ascending submission, as the sweep of open issues needs.
  asking.sort((a, b) => a.t - b.t || byCodeUnit(a.issue.id, b.issue.id));
  for (const { issue, categoryId, t } of asking) {
    let basis: RecurrenceBasis = 'sameEnterprise';
    let hit = policy.sameEnterprise ? earlierIn(byEnterprise.get(categoryId)?.get(issue.enterpriseId), t, issue.id) : undefined;
    if (hit === undefined) {
      basis = 'sameIndustry';
      const ind = policy.sameIndustry ? industry(issue.enterpriseId) : undefined;
      hit = ind === undefined ? undefined : earlierIn(byIndustry.get(categoryId)?.get(ind), t, issue.id);
      if (hit === undefined) continue;
    }
    const [earlier, status] = hit;
    const day = localDayOf(t);
    found.push({
      issueId: issue.id,
      earlierIssueId: earlier.id,
      basis,
      status,
      categoryId,
      daysAfterRaised: day - localDayOf(earlier.raised),
      daysAfterClose: status === 'closedRecently' ? day - localDayOf(earlier.until) : null,
    });
  }
  return found.sort((a, b) => byCodeUnit(a.issueId, b.issueId));
}
