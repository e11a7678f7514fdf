import * as z from 'zod';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CalendarDate, DateRange, Id, Instant } from '../core/schema.js';
import { IdSchema } from '../core/schema.js';
import { readDay, readPeriod } from '../internal/args.js';
import { deepFreeze } from '../internal/freeze.js';
import { instantMs, localDay } from '../internal/instant.js';
import type { AnswerOutcome, FeedbackLevel, IssueState, SupervisionStep } from '../vocabulary/issue.js';
import type { Pairing } from '../pairing/schema.js';
import { isPairingActive } from '../pairing/validate.js';
import { byCodeUnit } from '../internal/compare.js';
import { isAmount } from './check.js';
import { ownKeyRecord } from '../internal/record.js';

/**
 * The counts of the hotline standards (Part 12, issue 17), after the 13 of Part 8: a tally stored
 * before them has none, and {@link TallySchema} reads each as 0.
 */
const hotlineCounts = [
  'signForDue',
  'signedForInTime',
  'contactDue',
  'contactedInTime',
  'responseDue',
  'respondedWithinLimits',
  'closedUnrated',
  'redispatched',
  'disputesRequested',
  'disputesUpheld',
  'disputesOverruled',
] as const;

/**
 * The counts of the second rating dimension (Part 14, issue 19): the enterprises' satisfaction with
 * the cadre's professional fit (专业契合度, 002), beside the service satisfaction of `satisfied` …
 * `unsatisfied`. A tally stored before them has none, and {@link TallySchema} reads each as 0.
 */
const fitCounts = ['fitSatisfied', 'fitBasicallySatisfied', 'fitUnsatisfied'] as const;

/** The counts a stored tally may lack (those of Part 12 and Part 14), each 0 when absent. */
const laterCounts: readonly string[] = [...hotlineCounts, ...fitCounts];

/** A count that a stored tally may lack: 0 when absent. */
type LaterCount = (typeof hotlineCounts)[number] | (typeof fitCounts)[number];

/**
 * The counts a {@link Tally} holds, in a fixed order: the 13 counts of Part 8, then the 11 of the
 * hotline standards (Part 12, issue 17), then the 3 of professional fit (Part 14, issue 19), each
 * group after the earlier ones so that those keep their places.
 *
 * @example
 * ```ts
 * tallyCounts.length; // 27
 * tallyCounts.indexOf('signForDue'); // 13
 * tallyCounts.slice(24); // ['fitSatisfied', 'fitBasicallySatisfied', 'fitUnsatisfied']
 * ```
 * @category Scoring
 */
export const tallyCounts = /* @__PURE__ */ deepFreeze([
  'received',
  'respondedInTime',
  'answered',
  'resolved',
  'closed',
  'closedOnTime',
  'reopened',
  'supervised',
  'satisfied',
  'basicallySatisfied',
  'unsatisfied',
  'visitsDue',
  'visitsDone',
  ...hotlineCounts,
  ...fitCounts,
] as const);

/**
 * The name of one count of a {@link Tally}, e.g. `'received'`.
 *
 * @category Scoring
 */
export type TallyCount = (typeof tallyCounts)[number];

const count = /* @__PURE__ */ (() => z.int().min(0).max(Number.MAX_SAFE_INTEGER))();

/**
 * Validates a tally, e.g. one a worker or the app's database computed and sent back as JSON.
 * Every count is a whole number of at least 0. The 13 counts of Part 8 are required; the 11 of the
 * hotline standards (Part 12: `signForDue` … `disputesOverruled`) and the 3 of professional fit
 * (Part 14: `fitSatisfied`, `fitBasicallySatisfied`, `fitUnsatisfied`) are 0 when absent, so a
 * tally stored before them still parses, and parsing fills them in.
 *
 * @example
 * ```ts
 * TallySchema.safeParse({ ...emptyTally, received: -1 }).success; // false
 * const stored = Object.fromEntries(tallyCounts.slice(0, 13).map((k) => [k, 1])); // a tally stored before Part 12
 * TallySchema.parse(stored).signForDue; // 0
 * TallySchema.parse(stored).fitSatisfied; // 0
 * ```
 * @category Scoring
 */
export const TallySchema = /* @__PURE__ */ (() => z.strictObject(
  Object.fromEntries(tallyCounts.map((k) => [k, laterCounts.includes(k) ? count.default(0) : count])) as {
    [K in TallyCount]: K extends LaterCount ? z.ZodDefault<typeof count> : typeof count;
  },
))();

/**
 * What happened to a unit's issues and visits in a period, as counts: a **mergeable** value.
 * Tallies of disjoint sets of issues and visits add up count by count ({@link mergeTallies}), so an
 * app may tally a province in shards (workers, database partitions) and merge the parts.
 *
 * - `received`: issues submitted in the period (withdrawn ones are not counted at all);
 * - `respondedInTime`: of those, answered (or served directly) on or before the deadline, or with no deadline;
 * - `answered`: with an answer (答复) or a direct service;
 * - `resolved`: answered with the outcome `'resolved'`;
 * - `closed`: closed (销号); `closedOnTime`: closed by the deadline (China local date), or with no deadline;
 * - `reopened`: reopened at least once; `supervised`: urged, supervised or beyond at least once;
 * - `satisfied`, `basicallySatisfied`, `unsatisfied`: the enterprise's current feedback;
 * - `visitsDue`, `visitsDone`: visits owed and made (from visit compliance, {@link tallyVisits}).
 *
 * The counts of the hotline standards (GB/T 33358-2016; 国办发〔2020〕53号: 签收, 办理, 回访, 评价;
 * 国办函〔2025〕66号: 退单 review, 并单), read from the current assignment's clocks (Part 12):
 * - `signForDue`: issues whose current assignment has a sign-for clock (签收时限);
 *   `signedForInTime`: of those, signed for (签收) at or before it ran out — one not signed for yet counts as not in time;
 * - `contactDue`, `contactedInTime`: the same for the first-contact clock (首次联系);
 * - `responseDue`: issues with a sign-for or a first-contact clock; `respondedWithinLimits`: of those,
 *   every such clock met (signed for and contacted within their limits);
 * - `closedUnrated`: closed (state `'closed'`) as 未评价 by the office when the enterprise gave no feedback in time — not a feedback count;
 * - `redispatched`: re-dispatched (改派, or after an upheld dispute) at least once;
 * - `disputesRequested`, `disputesUpheld`, `disputesOverruled`: dispatch disputes (退单), each credited
 *   to the department that disputed (see {@link TallyGrouping}); pending ones are requested − upheld − overruled.
 *
 * The counts of the second rating dimension (Part 14, issue 19): the enterprises' satisfaction with
 * the cadre's professional fit (专业契合度, 002), from ratings of cadres ({@link tallyCadreRatings};
 * issues never carry them, so {@link tallyIssues} leaves them 0):
 * - `fitSatisfied`, `fitBasicallySatisfied`, `fitUnsatisfied`: the professional-fit ratings by level.
 *
 * @category Scoring
 */
export type Tally = { readonly [K in TallyCount]: number };

/**
 * The tally with every count 0: the identity of {@link mergeTallies}. Frozen.
 *
 * @example
 * ```ts
 * mergeTallies(emptyTally, emptyTally).received; // 0
 * ```
 * @category Scoring
 */
export const emptyTally: Tally = /* @__PURE__ */ (() => deepFreeze(Object.fromEntries(tallyCounts.map((k) => [k, 0])) as Tally))();

/**
 * The first count of a tally that is negative, NaN, infinite or above `Number.MAX_SAFE_INTEGER`, as
 * `INVALID_ARGUMENT` at `path` and the count's name (the caller's argument, e.g.
 * `['tally', 'received']`); null when every count is a finite number from 0 to
 * `Number.MAX_SAFE_INTEGER` (as {@link TallySchema} asks; the bound keeps every score and
 * deduction computed from a tally finite). A computed tally may hold fractions; {@link TallySchema}
 * asks whole numbers of data that crosses a boundary. Internal.
 */
export function tallyProblem(tally: Tally, path: ErrorPath): DomainError | null {
  // The usual case, checked with monomorphic loads (this runs once per unit scored).
  const t = tally;
  const fine = t.received >= 0 && t.respondedInTime >= 0 && t.answered >= 0 && t.resolved >= 0 && t.closed >= 0 && t.closedOnTime >= 0 && t.reopened >= 0 &&
    t.supervised >= 0 && t.satisfied >= 0 && t.basicallySatisfied >= 0 && t.unsatisfied >= 0 && t.visitsDue >= 0 && t.visitsDone >= 0 &&
    t.signForDue >= 0 && t.signedForInTime >= 0 && t.contactDue >= 0 && t.contactedInTime >= 0 && t.responseDue >= 0 && t.respondedWithinLimits >= 0 &&
    t.closedUnrated >= 0 && t.redispatched >= 0 && t.disputesRequested >= 0 && t.disputesUpheld >= 0 && t.disputesOverruled >= 0 &&
    t.fitSatisfied >= 0 && t.fitBasicallySatisfied >= 0 && t.fitUnsatisfied >= 0 &&
    t.received + t.respondedInTime + t.answered + t.resolved + t.closed + t.closedOnTime + t.reopened + t.supervised + t.satisfied + t.basicallySatisfied + t.unsatisfied + t.visitsDue + t.visitsDone +
      t.signForDue + t.signedForInTime + t.contactDue + t.contactedInTime + t.responseDue + t.respondedWithinLimits + t.closedUnrated + t.redispatched +
      t.disputesRequested + t.disputesUpheld + t.disputesOverruled + t.fitSatisfied + t.fitBasicallySatisfied + t.fitUnsatisfied <= Number.MAX_SAFE_INTEGER;
  if (fine) return null;
  for (const k of tallyCounts) {
    const v = tally[k];
    if (!isAmount(v) || v > Number.MAX_SAFE_INTEGER) {
      const name = [...path, k].join('.');
      // A tally stored before Part 12 (or Part 14) lacks the later counts: say how to read it.
      const hint = v === undefined && laterCounts.includes(k)
        ? { en: ' (a tally stored before this count existed: read it with TallySchema, which sets it to 0)', zh: '（此前保存的统计缺少该项：请用 TallySchema 读取，缺项计为 0）' }
        : { en: '', zh: '' };
      return domainError('INVALID_ARGUMENT', {
        en: `${name} must be a finite number from 0 to ${Number.MAX_SAFE_INTEGER}; received ${String(v)}${hint.en}.`,
        zh: `${name} 应为 0 至 ${Number.MAX_SAFE_INTEGER} 之间的有限数，实际为 ${String(v)}${hint.zh}。`,
        path: [...path, k],
        value: v,
      });
    }
  }
  return null;
}

/**
 * Adds two tallies count by count. Associative and commutative, with {@link emptyTally} as its
 * identity, so tallies of shards merge into the tally of the whole.
 *
 * @param a - A tally.
 * @param b - Another tally.
 * @returns A new tally; the arguments are not changed.
 * @example
 * ```ts
 * mergeTallies({ ...emptyTally, received: 2 }, { ...emptyTally, received: 3 }).received; // 5
 * ```
 * @category Scoring
 */
export function mergeTallies(a: Tally, b: Tally): Tally {
  const out = {} as Record<TallyCount, number>;
  for (const k of tallyCounts) out[k] = a[k] + b[k];
  return out;
}

/**
 * Tallies by unit id (an adviser, a department, a county, an enterprise): plain JSON, keys in
 * code-unit order.
 *
 * @category Scoring
 */
export type TallyTable = Readonly<Record<Id, Tally>>;

/**
 * Validates a table of tallies by unit id (e.g. a shard's result sent back as JSON). A unit whose id
 * is `'__proto__'` is refused (`INVALID_INPUT`) rather than dropped as zod's records drop it; the
 * tally functions themselves keep such a unit as an own key.
 *
 * @example
 * ```ts
 * TallyTableSchema.safeParse({ d1: emptyTally }).success; // true
 * safeParse(TallyTableSchema, { d1: { received: 1 } }).ok; // false: 12 required counts are missing
 * safeParse(TallyTableSchema, JSON.parse(`{ "__proto__": ${JSON.stringify(emptyTally)} }`)).ok; // false: refused, not dropped
 * ```
 * @category Scoring
 */
export const TallyTableSchema = /* @__PURE__ */ (() => ownKeyRecord(IdSchema, TallySchema))();

/**
 * A count read from a row, as a small integer when it is one: V8 keeps a field that only ever held
 * small integers inline, and boxes every value of a field that once held a fraction, so read as the
 * `Float64Array`'s doubles each tally cost an allocation per count (20,000 tallies took ~50 ms, not ~12).
 * `v | 0` is `v` for a whole count below 2³¹ (-0 cannot arise: rows start at +0 and only add).
 */
const countAt = (counts: Float64Array, i: number): number => {
  const v = counts[i] as number;
  return v === (v | 0) ? v | 0 : v;
};

/** A table from ids (sorted) and a flat count array of `ids.length × tallyCounts.length`. */
function tableOf(ids: readonly Id[], counts: Float64Array, order: readonly number[]): TallyTable {
  const K = tallyCounts.length;
  const c = (i: number): number => countAt(counts, i);
  const entries: [Id, Tally][] = [];
  for (const i of order) {
    const o = i * K; // one object literal, so every tally has the same shape (the order of tallyCounts)
    entries.push([
      ids[i] as Id,
      {
        received: c(o),
        respondedInTime: c(o + 1),
        answered: c(o + 2),
        resolved: c(o + 3),
        closed: c(o + 4),
        closedOnTime: c(o + 5),
        reopened: c(o + 6),
        supervised: c(o + 7),
        satisfied: c(o + 8),
        basicallySatisfied: c(o + 9),
        unsatisfied: c(o + 10),
        visitsDue: c(o + 11),
        visitsDone: c(o + 12),
        signForDue: c(o + 13),
        signedForInTime: c(o + 14),
        contactDue: c(o + 15),
        contactedInTime: c(o + 16),
        responseDue: c(o + 17),
        respondedWithinLimits: c(o + 18),
        closedUnrated: c(o + 19),
        redispatched: c(o + 20),
        disputesRequested: c(o + 21),
        disputesUpheld: c(o + 22),
        disputesOverruled: c(o + 23),
        fitSatisfied: c(o + 24),
        fitBasicallySatisfied: c(o + 25),
        fitUnsatisfied: c(o + 26),
      },
    ]);
  }
  return Object.fromEntries(entries) as TallyTable;
}

const sortedOrder = (ids: readonly Id[]): number[] => ids.map((_, i) => i).sort((a, b) => byCodeUnit(ids[a] as Id, ids[b] as Id));

/**
 * Merges tables of tallies: units in several tables have their tallies added
 * ({@link mergeTallies}); the others are kept. Associative and commutative, with `{}` as identity.
 *
 * @param tables - The tables, e.g. one per shard or per county.
 * @returns One table, keys in code-unit order.
 * @example
 * ```ts
 * const t = mergeTallyTables({ d1: { ...emptyTally, received: 1 } }, { d1: { ...emptyTally, received: 2 }, d2: emptyTally });
 * [t['d1']?.received, Object.keys(t)]; // [3, ['d1', 'd2']]
 * ```
 * @category Scoring
 */
export function mergeTallyTables(...tables: readonly TallyTable[]): TallyTable {
  const rows = new Rows();
  for (const t of tables) {
    for (const id of Object.keys(t)) rows.addTally(rows.slot(id), t[id] as Tally);
  }
  return rows.table();
}

/**
 * What {@link tallyIssues} reads of an issue (an {@link qinqing!Issue} will do).
 *
 * @category Scoring
 */
export interface TallyIssue {
  /** The enterprise that raised it. */
  readonly enterpriseId: Id;
  /** When it was submitted; its China local date places it in a period. */
  readonly submittedAt: Instant;
  /** Its lifecycle state. */
  readonly state: IssueState;
  /** The lead department, or null when not assigned. */
  readonly leadDepartmentId: Id | null;
  /** The deadline (after granted extensions), or null. */
  readonly deadline: CalendarDate | null;
  /** The answer, or null. */
  readonly answer: { readonly outcome: AnswerOutcome; readonly on: CalendarDate } | null;
  /** The enterprise's feedback, or null. */
  readonly feedback: FeedbackLevel | null;
  /** How many times it was reopened. */
  readonly reopenCount: number;
  /** The highest supervision step reached. */
  readonly supervisionStep: SupervisionStep;
  /** When it was closed (销号), or null. */
  readonly closedAt: Instant | null;
  /**
   * The current assignment's clocks (Part 12): only the instants the sign-for and first-contact
   * clocks run out are read. Null or absent for an issue assigned before the clocks existed (it
   * counts in no clock's count).
   */
  readonly clocks?: { readonly due: { readonly signFor: Instant | null; readonly firstContact: Instant | null } } | null;
  /** When the current assignment was signed for (签收), or null; absent reads as null. */
  readonly signedForAt?: Instant | null;
  /** When the enterprise was first contacted (首次联系) in the current assignment, or null; absent reads as null. */
  readonly contactedAt?: Instant | null;
  /** The dispatch disputes (退单), oldest first: who disputed and how the office decided; absent reads as none. */
  readonly disputes?: readonly { readonly departmentId: Id; readonly status: 'pending' | 'upheld' | 'overruled' }[];
  /** How many times it was re-dispatched (改派, upheld disputes); absent reads as 0. */
  readonly redispatchCount?: number;
  /** The parent order it was merged into (并单), or null; absent reads as null. */
  readonly mergedInto?: Id | null;
  /** Whether the office closed it as 未评价 (no feedback within the window); absent reads as false. */
  readonly closedUnrated?: boolean;
}

/**
 * Who an issue is credited to:
 * - `'department'`: its lead department (issues not yet assigned are not counted; co-handlers are not credited);
 * - `'enterprise'`: the enterprise that raised it;
 * - `{ byEnterprise }`: the unit or units the app maps the enterprise to — its paired advisers
 *   ({@link pairedAdvisers}), its county, its grid; an enterprise not in the map is not counted;
 * - a function of the issue giving a unit, several, or null (not counted) — e.g. its category or
 *   channel, for reports.
 *
 * Dispatch disputes (退单) are the one exception to "an issue is credited to its units": by
 * `'department'`, each dispute is credited to the department that disputed it (`disputes[].departmentId`,
 * whoever leads the issue now), so a department that disputed an order it no longer holds still has
 * its dispute counted; by any other grouping, an issue's disputes go with the issue to its units.
 *
 * @category Scoring
 */
export type TallyGrouping<I extends TallyIssue = TallyIssue> =
  | 'department'
  | 'enterprise'
  | { readonly byEnterprise: Readonly<Record<Id, Id | readonly Id[]>> }
  | ((issue: I) => Id | readonly Id[] | null);

/**
 * Options of {@link tallyIssues}.
 *
 * @category Scoring
 */
export interface TallyIssuesOptions<I extends TallyIssue = TallyIssue> {
  /** The period: issues submitted on these China local dates (both ends included) are counted. */
  readonly period: DateRange;
  /** Who each issue is credited to; see {@link TallyGrouping}. */
  readonly by: TallyGrouping<I>;
  /**
   * Whether issues merged into another (并单: `mergedInto` set) are counted too. False by default:
   * a merged child follows its parent's answer and feedback and is counted once, as its parent
   * (国办函〔2025〕66号: repeated complaints handled as one order).
   */
  readonly countMergedChildren?: boolean;
}

const SATISFIED = /* @__PURE__ */ (() => tallyCounts.indexOf('satisfied'))();
const BASIC = /* @__PURE__ */ (() => tallyCounts.indexOf('basicallySatisfied'))();
const UNSATISFIED = /* @__PURE__ */ (() => tallyCounts.indexOf('unsatisfied'))();
const DUE = /* @__PURE__ */ (() => tallyCounts.indexOf('visitsDue'))();
const DONE = /* @__PURE__ */ (() => tallyCounts.indexOf('visitsDone'))();
const DISPUTES = /* @__PURE__ */ (() => tallyCounts.indexOf('disputesRequested'))();

/**
 * A flag beside an issue's count bits (never a count: an issue's counts stop at bit 23, and a tally's at 26) saying that the
 * issue has disputes to credit; {@link Tallier.creditBlock} takes it off before adding the bits.
 */
const DISPUTED = 1 << 30;
/** The count bits of an issue's bits, without {@link DISPUTED}. */
const COUNT_BITS = DISPUTED - 1;

/** The disputes of an issue, as {@link TallyIssue} reads them. */
type TallyDispute = NonNullable<TallyIssue['disputes']>[number];

/**
 * Growable rows of counts, one row of `tallyCounts.length` per unit id, in first-seen order.
 * Internal (also used by `tallyCadreRatings`): not exported from the barrel.
 */
export class Rows {
  readonly ids: Id[] = [];
  counts = new Float64Array(64 * tallyCounts.length);
  private readonly index = new Map<Id, number>();

  /** The offset of the unit's row, added when new. */
  slot(id: Id): number {
    const K = tallyCounts.length;
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.push(id) - 1;
      this.index.set(id, i);
      if ((i + 1) * K > this.counts.length) {
        const grown = new Float64Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return i * K;
  }

  /** Adds `n` at offset `at`. */
  add(at: number, n: number): void {
    this.counts[at] = (this.counts[at] as number) + n;
  }

  /**
   * Adds a tally's counts to the row at `base`, each read by name: the tallies of a table share one
   * shape, so the reads stay monomorphic (a loop over {@link tallyCounts} reads by computed key).
   */
  addTally(base: number, t: Tally): void {
    const c = this.counts;
    c[base] = (c[base] as number) + t.received;
    c[base + 1] = (c[base + 1] as number) + t.respondedInTime;
    c[base + 2] = (c[base + 2] as number) + t.answered;
    c[base + 3] = (c[base + 3] as number) + t.resolved;
    c[base + 4] = (c[base + 4] as number) + t.closed;
    c[base + 5] = (c[base + 5] as number) + t.closedOnTime;
    c[base + 6] = (c[base + 6] as number) + t.reopened;
    c[base + 7] = (c[base + 7] as number) + t.supervised;
    c[base + 8] = (c[base + 8] as number) + t.satisfied;
    c[base + 9] = (c[base + 9] as number) + t.basicallySatisfied;
    c[base + 10] = (c[base + 10] as number) + t.unsatisfied;
    c[base + 11] = (c[base + 11] as number) + t.visitsDue;
    c[base + 12] = (c[base + 12] as number) + t.visitsDone;
    c[base + 13] = (c[base + 13] as number) + t.signForDue;
    c[base + 14] = (c[base + 14] as number) + t.signedForInTime;
    c[base + 15] = (c[base + 15] as number) + t.contactDue;
    c[base + 16] = (c[base + 16] as number) + t.contactedInTime;
    c[base + 17] = (c[base + 17] as number) + t.responseDue;
    c[base + 18] = (c[base + 18] as number) + t.respondedWithinLimits;
    c[base + 19] = (c[base + 19] as number) + t.closedUnrated;
    c[base + 20] = (c[base + 20] as number) + t.redispatched;
    c[base + 21] = (c[base + 21] as number) + t.disputesRequested;
    c[base + 22] = (c[base + 22] as number) + t.disputesUpheld;
    c[base + 23] = (c[base + 23] as number) + t.disputesOverruled;
    c[base + 24] = (c[base + 24] as number) + t.fitSatisfied;
    c[base + 25] = (c[base + 25] as number) + t.fitBasicallySatisfied;
    c[base + 26] = (c[base + 26] as number) + t.fitUnsatisfied;
  }

  /** Adds 1 at `base + k` for each bit k set in `bits` (visiting the set bits only, lowest first). */
  addBits(base: number, bits: number): void {
    const c = this.counts;
    for (let b = bits; b !== 0; b &= b - 1) {
      const k = base + 31 - Math.clz32(b & -b);
      c[k] = (c[k] as number) + 1;
    }
  }

  /** Adds the disputes at the row at `base`: each one requested, and upheld or overruled once decided. */
  addDisputes(base: number, disputes: readonly TallyDispute[]): void {
    for (const d of disputes) this.addDispute(base, d);
  }

  /** Adds one dispute at the row at `base`. */
  addDispute(base: number, d: TallyDispute): void {
    const c = this.counts;
    const at = base + DISPUTES;
    c[at] = (c[at] as number) + 1;
    const decided = d.status === 'upheld' ? at + 1 : d.status === 'overruled' ? at + 2 : -1;
    if (decided >= 0) c[decided] = (c[decided] as number) + 1;
  }

  /** The rows as a table, keys in code-unit order. */
  table(): TallyTable {
    return tableOf(this.ids, this.counts, sortedOrder(this.ids));
  }
}

/**
 * Compares the China local date of an instant with a date: negative, 0 or positive, or NaN when
 * the instant is not valid. For the usual `…+08:00` instants it compares the first 10 characters in
 * place, allocating nothing (this runs twice per issue over millions of issues).
 */
function compareChinaDay(at: Instant, date: CalendarDate): number {
  if (at.length === 25 && at.charCodeAt(19) === 43 && at.endsWith('+08:00')) {
    for (let i = 0; i < 10; i++) {
      const d = at.charCodeAt(i) - date.charCodeAt(i);
      if (d !== 0) return d;
    }
    return 0;
  }
  const day = localDay(at, 480);
  if (!day.ok) return NaN;
  return day.value < date ? -1 : day.value > date ? 1 : 0;
}

/**
 * Whether the China local date of an instant lies from `from` to `to` (both included; false when the
 * instant is not valid). For the usual `…+08:00` instants the first 10 characters are compared in
 * place, one pass for both ends and no allocation (this runs once per issue over millions).
 */
function inPeriod(at: Instant, from: CalendarDate, to: CalendarDate): boolean {
  if (at.length === 25 && at.charCodeAt(19) === 43 && at.endsWith('+08:00')) {
    let low = 0; // the sign of at − from, at − to so far: 0 while equal
    let high = 0;
    for (let i = 0; i < 10 && (low === 0 || high === 0); i++) {
      const c = at.charCodeAt(i);
      if (low === 0) low = c - from.charCodeAt(i);
      if (high === 0) high = c - to.charCodeAt(i);
    }
    return low >= 0 && high <= 0;
  }
  return compareChinaDay(at, from) >= 0 && compareChinaDay(at, to) <= 0;
}

/**
 * Whether already parsed instant `a` is at or before instant `b`: as text when both are written
 * alike (one length, one offset), by their milliseconds otherwise; false when either cannot be read.
 */
function notAfter(a: Instant, b: Instant): boolean {
  const n = a.length;
  if (n === b.length && n > 6) {
    // the same offset (`Z`, or the last 6 characters `±HH:MM`), compared in place: this runs up to twice per issue
    let same = a.charCodeAt(n - 1) === 90 ? b.charCodeAt(n - 1) === 90 : b.charCodeAt(n - 1) !== 90;
    for (let i = n - 6; same && i < n && a.charCodeAt(n - 1) !== 90; i++) same = a.charCodeAt(i) === b.charCodeAt(i);
    if (same) return a <= b;
  }
  return instantMs(a) <= instantMs(b);
}

/** Whether a clock that runs out at `due` was met by what happened at `at` (null or absent: not yet, so not met). */
const met = (at: Instant | null | undefined, due: Instant): boolean => at !== undefined && at !== null && notAfter(at, due);

/**
 * The clock counts of an issue with clocks, as bits at the positions of {@link tallyCounts}:
 * sign-for (13, 14), first contact (15, 16), and the response within every such limit (17, 18).
 */
function clockBits(issue: TallyIssue, due: { readonly signFor: Instant | null; readonly firstContact: Instant | null }): number {
  let bits = 0;
  let all = true;
  const signFor = due.signFor;
  if (signFor !== null) {
    bits |= 1 << 13;
    if (met(issue.signedForAt, signFor)) bits |= 1 << 14;
    else all = false;
  }
  const contact = due.firstContact;
  if (contact !== null) {
    bits |= 1 << 15;
    if (met(issue.contactedAt, contact)) bits |= 1 << 16;
    else all = false;
  }
  if (bits !== 0) bits |= all ? (1 << 17) | (1 << 18) : 1 << 17;
  return bits;
}

/** The counts one issue adds, as bits at the positions of {@link tallyCounts} (the dispute counts apart). */
function issueBits(issue: TallyIssue): number {
  let bits = 1; // received
  const deadline = issue.deadline;
  const answer = issue.answer;
  if (answer !== null) {
    if (deadline === null || answer.on <= deadline) bits |= 1 << 1;
    bits |= 1 << 2;
    if (answer.outcome === 'resolved') bits |= 1 << 3;
  }
  if (issue.state === 'closed') {
    bits |= 1 << 4;
    if (deadline === null || (issue.closedAt !== null && compareChinaDay(issue.closedAt, deadline) <= 0)) bits |= 1 << 5;
    if (issue.closedUnrated === true) bits |= 1 << 19; // Part 12; absent on issues of before it
  }
  if (issue.reopenCount > 0) bits |= 1 << 6;
  if (issue.supervisionStep !== 'unsupervised') bits |= 1 << 7;
  const f = issue.feedback;
  if (f !== null) bits |= 1 << (f === 'satisfied' ? SATISFIED : f === 'basicallySatisfied' ? BASIC : UNSATISFIED);
  // Part 12: absent on issues of before it (read as null, 0, false, none).
  const clocks = issue.clocks;
  if (clocks !== undefined && clocks !== null) bits |= clockBits(issue, clocks.due);
  const redispatches = issue.redispatchCount;
  if (redispatches !== undefined && redispatches > 0) bits |= 1 << 20;
  const disputes = issue.disputes;
  if (disputes !== undefined && disputes.length > 0) bits |= DISPUTED;
  return bits;
}

/** One grouping's rows, and how an issue finds its rows. */
class Tallier<I extends TallyIssue> {
  readonly rows = new Rows();
  /** For a map of enterprises, each enterprise's row resolved once: an offset (≥ 0), -1 for none, or -2 - k for the k-th list. */
  private readonly rowOfEnterprise = new Map<Id, number>();
  private readonly lists: (readonly number[])[] = [];

  constructor(private readonly by: TallyGrouping<I>) {}

  /**
   * Adds the counts of a block of issues (`bits[k]` for `issues[start + k]`, 0 for an issue not
   * counted) to the rows of the units they are credited to. The rows are looked up for the whole
   * block first and credited after: the lookups do not depend on one another, so their cache misses
   * overlap (a province's 100,000 enterprises do not fit in a cache). An issue whose bits carry
   * {@link DISPUTED} has its disputes credited too: by `'department'` to the departments that
   * disputed, otherwise to the issue's units.
   */
  creditBlock(issues: readonly I[], start: number, bits: Int32Array, n: number, found: Int32Array): void {
    const by = this.by;
    const rows = this.rows;
    if (typeof by === 'function') {
      for (let k = 0; k < n; k++) {
        const b = bits[k] as number;
        if (b === 0) continue;
        const issue = issues[start + k] as I;
        const units = by(issue);
        if (units === null) continue;
        const disputes = (b & DISPUTED) === 0 ? null : (issue.disputes as readonly TallyDispute[]);
        if (typeof units === 'string') this.credit(rows.slot(units), b, disputes);
        else for (const u of units) this.credit(rows.slot(u), b, disputes);
      }
      return;
    }
    for (let k = 0; k < n; k++) found[k] = bits[k] === 0 ? -1 : this.rowOf(issues[start + k] as I, by);
    for (let k = 0; k < n; k++) {
      const b = bits[k] as number;
      const row = found[k] as number;
      if ((b & DISPUTED) === 0) {
        if (row >= 0) rows.addBits(row, b);
        else if (row <= -2) for (const base of this.lists[-2 - row] as readonly number[]) rows.addBits(base, b);
        continue;
      }
      const disputes = (issues[start + k] as I).disputes as readonly TallyDispute[];
      const byDepartment = by === 'department';
      if (byDepartment) for (const d of disputes) rows.addDispute(rows.slot(d.departmentId), d);
      // rows.slot may have added rows: the offsets found stay valid (a row's offset never moves).
      const own = byDepartment ? null : disputes;
      if (row >= 0) this.credit(row, b, own);
      else if (row <= -2) for (const base of this.lists[-2 - row] as readonly number[]) this.credit(base, b, own);
    }
  }

  /** Adds an issue's count bits (without the flag) and, when given, its disputes to the row at `base`. */
  private credit(base: number, bits: number, disputes: readonly TallyDispute[] | null): void {
    this.rows.addBits(base, bits & COUNT_BITS);
    if (disputes !== null) this.rows.addDisputes(base, disputes);
  }

  /** The row an issue is credited to: an offset (≥ 0), -1 for none, or -2 - k for the k-th list of rows. */
  private rowOf(issue: I, by: Exclude<TallyGrouping<I>, (issue: I) => unknown>): number {
    const rows = this.rows;
    if (by === 'department') return issue.leadDepartmentId === null ? -1 : rows.slot(issue.leadDepartmentId);
    if (by === 'enterprise') return rows.slot(issue.enterpriseId);
    let row = this.rowOfEnterprise.get(issue.enterpriseId);
    if (row === undefined) {
      const map = by.byEnterprise;
      const units = Object.hasOwn(map, issue.enterpriseId) ? map[issue.enterpriseId] : undefined;
      if (units === undefined || units.length === 0) row = -1;
      else if (typeof units === 'string') row = rows.slot(units);
      else if (units.length === 1) row = rows.slot(units[0] as Id);
      else row = -2 - (this.lists.push(units.map((u) => rows.slot(u))) - 1);
      this.rowOfEnterprise.set(issue.enterpriseId, row);
    }
    return row;
  }
}

/** Issues read at a time by {@link tallyIssuesBy}: see {@link Tallier.creditBlock}. */
const BLOCK = 256;

/**
 * Tallies the issues submitted in a period by unit, in one pass: see {@link Tally} for what each
 * count means and {@link TallyGrouping} for who an issue is credited to. An issue is placed in the
 * period by the China local date (UTC+8) of `submittedAt`; what happened to it since (answer,
 * closing, feedback) is read from its current state. Withdrawn issues are left out.
 *
 * Tallies of disjoint sets of issues merge into the tally of their union
 * ({@link mergeTallyTables}): tally a province by shard and merge. For several groupings of the
 * same issues, {@link tallyIssuesBy} reads them once.
 *
 * @param issues - The issues (any order); only the fields of {@link TallyIssue} are read.
 * @param options - The period and the grouping.
 * @returns The tallies of the units with at least one issue, keys in code-unit order; or, for a
 *   bad period, `INVALID_DATE` at `['options', 'period', 'from' | 'to']` (not a real date) or
 *   `INVALID_ARGUMENT` at `['options', 'period']` (it ends before it starts).
 * @example
 * ```ts
 * const issue = { enterpriseId: 'e1', submittedAt: '2026-07-02T09:00:00+08:00', state: 'closed', leadDepartmentId: 'd1',
 *   deadline: '2026-07-09', answer: { outcome: 'resolved', on: '2026-07-08' }, feedback: 'satisfied', reopenCount: 0,
 *   supervisionStep: 'unsupervised', closedAt: '2026-07-10T10:00:00+08:00' } as const;
 * const t = unwrap(tallyIssues([issue], { period: { from: '2026-07-01', to: '2026-09-30' }, by: 'department' }));
 * [t['d1']?.respondedInTime, t['d1']?.closed, t['d1']?.closedOnTime]; // [1, 1, 0]
 * tallyIssues([issue], { period: { from: '2026-09-30', to: '2026-07-01' }, by: 'department' }).ok; // false: INVALID_ARGUMENT
 * ```
 * @category Scoring
 */
export function tallyIssues<I extends TallyIssue>(issues: readonly I[], options: TallyIssuesOptions<I>): Result<TallyTable> {
  const tables = tallyIssuesBy(issues, { period: options.period, by: { only: options.by }, countMergedChildren: options.countMergedChildren === true });
  return tables.ok ? ok(tables.value.only) : tables;
}

/**
 * Options of {@link tallyIssuesBy}.
 *
 * @category Scoring
 */
export interface TallyIssuesByOptions<I extends TallyIssue, G extends string> {
  /** The period: issues submitted on these China local dates (both ends included) are counted. */
  readonly period: DateRange;
  /** The groupings, by a name of your choice, e.g. `{ department: 'department', adviser: { byEnterprise } }`. */
  readonly by: Readonly<Record<G, TallyGrouping<I>>>;
  /** Whether merged children (`mergedInto` set) are counted too; false by default (see {@link TallyIssuesOptions}). */
  readonly countMergedChildren?: boolean;
}

/**
 * Tallies the issues of a period under several groupings at once, reading each issue once: the
 * same tables as one {@link tallyIssues} call per grouping, faster for a province.
 *
 * O(n × g + u log u) for n issues, g groupings (plus what a function grouping costs) and u units
 * (each table's ids sorted once). The issues are read a block at a time, the rows of a block looked
 * up before any is credited, so the cache misses of a province's lookups overlap.
 *
 * @param issues - The issues (any order).
 * @param options - The period and the named groupings.
 * @returns A table of tallies per grouping name; or, for a bad period, `INVALID_DATE` at
 *   `['options', 'period', 'from' | 'to']` or `INVALID_ARGUMENT` at `['options', 'period']`.
 * @example
 * ```ts
 * const issue = { enterpriseId: 'e1', submittedAt: '2026-07-02T09:00:00+08:00', state: 'assigned', leadDepartmentId: 'd1',
 *   deadline: '2026-07-09', answer: null, feedback: null, reopenCount: 0, supervisionStep: 'urge', closedAt: null } as const;
 * const t = unwrap(tallyIssuesBy([issue], { period: { from: '2026-07-01', to: '2026-09-30' }, by: { department: 'department', adviser: { byEnterprise: { e1: 'a1' } } } }));
 * [t.department['d1']?.supervised, t.adviser['a1']?.received]; // [1, 1]
 * ```
 * @category Scoring
 */
export function tallyIssuesBy<I extends TallyIssue, G extends string>(issues: readonly I[], options: TallyIssuesByOptions<I, G>): Result<Readonly<Record<G, TallyTable>>> {
  const checked = readPeriod(options.period, 'options.period');
  if (!checked.ok) return checked;
  const { from, to } = options.period;
  const countMerged = options.countMergedChildren === true;
  const names = Object.keys(options.by) as G[];
  const talliers = names.map((name) => new Tallier<I>(options.by[name]));
  const bits = new Int32Array(BLOCK);
  const found = new Int32Array(BLOCK);
  for (let start = 0; start < issues.length; start += BLOCK) {
    const n = Math.min(BLOCK, issues.length - start);
    for (let k = 0; k < n; k++) {
      const issue = issues[start + k] as I;
      const parent = issue.mergedInto;
      const merged = parent !== undefined && parent !== null && !countMerged;
      bits[k] = issue.state === 'withdrawn' || merged || !inPeriod(issue.submittedAt, from, to) ? 0 : issueBits(issue);
    }
    for (const t of talliers) t.creditBlock(issues, start, bits, n, found);
  }
  return ok(Object.fromEntries(names.map((name, i) => [name, (talliers[i] as Tallier<I>).rows.table()])) as Record<G, TallyTable>);
}

/**
 * Turns visit compliance lines (e.g. `visitCompliance(...).byAdviser`, `.byDepartment` or
 * `.byGrid`) into tallies with only `visitsDue` and `visitsDone` set, to merge with issue tallies.
 *
 * @param lines - The compliance lines: id, visits due, visits done (finite numbers ≥ 0).
 * @returns The tallies by id, keys in code-unit order; lines with the same id are added. Or
 *   `INVALID_ARGUMENT` at `['lines', index, 'due' | 'done']` for a count that is negative, NaN or infinite.
 * @example
 * ```ts
 * unwrap(tallyVisits([{ id: 'a1', due: 3, done: 2 }]))['a1']?.visitsDone; // 2
 * tallyVisits([{ id: 'a1', due: -1, done: 0 }]); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['lines', 0, 'due'], … } }
 * ```
 * @category Scoring
 */
export function tallyVisits(lines: readonly { readonly id: Id; readonly due: number; readonly done: number }[]): Result<TallyTable> {
  const rows = new Rows();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as (typeof lines)[number];
    const bad = !isAmount(l.due) ? 'due' : !isAmount(l.done) ? 'done' : null;
    if (bad !== null) {
      return err(
        domainError('INVALID_ARGUMENT', {
          en: `The visits ${bad} of ${l.id} (lines.${i}.${bad}) must be a finite number ≥ 0; received ${String(l[bad])}.`,
          zh: `${l.id} 的${bad === 'due' ? '应走访数' : '已走访数'}（lines.${i}.${bad}）应为不小于 0 的有限数，实际为 ${String(l[bad])}。`,
          path: ['lines', i, bad],
          value: l[bad],
        }),
      );
    }
    const base = rows.slot(l.id);
    rows.add(base + DUE, l.due);
    rows.add(base + DONE, l.done);
  }
  return ok(rows.table());
}

/**
 * The advisers paired with each enterprise on a date, for {@link TallyGrouping}'s `byEnterprise`:
 * an issue is then credited to every adviser paired with its enterprise.
 *
 * O(n + m log m) for n pairings, m of them counted: each enterprise's advisers are collected (its
 * one adviser as is, a list from the second on), then each list is sorted once and its repeats
 * dropped (an adviser paired twice with the enterprise is listed once). No `Set`: at millions of
 * advisers a set's growth costs ten times the sort.
 *
 * @param pairings - The pairings; park pairings and pairings not active on `asOf` are left out.
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns For each enterprise with an active pairing, its advisers' ids (sorted, each once); or
 *   `INVALID_DATE` at `['asOf']` when `asOf` is not a real date.
 * @example
 * ```ts
 * const p = { id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-01', until: null, selection: 'appointed' } as const;
 * pairedAdvisers([p], '2026-03-01'); // { ok: true, value: { e1: ['a1'] } }
 * pairedAdvisers([p], '2026-02-30'); // { ok: false, error: { code: 'INVALID_DATE', path: ['asOf'], … } }
 * ```
 * @category Scoring
 */
export function pairedAdvisers(pairings: readonly Pairing[], asOf: CalendarDate): Result<Readonly<Record<Id, readonly Id[]>>> {
  const day = readDay(asOf, 'asOf');
  if (!day.ok) return day;
  // An enterprise's one adviser (the usual case) is kept as its id; a list only from the second one on.
  const of = new Map<Id, Id | Id[]>();
  for (const p of pairings) {
    if (p.enterpriseId === null || !isPairingActive(p, asOf)) continue;
    const seen = of.get(p.enterpriseId);
    if (seen === undefined) of.set(p.enterpriseId, p.adviserId);
    else if (typeof seen !== 'string') seen.push(p.adviserId);
    else if (seen !== p.adviserId) of.set(p.enterpriseId, [seen, p.adviserId]);
  }
  // fromEntries, not assignment: an enterprise id such as "__proto__" stays an own property
  return ok(Object.fromEntries(Array.from(of, ([enterpriseId, seen]) => [enterpriseId, typeof seen === 'string' ? [seen] : sortedOnce(seen)])));
}

/** The ids sorted (by code unit, as the default sort), each once; the list is sorted in place. O(m log m). */
function sortedOnce(ids: Id[]): Id[] {
  ids.sort();
  let kept = 0;
  for (const id of ids) if (kept === 0 || ids[kept - 1] !== id) ids[kept++] = id;
  ids.length = kept;
  return ids;
}
