import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar, isWorkingDay, localDateOf, workingDaysBetween } from '../../src/calendar/index.js';
import { instantAt, instantMs } from '../../src/internal/instant.js';
import { chooseTimeLimit, dueAt, TimeLimitPolicySchema, Urgency, validateTimeLimitPolicy } from '../../src/procedure/index.js';
import { arbInstant } from '../../src/testing/index.js';

const cal = chinaCalendar;
/** Instants in China time, far enough inside the calendar that 250 working days stay covered. */
const start = arbInstant({ from: '2005-01-01', to: '2025-06-30' });
/** The same instants written at any offset, as apps send them. */
const anyOffset = fc.tuple(start, fc.integer({ min: -14 * 4, max: 14 * 4 })).map(([at, q]) => instantAt(instantMs(at), q * 15));

describe('issue 17: laws of time limits', () => {
  test.prop([anyOffset, fc.integer({ min: 1, max: 720 })])('an hour limit is exact in calendar time across DST-free +08:00', (from, hours) => {
    const due = unwrap(dueAt({ hours }, from, cal));
    expect(due.endsWith('+08:00')).toBe(true);
    expect(instantMs(due) - instantMs(from)).toBe(hours * 3_600_000);
  });

  test.prop([anyOffset, fc.integer({ min: 1, max: 250 })])(
    'a working-day due date is a working day and there are exactly n working days after the start day up to it',
    (from, n) => {
      const due = unwrap(dueAt({ workingDays: n }, from, cal));
      expect(due.endsWith('T23:59:59+08:00')).toBe(true);
      const day = due.slice(0, 10);
      expect(unwrap(isWorkingDay(day, cal))).toBe(true);
      expect(unwrap(workingDaysBetween(unwrap(localDateOf(from)), day, cal))).toBe(n);
    },
  );

  const policy = fc
    .array(
      fc.record(
        {
          urgencies: fc.uniqueArray(fc.constantFrom(...Urgency.values), { minLength: 1 }),
          categoryIds: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    )
    .map((whens) =>
      TimeLimitPolicySchema.parse({
        id: 'p',
        name: { zh: '策略', en: 'Policy' },
        source: 'test',
        rules: whens.map((when, i) => ({ id: `r${i}`, when, limits: { handling: { hours: i + 1 } } })),
        otherwise: { handling: { workingDays: 1 } },
      }),
    );
  const facts = fc.record({ urgency: fc.constantFrom(null, ...Urgency.values), categoryId: fc.constantFrom(null, 'a', 'b', 'c') });

  test.prop([policy, facts])('the first rule that takes a matter chooses its limits; the rules before it do not take it', (p, f) => {
    const c = unwrap(chooseTimeLimit(f, p));
    const i = c.decidedBy === null ? p.rules.length : p.rules.findIndex((r) => r.id === c.decidedBy);
    expect(c.reasons.map((r) => r.holds)).toEqual([...Array<boolean>(i).fill(false), ...(c.decidedBy === null ? [] : [true])]);
    expect(c.limits).toEqual(c.decidedBy === null ? p.otherwise : p.rules[i]?.limits);
  });

  test.prop([policy, facts])('a rule reported unreachable never chooses a limit', (p, f) => {
    const unreachable = new Set(unwrap(validateTimeLimitPolicy(p)).warnings.map((w) => w.path?.[1]));
    const c = unwrap(chooseTimeLimit(f, p));
    const i = c.decidedBy === null ? 'otherwise' : p.rules.findIndex((r) => r.id === c.decidedBy);
    expect(unreachable.has(i === 'otherwise' ? undefined : i)).toBe(false);
  });
});
