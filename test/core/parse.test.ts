import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CalendarDateSchema, InstantSchema, QinqingError } from '../../src/index.js';
import { parseWith, safeParseWith } from '../../src/internal/parse.js';

const Visit = z.object({ on: CalendarDateSchema, at: InstantSchema, minutes: z.number().int().positive() });

describe('parsing at the boundary', () => {
  it('a single problem becomes that DomainError, with path, value and both messages', () => {
    const r = safeParseWith(Visit, { on: '2023-02-29', at: '2026-09-30T09:00:00+08:00', minutes: 30 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_DATE');
    expect(r.error.path).toEqual(['on']);
    expect(r.error.value).toBe('2023-02-29');
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('several problems become INVALID_INPUT listing each, in both languages', () => {
    const r = safeParseWith(Visit, { on: '2026-13-01', at: '2026-09-30T09:00:00', minutes: -1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.issues?.map((i) => i.code)).toEqual(['INVALID_DATE', 'INVALID_INSTANT', 'INVALID_INPUT']);
    expect(r.error.issues?.map((i) => i.path)).toEqual([['on'], ['at'], ['minutes']]);
    expect(r.error.messageZh).toContain('3 处问题');
  });

  it('a custom issue may carry its own code and Chinese message', () => {
    const Even = z.number().check(
      z.refine((n) => n % 2 === 0, { message: 'must be even', params: { code: 'INVALID_ARGUMENT', messageZh: '必须是偶数' } }),
    );
    const r = safeParseWith(Even, 3);
    expect(r).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: 'must be even', messageZh: '必须是偶数', path: [], value: 3 },
    });
  });

  it('parseWith returns the data or throws a QinqingError', () => {
    expect(parseWith(CalendarDateSchema, '2024-02-29')).toBe('2024-02-29');
    expect(() => parseWith(CalendarDateSchema, '2023-02-29')).toThrow(QinqingError);
  });

  it('instants need an offset (STYLE.md §2: instants with an offset)', () => {
    expect(InstantSchema.safeParse('2026-09-30T09:00:00Z').success).toBe(true);
    expect(InstantSchema.safeParse('2026-09-30T09:00:00+08:00').success).toBe(true);
    expect(InstantSchema.safeParse('2026-09-30T09:00:00').success).toBe(false);
  });
});
