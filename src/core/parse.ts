import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { domainError, errorCodes, type DomainError, type ErrorCode, type ErrorPath } from './errors.js';
import { err, ok, unwrap, type Result } from './result.js';

// Built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop it, and zod's zh-CN locale with
// it, from an app that never parses (scripts/app-bundles.mjs measures it).
const zhErrorMap = /* @__PURE__ */ (() => zhCN().localeError)();

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorCodes, code);
}

function valueAt(input: unknown, path: ErrorPath): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** The code of one zod issue: a code the schema attached in `params`, else one by its format. */
function codeOf(issue: z.core.$ZodIssue): ErrorCode {
  const params = (issue as { params?: { code?: unknown } }).params;
  if (isErrorCode(params?.code)) return params.code;
  if (issue.code === 'invalid_format' && issue.format === 'date') return 'INVALID_DATE';
  if (issue.code === 'invalid_format' && issue.format === 'datetime') return 'INVALID_INSTANT';
  return 'INVALID_INPUT';
}

/**
 * A zod failure as a {@link DomainError}: one issue becomes that error; several become an
 * `INVALID_INPUT` error listing them. Chinese messages come from a custom `params.messageZh`,
 * else from zod's zh-CN locale.
 */
export function fromZodError(schema: z.ZodType, input: unknown, error: z.ZodError): DomainError {
  const zhIssues = schema.safeParse(input, { error: zhErrorMap }).error?.issues ?? [];
  const issues = error.issues.map((issue, i) => {
    const params = (issue as { params?: { messageZh?: unknown } }).params;
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const zh = typeof params?.messageZh === 'string' ? params.messageZh : (zhIssues[i]?.message ?? issue.message);
    return domainError(codeOf(issue), { en: issue.message, zh, path, value: valueAt(input, path) });
  });
  if (issues.length === 1) return issues[0] as DomainError;
  return domainError('INVALID_INPUT', {
    en: `The input has ${issues.length} problems: ${issues.map((i) => `${i.path?.join('.') ?? ''} ${i.message}`).join('; ')}`,
    zh: `输入数据有 ${issues.length} 处问题：${issues.map((i) => `${i.path?.join('.') ?? ''} ${i.messageZh}`).join('；')}`,
    issues,
  });
}

/**
 * Checks `input` against any schema qinqing exports (or any zod schema of your own) and returns a
 * {@link Result}: the parsed value, or a {@link DomainError} with a stable `code`, an English and
 * a Chinese message, and the `path` and `value` of the offending input. One zod issue becomes that
 * error; several become one `INVALID_INPUT` error that lists them in `issues`.
 *
 * @param schema - The schema, e.g. `EnterpriseSchema` or `IntakeChannel.schema`.
 * @param input - The data, typically parsed JSON from outside.
 * @returns `{ ok: true, value }` with the schema's output, or `{ ok: false, error }`.
 * @example
 * ```ts
 * safeParse(CalendarDateSchema, '2026-10-01'); // { ok: true, value: '2026-10-01' }
 * safeParse(CalendarDateSchema, '2026-02-30').ok; // false
 * const bad = safeParse(InstantSchema, '2026-10-01 09:00');
 * if (!bad.ok) bad.error.code; // 'INVALID_INSTANT'
 * ```
 * @category Core
 */
export function safeParse<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const r = schema.safeParse(input);
  return r.success ? ok(r.data) : err(fromZodError(schema, input, r.error));
}

/**
 * As {@link safeParse}, but returns the parsed value and throws a {@link QinqingError} (carrying the
 * same {@link DomainError}) when the input does not match, like zod's `parse`. For data your own
 * code produced; use {@link safeParse} for data from outside.
 *
 * @param schema - The schema.
 * @param input - The data.
 * @returns The schema's output.
 * @throws {@link QinqingError} when the input does not match.
 * @example
 * ```ts
 * parse(LocaleSchema, 'zh-CN'); // 'zh-CN'
 * try { parse(LocaleSchema, 'fr'); } catch (e) { if (e instanceof QinqingError) e.code; }
 * ```
 * @category Core
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  return unwrap(safeParse(schema, input));
}
