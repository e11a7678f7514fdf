/**
 * Part 10 (issue 15): `canonicalJson` is the JSON Canonicalization Scheme of RFC 8785, the form the
 * audit chain hashes and `sameIssue` compares. The vectors are the RFC's own (§3.2.2.3, §3.2.3,
 * §3.2.4 and Appendix B).
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/index.js';

/** A double from its IEEE 754 bits, as Appendix B lists them. */
function double(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

const text = (v: unknown): string => {
  const r = canonicalJson(v);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('Part 10: canonicalJson follows RFC 8785 (JSON Canonicalization Scheme)', () => {
  it('RFC 8785 §3.2.4: the sample of numbers, escapes and literals', () => {
    const input = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`);
    expect(text(input)).toBe(String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`);
  });

  it('RFC 8785 §3.2.3: keys sorted by UTF-16 code units, not by code points or locale', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O With Diaeresis"
    }`);
    const keys = Object.keys(JSON.parse(text(input)) as object);
    // Object.keys lists "1" first (an integer key) whatever the text says: read the order from the text instead.
    expect(keys).toHaveLength(7);
    const order = [...text(input).matchAll(/"([^"]*)":"[^"]*"/g)].map((m) => m[1]);
    expect(order).toEqual(['\\r', '1', '\u0080', 'ö', '€', '😀', '\ufb33']);
  });

  it('RFC 8785 Appendix B: numbers written as ECMAScript writes them', () => {
    const vectors: readonly (readonly [string, string])[] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of vectors) expect(text(double(bits)), bits).toBe(expected);
  });

  it('RFC 8785 Appendix B: NaN and Infinity have no canonical form', () => {
    for (const bits of ['7fffffffffffffff', '7ff0000000000000']) {
      const r = canonicalJson([double(bits)]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect([r.error.code, r.error.path]).toEqual(['INVALID_INPUT', [0]]);
    }
  });

  it('control characters: the JSON short escapes, others as lowercase \\u00hh; no other escape', () => {
    expect(text('\b\t\n\f\r\u0000\u001f\u007f"\\/é')).toBe('"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\\"\\\\/é"');
  });

  it('nested objects are sorted at every level; whitespace and key order of the input do not matter', () => {
    expect(text({ z: { b: 1, a: [{ d: null, c: true }] }, a: '' })).toBe('{"a":"","z":{"a":[{"c":true,"d":null}],"b":1}}');
    expect(text(JSON.parse('{ "b" : 2 ,\n "a" : 1 }'))).toBe(text({ a: 1, b: 2 }));
  });

  it('a member whose value is undefined is left out, as JSON.stringify leaves it out', () => {
    expect(text({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('refuses what JSON cannot hold, with the path of the value: never throws', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = { back: cyclic };
    const cases: readonly (readonly [unknown, string, readonly (string | number)[]])[] = [
      [{ a: [1, Infinity] }, 'INVALID_INPUT', ['a', 1]],
      [{ f: () => 1 }, 'INVALID_INPUT', ['f']],
      [{ s: Symbol('x') }, 'INVALID_INPUT', ['s']],
      [{ n: 10n }, 'INVALID_INPUT', ['n']],
      [[1, undefined], 'INVALID_INPUT', [1]],
      [undefined, 'INVALID_INPUT', []],
      [{ when: new Date(0) }, 'INVALID_INPUT', ['when']],
      [{ m: new Map() }, 'INVALID_INPUT', ['m']],
      [{ t: 'half \ud800 pair' }, 'INVALID_INPUT', ['t']],
      [{ '\udc00': 1 }, 'INVALID_INPUT', ['\udc00']],
    ];
    for (const [input, code, path] of cases) {
      const r = canonicalJson(input);
      expect(r.ok, String(path)).toBe(false);
      if (!r.ok) expect([r.error.code, r.error.path]).toEqual([code, path]);
    }
    const c = canonicalJson(cyclic);
    expect(c.ok || c.error.code).toBe('INPUT_TOO_DEEP');
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const d = canonicalJson(deep);
    expect(d.ok || d.error.code).toBe('INPUT_TOO_DEEP');
  });

  it('a whole surrogate pair is text, written as itself (UTF-8 on the wire)', () => {
    expect(text('亲清🀄')).toBe('"亲清🀄"');
  });

  it('an object without a prototype is plain data', () => {
    const o = Object.create(null) as Record<string, number>;
    o['b'] = 2;
    o['a'] = 1;
    expect(text(o)).toBe('{"a":1,"b":2}');
  });
});
