import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { civilFromDays, daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from '../../src/internal/days.js';

const dayNumber = fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2200, 12, 31) });

describe('day numbers', () => {
  test.prop([dayNumber])('fromDayNumber and toDayNumber are inverse', (z) => {
    expect(toDayNumber(fromDayNumber(z))).toBe(z);
  });

  test.prop([dayNumber])('day numbers agree with the proleptic Gregorian calendar in UTC', (z) => {
    const d = new Date(z * 86_400_000);
    expect(civilFromDays(z)).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
    expect(isoWeekday(z)).toBe(d.getUTCDay() === 0 ? 7 : d.getUTCDay());
  });

  test.prop([fc.oneof(fc.string({ maxLength: 12 }), dayNumber.map(fromDayNumber), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/))])(
    'toDayNumber accepts exactly the real dates in the form YYYY-MM-DD',
    (s) => {
      const t = Date.parse(`${s}T00:00:00Z`);
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
      expect(Number.isNaN(toDayNumber(s))).toBe(!valid);
    },
  );
});
