import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { unwrap } from '../../src/index.js';
import {
  checkFirstContact,
  FirstContactCaseSchema,
  FirstContactRuleSchema,
  FirstContactViolation,
  jiaozuoFirstContactRule,
  type FirstContactCase,
  type FirstContactRule,
  type FirstContactStep,
} from '../../src/issue/index.js';

const cal = chinaCalendar;
/** An instant in March 2026 (Monday 2 March … Friday 6 March; Saturday 7, Sunday 8). */
const at = (day: number, hour = 9): string => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const ind = { departmentId: 'd-ind' };
const land = { departmentId: 'd-land', officialId: 'o-zhang' };
const tax = { departmentId: 'd-tax' };
const matter = (...steps: FirstContactStep[]): FirstContactCase => ({ enterpriseId: 'e1', issueId: 'i1', steps });
const check = (m: FirstContactCase, asOf = at(20), rule: FirstContactRule = jiaozuoFirstContactRule) => unwrap(checkFirstContact(m, rule, asOf, cal));

describe('001 Jiaozuo: first-contact responsibility (首问责任制)', () => {
  it('001: the department first asked owns the reply; answering within 1 working day is compliant', () => {
    const r = check(matter({ type: 'asked', at: at(2), party: ind }, { type: 'answered', at: at(3, 16), party: ind }));
    expect(r).toMatchObject({ ruleId: 'jiaozuo-first-contact', status: 'settled', firstContact: ind, askedAt: at(2), violations: [] });
    expect(r.owners).toEqual([{ party: ind, since: at(2), due: '2026-03-03T23:59:59+08:00', ended: 'answered', endedAt: at(3, 16), handedTo: null }]);
  });

  it('001: handing over with a record passes the reply to the responsible department, which then owns it under the same limit', () => {
    const r = check(
      matter(
        { type: 'asked', at: at(2), party: ind },
        { type: 'handedOver', at: at(2, 15), party: ind, to: land, record: '属用地审批事项，转市自然资源局，已告知企业' },
        { type: 'answered', at: at(3, 11), party: land },
      ),
    );
    expect(r.status).toBe('settled');
    expect(r.violations).toEqual([]);
    expect(r.owners.map((o) => [o.party.departmentId, o.ended, o.handedTo?.departmentId ?? null])).toEqual([['d-ind', 'handedOver', 'd-land'], ['d-land', 'answered', null]]);
  });

  it('001: neither answering nor handing over by the limit is noResponse, at the due instant; before it, the matter is open without violation', () => {
    const m = matter({ type: 'asked', at: at(6, 17), party: ind }); // Friday: 1 working day runs to Monday 9 March
    expect(check(m, at(9, 20))).toMatchObject({ status: 'replyOwned', violations: [] });
    const r = check(m, at(10));
    expect(r.violations).toEqual([
      {
        code: 'noResponse',
        party: ind,
        at: '2026-03-09T23:59:59+08:00',
        reason: {
          zh: 'd-ind 为首问单位，应于 2026-03-09T23:59:59+08:00 前答复企业或转交责任部门，但既未答复也未转交。',
          en: 'd-ind, the first contact, had to answer the enterprise or hand the matter over to the responsible department by 2026-03-09T23:59:59+08:00, and did neither.',
        },
      },
    ]);
  });

  it('001: a late answer or handover is lateResponse; a handover without a record is handoverWithoutRecord', () => {
    const late = check(matter({ type: 'asked', at: at(2), party: ind }, { type: 'answered', at: at(4), party: ind }));
    expect(late.violations.map((v) => [v.code, v.at])).toEqual([['lateResponse', at(4)]]);
    const bare = check(matter({ type: 'asked', at: at(2), party: ind }, { type: 'handedOver', at: at(3), party: ind, to: land, record: '  ' }, { type: 'answered', at: at(4), party: land }));
    expect(bare.violations.map((v) => [v.code, v.party.departmentId])).toEqual([['handoverWithoutRecord', 'd-ind']]);
    expect(bare.violations[0]?.reason.zh).toBe('d-ind 于 2026-03-03T09:00:00+08:00 转交 d-land/o-zhang，未作登记、转交记录。');
    // A rule that does not ask for a record accepts it.
    const lenient = { ...jiaozuoFirstContactRule, handoverNeedsRecord: false };
    expect(check(matter({ type: 'asked', at: at(2), party: ind }, { type: 'handedOver', at: at(3), party: ind, to: land, record: '' }), at(3, 12), lenient).violations).toEqual([]);
  });

  it('001: an enterprise sent elsewhere before its first contact answered or handed over is redirected (推诿); the first contact stays responsible', () => {
    const r = check(matter({ type: 'asked', at: at(2), party: ind }, { type: 'asked', at: at(3), party: tax }), at(3, 12));
    expect(r.status).toBe('replyOwned');
    expect(r.violations.map((v) => [v.code, v.party.departmentId])).toEqual([['redirected', 'd-ind']]);
    expect(r.owners).toHaveLength(1);
    // When another department answers after the limit, the first contact also failed to respond.
    const answered = check(matter({ type: 'asked', at: at(2), party: ind }, { type: 'asked', at: at(4), party: tax }, { type: 'answered', at: at(5), party: tax }));
    expect(answered.status).toBe('settled');
    expect(answered.owners[0]?.ended).toBe('answeredByOther');
    expect(answered.violations.map((v) => v.code)).toEqual(['noResponse', 'redirected']);
    expect(FirstContactViolation.labels.redirected.en).toBe('Sent the enterprise elsewhere');
  });

  it('reads the steps in time order, ignores steps before the first question and after the answer, and asking the owner again changes nothing', () => {
    const steps: FirstContactStep[] = [
      { type: 'answered', at: at(3), party: ind },
      { type: 'asked', at: at(2, 10), party: ind },
      { type: 'answered', at: at(1), party: tax }, // before anyone asked: not the rule's
      { type: 'asked', at: at(2, 14), party: ind },
      { type: 'asked', at: at(5), party: land }, // after the answer: not read
    ];
    const r = check(matter(...steps));
    expect(r).toMatchObject({ status: 'settled', firstContact: ind, askedAt: at(2, 10), violations: [] });
    expect(check(matter()).status).toBe('notAsked');
  });

  it('counts in hours when the rule says so', () => {
    const twoHours = { ...jiaozuoFirstContactRule, id: 'two-hours', respondWithin: { hours: 2 } };
    const r = check(matter({ type: 'asked', at: at(2, 9), party: ind }, { type: 'answered', at: at(2, 12), party: ind }), at(20), twoHours);
    expect(r.violations.map((v) => v.code)).toEqual(['lateResponse']);
    expect(r.owners[0]?.due).toBe('2026-03-02T11:00:00+08:00');
  });

  it('refuses a bad matter, rule or instant with the path, and never throws', () => {
    expect(checkFirstContact(matter({ type: 'asked', at: '2026-03-02', party: ind } as unknown as FirstContactStep), jiaozuoFirstContactRule, at(3), cal)).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT', path: ['matter', 'steps', 0, 'at'] } });
    expect(checkFirstContact(matter(), { ...jiaozuoFirstContactRule, respondWithin: { workingDays: 0 } }, at(3), cal)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['rule', 'respondWithin', 'workingDays'] } });
    expect(checkFirstContact(matter(), jiaozuoFirstContactRule, '2026-03-03', cal)).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT', path: ['asOf'] } });
    expect(checkFirstContact(matter({ type: 'asked', at: '2101-03-02T09:00:00+08:00', party: ind }), jiaozuoFirstContactRule, at(3), cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED' } });
    expect(FirstContactCaseSchema.safeParse({ enterpriseId: 'e1', steps: [{ type: 'forwarded', at: at(2), party: ind }] }).success).toBe(false);
    expect(FirstContactRuleSchema.safeParse(jiaozuoFirstContactRule).success).toBe(true);
  });
});
