/**
 * Where test/schemas-agreement.test.ts gets its samples for each public schema. Every public
 * schema is tested: by default with an arbitrary derived from the zod schema (test/schemas/derive.ts)
 * and mutations of its valid values. Register here, by the schema's name (`Issue` for
 * `IssueSchema`, `IntakeChannel` for an enum), an arbitrary of valid values when the derived one
 * rarely satisfies the rules the parser checks in code (it is then drawn as often as the derived
 * one), and an arbitrary of invalid values when the testing kit has one. A schema added later is
 * picked up automatically; register an arbitrary for it only if the test says its valid samples
 * are too few.
 */
import fc from 'fast-check';
import { CalendarDateSchema, InstantSchema } from '../../src/index.js';
import { UsccSchema } from '../../src/enterprise/index.js';
import { chinaCalendar, HolidayNoticeSchema } from '../../src/calendar/index.js';
import { CapacityRuleSchema } from '../../src/pairing/index.js';
import {
  arbAdviser,
  arbCalendarDate,
  arbEnterprise,
  arbInstant,
  arbInvalidAdviser,
  arbInvalidCalendarDate,
  arbInvalidEnterprise,
  arbInvalidIssueCommand,
  arbInvalidLadder,
  arbInvalidPairing,
  arbInvalidScoringScheme,
  arbInvalidTally,
  arbInvalidUscc,
  arbInvalidVisit,
  arbIssue,
  arbIssueCommand,
  arbLadder,
  arbPairing,
  arbScoringScheme,
  arbTally,
  arbUscc,
  arbVisit,
} from '../../src/testing/index.js';
import { deriveArbitrary } from './derive.js';

const basic = new Map<unknown, fc.Arbitrary<unknown>>([
  [UsccSchema, arbUscc()],
  [InstantSchema, arbInstant()],
  [CalendarDateSchema, arbCalendarDate()],
]);

/** A capacity rule whose minimum is at most its maximum. */
const arbCapacityRule = deriveArbitrary(CapacityRuleSchema, basic).map((r) => {
  const { minEnterprises: min, maxEnterprises: max } = r as { minEnterprises?: number; maxEnterprises: number | null };
  return max === null || min === undefined || min <= max ? r : { ...(r as object), minEnterprises: max, maxEnterprises: min };
});

/** One year of a notice: the published days of a year of `chinaCalendar`. */
const arbNotice = fc.integer({ min: chinaCalendar.firstYear, max: (chinaCalendar.provisionalFrom ?? chinaCalendar.lastYear + 1) - 1 }).map((year) => {
  const inYear = (date: string): boolean => Number(date.slice(0, 4)) === year;
  return {
    year,
    holidays: chinaCalendar.holidays.filter((h) => inYear(h.from) && inYear(h.to)),
    adjustedWorkingDays: chinaCalendar.adjustedWorkingDays.filter((w) => inYear(w.date)),
  };
});

/**
 * The arbitraries of schemas used inside others, which the derived arbitrary should not derive
 * (it draws them wherever the schema stands, the schema itself included).
 */
export const knownArbitraries: ReadonlyMap<unknown, fc.Arbitrary<unknown>> = new Map<unknown, fc.Arbitrary<unknown>>([
  ...basic,
  [CapacityRuleSchema, arbCapacityRule],
  [HolidayNoticeSchema, arbNotice],
]);

/** Covered years of a calendar cut out of `chinaCalendar`: its days within them, none derived before its provisional years. */
const arbCalendarCut = fc.integer({ min: 0, max: 40 }).chain((offset) =>
  fc.integer({ min: 0, max: 2 }).map((span) => {
    const firstYear = chinaCalendar.firstYear + offset;
    const lastYear = Math.min(firstYear + span, chinaCalendar.lastYear);
    const within = (date: string): boolean => Number(date.slice(0, 4)) >= firstYear && Number(date.slice(0, 4)) <= lastYear;
    const from = chinaCalendar.provisionalFrom;
    return JSON.parse(
      JSON.stringify({
        ...chinaCalendar,
        firstYear,
        lastYear,
        holidays: chinaCalendar.holidays.filter((h) => within(h.from) && within(h.to)),
        adjustedWorkingDays: chinaCalendar.adjustedWorkingDays.filter((w) => within(w.date)),
        closures: [],
        provisionalFrom: from !== null && from <= lastYear ? Math.max(from, firstYear) : null,
      }),
    ) as unknown;
  }),
);

/** The registered arbitraries: of valid values (mixed with the derived one) and of invalid ones. */
export const sampleArbitraries: Readonly<Record<string, { readonly valid?: fc.Arbitrary<unknown>; readonly invalid?: fc.Arbitrary<unknown> }>> = {
  Uscc: { valid: arbUscc(), invalid: arbInvalidUscc() },
  CalendarDate: { valid: arbCalendarDate(), invalid: arbInvalidCalendarDate() },
  Instant: { valid: arbInstant() },
  Enterprise: { valid: arbEnterprise(), invalid: arbInvalidEnterprise() },
  Adviser: { valid: arbAdviser(), invalid: arbInvalidAdviser() },
  Pairing: { valid: arbPairing(), invalid: arbInvalidPairing() },
  Visit: { valid: arbVisit(), invalid: arbInvalidVisit() },
  Issue: { valid: arbIssue() },
  IssueCommand: { valid: arbIssueCommand(), invalid: arbInvalidIssueCommand() },
  EscalationLadder: { valid: arbLadder(), invalid: arbInvalidLadder() },
  ScoringScheme: { valid: arbScoringScheme(), invalid: arbInvalidScoringScheme() },
  Tally: { valid: arbTally(), invalid: arbInvalidTally() },
  WorkCalendar: { valid: arbCalendarCut },
};
