/**
 * parseHolidayNotice against the real texts of the State Council's annual notices
 * (国务院办公厅关于YYYY年部分节假日安排的通知), kept in test/calendar/notices/: each parsed notice must
 * give the same days off and adjusted working days as the built-in calendar (chinaCalendar) for its
 * year, except where a later notice changed the year (stated below, with its source).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../../src/calendar/notice.js';
import type { Festival, HolidayNotice } from '../../src/calendar/schema.js';
import { type DomainError, type ErrorCode } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { fromDayNumber, isoWeekday, toDayNumber } from '../../src/internal/days.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'notices');
const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8');

interface Fixture {
  readonly file: string;
  readonly year: number;
  readonly source: string;
}

const fixtures: readonly Fixture[] = [
  { file: '2026.txt', year: 2026, source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）' },
  { file: '2025.txt', year: 2025, source: '国办发明电〔2024〕12号（2024年11月12日）' },
  { file: '2024-web-copy.txt', year: 2024, source: '国办发明电〔2023〕7号（2023年10月25日）, pasted as a web copy' },
  { file: '2020.txt', year: 2020, source: '国办发明电〔2019〕16号（2019年11月21日）' },
  { file: '2019.txt', year: 2019, source: '国办发明电〔2018〕15号（2018年12月4日）' },
  { file: '2017.txt', year: 2017, source: '国办发明电〔2016〕17号（2016年12月1日）' },
  { file: '2016.txt', year: 2016, source: '国办发明电〔2015〕18号（2015年12月10日）' },
  { file: '2015.txt', year: 2015, source: '国办发明电〔2014〕28号（2014年12月16日）' },
];

/** Each day a notice or calendar lists, `YYYY-MM-DD` → festival. */
interface Days {
  readonly off: Map<string, Festival>;
  readonly work: Map<string, Festival>;
}

const first = (year: number): number => toDayNumber(`${year - 1}-12-01`);
const last = (year: number): number => toDayNumber(`${year}-12-31`);

/**
 * Whether a date lies from 1 December of the year before to 31 December of `year`: a notice names
 * December days of the year before only for its New Year break (2019), and none of the years
 * compared here has December days that belong to the next year's notice.
 */
function inWindow(date: string, year: number): boolean {
  const d = toDayNumber(date);
  return d >= first(year) && d <= last(year);
}

function daysOf(
  data: Pick<HolidayNotice, 'holidays' | 'adjustedWorkingDays'>,
  year: number,
  skip: (festival: Festival) => boolean = () => false,
): Days {
  const off = new Map<string, Festival>();
  const work = new Map<string, Festival>();
  for (const p of data.holidays) {
    if (skip(p.festival)) continue;
    for (let d = toDayNumber(p.from); d <= toDayNumber(p.to); d++) {
      const date = fromDayNumber(d);
      if (inWindow(date, year)) off.set(date, p.festival);
    }
  }
  for (const w of data.adjustedWorkingDays) if (!skip(w.festival) && inWindow(w.date, year)) work.set(w.date, w.festival);
  return { off, work };
}

/**
 * The days that are not worked (Saturdays and Sundays not 上班, and every day listed off), and the
 * adjusted working days: what a notice decides, day by day. (The built-in data sometimes lists the
 * weekend of a "与周末连休" holiday as days off — 2019 — and sometimes not — 2016, 2024; either way
 * those days are not worked.)
 */
function dayLevel(days: Days, year: number): { readonly notWorked: string[]; readonly worked: string[] } {
  const notWorked: string[] = [];
  for (let d = first(year); d <= last(year); d++) {
    const date = fromDayNumber(d);
    if (days.off.has(date) || (isoWeekday(d) >= 6 && !days.work.has(date))) notWorked.push(date);
  }
  return { notWorked, worked: [...days.work.keys()].sort() };
}

/** Festival by day, for the days both list off; and for the adjusted working days. */
function attribution(got: Days, want: Days): { readonly got: string[]; readonly want: string[] } {
  const both = [...got.off.keys()].filter((d) => want.off.has(d)).sort();
  const line = (m: ReadonlyMap<string, Festival>, d: string): string => `${d} ${m.get(d) ?? ''}`;
  return {
    got: [...both.map((d) => line(got.off, d)), ...[...got.work.keys()].sort().map((d) => `${line(got.work, d)} (上班)`)],
    want: [...both.map((d) => line(want.off, d)), ...[...want.work.keys()].sort().map((d) => `${line(want.work, d)} (上班)`)],
  };
}

/**
 * What the built-in calendar says the notice of `year` says: chinaCalendar for that year, with the
 * changes that later, separate notices made undone.
 */
function expected(year: number): Days {
  // The 2015 Victory Day holiday came in a separate notice (国务院关于中国人民抗日战争暨世界反法西斯
  // 战争胜利70周年纪念日调休放假的通知): not part of the annual notice.
  const days = daysOf(chinaCalendar, year, (f) => year === 2015 && f === 'victoryDay70');
  if (year === 2019) {
    // 国办发明电〔2019〕2号 (March 2019) turned Labour Day from 5月1日 into 5月1日至4日, with
    // 4月28日 and 5月5日 worked; the annual notice said only "5月1日放假".
    for (const d of ['2019-05-02', '2019-05-03', '2019-05-04']) days.off.delete(d);
    for (const d of ['2019-04-28', '2019-05-05']) days.work.delete(d);
  }
  if (year === 2020) {
    // 国办发明电〔2020〕1号 extended the Spring Festival to 2 February (COVID-19): the annual notice
    // ended it on 30 January and had 1 February (a Saturday) worked.
    for (const d of ['2020-01-31', '2020-02-01', '2020-02-02']) days.off.delete(d);
    days.work.set('2020-02-01', 'springFestival');
    // The built-in data gives the whole 2020 National Day and Mid-Autumn break to nationalDay; the
    // parser gives the Mid-Autumn day itself (1 October 2020) to midAutumn.
    days.off.set('2020-10-01', 'midAutumn');
  }
  return days;
}

function parsed(f: Fixture): HolidayNotice {
  const r = parseHolidayNotice(read(f.file), f.year);
  if (!r.ok) throw new Error(`${f.file}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

describe('Part 7: parseHolidayNotice reads the published notices as the built-in calendar has them', () => {
  it.each(fixtures)('$source: the same days off and adjusted working days ($file)', (f) => {
    const got = dayLevel(daysOf(parsed(f), f.year), f.year);
    const want = dayLevel(expected(f.year), f.year);
    expect(got.notWorked).toEqual(want.notWorked);
    expect(got.worked).toEqual(want.worked);
  });

  it.each(fixtures)('$source: each day belongs to the same festival ($file)', (f) => {
    const a = attribution(daysOf(parsed(f), f.year), expected(f.year));
    expect(a.got).toEqual(a.want);
  });

  it.each(fixtures)('$source: the notice is for its year and holds nothing else ($file)', (f) => {
    const n = parsed(f);
    expect(n.year).toBe(f.year);
    for (const p of n.holidays) {
      expect(inWindow(p.from, f.year) && inWindow(p.to, f.year)).toBe(true);
      expect(p).not.toHaveProperty('derived');
    }
  });

  it('国办发明电〔2018〕15号: the 2019 New Year break starts in December 2018, and 29 December 2018 is worked', () => {
    const n = parsed(fixtures.find((f) => f.year === 2019) as Fixture);
    expect(n.holidays[0]).toEqual({ festival: 'newYear', from: '2018-12-30', to: '2019-01-01' });
    expect(n.adjustedWorkingDays[0]).toEqual({ festival: 'newYear', date: '2018-12-29' });
  });

  it('国办发明电〔2016〕17号 and 〔2014〕28号: 放假 and the 补休 day after it form one period; days apart stay apart', () => {
    const n2017 = parsed(fixtures.find((f) => f.year === 2017) as Fixture);
    expect(n2017.holidays[0]).toEqual({ festival: 'newYear', from: '2017-01-01', to: '2017-01-02' });
    const n2015 = parsed(fixtures.find((f) => f.year === 2015) as Fixture);
    expect(n2015.holidays.filter((p) => p.festival === 'qingming')).toEqual([{ festival: 'qingming', from: '2015-04-05', to: '2015-04-06' }]);
    expect(n2015.holidays.filter((p) => p.festival === 'dragonBoat')).toEqual([
      { festival: 'dragonBoat', from: '2015-06-20', to: '2015-06-20' },
      { festival: 'dragonBoat', from: '2015-06-22', to: '2015-06-22' },
    ]);
  });

  it('国办发明电〔2016〕17号 and 〔2024〕12号: a combined 中秋节、国庆节 section gives the Mid-Autumn day to midAutumn, the rest and its working days to nationalDay', () => {
    const n2017 = parsed(fixtures.find((f) => f.year === 2017) as Fixture);
    expect(n2017.holidays.slice(-3)).toEqual([
      { festival: 'nationalDay', from: '2017-10-01', to: '2017-10-03' },
      { festival: 'midAutumn', from: '2017-10-04', to: '2017-10-04' },
      { festival: 'nationalDay', from: '2017-10-05', to: '2017-10-08' },
    ]);
    expect(n2017.adjustedWorkingDays.at(-1)).toEqual({ festival: 'nationalDay', date: '2017-09-30' });
    const n2025 = parsed(fixtures.find((f) => f.year === 2025) as Fixture);
    expect(n2025.holidays.slice(-3)).toEqual([
      { festival: 'nationalDay', from: '2025-10-01', to: '2025-10-05' },
      { festival: 'midAutumn', from: '2025-10-06', to: '2025-10-06' },
      { festival: 'nationalDay', from: '2025-10-07', to: '2025-10-08' },
    ]);
  });

  it('国办发明电〔2023〕7号: "鼓励各单位…安排职工在除夕（2月9日）休息" is encouragement, not a day off', () => {
    const n = parsed(fixtures.find((f) => f.year === 2024) as Fixture);
    expect(daysOf(n, 2024).off.has('2024-02-09')).toBe(false);
    expect(n.holidays[1]).toEqual({ festival: 'springFestival', from: '2024-02-10', to: '2024-02-17' });
  });
});

describe('Part 7: parseHolidayNotice takes the text as it is pasted', () => {
  const text2026 = read('2026.txt');
  const want = parsed(fixtures[0] as Fixture);

  it('half-width punctuation and no line breaks (a web copy) give the same notice as the published layout', () => {
    const webCopy = text2026.normalize('NFKC').replace(/\s+/g, '');
    expect(webCopy).not.toContain('（');
    expect(parseHolidayNotice(webCopy, 2026)).toEqual({ ok: true, value: want });
  });

  it('full-width digits, extra spaces, CRLF line breaks and a line break inside a sentence change nothing', () => {
    const variant = text2026
      .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
      .replace(/\n/g, '\r\n\u3000 ')
      .replace('放假调休，共9天。', '放假调休，\n共9天。');
    expect(parseHolidayNotice(variant, 2026)).toEqual({ ok: true, value: want });
  });

  it('the sections alone, without title, preamble or closing, are enough', () => {
    const sections = text2026.slice(text2026.indexOf('一、元旦'), text2026.indexOf('鼓励单位和个人'));
    expect(parseHolidayNotice(sections, 2026)).toEqual({ ok: true, value: want });
  });

  it('one section with 放假1天，不调休 reads as one day', () => {
    expect(parseHolidayNotice('一、元旦：1月1日（周三）放假1天，不调休。', 2025)).toEqual({
      ok: true,
      value: { year: 2025, holidays: [{ festival: 'newYear', from: '2025-01-01', to: '2025-01-01' }], adjustedWorkingDays: [] },
    });
  });

  it('a combined section whose period misses the Mid-Autumn day goes wholly to the first festival named', () => {
    const r = parseHolidayNotice('六、中秋节、国庆节：10月1日至7日放假调休，共7天。10月10日（星期六）上班。', 2026);
    expect(r).toEqual({
      ok: true,
      value: {
        year: 2026,
        holidays: [{ festival: 'midAutumn', from: '2026-10-01', to: '2026-10-07' }],
        adjustedWorkingDays: [{ festival: 'nationalDay', date: '2026-10-10' }],
      },
    });
  });

  it('a combined section in a year outside the lunar table (2004–2100) goes wholly to the first festival named', () => {
    // 2003-10-01 was a Wednesday, 2003-10-04 a Saturday.
    const r = parseHolidayNotice('一、国庆节、中秋节：10月1日（星期三）至7日放假，共7天。', 2003);
    expect(r.ok && r.value.holidays).toEqual([{ festival: 'nationalDay', from: '2003-10-01', to: '2003-10-07' }]);
  });

  it('the 2015 Victory Day section name reads as victoryDay70', () => {
    const r = parseHolidayNotice('一、中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日：9月3日至5日放假调休，共3天。9月6日（星期日）上班。', 2015);
    expect(r).toEqual({
      ok: true,
      value: {
        year: 2015,
        holidays: [{ festival: 'victoryDay70', from: '2015-09-03', to: '2015-09-05' }],
        adjustedWorkingDays: [{ festival: 'victoryDay70', date: '2015-09-06' }],
      },
    });
  });

  it('never throws: every prefix of a notice, and the notice with any one character left out, gives a result', () => {
    const codes = new Set<ErrorCode>();
    for (let i = 0; i <= text2026.length; i++) {
      for (const t of [text2026.slice(0, i), text2026.slice(0, i) + text2026.slice(i + 1)]) {
        const r = parseHolidayNotice(t, 2026);
        if (!r.ok) codes.add(r.error.code);
      }
    }
    expect([...codes].sort()).toEqual(
      expect.arrayContaining(['CALENDAR_NOTICE_UNREADABLE', 'INVALID_ARGUMENT'] satisfies ErrorCode[]),
    );
  });
});

describe('Part 7: parseHolidayNotice refuses a notice with a typo, naming the sentence', () => {
  const text2026 = read('2026.txt');
  const text2017 = read('2017.txt');

  /** Replaces `from` (which must occur once) by `to`. */
  function typo(text: string, from: string, to: string): string {
    expect(text.split(from)).toHaveLength(2);
    return text.replace(from, to);
  }

  function refused(text: string, year: number): DomainError {
    const r = parseHolidayNotice(text, year);
    if (r.ok) throw new Error('expected a refusal');
    return r.error;
  }

  interface Case {
    readonly name: string;
    readonly text: string;
    readonly year: number;
    readonly code: ErrorCode;
    readonly path: readonly (string | number)[];
    readonly sentence: string;
    readonly en: RegExp;
    readonly zh: RegExp;
  }

  const cases: readonly Case[] = [
    {
      name: 'a weekday that does not match its date (周五 for Saturday 4 April 2026)',
      text: typo(text2026, '4月4日（周六）', '4月4日（周五）'),
      year: 2026,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 2, 'sentences', 0],
      sentence: '4月4日（周五）至6日（周一）放假，共3天。',
      en: /marked 周五 \(Friday\) but 2026-04-04 is a Saturday/,
      zh: /注明为周五，但 2026-04-04 是星期六/,
    },
    {
      name: 'a 星期 that does not match its date (星期二 for Monday 2 January 2017)',
      text: typo(text2017, '1月2日（星期一）补休', '1月2日（星期二）补休'),
      year: 2017,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 0, 'sentences', 0],
      sentence: '1月1日放假，1月2日（星期二）补休。',
      en: /2017-01-02 is a Monday/,
      zh: /2017-01-02 是星期一/,
    },
    {
      name: 'a lunar date that does not match (正月初六 for 23 February 2026, which is 正月初七)',
      text: typo(text2026, '农历正月初七', '农历正月初六'),
      year: 2026,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 1, 'sentences', 0],
      sentence: '2月15日（农历腊月二十八、周日）至23日（农历正月初六、周一）放假调休，共9天。',
      en: /that lunar day is 2026-02-22/,
      zh: /正月初六是 2026-02-22/,
    },
    {
      name: '共N天 that is not the number of days of the period',
      text: typo(text2026, '共9天', '共8天'),
      year: 2026,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 1, 'sentences', 0],
      sentence: '2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共8天。',
      en: /says 8 days but the days off it names are 9: 2026-02-15 to 2026-02-23/,
      zh: /写明共8天，但所列放假日期为9天：2026-02-15至2026-02-23/,
    },
    {
      name: '放假N天 that is not the number of days named',
      text: '一、元旦：1月1日（周三）放假2天，不调休。',
      year: 2025,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 0, 'sentences', 0],
      sentence: '1月1日（周三）放假2天，不调休。',
      en: /says 2 days but the days off it names are 1/,
      zh: /写明共2天/,
    },
    {
      name: 'a period that runs backwards',
      text: typo(text2026, '10月1日（周四）至7日（周三）', '10月7日（周三）至1日（周四）'),
      year: 2026,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 6, 'sentences', 0],
      sentence: '10月7日（周三）至1日（周四）放假调休，共7天。',
      en: /ends on 2026-10-01, before it starts on 2026-10-07/,
      zh: /结束日 2026-10-01 早于开始日 2026-10-07/,
    },
    {
      name: 'a date that does not exist (2月30日)',
      text: typo(text2026, '2月28日（周六）', '2月30日（周六）'),
      year: 2026,
      code: 'INVALID_DATE',
      path: ['text', 'sections', 1, 'sentences', 1],
      sentence: '2月14日（周六）、2月30日（周六）上班。',
      en: /2月30日 is not a date: 2026-02 has 28 days/,
      zh: /“2月30日”不是有效日期：2026年2月只有28天/,
    },
    {
      name: 'a sentence it cannot read',
      text: typo(text2026, '5月1日（周五）至5日（周二）放假调休', '5月1日（周五）至5日（周二）休息'),
      year: 2026,
      code: 'CALENDAR_NOTICE_UNREADABLE',
      path: ['text', 'sections', 3, 'sentences', 0],
      sentence: '5月1日（周五）至5日（周二）休息，共5天。',
      en: /cannot be read: expected the dates to be followed by 放假/,
      zh: /无法识别该语句：日期后应为“放假”“补休”或“上班”（问题在「休息」）/,
    },
    {
      name: 'a note in parentheses that is neither a weekday nor a lunar date',
      text: typo(text2026, '5月9日（周六）', '5月9日（周末）'),
      year: 2026,
      code: 'CALENDAR_NOTICE_UNREADABLE',
      path: ['text', 'sections', 3, 'sentences', 1],
      sentence: '5月9日（周末）上班。',
      en: /the note "周末" after 5月9日 is neither a weekday/,
      zh: /括号中的“周末”既不是星期/,
    },
    {
      name: 'an adjusted working day that is not a weekend day',
      text: typo(text2026, '5月9日（周六）上班', '5月8日上班'),
      year: 2026,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 3, 'sentences', 1],
      sentence: '5月8日上班。',
      en: /2026-05-08 is a Friday: an adjusted working day \(上班\) is a Saturday or a Sunday/,
      zh: /2026-05-08 是星期五：调休上班日应为星期六或星期日/,
    },
    {
      name: 'a day both off and worked',
      text: typo(text2026, '9月20日（周日）、10月10日（周六）上班', '10月3日（周六）、10月10日（周六）上班'),
      year: 2026,
      code: 'CALENDAR_CONFLICT',
      path: ['text', 'sections', 6, 'sentences', 1],
      sentence: '10月3日（周六）、10月10日（周六）上班。',
      en: /2026-10-03 is worked here but is a day off in section "七、国庆节"/,
      zh: /2026-10-03 在此安排上班，却在「七、国庆节」中安排放假/,
    },
    {
      name: 'a day off in two sections',
      text: typo(text2026, '9月25日（周五）至27日（周日）放假，共3天', '9月25日（周五）至10月1日（周四）放假，共7天'),
      year: 2026,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 6, 'sentences', 0],
      sentence: '10月1日（周四）至7日（周三）放假调休，共7天。',
      en: /2026-10-01 is already a day off in section "六、中秋节"/,
      zh: /2026-10-01 已在「六、中秋节」中安排放假/,
    },
    {
      name: 'a date of another year',
      text: typo(text2026, '1月1日（周四）至3日（周六）', '2025年1月1日（周三）至3日（周五）'),
      year: 2026,
      code: 'INVALID_ARGUMENT',
      path: ['text', 'sections', 0, 'sentences', 0],
      sentence: '2025年1月1日（周三）至3日（周五）放假调休，共3天。',
      en: /2025年1月1日 \(2025\) does not belong to the 2026 notice/,
      zh: /不属于2026年的通知/,
    },
  ];

  it.each(cases)('$name: $code', (c) => {
    const e = refused(c.text, c.year);
    expect(e.code).toBe(c.code);
    expect(e.path).toEqual(c.path);
    expect(e.value).toBe(c.sentence);
    expect(e.message).toContain(`"${c.sentence}"`);
    expect(e.messageZh).toContain(`「${c.sentence}」`);
    expect(e.message).toMatch(c.en);
    expect(e.messageZh).toMatch(c.zh);
  });

  it('a web copy is quoted as pasted, with its half-width punctuation', () => {
    const text = typo(read('2024-web-copy.txt'), '4月7日(星期日)', '4月7日(星期六)');
    const e = refused(text, 2024);
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['text', 'sections', 2, 'sentences', 1], value: '4月7日(星期六)上班。' });
    expect(e.message).toContain('Section "三、清明节", sentence 2 "4月7日(星期六)上班。"');
    expect(e.messageZh).toContain('「三、清明节」第2句「4月7日(星期六)上班。」');
  });

  it('a `year` that does not match the year of the title: INVALID_ARGUMENT naming the title', () => {
    const e = refused(text2026, 2025);
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['text', 'title'], value: '国务院办公厅关于2026年部分节假日安排的通知' });
    expect(e.message).toBe('The title "国务院办公厅关于2026年部分节假日安排的通知" is for 2026, not for 2025.');
    expect(e.messageZh).toBe('通知标题「国务院办公厅关于2026年部分节假日安排的通知」是2026年的安排，不是2025年的。');
  });

  it('a year that does not match the preamble, when there is no title, names the preamble sentence', () => {
    const text = text2026.slice(text2026.indexOf('经国务院批准'));
    const e = refused(text, 2027);
    const sentence = '经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。';
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['text', 'preamble'], value: sentence });
    expect(e.message).toContain(`"${sentence}"`);
    expect(e.messageZh).toContain(`「${sentence}」`);
  });

  it('a year that does not match the 2025 preamble (the long one about the revised law) names its last sentence', () => {
    const text = read('2025.txt');
    const e = refused(text.slice(text.indexOf('经党中央')), 2024);
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['text', 'preamble'] });
    expect(e.value).toBe('按照上述原则，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。');
  });

  it('a notice with no section at all: CALENDAR_NOTICE_UNREADABLE', () => {
    const text = text2026.slice(0, text2026.indexOf('一、元旦'));
    const e = refused(text, 2026);
    expect(e).toMatchObject({ code: 'CALENDAR_NOTICE_UNREADABLE', path: ['text'], value: text });
    expect(e.message).toContain('holds no numbered section such as "一、元旦：1月1日放假…"');
    expect(e.messageZh).toContain('没有“一、元旦：1月1日放假……”这样的分项安排');
    expect(refused('', 2026).code).toBe('CALENDAR_NOTICE_UNREADABLE');
  });

  it('a section with no day off: CALENDAR_NOTICE_UNREADABLE naming the section', () => {
    const text = typo(text2026, '三、清明节：4月4日（周六）至6日（周一）放假，共3天。', '三、清明节：');
    expect(refused(text, 2026)).toMatchObject({
      code: 'CALENDAR_NOTICE_UNREADABLE',
      path: ['text', 'sections', 2],
      message: 'Section "三、清明节" names no day off.',
      messageZh: '「三、清明节」中没有放假日期。',
    });
  });

  it('a festival with two sections: INVALID_ARGUMENT naming the second', () => {
    const text = typo(text2026, '三、清明节：', '三、元旦：');
    expect(refused(text, 2026)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['text', 'sections', 2], value: '三、元旦' });
  });

  it('a year that is not an integer 1900–2200, or a text that is not a string: INVALID_ARGUMENT', () => {
    expect(refused(text2026, 2026.5)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['year'] });
    expect(refused(text2026, 1899)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['year'] });
    expect(refused(null as unknown as string, 2026)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['text'] });
  });
});
