import { describe, expect, it } from 'vitest';
import { lunarFestivalDates, lunarTableYears } from '../../src/calendar/lunar.js';
import { daysFromCivil } from '../../src/internal/days.js';
import { lunarTableRows } from '../../scripts/lunar-rows.js';

describe('the shipped lunar table (Part 7: lunar festival dates from a well-kept lunar calendar library)', () => {
  it('equals what lunar-javascript computes for every year it holds', () => {
    const rows = lunarTableRows(lunarTableYears.first, lunarTableYears.last);
    rows.forEach(([lny, qm, db, ma], k) => {
      const year = lunarTableYears.first + k;
      const jan1 = daysFromCivil(year, 1, 1);
      const dates = lunarFestivalDates(year);
      const day = (d: string | undefined) => daysFromCivil(Number(d?.slice(0, 4)), Number(d?.slice(5, 7)), Number(d?.slice(8, 10))) - jan1;
      expect([day(dates?.lunarNewYear), day(dates?.qingming), day(dates?.dragonBoat), day(dates?.midAutumn)], String(year)).toEqual([lny, qm, db, ma]);
    });
  });

  it('holds the dates the published notices name (2026: Spring Festival 17 Feb, Qingming 5 Apr, Dragon Boat 19 Jun, Mid-Autumn 25 Sep)', () => {
    expect(lunarFestivalDates(2026)).toEqual({ lunarNewYear: '2026-02-17', qingming: '2026-04-05', dragonBoat: '2026-06-19', midAutumn: '2026-09-25' });
    expect(lunarFestivalDates(2020)?.midAutumn).toBe('2020-10-01'); // the year Mid-Autumn fell on National Day
  });

  it('says nothing outside its years', () => {
    expect(lunarFestivalDates(lunarTableYears.first - 1)).toBeUndefined();
    expect(lunarFestivalDates(lunarTableYears.last + 1)).toBeUndefined();
    expect(lunarFestivalDates(2027.5)).toBeUndefined();
  });
});
