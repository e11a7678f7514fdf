/**
 * The rows of the shipped lunar table, computed with the lunar-javascript package: shared by the
 * generator (scripts/lunar-table.ts) and the test that checks the shipped table.
 */
import lunarJavascript from 'lunar-javascript';

interface YmdLike {
  getYear(): number;
  getMonth(): number;
  getDay(): number;
}
interface LunarJs {
  Lunar: { fromYmd(y: number, m: number, d: number): { getSolar(): YmdLike } };
  Solar: { fromYmd(y: number, m: number, d: number): { getLunar(): { getJieQiTable(): Record<string, YmdLike> } } };
}
const { Lunar, Solar } = lunarJavascript as unknown as LunarJs;

const UTC_DAY = 86_400_000;
const dayOfYear = (s: YmdLike, year: number): number => (Date.UTC(s.getYear(), s.getMonth() - 1, s.getDay()) - Date.UTC(year, 0, 1)) / UTC_DAY;

/** For each year, the day-of-year offsets of the lunar new year, Qingming, Dragon Boat and Mid-Autumn. */
export function lunarTableRows(first: number, last: number): number[][] {
  const rows: number[][] = [];
  for (let y = first; y <= last; y++) {
    const qingming = Solar.fromYmd(y, 6, 1).getLunar().getJieQiTable()['清明'];
    if (qingming === undefined) throw new Error(`no Qingming in ${y}`);
    rows.push([
      dayOfYear(Lunar.fromYmd(y, 1, 1).getSolar(), y),
      dayOfYear(qingming, y),
      dayOfYear(Lunar.fromYmd(y, 5, 5).getSolar(), y),
      dayOfYear(Lunar.fromYmd(y, 8, 15).getSolar(), y),
    ]);
  }
  return rows;
}
