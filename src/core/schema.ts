import { z } from 'zod';

/**
 * A calendar date `YYYY-MM-DD` that exists (2024-02-29 yes, 2023-02-29 no). Dates in qinqing are
 * local dates in China (UTC+8) unless a function says otherwise.
 *
 * @category Core
 */
export const CalendarDateSchema = z.iso.date().describe('A calendar date YYYY-MM-DD (local, China)');

/**
 * A calendar date string `YYYY-MM-DD`; see {@link CalendarDateSchema}.
 *
 * @category Core
 */
export type CalendarDate = string;

/**
 * An instant: an ISO 8601 date-time with an offset (`2026-09-30T09:15:00+08:00` or `…Z`).
 *
 * @category Core
 */
export const InstantSchema = z.iso.datetime({ offset: true }).describe('An ISO 8601 date-time with an offset');

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
export const IdSchema = z.string().min(1).max(128).describe('An id supplied by the app');

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
export const LocaleSchema = z.enum(['zh-CN', 'en']);

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
export const BilingualTextSchema = z.object({
  zh: z.string().min(1).describe('Chinese (zh-CN)'),
  en: z.string().min(1).describe('English'),
});

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
