import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import { domainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { CalendarDateSchema, IdSchema, type BilingualText, type DateRange, type Id } from '../core/schema.js';
import { readPeriod } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { movedPaths, safeParseWith } from '../internal/parse.js';

/**
 * Who a training session is for: entrepreneurs (企业家培训, 002: on new manufacturing and the
 * China–US trade friction), enterprise staff (企业职工, e.g. staff seconded to departments passing on
 * what they learnt), government staff (机关干部, e.g. Xingtai's adviser training, 000), or a mixed
 * audience.
 *
 * `TrainingAudience.values` lists the values in order, `TrainingAudience.labels` gives each a zh-CN
 * and an English label, and `TrainingAudience.schema` validates one.
 *
 * @example
 * ```ts
 * TrainingAudience.labels.entrepreneurs.zh; // '企业家'
 * TrainingAudience.values; // ['entrepreneurs', 'enterpriseStaff', 'governmentStaff', 'mixed']
 * ```
 * @category Org
 */
export const TrainingAudience = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    entrepreneurs: { zh: '企业家', en: 'Entrepreneurs' },
    enterpriseStaff: { zh: '企业职工', en: 'Enterprise staff' },
    governmentStaff: { zh: '机关干部', en: 'Government staff' },
    mixed: { zh: '综合', en: 'Mixed' },
  }),
))();

export type TrainingAudience = EnumValue<typeof TrainingAudience>;

/**
 * A training session (培训, 002: "38 sessions, 4,011 attendances in 2018"): its day, audience,
 * organiser, topics (category ids of the service taxonomy) and attendance in person-times (人次).
 * `attendeeIds` optionally names who came (a sign-in sheet, possibly partial): at most `attendance`
 * of them.
 *
 * @example
 * ```ts
 * TrainingSessionSchema.parse({ id: 't1', title: '中美贸易摩擦形势分析', on: '2018-06-12', audience: 'entrepreneurs', attendance: 120 }).topics; // []
 * safeParse(TrainingSessionSchema, { id: 't1', title: '培训', on: '2018-06-12', audience: 'entrepreneurs', attendance: 1, attendeeIds: ['p1', 'p2'] }).ok; // false
 * ```
 * @category Org
 */
export const TrainingSessionSchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The app's id of the session. */
    id: IdSchema,
    /** Its title or theme. */
    title: z.string().min(1).max(200),
    /** The day it was held. */
    on: CalendarDateSchema,
    /** Who it was for. */
    audience: TrainingAudience.schema,
    /** The department or body that organised it. */
    organiserId: IdSchema.optional().describe('The department or body that organised it'),
    /** Category ids of the service taxonomy it covered. */
    topics: z.array(IdSchema).max(50).default(() => []).describe('Category ids of a service taxonomy'),
    /** Attendance in person-times (人次). */
    attendance: z.int().min(0).max(1_000_000).describe('Attendance in person-times (人次)'),
    /** Who came, when names were taken: at most `attendance` ids. */
    attendeeIds: z.array(IdSchema).max(100_000).optional().describe('Who came, when names were taken'),
  })
  .refine((s) => s.attendeeIds === undefined || s.attendeeIds.length <= s.attendance, {
    message: 'A session names at most as many attendees as its attendance.',
    path: ['attendeeIds'],
    params: { code: 'INVALID_ARGUMENT', messageZh: '培训签到名单人数不得超过参训人次。' },
  }))();

/**
 * A training session; see {@link TrainingSessionSchema}.
 *
 * @category Org
 */
export type TrainingSession = DeepReadonly<z.input<typeof TrainingSessionSchema>>;

/**
 * Sessions and attendances of one group of a {@link TrainingSummary}.
 *
 * @category Org
 */
export interface TrainingCount {
  /** Sessions held. */
  readonly sessions: number;
  /** Attendances, in person-times (人次). */
  readonly attendances: number;
}

/**
 * What {@link trainingSummary} counts over a period.
 *
 * @category Org
 */
export interface TrainingSummary extends TrainingCount {
  /** The period counted. */
  readonly period: DateRange;
  /** Attendances per session, rounded to 1 decimal (0 without sessions). */
  readonly averageAttendance: number;
  /** Per audience. */
  readonly byAudience: Readonly<Record<TrainingAudience, TrainingCount>>;
  /** Per organiser (null: none given), by id, the sessions without an organiser last. */
  readonly byOrganiser: readonly (TrainingCount & { readonly organiserId: Id | null })[];
  /** Per month (`YYYY-MM`) with a session, in order. */
  readonly byMonth: readonly (TrainingCount & { readonly month: string })[];
  /** Sessions whose attendees were named. */
  readonly sessionsWithNames: number;
  /** Distinct people named across those sessions. */
  readonly namedPeople: number;
  /** The session with the largest attendance (the earliest, then the smallest id, of equals), or null. */
  readonly largest: { readonly id: Id; readonly attendance: number } | null;
  /** The summary in one sentence. */
  readonly text: BilingualText;
}

const sessionsSchema = /* @__PURE__ */ (() => z.array(TrainingSessionSchema).max(100_000))();
type Parsed = z.output<typeof TrainingSessionSchema>;

/**
 * Counts the training sessions held in a period (both ends included) and their attendance
 * (person-times, 人次), per audience, organiser and month, with the people named on sign-in sheets
 * and a sentence for the report — Haining (002): "2018年累计举办培训38场，培训4011人次".
 *
 * @param sessions - The sessions (checked with {@link TrainingSessionSchema}; ids distinct).
 * @param period - The period, `{ from, to }`.
 * @returns The counts; or `INVALID_DATE` / `INVALID_ARGUMENT` at `['period', …]`, the sessions'
 *   problems under `['sessions']` (`INVALID_INPUT`, `INVALID_ARGUMENT`), `DUPLICATE_ID` at
 *   `['sessions', i, 'id']`.
 * @example
 * ```ts
 * const sessions = [
 *   { id: 't1', title: '宏观经济形势分析', on: '2018-03-20', audience: 'entrepreneurs', attendance: 150 },
 *   { id: 't2', title: '专利申请流程', on: '2018-05-08', audience: 'enterpriseStaff', attendance: 60, attendeeIds: ['p1', 'p2'] },
 * ] as const;
 * const s = unwrap(trainingSummary(sessions, { from: '2018-01-01', to: '2018-12-31' }));
 * [s.sessions, s.attendances, s.averageAttendance]; // [2, 210, 105]
 * s.text.zh; // '2018-01-01 至 2018-12-31 累计举办培训 2 场，培训 210 人次（平均每场 105 人次）。'
 * ```
 * @category Org
 */
export function trainingSummary(sessions: readonly TrainingSession[], period: DateRange): Result<TrainingSummary> {
  const p = readPeriod(period, 'period');
  if (!p.ok) return p;
  const parsed = safeParseWith(sessionsSchema, sessions);
  if (!parsed.ok) return err(movedPaths(parsed.error, (path) => ['sessions', ...path]));
  const seen = new Set<Id>();
  for (let i = 0; i < parsed.value.length; i++) {
    const id = (parsed.value[i] as Parsed).id;
    if (seen.has(id)) return err(domainError('DUPLICATE_ID', { en: `The session id ${id} appears twice.`, zh: `培训场次编号 ${id} 重复出现。`, path: ['sessions', i, 'id'], value: id }));
    seen.add(id);
  }
  const { from, to } = period;
  const inPeriod = parsed.value.filter((s) => from <= s.on && s.on <= to);
  const count = (xs: readonly Parsed[]): TrainingCount => ({ sessions: xs.length, attendances: xs.reduce((n, s) => n + s.attendance, 0) });
  const group = <K>(key: (s: Parsed) => K): Map<K, Parsed[]> => {
    const m = new Map<K, Parsed[]>();
    for (const s of inPeriod) {
      const k = key(s);
      const list = m.get(k);
      if (list === undefined) m.set(k, [s]);
      else list.push(s);
    }
    return m;
  };
  const total = count(inPeriod);
  const byAudience = Object.fromEntries(TrainingAudience.values.map((a) => [a, count(inPeriod.filter((s) => s.audience === a))])) as Record<TrainingAudience, TrainingCount>;
  const organisers = group((s) => s.organiserId ?? null);
  const byOrganiser = [...organisers.keys()]
    .sort((a, b) => (a === null ? 1 : b === null ? -1 : byCodeUnit(a, b)))
    .map((organiserId) => ({ organiserId, ...count(organisers.get(organiserId) ?? []) }));
  const months = group((s) => s.on.slice(0, 7));
  const byMonth = [...months.keys()].sort(byCodeUnit).map((month) => ({ month, ...count(months.get(month) ?? []) }));
  const named = inPeriod.filter((s) => s.attendeeIds !== undefined);
  const people = new Set(named.flatMap((s) => s.attendeeIds ?? []));
  let largest: Parsed | null = null;
  for (const s of inPeriod) {
    if (largest === null || s.attendance > largest.attendance || (s.attendance === largest.attendance && (s.on < largest.on || (s.on === largest.on && byCodeUnit(s.id, largest.id) < 0)))) largest = s;
  }
  const averageAttendance = total.sessions === 0 ? 0 : Math.round((10 * total.attendances) / total.sessions) / 10;
  const text = {
    zh: `${from} 至 ${to} 累计举办培训 ${total.sessions} 场，培训 ${total.attendances} 人次${total.sessions === 0 ? '' : `（平均每场 ${averageAttendance} 人次）`}。`,
    en: `From ${from} to ${to}: ${total.sessions} training session${total.sessions === 1 ? '' : 's'}, ${total.attendances.toLocaleString('en-US')} attendance${total.attendances === 1 ? '' : 's'}${total.sessions === 0 ? '' : ` (${averageAttendance} per session on average)`}.`,
  };
  return ok({
    period: { from, to },
    ...total,
    averageAttendance,
    byAudience,
    byOrganiser,
    byMonth,
    sessionsWithNames: named.length,
    namedPeople: people.size,
    largest: largest === null ? null : { id: largest.id, attendance: largest.attendance },
    text,
  });
}
