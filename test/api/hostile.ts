/**
 * Hostile values that TypeScript allows, for the no-throw law (test/api/no-throw.test-prop.ts).
 *
 * TypeScript sees a `CalendarDate`, an `Id` and an `Instant` as plain strings, and a count, a score
 * or a weight as a plain `number`: an app that builds its data by hand, or casts a record it read as
 * JSON, can pass `'2026-02-30'` as a date, `NaN` as a count, `'__proto__'` as an id or an empty list
 * where the library expects a roster, and the compiler is satisfied. {@link hostile} takes an
 * arbitrary of valid argument tuples and spoils a few places in each tuple in exactly those ways,
 * never in a way the parameter types forbid:
 *
 * - a string becomes an impossible or far-away date, a broken instant, an empty, huge, unicode or
 *   prototype-named string — unless it is one of the string literals qinqing's types and schemas
 *   name (enum values, discriminators, locales), which TypeScript would refuse to widen;
 * - a number becomes NaN, ±Infinity, negative, fractional or huge;
 * - a list becomes empty, gets one of its elements twice (the same object, or a copy with the same
 *   id) or is reversed — unless its elements are numbers (it may be a tuple such as `[value, share]`);
 * - an object gets an extra own key (`__proto__`, `constructor`, `toString`, …) holding a copy of
 *   one of its values, so that a record keyed by id gains a prototype-named entry of the right type.
 *
 * Booleans, `null`, `undefined` and functions are left alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc } from '@fast-check/vitest';
import { allLabels } from './everything.js';
import { seeded } from '../../bench/seeded.js';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every quoted string in the library's sources (outside the testing kit), and every enum value. */
function literalStrings(): ReadonlySet<string> {
  const found = new Set<string>(Object.keys(allLabels));
  const quoted = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'testing') walk(file);
      } else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(file, 'utf8').matchAll(quoted)) found.add(m[1] ?? m[2] ?? '');
      }
    }
  };
  walk(srcDir);
  return found;
}

/**
 * The strings a mutation keeps: whatever the sources spell as a literal may be a literal type
 * (`'zh-CN'`, `'submit'`, `'linear'`, `'asc'`, …), which a free string would not satisfy. This is a
 * superset (it also holds messages, ids of the built-in data and quotes in comments), so it only
 * ever spares a string.
 */
export const literals: ReadonlySet<string> = literalStrings();

const huge = 'x'.repeat(20_000);
const hugeZh = '亲清'.repeat(5_000);

/** Impossible, malformed, far-away and not-quite dates: all strings, so all `CalendarDate`s to TypeScript. */
export const hostileDates: readonly string[] = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-12-32',
  '2025-02-29',
  '',
  ' ',
  '2026-1-5',
  '2026/01/05',
  '2026-01-05T00:00:00',
  '２０２６-０１-０５',
  '0000-01-01',
  '1899-12-31',
  '1900-01-01',
  '2003-12-31',
  '2101-01-01',
  '2201-01-01',
  '9999-12-31',
  '+275760-09-13',
  'today',
  '__proto__',
];

/** Broken, out-of-range and far-away instants. */
export const hostileInstants: readonly string[] = [
  '2026-02-30T09:00:00+08:00',
  '2026-01-05T24:00:00+08:00',
  '2026-01-05T09:00:00+15:00',
  '2026-01-05T09:00:00-00:00',
  '2026-01-05T09:00:00',
  '2026-01-05',
  '',
  'yesterday',
  '1900-01-01T00:00:00Z',
  '2003-06-01T09:00:00+08:00',
  '2150-06-01T09:00:00+08:00',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '2026-01-05T09:00:00.123456789+08:00',
];

/** Ids and texts that break naive code: prototype names, empty, blank, control and bidi characters, lone surrogates, huge. */
export const hostileTexts: readonly string[] = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  '\u0000',
  '\n',
  'a,b;"c"\n|d|',
  '| --- |',
  '\u202eevil',
  '\ud800',
  '🀄️👨‍👩‍👧',
  'Ω≈ç√∫',
  '0',
  '-1',
  'NaN',
  'null',
  'undefined',
  '2026-02-30',
  huge,
  hugeZh,
];

/** Numbers that are `number` to TypeScript and nonsense to a count, a score, a share or a year. */
export const hostileNumbers: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0,
  0.5,
  -2.5,
  1e-12,
  1e21,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e6,
  2026,
  1899,
  2201,
];

/**
 * Part 9 (issue 14), inputs that cannot stall a server: values nested 10,000 deep (objects and
 * arrays), and an object and an array that contain themselves. Built once, without recursion;
 * every `unknown` parameter may receive them (see {@link anyInput}).
 */
export const hostileShapes: readonly unknown[] = (() => {
  let object: unknown = { id: 'x' };
  let array: unknown = [];
  for (let i = 0; i < 10_000; i++) {
    object = { a: object };
    array = [array];
  }
  const cyclicObject: Record<string, unknown> = { id: 'x', type: 'submit' };
  cyclicObject['self'] = { back: cyclicObject };
  const cyclicArray: unknown[] = [];
  cyclicArray.push([cyclicArray]);
  return [object, array, cyclicObject, cyclicArray];
})();

/** Own keys an object from JSON may carry that name something on Object.prototype. */
export const hostileKeys: readonly string[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'zz-extra'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

type Path = readonly (string | number)[];

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * The places a mutation may touch, depth first, each with its path from the argument tuple; none
 * deeper than 32 (the {@link hostileShapes} nest 10,000 deep).
 */
function places(value: unknown, at: Path = [], out: { path: Path; value: unknown }[] = [], seen = new Set<unknown>()): { path: Path; value: unknown }[] {
  if (at.length > 32) return out;
  if (typeof value === 'string' || typeof value === 'number') {
    out.push({ path: at, value });
  } else if (Array.isArray(value)) {
    if (seen.has(value)) return out;
    seen.add(value);
    out.push({ path: at, value });
    value.forEach((v, i) => places(v, [...at, i], out, seen));
  } else if (isPlainObject(value)) {
    if (seen.has(value)) return out;
    seen.add(value);
    out.push({ path: at, value });
    for (const [k, v] of Object.entries(value)) places(v, [...at, k], out, seen);
  }
  return out;
}

/** A copy of `root` with `value` at `path`, copying only the objects and arrays along the path. */
function setAt(root: unknown, at: Path, value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy;
  }
  const source = root as Record<string, unknown>;
  const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(source) as object | null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(source)) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(copy, head, { value: setAt(source[head as string], rest, value), enumerable: true, writable: true, configurable: true });
  return copy;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

/**
 * A JSON-like deep copy (plain objects and arrays), so that a duplicated element is equal but not
 * the same object; below 32 levels the copy shares the original's values (a {@link hostileShapes}
 * value is 10,000 deep, or cyclic).
 */
function copyOf(v: unknown, depth = 0): unknown {
  if (depth > 32) return v;
  if (Array.isArray(v)) return v.map((x) => copyOf(x, depth + 1));
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: copyOf(x, depth + 1), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/** The spoilt value for one place, or `undefined` to leave it. */
function spoil(value: unknown, rnd: () => number): { readonly value: unknown } | undefined {
  if (typeof value === 'string') {
    if (literals.has(value)) return undefined;
    if (INSTANT.test(value)) return { value: pick(rnd, rnd() < 0.8 ? hostileInstants : hostileTexts) };
    if (DATE.test(value)) return { value: pick(rnd, rnd() < 0.8 ? hostileDates : hostileTexts) };
    return { value: pick(rnd, rnd() < 0.8 ? hostileTexts : hostileDates) };
  }
  if (typeof value === 'number') return { value: pick(rnd, hostileNumbers) };
  if (Array.isArray(value)) {
    if (value.some((v) => typeof v === 'number')) return undefined; // maybe a tuple
    const r = rnd();
    if (r < 0.3 || value.length === 0) return { value: [] };
    const i = Math.floor(rnd() * value.length);
    if (r < 0.55) return { value: [...value, value[i]] };
    if (r < 0.8) return { value: [...value.slice(0, i + 1), copyOf(value[i]), ...value.slice(i + 1)] };
    return { value: [...value].reverse() };
  }
  if (isPlainObject(value)) {
    const values = Object.values(value);
    if (values.length === 0) return undefined;
    const clone: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) Object.defineProperty(clone, k, { value: v, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(clone, pick(rnd, hostileKeys), { value: copyOf(pick(rnd, values)), enumerable: true, writable: true, configurable: true });
    return { value: clone };
  }
  return undefined;
}

/**
 * The argument tuple `args` spoilt in up to `times` places chosen with the seed: each time an
 * argument at random, then a place in it at random (the argument itself included).
 */
export function spoilt<T extends readonly unknown[]>(args: T, seed: number, times: number): T {
  const rnd = seeded(seed);
  let out: readonly unknown[] = args;
  for (let n = 0; n < times && out.length > 0; n++) {
    const i = Math.floor(rnd() * out.length);
    const all = places(out[i], [i]);
    if (all.length === 0) continue;
    const place = pick(rnd, all);
    const s = spoil(place.value, rnd);
    if (s !== undefined) out = setAt(out, place.path, s.value) as readonly unknown[];
  }
  return out as T;
}

/**
 * The valid argument tuples of `valid`, and (three times as often) the same tuples spoilt in one
 * to four places as described above: still of the type the parameters declare.
 */
export function hostile<T extends readonly unknown[]>(valid: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 1, arbitrary: valid },
    { weight: 3, arbitrary: fc.tuple(valid, fc.integer(), fc.integer({ min: 1, max: 4 })).map(([args, seed, times]) => spoilt(args, seed, times)) },
  );
}

/** Any of the hostile dates, or a valid one from `valid`. */
export const anyDate = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof(valid, fc.constantFrom(...hostileDates));

/** Any of the hostile numbers, or one from `valid`. */
export const anyNumber = (valid: fc.Arbitrary<number>): fc.Arbitrary<number> => fc.oneof(valid, fc.constantFrom(...hostileNumbers), fc.double());

/** Any of the hostile texts, or one from `valid`, or any string fast-check makes. */
export const anyText = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.oneof(valid, fc.constantFrom(...hostileTexts), fc.string({ unit: 'grapheme' }));

/**
 * Anything an `unknown` parameter (a `safeParseX(input)`) may receive: JSON-like values, objects
 * with prototype-named own keys, sparse and holey arrays, class instances, values nested 10,000
 * deep and cyclic ones ({@link hostileShapes}), and the valid values of `valid`, spoilt or not.
 */
export function anyInput(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    valid,
    fc.tuple(valid, fc.integer(), fc.integer({ min: 1, max: 6 })).map(([v, seed, times]) => spoilt([v], seed, times)[0]),
    fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
    fc.constantFrom<unknown>(
      undefined,
      null,
      NaN,
      '',
      [],
      {},
      JSON.parse('{"__proto__": {"id": "x"}}'),
      Object.create(null),
      new Date(Number.NaN),
      Symbol('s'),
      () => 1,
      Promise.resolve(1),
      ...hostileShapes,
    ),
  );
}
