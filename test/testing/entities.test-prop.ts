import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CalendarDateSchema, InstantSchema, unwrap, safeParse } from '../../src/index.js';
import { chinaCalendar, isWorkingDay, localDateOf } from '../../src/calendar/index.js';
import { isValidUscc, EnterpriseSchema, safeParseUscc, usccCheckCharacter } from '../../src/enterprise/index.js';
import { AdviserSchema } from '../../src/org/index.js';
import { validateLadder } from '../../src/escalation/index.js';
import { PairingSchema } from '../../src/pairing/index.js';
import { VisitSchema } from '../../src/visit/index.js';
import { ScoringSchemeSchema, TallySchema } from '../../src/scoring/index.js';
import {
  arbAdviser,
  arbCalendarDate,
  arbEnterprise,
  arbInstant,
  arbInvalidAdviser,
  arbInvalidCalendarDate,
  arbInvalidEnterprise,
  arbInvalidLadder,
  arbInvalidPairing,
  arbInvalidScoringScheme,
  arbInvalidTally,
  arbInvalidUscc,
  arbInvalidVisit,
  arbLadder,
  arbPairing,
  arbScoringScheme,
  arbTally,
  arbUscc,
  arbVisit,
} from '../../src/testing/index.js';

describe('arbitraries of valid entities pass the library’s own parsers unchanged', () => {
  test.prop([arbUscc()])('arbUscc: safeParseUscc accepts the code, and its check character is usccCheckCharacter of the first 17', (code) => {
    expect(safeParseUscc(code).ok).toBe(true);
    expect(unwrap(usccCheckCharacter(code.slice(0, 17)))).toBe(code.charAt(17));
  });
  test.prop([arbEnterprise()])('arbEnterprise: safeParse(EnterpriseSchema) gives the enterprise back', (e) => {
    expect(unwrap(safeParse(EnterpriseSchema, e))).toEqual(e);
  });
  test.prop([arbEnterprise({ ids: ['e1', 'e2'], countyIds: ['410802'] })])('arbEnterprise: ids and counties come from the pools given', (e) => {
    expect(['e1', 'e2']).toContain(e.id);
    expect(e.countyId).toBe('410802');
  });
  test.prop([arbAdviser()])('arbAdviser: safeParse(AdviserSchema) gives the adviser back', (a) => {
    expect(unwrap(safeParse(AdviserSchema, a))).toEqual(a);
  });
  test.prop([arbPairing()])('arbPairing: PairingSchema gives the pairing back, which ends no earlier than it starts', (p) => {
    expect(PairingSchema.parse(p)).toEqual(p);
    if (p.until !== null) expect(p.until >= p.since).toBe(true);
  });
  test.prop([arbPairing({ parks: false, adviserIds: ['a1'] })])('arbPairing: parks: false gives enterprise pairings only', (p) => {
    expect(p.enterpriseId).not.toBeNull();
    expect(p.adviserId).toBe('a1');
  });
  test.prop([arbVisit({ from: '2026-03-01', to: '2026-03-31' })])('arbVisit: safeParse(VisitSchema) gives the visit back, dated in the range', (v) => {
    expect(unwrap(safeParse(VisitSchema, v))).toEqual(v);
    expect(v.date >= '2026-03-01' && v.date <= '2026-03-31').toBe(true);
  });
  test.prop([arbCalendarDate()])('arbCalendarDate: a real date within the calendar’s years', (d) => {
    expect(CalendarDateSchema.safeParse(d).success).toBe(true);
    expect(isWorkingDay(d, chinaCalendar).ok).toBe(true);
  });
  test.prop([arbCalendarDate({ from: '2026-09-25', to: '2026-10-12', workingDay: true }), arbCalendarDate({ from: '2026-09-25', to: '2026-10-12', workingDay: false })])(
    'arbCalendarDate: workingDay true gives working days, false days off',
    (work, off) => {
      expect(unwrap(isWorkingDay(work, chinaCalendar))).toBe(true);
      expect(unwrap(isWorkingDay(off, chinaCalendar))).toBe(false);
    },
  );
  test.prop([arbInstant({ from: '2026-01-01', to: '2026-01-31', utcOffsetMinutes: 480 })])('arbInstant: an instant whose local date lies in the range', (at) => {
    expect(InstantSchema.safeParse(at).success).toBe(true);
    const day = unwrap(localDateOf(at));
    expect(day >= '2026-01-01' && day <= '2026-01-31').toBe(true);
  });
  test.prop([arbLadder()], { numRuns: 50 })('arbLadder: validateLadder finds no errors and gives the ladder back', (ladder) => {
    const report = unwrap(validateLadder(ladder));
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.ladder).toEqual(ladder);
  });
  test.prop([arbLadder({ gapFree: true, holders: ['mayor', 'cityDevelopmentOffice'] })], { numRuns: 50 })(
    'arbLadder: gapFree leaves no gap, and holders that are not built in are declared',
    (ladder) => {
      const report = unwrap(validateLadder(ladder));
      expect(report.valid).toBe(true);
      expect(report.warnings.map((w) => w.code)).not.toContain('LADDER_GAP');
      expect(report.gaps === null || report.gaps.total === 0).toBe(true);
      expect(ladder.holders.map((h) => h.id)).toEqual(['cityDevelopmentOffice']);
    },
  );
  test.prop([arbScoringScheme()])('arbScoringScheme: safeParse(ScoringSchemeSchema) gives the scheme back', (scheme) => {
    expect(unwrap(safeParse(ScoringSchemeSchema, scheme))).toEqual(scheme);
  });
  test.prop([arbTally()])('arbTally: TallySchema accepts it, and the counts hang together as tallyIssues makes them', (t) => {
    expect(TallySchema.safeParse(t).success).toBe(true);
    expect(t.answered).toBeLessThanOrEqual(t.received);
    for (const part of [t.respondedInTime, t.resolved, t.closed, t.satisfied + t.basicallySatisfied + t.unsatisfied]) expect(part).toBeLessThanOrEqual(t.answered);
    expect(t.closedOnTime).toBeLessThanOrEqual(t.closed);
    expect(Math.max(t.reopened, t.supervised)).toBeLessThanOrEqual(t.received);
  });
  test.prop([arbTally({ max: 5, consistent: false })])('arbTally: consistent false gives any counts up to max', (t) => {
    expect(TallySchema.safeParse(t).success).toBe(true);
    expect(Math.max(...Object.values(t))).toBeLessThanOrEqual(5);
  });
});

describe('arbitraries of invalid data fail the library’s own parsers', () => {
  test.prop([arbInvalidUscc()])('arbInvalidUscc: safeParseUscc rejects it with a USCC code', (code) => {
    const r = safeParseUscc(code);
    expect(isValidUscc(code)).toBe(false);
    expect(r.ok ? null : r.error.code).toMatch(/^USCC_(CHECK_MISMATCH|INVALID_CHARACTER|INVALID_LENGTH)$/);
  });
  test.prop([arbInvalidEnterprise()])('arbInvalidEnterprise: safeParse(EnterpriseSchema) rejects it', (x) => {
    expect(safeParse(EnterpriseSchema, x).ok).toBe(false);
  });
  test.prop([arbInvalidAdviser()])('arbInvalidAdviser: safeParse(AdviserSchema) rejects it', (x) => {
    expect(safeParse(AdviserSchema, x).ok).toBe(false);
  });
  test.prop([arbInvalidPairing()])('arbInvalidPairing: PairingSchema rejects it', (x) => {
    expect(PairingSchema.safeParse(x).success).toBe(false);
  });
  test.prop([arbInvalidVisit()])('arbInvalidVisit: safeParse(VisitSchema) rejects it', (x) => {
    expect(safeParse(VisitSchema, x).ok).toBe(false);
  });
  test.prop([arbInvalidCalendarDate()])('arbInvalidCalendarDate: CalendarDateSchema rejects it', (s) => {
    expect(CalendarDateSchema.safeParse(s).success).toBe(false);
  });
  test.prop([arbInvalidLadder()], { numRuns: 50 })('arbInvalidLadder: validateLadder refuses it (Part 8: ok only when valid)', (x) => {
    const r = validateLadder(x);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.report === null || r.error.report.errors.length > 0).toBe(true);
  });
  test.prop([arbInvalidScoringScheme()])('arbInvalidScoringScheme: safeParse(ScoringSchemeSchema) rejects it', (x) => {
    expect(safeParse(ScoringSchemeSchema, x).ok).toBe(false);
  });
  test.prop([arbInvalidTally()])('arbInvalidTally: TallySchema rejects it', (x) => {
    expect(TallySchema.safeParse(x).success).toBe(false);
  });
});

describe('the kit’s arbitraries are deterministic given fast-check’s seed', () => {
  test.prop([fc.integer()], { numRuns: 5 })('the same seed gives the same values', (seed) => {
    for (const arb of [arbUscc(), arbEnterprise(), arbLadder(), arbScoringScheme(), arbTally()] as fc.Arbitrary<unknown>[]) {
      expect(fc.sample(arb, { seed, numRuns: 5 })).toEqual(fc.sample(arb, { seed, numRuns: 5 }));
    }
  });
});
