/**
 * Calendar: `addWorkingDays` / `deadlineAfter` against chinese-days' `findWorkday` on the same
 * 1,000,000 seeded (date, n) pairs. Results are checked equal before timing.
 */
import chineseDays from 'chinese-days';
import { addWorkingDays, chinaCalendar, deadlineAfter } from '../src/index.js';
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
