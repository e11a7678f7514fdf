import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { domainError, errorCodes, type DomainError, type ErrorCode, type ErrorPath } from './errors.js';
import { err, ok, unwrap, type Result } from './result.js';
import { enumValueLabels } from './enum.js';
import { clip, defaultInputLimits, FULL_REPORT_VALUES, inputLimitProblem, MAX_MESSAGE, MAX_PROBLEM_MESSAGE, measureInput, pathText, resolveLimits, stackOverflow, type ParseOptions } from './limits.js';

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

/** The Chinese message zod's zh-CN locale gives an issue, read against the value it is about. */
function zhMessage(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  const m = zhErrorMap({ ...issue, input: value } as unknown as Parameters<typeof zhErrorMap>[0]);
  return typeof m === 'string' ? m : m?.message;
}

/**
 * A zod failure as a {@link DomainError}: one issue becomes that error; several become an
 * `INVALID_INPUT` error listing the first `maxIssues` of them and counting the rest in
 * `moreIssues`. Chinese messages come from a custom `params.messageZh`, else from zod's zh-CN
 * locale applied to each listed issue (the input is not parsed a second time). Only the listed
 * issues are worded, so the work and the message are bounded whatever the number of issues. With
 * `stoppedEarly` the schema stopped at its first problems (a large input): they are listed as the
 * first of "at least" that many, uncounted.
 */
export function fromZodError(input: unknown, error: z.ZodError, maxIssues: number = defaultInputLimits.maxIssues, stoppedEarly = false): DomainError {
  const all = error.issues;
  const issues = all.slice(0, Math.max(1, maxIssues)).map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const value = valueAt(input, path);
    const { en, zh } = wording(issue, path, value);
    return domainError(codeOf(issue), { en: clip(en, MAX_PROBLEM_MESSAGE), zh: clip(zh, MAX_PROBLEM_MESSAGE), path, value });
  });
  return oneOrAll(issues, all.length, stoppedEarly);
}

/** Limits within which a value is small enough to quote as JSON. */
const quotable = /* @__PURE__ */ (() => ({ ...defaultInputLimits, maxDepth: 8, maxStringLength: 200, maxArrayLength: 20, maxTotalSize: 200 }))();

/** A value as a message quotes it: JSON where it can be and is small, else its type; never throws (a cycle, a BigInt). */
export function quoted(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string' && value.length > 80) return `${JSON.stringify(value.slice(0, 100)).slice(0, 77)}…`;
  if (value !== null && typeof value === 'object' && inputLimitProblem(value, quotable) !== null) return Array.isArray(value) ? `a list of ${value.length} items` : 'a large object';
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 80 ? `${json.slice(0, 77)}…` : json;
  } catch {
    // a BigInt: fall through
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
function wording(issue: z.core.$ZodIssue, path: ErrorPath, value: unknown): { readonly en: string; readonly zh: string } {
  const params = (issue as { params?: { messageZh?: unknown } }).params;
  if (typeof params?.messageZh === 'string') return { en: issue.message, zh: params.messageZh };
  const where = path.length === 0 ? 'The value' : pathText(path);
  const whereZh = path.length === 0 ? '取值' : pathText(path);
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
    if (closest !== undefined) {
      const inner = closest.issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const at = inner.length === 0 ? '' : `${pathText([...path, ...inner])}: `;
      const innerZh = (closest.issue as { params?: { messageZh?: unknown } }).params?.messageZh;
      const zhClosest = typeof innerZh === 'string' ? innerZh : zhMessage(closest.issue, valueAt(value, inner));
      return {
        en: `${where} fits none of the ${u.errors.length} allowed forms; the closest fails with ${at}${closest.issue.message}`,
        zh: `${whereZh} 不符合任何一种允许的形式（共 ${u.errors.length} 种）；最接近的一种的问题是 ${at}${zhClosest ?? closest.issue.message}`,
      };
    }
  }
  const zh = zhMessage(issue, value) ?? issue.message;
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

/** Where a problem is, as a message lists it (`holidays[3].from `), or nothing for the input itself. */
const where = (e: DomainError): string => (e.path === undefined || e.path.length === 0 ? '' : `${pathText(e.path)} `);

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * One problem as it is, or several as an `INVALID_INPUT` error listing them with their paths: the
 * `listed` ones (the first `maxIssues` found) of `total`, the rest counted in the messages
 * (`…and 9,980 more`) and in `moreIssues`. Each message stays under {@link MAX_MESSAGE}.
 */
export function oneOrAll(listed: readonly DomainError[], total: number = listed.length, atLeast = false): DomainError {
  if (total <= 1 && listed.length === 1) return listed[0] as DomainError;
  const more = Math.max(0, total - listed.length);
  const shown = more === 0 ? '' : ` (the first ${count(listed.length)} listed)`;
  const shownZh = more === 0 ? '' : `（列出前 ${count(listed.length)} 处）`;
  const [has, hasZh] = atLeast
    ? [`has at least ${count(total)} problems (a large input, over ${count(FULL_REPORT_VALUES)} values, is checked only up to the first problem of each list and object)`, `至少有 ${count(total)} 处问题（数据量大，超过 ${count(FULL_REPORT_VALUES)} 个值，每个列表和对象只校验到第一处问题）`]
    : [`has ${count(total)} problems`, `有 ${count(total)} 处问题`];
  return domainError('INVALID_INPUT', {
    en: clip(`The input ${has}${shown}: ${listed.map((i) => `${where(i)}${i.message}`).join('; ')}${more === 0 ? '' : `; …and ${count(more)} more.`}`, MAX_MESSAGE),
    zh: clip(`输入数据${hasZh}${shownZh}：${listed.map((i) => `${where(i)}${i.messageZh}`).join('；')}${more === 0 ? '' : `；……另有 ${count(more)} 处。`}`, MAX_MESSAGE),
    issues: listed,
    ...(more === 0 ? {} : { moreIssues: more }),
  });
}

/**
 * The error with each of its paths (and those of its issues) moved by `move`, e.g. from an index
 * into a list the library built back to the caller's own list and index; an error that lists
 * several problems is worded again from the moved paths.
 */
export function movedPaths(error: DomainError, move: (path: ErrorPath) => ErrorPath): DomainError {
  const total = (error.issues?.length ?? 0) + (error.moreIssues ?? 0);
  if (error.issues !== undefined && total > 1 && error.path === undefined) return oneOrAll(error.issues.map((i) => movedPaths(i, move)), total);
  return {
    ...error,
    ...(error.path === undefined ? {} : { path: move(error.path) }),
    ...(error.issues === undefined ? {} : { issues: error.issues.map((i) => movedPaths(i, move)) }),
  };
}

/** A path as the caller's argument reads in a message: `['context', 'calendar', 'holidays', 3]` → `context.calendar.holidays[3]`. */
export function dotted(path: ErrorPath): string {
  return pathText(path);
}

/**
 * Checks `input` against any schema qinqing exports (or any zod schema of your own) and returns a
 * {@link Result}: the parsed value, or a {@link DomainError} with a stable `code`, an English and
 * a Chinese message, and the `path` and `value` of the offending input. One zod issue becomes that
 * error; several become one `INVALID_INPUT` error that lists the first 20 in `issues` and counts
 * the rest in `moreIssues`.
 *
 * Before the schema sees it, the input is held to {@link InputLimits} (the defaults,
 * {@link defaultInputLimits}, are qinqing's own figures): nesting 64 deep, strings of 65,536
 * characters, 100,000 items per list, 200,000 values and about 4 MB in all. A deeper or cyclic input gives
 * `INPUT_TOO_DEEP`, a larger one `INPUT_TOO_LARGE`, with the path and the limit — never an
 * exception, and within a bounded time. Loosen a limit only explicitly, with `options.limits`.
 * An input of more than 5,000 values is checked only up to the first problem of each list and
 * object (counting every problem of a large hostile input would take seconds); the error lists
 * what was found as "at least" so many.
 *
 * @param schema - The schema, e.g. `EnterpriseSchema` or `IntakeChannel.schema`.
 * @param input - The data, typically parsed JSON from outside.
 * @param options - `limits`: the {@link InputLimits} to change, e.g. `{ maxArrayLength: 200_000 }`;
 *   a limit that is not a whole number of at least 1 (or `Infinity`) gives `INVALID_ARGUMENT`.
 * @returns `{ ok: true, value }` with the schema's output, or `{ ok: false, error }`.
 * @example
 * ```ts
 * safeParse(CalendarDateSchema, '2026-10-01'); // { ok: true, value: '2026-10-01' }
 * safeParse(CalendarDateSchema, '2026-02-30').ok; // false
 * const bad = safeParse(InstantSchema, '2026-10-01 09:00');
 * if (!bad.ok) bad.error.code; // 'INVALID_INSTANT'
 * const deep = JSON.parse('['.repeat(100) + ']'.repeat(100));
 * const refused = safeParse(IdSchema, deep);
 * refused.ok || refused.error.code; // 'INPUT_TOO_DEEP'
 * safeParse(IdSchema, deep, { limits: { maxDepth: 128 } }).ok; // false: checked by the schema, INVALID_INPUT
 * ```
 * @category Core
 */
export function safeParse<S extends z.ZodType>(schema: S, input: unknown, options?: ParseOptions): Result<z.output<S>> {
  const limits = resolveLimits(options);
  if (!limits.ok) return limits;
  const { problem, values } = measureInput(input, limits.value);
  if (problem !== null) return err(problem);
  return parseChecked(schema, input, limits.value.maxIssues, values);
}

/** zod's `abortEarly` (its `validate` uses it): each container stops at its first failing child. */
const abortEarly = /* @__PURE__ */ (() => ({ abortEarly: true }) as z.core.ParseContext<z.core.$ZodIssue>)();

/**
 * The schema's verdict on an input already held to the limits (see {@link inputLimitProblem}) that
 * holds `values` values: the value, or its capped error; `INPUT_TOO_DEEP` should the schema
 * overflow the stack all the same (limits loosened to `Infinity`). Over {@link FULL_REPORT_VALUES}
 * values zod stops at the first problems (the parsed value of a valid input is the same).
 */
export function parseChecked<S extends z.ZodType>(schema: S, input: unknown, maxIssues: number = defaultInputLimits.maxIssues, values = measureInput(input, defaultInputLimits).values): Result<z.output<S>> {
  const early = values > FULL_REPORT_VALUES;
  let r: z.ZodSafeParseResult<z.output<S>>;
  try {
    r = early ? schema.safeParse(input, abortEarly) : schema.safeParse(input);
  } catch (e) {
    if (e instanceof RangeError) return err(stackOverflow());
    throw e;
  }
  return r.success ? ok(r.data) : err(fromZodError(input, r.error, maxIssues, early));
}

/**
 * As {@link safeParse}, but returns the parsed value and throws a {@link QinqingError} (carrying the
 * same {@link DomainError}) when the input does not match, like zod's `parse`. For data your own
 * code produced; use {@link safeParse} for data from outside.
 *
 * @param schema - The schema.
 * @param input - The data.
 * @param options - As for {@link safeParse}.
 * @returns The schema's output.
 * @throws {@link QinqingError} when the input does not match.
 * @example
 * ```ts
 * parse(LocaleSchema, 'zh-CN'); // 'zh-CN'
 * try { parse(LocaleSchema, 'fr'); } catch (e) { if (e instanceof QinqingError) e.code; }
 * ```
 * @category Core
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, options?: ParseOptions): z.output<S> {
  return unwrap(safeParse(schema, input, options));
}
