/**
 * Part 10 (issue 15): laws of `canonicalJson`. The canonical text is a function of the JSON value
 * alone — the order of keys in the input and a JSON round trip do not change it — and it is JSON
 * that reads back as the same value.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalJson } from '../../src/index.js';

/** The value with the keys of every object in reverse order. */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reordered(x)]));
  return v;
}

/** JSON values whose strings are whole Unicode text (RFC 8785 takes I-JSON), -0 included. */
const json = fc.jsonValue({ maxDepth: 4 }).filter((v) => canonicalJson(v).ok);

describe('Part 10: canonicalJson laws', () => {
  test.prop([json], { numRuns: 500 })('the canonical text does not depend on key order, nor on a JSON round trip', (v) => {
    const a = canonicalJson(v);
    expect(a).toEqual(canonicalJson(reordered(v)));
    expect(a).toEqual(canonicalJson(JSON.parse(JSON.stringify(v))));
  });

  test.prop([json], { numRuns: 500 })('the canonical text is JSON that reads back as the same value', (v) => {
    const a = canonicalJson(v);
    if (!a.ok) return;
    expect(JSON.parse(a.value)).toEqual(JSON.parse(JSON.stringify(v)));
    // No whitespace outside strings: the text is as short as JSON allows.
    expect(a.value.length).toBe(JSON.stringify(JSON.parse(a.value)).length);
  });

  test.prop([fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 })], { numRuns: 500 })('two values have the same canonical text exactly when they are equal as JSON', (a, b) => {
    const x = canonicalJson(a);
    const y = canonicalJson(b);
    if (!x.ok || !y.ok) return;
    const sortedEqual = x.value === y.value;
    expect(sortedEqual).toBe(JSON.stringify(sortDeep(a)) === JSON.stringify(sortDeep(b)));
  });
});

/** An independent canonical form for the equality law: keys sorted by code unit, via JSON.stringify. */
function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortDeep((v as Record<string, unknown>)[k])]),
    );
  }
  return Object.is(v, -0) ? 0 : v;
}
