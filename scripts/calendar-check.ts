/**
 * `npm run calendar:check`: compares the built-in calendar with the chinese-days package's data,
 * day by day, for every year the package covers. A maintainer runs it after each November notice
 * (see docs/guides/calendar.md): first `npm install --no-save chinese-days@latest`, so that the
 * newest data is compared.
 *
 * - In a published year, any day where the two disagree is listed and the script fails.
 * - A year the package covers but qinqing still has as provisional is reported: its notice is out,
 *   so paste it (parseHolidayNotice) into src/calendar/china.ts. How many of the derived days off
 *   the notice kept is printed, for the record.
 */
import { createRequire } from 'node:module';
import { unwrap } from '../src/index.js';
import { calendarCoverage, chinaCalendar, isWorkingDay } from '../src/calendar/index.js';
import { daysFromCivil, fromDayNumber, isoWeekday } from '../src/internal/days.js';

const require = createRequire(import.meta.url);
const version = (require('chinese-days/package.json') as { version: string }).version;
const data = require('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string>; workdays: Record<string, string> };

const peerWorks = (date: string, weekday: number): boolean => date in data.workdays || (!(date in data.holidays) && weekday < 6);
const years = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
const coverage = unwrap(calendarCoverage(chinaCalendar));
const statusOf = new Map(coverage.years.map((y) => [y.year, y.status]));

let disagreements = 0;
const lines: string[] = [];
for (const year of years) {
  const status = statusOf.get(year);
  if (status === undefined) {
    lines.push(`${year}: chinese-days has it; qinqing's calendar does not cover it`);
    continue;
  }
  const differ: string[] = [];
  let derivedOff = 0;
  let derivedKept = 0;
  for (let d = daysFromCivil(year, 1, 1); d < daysFromCivil(year + 1, 1, 1); d++) {
    const date = fromDayNumber(d);
    const weekday = isoWeekday(d);
    const ours = unwrap(isWorkingDay(date, chinaCalendar));
    const theirs = peerWorks(date, weekday);
    if (status === 'provisional' && !ours && weekday < 6) {
      derivedOff++;
      if (!theirs) derivedKept++;
    }
    if (ours !== theirs) differ.push(`${date} (qinqing: ${ours ? 'working' : 'off'}, chinese-days: ${theirs ? 'working' : 'off'})`);
  }
  if (status === 'provisional') {
    lines.push(
      `${year}: PROVISIONAL in qinqing, published in chinese-days ${version}: paste the State Council's ${year} notice into src/calendar/china.ts (parseHolidayNotice). ` +
        `${derivedKept} of the ${derivedOff} weekdays qinqing derived as off are off in the notice; ${differ.length} days differ in all.`,
    );
  } else if (differ.length > 0) {
    disagreements += differ.length;
    lines.push(`${year}: ${differ.length} day(s) disagree:\n  ${differ.join('\n  ')}`);
  } else {
    lines.push(`${year}: agree`);
  }
}
process.stdout.write(`calendar:check against chinese-days ${version} (${years[0]}–${years.at(-1)}); qinqing publishes through ${coverage.lastPublishedYear}, provisional from ${coverage.provisionalFrom}\n`);
process.stdout.write(`${lines.join('\n')}\n`);
if (disagreements > 0) {
  process.stderr.write(`calendar:check: ${disagreements} day(s) of published years disagree\n`);
  process.exit(1);
}
