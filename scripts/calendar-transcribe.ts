/**
 * One-off: drafts src/calendar/china.ts's per-year data from the chinese-days oracle, as periods.
 * Kept for re-running when a new State Council notice is added; not used at run time.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

const festivalOf: Record<string, string> = {
  "New Year's Day": 'newYear', 'Spring Festival': 'springFestival', 'Tomb-sweeping Day': 'qingming',
  'Labour Day': 'labourDay', 'Dragon Boat Festival': 'dragonBoat', 'Mid-autumn Festival': 'midAutumn',
  'National Day': 'nationalDay', 'Anti-Fascist 70th Day': 'victoryDay70',
};
const fest = (name: string): string => festivalOf[name.split(',')[0] ?? ''] ?? 'UNKNOWN';
const next = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const years: Record<number, { h: string[]; w: string[] }> = {};
const hol = Object.entries(data.holidays as Record<string, string>).sort(([a], [b]) => a.localeCompare(b));
for (const [date, name] of hol) {
  const y = Number(date.slice(0, 4));
  const yr = (years[y] ??= { h: [], w: [] });
  const f = fest(name);
  const last = yr.h.at(-1);
  const m = last?.match(/\['(\w+)', '([\d-]+)', '([\d-]+)'\]/);
  if (m && m[1] === f && next(m[3] as string) === date) yr.h[yr.h.length - 1] = `['${f}', '${m[2]}', '${date}']`;
  else yr.h.push(`['${f}', '${date}', '${date}']`);
}
for (const [date, name] of Object.entries(data.workdays as Record<string, string>).sort(([a], [b]) => a.localeCompare(b))) {
  const y = Number(date.slice(0, 4));
  (years[y] ??= { h: [], w: [] }).w.push(`['${fest(name)}', '${date}']`);
}
for (const [y, { h, w }] of Object.entries(years)) {
  process.stdout.write(`  ${y}: {\n    off: [${h.join(', ')}],\n    work: [${w.join(', ')}],\n  },\n`);
}
