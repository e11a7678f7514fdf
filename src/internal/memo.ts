/**
 * What qinqing derives once from data an app passes many times — a calendar compiled, a holiday law
 * or a policy checked, a ladder compiled — kept per object, and never given for an object that has
 * changed since (Part 9, issue 14: a calendar checked, then mutated, gave stale answers).
 *
 * - A **deeply frozen** object (everything qinqing returns or parses: `chinaCalendar`,
 *   `safeParse(WorkCalendarSchema, …)`, `extendCalendar`, the defaults) cannot change: it is looked
 *   up in O(1).
 * - Any other object is compared, on each lookup, with a trace of what it held when the value was
 *   derived (a walk of its own properties, O(size), no recursion): the value is given only when
 *   nothing changed, else derived again. An object too large to trace ({@link TRACE_LIMIT}), or one
 *   that is not plain data (a class instance, a function), is not kept at all.
 *
 * Not covered (documented, not defended): a getter that answers differently on each read, and a
 * property inherited from a polluted `Object.prototype`. Internal: not exported from any barrel.
 */

/**
 * The most tokens (about three per property) a trace may hold: qinqing's own bound, well above
 * `chinaCalendar` with 2004–2100 (about 30,000), so that tracing a huge hand-built object costs no
 * more than this before giving up.
 */
export const TRACE_LIMIT = 1_000_000;

/** Markers in a trace: an object with n keys, an array of length n, a reference to the k-th node seen. */
const OBJECT = /* @__PURE__ */ (() => Symbol('object'))();
const ARRAY = /* @__PURE__ */ (() => Symbol('array'))();
const SEEN = /* @__PURE__ */ (() => Symbol('seen'))();

/**
 * Walks plain data depth first with an explicit stack, passing each token to `emit` (which returns
 * false to stop). Returns `'frozen'` when every node was frozen, `'mutable'` when the walk ended,
 * and `null` when it was stopped, met something that is not plain data, or passed `limit` tokens.
 */
function walk(root: object, emit: (token: unknown) => boolean, limit: number): 'frozen' | 'mutable' | null {
  const seen = new Map<object, number>();
  const stack: unknown[] = [root];
  let frozen = true;
  let tokens = 0;
  const put = (token: unknown): boolean => ++tokens <= limit && emit(token);
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'function') return null;
    if (v === null || typeof v !== 'object') {
      if (!put(v)) return null;
      continue;
    }
    const ref = seen.get(v);
    if (ref !== undefined) {
      if (!put(SEEN) || !put(ref)) return null;
      continue;
    }
    seen.set(v, seen.size);
    if (!Object.isFrozen(v)) frozen = false;
    const proto: unknown = Object.getPrototypeOf(v);
    if (Array.isArray(v)) {
      if (proto !== Array.prototype || tokens + v.length > limit) return null;
      if (!put(ARRAY) || !put(v.length)) return null;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      if (proto !== Object.prototype && proto !== null) return null;
      const keys = Reflect.ownKeys(v);
      if (tokens + keys.length > limit || !put(OBJECT) || !put(keys.length)) return null;
      for (const k of keys) {
        if (!put(k)) return null;
        stack.push((v as Record<PropertyKey, unknown>)[k]);
      }
    }
  }
  return frozen ? 'frozen' : 'mutable';
}

/** A value derived from an object, with the trace of the object then (null when it was deeply frozen). */
interface Entry<V> {
  readonly value: V;
  readonly trace: readonly unknown[] | null;
}

/**
 * A cache of a value derived from each object an app passes, that never answers for an object
 * changed since it was derived (see the module's comment). Build one per kind of value, at module
 * level with `/* @__PURE__ *\/ (() => new ObjectMemo<V>())()`.
 */
export class ObjectMemo<V> {
  private readonly entries = new WeakMap<object, Entry<V>>();

  /** The value derived from `key` as it is now, or undefined (never derived, changed since, or not an object). */
  get(key: unknown): V | undefined {
    if (key === null || typeof key !== 'object') return undefined;
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    const trace = entry.trace;
    if (trace === null) return entry.value;
    let i = 0;
    const same = walk(key, (token) => i < trace.length && Object.is(token, trace[i++]), trace.length);
    if (same !== null && i === trace.length) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Whether `key` has a value kept as a deeply frozen object (which cannot change, so needs no comparison). */
  frozen(key: unknown): boolean {
    return key !== null && typeof key === 'object' && this.entries.get(key)?.trace === null;
  }

  /** Keeps `value` as derived from `key` as it is now (nothing is kept for a value that is not plain data, or too large). */
  set(key: unknown, value: V): void {
    if (key === null || typeof key !== 'object') return;
    const trace: unknown[] = [];
    const kind = walk(key, (token) => trace.push(token) > 0, TRACE_LIMIT);
    if (kind !== null) this.entries.set(key, { value, trace: kind === 'frozen' ? null : trace });
  }
}
