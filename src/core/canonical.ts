import { domainError, type DomainError } from './errors.js';
import { defaultInputLimits, pathText } from './limits.js';
import { err, ok, type Result } from './result.js';

/** Why a value has no canonical JSON: found at a leaf, its path filled in on the way back up. */
class Refusal {
  /** The path from the top, built innermost first and reversed once at the end. */
  readonly path: (string | number)[] = [];
  constructor(
    readonly code: 'INVALID_INPUT' | 'INPUT_TOO_DEEP',
    readonly what: { readonly en: string; readonly zh: string },
    readonly value?: unknown,
  ) {}
}

/** A lone surrogate: half of a UTF-16 pair without its other half (not Unicode text; I-JSON forbids it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string is well-formed UTF-16: the engine's own check where it has one (ES2024), else a pattern. */
const wellFormed: (s: string) => boolean = /* @__PURE__ */ (() =>
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (s: string) => !LONE_SURROGATE.test(s))();

const MAX_DEPTH = defaultInputLimits.maxDepth;

/** What makes a string need more than quotes: a character JSON escapes, or half of a surrogate pair. */
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as RFC 8785 writes it (ECMAScript's JSON.stringify, which escapes exactly what §3.2.2.2 asks), or why not. */
function quoted(s: string): string | Refusal {
  if (!SPECIAL.test(s)) return `"${s}"`; // most texts: nothing to escape, no surrogate to check
  if (!wellFormed(s)) return new Refusal('INVALID_INPUT', { en: 'is a string with a lone surrogate (not Unicode text, which RFC 8785 and I-JSON require)', zh: '是含有孤立代理项的字符串（不是合法的 Unicode 文本，RFC 8785 与 I-JSON 均不允许）' });
  return JSON.stringify(s);
}

/** What a value that is not JSON data is, for the message. */
function kindOf(v: unknown): { readonly en: string; readonly zh: string } {
  if (typeof v === 'number') return { en: `is the number ${String(v)}, which JSON cannot hold`, zh: `是数值 ${String(v)}，JSON 无法表示` };
  if (v === undefined) return { en: 'is undefined where JSON needs a value', zh: '为 undefined，而 JSON 此处需要一个值' };
  if (typeof v === 'object') return { en: 'is an object that is not plain data (a Date, a Map, a class instance, …)', zh: '是非普通数据对象（Date、Map、类实例等）' };
  return { en: `is a ${typeof v}, which JSON cannot hold`, zh: `是 ${typeof v} 类型，JSON 无法表示` };
}

/**
 * Keys in the order of RFC 8785 §3.2.3, by UTF-16 code units (the order of `<` and of the default
 * sort), sorted in place: by insertion for the few keys of an event's objects (twice as fast as the
 * default sort there), by the default sort for more.
 */
function sortedKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/**
 * The canonical text of `v`, or why there is none. Members of the top-level object named `skip`
 * are left out (the digest covers an event without its own digest, and no copy is made for it).
 * Recursive, but never deeper than {@link MAX_DEPTH}: deeper, or a cycle, is refused.
 */
function write(v: unknown, depth: number, skip: string | undefined): string | Refusal {
  switch (typeof v) {
    case 'string':
      return quoted(v);
    case 'number':
      // ECMAScript's Number::toString is RFC 8785's number form (§3.2.2.3); -0 is written 0.
      return Number.isFinite(v) ? String(v) : new Refusal('INVALID_INPUT', kindOf(v), v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (v === null) return 'null';
      if (depth >= MAX_DEPTH) {
        return new Refusal('INPUT_TOO_DEEP', {
          en: `nests objects and arrays more than ${MAX_DEPTH} levels deep, or refers back to an object that holds it (a cycle)`,
          zh: `对象和数组嵌套超过 ${MAX_DEPTH} 层，或引用了包含它自身的对象（循环引用）`,
        });
      }
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) {
          const item: unknown = v[i];
          const text = item === undefined ? new Refusal('INVALID_INPUT', kindOf(item)) : write(item, depth + 1, undefined);
          if (typeof text !== 'string') {
            text.path.push(i);
            return text;
          }
          out += i === 0 ? text : `,${text}`;
        }
        return `${out}]`;
      }
      const proto: unknown = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return new Refusal('INVALID_INPUT', kindOf(v));
      const keys = sortedKeys(Object.keys(v));
      let out = '{';
      let first = true;
      for (const key of keys) {
        if (depth === 0 && key === skip) continue;
        const item: unknown = (v as Record<string, unknown>)[key];
        if (item === undefined) continue; // as JSON.stringify: an absent value
        const name = quoted(key);
        const text = typeof name === 'string' ? write(item, depth + 1, undefined) : name;
        if (typeof name !== 'string' || typeof text !== 'string') {
          (text as Refusal).path.push(key);
          return text as Refusal;
        }
        out += first ? `${name}:${text}` : `,${name}:${text}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      return new Refusal('INVALID_INPUT', kindOf(v));
  }
}

/** The refusal as the caller's error: its path from the top of the input. */
function refusalError(r: Refusal): DomainError {
  const path = r.path.reverse();
  const at = path.length === 0 ? { en: 'The input', zh: '输入数据' } : { en: `The input at ${pathText(path)}`, zh: `输入数据 ${pathText(path)} 处` };
  return domainError(r.code, {
    en: `${at.en} ${r.what.en}; it has no canonical JSON (RFC 8785).`,
    zh: `${at.zh}${r.what.zh}，无法生成规范 JSON（RFC 8785）。`,
    path,
    ...(r.value === undefined ? {} : { value: r.value }),
  });
}

/**
 * The canonical JSON text of `input` without the top-level member `skip`, or the error; for the
 * library's own hashing (see `src/issue/chain.ts`), which leaves an event's digest out without
 * copying the event.
 */
export function canonicalText(input: unknown, skip?: string): string | DomainError {
  const text = write(input, 0, skip);
  return typeof text === 'string' ? text : refusalError(text);
}

/**
 * The JSON Canonicalization Scheme (RFC 8785) text of plain JSON data: object keys sorted by UTF-16
 * code units at every level, no whitespace, numbers as ECMAScript writes them (`1e+21`, `0.1`,
 * `-0` as `0`), strings with only the escapes JSON requires. Two values are equal as JSON exactly
 * when their canonical texts are equal, whatever the order of their keys — so data that went
 * through a database that reorders keys (Postgres `jsonb`) compares equal to the original. A
 * member whose value is `undefined` is left out, as `JSON.stringify` does.
 *
 * @param input - Plain JSON data: objects, arrays, strings, finite numbers, booleans, null.
 * @returns The canonical text, or `INVALID_INPUT` for what JSON cannot hold (NaN, ±Infinity, a
 *   function, a symbol, a bigint, `undefined` in a list or at the top, a Date, Map or class
 *   instance, a string with a lone surrogate), or `INPUT_TOO_DEEP` for nesting over 64 levels or a
 *   cycle; the error's path points at the value.
 * @example
 * ```ts
 * canonicalJson({ b: [1e21, 0.5, -0], a: '亲清' }); // { ok: true, value: '{"a":"亲清","b":[1e+21,0.5,0]}' }
 * const r = canonicalJson({ rate: NaN });
 * r.ok || [r.error.code, r.error.path]; // ['INVALID_INPUT', ['rate']]
 * ```
 * @category Core
 */
export function canonicalJson(input: unknown): Result<string> {
  const text = canonicalText(input);
  return typeof text === 'string' ? ok(text) : err(text);
}
