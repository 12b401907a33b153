import type { CalendarData } from "./calendarData.js";

/**
 * United States federal holidays, 2026, on the days they are observed (5 U.S.C. 6103 and OPM's rule: a holiday on a
 * Saturday is observed on the Friday before, one on a Sunday on the Monday after; so Independence Day, Saturday
 * 4 July, is observed on Friday 3 July). Monday to Friday otherwise; no make-up working days. Time zone
 * `America/New_York`. Covers 2026-01-01 to 2026-12-31. State holidays and the day after Thanksgiving are not
 * federal holidays and are not listed. Equal to `usFederalCalendarData({ fromYear: 2026 })`.
 *
 * @example
 * ```ts
 * const us = createBusinessCalendar(US_2026);
 * us.isBusinessDay("2026-11-26"); // false: Thanksgiving Day
 * us.isBusinessDay("2026-11-27"); // true
 * ```
 */
export const US_2026: CalendarData = {
  id: "US-2026",
  country: "US",
  timeZone: "America/New_York",
  weekend: [0, 6],
  holidays: [
    { date: "2026-01-01", name: "New Year's Day", nameZh: "元旦" },
    { date: "2026-01-19", name: "Birthday of Martin Luther King, Jr.", nameZh: "马丁·路德·金纪念日" },
    { date: "2026-02-16", name: "Washington's Birthday", nameZh: "华盛顿诞辰纪念日（总统日）" },
    { date: "2026-05-25", name: "Memorial Day", nameZh: "阵亡将士纪念日" },
    { date: "2026-06-19", name: "Juneteenth National Independence Day", nameZh: "六月节" },
    {
      date: "2026-07-03",
      name: "Independence Day (observed; July 4 is a Saturday)",
      nameZh: "独立日（7月4日为周六，提前至周五）",
    },
    { date: "2026-09-07", name: "Labor Day", nameZh: "劳动节" },
    { date: "2026-10-12", name: "Columbus Day", nameZh: "哥伦布日" },
    { date: "2026-11-11", name: "Veterans Day", nameZh: "退伍军人节" },
    { date: "2026-11-26", name: "Thanksgiving Day", nameZh: "感恩节" },
    { date: "2026-12-25", name: "Christmas Day", nameZh: "圣诞节" },
  ],
  workingDays: [],
  validFrom: "2026-01-01",
  validTo: "2026-12-31",
  sources: [
    "5 U.S.C. 6103 (holidays of federal employees, and observance of holidays falling on a weekend)",
    "U.S. Office of Personnel Management, Federal Holidays: https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/",
  ],
};
