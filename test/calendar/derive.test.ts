import { describe, expect, it } from 'vitest';
import { safeParse } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/china.js';
import { deriveStatutoryDays, explainDerivedDay as explainDerivedDayResult, type DerivedDay, type DerivedYear } from '../../src/calendar/derive.js';
import { unwrap } from '../../src/core/result.js';
import {
  chinaHolidayLaws,
  holidayLaw1999,
  holidayLaw2007,
  holidayLaw2013,
  holidayLaw2024,
  holidayLawInForce,
  HolidayLawSchema,
  type HolidayLaw,
} from '../../src/calendar/law.js';
import { isWorkingDay } from '../../src/calendar/working-days.js';

const derived = (year: number, law?: HolidayLaw): DerivedYear => {
  const r = deriveStatutoryDays(year, law);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const dates = (days: readonly DerivedDay[], kind: DerivedDay['kind']): string[] => days.filter((d) => d.kind === kind).map((d) => d.date);
const isOffInPublished = (date: string): boolean => {
  const r = isWorkingDay(date, chinaCalendar);
  if (!r.ok) throw new Error(r.error.message);
  return !r.value;
};
const withFestivals = (festivals: unknown) => ({ ...holidayLaw2024, festivals });

describe('the law versions as data (DOMAIN.md §10: 《全国年节及纪念日放假办法》, revised 1999, 2007, 2013 and 2024)', () => {
  it('2024 art. 2: New Year 1, Spring Festival 除夕 and 正月初一–初三, Qingming 1, Labour Day 1–2 May, Dragon Boat 1, Mid-Autumn 1, National Day 1–3 October', () => {
    expect(holidayLaw2024.effectiveFrom).toBe(2025);
    expect(holidayLaw2024.name.zh).toBe('《全国年节及纪念日放假办法》（2024年修订）');
    expect(holidayLaw2024.festivals).toEqual([
      { festival: 'newYear', days: [{ kind: 'solar', month: 1, day: 1 }] },
      {
        festival: 'springFestival',
        days: [{ kind: 'lunarNewYearsEve' }, { kind: 'lunar', month: 1, day: 1 }, { kind: 'lunar', month: 1, day: 2 }, { kind: 'lunar', month: 1, day: 3 }],
      },
      { festival: 'qingming', days: [{ kind: 'solarTerm', term: 'qingming' }] },
      { festival: 'labourDay', days: [{ kind: 'solar', month: 5, day: 1 }, { kind: 'solar', month: 5, day: 2 }] },
      { festival: 'dragonBoat', days: [{ kind: 'lunar', month: 5, day: 5 }] },
      { festival: 'midAutumn', days: [{ kind: 'lunar', month: 8, day: 15 }] },
      { festival: 'nationalDay', days: [1, 2, 3].map((day) => ({ kind: 'solar', month: 10, day })) },
    ]);
  });

  it('1999 art. 2 (2000–2007): New Year 1, Spring Festival 正月初一–初三, Labour Day 1–3 May, National Day 1–3 October; no Qingming, Dragon Boat or Mid-Autumn', () => {
    expect(holidayLaw1999.effectiveFrom).toBe(2000);
    expect(holidayLaw1999.festivals.map((f) => [f.festival, f.days.length])).toEqual([
      ['newYear', 1],
      ['springFestival', 3],
      ['labourDay', 3],
      ['nationalDay', 3],
    ]);
    expect(holidayLaw1999.festivals[1]?.days).toEqual([1, 2, 3].map((day) => ({ kind: 'lunar', month: 1, day })));
  });

  it('2007 art. 2 (2008–2013): Spring Festival 除夕、正月初一、初二; Labour Day 1 May only; Qingming, Dragon Boat and Mid-Autumn added', () => {
    expect(holidayLaw2007.effectiveFrom).toBe(2008);
    expect(holidayLaw2007.festivals.map((f) => f.festival)).toEqual(['newYear', 'springFestival', 'qingming', 'labourDay', 'dragonBoat', 'midAutumn', 'nationalDay']);
    expect(holidayLaw2007.festivals[1]?.days).toEqual([{ kind: 'lunarNewYearsEve' }, { kind: 'lunar', month: 1, day: 1 }, { kind: 'lunar', month: 1, day: 2 }]);
    expect(holidayLaw2007.festivals[3]?.days).toEqual([{ kind: 'solar', month: 5, day: 1 }]);
  });

  it('2013 art. 2 (2014–2024): as 2007, but the Spring Festival days are 正月初一–初三 (New Year’s Eve no longer)', () => {
    expect(holidayLaw2013.effectiveFrom).toBe(2014);
    expect(holidayLaw2013.festivals[1]?.days).toEqual([1, 2, 3].map((day) => ({ kind: 'lunar', month: 1, day })));
    expect(holidayLaw2013.festivals.filter((f) => f.festival !== 'springFestival')).toEqual(holidayLaw2007.festivals.filter((f) => f.festival !== 'springFestival'));
  });

  it('names each version and its decree, is deep-frozen, and survives JSON', () => {
    expect(chinaHolidayLaws).toEqual([holidayLaw1999, holidayLaw2007, holidayLaw2013, holidayLaw2024]);
    expect(chinaHolidayLaws.map((l) => l.source?.zh.slice(0, 9))).toEqual(['国务院令第270号', '国务院令第513号', '国务院令第644号', '国务院令第795号']);
    expect(new Set(chinaHolidayLaws.map((l) => l.id)).size).toBe(4);
    expect(Object.isFrozen(chinaHolidayLaws)).toBe(true);
    expect(Object.isFrozen(holidayLaw2024.festivals[1]?.days[0])).toBe(true);
    for (const law of chinaHolidayLaws) expect(safeParse(HolidayLawSchema, JSON.parse(JSON.stringify(law)))).toEqual({ ok: true, value: law });
  });

  it('holidayLawInForce picks the version with the latest effectiveFrom not after the year', () => {
    const idOf = (year: number) => holidayLawInForce(year)?.id;
    expect([1999, 2000, 2007, 2008, 2013, 2014, 2024, 2025, 2100].map(idOf)).toEqual([
      undefined,
      'cn-holidays-1999',
      'cn-holidays-1999',
      'cn-holidays-2007',
      'cn-holidays-2007',
      'cn-holidays-2013',
      'cn-holidays-2013',
      'cn-holidays-2024',
      'cn-holidays-2024',
    ]);
    expect(holidayLawInForce(2020, [holidayLaw2024, holidayLaw2013, holidayLaw1999])?.id).toBe('cn-holidays-2013');
    expect(holidayLawInForce(2020, [])).toBeUndefined();
    expect(holidayLawInForce(2025.5)).toBeUndefined();
  });
});

describe('what the shipped tables can compute (Part 7: lunar dates from the shipped table)', () => {
  it('refuses a lunar day the table cannot compute (lunar 3/3) with a bilingual INVALID_ARGUMENT at its path', () => {
    const r = safeParse(HolidayLawSchema, withFestivals([{ festival: 'qingming', days: [{ kind: 'lunar', month: 3, day: 3 }] }]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['festivals', 0, 'days', 0, 'day'], value: 3 });
    expect(r.error.message).toContain('lunar month 3 day 3');
    expect(r.error.messageZh).toContain('农历3月3日');
  });

  it('accepts 正月初一 to 廿九, 五月初五 and 八月十五, and nothing else lunar', () => {
    const ok = (month: number, day: number) => HolidayLawSchema.safeParse(withFestivals([{ festival: 'springFestival', days: [{ kind: 'lunar', month, day }] }])).success;
    expect([ok(1, 1), ok(1, 15), ok(1, 29), ok(5, 5), ok(8, 15)]).toEqual([true, true, true, true, true]);
    expect([ok(1, 30), ok(5, 4), ok(8, 16), ok(12, 30), ok(3, 3)]).toEqual([false, false, false, false, false]);
  });

  it('refuses a Gregorian day some years lack (29 February) or none has (31 April)', () => {
    for (const [month, day] of [[2, 29], [4, 31], [2, 30]] as const) {
      const r = safeParse(HolidayLawSchema, withFestivals([{ festival: 'newYear', days: [{ kind: 'solar', month, day }] }]));
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['festivals', 0, 'days', 0, 'day'] } });
    }
    expect(safeParse(HolidayLawSchema, withFestivals([{ festival: 'newYear', days: [{ kind: 'solar', month: 2, day: 28 }] }])).ok).toBe(true);
  });

  it('knows only the Qingming solar term', () => {
    const r = safeParse(HolidayLawSchema, withFestivals([{ festival: 'qingming', days: [{ kind: 'solarTerm', term: 'dongzhi' }] }]));
    expect(r).toMatchObject({ ok: false, error: { path: ['festivals', 0, 'days', 0, 'term'] } });
  });

  it('refuses a festival listed twice and a rule listed twice within a festival (DUPLICATE_ID)', () => {
    const twice = safeParse(HolidayLawSchema, withFestivals([holidayLaw2024.festivals[0], holidayLaw2024.festivals[0]]));
    expect(twice).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['festivals', 1, 'festival'] } });
    const rule = safeParse(HolidayLawSchema, withFestivals([{ festival: 'labourDay', days: [{ kind: 'solar', month: 5, day: 1 }, { kind: 'solar', month: 5, day: 1 }] }]));
    expect(rule).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['festivals', 0, 'days', 1] } });
  });
});

describe('deriveStatutoryDays: errors name the input', () => {
  it('a year that is not an integer is INVALID_ARGUMENT', () => {
    expect(deriveStatutoryDays(2027.5)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['year'], value: 2027.5 } });
    expect(deriveStatutoryDays(Number.NaN)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('a year outside the lunar table (2004–2100) is CALENDAR_YEAR_NOT_COVERED, in both languages', () => {
    for (const year of [2003, 2101]) {
      const r = deriveStatutoryDays(year);
      expect(r).toMatchObject({ ok: false, error: { code: 'CALENDAR_YEAR_NOT_COVERED', path: ['year'], value: year } });
      if (!r.ok) expect([r.error.message.includes(String(year)), r.error.messageZh.includes(String(year))]).toEqual([true, true]);
    }
  });

  it('a year no built-in law governs is INVALID_ARGUMENT', () => {
    const r = deriveStatutoryDays(1999);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', value: 1999 } });
    if (!r.ok) expect(r.error.messageZh).toContain('1999');
  });
});

describe('deriveStatutoryDays (《全国年节及纪念日放假办法》2024 art. 2/6)', () => {
  it('2027, the worked example: lunar new year on Saturday 6 February; 除夕 (Fri) and 初一–初三 statutory, the weekend two made up on Tue 9 and Wed 10 February', () => {
    const y = derived(2027);
    expect(y.lawId).toBe('cn-holidays-2024');
    expect(y.days.filter((d) => d.festival === 'springFestival')).toEqual([
      { date: '2027-02-05', festival: 'springFestival', kind: 'statutory', makesUpFor: null },
      { date: '2027-02-06', festival: 'springFestival', kind: 'statutory', makesUpFor: null },
      { date: '2027-02-07', festival: 'springFestival', kind: 'statutory', makesUpFor: null },
      { date: '2027-02-08', festival: 'springFestival', kind: 'statutory', makesUpFor: null },
      { date: '2027-02-09', festival: 'springFestival', kind: 'makeUp', makesUpFor: '2027-02-06' },
      { date: '2027-02-10', festival: 'springFestival', kind: 'makeUp', makesUpFor: '2027-02-07' },
    ]);
    expect(dates(y.days, 'statutory')).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    // Labour Day 1–2 May is a weekend (Mon 3, Tue 4 May); so are 2–3 October (Mon 4, Tue 5 October).
    expect(dates(y.days, 'makeUp')).toEqual(['2027-02-09', '2027-02-10', '2027-05-03', '2027-05-04', '2027-10-04', '2027-10-05']);
  });

  it('art. 6: a weekday statutory day earns no make-up day (2019: every statutory day a weekday); a weekend one does (2025: Dragon Boat on Saturday 31 May, made up on Monday 2 June)', () => {
    expect(dates(derived(2019).days, 'makeUp')).toEqual([]);
    expect(derived(2025).days.filter((d) => d.kind === 'makeUp')).toEqual([{ date: '2025-06-02', festival: 'dragonBoat', kind: 'makeUp', makesUpFor: '2025-05-31' }]);
  });

  it('Part 7 (the published notices): Mid-Autumn on 1 October 2020 is made up too — 1 and 3 October give Mon 5 and Tue 6 October', () => {
    const y = derived(2020);
    expect(y.days.filter((d) => d.date.startsWith('2020-10'))).toEqual([
      { date: '2020-10-01', festival: 'midAutumn', kind: 'statutory', makesUpFor: null },
      { date: '2020-10-01', festival: 'nationalDay', kind: 'statutory', makesUpFor: null },
      { date: '2020-10-02', festival: 'nationalDay', kind: 'statutory', makesUpFor: null },
      { date: '2020-10-03', festival: 'nationalDay', kind: 'statutory', makesUpFor: null },
      { date: '2020-10-05', festival: 'nationalDay', kind: 'makeUp', makesUpFor: '2020-10-01' },
      { date: '2020-10-06', festival: 'nationalDay', kind: 'makeUp', makesUpFor: '2020-10-03' },
    ]);
  });

  it('Part 7: Mid-Autumn on Saturday 3 October 2009, a National Day too, earns a make-up day for each festival', () => {
    const y = derived(2009);
    expect(y.lawId).toBe('cn-holidays-2007');
    expect(y.days.filter((d) => d.kind === 'makeUp' && d.date.startsWith('2009-10'))).toEqual([
      { date: '2009-10-05', festival: 'nationalDay', kind: 'makeUp', makesUpFor: '2009-10-03' },
      { date: '2009-10-06', festival: 'midAutumn', kind: 'makeUp', makesUpFor: '2009-10-03' },
    ]);
  });

  it('qinqing’s placement: the first Monday–Friday after the festival that is not already off (2017: Sunday 1 October made up on Thursday 5, after Mid-Autumn on Wednesday 4)', () => {
    const y = derived(2017);
    expect(y.days.filter((d) => d.date >= '2017-10-01' && d.date <= '2017-10-31')).toEqual([
      { date: '2017-10-01', festival: 'nationalDay', kind: 'statutory', makesUpFor: null },
      { date: '2017-10-02', festival: 'nationalDay', kind: 'statutory', makesUpFor: null },
      { date: '2017-10-03', festival: 'nationalDay', kind: 'statutory', makesUpFor: null },
      { date: '2017-10-04', festival: 'midAutumn', kind: 'statutory', makesUpFor: null },
      { date: '2017-10-05', festival: 'nationalDay', kind: 'makeUp', makesUpFor: '2017-10-01' },
    ]);
  });

  it('applies a law given whatever its effectiveFrom (2020 under the 2024 revision: 除夕 too)', () => {
    const y = derived(2020, holidayLaw2024);
    expect(y.lawId).toBe('cn-holidays-2024');
    expect(y.days.filter((d) => d.festival === 'springFestival' && d.kind === 'statutory').map((d) => d.date)).toEqual(['2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27']);
  });

  it('returns plain data that survives JSON', () => {
    const y = derived(2030);
    expect(JSON.parse(JSON.stringify(y))).toEqual(y);
  });
});

describe('the check against every published year 2004–2026 (DOMAIN.md §10, Part 7: the State Council notices)', () => {
  const years = Array.from({ length: 23 }, (_, i) => 2004 + i);
  const lawOf = (year: number) => (year <= 2007 ? 'cn-holidays-1999' : year <= 2013 ? 'cn-holidays-2007' : year <= 2024 ? 'cn-holidays-2013' : 'cn-holidays-2024');

  it('the built-in calendar is published for exactly these years', () => {
    expect([chinaCalendar.firstYear, chinaCalendar.provisionalFrom ?? chinaCalendar.lastYear + 1]).toEqual([2004, 2027]);
  });

  it('every derived statutory day, under the law in force that year, is a day off in the published calendar', () => {
    for (const year of years) {
      const y = derived(year);
      expect(y.lawId, String(year)).toBe(lawOf(year));
      const notOff = dates(y.days, 'statutory').filter((d) => !isOffInPublished(d));
      expect(notOff, String(year)).toEqual([]);
    }
  });

  it('2014: New Year’s Eve (30 January) was worked — the 2013 revision dropped it, the 2007 one would not have', () => {
    expect(isOffInPublished('2014-01-30')).toBe(false);
    expect(dates(derived(2014, holidayLaw2007).days, 'statutory')).toContain('2014-01-30');
    expect(dates(derived(2014).days, 'statutory')).not.toContain('2014-01-30');
  });

  it('74 of the 76 derived make-up days are days off in the notices (1999 law 13/13, 2007 law 20/21, 2013 law 37/38, 2024 law 4/4)', () => {
    const perYear: Record<number, [number, number]> = {};
    const misses: string[] = [];
    for (const year of years) {
      const made = dates(derived(year).days, 'makeUp');
      const matched = made.filter(isOffInPublished);
      perYear[year] = [matched.length, made.length];
      misses.push(...made.filter((d) => !isOffInPublished(d)));
    }
    expect(perYear).toEqual({
      2004: [5, 5], 2005: [4, 4], 2006: [3, 3], 2007: [1, 1],
      2008: [2, 2], 2009: [4, 4], 2010: [5, 5], 2011: [4, 4], 2012: [3, 4], 2013: [2, 2],
      2014: [3, 3], 2015: [4, 5], 2016: [3, 3], 2017: [4, 4], 2018: [2, 2], 2019: [0, 0], 2020: [5, 5], 2021: [6, 6], 2022: [5, 5], 2023: [3, 3], 2024: [2, 2],
      2025: [1, 1], 2026: [3, 3],
    });
    const total = Object.values(perYear).reduce(([m, n], [a, b]) => [m + a, n + b], [0, 0]);
    expect(total).toEqual([74, 76]);
    // Dragon Boat on Saturday 23 June 2012 was made up on Friday 22 June; Mid-Autumn on Sunday 27
    // September 2015 was made up inside the National Day break.
    expect(misses).toEqual(['2012-06-25', '2015-09-28']);
  });
});

describe('explainDerivedDay (《全国年节及纪念日放假办法》2024 art. 2/6, in both languages)', () => {
  const y2027 = derived(2027).days;
  const explainDerivedDay = (...args: Parameters<typeof explainDerivedDayResult>): string => unwrap(explainDerivedDayResult(...args));
  const at = (days: readonly DerivedDay[], date: string, kind: DerivedDay['kind'], festival?: string): DerivedDay => {
    const d = days.find((x) => x.date === date && x.kind === kind && (festival === undefined || x.festival === festival));
    if (d === undefined) throw new Error(date);
    return d;
  };

  it('a make-up day for a weekend day cites Article 6 and says derived, provisional', () => {
    const d = at(y2027, '2027-02-09', 'makeUp');
    expect(explainDerivedDay(d, 'zh-CN')).toBe('2027-02-09 补假：春节 2027-02-06（星期六）适逢周末，依《全国年节及纪念日放假办法》（2024年修订）第六条补假（推算，暂定）');
    expect(explainDerivedDay(d, 'en')).toBe(
      '2027-02-09 make-up day: Spring Festival 2027-02-06 (Saturday) falls on a weekend; made up on a working day under Article 6 of Measures on National Holidays and Commemoration Days (2024 revision) (derived, provisional)',
    );
  });

  it('a statutory day cites Article 2 and the rule that gives it', () => {
    const d = at(y2027, '2027-02-05', 'statutory');
    expect(explainDerivedDay(d, 'zh-CN')).toBe('2027-02-05（星期五）春节法定假日（农历除夕），依《全国年节及纪念日放假办法》（2024年修订）第二条（推算，暂定）');
    expect(explainDerivedDay(at(y2027, '2027-02-06', 'statutory'), 'zh-CN')).toContain('农历正月初一');
    expect(explainDerivedDay(at(y2027, '2027-06-09', 'statutory'), 'zh-CN')).toContain('农历五月初五');
    expect(explainDerivedDay(at(y2027, '2027-09-15', 'statutory'), 'en')).toContain('lunar month 8, day 15');
    expect(explainDerivedDay(at(y2027, '2027-04-05', 'statutory'), 'en')).toContain('Qingming solar term');
    expect(explainDerivedDay(at(y2027, '2027-10-01', 'statutory'), 'en')).toBe(
      '2027-10-01 (Friday): National Day statutory day (1 October) under Article 2 of Measures on National Holidays and Commemoration Days (2024 revision) (derived, provisional)',
    );
  });

  it('a make-up day for a day another festival takes names that festival (2020: National Day and Mid-Autumn on 1 October)', () => {
    const d = at(derived(2020).days, '2020-10-05', 'makeUp');
    expect(explainDerivedDay(d, 'zh-CN')).toBe('2020-10-05 补假：国庆节 2020-10-01（星期四）与中秋节同日，比照历年国务院通知补假（推算，暂定）');
    expect(explainDerivedDay(d, 'en')).toContain('is also the Mid-Autumn Festival');
  });

  it('names the law given, and the law in general when none governs the year', () => {
    const d = at(derived(2020, holidayLaw2024).days, '2020-01-24', 'statutory');
    expect(explainDerivedDay(d, 'zh-CN', holidayLaw2024)).toContain('（2024年修订）');
    expect(explainDerivedDay(d, 'zh-CN')).toContain('（2013年修订）');
    const old: DerivedDay = { date: '1998-10-05', festival: 'nationalDay', kind: 'makeUp', makesUpFor: '1998-10-03' };
    expect(explainDerivedDay(old, 'zh-CN')).toBe('1998-10-05 补假：国庆节 1998-10-03（星期六）适逢周末，依《全国年节及纪念日放假办法》第六条补假（推算，暂定）');
    const shared: DerivedDay = { date: '1998-10-05', festival: 'nationalDay', kind: 'makeUp', makesUpFor: '1998-10-02' };
    expect(explainDerivedDay(shared, 'en')).toContain("is also another festival's day");
  });
});

describe('deriveStatutoryDays never throws', () => {
  it('a law that bypassed HolidayLawSchema with a day the lunar table cannot place is INVALID_ARGUMENT, not a RangeError', () => {
    const unchecked = { ...holidayLaw2024, festivals: [{ festival: 'qingming' as const, days: [{ kind: 'lunar' as const, month: 3, day: 3 }] }] };
    expect(deriveStatutoryDays(2027, unchecked)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['law', 'festivals', 0, 'days', 0, 'day'] } });
  });
});
