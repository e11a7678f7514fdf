/**
 * Part 9 (issue 14): meeting errors name the caller's own arguments — an occurrence outside the
 * calendar blames `period` and an issue's bad fact is at `issues[i]` or `extraFacts[id]`, where
 * they used to carry the calendar's and routing's own parameter names (`date`, `issue`, `extra`).
 */
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { hainingLadder } from '../../src/escalation/index.js';
import { agenda, hainingHalfMonthlyConsultation, jiaozuoHalfYearlySymposium, occurrences } from '../../src/meeting/index.js';
import { assigned } from '../issue/fixtures.js';

const consultation = { series: hainingHalfMonthlyConsultation, on: '2026-10-09' };

describe('Part 9 (issue 14): meeting errors name the caller’s arguments', () => {
  it('occurrences past the calendar’s last year: CALENDAR_YEAR_NOT_COVERED at period (not date)', () => {
    const r = occurrences(jiaozuoHalfYearlySymposium, { from: '2026-01-01', to: '2203-12-31' }, chinaCalendar);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['period'] });
  });

  it('agenda: a NaN fact is at extraFacts.<id>.<fact>, a bad reopen count at issues.<i>.reopenCount', () => {
    const issue = assigned({ issueId: 'i1', departmentId: 'd1' });
    const nan = agenda(consultation, [issue], '2026-10-09', hainingLadder, chinaCalendar, { i1: { enterprisesAffected: Number.NaN } });
    expect(nan.ok ? null : nan.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['extraFacts', 'i1', 'enterprisesAffected'] });
    const reopen = agenda(consultation, [issue, { ...issue, id: 'i2', reopenCount: -1 }], '2026-10-09', hainingLadder, chinaCalendar);
    expect(reopen.ok ? null : reopen.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['issues', 1, 'reopenCount'] });
  });

  it('agenda with a calendar that does not cover asOf: at asOf', () => {
    const r = agenda(consultation, [assigned({ issueId: 'i1', departmentId: 'd1' })], '2203-10-09', hainingLadder, chinaCalendar);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['asOf'] });
  });
});
