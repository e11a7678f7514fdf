import { describe, expectTypeOf, it } from 'vitest';
import { ok, type DomainError, type ErrorCode, type Result } from '../../src/index.js';

describe('Result types', () => {
  it('narrows on ok', () => {
    const r = ok(1) as Result<number>;
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<number>();
    else expectTypeOf(r.error).toEqualTypeOf<DomainError>();
  });

  it('error codes are a closed union', () => {
    expectTypeOf<'INVALID_DATE'>().toExtend<ErrorCode>();
    expectTypeOf<'NOT_A_CODE'>().not.toExtend<ErrorCode>();
  });

  it('results are readonly', () => {
    const r = ok(1);
    if (!r.ok) return;
    // @ts-expect-error a result cannot be changed after the fact
    r.value = 2;
  });
});
