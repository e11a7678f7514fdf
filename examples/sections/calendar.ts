import {
  chinaCalendar,
  deadlineAfter,
  extendCalendar,
  isWorkingDay,
  label,
  addWorkingDays,
  unwrap,
  workingDaysBetween,
  type WorkCalendar,
} from 'qinqing';
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
  const cases: [string, number][] = [
    ['2026-09-30', 5],
    ['2026-10-03', 1],
    ['2026-02-13', 3],
    ['2026-04-30', 10],
    ['2026-12-24', 5],
    ['2026-12-30', 5],
  ];
  table(
    ['收到 received', '时限 limit', '截止 deadline', '核验 check'],
    cases.map(([received, n]) => {
      const due = deadlineAfter(received, n, chinaCalendar);
      if (!due.ok) return [received, `${n} 个工作日`, `✗ ${due.error.code}`, due.error.messageZh];
      const back = unwrap(workingDaysBetween(received, due.value, chinaCalendar));
      return [received, `${n} 个工作日`, due.value, `workingDaysBetween = ${back}`];
    }),
  );

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
