import { domainError, type DomainError, type ErrorCode, type ErrorPath } from '../core/errors.js';
import { err, type Result } from '../core/result.js';
import { daysFromCivil, fromDayNumber, isLeapYear, isoWeekday, toDayNumber } from '../internal/days.js';
import { safeParseWith } from '../internal/parse.js';
import { defaultInputLimits } from '../core/limits.js';
import { lunarFestivalDates } from './lunar.js';
import { HolidayNoticeSchema, type Festival, type HolidayNotice } from './schema.js';

/*
 * How the State Council's annual notice (国务院办公厅关于YYYY年部分节假日安排的通知) is read:
 *
 * 1. The text is normalised with NFKC (full-width ：（），１ become : ( ) , 1) and its white space
 *    removed; every character keeps the place it came from, so that errors quote the text as pasted.
 * 2. The sections are the numbered headings that name festivals: `一、元旦：`, `六、中秋节、国庆节：`.
 *    Everything before the first is the title, the addressee and the preamble; the last ends where the
 *    closing paragraphs begin (节假日期间…, 鼓励单位和个人…, the signature).
 * 3. Each section is split into sentences at 。, each sentence into clauses at commas, and each clause
 *    is dates followed by 放假 / 补休 (days off) or 上班 (worked), or 共N天, or a remark (与周末连休, 不调休).
 *    A sentence that begins with 鼓励 (an encouragement, not a day off) is skipped.
 */

/** The pasted text after NFKC without white space, with where each character came from. */
interface Source {
  readonly raw: string;
  readonly text: string;
  /** Index in `raw` where the code point that gave `text[i]` begins. */
  readonly start: readonly number[];
  /** Index in `raw` just after that code point. */
  readonly end: readonly number[];
}

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/u;

function normalise(raw: string): Source {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const cp of raw) {
    for (const ch of cp.normalize('NFKC')) {
      if (INVISIBLE.test(ch)) continue;
      text += ch;
      for (let k = 0; k < ch.length; k++) {
        start.push(i);
        end.push(i + cp.length);
      }
    }
    i += cp.length;
  }
  return { raw, text, start, end };
}

/** The pasted text behind `text[a, b)`, its white space collapsed to single spaces. */
function quote(src: Source, a: number, b: number): string {
  b = Math.min(b, src.text.length);
  if (b <= a) return '';
  return src.raw
    .slice(src.start[a], src.end[b - 1])
    .replace(/\s+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Festival names

const festivalNames: readonly (readonly [string, Festival])[] = [
  ['中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', 'victoryDay70'],
  ['抗战胜利70周年纪念日', 'victoryDay70'],
  ['抗战胜利纪念日', 'victoryDay70'],
  ['五一国际劳动节', 'labourDay'],
  ['国际劳动节', 'labourDay'],
  ['"五一"', 'labourDay'],
  ['“五一”', 'labourDay'],
  ['劳动节', 'labourDay'],
  ['五一', 'labourDay'],
  ['元旦', 'newYear'],
  ['春节', 'springFestival'],
  ['清明节', 'qingming'],
  ['清明', 'qingming'],
  ['端午节', 'dragonBoat'],
  ['端午', 'dragonBoat'],
  ['中秋节', 'midAutumn'],
  ['中秋', 'midAutumn'],
  ['国庆节', 'nationalDay'],
  ['国庆', 'nationalDay'],
];
const festivalByName = /* @__PURE__ */ (() => new Map(festivalNames))();
const NAME = /* @__PURE__ */ (() => festivalNames.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))();
/** A section heading: a Chinese numeral, 、, festival names joined by 、 or 和, and a colon. */
const HEADING = /* @__PURE__ */ (() => new RegExp(`([一二三四五六七八九十]{1,3})、((?:${NAME})(?:[、和](?:${NAME}))*):`, 'gu'))();
/** The end of a sentence. */
const STOP = /[。.]/gu;
/** Where the closing paragraphs (or the signature) begin. */
const CLOSING = /节假日期间|鼓励单位和个人|特此通知|国务院办公厅/u;

// ---------------------------------------------------------------------------------------------
// Places and errors

/** The sentence an error is about: its path, how to name it in both languages, and its text. */
interface Place {
  readonly path: ErrorPath;
  readonly en: string;
  readonly zh: string;
  readonly sentence: string;
}

function problem(code: ErrorCode, place: Place, en: string, zh: string): DomainError {
  return domainError(code, {
    en: `${place.en} "${place.sentence}": ${en}`,
    zh: `${place.zh}「${place.sentence}」：${zh}`,
    path: place.path,
    value: place.sentence,
  });
}

const WEEKDAY_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'] as const;
const NUMERAL = '一二三四五六七八九十';

function weekdayEn(day: number): string {
  return WEEKDAY_EN[isoWeekday(day) - 1] as string;
}

function weekdayZh(day: number): string {
  return `星期${WEEKDAY_ZH[isoWeekday(day) - 1] as string}`;
}

/** Days as runs joined by `sep`: `2026-02-15 to 2026-02-23, 2026-02-28`. */
function describeDays(days: readonly number[], sep: string): string {
  const runs: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && (days[j + 1] as number) === (days[j] as number) + 1) j++;
    const a = fromDayNumber(days[i] as number);
    runs.push(j === i ? a : `${a}${sep}${fromDayNumber(days[j] as number)}`);
    i = j + 1;
  }
  return runs.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** What one sentence says: the days off and the days worked, as day numbers. */
interface SentenceFacts {
  readonly off: readonly number[];
  readonly work: readonly number[];
}

/** A date as written, resolved to a day number. */
interface ReadDate {
  readonly day: number;
  /** Where it ends in the normalised text. */
  readonly end: number;
}

const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]*)\))?/uy;
const CONNECTOR = /至|到|-|~|—|–/uy;
const JOINER = /[、和]/uy;
const WEEKDAY_NOTE = /^(?:周|星期|礼拜)([一二三四五六日天])$/u;
const LUNAR_NOTE = /^(?:农历)?(除夕|[正腊冬一二三四五六七八九十]{1,2}月[初十廿二三一四五六七八九]{1,3})$/u;

/** Reads one sentence `text[a, b)` (without its 。) of the notice for `year`. */
class SentenceReader {
  private year: number | undefined;
  private month: number | undefined;
  /** The end of the sentence being read. */
  private end = 0;

  constructor(
    private readonly src: Source,
    private readonly noticeYear: number,
    private readonly place: Place,
  ) {}

  private unreadable(a: number, b: number, en: string, zh: string): DomainError {
    const near = quote(this.src, a, b);
    return problem(
      'CALENDAR_NOTICE_UNREADABLE',
      this.place,
      `this sentence cannot be read: ${en} (at "${near}").`,
      `无法识别该语句：${zh}（问题在「${near}」）。`,
    );
  }

  private fail(code: ErrorCode, en: string, zh: string): DomainError {
    return problem(code, this.place, en, zh);
  }

  /** Reads the date at `i`, checks its notes in parentheses, and resolves the month and year it leaves out. */
  private date(i: number): ReadDate | DomainError {
    DATE.lastIndex = i;
    const m = DATE.exec(this.src.text);
    if (m === null) {
      return this.unreadable(i, Math.min(i + 12, this.end), 'expected a date such as 1月1日', '此处应为日期，如“1月1日”');
    }
    const end = i + m[0].length;
    const written = quote(this.src, i, m[4] === undefined ? end : this.src.text.indexOf('(', i));
    const explicitYear = m[1] === undefined ? undefined : Number(m[1]);
    const explicitMonth = m[2] === undefined ? undefined : Number(m[2]);
    if (explicitYear !== undefined && explicitMonth === undefined) {
      return this.unreadable(i, end, `the date ${written} gives a year but no month`, `日期“${written}”有年无月`);
    }
    const year = explicitYear ?? this.year ?? this.noticeYear;
    const month = explicitMonth ?? this.month;
    if (month === undefined) {
      return this.unreadable(i, end, `the date ${written} gives no month`, `日期“${written}”未写明月份`);
    }
    const d = Number(m[3]);
    const dim = month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (dim === undefined || d < 1 || d > dim) {
      const why =
        dim === undefined
          ? { en: `there is no month ${month}`, zh: `没有${month}月` }
          : { en: `${year}-${String(month).padStart(2, '0')} has ${dim} days`, zh: `${year}年${month}月只有${dim}天` };
      return this.fail('INVALID_DATE', `${written} is not a date: ${why.en}.`, `“${written}”不是有效日期：${why.zh}。`);
    }
    if (!(year === this.noticeYear || (year === this.noticeYear - 1 && month === 12))) {
      return this.fail(
        'INVALID_ARGUMENT',
        `${written} (${year}) does not belong to the ${this.noticeYear} notice, whose dates lie in ${this.noticeYear} or in December ${this.noticeYear - 1}.`,
        `“${written}”（${year}年）不属于${this.noticeYear}年的通知：通知中的日期应在${this.noticeYear}年内或${this.noticeYear - 1}年12月。`,
      );
    }
    this.year = year;
    this.month = month;
    const day = daysFromCivil(year, month, d);
    const notes = m[4];
    if (notes !== undefined) {
      for (const raw of notes.split(/[、,;]/u)) {
        const note = raw.trim();
        const problemWithNote = this.note(note, day, written);
        if (problemWithNote !== null) return problemWithNote;
      }
    }
    return { day, end };
  }

  /** Checks one note in the parentheses after a date: a weekday, or a lunar date. */
  private note(note: string, day: number, written: string): DomainError | null {
    const iso = fromDayNumber(day);
    const w = WEEKDAY_NOTE.exec(note);
    if (w !== null) {
      const c = w[1] as string;
      const stated = c === '天' ? 7 : WEEKDAY_ZH.indexOf(c as (typeof WEEKDAY_ZH)[number]) + 1;
      if (stated === isoWeekday(day)) return null;
      return this.fail(
        'INVALID_ARGUMENT',
        `${written} is marked ${note} (${WEEKDAY_EN[stated - 1] as string}) but ${iso} is a ${weekdayEn(day)}.`,
        `“${written}”注明为${note}，但 ${iso} 是${weekdayZh(day)}。`,
      );
    }
    const l = LUNAR_NOTE.exec(note);
    if (l !== null) {
      const lunar = l[1] as string;
      const table = lunarFestivalDates(Number(iso.slice(0, 4)));
      if (table === undefined) return null;
      const newYear = toDayNumber(table.lunarNewYear);
      let expected: number | undefined;
      if (lunar === '除夕') expected = newYear - 1;
      const first = /^正月初([一二三四五六七八九十])$/u.exec(lunar);
      if (first !== null) expected = newYear + NUMERAL.indexOf(first[1] as string);
      if (expected === undefined || expected === day) return null;
      return this.fail(
        'INVALID_ARGUMENT',
        `${written} is marked ${note} but that lunar day is ${fromDayNumber(expected)} in ${iso.slice(0, 4)}.`,
        `“${written}”注明为${note}，但${iso.slice(0, 4)}年的${lunar}是 ${fromDayNumber(expected)}。`,
      );
    }
    return this.fail(
      'CALENDAR_NOTICE_UNREADABLE',
      `the note "${note}" after ${written} is neither a weekday (周一, 星期一) nor a lunar date (农历正月初一).`,
      `“${written}”后括号中的“${note}”既不是星期（如周一、星期一），也不是农历日期（如农历正月初一）。`,
    );
  }

  /** Checks that `days` has as many days as a `共N天` or `放假N天` says. */
  private count(stated: number, days: ReadonlySet<number>): DomainError | null {
    if (stated === days.size) return null;
    const sorted = [...days].sort((x, y) => x - y);
    return this.fail(
      'INVALID_ARGUMENT',
      `it says ${stated} days but the days off it names are ${days.size}: ${describeDays(sorted, ' to ')}.`,
      `写明共${stated}天，但所列放假日期为${days.size}天：${describeDays(sorted, '至')}。`,
    );
  }

  /** Reads the sentence. */
  read(a: number, b: number): SentenceFacts | DomainError {
    const text = this.src.text;
    this.end = b;
    if (text.startsWith('鼓励', a)) return { off: [], work: [] };
    const off = new Set<number>();
    const work = new Set<number>();
    for (const [ca, cb] of clauses(text, a, b)) {
      const clause = text.slice(ca, cb);
      const total = /^共(\d{1,3})天$/u.exec(clause);
      if (total !== null) {
        if (off.size === 0) return this.unreadable(ca, cb, '共N天 follows no day off', '“共N天”之前没有放假日期');
        const wrong = this.count(Number(total[1]), off);
        if (wrong !== null) return wrong;
        continue;
      }
      if (/^(?:与周末连休|与(?:周|星期)[六日天]连休|不调休)$/u.test(clause)) continue;
      const days: number[] = [];
      let i = ca;
      for (;;) {
        const from = this.date(i);
        if ('code' in from) return from;
        i = from.end;
        CONNECTOR.lastIndex = i;
        const connector = CONNECTOR.exec(text);
        if (connector !== null && i < cb) {
          const to = this.date(i + connector[0].length);
          if ('code' in to) return to;
          if (to.day < from.day) {
            return this.fail(
              'INVALID_ARGUMENT',
              `the period ends on ${fromDayNumber(to.day)}, before it starts on ${fromDayNumber(from.day)}.`,
              `放假时段的结束日 ${fromDayNumber(to.day)} 早于开始日 ${fromDayNumber(from.day)}。`,
            );
          }
          for (let d = from.day; d <= to.day; d++) days.push(d);
          i = to.end;
        } else {
          days.push(from.day);
        }
        JOINER.lastIndex = i;
        if (i < cb && JOINER.test(text)) {
          i += 1;
          continue;
        }
        break;
      }
      const rest = text.slice(i, cb);
      const dayOff = /^(?:调休)?放假(?:调休|公休)?(?:(\d{1,3})天)?$|^补休$/u.exec(rest);
      if (dayOff !== null) {
        for (const d of days) off.add(d);
        if (dayOff[1] !== undefined) {
          const wrong = this.count(Number(dayOff[1]), new Set(days));
          if (wrong !== null) return wrong;
        }
        continue;
      }
      if (rest === '上班') {
        for (const d of days) {
          if (isoWeekday(d) < 6) {
            return this.fail(
              'INVALID_ARGUMENT',
              `${fromDayNumber(d)} is a ${weekdayEn(d)}: an adjusted working day (上班) is a Saturday or a Sunday.`,
              `${fromDayNumber(d)} 是${weekdayZh(d)}：调休上班日应为星期六或星期日。`,
            );
          }
          work.add(d);
        }
        continue;
      }
      return this.unreadable(
        i < cb ? i : ca,
        cb,
        'expected the dates to be followed by 放假 (off), 补休 (off in lieu) or 上班 (worked)',
        '日期后应为“放假”“补休”或“上班”',
      );
    }
    return { off: [...off], work: [...work] };
  }
}

/** The clauses of `text[a, b)`: split at commas and semicolons outside parentheses. */
function clauses(text: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = a;
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';')) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  if (b > from) out.push([from, b]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The notice

/** One section as read: its festivals, and its days off and worked with the sentence of each. */
interface Section {
  readonly heading: string;
  readonly festivals: readonly Festival[];
  readonly off: Map<number, Place>;
  readonly work: Map<number, Place>;
}

function invalidArgument(en: string, zh: string, path: ErrorPath, value: unknown): Result<never> {
  return err(domainError('INVALID_ARGUMENT', { en, zh, path, value }));
}

/** The year the title or the preamble states, when it states one that differs from `year`. */
function yearMismatch(src: Source, before: number, year: number): DomainError | null {
  const preamble = src.text.slice(0, before);
  const patterns: readonly [RegExp, string][] = [
    [/关于(\d{4})年(?:部分)?节假日安排的通知/u, 'title'],
    [/现将(\d{4})年/u, 'preamble'],
  ];
  for (const [re, where] of patterns) {
    const m = re.exec(preamble);
    if (m === null || Number(m[1]) === year) continue;
    let a = m.index;
    let b = a + m[0].length;
    if (where === 'title') {
      if (preamble.startsWith('国务院办公厅', a - 6)) a -= 6;
    } else {
      while (a > 0 && !'。:'.includes(preamble[a - 1] as string)) a--;
      while (b < preamble.length && preamble[b - 1] !== '。') b++;
    }
    const sentence = quote(src, a, b);
    const en = where === 'title' ? 'The title' : 'The preamble';
    const zh = where === 'title' ? '通知标题' : '通知正文开头';
    return domainError('INVALID_ARGUMENT', {
      en: `${en} "${sentence}" is for ${m[1]}, not for ${year}.`,
      zh: `${zh}「${sentence}」是${m[1]}年的安排，不是${year}年的。`,
      path: ['text', where],
      value: sentence,
    });
  }
  return null;
}

/**
 * Reads the State Council's annual holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) as it is
 * published, pasted whole or in part, into a year of calendar data: each section's days off and
 * adjusted working days (调休上班), checked against the weekdays, day counts and lunar dates the
 * notice itself states.
 *
 * The text may hold the title, the document number, the addressees, the preamble, the numbered
 * sections (`一、元旦：…` to `七、国庆节：…`, or combined as `六、中秋节、国庆节：…`), the closing
 * paragraphs and the signature, with full-width or half-width punctuation, with line breaks or
 * none. Each section is read sentence by sentence: `1月1日（周四）至3日（周六）放假调休，共3天。`,
 * `1月1日放假，与周末连休。`, `1月1日（周三）放假1天，不调休。`, `4月5日放假，4月6日（星期一）补休。`,
 * `2月14日（周六）、2月28日（周六）上班。`, `2018年12月30日至2019年1月1日放假调休，共3天。`; a
 * sentence that begins with 鼓励 (an encouragement to give staff a day, not a day off) is skipped.
 * Dates without a year lie in `year`; a date may name its year, which must be `year`, or the year
 * before for a day in December.
 *
 * In a combined section the Mid-Autumn day itself (from the lunar table, 2004–2100) goes to
 * `midAutumn` and the rest of the period to the other festival; when the Mid-Autumn day is not in
 * the period, the whole period goes to the first festival named. The section's adjusted working
 * days go to the festival other than Mid-Autumn. Days off of one festival that touch (放假 then
 * 补休) form one period.
 *
 * @param text - The notice as pasted.
 * @param year - The year the notice is for; when the title or the preamble states a year it must
 *   be this one.
 * @returns The notice as a {@link HolidayNotice}; `INPUT_TOO_LARGE` for a text of more than 65,536
 *   characters (`InputLimits.maxStringLength`); or the first problem in reading order, naming the
 *   sentence (in the message and as `value`, with the path `['text', 'sections', i, 'sentences', j]`,
 *   counted from 0; `['text', 'title']` or `['text', 'preamble']` for a title or preamble, `['text']`
 *   for a text with no section): `CALENDAR_NOTICE_UNREADABLE` for a sentence that cannot be read, a note in
 *   parentheses that is neither a weekday nor a lunar date, a section with no day off, or a text
 *   with no section at all; `INVALID_DATE` for a date that does not exist (2月30日);
 *   `INVALID_ARGUMENT` for a weekday or lunar date that does not match its date, a 共N天 that is
 *   not the number of days named, a period that runs backwards, a date outside the notice's year,
 *   a 上班 day that is not a weekend day, a festival with two sections, a day off in two sections,
 *   a title or preamble for another year, or a `year` that is not an integer 1900–2200;
 *   `CALENDAR_CONFLICT` for a day both off and worked.
 * @example
 * ```ts
 * parseHolidayNotice('一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。', 2026); // { ok: true, value: { year: 2026, holidays: [{ festival: 'newYear', from: '2026-01-01', to: '2026-01-03' }], adjustedWorkingDays: [{ festival: 'newYear', date: '2026-01-04' }] } }
 * parseHolidayNotice('一、元旦：1月1日（周五）放假。', 2026).ok; // false: 1 January 2026 is a Thursday
 * ```
 * @category Calendar
 */
export function parseHolidayNotice(text: string, year: number): Result<HolidayNotice> {
  if (typeof text !== 'string') {
    return invalidArgument(
      `The notice must be a string of text; received ${typeof text}.`,
      `通知应为文本字符串，实际为 ${typeof text}。`,
      ['text'],
      text,
    );
  }
  if (text.length > defaultInputLimits.maxStringLength) {
    // A notice is a page or two; a longer text is refused before it is read (Part 9, bounded work).
    const [length, max] = [text.length.toLocaleString('en-US'), defaultInputLimits.maxStringLength.toLocaleString('en-US')];
    return err(
      domainError('INPUT_TOO_LARGE', {
        en: `The notice is ${length} characters long, more than ${max} (InputLimits.maxStringLength, qinqing's own figure); a notice is a page or two.`,
        zh: `通知文本长 ${length} 个字符，超过 ${max}（InputLimits.maxStringLength，qinqing 自定限值）；一份通知不过一两页。`,
        path: ['text'],
      }),
    );
  }
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    return invalidArgument(
      `year must be an integer from 1900 to 2200; received ${String(year)}.`,
      `year 应为 1900 至 2200 之间的整数，实际为 ${String(year)}。`,
      ['year'],
      year,
    );
  }
  const src = normalise(text);
  const headings = [...src.text.matchAll(HEADING)];
  const first = headings[0];
  if (first === undefined) {
    const start = quote(src, 0, Math.min(src.text.length, 40));
    return err(
      domainError('CALENDAR_NOTICE_UNREADABLE', {
        en: `The text "${start}${src.text.length > 40 ? '…' : ''}" holds no numbered section such as "一、元旦：1月1日放假…".`,
        zh: `文本「${start}${src.text.length > 40 ? '……' : ''}」中没有“一、元旦：1月1日放假……”这样的分项安排。`,
        path: ['text'],
        value: text,
      }),
    );
  }
  const wrongYear = yearMismatch(src, first.index, year);
  if (wrongYear !== null) return err(wrongYear);

  const sections: Section[] = [];
  const seen = new Map<Festival, string>();
  for (const [k, h] of headings.entries()) {
    const headingEnd = h.index + h[0].length;
    const next = headings[k + 1];
    let bodyEnd = next === undefined ? src.text.length : next.index;
    if (next === undefined) {
      const closing = CLOSING.exec(src.text.slice(headingEnd));
      if (closing !== null) bodyEnd = headingEnd + closing.index;
    }
    const heading = quote(src, h.index, headingEnd - 1);
    const festivals = [...new Set((h[2] as string).split(/[、和]/u).map((n) => festivalByName.get(n) as Festival))];
    const sectionPath: ErrorPath = ['text', 'sections', k];
    for (const f of festivals) {
      const earlier = seen.get(f);
      if (earlier !== undefined) {
        return invalidArgument(
          `Section "${heading}" repeats a festival of section "${earlier}": each festival has one section.`,
          `「${heading}」与「${earlier}」是同一节日：每个节日只应有一项安排。`,
          sectionPath,
          heading,
        );
      }
      seen.set(f, heading);
    }
    const section: Section = { heading, festivals, off: new Map(), work: new Map() };
    let j = 0;
    let a = headingEnd;
    while (a < bodyEnd) {
      STOP.lastIndex = a;
      const stop = STOP.exec(src.text);
      const b = stop === null || stop.index >= bodyEnd ? bodyEnd : stop.index;
      const quotedEnd = b < bodyEnd ? b + 1 : b;
      if (b > a) {
        const place: Place = {
          path: [...sectionPath, 'sentences', j],
          en: `Section "${heading}", sentence ${j + 1}`,
          zh: `「${heading}」第${j + 1}句`,
          sentence: quote(src, a, quotedEnd),
        };
        const facts = new SentenceReader(src, year, place).read(a, b);
        if ('code' in facts) return err(facts);
        for (const d of facts.off) {
          const other = sections.find((s) => s.off.has(d));
          if (other !== undefined) {
            return err(
              problem(
                'INVALID_ARGUMENT',
                place,
                `${fromDayNumber(d)} is already a day off in section "${other.heading}".`,
                `${fromDayNumber(d)} 已在「${other.heading}」中安排放假。`,
              ),
            );
          }
          if (!section.off.has(d)) section.off.set(d, place);
        }
        for (const d of facts.work) section.work.set(d, place);
        j++;
      }
      a = quotedEnd;
    }
    if (section.off.size === 0) {
      return err(
        domainError('CALENDAR_NOTICE_UNREADABLE', {
          en: `Section "${heading}" names no day off.`,
          zh: `「${heading}」中没有放假日期。`,
          path: sectionPath,
          value: quote(src, h.index, bodyEnd),
        }),
      );
    }
    sections.push(section);
  }

  for (const s of sections) {
    for (const [d, place] of s.work) {
      const off = sections.find((o) => o.off.has(d));
      if (off !== undefined) {
        return err(
          problem(
            'CALENDAR_CONFLICT',
            place,
            `${fromDayNumber(d)} is worked here but is a day off in section "${off.heading}".`,
            `${fromDayNumber(d)} 在此安排上班，却在「${off.heading}」中安排放假。`,
          ),
        );
      }
    }
  }

  const holidays: { festival: Festival; from: string; to: string }[] = [];
  const adjustedWorkingDays: { festival: Festival; date: string }[] = [];
  for (const s of sections) {
    const [named] = s.festivals as [Festival, ...Festival[]];
    const other = s.festivals.find((f) => f !== 'midAutumn') ?? named;
    const midAutumnDate = s.festivals.length > 1 && s.festivals.includes('midAutumn') ? lunarFestivalDates(year)?.midAutumn : undefined;
    const midAutumn = midAutumnDate === undefined ? NaN : toDayNumber(midAutumnDate);
    const split = s.off.has(midAutumn);
    const festivalOf = (d: number): Festival => (split ? (d === midAutumn ? 'midAutumn' : other) : named);
    const sectionStart = holidays.length;
    for (const d of [...s.off.keys()].sort((x, y) => x - y)) {
      const f = festivalOf(d);
      const last = holidays.length > sectionStart ? holidays.at(-1) : undefined;
      if (last !== undefined && last.festival === f && toDayNumber(last.to) === d - 1) last.to = fromDayNumber(d);
      else holidays.push({ festival: f, from: fromDayNumber(d), to: fromDayNumber(d) });
    }
    const workFestival = s.festivals.length > 1 ? other : named;
    for (const d of [...s.work.keys()].sort((x, y) => x - y)) adjustedWorkingDays.push({ festival: workFestival, date: fromDayNumber(d) });
  }
  return safeParseWith(HolidayNoticeSchema, { year, holidays, adjustedWorkingDays });
}
