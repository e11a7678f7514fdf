import { domainError, type DomainError, type ErrorPath } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * The most an input may hold before qinqing looks at it with a schema: {@link safeParse} (and so
 * every `safeParse…` function, and every function that checks data it is given) first walks the
 * input once — without recursion, so that no input can overflow the stack — and refuses it with
 * `INPUT_TOO_DEEP` (nesting, or an object that refers back to itself) or `INPUT_TOO_LARGE` (a
 * string, a list or the whole), naming the path and the limit. The work of the schema and the
 * size of its error are then bounded by these figures. The defaults ({@link defaultInputLimits})
 * are qinqing's own figures, not a source's; an app loosens them only explicitly, with
 * `safeParse(schema, input, { limits })`.
 *
 * @example
 * ```ts
 * const limits: InputLimits = { ...defaultInputLimits, maxArrayLength: 200_000 };
 * limits.maxDepth; // 64
 * ```
 * @category Core
 */
export interface InputLimits {
  /** The deepest nesting of objects and arrays: `{ a: [1] }` is 2 deep. */
  readonly maxDepth: number;
  /** The longest string, and the longest object key, in UTF-16 code units. */
  readonly maxStringLength: number;
  /** The most items of one array, and the most own keys of one object. */
  readonly maxArrayLength: number;
  /**
   * The most values in all: every value, item and key counts 1 (an object reached twice counts
   * twice, as a schema reads it twice). This bounds a schema's work on a failing input, a few µs
   * per value that fails.
   */
  readonly maxValues: number;
  /**
   * The most of everything, in a measure close to the length of the input as JSON: every value,
   * item and key counts 1, every string and key its length besides. An object reached twice (held
   * in two places) counts twice, as a schema reads it twice.
   */
  readonly maxTotalSize: number;
  /** The most problems an error lists, in `issues` and in its messages; it counts the rest in `moreIssues`. */
  readonly maxIssues: number;
}

/**
 * qinqing's default {@link InputLimits} — its own figures, chosen far above any real request,
 * record or configuration (an issue's history, a 97-year calendar, a policy or a ladder of 10,000
 * rules) and low enough that a schema answers a hostile input within about a second: nesting 64
 * deep, strings of 64 Ki code units, 100,000 items per array or keys per object, 200,000 values
 * in all, a total of 4 Mi (about 4 MB of JSON), and the first 20 problems listed in an error.
 * Frozen.
 *
 * @example
 * ```ts
 * defaultInputLimits.maxStringLength; // 65536
 * ```
 * @category Core
 */
export const defaultInputLimits: InputLimits = /* @__PURE__ */ (() =>
  Object.freeze({
    maxDepth: 64,
    maxStringLength: 65_536,
    maxArrayLength: 100_000,
    maxValues: 200_000,
    maxTotalSize: 4_194_304,
    maxIssues: 20,
  }))();

/**
 * Options of {@link safeParse} and {@link parse}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { limits: { maxDepth: 200 } }; // loosen one limit, keep the others
 * ```
 * @category Core
 */
export interface ParseOptions {
  /** Limits to change (the others keep their defaults, {@link defaultInputLimits}). */
  readonly limits?: Partial<InputLimits>;
}

/** The longest message of one problem (code units); qinqing's own figure. A longer one is cut with `…`. */
export const MAX_PROBLEM_MESSAGE = 2_000;

/**
 * The longest message of an error (code units): at most 48 KiB of UTF-8 even in Chinese, under
 * the 64 KB every error stays within; qinqing's own figure.
 */
export const MAX_MESSAGE = 16_384;

/** `text` cut to `max` code units with `…` (never through a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A path as a message quotes it (`rules[3].when`), each key and the whole cut short. */
export function pathText(path: ErrorPath): string {
  const text = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${clip(k, 40)}`)).join('');
  return clip(text, 200);
}

const n = (x: number): string => x.toLocaleString('en-US');
const limitKeys: readonly (keyof InputLimits)[] = ['maxDepth', 'maxStringLength', 'maxArrayLength', 'maxValues', 'maxTotalSize', 'maxIssues'];

/**
 * The limits `options` asks for over the defaults, or `INVALID_ARGUMENT` for an unknown limit or a
 * value that is not a whole number of at least 1 (or `Infinity`, which lifts the limit).
 */
export function resolveLimits(options: ParseOptions | undefined): Result<InputLimits> {
  const given = options === undefined || options === null || typeof options !== 'object' ? undefined : options.limits;
  if (given === undefined) return ok(defaultInputLimits);
  if (given === null || typeof given !== 'object') {
    return err(domainError('INVALID_ARGUMENT', { en: 'options.limits must be an object of limits.', zh: 'options.limits 应为限值对象。', path: ['options', 'limits'], value: given }));
  }
  const out: Record<keyof InputLimits, number> = { ...defaultInputLimits };
  for (const key of Object.keys(given)) {
    const v: unknown = (given as Record<string, unknown>)[key];
    if (!(limitKeys as readonly string[]).includes(key)) {
      return err(
        domainError('INVALID_ARGUMENT', {
          en: `options.limits has no limit "${clip(key, 40)}"; the limits are ${limitKeys.join(', ')}.`,
          zh: `options.limits 中没有限值“${clip(key, 40)}”；可设的限值为 ${limitKeys.join('、')}。`,
          path: ['options', 'limits', key],
          value: v,
        }),
      );
    }
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v === Infinity || (Number.isInteger(v) && v >= 1))) {
      return err(
        domainError('INVALID_ARGUMENT', {
          en: `options.limits.${key} must be a whole number of at least 1, or Infinity; received ${String(v)}.`,
          zh: `options.limits.${key} 应为不小于 1 的整数或 Infinity，实际为 ${String(v)}。`,
          path: ['options', 'limits', key],
          value: v,
        }),
      );
    }
    out[key as keyof InputLimits] = v;
  }
  return ok(out);
}

/** `INPUT_TOO_DEEP` when a schema overflowed the stack all the same (limits loosened to `Infinity`). */
export function stackOverflow(): DomainError {
  return domainError('INPUT_TOO_DEEP', {
    en: 'The input nests too deeply to be checked (the stack ran out); lower options.limits.maxDepth.',
    zh: '输入数据嵌套过深，无法校验（调用栈耗尽）；请调低 options.limits.maxDepth。',
    path: [],
  });
}

const where = (path: ErrorPath): { readonly en: string; readonly zh: string } =>
  path.length === 0 ? { en: 'The input', zh: '输入数据' } : { en: `The input at ${pathText(path)}`, zh: `输入数据 ${pathText(path)} 处` };

function tooDeep(path: ErrorPath, max: number): DomainError {
  const w = where(path);
  return domainError('INPUT_TOO_DEEP', {
    en: `${w.en} nests objects and arrays more than ${n(max)} levels deep (limits.maxDepth, qinqing's own figure).`,
    zh: `${w.zh}的对象和数组嵌套超过 ${n(max)} 层（limits.maxDepth，qinqing 自定限值）。`,
    path,
  });
}

function cycle(path: ErrorPath): DomainError {
  const w = where(path);
  return domainError('INPUT_TOO_DEEP', {
    en: `${w.en} refers back to an object that holds it (a cycle): it would nest without end, and no JSON can hold it.`,
    zh: `${w.zh}引用了包含它自身的对象（循环引用）：嵌套将无穷无尽，JSON 数据不可能出现这种情况。`,
    path,
  });
}

/** `INPUT_TOO_LARGE` at `path`: what is there (`is a string of 1,048,576 characters`), then the limit it passes. */
function tooLarge(path: ErrorPath, what: { readonly en: string; readonly zh: string }, max: number, limit: keyof InputLimits): DomainError {
  const w = where(path);
  return domainError('INPUT_TOO_LARGE', {
    en: `${w.en} ${what.en}, more than ${n(max)} (limits.${limit}, qinqing's own figure).`,
    zh: `${w.zh}${what.zh}，超过 ${n(max)}（limits.${limit}，qinqing 自定限值）。`,
    path,
  });
}

const longString = (path: ErrorPath, length: number, max: number): DomainError =>
  tooLarge(path, { en: `is a string of ${n(length)} characters`, zh: `的字符串长 ${n(length)} 个字符` }, max, 'maxStringLength');
const longKey = (path: ErrorPath, length: number, max: number): DomainError =>
  tooLarge(path, { en: `has a key of ${n(length)} characters`, zh: `有一个键长 ${n(length)} 个字符` }, max, 'maxStringLength');
const manyItems = (path: ErrorPath, count: number, max: number, array: boolean): DomainError =>
  tooLarge(path, array ? { en: `is a list of ${n(count)} items`, zh: `的列表有 ${n(count)} 项` } : { en: `is an object of ${n(count)} keys`, zh: `的对象有 ${n(count)} 个键` }, max, 'maxArrayLength');
function manyValues(path: ErrorPath, max: number): DomainError {
  const at = path.length === 0 ? { en: '', zh: '' } : { en: ` (passed at ${pathText(path)})`, zh: `（于 ${pathText(path)} 处超出）` };
  return domainError('INPUT_TOO_LARGE', {
    en: `The input holds more than ${n(max)} values, items and keys in all${at.en} (limits.maxValues, qinqing's own figure).`,
    zh: `输入数据的值、列表项和键合计超过 ${n(max)} 个${at.zh}（limits.maxValues，qinqing 自定限值）。`,
    path,
  });
}

function totalSize(path: ErrorPath, max: number): DomainError {
  const at = path.length === 0 ? { en: '', zh: '' } : { en: ` (passed at ${pathText(path)})`, zh: `（于 ${pathText(path)} 处超出）` };
  return domainError('INPUT_TOO_LARGE', {
    en: `The input is larger in all than ${n(max)}, about the length of its JSON${at.en} (limits.maxTotalSize, qinqing's own figure).`,
    zh: `输入数据总量超过 ${n(max)}（约为其 JSON 文本长度）${at.zh}（limits.maxTotalSize，qinqing 自定限值）。`,
    path,
  });
}

/**
 * What is wrong with `input` against `limits` — the first breach found, walking depth first — or
 * null. Never recursive: the walk keeps its own stack, and the objects on the current path to find
 * cycles (an object held in two places is no cycle). Stops as soon as the total passes its limit,
 * so its work is bounded by the limits whatever the input.
 */
export function inputLimitProblem(input: unknown, limits: InputLimits = defaultInputLimits): DomainError | null {
  return measureInput(input, limits).problem;
}

/**
 * The values above which a schema's failure is not counted in full: zod spends a few µs on every
 * problem it finds, and one value can fail many ways (an empty object where an issue is expected
 * misses 29 fields), so counting every problem of a large hostile input would take seconds. Above
 * it the schema stops at the first problem of each list and object (zod's `abortEarly`); the error
 * lists what it found as "at least" so many. qinqing's own figure.
 */
export const FULL_REPORT_VALUES = 5_000;

/** {@link inputLimitProblem}, and how many values the input holds (every value, item and key counts 1). */
export function measureInput(input: unknown, limits: InputLimits): { readonly problem: DomainError | null; readonly values: number } {
  const done = (problem: DomainError | null, values: number) => ({ problem, values });
  if (typeof input === 'string') return done(input.length > limits.maxStringLength ? longString([], input.length, limits.maxStringLength) : null, 1);
  if (input === null || typeof input !== 'object') return done(null, 1);
  // The open containers, innermost last: the object, its keys (null for an array: indexes), the next index, the end.
  const objects: object[] = [];
  const keyLists: (readonly string[] | null)[] = [];
  const nexts: number[] = [];
  const ends: number[] = [];
  const onPath = new Set<object>();
  let size = 1;
  let values = 1;
  /** The path of the value last read (or, with `parent`, of the container holding it). */
  const pathHere = (parent = false): (string | number)[] => {
    const out: (string | number)[] = [];
    const last = parent ? objects.length - 1 : objects.length;
    for (let f = 0; f < last; f++) {
      const keys = keyLists[f];
      const i = (nexts[f] as number) - 1;
      if (i < 0) break; // a container just opened: the path ends at it
      out.push(keys === null || keys === undefined ? i : (keys[i] as string));
    }
    return out;
  };
  /** Opens a container at the current path, or says why not. */
  const open = (o: object): DomainError | null => {
    if (onPath.has(o)) return cycle(pathHere());
    if (objects.length + 1 > limits.maxDepth) return tooDeep(pathHere(), limits.maxDepth);
    let keys: readonly string[] | null = null;
    let end: number;
    if (Array.isArray(o)) end = o.length;
    else if (ArrayBuffer.isView(o)) {
      // Typed arrays hold only numbers: count them, read none.
      const length = (o as { readonly length?: unknown }).length;
      end = typeof length === 'number' ? length : o.byteLength;
      if (end > limits.maxArrayLength) return manyItems(pathHere(), end, limits.maxArrayLength, true);
      size += end;
      values += end;
      return null;
    } else {
      keys = Object.keys(o);
      end = keys.length;
    }
    if (end > limits.maxArrayLength) return manyItems(pathHere(), end, limits.maxArrayLength, keys === null);
    size += end;
    values += end;
    objects.push(o);
    keyLists.push(keys);
    nexts.push(0);
    ends.push(end);
    onPath.add(o);
    return null;
  };
  const first = open(input);
  if (first !== null) return done(first, values);
  if (values > limits.maxValues) return done(manyValues([], limits.maxValues), values);
  if (size > limits.maxTotalSize) return done(totalSize([], limits.maxTotalSize), values);
  while (objects.length > 0) {
    const top = objects.length - 1;
    const i = nexts[top] as number;
    if (i >= (ends[top] as number)) {
      onPath.delete(objects[top] as object);
      objects.pop();
      keyLists.pop();
      nexts.pop();
      ends.pop();
      continue;
    }
    nexts[top] = i + 1;
    const keys = keyLists[top];
    let child: unknown;
    if (keys === null || keys === undefined) child = (objects[top] as unknown[])[i];
    else {
      const key = keys[i] as string;
      if (key.length > limits.maxStringLength) return done(longKey(pathHere(true), key.length, limits.maxStringLength), values);
      size += key.length;
      child = (objects[top] as Record<string, unknown>)[key];
    }
    if (typeof child === 'string') {
      if (child.length > limits.maxStringLength) return done(longString(pathHere(), child.length, limits.maxStringLength), values);
      size += child.length;
    } else if (child !== null && typeof child === 'object') {
      const problem = open(child);
      if (problem !== null) return done(problem, values);
      if (values > limits.maxValues) return done(manyValues(pathHere(), limits.maxValues), values);
    }
    if (size > limits.maxTotalSize) return done(totalSize(pathHere(), limits.maxTotalSize), values);
  }
  return done(null, values);
}
