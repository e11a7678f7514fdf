/**
 * Every error code qinqing returns, with a generic English and Chinese description. Codes are
 * stable: apps may switch on them and store them. The message of a particular error says more.
 *
 * @category Core
 */
export const errorCodes = {
  INVALID_INPUT: { en: 'The input does not match the schema.', zh: '输入数据不符合格式要求。' },
  INVALID_ARGUMENT: { en: 'An argument is out of its allowed range.', zh: '参数超出允许范围。' },
  INVALID_DATE: { en: 'Not a real calendar date in the form YYYY-MM-DD.', zh: '不是 YYYY-MM-DD 格式的有效日期。' },
  INVALID_INSTANT: {
    en: 'Not an ISO 8601 date-time with an offset.',
    zh: '不是带时区偏移的 ISO 8601 时间。',
  },
  CALENDAR_YEAR_NOT_COVERED: {
    en: 'The date lies outside the years the working-day calendar covers.',
    zh: '日期超出工作日历覆盖的年份范围。',
  },
  CALENDAR_CONFLICT: {
    en: 'A date is both a day off and an adjusted working day.',
    zh: '同一日期既是休息日又是调休上班日。',
  },
  USCC_INVALID_LENGTH: {
    en: 'A Unified Social Credit Code has exactly 18 characters.',
    zh: '统一社会信用代码应为 18 位。',
  },
  USCC_INVALID_CHARACTER: {
    en: 'A Unified Social Credit Code character is not allowed at its position.',
    zh: '统一社会信用代码某一位的字符不合规。',
  },
  USCC_CHECK_MISMATCH: {
    en: 'The check character of the Unified Social Credit Code is wrong.',
    zh: '统一社会信用代码校验码错误。',
  },
  DUPLICATE_ID: { en: 'Two items share the same id.', zh: '存在重复的编号。' },
  UNKNOWN_REFERENCE: { en: 'An id refers to nothing that is known.', zh: '编号引用的对象不存在。' },
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;

/**
 * A stable error code (SCREAMING_SNAKE): one of the keys of {@link errorCodes}.
 *
 * @category Core
 */
export type ErrorCode = keyof typeof errorCodes;

/**
 * A path into the input: object keys and array indexes, as zod reports them.
 *
 * @category Core
 */
export type ErrorPath = readonly (string | number)[];

/**
 * What went wrong, as plain data: a stable `code`, a message in English and in Chinese, and
 * where it applies the path to the offending value and the value itself. Survives JSON.
 *
 * @category Core
 */
export interface DomainError {
  /** The stable code; see {@link errorCodes}. */
  readonly code: ErrorCode;
  /** The message in English. */
  readonly message: string;
  /** The message in Chinese (zh-CN). */
  readonly messageZh: string;
  /** Where in the input the problem is, when it is about one place. */
  readonly path?: ErrorPath;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** The individual problems, when several were found at once. */
  readonly issues?: readonly DomainError[];
}

/**
 * Builds a {@link DomainError}; without messages it takes the generic ones of its code.
 *
 * @param code - The error code.
 * @param details - Specific messages, path, value and nested issues.
 * @returns The error as plain data.
 * @example
 * ```ts
 * domainError('INVALID_DATE', { path: ['received'], value: '2026-02-30' });
 * ```
 * @category Core
 */
export function domainError(
  code: ErrorCode,
  details: {
    readonly en?: string;
    readonly zh?: string;
    readonly path?: ErrorPath;
    readonly value?: unknown;
    readonly issues?: readonly DomainError[];
  } = {},
): DomainError {
  const generic = errorCodes[code];
  return {
    code,
    message: details.en ?? generic.en,
    messageZh: details.zh ?? generic.zh,
    ...(details.path === undefined ? {} : { path: details.path }),
    ...('value' in details ? { value: details.value } : {}),
    ...(details.issues === undefined ? {} : { issues: details.issues }),
  };
}

/**
 * The exception thrown by the throwing variants (`parseX`, {@link unwrap}). It carries the
 * {@link DomainError} as `error` and its `code` for quick checks.
 *
 * @example
 * ```ts
 * try { parseUscc('bad'); } catch (e) { if (e instanceof QinqingError) e.code; }
 * ```
 * @category Core
 */
export class QinqingError extends Error {
  /** The stable code of the error. */
  readonly code: ErrorCode;
  /** The error as plain data. */
  readonly error: DomainError;

  /**
   * Wraps a domain error for throwing.
   *
   * @param error - The error as plain data.
   */
  constructor(error: DomainError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'QinqingError';
    this.code = error.code;
    this.error = error;
  }
}
