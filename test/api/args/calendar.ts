/** The no-throw registry of `qinqing/calendar`. */
import { readFileSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import type * as calendarBarrel from '../../../src/calendar/index.js';
import { chinaHolidayLaws, deriveStatutoryDays, holidayLaw2024, unwrap, type CalendarAdditions } from '../everything.js';
import { anyText } from '../hostile.js';
import type { ArgsOf } from '../registry.js';
import { calendar, date, instant, locale, notice2027 } from '../valid.js';

const notices = ['2015', '2020', '2024-web-copy', '2026'].map((y) => readFileSync(new URL(`../../calendar/notices/${y}.txt`, import.meta.url), 'utf8'));
const law = fc.constantFrom(...chinaHolidayLaws);
const year = fc.integer({ min: 1999, max: 2101 });
const derivedDay = fc.constantFrom(...unwrap(deriveStatutoryDays(2027)).days, ...unwrap(deriveStatutoryDays(2031)).days);
const additions: fc.Arbitrary<CalendarAdditions> = fc.record(
  {
    notices: fc.constant([notice2027]),
    holidays: fc.constant([{ festival: 'newYear' as const, from: '2027-01-01', to: '2027-01-01' }]),
    adjustedWorkingDays: fc.constant([{ festival: 'springFestival' as const, date: '2027-02-06' }]),
    closures: fc.constant([{ from: '2026-06-02', to: '2026-06-03', reason: { zh: '汛期', en: 'Floods' } }]),
    firstYear: fc.constant(2026),
    lastYear: fc.integer({ min: 2026, max: 2102 }),
    provisionalThrough: fc.integer({ min: 2026, max: 2110 }),
    weekendsOnly: fc.constant(true as const),
    allowMissingStatutoryDays: fc.constant(true as const),
  },
  { requiredKeys: [] },
);

export const calendarArgs = {
  isWorkingDay: fc.tuple(date, calendar),
  addWorkingDays: fc.tuple(date, fc.integer({ min: -40, max: 40 }), calendar),
  nextWorkingDay: fc.tuple(date, calendar),
  workingDaysBetween: fc.tuple(date, date, calendar),
  deadlineAfter: fc.tuple(date, fc.integer({ min: 0, max: 40 }), calendar),
  localDateOf: fc.oneof(fc.tuple(instant), fc.tuple(instant, fc.integer({ min: -840, max: 840 }))),
  calendarCoverage: fc.tuple(calendar),
  publishedYearsOnly: fc.tuple(calendar),
  extendCalendar: fc.tuple(calendar, additions),
  holidayLawInForce: fc.oneof(fc.tuple(year), fc.tuple(year, fc.subarray([...chinaHolidayLaws]))),
  deriveStatutoryDays: fc.oneof(fc.tuple(year), fc.tuple(year, law)),
  explainDerivedDay: fc.oneof(fc.tuple(derivedDay, locale), fc.tuple(derivedDay, locale, fc.constant(holidayLaw2024))),
  parseHolidayNotice: fc.tuple(anyText(fc.constantFrom(...notices)), fc.integer({ min: 2014, max: 2027 })),
  explainDay: fc.tuple(date, calendar, locale),
} satisfies ArgsOf<typeof calendarBarrel>;
