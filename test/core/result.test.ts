import { describe, expect, it } from 'vitest';
import { andThen, domainError, err, mapResult, ok, QinqingError, unwrap, type Result } from '../../src/index.js';

describe('Result', () => {
  it('ok and err build the two shapes', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    const e = domainError('INVALID_ARGUMENT');
    expect(err(e)).toEqual({ ok: false, error: e });
  });

  it('unwrap returns the value or throws a QinqingError carrying the domain error', () => {
    expect(unwrap(ok('x'))).toBe('x');
    const e = domainError('INVALID_DATE', { value: '2023-02-29' });
    let thrown: unknown;
    try {
      unwrap(err(e));
    } catch (x) {
      thrown = x;
    }
    expect(thrown).toBeInstanceOf(QinqingError);
    expect((thrown as QinqingError).code).toBe('INVALID_DATE');
    expect((thrown as QinqingError).error).toBe(e);
    expect((thrown as QinqingError).message).toContain('INVALID_DATE');
  });

  it('mapResult and andThen pass failures through and transform successes', () => {
    const failed: Result<number> = err(domainError('INVALID_INPUT'));
    expect(mapResult(ok(2), (n) => n * 10)).toEqual(ok(20));
    expect(mapResult(failed, (n) => n * 10)).toBe(failed);
    expect(andThen(ok(2), (n) => (n > 1 ? ok(n) : err(domainError('INVALID_ARGUMENT'))))).toEqual(ok(2));
    expect(andThen(ok(0), (n) => (n > 1 ? ok(n) : err(domainError('INVALID_ARGUMENT')))).ok).toBe(false);
    expect(andThen(failed, (n) => ok(n))).toBe(failed);
  });
});

describe('DomainError', () => {
  it('takes the generic bilingual messages of its code unless given specific ones', () => {
    const generic = domainError('CALENDAR_YEAR_NOT_COVERED');
    expect(generic.message).toMatch(/calendar/i);
    expect(generic.messageZh).toMatch(/日历/);
    const specific = domainError('INVALID_ARGUMENT', { en: 'n must be ≥ 1', zh: 'n 必须不小于 1', path: ['n'], value: 0 });
    expect(specific).toEqual({ code: 'INVALID_ARGUMENT', message: 'n must be ≥ 1', messageZh: 'n 必须不小于 1', path: ['n'], value: 0 });
  });

  it('keeps an explicitly undefined value and omits absent fields, and survives JSON', () => {
    expect('value' in domainError('INVALID_INPUT', { value: undefined })).toBe(true);
    const e = domainError('DUPLICATE_ID', { path: ['categories', 2, 'id'], value: 'financing' });
    expect(Object.keys(domainError('DUPLICATE_ID'))).toEqual(['code', 'message', 'messageZh']);
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});
