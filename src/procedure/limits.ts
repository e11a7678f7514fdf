import * as z from 'zod';
import { deadlineAfter, type CalendarResult } from '../calendar/working-days.js';
import type { WorkCalendar } from '../calendar/schema.js';
import type { EnumValue } from '../core/enum.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { BilingualTextSchema, IdSchema, type BilingualText, type Id, type Instant } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { instantAt, instantMs, invalidInstant, readLocalDate } from '../internal/instant.js';
import { argumentError, checkedOnce, movedPaths, safeParseWith } from '../internal/parse.js';

const HOUR = 3_600_000;
/** Epoch milliseconds of 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: local times outside them cannot be written `YYYY-…`. */
const YEAR_0 = -62_167_219_200_000;
const YEAR_10000 = 253_402_300_800_000;

/**
 * How urgent a matter is, as the hotline rules class it (Beijing 接诉即办): an emergency (突发事件,
 * possible loss of life or property), a time-sensitive matter (及时性诉求, e.g. water, power, gas or
 * heating), a routine (general) matter, or a difficult and complex one (疑难复杂). The value of a
 * general matter is `'routine'`, since `'general'` is the general procedure's.
 *
 * `Urgency.values` lists the values in order, `Urgency.labels` gives each a zh-CN and an English
 * label, and `Urgency.schema` validates one.
 *
 * @example
 * ```ts
 * Urgency.labels.timeSensitive.zh; // '及时性诉求（水电气热等）'
 * Urgency.schema.safeParse('urgentish').success; // false
 * ```
 * @category Procedure
 */
export const Urgency = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    emergency: { zh: '紧急诉求', en: 'Emergency' },
    timeSensitive: { zh: '及时性诉求（水电气热等）', en: 'Time-sensitive (water, power, gas, heating, …)' },
    routine: { zh: '一般诉求', en: 'Routine (general)' },
    complex: { zh: '疑难复杂诉求', en: 'Difficult and complex' },
  }),
))();

export type Urgency = EnumValue<typeof Urgency>;

/**
 * A time limit on one clock: working days (`{ workingDays: 5 }`: the day the clock starts does not
 * count, the limit ends with the 5th working day after it) or calendar hours (`{ hours: 2 }`: two
 * hours of elapsed time, nights, weekends and holidays included). The bounds are qinqing's own:
 * 1–250 working days (as the lifecycle's limits), 1–720 hours (30 days).
 *
 * @example
 * ```ts
 * ClockLimitSchema.safeParse({ hours: 24 }).success; // true
 * ClockLimitSchema.safeParse({ hours: 2, workingDays: 1 }).success; // false
 * ```
 * @category Procedure
 */
export const ClockLimitSchema = /* @__PURE__ */ (() => z.union([
  z.strictObject({
    /** Working days after the day the clock starts. */
    workingDays: z.int().min(1).max(250),
  }),
  z.strictObject({
    /** Calendar hours after the instant the clock starts. */
    hours: z.int().min(1).max(720),
  }),
]))();

/**
 * A time limit on one clock; see {@link ClockLimitSchema}.
 *
 * @category Procedure
 */
export type ClockLimit = DeepReadonly<z.infer<typeof ClockLimitSchema>>;

/**
 * The limits of an order's clocks: handling (办结, always), and where the rules set them, signing
 * for the order (签收), first contact with the enterprise (首次联系) and the answer (答复).
 *
 * @example
 * ```ts
 * ClockLimitsSchema.parse({ handling: { workingDays: 15 }, answer: { workingDays: 3 } }).answer; // { workingDays: 3 }
 * ```
 * @category Procedure
 */
export const ClockLimitsSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Signing for the order (签收), from dispatch. */
  signFor: ClockLimitSchema.optional(),
  /** First contact with the enterprise (首次联系), from dispatch. */
  firstContact: ClockLimitSchema.optional(),
  /** The answer to the enterprise (答复), from dispatch. */
  answer: ClockLimitSchema.optional(),
  /** Handling to the end (办结), from dispatch. */
  handling: ClockLimitSchema,
}))();

/**
 * The limits of an order's clocks; see {@link ClockLimitsSchema}.
 *
 * @category Procedure
 */
export type ClockLimits = DeepReadonly<z.infer<typeof ClockLimitsSchema>>;

/**
 * One rule of a time-limit policy: the matters it takes (by urgency and/or category; a condition
 * left out takes any value, including none) and their limits.
 *
 * @example
 * ```ts
 * TimeLimitRuleSchema.parse({ id: 'emergency', when: { urgencies: ['emergency'] }, limits: { handling: { hours: 2 } } }).id; // 'emergency'
 * ```
 * @category Procedure
 */
export const TimeLimitRuleSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The rule's id, unique in its policy; a choice names the rule that made it. */
  id: IdSchema,
  /** What the rule takes: every condition given must hold. */
  when: z.strictObject({
    /** The urgencies it takes. */
    urgencies: z.array(Urgency.schema).min(1).max(Urgency.values.length).optional(),
    /** The categories it takes (the app's category ids). */
    categoryIds: z.array(IdSchema).min(1).max(200).optional(),
  }),
  /** The limits of the matters it takes. */
  limits: ClockLimitsSchema,
}))();

/**
 * One rule of a time-limit policy; see {@link TimeLimitRuleSchema}.
 *
 * @category Procedure
 */
export type TimeLimitRule = DeepReadonly<z.infer<typeof TimeLimitRuleSchema>>;

/**
 * A time-limit policy as data: rules tried in order, the first that takes a matter gives its
 * limits, and `otherwise` gives the limits of a matter no rule takes. Rule ids are unique
 * (`DUPLICATE_ID`); an urgency outside {@link Urgency} is refused. At most 200 rules (qinqing's
 * bound). A rule that earlier rules make unreachable is not an error here: see
 * {@link validateTimeLimitPolicy} for the warnings.
 *
 * @example
 * ```ts
 * TimeLimitPolicySchema.safeParse({ ...beijingTimeLimits, rules: [...beijingTimeLimits.rules, beijingTimeLimits.rules[0]] }).success; // false
 * ```
 * @category Procedure
 */
export const TimeLimitPolicySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The policy's id. */
    id: IdSchema,
    /** Its name in both languages. */
    name: BilingualTextSchema,
    /** Where its figures come from. */
    source: z.string().min(1).max(2000),
    /** The rules, tried in order. */
    rules: z.array(TimeLimitRuleSchema).max(200),
    /** The limits of a matter no rule takes. */
    otherwise: ClockLimitsSchema,
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.rules.forEach((r, i) => {
      const first = seen.get(r.id);
      if (first === undefined) {
        seen.set(r.id, i);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        message: `The rule id "${r.id}" appears twice (rules ${first} and ${i}).`,
        path: ['rules', i, 'id'],
        input: r.id,
        params: { code: 'DUPLICATE_ID', messageZh: `规则编号“${r.id}”重复出现（第 ${first} 条与第 ${i} 条）。` },
      });
    });
  }))();

/**
 * A time-limit policy; see {@link TimeLimitPolicySchema}.
 *
 * @category Procedure
 */
export type TimeLimitPolicy = DeepReadonly<z.output<typeof TimeLimitPolicySchema>>;

const BEIJING_SOURCE =
  '北京市接诉即办（《北京市接诉即办工作条例》，2021年9月24日施行）：突发事件等紧急诉求 2 小时内、涉及水电气热等及时性诉求 24 小时内、一般诉求 7 日内、疑难复杂诉求 15 日内反馈。' +
  '时限据公开资料整理（如 fudaoke.com/exam/262251.html），未能与条例原文逐条核对；“日”按自然日计为 168、360 小时。';

/**
 * Beijing's 接诉即办 classes as a time-limit policy: emergencies 2 hours, time-sensitive matters
 * (water, power, gas, heating) 24 hours, difficult and complex matters 15 days, anything else 7
 * days. The figures are taken from public summaries of the 接诉即办 rules and could not be checked
 * against the text of the 北京市接诉即办工作条例 itself; its "日" (days) are read as calendar days,
 * so 7 and 15 days are 168 and 360 hours — an app that reads them as working days replaces those
 * limits. Only the handling clock is set: the sources give no figure for signing for or first
 * contact. Frozen.
 *
 * @example
 * ```ts
 * beijingTimeLimits.rules.map((r) => r.limits.handling); // [{ hours: 2 }, { hours: 24 }, { hours: 360 }]
 * beijingTimeLimits.otherwise.handling; // { hours: 168 }
 * ```
 * @category Procedure
 */
export const beijingTimeLimits: TimeLimitPolicy = /* @__PURE__ */ (() => deepFreeze(TimeLimitPolicySchema.parse({
  id: 'beijing-jiesujiban',
  name: { zh: '北京市接诉即办诉求办理时限', en: 'Beijing 接诉即办 handling limits' },
  source: BEIJING_SOURCE,
  rules: [
    { id: 'emergency', when: { urgencies: ['emergency'] }, limits: { handling: { hours: 2 } } },
    { id: 'timeSensitive', when: { urgencies: ['timeSensitive'] }, limits: { handling: { hours: 24 } } },
    { id: 'complex', when: { urgencies: ['complex'] }, limits: { handling: { hours: 360 } } },
  ],
  otherwise: { handling: { hours: 168 } },
})))();

const SHANDONG_SOURCE =
  '山东省企业诉求“接诉即办”平台（2020年5月10日上线试运行）：承办部门受理企业诉求后，在1个工作日内启动核实程序，3个工作日内进行答复，15个工作日内解决或服务确认；' +
  '涉及多层次、多部门的制度性复杂问题无法在15个工作日内解决的，可延长至30个工作日内办理（枣庄市工业和信息化局转发，gxj.zaozhuang.gov.cn，2020-05-11）。';

/**
 * Shandong's enterprise 接诉即办 limits (2020) as a time-limit policy: the handling department
 * starts verification within 1 working day (read as first contact), answers within 3 and solves
 * within 15 working days; difficult and complex (制度性复杂) problems up to 30. Shandong's later
 * "2115" mechanism (2023: contact within 2 hours, an opinion within 1 working day, solved within
 * 15, as reported in April 2024) is not this preset: build it with {@link TimeLimitPolicySchema}.
 * Frozen.
 *
 * @example
 * ```ts
 * shandongEnterpriseTimeLimits.otherwise; // { firstContact: { workingDays: 1 }, answer: { workingDays: 3 }, handling: { workingDays: 15 } }
 * shandongEnterpriseTimeLimits.rules[0]?.limits.handling; // { workingDays: 30 }
 * ```
 * @category Procedure
 */
export const shandongEnterpriseTimeLimits: TimeLimitPolicy = /* @__PURE__ */ (() => deepFreeze(TimeLimitPolicySchema.parse({
  id: 'shandong-enterprise-jiesujiban',
  name: { zh: '山东省企业诉求“接诉即办”时限', en: 'Shandong enterprise 接诉即办 limits' },
  source: SHANDONG_SOURCE,
  rules: [
    {
      id: 'complex',
      when: { urgencies: ['complex'] },
      limits: { firstContact: { workingDays: 1 }, answer: { workingDays: 3 }, handling: { workingDays: 30 } },
    },
  ],
  otherwise: { firstContact: { workingDays: 1 }, answer: { workingDays: 3 }, handling: { workingDays: 15 } },
})))();

/**
 * What a time-limit policy looks at: the matter's urgency and its category, each possibly unknown.
 *
 * @example
 * ```ts
 * TimeLimitFactsSchema.parse({ urgency: 'routine' }).urgency; // 'routine'
 * ```
 * @category Procedure
 */
export const TimeLimitFactsSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The urgency, or null / absent when not classed. */
  urgency: Urgency.schema.nullable().optional(),
  /** The category id, or null / absent when not known. */
  categoryId: IdSchema.nullable().optional(),
}))();

/**
 * What a time-limit policy looks at; see {@link TimeLimitFactsSchema}.
 *
 * @category Procedure
 */
export type TimeLimitFacts = DeepReadonly<z.infer<typeof TimeLimitFactsSchema>>;

/**
 * One rule as {@link chooseTimeLimit} tried it: whether it took the matter and why.
 *
 * @category Procedure
 */
export interface TimeLimitReason {
  /** The rule's id. */
  readonly rule: Id;
  /** Whether it took the matter. */
  readonly holds: boolean;
  /** Why, in both languages. */
  readonly text: BilingualText;
}

/**
 * The limits chosen for a matter, the rule that chose them (null: the policy's `otherwise`), every
 * rule tried, and the policy's source.
 *
 * @category Procedure
 */
export interface TimeLimitChoice {
  /** The limits. */
  readonly limits: ClockLimits;
  /** The rule that chose them, or null for the policy's `otherwise`. */
  readonly decidedBy: Id | null;
  /** The rules tried, in order, up to the one that took the matter. */
  readonly reasons: readonly TimeLimitReason[];
  /** The policy's id. */
  readonly policy: Id;
  /** Where the policy's figures come from. */
  readonly source: string;
}

const orNone = (v: string | null | undefined): string => v ?? '—';

/** Whether a rule's condition (absent: any value) takes a matter's value (null or absent: none). */
function condition(list: readonly string[] | undefined, value: string | null | undefined): boolean {
  return list === undefined || (value !== null && value !== undefined && list.includes(value));
}

/**
 * Chooses the limits of a matter's clocks by a time-limit policy, and says why: the rules are
 * tried in order, the first that takes the matter's urgency and category gives the limits, and a
 * matter no rule takes gets the policy's `otherwise`.
 *
 * @param facts - The matter's urgency and category (checked with {@link TimeLimitFactsSchema}).
 * @param policy - The policy, e.g. {@link beijingTimeLimits} (checked once per object with {@link TimeLimitPolicySchema}).
 * @returns The choice with every rule tried; or `INVALID_INPUT` / `DUPLICATE_ID` at its path under
 *   `facts` or `policy`.
 * @example
 * ```ts
 * unwrap(chooseTimeLimit({ urgency: 'emergency' }, beijingTimeLimits)).limits.handling; // { hours: 2 }
 * unwrap(chooseTimeLimit({ urgency: 'routine' }, shandongEnterpriseTimeLimits)).decidedBy; // null
 * ```
 * @category Procedure
 */
export function chooseTimeLimit(facts: TimeLimitFacts, policy: TimeLimitPolicy): Result<TimeLimitChoice> {
  const f = safeParseWith(TimeLimitFactsSchema, facts);
  if (!f.ok) return err(movedPaths(f.error, (path) => ['facts', ...path]));
  const bad = checkedOnce(TimeLimitPolicySchema, policy);
  if (bad !== null) return err(argumentError(bad, ['policy'], { en: 'a valid time-limit policy', zh: '有效的时限策略' }));
  const { urgency, categoryId } = f.value;
  const reasons: TimeLimitReason[] = [];
  for (const rule of policy.rules) {
    const u = condition(rule.when.urgencies, urgency);
    const c = condition(rule.when.categoryIds, categoryId);
    const holds = u && c;
    const miss = !u ? { en: `urgency ${orNone(urgency)} is not one of ${rule.when.urgencies?.join(', ')}`, zh: `紧急程度 ${orNone(urgency)} 不在 ${rule.when.urgencies?.join('、')} 之中` } : { en: `category ${orNone(categoryId)} is not one of ${rule.when.categoryIds?.join(', ')}`, zh: `类别 ${orNone(categoryId)} 不在 ${rule.when.categoryIds?.join('、')} 之中` };
    reasons.push({
      rule: rule.id,
      holds,
      text: holds
        ? { en: `Rule "${rule.id}" takes the matter (urgency ${orNone(urgency)}, category ${orNone(categoryId)}).`, zh: `规则“${rule.id}”适用（紧急程度 ${orNone(urgency)}，类别 ${orNone(categoryId)}）。` }
        : { en: `Rule "${rule.id}" does not apply: ${miss.en}.`, zh: `规则“${rule.id}”不适用：${miss.zh}。` },
    });
    if (holds) return ok({ limits: rule.limits, decidedBy: rule.id, reasons, policy: policy.id, source: policy.source });
  }
  return ok({ limits: policy.otherwise, decidedBy: null, reasons, policy: policy.id, source: policy.source });
}

/**
 * A time-limit policy checked, with its warnings.
 *
 * @category Procedure
 */
export interface TimeLimitPolicyReport {
  /** The policy as parsed. */
  readonly policy: TimeLimitPolicy;
  /** `POLICY_RULE_UNREACHABLE` for each rule (and the `otherwise`) that earlier rules leave nothing to. */
  readonly warnings: readonly DomainError[];
}

/** Whether condition `a` (absent: any) takes every value condition `b` takes. */
function covers(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined) return true;
  if (b === undefined) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

/**
 * Validates a time-limit policy and warns of rules that can never apply: a rule whose urgencies
 * and categories an earlier rule already takes entirely (a repeated rule among them), and the
 * `otherwise` when a rule without conditions takes every matter. A rule covered only by several
 * earlier rules together is not reported. Time O(R² · C) for R rules of at most C categories.
 *
 * @param input - The policy, e.g. from the app's configuration.
 * @returns The policy and its warnings; or the errors of {@link TimeLimitPolicySchema}
 *   (`INVALID_INPUT` for an unknown urgency or a bad limit, `DUPLICATE_ID`), at their paths in the input.
 * @example
 * ```ts
 * const r = validateTimeLimitPolicy({ ...beijingTimeLimits, rules: [{ id: 'all', when: {}, limits: { handling: { hours: 24 } } }, ...beijingTimeLimits.rules] });
 * r.ok && r.value.warnings.map((w) => w.path?.join('.')); // ['rules.1', 'rules.2', 'rules.3', 'otherwise']
 * ```
 * @category Procedure
 */
export function validateTimeLimitPolicy(input: unknown): Result<TimeLimitPolicyReport> {
  const parsed = safeParseWith(TimeLimitPolicySchema, input);
  if (!parsed.ok) return parsed;
  const { rules } = parsed.value;
  const warnings: DomainError[] = [];
  const unreachable = (path: ErrorPath, by: string, value: unknown, what: BilingualText): DomainError =>
    domainError('POLICY_RULE_UNREACHABLE', {
      en: `${what.en} never applies: rule "${by}" before it takes every matter it would take.`,
      zh: `${what.zh}永不适用：其前的规则“${by}”已涵盖其全部情形。`,
      path,
      value,
    });
  rules.forEach((rule, j) => {
    const earlier = rules.slice(0, j).find((r) => covers(r.when.urgencies, rule.when.urgencies) && covers(r.when.categoryIds, rule.when.categoryIds));
    if (earlier !== undefined) warnings.push(unreachable(['rules', j], earlier.id, rule, { en: `Rule "${rule.id}"`, zh: `规则“${rule.id}”` }));
  });
  const catchAll = rules.find((r) => r.when.urgencies === undefined && r.when.categoryIds === undefined);
  if (catchAll !== undefined) warnings.push(unreachable(['otherwise'], catchAll.id, parsed.value.otherwise, { en: 'The otherwise limits', zh: '默认时限' }));
  return ok({ policy: parsed.value, warnings });
}

/**
 * Options of {@link dueAt}.
 *
 * @category Procedure
 */
export interface DueAtOptions {
  /** The local offset from UTC in minutes, in which days are counted and the due instant written (default 480, China Standard Time, UTC+8, which has no daylight saving). */
  readonly utcOffsetMinutes?: number;
}

/** The problem with `dueAt`'s options, or null. */
function badOffset(options: DueAtOptions): DomainError | null {
  const m = options.utcOffsetMinutes;
  if (m === undefined || (Number.isInteger(m) && m >= -840 && m <= 840)) return null;
  return domainError('INVALID_ARGUMENT', {
    en: `options.utcOffsetMinutes must be an integer from -840 to 840; received ${String(m)}.`,
    zh: `options.utcOffsetMinutes 应为 -840 至 840 之间的整数，实际为 ${String(m)}。`,
    path: ['options', 'utcOffsetMinutes'],
    value: m,
  });
}

/**
 * The instant a clock's limit runs out, counted in China time (UTC+8) whatever the machine's time
 * zone. An hour limit is exact elapsed time: `from` plus n hours, written at +08:00. A working-day
 * limit ends with the n-th working day after the local day of `from` (that day never counts,
 * whatever hour or day off it is; see `deadlineAfter`): the due instant is the last second of that
 * day, `YYYY-MM-DDT23:59:59+08:00`, so a clock stopped at or before it is on time.
 *
 * @param limit - The limit (checked with {@link ClockLimitSchema}).
 * @param from - The instant the clock starts, with its offset (any offset; it is read, not assumed).
 * @param calendar - The working-day calendar, e.g. `chinaCalendar` (read only for working days).
 * @param options - The local offset (default UTC+8).
 * @returns The due instant, `provisional` when a working day reached lies in a provisional year; or
 *   `INVALID_INPUT` (path under `limit`), `INVALID_INSTANT` (`from`), `INVALID_ARGUMENT`,
 *   `CALENDAR_YEAR_NOT_COVERED` or the calendar's own error (path under `calendar`).
 * @example
 * ```ts
 * dueAt({ hours: 2 }, '2026-09-30T23:30:00+08:00', chinaCalendar); // { ok: true, value: '2026-10-01T01:30:00+08:00', provisional: false }
 * dueAt({ hours: 24 }, '2026-09-30T02:00:00Z', chinaCalendar); // { ok: true, value: '2026-10-01T10:00:00+08:00', provisional: false }
 * // National Day 1–7 October is off; Saturday 10 October is worked.
 * dueAt({ workingDays: 1 }, '2026-09-30T17:30:00Z', chinaCalendar); // { ok: true, value: '2026-10-08T23:59:59+08:00', provisional: false }
 * ```
 * @category Procedure
 */
export function dueAt(limit: ClockLimit, from: Instant, calendar: WorkCalendar, options: DueAtOptions = {}): CalendarResult<Instant> {
  const badLimit = checkedOnce(ClockLimitSchema, limit);
  if (badLimit !== null) return { ok: false, error: movedPaths(badLimit, (path) => ['limit', ...path]) };
  const badOptions = badOffset(options);
  if (badOptions !== null) return { ok: false, error: badOptions };
  const offset = options.utcOffsetMinutes ?? 480;
  if ('hours' in limit) {
    const start = typeof from === 'string' ? instantMs(from) : NaN;
    if (Number.isNaN(start)) return { ok: false, error: invalidInstant(from, 'from') };
    const due = start + limit.hours * HOUR;
    const local = due + offset * 60_000;
    if (local < YEAR_0 || local >= YEAR_10000) {
      return {
        ok: false,
        error: domainError('INVALID_ARGUMENT', {
          en: `${limit.hours} hours after ${from} fall outside the years 0000–9999.`,
          zh: `${from} 之后 ${limit.hours} 小时超出 0000–9999 年。`,
          path: ['limit', 'hours'],
          value: limit.hours,
        }),
      };
    }
    return { ok: true, value: instantAt(due, offset), provisional: false };
  }
  const day = readLocalDate(from, offset, 'from');
  if (!day.ok) return day;
  const end = deadlineAfter(day.value, limit.workingDays, calendar);
  if (!end.ok) return { ok: false, error: movedPaths(end.error, (path) => (path[0] === 'received' ? ['from'] : path[0] === 'n' ? ['limit', 'workingDays'] : path)) };
  return { ok: true, value: `${end.value}T23:59:59${instantAt(0, offset).slice(19)}`, provisional: end.provisional };
}
