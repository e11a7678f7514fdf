/**
 * A reusable tamper generator for audit histories (Part 10, issue 15): from a history the lifecycle
 * produced, one edit of the kind an attacker or a faulty migration makes to stored events — a
 * field edited, changes forged, an event deleted, inserted (a duplicate) or moved — and the first
 * index at which the result differs from the original. Used by test/issue/tamper.test-prop.ts
 * (verification) and by the hash chain's tests, which must detect the same tampers.
 *
 * Deterministic: every choice comes from `rand(n)` (a whole number below `n`), so a seed replays a
 * tamper. `tamperArb` draws them with fast-check.
 */
import { fc } from '@fast-check/vitest';
import { sameData } from '../../src/internal/compare.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';
import { ActorRole, FeedbackLevel, IssueCommandType, IssueState, SupervisionStep, type IssueEvent } from '../../src/issue/index.js';
import { resealIssueEvents } from '../../src/testing/index.js';

/** What a tamper did. */
export type TamperKind = 'edit' | 'forge' | 'delete' | 'insert' | 'reorder';

/** The kinds, in the order `tamper` draws them from. */
export const tamperKinds: readonly TamperKind[] = ['edit', 'forge', 'delete', 'insert', 'reorder'];

/** A tampered history. */
export interface Tampered {
  /** The events after the tamper. */
  readonly events: readonly IssueEvent[];
  /** What was done. */
  readonly kind: TamperKind;
  /** A few words on what exactly, for messages: `'edit events[3].at'`, `'delete events[0]'`, …. */
  readonly what: string;
  /**
   * The first index at which `events` differs from the original history (an event changed, or the
   * end of the shorter list). Events before it are untouched.
   */
  readonly firstChangedIndex: number;
}

/** A source of choices: a whole number from 0 to `n - 1`. */
export type Rand = (n: number) => number;

/** A small deterministic source of choices from one seed (mulberry32). */
export function randFrom(seed: number): Rand {
  let a = seed | 0;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return n <= 1 ? 0 : ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const one = <T>(rand: Rand, items: readonly T[]): T => items[rand(items.length)] as T;

/** Known values of the fields whose values come from a vocabulary. */
const vocabularies: Readonly<Record<string, readonly string[]>> = {
  type: IssueCommandType.schema.options,
  from: IssueState.schema.options,
  to: IssueState.schema.options,
  role: ActorRole.schema.options,
  feedback: FeedbackLevel.schema.options,
  supervisionStep: SupervisionStep.schema.options,
  step: SupervisionStep.schema.options.filter((s) => s !== 'unsupervised'),
};

/** Every value found under `key` anywhere in the history: the pool an edit draws a plausible replacement from. */
function valuesOf(history: readonly IssueEvent[], key: string): unknown[] {
  const out: unknown[] = [];
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== 'object') return;
    for (const [k, v] of Object.entries(x)) {
      if (k === key) out.push(v);
      walk(v);
    }
  };
  walk(history);
  return out;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An instant moved by some minutes or days, at China's offset (as the generated histories are dated). */
function shiftedInstant(at: string, rand: Rand): string {
  const ms = Date.parse(at) + (rand(2) === 0 ? 1 : -1) * (rand(2) === 0 ? (1 + rand(90)) * 60_000 : (1 + rand(5)) * 86_400_000);
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/** Another plausible value for `value` under `key`: from the history's pool or its vocabulary, or a small change of it. */
function another(value: unknown, key: string, history: readonly IssueEvent[], rand: Rand): unknown {
  const pool = [...(vocabularies[key] ?? []), ...valuesOf(history, key)].filter((v) => !sameData(v, value));
  if (pool.length > 0 && (rand(2) === 0 || value === null)) return one(rand, pool);
  if (typeof value === 'string') {
    if (INSTANT.test(value)) return shiftedInstant(value, rand);
    if (DATE.test(value)) return fromDayNumber(toDayNumber(value) + (rand(2) === 0 ? 1 : -1) * (1 + rand(10)));
    return rand(2) === 0 ? `${value}（改）` : one(rand, ['d-other', '已处理', 'x']);
  }
  if (typeof value === 'number') return Math.max(0, value + (rand(2) === 0 ? 1 : -1) * (1 + rand(50)));
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) {
    if (value.length === 0) return pool.find(Array.isArray) ?? ['附件'];
    return rand(2) === 0 ? value.slice(1) : [...value, value[rand(value.length)]];
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return value;
    const k = one(rand, keys);
    return { ...value, [k]: another((value as Record<string, unknown>)[k], k, history, rand) };
  }
  return pool.length > 0 ? one(rand, pool) : value;
}

/** The events renumbered from 1 (a forger who keeps `seq` tidy after deleting, inserting or moving). */
const renumbered = (events: readonly IssueEvent[]): IssueEvent[] => events.map((e, i) => (e.seq === i + 1 ? e : { ...e, seq: i + 1 }));

/** One attempt at a tamper of the given kind (it may happen to change nothing). */
function attempt(history: readonly IssueEvent[], kind: TamperKind, rand: Rand): { events: IssueEvent[]; what: string } {
  const n = history.length;
  const i = rand(n);
  const tidy = rand(2) === 0;
  const events = history.slice();
  switch (kind) {
    case 'edit': {
      const e = history[i] as IssueEvent;
      const field = one(rand, ['at', 'at', 'actor', 'note', 'type', 'from', 'to', 'seq', 'issueId'] as const);
      const value = field === 'note' && e.note === null ? '补记' : another(e[field], field, history, rand);
      events[i] = { ...e, [field]: value } as IssueEvent;
      return { events, what: `edit events[${i}].${field}` };
    }
    case 'forge': {
      const e = history[i] as IssueEvent;
      const changes = { ...e.changes } as Record<string, unknown>;
      const keys = Object.keys(changes);
      const how = keys.length === 0 ? 2 : rand(4);
      let what: string;
      if (how <= 1) {
        const k = one(rand, keys);
        changes[k] = another(changes[k], k, history, rand);
        what = `forge events[${i}].changes.${k}`;
      } else if (how === 2) {
        const donor = (history[rand(n)] as IssueEvent).changes as Record<string, unknown>;
        const k = one(rand, [...Object.keys(donor), 'closedAt', 'reopenCount', 'approval']);
        changes[k] = Object.hasOwn(donor, k) ? donor[k] : another(null, k, history, rand);
        what = `forge events[${i}].changes.${k} (added)`;
      } else {
        const k = one(rand, keys);
        what = `forge events[${i}].changes.${k} (removed)`;
        events[i] = { ...e, changes: Object.fromEntries(Object.entries(changes).filter(([key]) => key !== k)) } as IssueEvent;
        return { events, what };
      }
      events[i] = { ...e, changes } as IssueEvent;
      return { events, what };
    }
    case 'delete': {
      events.splice(i, 1);
      return { events: tidy ? renumbered(events) : events, what: `delete events[${i}]${tidy ? ', renumbered' : ''}` };
    }
    case 'insert': {
      const j = rand(n + 1);
      events.splice(j, 0, history[i] as IssueEvent);
      return { events: tidy ? renumbered(events) : events, what: `insert a copy of events[${i}] at ${j}${tidy ? ', renumbered' : ''}` };
    }
    case 'reorder': {
      const j = rand(n);
      if (rand(2) === 0) {
        events[i] = history[j] as IssueEvent;
        events[j] = history[i] as IssueEvent;
      } else {
        const [moved] = events.splice(i, 1);
        events.splice(j, 0, moved as IssueEvent);
      }
      return { events: tidy ? renumbered(events) : events, what: `move events[${i}] and events[${j}]${tidy ? ', renumbered' : ''}` };
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown tamper ${String(never)}`);
    }
  }
}

/** The first index at which two histories differ, or -1 when they are the same. */
export function firstDifference(a: readonly IssueEvent[], b: readonly IssueEvent[]): number {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) if (k >= a.length || k >= b.length || !sameData(a[k], b[k])) return k;
  return -1;
}

/**
 * Tampers with a history: one edit of a field of an event (`edit`), forged `changes` (`forge`: a
 * value changed, a key removed or one added), a deleted event (`delete`), a duplicate inserted
 * (`insert`) or events swapped or moved (`reorder`); half the deletions, insertions and moves
 * renumber `seq` so that it counts from 1 again. The result always differs from the history (an
 * attempt that changed nothing is drawn again; in the end the last event is deleted). The history
 * is not changed.
 *
 * @param history - A history of at least one event, oldest first.
 * @param rand - The source of choices (see {@link randFrom}).
 * @param kind - The kind of tamper; drawn from `rand` when absent.
 * @returns The tampered events, the kind, what was done and the first changed index.
 */
export function tamper(history: readonly IssueEvent[], rand: Rand, kind: TamperKind = one(rand, tamperKinds)): Tampered {
  if (history.length === 0) throw new Error('tamper: the history is empty');
  for (let tries = 0; tries < 20; tries++) {
    const { events, what } = attempt(history, kind, rand);
    const firstChangedIndex = firstDifference(history, events);
    if (firstChangedIndex >= 0) return { events, kind, what, firstChangedIndex };
  }
  return { events: history.slice(0, -1), kind: 'delete', what: `delete events[${history.length - 1}]`, firstChangedIndex: history.length - 1 };
}

/**
 * The arbitrary of tampered histories of the given histories: one {@link tamper} each, drawn from a
 * seed (so fast-check reports and replays it).
 *
 * @param histories - The arbitrary of untampered histories (e.g. `arbIssue().map((i) => i.history)`).
 * @returns An arbitrary of `{ history, tampered }`.
 */
export function tamperArb(histories: fc.Arbitrary<readonly IssueEvent[]>): fc.Arbitrary<{ readonly history: readonly IssueEvent[]; readonly tampered: Tampered }> {
  return fc.tuple(histories, fc.integer()).map(([history, seed]) => ({ history, tampered: tamper(history, randFrom(seed)) }));
}

/**
 * The events with every digest computed again from the first (the testing kit's
 * `resealIssueEvents`): a tamper by someone who can rewrite the whole log and knows how the chain is
 * made. The chain alone no longer sees it (only a head kept apart does); verification must.
 */
export function resealed(events: readonly IssueEvent[]): readonly IssueEvent[] {
  const r = resealIssueEvents(events);
  if (!r.ok) throw new Error(`resealed: ${r.error.message}`);
  return r.value;
}
