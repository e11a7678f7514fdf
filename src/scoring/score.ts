import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, Id, Locale } from '../core/schema.js';
import { inLocale } from '../core/schema.js';
import { RateName, ratesOf } from './rates.js';
import { argumentError, checkedOnce } from '../internal/parse.js';
import { ScoringSchemeSchema, type DeductionCount, type ScoringScheme } from './scheme.js';
import { emptyTally, tallyProblem, type Tally, type TallyTable } from './tally.js';

type Curve = ScoringScheme['items'][number]['curve'];

/**
 * How one item of a scheme scored for a unit.
 *
 * @category Scoring
 */
export interface ItemScore {
  /** The item's id. */
  readonly id: Id;
  /** The item's value from 0 to 1 (after `invert`), or null for no data. */
  readonly value: number | null;
  /** The share of the weight earned, from 0 to 1 (by the curve, or by the no-data rule). */
  readonly earned: number;
  /** The points counted in the score (weight × earned, scaled up when other items are skipped); 0 for a skipped item. */
  readonly points: number;
  /** The item's weight. */
  readonly weight: number;
  /** Whether the item was left out for lack of data (`noData: 'skip'`). */
  readonly skipped: boolean;
}

/**
 * How one deduction of a scheme applied to a unit.
 *
 * @category Scoring
 */
export interface DeductionScore {
  /** The deduction's id. */
  readonly id: Id;
  /** The events counted. */
  readonly count: number;
  /** The points taken off (after the cap). */
  readonly points: number;
  /** Whether the cap was reached. */
  readonly capped: boolean;
}

/**
 * A unit's score under a scheme, with every item and deduction, so it can be explained.
 *
 * @category Scoring
 */
export interface UnitScore {
  /** The unit. */
  readonly id: Id;
  /** The score, from 0 to `max`, rounded to the scheme's precision; null when every item was skipped for lack of data. */
  readonly score: number | null;
  /** The scheme's maximum: base + Σ weights. */
  readonly max: number;
  /** The scheme's base. */
  readonly base: number;
  /** The items, in the scheme's order. */
  readonly items: readonly ItemScore[];
  /** The deductions, in the scheme's order. */
  readonly deductions: readonly DeductionScore[];
}

/** The share of the weight a curve gives a value in 0…1. */
function curveShare(curve: Curve, x: number): number {
  switch (curve.type) {
    case 'linear':
      return x;
    case 'piecewise': {
      if (x < curve.floor) return 0;
      const pts = curve.points;
      if (pts.length === 0) return 0; // no points: ScoringSchemeSchema refuses it, scoreTally checks the scheme first
      const first = pts[0] as readonly [number, number];
      if (x <= first[0]) return first[1];
      for (let i = 1; i < pts.length; i++) {
        const [x1, y1] = pts[i] as readonly [number, number];
        if (x <= x1) {
          const [x0, y0] = pts[i - 1] as readonly [number, number];
          return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
        }
      }
      return (pts[pts.length - 1] as readonly [number, number])[1];
    }
    case 'steps': {
      let s = 0;
      for (const step of curve.steps) if (x >= step.min) s = step.share;
      return s;
    }
    default: {
      const never: never = curve;
      return never;
    }
  }
}

/** The count a deduction reads from a tally. */
function countOf(t: Tally, c: DeductionCount): number {
  switch (c) {
    case 'answeredLate':
      return Math.max(0, t.answered - t.respondedInTime);
    case 'closedLate':
      return Math.max(0, t.closed - t.closedOnTime);
    case 'visitsMissed':
      return Math.max(0, t.visitsDue - t.visitsDone);
    default:
      return t[c];
  }
}

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/**
 * Scores one unit's tally under a scheme. Each item's value is a rate of the tally (computed with
 * the scheme's "basically satisfied" credit and small-sample adjustment) or an external figure ÷
 * its `max` (capped at 1); `invert` turns it into 1 − value; the curve gives the share of the
 * weight earned. An item with no data earns 0, full marks, or is skipped (its weight shared among
 * the other items in proportion). Deductions take `points × count` off, up to their caps. The
 * score is `base + Σ points − Σ deductions`, kept between 0 and `max` and rounded.
 *
 * @param tally - The unit's tally; every count a finite number ≥ 0.
 * @param scheme - A validated scheme, e.g. {@link jiaozuoScheme}.
 * @param externals - The unit's external figures by name (e.g. `{ partyBuilding: 92 }`); missing ones are no data.
 * @param id - The unit's id, copied into the result.
 * @returns The score with every item and deduction (every figure finite); or `INVALID_ARGUMENT` at
 *   `['externals', name]` for an external figure the scheme reads that is negative or not finite,
 *   or at `['tally', count]` for a count that is negative, NaN, infinite or above
 *   `Number.MAX_SAFE_INTEGER`; or the error of a scheme that `ScoringSchemeSchema` refuses (a
 *   hand-built one), under `['scheme']`.
 * @example
 * ```ts
 * const t = { ...emptyTally, satisfied: 850, basicallySatisfied: 85, unsatisfied: 65 };
 * unwrap(scoreTally(t, jiaozuoScheme)).score; // 93.5
 * scoreTally(t, hainingScheme, { partyBuilding: -5 }); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['externals', 'partyBuilding'], … } }
 * ```
 * @category Scoring
 */
export function scoreTally(tally: Tally, scheme: ScoringScheme, externals: Readonly<Record<string, number>> = {}, id: Id = ''): Result<UnitScore> {
  const bad = schemeProblem(scheme);
  if (bad !== null) return err(bad);
  return scoreOne(tally, scheme, externals, id, 'scoreTally');
}

/**
 * The problem of a scheme an app passed as `scheme` (a hand-built one: a piecewise curve without
 * points, a weight of `Number.MAX_VALUE`, …) under `['scheme']`, or null; checked once per scheme
 * object while it is unchanged (the built-in and parsed schemes are frozen: O(1)).
 */
function schemeProblem(scheme: ScoringScheme): DomainError | null {
  const problem = checkedOnce(ScoringSchemeSchema, scheme);
  return problem === null ? null : argumentError(problem, ['scheme'], { en: 'a valid scoring scheme (check it with safeParse(ScoringSchemeSchema, …))', zh: '有效的考核办法（可先用 safeParse(ScoringSchemeSchema, …) 校验）' });
}

const TALLY: ErrorPath = ['tally'];

/**
 * A unit's score from {@link scoreUnits}, compact: the score and what it was computed from (the
 * tally and the external figures, the caller's own objects, not copies), so that the item-by-item
 * detail is derived on demand ({@link unitScoreDetail}, {@link explainScore}) instead of being kept
 * for every unit. Plain JSON: it survives `JSON.stringify`/`JSON.parse` and still explains.
 *
 * @category Scoring
 */
export interface CompactUnitScore {
  /** The unit. */
  readonly id: Id;
  /** The score, from 0 to `max`, rounded to the scheme's precision; null when every item was skipped for lack of data. */
  readonly score: number | null;
  /** The scheme's maximum: base + Σ weights. */
  readonly max: number;
  /** The tally it was scored from ({@link emptyTally} for a unit listed without one). */
  readonly tally: Tally;
  /** The unit's external figures by name (`{}` when none). */
  readonly externals: Readonly<Record<string, number>>;
}

const noExternals: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({});

/**
 * Whose arguments an error names: {@link scoreTally}'s (`['tally', count]`, `['externals', name]`),
 * {@link scoreUnits}' (`['table', id, count]`, `['options', 'externals', id, name]`) or
 * {@link unitScoreDetail}'s (`['score', 'tally', count]`, `['score', 'externals', name]`).
 */
type Caller = 'scoreTally' | 'scoreUnits' | 'unitScoreDetail';

const tallyPath = (caller: Caller, id: Id): ErrorPath => (caller === 'scoreUnits' ? ['table', id] : caller === 'unitScoreDetail' ? ['score', 'tally'] : TALLY);
const externalsPath = (caller: Caller, id: Id): ErrorPath =>
  caller === 'scoreUnits' ? ['options', 'externals', id] : caller === 'unitScoreDetail' ? ['score', 'externals'] : ['externals'];

/** The error of an external figure that is negative or not finite, at the path of the caller's argument. */
function externalProblem(id: Id, name: string, figure: number, caller: Caller): Result<never> {
  return err(
    domainError('INVALID_ARGUMENT', {
      en: `The external figure ${name} of unit ${id} must be a finite number ≥ 0; received ${figure}.`,
      zh: `单位 ${id} 的外部分值 ${name} 应为不小于 0 的有限数，实际为 ${figure}。`,
      path: [...externalsPath(caller, id), name],
      value: figure,
    }),
  );
}

/**
 * Scores one unit into `values` and `earned` (one slot per item of the scheme; `earned` is −1 for a
 * skipped item) and returns the score; the one computation behind {@link scoreOne} (which keeps the
 * detail) and {@link scoreUnits} (which keeps only the score, reusing the two arrays for every
 * unit). Its errors are at the paths of the caller's arguments. O(items + deductions), allocating only the rates.
 */
function scoreInto(
  tally: Tally,
  scheme: ScoringScheme,
  externals: Readonly<Record<string, number>>,
  id: Id,
  caller: Caller,
  values: (number | null)[],
  earned: Float64Array,
): Result<number | null> {
  const problem = tallyProblem(tally, TALLY);
  if (problem !== null) return err(caller === 'scoreTally' ? problem : (tallyProblem(tally, tallyPath(caller, id)) ?? problem));
  const r = ratesOf(tally, scheme.basicallySatisfiedCredit, scheme.smallSample === null ? undefined : scheme.smallSample.z);
  const items = scheme.items;
  let weightAll = 0;
  let weightKept = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as ScoringScheme['items'][number];
    weightAll += item.weight;
    let value: number | null;
    if ('rate' in item.input) {
      value = r[item.input.rate];
    } else {
      const name = item.input.external;
      const figure = Object.hasOwn(externals, name) ? externals[name] : undefined;
      if (figure !== undefined && !(Number.isFinite(figure) && figure >= 0)) return externalProblem(id, name, figure, caller);
      value = figure === undefined ? null : Math.min(1, figure / item.input.max);
    }
    if (value !== null && item.invert) value = 1 - value;
    values[i] = value;
    if (value === null && item.noData === 'skip') earned[i] = -1;
    else {
      earned[i] = value === null ? (item.noData === 'full' ? 1 : 0) : curveShare(item.curve, value);
      weightKept += item.weight;
    }
  }
  const scale = weightKept === 0 ? 0 : weightAll / weightKept;
  let sum = scheme.base;
  for (let i = 0; i < items.length; i++) {
    const e = earned[i] as number;
    if (e >= 0) sum += (items[i] as ScoringScheme['items'][number]).weight * e * scale;
  }
  for (const d of scheme.deductions) sum -= deducted(tally, d).points;
  const max = scheme.base + weightAll;
  const unscorable = items.length > 0 && weightKept === 0 && scheme.base === 0;
  return ok(unscorable ? null : Math.min(max, Math.max(0, round(sum, scheme.precision))));
}

/** The points a deduction takes off a tally (after its cap), and its count. */
function deducted(tally: Tally, d: ScoringScheme['deductions'][number]): { count: number; full: number; points: number } {
  const count = countOf(tally, d.count);
  const full = d.points * count;
  return { count, full, points: d.cap === null ? full : Math.min(d.cap, full) };
}

/** The sum of the scheme's item weights, added in the scheme's order (as the score adds them). */
const weightOf = (scheme: ScoringScheme): number => scheme.items.reduce((sum, item) => sum + item.weight, 0);

/** {@link scoreTally} on a checked scheme, its errors at the caller's arguments: the score with every item and deduction. */
function scoreOne(tally: Tally, scheme: ScoringScheme, externals: Readonly<Record<string, number>>, id: Id, caller: Caller): Result<UnitScore> {
  const values: (number | null)[] = [];
  const earned = new Float64Array(scheme.items.length);
  const score = scoreInto(tally, scheme, externals, id, caller, values, earned);
  if (!score.ok) return score;
  const weightAll = weightOf(scheme);
  let weightKept = 0;
  scheme.items.forEach((item, i) => {
    if ((earned[i] as number) >= 0) weightKept += item.weight;
  });
  const scale = weightKept === 0 ? 0 : weightAll / weightKept;
  const items: ItemScore[] = scheme.items.map((item, i) => {
    const e = earned[i] as number;
    const skipped = e < 0; // a skipped item earns 0
    return { id: item.id, value: values[i] ?? null, earned: skipped ? 0 : e, points: skipped ? 0 : round(item.weight * e * scale, 4), weight: item.weight, skipped };
  });
  const deductions: DeductionScore[] = scheme.deductions.map((d) => {
    const { count, full, points } = deducted(tally, d);
    return { id: d.id, count, points: round(points, 4), capped: d.cap !== null && full > d.cap };
  });
  return ok({ id, score: score.value, max: scheme.base + weightAll, base: scheme.base, items, deductions });
}

/**
 * Options of {@link scoreUnits}.
 *
 * @category Scoring
 */
export interface ScoreUnitsOptions {
  /** External figures by unit id, then by name (e.g. `{ d1: { partyBuilding: 92 } }`). */
  readonly externals?: Readonly<Record<Id, Readonly<Record<string, number>>>>;
  /** Units to score even without a tally (they score on an empty tally), e.g. every department. */
  readonly units?: readonly Id[];
}

/** Whether the ids are in code-unit order, each once. */
function strictlySorted(ids: readonly Id[]): boolean {
  for (let i = 1; i < ids.length; i++) if (!((ids[i - 1] as Id) < (ids[i] as Id))) return false;
  return true;
}

/**
 * Scores every unit of a table of tallies under a scheme (the score {@link scoreTally} gives each),
 * keeping for each unit a {@link CompactUnitScore}: its score and what it was computed from, not the
 * item-by-item detail, which {@link unitScoreDetail} and {@link explainScore} derive for one unit on
 * demand. O(n × (items + deductions)) for n units, plus one sort of the ids when the table's keys
 * are not already in code-unit order (O(n log n)); a few dozen bytes per unit besides the table.
 *
 * @param table - The tallies by unit id; every count a finite number ≥ 0.
 * @param scheme - A validated scheme.
 * @param options - External figures per unit, and units to include without a tally.
 * @returns One score per unit, in code-unit order of the ids; or `INVALID_ARGUMENT` at
 *   `['table', id, count]` for a count that is negative, NaN, infinite or above
 *   `Number.MAX_SAFE_INTEGER`, or at `['options', 'externals', id, name]` for an external figure
 *   that is negative or not finite; or the error of a scheme that `ScoringSchemeSchema` refuses,
 *   under `['scheme']`.
 * @example
 * ```ts
 * const scores = unwrap(scoreUnits({ d1: { ...emptyTally, satisfied: 9, unsatisfied: 1 } }, jiaozuoScheme, { units: ['d2'] }));
 * scores.map((s) => [s.id, s.score]); // [['d1', 90], ['d2', null]]
 * scoreUnits({ d1: { ...emptyTally, satisfied: Number.NaN } }, jiaozuoScheme); // { ok: false, error: { code: 'INVALID_ARGUMENT', path: ['table', 'd1', 'satisfied'], … } }
 * ```
 * @category Scoring
 */
export function scoreUnits(table: TallyTable, scheme: ScoringScheme, options: ScoreUnitsOptions = {}): Result<readonly CompactUnitScore[]> {
  const bad = schemeProblem(scheme);
  if (bad !== null) return err(bad);
  let ids = Object.keys(table);
  if (options.units !== undefined && options.units.length > 0) ids = [...new Set([...ids, ...options.units])];
  if (!strictlySorted(ids)) ids.sort(); // the default sort compares code units, as byCodeUnit
  const externals = options.externals ?? {};
  const max = scheme.base + weightOf(scheme);
  const values: (number | null)[] = [];
  const earned = new Float64Array(scheme.items.length);
  const scores: CompactUnitScore[] = new Array<CompactUnitScore>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as Id;
    const tally = Object.hasOwn(table, id) ? (table[id] as Tally) : emptyTally;
    const own = Object.hasOwn(externals, id) ? (externals[id] as Readonly<Record<string, number>>) : noExternals;
    const score = scoreInto(tally, scheme, own, id, 'scoreUnits', values, earned);
    if (!score.ok) return score;
    scores[i] = { id, score: score.value, max, tally, externals: own };
  }
  return ok(scores);
}

/**
 * The item-by-item detail of one unit's compact score from {@link scoreUnits}: the same
 * {@link UnitScore} that {@link scoreTally} gives for its tally and external figures. O(items +
 * deductions).
 *
 * @param score - The unit's compact score.
 * @param scheme - The scheme it was scored under.
 * @returns The score with every item and deduction; or, for a compact score edited by hand,
 *   `INVALID_ARGUMENT` at `['score', 'tally', count]` or `['score', 'externals', name]`, or the
 *   error of a scheme that `ScoringSchemeSchema` refuses, under `['scheme']`.
 * @example
 * ```ts
 * const [d1] = unwrap(scoreUnits({ d1: { ...emptyTally, satisfied: 9, unsatisfied: 1 } }, jiaozuoScheme));
 * unwrap(unitScoreDetail(d1!, jiaozuoScheme)).items[0]?.points; // 90
 * ```
 * @category Scoring
 */
export function unitScoreDetail(score: CompactUnitScore, scheme: ScoringScheme): Result<UnitScore> {
  const bad = schemeProblem(scheme);
  if (bad !== null) return err(bad);
  return scoreOne(score.tally, scheme, score.externals, score.id, 'unitScoreDetail');
}

const fmt = (x: number): string => String(round(x, 2));
const pct = (x: number): string => `${round(x * 100, 1)}%`;

/**
 * Explains a unit's score item by item, in a locale: each item's value, the share earned and the
 * points, each deduction, and the total. A compact score from {@link scoreUnits} is detailed first
 * ({@link unitScoreDetail}); one edited into an invalid state explains as its error's message.
 *
 * @param unit - The unit's score from {@link scoreTally}, or its compact score from {@link scoreUnits}.
 * @param scheme - The scheme it was scored under.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns One line per item and deduction, then the total.
 * @example
 * ```ts
 * const s = unwrap(scoreTally({ ...emptyTally, satisfied: 9, unsatisfied: 1 }, jiaozuoScheme));
 * explainScore(s, jiaozuoScheme, 'en').at(-1); // 'Total: 90 of 100'
 * ```
 * @category Scoring
 */
export function explainScore(unit: UnitScore | CompactUnitScore, scheme: ScoringScheme, locale: Locale): readonly string[] {
  const zh = locale === 'zh-CN';
  let score: UnitScore;
  if ('items' in unit) score = unit;
  else {
    const detail = unitScoreDetail(unit, scheme);
    if (!detail.ok) return [zh ? detail.error.messageZh : detail.error.message];
    score = detail.value;
  }
  const lines: string[] = [];
  if (scheme.base > 0) lines.push(zh ? `基础分 ${fmt(scheme.base)}` : `Base: ${fmt(scheme.base)}`);
  scheme.items.forEach((item, i) => {
    const s = score.items[i];
    if (s === undefined) return;
    const name = inLocale(item.name, locale);
    const source: BilingualText = 'rate' in item.input ? RateName.labels[item.input.rate] : { zh: `外部分值 ${item.input.external}`, en: `external figure ${item.input.external}` };
    const value =
      s.value === null
        ? zh
          ? '无数据'
          : 'no data'
        : item.invert
          ? `${pct(1 - s.value)}${zh ? `（1 − ${pct(1 - s.value)} = ${pct(s.value)}）` : ` (1 − ${pct(1 - s.value)} = ${pct(s.value)})`}`
          : pct(s.value);
    const tail = s.skipped
      ? zh
        ? '不计，权重分给其他项'
        : 'left out; its weight goes to the other items'
      : zh
        ? `得 ${fmt(s.points)} / ${fmt(s.weight)} 分`
        : `${fmt(s.points)} of ${fmt(s.weight)} points`;
    const note = `${inLocale(source, locale)}${item.invert ? (zh ? '，越低越好' : ', lower is better') : ''}`;
    const label = note === name ? name : zh ? `${name}（${note}）` : `${name} (${note})`;
    lines.push(`${label}${zh ? '：' : ': '}${value} → ${tail}`);
  });
  scheme.deductions.forEach((d, i) => {
    const s = score.deductions[i];
    if (s === undefined) return;
    const name = inLocale(d.name, locale);
    const cap = s.capped ? (zh ? `（封顶 ${fmt(d.cap ?? 0)}）` : ` (capped at ${fmt(d.cap ?? 0)})`) : '';
    lines.push(zh ? `${name}：${s.count} 次 × ${fmt(d.points)} → 扣 ${fmt(s.points)} 分${cap}` : `${name}: ${s.count} × ${fmt(d.points)} → −${fmt(s.points)}${cap}`);
  });
  if (score.score === null) lines.push(zh ? '合计：无数据，不计分' : 'Total: no data, not scored');
  else lines.push(zh ? `合计：${fmt(score.score)} / ${fmt(score.max)}` : `Total: ${fmt(score.score)} of ${fmt(score.max)}`);
  return lines;
}
