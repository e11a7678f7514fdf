import type { z } from 'zod';
import type { DomainError, ErrorPath } from '../core/errors.js';
import { dotted, safeParse } from '../core/parse.js';
import { ObjectMemo } from './memo.js';

/**
 * The zod → `DomainError` mapping lives in core (`safeParse`, `parse`); the library's own
 * modules keep calling it by these names.
 */
export { fromZodError, movedPaths, dotted, oneOrAll, quoted, parseChecked, safeParse as safeParseWith, parse as parseWith } from '../core/parse.js';
export { clip, defaultInputLimits, inputLimitProblem, measureInput, MAX_MESSAGE, MAX_PROBLEM_MESSAGE } from '../core/limits.js';

/**
 * A problem found in an argument an app passed at `at` (e.g. `['context', 'calendar']`), with its
 * path relative to the argument, as the caller reads it: every path under `at`, and the messages
 * saying which argument (and where in it) is not `what` (e.g. "a valid working-day calendar").
 */
export function argumentError(problem: DomainError, at: ErrorPath, what: { readonly en: string; readonly zh: string }): DomainError {
  const under = (x: DomainError): DomainError => ({
    ...x,
    path: [...at, ...(x.path ?? [])],
    ...(x.issues === undefined ? {} : { issues: x.issues.map(under) }),
  });
  const inner = under(problem);
  const where = inner.path !== undefined && inner.path.length > at.length ? dotted(inner.path) : null;
  return {
    ...inner,
    message: `${dotted(at)} is not ${what.en}${where === null ? '' : ` (at ${where})`}: ${problem.message}`,
    messageZh: `${dotted(at)} 不是${what.zh}${where === null ? '' : `（位置 ${where}）`}：${problem.messageZh}`,
  };
}

/** What `schema` finds wrong with an argument an app passed at `at`, worded by {@link argumentError}; null when it accepts it. */
export function argumentProblem(schema: z.ZodType, value: unknown, at: ErrorPath, what: { readonly en: string; readonly zh: string }): DomainError | null {
  const r = safeParse(schema, value);
  return r.ok ? null : argumentError(r.error, at, what);
}

/** Each schema's verdict on each object checked by {@link checkedOnce} (kept only while the object is unchanged). */
const verdicts = /* @__PURE__ */ (() => new WeakMap<z.ZodType, ObjectMemo<DomainError | null>>())();

/**
 * What `schema` finds wrong with `value` (paths from the value), or null; for an object, checked
 * once per object and schema while it stays as it was (qinqing's data is immutable: a calendar, a
 * policy, a ladder or a law is built once and passed to many calls). A deeply frozen object is
 * looked up in O(1); any other is compared with what it held when checked, and checked again when
 * it changed (see {@link ObjectMemo}), so mutating an object never leaves a stale verdict.
 */
export function checkedOnce(schema: z.ZodType, value: unknown): DomainError | null {
  if (value === null || typeof value !== 'object') {
    const r = safeParse(schema, value);
    return r.ok ? null : r.error;
  }
  let bySchema = verdicts.get(schema);
  if (bySchema === undefined) {
    bySchema = new ObjectMemo();
    verdicts.set(schema, bySchema);
  }
  let verdict = bySchema.get(value);
  if (verdict === undefined) {
    const r = safeParse(schema, value);
    verdict = r.ok ? null : r.error;
    bySchema.set(value, verdict);
  }
  return verdict;
}
