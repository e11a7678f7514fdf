import { ok, type Result } from '../core/result.js';
import type { CalendarDate, DateRange, Id, Instant } from '../core/schema.js';
import { readPeriod } from '../internal/args.js';
import { localDay } from '../internal/instant.js';
import type { AnswerOutcome, IssueState } from '../vocabulary/issue.js';
import type { AdviserKind } from '../org/adviser.js';
import type { PairingPolicy } from './policy.js';
import type { Pairing } from './schema.js';

/**
 * What the problem quota needs of an issue (an {@link qinqing!Issue} will do): whose it is, its state,
 * its answer's outcome and date, and when it was closed.
 *
 * @category Pairing
 */
export interface QuotaIssue {
  /** The enterprise that raised it. */
  readonly enterpriseId: Id;
  /** Its lifecycle state. */
  readonly state: IssueState;
  /** Its current answer, or null. */
  readonly answer: { readonly outcome: AnswerOutcome; readonly on: CalendarDate } | null;
  /** When it was closed (销号), or null. */
  readonly closedAt: Instant | null;
}

/**
 * What {@link problemQuota} needs of an adviser (an {@link qinqing/org!Adviser} or a
 * {@link PairingAdviser} will do): its id and kind.
 *
 * @category Pairing
 */
export interface QuotaAdviser {
  /** The app's id of the person. */
  readonly id: Id;
  /** The kind of adviser or cadre; the quota binds the kinds its rule names. */
  readonly kind: AdviserKind;
}

/**
 * One pairing held to the problem quota (003) in a period, as plain JSON: who, for which
 * enterprise, how many problems were solved, how many are required, and whether that is enough.
 *
 * @category Pairing
 */
export interface QuotaLine {
  /** The pairing. */
  readonly pairingId: Id;
  /** The paired cadre. */
  readonly adviserId: Id;
  /** The paired enterprise. */
  readonly enterpriseId: Id;
  /** The enterprise's problems solved within the period. */
  readonly solved: number;
  /** The quota: the rule's `perYear`. */
  readonly required: number;
  /** Whether `solved ≥ required`. */
  readonly met: boolean;
}

const SOLVED_STATES: ReadonlySet<IssueState> = /* @__PURE__ */ (() => new Set<IssueState>(['answered', 'confirmed', 'closed']))();

/** The local date an issue was solved, or null when it does not count as solved. */
function solvedOn(issue: QuotaIssue): CalendarDate | null {
  if (issue.answer === null || issue.answer.outcome !== 'resolved' || !SOLVED_STATES.has(issue.state)) return null;
  if (issue.closedAt !== null) {
    const day = localDay(issue.closedAt, 480);
    if (day.ok) return day.value;
  }
  return issue.answer.on;
}

/**
 * The quota lines of the pairings at `indexes` of `pairings` (all of them, in order, when omitted),
 * each with the index of its pairing. Internal: {@link problemQuota} and `validatePairings` share it.
 * The period is trusted (already checked).
 */
export function quotaLinesAt(
  advisers: readonly QuotaAdviser[],
  pairings: readonly Pairing[],
  issues: readonly QuotaIssue[],
  policy: PairingPolicy,
  period: DateRange,
  indexes?: readonly number[],
): { readonly at: number; readonly line: QuotaLine }[] {
  const quota = policy.problemQuota;
  const out: { readonly at: number; readonly line: QuotaLine }[] = [];
  if (quota.kinds.length === 0) return out;
  const bound = new Set<AdviserKind>(quota.kinds);
  const kindOf = new Map<Id, AdviserKind>();
  for (const a of advisers) if (!kindOf.has(a.id)) kindOf.set(a.id, a.kind);
  const solved = new Map<Id, number>();
  for (const issue of issues) {
    const on = solvedOn(issue);
    if (on === null || on < period.from || on > period.to) continue;
    solved.set(issue.enterpriseId, (solved.get(issue.enterpriseId) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const n = indexes === undefined ? pairings.length : indexes.length;
  for (let k = 0; k < n; k++) {
    const i = indexes === undefined ? k : (indexes[k] as number);
    const p = pairings[i];
    if (p === undefined || p.enterpriseId === null) continue;
    const kind = kindOf.get(p.adviserId);
    if (kind === undefined || !bound.has(kind)) continue;
    if (p.since > period.from || (p.until !== null && p.until < period.to)) continue;
    const key = `${p.adviserId}\u0000${p.enterpriseId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const count = solved.get(p.enterpriseId) ?? 0;
    out.push({
      at: i,
      line: { pairingId: p.id, adviserId: p.adviserId, enterpriseId: p.enterpriseId, solved: count, required: quota.perYear, met: count >= quota.perYear },
    });
  }
  return out;
}

/**
 * Counts, for each pairing held to the problem quota (003: each contact cadre solves at least 2 real
 * problems a year for each enterprise it is paired with), the problems of its enterprise solved in
 * the period, against the policy's `perYear`.
 *
 * A pairing is held to the quota when it pairs an adviser of a kind the rule binds
 * (`policy.problemQuota.kinds`; the first adviser with an id counts, unknown advisers are skipped)
 * with an enterprise (park pairings are not), and it lasted the **whole** period
 * (`since ≤ period.from` and `until` null or `≥ period.to`): a pairing that began or ended within
 * the period is not held to the yearly quota. When the same adviser and enterprise are paired twice,
 * the first such pairing counts.
 *
 * An issue counts as solved when its answer's outcome is `'resolved'` and it is answered, confirmed
 * or closed; it is dated by the China local date (UTC+8) of `closedAt`, else by the answer's date,
 * and counts when that date lies in the period (both ends included). Issues are credited to every
 * held contact of their enterprise (an issue does not record which cadre solved it).
 * {@link validatePairings} reports the lines that are not met as `PROBLEM_QUOTA_UNMET`.
 *
 * @param advisers - The advisers and cadres (id and kind).
 * @param pairings - The pairings.
 * @param issues - The issues (any order), e.g. every issue of the year.
 * @param policy - The pairing policy, e.g. {@link defaultPairingPolicy}; its `problemQuota` applies.
 * @param period - The year, e.g. `{ from: '2026-01-01', to: '2026-12-31' }` (Lishui's service year may run from April).
 * @returns One line per pairing held to the quota, in the pairings' order (empty when the rule binds
 *   no kind); or `INVALID_DATE` (path `['period', 'from']` or `['period', 'to']`) when an end of the
 *   period is not a date, `INVALID_ARGUMENT` (path `['period']`) when it is not an object or ends before it begins.
 * @example
 * ```ts
 * const advisers = [{ id: 'l1', kind: 'contactLeader' } as const];
 * const pairings = [{ id: 'p1', adviserId: 'l1', enterpriseId: 'e1', parkId: null, since: '2025-06-01', until: null, selection: 'appointed' } as const];
 * const issues = [{ enterpriseId: 'e1', state: 'closed', answer: { outcome: 'resolved', on: '2026-03-02' }, closedAt: '2026-03-03T10:00:00+08:00' } as const];
 * problemQuota(advisers, pairings, issues, defaultPairingPolicy, { from: '2026-01-01', to: '2026-12-31' });
 * // { ok: true, value: [{ pairingId: 'p1', adviserId: 'l1', enterpriseId: 'e1', solved: 1, required: 2, met: false }] }
 * problemQuota(advisers, pairings, issues, defaultPairingPolicy, { from: '2026-12-31', to: '2026-01-01' });
 * // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['period'], … } }
 * ```
 * @category Pairing
 */
export function problemQuota(
  advisers: readonly QuotaAdviser[],
  pairings: readonly Pairing[],
  issues: readonly QuotaIssue[],
  policy: PairingPolicy,
  period: DateRange,
): Result<readonly QuotaLine[]> {
  const days = readPeriod(period, 'period');
  if (!days.ok) return days;
  return ok(quotaLinesAt(advisers, pairings, issues, policy, period).map((l) => l.line));
}
