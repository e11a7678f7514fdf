/**
 * Plumbing of the testing kit, not exported from its barrel: small pools of realistic values, so
 * that generated data reads like the real thing in a failing example, and shared little arbitraries.
 */
import * as fc from 'fast-check';
import type { Id } from '../core/schema.js';
import { fromDayNumber, toDayNumber } from './tape.js';

export const cities = ['焦作', '邢台', '海宁', '徐州', '丽水'] as const;
export const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'] as const;
export const givenNames = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军'] as const;
export const companyWords = ['恒信', '华美', '金泰', '宏达', '瑞丰', '中原', '天成', '鑫源'] as const;
export const trades = ['机械', '化工', '纺织', '电子', '食品', '新材料', '物流', '医药'] as const;
export const companySuffixes = ['有限公司', '股份有限公司', '有限责任公司'] as const;
export const roles = ['法定代表人', '财务经理', '办公室主任', '总经理'] as const;
export const mailboxes = ['wang', 'li.na', 'zhang_wei', 'office', 'hr'] as const;

/** An id from the pool when one is given, else a short id with the prefix (`e17`). */
export function idArb(pool: readonly Id[] | undefined, prefix: string): fc.Arbitrary<Id> {
  if (pool !== undefined) {
    if (pool.length === 0) throw new Error(`qinqing/testing: the pool of ${prefix} ids is empty.`);
    return fc.constantFrom(...pool);
  }
  return fc.nat({ max: 99 }).map((n) => `${prefix}${n}`);
}

/** Unique ids from the pool (at least one, at most `max`), else short ids with the prefix. */
export function idsArb(pool: readonly Id[] | undefined, prefix: string, minLength: number, max: number): fc.Arbitrary<Id[]> {
  if (pool !== undefined && pool.length < minLength) throw new Error(`qinqing/testing: the pool of ${prefix} ids needs at least ${minLength} id(s).`);
  return fc.uniqueArray(idArb(pool, prefix), { minLength, maxLength: pool === undefined ? max : Math.min(max, pool.length) });
}

/** A person's Chinese name. */
export const personNameArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...surnames), fc.constantFrom(...givenNames), fc.option(fc.constantFrom(...givenNames), { nil: '' }))
  .map(([s, g, h]) => `${s}${g}${h}`);

/** Contact details (personal data), every field optional. */
export const contactArb = fc.record(
  {
    person: personNameArb,
    role: fc.constantFrom(...roles),
    phone: fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `0391-${n}`),
    email: fc.constantFrom(...mailboxes).map((m) => `${m}@example.com`),
    address: fc.constantFrom(...cities).map((c) => `${c}市人民路 1 号`),
  },
  { requiredKeys: [] },
);

/** A date between `from` and `to` (valid dates), not tied to a calendar. */
export function plainDateArb(from: string, to: string): fc.Arbitrary<string> {
  return fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
}

/** An object without one of its keys. */
export function without(value: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
}
