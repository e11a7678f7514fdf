/**
 * Part 9 (issue 14), escalation's smaller defects: `route` accepted NaN facts (NaN enterprises
 * affected matched `min: 10`, as NaN is neither below a minimum nor above a maximum); a ladder
 * compiled once per object gave stale routes after the ladder was changed; errors named the
 * calendar's own parameters (`date`, `from`) or a bare `rank` instead of the caller's arguments.
 */
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { compileLadder, escalationRefusal, issueFacts, route, type EscalationLadder, type ExtraFacts } from '../../src/escalation/index.js';
import { unwrap } from '../../src/index.js';
import { assignedAs, facts } from './fixtures.js';

/** A ladder built by hand: many enterprises go to the mayor, the rest to a bureau leader. */
function handBuilt(): EscalationLadder {
  return {
    id: 'hand',
    name: { zh: '手工层级', en: 'Hand-built ladder' },
    source: 'test',
    holders: [],
    rules: [
      { id: 'many', when: { enterprisesAffected: { min: 10 } }, target: { holder: 'mayor' }, rank: 50 },
      { id: 'rest', when: {}, target: { holder: 'bureauLeader' }, rank: 10 },
    ],
  };
}

const mutable = <T>(v: T): { -readonly [K in keyof T]: T[K] } => v as { -readonly [K in keyof T]: T[K] };

describe('Part 9 (issue 14): a fact that is NaN, infinite or negative is refused, never matched', () => {
  const issue = assignedAs();
  it.each([
    ['enterprisesAffected', { enterprisesAffected: Number.NaN }],
    ['enterprisesAffected', { enterprisesAffected: Number.POSITIVE_INFINITY }],
    ['enterprisesAffected', { enterprisesAffected: -3 }],
    ['amountInvolved', { amountInvolved: Number.NaN }],
    ['amountInvolved', { amountInvolved: Number.NEGATIVE_INFINITY }],
  ] as const)('route refuses extra.%s = %o with INVALID_ARGUMENT naming it', (name, extra: ExtraFacts) => {
    const r = route(issue, handBuilt(), '2026-10-20', chinaCalendar, extra);
    expect(r.ok ? r.value.ruleId : r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['extra', name] });
    expect(r.ok ? '' : r.error.message).toContain(`extra.${name}`);
  });

  it('a NaN reopen count on the issue is refused at issue.reopenCount', () => {
    const r = issueFacts({ ...issue, reopenCount: Number.NaN }, '2026-10-20', chinaCalendar);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['issue', 'reopenCount'] });
  });

  it('compiled routing (routeFacts, which cannot return an error) never lets NaN match a range', () => {
    const routeFacts = compileLadder(handBuilt()).routeFacts;
    expect(routeFacts(facts({ enterprisesAffected: 12 })).ruleId).toBe('many');
    expect(routeFacts(facts({ enterprisesAffected: Number.NaN })).ruleId).toBe('rest');
    expect(routeFacts(facts({ enterprisesAffected: Number.NaN })).skipped).toEqual([{ ruleId: 'many', failedOn: 'enterprisesAffected' }]);
  });

  it('a hand-built ladder with a NaN bound never matches on it', () => {
    const ladder = handBuilt();
    mutable(ladder.rules[0]?.when.enterprisesAffected ?? {}).min = Number.NaN;
    expect(compileLadder(ladder).routeFacts(facts({ enterprisesAffected: 12 })).ruleId).toBe('rest');
  });
});

describe('Part 9 (issue 14): a ladder changed after it was compiled routes by its new rules', () => {
  it('route follows a rule changed in place, and a rule added', () => {
    const ladder = handBuilt();
    const issue = assignedAs();
    expect(unwrap(route(issue, ladder, '2026-10-20', chinaCalendar, { enterprisesAffected: 5 })).ruleId).toBe('rest');
    mutable(ladder.rules[0]?.when.enterprisesAffected ?? {}).min = 5;
    expect(unwrap(route(issue, ladder, '2026-10-20', chinaCalendar, { enterprisesAffected: 5 })).ruleId).toBe('many');
    mutable(ladder.rules).unshift({ id: 'first', when: {}, target: { holder: 'executiveMeeting' }, rank: 90 });
    expect(unwrap(route(issue, ladder, '2026-10-20', chinaCalendar, { enterprisesAffected: 5 })).ruleId).toBe('first');
  });
});

describe('Part 9 (issue 14): escalation errors name the caller’s arguments', () => {
  it('a bad or uncovered asOf is at asOf (not the calendar’s date)', () => {
    const bad = route(assignedAs(), handBuilt(), '2026-02-30', chinaCalendar);
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'INVALID_DATE', path: ['asOf'] });
    expect(bad.ok ? '' : bad.error.message).toMatch(/^asOf must be/);
    const outside = issueFacts(assignedAs(), '2203-01-01', chinaCalendar);
    expect(outside.ok ? null : outside.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['asOf'] });
  });

  it('a deadline outside the calendar is at issue.deadline (not the calendar’s from)', () => {
    const issue = { ...assignedAs(), deadline: '2003-12-30' };
    const r = issueFacts(issue, '2026-10-20', chinaCalendar);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', path: ['issue', 'deadline'] });
  });

  it('escalationRefusal names next.rank', () => {
    expect(escalationRefusal({ holder: 'mayor', rank: 50, on: '2026-10-20' }, { holder: 'bureauLeader', rank: 10 })?.path).toEqual(['next', 'rank']);
  });
});
