import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { domainError, errorCodes, type DomainError, type ErrorCode, type ErrorPath } from '../core/errors.js';
import { err, ok, unwrap, type Result } from '../core/result.js';

// Module-level values are built in `/* @__PURE__ */ (() => …)()` so that a bundler can drop those an
// app does not use, and zod with them (scripts/app-bundles.mjs measures it).

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

/** Parses `input` with `schema` into a {@link Result}. */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const r = schema.safeParse(input);
  return r.success ? ok(r.data) : err(fromZodError(schema, input, r.error));
}

/** Parses `input` with `schema`, throwing a `QinqingError` on failure. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  return unwrap(safeParseWith(schema, input));
}
