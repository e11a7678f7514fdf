import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { deriveStatutoryDays, type DerivedYear } from '../../src/calendar/derive.js';
import { chinaHolidayLaws, holidayLaw2024, holidayLawInForce, HolidayLawSchema, type HolidayLaw } from '../../src/calendar/law.js';
import { lunarFestivalDates } from '../../src/calendar/lunar.js';
import { Festival } from '../../src/calendar/schema.js';
import { fromDayNumber, isoWeekday, toDayNumber } from '../../src/internal/days.js';

const derived = (year: number, law?: HolidayLaw): DerivedYear => {
  const r = deriveStatutoryDays(year, law);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const provisionalYear = fc.integer({ min: 2027, max: 2100 });
const tableYear = fc.integer({ min: 2004, max: 2100 });
const weekend = (date: string): boolean => isoWeekday(toDayNumber(date)) >= 6;

/** The 2024 revision's days in a year, computed here straight from the lunar table: festival@date. */
function law2024Days(year: number): string[] {
  const l = lunarFestivalDates(year);
  if (l === undefined) throw new Error(String(year));
  const lny = toDayNumber(l.lunarNewYear);
  return [
    `newYear@${year}-01-01`,
    ...[-1, 0, 1, 2].map((k) => `springFestival@${fromDayNumber(lny + k)}`),
    `qingming@${l.qingming}`,
    `labourDay@${year}-05-01`,
    `labourDay@${year}-05-02`,
    `dragonBoat@${l.dragonBoat}`,
    `midAutumn@${l.midAutumn}`,
    ...['01', '02', '03'].map((d) => `nationalDay@${year}-10-${d}`),
  ].sort();
}

/** The statutory entitlements a year owes a make-up day: every weekend one, and on a weekday every one but the first of its date. */
function owedMakeUps(y: DerivedYear): number {
  const perDate = new Map<string, number>();
  for (const d of y.days) if (d.kind === 'statutory') perDate.set(d.date, (perDate.get(d.date) ?? 0) + 1);
  let owed = 0;
  for (const [date, k] of perDate) owed += weekend(date) ? k : k - 1;
  return owed;
}

/** The invariants of make-up days that hold for any law and year. */
function checkMakeUps(y: DerivedYear): void {
  const statutory = y.days.filter((d) => d.kind === 'statutory');
  const makeUps = y.days.filter((d) => d.kind === 'makeUp');
  const statutoryDates = new Set(statutory.map((d) => d.date));
  for (const m of makeUps) {
    expect(isoWeekday(toDayNumber(m.date))).toBeLessThanOrEqual(5);
    expect(statutoryDates.has(m.date)).toBe(false);
    expect(statutory.some((s) => s.festival === m.festival && s.date === m.makesUpFor)).toBe(true);
    expect(m.makesUpFor !== null && m.date > m.makesUpFor).toBe(true);
  }
  expect(new Set(makeUps.map((m) => m.date)).size).toBe(makeUps.length);
  expect(makeUps.length).toBe(owedMakeUps(y));
  // No working day is skipped: every Monday–Friday from a festival's last statutory day to its last
  // make-up day is off.
  const off = new Set(y.days.map((d) => toDayNumber(d.date)));
  for (const f of new Set(makeUps.map((m) => m.festival))) {
    const last = Math.max(...statutory.filter((s) => s.festival === f).map((s) => toDayNumber(s.date)));
    const lastMakeUp = Math.max(...makeUps.filter((m) => m.festival === f).map((m) => toDayNumber(m.date)));
    for (let d = last + 1; d < lastMakeUp; d++) if (isoWeekday(d) <= 5) expect(off.has(d)).toBe(true);
  }
}

const ruleArb = fc.oneof(
  fc.record({ kind: fc.constant('solar' as const), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
  fc.oneof(
    fc.integer({ min: 1, max: 29 }).map((day) => ({ kind: 'lunar' as const, month: 1, day })),
    fc.constantFrom({ kind: 'lunar' as const, month: 5, day: 5 }, { kind: 'lunar' as const, month: 8, day: 15 }),
  ),
  fc.constant({ kind: 'lunarNewYearsEve' as const }),
  fc.constant({ kind: 'solarTerm' as const, term: 'qingming' as const }),
);
/** Any law the schema accepts. */
const lawArb: fc.Arbitrary<HolidayLaw> = fc
  .uniqueArray(
    fc.record({ festival: fc.constantFrom(...Festival.schema.options), days: fc.uniqueArray(ruleArb, { minLength: 1, maxLength: 5, selector: (r) => JSON.stringify(r) }) }),
    { minLength: 1, maxLength: 8, selector: (f) => f.festival },
  )
  .map((festivals) => HolidayLawSchema.parse({ id: 'test', name: { zh: '测试', en: 'Test' }, effectiveFrom: 2004, festivals }));

describe('deriving a provisional year (《全国年节及纪念日放假办法》2024 art. 2/6)', () => {
  test.prop([provisionalYear])('the derived statutory days of 2027–2100 are exactly the 2024 revision’s days', (year) => {
    const y = derived(year);
    expect(y.lawId).toBe(holidayLaw2024.id);
    expect(y.days.filter((d) => d.kind === 'statutory').map((d) => `${d.festival}@${d.date}`).sort()).toEqual(law2024Days(year));
  });

  test.prop([provisionalYear])(
    'every make-up day is a Monday–Friday of the year, neither a statutory day nor another make-up day, after the statutory day it makes up for',
    (year) => {
      const y = derived(year);
      checkMakeUps(y);
      for (const d of y.days) expect(d.date.slice(0, 4)).toBe(String(year));
    },
  );

  test.prop([provisionalYear])('there are as many make-up days as statutory entitlements on a weekend or on a day another festival already takes', (year) => {
    const y = derived(year);
    expect(y.days.filter((d) => d.kind === 'makeUp').length).toBe(owedMakeUps(y));
  });

  test.prop([tableYear])('the days are sorted by date and the result is deterministic plain data', (year) => {
    const a = derived(year);
    expect(derived(year)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    const dates = a.days.map((d) => d.date);
    expect([...dates].sort()).toEqual(dates);
  });

  test.prop([tableYear, fc.constantFrom(...chinaHolidayLaws)])('the make-up invariants hold for every built-in version in every year of the table', (year, law) => {
    checkMakeUps(derived(year, law));
  });

  test.prop([tableYear, lawArb])('the make-up invariants hold for any law the schema accepts, and its statutory days are one per rule', (year, law) => {
    const y = derived(year, law);
    checkMakeUps(y);
    expect(y.days.filter((d) => d.kind === 'statutory').length).toBe(law.festivals.reduce((n, f) => n + f.days.length, 0));
  });

  test.prop([tableYear])('the law in force is the default', (year) => {
    expect(derived(year)).toEqual(derived(year, holidayLawInForce(year)));
  });
});
