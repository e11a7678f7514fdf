/**
 * A fast-check arbitrary derived from a zod schema, for the schemas the testing kit has no
 * arbitrary of (test/schemas-agreement.test.ts). It follows the structure and the bounds zod
 * checks (lengths, minimums and maximums, formats, literals, enums, optional and nullable
 * values); it knows nothing of the rules zod checks in code, so some of its values are refused by
 * the parser: the test keeps those as invalid samples. Strings stay short and arrays hold at most
 * a few items, so that samples are cheap to check. `known` gives the arbitrary of a schema it
 * should not derive (a USCC, an instant, a calendar date).
 */
import fc from 'fast-check';
import type { z } from 'zod';

type Def = { readonly type: string; readonly [key: string]: unknown };
const defOf = (s: z.core.$ZodType): Def => s._zod.def as unknown as Def;

/** The bounds zod checks on a string, a number or an array. */
interface Bounds {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  int?: boolean;
  pattern?: RegExp;
  format?: string;
}

function boundsOf(s: z.core.$ZodType): Bounds {
  const b: Bounds = {};
  for (const c of (defOf(s)['checks'] as z.core.$ZodCheck[] | undefined) ?? []) {
    const d = c._zod.def as unknown as Record<string, unknown>;
    switch (d['check']) {
      case 'min_length':
        b.min = Math.max(b.min ?? 0, d['minimum'] as number);
        break;
      case 'max_length':
        b.max = Math.min(b.max ?? Infinity, d['maximum'] as number);
        break;
      case 'greater_than':
        b.min = d['value'] as number;
        b.minExclusive = !(d['inclusive'] as boolean);
        break;
      case 'less_than':
        b.max = d['value'] as number;
        b.maxExclusive = !(d['inclusive'] as boolean);
        break;
      case 'number_format':
        b.int = true;
        break;
      case 'string_format':
        b.format = d['format'] as string;
        if (d['pattern'] instanceof RegExp) b.pattern = d['pattern'];
        break;
      default:
        break;
    }
  }
  const format = defOf(s)['format'];
  if (typeof format === 'string') {
    // z.int() and its kin are numbers with a format of their own.
    if (defOf(s).type === 'number' && /int/.test(format)) b.int = true;
    else b.format ??= format;
  }
  return b;
}

/** Letters that make readable, mostly distinct short strings (Chinese included). */
const chars = fc.constantFrom(...'abcdefghijkmnpqrstuvwxyz0123456789-_ 王李张企业园区'.split(''));

function stringArb(b: Bounds): fc.Arbitrary<string> {
  if (b.format === 'email') return fc.constantFrom('wang@example.com', 'li.na@qinqing.dev', 'office@gov.cn');
  if (b.pattern !== undefined) return fc.stringMatching(b.pattern).filter((x) => x.length >= (b.min ?? 0) && x.length <= (b.max ?? Infinity));
  const min = b.min ?? 0;
  const max = Math.min(b.max ?? min + 12, min + 12);
  return fc.string({ unit: chars, minLength: min, maxLength: max });
}

function numberArb(b: Bounds): fc.Arbitrary<number> {
  const lo = b.min ?? (b.int === true ? -1000 : -1e6);
  const hi = b.max ?? (b.int === true ? 100_000 : 1e6);
  const ok = (x: number): boolean => (b.minExclusive === true ? x > lo : x >= lo) && (b.maxExclusive === true ? x < hi : x <= hi);
  if (b.int === true) {
    const l = Math.max(Math.ceil(lo), Number.MIN_SAFE_INTEGER);
    const h = Math.min(Math.floor(hi), Number.MAX_SAFE_INTEGER);
    // Mostly small values, the bounds themselves now and then.
    return fc.oneof({ arbitrary: fc.integer({ min: l, max: Math.min(h, l + 100) }), weight: 4 }, { arbitrary: fc.constantFrom(l, h), weight: 1 }).filter(ok);
  }
  const finite = (x: number): number => (Number.isFinite(x) ? x : Math.sign(x) * 1e6);
  return fc
    .oneof(
      { arbitrary: fc.double({ min: finite(lo), max: finite(hi), noNaN: true, noDefaultInfinity: true }), weight: 4 },
      { arbitrary: fc.constantFrom(finite(lo), finite(hi), (finite(lo) + finite(hi)) / 2), weight: 1 },
    )
    .map((x) => (Object.is(x, -0) ? 0 : x))
    .filter(ok);
}

/** Whether a property with this schema may be left out of its object. */
const optionalKey = (s: z.core.$ZodType): boolean => ['optional', 'default', 'prefault'].includes(defOf(s).type);

/** The arbitrary of `schema`; `known` is consulted first at every level. */
export function deriveArbitrary(schema: z.core.$ZodType, known: ReadonlyMap<unknown, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const memo = new Map<unknown, fc.Arbitrary<unknown>>();
  const arb = (s: z.core.$ZodType): fc.Arbitrary<unknown> => {
    const given = known.get(s) ?? memo.get(s);
    if (given !== undefined) return given;
    const made = derive(s);
    memo.set(s, made);
    return made;
  };
  const derive = (s: z.core.$ZodType): fc.Arbitrary<unknown> => {
    const def = defOf(s);
    const sub = (key: string): z.core.$ZodType => def[key] as z.core.$ZodType;
    switch (def.type) {
      case 'string':
        return stringArb(boundsOf(s));
      case 'number':
        return numberArb(boundsOf(s));
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'literal':
        return fc.constantFrom(...(def['values'] as unknown[]));
      case 'enum':
        return fc.constantFrom(...Object.values(def['entries'] as Record<string, unknown>));
      case 'optional':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return arb(sub('innerType'));
      case 'nullable':
        return fc.option(arb(sub('innerType')), { nil: null, freq: 4 });
      case 'object': {
        const shape = def['shape'] as Record<string, z.core.$ZodType>;
        const record = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arb(v)]));
        const requiredKeys = Object.keys(shape).filter((k) => !optionalKey(shape[k] as z.core.$ZodType));
        return fc.record(record, { requiredKeys });
      }
      case 'array': {
        const b = boundsOf(s);
        const min = b.min ?? 0;
        return fc.array(arb(sub('element')), { minLength: min, maxLength: Math.min(b.max ?? min + 3, min + 3) });
      }
      case 'tuple':
        return fc.tuple(...(def['items'] as z.core.$ZodType[]).map(arb));
      case 'union':
        return fc.oneof(...(def['options'] as z.core.$ZodType[]).map(arb));
      case 'record':
        return fc.dictionary(arb(sub('keyType')) as fc.Arbitrary<string>, arb(sub('valueType')), { maxKeys: 3 });
      case 'pipe':
        return defOf(sub('in')).type === 'transform' ? arb(sub('out')) : arb(sub('in'));
      case 'unknown':
      case 'any':
        return fc.constantFrom(null, 0, 'x', true, [], {});
      case 'lazy':
        return fc.constant(null).chain(() => arb((def['getter'] as () => z.core.$ZodType)()));
      default:
        throw new Error(`deriveArbitrary: no arbitrary for a zod ${def.type}`);
    }
  };
  return arb(schema);
}
