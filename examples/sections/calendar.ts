import { readFileSync } from 'node:fs';
import {
  chinaCalendar,
  deadlineAfter,
  isWorkingDay,
  label,
  addWorkingDays,
  unwrap,
  workingDaysBetween,
  type WorkCalendar,
  safeParse,
} from 'qinqing';
import {
  calendarCoverage,
  explainDay,
  extendCalendar,
  parseHolidayNotice,
  publishedYearsOnly,
  WorkCalendarSchema,
  YearStatus,
} from 'qinqing/calendar';
import { heading, line, subheading, table } from '../report.js';

const weekday = ['一', '二', '三', '四', '五', '六', '日'];
const weekdayEn = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function dayKind(date: string, cal: WorkCalendar): string {
  const works = unwrap(isWorkingDay(date, cal));
  const dow = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weekend = cal.weekendDays.includes(dow + 1);
  const holiday = cal.holidays.find((h) => h.from <= date && date <= h.to);
  const closure = cal.closures.find((c) => c.from <= date && date <= c.to);
  const adjusted = cal.adjustedWorkingDays.find((w) => w.date === date);
  if (adjusted) return `调休上班 adjusted working day (${label(adjusted.festival, 'zh-CN')})`;
  if (closure) return `本地休息 local closure (${closure.reason.zh})`;
  if (holiday) return `法定假日 holiday (${label(holiday.festival, 'zh-CN')} ${label(holiday.festival, 'en')})`;
  if (weekend) return '周末 weekend';
  return works ? '工作日 working day' : '休息 day off';
}

/** Section 1: the working-day calendar at work. */
export function calendarSection(): void {
  heading('1', '工作日历', 'The working-day calendar');
  line(`Built-in calendar: ${chinaCalendar.name.zh} / ${chinaCalendar.name.en}, ${chinaCalendar.firstYear}–${chinaCalendar.lastYear}.`);

  subheading('2026 年国庆前后', 'Around National Day 2026');
  const days: string[][] = [];
  for (let i = -3; i <= 14; i++) {
    const date = new Date(Date.UTC(2026, 8, 30 + i)).toISOString().slice(0, 10);
    const dow = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    days.push([date, `周${weekday[dow]} ${weekdayEn[dow]}`, unwrap(isWorkingDay(date, chinaCalendar)) ? '✓' : '·', dayKind(date, chinaCalendar)]);
  }
  table(['日期 date', '星期 day', '上班 works', '类型 kind'], days);

  subheading('限期办理：n 个工作日内办结', 'Deadlines: handle within n working days of receipt');
  line('Convention: the day of receipt does not count; the deadline is the n-th working day after it.');
  line('A deadline that reaches 2027 rests on days off derived from the law (no State Council notice yet): it says provisional (暂定).');
  const cases: [string, number][] = [
    ['2026-09-30', 5],
    ['2026-10-03', 1],
    ['2026-02-13', 3],
    ['2026-04-30', 10],
    ['2026-12-24', 5],
    ['2026-12-24', 10],
    ['2027-02-03', 3],
    ['2100-12-30', 5],
  ];
  table(
    ['收到 received', '时限 limit', '截止 deadline', '暂定 provisional', '核验 check'],
    cases.map(([received, n]) => {
      const due = deadlineAfter(received, n, chinaCalendar);
      if (!due.ok) return [received, `${n} 个工作日`, `✗ ${due.error.code}`, '', due.error.messageZh];
      const back = unwrap(workingDaysBetween(received, due.value, chinaCalendar));
      return [received, `${n} 个工作日`, due.value, due.provisional ? '暂定 provisional' : '—', `workingDaysBetween = ${back}`];
    }),
  );
  const strict = unwrap(publishedYearsOnly(chinaCalendar));
  const refused = deadlineAfter('2026-12-24', 10, strict);
  if (!refused.ok) line(`Strict mode (publishedYearsOnly, published notices only): 2026-12-24 + 10 → ${refused.error.code}.`);
  line(`Why 2027-02-09 is off: ${unwrap(explainDay('2027-02-09', chinaCalendar, 'zh-CN'))}`);
  line(`                       ${unwrap(explainDay('2027-02-09', chinaCalendar, 'en'))}`);

  subheading('覆盖年份：已公布与暂定', 'Coverage: published and provisional years');
  const coverage = unwrap(calendarCoverage(chinaCalendar));
  line(`Published by the State Council through ${coverage.lastPublishedYear}; provisional (derived from 《全国年节及纪念日放假办法》, no 调休) ${coverage.provisionalFrom}–${coverage.lastYear}.`);
  table(
    ['年份 year', '状态 status', '工作日 working days', '工作日放假 weekdays off', '调休上班 adjusted'],
    coverage.years
      .filter((y) => y.year >= 2024 && y.year <= 2030)
      .map((y) => [String(y.year), `${YearStatus.labels[y.status].zh} ${YearStatus.labels[y.status].en}`, String(y.workingDays), String(y.holidaysOnWeekdays), String(y.adjustedWorkingDays)]),
  );
  const silent = extendCalendar(strict, { lastYear: 2027 });
  if (!silent.ok) line(`Extending with a bare 2027 (no holidays) is refused: ${silent.error.code} — ${silent.error.messageZh}`);

  subheading('粘贴国务院通知：2026 年', "The State Council's notice, pasted: 2026");
  const text = readFileSync(new URL('../../test/calendar/notices/2026.txt', import.meta.url), 'utf8');
  const notice = unwrap(parseHolidayNotice(text, 2026));
  line(`Read ${notice.holidays.length} periods off and ${notice.adjustedWorkingDays.length} adjusted working days from the notice's text:`);
  table(
    ['节日 festival', '放假 off', '调休上班 worked'],
    [...new Set(notice.holidays.map((h) => h.festival))].map((f) => [
      `${label(f, 'zh-CN')} ${label(f, 'en')}`,
      notice.holidays.filter((h) => h.festival === f).map((h) => (h.from === h.to ? h.from : `${h.from}–${h.to.slice(5)}`)).join(', '),
      notice.adjustedWorkingDays.filter((w) => w.festival === f).map((w) => w.date).join(', ') || '—',
    ]),
  );
  // The calendar as it stood a year ago: published through 2025, 2026 provisional.
  const lastYear = unwrap(
    extendCalendar(
      unwrap(safeParse(WorkCalendarSchema, { ...strict, lastYear: 2025, holidays: strict.holidays.filter((h) => h.from < '2026'), adjustedWorkingDays: strict.adjustedWorkingDays.filter((w) => w.date < '2026') })),
      { provisionalThrough: 2030 },
    ),
  );
  const pasted = unwrap(extendCalendar(lastYear, { notices: [notice] }));
  let same = 0;
  for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    if (unwrap(isWorkingDay(date, pasted)) === unwrap(isWorkingDay(date, chinaCalendar))) same++;
  }
  line(`With the notice pasted into a calendar where 2026 was provisional, ${same} of 365 days of 2026 equal the built-in published data.`);
  const was = isWorkingDay('2026-10-10', lastYear);
  const now = isWorkingDay('2026-10-10', pasted);
  if (was.ok && now.ok) {
    const works = (date: string, cal: WorkCalendar): string => (unwrap(isWorkingDay(date, cal)) ? 'working' : 'off');
    line(`What the notice changed: 2026-10-10 (Saturday) provisional ${was.value ? 'working' : 'off'} → published ${now.value ? 'working (调休上班)' : 'off'}; 2026-02-20 (Friday) provisional ${works('2026-02-20', lastYear)} → published ${works('2026-02-20', pasted)} (the nine-day Spring Festival break).`);
  }
  const typo = parseHolidayNotice(text.replace('1月4日（周日）上班', '1月4日（周六）上班'), 2026);
  if (!typo.ok) line(`A typo in the notice is caught: ${typo.error.code} — ${typo.error.messageZh}`);

  subheading('县里自己的休息日', "A county's own closure");
  const county = unwrap(
    extendCalendar(chinaCalendar, {
      name: { zh: '某县工作日历', en: 'A county calendar' },
      closures: [{ from: '2026-10-12', to: '2026-10-12', reason: { zh: '县庆放假', en: 'County anniversary' } }],
    }),
  );
  line(
    `Same assignment (received 2026-09-30, 5 working days): national ${unwrap(deadlineAfter('2026-09-30', 5, chinaCalendar))}, ` +
      `county ${unwrap(deadlineAfter('2026-09-30', 5, county))} (10-12 ${dayKind('2026-10-12', county)}).`,
  );
  const conflict = extendCalendar(chinaCalendar, { adjustedWorkingDays: [{ festival: 'nationalDay', date: '2026-10-05' }] });
  if (!conflict.ok) line(`Rejected extension: ${conflict.error.code} — ${conflict.error.messageZh} / ${conflict.error.message}`);
  const back = addWorkingDays('2026-10-08', -3, chinaCalendar);
  line(`Three working days before 2026-10-08: ${unwrap(back)}.`);
}
