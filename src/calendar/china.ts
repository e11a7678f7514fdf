import { deepFreeze } from '../internal/freeze.js';
import { unwrap } from '../core/result.js';
import { lunarTableYears } from './lunar.js';
import { provisionalHolidays } from './provisional.js';
import type { Festival, WorkCalendar } from './schema.js';

type Off = readonly [Festival, string, string];
type Work = readonly [Festival, string];

/**
 * Each year's days off and adjusted working days (调休上班) as the State Council's annual notice
 * (国务院办公厅关于部分节假日安排的通知) publishes them. Periods include the weekends inside them.
 * Checked date by date against the `chinese-days` package in test/calendar/oracle.test.ts.
 */
const notices: Readonly<Record<number, { readonly off: readonly Off[]; readonly work: readonly Work[] }>> = {
  2004: {
    off: [['newYear', '2004-01-01', '2004-01-01'], ['springFestival', '2004-01-22', '2004-01-28'], ['labourDay', '2004-05-01', '2004-05-07'], ['nationalDay', '2004-10-01', '2004-10-07']],
    work: [['springFestival', '2004-01-17'], ['springFestival', '2004-01-18'], ['labourDay', '2004-05-08'], ['labourDay', '2004-05-09'], ['nationalDay', '2004-10-09'], ['nationalDay', '2004-10-10']],
  },
  2005: {
    off: [['newYear', '2005-01-01', '2005-01-03'], ['springFestival', '2005-02-09', '2005-02-15'], ['labourDay', '2005-05-01', '2005-05-07'], ['nationalDay', '2005-10-01', '2005-10-07']],
    work: [['springFestival', '2005-02-05'], ['springFestival', '2005-02-06'], ['labourDay', '2005-04-30'], ['labourDay', '2005-05-08'], ['nationalDay', '2005-10-08'], ['nationalDay', '2005-10-09']],
  },
  2006: {
    off: [['newYear', '2006-01-01', '2006-01-03'], ['springFestival', '2006-01-29', '2006-02-04'], ['labourDay', '2006-05-01', '2006-05-07'], ['nationalDay', '2006-10-01', '2006-10-07']],
    work: [['springFestival', '2006-01-28'], ['springFestival', '2006-02-05'], ['labourDay', '2006-04-29'], ['labourDay', '2006-04-30'], ['nationalDay', '2006-09-30'], ['nationalDay', '2006-10-08'], ['newYear', '2006-12-30'], ['newYear', '2006-12-31']],
  },
  2007: {
    off: [['newYear', '2007-01-01', '2007-01-03'], ['springFestival', '2007-02-18', '2007-02-24'], ['labourDay', '2007-05-01', '2007-05-07'], ['nationalDay', '2007-10-01', '2007-10-07'], ['newYear', '2007-12-30', '2007-12-31']],
    work: [['springFestival', '2007-02-17'], ['springFestival', '2007-02-25'], ['labourDay', '2007-04-28'], ['labourDay', '2007-04-29'], ['nationalDay', '2007-09-29'], ['nationalDay', '2007-09-30'], ['newYear', '2007-12-29']],
  },
  2008: {
    off: [['newYear', '2008-01-01', '2008-01-01'], ['springFestival', '2008-02-06', '2008-02-12'], ['qingming', '2008-04-04', '2008-04-06'], ['labourDay', '2008-05-01', '2008-05-03'], ['dragonBoat', '2008-06-07', '2008-06-09'], ['midAutumn', '2008-09-13', '2008-09-15'], ['nationalDay', '2008-09-29', '2008-10-05']],
    work: [['springFestival', '2008-02-02'], ['springFestival', '2008-02-03'], ['labourDay', '2008-05-04'], ['nationalDay', '2008-09-27'], ['nationalDay', '2008-09-28']],
  },
  2009: {
    off: [['newYear', '2009-01-01', '2009-01-03'], ['springFestival', '2009-01-25', '2009-01-31'], ['qingming', '2009-04-04', '2009-04-06'], ['labourDay', '2009-05-01', '2009-05-03'], ['dragonBoat', '2009-05-28', '2009-05-30'], ['nationalDay', '2009-10-01', '2009-10-02'], ['midAutumn', '2009-10-03', '2009-10-03'], ['nationalDay', '2009-10-04', '2009-10-08']],
    work: [['newYear', '2009-01-04'], ['springFestival', '2009-01-24'], ['springFestival', '2009-02-01'], ['dragonBoat', '2009-05-31'], ['nationalDay', '2009-09-27'], ['nationalDay', '2009-10-10']],
  },
  2010: {
    off: [['newYear', '2010-01-01', '2010-01-03'], ['springFestival', '2010-02-13', '2010-02-19'], ['qingming', '2010-04-03', '2010-04-05'], ['labourDay', '2010-05-01', '2010-05-03'], ['dragonBoat', '2010-06-14', '2010-06-16'], ['midAutumn', '2010-09-22', '2010-09-24'], ['nationalDay', '2010-10-01', '2010-10-07']],
    work: [['springFestival', '2010-02-20'], ['springFestival', '2010-02-21'], ['dragonBoat', '2010-06-12'], ['dragonBoat', '2010-06-13'], ['midAutumn', '2010-09-19'], ['midAutumn', '2010-09-25'], ['nationalDay', '2010-09-26'], ['nationalDay', '2010-10-09']],
  },
  2011: {
    off: [['newYear', '2011-01-01', '2011-01-03'], ['springFestival', '2011-02-02', '2011-02-08'], ['qingming', '2011-04-03', '2011-04-05'], ['labourDay', '2011-04-30', '2011-05-02'], ['dragonBoat', '2011-06-04', '2011-06-04'], ['dragonBoat', '2011-06-06', '2011-06-06'], ['midAutumn', '2011-09-10', '2011-09-12'], ['nationalDay', '2011-10-01', '2011-10-07']],
    work: [['springFestival', '2011-01-30'], ['springFestival', '2011-02-12'], ['qingming', '2011-04-02'], ['nationalDay', '2011-10-08'], ['nationalDay', '2011-10-09'], ['newYear', '2011-12-31']],
  },
  2012: {
    off: [['newYear', '2012-01-01', '2012-01-03'], ['springFestival', '2012-01-22', '2012-01-28'], ['qingming', '2012-04-02', '2012-04-04'], ['labourDay', '2012-04-29', '2012-05-01'], ['dragonBoat', '2012-06-22', '2012-06-22'], ['dragonBoat', '2012-06-24', '2012-06-24'], ['midAutumn', '2012-09-30', '2012-09-30'], ['nationalDay', '2012-10-01', '2012-10-07']],
    work: [['springFestival', '2012-01-21'], ['springFestival', '2012-01-29'], ['qingming', '2012-03-31'], ['qingming', '2012-04-01'], ['labourDay', '2012-04-28'], ['nationalDay', '2012-09-29']],
  },
  2013: {
    off: [['newYear', '2013-01-01', '2013-01-03'], ['springFestival', '2013-02-09', '2013-02-15'], ['qingming', '2013-04-04', '2013-04-06'], ['labourDay', '2013-04-29', '2013-05-01'], ['dragonBoat', '2013-06-10', '2013-06-12'], ['midAutumn', '2013-09-19', '2013-09-21'], ['nationalDay', '2013-10-01', '2013-10-07']],
    work: [['newYear', '2013-01-05'], ['newYear', '2013-01-06'], ['springFestival', '2013-02-16'], ['springFestival', '2013-02-17'], ['qingming', '2013-04-07'], ['labourDay', '2013-04-27'], ['labourDay', '2013-04-28'], ['dragonBoat', '2013-06-08'], ['dragonBoat', '2013-06-09'], ['midAutumn', '2013-09-22'], ['nationalDay', '2013-09-29'], ['nationalDay', '2013-10-12']],
  },
  2014: {
    off: [['newYear', '2014-01-01', '2014-01-01'], ['springFestival', '2014-01-31', '2014-02-06'], ['qingming', '2014-04-05', '2014-04-07'], ['labourDay', '2014-05-01', '2014-05-03'], ['dragonBoat', '2014-06-02', '2014-06-02'], ['midAutumn', '2014-09-08', '2014-09-08'], ['nationalDay', '2014-10-01', '2014-10-07']],
    work: [['springFestival', '2014-01-26'], ['springFestival', '2014-02-08'], ['labourDay', '2014-05-04'], ['nationalDay', '2014-09-28'], ['nationalDay', '2014-10-11']],
  },
  2015: {
    off: [['newYear', '2015-01-01', '2015-01-03'], ['springFestival', '2015-02-18', '2015-02-24'], ['qingming', '2015-04-05', '2015-04-06'], ['labourDay', '2015-05-01', '2015-05-01'], ['dragonBoat', '2015-06-20', '2015-06-20'], ['dragonBoat', '2015-06-22', '2015-06-22'], ['victoryDay70', '2015-09-03', '2015-09-04'], ['midAutumn', '2015-09-27', '2015-09-27'], ['nationalDay', '2015-10-01', '2015-10-07']],
    work: [['newYear', '2015-01-04'], ['springFestival', '2015-02-15'], ['springFestival', '2015-02-28'], ['victoryDay70', '2015-09-06'], ['nationalDay', '2015-10-10']],
  },
  2016: {
    off: [['newYear', '2016-01-01', '2016-01-01'], ['springFestival', '2016-02-07', '2016-02-13'], ['qingming', '2016-04-04', '2016-04-04'], ['labourDay', '2016-05-01', '2016-05-02'], ['dragonBoat', '2016-06-09', '2016-06-11'], ['midAutumn', '2016-09-15', '2016-09-17'], ['nationalDay', '2016-10-01', '2016-10-07']],
    work: [['springFestival', '2016-02-06'], ['springFestival', '2016-02-14'], ['dragonBoat', '2016-06-12'], ['midAutumn', '2016-09-18'], ['nationalDay', '2016-10-08'], ['nationalDay', '2016-10-09']],
  },
  2017: {
    off: [['newYear', '2017-01-01', '2017-01-02'], ['springFestival', '2017-01-27', '2017-02-02'], ['qingming', '2017-04-02', '2017-04-04'], ['labourDay', '2017-05-01', '2017-05-01'], ['dragonBoat', '2017-05-28', '2017-05-30'], ['nationalDay', '2017-10-01', '2017-10-03'], ['midAutumn', '2017-10-04', '2017-10-04'], ['nationalDay', '2017-10-05', '2017-10-08']],
    work: [['springFestival', '2017-01-22'], ['springFestival', '2017-02-04'], ['qingming', '2017-04-01'], ['dragonBoat', '2017-05-27'], ['nationalDay', '2017-09-30']],
  },
  2018: {
    off: [['newYear', '2018-01-01', '2018-01-01'], ['springFestival', '2018-02-15', '2018-02-21'], ['qingming', '2018-04-05', '2018-04-07'], ['labourDay', '2018-04-29', '2018-05-01'], ['dragonBoat', '2018-06-18', '2018-06-18'], ['midAutumn', '2018-09-24', '2018-09-24'], ['nationalDay', '2018-10-01', '2018-10-07'], ['newYear', '2018-12-30', '2018-12-31']],
    work: [['springFestival', '2018-02-11'], ['springFestival', '2018-02-24'], ['qingming', '2018-04-08'], ['labourDay', '2018-04-28'], ['nationalDay', '2018-09-29'], ['nationalDay', '2018-09-30'], ['newYear', '2018-12-29']],
  },
  2019: {
    off: [['newYear', '2019-01-01', '2019-01-01'], ['springFestival', '2019-02-04', '2019-02-10'], ['qingming', '2019-04-05', '2019-04-07'], ['labourDay', '2019-05-01', '2019-05-04'], ['dragonBoat', '2019-06-07', '2019-06-09'], ['midAutumn', '2019-09-13', '2019-09-15'], ['nationalDay', '2019-10-01', '2019-10-07']],
    work: [['springFestival', '2019-02-02'], ['springFestival', '2019-02-03'], ['labourDay', '2019-04-28'], ['labourDay', '2019-05-05'], ['nationalDay', '2019-09-29'], ['nationalDay', '2019-10-12']],
  },
  2020: {
    off: [['newYear', '2020-01-01', '2020-01-01'], ['springFestival', '2020-01-24', '2020-02-02'], ['qingming', '2020-04-04', '2020-04-06'], ['labourDay', '2020-05-01', '2020-05-05'], ['dragonBoat', '2020-06-25', '2020-06-27'], ['midAutumn', '2020-10-01', '2020-10-01'], ['nationalDay', '2020-10-02', '2020-10-08']],
    work: [['springFestival', '2020-01-19'], ['labourDay', '2020-04-26'], ['labourDay', '2020-05-09'], ['dragonBoat', '2020-06-28'], ['nationalDay', '2020-09-27'], ['nationalDay', '2020-10-10']],
  },
  2021: {
    off: [['newYear', '2021-01-01', '2021-01-03'], ['springFestival', '2021-02-11', '2021-02-17'], ['qingming', '2021-04-03', '2021-04-05'], ['labourDay', '2021-05-01', '2021-05-05'], ['dragonBoat', '2021-06-12', '2021-06-14'], ['midAutumn', '2021-09-19', '2021-09-21'], ['nationalDay', '2021-10-01', '2021-10-07']],
    work: [['springFestival', '2021-02-07'], ['springFestival', '2021-02-20'], ['labourDay', '2021-04-25'], ['labourDay', '2021-05-08'], ['midAutumn', '2021-09-18'], ['nationalDay', '2021-09-26'], ['nationalDay', '2021-10-09']],
  },
  2022: {
    off: [['newYear', '2022-01-01', '2022-01-03'], ['springFestival', '2022-01-31', '2022-02-06'], ['qingming', '2022-04-03', '2022-04-05'], ['labourDay', '2022-04-30', '2022-05-04'], ['dragonBoat', '2022-06-03', '2022-06-05'], ['midAutumn', '2022-09-10', '2022-09-12'], ['nationalDay', '2022-10-01', '2022-10-07'], ['newYear', '2022-12-31', '2022-12-31']],
    work: [['springFestival', '2022-01-29'], ['springFestival', '2022-01-30'], ['qingming', '2022-04-02'], ['labourDay', '2022-04-24'], ['labourDay', '2022-05-07'], ['nationalDay', '2022-10-08'], ['nationalDay', '2022-10-09']],
  },
  2023: {
    off: [['newYear', '2023-01-01', '2023-01-02'], ['springFestival', '2023-01-21', '2023-01-27'], ['qingming', '2023-04-05', '2023-04-05'], ['labourDay', '2023-04-29', '2023-05-03'], ['dragonBoat', '2023-06-22', '2023-06-24'], ['midAutumn', '2023-09-29', '2023-09-29'], ['nationalDay', '2023-09-30', '2023-10-06']],
    work: [['springFestival', '2023-01-28'], ['springFestival', '2023-01-29'], ['labourDay', '2023-04-23'], ['labourDay', '2023-05-06'], ['dragonBoat', '2023-06-25'], ['nationalDay', '2023-10-07'], ['nationalDay', '2023-10-08']],
  },
  2024: {
    off: [['newYear', '2024-01-01', '2024-01-01'], ['springFestival', '2024-02-10', '2024-02-17'], ['qingming', '2024-04-04', '2024-04-06'], ['labourDay', '2024-05-01', '2024-05-05'], ['dragonBoat', '2024-06-10', '2024-06-10'], ['midAutumn', '2024-09-15', '2024-09-17'], ['nationalDay', '2024-10-01', '2024-10-07']],
    work: [['springFestival', '2024-02-04'], ['springFestival', '2024-02-18'], ['qingming', '2024-04-07'], ['labourDay', '2024-04-28'], ['labourDay', '2024-05-11'], ['midAutumn', '2024-09-14'], ['nationalDay', '2024-09-29'], ['nationalDay', '2024-10-12']],
  },
  2025: {
    off: [['newYear', '2025-01-01', '2025-01-01'], ['springFestival', '2025-01-28', '2025-02-04'], ['qingming', '2025-04-04', '2025-04-06'], ['labourDay', '2025-05-01', '2025-05-05'], ['dragonBoat', '2025-05-31', '2025-06-02'], ['nationalDay', '2025-10-01', '2025-10-05'], ['midAutumn', '2025-10-06', '2025-10-06'], ['nationalDay', '2025-10-07', '2025-10-08']],
    work: [['springFestival', '2025-01-26'], ['springFestival', '2025-02-08'], ['labourDay', '2025-04-27'], ['nationalDay', '2025-09-28'], ['nationalDay', '2025-10-11']],
  },
  2026: {
    off: [['newYear', '2026-01-01', '2026-01-03'], ['springFestival', '2026-02-15', '2026-02-23'], ['qingming', '2026-04-04', '2026-04-06'], ['labourDay', '2026-05-01', '2026-05-05'], ['dragonBoat', '2026-06-19', '2026-06-21'], ['midAutumn', '2026-09-25', '2026-09-27'], ['nationalDay', '2026-10-01', '2026-10-07']],
    work: [['newYear', '2026-01-04'], ['springFestival', '2026-02-14'], ['springFestival', '2026-02-28'], ['labourDay', '2026-05-09'], ['nationalDay', '2026-09-20'], ['nationalDay', '2026-10-10']],
  },
};

/** The last year whose State Council notice is built in. */
const lastNoticeYear = 2026;

/**
 * The built-in working-day calendar of mainland China: Saturday and Sunday off; for 2004 through
 * 2026 the statutory holidays and the adjusted working days of each year's State Council notice
 * (including the 2015 Victory Day holiday and the 2020 Spring Festival extension); and from 2027
 * through 2100 **provisional** years (暂定), whose days off are derived from 《全国年节及纪念日放假办法》
 * (the statutory days, and a make-up day for each that falls on a weekend or on another festival),
 * with no adjusted working days, since only the State Council sets those. Every answer that rests
 * on a provisional year says `provisional: true`; {@link publishedYearsOnly} gives the strict
 * calendar, and {@link extendCalendar} with a parsed notice replaces a provisional year.
 * Deep-frozen.
 *
 * @example
 * ```ts
 * unwrap(isWorkingDay('2026-10-10', chinaCalendar)); // true: an adjusted working day (Saturday)
 * isWorkingDay('2027-02-08', chinaCalendar); // { ok: true, value: false, provisional: true }
 * ```
 * @category Calendar
 */
export const chinaCalendar: WorkCalendar = /* @__PURE__ */ (() => deepFreeze({
  name: { zh: '中国法定节假日（国务院办公厅通知；此后年份依法推算，暂定）', en: 'China statutory holidays (State Council notices; later years derived from the law, provisional)' },
  firstYear: 2004,
  lastYear: lunarTableYears.last,
  weekendDays: [6, 7],
  holidays: [
    ...Object.values(notices).flatMap((n) => n.off.map(([festival, from, to]) => ({ festival, from, to }))),
    ...unwrap(provisionalHolidays(lastNoticeYear + 1, lunarTableYears.last)),
  ],
  adjustedWorkingDays: Object.values(notices).flatMap((n) => n.work.map(([festival, date]) => ({ festival, date }))),
  closures: [],
  provisionalFrom: lastNoticeYear + 1,
}))();
