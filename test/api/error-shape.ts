/**
 * The shape of an error a public function returns, for the no-throw law (Part 9 / issue 14): a
 * stable `code` of `errorCodes`, an English and a Chinese message, and a `path` that starts at one
 * of the function's own parameters — the caller's name for the argument (`n`, `asOf`, `options`),
 * never a name the library uses inside (`result`, `date`, `from`) — and the same for each nested
 * issue. The parameter names are read from the function's source.
 */
import { errorCodes } from '../../src/index.js';

/** The names of a function's (or a class constructor's) parameters, in order; `null` for a destructured one. */
export function parameterNames(fn: unknown): readonly (string | null)[] {
  const src = Function.prototype.toString.call(fn);
  let start = 0;
  if (/^class\b/.test(src)) {
    const c = src.search(/\bconstructor\s*\(/);
    if (c < 0) return [];
    start = c;
  }
  const open = src.indexOf('(', start);
  if (open < 0) {
    const arrow = /^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(src);
    return arrow === null ? [] : [arrow[1] ?? null];
  }
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | null = null;
  for (let i = open + 1; i < src.length; i++) {
    const ch = src[i] as string;
    if (quote !== null) {
      current += ch;
      if (ch === '\\') current += src[++i] ?? '';
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) break;
      depth--;
    }
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current);
  return parts.map((p) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? null);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** What is wrong with an error a function returned (its parameters `params`), or null when it is well formed. */
export function errorShapeProblem(error: unknown, params: readonly (string | null)[], relative = false): string | null {
  if (!isObject(error)) return `the error is not an object: ${String(error)}`;
  const { code, message, messageZh, path, issues } = error;
  if (typeof code !== 'string' || !Object.hasOwn(errorCodes, code)) return `unknown code ${String(code)}`;
  if (typeof message !== 'string' || message === '') return `${code}: no English message`;
  if (typeof messageZh !== 'string' || messageZh === '') return `${code}: no Chinese message`;
  if (path !== undefined && !Array.isArray(path)) return `${code}: path is not an array`;
  if (!relative) {
    const named = params.filter((p): p is string => p !== null);
    const destructured = params.some((p) => p === null);
    if (path === undefined || path.length === 0) {
      if (issues === undefined) return `${code}: no path (${message})`;
    } else if (!destructured && !named.includes(String(path[0]))) {
      return `${code}: path ${JSON.stringify(path)} does not start at a parameter (${named.join(', ')}): ${message}`;
    }
  }
  if (issues !== undefined) {
    if (!Array.isArray(issues)) return `${code}: issues is not an array`;
    for (const issue of issues) {
      const p = errorShapeProblem(issue, params, relative);
      if (p !== null) return `issue: ${p}`;
    }
  }
  return null;
}

/** The error an output carries: a failed `Result`'s error, or the output itself when it is a `DomainError`; undefined for anything else. */
export function returnedError(out: unknown): unknown {
  if (!isObject(out)) return undefined;
  if (out['ok'] === false && 'error' in out) return out['error'];
  if (typeof out['code'] === 'string' && typeof out['message'] === 'string' && 'messageZh' in out) return out;
  return undefined;
}
