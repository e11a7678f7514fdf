/**
 * Calendar: `addWorkingDays` / `deadlineAfter` against chinese-days' `findWorkday` on the same
 * 1,000,000 seeded (date, n) pairs. Results are checked equal before timing. Then (Part 7) the
 * cost of the provisional years: the same pairs on the strict calendar (published years only)
 * against `chinaCalendar` with 2027–2100 compiled in, answers in provisional years, building the
 * calendar, and reading a notice.
 *
 * Part 11 (issue 16): a second ratio for working-day arithmetic, against the fastest honest
 * alternative an app could write by hand — a `Set` of the non-working day numbers, stepped day by
 * day (the same date parsing and formatting as ours, so only the stepping differs); the growth of
 * a calendar's first use (check + compile) with 1×, 10× and 100× closures, verdict `SLOW` above
 * 15× per 10×; and an `extendCalendar` result's first use against the same calendar compiled
 * from scratch.
 */
import { readFileSync } from 'node:fs';
import chineseDays from 'chinese-days';
import { unwrap, safeParse } from '../src/index.js';
import { addWorkingDays, chinaCalendar, deadlineAfter, parseHolidayNotice, publishedYearsOnly, WorkCalendarSchema } from '../src/calendar/index.js';
import { extendCalendar, isWorkingDay, type WorkCalendar } from '../src/calendar/index.js';
import { daysFromCivil, fromDayNumber, isoWeekday, toDayNumber } from '../src/internal/days.js';
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

/** A peer answering the seeded (date, n) pairs with `f`, on the first `count` of them. */
const onPairs = (label: string, count: number, f: (date: string, n: number) => string) => ({
  label,
  count,
  run: (upTo: number) => {
    let last = '';
    for (let i = 0; i < upTo; i++) last = f(dates[i] as string, ns[i] as number);
    return last;
  },
});
const peer = onPairs('chinese-days findWorkday', PEER_N, (date, n) => findWorkday(n, date));

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

// Part 11: the fastest honest alternative — a Set of the non-working day numbers of chinaCalendar,
// built from its data, stepped day by day. Equal answers are checked before timing.
const offDays = new Set<number>();
for (let d = daysFromCivil(chinaCalendar.firstYear, 1, 1); d < daysFromCivil(chinaCalendar.lastYear + 1, 1, 1); d++) {
  if (chinaCalendar.weekendDays.includes(isoWeekday(d))) offDays.add(d);
}
for (const p of [...chinaCalendar.holidays, ...chinaCalendar.closures]) for (let d = toDayNumber(p.from); d <= toDayNumber(p.to); d++) offDays.add(d);
for (const w of chinaCalendar.adjustedWorkingDays) offDays.delete(toDayNumber(w.date));
const stepped = (date: string, n: number): string => {
  let d = toDayNumber(date);
  for (let k = 0; k < n; ) if (!offDays.has(++d)) k++;
  return fromDayNumber(d);
};
for (let i = 0; i < N; i += 97) {
  const ours = deadlineAfter(dates[i] as string, ns[i] as number, chinaCalendar);
  if (!ours.ok || ours.value !== stepped(dates[i] as string, ns[i] as number)) throw new Error(`the Set stepper disagrees on ${dates[i]} + ${ns[i]}`);
}
compare(
  'deadlineAfter over 1,000,000 (date, n) pairs vs a Set of day numbers stepped day by day',
  over(chinaCalendar, dates, 'qinqing deadlineAfter'),
  onPairs('Set-stepper (Set of non-working day numbers, stepped day by day)', N, stepped),
);

// Part 11: first use (check + compile) of a calendar with 1×, 10× and 100× local closures over
// chinaCalendar's 2004–2100, of any length up to 30 years (so that unclamped or day-by-day work
// would show): each a fresh JSON object, as an app would pass one it built.
const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
const first = daysFromCivil(2004, 1, 1);
const span = daysFromCivil(2101, 1, 1) - first;
const worked = new Set(chinaCalendar.adjustedWorkingDays.map((w) => toDayNumber(w.date)));
const withClosures = (count: number): WorkCalendar => {
  const r = seeded(count);
  const closures: { from: string; to: string; reason: { zh: string; en: string } }[] = [];
  while (closures.length < count) {
    const a = first + Math.floor(r() * span);
    const b = Math.min(first + span - 1, a + Math.floor(r() * r() * 366 * 30));
    let clash = false;
    for (const w of worked) if (w >= a && w <= b) clash = true; // a closure over an adjusted working day is a conflict
    if (!clash) closures.push({ from: fromDayNumber(a), to: fromDayNumber(b), reason: { zh: '停电', en: 'Power cut' } });
  }
  return { ...chinaCalendar, closures };
};
const BASE_CLOSURES = 150; // 100× = 15,000 closures, within the 200,000 values a calendar may hold
const growth: number[] = [];
let previous = NaN;
for (const factor of [1, 10, 100]) {
  const count = BASE_CLOSURES * factor;
  const json = JSON.stringify(withClosures(count));
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const cal = JSON.parse(json) as WorkCalendar;
    const t = performance.now();
    const answer = isWorkingDay('2026-12-24', cal); // the first call checks and compiles the calendar
    times.push(performance.now() - t);
    if (!answer.ok) throw new Error(`the calendar with ${count} closures is refused: ${answer.error.message}`);
  }
  const ms = median(times);
  if (!Number.isNaN(previous)) growth.push(ms / previous);
  process.stdout.write(`calendar first use (check + compile), ${count.toLocaleString('en-US')} closures: ${ms.toFixed(1)} ms (median of 3)\n`);
  previous = ms;
}
const worst = Math.max(...growth);
process.stdout.write(
  `growth of a calendar's first use per 10× closures: ${growth.map((g) => `${g.toFixed(1)}x`).join(', ')} (limit 15x) ${worst <= 15 ? 'ok' : 'SLOW'}\n`,
);

// Part 11: an extendCalendar result's first use reuses its base's compiled arrays; the same
// calendar as a fresh object is checked and compiled from scratch.
deadlineAfter('2026-12-24', 10, chinaCalendar); // the base is compiled, as an app's would be
const extTimes: number[] = [];
const scratchTimes: number[] = [];
for (let r = 0; r < 5; r++) {
  const closure = { from: fromDayNumber(daysFromCivil(2026, 3, 2) + r), to: fromDayNumber(daysFromCivil(2026, 3, 2) + r), reason: { zh: '县庆', en: 'County day' } };
  let t = performance.now();
  const ext = unwrap(extendCalendar(chinaCalendar, { closures: [closure] }));
  const a = deadlineAfter('2026-02-27', 3, ext);
  extTimes.push(performance.now() - t);
  const copy = JSON.parse(JSON.stringify(ext)) as WorkCalendar;
  t = performance.now();
  const b = deadlineAfter('2026-02-27', 3, copy);
  scratchTimes.push(performance.now() - t);
  if (!a.ok || !b.ok || a.value !== b.value) throw new Error('an extension and its copy disagree');
}
process.stdout.write(
  `calendar: extendCalendar(chinaCalendar, one closure) + first use ${median(extTimes).toFixed(1)} ms; the same calendar's first use from scratch ${median(scratchTimes).toFixed(1)} ms (median of 5)\n`,
);
