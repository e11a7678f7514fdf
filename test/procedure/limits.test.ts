import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  beijingTimeLimits,
  chooseTimeLimit,
  ClockLimitSchema,
  dueAt,
  shandongEnterpriseTimeLimits,
  TimeLimitPolicySchema,
  validateTimeLimitPolicy,
  type ClockLimit,
  type TimeLimitPolicy,
} from '../../src/procedure/index.js';

const cal = chinaCalendar;
const due = (limit: ClockLimit, from: string): string => unwrap(dueAt(limit, from, cal));

describe('issue 17: time limits in hours or working days', () => {
  it('a limit is working days or calendar hours, within bounds, never both', () => {
    expect(ClockLimitSchema.safeParse({ workingDays: 5 }).success).toBe(true);
    expect(ClockLimitSchema.safeParse({ hours: 2 }).success).toBe(true);
    for (const bad of [{ hours: 0 }, { hours: 721 }, { hours: 1.5 }, { workingDays: 0 }, { workingDays: 251 }, { hours: 2, workingDays: 1 }, {}]) {
      expect(ClockLimitSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('an hour limit is exact elapsed time, across midnight, weekends and holidays, written at +08:00', () => {
    expect(due({ hours: 2 }, '2026-09-30T23:30:00+08:00')).toBe('2026-10-01T01:30:00+08:00');
    expect(due({ hours: 24 }, '2026-09-30T02:00:00Z')).toBe('2026-10-01T10:00:00+08:00');
    expect(due({ hours: 48 }, '2026-10-02T09:15:30.250-05:00')).toBe('2026-10-04T22:15:30.250+08:00');
  });

  it('a working-day limit ends with the last second of the n-th working day after the local (China) day of the start', () => {
    // 17:30 UTC on 30 September is 01:30 on 1 October in China: National Day, off until the 7th.
    expect(due({ workingDays: 1 }, '2026-09-30T17:30:00Z')).toBe('2026-10-08T23:59:59+08:00');
    // The start day never counts, even when it is a working day and the order arrives at 08:00.
    expect(due({ workingDays: 1 }, '2026-10-08T08:00:00+08:00')).toBe('2026-10-09T23:59:59+08:00');
    // Saturday 10 October 2026 is worked (调休).
    expect(due({ workingDays: 2 }, '2026-10-08T08:00:00+08:00')).toBe('2026-10-10T23:59:59+08:00');
  });

  it('dueAt takes another local offset only when asked, and writes the due instant in it', () => {
    expect(unwrap(dueAt({ hours: 1 }, '2026-10-08T08:00:00+08:00', cal, { utcOffsetMinutes: 0 }))).toBe('2026-10-08T01:00:00Z');
    // 06:00 on 8 October in China is still 7 October (a day off) in UTC.
    expect(unwrap(dueAt({ workingDays: 1 }, '2026-10-08T06:00:00+08:00', cal))).toBe('2026-10-09T23:59:59+08:00');
    expect(unwrap(dueAt({ workingDays: 1 }, '2026-10-08T06:00:00+08:00', cal, { utcOffsetMinutes: 0 }))).toBe('2026-10-08T23:59:59Z');
  });

  it('dueAt reports bad input at the caller’s path, and never reads an instant without an offset', () => {
    const code = (r: ReturnType<typeof dueAt>) => (r.ok ? null : [r.error.code, r.error.path]);
    expect(code(dueAt({ hours: 0 }, '2026-10-08T08:00:00+08:00', cal))).toEqual(['INVALID_INPUT', ['limit', 'hours']]);
    expect(code(dueAt({ hours: 2 }, '2026-10-08T08:00:00', cal))).toEqual(['INVALID_INSTANT', ['from']]);
    expect(code(dueAt({ workingDays: 2 }, '2026-02-30T08:00:00+08:00', cal))).toEqual(['INVALID_INSTANT', ['from']]);
    expect(code(dueAt({ workingDays: 250 }, '9999-12-30T08:00:00+08:00', cal))).toEqual(['CALENDAR_YEAR_NOT_COVERED', ['from']]);
    expect(code(dueAt({ workingDays: 250 }, `${cal.lastYear}-12-30T08:00:00+08:00`, cal))).toEqual(['CALENDAR_YEAR_NOT_COVERED', ['limit', 'workingDays']]);
    expect(code(dueAt({ hours: 720 }, '9999-12-31T08:00:00+08:00', cal))).toEqual(['INVALID_ARGUMENT', ['limit', 'hours']]);
    expect(code(dueAt({ hours: 1 }, '2026-10-08T08:00:00+08:00', cal, { utcOffsetMinutes: 30.5 }))).toEqual(['INVALID_ARGUMENT', ['options', 'utcOffsetMinutes']]);
  });

  it('a working-day due date in a provisional year says so', () => {
    const r = dueAt({ workingDays: 10 }, '2026-12-24T10:00:00+08:00', cal);
    expect(r).toEqual({ ok: true, value: '2027-01-08T23:59:59+08:00', provisional: true });
  });
});

describe('issue 17: time-limit policies, first match wins', () => {
  it('Beijing 接诉即办 (北京市接诉即办工作条例): emergencies 2 h, water/power/gas/heating 24 h, general 7 days, complex 15 days', () => {
    const handling = (urgency: 'emergency' | 'timeSensitive' | 'routine' | 'complex' | null) => unwrap(chooseTimeLimit({ urgency }, beijingTimeLimits)).limits.handling;
    expect(handling('emergency')).toEqual({ hours: 2 });
    expect(handling('timeSensitive')).toEqual({ hours: 24 });
    expect(handling('routine')).toEqual({ hours: 7 * 24 });
    expect(handling('complex')).toEqual({ hours: 15 * 24 });
    expect(handling(null)).toEqual({ hours: 7 * 24 });
    expect(beijingTimeLimits.source).toContain('北京市接诉即办工作条例');
    expect(Object.isFrozen(beijingTimeLimits.rules[0]?.limits)).toBe(true);
  });

  it('Shandong enterprise 接诉即办 (山东省企业诉求“接诉即办”平台, 2020): start within 1 working day, answer within 3, solve within 15, complex up to 30', () => {
    const general = unwrap(chooseTimeLimit({ urgency: 'routine', categoryId: 'financing' }, shandongEnterpriseTimeLimits));
    expect(general.limits).toEqual({ firstContact: { workingDays: 1 }, answer: { workingDays: 3 }, handling: { workingDays: 15 } });
    expect(general.decidedBy).toBeNull();
    const complex = unwrap(chooseTimeLimit({ urgency: 'complex' }, shandongEnterpriseTimeLimits));
    expect(complex.limits.handling).toEqual({ workingDays: 30 });
    expect(complex.decidedBy).toBe('complex');
    expect(shandongEnterpriseTimeLimits.source).toContain('15个工作日');
    expect(Object.isFrozen(shandongEnterpriseTimeLimits)).toBe(true);
  });

  it('the choice explains which rule chose the limits and why the earlier ones did not', () => {
    const c = unwrap(chooseTimeLimit({ urgency: 'complex' }, beijingTimeLimits));
    expect(c.decidedBy).toBe('complex');
    expect(c.reasons.map((r) => [r.rule, r.holds])).toEqual([['emergency', false], ['timeSensitive', false], ['complex', true]]);
    expect(c.reasons[0]?.text.en).toBe('Rule "emergency" does not apply: urgency complex is not one of emergency.');
    expect(c.reasons[2]?.text.zh).toContain('规则“complex”适用');
    expect(c.policy).toBe('beijing-jiesujiban');
  });

  it('rules can take a category and an urgency together; both must hold', () => {
    const policy: TimeLimitPolicy = TimeLimitPolicySchema.parse({
      id: 'city',
      name: { zh: '市', en: 'City' },
      source: 'app',
      rules: [{ id: 'urgent-utilities', when: { urgencies: ['emergency', 'timeSensitive'], categoryIds: ['utilities'] }, limits: { signFor: { hours: 1 }, handling: { hours: 24 } } }],
      otherwise: { handling: { workingDays: 5 } },
    });
    expect(unwrap(chooseTimeLimit({ urgency: 'timeSensitive', categoryId: 'utilities' }, policy)).limits).toEqual({ signFor: { hours: 1 }, handling: { hours: 24 } });
    const miss = unwrap(chooseTimeLimit({ urgency: 'timeSensitive', categoryId: 'financing' }, policy));
    expect(miss.decidedBy).toBeNull();
    expect(miss.reasons[0]?.text.en).toBe('Rule "urgent-utilities" does not apply: category financing is not one of utilities.');
    expect(unwrap(chooseTimeLimit({}, policy)).decidedBy).toBeNull();
  });

  it('unknown urgencies and bad facts or policies are errors at the caller’s path, never exceptions', () => {
    const bad = chooseTimeLimit({ urgency: 'urgentish' as 'routine' }, beijingTimeLimits);
    expect(bad.ok || [bad.error.code, bad.error.path]).toEqual(['INVALID_INPUT', ['facts', 'urgency']]);
    const policy = { ...beijingTimeLimits, rules: [...beijingTimeLimits.rules, { id: 'x', when: { urgencies: ['urgentish'] }, limits: { handling: { hours: 1 } } }] } as unknown as TimeLimitPolicy;
    const r = chooseTimeLimit({ urgency: 'routine' }, policy);
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['policy', 'rules', 3, 'when', 'urgencies', 0]]);
  });

  it('validateTimeLimitPolicy: duplicate rule ids are errors', () => {
    const r = validateTimeLimitPolicy({ ...beijingTimeLimits, rules: [...beijingTimeLimits.rules, beijingTimeLimits.rules[1]] });
    expect(r.ok || [r.error.code, r.error.path]).toEqual(['DUPLICATE_ID', ['rules', 3, 'id']]);
  });

  it('validateTimeLimitPolicy: unreachable rules, repeated rules and an unreachable default are warnings', () => {
    expect(unwrap(validateTimeLimitPolicy(beijingTimeLimits)).warnings).toEqual([]);
    expect(unwrap(validateTimeLimitPolicy(shandongEnterpriseTimeLimits)).warnings).toEqual([]);
    const input = {
      ...beijingTimeLimits,
      rules: [
        { id: 'urgent', when: { urgencies: ['emergency', 'timeSensitive'] }, limits: { handling: { hours: 2 } } },
        { id: 'utilities', when: { urgencies: ['timeSensitive'], categoryIds: ['utilities'] }, limits: { handling: { hours: 24 } } },
        { id: 'same', when: { urgencies: ['timeSensitive', 'emergency'] }, limits: { handling: { hours: 3 } } },
        { id: 'complex', when: { urgencies: ['complex'] }, limits: { handling: { hours: 360 } } },
      ],
    };
    const { warnings } = unwrap(validateTimeLimitPolicy(input));
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['POLICY_RULE_UNREACHABLE', ['rules', 1]],
      ['POLICY_RULE_UNREACHABLE', ['rules', 2]],
    ]);
    expect(warnings[0]?.message).toBe('Rule "utilities" never applies: rule "urgent" before it takes every matter it would take.');
    const all = unwrap(validateTimeLimitPolicy({ ...beijingTimeLimits, rules: [{ id: 'all', when: {}, limits: { handling: { hours: 24 } } }, ...beijingTimeLimits.rules] }));
    expect(all.warnings.map((w) => w.path)).toEqual([['rules', 1], ['rules', 2], ['rules', 3], ['otherwise']]);
  });
});
