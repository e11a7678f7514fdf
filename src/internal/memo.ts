/**
 * What qinqing derives once from data an app passes many times — a calendar compiled, a holiday law
 * or a policy checked, a ladder compiled — kept per object, and never given for an object that has
 * changed since (Part 9, issue 14: a calendar checked, then mutated, gave stale answers).
 *
 * - A **deeply frozen** object (everything qinqing returns or parses: `chinaCalendar`,
 *   `safeParse(WorkCalendarSchema, …)`, `extendCalendar`, the defaults) cannot change: it is looked
 *   up in O(1).
 * - Any other object is compared, on each lookup, with a trace of what it held when the value was
 *   derived (a walk of its own properties, no recursion): the value is given only when nothing
 *   changed, else derived again. A deeply frozen part of it (`{ ...chinaCalendar, name }` keeps
 *   `chinaCalendar`'s frozen lists) is compared by identity, so the walk costs the mutable part
 *   only. An object too large to trace ({@link TRACE_LIMIT} tokens), or one that is not plain data
 *   (a class instance, a function), is not kept at all.
 *
 * Not covered (documented, not defended): a getter on a mutable object that answers differently
 * on each read, and a property inherited from a polluted `Object.prototype`. Internal: not
 * exported from any barrel.
 */

/**
 * The most tokens (about two per property) a trace may hold, and the most objects a freezing check
 * visits: qinqing's own bound, well above `chinaCalendar` with 2004–2100 (about 20,000), so that
 * tracing a huge hand-built object costs no more than this before giving up.
 */
export const TRACE_LIMIT = 1_000_000;

/** Markers in a trace: an object with n keys, an array of length n, a reference to the k-th node seen. */
const OBJECT = /* @__PURE__ */ (() => Symbol('object'))();
const ARRAY = /* @__PURE__ */ (() => Symbol('array'))();
const SEEN = /* @__PURE__ */ (() => Symbol('seen'))();

/**
 * Objects known to be deeply frozen: frozen, plain (an object or array prototype, or none), with
 * data properties only, and every object they reach the same. Such an object can never change, so
 * a trace holds it by identity. Shared by every memo.
 */
const deeplyFrozen = /* @__PURE__ */ (() => new WeakSet<object>())();

const isPlain = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v);
  return Array.isArray(v) ? proto === Array.prototype : proto === Object.prototype || proto === null;
};

/** The values a plain object or array holds, in a fixed order (own keys, enumerable or not, as zod reads them). */
function childrenOf(v: object): unknown[] {
  if (Array.isArray(v)) return v.slice();
  return Reflect.ownKeys(v).map((k) => (v as Record<PropertyKey, unknown>)[k]);
}

/** Whether a frozen object's own properties are all data properties (a getter may answer differently each time). */
function dataOnly(v: object): boolean {
  for (const k of Reflect.ownKeys(v)) if (!('value' in (Object.getOwnPropertyDescriptor(v, k) as PropertyDescriptor))) return false;
  return true;
}

/**
 * Finds the deeply frozen objects reachable from `root` (the root among them or not) and records
 * them in {@link deeplyFrozen}: one post-order walk with an explicit stack, at most `limit` objects.
 * An object on a cycle is left unmarked (only a lost shortcut).
 */
function markDeeplyFrozen(root: object, limit: number): void {
  if (deeplyFrozen.has(root) || !isPlain(root) || (Array.isArray(root) && root.length > limit)) return;
  interface Frame {
    readonly v: object;
    readonly kids: unknown[];
    i: number;
    ok: boolean;
  }
  const done = new Map<object, boolean>();
  const open = new Set<object>();
  const frame = (v: object): Frame => {
    open.add(v);
    return { v, kids: childrenOf(v), i: 0, ok: Object.isFrozen(v) && dataOnly(v) };
  };
  let budget = limit;
  const stack: Frame[] = [frame(root)];
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    if (f.i < f.kids.length) {
      const c = f.kids[f.i++];
      if (typeof c === 'function') f.ok = false;
      if (c === null || typeof c !== 'object' || deeplyFrozen.has(c)) continue;
      const known = done.get(c);
      if (known !== undefined || open.has(c)) {
        if (known !== true) f.ok = false; // not frozen, or on a cycle
        continue;
      }
      if (!isPlain(c) || (Array.isArray(c) && c.length > budget) || --budget < 0) {
        f.ok = false;
        done.set(c, false);
        continue;
      }
      stack.push(frame(c));
    } else {
      stack.pop();
      open.delete(f.v);
      done.set(f.v, f.ok);
      if (f.ok) deeplyFrozen.add(f.v);
      const parent = stack[stack.length - 1];
      if (parent !== undefined && !f.ok) parent.ok = false;
    }
  }
}

/**
 * Walks plain data depth first with an explicit stack, passing each token to `emit` (which returns
 * false to stop); a deeply frozen object is one token, itself. Returns false when it was stopped,
 * met something that is not plain data, or passed `limit` tokens.
 */
function walk(root: object, emit: (token: unknown) => boolean, limit: number): boolean {
  const seen = new Map<object, number>();
  const stack: unknown[] = [root];
  let tokens = 0;
  const put = (token: unknown): boolean => ++tokens <= limit && emit(token);
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'function') return false;
    if (v === null || typeof v !== 'object' || (v !== root && deeplyFrozen.has(v))) {
      if (!put(v)) return false;
      continue;
    }
    const ref = seen.get(v);
    if (ref !== undefined) {
      if (!put(SEEN) || !put(ref)) return false;
      continue;
    }
    seen.set(v, seen.size);
    if (!isPlain(v)) return false;
    if (Array.isArray(v)) {
      if (tokens + v.length > limit || !put(ARRAY) || !put(v.length)) return false;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      const keys = Reflect.ownKeys(v);
      if (tokens + keys.length > limit || !put(OBJECT) || !put(keys.length)) return false;
      for (const k of keys) {
        if (!put(k)) return false;
        stack.push((v as Record<PropertyKey, unknown>)[k]);
      }
    }
  }
  return true;
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
    if (same && i === trace.length) return entry.value;
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
    markDeeplyFrozen(key, TRACE_LIMIT);
    if (deeplyFrozen.has(key)) {
      this.entries.set(key, { value, trace: null });
      return;
    }
    const trace: unknown[] = [];
    if (walk(key, (token) => trace.push(token) > 0, TRACE_LIMIT)) this.entries.set(key, { value, trace });
  }
}
