import * as z from 'zod';

/**
 * `z.record(key, value)` that refuses an own `__proto__` key instead of dropping it: zod builds a
 * record's output as a plain object and skips that key (so as not to set the prototype), so a
 * table with a unit whose id is `'__proto__'` (as `JSON.parse` gives it) would lose that unit
 * silently. Refused with `INVALID_INPUT` at the key, the record is complete or an error (Part 9,
 * issue 14). The JSON Schema is the record's. Internal: not exported from any barrel.
 */
export function ownKeyRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V) {
  return z.preprocess((input: unknown, ctx) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({
        code: 'custom',
        message: `"__proto__" cannot be a key here: JSON parsers and zod drop it silently, so the entry would be lost. Rename it.`,
        path: ['__proto__'],
        input,
        params: { code: 'INVALID_INPUT', messageZh: '“__proto__” 不能用作此处的键：JSON 解析器和 zod 会静默丢弃该条目。请更换名称。' },
      });
    }
    return input;
  }, z.record(key, value));
}
