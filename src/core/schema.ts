import * as z from 'zod';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them (scripts/app-bundles.mjs measures it).

/**
 * A calendar date `YYYY-MM-DD` that exists (2024-02-29 yes, 2023-02-29 no). Dates in qinqing are
 * local dates in China (UTC+8) unless a function says otherwise.
 *
 * @category Core
 */
export const CalendarDateSchema = /* @__PURE__ */ (() => z.iso.date().describe('A calendar date YYYY-MM-DD (local, China)'))();

/**
 * A calendar date string `YYYY-MM-DD`; see {@link CalendarDateSchema}.
 *
 * @category Core
 */
export type CalendarDate = string;

/**
 * The one form of instant qinqing reads, as a regular expression source (it is also the `pattern`
 * of {@link InstantSchema}'s JSON Schema, so TypeScript and other back ends refuse the same
 * strings). The date part is zod's (`z.iso.datetime`): a date that exists, 2024-02-29 yes and
 * 2026-02-29 or 2026-02-30 no. Then `T`, hours 00–23 (no `24:00`), minutes and seconds 00–59 (no
 * leap second), optional fractional seconds `.d…`, and `Z` or `±HH:MM` within ±14:00, the range of
 * the offsets in use, with `+` for a zero offset as ISO 8601 asks: RFC 3339's `-00:00` says the
 * local offset is unknown, and a local date needs it. `T` and `Z` are upper case, as ISO 8601
 * writes them and zod reads them; RFC 3339's lower-case `t`/`z`, a space for `T`, a comma for the
 * decimal point, basic (`+0800`) or hour-only (`+08`) offsets, week or ordinal dates, and whatever
 * `Date.parse` merely guesses at (`9/30/2026 Z`) are refused. Internal: not exported by the package.
 */
export const INSTANT_PATTERN =
  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))' +
  'T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?' +
  '(?:Z|\\+(?:(?:0\\d|1[0-3]):[0-5]\\d|14:00)|-(?:00:(?:0[1-9]|[1-5]\\d)|(?:0[1-9]|1[0-3]):[0-5]\\d|14:00))$';

const instantRegExp = /* @__PURE__ */ (() => new RegExp(INSTANT_PATTERN))();

/** A date-time that lacks only its offset (and perhaps its seconds). */
const withoutOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Whether a value is an instant of the one form qinqing reads ({@link INSTANT_PATTERN}).
 * Internal: not exported by the package.
 */
export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && instantRegExp.test(value);
}

/**
 * Why a value is not an instant, in English and Chinese, quoting it and naming it when `name` (its
 * parameter or field) is given; the message says so when only the offset is missing. Internal: not
 * exported by the package.
 */
export function instantProblem(value: unknown, name?: string): { readonly en: string; readonly zh: string } {
  const shown = JSON.stringify(value) ?? String(value);
  const example = '2026-09-30T09:15:00+08:00';
  const en = name === undefined ? 'Expected' : `${name} must be`;
  const zh = name === undefined ? '应为' : `${name} 应为`;
  if (typeof value === 'string' && withoutOffset.test(value)) {
    return {
      en: `${en} a real ISO 8601 date-time with an offset (Z or ±HH:MM), e.g. ${example}; ${shown} has no offset.`,
      zh: `${zh}带时区偏移（Z 或 ±HH:MM）的有效 ISO 8601 时间，如 ${example}；${shown} 缺少时区偏移。`,
    };
  }
  return {
    en: `${en} a real ISO 8601 date-time with an offset (Z or ±HH:MM within ±14:00), e.g. ${example}; received ${shown}.`,
    zh: `${zh}带时区偏移（Z 或 ±14:00 以内的 ±HH:MM）的有效 ISO 8601 时间（日期真实存在，时 00–23，分、秒 00–59），如 ${example}；实际为 ${shown}。`,
  };
}

/**
 * An instant: an ISO 8601 date-time with an offset (`2026-09-30T09:15:00+08:00` or `…Z`), read
 * strictly. The date must exist, hours run 00–23, minutes and seconds 00–59 (fractional seconds
 * optional), and the offset is `Z` or `±HH:MM` within ±14:00 (not `-00:00`); `T` and `Z` are upper
 * case. A failure has the code `INVALID_INSTANT`, and its message says so when only the offset is
 * missing. The JSON Schema carries `format: date-time` and a `pattern` for exactly this form.
 *
 * @example
 * ```ts
 * InstantSchema.safeParse('2026-09-30T09:15:00+08:00').success; // true
 * InstantSchema.safeParse('2026-02-30T09:15:00+08:00').success; // false
 * ```
 * @category Core
 */
export const InstantSchema = /* @__PURE__ */ (() => z
  .string()
  .check((ctx) => {
    if (instantRegExp.test(ctx.value)) return;
    const problem = instantProblem(ctx.value);
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: problem.en,
      params: { code: 'INVALID_INSTANT', messageZh: problem.zh },
    });
  })
  .meta({ description: 'An ISO 8601 date-time with an offset', format: 'date-time', pattern: INSTANT_PATTERN }))();

/**
 * An instant string; see {@link InstantSchema}.
 *
 * @category Core
 */
export type Instant = string;

/**
 * An id the app supplies: a non-empty string of at most 128 characters.
 *
 * @category Core
 */
export const IdSchema = /* @__PURE__ */ (() => z.string().min(1).max(128).describe('An id supplied by the app'))();

/**
 * An id string; see {@link IdSchema}.
 *
 * @category Core
 */
export type Id = string;

/**
 * The two locales qinqing writes labels and messages in.
 *
 * @category Core
 */
export const LocaleSchema = /* @__PURE__ */ (() => z.enum(['zh-CN', 'en']))();

/**
 * `'zh-CN'` or `'en'`.
 *
 * @category Core
 */
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * A text in Chinese and English, e.g. the label of a category.
 *
 * @category Core
 */
export const BilingualTextSchema = /* @__PURE__ */ (() => z.object({
  zh: z.string().min(1).describe('Chinese (zh-CN)'),
  en: z.string().min(1).describe('English'),
}))();

/**
 * A text in Chinese (`zh`) and English (`en`).
 *
 * @category Core
 */
export type BilingualText = z.infer<typeof BilingualTextSchema>;

/**
 * Picks the text of a locale from a bilingual text.
 *
 * @param text - The bilingual text.
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The text in that locale.
 * @example
 * ```ts
 * inLocale({ zh: '融资', en: 'Financing' }, 'en'); // 'Financing'
 * ```
 * @category Core
 */
export function inLocale(text: BilingualText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/**
 * A span of calendar dates, both ends included, e.g. a quarter `{ from: '2026-07-01', to: '2026-09-30' }`.
 *
 * @category Core
 */
export interface DateRange {
  /** The first day, `YYYY-MM-DD`. */
  readonly from: CalendarDate;
  /** The last day, `YYYY-MM-DD`. */
  readonly to: CalendarDate;
}
