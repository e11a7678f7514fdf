/**
 * Part 9 (issue 14): the per-object caches (compiled calendars, checked laws and policies,
 * compiled ladders) never answer for an object changed since — src/internal/memo.ts.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/freeze.js';
import { ObjectMemo, TRACE_LIMIT } from '../../src/internal/memo.js';

describe('Part 9 (issue 14): ObjectMemo', () => {
  it('gives the value for the same unchanged object, and nothing once anything in it changed', () => {
    const memo = new ObjectMemo<string>();
    const data = { a: [1, 2, { b: 'x' }], c: null as number | null };
    memo.set(data, 'v');
    expect(memo.get(data)).toBe('v');
    expect(memo.get({ a: [1, 2, { b: 'x' }], c: null })).toBeUndefined(); // another object
    (data.a[2] as { b: string }).b = 'y';
    expect(memo.get(data)).toBeUndefined();
    memo.set(data, 'w');
    data.c = 1;
    expect(memo.get(data)).toBeUndefined();
    memo.set(data, 'w');
    data.a.push(3);
    expect(memo.get(data)).toBeUndefined();
    memo.set(data, 'w');
    Object.defineProperty(data, 'hidden', { value: 1, enumerable: false, configurable: true });
    expect(memo.get(data)).toBeUndefined(); // zod reads a non-enumerable own key as well
  });

  it('looks a deeply frozen object up without comparing it; a shallowly frozen one is still compared', () => {
    const memo = new ObjectMemo<number>();
    const frozen = deepFreeze({ a: [1, { b: 2 }] });
    memo.set(frozen, 1);
    expect(memo.frozen(frozen)).toBe(true);
    expect(memo.get(frozen)).toBe(1);
    const shallow = Object.freeze({ a: [1, { b: 2 }] });
    memo.set(shallow, 2);
    expect(memo.frozen(shallow)).toBe(false);
    (shallow.a[1] as { b: number }).b = 3;
    expect(memo.get(shallow)).toBeUndefined();
  });

  it('holds a deeply frozen part of a mutable object by identity: replacing it is a change, keeping it is not', () => {
    const memo = new ObjectMemo<number>();
    const lists = deepFreeze({ holidays: [{ from: '2026-10-01' }] });
    const cal: Record<string, unknown> = { ...lists, name: 'x' };
    memo.set(cal, 1);
    expect(memo.get(cal)).toBe(1);
    cal['holidays'] = [{ from: '2026-10-01' }]; // equal, but another (mutable) list
    expect(memo.get(cal)).toBeUndefined();
  });

  it('a frozen object with a getter is not taken for deeply frozen (the getter may answer differently)', () => {
    const memo = new ObjectMemo<number>();
    let n = 0;
    const tricky = Object.freeze({
      get count(): number {
        return n;
      },
    });
    memo.set(tricky, 1);
    expect(memo.frozen(tricky)).toBe(false);
    n = 1;
    expect(memo.get(tricky)).toBeUndefined();
  });

  it('handles shared and cyclic objects, and keeps nothing for class instances, functions or objects past the trace limit', () => {
    const memo = new ObjectMemo<number>();
    const shared = { x: 1 };
    const cyclic: Record<string, unknown> = { left: shared, right: shared };
    cyclic['self'] = cyclic;
    memo.set(cyclic, 1);
    expect(memo.get(cyclic)).toBe(1);
    shared.x = 2;
    expect(memo.get(cyclic)).toBeUndefined();
    memo.set(new Date(0), 1);
    expect(memo.get(new Date(0))).toBeUndefined();
    const withFunction = { f: () => 1 };
    memo.set(withFunction, 1);
    expect(memo.get(withFunction)).toBeUndefined();
    const huge = { list: new Array<number>(TRACE_LIMIT + 1) };
    memo.set(huge, 1);
    expect(memo.get(huge)).toBeUndefined();
    memo.set(null, 1);
    expect(memo.get(null)).toBeUndefined();
  });

  it('walks a value nested 100,000 deep without recursion', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    const memo = new ObjectMemo<number>();
    memo.set(deep, 1);
    expect(memo.get(deep)).toBe(1);
  });
});
