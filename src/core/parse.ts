import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { domainError, errorCodes, type DomainError, type ErrorCode, type ErrorPath } from './errors.js';
import { err, ok, unwrap, type Result } from './result.js';
import { enumValueLabels } from './enum.js';

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
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const value = valueAt(input, path);
    const { en, zh } = wording(issue, zhIssues[i], path, value);
    return domainError(codeOf(issue), { en, zh, path, value });
  });
  return oneOrAll(issues);
}

/** A value as a message quotes it: JSON where it can be, else its type. */
function quoted(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 80 ? `${json.slice(0, 77)}…` : json;
  } catch {
    // a BigInt or a cycle: fall through
  }
  return typeof value;
}

/** The valid values of an enum or discriminator: in English quoted, in Chinese with their labels (提交（submit）). */
function choices(values: readonly unknown[]): { readonly en: string; readonly zh: string } {
  return {
    en: values.map((v) => JSON.stringify(v)).join(' | '),
    zh: values
      .map((v) => {
        const label = typeof v === 'string' ? enumValueLabels.get(v) : undefined;
        return label === undefined ? JSON.stringify(v) : `${label.zh}（${v}）`;
      })
      .join('、'),
  };
}

/**
 * The English and Chinese messages of one zod issue. A schema's own message (with `params.messageZh`)
 * is kept; an unknown enum value or discriminator names the valid values in both languages (the
 * Chinese with their labels); a value that fits none of a union's forms says which form came
 * closest and why; otherwise zod's English and its zh-CN locale, which never leave the Chinese a
 * bare 无效输入 while the English says more.
 */
function wording(issue: z.core.$ZodIssue, zhIssue: z.core.$ZodIssue | undefined, path: ErrorPath, value: unknown): { readonly en: string; readonly zh: string } {
  const params = (issue as { params?: { messageZh?: unknown } }).params;
  if (typeof params?.messageZh === 'string') return { en: issue.message, zh: params.messageZh };
  const where = path.length === 0 ? 'The value' : dotted(path);
  const whereZh = path.length === 0 ? '取值' : dotted(path);
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    const c = choices(issue.values);
    return { en: `${where} must be one of ${c.en}; received ${quoted(value)}.`, zh: `${whereZh} 应为以下之一：${c.zh}；实际为 ${quoted(value)}。` };
  }
  if (issue.code === 'invalid_union') {
    const u = issue as z.core.$ZodIssueInvalidUnion & { readonly discriminator?: string; readonly options?: readonly unknown[] };
    if (u.discriminator !== undefined && u.options !== undefined && u.options.length > 0) {
      const c = choices(u.options);
      return { en: `${where} must be one of ${c.en}; received ${quoted(value)}.`, zh: `${whereZh} 应为以下之一：${c.zh}；实际为 ${quoted(value)}。` };
    }
    const closest = closestForm(u.errors);
    const zhClosest = zhIssue?.code === 'invalid_union' && closest !== undefined ? zhIssue.errors[closest.form]?.[0] : undefined;
    if (closest !== undefined) {
      const at = (i: z.core.$ZodIssue): string => (i.path.length === 0 ? '' : `${dotted([...path, ...i.path.filter((k): k is string | number => typeof k !== 'symbol')])}: `);
      return {
        en: `${where} fits none of the ${u.errors.length} allowed forms; the closest fails with ${at(closest.issue)}${closest.issue.message}`,
        zh: `${whereZh} 不符合任何一种允许的形式（共 ${u.errors.length} 种）；最接近的一种的问题是 ${at(closest.issue)}${zhClosest?.message ?? closest.issue.message}`,
      };
    }
  }
  const zh = zhIssue?.message ?? issue.message;
  // zod's zh-CN locale says only 无效输入 for a custom check without a Chinese message: keep the English detail.
  return { en: issue.message, zh: zh === '无效输入' && issue.message !== 'Invalid input' ? `无效输入（${issue.message}）` : zh };
}

/** The union form with the fewest problems (the first on a tie), and its first problem. */
function closestForm(errors: readonly (readonly z.core.$ZodIssue[])[]): { readonly form: number; readonly issue: z.core.$ZodIssue } | undefined {
  let best: { form: number; issue: z.core.$ZodIssue; n: number } | undefined;
  errors.forEach((issues, form) => {
    const first = issues[0];
    if (first !== undefined && (best === undefined || issues.length < best.n)) best = { form, issue: first, n: issues.length };
  });
  return best;
}

/** Where a problem is, as a message lists it (`holidays.3.from `), or nothing for the input itself. */
const where = (e: DomainError): string => (e.path === undefined || e.path.length === 0 ? '' : `${e.path.join('.')} `);

/** One problem as it is, or several as an `INVALID_INPUT` error listing them with their paths. */
function oneOrAll(issues: readonly DomainError[]): DomainError {
  if (issues.length === 1) return issues[0] as DomainError;
  return domainError('INVALID_INPUT', {
    en: `The input has ${issues.length} problems: ${issues.map((i) => `${where(i)}${i.message}`).join('; ')}`,
    zh: `输入数据有 ${issues.length} 处问题：${issues.map((i) => `${where(i)}${i.messageZh}`).join('；')}`,
    issues,
  });
}

/**
 * The error with each of its paths (and those of its issues) moved by `move`, e.g. from an index
 * into a list the library built back to the caller's own list and index; an error that lists
 * several problems is worded again from the moved paths.
 */
export function movedPaths(error: DomainError, move: (path: ErrorPath) => ErrorPath): DomainError {
  if (error.issues !== undefined && error.issues.length > 1 && error.path === undefined) return oneOrAll(error.issues.map((i) => movedPaths(i, move)));
  return {
    ...error,
    ...(error.path === undefined ? {} : { path: move(error.path) }),
    ...(error.issues === undefined ? {} : { issues: error.issues.map((i) => movedPaths(i, move)) }),
  };
}

/** A path as the caller's argument reads in a message: `['context', 'calendar', 'holidays', 3]` → `context.calendar.holidays[3]`. */
export function dotted(path: ErrorPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
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
