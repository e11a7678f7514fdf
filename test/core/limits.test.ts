/**
 * Part 9 (issue 14), "inputs that cannot stall a server": the input limits that `safeParse` holds
 * every input to before zod sees it, and the capped error reports. Sizes, not times: the times are
 * reported by `npm run bench -- hostile`.
 */
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { defaultInputLimits, IdSchema, parse, QinqingError, safeParse, type DomainError, type Result } from '../../src/index.js';
import { inputLimitProblem } from '../../src/core/limits.js';

const KB64 = 64 * 1024;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** `{ a: { a: … } }` and `[[…]]`, `depth` levels, built without recursion. */
function deep(depth: number, array: boolean): unknown {
  let v: unknown = array ? [] : {};
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
}

function failure<T>(r: Result<T>): DomainError {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

/** The error's messages stay under 64 KB, and the error survives JSON (no cycle, no deep value). */
function bounded(e: DomainError): void {
  expect(bytes(e.message)).toBeLessThan(KB64);
  expect(bytes(e.messageZh)).toBeLessThan(KB64);
  expect(() => JSON.stringify(e)).not.toThrow();
}

describe('Part 9 (issue 14): the default input limits are qinqing\'s own figures', () => {
  it('64 levels, strings of 64 Ki, 100,000 items, 200,000 values, 4 Mi in all, 20 problems listed; frozen', () => {
    expect(defaultInputLimits).toEqual({ maxDepth: 64, maxStringLength: 65_536, maxArrayLength: 100_000, maxValues: 200_000, maxTotalSize: 4_194_304, maxIssues: 20 });
    expect(Object.isFrozen(defaultInputLimits)).toBe(true);
  });
});

describe('Part 9 (issue 14): nesting and cycles give INPUT_TOO_DEEP, never a RangeError', () => {
  for (const array of [false, true]) {
    it(`depth 100,000 (${array ? 'arrays' : 'objects'}): the path to the 65th level and the limit`, () => {
      const e = failure(safeParse(z.unknown(), deep(100_000, array)));
      expect(e.code).toBe('INPUT_TOO_DEEP');
      expect(e.path).toHaveLength(64);
      expect(e.message).toContain('more than 64 levels');
      expect(e.message).toContain('limits.maxDepth');
      expect(e.messageZh).toContain('超过 64 层');
      bounded(e);
    });
  }

  it('64 levels pass, 65 do not', () => {
    expect(safeParse(z.unknown(), deep(63, true)).ok).toBe(true);
    expect(failure(safeParse(z.unknown(), deep(64, true))).code).toBe('INPUT_TOO_DEEP');
  });

  it('a cyclic object or array is refused with INPUT_TOO_DEEP at the path that closes the cycle', () => {
    const o: Record<string, unknown> = { id: 'x' };
    o['child'] = { back: o };
    const e = failure(safeParse(z.unknown(), o));
    expect(e).toMatchObject({ code: 'INPUT_TOO_DEEP', path: ['child', 'back'] });
    expect(e.message).toContain('a cycle');
    expect(e.messageZh).toContain('循环引用');
    bounded(e);
    const a: unknown[] = [];
    a.push([1, a]);
    expect(failure(safeParse(z.array(z.unknown()), a))).toMatchObject({ code: 'INPUT_TOO_DEEP', path: [0, 1] });
  });

  it('an object held in two places is no cycle', () => {
    const shared = { id: 'x' };
    expect(safeParse(z.unknown(), { a: shared, b: [shared, shared] }).ok).toBe(true);
  });

  it('limits loosened to Infinity: a recursive schema that overflows the stack still gives INPUT_TOO_DEEP', () => {
    type Tree = Tree[];
    const TreeSchema: z.ZodType<Tree> = z.lazy(() => z.array(TreeSchema));
    const e = failure(safeParse(TreeSchema, deep(100_000, true), { limits: { maxDepth: Infinity } }));
    expect(e.code).toBe('INPUT_TOO_DEEP');
    expect(e.message).toContain('stack');
  });
});

describe('Part 9 (issue 14): strings, lists and the whole give INPUT_TOO_LARGE', () => {
  it('a string of 1 MB, as the input or in it, and a key of 1 MB', () => {
    const mb = 'x'.repeat(1024 * 1024);
    expect(failure(safeParse(IdSchema, mb))).toMatchObject({ code: 'INPUT_TOO_LARGE', path: [] });
    const inside = failure(safeParse(z.unknown(), { note: [mb] }));
    expect(inside).toMatchObject({ code: 'INPUT_TOO_LARGE', path: ['note', 0] });
    expect(inside.message).toContain('1,048,576 characters, more than 65,536 (limits.maxStringLength');
    const key = failure(safeParse(z.unknown(), { outer: { [mb]: 1 } }));
    expect(key).toMatchObject({ code: 'INPUT_TOO_LARGE', path: ['outer'] });
    bounded(key);
  });

  it('a list of 1,000,000 items, and a sparse one of length 2^32 − 1, without reading their items', () => {
    expect(failure(safeParse(z.array(z.string()), new Array(1_000_000).fill('x')))).toMatchObject({ code: 'INPUT_TOO_LARGE', path: [] });
    const e = failure(safeParse(z.unknown(), { list: new Array(2 ** 32 - 1) }));
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', path: ['list'] });
    expect(e.message).toContain('limits.maxArrayLength');
  });

  it('an object of more than 100,000 keys', () => {
    const wide = Object.fromEntries(Array.from({ length: 100_001 }, (_, i) => [`k${i}`, i]));
    expect(failure(safeParse(z.record(z.string(), z.number()), wide)).code).toBe('INPUT_TOO_LARGE');
  });

  it('the whole: a small value shared 2^40 times (a DAG that zod would walk for ever) stops at maxValues', () => {
    let v: unknown = 'leaf';
    for (let i = 0; i < 40; i++) v = [v, v];
    const e = failure(safeParse(z.unknown(), v));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toContain('more than 200,000 values');
    bounded(e);
  });

  it('the whole: 100 strings of 60,000 characters pass maxTotalSize (4 Mi)', () => {
    const e = failure(safeParse(z.unknown(), new Array(100).fill('s'.repeat(60_000))));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toContain('limits.maxTotalSize');
  });

  it('a typed array is counted, not read key by key', () => {
    expect(failure(safeParse(z.unknown(), { bytes: new Uint8Array(200_000) })).code).toBe('INPUT_TOO_LARGE');
    expect(inputLimitProblem({ bytes: new Uint8Array(10) })).toBeNull();
  });

  it('the input is not changed', () => {
    const input = { list: ['a', 'b'], nested: { x: 1 } };
    const copy = structuredClone(input);
    safeParse(z.unknown(), input);
    expect(input).toEqual(copy);
  });
});

describe('Part 9 (issue 14): an app loosens a limit only with options.limits', () => {
  it('maxDepth 128 lets 100 levels through to the schema', () => {
    const input = deep(100, true);
    expect(failure(safeParse(z.unknown(), input)).code).toBe('INPUT_TOO_DEEP');
    expect(safeParse(z.unknown(), input, { limits: { maxDepth: 128 } }).ok).toBe(true);
    expect(parse(z.unknown(), input, { limits: { maxDepth: 128 } })).toBe(input);
    expect(() => parse(z.unknown(), input)).toThrow(QinqingError);
  });

  it('a limit may also be tightened', () => {
    expect(failure(safeParse(z.string(), 'abcdef', { limits: { maxStringLength: 3 } })).code).toBe('INPUT_TOO_LARGE');
  });

  it('an unknown limit, or one that is not a whole number of at least 1 (or Infinity), is INVALID_ARGUMENT', () => {
    for (const limits of [{ maxDepht: 10 }, { maxDepth: 0 }, { maxDepth: -1 }, { maxDepth: 1.5 }, { maxDepth: Number.NaN }, { maxIssues: '20' }]) {
      const e = failure(safeParse(z.unknown(), 1, { limits } as never));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.path?.slice(0, 2)).toEqual(['options', 'limits']);
    }
    expect(failure(safeParse(z.unknown(), 1, { limits: null } as never)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('Part 9 (issue 14): error reports are capped — the first 20 problems and a count', () => {
  const dates = z.array(z.iso.date());
  const bad = Array.from({ length: 4_000 }, () => 'never');

  it('an invalid 4,000-element array: 20 issues, moreIssues 3,980, "…and 3,980 more" in both languages, under 64 KB', () => {
    const e = failure(safeParse(dates, bad));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(20);
    expect(e.moreIssues).toBe(3_980);
    expect(e.message).toMatch(/^The input has 4,000 problems \(the first 20 listed\): /);
    expect(e.message).toMatch(/…and 3,980 more\.$/);
    expect(e.messageZh).toMatch(/^输入数据有 4,000 处问题（列出前 20 处）：/);
    expect(e.messageZh).toContain('另有 3,980 处');
    expect(e.issues?.[19]?.path).toEqual([19]);
    bounded(e);
  });

  it('maxIssues lists more or fewer; one problem is still that problem', () => {
    expect(failure(safeParse(dates, bad, { limits: { maxIssues: 3 } })).issues).toHaveLength(3);
    const one = failure(safeParse(dates, ['never']));
    expect(one.issues).toBeUndefined();
    expect(one.moreIssues).toBeUndefined();
  });

  it('long messages (a thousand unknown keys of 200 characters) are cut, each and the whole', () => {
    const keys = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`${i}`.padEnd(200, 'k'), 1]));
    const e = failure(safeParse(z.array(z.strictObject({})), Array.from({ length: 10 }, () => keys)));
    expect(e.issues).toHaveLength(10);
    expect(e.issues?.every((i) => i.message.length <= 2_000 && i.message.endsWith('…'))).toBe(true);
    bounded(e);
  });

  it('over 5,000 values, the schema stops at the first problem of each list and object: an invalid 10,000-element array', () => {
    const e = failure(safeParse(z.array(z.object({ on: z.iso.date(), at: z.iso.date() })), Array.from({ length: 10_000 }, () => ({}))));
    expect(e).toMatchObject({ code: 'INVALID_INPUT', path: [0, 'on'] });
    expect(e.moreIssues).toBeUndefined();
    bounded(e);
    // 4,999 values are counted in full
    expect(failure(safeParse(z.array(z.string()), Array.from({ length: 4_998 }, (_, i) => i))).moreIssues).toBe(4_978);
  });

  it('a refinement still reports all it finds, as "at least" so many', () => {
    const refined = z.array(z.number()).superRefine((xs, ctx) => xs.forEach((x, i) => x < 0 && ctx.addIssue({ code: 'custom', message: 'negative', path: [i] })));
    const e = failure(safeParse(refined, Array.from({ length: 10_000 }, () => -1)));
    expect(e.moreIssues).toBe(9_980);
    expect(e.message).toMatch(/^The input has at least 10,000 problems \(a large input/);
    expect(e.messageZh).toMatch(/^输入数据至少有 10,000 处问题/);
    bounded(e);
  });

  it('the Chinese messages come from the zh-CN locale per listed issue: the input is parsed once, not twice', () => {
    const schema = z.array(z.string());
    const spy = vi.spyOn(schema, 'safeParse');
    const e = failure(safeParse(schema, [1, 'a', null]));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(e.issues?.map((i) => i.messageZh)).toEqual(['无效输入：期望 string，实际接收 数字', '无效输入：期望 string，实际接收 空值(null)']);
  });
});
