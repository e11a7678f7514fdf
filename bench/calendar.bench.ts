/**
 * Calendar: `addWorkingDays` / `deadlineAfter` against chinese-days' `findWorkday` on the same
 * 1,000,000 seeded (date, n) pairs. Results are checked equal before timing. Then (Part 7) the
 * cost of the provisional years: the same pairs on the strict calendar (published years only)
 * against `chinaCalendar` with 2027–2100 compiled in, answers in provisional years, building the
 * calendar, and reading a notice.
 */
import { readFileSync } from 'node:fs';
import chineseDays from 'chinese-days';
import { unwrap, safeParse } from '../src/index.js';
import { addWorkingDays, chinaCalendar, deadlineAfter, parseHolidayNotice, publishedYearsOnly, WorkCalendarSchema } from '../src/calendar/index.js';
import { daysFromCivil, fromDayNumber } from '../src/internal/days.js';
import { compare, seeded } from './harness.js';

const { findWorkday } = chineseDays;
const N = 1_000_000;
const PEER_N = 50_000; // chinese-days steps day by day through dayjs: time it on a slice of the same pairs
const rand = seeded(20261122);
const lo = daysFromCivil(2004, 1, 1);
const hi = daysFromCivil(2025, 12, 31);
const dates = Array.from({ length: N }, () => fromDayNumber(lo + Math.floor(rand() * (hi - lo + 1))));
const ns = Int32Array.from({ length: N }, () => 1 + Math.floor(rand() * 30));

for (let i = 0; i < N; i += 97) {
  const ours = addWorkingDays(dates[i] as string, ns[i] as number, chinaCalendar);
  const peer = findWorkday(ns[i] as number, dates[i] as string);
  if (!ours.ok || ours.value !== peer) throw new Error(`disagree on ${dates[i]} + ${ns[i]}: ${JSON.stringify(ours)} vs ${peer}`);
}
process.stdout.write(`calendar: ours and chinese-days agree on ${Math.ceil(N / 97).toLocaleString('en-US')} sampled pairs\n`);

const peer = {
  label: 'chinese-days findWorkday',
  count: PEER_N,
  run: (count: number) => {
    let last = '';
    for (let i = 0; i < count; i++) last = findWorkday(ns[i] as number, dates[i] as string);
    return last;
  },
};

for (const [name, f] of [
  ['addWorkingDays', addWorkingDays],
  ['deadlineAfter', deadlineAfter],
] as const) {
  compare(`${name} over 1,000,000 (date, n) pairs`, {
    label: `qinqing ${name}`,
    count: N,
    run: (count) => {
      let last: unknown;
      for (let i = 0; i < count; i++) last = f(dates[i] as string, ns[i] as number, chinaCalendar);
      return last;
    },
  }, peer);
}

// Part 7: provisional years cost nothing per call. The strict calendar (2004–2026) and chinaCalendar
// (2004–2100) answer the same pairs; then pairs in provisional years against pairs in published ones.
const strict = unwrap(publishedYearsOnly(chinaCalendar));
for (let i = 0; i < N; i += 97) {
  const a = deadlineAfter(dates[i] as string, ns[i] as number, strict);
  const b = deadlineAfter(dates[i] as string, ns[i] as number, chinaCalendar);
  if (!a.ok || !b.ok || a.value !== b.value || a.provisional || b.provisional) throw new Error(`strict and full calendars disagree on ${dates[i]}`);
}
const over = (cal: typeof chinaCalendar, on: readonly string[], label: string) => ({
  label,
  count: N,
  run: (count: number) => {
    let last: unknown;
    for (let i = 0; i < count; i++) last = deadlineAfter(on[i] as string, ns[i] as number, cal);
    return last;
  },
});
compare('deadlineAfter, published pairs: with provisional years compiled in vs published years only', over(chinaCalendar, dates, 'chinaCalendar 2004–2100'), over(strict, dates, 'publishedYearsOnly 2004–2026'));
const lo2 = daysFromCivil(2027, 1, 1);
const hi2 = daysFromCivil(2099, 12, 31);
const later = Array.from({ length: N }, () => fromDayNumber(lo2 + Math.floor(rand() * (hi2 - lo2 + 1))));
compare('deadlineAfter: pairs in provisional years (2027–2099) vs pairs in published years', over(chinaCalendar, later, 'provisional pairs'), over(chinaCalendar, dates, 'published pairs'));

// One-off costs: validating and compiling the 97-year calendar, and reading a notice.
const json: unknown = JSON.parse(JSON.stringify(chinaCalendar));
let t0 = performance.now();
const parsed = unwrap(safeParse(WorkCalendarSchema, json));
const parseMs = performance.now() - t0;
t0 = performance.now();
deadlineAfter('2026-12-24', 10, parsed); // the first call compiles the calendar
const compileMs = performance.now() - t0;
const text = readFileSync(new URL('../test/calendar/notices/2026.txt', import.meta.url), 'utf8');
t0 = performance.now();
const NOTICES = 1_000;
for (let i = 0; i < NOTICES; i++) unwrap(parseHolidayNotice(text, 2026));
const noticeMs = (performance.now() - t0) / NOTICES;
process.stdout.write(
  `calendar: safeParse(WorkCalendarSchema, chinaCalendar) (2004–2100) ${parseMs.toFixed(1)} ms; first call compiles it in ${compileMs.toFixed(1)} ms; parseHolidayNotice ${noticeMs.toFixed(3)} ms per notice\n`,
);
