import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  examplePolicies,
  PolicyDeadlineRulesSchema,
  policyDeadlines,
  redemptionDeadline,
  sichuanPolicyDeadlines,
  type Policy,
} from '../../src/policy/index.js';

const [tax, rd, , power, hiring] = examplePolicies.policies as readonly [Policy, Policy, Policy, Policy, Policy];

describe('惠企政策直达快享 time limits, in working days (Sichuan 川办函〔2024〕17号, carrying out 国发〔2024〕3号)', () => {
  it('the source says 快申快享 within 60 working days, the handbook and guide and the list of items within 7 working days of publication', () => {
    expect(sichuanPolicyDeadlines.redemptionWorkingDays).toEqual({ noApplication: null, quickApplication: 60, application: null });
    expect(sichuanPolicyDeadlines.handbookWorkingDays).toBe(7);
    expect(sichuanPolicyDeadlines.itemListWorkingDays).toBe(7);
    expect(sichuanPolicyDeadlines.source).toContain('川办函〔2024〕17号');
    expect(sichuanPolicyDeadlines.source).toContain('原则上60个工作日内兑现');
    expect(Object.isFrozen(sichuanPolicyDeadlines.redemptionWorkingDays)).toBe(true);
  });

  it('the handbook of a policy published before National Day is due 7 working days later, the holiday skipped and the adjusted Saturday counted', () => {
    const d = unwrap(policyDeadlines(rd, '2026-09-28', chinaCalendar));
    expect(d).toMatchObject({ policyId: 'example-rd-subsidy', mode: 'quickApplication', handbookDue: '2026-10-13', itemListDue: '2026-10-13', redemption: { workingDays: 60, setBy: 'rules' } });
    expect(d.reason.zh).toBe('2026-09-28 发布：2026-10-13 前发布工作手册和申兑指南，2026-10-13 前发布事项清单；受理后 60 个工作日内兑现。');
  });

  it('快申快享 is redeemed within 60 working days of acceptance; 免申即享 and ordinary application have no limit unless the policy sets one', () => {
    expect(unwrap(redemptionDeadline(hiring, '2026-03-02', chinaCalendar))).toMatchObject({ due: '2026-05-28', limit: { workingDays: 60, setBy: 'rules' } });
    expect(unwrap(redemptionDeadline(tax, '2026-03-02', chinaCalendar))).toMatchObject({ due: null, limit: { workingDays: null, setBy: null } });
    expect(unwrap(redemptionDeadline(power, '2026-03-02', chinaCalendar)).due).toBeNull();
    const own = { ...power, redemptionWorkingDays: 20 };
    expect(unwrap(redemptionDeadline(own, '2026-03-02', chinaCalendar))).toMatchObject({ due: '2026-03-30', limit: { workingDays: 20, setBy: 'policy' } });
    expect(unwrap(policyDeadlines(own, '2026-03-02', chinaCalendar)).redemption).toEqual({ workingDays: 20, setBy: 'policy' });
  });

  it('other rules as data: a province without an item-list limit, and its own figures', () => {
    const rules = PolicyDeadlineRulesSchema.parse({ id: 'mine', name: { zh: '本省', en: 'Ours' }, source: 'ours', handbookWorkingDays: 5, redemptionWorkingDays: { noApplication: 10, quickApplication: 30, application: null } });
    const d = unwrap(policyDeadlines(tax, '2026-03-02', chinaCalendar, rules));
    expect(d).toMatchObject({ handbookDue: '2026-03-09', itemListDue: null, redemption: { workingDays: 10, setBy: 'rules' }, source: 'ours' });
  });

  it('refuses a bad date, policy or rules with the path of the caller’s argument', () => {
    const e = (r: { ok: boolean; error?: unknown }): unknown => (r.ok ? null : r.error);
    expect(e(policyDeadlines(rd, '2026-02-30', chinaCalendar))).toMatchObject({ code: 'INVALID_DATE', path: ['publishedOn'] });
    expect(e(redemptionDeadline(tax, '2026-02-30', chinaCalendar))).toMatchObject({ code: 'INVALID_DATE', path: ['acceptedOn'] });
    expect(e(redemptionDeadline(hiring, '2999-01-01', chinaCalendar))).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['acceptedOn'] });
    expect(e(policyDeadlines(rd, '2026-03-02', chinaCalendar, { ...sichuanPolicyDeadlines, handbookWorkingDays: 0 }))).toMatchObject({ code: 'INVALID_INPUT', path: ['rules', 'handbookWorkingDays'] });
    expect(e(policyDeadlines({ ...rd, mode: 'x' as never }, '2026-03-02', chinaCalendar))).toMatchObject({ code: 'INVALID_INPUT', path: ['policy', 'mode'] });
  });
});
