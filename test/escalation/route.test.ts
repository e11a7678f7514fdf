import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { escalationCommand, executeIssueCommand, UNSAFE_NO_ACCESS_CHECK } from '../../src/issue/index.js';
import {
  compileLadder,
  jiaozuoTimeLadder,
  EscalationLadderSchema,
  issueFacts,
  jiaozuoLadder,
  route,
  timeLadder,
  type EscalationLadder,
  type IssueFacts,
  type RuleConditions,
} from '../../src/escalation/index.js';
import { actors, at, run, submitted } from '../issue/fixtures.js';
import { answeredUnsolvable, assignedAs, facts } from './fixtures.js';

const cal = chinaCalendar;

/** A ladder of rules `r0`, `r1`, … with the given conditions, each to the mayor, ranks falling. */
function ladderOf(...conditions: RuleConditions[]): EscalationLadder {
  return EscalationLadderSchema.parse({
    id: 'test',
    name: { zh: '测试', en: 'Test' },
    source: 'test',
    rules: conditions.map((when, i) => ({ id: `r${i}`, when, target: { holder: 'mayor' }, rank: 100 - i })),
  });
}

const decide = (ladder: EscalationLadder, f: Partial<IssueFacts>): string | null => compileLadder(ladder).routeFacts(facts(f)).ruleId;

describe('route: the first rule whose conditions all hold decides', () => {
  it('the first matching rule wins even when later ones hold too, and nothing is skipped before it', () => {
    const ladder = ladderOf({ nature: ['ordinary'] }, { scope: ['ownFunction'] }, {});
    const r = compileLadder(ladder).routeFacts(facts());
    expect(r).toMatchObject({ ruleId: 'r0', rank: 100, held: ['nature'], skipped: [] });
  });

  it('conditions are ANDed: one failing condition skips the rule, reported as the first failing one in schema order', () => {
    const ladder = ladderOf({ reopenCount: { min: 1 }, nature: ['major'], scope: ['ownFunction'] }, {});
    const r = compileLadder(ladder).routeFacts(facts());
    expect(r.ruleId).toBe('r1');
    expect(r.skipped).toEqual([{ ruleId: 'r0', failedOn: 'nature' }]);
    expect(decide(ladder, { nature: 'major', reopenCount: 1 })).toBe('r0');
  });

  it('reports the conditions that held, in the order of the condition schema', () => {
    const ladder = ladderOf({ declaredUnsolvable: false, overdueWorkingDays: { max: 3 }, procedure: ['simple'], nature: ['ordinary'] });
    expect(compileLadder(ladder).routeFacts(facts()).held).toEqual(['nature', 'procedure', 'overdueWorkingDays', 'declaredUnsolvable']);
  });

  it('an empty condition object always holds', () => {
    expect(decide(ladderOf({}), { nature: null, scope: null, procedure: null, categoryId: null })).toBe('r0');
  });

  it('a gap gives a null target, rule and rank, no held conditions, and every rule skipped', () => {
    const ladder = ladderOf({ nature: ['policy'] }, { nature: ['major'] });
    const r = compileLadder(ladder).routeFacts(facts());
    expect(r).toMatchObject({ ladderId: 'test', ruleId: null, target: null, rank: null, held: [] });
    expect(r.skipped).toEqual([
      { ruleId: 'r0', failedOn: 'nature' },
      { ruleId: 'r1', failedOn: 'nature' },
    ]);
  });

  it('a null fact fails every list condition on it', () => {
    const ladder = ladderOf({ categoryId: ['power'] });
    expect(decide(ladder, { categoryId: 'power' })).toBe('r0');
    expect(decide(ladder, { categoryId: null })).toBeNull();
  });
});

describe('route: industry codes match by prefix (GB/T 4754)', () => {
  const ladder = ladderOf({ industry: ['C34', 'A'] });

  it('a section or class code covers every code under it', () => {
    expect(decide(ladder, { industry: 'C3411' })).toBe('r0');
    expect(decide(ladder, { industry: 'C34' })).toBe('r0');
    expect(decide(ladder, { industry: 'A0111' })).toBe('r0');
  });

  it('a code outside every prefix, a shorter code and an unknown industry do not match', () => {
    expect(decide(ladder, { industry: 'C3511' })).toBeNull();
    expect(decide(ladder, { industry: 'C3' })).toBeNull();
    expect(decide(ladder, { industry: null })).toBeNull();
  });
});

describe('route: ranges are inclusive at both ends', () => {
  const ladder = ladderOf({ overdueWorkingDays: { min: 5, max: 9 } }, { enterprisesAffected: { min: 10 } }, { amountInvolved: { max: 1_000_000 } });

  it('holds at min and at max, not one below min or one above max', () => {
    expect([4, 5, 9, 10].map((d) => decide(ladder, { overdueWorkingDays: d, amountInvolved: 2_000_000 }))).toEqual([null, 'r0', 'r0', null]);
    expect([9, 10].map((n) => decide(ladder, { enterprisesAffected: n, amountInvolved: 2_000_000 }))).toEqual([null, 'r1']);
    expect([1_000_000, 1_000_000.01].map((amountInvolved) => decide(ladder, { amountInvolved }))).toEqual(['r2', null]);
  });
});

describe('route: the supervision step compares by rank (unsupervised < urge < supervision < publicListing < accountability)', () => {
  const ladder = ladderOf({ supervisionStep: { min: 'supervision', max: 'publicListing' } });

  it('holds from min to max inclusive', () => {
    const steps = ['unsupervised', 'urge', 'supervision', 'publicListing', 'accountability'] as const;
    expect(steps.map((supervisionStep) => decide(ladder, { supervisionStep }))).toEqual([null, null, 'r0', 'r0', null]);
  });

  it('reads the step recorded on a real issue by the supervise command (003: 督办)', () => {
    const issue = run(assignedAs(), [{ type: 'supervise', step: 'publicListing', actor: actors.efficiency, at: at('2026-09-29') }]);
    expect(unwrap(route(issue, ladder, '2026-09-29', cal)).ruleId).toBe('r0');
    expect(unwrap(route(assignedAs(), ladder, '2026-09-29', cal)).ruleId).toBeNull();
  });
});

describe('route: facts from the issue and from the app', () => {
  it('reads classification, overdue working days, step, reopen count and an unsolvable answer off the issue', () => {
    const issue = answeredUnsolvable(assignedAs({ nature: 'major', scope: 'outsideBureau', procedure: 'general', categoryId: 'land' }));
    expect(unwrap(issueFacts(issue, '2026-09-30', cal))).toEqual({
      nature: 'major',
      scope: 'outsideBureau',
      procedure: 'general',
      categoryId: 'land',
      industry: null,
      enterprisesAffected: 1,
      amountInvolved: 0,
      overdueWorkingDays: 0,
      supervisionStep: 'unsupervised',
      reopenCount: 0,
      reworkCount: 0,
      declaredUnsolvable: true,
    });
  });

  it('takes industry, enterprises affected and money involved from the app (defaults: none, 1, 0)', () => {
    const ladder = ladderOf({ industry: ['C'], enterprisesAffected: { min: 3 }, amountInvolved: { min: 500 } }, {});
    const issue = assignedAs();
    expect(unwrap(route(issue, ladder, '2026-09-29', cal)).ruleId).toBe('r1');
    const r = unwrap(route(issue, ladder, '2026-09-29', cal, { industry: 'C3411', enterprisesAffected: 3, amountInvolved: 500 }));
    expect(r.ruleId).toBe('r0');
    expect(unwrap(issueFacts(issue, '2026-09-29', cal, { industry: 'C3411', enterprisesAffected: 3, amountInvolved: 500 }))).toMatchObject({ industry: 'C3411', enterprisesAffected: 3, amountInvolved: 500 });
  });

  it('000/003: counts working days overdue only for an assigned issue past its deadline', () => {
    const issue = assignedAs({}, { workingDays: 2 });
    expect(unwrap(issueFacts(issue, '2026-10-08', cal)).overdueWorkingDays).toBe(1);
    expect(unwrap(issueFacts(issue, '2026-09-30', cal)).overdueWorkingDays).toBe(0);
    expect(unwrap(issueFacts(issue, '2026-09-01', cal)).overdueWorkingDays).toBe(0);
    expect(unwrap(issueFacts(answeredUnsolvable(issue), '2026-10-20', cal)).overdueWorkingDays).toBe(0);
  });

  it('is deterministic: the same issue, date and ladder give deep-equal routes', () => {
    const issue = assignedAs({ nature: 'policy' }, { workingDays: 2 });
    expect(route(issue, jiaozuoLadder, '2026-10-13', cal)).toEqual(route(issue, jiaozuoLadder, '2026-10-13', cal));
  });
});

describe('compileLadder', () => {
  it('compiles once per ladder object and routes like route()', () => {
    const ladder = ladderOf({ nature: ['ordinary'] });
    expect(compileLadder(ladder)).toBe(compileLadder(ladder));
    expect(compileLadder(jiaozuoLadder).ladder).toBe(jiaozuoLadder);
    const issue = assignedAs();
    const f = unwrap(issueFacts(issue, '2026-09-29', cal));
    expect(compileLadder(jiaozuoLadder).routeFacts(f)).toEqual(unwrap(route(issue, jiaozuoLadder, '2026-09-29', cal)));
  });

  it('compiles an equal copy separately, with the same routes', () => {
    const copy = JSON.parse(JSON.stringify(jiaozuoLadder)) as EscalationLadder;
    expect(compileLadder(copy)).not.toBe(compileLadder(jiaozuoLadder));
    for (const nature of ['ordinary', 'major', 'widespread', 'policy'] as const) {
      expect(compileLadder(copy).routeFacts(facts({ nature }))).toEqual(compileLadder(jiaozuoLadder).routeFacts(facts({ nature })));
    }
  });

  it('each call of unwrap(timeLadder()) makes a new ladder, compiled on its own', () => {
    const a = unwrap(timeLadder());
    expect(a).not.toBe(unwrap(timeLadder()));
    expect(a).toEqual(unwrap(timeLadder()));
    expect(compileLadder(a)).toBe(compileLadder(a));
  });
});

describe('route: calendar errors pass through', () => {
  it('an overdue issue routed at a date the calendar does not cover (after 2100) gives CALENDAR_YEAR_NOT_COVERED', () => {
    const issue = assignedAs({}, { workingDays: 2 });
    const r = route(issue, unwrap(timeLadder()), '2101-01-05', cal);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CALENDAR_YEAR_NOT_COVERED');
    expect(issueFacts(issue, '2101-01-05', cal)).toEqual(r);
  });

  it('Part 7: routed at a date in a provisional year (2027), the route and the facts say provisional', () => {
    const issue = assignedAs({}, { workingDays: 2 });
    const r = route(issue, unwrap(timeLadder()), '2027-01-05', cal);
    expect(r.ok && r.provisional).toBe(true);
    const facts = issueFacts(issue, '2027-01-05', cal);
    expect(facts.ok && facts.provisional).toBe(true);
    expect(facts.ok && facts.value.overdueWorkingDays).toBeGreaterThan(0);
    const before = route(issue, unwrap(timeLadder()), '2026-12-31', cal);
    expect(before.ok && before.provisional).toBe(false);
  });

  it('the date of routing is checked whatever the issue: outside the calendar or not a date, it is an error', () => {
    expect(route(submitted(), unwrap(timeLadder()), '2101-01-01', cal)).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED' } });
    expect(route(submitted(), unwrap(timeLadder()), '2026-02-30', cal)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE' } });
    expect(unwrap(route(submitted(), unwrap(timeLadder()), '2026-10-20', cal)).ruleId).toBe('onTime');
  });
});

describe('escalationCommand: a route becomes the lifecycle escalate command', () => {
  it('records the move as an audit event, and a later lower route is refused with ESCALATION_DOWNWARD', () => {
    const issue = assignedAs();
    const late = unwrap(route(issue, jiaozuoTimeLadder, '2026-10-20', cal));
    const command = unwrap(escalationCommand(issue.id, late, actors.office, at('2026-10-20')));
    expect(command).toMatchObject({ type: 'escalate', holder: late.target?.holder, rank: late.rank, ruleId: late.ruleId, ladderId: 'jiaozuo-001-time' });
    const moved = unwrap(executeIssueCommand(issue, command, { calendar: cal, access: UNSAFE_NO_ACCESS_CHECK }));
    expect(moved.issue.escalation).toMatchObject({ holder: late.target?.holder, rank: late.rank, on: '2026-10-20' });
    expect(moved.event.type).toBe('escalate');
    const early = unwrap(route(issue, jiaozuoTimeLadder, '2026-09-29', cal));
    expect(early.rank).toBeLessThan(late.rank as number);
    const down = unwrap(escalationCommand(issue.id, early, actors.office, at('2026-10-21')));
    expect(executeIssueCommand(moved.issue, down, { calendar: cal, access: UNSAFE_NO_ACCESS_CHECK })).toMatchObject({ ok: false, error: { code: 'ESCALATION_DOWNWARD' } });
  });

  it('a route with no rule gives INVALID_ARGUMENT', () => {
    const gap = { ladderId: 'x', ruleId: null, target: null, rank: null, held: [], skipped: [] };
    expect(escalationCommand('i1', gap, actors.office, at('2026-10-20'))).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});

describe('Part 9 (issue 14): compiling a ladder is linear in its rules', () => {
  it('10,000 single-condition rules: the shared skip lists are built when taken, not one per rule up front', () => {
    const ladder = EscalationLadderSchema.parse({
      id: 'long',
      name: { zh: '长', en: 'Long' },
      source: 'test',
      rules: Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, when: { reopenCount: { min: i, max: i } }, target: { holder: 'mayor' }, rank: 10 })),
    });
    const compiled = compileLadder(ladder);
    const last = compiled.routeFacts(facts({ reopenCount: 9_999 }));
    expect(last.ruleId).toBe('r9999');
    expect(last.skipped).toHaveLength(9_999);
    expect(last.skipped[9_998]).toEqual({ ruleId: 'r9998', failedOn: 'reopenCount' });
    expect(compiled.routeFacts(facts({ reopenCount: 9_999 }))).toBe(last); // shared once built
    expect(compiled.routeFacts(facts({ reopenCount: 20_000 }))).toMatchObject({ ruleId: null });
    expect(compiled.routeFacts(facts({ reopenCount: 3 })).skipped).toHaveLength(3);
  });
});
