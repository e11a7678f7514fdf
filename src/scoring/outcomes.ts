import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import { domainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { BilingualTextSchema, CalendarDateSchema, IdSchema, type BilingualText, type DateRange, type Id } from '../core/schema.js';
import { readPeriod } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { argumentError, checkedOnce, movedPaths, quoted, safeParseWith } from '../internal/parse.js';

/**
 * What an outcome measure counts: a number of things (`'count'`: trademarks registered, enterprises
 * financed — whole numbers) or an amount (`'amount'`: the money raised — a decimal in the measure's
 * unit).
 *
 * `OutcomeMeasureKind.values` lists the values in order, `OutcomeMeasureKind.labels` gives each a
 * zh-CN and an English label, and `OutcomeMeasureKind.schema` validates one.
 *
 * @example
 * ```ts
 * OutcomeMeasureKind.labels.amount.zh; // '数额'
 * OutcomeMeasureKind.values; // ['count', 'amount']
 * ```
 * @category Scoring
 */
export const OutcomeMeasureKind = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    count: { zh: '计数', en: 'Count' },
    amount: { zh: '数额', en: 'Amount' },
  }),
))();

export type OutcomeMeasureKind = EnumValue<typeof OutcomeMeasureKind>;

/**
 * One outcome an office counts (成效, 000: trademarks registered, well-known trademarks recognised,
 * enterprises helped to financing and the amount): its key, label and unit in both languages, its
 * kind, and for an amount the decimals it is kept to (0–6, default 2; counts are whole numbers).
 *
 * @example
 * ```ts
 * OutcomeMeasureSchema.parse({ key: 'financingAmount', label: { zh: '帮助企业融资', en: 'Financing raised' }, unit: { zh: '亿元', en: '100 million yuan' }, kind: 'amount' }).decimals; // 2
 * ```
 * @category Scoring
 */
export const OutcomeMeasureSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The measure's key, unique in its set. */
  key: IdSchema,
  /** What it counts, in both languages. */
  label: BilingualTextSchema,
  /** Its unit, e.g. 件 / 家 / 亿元. */
  unit: BilingualTextSchema,
  /** A count of things or an amount. */
  kind: OutcomeMeasureKind.schema,
  /** The decimals an amount is kept to (counts are whole numbers). */
  decimals: z.int().min(0).max(6).default(2).describe('The decimals an amount is kept to (counts are whole numbers)'),
}))();

/**
 * One outcome measure; see {@link OutcomeMeasureSchema}.
 *
 * @category Scoring
 */
export type OutcomeMeasure = DeepReadonly<z.output<typeof OutcomeMeasureSchema>>;

/**
 * A set of outcome measures as data (configurable: each office counts its own), with where it comes
 * from. Keys are unique (`DUPLICATE_ID`); 1 to 100 measures (qinqing's bound).
 *
 * @example
 * ```ts
 * safeParse(OutcomeMeasureSetSchema, { ...xingtaiOutcomeMeasures, measures: [...xingtaiOutcomeMeasures.measures, xingtaiOutcomeMeasures.measures[0]] }).ok; // false
 * ```
 * @category Scoring
 */
export const OutcomeMeasureSetSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The set's id. */
    id: IdSchema,
    /** Its name in both languages. */
    name: BilingualTextSchema,
    /** Where its measures come from. */
    source: z.string().min(1).max(2000),
    /** The measures, in the order reports list them. */
    measures: z.array(OutcomeMeasureSchema).min(1).max(100),
  })
  .superRefine((set, ctx) => {
    const seen = new Map<string, number>();
    set.measures.forEach((m, i) => {
      const first = seen.get(m.key);
      if (first === undefined) {
        seen.set(m.key, i);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        message: `The measure key "${m.key}" is used twice (measures ${first} and ${i}).`,
        path: ['measures', i, 'key'],
        input: m.key,
        params: { code: 'DUPLICATE_ID', messageZh: `指标“${m.key}”重复使用（第 ${first} 项与第 ${i} 项）。` },
      });
    });
  }))();

/**
 * A set of outcome measures; see {@link OutcomeMeasureSetSchema}.
 *
 * @category Scoring
 */
export type OutcomeMeasureSet = DeepReadonly<z.output<typeof OutcomeMeasureSetSchema>>;

const XINGTAI =
  '000 邢台：去年以来，通过顾问帮扶，全市新增注册商标553件，新认定驰名商标4件、著名商标52件，帮助2434家企业融资146.4亿元；2013年新增内资企业540户、私营企业5567户、农民专业合作社3286户、个体工商户25467户。指标名称和单位依原文，分项为 qinqing 的整理。';

/**
 * Xingtai's outcome measures (000): market entities registered (户), trademarks newly registered
 * (件), well-known (驰名) and famous (著名) trademarks newly recognised (件), enterprises helped to
 * financing (家) and the financing raised (亿元, 4 decimals: the source writes 5.265亿元). The
 * measures and units are the source's; splitting them into keys is qinqing's. Frozen.
 *
 * @example
 * ```ts
 * xingtaiOutcomeMeasures.measures.map((m) => m.key); // ['marketEntitiesRegistered', 'trademarksRegistered', 'wellKnownTrademarks', 'famousTrademarks', 'enterprisesFinanced', 'financingAmount']
 * ```
 * @category Scoring
 */
export const xingtaiOutcomeMeasures: OutcomeMeasureSet = /* @__PURE__ */ (() => deepFreeze(OutcomeMeasureSetSchema.parse({
  id: 'xingtai-adviser-outcomes',
  name: { zh: '邢台工商顾问帮扶成效', en: 'Xingtai adviser outcomes' },
  source: XINGTAI,
  measures: [
    { key: 'marketEntitiesRegistered', label: { zh: '新增市场主体', en: 'Market entities registered' }, unit: { zh: '户', en: 'entities' }, kind: 'count' },
    { key: 'trademarksRegistered', label: { zh: '新增注册商标', en: 'Trademarks registered' }, unit: { zh: '件', en: 'trademarks' }, kind: 'count' },
    { key: 'wellKnownTrademarks', label: { zh: '新认定驰名商标', en: 'Well-known trademarks recognised' }, unit: { zh: '件', en: 'trademarks' }, kind: 'count' },
    { key: 'famousTrademarks', label: { zh: '新认定著名商标', en: 'Famous trademarks recognised' }, unit: { zh: '件', en: 'trademarks' }, kind: 'count' },
    { key: 'enterprisesFinanced', label: { zh: '帮助融资企业', en: 'Enterprises helped to financing' }, unit: { zh: '家', en: 'enterprises' }, kind: 'count' },
    { key: 'financingAmount', label: { zh: '帮助企业融资', en: 'Financing raised' }, unit: { zh: '亿元', en: '× 100 million yuan' }, kind: 'amount', decimals: 4 },
  ],
})))();

/**
 * One recorded outcome: a value of a measure, on a day, credited to an adviser, a department and an
 * enterprise where known. Record an outcome once: one reached by a joint city–county team (联合顾问团,
 * 000) is credited to one adviser or department (name the team in `note`), so that totals count it
 * once. The value is finite, from 0 to 10¹²; a count's is a whole number (checked against the
 * measure by {@link tallyOutcomes}).
 *
 * @example
 * ```ts
 * OutcomeRecordSchema.parse({ id: 'o1', measure: 'financingAmount', value: 5.265, on: '2013-09-20', adviserId: 'a-market', enterpriseId: '邢钢' }).value; // 5.265
 * ```
 * @category Scoring
 */
export const OutcomeRecordSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The app's id of the record. */
  id: IdSchema,
  /** The measure's key. */
  measure: IdSchema,
  /** The value, in the measure's unit. */
  value: z.number().min(0).max(1e12),
  /** The day it was achieved. */
  on: CalendarDateSchema,
  /** The adviser credited. */
  adviserId: IdSchema.optional(),
  /** The department credited. */
  departmentId: IdSchema.optional(),
  /** The enterprise it was for. */
  enterpriseId: IdSchema.optional(),
  /** A free note. */
  note: z.string().min(1).max(2000).optional(),
}))();

/**
 * One recorded outcome; see {@link OutcomeRecordSchema}.
 *
 * @category Scoring
 */
export type OutcomeRecord = DeepReadonly<z.infer<typeof OutcomeRecordSchema>>;

/**
 * How {@link tallyOutcomes} groups the records: by the unit credited (`'adviser'`, `'department'`,
 * `'enterprise'`, or `'none'` for one row) and by period (`'month'`, `'quarter'`, `'year'`, or
 * `'period'` for the whole period).
 *
 * @category Scoring
 */
export interface TallyOutcomesOptions {
  /** The period counted, both ends included. */
  readonly period: DateRange;
  /** The unit credited; default `'none'`. */
  readonly by?: 'adviser' | 'department' | 'enterprise' | 'none';
  /** The period of each row; default `'period'`. */
  readonly per?: 'month' | 'quarter' | 'year' | 'period';
}

/**
 * One row of an outcome tally: a unit (null: none credited, or `by: 'none'`) in a bucket of time,
 * with the value of every measure.
 *
 * @category Scoring
 */
export interface OutcomeRow {
  /** The unit credited, or null. */
  readonly unitId: Id | null;
  /** `YYYY-MM`, `YYYY-Qn`, `YYYY`, or `from/to` for the whole period. */
  readonly bucket: string;
  /** The value of each measure, by key (0 where nothing was recorded). */
  readonly values: Readonly<Record<string, number>>;
  /** How many records it adds up. */
  readonly records: number;
}

/**
 * What {@link tallyOutcomes} counts: the totals, the rows, and a line per measure for a report.
 *
 * @category Scoring
 */
export interface OutcomeTally {
  /** The period counted. */
  readonly period: DateRange;
  /** The measure set's id. */
  readonly measureSet: Id;
  /** The measures' keys, in the set's order. */
  readonly measures: readonly Id[];
  /** Each measure's total, by key. */
  readonly totals: Readonly<Record<string, number>>;
  /** The rows: by unit id (null last), then by bucket. */
  readonly rows: readonly OutcomeRow[];
  /** Each measure's total in words, in the set's order, e.g. `新增注册商标 553 件`. */
  readonly lines: readonly BilingualText[];
  /** The lines in one sentence. */
  readonly text: BilingualText;
}

const recordsSchema = /* @__PURE__ */ (() => z.array(OutcomeRecordSchema).max(1_000_000))();
type ParsedRecord = z.infer<typeof OutcomeRecordSchema>;

function bucketOf(day: string, per: NonNullable<TallyOutcomesOptions['per']>, period: DateRange): string {
  switch (per) {
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return day.slice(0, 4);
    case 'period':
      return `${period.from}/${period.to}`;
    default: {
      const never: never = per;
      return never;
    }
  }
}

/** A value in words: thousands separated in English, as written in Chinese. */
const enNumber = (x: number, decimals: number): string => x.toLocaleString('en-US', { maximumFractionDigits: decimals });

/**
 * Adds up recorded outcomes (成效) by measure over a period, per adviser, department or enterprise
 * and per month, quarter or year, and words each total for a report — Xingtai (000): "新增注册商标553件，
 * 新认定驰名商标4件、著名商标52件，帮助2434家企业融资146.4亿元". Amounts are kept to their measure's
 * decimals and added up in whole units of them (exact while a total stays below 2⁵³ units), so the
 * rows add up exactly to the totals.
 *
 * @param records - The recorded outcomes (checked with {@link OutcomeRecordSchema}; ids distinct).
 * @param measures - The measure set, e.g. {@link xingtaiOutcomeMeasures} (checked once per object).
 * @param options - The period, and how to group.
 * @returns The tally; or `INVALID_DATE` / `INVALID_ARGUMENT` at `['options', 'period', …]`,
 *   `INVALID_ARGUMENT` at `['options', 'by']` / `['options', 'per']`, the set's problem under
 *   `['measures']`, the records' under `['records']`, `DUPLICATE_ID` at `['records', i, 'id']`,
 *   `UNKNOWN_REFERENCE` at `['records', i, 'measure']` for a measure the set lacks, and
 *   `INVALID_ARGUMENT` at `['records', i, 'value']` for a count that is not a whole number.
 * @example
 * ```ts
 * const records = [
 *   { id: 'o1', measure: 'trademarksRegistered', value: 3, on: '2013-05-02', adviserId: 'a1' },
 *   { id: 'o2', measure: 'financingAmount', value: 5.265, on: '2013-09-20', adviserId: 'a2', enterpriseId: '邢钢' },
 * ] as const;
 * const t = unwrap(tallyOutcomes(records, xingtaiOutcomeMeasures, { period: { from: '2013-01-01', to: '2013-12-31' }, by: 'adviser' }));
 * [t.totals['trademarksRegistered'], t.totals['financingAmount'], t.rows.length]; // [3, 5.265, 2]
 * t.lines[5]?.zh; // '帮助企业融资 5.265 亿元'
 * ```
 * @category Scoring
 */
export function tallyOutcomes(records: readonly OutcomeRecord[], measures: OutcomeMeasureSet, options: TallyOutcomesOptions): Result<OutcomeTally> {
  const period = options?.period;
  const p = readPeriod(period, 'options.period');
  if (!p.ok) return p;
  const by = options.by ?? 'none';
  if (by !== 'adviser' && by !== 'department' && by !== 'enterprise' && by !== 'none') {
    return err(domainError('INVALID_ARGUMENT', { en: `options.by must be 'adviser', 'department', 'enterprise' or 'none'; received ${quoted(by)}.`, zh: `options.by 应为 'adviser'、'department'、'enterprise' 或 'none'，实际为 ${quoted(by)}。`, path: ['options', 'by'], value: by }));
  }
  const per = options.per ?? 'period';
  if (per !== 'month' && per !== 'quarter' && per !== 'year' && per !== 'period') {
    return err(domainError('INVALID_ARGUMENT', { en: `options.per must be 'month', 'quarter', 'year' or 'period'; received ${quoted(per)}.`, zh: `options.per 应为 'month'、'quarter'、'year' 或 'period'，实际为 ${quoted(per)}。`, path: ['options', 'per'], value: per }));
  }
  const bad = checkedOnce(OutcomeMeasureSetSchema, measures);
  if (bad !== null) return err(argumentError(bad, ['measures'], { en: 'a valid outcome measure set', zh: '有效的成效指标集' }));
  const parsed = safeParseWith(recordsSchema, records);
  if (!parsed.ok) return err(movedPaths(parsed.error, (path) => ['records', ...path]));
  const measureOf = new Map(measures.measures.map((m) => [m.key, m]));
  const scale = (key: Id): number => {
    const m = measureOf.get(key) as OutcomeMeasure;
    // A set checked but not parsed (e.g. read from JSON) may leave out `decimals`, which parsing defaults to 2.
    return m.kind === 'count' ? 1 : 10 ** (m.decimals ?? 2);
  };
  const ids = new Set<Id>();
  for (let i = 0; i < parsed.value.length; i++) {
    const r = parsed.value[i] as ParsedRecord;
    if (ids.has(r.id)) return err(domainError('DUPLICATE_ID', { en: `The record id ${r.id} appears twice.`, zh: `成效记录编号 ${r.id} 重复出现。`, path: ['records', i, 'id'], value: r.id }));
    ids.add(r.id);
    const m = measureOf.get(r.measure);
    if (m === undefined) {
      return err(domainError('UNKNOWN_REFERENCE', { en: `records[${i}].measure "${r.measure}" is not a measure of the set "${measures.id}".`, zh: `records[${i}].measure “${r.measure}” 不是指标集“${measures.id}”中的指标。`, path: ['records', i, 'measure'], value: r.measure }));
    }
    if (m.kind === 'count' && !Number.isInteger(r.value)) {
      return err(domainError('INVALID_ARGUMENT', { en: `records[${i}].value ${r.value} must be a whole number: "${r.measure}" is a count.`, zh: `records[${i}].value ${r.value} 应为整数：“${r.measure}”为计数指标。`, path: ['records', i, 'value'], value: r.value }));
    }
  }
  const keys = measures.measures.map((m) => m.key);
  const zero = (): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 0]));
  const totals = zero();
  const rows = new Map<string, { unitId: Id | null; bucket: string; values: Record<string, number>; records: number }>();
  for (const r of parsed.value) {
    if (r.on < period.from || r.on > period.to) continue;
    const units = Math.round(r.value * scale(r.measure));
    totals[r.measure] = (totals[r.measure] ?? 0) + units;
    const unitId = by === 'none' ? null : (by === 'adviser' ? r.adviserId : by === 'department' ? r.departmentId : r.enterpriseId) ?? null;
    const bucket = bucketOf(r.on, per, period);
    const key = `${unitId === null ? '\u0000' : `u${unitId}`}\u0001${bucket}`;
    const row = rows.get(key) ?? { unitId, bucket, values: zero(), records: 0 };
    row.values[r.measure] = (row.values[r.measure] ?? 0) + units;
    row.records++;
    rows.set(key, row);
  }
  const unscale = (values: Record<string, number>): Record<string, number> => Object.fromEntries(keys.map((k) => [k, (values[k] ?? 0) / scale(k)]));
  const outRows = [...rows.values()]
    .sort((a, b) => (a.unitId === b.unitId ? 0 : a.unitId === null ? 1 : b.unitId === null ? -1 : byCodeUnit(a.unitId, b.unitId)) || byCodeUnit(a.bucket, b.bucket))
    .map((r) => ({ ...r, values: unscale(r.values) }));
  const outTotals = unscale(totals);
  const lines = measures.measures.map((m): BilingualText => {
    const v = outTotals[m.key] ?? 0;
    return { zh: `${m.label.zh} ${v} ${m.unit.zh}`, en: `${m.label.en}: ${enNumber(v, m.kind === 'count' ? 0 : (m.decimals ?? 2))} ${m.unit.en}` };
  });
  return ok({
    period: { from: period.from, to: period.to },
    measureSet: measures.id,
    measures: keys,
    totals: outTotals,
    rows: outRows,
    lines,
    text: { zh: `${period.from} 至 ${period.to}：${lines.map((l) => l.zh).join('；')}。`, en: `${period.from} to ${period.to}: ${lines.map((l) => l.en).join('; ')}.` },
  });
}
