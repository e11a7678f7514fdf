import * as fc from 'fast-check';
import { RateName } from '../scoring/rates.js';
import { DeductionCountSchema, NoDataRule, type ScoringScheme } from '../scoring/scheme.js';
import { tallyCounts, type Tally } from '../scoring/tally.js';
import { without } from './pools.js';

/**
 * Options of {@link arbScoringScheme}.
 *
 * @category Testing
 */
export interface ArbScoringSchemeOptions {
  /** The most weighted items (default 5). */
  readonly maxItems?: number;
  /** The most deductions (default 3). */
  readonly maxDeductions?: number;
  /** The names of external figures items may score (default `['partyBuilding']`); empty for rates only. */
  readonly externals?: readonly string[];
}

const share = fc.double({ min: 0, max: 1, noNaN: true });
const name = (zh: string, en: string) => ({ zh, en });

/** A curve that the schema accepts: linear, piecewise with rising points above the floor, or rising steps. */
const curveArb = fc.oneof(
  fc.constant({ type: 'linear' as const }),
  fc
    .tuple(share, fc.uniqueArray(share, { minLength: 1, maxLength: 4 }), fc.array(share, { minLength: 4, maxLength: 4 }))
    .map(([floor, xs, ys]) => {
      const values = [...new Set(xs.map((x) => Math.min(1, floor + (1 - floor) * x)))].sort((a, b) => a - b).filter((x) => x >= floor);
      const points = (values.length > 0 ? values : [floor]).map((x, i): [number, number] => [x, ys[i] ?? 1]);
      return { type: 'piecewise' as const, floor, points };
    }),
  fc
    .tuple(fc.uniqueArray(share, { minLength: 1, maxLength: 4, comparator: 'SameValueZero' }), fc.array(share, { minLength: 4, maxLength: 4 }))
    .map(([mins, shares]) => ({ type: 'steps' as const, steps: [...mins].sort((a, b) => a - b).map((min, i) => ({ min, share: shares[i] ?? 1 })) })),
);

/**
 * An arbitrary of scoring schemes (考核办法) that the schema accepts, every default filled in: a
 * base (0, 50 or 100), up to `maxItems` weighted items scoring a rate or an external figure with a
 * linear, piecewise or stepped curve (inverted or not, with any no-data rule), up to
 * `maxDeductions` deductions with or without a cap, any credit for "basically satisfied", with or
 * without the Wilson adjustment, and 0–4 decimals. Ids are unique and the maximum is positive.
 *
 * @param options - How many items and deductions, and the names of external figures.
 * @returns An arbitrary of schemes that `safeParse(ScoringSchemeSchema, …)` accepts unchanged.
 * @example
 * ```ts
 * fc.assert(fc.property(arbScoringScheme(), arbTally(), (scheme, tally) => {
 *   const s = unwrap(scoreTally(tally, scheme));
 *   return s.score === null || (s.score >= 0 && s.score <= s.max);
 * }));
 * ```
 * @category Testing
 */
export function arbScoringScheme(options: ArbScoringSchemeOptions = {}): fc.Arbitrary<ScoringScheme> {
  const externals = options.externals ?? ['partyBuilding'];
  const rate = fc.constantFrom(...RateName.schema.options).map((r) => ({ rate: r }));
  const input =
    externals.length === 0
      ? rate
      : fc.oneof({ weight: 4, arbitrary: rate }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...externals), fc.constantFrom(10, 100)).map(([external, max]) => ({ external, max })) });
  const item = fc.record({
    input,
    weight: fc.double({ min: 0.5, max: 50, noNaN: true }),
    curve: curveArb,
    invert: fc.boolean(),
    noData: fc.constantFrom(...NoDataRule.schema.options),
  });
  const deduction = fc.record({
    count: fc.constantFrom(...DeductionCountSchema.options),
    points: fc.double({ min: 0.5, max: 10, noNaN: true }),
    cap: fc.option(fc.double({ min: 1, max: 50, noNaN: true }), { nil: null }),
  });
  return fc
    .record({
      id: fc.nat({ max: 99 }).map((n) => `scheme-${n}`),
      base: fc.constantFrom(0, 50, 100),
      items: fc.array(item, { maxLength: options.maxItems ?? 5 }),
      deductions: fc.array(deduction, { maxLength: options.maxDeductions ?? 3 }),
      basicallySatisfiedCredit: share,
      smallSample: fc.option(fc.double({ min: 0.5, max: 3, noNaN: true }).map((z) => ({ method: 'wilson' as const, z })), { nil: null }),
      precision: fc.nat({ max: 4 }),
    })
    .filter((s) => s.base > 0 || s.items.length > 0)
    .map((s) => ({
      id: s.id,
      name: name('生成的考核办法', 'A generated scheme'),
      source: 'qinqing/testing',
      base: s.base,
      items: s.items.map((it, i) => ({ id: `item${i + 1}`, name: name(`计分项${i + 1}`, `Item ${i + 1}`), ...it })),
      deductions: s.deductions.map((d, i) => ({ id: `deduction${i + 1}`, name: name(`扣分项${i + 1}`, `Deduction ${i + 1}`), ...d })),
      basicallySatisfiedCredit: s.basicallySatisfiedCredit,
      smallSample: s.smallSample,
      precision: s.precision,
    }));
}

/**
 * An arbitrary of data that is almost a scoring scheme but not quite: an id used twice, neither a
 * base nor an item, a weight of 0 or below, points of a piecewise curve that do not rise, steps that
 * do not rise, an unknown rate, a "basically satisfied" credit above 1, too many decimals, an
 * unknown field.
 *
 * @param options - As for {@link arbScoringScheme}.
 * @returns An arbitrary of values that `safeParse(ScoringSchemeSchema, …)` rejects.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidScoringScheme(), (x) => !safeParse(ScoringSchemeSchema, x).ok));
 * ```
 * @category Testing
 */
export function arbInvalidScoringScheme(options: ArbScoringSchemeOptions = {}): fc.Arbitrary<unknown> {
  const valid = arbScoringScheme(options);
  const item = { id: 'extra', name: name('附加项', 'Extra'), input: { rate: 'satisfaction' }, weight: 10 };
  const withItem = (s: ScoringScheme, more: object): object => ({ ...s, items: [...s.items, { ...item, ...more }] });
  return fc.oneof(
    valid.map((s) => ({ ...s, deductions: [...s.deductions, ...[1, 2].map(() => ({ id: 'twice', name: name('重复', 'Twice'), count: 'unsatisfied', points: 1, cap: null }))] })),
    valid.map((s) => ({ ...s, base: 0, items: [] })),
    fc.tuple(valid, fc.constantFrom(0, -5)).map(([s, weight]) => withItem(s, { weight })),
    valid.map((s) => withItem(s, { curve: { type: 'piecewise', floor: 0.5, points: [[0.9, 1], [0.8, 0.5]] } })),
    valid.map((s) => withItem(s, { curve: { type: 'piecewise', floor: 0.8, points: [[0.5, 1]] } })),
    valid.map((s) => withItem(s, { curve: { type: 'steps', steps: [{ min: 0.9, share: 1 }, { min: 0.9, share: 0.5 }] } })),
    valid.map((s) => withItem(s, { input: { rate: 'happiness' } })),
    fc.tuple(valid, fc.constantFrom(1.5, -0.1)).map(([s, basicallySatisfiedCredit]) => ({ ...s, basicallySatisfiedCredit })),
    valid.map((s) => ({ ...s, precision: 7 })),
    valid.map((s) => ({ ...s, bonus: 5 })),
    fc.tuple(valid, fc.constantFrom('id', 'name', 'source')).map(([s, key]) => without(s, key)),
  );
}

/**
 * Options of {@link arbTally}.
 *
 * @category Testing
 */
export interface ArbTallyOptions {
  /** The largest count (default 1000). */
  readonly max?: number;
  /**
   * Whether the counts hang together as `tallyIssues` makes them (default true): no more answered
   * than received, no more responded in time, resolved or closed than answered, no more closed on
   * time than closed, no more reopened or supervised than received, and no more feedback than
   * answers; of the hotline counts, no more in time than due, no more due than received, no more
   * closed unrated than closed, and no more disputes decided than requested; the professional-fit
   * ratings together no more than `max`. With false, each count is any whole number up to `max`.
   */
  readonly consistent?: boolean;
}

/**
 * An arbitrary of tallies: the 27 counts of a unit's issues, visits and ratings in a period, each a whole
 * number from 0 to `max`, by default consistent with one another as real tallies are.
 *
 * @param options - The largest count and whether the counts are consistent.
 * @returns An arbitrary of tallies that `TallySchema` accepts.
 * @example
 * ```ts
 * fc.assert(fc.property(arbTally({ max: 50 }), (t) => t.answered <= t.received));
 * ```
 * @category Testing
 */
export function arbTally(options: ArbTallyOptions = {}): fc.Arbitrary<Tally> {
  const max = options.max ?? 1000;
  if (!Number.isInteger(max) || max < 0) throw new Error(`qinqing/testing: arbTally: max must be a whole number ≥ 0; received ${max}.`);
  const counts = fc.array(fc.nat({ max }), { minLength: tallyCounts.length, maxLength: tallyCounts.length });
  if (options.consistent === false) return counts.map((c) => Object.fromEntries(tallyCounts.map((k, i) => [k, c[i] ?? 0])) as Tally);
  return counts.map((c) => {
    const at = (i: number, bound: number): number => (c[i] ?? 0) % (bound + 1);
    const received = at(0, max);
    const answered = at(2, received);
    const closed = at(4, answered);
    const satisfied = at(8, answered);
    const basicallySatisfied = at(9, answered - satisfied);
    const signForDue = at(13, received);
    const contactDue = at(15, received);
    const fewest = Math.max(signForDue, contactDue); // orders with a sign-for or a first-contact limit
    const responseDue = fewest + at(17, Math.min(received, signForDue + contactDue) - fewest);
    const disputesRequested = at(21, max);
    const disputesUpheld = at(22, disputesRequested);
    const fitSatisfied = at(24, max);
    const fitBasicallySatisfied = at(25, max - fitSatisfied);
    return {
      received,
      respondedInTime: at(1, answered),
      answered,
      resolved: at(3, answered),
      closed,
      closedOnTime: at(5, closed),
      reopened: at(6, received),
      supervised: at(7, received),
      satisfied,
      basicallySatisfied,
      unsatisfied: at(10, answered - satisfied - basicallySatisfied),
      visitsDue: at(11, max),
      visitsDone: at(12, max),
      signForDue,
      signedForInTime: at(14, signForDue),
      contactDue,
      contactedInTime: at(16, contactDue),
      responseDue,
      respondedWithinLimits: at(18, responseDue),
      closedUnrated: at(19, closed),
      redispatched: at(20, received),
      disputesRequested,
      disputesUpheld,
      disputesOverruled: at(23, disputesRequested - disputesUpheld),
      fitSatisfied,
      fitBasicallySatisfied,
      fitUnsatisfied: at(26, max - fitSatisfied - fitBasicallySatisfied),
    };
  });
}

/**
 * An arbitrary of data that is almost a tally but not quite: a negative or fractional count, a
 * count that is not a number, a missing count (one of the 13 required) or an unknown count.
 *
 * @returns An arbitrary of values that `TallySchema` rejects.
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidTally(), (x) => !TallySchema.safeParse(x).success));
 * ```
 * @category Testing
 */
export function arbInvalidTally(): fc.Arbitrary<unknown> {
  const valid = arbTally({ max: 100 });
  const key = fc.constantFrom(...tallyCounts);
  // A missing count is an error only for the 13 of Part 8: TallySchema reads a missing count of the hotline standards as 0.
  const required = fc.constantFrom(...tallyCounts.slice(0, 13));
  return fc.oneof(
    fc.tuple(valid, key, fc.constantFrom(-1, 0.5, Number.NaN, Infinity, 2 ** 53)).map(([t, k, v]) => ({ ...t, [k]: v })),
    fc.tuple(valid, key, fc.constantFrom('3', null, true)).map(([t, k, v]) => ({ ...t, [k]: v })),
    fc.tuple(valid, required).map(([t, k]) => without(t, k)),
    valid.map((t) => ({ ...t, visitsMissed: 2 })),
  );
}
